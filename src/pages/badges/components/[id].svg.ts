import type { APIRoute } from 'astro';
import { textResponse } from '../../../data/responses';
import { componentPaths, type ComponentProps } from '../../../data/component-paths';
import { badgeSvg, componentBadge } from '../../../lib/outputs/badges';
import { dictionary } from '../../../lib/i18n/dictionary';

export const getStaticPaths = componentPaths;

const words = dictionary();

export const GET: APIRoute<ComponentProps> = ({ props }) => textResponse(badgeSvg(componentBadge(props.component, words)), 'image/svg+xml');

import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../data/responses';
import { componentPaths, type ComponentProps } from '../../../data/component-paths';
import { componentBadge, shieldsEndpoint } from '../../../lib/outputs/badges';
import { dictionary } from '../../../lib/i18n/dictionary';

export const getStaticPaths = componentPaths;

const words = dictionary();

export const GET: APIRoute<ComponentProps> = ({ props }) => jsonResponse(shieldsEndpoint(componentBadge(props.component, words)));

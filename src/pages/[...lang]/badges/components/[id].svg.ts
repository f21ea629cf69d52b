import type { APIRoute } from 'astro';
import { textResponse } from '../../../../data/responses';
import { componentPaths, type ComponentProps } from '../../../../data/component-paths';
import { badgeSvg, componentBadge } from '../../../../lib/outputs/badges';

export const getStaticPaths = componentPaths;

export const GET: APIRoute<ComponentProps> = ({ props, locals }) => textResponse(badgeSvg(componentBadge(props.component, locals.language)), 'image/svg+xml');

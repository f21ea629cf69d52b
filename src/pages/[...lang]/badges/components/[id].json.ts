import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../../data/responses';
import { componentPaths, type ComponentProps } from '../../../../data/component-paths';
import { componentBadge, shieldsEndpoint } from '../../../../lib/outputs/badges';

export const getStaticPaths = componentPaths;

export const GET: APIRoute<ComponentProps> = ({ props, locals }) => jsonResponse(shieldsEndpoint(componentBadge(props.component, locals.language)));

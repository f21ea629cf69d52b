import type { APIRoute } from 'astro';
import { textResponse } from '../../../../data/responses';
import { getStatusModel } from '../../../../data/status-model';
import { componentPaths, type ComponentProps } from '../../../../data/component-paths';
import { componentFeed } from '../../../../lib/outputs/feeds';
import { FEED_TYPES } from '../../../../lib/outputs/urls';
import { site } from '../../../../data/site';

export const getStaticPaths = componentPaths;

export const GET: APIRoute<ComponentProps> = async ({ props, locals }) =>
  textResponse(componentFeed(await getStatusModel(), props.component, site, locals.language).atom1(), FEED_TYPES.atom);

import type { APIRoute } from 'astro';
import { textResponse } from '../../../../data/responses';
import { getStatusModel } from '../../../../data/status-model';
import { componentPaths, type ComponentProps } from '../../../../data/component-paths';
import { componentCalendar } from '../../../../lib/outputs/calendar';
import { site } from '../../../../data/site';

export const getStaticPaths = componentPaths;

export const GET: APIRoute<ComponentProps> = async ({ props, locals }) =>
  textResponse(componentCalendar(await getStatusModel(), props.component, site, locals.language), 'text/calendar');

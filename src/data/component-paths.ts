import type { GetStaticPaths } from 'astro';
import type { ComponentView } from '../lib/status/model';
import { getStatusModel } from './status-model';

/** One output file per component, for endpoints under a `[id]` route. */
export const componentPaths = (async () => {
  const model = await getStatusModel();
  return model.components.map((component) => ({ params: { id: component.id }, props: { component } }));
}) satisfies GetStaticPaths;

export interface ComponentProps {
  component: ComponentView;
}

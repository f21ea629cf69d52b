import type { GetStaticPaths } from 'astro';
import type { ComponentView } from '../lib/status/model';
import { inEveryLanguage } from './languages';
import { getStatusModel } from './status-model';

/** One output file per component and language, for endpoints under a `[...lang]/…/[id]` route. */
export const componentPaths = (async () => {
  const model = await getStatusModel();
  return inEveryLanguage(model.components.map((component) => ({ params: { id: component.id }, props: { component } })));
}) satisfies GetStaticPaths;

export interface ComponentProps {
  component: ComponentView;
}

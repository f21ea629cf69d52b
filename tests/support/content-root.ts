import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPONENTS_YAML, SITE_YAML } from './fixtures';

/**
 * A throwaway project for tests of the content check: the fixture's components.yaml and
 * site.yaml and an empty content/incidents/. The caller removes it.
 */
export async function contentRoot(prefix: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(root, 'content/incidents'), { recursive: true });
  await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML);
  await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
  return root;
}

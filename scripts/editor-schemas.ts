// Writes the editor JSON Schemas (schemas/*-frontmatter.json, schemas/components.json, schemas/site.json,
// schemas/upstreams.json)
// from the zod schemas and content/components.yaml. A unit test fails when they are stale.
import { writeFile } from 'node:fs/promises';
import { loadComponents } from '../src/lib/content/check.ts';
import { componentIds } from '../src/lib/content/schemas.ts';
import { editorSchemas } from '../src/lib/writer/editor-schema.ts';

const components = await loadComponents(process.cwd());
if (!components.data) {
  console.error('content:schema: content/components.yaml has problems  (run npm run check to see them)');
  process.exit(1);
}
const ids = componentIds(components.data);
for (const [path, schema] of Object.entries(editorSchemas(ids))) {
  await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}

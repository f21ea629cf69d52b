// Writes schemas/metrics-snapshot.v1.json from the zod schema the build uses.
// A unit test fails when the committed file and the schema disagree.
import { writeFile } from 'node:fs/promises';
import { metricsSnapshotJsonSchema } from '../src/lib/metrics/snapshot.ts';

const path = 'schemas/metrics-snapshot.v1.json';
await writeFile(path, `${JSON.stringify(metricsSnapshotJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);

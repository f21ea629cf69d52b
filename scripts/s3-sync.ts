// Prints the commands that upload dist/ to an S3-compatible bucket with the right
// Content-Type and Cache-Control for each kind of file; run them with `| sh`. On stderr,
// the Content-Security-Policy the CDN in front must send for this build.
// Usage: npx node scripts/s3-sync.ts s3://bucket[/prefix]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDestination, syncPlan } from '../src/lib/outputs/s3-sync.ts';

const destination = process.argv[2] ?? '';
if (!isDestination(destination)) {
  console.error(`s3-sync  destination  "${destination}" is not s3://bucket[/prefix]  (fix: npx node scripts/s3-sync.ts s3://my-status-bucket)`);
  process.exit(1);
}
const dist = join(process.cwd(), 'dist');
const entries = await readdir(dist, { recursive: true, withFileTypes: true }).catch(() => null);
if (entries === null) {
  console.error('s3-sync  dist/  no build to upload  (fix: npm run build first)');
  process.exit(1);
}
const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(dist, join(entry.parentPath, entry.name)));
// A bucket stores no security headers: the CDN sends them (docs/deploying.md), and its policy
// must allow the stylesheet the home pages inline by its hash, which changes with the stylesheet.
const headers = await readFile(join(dist, '_headers'), 'utf8').catch(() => '');
const policy = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
if (policy === undefined) {
  console.error('s3-sync  dist/_headers  no Content-Security-Policy for the CDN  (fix: npm run build again)');
  process.exit(1);
}
// The host-only header rules are not a file to serve.
const plan = syncPlan(files.filter((file) => file !== '_headers'), destination);
if (plan.unknown.length > 0) {
  for (const file of plan.unknown) console.error(`s3-sync  dist/${file}  no known content type  (fix: give it a known extension, or add its type in src/lib/outputs/hosting.ts)`);
  process.exit(1);
}
console.log('set -e');
for (const command of plan.commands) console.log(command);
console.error(`s3-sync  Content-Security-Policy  the CDN must send: ${policy}`);

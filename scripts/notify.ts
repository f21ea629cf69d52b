// npm run notify: after a deploy, sends each target in content/notifications.yaml the
// events it has not been sent, at most once (docs/notifications.md). `--dry-run` prints
// what would be sent to whom and changes nothing. `--record <file>` keeps the record in a
// local file; on GitHub Actions it is kept on the statuswire-notify branch.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { buildClock } from '../src/lib/status/clock.ts';
import { loadContent } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { withEnvironment } from '../src/lib/content/site-config.ts';
import { buildStatusModel } from '../src/lib/status/model.ts';
import { fileRecordStore, type RecordStore } from '../src/lib/notify/record.ts';
import { gitRecordStore } from '../src/lib/notify/record-git.ts';
import { runNotify } from '../src/lib/notify/run.ts';
import { dictionary } from '../src/lib/i18n/dictionary.ts';
import { targetEnvironment } from '../src/lib/notify/targets.ts';

const root = process.cwd();
const env = process.env;
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, record: { type: 'string' } } });

function recordStore(): RecordStore {
  if (values.record) return fileRecordStore(values.record);
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && env.GITHUB_TOKEN) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const basic = Buffer.from(`x-access-token:${env.GITHUB_TOKEN}`).toString('base64');
    return gitRecordStore({
      remote: `${server}/${env.GITHUB_REPOSITORY}.git`,
      branch: env.NOTIFY_BRANCH || 'statuswire-notify',
      config: { [`http.${server}/.extraheader`]: `AUTHORIZATION: basic ${basic}` },
    });
  }
  return fileRecordStore(join(root, '.statuswire/notify-record.json'));
}

try {
  const now = buildClock();
  const content = await loadContent(root, now);
  if (content.problems.length > 0 || !content.components || !content.site || !content.metricsConfig) {
    for (const problem of content.problems) console.log(formatProblem(problem));
    console.log('notify: content has problems; nothing sent (fix them and deploy again)');
    process.exit(1);
  }
  const targets = content.notifications?.targets ?? [];
  if (targets.length === 0) {
    console.log('notify: no targets in content/notifications.yaml; nothing to do');
    process.exit(0);
  }
  const site = withEnvironment(content.site, env);
  // Events come from incidents, maintenance and the clock: metrics change none of them.
  const model = buildStatusModel({
    components: content.components,
    incidents: content.incidents,
    maintenance: content.maintenance,
    metrics: { snapshot: null, report: null, problems: [] },
    metricsConfig: content.metricsConfig,
    now,
  });
  const store = recordStore();
  try {
    const summary = await runNotify({ model, site, words: dictionary(site.languages[0]), targets, env: targetEnvironment(targets, env), store, dryRun: values['dry-run'], log: (line) => console.log(line) });
    if (!values['dry-run']) console.log(`notify: ${summary.sent.length} sent, ${summary.failed.length} kept for the next run (record: ${store.describe})`);
    if (summary.failed.length > 0) process.exitCode = 1;
  } finally {
    await store.close?.();
  }
} catch (error) {
  // Never the stack or a cause: either could quote a URL or a command line.
  console.error(`notify: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

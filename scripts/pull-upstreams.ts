// Pulls every upstream status page in content/upstreams.yaml before the site build
// (npm run build runs it after the metrics pull), all at once. A page that fails keeps
// its last good copy and prints one line; UPSTREAM_STRICT=1 makes any failure stop the
// build instead. Nothing else here may stop the build.
import { buildClock, clockProblem } from '../src/lib/status/clock.ts';
import { loadContent } from '../src/lib/content/check.ts';
import { readTextFile } from '../src/lib/metrics/bounded-read.ts';
import { fetchText } from '../src/lib/metrics/http.ts';
import { formatAgo } from '../src/lib/presentation/time.ts';
import { dictionary } from '../src/lib/i18n/dictionary.ts';
import { describePage, pullUpstream } from '../src/lib/upstream/pull.ts';
import { loadUpstreamCopy, saveCopy, saveReport, upstreamsDir } from '../src/lib/upstream/store.ts';
import type { UpstreamPage } from '../src/lib/content/schemas.ts';

/** The tools speak English to the operator, whatever languages the site has. */
const LOG_TIME_WORDS = dictionary('en').time;

const root = process.cwd();
if (clockProblem(process.env)) {
  console.log('upstreams: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  process.exit(0);
}
const now = buildClock();
// Upstream pages are settings: the incidents are the gate's to check, not the pull's.
const content = await loadContent(root, now, 'none');
if (content.problems.length > 0 || !content.upstreams) {
  console.log('upstreams: skipped, content has problems; the build lists them');
  process.exit(0);
}
const { pages, components } = content.upstreams;
const directory = upstreamsDir(root);
const strict = process.env.UPSTREAM_STRICT === '1';

/** Linked upstream component ids the page no longer lists: said once, the page shows them as such. */
function unlisted(page: UpstreamPage, listed: ReadonlySet<string>): string[] {
  return components.flatMap((component) =>
    component.upstream
      .filter((link) => link.page === page.id && !listed.has(link.component))
      .map((link) => `${link.component} (linked from ${component.id})`),
  );
}

async function pull(page: UpstreamPage): Promise<boolean> {
  const described = describePage(page);
  const outcome = await pullUpstream(page, root, { fetchText, readText: readTextFile });
  if (outcome.ok) {
    await saveCopy(directory, page.id, outcome.summary, now);
    await saveReport(directory, page.id, { attemptedAt: now.toISOString(), ok: true });
    const missing = unlisted(page, new Set(outcome.summary.components.map((component) => component.id)));
    const note = missing.length > 0 ? `; it no longer lists ${missing.join(', ')}` : '';
    console.log(`upstreams: ${described}: ${outcome.summary.components.length} components, "${outcome.summary.status.description}"${note}`);
    return true;
  }
  await saveReport(directory, page.id, { attemptedAt: now.toISOString(), ok: false, reason: outcome.reason, detail: outcome.detail });
  const kept = await loadUpstreamCopy(directory, page.id, now);
  for (const problem of kept.problems) console.error(`upstreams: ${problem}; it was set aside`);
  const keeping = kept.fetchedAt
    ? `keeping the copy from ${formatAgo(kept.fetchedAt, now, LOG_TIME_WORDS)}`
    : 'no earlier copy, so its components show as unknown';
  console.error(`upstreams: ${described} ${outcome.detail}; ${keeping}`);
  return false;
}

async function guarded(page: UpstreamPage): Promise<boolean> {
  try {
    return await pull(page);
  } catch (error) {
    // Only the error's code or name: its message may hold a path or what a page sent.
    const code = (error as { code?: unknown }).code;
    console.error(`upstreams: ${describePage(page)}: the pull stopped (${typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error'}); the build goes on with what ${directory} holds`);
    return false;
  }
}

const results = await Promise.all(pages.map(guarded));
if (strict && results.includes(false)) {
  console.error('upstreams: UPSTREAM_STRICT=1, so the build stops here');
  process.exit(1);
}

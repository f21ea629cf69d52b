// The upstream pull: every status page in content/upstreams.yaml, all at once, into
// .statuswire/upstreams/. A page that fails keeps its last good copy and prints one line;
// UPSTREAM_STRICT=1 makes any failure stop the build instead. Nothing else here may stop
// the build.
import type { LoadedContent } from '../../../src/lib/content/check.ts';
import type { UpstreamPage, UpstreamsFile } from '../../../src/lib/content/schemas.ts';
import { failureName, readTextFile } from '../../../src/lib/metrics/bounded-read.ts';
import { fetchText } from '../../../src/lib/metrics/http.ts';
import { formatAgo } from '../../../src/lib/presentation/time.ts';
import { LOG_TIME_WORDS } from './log.ts';
import { describePage, pullUpstream } from '../../../src/lib/upstream/pull.ts';
import { loadUpstreamCopy, saveCopy, saveReport, upstreamsDir } from '../../../src/lib/upstream/store.ts';

/** Pulls every upstream page; false only when the build must stop (a failure under UPSTREAM_STRICT=1). */
export async function pullUpstreamsStep(content: LoadedContent, root: string, now: Date, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (content.problems.length > 0 || !content.upstreams) {
    console.log('upstreams: skipped, content has problems; the build lists them');
    return true;
  }
  const { upstreams } = content;
  const directory = upstreamsDir(root);
  const results = await Promise.all(upstreams.pages.map((page) => guarded(page, upstreams, root, directory, now)));
  if (env.UPSTREAM_STRICT === '1' && results.includes(false)) {
    console.error('upstreams: UPSTREAM_STRICT=1, so the build stops here');
    return false;
  }
  return true;
}

/** Linked upstream component ids the page no longer lists: said once, the page shows them as such. */
function unlisted(page: UpstreamPage, upstreams: UpstreamsFile, listed: ReadonlySet<string>): string[] {
  return upstreams.components.flatMap((component) =>
    component.upstream
      .filter((link) => link.page === page.id && !listed.has(link.component))
      .map((link) => `${link.component} (linked from ${component.id})`),
  );
}

async function guarded(page: UpstreamPage, upstreams: UpstreamsFile, root: string, directory: string, now: Date): Promise<boolean> {
  try {
    return await pull(page, upstreams, root, directory, now);
  } catch (error) {
    console.error(`upstreams: ${describePage(page)}: the pull stopped (${failureName(error)}); the build goes on with what ${directory} holds`);
    return false;
  }
}

async function pull(page: UpstreamPage, upstreams: UpstreamsFile, root: string, directory: string, now: Date): Promise<boolean> {
  const described = describePage(page);
  const outcome = await pullUpstream(page, root, { fetchText, readText: readTextFile });
  if (outcome.ok) {
    await saveCopy(directory, page.id, outcome.summary, now);
    await saveReport(directory, page.id, { attemptedAt: now.toISOString(), ok: true });
    const missing = unlisted(page, upstreams, new Set(outcome.summary.components.map((component) => component.id)));
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

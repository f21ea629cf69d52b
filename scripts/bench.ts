// npm run bench [-- --n 100,1000,10000] [--languages 1|2] [--runs 3] [--json]
// Builds the site with N synthetic incidents in a temporary copy, measures time, peak
// memory and output size, and checks the budgets recorded in docs/testing.md (exit 1 when
// one is exceeded). Measure here, never in timed tests.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildClock } from '../src/lib/status/clock.ts';
import { BUDGETS } from './lib/bench/budgets.ts';
import { machineSeconds } from './lib/bench/machine-speed.ts';
import { cpuTicks, stealShare } from './lib/bench/steal.ts';
import { homeSize, sizeOfFile, sumSizes, type HomeSize, type Size } from './lib/bench/home-size.ts';
import { syntheticIncidents, syntheticMaintenance } from './lib/bench/synthetic.ts';
import { UPSTREAM_COMPONENTS, UPSTREAM_PAGES, upstreamPullBench } from './lib/bench/upstream-pull.ts';
import { copySiteFiles, REPO } from './lib/site-copy.ts';

const KB = 1024;
const BUILD_SCRIPT: string = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts.build;

interface Options {
  counts: number[];
  /** English alone, or English and Bahasa Indonesia: every page, feed and calendar twice. */
  languages: 1 | 2;
  /** How many times each N is built from scratch; times are the median, memory the highest. */
  runs: number;
  json: boolean;
}

const LANGUAGE_LISTS = { 1: '[en]', 2: '[en, id]' } as const;

function parseOptions(argv: string[]): Options {
  const options: Options = { counts: [100, 1000], languages: 1, runs: 1, json: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--json') options.json = true;
    else if (argument === '--n') {
      const counts = (argv[++index] ?? '').split(',').map(Number);
      if (counts.length === 0 || counts.some((count) => !Number.isInteger(count) || count < 0)) {
        throw new Error('--n takes whole numbers separated by commas, like --n 100,1000,10000');
      }
      options.counts = counts;
    } else if (argument === '--languages') {
      const languages = Number(argv[++index]);
      if (languages !== 1 && languages !== 2) throw new Error('--languages takes 1 (English) or 2 (English and Bahasa Indonesia)');
      options.languages = languages;
    } else if (argument === '--runs') {
      const runs = Number(argv[++index]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, like --runs 3');
      options.runs = runs;
    } else throw new Error(`unknown option "${argument}"; use --n 100,1000, --languages 1|2, --runs 3 and --json`);
  }
  return options;
}

interface Build {
  seconds: number;
  /** CPU time of every process of the build, summed: read it beside the row's machine speed, as it moves with the host too. */
  cpuSeconds: number;
  peakMemoryBytes: number;
}

async function timedBuild(root: string, env: Record<string, string>): Promise<Build> {
  const usageDir = await mkdtemp(join(tmpdir(), 'statuswire-bench-usage-'));
  const started = performance.now();
  const code = await new Promise<number | null>((done, fail) => {
    // Exactly `npm run build`, without npm's own start.
    const child = spawn('sh', ['-c', BUILD_SCRIPT], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ...env,
        PATH: `${join(REPO, 'node_modules/.bin')}:${process.env.PATH}`,
        NODE_OPTIONS: `--import=${join(REPO, 'scripts/lib/bench/process-usage.mjs')}`,
        BENCH_USAGE_DIR: usageDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`the build in ${root} failed (exit ${code})`);
  const usages = await Promise.all(
    (await readdir(usageDir)).map(async (file) => JSON.parse(await readFile(join(usageDir, file), 'utf8')) as { maxRssKb: number; cpuMicroseconds: number }),
  );
  await rm(usageDir, { recursive: true, force: true });
  return {
    seconds,
    cpuSeconds: usages.reduce((total, usage) => total + usage.cpuMicroseconds, 0) / 1e6,
    peakMemoryBytes: usages.reduce((highest, usage) => Math.max(highest, usage.maxRssKb), 0) * KB,
  };
}

/** `npm run check` over the copy's content: the writer's gate, timed here, never in a test. */
async function timedCheck(root: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn('node', ['scripts/check.ts'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...env, PATH: `${join(REPO, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`npm run check in ${root} failed (exit ${code})`);
  return (performance.now() - started) / 1000;
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function measureOutput(dist: string) {
  const files = await filesUnder(dist);
  const pages = files.filter((file) => file.endsWith('.html'));
  const home = await readFile(join(dist, 'index.html'), 'utf8');
  const linked = (pattern: RegExp) => [...home.matchAll(pattern)].map((match) => join(dist, match[1]!.replace(/^\//, '')));
  const js = await Promise.all(linked(/<script[^>]+src="([^"]+)"/g).map(sizeOfFile));
  // One file at a time: two languages at 10,000 incidents write more pages than a process may hold open.
  const pageSizes: ({ page: string } & Size)[] = [];
  for (const page of pages) pageSizes.push({ page: relative(dist, page), ...(await sizeOfFile(page)) });
  let distBytes = 0;
  for (const file of files) distBytes += (await stat(file)).size;
  const largest = pageSizes.reduce((best, page) => (page.gzip > best.gzip ? page : best));
  const optional = async (path: string) => (files.includes(join(dist, path)) ? sizeOfFile(join(dist, path)) : null);
  return {
    pages: pages.length,
    distBytes,
    // The second language's home, held to the same budget as the first.
    otherHome: files.includes(join(dist, 'id/index.html')) ? await homeSize(dist, 'id/index.html') : null,
    home: { ...(await homeSize(dist, 'index.html')), js: sumSizes(js), inlineScripts: (home.match(/<script(?![^>]*\bsrc=)/g) ?? []).length },
    largestPage: largest,
    rss: await optional('history.rss'),
    atom: await optional('history.atom'),
    summaryJson: await optional('api/v2/summary.json'),
  };
}

async function componentIds(root: string): Promise<string[]> {
  const text = await readFile(join(root, 'content/components.yaml'), 'utf8');
  return [...text.matchAll(/^\s+- id: ([a-z0-9-]+)$/gm)].map((match) => match[1]!).filter((id) => !/^(sms-delivery|apis|voice-and-apps)$/.test(id));
}

/** Sets the copy's languages, whatever the sample lists. */
async function setLanguages(root: string, languages: Options['languages']): Promise<void> {
  const path = join(root, 'content/site.yaml');
  const text = (await readFile(path, 'utf8')).replace(/^languages:.*\n/m, '');
  await writeFile(path, `${text.trimEnd()}\nlanguages: ${LANGUAGE_LISTS[languages]}\n`);
}

/**
 * The copies are removed only once every build is done. On a file system without a
 * journal, such as this project's machine, ext4 steps over every inode freed in the last
 * 30 s while it creates files: deleting one run's copy (23,000 files at 10,000 incidents)
 * made the next run's cold build up to half as slow again.
 */
const copies: string[] = [];
process.on('exit', () => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

async function benchmark(count: number | 'sample', env: Record<string, string>, languages: Options['languages']) {
  const root = await copySiteFiles('statuswire-bench-');
  copies.push(root);
  const now = buildClock(env);
  await setLanguages(root, languages);
  if (count !== 'sample') {
    const ids = await componentIds(root);
    for (const folder of ['incidents', 'maintenance']) {
      await rm(join(root, 'content', folder), { recursive: true });
      await mkdir(join(root, 'content', folder));
    }
    for (const file of [...syntheticIncidents(count, ids, now), ...syntheticMaintenance(count, ids, now)]) {
      await writeFile(join(root, 'content', file.path), file.text);
    }
  }
  const machine = machineSeconds();
  const ticks = cpuTicks();
  const checkSeconds = await timedCheck(root, env);
  const cold = await timedBuild(root, env);
  const output = await measureOutput(join(root, 'dist'));
  const warm = await timedBuild(root, env);
  const incidents = join(root, 'content/incidents');
  const first = (await readdir(incidents)).sort()[0]!;
  const text = await readFile(join(incidents, first), 'utf8');
  await writeFile(join(incidents, first), `${text}\nOne more paragraph, so exactly one incident changed.\n`);
  const oneChanged = await timedBuild(root, env);
  const steal = stealShare(ticks, cpuTicks());
  return { n: count, machine, steal, checkSeconds, cold, warm, oneChanged, ...output };
}

const options = parseOptions(process.argv.slice(2));
const env = { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? String(Math.floor(Date.now() / 1000)) };
type Result = Awaited<ReturnType<typeof benchmark>>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One result for several runs of the same N: each time the median, each build's memory the highest. */
function combined(runs: Result[]): Result {
  const build = (pick: (result: Result) => Build): Build => ({
    seconds: median(runs.map((result) => pick(result).seconds)),
    cpuSeconds: median(runs.map((result) => pick(result).cpuSeconds)),
    peakMemoryBytes: runs.reduce((highest, result) => Math.max(highest, pick(result).peakMemoryBytes), 0),
  });
  return {
    ...runs[0]!,
    machine: median(runs.map((result) => result.machine)),
    steal: runs.every((result) => result.steal !== undefined) ? median(runs.map((result) => result.steal!)) : undefined,
    checkSeconds: median(runs.map((result) => result.checkSeconds)),
    cold: build((result) => result.cold),
    warm: build((result) => result.warm),
    oneChanged: build((result) => result.oneChanged),
  };
}

const results: Result[] = [];
for (const count of ['sample' as const, ...options.counts]) {
  const runs: Result[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const which = options.runs > 1 ? ` (run ${run} of ${options.runs})` : '';
    process.stderr.write(`bench: building with ${count === 'sample' ? 'the sample content' : `${count} incidents`}${which}…\n`);
    runs.push(await benchmark(count, env, options.languages));
  }
  results.push(combined(runs));
}

process.stderr.write(`bench: pulling ${UPSTREAM_PAGES} upstream pages of ${UPSTREAM_COMPONENTS} components…\n`);
const upstreams = await upstreamPullBench(env);

/** The rebuild after one incident changed, as a share of the cold build. */
const oneChangedShare = (result: Result) => result.oneChanged.seconds / result.cold.seconds;
const percent = (share: number) => `${Math.round(share * 100)} %`;

const failures: string[] = [];
const sample = results[0]!;
const homeBudget = sample.home.gzipTotal;
if (sample.checkSeconds > BUDGETS.checkSecondsSample) failures.push(`npm run check took ${sample.checkSeconds.toFixed(1)} s with the sample (budget ${BUDGETS.checkSecondsSample} s)`);
if (homeBudget > BUDGETS.homeHtmlCssGzipSample) failures.push(`home HTML + CSS is ${(homeBudget / KB).toFixed(1)} KB gzipped with the sample (budget ${BUDGETS.homeHtmlCssGzipSample / KB} KB)`);
const otherHomeBudget = sample.otherHome?.gzipTotal ?? 0;
if (otherHomeBudget > BUDGETS.homeHtmlCssGzipSample) failures.push(`/id/ HTML + CSS is ${(otherHomeBudget / KB).toFixed(1)} KB gzipped with the sample (budget ${BUDGETS.homeHtmlCssGzipSample / KB} KB)`);
for (const result of results) {
  const label = result.n === 'sample' ? 'the sample' : `N = ${result.n}`;
  if (result.home.js.raw > 0 || result.home.inlineScripts > 0) failures.push(`${label}: the home page loads JavaScript`);
  if (result.largestPage.gzip > BUDGETS.largestPageGzip) failures.push(`${label}: ${result.largestPage.page} is ${(result.largestPage.gzip / KB).toFixed(1)} KB gzipped (budget 100 KB)`);
  if (result.cold.peakMemoryBytes > BUDGETS.peakMemory) failures.push(`${label}: peak memory ${(result.cold.peakMemoryBytes / KB ** 3).toFixed(2)} GB (budget ${(BUDGETS.peakMemory / KB ** 3).toFixed(1)} GB)`);
  const limit = typeof result.n === 'number' ? BUDGETS.buildSeconds[options.languages][result.n] : undefined;
  if (limit !== undefined && result.cold.seconds > limit) failures.push(`${label}: build took ${result.cold.seconds.toFixed(1)} s (budget ${limit} s)`);
  const share = typeof result.n === 'number' ? BUDGETS.oneChangedShare[result.n] : undefined;
  if (share !== undefined && oneChangedShare(result) > share) {
    failures.push(`${label}: the rebuild after one change took ${percent(oneChangedShare(result))} of the cold build (budget ${percent(share)})`);
  }
}

if (options.json) {
  console.log(JSON.stringify({ languages: LANGUAGE_LISTS[options.languages], runs: options.runs, results, upstreams, budgets: BUDGETS, failures }, null, 2));
} else {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)}`;
  const size = (value: Size | null) => (value ? `${kb(value.raw)} / ${kb(value.gzip)}` : '-');
  // Inlined CSS is counted in the HTML already; shown apart so the two ways compare.
  const css = (home: HomeSize) => (home.inlineCss.raw > 0 ? `${size(home.inlineCss)} inline` : size(home.linkedCss));
  const rows = [
    ['N', 'machine s', 'steal', 'check s', 'cold s', 'cold CPU s', 'warm s', '1 changed s', '1 changed / cold', 'peak MB', 'pages', 'dist MB', 'home HTML KB raw/gz', '/id/ HTML KB raw/gz', 'home CSS KB raw/gz', 'home JS KB', 'largest page (KB gz)', 'RSS KB raw/gz', 'summary.json KB raw/gz'],
    ...results.map((result) => [
      String(result.n),
      result.machine.toFixed(2),
      result.steal === undefined ? '-' : `${(result.steal * 100).toFixed(1)} %`,
      result.checkSeconds.toFixed(1),
      result.cold.seconds.toFixed(1),
      result.cold.cpuSeconds.toFixed(1),
      result.warm.seconds.toFixed(1),
      result.oneChanged.seconds.toFixed(1),
      percent(oneChangedShare(result)),
      (result.cold.peakMemoryBytes / KB / KB).toFixed(0),
      String(result.pages),
      (result.distBytes / KB / KB).toFixed(1),
      size(result.home.html),
      size(result.otherHome?.html ?? null),
      css(result.home),
      kb(result.home.js.raw),
      `${result.largestPage.page} (${kb(result.largestPage.gzip)})`,
      size(result.rss),
      size(result.summaryJson),
    ]),
  ];
  console.log(`Languages: ${LANGUAGE_LISTS[options.languages]}${options.runs > 1 ? `; times are the median of ${options.runs} runs, memory the highest` : ''}\n`);
  console.log(rows.map((row) => `| ${row.join(' | ')} |`).join('\n').replace(/^(\|.*\|)\n/, `$1\n|${' --- |'.repeat(rows[0]!.length)}\n`));
  console.log(`\nUpstream pull: ${upstreams.pages} pages of ${upstreams.components} components (${kb(upstreams.pageBytes)} KB each) in ${upstreams.seconds.toFixed(1)} s, the process start included.`);
  console.log(failures.length === 0 ? '\nEvery budget holds.' : `\nOver budget:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
}
process.exit(failures.length === 0 ? 0 : 1);

import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { copySiteFiles, REPO } from '../../scripts/lib/site-copy.ts';
import { TEST_EPOCH } from './clock';

export interface SiteCopy {
  root: string;
  /** `astro build`, with extra environment. */
  build(outDir?: string, env?: Record<string, string>): Promise<BuildResult>;
  /** `npm run build`: Astro's build with both pulls inside it, with extra environment. */
  buildWithPulls(env?: Record<string, string>): Promise<BuildResult>;
  /** `npm run pull`: both pulls at once, without the build, with extra environment. */
  pull(env?: Record<string, string>): Promise<BuildResult>;
  /** The metrics pull alone (`npm run metrics:pull`), with extra environment. */
  pullMetrics(env?: Record<string, string>): Promise<BuildResult>;
  /** The upstream pull alone (`npm run upstreams:pull`), with extra environment. */
  pullUpstreams(env?: Record<string, string>): Promise<BuildResult>;
  /** A writer's command, `node scripts/<script>.ts ...args`, with extra environment and typed input. */
  command(script: string, args: string[], options?: { env?: Record<string, string>; input?: string }): Promise<BuildResult>;
  /** `astro dev` on 127.0.0.1 at a port the system picks, with extra environment; resolves once it listens. */
  dev(env?: Record<string, string>): Promise<DevServer>;
  remove(): Promise<void>;
}

export interface DevServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/** A throwaway copy of the site, to build with changed content. */
export async function copySite(): Promise<SiteCopy> {
  const root = await copySiteFiles('statuswire-site-');
  return {
    root,
    build: (outDir = 'dist', env = {}) => run(root, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env),
    buildWithPulls: (env = {}) => run(root, ['scripts/build.ts'], env),
    pull: (env = {}) => run(root, ['scripts/pull.ts'], env),
    pullMetrics: (env = {}) => run(root, ['scripts/pull-metrics.ts'], env),
    pullUpstreams: (env = {}) => run(root, ['scripts/pull-upstreams.ts'], env),
    command: (script, args, { env = {}, input = '' } = {}) => run(root, [`scripts/${script}.ts`, ...args], env, input),
    dev: (env = {}) => startDev(root, env),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** The caller's environment without the settings a test must choose itself. */
function baseEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: TEST_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const name of ['METRICS_URL', 'METRICS_TOKEN', 'METRICS_STRICT', 'METRICS_DIR', 'UPSTREAM_STRICT', 'UPSTREAMS_DIR', 'SITE_URL', 'GITHUB_ACTIONS', 'STATUSWIRE_OFFSET']) delete env[name];
  return env;
}

function run(root: string, args: string[], env: Record<string, string> = {}, input = ''): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...baseEnvironment(), ...env } });
    child.stdin.end(input);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** Astro prints where it listens; port 0 lets the system pick a free one, so runs never clash. */
const LISTENING = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//;

function startDev(root: string, env: Record<string, string>): Promise<DevServer> {
  const args = [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'];
  // Astro's dev server serves no pages when it thinks Vitest runs it, and turns off its
  // browser updates under NODE_ENV=test: run it as a writer's shell does.
  const inherited = Object.fromEntries(Object.entries(baseEnvironment()).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  const child = spawn(process.execPath, args, { cwd: root, env: { ...inherited, ...env } });
  let output = '';
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
  };
  return new Promise((done, fail) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const origin = LISTENING.exec(output)?.[1];
      if (origin) done({ origin, output: () => output, stop });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => fail(new Error(`astro dev exited with ${code} before it listened:\n${output}`)));
  });
}

import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}
interface Job {
  steps: Step[];
  needs?: string | string[];
  outputs?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  if?: string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  container?: { image: string };
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIRECTORY = '.github/workflows';
const read = async (name: string) => readFile(`${DIRECTORY}/${name}`, 'utf8');
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const using = (workflow: Workflow, action: string) => steps(workflow).find((step) => step.uses?.startsWith(`${action}@`));
const workflows = async () => {
  const names = (await readdir(DIRECTORY)).filter((name) => name.endsWith('.yml'));
  return Promise.all(names.map(async (name) => ({ name, workflow: parse(await read(name)) as Workflow })));
};

describe('GitHub workflows', () => {
  it('are valid YAML and pin every action to a commit, with its version in a comment', async () => {
    const names = (await readdir(DIRECTORY)).filter((name) => name.endsWith('.yml'));
    expect(names.sort()).toEqual(['ci.yml', 'deploy.yml']);
    for (const name of names) {
      const text = await read(name);
      const workflow = parse(text, { prettyErrors: true }) as Workflow;
      const uses = steps(workflow).flatMap((step) => (step.uses ? [step.uses] : []));
      expect(uses.length, name).toBeGreaterThan(0);
      for (const action of uses) expect(action, `${name}: ${action}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      const lines = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
      for (const line of lines) expect(line, name).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('check content and run every test on each pull request, as .ci/run does', async () => {
    const workflow = parse(await read('ci.yml')) as Workflow;
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(steps(workflow).map((step) => step.run).filter(Boolean)).toEqual(['bash .ci/run']);
    expect(workflow.jobs.test?.container?.image).toBe('node:22-bookworm');
    const run = await readFile('.ci/run', 'utf8');
    expect(run).toMatch(/missing\+=\(chromium\)/);
    expect(run).toMatch(/missing\+=\(prometheus\)/);
    expect(run.indexOf('npm ci')).toBeLessThan(run.indexOf('npm test'));
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.test?.startsWith('npm run check && ')).toBe(true);
  });

  it('deploy to GitHub Pages from main and every 10 minutes, keeping the metrics snapshot and upstream copies between runs', async () => {
    const workflow = parse(await read('deploy.yml')) as Workflow;
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on.schedule).toEqual([{ cron: '*/10 * * * *' }]);
    const build = workflow.jobs.build?.steps ?? [];
    const runs = build.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run build');
    const cache = using(workflow, 'actions/cache');
    expect(String(cache?.with?.path).trim().split('\n')).toEqual(['.statuswire/metrics', '.statuswire/upstreams']);
    expect(cache?.with?.['restore-keys']).toBe('metrics-');
    expect(build.indexOf(cache!)).toBeLessThan(build.findIndex((step) => step.run?.includes('npm run build')));
    expect(using(workflow, 'actions/upload-pages-artifact')?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy?.needs).toBe('build');
    expect(workflow.jobs.deploy?.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('install only what the build needs, once per lockfile, in the build and the notify job', async () => {
    const workflow = parse(await read('deploy.yml')) as Workflow;
    const key =
      "node-modules-omit-dev-${{ runner.os }}-${{ runner.arch }}-node${{ steps.node.outputs.node-version }}-${{ hashFiles('package.json', 'package-lock.json') }}";
    const onMiss = "steps.modules.outputs.cache-hit != 'true'";
    for (const id of ['build', 'notify']) {
      const jobSteps = workflow.jobs[id]?.steps ?? [];
      const node = jobSteps.find((step) => step.uses?.startsWith('actions/setup-node@'));
      // setup-node's npm cache is keyed by the lockfile alone: it would hit only when node_modules does.
      expect(node?.id, id).toBe('node');
      expect(node?.with?.cache, id).toBeUndefined();
      const restore = jobSteps.find((step) => step.uses?.startsWith('actions/cache/restore@'));
      expect(restore?.id, id).toBe('modules');
      // An exact key or nothing: a stale node_modules from another lockfile is never restored.
      expect(restore?.with, id).toEqual({ path: 'node_modules', key });
      const installs = jobSteps.filter((step) => /\bnpm (ci|install|i)\b/.test(step.run ?? ''));
      expect(installs.map((step) => [step.if, step.run]), id).toEqual([[onMiss, 'npm ci --omit=dev --no-audit --no-fund']]);
      expect(jobSteps.indexOf(node!), id).toBeLessThan(jobSteps.indexOf(restore!));
      expect(jobSteps.indexOf(restore!), id).toBeLessThan(jobSteps.indexOf(installs[0]!));
    }
    const build = workflow.jobs.build?.steps ?? [];
    const saves = steps(workflow).filter((step) => step.uses?.startsWith('actions/cache/save@'));
    expect(saves).toHaveLength(1);
    expect(saves[0]?.if).toBe(onMiss);
    expect(saves[0]?.with).toEqual({ path: 'node_modules', key: '${{ steps.modules.outputs.cache-primary-key }}' });
    // Saved between the install and the build, so what the build writes there is not kept.
    const install = build.findIndex((step) => step.run?.startsWith('npm ci'));
    expect(install).toBeLessThan(build.indexOf(saves[0]!));
    expect(build.indexOf(saves[0]!)).toBeLessThan(build.findIndex((step) => step.run?.includes('npm run build')));
  });

  it('hold least privilege: read-only by default, a time limit on every job, no token left in the checkout', async () => {
    for (const { name, workflow } of await workflows()) {
      expect(workflow.permissions, name).toEqual({ contents: 'read' });
      for (const [id, job] of Object.entries(workflow.jobs)) {
        expect(job['timeout-minutes'], `${name}: ${id}`).toBeGreaterThan(0);
        for (const step of job.steps.filter((candidate) => candidate.uses?.startsWith('actions/checkout@'))) {
          expect(step.with?.['persist-credentials'], `${name}: ${id}`).toBe(false);
        }
      }
    }
  });

  it('publish only from main, and only the deploy job may write to Pages', async () => {
    const workflow = parse(await read('deploy.yml')) as Workflow;
    const onMain = "github.ref == 'refs/heads/main'";
    expect(workflow.jobs.build?.if).toBe(onMain);
    expect(workflow.jobs.build?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(workflow.jobs.deploy?.if).toBe(onMain);
    expect(workflow.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('build for the address in the Pages settings unless SITE_URL is set, so a fork deploys unedited', async () => {
    const workflow = parse(await read('deploy.yml')) as Workflow;
    const build = workflow.jobs.build?.steps ?? [];
    const pages = using(workflow, 'actions/configure-pages');
    const step = build.find((candidate) => candidate.run?.includes('npm run build'));
    expect(pages?.id).toBe('pages');
    expect(build.indexOf(pages!)).toBeLessThan(build.indexOf(step!));
    expect(step?.env?.PAGES_URL).toBe('${{ steps.pages.outputs.base_url }}');
    expect(step?.env?.SITE_URL_SETTING).toBe('${{ vars.SITE_URL }}');

    // Run the step's script with an `npm` that reports the SITE_URL the build would get.
    const bin = await mkdtemp(join(tmpdir(), 'statuswire-deploy-'));
    await writeFile(join(bin, 'npm'), '#!/bin/sh\necho "$SITE_URL"\n');
    await chmod(join(bin, 'npm'), 0o755);
    const siteUrl = (pagesUrl: string, setting = '') =>
      execFileSync('bash', ['-e', '-c', step!.run!], {
        env: { PATH: `${bin}:${process.env.PATH}`, PAGES_URL: pagesUrl, SITE_URL_SETTING: setting, METRICS_URL_SETTING: '', METRICS_TOKEN_SETTING: '' },
        encoding: 'utf8',
      }).trim();
    try {
      expect(siteUrl('https://octocat.github.io/statuswire')).toBe('https://octocat.github.io/statuswire/');
      expect(siteUrl('https://octocat.github.io')).toBe('https://octocat.github.io/');
      expect(siteUrl('https://status.example.com')).toBe('https://status.example.com/');
      expect(siteUrl('https://octocat.github.io/statuswire', 'https://status.acme.example/')).toBe('https://status.acme.example/');
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  });

  it('notify only after a successful deploy, one run at a time, at the build\'s clock and address, pushing only the record', async () => {
    const workflow = parse(await read('deploy.yml')) as Workflow;
    const notify = workflow.jobs.notify;
    expect(notify?.needs).toEqual(['build', 'deploy']);
    // No always() or failure(): the implicit success() holds it to a deploy that worked.
    expect(notify?.if).toBe("github.ref == 'refs/heads/main'");
    expect(notify?.permissions).toEqual({ contents: 'write' });
    expect(notify?.concurrency).toEqual({ group: 'notify', 'cancel-in-progress': false });
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(false);
    expect(notify?.['timeout-minutes']).toBeLessThanOrEqual(15);
    const step = notify?.steps.find((candidate) => candidate.run?.includes('npm run notify'));
    expect(step?.run).not.toContain('--dry-run');
    expect(step?.env?.SOURCE_DATE_EPOCH).toBe('${{ needs.build.outputs.clock }}');
    expect(step?.env?.PAGES_URL).toBe('${{ needs.build.outputs.pages_url }}');
    // Each secret is mapped by name: never every secret at once (toJSON(secrets)).
    expect(JSON.stringify(notify)).not.toMatch(/toJSON\(\s*secrets\s*\)/i);
    const build = workflow.jobs.build!;
    expect(build.outputs?.clock).toBe('${{ steps.clock.outputs.epoch }}');
    const buildStep = build.steps.find((candidate) => candidate.run?.includes('npm run build'));
    expect(buildStep?.env?.SOURCE_DATE_EPOCH).toBe('${{ steps.clock.outputs.epoch }}');
    const checkout = notify?.steps.find((candidate) => candidate.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.ref).toBe('${{ github.sha }}');
  });
});

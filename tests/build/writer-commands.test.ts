import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_EPOCH } from '../support/clock';
import { copySite, type SiteCopy } from '../support/site-copy';

/** `npm run …` in `root` as a writer types it, with npm's own parsing of the words after it. */
function npmRun(root: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', ...args], { cwd: root, env: { ...process.env, ...env, NO_COLOR: '1' } });
    child.stdin.end();
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** The build clock minus `minutes`: each command runs a little later than the one before. */
const at = (minutes: number) => ({ SOURCE_DATE_EPOCH: String(Number(TEST_EPOCH) - minutes * 60) });

const SLUG = '2026-11-28-delayed-sms-to-smartfren-numbers';
const PATH = `content/incidents/${SLUG}.mdx`;
const POSTMORTEM = '\n## What happened\n\nA route to Smartfren dropped messages.\n';

describe('a writer\'s commands: new, update, resolved, check, build', () => {
  let site: SiteCopy;
  let afterNew = '';
  let afterIdentified = '';

  beforeAll(async () => {
    site = await copySite();
  });

  afterAll(() => site.remove());

  it('new writes an incident named from the day and title, at the display offset, and prints its path', async () => {
    const result = await site.command(
      'new',
      ['incident', '--title', 'Delayed SMS to Smartfren numbers', '--impact', 'major', '--components', 'sms-smartfren, verify-api:degraded_performance',
        '--message', 'Messages to Smartfren numbers are arriving up to 20 minutes late. We are investigating.'],
      { env: at(60) },
    );
    expect(result.code, result.output).toBe(0);
    expect(result.output).toBe(`${PATH}\n`);
    afterNew = await readFile(join(site.root, PATH), 'utf8');
    expect(afterNew).toContain('  - at: 2026-11-28T12:00:00+07:00\n    status: investigating\n');
    expect(afterNew).toContain('  - id: sms-smartfren\n    status: partial_outage\n  - id: verify-api\n    status: degraded_performance\n');
    // The writer adds a postmortem body and a comment of their own.
    await writeFile(join(site.root, PATH), `${afterNew.replace('impact: major\n', 'impact: major   # raised from minor at 12:05\n')}${POSTMORTEM}`);
    afterNew = await readFile(join(site.root, PATH), 'utf8');
  });

  it('update appends a timestamped update and changes nothing else in the file', async () => {
    const result = await site.command('update', [SLUG, '--status', 'identified', '--message', 'Smartfren found a faulty route and is fixing it.'], { env: at(40) });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toBe(`${PATH}\n`);
    afterIdentified = await readFile(join(site.root, PATH), 'utf8');
    const added = '  - at: 2026-11-28T12:20:00+07:00\n    status: identified\n    message: >-\n      Smartfren found a faulty route and is fixing it.\n';
    const end = afterNew.indexOf('---\n', 4);
    expect(afterIdentified).toBe(afterNew.slice(0, end) + added + afterNew.slice(end));
  });

  it('update without -- says npm kept the flags, shows the command with them, and writes nothing', async () => {
    const result = await npmRun(site.root, ['update', SLUG, '--status', 'resolved', '--message', 'All delivered.'], at(15));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'update: npm kept --status and --message for itself, so the command did not get them  ' +
        `(put -- after the command's name: npm run update -- ${SLUG} --status resolved --message "All delivered.")\n`,
    );
    expect(await readFile(join(site.root, PATH), 'utf8')).toBe(afterIdentified);
  });

  it('update with resolved closes the incident and says how long it took', async () => {
    const result = await site.command('update', [PATH, '--status', 'resolved', '--message', 'All delayed messages were delivered.'], { env: at(10) });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toBe(`${PATH}\nincident closed: resolved 50 min after the first update\n`);
    const closed = await readFile(join(site.root, PATH), 'utf8');
    expect(closed.endsWith(`    status: resolved\n    message: >-\n      All delayed messages were delivered.\n---\n${POSTMORTEM}`)).toBe(true);
    const again = await site.command('update', [SLUG, '--status', 'monitoring', '--message', 'x'], { env: at(5) });
    expect(again.code).toBe(1);
    expect(again.output).toBe(`update: ${PATH} is already resolved  (a resolved incident is closed; for a new problem run npm run new -- incident)\n`);
  });

  it('new maintenance asks for what no flag gave, and asks again after a wrong answer', async () => {
    const answers = ['Voice platform upgrade', 'voice, dashbord', 'voice, dashboard', '2027-03-01 01:00', '2027-03-01 02:30', 'Calls may drop for a few seconds.', ''];
    const result = await site.command('new', ['maintenance'], { env: at(5), input: answers.join('\n') });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('unknown component "dashbord"  (use one of: sms-telkomsel,');
    expect(result.output.trimEnd().split('\n').at(-1)).toBe('content/maintenance/2027-03-01-voice-platform-upgrade.mdx');
    const source = await readFile(join(site.root, 'content/maintenance/2027-03-01-voice-platform-upgrade.mdx'), 'utf8');
    expect(source).toContain('window:\n  start: 2027-03-01T01:00:00+07:00\n  end: 2027-03-01T02:30:00+07:00\n');
  });

  it('new refuses an unknown component with the valid ids and writes nothing', async () => {
    const before = await readdir(join(site.root, 'content/incidents'));
    const result = await site.command('new', ['incident', '--title', 'X', '--impact', 'minor', '--components', 'sms-smartfern', '--message', 'x']);
    expect(result.code).toBe(1);
    expect(result.output).toBe(
      'new: --components: unknown component "sms-smartfern"  (use one of: sms-telkomsel, sms-indosat, sms-xl-axiata, sms-smartfren, messaging-api, verify-api, webhooks, voice, dashboard, docs-site)\n',
    );
    expect(await readdir(join(site.root, 'content/incidents'))).toEqual(before);
  });

  it('new and update refuse a translation into a language the site does not list, and write nothing', async () => {
    const before = await readdir(join(site.root, 'content/incidents'));
    const created = await site.command('new', ['incident', '--title', 'X', '--title.fr', 'Retard', '--impact', 'minor', '--components', '', '--message', 'x']);
    expect(created.code).toBe(1);
    expect(created.output).toMatch(/^new: --title\.fr: "fr" is not one of the site's languages \(en[^)]*\) {2}\(.*content\/site\.yaml.*\)\n$/);
    const source = await readFile(join(site.root, PATH), 'utf8');
    const updated = await site.command('update', [SLUG, '--status', 'monitoring', '--message', 'x', '--message.fr', 'y']);
    expect(updated.code).toBe(1);
    expect(updated.output).toMatch(/^update: --message\.fr: "fr" is not one of the site's languages/);
    expect(await readdir(join(site.root, 'content/incidents'))).toEqual(before);
    expect(await readFile(join(site.root, PATH), 'utf8')).toBe(source);
  });

  it('check accepts what the commands wrote', async () => {
    const result = await site.command('check', []);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('content OK: 9 incidents, 4 maintenance windows');
  });

  it('new writes at the offset of the time zone in content/site.yaml, unless STATUSWIRE_OFFSET says otherwise', async () => {
    const config = join(site.root, 'content/site.yaml');
    const original = await readFile(config, 'utf8');
    await writeFile(config, original.replace(/^timeZone: Asia\/Jakarta/m, 'timeZone: Asia/Makassar'));
    const args = (title: string) => ['incident', '--title', title, '--impact', 'none', '--components', '', '--message', 'x'];
    const written = async (output: string) => readFile(join(site.root, output.trim()), 'utf8');
    const makassar = await site.command('new', args('Makassar clock'), { env: at(3) });
    expect(makassar.code, makassar.output).toBe(0);
    expect(await written(makassar.output)).toContain('  - at: 2026-11-28T13:57:00+08:00\n');
    const overridden = await site.command('new', args('Override clock'), { env: { ...at(2), STATUSWIRE_OFFSET: '+09:00' } });
    expect(overridden.code, overridden.output).toBe(0);
    expect(await written(overridden.output)).toContain('  - at: 2026-11-28T14:58:00+09:00\n');
    await writeFile(config, original);
    for (const output of [makassar.output, overridden.output]) await rm(join(site.root, output.trim()));
  });

  it('the built site shows the incident with its timeline, newest first', async () => {
    const build = await site.build();
    expect(build.code, build.output).toBe(0);
    const { document } = parseHTML(await readFile(join(site.root, 'dist/incidents', SLUG, 'index.html'), 'utf8'));
    expect(document.querySelector('h1')?.textContent).toBe('Delayed SMS to Smartfren numbers');
    const items = [...document.querySelectorAll('[data-timeline] li')];
    expect(items.map((item) => item.getAttribute('data-update-status'))).toEqual(['resolved', 'identified', 'investigating']);
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2026-11-28T05:50:00.000Z',
      '2026-11-28T05:20:00.000Z',
      '2026-11-28T05:00:00.000Z',
    ]);
    expect(items[1]?.textContent).toContain('Smartfren found a faulty route and is fixing it.');
    expect(document.body.textContent).toContain('A route to Smartfren dropped messages.');
  }, 120_000);
});

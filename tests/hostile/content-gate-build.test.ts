import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type BuildResult, type SiteCopy } from '../support/site-copy';

const LINK_FIX = '(replace the link with the file or folder itself: the site is built only from what the repository holds)';
const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;

describe('astro build with a link to /etc in public/', () => {
  let site: SiteCopy;
  let result: BuildResult;

  beforeAll(async () => {
    site = await copySite();
    await symlink('/etc', join(site.root, 'public/etc'));
    result = await site.build();
  }, 60_000);

  afterAll(() => site.remove());

  it('stops with one line naming the link and the fix, before Astro copies public/', () => {
    expect(result.code, result.output).not.toBe(0);
    const problems = result.output.split('\n').filter((line) => /\S+:\d+:\d+ {2}/.test(line));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`public/etc:1:1  \\(file\\)  is a symbolic link to /etc  ${escapeRegExp(LINK_FIX)}$`))]);
    expect(result.output).toContain('1 content problem;');
    expect(result.output).not.toMatch(STACK_FRAME);
  });

  it('publishes nothing from /etc', () => {
    expect(existsSync(join(site.root, 'dist/etc'))).toBe(false);
  });
});

describe('astro build with content the check cannot read', () => {
  let site: SiteCopy;
  let result: BuildResult;

  beforeAll(async () => {
    site = await copySite();
    const content = join(site.root, 'content');
    // A folder that looks like an entry to Astro's own loader, a pipe that never ends,
    // a year no calendar can hold, a name that would forge a calendar event.
    await mkdir(join(content, 'incidents/2026-11-01-folder.mdx'));
    execFileSync('mkfifo', [join(content, 'maintenance/2027-01-01-pipe.mdx')]);
    const maintenance = await readFile(join(content, 'maintenance/2027-01-14-telkomsel-smpp-bind-migration.mdx'), 'utf8');
    await writeFile(join(content, 'maintenance/2027-01-14-telkomsel-smpp-bind-migration.mdx'), maintenance.replace(/end: 2027-\S+/, 'end: 9999-12-31T23:00:00-05:00'));
    const siteYaml = await readFile(join(content, 'site.yaml'), 'utf8');
    await writeFile(join(content, 'site.yaml'), siteYaml.replace(/^name: .+/m, 'name: "Kabar\\r\\nBEGIN:VEVENT"'));
    await symlink('/etc/hostname', join(content, '.hidden.yaml'));
    result = await site.build();
  }, 60_000);

  afterAll(() => site.remove());

  it('fails with one line for each, and no stack trace', () => {
    expect(result.code, result.output).not.toBe(0);
    const problems = result.output.split('\n').filter((line) => /\S+:\d+:\d+ {2}/.test(line)).map((line) => line.replace(/^.*?(content\/)/, '$1'));
    expect(problems).toEqual([
      'content/incidents/2026-11-01-folder.mdx:1:1  (file)  is a folder, not a file  (move the files it holds up one level and remove the folder)',
      'content/maintenance/2027-01-01-pipe.mdx:1:1  (file)  is not a regular file (a pipe, socket or device)  (remove it)',
      expect.stringMatching(/^content\/maintenance\/2027-01-14-telkomsel-smpp-bind-migration\.mdx:\d+:\d+ {2}window\.end {2}.*year 9999/),
      expect.stringMatching(/^content\/site\.yaml:\d+:1 {2}name {2}has a carriage return \(U\+000D\) at character 6 /),
      `content/.hidden.yaml:1:1  (file)  is a symbolic link to /etc/hostname  ${LINK_FIX}`,
    ]);
    expect(result.output).toContain('5 content problems;');
    expect(result.output).not.toMatch(STACK_FRAME);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

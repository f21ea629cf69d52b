import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_SITE_YAML } from '../support/broken-files';
import { copySite, type BuildResult, type SiteCopy } from '../support/site-copy';

/** One broken incident or maintenance file per rule, and the field each must be blamed on. */
const VALID_UPDATES = `updates:
  - at: 2026-11-01T08:00:00+07:00
    status: investigating
    message: Looking into it.`;

const BROKEN: { file: string; field: string; text: string; says: string; body?: string }[] = [
  {
    file: 'incidents/no-offset.mdx',
    field: 'updates[0].at',
    says: 'has no time zone',
    text: `title: Local time\nimpact: minor\nupdates:\n  - at: 2026-11-01T08:00:00\n    status: investigating\n    message: Looking.`,
  },
  {
    file: 'incidents/out-of-order.mdx',
    field: 'updates[1].at',
    says: 'not later than update 1',
    text: `title: Order\nimpact: minor\n${VALID_UPDATES}\n  - at: 2026-11-01T07:00:00+07:00\n    status: identified\n    message: Earlier.`,
  },
  {
    file: 'incidents/resolved-early.mdx',
    field: 'updates[0].status',
    says: '"resolved" must be the last update',
    text: `title: Early\nimpact: minor\nupdates:\n  - at: 2026-11-01T08:00:00Z\n    status: resolved\n    message: Done.\n  - at: 2026-11-01T09:00:00Z\n    status: monitoring\n    message: Still watching.`,
  },
  {
    file: 'incidents/unknown-component.mdx',
    field: 'components[0].id',
    says: 'unknown component "sms-smartfern"',
    text: `title: Typo\nimpact: minor\ncomponents:\n  - id: sms-smartfern\n    status: partial_outage\n${VALID_UPDATES}`,
  },
  {
    file: 'incidents/future-update.mdx',
    field: 'updates[0].at',
    says: 'in the future',
    text: `title: Future\nimpact: minor\nupdates:\n  - at: 2030-01-01T00:00:00Z\n    status: investigating\n    message: Not yet.`,
  },
  {
    file: 'incidents/bad-impact.mdx',
    field: 'impact',
    says: 'use one of: none, minor, major, critical',
    text: `title: Impact\nimpact: severe\n${VALID_UPDATES}`,
  },
  {
    file: 'incidents/no-title.mdx',
    field: 'title',
    says: 'is missing',
    text: `impact: minor\n${VALID_UPDATES}`,
  },
  {
    file: 'incidents/mdx-error.mdx',
    field: '(mdx)',
    says: 'Expected a closing tag for `<Callout>`',
    text: `title: Body\nimpact: minor\n${VALID_UPDATES}`,
    body: 'See <Callout type="note">the note.',
  },
  {
    file: 'incidents/no-space.mdx',
    field: '(yaml)',
    says: '(add a space after the colon: impact: critical)',
    text: `title: Colon\nimpact:critical\n${VALID_UPDATES}`,
  },
  {
    file: 'incidents/colon-in-value.mdx',
    field: '(yaml)',
    says: '(quote the value: message: "Update: binds are up")',
    text: `title: Colon\nimpact: minor\nupdates:\n  - at: 2026-11-01T08:00:00+07:00\n    status: investigating\n    message: Update: binds are up`,
  },
  {
    file: 'incidents/misspelt-field.mdx',
    field: 'upates',
    says: 'unknown field "upates"  (did you mean "updates"?)',
    text: `title: Typo\nimpact: minor\nup${VALID_UPDATES.slice(3)}`,
  },
  {
    file: 'incidents/html-break.mdx',
    field: '(mdx)',
    says: '<br> is an HTML line break, which a body does not take  (for a new paragraph leave a blank line; to break a line, end it with a backslash \\ or two spaces)',
    text: `title: Break\nimpact: minor\n${VALID_UPDATES}`,
    body: 'Messages are late.<br>We are on it.',
  },
  {
    file: 'incidents/translated-into-default.mdx',
    field: 'translations.en',
    says: '"en" is the site\'s default language, which the title, updates and body are already written in  (remove this translation',
    text: `title: Translated\nimpact: minor\n${VALID_UPDATES}\ntranslations:\n  en:\n    title: Translated again`,
  },
  {
    file: 'maintenance/backwards-window.mdx',
    field: 'window.end',
    says: 'must end after it starts',
    text: `title: Backwards\ncomponents: [voice]\nwindow:\n  start: 2027-01-14T03:00:00+07:00\n  end: 2027-01-14T01:00:00+07:00`,
  },
];

describe('a build with broken content', () => {
  let site: SiteCopy;
  let result: BuildResult;
  let siteYaml: string;

  beforeAll(async () => {
    site = await copySite();
    for (const broken of BROKEN) {
      await writeFile(join(site.root, 'content', broken.file), `---\n${broken.text}\n---\n\n${broken.body ?? 'Body.'}\n`);
    }
    siteYaml = await readFile(join(site.root, 'content/site.yaml'), 'utf8');
    await writeFile(join(site.root, 'content/site.yaml'), `${BROKEN_SITE_YAML.join('\n')}\n`);
    result = await site.build('dist', { SITE_URL: 'status.example.org' });
  }, 120_000);

  afterAll(() => site.remove());

  it('fails', () => {
    expect(result.code).not.toBe(0);
  });

  it.each(BROKEN)('names $file, the field $field and what is wrong', ({ file, field, says }) => {
    const line = result.output.split('\n').find((text) => text.includes(`content/${file}:`));
    expect(line, result.output).toBeDefined();
    expect(line).toMatch(new RegExp(`content/${file}:\\d+:\\d+  ${field.replace(/[[\]().]/g, '\\$&')}  `));
    expect(line).toContain(says);
    expect(line).toMatch(/ {2}\(.+\)$/);
  });

  it('names content/site.yaml, its line and the field timeZone, even though astro.config.mjs reads it first', () => {
    expect(result.output).toContain(
      'content/site.yaml:5:1  timeZone  unknown time zone "Asia/Jakartaa"  (use an IANA name such as Asia/Jakarta)',
    );
  });

  it('names a SITE_URL it cannot use', () => {
    expect(result.output).toContain(
      'SITE_URL (environment)  "status.example.org" is not an absolute http(s) URL  (write it with its scheme: https://status.example.org)',
    );
  });

  it('prints no stack trace', () => {
    expect(result.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(result.output).toContain(`${BROKEN.length + 2} content problems`);
  });

  it('builds again once the files are fixed', async () => {
    for (const broken of BROKEN) await rm(join(site.root, 'content', broken.file));
    await writeFile(join(site.root, 'content/site.yaml'), siteYaml);
    const fixed = await site.build();
    expect(fixed.code, fixed.output).toBe(0);
  }, 120_000);
});

describe('a build with an unusable SOURCE_DATE_EPOCH', () => {
  let site: SiteCopy;
  const env = { SOURCE_DATE_EPOCH: '2026-11-28' };
  const line = 'SOURCE_DATE_EPOCH (environment)  "2026-11-28" is not whole seconds since 1970-01-01 UTC  (write a number like 1769904000, or unset it to build at the current time)';

  beforeAll(async () => {
    site = await copySite();
  });

  afterAll(() => site.remove());

  it('skips the metrics pull with one line, leaving the verdict to the build', async () => {
    const pull = await site.pullMetrics(env);
    expect(pull.code, pull.output).toBe(0);
    expect(pull.output.trim()).toBe('metrics: skipped, SOURCE_DATE_EPOCH is unusable; the build says why');
  });

  it('stops the build with one line naming the variable and the fix, and no stack trace', async () => {
    const result = await site.build('dist', env);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(line);
    expect(result.output).toContain('1 content problem;');
    expect(result.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  }, 120_000);
});

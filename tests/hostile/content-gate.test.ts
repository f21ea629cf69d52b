import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { TEST_NOW } from '../support/clock';
import { COMPONENTS_YAML, SITE_YAML } from '../support/fixtures';

/**
 * Content a careless or hostile writer can commit, each judged by the same check the
 * build's gate runs: every case must end as problem lines, never a crash, a hang or a
 * page built from it.
 */
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'statuswire-hostile-'));
  await mkdir(join(root, 'content/incidents'), { recursive: true });
  await mkdir(join(root, 'content/maintenance'), { recursive: true });
  await mkdir(join(root, 'public'));
  await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML);
  await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = (path: string, text: string | Buffer) => writeFile(join(root, path), text);
const lines = async () => (await checkContent(root, TEST_NOW)).map(formatProblem);

function incident({ title = 'Delays', at = '2026-11-01T08:00:00Z', message = 'Looking.' } = {}): string {
  return `---\ntitle: ${title}\nimpact: minor\nupdates:\n  - at: ${at}\n    status: investigating\n    message: ${message}\n---\n\nBody.\n`;
}

function maintenance({ title = 'Migration', start = '2027-01-14T01:00:00Z', end = '2027-01-14T03:00:00Z' } = {}): string {
  return `---\ntitle: ${title}\ncomponents: [sms-telkomsel]\nwindow:\n  start: ${start}\n  end: ${end}\n---\n`;
}

const ONE_LINE_FIX = '(write it on one line, without tabs or control characters)';

describe('what is not a content file', () => {
  it('names a folder inside content/incidents or content/maintenance, and reads nothing in it', async () => {
    await mkdir(join(root, 'content/incidents/archive'));
    await write('content/incidents/archive/2026-01-01-old.mdx', 'not even frontmatter');
    await mkdir(join(root, 'content/maintenance/2027-01-14-window.mdx'));
    expect(await lines()).toEqual([
      'content/incidents/archive:1:1  (file)  is a folder, not a file  (move the files it holds up one level and remove the folder)',
      'content/maintenance/2027-01-14-window.mdx:1:1  (file)  is a folder, not a file  (move the files it holds up one level and remove the folder)',
    ]);
  });

  it('names a pipe in content/ or public/ instead of waiting forever to read or copy it', async () => {
    execFileSync('mkfifo', [join(root, 'content/incidents/2026-11-01-pipe.mdx'), join(root, 'public/feed.xml')]);
    expect(await lines()).toEqual([
      'content/incidents/2026-11-01-pipe.mdx:1:1  (file)  is not a regular file (a pipe, socket or device)  (remove it)',
      'public/feed.xml:1:1  (file)  is not a regular file (a pipe, socket or device)  (remove it)',
    ]);
  });

  it('names every symbolic link under content/ and public/ with its target, once, and reads none', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'statuswire-outside-'));
    try {
      await writeFile(join(outside, 'components.yaml'), COMPONENTS_YAML);
      await rm(join(root, 'content/components.yaml'));
      await symlink(join(outside, 'components.yaml'), join(root, 'content/components.yaml'));
      await symlink('/etc/passwd', join(root, 'content/incidents/2026-11-01-passwd.mdx'));
      await symlink('/dev/zero', join(root, 'content/metrics.yaml'));
      await symlink('/etc', join(root, 'public/etc'));
      await mkdir(join(root, 'public/images'));
      await symlink('../../nowhere.svg', join(root, 'public/images/.logo.svg'));
      const fix = '(replace the link with the file or folder itself: the site is built only from what the repository holds)';
      expect(await lines()).toEqual([
        `content/components.yaml:1:1  (file)  is a symbolic link to ${join(outside, 'components.yaml')}  ${fix}`,
        `content/incidents/2026-11-01-passwd.mdx:1:1  (file)  is a symbolic link to /etc/passwd  ${fix}`,
        `content/metrics.yaml:1:1  (file)  is a symbolic link to /dev/zero  ${fix}`,
        `public/etc:1:1  (file)  is a symbolic link to /etc  ${fix}`,
        `public/images/.logo.svg:1:1  (file)  is a symbolic link to ../../nowhere.svg  ${fix}`,
      ]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('names content/incidents when it is a link, and reads nothing through it', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'statuswire-outside-'));
    try {
      await writeFile(join(outside, '2026-11-01-secret.mdx'), incident().replace('impact: minor', 'impact: SECRET'));
      await rm(join(root, 'content/incidents'), { recursive: true });
      await symlink(outside, join(root, 'content/incidents'));
      expect(await lines()).toEqual([
        `content/incidents:1:1  (file)  is a symbolic link to ${outside}  (replace the link with the file or folder itself: the site is built only from what the repository holds)`,
      ]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('names public/ itself when it is a link', async () => {
    await rm(join(root, 'public'), { recursive: true });
    await symlink('/etc', join(root, 'public'));
    expect(await lines()).toEqual([
      'public:1:1  (file)  is a symbolic link to /etc  (replace the link with the file or folder itself: the site is built only from what the repository holds)',
    ]);
  });

  it('refuses an entry over 1 MB and a YAML file over 2 MB before parsing either', async () => {
    // Bodies and YAML that would each take the parsers a long while, were they read.
    await write('content/incidents/2026-11-01-huge.mdx', `${incident()}${'<Callout>'.repeat(120_000)}`.slice(0, 1_000_001));
    await write('content/incidents/2026-11-01-fits.mdx', `${incident()}${'a'.repeat(1_000_000)}`.slice(0, 1_000_000));
    await write('content/components.yaml', `${COMPONENTS_YAML}${'# padding\n'.repeat(200_000)}`.slice(0, 2_000_001));
    expect(await lines()).toEqual([
      'content/components.yaml:1:1  (file)  is 2,000,001 bytes, more than the 2,000,000 bytes allowed  (this file should be a few KB: look for data pasted into it by mistake)',
      'content/incidents/2026-11-01-huge.mdx:1:1  (file)  is 1,000,001 bytes, more than the 1,000,000 bytes allowed  (keep the entry short: put long logs or analysis elsewhere and link to them)',
    ]);
  });

  it('names a file that is not UTF-8, at the line of its first bad byte', async () => {
    const latin1 = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from(incident().slice('---\ntitle: Delays'.length))]);
    await write('content/incidents/2026-11-01-latin1.mdx', latin1);
    await write('content/site.yaml', Buffer.concat([Buffer.from(SITE_YAML), Buffer.from([0xff, 0xfe, 0x0a])]));
    expect(await lines()).toEqual([
      'content/incidents/2026-11-01-latin1.mdx:2:1  (file)  is not UTF-8 text  (save it as UTF-8 (your editor shows the encoding in its status bar))',
      'content/site.yaml:5:1  (file)  is not UTF-8 text  (save it as UTF-8 (your editor shows the encoding in its status bar))',
    ]);
  });

  it('names YAML aliases that expand past the limit at the first alias, instead of running out of memory', async () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    await write('content/metrics.yaml', `${laughs.join('\n')}\n`);
    expect(await lines()).toEqual([
      'content/metrics.yaml:2:8  (yaml)  YAML aliases (*name) stand for more than 100 values  (write the values out instead of using anchors (&) and aliases (*))',
    ]);
  });
});

describe('names that become files', () => {
  it('refuses a component or group id over 100 characters, and takes one of 100', async () => {
    await write(
      'content/components.yaml',
      `groups:\n  - id: ${'g'.repeat(101)}\n    name: Long\n    components:\n      - id: ${'c'.repeat(100)}\n        name: Exactly\n      - id: ${'c'.repeat(101)}\n        name: Over\n`,
    );
    const fix = '(shorten it: the id becomes a folder and file name)';
    expect(await lines()).toEqual([
      `content/components.yaml:2:5  groups[0].id  is longer than 100 characters  ${fix}`,
      `content/components.yaml:7:9  groups[0].components[1].id  is longer than 100 characters  ${fix}`,
    ]);
  });

  it('refuses an entry file name over 100 characters before .mdx, and takes one of 100', async () => {
    const exactly = `2026-11-01-${'a'.repeat(89)}`;
    const over = `${exactly}b`;
    await write(`content/incidents/${exactly}.mdx`, incident());
    await write(`content/incidents/${over}.mdx`, incident());
    expect(await lines()).toEqual([
      `content/incidents/${over}.mdx:1:1  (file name)  the file name becomes a folder and the URL, and is longer than 100 characters before .mdx  (shorten it, like 2026-01-12-smartfren-delays.mdx)`,
    ]);
  });

  it('keeps a problem on one line even when it quotes a line break the writer typed', async () => {
    await write('content/incidents/2026-11-01-forged.mdx', incident().replace('impact: minor', 'impact: "minor\\r\\nsite.yaml:1:1  name  forged"'));
    expect(await lines()).toEqual(['content/incidents/2026-11-01-forged.mdx:3:1  impact  "minor site.yaml:1:1  name  forged" is not allowed  (use one of: none, minor, major, critical)']);
  });
});

describe('times outside 2000 to 2100', () => {
  it('are refused in update times and maintenance windows, with the year', async () => {
    await write('content/incidents/2026-11-01-old.mdx', incident({ at: '1999-12-31T23:00:00Z' }));
    await write('content/maintenance/2027-01-14-far.mdx', maintenance({ end: '9999-12-31T23:00:00-05:00' }));
    await write('content/maintenance/2100-12-31-last.mdx', maintenance({ start: '2100-12-31T01:00:00Z', end: '2100-12-31T23:59:00-05:00' }));
    expect(await lines()).toEqual([
      'content/incidents/2026-11-01-old.mdx:5:5  updates[0].at  "1999-12-31T23:00:00Z" is in the year 1999, outside 2000 to 2100  (check the year)',
      'content/maintenance/2027-01-14-far.mdx:6:3  window.end  "9999-12-31T23:00:00-05:00" is in the year 9999, outside 2000 to 2100  (check the year)',
    ]);
  });
});

/** Each one-line field, as the file and YAML that set it to `value` (a YAML double-quoted string). */
const ONE_LINE_FIELDS: { field: string; file: string; line: number; text: (value: string) => string }[] = [
  { field: 'name', file: 'content/site.yaml', line: 1, text: (value) => SITE_YAML.replace('name: Kabar Cloud', `name: ${value}`) },
  { field: 'description', file: 'content/site.yaml', line: 2, text: (value) => SITE_YAML.replace(/^description: .*$/m, `description: ${value}`) },
  { field: 'logo.alt', file: 'content/site.yaml', line: 7, text: (value) => `${SITE_YAML}logo:\n  src: /logo.svg\n  alt: ${value}\n` },
  { field: 'groups[0].name', file: 'content/components.yaml', line: 3, text: (value) => COMPONENTS_YAML.replace('name: SMS delivery', `name: ${value}`) },
  {
    field: 'groups[0].description',
    file: 'content/components.yaml',
    line: 4,
    text: (value) => COMPONENTS_YAML.replace('name: SMS delivery', `name: SMS delivery\n    description: ${value}`),
  },
  { field: 'groups[0].components[0].name', file: 'content/components.yaml', line: 6, text: (value) => COMPONENTS_YAML.replace('name: Smartfren', `name: ${value}`) },
  {
    field: 'groups[0].components[0].description',
    file: 'content/components.yaml',
    line: 7,
    text: (value) => COMPONENTS_YAML.replace('name: Smartfren', `name: Smartfren\n        description: ${value}`),
  },
  { field: 'title', file: 'content/incidents/2026-11-01-delays.mdx', line: 2, text: (value) => incident({ title: value }) },
  { field: 'title', file: 'content/maintenance/2027-01-14-migration.mdx', line: 2, text: (value) => maintenance({ title: value }) },
];

describe('one-line text fields', () => {
  beforeEach(() => write('public/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'));

  it.each(ONE_LINE_FIELDS)('$file $field refuses a line break that would start a calendar event', async ({ field, file, line, text }) => {
    await write(file, text('"Kabar\\r\\nBEGIN:VEVENT"'));
    const column = file.endsWith('.yaml') && line > 2 ? (field.includes('components') ? 9 : field.startsWith('logo') ? 3 : 5) : 1;
    expect(await lines()).toEqual([`${file}:${line}:${column}  ${field}  has a carriage return (U+000D) at character 6  ${ONE_LINE_FIX}`]);
  });

  it.each([
    ['\\n', 'a line break (U+000A)'],
    ['\\t', 'a tab (U+0009)'],
    ['\\0', 'an invisible control character (U+0000)'],
    ['\\e', 'an invisible control character (U+001B)'],
    ['\\x7F', 'an invisible control character (U+007F)'],
    ['\\N', 'an invisible control character (U+0085)'],
    ['\\L', 'a line separator (U+2028)'],
    ['\\P', 'a paragraph separator (U+2029)'],
  ])('a title refuses %s, named as %s', async (escape, name) => {
    await write('content/incidents/2026-11-01-delays.mdx', incident({ title: `"Del${escape}ays"` }));
    expect(await lines()).toEqual([`content/incidents/2026-11-01-delays.mdx:2:1  title  has ${name} at character 4  ${ONE_LINE_FIX}`]);
  });

  it('lets an update message span lines, but refuses any other control character in it', async () => {
    await write('content/incidents/2026-11-01-lines.mdx', incident({ message: '"First line.\\nSecond line."' }));
    await write('content/incidents/2026-11-01-tab.mdx', incident({ message: '"Column\\tcolumn"' }));
    expect(await lines()).toEqual([
      'content/incidents/2026-11-01-tab.mdx:7:5  updates[0].message  has a tab (U+0009) at character 7  (remove it: only line breaks may separate the text)',
    ]);
  });

  it('bounds names to 100, descriptions to 300 and titles to 200 characters', async () => {
    await write('content/site.yaml', SITE_YAML.replace('name: Kabar Cloud', `name: ${'n'.repeat(101)}`).replace(/^description: .*$/m, `description: ${'d'.repeat(301)}`));
    await write('content/incidents/2026-11-01-long.mdx', incident({ title: 't'.repeat(201) }));
    await write('content/incidents/2026-11-01-fits.mdx', incident({ title: 't'.repeat(200) }));
    expect(await lines()).toEqual([
      'content/incidents/2026-11-01-long.mdx:2:1  title  is longer than 200 characters  (shorten the title; details go in the updates)',
      'content/site.yaml:1:1  name  is longer than 100 characters  (shorten the name; it is shown in every page title)',
      'content/site.yaml:2:1  description  is longer than 300 characters  (keep it to one sentence)',
    ]);
  });
});

describe('lists that would blow up every page', () => {
  const group = (index: number, size: number) =>
    `  - id: group-${index}\n    name: Group ${index}\n    components:\n${Array.from({ length: size }, (_, c) => `      - id: c-${index}-${c}\n        name: C ${c}\n`).join('')}`;

  it('bounds groups to 50', async () => {
    await write('content/components.yaml', `groups:\n${Array.from({ length: 51 }, (_, index) => group(index, 1)).join('')}`);
    expect(await lines()).toEqual(['content/components.yaml:1:1  groups  has more than 50 groups  (merge related groups)']);
    await write('content/components.yaml', `groups:\n${Array.from({ length: 50 }, (_, index) => group(index, 1)).join('')}`);
    expect(await lines()).toEqual([]);
  });

  it('bounds the components of a group to 50', async () => {
    await write('content/components.yaml', `groups:\n${group(0, 51)}${group(1, 50)}`);
    expect(await lines()).toEqual(['content/components.yaml:4:5  groups[0].components  has more than 50 components  (split the group in two)']);
  });

  it('bounds the updates of an entry to 200', async () => {
    const updates = Array.from({ length: 201 }, (_, index) => {
      const at = new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString();
      return `  - at: ${at}\n    status: investigating\n    message: Update ${index}.`;
    });
    await write('content/incidents/2026-11-01-chatty.mdx', `---\ntitle: Chatty\nimpact: minor\nupdates:\n${updates.join('\n')}\n---\n`);
    expect(await lines()).toEqual([
      'content/incidents/2026-11-01-chatty.mdx:4:1  updates  has more than 200 updates  (combine updates that say the same thing)',
    ]);
  });
});

describe('the logo path', () => {
  it.each([
    ['//evil.example/x.svg', '"//evil.example/x.svg" starts with //, which browsers read as another site  (write it from the site root with one slash, like /logo.svg)'],
    ['/\\\\evil.example/x.svg', '"/\\evil.example/x.svg" has a backslash, which browsers read as a slash  (use forward slashes, like /images/logo.svg)'],
    ['/\\t/evil.example/x.svg', 'the path has a tab (U+0009)  (write the path on one line, like /logo.svg)'],
  ])('refuses %s, which a browser would fetch from another site, even when public/ has that file', async (src, says) => {
    await mkdir(join(root, 'public/evil.example'));
    await write('public/evil.example/x.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await write('content/site.yaml', `${SITE_YAML}logo:\n  src: "${src}"\n  alt: Kabar Cloud\n`);
    expect(await lines()).toEqual([`content/site.yaml:6:3  logo.src  ${says}`]);
  });

  it('says a path too long for the file system does not exist, instead of crashing', async () => {
    const src = `/${'x'.repeat(300)}.svg`;
    await write('content/site.yaml', `${SITE_YAML}logo:\n  src: ${src}\n  alt: Kabar Cloud\n`);
    expect(await lines()).toEqual([`content/site.yaml:6:3  logo.src  public${src} does not exist  (add the image to public/ or correct the path)`]);
  });
});

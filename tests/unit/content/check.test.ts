import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { TEST_NOW } from '../../support/clock';
import { COMPONENTS_YAML, SITE_YAML } from '../../support/fixtures';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'statuswire-check-'));
  await mkdir(join(root, 'content/incidents'), { recursive: true });
  await mkdir(join(root, 'content/maintenance'), { recursive: true });
  await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML);
  await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = (path: string, text: string) => writeFile(join(root, 'content', path), text);

describe('checkContent', () => {
  it('finds nothing wrong with valid content', async () => {
    await write(
      'incidents/2026-01-12-delays.mdx',
      `---\ntitle: Delays\nimpact: minor\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: investigating\n    message: Looking.\n---\nBody\n`,
    );
    expect(await checkContent(root, TEST_NOW)).toEqual([]);
  });

  it('reports every problem in every file at once, with file, line and field', async () => {
    await write(
      'incidents/a.mdx',
      `---\ntitle: A\nimpact: minor\ncomponents:\n  - id: sms-smartfern\n    status: partial_outage\nupdates:\n  - at: 2026-01-12T08:00:00\n    status: investigating\n    message: Looking.\n---\n`,
    );
    await write('incidents/b.mdx', `---\nimpact: minor\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: investigating\n    message: x\n---\n`);
    await write(
      'maintenance/c.mdx',
      `---\ntitle: C\ncomponents: [sms-telkomsel]\nwindow:\n  start: 2027-01-14T03:00:00+07:00\n  end: 2027-01-14T01:00:00+07:00\n---\n`,
    );
    const lines = (await checkContent(root, TEST_NOW)).map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/^content\/incidents\/a\.mdx:5:5  components\[0\]\.id  unknown component "sms-smartfern"/),
      expect.stringMatching(/^content\/incidents\/a\.mdx:8:5  updates\[0\]\.at  "2026-01-12T08:00:00" has no time zone/),
      'content/incidents/b.mdx:2:1  title  is missing  (add "title:" with a string value)',
      'content/maintenance/c.mdx:6:3  window.end  the window must end after it starts  (set end later than start)',
    ]);
  });

  it('reports YAML syntax errors, a missing fence, a bad file name and a non-MDX file', async () => {
    await write('incidents/broken-yaml.mdx', `---\ntitle: "unclosed\nimpact: minor\n---\n`);
    await write('incidents/no-fence.mdx', `Just a body.\n`);
    await write('incidents/Bad Name.mdx', `---\ntitle: A\nimpact: none\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: resolved\n    message: Done.\n---\n`);
    await write('incidents/notes.md', `# notes\n`);
    const problems = await checkContent(root, TEST_NOW);
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/incidents/Bad Name.mdx', '(file name)'],
      ['content/incidents/broken-yaml.mdx', '(yaml)'],
      ['content/incidents/no-fence.mdx', '(frontmatter)'],
      ['content/incidents/notes.md', '(file name)'],
    ]);
    expect(problems[1]?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a broken components file and still checks references against what it could read', async () => {
    await writeFile(join(root, 'content/components.yaml'), 'groups:\n  - id: a\n    name: A\n    components: []\n');
    const problems = await checkContent(root, TEST_NOW);
    expect(problems.map(formatProblem)).toEqual([
      'content/components.yaml:4:5  groups[0].components  a group needs at least one component  (add a component under this group or remove the group)',
    ]);
  });

  it('reports an MDX body that does not compile at its line in the whole file', async () => {
    await write(
      'incidents/2026-01-12-delays.mdx',
      `---\ntitle: Delays\nimpact: minor\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: investigating\n    message: Looking.\n---\n\n## What happened\n\nSee <Callout type="note">the note.\n`,
    );
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/incidents/2026-01-12-delays.mdx:12:5  (mdx)  MDX syntax error: Expected a closing tag for `<Callout>` (12:5) before the end of `paragraph`  ' +
        '(close every tag you open, like <Callout>…</Callout>, and write a literal <, { or } as \\<, \\{ or \\})',
    ]);
  });

  it('gives a fix for rules written without one', async () => {
    await writeFile(join(root, 'content/site.yaml'), `${SITE_YAML}metrics:\n  source: { kind: graphite }\n`);
    await writeFile(join(root, 'content/metrics.yaml'), 'thresholds:\n  - component: ""\n    metric: delivery_rate\n    rules: []\n');
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/metrics.yaml:2:5  thresholds[0].component  is too short  (write at least 1 character(s))',
      'content/metrics.yaml:4:5  thresholds[0].rules  has fewer than 1 item(s)  (list at least 1)',
      "content/site.yaml:6:13  metrics.source.kind  Invalid discriminator value. Expected 'sample' | 'json' | 'prometheus'  (see docs/metrics.md for what this field takes)",
    ]);
  });

  it('reports site.yaml problems at their lines, together with every other problem', async () => {
    await writeFile(
      join(root, 'content/site.yaml'),
      'name: Kabar Cloud\ndescription: Status.\nurl: status.kabar.example\ncontact: support@kabar.example\ntimeZone: Asia/Jakartaa\nlogo:\n  src: /logo.svg\n  alt: Kabar\ncolour: teal\n',
    );
    await write('incidents/b.mdx', `---\nimpact: minor\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: investigating\n    message: x\n---\n`);
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/incidents/b.mdx:2:1  title  is missing  (add "title:" with a string value)',
      'content/site.yaml:3:1  url  "status.kabar.example" is not an absolute http(s) URL  (write it with its scheme: https://status.kabar.example)',
      'content/site.yaml:7:3  logo.src  public/logo.svg does not exist  (add the image to public/ or correct the path)',
      'content/site.yaml:4:1  contact  "support@kabar.example" is not a mailto: or http(s) link  (write it as mailto:support@kabar.example)',
      'content/site.yaml:5:1  timeZone  unknown time zone "Asia/Jakartaa"  (use an IANA name such as Asia/Jakarta)',
      'content/site.yaml:9:1  colour  unknown field "colour"  (check the spelling or remove it)',
    ]);
  });

  it('finds the logo in public/ next to content/', async () => {
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'public/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(root, 'content/site.yaml'), `${SITE_YAML}logo:\n  src: /logo.svg\n  alt: Kabar Cloud\n`);
    expect(await checkContent(root, TEST_NOW)).toEqual([]);
  });

  it('checks the component of each Prometheus query in site.yaml', async () => {
    await writeFile(
      join(root, 'content/site.yaml'),
      `${SITE_YAML}metrics:\n  source:\n    kind: prometheus\n    url: http://prometheus:9090\n    queries:\n      - { component: sms-smartfern, metric: delivery_rate, label: Delivered, unit: percent, query: up }\n`,
    );
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/site.yaml:10:11  metrics.source.queries[0].component  unknown component "sms-smartfern"  (use one of the ids in content/components.yaml: sms-smartfren, sms-telkomsel, verify-api)',
    ]);
  });

  it('says where a metrics source left in metrics.yaml has moved', async () => {
    await writeFile(join(root, 'content/metrics.yaml'), 'source:\n  kind: json\n  url: https://metrics.kabar.example/m.json\nthresholds: []\n');
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/metrics.yaml:1:1  source  the metrics source is now set in content/site.yaml  (move this block there, under metrics: as source:)',
    ]);
  });

  it('reports a missing site.yaml', async () => {
    await rm(join(root, 'content/site.yaml'));
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/site.yaml:1:1  (file)  is missing  (create it as docs/configuration.md shows)',
    ]);
  });

  it('reports a missing components file', async () => {
    await rm(join(root, 'content/components.yaml'));
    expect((await checkContent(root, TEST_NOW))[0]).toMatchObject({
      file: 'content/components.yaml',
      field: '(file)',
      fix: 'create it as docs/writing-incidents.md shows',
    });
  });
});

describe('checkContent, told of what passed', () => {
  const GOOD = `---\ntitle: Delays\nimpact: minor\nupdates:\n  - at: 2026-01-12T08:00:00Z\n    status: investigating\n    message: Looking.\n---\nBody\n`;

  it('names each entry that passed with its path, its text and its validated data, and none that did not', async () => {
    await write('incidents/2026-01-12-delays.mdx', GOOD);
    await write('incidents/2026-01-13-broken.mdx', GOOD.replace('impact: minor', 'impact: severe'));
    const heard: [string, string, unknown][] = [];
    const problems = await checkContent(root, TEST_NOW, (path, source, data) => heard.push([path, source, data]));
    expect(problems).toHaveLength(1);
    const path = join(root, 'content/incidents/2026-01-12-delays.mdx');
    expect(heard).toEqual([[path, await readFile(path, 'utf8'), expect.objectContaining({ title: 'Delays', impact: 'minor' })]]);
    expect((heard[0]?.[2] as { updates: { at: unknown }[] }).updates[0]?.at).toBeInstanceOf(Date);
  });
});

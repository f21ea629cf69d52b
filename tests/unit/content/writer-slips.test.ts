/**
 * The slips writers make most, each answered by `npm run check` and the build's gate in
 * plain words: what is wrong and what to type instead, never the parser's grammar.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { TEST_NOW } from '../../support/clock';
import { COMPONENTS_YAML, SITE_YAML } from '../../support/fixtures';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'statuswire-slips-'));
  await mkdir(join(root, 'content/incidents'), { recursive: true });
  await mkdir(join(root, 'content/maintenance'), { recursive: true });
  await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML);
  await writeFile(join(root, 'content/site.yaml'), SITE_YAML);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const FILE = 'incidents/2026-01-12-delays.mdx';
const UPDATE = ['  - at: 2026-01-12T08:00:00Z', '    status: investigating', '    message: Looking.'];

/** What the check prints for an incident of `frontmatter` lines (from line 2) and `body` lines. */
async function incidentLines(frontmatter: string[], body: string[] = []): Promise<string[]> {
  await writeFile(join(root, 'content', FILE), ['---', ...frontmatter, '---', ...body, ''].join('\n'));
  return (await checkContent(root, TEST_NOW)).map(formatProblem);
}

const at = (line: number, column: number, rest: string) => `content/${FILE}:${line}:${column}  ${rest}`;

describe('YAML errors in a writer\'s words', () => {
  it('a missing space after a colon: add a space', async () => {
    expect(await incidentLines(['title: Delays', 'impact:critical', 'updates:', ...UPDATE])).toEqual([
      at(3, 8, '(yaml)  "impact:critical" has no space after the colon, so it is not read as the field "impact"  (add a space after the colon: impact: critical)'),
    ]);
  });

  it('a missing space after a colon in an update, and as the last line', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'updates:', '  - at: 2026-01-12T08:00:00Z', '    status:investigating'])).toEqual([
      at(6, 12, '(yaml)  "status:investigating" has no space after the colon, so it is not read as the field "status"  (add a space after the colon: status: investigating)'),
    ]);
  });

  it('a missing space after a colon inside { … }: add a space', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'components: [{ id:sms-smartfren, status: partial_outage }]', 'updates:', ...UPDATE])).toEqual([
      at(4, 16, 'components[0].id:sms-smartfren  unknown field "id:sms-smartfren"  (add a space after the colon: id: sms-smartfren)'),
    ]);
  });

  it('a value holding ": ": quote the value', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'updates:', '  - at: 2026-01-12T08:00:00Z', '    status: investigating', '    message: Update: binds are up'])).toEqual([
      at(7, 5, '(yaml)  the value of "message" holds ": ", which YAML reads as the start of another field  (quote the value: message: "Update: binds are up")'),
    ]);
  });

  it('a value holding ": " inside { … }: quote the value', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'updates:', '  - { at: 2026-01-12T08:00:00Z, status: investigating, message: Update: binds are up }'])).toEqual([
      at(5, 56, '(yaml)  the value of "message" holds ": ", which YAML reads as the start of another field  (quote the value: message: "Update: binds are up")'),
    ]);
  });

  it('a tab for indentation: indent with spaces', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'updates:', '\t- at: 2026-01-12T08:00:00Z'])).toEqual([
      at(5, 1, '(yaml)  this line is indented with a tab  (indent with spaces: YAML does not allow tabs)'),
    ]);
  });

  it('an unclosed quote: named where it opens, not at the end of the frontmatter', async () => {
    expect(await incidentLines(['title: "Delays to Smartfren', 'impact: minor', 'updates:', ...UPDATE])).toEqual([
      at(2, 8, '(yaml)  the " that opens the value of "title" is never closed  (end the value with " on the same line, or leave the quotes out)'),
    ]);
  });

  it('a key given twice: keep one', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'title: Delays again', 'updates:', ...UPDATE])).toEqual([
      at(4, 1, '(yaml)  "title" is given twice; the first is on line 2  (keep one "title:" and remove the other)'),
    ]);
  });

  it('double quotes inside double quotes: use single quotes around the value', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'updates:', ...UPDATE.slice(0, 2), '    message: "It is "broken" now"'])).toEqual([
      at(7, 14, '(yaml)  the value of "message" ends at its second " and more text follows  (put single quotes around text that holds double quotes: message: \'It is "broken" now\')'),
    ]);
  });

  it('a value starting with [ or *: quote the value', async () => {
    expect(await incidentLines(['title: [Resolved] Delays', 'impact: minor', 'updates:', ...UPDATE])).toEqual([
      at(2, 8, '(yaml)  the value of "title" starts with [, which YAML reads as the start of a list or mapping  (quote the value: title: "[Resolved] Delays")'),
    ]);
    expect(await incidentLines(['title: *Urgent* delays', 'impact: minor', 'updates:', ...UPDATE])).toEqual([
      at(2, 8, '(yaml)  the value of "title" starts with *, which YAML keeps for its own syntax  (quote the value: title: "*Urgent* delays")'),
    ]);
    expect(await incidentLines(['title: *Urgent*', 'impact: minor', 'updates:', ...UPDATE])).toEqual([
      at(2, 8, '(yaml)  the value of "title" starts with *, which YAML reads as a reference to an anchor  (quote the value: title: "*Urgent*")'),
    ]);
  });

  it('a line indented too far, or a second line of text at the fields\' indentation', async () => {
    expect(await incidentLines(['title: Delays', ' impact: minor', 'updates:', ...UPDATE])).toEqual([
      at(3, 1, '(yaml)  this line is indented further than "title" above it, so YAML reads it as part of that value  (start it at column 1, like "title", with spaces)'),
    ]);
    expect(await incidentLines(['title: Delays', 'impact: minor', 'updates:', ...UPDATE, '    and we are on it.'])).toEqual([
      at(8, 5, '(yaml)  "and we are on it." is not a field, and text that goes on to another line must be indented further than its field  ' +
        '(write message: >- and every line of the text under it, indented two spaces more than message)'),
    ]);
  });

  it('a list left open: close the bracket where it opens', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'components: [{ id: sms-smartfren, status: partial_outage }', 'updates:', ...UPDATE])).toEqual([
      at(4, 13, '(yaml)  the [ on this line is never closed  (end it with ] on the same line)'),
    ]);
  });

  it('the same words for a settings file', async () => {
    await writeFile(join(root, 'content/site.yaml'), `${SITE_YAML}timeZone:Asia/Jakarta\n`);
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/site.yaml:5:10  (yaml)  "timeZone:Asia/Jakarta" has no space after the colon, so it is not read as the field "timeZone"  (add a space after the colon: timeZone: Asia/Jakarta)',
    ]);
  });
});

describe('an unknown field names the nearest known one', () => {
  it('at the top of an incident and inside an update', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'upates:', ...UPDATE])).toEqual([
      at(4, 1, 'upates  unknown field "upates"  (did you mean "updates"?)'),
    ]);
    expect(await incidentLines(['title: Delays', 'impact: minor', 'updates:', ...UPDATE.slice(0, 2), '    mesage: Looking.'])).toEqual([
      at(7, 5, 'updates[0].mesage  unknown field "mesage"  (did you mean "message"?)'),
    ]);
  });

  it('in a maintenance window, one line per misspelt field, not a second for the field it leaves out', async () => {
    await writeFile(
      join(root, 'content/maintenance/2027-01-14-migration.mdx'),
      ['---', 'titel: Migration', 'components: [sms-telkomsel]', 'window:', '  start: 2027-01-14T01:00:00Z', '  ned: 2027-01-14T03:00:00Z', '---', ''].join('\n'),
    );
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/maintenance/2027-01-14-migration.mdx:6:3  window.ned  unknown field "ned"  (did you mean "end"?)',
      'content/maintenance/2027-01-14-migration.mdx:2:1  titel  unknown field "titel"  (did you mean "title"?)',
    ]);
  });

  it('in the settings files, whatever the case', async () => {
    await writeFile(join(root, 'content/site.yaml'), `${SITE_YAML}timezone: Asia/Jakarta\n`);
    await writeFile(join(root, 'content/components.yaml'), COMPONENTS_YAML.replace('        name: Telkomsel', '        nmae: Telkomsel'));
    await writeFile(join(root, 'content/metrics.yaml'), 'tresholds: []\n');
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      'content/components.yaml:8:9  groups[0].components[1].nmae  unknown field "nmae"  (did you mean "name"?)',
      'content/metrics.yaml:1:1  tresholds  unknown field "tresholds"  (did you mean "thresholds"?)',
      'content/site.yaml:5:1  timezone  unknown field "timezone"  (did you mean "timeZone"?)',
    ]);
  });

  it('and guesses nothing when no field is close', async () => {
    expect(await incidentLines(['title: Delays', 'impact: minor', 'severity: high', 'updates:', ...UPDATE])).toEqual([
      at(4, 1, 'severity  unknown field "severity"  (check the spelling or remove it)'),
    ]);
  });
});

describe('HTML habits in a body, one plain line each', () => {
  const frontmatter = ['title: Delays', 'impact: minor', 'updates:', ...UPDATE];
  // The body starts on line 9, after the closing fence on line 8.

  it('<br>: a blank line or a line ending in \\ or two spaces', async () => {
    const fix = 'for a new paragraph leave a blank line; to break a line, end it with a backslash \\ or two spaces';
    expect(await incidentLines(frontmatter, ['Messages are late.<br>We are on it.', '', 'Second<br/>line'])).toEqual([
      at(9, 19, `(mdx)  <br> is an HTML line break, which a body does not take  (${fix})`),
      at(11, 7, `(mdx)  <br> is an HTML line break, which a body does not take  (${fix})`),
    ]);
  });

  it('<img>: the Markdown image, with its own src and alt', async () => {
    expect(await incidentLines(frontmatter, ['The delivery rate:', '', '<img src="/graph.png" alt="Delivery rate">'])).toEqual([
      at(11, 1, '(mdx)  <img> is an HTML image, which a body does not take  (write the image in Markdown: ![Delivery rate](/graph.png))'),
    ]);
  });

  it('<!-- -->: an MDX comment', async () => {
    expect(await incidentLines(frontmatter, ['Text', '', '<!-- note for the on-call', 'engineer -->', '', 'More'])).toEqual([
      at(11, 1, '(mdx)  <!-- … --> is an HTML comment, which a body does not take  (write a comment as {/* … */})'),
    ]);
  });

  it('and other problems of the same body are still found', async () => {
    expect(await incidentLines(frontmatter, ['Text<br>', '', '<Note>x</Note>'])).toEqual([
      at(9, 5, '(mdx)  <br> is an HTML line break, which a body does not take  (for a new paragraph leave a blank line; to break a line, end it with a backslash \\ or two spaces)'),
      at(11, 1, '(mdx)  unknown tag <Note>  (use one of <Callout>, <details>, <summary>, <abbr>, <kbd>, <sub>, <sup>, or write a literal < as \\<)'),
    ]);
  });
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MARKS } from '../../src/lib/markup/body-nesting';
import { copySite, type BuildResult, type SiteCopy } from '../support/site-copy';
import { image, link, OTHER_SITE } from '../support/refusals';

const FRONTMATTER = (message: string) =>
  `---\ntitle: Hostile\nimpact: minor\nupdates:\n  - at: 2026-11-27T08:00:00Z\n    status: investigating\n    message: ${JSON.stringify(message)}\n---\n`;

/** Each line `npm run check` and the build must print for the hostile files below. */
const EXPECTED = [
  `content/incidents/2026-11-27-links.mdx:7:5  updates[0].message  ${link('javascript').message}  (${link('javascript').fix})`,
  `content/incidents/2026-11-27-links.mdx:10:6  (mdx)  ${link('javascript').message}  (${link('javascript').fix})`,
  `content/incidents/2026-11-27-links.mdx:12:1  (mdx)  ${image('data').message}  (${image('data').fix})`,
  `content/incidents/2026-11-27-links.mdx:14:3  (mdx)  ${OTHER_SITE.message}  (${OTHER_SITE.fix})`,
  `content/incidents/2026-11-27-nested.mdx:12:100  (mdx)  nests more than 100 levels deep here  (put fewer blockquotes, lists, emphasis or tags inside each other)`,
  `content/incidents/2026-11-27-parens.mdx:10:1  (mdx)  has 10001 marks that can each nest a level (>, list markers, *, _, ~, tags and brackets), more than the ${MAX_MARKS} a body may have`,
];

describe('a site with hostile links and nesting in its content', () => {
  let site: SiteCopy;
  let check: BuildResult;
  let build: BuildResult;

  beforeAll(async () => {
    site = await copySite();
    const incidents = join(site.root, 'content/incidents');
    await writeFile(
      join(incidents, '2026-11-27-links.mdx'),
      `${FRONTMATTER('See [the notes](javascript:alert(document.cookie)).')}\nRead [the notes](java&#x09;script:alert(1)).\n\n![chart](data:image/png;base64,iVBORw0KGgo=)\n\n- ![pixel](https://tracker.example/p.png)\n`,
    );
    await writeFile(join(incidents, '2026-11-27-nested.mdx'), `${FRONTMATTER('Looking.')}\nIntro.\n\n${'>'.repeat(150)} deep\n`);
    // Ten thousand brackets nested in one expression crash the MDX parser's process outright.
    await writeFile(join(incidents, '2026-11-27-parens.mdx'), `${FRONTMATTER('Looking.')}\n{${'('.repeat(10_000)}1${')'.repeat(10_000)}}\n`);
    check = await site.command('check', []);
    build = await site.build();
  }, 120_000);

  afterAll(() => site.remove());

  it('npm run check prints each problem at its file and line, and exits 1', () => {
    expect(check.code, check.output).toBe(1);
    const lines = check.output.split('\n').filter((line) => line.startsWith('content/'));
    expect(lines).toHaveLength(EXPECTED.length);
    EXPECTED.forEach((expected, index) => expect(lines[index]).toContain(expected));
    expect(check.output).not.toMatch(/^\s+at /m);
  });

  it('the build prints the same problems without a stack trace and stops', () => {
    expect(build.code, build.output).toBe(1);
    for (const expected of EXPECTED) expect(build.output).toContain(expected);
    expect(build.output).toContain(`${EXPECTED.length} content problems`);
    expect(build.output).not.toMatch(/^\s+at /m);
  });
});

import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readStrings, sourceFiles, stringsOf, type SourceString } from '../../support/source-literals';

/** The one module allowed to write the site's paths. */
const URL_MODULE = 'src/lib/outputs/urls.ts';

/** String methods a lone slash is handed to as a separator (`file.split('/')`), not as a page. */
const SEPARATOR_METHODS = new Set(['split', 'join', 'startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'replace', 'replaceAll']);

function isSeparator({ text, node }: SourceString): boolean {
  const call = node.parent;
  return (
    /^\/+$/.test(text) &&
    ts.isCallExpression(call) &&
    ts.isPropertyAccessExpression(call.expression) &&
    SEPARATOR_METHODS.has(call.expression.name.text)
  );
}

/**
 * A string that starts with one slash is a path on this site: `href="/"`, `'/history/'`,
 * `` `/incidents/${slug}/` ``. Only where a string starts counts: `${a}/${b}` joins two
 * values, and `//host` is another site.
 */
function isSitePath(string: SourceString): boolean {
  const start = !ts.isTemplateMiddle(string.node) && !ts.isTemplateTail(string.node);
  return start && /^\/(?!\/)/.test(string.text) && !isSeparator(string);
}

function sitePaths(strings: SourceString[]): string[] {
  return strings.filter(isSitePath).map((string) => `${string.at}  ${JSON.stringify(string.text)}`);
}

const SAMPLE = `---
// A comment may say href="/nowhere/".
import Thing from '/components/Thing.astro';
import { HOME_PATH } from '../lib/outputs';
export const getStaticPaths = () => [{ params: { page: '2' } }];
const parts = file.split('/');
const quoted = text.replace(/"\\/history\\//g, '');
/* Nor '/blocked/' in a block comment. */
const incident = \`/incidents/\${slug}/\`;
const ratio = \`\${done}/\${total}\`;
const external = '//cdn.example/x.js';
---
<!doctype html>
<!-- <a href="/commented/"> -->
<a href="/">Home</a>
<a href={HOME_PATH}>Home</a>
<img src='/logo.svg' alt="" />
<p>See /history/ for more.</p>
`;

describe('site path literals', () => {
  it('are found in code, templates and markup, and not in comments, imports, separators, route params or text', () => {
    expect(sitePaths(stringsOf('Sample.astro', SAMPLE))).toEqual([
      'Sample.astro:9  "/incidents/"',
      'Sample.astro:15  "/"',
      'Sample.astro:17  "/logo.svg"',
    ]);
  });

  it(`are written in ${URL_MODULE} only: every page, layout, component and module takes its paths from it`, () => {
    const files = sourceFiles('src').filter((file) => file !== URL_MODULE);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => sitePaths(readStrings(file)))).toEqual([]);
  });
});

/**
 * The strings written in the project's source, read with TypeScript's own parser, so a
 * comment or a regular expression is never taken for one. An .astro file is read as TSX:
 * its frontmatter as code and its markup as JSX, so `href="/x"` in markup counts like
 * any string in code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export type StringPart = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode;

export interface SourceString {
  /** `file:line`, for the failure message. */
  at: string;
  text: string;
  node: StringPart;
}

/** Every file below `dir` whose name matches (.ts and .astro unless told), as paths from the working directory. */
export function sourceFiles(dir: string, name = /\.(ts|astro)$/): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * An .astro file as TSX of the same length: the fences become a statement end and a
 * fragment around the markup, and the doctype and HTML comments become blanks.
 */
function astroAsTsx(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const text = source.replace(/<!--[\s\S]*?-->|<!doctype[^>]*>/gi, blank);
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(text);
  if (!frontmatter) return `<>${text}</>`;
  const end = frontmatter[0].length;
  return `   ${text.slice(3, end - 3)};<>${text.slice(end)}</>`;
}

function isStringPart(node: ts.Node): node is StringPart {
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node)
  );
}

/** Every string and template part of one file, import paths left out. */
export function stringsOf(file: string, source: string): SourceString[] {
  const astro = file.endsWith('.astro');
  const tree = ts.createSourceFile(
    file,
    astro ? astroAsTsx(source) : source,
    ts.ScriptTarget.Latest,
    true,
    astro ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const strings: SourceString[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    if (isStringPart(node)) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      strings.push({ at: `${file}:${line}`, text: node.text, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return strings;
}

export function readStrings(file: string): SourceString[] {
  return stringsOf(file, readFileSync(file, 'utf8'));
}

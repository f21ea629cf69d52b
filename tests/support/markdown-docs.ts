/** The repository's Markdown documentation read as GitHub shows it: links, heading anchors, code blocks. */
import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt, { type Token } from 'markdown-it';

const markdown = new MarkdownIt();

/** README.md and every page under docs/, as paths from the repository root. */
export function docFiles(): string[] {
  const pages = readdirSync('docs').filter((name) => name.endsWith('.md')).sort();
  return ['README.md', ...pages.map((name) => `docs/${name}`)];
}

function tokensOf(file: string): Token[] {
  return markdown.parse(readFileSync(file, 'utf8'), {});
}

/** Every link and image target, in reading order. */
export function linkTargets(file: string): string[] {
  return tokensOf(file)
    .flatMap((token) => token.children ?? [])
    .flatMap((child) => {
      if (child.type === 'link_open') return [child.attrGet('href') ?? ''];
      if (child.type === 'image') return [child.attrGet('src') ?? ''];
      return [];
    });
}

/**
 * GitHub's anchor for a heading: lower case, punctuation other than `-` and `_` dropped,
 * each space a hyphen; a repeated heading gets `-1`, `-2`, ….
 */
export function headingAnchors(file: string): string[] {
  const tokens = tokensOf(file);
  const seen = new Map<string, number>();
  return tokens.flatMap((token, index) => {
    if (token.type !== 'heading_open') return [];
    const text = (tokens[index + 1]?.children ?? [])
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('');
    const base = text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return [count === 0 ? base : `${base}-${count}`];
  });
}

/** The fenced code blocks of `file` in language `lang`. */
export function codeBlocks(file: string, lang: string): string[] {
  return tokensOf(file)
    .filter((token) => token.type === 'fence' && token.info.trim() === lang)
    .map((token) => token.content);
}

import MarkdownIt from 'markdown-it';
import { urlProblem, type UrlUse } from './link-policy.ts';

/** Raw HTML stays text: an update message can never inject markup into the page. */
function messageParser(): MarkdownIt {
  const parser = new MarkdownIt({ html: false, linkify: true });
  // Bare ftp:// addresses stay text: a link there would be refused by the link policy.
  parser.linkify.add('ftp:', null);
  return parser;
}

const markdown = messageParser();
const ownValidateLink = markdown.validateLink.bind(markdown);
// markdown-it's own check (no javascript:, vbscript:, file:, most data:) stays as a
// second wall behind the link policy, which the content check applies first.
markdown.validateLink = (url) => ownValidateLink(url) && urlProblem(url, 'link') === null;
// validateLink cannot tell an image from a link: an image the policy refuses keeps only its text.
const renderImage = markdown.renderer.rules.image;
markdown.renderer.rules.image = (tokens, index, options, env, renderer) => {
  const token = tokens[index];
  if (token && urlProblem(token.attrGet('src') ?? '', 'image') === null && renderImage) {
    return renderImage(tokens, index, options, env, renderer);
  }
  return markdown.utils.escapeHtml(renderer.renderInlineAsText(token?.children ?? [], options, env));
};

/** The same Markdown, accepting every URL, so the content check sees each one the writer wrote. */
const unchecked = messageParser();
unchecked.validateLink = () => true;

export function renderMessage(text: string): string {
  return markdown.render(text);
}

/** Every URL `text` would link to or show as an image, as the renderer reads it. */
export function messageUrls(text: string): { url: string; use: UrlUse }[] {
  return unchecked
    .parse(text, {})
    .flatMap((token) => token.children ?? [])
    .flatMap((child): { url: string; use: UrlUse }[] => {
      if (child.type === 'link_open') return [{ url: child.attrGet('href') ?? '', use: 'link' }];
      if (child.type === 'image') return [{ url: child.attrGet('src') ?? '', use: 'image' }];
      return [];
    });
}

/** The words of a message without markup, for places that take plain text (meta tags). */
export function plainText(text: string): string {
  return markdown
    .parse(text, {})
    .filter((token) => token.type === 'inline')
    .map((token) =>
      (token.children ?? [])
        .filter((child) => child.type === 'text' || child.type === 'code_inline')
        .map((child) => child.content)
        .join(''),
    )
    .join(' ');
}

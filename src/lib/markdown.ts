import MarkdownIt from 'markdown-it';

/** Raw HTML stays text: an update message can never inject markup into the page. */
const markdown = new MarkdownIt({ html: false, linkify: true });

export function renderMessage(text: string): string {
  return markdown.render(text);
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

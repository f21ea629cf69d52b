import MarkdownIt from 'markdown-it';

/** Raw HTML stays text: an update message can never inject markup into the page. */
const markdown = new MarkdownIt({ html: false, linkify: true });

export function renderMessage(text: string): string {
  return markdown.render(text);
}

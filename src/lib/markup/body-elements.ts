/**
 * How Markdown's own elements sit in a page: a body is one section of an incident or
 * maintenance page, under that page's h2 ("Analysis"), and is read on phones too.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/** The level a body's headings start at: below the page's h1 title and the section's h2. */
const FIRST_LEVEL = 3;
const HEADING = /^h([1-6])$/;

/**
 * A body heading one level down, never above h3 nor past h6: writers start sections at
 * `##`, as the title is the page's `#`, and `#` gets no rank above `##`.
 */
export function headingLevel(written: number): number {
  return Math.min(6, Math.max(FIRST_LEVEL, written + 1));
}

/** Column alignment from a Markdown table, as a class: the pages' CSP refuses style attributes. */
const ALIGN_CLASS: Record<string, string> = {
  left: 'text-left',
  center: 'text-center',
  right: 'text-right',
};

/**
 * A figure, perhaps with a sign, a currency or a short unit: "97.8%", "−3 ms", "~40 s",
 * "1,204", "19:00", "2.5/s". Such a cell is never split across lines.
 */
const FIGURE = /^[~≈<>≤≥±+\-−]?\s?[$€£¥]?\s?\d[\d.,:]*(?:\s?(?:%|‰|×|[a-zµ]{1,3}(?:\/[a-z]{1,3})?))?$/iu;

const LABEL_LENGTH = 120;

/** The element as a page shows it, its children already converted. */
export function placeElement(element: Element): Element {
  const heading = HEADING.exec(element.tagName);
  if (heading) return { ...element, tagName: `h${headingLevel(Number(heading[1]))}` };
  if (element.tagName === 'th' || element.tagName === 'td') return tableCell(element);
  if (element.tagName === 'table') return scrollingTable(element);
  return element;
}

function tableCell(cell: Element): Element {
  const { style, ...properties } = cell.properties;
  const align = typeof style === 'string' ? /text-align:\s*(\w+)/.exec(style)?.[1] : undefined;
  const classes = [align ? ALIGN_CLASS[align] : undefined, FIGURE.test(textOf(cell).trim()) ? 'figure' : undefined].filter(Boolean);
  return { ...cell, properties: classes.length > 0 ? { ...properties, className: classes as string[] } : properties };
}

/**
 * A table in a box that scrolls sideways on its own, so a narrow screen neither squeezes
 * words apart nor widens the page. A box that scrolls must take keyboard focus, and a
 * focusable region needs a name: the table's column headings.
 */
function scrollingTable(table: Element): Element {
  const headings = collect(table, 'th').map((cell) => textOf(cell).trim()).filter(Boolean);
  const named = headings.length > 0 ? `Table: ${headings.join('; ')}` : 'Table';
  const label = named.length > LABEL_LENGTH ? `${named.slice(0, LABEL_LENGTH - 1)}…` : named;
  return h('div', { className: ['table-scroll'], role: 'region', ariaLabel: label, tabIndex: 0 }, [table]);
}

function collect(node: Element, tagName: string): Element[] {
  return node.children.flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === tagName ? [child] : collect(child, tagName),
  );
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

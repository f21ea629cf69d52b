/**
 * The tags a writer may use in an incident or maintenance body, without an import.
 * Each is rendered straight to hast, so a body becomes HTML once, at content sync.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { BOX_COLORS, type BoxTone } from '../presentation/palette.ts';
import { statusIcon } from '../presentation/status-icon.ts';

/** What an attribute accepts: one of a few words, any text, or presence alone. */
export type AttributeRule = readonly string[] | 'text' | 'flag';

/** The headings a <Callout> without a title gets, in the body's language. */
export type CalloutLabels = Readonly<Record<CalloutType, string>>;

interface BodyComponent {
  attributes: Record<string, AttributeRule>;
  render(attributes: Record<string, string | true>, children: ElementContent[], labels: CalloutLabels): Element;
}

const CALLOUT_TYPES = ['note', 'warning', 'success'] as const;
type CalloutType = (typeof CALLOUT_TYPES)[number];

const CALLOUT_TONE: Record<CalloutType, BoxTone> = {
  note: 'maintenance',
  warning: 'degraded',
  success: 'operational',
};

function isCalloutType(value: string | true | undefined): value is CalloutType {
  return (CALLOUT_TYPES as readonly unknown[]).includes(value);
}

function callout(attributes: Record<string, string | true>, children: ElementContent[], labels: CalloutLabels): Element {
  const type = isCalloutType(attributes.type) ? attributes.type : 'note';
  const tone = CALLOUT_TONE[type];
  const title = typeof attributes.title === 'string' ? attributes.title : labels[type];
  return h('aside', { class: `my-5 rounded-md border-l-4 p-4 ${BOX_COLORS[tone]}`, ariaLabel: title }, [
    h('p', { class: 'flex items-center gap-2 font-semibold' }, [statusIcon(tone, 'size-4'), title]),
    h('div', { class: 'mt-2 prose-status' }, children),
  ]);
}

/** A plain HTML element, kept as written. */
function element(tagName: string): BodyComponent['render'] {
  return (attributes, children) => h(tagName, attributes, children);
}

export const BODY_COMPONENTS: Readonly<Record<string, BodyComponent>> = {
  Callout: { attributes: { type: CALLOUT_TYPES, title: 'text' }, render: callout },
  details: { attributes: { open: 'flag' }, render: element('details') },
  summary: { attributes: {}, render: element('summary') },
  abbr: { attributes: { title: 'text' }, render: element('abbr') },
  kbd: { attributes: {}, render: element('kbd') },
  sub: { attributes: {}, render: element('sub') },
  sup: { attributes: {}, render: element('sup') },
};

/**
 * A body using every tag, once per value its attributes list and with every other
 * attribute set: its HTML changes whenever the way tags render does.
 */
export function everyTagBody(): string {
  return Object.entries(BODY_COMPONENTS)
    .flatMap(([name, { attributes }]) => {
      const rules = Object.entries(attributes);
      const set = rules.flatMap(([attribute, rule]) => (rule === 'flag' ? [attribute] : rule === 'text' ? [`${attribute}="T"`] : []));
      const listed = rules.flatMap(([attribute, rule]) => (Array.isArray(rule) ? rule.map((value) => `${attribute}="${value}"`) : []));
      const variants = listed.length > 0 ? listed.map((choice) => [choice, ...set]) : [set];
      return variants.map((written) => `<${name}${written.map((attribute) => ` ${attribute}`).join('')}>X</${name}>`);
    })
    .join('\n\n');
}

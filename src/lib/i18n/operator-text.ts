/**
 * The operator's own words in a language: a group's or component's name and description,
 * and a metric's label. As with the writer's text, each is the operator's translation
 * where there is one, else the original marked with the site's default language.
 */
import type { LabelTranslations, MetricLabelTranslations, OperatorTranslations } from '../content/types.ts';
import type { Locale } from './dictionary.ts';
import { showsIn, type Shown, type TextLanguage } from './translated.ts';

/** A group or component as content/components.yaml has it. */
export interface Nameable {
  name: string;
  description?: string | undefined;
  translations?: OperatorTranslations | undefined;
}

export interface ShownName {
  name: Shown;
  /** Undefined when the original has no description. */
  description: Shown | undefined;
}

/** `item`'s name and description for a page in `language`. */
export function operatorText(item: Nameable, language: TextLanguage): ShownName {
  const shown = showsIn(language);
  const translation = item.translations?.[language.locale];
  return {
    name: shown(translation?.name, item.name),
    description: item.description === undefined ? undefined : shown(translation?.description, item.description),
  };
}

const names = new WeakMap<readonly object[], Map<Locale, ReadonlyMap<string, Shown>>>();

/**
 * Each item's name in `language`, by id. Lists of names ("Affects …", feeds, calendars)
 * appear on thousands of pages, so the map is made once per list (the model's
 * components) and language.
 */
export function namesIn(items: readonly (Nameable & { id: string })[], language: TextLanguage): ReadonlyMap<string, Shown> {
  const byLocale = names.get(items) ?? new Map<Locale, ReadonlyMap<string, Shown>>();
  names.set(items, byLocale);
  const found = byLocale.get(language.locale) ?? new Map(items.map((item) => [item.id, operatorText(item, language).name]));
  byLocale.set(language.locale, found);
  return found;
}

/** A metric's label as its source gives it, with the operator's translations of those words. */
export interface Labelled {
  label: string;
  translations?: LabelTranslations | undefined;
}

/**
 * The translations content/metrics.yaml gives `label`, by language; undefined when it
 * gives none. The model attaches them to each series once, so every figure and chart of
 * the series finds them without a lookup of its own.
 */
export function labelTranslations(label: string, translations: MetricLabelTranslations | undefined): LabelTranslations | undefined {
  const found = Object.entries(translations ?? {}).flatMap(([language, block]) =>
    // A source names its labels: one called "constructor" must not find the object's own.
    block !== undefined && Object.hasOwn(block.labels, label) ? [[language, { label: block.labels[label]! }] as const] : [],
  );
  return found.length === 0 ? undefined : Object.fromEntries(found);
}

/** A metric's label for a page in `language`. */
export function metricLabel(item: Labelled, language: TextLanguage): Shown {
  return showsIn(language)(item.translations?.[language.locale]?.label, item.label);
}

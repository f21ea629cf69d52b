/**
 * The `translations` block of an incident or maintenance: per language other than the
 * site's default, a translation of the title, of update messages (named by the time of
 * the update they translate) and of the body. Each text passes the very rules of the
 * field it translates; a translated body is rendered here, by the body's own compiler,
 * so the loader stores its HTML with the entry and renders it once per changed file.
 */
import { z } from 'astro/zod';
import { editDistance } from '../advice/nearest-name.ts';
import { DEFAULT_LOCALE } from '../i18n/dictionary.ts';
import { renderBody } from '../markup/mdx-body.ts';
import { parseTimestamp } from '../presentation/time.ts';
import { withFix } from './fix.ts';
import type { EntryTranslations } from './types.ts';

/** Far longer than any write-up; the entry file's own 1 MB bound holds as well. */
export const MAX_TRANSLATED_BODY = 100_000;
/** More than any site lists: a block naming more is a paste gone wrong. */
const MAX_TRANSLATIONS = 20;

/** The fields a translation repeats, as the entry's schema checks them. */
export interface TranslatedFields {
  title: z.ZodType<string, string>;
  message: z.ZodType<string, string>;
  maxUpdates: number;
}

const body = z
  .string()
  .trim()
  .min(1, withFix('must not be empty', 'write the translated body here, or leave body out to show the original'))
  .max(MAX_TRANSLATED_BODY, withFix(`is longer than ${MAX_TRANSLATED_BODY.toLocaleString('en-US')} characters`, 'keep the body short: put long logs or analysis elsewhere and link to them'))
  .transform((source, ctx) => {
    const rendered = renderBody(source, 1);
    for (const problem of rendered.problems) {
      ctx.addIssue({ code: 'custom', message: withFix(`line ${problem.line} of this body: ${problem.message}`, problem.fix) });
    }
    return rendered.html;
  })
  .meta({ description: 'The body in this language: Markdown and the same tags as the body below the frontmatter' });

function updates(fields: TranslatedFields) {
  return z
    .record(z.string(), fields.message)
    .superRefine((record, ctx) => {
      const times = Object.keys(record);
      if (times.length > fields.maxUpdates) {
        ctx.addIssue({ code: 'custom', message: withFix(`translates more than ${fields.maxUpdates} updates`, 'an entry has at most that many updates') });
        return;
      }
      const seen = new Map<number, string>();
      for (const time of times) {
        const parsed = parseTimestamp(time);
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', path: [time], message: withFix(parsed.reason, parsed.fix) });
          continue;
        }
        const same = seen.get(parsed.date.getTime());
        if (same !== undefined) {
          ctx.addIssue({ code: 'custom', path: [time], message: withFix(`"${time}" is the same time as "${same}"`, 'translate each update once') });
        }
        seen.set(parsed.date.getTime(), time);
      }
    })
    .transform((record) =>
      Object.entries(record).map(([written, message]) => {
        const parsed = parseTimestamp(written);
        return { written, at: parsed.ok ? parsed.date : new Date(Number.NaN), message };
      }),
    )
    .meta({ description: 'Each update\'s message in this language, named by the update\'s time as written, like "2026-01-12T08:40:00+07:00": Kami sedang menyelidiki…' });
}

function entryTranslation(fields: TranslatedFields) {
  return z.strictObject({
    title: fields.title.optional(),
    updates: updates(fields).optional(),
    body: body.optional(),
  });
}

/** The block for a site whose languages are `languages`, the first being the default. */
export function translationsSchema(languages: readonly string[], fields: TranslatedFields) {
  const [original = DEFAULT_LOCALE, ...others] = languages;
  const listed = languages.join(', ');
  return z
    .record(z.string(), entryTranslation(fields))
    .superRefine((block, ctx) => {
      const named = Object.keys(block);
      if (named.length > MAX_TRANSLATIONS) {
        ctx.addIssue({ code: 'custom', message: withFix(`names more than ${MAX_TRANSLATIONS} languages`, `translate into the site's languages only: ${listed}`) });
        return;
      }
      for (const language of named) {
        if (language === original) {
          ctx.addIssue({
            code: 'custom',
            path: [language],
            message: withFix(`"${language}" is the site's default language, which the title, updates and body are already written in`, 'remove this translation, or change the original text'),
          });
        } else if (!others.includes(language)) {
          const nearest = nearestLanguage(language, others);
          const fix =
            others.length === 0
              ? `the site lists only ${original} in content/site.yaml: add the language to languages there first`
              : `${nearest ? `did you mean "${nearest}"? ` : ''}translate into a language content/site.yaml lists besides ${original}: ${others.join(', ')}`;
          ctx.addIssue({ code: 'custom', path: [language], message: withFix(`"${language}" is not one of the site's languages (${listed})`, fix) });
        }
      }
    })
    .transform((block): EntryTranslations => block)
    .meta({ description: 'Translations per language other than the site\'s default, like id: { title, updates, body }; what is left out is shown in the original' });
}

/**
 * The configured code a writer most likely meant. Codes are too short for the general
 * nearest-name rule, so a slip here is another case or one edit that keeps the first
 * letter: `ID`, `ind` (ISO 639-2) and `in` (the old code) all mean `id`.
 */
function nearestLanguage(typed: string, known: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  return known.find((code) => code.toLowerCase() === lower) ?? known.find((code) => code[0] === lower[0] && editDistance(lower, code.toLowerCase()) <= 1);
}

/** Offsets as written at the end of a timestamp: `Z` or `+07:00`. */
const OFFSET = /(Z|[+-]\d\d:\d\d)$/i;

/** `at` written at the offset `like` was written at, so a fix lists times as the writer types them. */
function writtenLike(at: Date, like: string): string {
  const offset = OFFSET.exec(like.trim())?.[1]?.toUpperCase() ?? 'Z';
  const minutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(at.getTime() + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}

/**
 * For the entry's `.superRefine()`: each translated update must name the time of one of
 * its updates (compared as instants, so `…Z` matches the same moment at `+07:00`).
 */
export function checkTranslatedUpdates(
  entry: { updates: readonly { at: Date }[]; translations?: EntryTranslations | undefined },
  ctx: z.RefinementCtx,
): void {
  // zod runs this even when a field inside failed without aborting: then some values are
  // still as typed, and their own problems are already reported.
  if (!entry.updates.every((update) => update.at instanceof Date)) return;
  const instants = new Set(entry.updates.map((update) => update.at.getTime()));
  for (const [language, translation] of Object.entries(entry.translations ?? {})) {
    if (!Array.isArray(translation?.updates)) continue;
    for (const update of translation.updates) {
      if (instants.has(update.at.getTime())) continue;
      const times = entry.updates.map((known) => writtenLike(known.at, update.written));
      ctx.addIssue({
        code: 'custom',
        path: ['translations', language, 'updates', update.written],
        message: withFix(
          `"${update.written}" is the time of no update`,
          times.length === 0 ? 'the entry has no updates yet: add the update first' : `use the time of one of the updates: ${times.join(', ')}`,
        ),
      });
    }
  }
}

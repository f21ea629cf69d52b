/**
 * Every content schema in one place. The build gate (`src/lib/content/check.ts`) and
 * Astro's collections (`src/content.config.ts`) both validate with these, so a file
 * that passes one passes the other.
 */
import { z } from 'astro/zod';
import { withFix } from './fix.ts';
import { checkMessageLinks } from '../markup/message-links.ts';
import { multiLineText, oneLineText } from './text-fields.ts';
import { parseTimestamp, TIMESTAMP_WITH_OFFSET } from '../presentation/time.ts';
import { languageProblem } from '../advice/language-codes.ts';
import { bodyProblems, renderBody } from '../markup/mdx-body.ts';
import { DEFAULT_LOCALE, DICTIONARIES, type Locale } from '../i18n/dictionary.ts';
import {
  IMPACTS,
  INCIDENT_COMPONENT_STATUSES,
  INCIDENT_STATUSES,
  MAINTENANCE_STATUSES,
  type EntryTranslations,
} from './types.ts';

/** What cross-file rules need: the known component ids, the build clock and the site's languages. */
export interface SchemaContext {
  componentIds: readonly string[];
  /**
   * Read by one rule only, that no update lies after it: a build reuses the verdict on an
   * unchanged entry at any clock from its latest update on (rebuild/passed-entries.ts), so a
   * new rule on the clock must be taught there too.
   */
  now: Date;
  /** content/site.yaml's languages, the default first; English alone when left out. */
  languages?: readonly string[] | undefined;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Ids and entry slugs name folders and files (`components/<id>/history.atom`,
 * `badges/components/<id>.json`, `incidents/<slug>/`): 100 keeps each name far below
 * the 255 bytes file systems allow, leaves room in Windows' 260-character paths, and
 * is still a readable URL.
 */
export const MAX_ID_LENGTH = 100;

const id = z
  .string()
  .regex(ID_PATTERN, withFix('is not a valid id', 'use lowercase letters, digits and hyphens only, like "sms-smartfren"'))
  .max(MAX_ID_LENGTH, withFix(`is longer than ${MAX_ID_LENGTH} characters`, 'shorten it: the id becomes a folder and file name'));

// A name heads a row, a page title and a calendar; a title is a headline; a description
// is one sentence under a name. Longer is a paste gone wrong, not a name.
const name = oneLineText(100, 'shorten the name; say more in the description');
const description = oneLineText(300, 'keep it to one sentence');
const title = oneLineText(200, 'shorten the title; details go in the updates');
const message = multiLineText(4000, 'keep an update short and put the analysis in the body');

/**
 * More updates than anyone reads; 200 of 4,000 characters (800 KB of plain text) still
 * fit in an entry file's 1 MB.
 */
const MAX_UPDATES = 200;

/** A date-time read from the text the writer typed, never from a YAML timestamp guess. */
export const timestamp = z
  .string()
  // For editors (the JSON Schema): validation itself is parseTimestamp's.
  .meta({ pattern: TIMESTAMP_WITH_OFFSET.source, description: 'Date and time with an offset, like 2026-01-12T09:40:00+07:00' })
  .transform((value, ctx) => {
    const result = parseTimestamp(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: withFix(result.reason, result.fix) });
      return z.NEVER;
    }
    return result.date;
  });

/**
 * Each rule sits on the smallest schema that can judge it, so one mistake does not
 * hide the others: zod skips an object's refinements once any field inside failed.
 */
function updateSchema<const S extends readonly [string, ...string[]]>(statuses: S, now: Date) {
  return z.strictObject({
    at: timestamp.refine((date) => date.getTime() <= now.getTime(), {
      message: withFix(
        `this time is in the future (build clock ${now.toISOString()})`,
        'an update records what already happened, so give the time it was posted',
      ),
    }),
    status: z.enum(statuses),
    message: message.superRefine(checkMessageLinks).meta({ description: 'What readers see in the timeline; Markdown without raw HTML' }),
  });
}

/** Oldest first, each later than the one before; `final` only as the last update. */
function timeline<const S extends readonly [string, ...string[]]>(statuses: S, final: S[number], now: Date) {
  const tooMany = withFix(`has more than ${MAX_UPDATES} updates`, 'combine updates that say the same thing');
  return z.array(updateSchema(statuses, now)).max(MAX_UPDATES, tooMany).superRefine((updates, ctx) => {
    updates.forEach((update, index) => {
      const previous = updates[index - 1];
      if (previous && update.at.getTime() <= previous.at.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'at'],
          message: withFix(
            `update ${index + 1} is not later than update ${index}`,
            'list updates oldest first, each later than the one before',
          ),
        });
      }
      if (update.status === final && index !== updates.length - 1) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'status'],
          message: withFix(`"${final}" must be the last update`, 'change this status or move the later updates before it'),
        });
      }
    });
  });
}

/*
 * The `translations` block of an incident or maintenance: per language the site lists
 * besides its default, a translation of the title, of update messages (named by the time
 * of the update they translate) and of the body, each held to the rules of the field it
 * translates. A translated body is rendered here, by the body's own compiler, so the
 * loader stores its HTML with the entry and renders it once per changed file.
 */

/** Far longer than any write-up; the entry file's own 1 MB bound holds as well. */
export const MAX_TRANSLATED_BODY = 100_000;
/** More than any site lists: a block naming more is a paste gone wrong. */
const MAX_TRANSLATIONS = 20;

const translatedBody = z
  .string()
  .trim()
  .min(1, withFix('must not be empty', 'write the translated body here, or leave body out to show the original'))
  .max(MAX_TRANSLATED_BODY, withFix(`is longer than ${MAX_TRANSLATED_BODY.toLocaleString('en-US')} characters`, 'keep the body short: put long logs or analysis elsewhere and link to them'))
  .superRefine((source, ctx) => {
    for (const problem of bodyProblems(source, 1)) {
      ctx.addIssue({ code: 'custom', message: withFix(`line ${problem.line} of this body: ${problem.message}`, problem.fix) });
    }
  })
  .meta({ description: 'The body in this language: Markdown and the same tags as the body below the frontmatter' });

const translatedUpdates = z
  // For editors, the names' pattern; the times themselves are judged below, each with its fix.
  .record(z.string().meta({ pattern: TIMESTAMP_WITH_OFFSET.source }), message.superRefine(checkMessageLinks))
  .superRefine((record, ctx) => {
    const times = Object.keys(record);
    if (times.length > MAX_UPDATES) {
      ctx.addIssue({ code: 'custom', message: withFix(`translates more than ${MAX_UPDATES} updates`, 'an entry has at most that many updates') });
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
    Object.entries(record).map(([written, text]) => {
      const parsed = parseTimestamp(written);
      return { written, at: parsed.ok ? parsed.date : new Date(Number.NaN), message: text };
    }),
  )
  .meta({ description: 'Each update\'s message in this language, named by the update\'s time as written, like "2026-01-12T08:40:00+07:00": Kami sedang menyelidiki…' });

const entryTranslation = z.strictObject({
  title: title.optional(),
  updates: translatedUpdates.optional(),
  body: translatedBody.optional(),
});

/** The `translations` field of an entry on a site with `context`'s languages, the first being the default. */
function translations(context: SchemaContext) {
  const languages = context.languages ?? [DEFAULT_LOCALE];
  return z
    .record(z.string(), entryTranslation)
    .superRefine((block, ctx) => {
      const named = Object.keys(block);
      if (named.length > MAX_TRANSLATIONS) {
        ctx.addIssue({ code: 'custom', message: withFix(`names more than ${MAX_TRANSLATIONS} languages`, `translate into the site's languages only: ${languages.join(', ')}`) });
        return;
      }
      for (const language of named) {
        const problem = languageProblem(language, languages);
        if (problem) ctx.addIssue({ code: 'custom', path: [language], message: withFix(problem.message, problem.fix) });
      }
    })
    // Each body becomes HTML here, with its own language's callout headings.
    .transform((block): EntryTranslations =>
      Object.fromEntries(
        Object.entries(block).map(([language, translation]) => {
          const words = DICTIONARIES[language as Locale] ?? DICTIONARIES[DEFAULT_LOCALE];
          return [language, translation.body === undefined ? translation : { ...translation, body: renderBody(translation.body, 1, words.callout).html }];
        }),
      ),
    )
    .optional()
    .meta({ description: 'Translations per language other than the site\'s default, like id: { title, updates, body }; what is left out is shown in the original' });
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
function checkTranslatedUpdates(
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

function knownComponent(componentIds: readonly string[]) {
  return id
    .refine((value) => componentIds.includes(value), {
      error: (issue) =>
        withFix(
          `unknown component "${String(issue.input)}"`,
          `use one of the ids in content/components.yaml: ${componentIds.join(', ')}`,
        ),
    })
    .meta({ enum: [...componentIds] });
}

export function incidentSchema(context: SchemaContext) {
  return z.strictObject({
    title: title.meta({ description: 'What readers notice, like "Delayed SMS to Smartfren numbers"' }),
    impact: z.enum(IMPACTS).meta({ description: 'How much readers are affected' }),
    components: z
      .array(z.strictObject({ id: knownComponent(context.componentIds), status: z.enum(INCIDENT_COMPONENT_STATUSES) }))
      .superRefine((components, ctx) => {
        components.forEach((component, index) => {
          if (components.findIndex((other) => other.id === component.id) !== index) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: withFix(`component "${component.id}" is listed twice`, 'list each affected component once'),
            });
          }
        });
      })
      .default([])
      .meta({ description: 'Each affected component and the status it shows while the incident is active' }),
    updates: timeline(INCIDENT_STATUSES, 'resolved', context.now)
      .min(1, withFix('has no update', 'add at least one update'))
      .meta({ description: 'Oldest first; append new ones at the end (npm run update does)' }),
    translations: translations(context),
  }).superRefine(checkTranslatedUpdates);
}

export function maintenanceSchema(context: SchemaContext) {
  return z.strictObject({
    title: title.meta({ description: 'What will be done, like "Telkomsel SMPP bind migration"' }),
    components: z
      .array(knownComponent(context.componentIds))
      .min(1, withFix('is empty', 'list at least one component id'))
      .meta({ description: 'Components that show "Under maintenance" during the window' }),
    window: z
      .strictObject({ start: timestamp, end: timestamp })
      .refine((window) => window.end.getTime() > window.start.getTime(), {
        path: ['end'],
        message: withFix('the window must end after it starts', 'set end later than start'),
      }),
    updates: timeline(MAINTENANCE_STATUSES, 'completed', context.now)
      .default([])
      .meta({ description: 'Oldest first; append new ones at the end (npm run update does)' }),
    translations: translations(context),
  }).superRefine(checkTranslatedUpdates);
}

/**
 * Every component is a row on the home page and has its own page, feeds, calendar and
 * badges, so 50 groups of 50 (2,500 rows, a hundred times a large real page) bound a
 * build without limiting any real one.
 */
const MAX_GROUPS = 50;
const MAX_GROUP_SIZE = 50;

/**
 * A group's or component's `translations`: per language besides the site's default, its
 * name and description, each held to the rules of the field it translates. Whether the
 * site lists each language is judged with site.yaml (`npm run check`), since this file is
 * also read on its own.
 */
const operatorTranslations = z
  .record(z.string(), z.strictObject({ name: name.optional(), description: description.optional() }))
  .refine((block) => Object.keys(block).length <= MAX_TRANSLATIONS, {
    message: withFix(`names more than ${MAX_TRANSLATIONS} languages`, "translate into the site's languages only"),
  })
  .optional()
  .meta({ description: "The name and description per language other than the site's default, like id: { name, description }; what is left out is shown in the original" });

export const componentsFileSchema = z
  .strictObject({
    groups: z
      .array(
        z.strictObject({
          id,
          name,
          description: description.optional(),
          translations: operatorTranslations,
          components: z
            .array(z.strictObject({ id, name, description: description.optional(), translations: operatorTranslations }))
            .min(1, withFix('a group needs at least one component', 'add a component under this group or remove the group'))
            .max(MAX_GROUP_SIZE, withFix(`has more than ${MAX_GROUP_SIZE} components`, 'split the group in two')),
        }),
      )
      .min(1, withFix('has no group', 'add at least one group'))
      .max(MAX_GROUPS, withFix(`has more than ${MAX_GROUPS} groups`, 'merge related groups')),
  })
  .superRefine((file, ctx) => {
    // Groups share the id space of components: the Statuspage API lists both as component rows.
    const seen = new Set<string>();
    file.groups.forEach((group, groupIndex) => {
      if (seen.has(group.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', groupIndex, 'id'],
          message: withFix(`group id "${group.id}" is already used`, 'give every group and component its own id'),
        });
      }
      seen.add(group.id);
      group.components.forEach((component, index) => {
        if (seen.has(component.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', groupIndex, 'components', index, 'id'],
            message: withFix(`component id "${component.id}" is used twice`, 'give every component its own id'),
          });
        }
        seen.add(component.id);
      });
    });
  });

export type ComponentsFile = z.output<typeof componentsFileSchema>;

/** Every component id in the catalogue, in its order: what incidents and settings may name. */
export function componentIds(file: ComponentsFile): string[] {
  return file.groups.flatMap((group) => group.components.map((component) => component.id));
}

/**
 * Upstream pages a site may watch. Each is pulled on every build, in parallel, so a
 * short list keeps a build's outside requests few; 20 is more providers than any one
 * service depends on directly.
 */
export const MAX_UPSTREAM_PAGES = 20;
/** Upstream components one of ours may depend on. */
const MAX_UPSTREAM_LINKS = 20;

const upstreamPageSchema = z.strictObject({
  id: id.meta({ description: 'Short id the components below refer to, like "nusantara-carrier"' }),
  name: name.meta({ description: 'What readers see, like "Nusantara Carrier Exchange"' }),
  url: z
    .string()
    .max(500, withFix('is longer than 500 characters', 'give the status page address only, like https://status.example.com'))
    .regex(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, withFix('is not a status page address', 'give it like https://status.example.com, without a query or #fragment'))
    .meta({ description: 'The status page readers are sent to; its summary is fetched from <url>/api/v2/summary.json' }),
  snapshot: z
    .string()
    .regex(/^content\/(?!.*\.\.)[A-Za-z0-9._/-]+\.json$/, withFix('is not a JSON file under content/', 'give a path like content/upstreams/carrier.json'))
    .optional()
    .meta({ description: 'A stored summary under content/ read instead of fetching (the sample uses one so it builds offline)' }),
  timeoutSeconds: z.number().positive().max(60).default(10).meta({ description: 'How long the fetch may take, at most 60 s' }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, withFix('is not a language tag', 'give a tag such as en, id or pt-BR'))
    .default('en')
    .meta({ description: "The language the provider writes its page in (en when left out): its names and titles are marked with it on this site's pages in other languages" }),
});

const upstreamLinkSchema = z.strictObject({
  page: id.meta({ description: 'The id of a page listed under pages:' }),
  component: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: "The upstream's component id (ids stay when names change); npm run upstream -- <page> lists them" }),
  follow: z.boolean().default(false).meta({ description: "true: our status is the worse of ours and the upstream's" }),
});

export const upstreamsFileSchema = z
  .strictObject({
    pages: z.array(upstreamPageSchema).max(MAX_UPSTREAM_PAGES, withFix(`lists more than ${MAX_UPSTREAM_PAGES} pages`, 'keep the providers you depend on directly')),
    components: z
      .array(
        z.strictObject({
          id: id.meta({ description: 'One of our component ids from content/components.yaml' }),
          upstream: z.array(upstreamLinkSchema).min(1).max(MAX_UPSTREAM_LINKS, withFix(`lists more than ${MAX_UPSTREAM_LINKS} upstream components`, 'keep those this component depends on directly')),
        }),
      )
      .default([]),
    staleAfterMinutes: z
      .number()
      .multipleOf(1, withFix('must be a whole number of minutes', 'write it like 180 for three hours'))
      .min(1)
      .max(7 * 24 * 60)
      .default(180)
      .meta({ description: 'A kept copy older than this is shown with its age but no longer changes a followed component' }),
  })
  .superRefine((file, ctx) => {
    const pages = file.pages.map((page) => page.id);
    pages.forEach((page, index) => {
      if (pages.indexOf(page) !== index) {
        ctx.addIssue({ code: 'custom', path: ['pages', index, 'id'], message: withFix(`page id "${page}" is used twice`, 'give every upstream page its own id') });
      }
    });
    const seen = new Set<string>();
    file.components.forEach((component, index) => {
      if (seen.has(component.id)) {
        ctx.addIssue({ code: 'custom', path: ['components', index, 'id'], message: withFix(`component "${component.id}" is listed twice`, 'list each of our components once, with all its upstream components') });
      }
      seen.add(component.id);
      component.upstream.forEach((link, linkIndex) => {
        if (!pages.includes(link.page)) {
          ctx.addIssue({
            code: 'custom',
            path: ['components', index, 'upstream', linkIndex, 'page'],
            message: withFix(`unknown upstream page "${link.page}"`, pages.length > 0 ? `use one of the ids under pages: ${pages.join(', ')}` : 'add the page under pages: first'),
          });
        }
      });
    });
  });

export type UpstreamsFile = z.output<typeof upstreamsFileSchema>;
export type UpstreamPage = UpstreamsFile['pages'][number];
export type UpstreamLink = UpstreamsFile['components'][number]['upstream'][number];

/**
 * `content/site.yaml`: the operator's settings in one validated file. The content check
 * reports its problems with line and fix like any other content; the build, the pages
 * and the writer's commands all read it through this schema.
 */
import { z } from 'astro/zod';
import { firstControlCharacter } from './control-characters.ts';
import { withFix } from './fix.ts';
import { metricsSourceSchema } from '../metrics/config.ts';
import { oneLineText } from './text-fields.ts';
import { isTimeZoneName, isUtcZone } from '../presentation/time.ts';
import { DICTIONARIES, type Locale } from '../i18n/dictionary.ts';

/** What the schema needs from outside the file: which files public/ holds. */
export interface SiteConfigContext {
  /** Whether `public/<path>` exists; `path` has no leading slash. */
  publicFileExists(path: string): boolean;
}

// The name is in every page title and the header; the description is a search snippet.
const name = oneLineText(100, 'shorten the name; it is shown in every page title');
const description = oneLineText(300, 'keep it to one sentence');

function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
}

const httpUrl = z.string().refine(isHttpUrl, {
  error: (issue) => {
    const value = String(issue.input);
    // A bare host ("status.example.com") only lacks its scheme: offer it back with one.
    const fix = /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value) ? `write it with its scheme: https://${value}` : 'write it with its scheme, like https://status.example.com';
    return withFix(`"${value}" is not an absolute http(s) URL`, fix);
  },
})
  // For editors (the JSON Schema): validation itself is the refinement's.
  .meta({ pattern: '^https?://' });

// The site's address may have a path (a GitHub Pages project site is served under one), which
// becomes the base of every link; a query or fragment would be part of no link.
function hasQueryOrFragment(value: string): boolean {
  const { search, hash } = new URL(value);
  return search !== '' || hash !== '';
}

// The scheme's own refinement reports an unparsable value; this one judges only parsable ones.
const siteUrl = httpUrl.refine((value) => !isHttpUrl(value) || !hasQueryOrFragment(value), {
  error: (issue) => withFix(`"${String(issue.input)}" has a ?query or #fragment, which no page address keeps`, `write it without them, like ${String(issue.input).replace(/[?#].*$/, '')}`),
});

const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

const contact = z
  .string()
  .refine((value) => isHttpUrl(value) || (value.startsWith('mailto:') && EMAIL.test(value.slice('mailto:'.length).split('?')[0] ?? '')), {
    error: (issue) => {
      const value = String(issue.input);
      const fix = EMAIL.test(value) ? `write it as mailto:${value}` : 'write it like mailto:support@example.com or https://example.com/support';
      return withFix(`"${value}" is not a mailto: or http(s) link`, fix);
    },
  })
  .meta({ pattern: '^(mailto:|https?://)', description: 'Where readers ask for help: a mailto: link or a web page; shown as "Contact support"' });

const IMAGE = /\.(svg|png|jpe?g|webp|avif|gif)$/i;

function logoSchema(context: SiteConfigContext) {
  return z.strictObject({
    src: z
      .string()
      .superRefine((value, ctx) => {
        const refuse = (message: string, fix: string) => ctx.addIssue({ code: 'custom', message: withFix(message, fix) });
        const control = firstControlCharacter(value, { multiLine: false });
        // Browsers drop tabs and line breaks from a URL and read "\" as "/", so each of
        // these could turn the path into "//host/…", an image from another site.
        if (control) {
          refuse(`the path has ${control.name}`, 'write the path on one line, like /logo.svg');
        } else if (value.includes('\\')) {
          refuse(`"${value}" has a backslash, which browsers read as a slash`, 'use forward slashes, like /images/logo.svg');
        } else if (value.startsWith('//')) {
          refuse(`"${value}" starts with //, which browsers read as another site`, 'write it from the site root with one slash, like /logo.svg');
        } else if (!value.startsWith('/') || value.split('/').includes('..')) {
          refuse(`"${value}" is not a path under public/`, 'write it from the site root, like /logo.svg for public/logo.svg');
        } else if (!IMAGE.test(value)) {
          refuse(`"${value}" is not an image a browser shows`, 'use an .svg, .png, .jpg, .webp, .avif or .gif file');
        } else if (!context.publicFileExists(value.slice(1))) {
          refuse(`public${value} does not exist`, 'add the image to public/ or correct the path');
        }
      })
      .meta({ pattern: '^/[^/\\\\][^\\\\]*$', description: 'The image under public/, from the site root, like /logo.svg' }),
    alt: name.meta({ description: 'What the logo says, usually the operator\'s name: it stands in for the name in the header' }),
  });
}

const timeZone = z
  .string()
  .superRefine((value, ctx) => {
    if (!isTimeZoneName(value)) {
      ctx.addIssue({ code: 'custom', message: withFix(`unknown time zone "${value}"`, 'use an IANA name such as Asia/Jakarta') });
    } else if (isUtcZone(value)) {
      ctx.addIssue({ code: 'custom', message: withFix(`"${value}" is UTC, which every time already shows`, 'leave timeZone out, or name the operator\'s zone such as Asia/Jakarta') });
    }
  })
  .meta({ description: 'IANA time zone shown next to UTC, like Asia/Jakarta; leave out to show UTC only' });

const timeOrder = z
  .enum(['utc-first', 'local-first'])
  .default('utc-first')
  .meta({ description: 'utc-first (the default): "9 Feb 2027, 18:00 UTC (10 Feb, 01:00 WIB)"; local-first puts timeZone first: "10 Feb 2027, 01:00 WIB (9 Feb, 18:00 UTC)"' });

const KNOWN_LOCALES = Object.keys(DICTIONARIES) as Locale[];

const languages = z
  .array(
    z.string().refine((code): code is Locale => (KNOWN_LOCALES as string[]).includes(code), {
      error: (issue) => withFix(`"${String(issue.input)}" is not a language StatusWire has words for`, `use ${KNOWN_LOCALES.join(' or ')}, or add that language's dictionary under src/lib/i18n/`),
    }),
  )
  .min(1, withFix('lists no language', 'list at least one, like [en]'))
  .superRefine((codes, ctx) => {
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) {
        ctx.addIssue({ code: 'custom', path: [index], message: withFix(`"${code}" is listed twice`, 'list each language once') });
      }
    });
  })
  .transform((codes) => codes as Locale[])
  .default(['en'])
  .meta({ description: 'The languages of the site, like [en, id]: the first at the site root, each other under its own folder (/id/)' });

export function siteConfigSchema(context: SiteConfigContext) {
  return z.strictObject({
    name: name.meta({ description: 'The operator\'s name, as in "Kabar Cloud Status"' }),
    description: description.meta({ description: 'One sentence for search results and link previews' }),
    url: siteUrl.meta({ description: 'The public address of this status page, with its path if it has one (https://owner.github.io/statuswire/); SITE_URL overrides it' }),
    homepage: httpUrl.optional().meta({ description: 'The operator\'s own site, linked from the footer' }),
    logo: logoSchema(context).optional().meta({ description: 'Shown in the header in place of the name' }),
    contact,
    timeZone: timeZone.optional(),
    timeOrder,
    languages,
    mailingList: httpUrl.optional().meta({ description: 'Where readers sign up for announcements by e-mail; listed on the subscribe page' }),
    metrics: z
      .strictObject({
        source: metricsSourceSchema
          .default({ kind: 'sample' })
          .meta({ description: 'Where the figures come from: sample, json or prometheus; METRICS_URL overrides the url' }),
      })
      .default({ source: { kind: 'sample' } }),
  }).superRefine((config, ctx) => {
    // Local first without a zone would silently show UTC alone: say so instead.
    if (config.timeOrder === 'local-first' && config.timeZone === undefined) {
      ctx.addIssue({ code: 'custom', path: ['timeOrder'], message: withFix('local-first needs a timeZone to put first', 'add timeZone, such as Asia/Jakarta, or leave timeOrder out') });
    }
  });
}

export type SiteConfig = z.output<ReturnType<typeof siteConfigSchema>>;

/** The configuration with the environment's overrides: a valid `SITE_URL` replaces `url`. */
export function withEnvironment(config: SiteConfig, env: Record<string, string | undefined>): SiteConfig {
  return env.SITE_URL && siteUrl.safeParse(env.SITE_URL).success ? { ...config, url: env.SITE_URL } : config;
}

/**
 * The environment's overrides that cannot be used, one line each, like content
 * problems: a build must stop on them rather than publish links to a wrong address.
 */
export function environmentProblems(env: Record<string, string | undefined>): string[] {
  if (!env.SITE_URL) return [];
  const result = siteUrl.safeParse(env.SITE_URL);
  return result.success ? [] : [`SITE_URL (environment)  ${result.error.issues[0]?.message ?? 'is not an absolute http(s) URL'}`];
}

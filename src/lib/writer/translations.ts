/**
 * Translated text from the writer's flags (`--title.id "…"`, `--message.id "…"`): each
 * language judged against the site's, each text by the rules of the field it
 * translates, and written into the entry's `translations` block. An update adds its
 * message there under its own time, spliced in like the update itself, so every other
 * byte of the file stays as the writer left it.
 */
import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import { withFix, type Parsed } from '../content/fix.ts';
import { languageProblem } from '../advice/language-codes.ts';
import { FRONTMATTER, lineStartAtOrAfter, type Appended } from './append-update.ts';
import type { TranslatedFlags } from './args.ts';
import { parseMessage, parseTitle } from './fields.ts';
import { LINE_WIDTH, toYaml } from './yaml-text.ts';

export interface WrittenTranslation {
  title?: string;
  message?: string;
}

/** Translations by language, as the writer gave them. */
export type WrittenTranslations = Record<string, WrittenTranslation>;

/** The flags' translations, or the first flag that is wrong, named. */
export function parseTranslatedFlags(flags: TranslatedFlags, languages: readonly string[]): Parsed<WrittenTranslations> {
  const parsed: WrittenTranslations = {};
  for (const [language, fields] of Object.entries(flags)) {
    for (const [field, text] of Object.entries(fields)) {
      const flag = `--${field}.${language}`;
      const problem = languageProblem(language, languages);
      if (problem) return { ok: false, error: `${flag}: ${withFix(problem.message, problem.fix)}` };
      const result = field === 'title' ? parseTitle(text) : parseMessage(text);
      if (!result.ok) return { ok: false, error: `${flag}: ${result.error}` };
      parsed[language] = { ...parsed[language], [field]: result.value };
    }
  }
  return { ok: true, value: parsed };
}

/** A new entry's `translations`: each title, and each message under the first update's time `at`. */
export function translationsBlock(translations: WrittenTranslations, at: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(translations).map(([language, { title, message }]) => [
      language,
      { ...(title === undefined ? {} : { title }), ...(message === undefined ? {} : { updates: { [at]: message } }) },
    ]),
  );
}

/** `source` with each translated message added under `translations.<language>.updates`, named by the update's time `at`. */
export function addTranslatedMessages(source: string, translations: WrittenTranslations, at: string): Appended {
  let edited: Appended = { ok: true, source };
  for (const [language, { message }] of Object.entries(translations)) {
    if (message === undefined || !edited.ok) continue;
    edited = addToMap(edited.source, ['translations', language, 'updates'], { [at]: message });
  }
  return edited;
}

/** Splices `entries` into the block map at `path` of the frontmatter, making the maps on the way that are missing. */
function addToMap(source: string, path: readonly string[], entries: Record<string, string>): Appended {
  const match = FRONTMATTER.exec(source);
  if (!match || match.index !== 0) return { ok: false, error: withFix('the file has no frontmatter', 'run npm run check to see what is wrong with it') };
  const [, fence = '', yaml = ''] = match;
  const doc = parseDocument(yaml, { schema: 'core' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { ok: false, error: withFix('the frontmatter is not valid YAML', 'run npm run check to see where') };
  let map: YAMLMap = doc.contents;
  let depth = 0;
  for (const segment of path) {
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === segment);
    if (!pair) break;
    if (!isMap(pair.value) || pair.value.flow) {
      return {
        ok: false,
        error: withFix(`"${path.slice(0, depth + 1).join('.')}" is not written as an indented block`, `write it as indented lines, then run the command again`),
      };
    }
    map = pair.value;
    depth += 1;
  }
  const newline = yaml.includes('\r\n') ? '\r\n' : '\n';
  const first = map.items[0]?.key as { range?: [number] } | undefined;
  const keyStart = first?.range?.[0] ?? 0;
  const indent = depth === 0 ? 0 : keyStart - (yaml.lastIndexOf('\n', keyStart - 1) + 1);
  const value = path.slice(depth).reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), entries);
  const at = depth === 0 ? yaml.length : lineStartAtOrAfter(yaml, map.range?.[1] ?? yaml.length);
  const before = at === yaml.length && yaml !== '' && !yaml.endsWith('\n') ? newline : '';
  const pad = ' '.repeat(indent);
  const text = toYaml(value, LINE_WIDTH - indent)
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `${line && pad}${line}${newline}`)
    .join('');
  const edited = yaml.slice(0, at) + before + text + yaml.slice(at);
  return { ok: true, source: fence + edited + source.slice(match.index + fence.length + yaml.length) };
}

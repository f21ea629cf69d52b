/**
 * What to tell a writer who names a language the site does not have, in a translation
 * or a translated flag: the check and the writer's commands say the same.
 */
import type { Explained } from '../content/fix.ts';
import { editDistance } from './nearest-name.ts';
import { DICTIONARIES } from '../i18n/dictionary.ts';

/**
 * Why `language` cannot carry a translation on a site whose languages are `languages`
 * (the default first), or null when it can: the check and the writer's flags say the same.
 */
export function languageProblem(language: string, languages: readonly string[]): Explained | null {
  const [original = '', ...others] = languages;
  if (language === original) {
    return { message: `"${language}" is the site's default language, which the title, updates and body are already written in`, fix: 'remove this translation, or change the original text' };
  }
  // A language StatusWire has words for but the site does not list (yet, or any more) is
  // kept unpublished, so turning a language off or on never means editing every entry.
  if (others.includes(language) || Object.hasOwn(DICTIONARIES, language)) return null;
  const nearest = nearestLanguage(language, others);
  const fix =
    others.length === 0
      ? `the site lists only ${original} in content/site.yaml, and StatusWire has words for ${Object.keys(DICTIONARIES).join(', ')}`
      : `${nearest ? `did you mean "${nearest}"? ` : ''}translate into a language content/site.yaml lists besides ${original}: ${others.join(', ')}`;
  return { message: `"${language}" is not one of the site's languages (${languages.join(', ')})`, fix };
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

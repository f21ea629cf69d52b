/**
 * The keys a dictionary words, as dotted paths, and how another falls short of English.
 * TypeScript already refuses a missing key; this checks the built objects too, so a
 * dictionary assembled at run time (or cast past the type) still fails a test.
 */
export function dictionaryEntries(words: object, prefix = ''): [string, unknown][] {
  return Object.entries(words).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? dictionaryEntries(value, path) : [[path, value]];
  });
}

export function dictionaryKeys(words: object): string[] {
  return dictionaryEntries(words).map(([path]) => path);
}

export interface KeyDifference {
  /** Keys English has that the language lacks. */
  missing: string[];
  /** Keys the language has that English does not, likely typos. */
  extra: string[];
}

export function keyDifference(reference: object, language: object): KeyDifference {
  const expected = new Set(dictionaryKeys(reference));
  const actual = new Set(dictionaryKeys(language));
  return {
    missing: [...expected].filter((key) => !actual.has(key)),
    extra: [...actual].filter((key) => !expected.has(key)),
  };
}

/** A `_headers` file read as Cloudflare Pages and Netlify read it. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`not a header line under a pattern: ${JSON.stringify(line)}`);
    rule.headers.push([match[1]!, match[2]!]);
  }
  return rules;
}

/** Both hosts read `*` as "any characters, slashes included, or none". */
export function matches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** Every value of `name` that a request for `path` gets: Cloudflare joins them all. */
export function headerValues(rules: readonly HeaderRule[], path: string, name: string): string[] {
  return rules
    .filter((rule) => matches(rule.pattern, path))
    .flatMap((rule) => rule.headers.filter(([header]) => header.toLowerCase() === name.toLowerCase()).map(([, value]) => value));
}

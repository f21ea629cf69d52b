/**
 * Reads MDX frontmatter as text, with YAML 1.2's core schema: a timestamp stays the
 * string the writer typed (YAML 1.1 parsers guess a UTC Date), and every key keeps its
 * line so errors can point at it.
 *
 * Two parsers share the work. js-yaml reads a well-formed file fifteen times faster
 * than yaml, which a build of 10,000 incidents feels; yaml keeps each key's position
 * and each error's detail, so it reads any file js-yaml refuses (a slip, an alias, a
 * tag) and places the problems the schema finds. Both resolve scalars by YAML 1.2's
 * core schema (tests/unit/content/yaml-parsers.test.ts holds them to the same values).
 */
import { load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Explained } from './fix.ts';
import { explainUnknownAlias, explainYamlError } from '../advice/yaml-errors.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedFrontmatter {
  data: unknown;
  /** Why the YAML could not be read, positioned in the whole file. */
  errors: ({ position: Position } & Explained)[];
  /** Where the key at `path` (or its nearest existing parent) stands in the whole file. */
  locate(path: readonly PropertyKey[]): Position;
}

interface SplitSource {
  yaml: string;
  /** 1-based line of the file on which the YAML starts. */
  firstLine: number;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** Splits `---` fenced frontmatter from the body; null when the file has none. */
export function splitFrontmatter(source: string): SplitSource | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) return null;
  return {
    yaml: lines.slice(1, close).join('\n'),
    firstLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/**
 * How many values one alias (`*name`) may stand for: nine levels of lists of ten aliases
 * make a billion values from a few hundred bytes. yaml's default, named so it stays.
 */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML text that begins on `firstLine` of its file. */
export function parseYaml(yaml: string, firstLine = 1): ParsedFrontmatter {
  let data: unknown;
  try {
    // Aliases are left to yaml, which bounds how far they expand.
    data = load(yaml, { maxAliases: 0 });
  } catch {
    return parseCarefully(yaml, firstLine);
  }
  let careful: ParsedFrontmatter | undefined;
  return { data, errors: [], locate: (path) => (careful ??= parseCarefully(yaml, firstLine)).locate(path) };
}

/** yaml's reading: slower, with every position and error, and the advice for each error. */
function parseCarefully(yaml: string, firstLine: number): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const locate = (path: readonly PropertyKey[]) => at(offsetOf(doc, path));
  const lines = yaml.split(/\r?\n/);
  // The advice works in lines of the YAML; the problem is placed in the whole file.
  const inYaml = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const inFile = ({ line, column, message, fix }: { line: number; column: number } & Explained) => ({ position: { line: line + firstLine - 1, column }, message, fix });
  if (doc.errors.length > 0) {
    const errors = firstOnEachLine(doc.errors, (error) => inYaml(error.pos[0]).line).map((error) => {
      const parserMessage = error.message.split('\n')[0] ?? error.message;
      const explained = explainYamlError(error.code, parserMessage, lines, inYaml(error.pos[0]), (line) => line + firstLine - 1);
      return explained
        ? inFile(explained)
        : { position: at(error.pos[0]), message: `YAML syntax error: ${parserMessage}`, fix: 'check indentation, colons and quotes on this line' };
    });
    return { data: undefined, errors, locate };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [], locate };
  } catch (thrown) {
    // toJS throws when an alias names no anchor, or when the aliases expand past the limit.
    const alias = firstAliasOffset(doc);
    const unknown = thrown instanceof ReferenceError ? explainUnknownAlias(lines, inYaml(alias)) : null;
    const error = unknown
      ? inFile(unknown)
      : {
          position: at(alias),
          message: `YAML aliases (*name) stand for more than ${MAX_ALIAS_COUNT} values`,
          fix: 'write the values out instead of using anchors (&) and aliases (*)',
        };
    return { data: undefined, errors: [error], locate };
  }
}

/** One slip can trip the parser twice on a line; the writer needs to hear it once. */
function firstOnEachLine<T>(errors: readonly T[], lineOf: (error: T) => number): T[] {
  const seen = new Set<number>();
  return errors.filter((error) => {
    const line = lineOf(error);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias: (_, node) => {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Frontmatter data of an MDX source, for loaders that only need the values. */
export function readFrontmatterData(source: string): Record<string, unknown> {
  const split = splitFrontmatter(source);
  if (!split) return {};
  const parsed = parseYaml(split.yaml, split.firstLine);
  if (parsed.errors[0]) {
    const { position, message } = parsed.errors[0];
    throw new Error(`line ${position.line}: ${message}`);
  }
  const data = parsed.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number] } | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/**
 * The entries the last good build's gate validated, so the next build validates only
 * what changed: at 10,000 incidents, validation took 2.3–2.7 s of every rebuild.
 *
 * An entry's verdict is reused only for the very same text at the same path, under the
 * same key (the caller's: the code and settings the schemas are built from, the
 * component ids and languages). Its data went through the schemas then, so it is what
 * they would give now, except for the one rule that reads the build clock: no update
 * may lie in the future. A passed entry keeps its latest update's time, and is checked
 * again from its text whenever the clock stands earlier than that time.
 *
 * The file lives in Astro's cache folder, beside Astro's content store, which holds every
 * entry's rendered body and is read into the pages unchecked: it is trusted as that store
 * is. It is still bounded and its shape checked, so a damaged file only costs a full check.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readKeptBytes, writeAtomically, type Kept } from '../metrics/store.ts';
import type { SchemaContext } from '../content/schemas.ts';

/** What the gate kept of an entry that passed. */
interface PassedEntry {
  /** Of the file's text. */
  digest: string;
  /** Its latest update's time in ms: the earliest build clock at which it still passes. */
  latest: number;
  data: unknown;
}

export interface PassedEntries {
  key: string;
  /** By the file's path under the site's root, like content/incidents/a.mdx. */
  entries: Map<string, PassedEntry>;
}

/** Far above 100,000 entries (about 3 KB each): a larger file was not written by this code. */
export const MAX_PASSED_BYTES = 512 * 1024 * 1024;

const VERSION = 1;

/** An entry's data has its updates, each with the time the clock rule compares. */
export interface TimedEntry {
  updates: readonly { at: Date }[];
}

/** The key of verdicts given under `code` (the caller's fingerprint of code and settings) and the cross-file rules' context. */
export function verdictKey(code: string, context: SchemaContext): string {
  return digestOf(JSON.stringify([code, context.componentIds, context.languages ?? null]));
}

function digestOf(source: string): string {
  return createHash('sha256').update(source).digest('base64url');
}

function latestUpdate(data: TimedEntry): number {
  return data.updates.reduce((latest, update) => Math.max(latest, update.at.getTime()), Number.NEGATIVE_INFINITY);
}

/**
 * The verdicts of one gate: those it may reuse from `previous` (when `key` matches),
 * and those it records for the next build.
 */
export class EntryVerdicts {
  readonly key: string;
  readonly #previous: ReadonlyMap<string, PassedEntry>;
  readonly #now: number;
  readonly #passed = new Map<string, PassedEntry>();
  #reused = 0;

  constructor(key: string, previous: PassedEntries | null, now: Date) {
    this.key = key;
    this.#previous = previous?.key === key ? previous.entries : new Map();
    this.#now = now.getTime();
  }

  /** The data the entry at `file` passed with, if its text is still `source` and the clock allows; else undefined. */
  reuse(file: string, source: string): unknown {
    const entry = this.#previous.get(file);
    if (!entry || entry.latest > this.#now || entry.digest !== digestOf(source)) return undefined;
    this.#passed.set(file, entry);
    this.#reused++;
    return entry.data;
  }

  /** Records that the entry at `file`, with text `source`, passed with `data`. */
  passed(file: string, source: string, data: TimedEntry): void {
    this.#passed.set(file, { digest: digestOf(source), latest: latestUpdate(data), data });
  }

  /** How many entries were reused and how many checked from their text. */
  counts(): { reused: number; checked: number } {
    return { reused: this.#reused, checked: this.#passed.size - this.#reused };
  }

  /** Whether the record differs from the previous one: an entry checked afresh, or one gone. */
  changed(): boolean {
    return this.counts().checked > 0 || this.#passed.size !== this.#previous.size;
  }

  record(): PassedEntries {
    return { key: this.key, entries: this.#passed };
  }
}

function isPassedEntry(value: unknown): value is PassedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.digest === 'string' && typeof entry.latest === 'number' && typeof entry.data === 'object' && entry.data !== null;
}

/** The record at `file`, or null when there is none or it cannot be used (the reason then goes to `problem`). */
export async function readPassedEntries(file: string): Promise<Kept<PassedEntries>> {
  const { value: bytes, problem } = await readKeptBytes(file, MAX_PASSED_BYTES);
  if (!bytes) return { value: null, problem };
  let document: unknown;
  try {
    document = deserialize(bytes);
  } catch {
    return { value: null, problem: `${file} is damaged` };
  }
  const record = document as { version?: unknown; key?: unknown; entries?: unknown };
  const usable =
    typeof document === 'object' &&
    document !== null &&
    record.version === VERSION &&
    typeof record.key === 'string' &&
    record.entries instanceof Map &&
    [...record.entries].every(([path, entry]) => typeof path === 'string' && isPassedEntry(entry));
  if (!usable) return { value: null, problem: `${file} is not a record this version wrote` };
  return { value: { key: record.key as string, entries: record.entries as Map<string, PassedEntry> }, problem: null };
}

/** Writes the record for the next build; an interrupted write leaves the previous one. */
export async function writePassedEntries(file: string, record: PassedEntries): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeAtomically(file, serialize({ version: VERSION, ...record }));
}

/**
 * The field names a zod schema accepts at a path, read from the schema itself, so a
 * suggestion can never name a field that does not exist or miss one that was added.
 */
import type { z } from 'astro/zod';

/** The parts of zod 4's schema definitions that lead to an object's fields. */
interface Definition {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  getter?: () => unknown;
  left?: unknown;
  right?: unknown;
}

const definition = (schema: unknown): Definition | undefined => (schema as { _zod?: { def?: Definition } } | undefined)?._zod?.def;

/** The schemas a value at `schema` may match: wrappers opened, every union option. */
function unwrap(schema: unknown, depth = 0): unknown[] {
  const def = definition(schema);
  // A schema is a tree written by hand; the bound only guards against a lazy cycle.
  if (!def || depth > 20) return [];
  const next = (inner: unknown) => unwrap(inner, depth + 1);
  if (def.innerType !== undefined) return next(def.innerType);
  if (def.type === 'pipe') return next(def.in);
  if (def.type === 'lazy' && def.getter) return next(def.getter());
  if (def.type === 'union') return (def.options ?? []).flatMap(next);
  if (def.type === 'intersection') return [...next(def.left), ...next(def.right)];
  return [schema];
}

/** The field names of the object at `path` in `schema` (array indexes step into items). */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let here = unwrap(schema);
  for (const segment of path) {
    here = here.flatMap((candidate) => {
      const def = definition(candidate);
      if (def?.type === 'array' && typeof segment === 'number') return unwrap(def.element);
      if (def?.type === 'object' && typeof segment === 'string' && def.shape && segment in def.shape) return unwrap(def.shape[segment]);
      return [];
    });
  }
  return [...new Set(here.flatMap((candidate) => Object.keys(definition(candidate)?.shape ?? {})))];
}

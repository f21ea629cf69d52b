/**
 * Frontmatter text the way the sample files are written: block style, messages folded
 * (`>-`), and a translated message named by its update's time in quotes, so the time
 * reads as the name it is.
 */
import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';

export const LINE_WIDTH = 80;

const TIME_KEY = /^\d{4}-\d\d-\d\dT/;

/** YAML for `value` at `width`, with every `message` (and every message named by a time) as a folded block. */
export function toYaml(value: unknown, width = LINE_WIDTH): string {
  const doc = new Document(value);
  foldMessages(doc.contents);
  return doc.toString({ lineWidth: width, minContentWidth: 40 });
}

function foldMessages(node: unknown): void {
  if (isSeq(node)) node.items.forEach(foldMessages);
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const time = isScalar(pair.key) && typeof pair.key.value === 'string' && TIME_KEY.test(pair.key.value);
    if (time) (pair.key as Scalar).type = Scalar.QUOTE_DOUBLE;
    if (isScalar(pair.key) && (pair.key.value === 'message' || time) && isScalar(pair.value)) pair.value.type = Scalar.BLOCK_FOLDED;
    else foldMessages(pair.value);
  }
}

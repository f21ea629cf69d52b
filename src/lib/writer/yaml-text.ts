/** Frontmatter text the way the sample files are written: block style, messages folded (`>-`). */
import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';

export const LINE_WIDTH = 80;

/** YAML for `value` at `width`, with every `message` as a folded block. */
export function toYaml(value: unknown, width = LINE_WIDTH): string {
  const doc = new Document(value);
  foldMessages(doc.contents);
  return doc.toString({ lineWidth: width, minContentWidth: 40 });
}

function foldMessages(node: unknown): void {
  if (isSeq(node)) node.items.forEach(foldMessages);
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (isScalar(pair.key) && pair.key.value === 'message' && isScalar(pair.value)) pair.value.type = Scalar.BLOCK_FOLDED;
    else foldMessages(pair.value);
  }
}

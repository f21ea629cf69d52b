import { SaxesParser } from 'saxes';

/**
 * Strict XML 1.0 well-formedness (stray `]]>`, forbidden control characters, bad nesting):
 * feed parsers are lenient and would read a broken document anyway.
 */
export function xmlProblems(xml: string): string[] {
  const parser = new SaxesParser();
  const problems: string[] = [];
  parser.on('error', (error) => problems.push(error.message));
  parser.write(xml).close();
  return problems;
}

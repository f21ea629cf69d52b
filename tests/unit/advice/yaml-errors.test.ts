import { describe, expect, it } from 'vitest';
import { explainYamlError, quoted } from '../../../src/lib/advice/yaml-errors';

describe('explainYamlError', () => {
  it('leaves an error no common slip explains to the parser', () => {
    expect(explainYamlError('BAD_INDENT', 'Flow sequence in block collection must be sufficiently indented', ['a: [b', 'c: d'], { line: 2, column: 1 })).toBeNull();
  });

  it('quotes a value with double quotes, or single ones when it holds a double quote', () => {
    expect(quoted('Update: up')).toBe('"Update: up"');
    expect(quoted('It\'s "up"')).toBe('\'It\'\'s "up"\'');
  });
});

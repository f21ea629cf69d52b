import { describe, expect, it } from 'vitest';
import { splitFix, withFix } from '../../../src/lib/content/fix';

describe('withFix and splitFix', () => {
  it('carry a message and its fix in the printed shape, and take them apart', () => {
    const text = withFix('"2026-01-12T08:00" has no time zone', 'add an offset such as "+07:00" (WIB)');
    expect(text).toBe('"2026-01-12T08:00" has no time zone  (add an offset such as "+07:00" (WIB))');
    expect(splitFix(text)).toEqual({ message: '"2026-01-12T08:00" has no time zone', fix: 'add an offset such as "+07:00" (WIB)' });
  });

  it('splits at the last separator, since the message may quote what the writer typed', () => {
    expect(splitFix(withFix('"a  (b)" is not a date-time', 'write it like "2026-01-12T08:00:00+07:00"'))).toEqual({
      message: '"a  (b)" is not a date-time',
      fix: 'write it like "2026-01-12T08:00:00+07:00"',
    });
  });

  it('returns null for text without a fix', () => {
    expect(splitFix('Too small: expected array to have >=1 items')).toBeNull();
    expect(splitFix('  (only a fix)')).toBeNull();
  });
});

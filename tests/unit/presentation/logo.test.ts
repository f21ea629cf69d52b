import { describe, expect, it } from 'vitest';
import { LOGO_HEIGHT, logoWidth } from '../../../src/lib/presentation/logo';

describe('logoWidth', () => {
  it('scales the intrinsic size to the header height', () => {
    expect(LOGO_HEIGHT).toBe(32);
    expect(logoWidth({ width: 164, height: 32 })).toBe(164);
    expect(logoWidth({ width: 600, height: 200 })).toBe(96);
    expect(logoWidth({ width: 100, height: 30 })).toBe(107);
  });

  it('gives no width when the size is unknown', () => {
    expect(logoWidth(null)).toBeNull();
    expect(logoWidth({ width: 100 })).toBeNull();
    expect(logoWidth({ width: 0, height: 0 })).toBeNull();
  });
});

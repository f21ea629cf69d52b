import { describe, expect, it } from 'vitest';
import { statusIconHtml } from '../../../src/lib/presentation/status-icon';
import type { Tone } from '../../../src/lib/presentation/tone';

const TONES: Tone[] = ['operational', 'maintenance', 'degraded', 'partial', 'major'];

describe('statusIconHtml', () => {
  it('draws a different shape for each tone, hidden from screen readers', () => {
    const icons = TONES.map((tone) => statusIconHtml(tone));
    expect(new Set(icons.map((icon) => icon.replace(/ class="[^"]*"| data-tone="[^"]*"/g, ''))).size).toBe(TONES.length);
    for (const icon of icons) expect(icon).toMatch(/^<svg [^>]*aria-hidden="true" focusable="false"/);
  });

  it('adds the size class to its colour and tags the tone', () => {
    expect(statusIconHtml('major', 'size-4')).toMatch(/^<svg class="inline-block shrink-0 text-red-700 dark:text-red-400 size-4" viewBox="0 0 20 20"[^>]* data-tone="major">/);
    expect(statusIconHtml('major')).toContain('size-5');
  });
});

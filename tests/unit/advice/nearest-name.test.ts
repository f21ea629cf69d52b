import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../../src/lib/advice/nearest-name';

describe('nearestName', () => {
  it('finds the field a typo meant, ignoring case', () => {
    expect(nearestName('upates', ['title', 'impact', 'components', 'updates'])).toBe('updates');
    expect(nearestName('mesage', ['at', 'status', 'message'])).toBe('message');
    expect(nearestName('timezone', ['name', 'timeZone', 'metrics'])).toBe('timeZone');
    expect(nearestName('stauts', ['at', 'status', 'message'])).toBe('status');
  });

  it('offers nothing when no name is close, and never guesses for tiny names', () => {
    expect(nearestName('severity', ['title', 'impact', 'components', 'updates'])).toBeUndefined();
    expect(nearestName('colour', ['name', 'contact', 'logo'])).toBeUndefined();
    expect(nearestName('ad', ['at', 'id'])).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { badgeSvg, componentBadge, overallBadge, shieldsEndpoint } from '../../../src/lib/outputs/badges';
import { TONE_COLORS } from '../../../src/lib/presentation/palette';
import { COMPONENT_STATUSES } from '../../../src/lib/content/types';
import { HOSTILE_TITLE } from '../../support/hostile';
import { xmlProblems } from '../../support/xml';
import { dictionary } from '../../../src/lib/i18n/dictionary';
import { ENGLISH, INDONESIAN } from '../../support/languages';

const EN = dictionary('en');

/** WCAG contrast of white text on a hex colour. */
function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return 1.05 / (luminance + 0.05);
}

describe('badges', () => {
  it('word the overall status as the home page does', () => {
    expect(overallBadge({ indicator: 'major', from: { component: 'partial_outage' } }, EN)).toEqual({
      label: 'status',
      message: 'partial system outage',
      color: TONE_COLORS.partial.badge,
    });
  });

  it.each(COMPONENT_STATUSES)('give a component in %s its status in words and a colour', (status) => {
    const badge = componentBadge({ name: 'Smartfren', status }, ENGLISH);
    expect(badge.label).toBe('Smartfren');
    expect(badge.message).toBe(status.replace(/_/g, ' '));
    expect(contrastWithWhite(badge.color)).toBeGreaterThanOrEqual(4.5);
  });

  it('name the component in the badge\'s language, as the operator translated it', () => {
    const voice = { name: 'Voice calls', status: 'operational' as const, translations: { id: { name: 'Panggilan suara' } } };
    expect(componentBadge(voice, INDONESIAN)).toMatchObject({ label: 'Panggilan suara', message: 'beroperasi' });
    expect(componentBadge(voice, ENGLISH).label).toBe('Voice calls');
  });

  it('draw an SVG that names itself to screen readers', () => {
    const svg = badgeSvg(componentBadge({ name: 'Smartfren', status: 'partial_outage' }, ENGLISH));
    expect(xmlProblems(svg)).toEqual([]);
    const { document } = parseHTML(svg);
    const root = document.querySelector('svg');
    expect(root?.getAttribute('role')).toBe('img');
    expect(root?.getAttribute('aria-label')).toBe('Smartfren: partial outage');
    expect(document.querySelector('title')?.textContent).toBe('Smartfren: partial outage');
    expect(svg).toContain(`fill="#${TONE_COLORS.partial.badge}"`);
  });

  it('keep a hostile component name as text', () => {
    const svg = badgeSvg({ label: `${HOSTILE_TITLE}\u0007`, message: 'operational', color: TONE_COLORS.operational.badge });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script/i);
    expect(parseHTML(svg).document.querySelector('title')?.textContent).toBe(`${HOSTILE_TITLE}: operational`);
  });

  it('serve the same badge as a shields.io endpoint document', () => {
    expect(shieldsEndpoint(componentBadge({ name: 'Voice calls', status: 'operational' }, ENGLISH))).toEqual({
      schemaVersion: 1,
      label: 'Voice calls',
      message: 'operational',
      color: '047857',
    });
  });
});

/**
 * Status badges drawn by shields.io's own renderer (`badge-maker`), and the same badge as
 * a shields.io endpoint document for people who prefer shields to draw it. The SVG
 * carries `role="img"`, an `aria-label` and a `<title>` with the words.
 */
import { makeBadge } from 'badge-maker';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { ComponentView } from '../status/model.ts';
import type { Language } from '../i18n/languages.ts';
import { operatorText } from '../i18n/operator-text.ts';
import { TONE_COLORS } from '../presentation/palette.ts';
import { overallHeadline, type OverallStatus } from '../status/status.ts';
import { TONE_OF_COMPONENT_STATUS, TONE_OF_INDICATOR } from '../presentation/tone.ts';
import { xmlSafe } from './xml.ts';

export interface Badge {
  label: string;
  message: string;
  /** Hex without `#`, the form both shields.io and badge-maker accept. */
  color: string;
}

interface ShieldsEndpoint extends Badge {
  schemaVersion: 1;
}

/** The home page's headline, in the lower case badges use. */
export function overallBadge(overall: Pick<OverallStatus, 'indicator' | 'from'>, words: Dictionary): Badge {
  return {
    label: words.badge.status,
    message: overallHeadline(overall, words).toLowerCase(),
    color: TONE_COLORS[TONE_OF_INDICATOR[overall.indicator]].badge,
  };
}

/** A component's badge on the language's own badges: its name and status in that language. */
export function componentBadge(component: Pick<ComponentView, 'name' | 'status' | 'translations'>, language: Language): Badge {
  return {
    label: operatorText(component, language).name.text,
    message: language.words.componentStatus[component.status].toLowerCase(),
    color: TONE_COLORS[TONE_OF_COMPONENT_STATUS[component.status]].badge,
  };
}

export function badgeSvg(badge: Badge): string {
  return makeBadge({ label: xmlSafe(badge.label), message: xmlSafe(badge.message), color: badge.color });
}

export function shieldsEndpoint(badge: Badge): ShieldsEndpoint {
  return { schemaVersion: 1, ...badge };
}

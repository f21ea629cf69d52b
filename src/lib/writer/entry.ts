/** A new incident or maintenance file: frontmatter only, ready for the writer's analysis below it. */
import type { AffectedComponent, Impact, IncidentStatus, MaintenanceStatus } from '../content/types.ts';
import { translationsBlock, type WrittenTranslations } from './translations.ts';
import { toYaml } from './yaml-text.ts';

export interface WrittenUpdate<S extends string> {
  /** Already in the display offset, like `2026-11-28T13:05:00+07:00`. */
  at: string;
  status: S;
  message: string;
}

export interface NewIncident {
  title: string;
  impact: Impact;
  components: AffectedComponent[];
  update: WrittenUpdate<IncidentStatus>;
  /** The title and first message in other languages, from `--title.<code>` and `--message.<code>`. */
  translations?: WrittenTranslations;
}

export interface NewMaintenance {
  title: string;
  components: string[];
  window: { start: string; end: string };
  update: WrittenUpdate<MaintenanceStatus>;
  translations?: WrittenTranslations;
}

/** The `translations` field, when any were given. */
function translated(entry: { translations?: WrittenTranslations; update: { at: string } }): Record<string, unknown> {
  const given = entry.translations ?? {};
  return Object.keys(given).length === 0 ? {} : { translations: translationsBlock(given, entry.update.at) };
}

function mdx(frontmatter: Record<string, unknown>): string {
  return `---\n${toYaml(frontmatter)}---\n`;
}

export function renderIncident(incident: NewIncident): string {
  return mdx({
    title: incident.title,
    impact: incident.impact,
    ...(incident.components.length > 0 ? { components: incident.components } : {}),
    updates: [incident.update],
    ...translated(incident),
  });
}

export function renderMaintenance(maintenance: NewMaintenance): string {
  return mdx({
    title: maintenance.title,
    components: maintenance.components,
    window: maintenance.window,
    updates: [maintenance.update],
    ...translated(maintenance),
  });
}

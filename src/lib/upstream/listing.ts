/**
 * An upstream page's groups and components as plain lines, for the writer command that
 * helps configure content/upstreams.yaml: ids first (what the file takes), then names
 * and status in words. Upstream text reaches a terminal, so control characters go.
 */
import { toOneLine } from '../content/control-characters.ts';
import { COMPONENT_STATUS_LABEL } from '../status/status.ts';
import type { UpstreamComponent, UpstreamSummary } from './summary.ts';

const words = (row: UpstreamComponent) => COMPONENT_STATUS_LABEL[row.status].toLowerCase();

function rows(components: readonly UpstreamComponent[]): string[] {
  const width = components.reduce((widest, row) => Math.max(widest, toOneLine(row.id).length), 0);
  return components.map((row) => `  ${toOneLine(row.id).padEnd(width)}  ${toOneLine(row.name)} (${words(row)})`);
}

export function upstreamListing(summary: UpstreamSummary): string[] {
  const groups = summary.components.filter((row) => row.group);
  const groupIds = new Set(groups.map((group) => group.id));
  const ungrouped = summary.components.filter((row) => !row.group && (row.group_id === null || !groupIds.has(row.group_id)));
  const open = summary.incidents.filter((incident) => incident.status !== 'resolved' && incident.status !== 'postmortem').length;
  const running = summary.scheduled_maintenances.filter((window) => window.status === 'in_progress' || window.status === 'verifying').length;
  return [
    `${toOneLine(summary.page.name)}: ${toOneLine(summary.status.description)}`,
    `${summary.components.length} components; unresolved incidents: ${open}; maintenance in progress: ${running}.`,
    'Each line: the id to write as component: in content/upstreams.yaml, then name and status.',
    ...groups.flatMap((group) => [
      '',
      `${toOneLine(group.name)} (group ${toOneLine(group.id)}, ${words(group)})`,
      ...rows(summary.components.filter((row) => !row.group && row.group_id === group.id)),
    ]),
    ...(ungrouped.length > 0 ? ['', groups.length > 0 ? 'Not in a group' : 'Components', ...rows(ungrouped)] : []),
  ];
}

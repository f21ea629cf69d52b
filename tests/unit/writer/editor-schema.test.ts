import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadComponents } from '../../../src/lib/content/check';
import { EDITOR_SCHEMA_FILES, editorSchemas } from '../../../src/lib/writer/editor-schema';
import { COMPONENT_IDS } from '../../support/fixtures';

describe('editor JSON Schemas', () => {
  it('are committed as generated from the zod schemas and content/components.yaml (npm run content:schema)', async () => {
    const components = await loadComponents(process.cwd());
    const ids = components.data?.groups.flatMap((group) => group.components.map((component) => component.id)) ?? [];
    for (const [path, schema] of Object.entries(editorSchemas(ids))) {
      expect(JSON.parse(await readFile(path, 'utf8')), `${path} is stale: run npm run content:schema`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('offer the component ids as an enum and describe timestamps by pattern', () => {
    const incident = editorSchemas(COMPONENT_IDS)[EDITOR_SCHEMA_FILES.incident] as {
      properties: { components: { items: { properties: { id: { enum: string[] } } } }; updates: { items: { properties: { at: { pattern: string } } } } };
      required: string[];
      additionalProperties: boolean;
    };
    expect(incident.properties.components.items.properties.id.enum).toEqual(COMPONENT_IDS);
    const pattern = new RegExp(incident.properties.updates.items.properties.at.pattern);
    expect(pattern.test('2026-11-28T13:05:00+07:00')).toBe(true);
    expect(pattern.test('2026-11-28T13:05:00')).toBe(false);
    expect(incident.required).toEqual(['title', 'impact', 'updates']);
    expect(incident.additionalProperties).toBe(false);
    const maintenance = editorSchemas(COMPONENT_IDS)[EDITOR_SCHEMA_FILES.maintenance] as { properties: { components: { items: { enum: string[] } } } };
    expect(maintenance.properties.components.items.enum).toEqual(COMPONENT_IDS);
  });

  it('describe content/site.yaml: its fields, which are required, and no others', () => {
    const site = editorSchemas(COMPONENT_IDS)[EDITOR_SCHEMA_FILES.site] as {
      properties: Record<string, { description?: string; pattern?: string }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(site.properties)).toEqual(['name', 'description', 'url', 'homepage', 'logo', 'contact', 'timeZone', 'timeOrder', 'languages', 'mailingList', 'metrics']);
    expect(site.required).toEqual(['name', 'description', 'url', 'contact']);
    expect(site.additionalProperties).toBe(false);
    expect(new RegExp(site.properties.contact!.pattern!).test('mailto:support@kabar.example')).toBe(true);
    expect(site.properties.timeZone!.description).toContain('Asia/Jakarta');
  });

  it('describe content/upstreams.yaml, offering our component ids where one of ours is named', () => {
    const upstreams = editorSchemas(COMPONENT_IDS)[EDITOR_SCHEMA_FILES.upstreams] as {
      properties: { pages: { items: { required: string[] } }; components: { items: { properties: { id: { enum: string[] }; upstream: { items: { properties: Record<string, unknown> } } } } } };
    };
    expect(upstreams.properties.pages.items.required).toEqual(['id', 'name', 'url']);
    expect(upstreams.properties.components.items.properties.id.enum).toEqual(COMPONENT_IDS);
    expect(Object.keys(upstreams.properties.components.items.properties.upstream.items.properties)).toEqual(['page', 'component', 'follow']);
  });
});

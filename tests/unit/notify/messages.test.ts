import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { discordMessage, escapeMarkdown, escapeSlack, slackMessage, teamsMessage } from '../../../src/lib/notify/chat';
import { emailMessage } from '../../../src/lib/notify/email';
import { eventsOf } from '../../../src/lib/status/events';
import { messageFacts } from '../../../src/lib/notify/message';
import { signature, webhookPayload } from '../../../src/lib/notify/webhook';
import type { IncidentInput, MaintenanceInput } from '../../../src/lib/content/types';
import { testModel } from '../../support/model';
import { dictionary } from '../../../src/lib/i18n/dictionary';

const EN = dictionary('en');

const HOSTILE = 'Fix <!channel> & <script>alert(1)</script> [click](https://evil.example) @everyone **bold**';

const incident: IncidentInput = {
  slug: '2026-11-27-delays',
  title: 'Delays <b>& more</b>',
  impact: 'major',
  components: [{ id: 'sms-smartfren', status: 'partial_outage' }, { id: 'verify-api', status: 'degraded_performance' }],
  updates: [
    { at: new Date('2026-11-27T01:00:00Z'), status: 'investigating', message: 'Looking *now*.' },
    { at: new Date('2026-11-27T02:00:00Z'), status: 'identified', message: HOSTILE },
  ],
};
const maintenance: MaintenanceInput = {
  slug: '2026-12-01-migration',
  title: 'Migration',
  components: ['sms-telkomsel'],
  window: { start: new Date('2026-12-01T00:00:00Z'), end: new Date('2026-12-01T02:00:00Z') },
  updates: [],
};
const site = { name: 'Kabar Cloud', url: 'https://owner.github.io/statuswire/' };
const model = testModel([incident], [maintenance]);
const events = eventsOf(model);
const update = events.find((event) => event.id === '2026-11-27-delays-update-2')!;
const facts = messageFacts(update, model, site, EN);

describe('message facts', () => {
  it('carry title, status, impact, component names, plain text and the incident URL under the site path', () => {
    expect(facts).toMatchObject({
      heading: 'Incident updated: Delays <b>& more</b>',
      status: 'Identified',
      impact: 'Major',
      components: ['Smartfren', 'Verify API'],
      url: 'https://owner.github.io/statuswire/incidents/2026-11-27-delays/',
    });
    expect(facts.text).not.toContain('**');
    const scheduled = messageFacts(events.find((event) => event.kind === 'maintenance.scheduled')!, model, site, EN);
    expect(scheduled).toMatchObject({ impact: 'Maintenance', window: '1 Dec 2026, 00:00 UTC to 1 Dec 2026, 02:00 UTC', url: 'https://owner.github.io/statuswire/maintenance/2026-12-01-migration/' });
  });

  it("come in the words they are given: the site's first language", () => {
    const indonesian = messageFacts(events.find((event) => event.kind === 'maintenance.scheduled')!, model, site, dictionary('id'));
    expect(indonesian).toMatchObject({ heading: 'Pemeliharaan dijadwalkan: Migration', status: 'Terjadwal', impact: 'Pemeliharaan', linkLabel: 'Lihat pemeliharaan' });
    expect(indonesian.factLines.map(({ name, value }) => `${name}: ${value}`)).toEqual([
      'Status: Terjadwal',
      'Dampak: Pemeliharaan',
      'Terdampak: Telkomsel',
      'Jadwal: 1 Des 2026 pukul 00.00 UTC hingga 1 Des 2026 pukul 02.00 UTC',
    ]);
    expect(emailMessage(indonesian).text).toContain('Jadwal: 1 Des 2026 pukul 00.00 UTC');
  });
});

describe('chat messages', () => {
  it('Slack: writer text cannot mention, link or format', () => {
    expect(escapeSlack('<!channel> & <https://x|y>')).toBe('&lt;!channel&gt; &amp; &lt;https://x|y&gt;');
    const text = JSON.stringify(slackMessage(facts));
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<script>');
    expect(text).toContain('<https://owner.github.io/statuswire/incidents/2026-11-27-delays/|View incident>');
    expect(text).toContain('*Affected:* Smartfren, Verify API');
  });

  it('Discord: an embed with the link, and no mention may ping', () => {
    const message = discordMessage(facts) as { allowed_mentions: unknown; embeds: { title: string; url: string; description: string; fields: { name: string; value: string }[] }[] };
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const [embed] = message.embeds;
    expect(embed?.url).toBe(facts.url);
    expect(embed?.description).toContain('\\<script>');
    expect(embed?.description).not.toContain('evil.example');
    expect(embed?.description).not.toContain('@everyone');
    expect(embed?.fields.map((field) => field.name)).toEqual(['Status', 'Impact', 'Affected']);
  });

  it('Teams: an Adaptive Card in the Workflows envelope, with an open-URL action', () => {
    const message = teamsMessage(facts) as { type: string; attachments: { contentType: string; content: { type: string; version: string; actions: { url: string }[] } }[] };
    expect(message.type).toBe('message');
    expect(message.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(message.attachments[0]?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4', actions: [{ type: 'Action.OpenUrl', url: facts.url }] });
  });

  it('escapes Markdown that could format, link or list', () => {
    expect(escapeMarkdown('# a *b* [c](d) `e`\n- f\n1. g')).toBe('\\# a \\*b\\* \\[c\\](d) \\`e\\`\n\\- f\n1\\. g');
  });
});

describe('webhook', () => {
  it('follows Statuspage\'s incident webhook: meta, page, incident with its updates and components', () => {
    const payload = webhookPayload(facts, model, site) as {
      meta: Record<string, string>;
      page: Record<string, string>;
      incident: { id: string; name: string; status: string; impact: string; shortlink: string; incident_updates: { id: string }[]; components: { id: string }[] };
      statuswire: Record<string, string>;
    };
    expect(Object.keys(payload.meta)).toEqual(['unsubscribe', 'documentation', 'generated_at']);
    expect(payload.page).toEqual({ id: 'owner.github.io', status_indicator: 'major', status_description: expect.any(String) });
    expect(payload.incident).toMatchObject({ id: '2026-11-27-delays', status: 'identified', impact: 'major', shortlink: facts.url });
    expect(payload.incident.incident_updates.map((item) => item.id)).toEqual(['2026-11-27-delays-update-2', '2026-11-27-delays-update-1']);
    expect(payload.incident.components.map((item) => item.id)).toEqual(['sms-smartfren', 'verify-api']);
    expect(payload.statuswire).toEqual({ event_id: '2026-11-27-delays-update-2', event_kind: 'incident.updated' });
  });

  it('signs the body with HMAC-SHA256 as sha256=<hex>', () => {
    const body = '{"a":1}';
    expect(signature(body, 'k')).toBe(`sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`);
  });
});

describe('e-mail', () => {
  it('says the same in text and escaped HTML, with a one-line subject', () => {
    const mail = emailMessage(facts);
    expect(mail.subject).toBe('[Kabar Cloud] Incident updated: Delays <b>& more</b>');
    expect(mail.text).toContain('Status: Identified');
    expect(mail.text).toContain(facts.url);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>&');
    expect(mail.html).toContain('&lt;b&gt;&amp; more&lt;/b&gt;');
    expect(mail.html).not.toMatch(/style=/);
  });
});

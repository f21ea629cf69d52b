/**
 * npm run notify against receivers on 127.0.0.1 for every target kind: an HTTP server
 * for Slack, Discord, Teams and the webhooks, an SMTP server (smtp-server) for e-mail.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../support/site-copy';

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const SECRET = 'webhook-shared-secret-7f3a';
const SMTP_PASSWORD = 'smtp-password-91c2';
/** The secret part of each URL: never to be printed. */
const token = (name: string) => `T0SECRET/${name}-b9d1e0`;

const TARGETS = `targets:
  - { id: ops-slack, kind: slack, urlEnv: SLACK_URL }
  - { id: telkomsel-discord, kind: discord, urlEnv: DISCORD_URL, components: [sms-telkomsel] }
  - { id: ops-teams, kind: teams, urlEnv: TEAMS_URL, events: [incident.opened, incident.updated, incident.resolved] }
  - { id: partners, kind: webhook, urlEnv: HOOK_URL, secretEnv: HOOK_SECRET }
  - { id: flaky, kind: webhook, urlEnv: FLAKY_URL, secretEnv: HOOK_SECRET }
  - { id: down, kind: slack, urlEnv: DOWN_URL }
  - { id: announce, kind: email, host: 127.0.0.1, port: SMTP_PORT, userEnv: SMTP_USER, passEnv: SMTP_PASS, from: status@kabar.example, to: [announce@lists.kabar.example] }
`;

const incident = (slug: string, component: string, updates: string[]) => `---
title: Test incident ${slug} <script>alert(1)</script>
impact: major
components:
  - id: ${component}
    status: partial_outage
updates:
${updates.map((message, index) => `  - at: 2026-11-28T0${index + 1}:00:00Z\n    status: ${index === 0 ? 'investigating' : 'identified'}\n    message: "${message}"`).join('\n')}
---
`;

describe('npm run notify', { timeout: 60_000 }, () => {
  let site: SiteCopy;
  let http: Server;
  let smtp: SMTPServer;
  let env: Record<string, string>;
  const requests: Received[] = [];
  const mails: ParsedMail[] = [];
  const output: string[] = [];
  /** Answers for the flaky and down receivers, taken one per request. */
  const flakyAnswers: number[] = [];
  let downStatus = 404;
  const record = () => join(site.root, 'notify-record.json');

  const notify = async (...args: string[]) => {
    const result = await site.command('notify', ['--record', record(), ...args], { env });
    output.push(result.output);
    return result;
  };
  const to = (name: string) => requests.filter((request) => request.path.includes(`/${name}-`));
  const counts = () => ({
    slack: to('slack').length,
    discord: to('discord').length,
    teams: to('teams').length,
    hook: to('hook').length,
    flaky: to('flaky').filter((request) => request.headers.ok === '1').length,
    down: to('down').filter((request) => request.headers.ok === '1').length,
    mail: mails.length,
  });
  const writeIncident = (slug: string, component: string, updates: string[]) =>
    writeFile(join(site.root, 'content/incidents', `${slug}.mdx`), incident(slug, component, updates));

  beforeAll(async () => {
    site = await copySite();
    http = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        let status = 200;
        if (path.includes('/flaky-')) status = flakyAnswers.shift() ?? 200;
        if (path.includes('/down-')) status = downStatus;
        // Marked as delivered only when answered 2xx, so a count is what a receiver accepted.
        requests.push({ path, headers: { ...request.headers, ok: status < 300 ? '1' : '0' }, body: Buffer.concat(chunks).toString('utf8') });
        // Retry-After keeps the test quick; the pauses themselves are tested in tests/unit/notify.
        response.writeHead(status, status === 429 || status === 503 ? { 'retry-after': '0' } : {}).end();
      });
    });
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) =>
        auth.username === 'status' && auth.password === SMTP_PASSWORD ? callback(null, { user: 'status' }) : callback(new Error('bad login')),
      onData: (stream, _session, callback) => {
        simpleParser(stream).then((mail) => {
          mails.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/services`;
    env = {
      SLACK_URL: `${base}/${token('slack')}`,
      DISCORD_URL: `${base}/${token('discord')}`,
      TEAMS_URL: `${base}/${token('teams')}`,
      HOOK_URL: `${base}/${token('hook')}?key=${token('query')}`,
      FLAKY_URL: `${base}/${token('flaky')}`,
      DOWN_URL: `${base}/${token('down')}`,
      HOOK_SECRET: SECRET,
      SMTP_USER: 'status',
      SMTP_PASS: SMTP_PASSWORD,
    };
    await writeFile(join(site.root, 'content/notifications.yaml'), TARGETS.replace('SMTP_PORT', String(smtpPort)));
  }, 60_000);

  afterAll(async () => {
    http.close();
    await new Promise<void>((done) => smtp.close(done));
    await site.remove();
  });

  it('takes a baseline on its first run and sends nothing from the history', async () => {
    const result = await notify();
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('ops-slack: first seen;');
    expect(requests).toEqual([]);
    expect(mails).toEqual([]);
    const kept = JSON.parse(await readFile(record(), 'utf8')) as { targets: Record<string, string[]> };
    expect(kept.targets['ops-slack']).toContain('2026-11-25-xl-axiata-delivery-receipts-delayed-update-1');
  });

  it('prints what a dry run would send to whom, and sends and records nothing', async () => {
    await writeIncident('2026-11-28-smartfren-test', 'sms-smartfren', ['Looking into it.']);
    const before = await readFile(record(), 'utf8');
    const result = await notify('--dry-run');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('would send 2026-11-28-smartfren-test-update-1 (incident.opened) to ops-slack (slack 127.0.0.1)');
    expect(result.output).toContain('Subject: [Kabar Cloud] Incident opened: Test incident');
    expect(result.output).toContain('X-StatusWire-Signature: sha256=<HMAC of the body with HOOK_SECRET>');
    expect(result.output).not.toContain('telkomsel-discord');
    expect(requests).toEqual([]);
    expect(await readFile(record(), 'utf8')).toBe(before);
  });

  it('sends one new update once to each matching target, retrying a target that fails twice', async () => {
    flakyAnswers.push(429, 503);
    const result = await notify();
    // The target that is down fails the run, and only it.
    expect(result.code, result.output).toBe(1);
    expect(counts()).toEqual({ slack: 1, discord: 0, teams: 1, hook: 1, flaky: 1, down: 0, mail: 1 });
    expect(to('flaky')).toHaveLength(3);
    expect(result.output).toMatch(/down \(slack 127\.0\.0\.1\): 2026-11-28-smartfren-test-update-1 failed after 1 attempt\(s\): HTTP 404; it and the 0 after it are kept for the next run/);

    const [hook] = to('hook');
    const expected = `sha256=${createHmac('sha256', SECRET).update(hook!.body).digest('hex')}`;
    expect(hook!.headers['x-statuswire-signature']).toBe(expected);
    const payload = JSON.parse(hook!.body) as { meta: object; page: { id: string }; incident: { id: string; shortlink: string; incident_updates: unknown[] }; statuswire: { event_id: string } };
    expect(payload.page.id).toBe('status.kabar.example');
    expect(payload.incident).toMatchObject({ id: '2026-11-28-smartfren-test', shortlink: 'https://status.kabar.example/incidents/2026-11-28-smartfren-test/' });
    expect(payload.statuswire.event_id).toBe('2026-11-28-smartfren-test-update-1');

    const [mail] = mails;
    expect(mail?.subject).toBe('[Kabar Cloud] Incident opened: Test incident 2026-11-28-smartfren-test <script>alert(1)</script>');
    expect(mail?.text).toContain('Affected: Smartfren');
    expect(mail?.html).not.toContain('<script>');
    expect(mail?.to).toMatchObject({ text: 'announce@lists.kabar.example' });
  });

  it('sends nothing on a re-run but what failed, once its target recovers', async () => {
    const first = await notify();
    expect(first.code).toBe(1);
    expect(counts()).toEqual({ slack: 1, discord: 0, teams: 1, hook: 1, flaky: 1, down: 0, mail: 1 });
    downStatus = 200;
    const second = await notify();
    expect(second.code, second.output).toBe(0);
    expect(counts()).toEqual({ slack: 1, discord: 0, teams: 1, hook: 1, flaky: 1, down: 1, mail: 1 });
    await notify();
    expect(counts()).toEqual({ slack: 1, discord: 0, teams: 1, hook: 1, flaky: 1, down: 1, mail: 1 });
  });

  it('gives a target filtered by component only the events of its components', async () => {
    await writeIncident('2026-11-28-telkomsel-test', 'sms-telkomsel', ['Looking at Telkomsel.']);
    await writeIncident('2026-11-28-smartfren-test', 'sms-smartfren', ['Looking into it.', 'Found it.']);
    const result = await notify();
    expect(result.code, result.output).toBe(0);
    expect(counts()).toEqual({ slack: 3, discord: 1, teams: 3, hook: 3, flaky: 3, down: 3, mail: 3 });
    const [discord] = to('discord');
    expect(JSON.parse(discord!.body)).toMatchObject({ allowed_mentions: { parse: [] }, embeds: [{ url: 'https://status.kabar.example/incidents/2026-11-28-telkomsel-test/' }] });
  });

  it('after losing its record, takes a new baseline instead of resending history', async () => {
    await rm(record());
    await writeIncident('2026-11-28-telkomsel-test', 'sms-telkomsel', ['Looking at Telkomsel.', 'Fixed the route.']);
    const before = requests.length;
    const result = await notify();
    expect(result.code, result.output).toBe(0);
    expect(requests.length).toBe(before);
    expect(result.output).toContain('telkomsel-discord: first seen;');
  });

  it('never prints a webhook URL\'s secret part, the signing secret or a password', () => {
    const printed = output.join('\n');
    expect(printed.length).toBeGreaterThan(0);
    for (const secret of ['T0SECRET', SECRET, SMTP_PASSWORD, '/services/']) expect(printed).not.toContain(secret);
  });
});

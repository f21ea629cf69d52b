/**
 * One notify run: what each target has not been sent yet, claimed in the record before
 * anything is sent, then sent with retries; what failed is released for the next run.
 *
 * - A target the record does not know (the first run, a new target, a lost record) takes
 *   the current events as its baseline and is sent nothing, so history is never replayed.
 * - The claim is written before sending and refused if another run changed the record
 *   since it was read, so no event goes twice to a target, even across overlapping runs.
 *   A run that dies between claim and release loses those sends rather than repeat them.
 * - Targets are sent to side by side; a failing one holds up no other.
 */
import { discordMessage, slackMessage, teamsMessage } from './chat.ts';
import { emailMessage } from './email.ts';
import { eventsOf, type StatusEvent } from '../status/events.ts';
import { DEFAULT_RETRY, postJson, targetLabel, withRetries, type Attempt, type RetryOptions } from './http.ts';
import { messageFacts, type NotifySite } from './message.ts';
import { recordText, type NotifyRecord, type RecordStore } from './record.ts';
import { sendEmail, smtpHost, smtpServer } from './smtp.ts';
import type { Target } from './targets.ts';
import { SIGNATURE_HEADER, signature, webhookPayload } from './webhook.ts';
import type { StatusModel } from '../status/model.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

type Env = Record<string, string | undefined>;

export interface NotifyOptions {
  model: StatusModel;
  site: NotifySite;
  /** The site's default language: one message per event, in the language of the site's root. */
  words: Dictionary;
  targets: readonly Target[];
  env: Env;
  store: RecordStore;
  dryRun?: boolean;
  retry?: RetryOptions;
  log: (line: string) => void;
}

export interface NotifySummary {
  baseline: string[];
  sent: { target: string; event: string }[];
  failed: { target: string; event: string; reason: string }[];
}

export function matches(target: Target, event: StatusEvent): boolean {
  if (target.events && !target.events.includes(event.kind)) return false;
  if (target.components && !event.components.some((id) => target.components!.includes(id))) return false;
  return true;
}

/** What would go out: the body or mail, without the URL or secret that carry it. */
interface Rendered {
  label: string;
  preview: string;
  send: () => Promise<Attempt>;
}

function render(target: Target, event: StatusEvent, options: NotifyOptions, timeoutMs: number): Rendered {
  const facts = messageFacts(event, options.model, options.site, options.words);
  if (target.kind === 'email') {
    const server = smtpServer(target, options.env);
    const mail = emailMessage(facts);
    const missing = !server ? [target.urlEnv, target.userEnv, target.passEnv].filter((name) => name && !options.env[name]).join(', ') : '';
    return {
      label: server ? `email ${smtpHost(server) ?? '(no valid URL)'}` : `email (${missing} not set)`,
      preview: `From: ${target.from}\nTo: ${target.to.join(', ')}\nSubject: ${mail.subject}\n\n${mail.text}`,
      send: async () => (server ? sendEmail(target, server, mail, timeoutMs) : { ok: false, retry: false, reason: `${missing} not set` }),
    };
  }
  const url = options.env[target.urlEnv];
  const secret = target.kind === 'webhook' ? options.env[target.secretEnv] : undefined;
  const payload =
    target.kind === 'slack' ? slackMessage(facts)
    : target.kind === 'discord' ? discordMessage(facts)
    : target.kind === 'teams' ? teamsMessage(facts)
    : webhookPayload(facts, options.model, options.site);
  const body = JSON.stringify(payload);
  const unset = [!url && target.urlEnv, target.kind === 'webhook' && !secret && target.secretEnv].filter(Boolean).join(', ');
  return {
    label: url ? targetLabel(target.kind, url) : `${target.kind} (${target.urlEnv} not set)`,
    preview: `${target.kind === 'webhook' ? `${SIGNATURE_HEADER}: sha256=<HMAC of the body with ${target.secretEnv}>\n` : ''}${JSON.stringify(payload, null, 2)}`,
    send: async () => {
      if (unset || !url) return { ok: false, retry: false, reason: `${unset} not set` };
      return postJson(url, body, secret ? { [SIGNATURE_HEADER]: signature(body, secret) } : {}, timeoutMs);
    },
  };
}

export async function runNotify(options: NotifyOptions): Promise<NotifySummary> {
  const { store, log } = options;
  const retry = options.retry ?? DEFAULT_RETRY;
  const events = eventsOf(options.model);
  const current = new Set(events.map((event) => event.id));
  const read = await store.read();
  if (read.problem) log(`notify: ${read.problem} (${store.describe}); every target takes a new baseline`);
  const previous = read.record;

  const summary: NotifySummary = { baseline: [], sent: [], failed: [] };
  const next: NotifyRecord = { version: 1, targets: {} };
  const pending: { target: Target; events: StatusEvent[] }[] = [];
  for (const target of options.targets) {
    const matching = events.filter((event) => matches(target, event));
    const done = previous?.targets[target.id];
    if (done === undefined) {
      summary.baseline.push(target.id);
      next.targets[target.id] = matching.map((event) => event.id);
      continue;
    }
    const given = new Set(done);
    const due = matching.filter((event) => !given.has(event.id));
    // Ids of events no longer in the model are dropped, so the record stays the model's size.
    next.targets[target.id] = [...done.filter((id) => current.has(id)), ...due.map((event) => event.id)];
    if (due.length > 0) pending.push({ target, events: due });
  }

  for (const id of summary.baseline) log(`notify: ${id}: first seen; ${next.targets[id]!.length} current events recorded as its baseline, none sent`);
  if (options.dryRun) {
    for (const { target, events: due } of pending) {
      for (const event of due) {
        const rendered = render(target, event, options, retry.timeoutMs);
        log(`would send ${event.id} (${event.kind}) to ${target.id} (${rendered.label}):\n${rendered.preview}\n`);
      }
    }
    if (pending.length === 0) log('notify: nothing to send');
    return summary;
  }

  // Written only when it changed: on the git branch, each write is a commit.
  if (!previous || recordText(previous) !== recordText(next)) {
    await store.write(next, pending.length > 0 ? `Claim ${pending.reduce((n, item) => n + item.events.length, 0)} notification(s)` : 'Record the baseline');
  }
  if (pending.length === 0) {
    log('notify: nothing to send');
    return summary;
  }

  await Promise.all(
    pending.map(async ({ target, events: due }) => {
      // In order; once a target has failed, its later events wait for the next run too.
      let failing: string | null = null;
      for (const event of due) {
        if (failing) {
          summary.failed.push({ target: target.id, event: event.id, reason: failing });
          continue;
        }
        const rendered = render(target, event, options, retry.timeoutMs);
        const outcome = await withRetries(rendered.send, retry);
        if (outcome.ok) {
          summary.sent.push({ target: target.id, event: event.id });
          log(`notify: ${target.id} (${rendered.label}): sent ${event.id}`);
        } else {
          failing = `not tried: ${target.id} is failing`;
          summary.failed.push({ target: target.id, event: event.id, reason: outcome.reason });
          log(`notify: ${target.id} (${rendered.label}): ${event.id} failed after ${outcome.attempts} attempt(s): ${outcome.reason}; it and the ${due.length - due.indexOf(event) - 1} after it are kept for the next run`);
        }
      }
    }),
  );

  if (summary.failed.length > 0) {
    const released = new Set(summary.failed.map((failure) => `${failure.target}\n${failure.event}`));
    for (const [id, done] of Object.entries(next.targets)) next.targets[id] = done.filter((event) => !released.has(`${id}\n${event}`));
    await store.write(next, `Release ${summary.failed.length} failed notification(s) for the next run`);
  }
  return summary;
}

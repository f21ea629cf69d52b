/**
 * The generic webhook: Statuspage's incident webhook body, so consumers written for
 * Statuspage work unchanged, signed with HMAC-SHA256 over the exact bytes sent.
 */
import { createHmac } from 'node:crypto';
import { statuspageEntry } from '../outputs/api/statuspage.ts';
import { DEFAULT_LANGUAGE_PATHS, subscribePath, siteUrlOf } from '../outputs/urls.ts';
import type { StatusModel } from '../status/model.ts';
import type { MessageFacts, NotifySite } from './message.ts';

export const SIGNATURE_HEADER = 'X-StatusWire-Signature';

/**
 * `meta`, `page` and `incident` as Statuspage sends them (a maintenance is an incident
 * with `scheduled_for`), plus `statuswire`, which names the event so a receiver can
 * drop one it has already seen.
 */
export function webhookPayload(facts: MessageFacts, model: StatusModel, site: NotifySite): Record<string, unknown> {
  const { page, status, entry } = statuspageEntry(model, site, facts.event.subject, facts.event.slug);
  const subscribe = siteUrlOf(subscribePath(DEFAULT_LANGUAGE_PATHS), site.url);
  return {
    meta: { unsubscribe: subscribe, documentation: subscribe, generated_at: model.generatedAt.toISOString() },
    page: { id: page.id, status_indicator: status.indicator, status_description: status.description },
    // The API's link is made for Astro's base; this run has the site's own.
    incident: entry ? { ...entry, shortlink: facts.url } : null,
    statuswire: { event_id: facts.event.id, event_kind: facts.event.kind },
  };
}

/** `sha256=<hex>`: HMAC-SHA256 of the body with the shared secret, as GitHub signs its webhooks. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * `content/notifications.yaml`: where notifications go. Absent means none. Each target
 * names the environment variable that holds its webhook URL, secret or SMTP credentials,
 * never the value, so nothing secret lives in the repository.
 */
import { z } from 'astro/zod';
import { withFix } from '../content/fix.ts';
import { EVENT_KINDS } from '../status/events.ts';

export const NOTIFICATIONS_FILE = 'content/notifications.yaml';

/** A handful of channels is usual; 20 bounds a run's requests without limiting a real page. */
const MAX_TARGETS = 20;
const MAX_RECIPIENTS = 50;

const targetId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, withFix('is not a valid target id', 'use up to 40 lowercase letters, digits and hyphens, like ops-slack'))
  .meta({ description: 'Names the target in logs and in the record of what was sent: do not rename it, or it counts as a new target' });

const envName = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]{0,99}$/, withFix('is not an environment variable name', 'write the NAME of the variable that holds the value, like SLACK_WEBHOOK_URL, never the value itself'))
  .meta({ description: 'Name of the environment variable (a repository secret) holding the value' });

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const address = z
  .string()
  .max(254)
  .regex(EMAIL, withFix('is not an e-mail address', 'write it like status@example.com'));

const filters = {
  components: z
    .array(z.string().max(100))
    .min(1, withFix('is empty', 'list at least one component id, or leave the field out for every component'))
    .optional()
    .meta({ description: 'Only events touching these component ids; leave out for all' }),
  events: z
    .array(z.enum(EVENT_KINDS))
    .min(1, withFix('is empty', 'list at least one event kind, or leave the field out for all'))
    .optional()
    .meta({ description: 'Only these event kinds; leave out for all' }),
};

const webhookKind = <K extends string>(kind: K, description: string) =>
  z.strictObject({ id: targetId, kind: z.literal(kind), urlEnv: envName.meta({ description }), ...filters });

const emailTarget = z
  .strictObject({
    id: targetId,
    kind: z.literal('email'),
    urlEnv: envName.optional().meta({ description: 'Variable holding an smtp:// or smtps:// URL with credentials; or give host, port, userEnv and passEnv' }),
    host: z.string().regex(/^[A-Za-z0-9.-]{1,253}$/, withFix('is not a host name', 'write the SMTP server name, like smtp.example.com')).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    userEnv: envName.optional(),
    passEnv: envName.optional(),
    from: address.meta({ description: 'Sender address, like status@example.com' }),
    to: z.array(address).min(1, withFix('is empty', 'list at least one address')).max(MAX_RECIPIENTS, withFix(`has more than ${MAX_RECIPIENTS} addresses`, 'send to a mailing list that manages its subscribers')),
    ...filters,
  })
  .refine((target) => (target.urlEnv === undefined) !== (target.host === undefined), {
    path: ['host'],
    message: withFix('give either urlEnv or host', 'set urlEnv to the variable holding an smtp(s):// URL, or set host (with port, userEnv, passEnv)'),
  });

export const targetSchema = z.discriminatedUnion('kind', [
  webhookKind('slack', 'Variable holding the Slack incoming-webhook URL'),
  webhookKind('discord', 'Variable holding the Discord channel webhook URL'),
  webhookKind('teams', 'Variable holding the Teams Workflows webhook URL'),
  webhookKind('webhook', 'Variable holding the receiver URL').extend({
    secretEnv: envName.meta({ description: 'Variable holding the shared secret that signs each body (HMAC-SHA256)' }),
  }),
  emailTarget,
]);

export const notificationsFileSchema = z
  .strictObject({
    targets: z.array(targetSchema).max(MAX_TARGETS, withFix(`has more than ${MAX_TARGETS} targets`, 'send to fewer channels, such as one mailing list')).default([]),
  })
  .superRefine((file, ctx) => {
    file.targets.forEach((target, index) => {
      if (file.targets.findIndex((other) => other.id === target.id) !== index) {
        ctx.addIssue({ code: 'custom', path: ['targets', index, 'id'], message: withFix(`target id "${target.id}" is used twice`, 'give every target its own id') });
      }
    });
  });

export type NotificationsFile = z.output<typeof notificationsFileSchema>;
export type Target = z.output<typeof targetSchema>;
export type TargetKind = Target['kind'];

/** The component ids each target's filter names, with where, for the content check. */
export function componentReferences(file: NotificationsFile): { component: string; path: PropertyKey[] }[] {
  return file.targets.flatMap((target, index) =>
    (target.components ?? []).map((component, position) => ({ component, path: ['targets', index, 'components', position] })),
  );
}

/** Every environment variable name the targets refer to. */
export function envNames(targets: readonly Target[]): string[] {
  const names = targets.flatMap((target) => [
    target.urlEnv,
    target.kind === 'webhook' ? target.secretEnv : undefined,
    target.kind === 'email' ? target.userEnv : undefined,
    target.kind === 'email' ? target.passEnv : undefined,
  ]);
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}

/**
 * The values of the names the targets give, and only those, from the environment: the
 * deploy workflow maps each secret into the Notify step by name, so the run never holds
 * a secret no target asked for.
 */
export function targetEnvironment(targets: readonly Target[], env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(envNames(targets).map((name) => [name, env[name] || undefined]));
}

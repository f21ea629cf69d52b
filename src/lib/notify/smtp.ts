/**
 * E-mail over SMTP with nodemailer. The server and its credentials come from the
 * environment variables the target names; a temporary refusal (4xx) or a lost
 * connection is tried again like a webhook, a permanent one (5xx) is final.
 */
import { createTransport } from 'nodemailer';
import type { Target } from './targets.ts';
import type { Attempt } from './http.ts';
import type { EmailMessage } from './email.ts';

type EmailTarget = Extract<Target, { kind: 'email' }>;
type Env = Record<string, string | undefined>;

/** The server's URL or host, from the target and the environment; null when a variable is unset. */
export function smtpServer(target: EmailTarget, env: Env): { url: string } | { host: string; port: number; user?: string; pass?: string } | null {
  if (target.urlEnv) {
    const url = env[target.urlEnv];
    return url ? { url } : null;
  }
  const user = target.userEnv ? env[target.userEnv] : undefined;
  const pass = target.passEnv ? env[target.passEnv] : undefined;
  if ((target.userEnv && !user) || (target.passEnv && !pass)) return null;
  return { host: target.host ?? '', port: target.port ?? 587, ...(user ? { user } : {}), ...(pass ? { pass } : {}) };
}

export function smtpHost(server: ReturnType<typeof smtpServer>): string | undefined {
  if (!server) return undefined;
  if ('url' in server) return URL.canParse(server.url) ? new URL(server.url).hostname : undefined;
  return server.host;
}

export async function sendEmail(target: EmailTarget, server: NonNullable<ReturnType<typeof smtpServer>>, message: EmailMessage, timeoutMs: number): Promise<Attempt> {
  const limits = { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs };
  const transport =
    'url' in server
      ? createTransport({ url: server.url, ...limits })
      : createTransport({
          host: server.host,
          port: server.port,
          secure: server.port === 465,
          ...(server.user ? { auth: { user: server.user, pass: server.pass ?? '' } } : {}),
          ...limits,
        });
  try {
    await transport.sendMail({ from: target.from, to: target.to, subject: message.subject, text: message.text, html: message.html });
    return { ok: true };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    if (code !== undefined) return { ok: false, retry: code < 500, reason: `SMTP ${code}` };
    return { ok: false, retry: true, reason: `could not deliver (${String((error as { code?: string }).code ?? 'connection')})` };
  } finally {
    transport.close();
  }
}

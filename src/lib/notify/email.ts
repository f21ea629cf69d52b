/**
 * The e-mail: a subject, plain text and the same in simple HTML. Every value is escaped
 * in the HTML and no style attribute or remote image is used, so writer text stays text
 * and the mail renders in any client.
 */
import { escapeXml } from '../outputs/xml.ts';
import type { MessageFacts } from './message.ts';

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

export function emailMessage(message: MessageFacts): EmailMessage {
  const lines = message.factLines.map(({ name, value }): [string, string] => [name, value]);
  const text = [
    message.heading,
    '',
    ...lines.map(([name, value]) => `${name}: ${value}`),
    ...(message.text ? ['', message.text] : []),
    '',
    message.url,
    '',
    `-- ${message.siteName}`,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html><body>',
    `<h1>${escapeXml(message.heading)}</h1>`,
    `<table>${lines.map(([name, value]) => `<tr><th align="left">${escapeXml(name)}</th><td>${escapeXml(value)}</td></tr>`).join('')}</table>`,
    ...(message.text ? [`<p>${escapeXml(message.text)}</p>`] : []),
    `<p><a href="${escapeXml(message.url)}">${escapeXml(message.url)}</a></p>`,
    `<p>${escapeXml(message.siteName)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `[${message.siteName}] ${message.heading}`.replace(/[\r\n]+/g, ' '), text, html };
}

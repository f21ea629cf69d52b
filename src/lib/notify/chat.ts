/**
 * Chat messages: Slack (Block Kit), Discord (an embed) and Microsoft Teams (an Adaptive
 * Card in the Workflows webhook envelope). Writer text is plain text in each, escaped for
 * the app's own markup, so it can neither format, link nor mention anyone.
 */
import { clip, type MessageFacts } from './message.ts';

/** Slack reads `&`, `<` and `>` as control characters (`<!channel>`, `<url|text>`). */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Discord's and Teams' Markdown: every character that could format or make a link is
 * backslashed, heading, quote and list marks at a line's start too; `@` gets a zero-width
 * space so no text reads as a mention.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~|[\]<]/g, '\\$&')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.')
    .replace(/@/g, '@\u200b');
}

export function slackMessage(facts: MessageFacts): Record<string, unknown> {
  const lines = facts.factLines.map(({ name, value }) => `*${escapeSlack(name)}:* ${escapeSlack(value)}`);
  return {
    text: escapeSlack(`${facts.heading} (${facts.siteName})`),
    blocks: [
      // A header block takes plain text only, at most 150 characters.
      { type: 'header', text: { type: 'plain_text', text: clip(facts.heading, 150), emoji: false } },
      { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
      // verbatim: no channel name or URL in the writer's text turns into a link.
      ...(facts.text ? [{ type: 'section', text: { type: 'mrkdwn', text: escapeSlack(clip(facts.text, 2900)), verbatim: true } }] : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `<${facts.url}|${escapeSlack(facts.linkLabel)}> · ${escapeSlack(facts.siteName)}` }] },
    ],
  };
}

export function discordMessage(facts: MessageFacts): Record<string, unknown> {
  return {
    // No @everyone, role or user mention can ping, whatever the text says.
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: clip(facts.heading, 256),
        url: facts.url,
        ...(facts.text ? { description: escapeMarkdown(clip(facts.text, 4000)) } : {}),
        fields: facts.factLines.map(({ name, value, wide }) => ({ name, value: escapeMarkdown(clip(value, 1000)), inline: !wide })),
        footer: { text: clip(facts.siteName, 200) },
        timestamp: facts.event.at.toISOString(),
      },
    ],
  };
}

export function teamsMessage(facts: MessageFacts): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: escapeMarkdown(facts.heading), weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'FactSet', facts: facts.factLines.map(({ name, value }) => ({ title: name, value: escapeMarkdown(value) })) },
            ...(facts.text ? [{ type: 'TextBlock', text: escapeMarkdown(facts.text), wrap: true }] : []),
          ],
          actions: [{ type: 'Action.OpenUrl', title: facts.linkLabel, url: facts.url }],
        },
      },
    ],
  };
}

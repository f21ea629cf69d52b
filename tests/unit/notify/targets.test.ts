import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, loadContent } from '../../../src/lib/content/check';
import { formatProblem } from '../../../src/lib/content/problems';
import { TEST_NOW } from '../../support/clock';
import { contentRoot } from '../../support/content-root';

let root: string;

beforeEach(async () => {
  root = await contentRoot('statuswire-targets-');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const notifications = (text: string) => writeFile(join(root, 'content/notifications.yaml'), text);

describe('content/notifications.yaml', () => {
  it('is optional: without it there is no target', async () => {
    const content = await loadContent(root, TEST_NOW);
    expect(content.problems).toEqual([]);
    expect(content.notifications).toEqual({ targets: [] });
  });

  it('takes every kind, with secrets only by environment variable name', async () => {
    await notifications(`targets:
  - { id: ops-slack, kind: slack, urlEnv: SLACK_URL, components: [sms-smartfren], events: [incident.opened] }
  - { id: ops-discord, kind: discord, urlEnv: DISCORD_URL }
  - { id: ops-teams, kind: teams, urlEnv: TEAMS_URL }
  - { id: partners, kind: webhook, urlEnv: HOOK_URL, secretEnv: HOOK_SECRET }
  - { id: list, kind: email, host: smtp.example.com, port: 587, userEnv: SMTP_USER, passEnv: SMTP_PASS, from: status@example.com, to: [a@example.com] }
  - { id: list-url, kind: email, urlEnv: SMTP_URL, from: status@example.com, to: [a@example.com, b@example.com] }
`);
    const content = await loadContent(root, TEST_NOW);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.notifications?.targets.map((target) => target.kind)).toEqual(['slack', 'discord', 'teams', 'webhook', 'email', 'email']);
  });

  it('reports unknown components, a pasted URL, a missing secret and duplicate ids at their line', async () => {
    await notifications(`targets:
  - id: ops-slack
    kind: slack
    urlEnv: https://hooks.slack.com/services/T000/B000/XXXX
    components: [sms-smartfern]
  - id: ops-slack
    kind: webhook
    urlEnv: HOOK_URL
  - id: list
    kind: email
    from: status@example.com
    to: [not-an-address]
    events: [incident.exploded]
`);
    const lines = (await checkContent(root, TEST_NOW)).map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/^content\/notifications\.yaml:4:5  targets\[0\]\.urlEnv  is not an environment variable name  \(write the NAME/),
      expect.stringMatching(/^content\/notifications\.yaml:\d+:\d+  targets\[1\]\.secretEnv  is missing/),
      expect.stringMatching(/^content\/notifications\.yaml:12:10  targets\[2\]\.to\[0\]  is not an e-mail address/),
      expect.stringMatching(/^content\/notifications\.yaml:13:14  targets\[2\]\.events\[0\]  "incident.exploded" is not allowed/),
    ]);
    await notifications(`targets:
  - { id: ops-slack, kind: slack, urlEnv: SLACK_URL, components: [sms-smartfren, sms-smartfern] }
  - { id: ops-slack, kind: discord, urlEnv: DISCORD_URL }
  - { id: list, kind: email, from: status@example.com, to: [a@example.com] }
`);
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/notifications\.yaml:4:5  targets\[2\]\.host  give either urlEnv or host/),
      expect.stringMatching(/^content\/notifications\.yaml:3:7  targets\[1\]\.id  target id "ops-slack" is used twice/),
    ]);
  });

  it('reports a filter naming an unknown component once the file is otherwise valid', async () => {
    await notifications(`targets:\n  - { id: ops-slack, kind: slack, urlEnv: SLACK_URL, components: [sms-smartfren, sms-smartfern] }\n`);
    expect((await checkContent(root, TEST_NOW)).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/notifications\.yaml:2:82  targets\[0\]\.components\[1\]  unknown component "sms-smartfern"  \(use one of the ids in content\/components\.yaml/),
    ]);
  });
});

describe('targetEnvironment', () => {
  it('takes only the names the targets give, from the environment', async () => {
    const { targetEnvironment } = await import('../../../src/lib/notify/targets');
    const targets = [
      { id: 'a', kind: 'webhook' as const, urlEnv: 'HOOK_URL', secretEnv: 'HOOK_SECRET' },
      { id: 'b', kind: 'email' as const, host: 'smtp.example.com', userEnv: 'SMTP_USER', passEnv: 'SMTP_PASS', from: 'a@example.com', to: ['b@example.com'] },
    ];
    const env = { HOOK_URL: 'https://from-env.example/hook', HOOK_SECRET: 's', SMTP_USER: 'u', SMTP_PASS: '', METRICS_TOKEN: 'not-for-notify' };
    // An empty value, as Actions passes a secret that is not set, counts as missing.
    expect(targetEnvironment(targets, env)).toEqual({ HOOK_URL: 'https://from-env.example/hook', HOOK_SECRET: 's', SMTP_USER: 'u', SMTP_PASS: undefined });
  });
});

describe('docs/notifications.md', () => {
  it('shows a targets file that passes the check', async () => {
    const { codeBlocks } = await import('../../support/markdown-docs');
    const { parseYaml } = await import('../../../src/lib/content/frontmatter');
    const { notificationsFileSchema } = await import('../../../src/lib/notify/targets');
    const blocks = codeBlocks('docs/notifications.md', 'yaml').filter((block) => block.includes('targets:'));
    expect(blocks).toHaveLength(1);
    expect(notificationsFileSchema.safeParse(parseYaml(blocks[0]!).data).error).toBeUndefined();
  });
});

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/lib/content/check';
import { incidentSchema, maintenanceSchema } from '../../../src/lib/content/schemas';
import { parseCommandArgs } from '../../../src/lib/writer/args';
import { collectIncident, collectMaintenance, collectUpdate } from '../../../src/lib/writer/collect';
import { renderIncident, renderMaintenance } from '../../../src/lib/writer/entry';
import { linePrompter, type Prompter } from '../../../src/lib/writer/prompt';
import { TEST_NOW } from '../../support/clock';
import { COMPONENT_IDS } from '../../support/fixtures';

const context = { componentIds: COMPONENT_IDS, now: TEST_NOW, offset: '+07:00' };
const schemas = { componentIds: COMPONENT_IDS, now: TEST_NOW };

/** Answers in order, and what the writer was told. */
function scripted(answers: string[]): Prompter & { questions: string[]; said: string[] } {
  const questions: string[] = [];
  const said: string[] = [];
  return {
    questions,
    said,
    ask: async (question) => {
      questions.push(question);
      return answers.shift() ?? null;
    },
    say: (line) => void said.push(line),
    close: () => {},
  };
}

describe('collecting a new incident', () => {
  it('takes every field from flags, stamps the current time at the display offset and renders a valid file', async () => {
    const prompter = scripted([]);
    const result = await collectIncident(
      { title: 'Webhook lag', impact: 'minor', components: 'verify-api', message: 'Receipts are late.' },
      context,
      prompter,
    );
    expect(prompter.questions).toEqual([]);
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Webhook lag',
        impact: 'minor',
        components: [{ id: 'verify-api', status: 'degraded_performance' }],
        update: { at: '2026-11-28T13:00:00+07:00', status: 'investigating', message: 'Receipts are late.' },
      },
    });
    if (!result.ok) return;
    const source = renderIncident(result.value);
    expect(source).toBe(
      '---\ntitle: Webhook lag\nimpact: minor\ncomponents:\n  - id: verify-api\n    status: degraded_performance\nupdates:\n' +
        '  - at: 2026-11-28T13:00:00+07:00\n    status: investigating\n    message: >-\n      Receipts are late.\n---\n',
    );
    expect(checkEntry('content/incidents/a.mdx', source, incidentSchema(schemas)).problems).toEqual([]);
  });

  it('asks for what is missing and asks again after a wrong answer', async () => {
    const prompter = scripted(['Delays: Smartfren', 'huge', 'major', 'sms-smartfern', 'sms-smartfren:major_outage', 'Late messages.']);
    const result = await collectIncident({}, context, prompter);
    expect(result.ok && result.value.components).toEqual([{ id: 'sms-smartfren', status: 'major_outage' }]);
    expect(prompter.questions).toHaveLength(6);
    expect(prompter.said).toEqual([
      '"huge" is not allowed  (use one of: none, minor, major, critical)',
      'unknown component "sms-smartfern"  (use one of: sms-smartfren, sms-telkomsel, verify-api)',
    ]);
    if (result.ok) expect(checkEntry('content/incidents/a.mdx', renderIncident(result.value), incidentSchema(schemas)).problems).toEqual([]);
  });

  it('fails on a bad flag, naming it, and when the input ends before a field is given', async () => {
    expect(await collectIncident({ title: 'A', impact: 'major', components: 'nope' }, context, scripted([]))).toEqual({
      ok: false,
      error: '--components: unknown component "nope"  (use one of: sms-smartfren, sms-telkomsel, verify-api)',
    });
    expect(await collectIncident({ title: 'A' }, context, scripted([]))).toEqual({
      ok: false,
      error: 'no impact given  (pass --impact "…" or answer the question)',
    });
  });
});

describe('collecting a new maintenance', () => {
  it('reads the window at the display offset and renders a valid file', async () => {
    const result = await collectMaintenance(
      { title: 'Voice upgrade', components: 'verify-api, sms-telkomsel', start: '2027-03-01 01:00', end: '2027-03-01 02:30', message: 'Planned.' },
      context,
      scripted([]),
    );
    expect(result.ok && result.value.window).toEqual({ start: '2027-03-01T01:00:00+07:00', end: '2027-03-01T02:30:00+07:00' });
    expect(result.ok && result.value.update).toEqual({ at: '2026-11-28T13:00:00+07:00', status: 'scheduled', message: 'Planned.' });
    if (result.ok) expect(checkEntry('content/maintenance/m.mdx', renderMaintenance(result.value), maintenanceSchema(schemas)).problems).toEqual([]);
  });

  it('refuses a window that ends before it starts', async () => {
    const result = await collectMaintenance(
      { title: 'M', components: 'verify-api', start: '2027-03-01 02:00', end: '2027-03-01 01:00', message: 'x' },
      context,
      scripted([]),
    );
    expect(result).toEqual({ ok: false, error: 'the window ends before it starts  (give an end later than the start)' });
  });
});

describe('collecting an update', () => {
  it('uses the statuses of the entry kind, now, or --at', async () => {
    expect(await collectUpdate('incident', { status: 'monitoring', message: 'Better.' }, context, scripted([]))).toEqual({
      ok: true,
      value: { at: '2026-11-28T13:00:00+07:00', status: 'monitoring', message: 'Better.' },
    });
    expect(await collectUpdate('maintenance', { status: 'in_progress', message: 'Started.', at: '2026-11-28 12:45' }, context, scripted([]))).toEqual({
      ok: true,
      value: { at: '2026-11-28T12:45:00+07:00', status: 'in_progress', message: 'Started.' },
    });
    expect((await collectUpdate('maintenance', { status: 'resolved', message: 'x' }, context, scripted([]))).ok).toBe(false);
  });
});

describe('command-line flags', () => {
  it('reads known flags and positionals', () => {
    expect(parseCommandArgs(['incident', '--title', 'A', '--offset', '+08:00'], ['title'], 'usage')).toEqual({
      ok: true,
      value: { positionals: ['incident'], flags: { title: 'A' }, translated: {}, offset: '+08:00', help: false },
    });
    expect(parseCommandArgs(['-h'], ['title'], 'usage')).toMatchObject({ ok: true, value: { help: true } });
  });

  it('refuses an unknown flag in one line that says where to look', () => {
    expect(parseCommandArgs(['--titel', 'A'], ['title'], 'see npm run new -- --help')).toEqual({
      ok: false,
      error: "Unknown option '--titel'  (see npm run new -- --help)",
    });
  });
});

describe('linePrompter', () => {
  it('reads answers a line at a time, even when they all arrive at once, and null at the end', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const prompter = linePrompter(input, output);
    input.end('first\nsecond\n');
    expect(await prompter.ask('One?')).toBe('first');
    expect(await prompter.ask('Two?')).toBe('second');
    expect(await prompter.ask('Three?')).toBeNull();
    prompter.say('done');
    prompter.close();
    expect(output.read().toString()).toBe('One? \nTwo? \nThree? \ndone\n');
  });
});

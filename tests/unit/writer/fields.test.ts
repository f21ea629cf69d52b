import { describe, expect, it } from 'vitest';
import { parseAffectedComponents, parseChoice, parseComponentIds, parseMessage, parseTitle } from '../../../src/lib/writer/fields';
import { IMPACTS } from '../../../src/lib/content/types';
import { COMPONENT_IDS } from '../../support/fixtures';

describe('writer fields', () => {
  it('trims a title and message and refuses empty or overlong ones', () => {
    expect(parseTitle('  Webhook lag ')).toEqual({ ok: true, value: 'Webhook lag' });
    expect(parseTitle(' ').ok).toBe(false);
    expect(parseTitle('x'.repeat(201)).ok).toBe(false);
    expect(parseMessage('Looking.')).toEqual({ ok: true, value: 'Looking.' });
    expect(parseMessage('').ok).toBe(false);
    expect(parseMessage('x'.repeat(4001)).ok).toBe(false);
  });

  it('refuses what the content check refuses: a line break in a title, a tab in a message', () => {
    expect(parseTitle('Delays\r\nBEGIN:VEVENT')).toEqual({
      ok: false,
      error: 'the title has a carriage return (U+000D)  (write it on one line, without tabs or control characters)',
    });
    expect(parseMessage('First.\nSecond.')).toEqual({ ok: true, value: 'First.\nSecond.' });
    expect(parseMessage('Column\tcolumn')).toEqual({ ok: false, error: 'the message has a tab (U+0009)  (remove it: only line breaks may separate the text)' });
  });

  it('accepts one of the choices and lists them otherwise', () => {
    expect(parseChoice(IMPACTS)('major')).toEqual({ ok: true, value: 'major' });
    expect(parseChoice(IMPACTS)('huge')).toEqual({ ok: false, error: '"huge" is not allowed  (use one of: none, minor, major, critical)' });
  });

  it('gives each affected component its status, from the impact where none is named', () => {
    expect(parseAffectedComponents(COMPONENT_IDS, 'major')('sms-smartfren, verify-api:major_outage')).toEqual({
      ok: true,
      value: [
        { id: 'sms-smartfren', status: 'partial_outage' },
        { id: 'verify-api', status: 'major_outage' },
      ],
    });
    expect(parseAffectedComponents(COMPONENT_IDS, 'minor')('sms-telkomsel')).toEqual({ ok: true, value: [{ id: 'sms-telkomsel', status: 'degraded_performance' }] });
    expect(parseAffectedComponents(COMPONENT_IDS, 'critical')('sms-telkomsel')).toEqual({ ok: true, value: [{ id: 'sms-telkomsel', status: 'major_outage' }] });
    expect(parseAffectedComponents(COMPONENT_IDS, 'none')('')).toEqual({ ok: true, value: [] });
  });

  it('refuses an unknown component with the list of valid ids, a repeated one and a bad status', () => {
    expect(parseAffectedComponents(COMPONENT_IDS, 'major')('sms-smartfern')).toEqual({
      ok: false,
      error: 'unknown component "sms-smartfern"  (use one of: sms-smartfren, sms-telkomsel, verify-api)',
    });
    expect(parseAffectedComponents(COMPONENT_IDS, 'major')('verify-api verify-api:major_outage').ok).toBe(false);
    expect(parseAffectedComponents(COMPONENT_IDS, 'major')('verify-api:down')).toEqual({
      ok: false,
      error: 'verify-api: "down" is not allowed  (use one of: degraded_performance, partial_outage, major_outage)',
    });
  });

  it('takes maintenance components as ids only, at least one', () => {
    expect(parseComponentIds(COMPONENT_IDS)('sms-telkomsel,verify-api')).toEqual({ ok: true, value: ['sms-telkomsel', 'verify-api'] });
    expect(parseComponentIds(COMPONENT_IDS)('').ok).toBe(false);
    expect(parseComponentIds(COMPONENT_IDS)('sms-telkomsel:major_outage').ok).toBe(false);
    expect(parseComponentIds(COMPONENT_IDS)('nope').ok).toBe(false);
  });
});

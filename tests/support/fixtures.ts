/** Small, valid content used across unit tests; each test breaks one thing. */
export const COMPONENTS_YAML = `groups:
  - id: sms-delivery
    name: SMS delivery
    components:
      - id: sms-smartfren
        name: Smartfren
      - id: sms-telkomsel
        name: Telkomsel
  - id: apis
    name: APIs
    components:
      - id: verify-api
        name: Verify API
`;

export const COMPONENT_IDS = ['sms-smartfren', 'sms-telkomsel', 'verify-api'];

export function validIncident(): Record<string, unknown> {
  return {
    title: 'Delayed SMS to Smartfren',
    impact: 'major',
    components: [{ id: 'sms-smartfren', status: 'partial_outage' }],
    updates: [
      { at: '2026-01-12T09:40:00+07:00', status: 'investigating', message: 'Looking into it.' },
      { at: '2026-01-12T11:05:00+07:00', status: 'identified', message: 'Found it.' },
    ],
  };
}

export function validMaintenance(): Record<string, unknown> {
  return {
    title: 'SMPP bind migration',
    components: ['sms-telkomsel'],
    window: { start: '2027-01-14T01:00:00+07:00', end: '2027-01-14T03:00:00+07:00' },
    updates: [{ at: '2026-11-20T10:00:00+07:00', status: 'scheduled', message: 'Planned.' }],
  };
}

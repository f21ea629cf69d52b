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

export const SITE_YAML = `name: Kabar Cloud
description: Live status of Kabar Cloud.
url: https://status.kabar.example
contact: mailto:support@kabar.example
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

/** Every field of content/site.yaml, valid; `logo.src` names public/logo.svg. */
export function validSiteConfig(): Record<string, unknown> {
  return {
    name: 'Kabar Cloud',
    description: 'Live status of Kabar Cloud SMS, OTP and voice delivery in Indonesia.',
    url: 'https://status.kabar.example',
    homepage: 'https://kabar.example',
    logo: { src: '/logo.svg', alt: 'Kabar Cloud' },
    contact: 'mailto:support@kabar.example',
    timeZone: 'Asia/Jakarta',
    metrics: { source: { kind: 'json', url: 'https://metrics.kabar.example/statuswire.json' } },
  };
}

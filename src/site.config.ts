/** The operator's details shown on every page. */
export const site = {
  name: 'Kabar Cloud',
  description: 'Live status of Kabar Cloud SMS, OTP and voice delivery in Indonesia.',
  url: process.env.SITE_URL ?? 'https://status.kabar.example',
  homepage: 'https://kabar.example',
  support: 'mailto:support@kabar.example',
} as const;

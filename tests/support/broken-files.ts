/**
 * One broken file per kind of writer mistake (and a broken site configuration), and the exact line `npm run check`
 * (and the build gate) must print for it. Lines are listed one per array entry so
 * the expected line numbers can be read off.
 */
/** The sample's content/site.yaml with a misspelt time zone on line 5. */
export const BROKEN_SITE_YAML = [
  'name: Kabar Cloud',
  'description: Live status of Kabar Cloud.',
  'url: https://status.kabar.example',
  'contact: mailto:support@kabar.example',
  'timeZone: Asia/Jakartaa',
];

const UPDATE = ['  - at: 2026-11-01T08:00:00+07:00', '    status: investigating', '    message: Looking into it.'];

export const BROKEN_FILES: { file: string; lines: string[]; expected: string }[] = [
  {
    file: 'site.yaml',
    lines: BROKEN_SITE_YAML,
    expected: 'content/site.yaml:5:1  timeZone  unknown time zone "Asia/Jakartaa"  (use an IANA name such as Asia/Jakarta)',
  },
  {
    file: 'incidents/2026-11-01-bad-offset.mdx',
    lines: ['---', 'title: Local time', 'impact: minor', 'updates:', '  - at: 2026-11-01T08:00:00', '    status: investigating', '    message: Looking.', '---'],
    expected:
      'content/incidents/2026-11-01-bad-offset.mdx:5:5  updates[0].at  "2026-11-01T08:00:00" has no time zone  ' +
      '(add an offset such as "2026-11-01T08:00:00+07:00" (WIB) or "2026-11-01T08:00:00Z" (UTC))',
  },
  {
    file: 'incidents/2026-11-01-unknown-component.mdx',
    lines: ['---', 'title: Typo', 'impact: minor', 'components:', '  - id: sms-smartfern', '    status: partial_outage', 'updates:', ...UPDATE, '---'],
    expected:
      'content/incidents/2026-11-01-unknown-component.mdx:5:5  components[0].id  unknown component "sms-smartfern"  ' +
      '(use one of the ids in content/components.yaml: sms-telkomsel, sms-indosat, sms-xl-axiata, sms-smartfren, messaging-api, verify-api, webhooks, voice, dashboard, docs-site)',
  },
  {
    file: 'incidents/2026-11-01-out-of-order.mdx',
    lines: ['---', 'title: Order', 'impact: minor', 'updates:', ...UPDATE, '  - at: 2026-11-01T07:00:00+07:00', '    status: identified', '    message: Earlier.', '---'],
    expected:
      'content/incidents/2026-11-01-out-of-order.mdx:8:5  updates[1].at  update 2 is not later than update 1  (list updates oldest first, each later than the one before)',
  },
  {
    file: 'incidents/2026-11-01-no-title.mdx',
    lines: ['---', 'impact: minor', 'updates:', ...UPDATE, '---'],
    expected: 'content/incidents/2026-11-01-no-title.mdx:2:1  title  is missing  (add "title:" with a string value)',
  },
  {
    file: 'incidents/2026-11-01-yaml-error.mdx',
    lines: ['---', 'title: Quotes', 'impact: minor', 'updates:', '  - at: 2026-11-01T08:00:00+07:00', '    status: investigating', '    message: "It is "broken" now"', '---'],
    expected:
      'content/incidents/2026-11-01-yaml-error.mdx:7:14  (yaml)  the value of "message" ends at its second " and more text follows  ' +
      '(put single quotes around text that holds double quotes: message: \'It is "broken" now\')',
  },
  {
    file: 'incidents/2026-11-01-no-space.mdx',
    lines: ['---', 'title: Colon', 'impact:critical', 'updates:', ...UPDATE, '---'],
    expected:
      'content/incidents/2026-11-01-no-space.mdx:3:8  (yaml)  "impact:critical" has no space after the colon, so it is not read as the field "impact"  ' +
      '(add a space after the colon: impact: critical)',
  },
  {
    file: 'incidents/2026-11-01-colon-in-value.mdx',
    lines: ['---', 'title: Colon', 'impact: minor', 'updates:', '  - at: 2026-11-01T08:00:00+07:00', '    status: investigating', '    message: Update: binds are up', '---'],
    expected:
      'content/incidents/2026-11-01-colon-in-value.mdx:7:5  (yaml)  the value of "message" holds ": ", which YAML reads as the start of another field  ' +
      '(quote the value: message: "Update: binds are up")',
  },
  {
    file: 'incidents/2026-11-01-misspelt-field.mdx',
    lines: ['---', 'title: Typo', 'impact: minor', 'updates:', '  - at: 2026-11-01T08:00:00+07:00', '    status: investigating', '    mesage: Looking.', '---'],
    expected: 'content/incidents/2026-11-01-misspelt-field.mdx:7:5  updates[0].mesage  unknown field "mesage"  (did you mean "message"?)',
  },
  {
    file: 'incidents/2026-11-01-html-image.mdx',
    lines: ['---', 'title: Image', 'impact: minor', 'updates:', ...UPDATE, '---', '', '<img src="/chart.png" alt="Delivery rate">', ''],
    expected: 'content/incidents/2026-11-01-html-image.mdx:10:1  (mdx)  <img> is an HTML image, which a body does not take  (write the image in Markdown: ![Delivery rate](/chart.png))',
  },
  {
    file: 'incidents/2026-11-01-html-comment.mdx',
    lines: ['---', 'title: Comment', 'impact: minor', 'updates:', ...UPDATE, '---', '', 'Delivered.', '', '<!-- ask Smartfren for the report -->', ''],
    expected: 'content/incidents/2026-11-01-html-comment.mdx:12:1  (mdx)  <!-- … --> is an HTML comment, which a body does not take  (write a comment as {/* … */})',
  },
  {
    file: 'incidents/2026-11-01-mdx-error.mdx',
    lines: ['---', 'title: Body', 'impact: minor', 'updates:', ...UPDATE, '---', '', '## What happened', '', 'See <Callout type="note">the note.', ''],
    expected:
      'content/incidents/2026-11-01-mdx-error.mdx:12:5  (mdx)  MDX syntax error: Expected a closing tag for `<Callout>` (12:5) before the end of `paragraph`  ' +
      '(close every tag you open, like <Callout>…</Callout>, and write a literal <, { or } as \\<, \\{ or \\})',
  },
];

import { describe, expect, it } from 'vitest';
import { componentsFileSchema } from '../../../src/lib/content/schemas';
import { metricsConfigSchema } from '../../../src/lib/metrics/config';
import { componentCalendar, siteCalendar } from '../../../src/lib/outputs/calendar';
import { componentFeed, siteFeed, siteUpdatesFeed } from '../../../src/lib/outputs/feeds';
import { buildStatusModel } from '../../../src/lib/status/model';
import { TEST_NOW } from '../../support/clock';
import { incident, maintenance } from '../../support/builders';
import { ENGLISH, INDONESIAN } from '../../support/languages';
import { TEST_SITE } from '../../support/model';
import { parseCalendar } from '../../support/ical';

const model = buildStatusModel({
  components: componentsFileSchema.parse({
    groups: [
      {
        id: 'voice-and-apps',
        name: 'Voice and apps',
        components: [
          { id: 'voice', name: 'Voice calls', translations: { id: { name: 'Panggilan suara' } } },
          { id: 'messaging-api', name: 'Messaging API' },
        ],
      },
    ],
  }),
  incidents: [
    incident('2026-11-20-voice', [['2026-11-20T03:00:00Z', 'investigating']], {
      components: [
        { id: 'voice', status: 'partial_outage' },
        { id: 'messaging-api', status: 'degraded_performance' },
      ],
    }),
  ],
  maintenance: [maintenance('2027-01-14-voice', ['2027-01-14T01:00:00Z', '2027-01-14T03:00:00Z'], [], ['voice', 'messaging-api'])],
  metrics: { snapshot: null, report: null, problems: [] },
  metricsConfig: metricsConfigSchema.parse({}),
  now: TEST_NOW,
});
const voice = model.components[0]!;

describe("the operator's names in feeds and calendars", () => {
  it('names the affected components in the feed language, the untranslated as written', () => {
    expect(siteFeed(model, TEST_SITE, INDONESIAN).rss2()).toContain('Panggilan suara (gangguan sebagian), Messaging API (');
    expect(siteUpdatesFeed(model, TEST_SITE, INDONESIAN).rss2()).toContain('Panggilan suara, Messaging API');
    expect(siteFeed(model, TEST_SITE, ENGLISH).rss2()).toContain('Voice calls (partial outage), Messaging API (');
  });

  it("titles a component's feed and calendar with its name in their language", () => {
    expect(componentFeed(model, voice, TEST_SITE, INDONESIAN).rss2()).toContain(`<title>${INDONESIAN.words.feed.componentTitle('Kabar Cloud', 'Panggilan suara')}</title>`);
    expect(parseCalendar(componentCalendar(model, voice, TEST_SITE, INDONESIAN)).name).toBe(INDONESIAN.words.calendar.componentName('Kabar Cloud', 'Panggilan suara'));
    expect(parseCalendar(siteCalendar(model, TEST_SITE, INDONESIAN)).events[0]?.description).toContain(INDONESIAN.words.calendar.affected('Panggilan suara, Messaging API'));
  });
});

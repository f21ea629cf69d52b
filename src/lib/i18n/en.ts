/**
 * The English words of every page, the reference dictionary: its shape is the
 * `Dictionary` type, so another language must word every key to compile.
 */
import type { ComponentStatus, Impact, IncidentStatus, MaintenanceState, MaintenanceStatus } from '../content/types.ts';
import type { EventKind } from '../status/events.ts';

/** January to December. */
type Months = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

export const en = {
  /** The page's headline when a component's status is the worst news. */
  overallFromComponent: {
    operational: 'All Systems Operational',
    under_maintenance: 'Service Under Maintenance',
    degraded_performance: 'Partially Degraded Service',
    partial_outage: 'Partial System Outage',
    major_outage: 'Major System Outage',
  } satisfies Record<ComponentStatus, string>,
  /** The page's headline when an active incident's impact is the worst news. */
  overallFromImpact: {
    none: 'All Systems Operational',
    minor: 'Minor Service Outage',
    major: 'Major Service Outage',
    critical: 'Critical Service Outage',
  } satisfies Record<Impact, string>,
  componentStatus: {
    operational: 'Operational',
    under_maintenance: 'Under maintenance',
    degraded_performance: 'Degraded performance',
    partial_outage: 'Partial outage',
    major_outage: 'Major outage',
  } satisfies Record<ComponentStatus, string>,
  impact: {
    none: 'No impact',
    minor: 'Minor',
    major: 'Major',
    critical: 'Critical',
  } satisfies Record<Impact, string>,
  incidentStatus: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
  } satisfies Record<IncidentStatus, string>,
  maintenanceStatus: {
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    verifying: 'Verifying',
    completed: 'Completed',
  } satisfies Record<MaintenanceStatus, string>,
  maintenanceState: {
    upcoming: 'Upcoming',
    in_progress: 'In progress',
    completed: 'Completed',
  } satisfies Record<MaintenanceState, string>,
  /** Headings of the history's first sections; the past is headed by month instead. */
  historyPhase: {
    ongoing: 'Ongoing',
    upcoming: 'Upcoming',
  },
  /** What happened, as a notification's or an update feed entry's heading begins. */
  eventKind: {
    'incident.opened': 'Incident opened',
    'incident.updated': 'Incident updated',
    'incident.resolved': 'Incident resolved',
    'maintenance.scheduled': 'Maintenance scheduled',
    'maintenance.started': 'Maintenance started',
    'maintenance.completed': 'Maintenance completed',
  } satisfies Record<EventKind, string>,
  /** Headings of the pages' sections. */
  section: {
    activeIncidents: 'Active incidents',
    scheduledMaintenance: 'Scheduled maintenance',
    components: 'Components',
    metrics: 'Metrics',
    recentHistory: 'Past 7 days',
    uptime: 'Uptime',
    dayByDay: 'Day by day',
    incidentsAndMaintenance: 'Incidents and maintenance',
    affectedComponents: 'Affected components',
    updates: 'Updates',
    incidentMetrics: 'Metrics during this incident',
    analysis: 'Analysis',
    analysisAndPostmortem: 'Analysis and postmortem',
    details: 'Details',
    upstreamProviders: 'Upstream providers',
  },
  /** The links every page offers to move around the site. */
  navigation: {
    status: 'Status',
    history: 'History',
    subscribe: 'Subscribe',
    currentStatus: 'Current status',
    fullIncidentHistory: 'Full incident history',
    skipToContent: 'Skip to content',
    contactSupport: 'Contact support',
    /** The accessible name of the header's navigation. */
    main: 'Main',
  },
  /** What every page's frame says around its content. */
  layout: {
    siteTitle: (site: string) => `${site} Status`,
    pageTitle: (page: string, site: string) => `${page} · ${site} Status`,
    /** Follows the site's name or logo in the header. */
    status: 'Status',
    lastUpdated: 'Last updated',
    poweredBy: 'Powered by StatusWire',
  },
  history: {
    title: 'Incident history',
    titleOfPage: (page: number) => `Incident history, page ${page}`,
    empty: 'No incidents or maintenance recorded yet.',
    emptyForComponent: (component: string) => `No incidents or maintenance recorded for ${component}.`,
    componentTitleOfPage: (component: string, page: number) => `${component}, incidents page ${page}`,
    componentHeadingOfPage: (component: string, page: number) => `${component}: incidents and maintenance, page ${page}`,
    noIncidentsThatDay: 'No incidents reported.',
  },
  pagination: {
    label: 'History pages',
    newer: 'Newer',
    older: 'Older',
    pageOf: (current: number, total: number) => `Page ${current} of ${total}`,
  },
  notFound: {
    title: 'Page not found',
    heading: 'This page does not exist',
    intro: 'The link may be old, or the incident may have been renamed. Here is where things stand right now:',
    currentStatus: 'Current status of every component',
    history: 'Incident history',
  },
  incident: {
    /** An incident's impact on its label, given the impact's own word. */
    impactLabel: (impact: string) => `${impact} impact`,
    impact: 'Impact',
    started: 'Started',
    ongoingFor: 'Ongoing for',
    resolved: 'Resolved',
    after: 'after',
    posted: 'posted',
    ongoingForLower: 'ongoing for',
    lasted: 'lasted',
    ongoing: 'ongoing',
    affects: (components: string) => `Affects ${components}.`,
  },
  maintenance: {
    /** A maintenance window's label, given its state's word. */
    label: (state: string) => `Maintenance · ${state}`,
    window: 'Window',
    affects: 'Affects',
    lasting: 'for',
    affectsList: (components: string) => `Affects ${components}`,
  },
  /** Joins the start and end of a time range. */
  rangeTo: 'to',
  subscribe: {
    title: 'Subscribe',
    description: (site: string) => `Feeds, calendars, badges and a Statuspage-compatible API for ${site} status.`,
    intro:
      'Follow incidents and maintenance without opening this page. Every address below is a file published with each update of this page; copy it into your feed reader, calendar or tool.',
    section: {
      notifications: 'Notifications',
      feeds: 'Feeds',
      calendar: 'Maintenance calendar',
      api: 'Status API',
      badges: 'Badges',
      byComponent: 'By component',
    },
    /** A sentence around a link: the text before it, the link's words, the text after. */
    mailingList: {
      before: 'Get each new incident update and maintenance notice by e-mail: ',
      link: 'sign up for announcements',
      after: '.',
    },
    feeds: 'One entry per incident or maintenance, with its full timeline. A new update changes the entry instead of adding another.',
    updateFeeds:
      'One entry per posted update and per maintenance step (scheduled, started, completed): for chat apps and readers that announce only new entries, so you hear about every update.',
    calendar: {
      before:
        'Every maintenance window as an event. Add it to your calendar app as a subscription by URL, so moved or extended windows update there too, or ',
      link: 'open it in your calendar app',
      after: '.',
    },
    /** Keyed by `ApiDocumentName`; the subscribe page's lookup holds it to every document. */
    apiDocument: {
      summary: 'Overall status, every component, unresolved incidents, and maintenance in progress or upcoming.',
      status: 'Overall status only: indicator and description.',
      components: 'Every component and group with its current status.',
      unresolvedIncidents: 'Incidents not yet resolved, each with every update.',
      incidents: 'The 50 most recent incidents, resolved or not.',
      upcomingMaintenances: 'Maintenance that has not started yet.',
      activeMaintenances: 'Maintenance in progress or being verified.',
      scheduledMaintenances: 'The 50 most recent maintenance windows, including completed ones.',
    },
    /** Holds an apostrophe: rendered as HTML, as the template wrote it. */
    apiIntroHtml:
      "JSON in the shape of Atlassian Statuspage's public v2 API, so widgets, chat bots and aggregators made for Statuspage read it unchanged.",
    badges: 'For a README or dashboard:',
    badgeAlt: (message: string) => `Status badge: ${message}`,
    badgeData: 'For a badge drawn by shields.io in your own style, give it this address as an endpoint badge.',
    forExample: 'For example:',
    byComponent: 'The same feeds, calendar and badges for a single component: only the incidents and maintenance that affect it.',
    componentLink: (component: string) => `${component} status and history`,
    /** The names of the subscription addresses. */
    label: {
      rss: 'RSS',
      atom: 'Atom',
      updatesRss: 'Every update (RSS)',
      updatesAtom: 'Every update (Atom)',
      calendar: 'iCalendar (.ics)',
      componentCalendar: 'Maintenance calendar (.ics)',
      badgeSvg: 'Badge (SVG)',
      badgeData: 'Badge data for shields.io',
    },
  },
  timeline: {
    afterPrevious: 'after the previous update',
  },
  component: {
    /** Follows the status label when a metric, not a writer, set it. */
    measuredSuffix: ' (measured)',
    measuredNote: 'Measured, not yet reported:',
    follow: (component: string) => `Follow ${component}:`,
    rss: 'RSS',
    atom: 'Atom',
    calendar: 'maintenance calendar',
    allSubscriptions: 'all subscriptions',
  },
  /** The left-hand word of the status badges. */
  badge: {
    status: 'status',
  },
  /** A component's uptime bar, its pop-ups and its day list. */
  uptime: {
    percent: (uptime: string) => `${uptime} uptime`,
    today: 'Today',
    todayPrefix: 'Today, ',
    soFar: ', so far',
    measuredSuffix: ', measured',
    statusFor: (status: string, duration: string) => `${status} for ${duration}`,
    metricCrossed: 'a metric crossed its threshold',
    noIncidents: 'No incidents',
    maintenancePrefix: 'Maintenance: ',
    eventCount: (count: number) =>
      count === 0 ? 'no incidents' : count === 1 ? '1 incident or maintenance' : `${count} incidents or maintenance`,
    summary: (uptime: string, days: number, troubled: number) =>
      `${uptime} uptime over the last ${days} days; ${troubled === 0 ? 'no days' : troubled === 1 ? '1 day' : `${troubled} days`} with incidents, maintenance or measured problems`,
    barLabel: (component: string, days: number) => `${component}, last ${days} days`,
    linkLabel: (component: string, summary: string) => `${component}: ${summary}. Day by day`,
    listLabel: (component: string) => `${component}, day by day, newest first`,
  },
  /** Chart captions and their text alternatives. */
  metrics: {
    last90Days: 'last 90 days',
    last24Hours: 'last 24 hours',
    dayByDay: 'day by day',
    hourByHourAroundIncident: 'hour by hour around the incident',
    dayByDayAroundIncident: 'day by day around the incident',
    from: 'from',
    periodFrom: (period: string, date: string) => `${period} from ${date}`,
    now: 'now',
    noData: 'no data',
    noDataIn: (period: string) => `No data ${period}.`,
    noDataDescription: (series: string, period: string) => `${series}: no data ${period}.`,
    description: (series: string, period: string, latest: string, lowest: string, highest: string) =>
      `${series} ${period}: latest ${latest}, lowest ${lowest}, highest ${highest}.`,
    thresholds: (marks: string) => ` Thresholds: ${marks}.`,
    asOf: 'Metrics as of',
    /** A time on an hourly chart's axis: "14:00 UTC". */
    hourUtc: (clock: string) => `${clock} UTC`,
    /** The freshness notices above the figures; the pull's own failure text is shown as it is. */
    asOfNotice: (when: string, reason: string) => `Metrics as of ${when}: ${reason}.`,
    freshNotice: (when: string) => `Metrics as of ${when}.`,
    missingNotice: (reason: string) => `No metrics to show: ${reason}, and there are no earlier figures. Nothing is shown rather than a guess.`,
    neverPulled: 'No metrics have been pulled yet, so none are shown.',
    unreadable: 'the source could not be read',
    unusable: 'the figures kept from earlier pulls could not be used',
    nothingNewer: 'the source has sent nothing newer',
    /** A threshold's line on a chart: "Degraded performance below 95 %". */
    threshold: (status: string, side: 'below' | 'above', value: string) => `${status} ${side} ${value}`,
    /** The incident page's notes on its charts; each sentence around a time is split at the time. */
    incidentNoComponents: 'This incident affected no component, so no metrics belong to it.',
    /** Holds an apostrophe: rendered as HTML, as the template wrote it. */
    incidentOutsideKeptHtml: "The figures kept cover the last 90 days, which this incident's time falls outside.",
    incidentShownFrom: {
      before: 'This incident began ',
      middle: ', before the oldest figures kept: the charts show only from ',
      after: ', not the whole incident.',
    },
  },
  /** What the component page says about the providers it depends on. */
  upstream: {
    statusFrom: (page: string) => `Status from ${page}:`,
    follows: (component: string, upstream: string, status: string) =>
      `${component} follows ${upstream}, which the provider reports as ${status}.`,
    followed: 'Followed: our status is the worse of ours and this one.',
    informational: 'Shown for information: it does not change our status.',
    fetched: 'Fetched',
    neverFetched: ' Never fetched',
    pullFailed: (failure: string) => `; the last pull failed: ${failure}`,
    tooOld: ' This copy is too old to change our status.',
    unlistedNote: (component: string) => ` The provider no longer lists component ${component}.`,
    unknown: 'Unknown: not fetched yet',
    unlisted: 'No longer listed upstream',
    incident: 'Incident',
    maintenance: 'Maintenance',
    updated: 'updated',
    /** An upstream incident's status after its write-up, in Statuspage's word. */
    postmortem: 'Postmortem',
    /** Why a pull failed when the pull gave no reason of its own. */
    unreadable: 'the page could not be read',
    /** A home row's line about a troubled upstream component, before the time it was fetched. */
    notice: (followed: boolean, page: string, component: string, status: string) =>
      `${followed ? `Status from ${page}: it reports` : `Upstream: ${page} reports`} ${component} as ${status}, as of `,
    /** "And 3 more on <a>Provider's page</a>.": `pageHtml` is the provider's name, already escaped. */
    moreEvents: {
      before: (count: number) => `And ${count} more on `,
      linkHtml: (pageHtml: string) => `${pageHtml}'s page`,
      after: '.',
    },
  },
  /** The component page's sentences. */
  componentPage: {
    measured: (metric: string, value: string, status: string) => `${metric} is ${value}, past its threshold for ${status}.`,
    uptimeHint: {
      before: 'Hover over or focus a day to see what happened; select it to go to its row in the ',
      link: 'day-by-day list',
      after: '.',
    },
  },
  /** The titles of the feeds offered in each page's head, as the feeds name themselves. */
  feed: {
    title: (site: string) => `${site} status`,
    componentTitle: (site: string, component: string) => `${site} status: ${component}`,
    updatesTitle: (site: string) => `${site} status updates`,
    componentUpdatesTitle: (site: string, component: string) => `${site} status updates: ${component}`,
    description: (site: string) => `Incidents and maintenance of ${site}.`,
    componentDescription: (component: string) => `Incidents and maintenance affecting ${component}.`,
    updatesDescription: (site: string) => `Every update to incidents and maintenance of ${site}.`,
    componentUpdatesDescription: (component: string) => `Every update to incidents and maintenance affecting ${component}.`,
    /** A link's title: the feed's title and its format. */
    withFormat: (title: string, format: string) => `${title} (${format})`,
    impact: (impact: string) => `Impact: ${impact}`,
    window: (window: string) => `Window: ${window}`,
    windowHeading: 'Window',
    affected: (components: string) => `Affected components: ${components}`,
    fullDetails: 'Full details',
    fullIncident: 'Full incident and analysis',
    fullMaintenance: 'Full maintenance details',
    incident: 'Incident',
    maintenance: 'Maintenance',
    maintenanceTitle: (title: string) => `Maintenance: ${title}`,
  },
  /** The maintenance calendar's words. */
  /** The heading a <Callout> in a body gets when its writer gives it no title. */
  callout: {
    note: 'Note',
    warning: 'Warning',
    success: 'Good to know',
  },
  calendar: {
    name: (site: string) => `${site} maintenance`,
    componentName: (site: string, component: string) => `${site} maintenance: ${component}`,
    description: (site: string) => `Scheduled maintenance windows from ${site} status.`,
    affected: (components: string) => `Affected components: ${components}`,
    details: (url: string) => `Details: ${url}`,
    summary: (title: string) => `Maintenance: ${title}`,
  },
  /** What a notification says besides the writer's words. */
  notify: {
    maintenanceImpact: 'Maintenance',
    /** The names of a message's facts. */
    status: 'Status',
    impact: 'Impact',
    affected: 'Affected',
    window: 'Window',
    viewIncident: 'View incident',
    viewMaintenance: 'View maintenance',
  },
  /** Dates, times and durations: month names come from here, never from the runtime's locale data. */
  time: {
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as Months,
    monthsLong: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as Months,
    /** Hours and minutes, each already two digits: "08:00". */
    clock: (hour: string, minute: string) => `${hour}:${minute}`,
    date: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    dayMonth: (day: number, month: string) => `${day} ${month}`,
    /** A date and a time of day (with its zone): "12 Jan 2026, 08:00 UTC". */
    dateTime: (date: string, time: string) => `${date}, ${time}`,
    monthYear: (month: string, year: number) => `${month} ${year}`,
    days: (count: number) => `${count} d`,
    hours: (count: number) => `${count} h`,
    minutes: (count: number) => `${count} min`,
    underAMinute: 'under 1 min',
    justNow: 'just now',
    daysAgo: (count: number) => `${count} ${count === 1 ? 'day' : 'days'} ago`,
    hoursAgo: (count: number) => `${count} ${count === 1 ? 'hour' : 'hours'} ago`,
    minutesAgo: (count: number) => `${count} ${count === 1 ? 'minute' : 'minutes'} ago`,
    /** The footer's word on which clocks the page's times are in. */
    noteUtc: 'Times are shown in UTC.',
    noteUtcFirst: (zone: string) => `Times are shown in UTC, with ${zone} time in brackets.`,
    noteLocalFirst: (zone: string) => `Times are shown in ${zone} time, with UTC in brackets.`,
    /** Joins two times of a window in running text: "… to …". */
    range: (start: string, end: string) => `${start} to ${end}`,
  },
  /** A number's separators: "12,345.6" in English. */
  number: {
    decimal: '.',
    group: ',',
  },
  /** The language switch and what marks text not yet in the page's language. */
  language: {
    /** The BCP 47 tag: the pages' `lang`, the feeds' and calendars' language. */
    tag: 'en',
    /** This language's own name, as the switch shows it. */
    name: 'English',
    /** The switch's link to this language, worded in this language. */
    readIn: 'Read in English',
    /** The switch's accessible name. */
    switchLabel: 'Language',
    untranslated: 'Not translated yet: shown as written.',
  },
};

/** Every language's words: English's keys, each worded as the language needs. */
export type Dictionary = typeof en;

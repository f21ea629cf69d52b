import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  sequence: number;
  url: string | null;
}

/** Every VEVENT of an iCalendar text, read with ical.js (a strict RFC 5545 parser). */
export function parseCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return {
    name: typeof name === 'string' ? name : null,
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const url = component.getFirstPropertyValue('url');
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        sequence: event.sequence,
        url: typeof url === 'string' ? url : null,
      };
    }),
  };
}

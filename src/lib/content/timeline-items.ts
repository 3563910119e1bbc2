/**
 * One event of the timeline as HTML: when and where, the title, the
 * description and its source. The page writes its first page's events with
 * it and the timeline's text files (routes.timelineChunk) carry the others
 * written by it, so an event reads the same either way.
 * Pure: links come in resolved.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { dateLabel } from './timeline.ts';

export interface TimelineItem {
  id: string;
  date: string;
  city: string;
  title: string;
  description: string;
  /** The city's case page, if it has one. */
  caseHref: string | undefined;
  source: { href: string; text: string };
}

export function timelineItemHtml(event: TimelineItem): string {
  const place = event.caseHref ? h('a', { href: event.caseHref }, event.city) : event.city;
  return toHtml(
    h('li', { id: `event-${event.id}`, dataCity: event.city }, [
      h('p.timeline-when', [h('time', { dateTime: event.date }, dateLabel(event.date)), ' · ', place]),
      h('h3', event.title),
      h('p', event.description),
      h('p.timeline-source', ['出处：', h('a', { href: event.source.href }, event.source.text)]),
    ]),
  );
}

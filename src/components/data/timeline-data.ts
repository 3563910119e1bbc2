/**
 * The build's view of the timeline (content/data/events.yaml): the events in
 * date order, the compact index the page carries (timeline-view.ts) and each
 * event's HTML (timeline-items.ts), shared by the page and the text files
 * (src/pages/reference/timeline/events/[chunk].json.ts).
 */
import { getCollection } from 'astro:content';
import { CASE_RECORDS } from '../../lib/content/registry.ts';
import { caseOfCity } from '../../lib/content/cases.ts';
import { sortEvents } from '../../lib/content/timeline.ts';
import { timelineItemHtml } from '../../lib/content/timeline-items.ts';
import { CHUNK_SIZE, type TimelineIndex, type TimelinePlace } from '../../lib/content/timeline-view.ts';
import { routes } from '../../lib/routes.ts';

export interface TimelineData {
  index: TimelineIndex;
  /** Each event's HTML, in the index's order. */
  items: string[];
  /** How many text files the events fill. */
  chunks: number;
}

async function gather(): Promise<TimelineData> {
  const events = sortEvents((await getCollection('events')).map((e) => e.data));
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  const provinceOf = new Map(CASE_RECORDS.map((c) => [c.city, c.province]));
  const places: TimelinePlace[] = [];
  const placeIndex = new Map<string, number>();
  const placeOf = (city: string): number => {
    let at = placeIndex.get(city);
    if (at === undefined) {
      at = places.push([city, provinceOf.get(city) ?? '']) - 1;
      placeIndex.set(city, at);
    }
    return at;
  };
  const items = events.map((event) => {
    const source = sources.get(event.source);
    const section = source?.sections.find((s) => s.id === event.section);
    const slug = caseOfCity(event.city);
    return timelineItemHtml({
      ...event,
      caseHref: slug ? routes.case(slug) : undefined,
      source: {
        href: routes.sources(event.source, event.section),
        text: `${source?.title ?? ''}，${section?.title ?? ''}`,
      },
    });
  });
  const index: TimelineIndex = { places, events: events.map((e) => [e.date, placeOf(e.city)]) };
  return { index, items, chunks: Math.ceil(events.length / CHUNK_SIZE) };
}

let data: Promise<TimelineData> | undefined;

/** The timeline's data, gathered on first use in a build (on every request in `astro dev`, so edits show). */
export function timelineData(): Promise<TimelineData> {
  if (import.meta.env.DEV) return gather();
  data ??= gather();
  return data;
}

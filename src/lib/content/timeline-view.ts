/**
 * The timeline at the size of a real library: what the page shows for a
 * selection (province, city, year, page), and the selection in the URL
 * (`?province=湖南&city=长沙&year=2018&page=2`), so a filtered timeline can be
 * shared. The page carries a compact index of every event (its date and
 * place, in date order); the events' text is in files of CHUNK_SIZE events
 * each, in the same order, fetched for the page shown. So the page grows by
 * a few bytes per event, not by the events' text, and a page of the timeline
 * is PAGE_SIZE events whatever the library's size.
 * Pure: no DOM.
 */

/** Events on one page of the timeline. */
export const PAGE_SIZE = 20;
/** Events per text file (routes.timelineChunk), in date order. */
export const CHUNK_SIZE = 50;
/** Above this many cities, the city list waits for a province to be chosen (a select of a thousand is no help). */
export const CITY_LIST_MAX = 40;

/** A place: city and province, and whether it has a case page. */
export type TimelinePlace = [city: string, province: string];

/** The index the page carries: places, and each event as [date, place index], in date order. */
export interface TimelineIndex {
  places: TimelinePlace[];
  events: Array<[date: string, place: number]>;
}

export interface TimelineState {
  province: string;
  city: string;
  year: string;
  page: number;
}

export const EMPTY_STATE: TimelineState = { province: '', city: '', year: '', page: 1 };

/** Positions (in the index's date order) of the events the selection keeps. */
export function selectedEvents(index: TimelineIndex, state: TimelineState): number[] {
  const out: number[] = [];
  index.events.forEach(([date, place], position) => {
    const [city, province] = index.places[place] ?? ['', ''];
    if (state.province && province !== state.province) return;
    if (state.city && city !== state.city) return;
    if (state.year && !date.startsWith(state.year)) return;
    out.push(position);
  });
  return out;
}

export interface TimelinePage {
  /** Positions of the events on this page. */
  positions: number[];
  total: number;
  page: number;
  pages: number;
}

/** One page of a selection (a page past the end shows the last). */
export function pageOf(index: TimelineIndex, state: TimelineState): TimelinePage {
  const all = selectedEvents(index, state);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, state.page), pages);
  return { positions: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: all.length, page, pages };
}

/** The text files a page needs (chunk numbers). */
export function chunksOf(positions: readonly number[]): number[] {
  return [...new Set(positions.map((p) => Math.floor(p / CHUNK_SIZE)))];
}

/** Counts of events by year and by province, for the selects. */
export function counts(index: TimelineIndex): { years: Map<string, number>; provinces: Map<string, number> } {
  const years = new Map<string, number>();
  const provinces = new Map<string, number>();
  for (const [date, place] of index.events) {
    const year = date.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
    const province = index.places[place]?.[1] ?? '';
    provinces.set(province, (provinces.get(province) ?? 0) + 1);
  }
  return { years, provinces };
}

/** The cities the city select offers: those of the chosen province, or all when few enough. */
export function citiesOffered(index: TimelineIndex, province: string): string[] | undefined {
  const cities = index.places.filter(([, p]) => province === '' || p === province).map(([city]) => city);
  return province === '' && cities.length > CITY_LIST_MAX ? undefined : cities;
}

/** The selection a query string asks for; values the index does not have are dropped. */
export function readTimelineState(params: URLSearchParams, index: TimelineIndex): TimelineState {
  const asked = params.get('province') ?? '';
  const province = index.places.some(([, p]) => p === asked) ? asked : '';
  const city = params.get('city') ?? '';
  const year = params.get('year') ?? '';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const place = index.places.find(([c]) => c === city);
  return {
    province,
    city: place && (province === '' || place[1] === province) ? city : '',
    year: /^\d{4}$/.test(year) && index.events.some(([date]) => date.startsWith(year)) ? year : '',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The query string of a selection ("" for the whole timeline's first page). */
export function writeTimelineState(state: TimelineState): string {
  const params = new URLSearchParams();
  if (state.province) params.set('province', state.province);
  if (state.city) params.set('city', state.city);
  if (state.year) params.set('year', state.year);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** What the status line says about a page of a selection. */
export function timelineStatus(view: Pick<TimelinePage, 'total' | 'page' | 'pages'>): string {
  if (view.total === 0) return '没有符合条件的事件。';
  return `共 ${view.total} 个事件${view.pages > 1 ? `，第 ${view.page} / ${view.pages} 页` : ''}`;
}

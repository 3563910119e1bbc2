import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  CITY_LIST_MAX,
  EMPTY_STATE,
  PAGE_SIZE,
  chunksOf,
  citiesOffered,
  counts,
  pageOf,
  readTimelineState,
  selectedEvents,
  timelineStatus,
  writeTimelineState,
  type TimelineIndex,
} from '../../../src/lib/content/timeline-view.ts';
import { timelineItemHtml } from '../../../src/lib/content/timeline-items.ts';

/** A library's timeline: `cities` places in three provinces, `perCity` events each, years 2010–2019. */
function library(cities: number, perCity: number): TimelineIndex {
  const places: TimelineIndex['places'] = Array.from({ length: cities }, (_, i) => [
    `城${i}`,
    ['湖南', '湖北', '上海'][i % 3]!,
  ]);
  const events: TimelineIndex['events'] = [];
  for (let e = 0; e < perCity; e += 1) {
    for (let c = 0; c < cities; c += 1) events.push([`${2010 + ((c + e) % 10)}-0${1 + (e % 9)}`, c]);
  }
  events.sort(([a], [b]) => a.localeCompare(b));
  return { places, events };
}

describe('timeline view', () => {
  const index = library(1000, 3);

  it('shows PAGE_SIZE events a page, whatever the size of the library', () => {
    const view = pageOf(index, EMPTY_STATE);
    expect(view.positions).toHaveLength(PAGE_SIZE);
    expect(view.total).toBe(3000);
    expect(view.pages).toBe(Math.ceil(3000 / PAGE_SIZE));
    expect(pageOf(index, { ...EMPTY_STATE, page: 9999 }).page).toBe(view.pages);
  });

  it('filters by province, city and year together', () => {
    const hunan = selectedEvents(index, { ...EMPTY_STATE, province: '湖南' });
    expect(hunan.every((p) => index.places[index.events[p]![1]]![1] === '湖南')).toBe(true);
    const city = selectedEvents(index, { ...EMPTY_STATE, province: '湖南', city: '城3' });
    expect(city).toHaveLength(3);
    const year = selectedEvents(index, { ...EMPTY_STATE, city: '城3', year: '2013' });
    expect(year.map((p) => index.events[p]![0].slice(0, 4))).toEqual(['2013']);
    expect(timelineStatus(pageOf(index, { ...EMPTY_STATE, year: '1999' }))).toBe('没有符合条件的事件。');
  });

  it('counts events by year and province, and fetches only the text files of the page shown', () => {
    const { years, provinces } = counts(index);
    expect([...years.values()].reduce((a, b) => a + b, 0)).toBe(3000);
    expect(provinces.get('上海')).toBe(333 * 3);
    const page = pageOf(index, { ...EMPTY_STATE, page: 3 });
    const chunks = chunksOf(page.positions);
    // Every event of the page is in a file fetched, and no file is fetched twice or for nothing.
    expect(new Set(chunks).size).toBe(chunks.length);
    for (const p of page.positions) expect(chunks).toContain(Math.floor(p / CHUNK_SIZE));
    for (const c of chunks) expect(page.positions.some((p) => Math.floor(p / CHUNK_SIZE) === c)).toBe(true);
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil(PAGE_SIZE / CHUNK_SIZE) + 1);
  });

  it('offers a city list only for a province once there are many cities', () => {
    expect(citiesOffered(index, '')).toBeUndefined();
    expect(citiesOffered(index, '上海')).toHaveLength(333);
    expect(citiesOffered(library(CITY_LIST_MAX, 1), '')).toHaveLength(CITY_LIST_MAX);
  });

  it('round-trips the selection through the URL and drops what the index does not have', () => {
    const state = { province: '湖南', city: '城3', year: '2013', page: 2 };
    const query = writeTimelineState(state);
    expect(query).toBe(`?${new URLSearchParams({ province: '湖南', city: '城3', year: '2013', page: '2' })}`);
    expect(readTimelineState(new URLSearchParams(query), index)).toEqual(state);
    expect(writeTimelineState(EMPTY_STATE)).toBe('');
    expect(readTimelineState(new URLSearchParams('province=火星&city=城4&year=1999&page=-3'), index)).toEqual(
      { province: '', city: '城4', year: '', page: 1 },
    );
    // A city outside the chosen province is dropped.
    expect(readTimelineState(new URLSearchParams('province=上海&city=城3'), index).city).toBe('');
  });
});

describe('timeline item', () => {
  it('writes when, where (linked to the case), what and the source', () => {
    const html = timelineItemHtml({
      id: 'cs-2018',
      date: '2018-09',
      city: '长沙',
      title: '出台意见',
      description: '明确“20条”。',
      caseHref: '/cases/changsha/',
      source: { href: '/about/sources/#source-changsha', text: '长沙材料，二' },
    });
    expect(html).toBe(
      '<li id="event-cs-2018" data-city="长沙"><p class="timeline-when"><time datetime="2018-09">2018年9月</time> · <a href="/cases/changsha/">长沙</a></p><h3>出台意见</h3><p>明确“20条”。</p><p class="timeline-source">出处：<a href="/about/sources/#source-changsha">长沙材料，二</a></p></li>',
    );
  });
});

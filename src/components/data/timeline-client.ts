/**
 * The timeline's selects and pager (timeline-view.ts). The selection lives in
 * the URL (each change a history entry, so the back button undoes it); the
 * page's events are drawn from the text files (routes.timelineChunk), fetched
 * once each and kept for the visit. The first page of the whole timeline is
 * in the page already, so a plain URL fetches nothing.
 */
import {
  CHUNK_SIZE,
  EMPTY_STATE,
  chunksOf,
  citiesOffered,
  pageOf,
  readTimelineState,
  timelineStatus,
  writeTimelineState,
  type TimelineIndex,
  type TimelinePage,
  type TimelineState,
} from '../../lib/content/timeline-view.ts';
import { routes } from '../../lib/routes.ts';
import { loadJson } from '../offline/load-json.ts';
import { rebaseLinks } from '../common/rebase-links.ts';

interface Parts {
  form: HTMLFormElement;
  list: HTMLElement;
  index: TimelineIndex;
  province: HTMLSelectElement;
  city: HTMLSelectElement;
  year: HTMLSelectElement;
  count: HTMLElement | null;
  pager: HTMLElement | null;
}

function partsOf(root: Document): Parts | undefined {
  const form = root.querySelector<HTMLFormElement>('[data-timeline-filter]');
  const list = root.querySelector<HTMLElement>('[data-timeline]');
  const data = root.querySelector('[data-timeline-index]');
  const select = (name: string) => form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const [province, city, year] = [select('province'), select('city'), select('year')];
  if (!form || !list || !data || !province || !city || !year) return undefined;
  const index = JSON.parse(data.textContent ?? '') as TimelineIndex;
  const count = form.querySelector<HTMLElement>('[data-timeline-count]');
  return {
    form,
    list,
    index,
    province,
    city,
    year,
    count,
    pager: root.querySelector('[data-timeline-pager]'),
  };
}

/** Each event's HTML by its position in the index: the page's own first page, then what was fetched. */
class EventTexts {
  private readonly html = new Map<number, Element>();
  private readonly loaded = new Set<number>();

  constructor(list: HTMLElement) {
    list.querySelectorAll('li[data-city]').forEach((item, position) => this.html.set(position, item));
  }

  async load(positions: readonly number[]): Promise<void> {
    const missing = chunksOf(positions.filter((p) => !this.html.has(p))).filter((c) => !this.loaded.has(c));
    await Promise.all(
      missing.map(async (chunk) => {
        const file = (await loadJson(routes.timelineChunk(chunk))) as { base: string; items: string[] };
        const template = document.createElement('template');
        template.innerHTML = file.items.join('');
        rebaseLinks(template.content, file.base);
        [...template.content.children].forEach((item, i) => this.html.set(chunk * CHUNK_SIZE + i, item));
        this.loaded.add(chunk);
      }),
    );
  }

  item(position: number): Element | undefined {
    return this.html.get(position);
  }
}

/** The page's events, grouped by year under a heading each. */
function drawEvents(parts: Parts, view: TimelinePage, texts: EventTexts): void {
  const doc = parts.list.ownerDocument;
  const sections = new Map<string, HTMLOListElement>();
  const out: HTMLElement[] = [];
  for (const position of view.positions) {
    const year = parts.index.events[position]?.[0].slice(0, 4) ?? '';
    let list = sections.get(year);
    if (!list) {
      const section = doc.createElement('section');
      section.className = 'timeline-year';
      section.dataset['year'] = year;
      section.setAttribute('aria-labelledby', `year-${year}`);
      const heading = doc.createElement('h2');
      heading.id = `year-${year}`;
      heading.textContent = `${year}年`;
      list = doc.createElement('ol');
      section.append(heading, list);
      sections.set(year, list);
      out.push(section);
    }
    const item = texts.item(position);
    if (item) list.append(item);
  }
  parts.list.replaceChildren(...out);
}

/** The selects as the state has them; the city list follows the province. */
function drawControls(parts: Parts, state: TimelineState, view: TimelinePage): void {
  const doc = parts.form.ownerDocument;
  const cities = citiesOffered(parts.index, state.province);
  const first = doc.createElement('option');
  first.value = '';
  first.textContent = cities === undefined ? '先选省份' : '全部城市';
  const options = (cities ?? []).map((city) => {
    const option = doc.createElement('option');
    option.value = city;
    option.textContent = city;
    return option;
  });
  parts.city.replaceChildren(first, ...options);
  parts.city.disabled = cities === undefined;
  parts.province.value = state.province;
  parts.city.value = state.city;
  parts.year.value = state.year;
  if (parts.count) parts.count.textContent = timelineStatus(view);
  if (!parts.pager) return;
  parts.pager.hidden = view.pages <= 1;
  const [previous, next] = parts.pager.querySelectorAll<HTMLButtonElement>('[data-page-step]');
  if (previous) previous.disabled = view.page <= 1;
  if (next) next.disabled = view.page >= view.pages;
  const label = parts.pager.querySelector('[data-page-label]');
  if (label) label.textContent = `第 ${view.page} / ${view.pages} 页`;
}

export function setUpTimeline(root: Document): void {
  const parts = partsOf(root);
  if (!parts) return;
  const texts = new EventTexts(parts.list);
  let state = readTimelineState(new URLSearchParams(location.search), parts.index);
  let drawn = '';

  const show = async (push: boolean) => {
    const view = pageOf(parts.index, state);
    state = { ...state, page: view.page };
    const query = writeTimelineState(state);
    if (push) history.pushState(null, '', routes.timeline(query) + location.hash);
    drawControls(parts, state, view);
    if (query === drawn) return;
    try {
      await texts.load(view.positions);
    } catch {
      if (parts.count) parts.count.textContent = '未能载入这一页的事件（网络不通？），请稍后再试。';
      return;
    }
    if (writeTimelineState(state) !== query) return;
    drawEvents(parts, view, texts);
    drawn = query;
  };
  const change = (next: Partial<TimelineState>) => {
    state = { ...state, ...next };
    void show(true);
  };

  parts.province.addEventListener('change', () =>
    change({ province: parts.province.value, city: '', page: 1 }),
  );
  parts.city.addEventListener('change', () => change({ city: parts.city.value, page: 1 }));
  parts.year.addEventListener('change', () => change({ year: parts.year.value, page: 1 }));
  parts.pager?.addEventListener('click', (event) => {
    const step = (event.target as Element).closest<HTMLElement>('[data-page-step]')?.dataset['pageStep'];
    if (!step) return;
    change({ page: state.page + Number(step) });
    parts.form.scrollIntoView({ block: 'start' });
  });
  addEventListener('popstate', () => {
    state = readTimelineState(new URLSearchParams(location.search), parts.index);
    void show(false);
  });
  // A plain URL is the page as written: nothing to draw. A shared selection is drawn from the URL.
  drawn = writeTimelineState(EMPTY_STATE);
  void show(false);
}

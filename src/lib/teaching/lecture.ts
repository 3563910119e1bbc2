/**
 * A lecture: a title and an ordered list of whole pages or single h2
 * sections of case and topic pages. It lives in a URL query (so a lecture is
 * shared by sending a link, with no server) and in the browser's storage.
 *
 *   /lecture/present/?v=1&t=社区大党委专题&st=2024年春季班&i=cases/nanchang-xihu&i=cases/changsha:工作机制
 *
 * `i` is repeated once per item, in order: a page key ("cases/changsha"),
 * optionally followed by ":" and the id of one of its h2 headings.
 */

/** One part of a lecture: a whole page, or one h2 section of it. */
export interface LectureItem {
  /** Page key: the docs entry id, e.g. "cases/changsha". */
  page: string;
  /** Id of an h2 on that page; absent for the whole page. */
  section?: string;
}

export interface Lecture {
  /** Shown on the title slide and the handout's cover. */
  title: string;
  /** Second line of the title slide (trainer, date, class), optional. */
  subtitle?: string;
  items: LectureItem[];
}

/** A page that can go into a lecture, computed at build time from the docs collection. */
export interface CataloguePage {
  /** Docs entry id, e.g. "cases/changsha". */
  key: string;
  /** The page's site path, e.g. "/cases/changsha/" (routes.page makes it a URL). */
  url: string;
  title: string;
  /** 案例 or 专题. */
  kind: string;
  /** Its h2 sections, in page order. */
  sections: Array<{ id: string; title: string }>;
}

/** The format version written into URLs; decoders accept older ones. */
const LECTURE_URL_VERSION = 1;

/** Longest title kept; longer input is cut (a URL is no place for an essay). */
export const MAX_TITLE = 80;
/** Most items kept in one lecture. */
export const MAX_ITEMS = 60;

const PAGE_KEY = /^[a-z0-9][a-z0-9/-]*$/;

/** Query string (without "?") for a lecture. */
export function encodeLecture(lecture: Lecture): string {
  const params = new URLSearchParams();
  params.set('v', String(LECTURE_URL_VERSION));
  params.set('t', lecture.title);
  if (lecture.subtitle) params.set('st', lecture.subtitle);
  for (const item of lecture.items) {
    params.append('i', item.section ? `${item.page}:${item.section}` : item.page);
  }
  return params.toString();
}

/** Parse one `i` value; undefined when it is not a page key. */
export function parseItem(raw: string): LectureItem | undefined {
  const at = raw.indexOf(':');
  const page = (at === -1 ? raw : raw.slice(0, at)).trim();
  const section = at === -1 ? '' : raw.slice(at + 1).trim();
  if (!PAGE_KEY.test(page)) return undefined;
  return section ? { page, section } : { page };
}

/** A lecture from a query string ("?…" or "…"); unknown parameters are ignored. */
export function decodeLecture(search: string): Lecture {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const items = params
    .getAll('i')
    .map(parseItem)
    .filter((i): i is LectureItem => i !== undefined)
    .slice(0, MAX_ITEMS);
  const title = (params.get('t') ?? '').trim().slice(0, MAX_TITLE);
  const subtitle = (params.get('st') ?? '').trim().slice(0, MAX_TITLE);
  return { title, ...(subtitle ? { subtitle } : {}), items };
}

/** A lecture item with the titles a reader sees, once checked against the catalogue. */
export interface ResolvedItem extends LectureItem {
  pageTitle: string;
  url: string;
  /** The section's heading text; absent for a whole page. */
  sectionTitle?: string;
}

export interface Resolution {
  items: ResolvedItem[];
  /** Items that name a page or section the site does not have (kept out of the deck, reported to the user). */
  unknown: LectureItem[];
}

/** Check items against the catalogue, keeping order; unknown ones are set aside, not guessed. */
export function resolveLecture(lecture: Lecture, catalogue: CataloguePage[]): Resolution {
  const pages = new Map(catalogue.map((p) => [p.key, p]));
  const items: ResolvedItem[] = [];
  const unknown: LectureItem[] = [];
  for (const item of lecture.items) {
    const page = pages.get(item.page);
    const section = item.section ? page?.sections.find((s) => s.id === item.section) : undefined;
    if (!page || (item.section && !section)) {
      unknown.push(item);
      continue;
    }
    items.push({
      ...item,
      pageTitle: page.title,
      url: page.url,
      ...(section ? { sectionTitle: section.title } : {}),
    });
  }
  return { items, unknown };
}

/** Short label of an item: "长沙：…" for a whole page, "长沙：… · 工作机制" for a section. */
export function itemLabel(item: ResolvedItem): string {
  return item.sectionTitle ? `${item.pageTitle} · ${item.sectionTitle}` : item.pageTitle;
}

/** Default title when the trainer gives none. */
export const UNTITLED = '未命名讲座';

/** Items moved: returns a new list with the item at `from` placed at `to` (clamped). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const list = [...items];
  if (from < 0 || from >= list.length) return list;
  const [moved] = list.splice(from, 1);
  const target = Math.max(0, Math.min(list.length, to));
  list.splice(target, 0, moved as T);
  return list;
}

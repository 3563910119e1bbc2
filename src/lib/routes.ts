/**
 * Every internal URL of the site, in one place. Pages, components, islands,
 * client scripts, the remark plugins and the offline packager all build links
 * here, so that the site works at the root of a server, under a sub-path
 * (`https://内网地址/dangjian/`) and from a folder opened with file://.
 *
 * A routes object is made for a base:
 *  - absolute, as Astro's `base` ("/" or "/dangjian/"): links for a served site;
 *  - relative to the current page ("./", "../../"): links inside the offline
 *    package, where file:// has no server root. There a folder is not a page,
 *    so `indexFile: 'index.html'` makes page links name the file.
 *
 * Ids go in, URLs come out; "site paths" are a page's path without the base
 * ("/cases/changsha/"), as the content and the search index write them.
 * Pure: no DOM, no astro:*, no fs. `routes` is the one for this page: the
 * build's base (Astro's BASE_URL), or what the offline package's page set.
 * The remark plugins and Node-side code get the base from the config and call
 * `createRoutes` themselves.
 */

import { letterSlug, pinyinInitial } from './glossary/pinyin-index.ts';

export interface RouteOptions {
  /** File name appended to folder URLs (file:// shows a folder's listing, not its index.html). */
  indexFile?: string;
}

/** A glossary entry as its URL needs it: the id is its anchor, the pinyin says which letter's page it is on. */
export interface GlossaryTermRef {
  id: string;
  pinyin: string;
}

/** A figure as its row's URL needs it: the table is its case's. */
interface FigureRef {
  id: string;
  /** Case slug ("changsha"). */
  case: string;
}

export interface Routes {
  /** The base every URL starts with ("/", "/dangjian/", "../"). */
  readonly base: string;
  /** Any page or file by its site path ("/cases/changsha/", "cases/changsha/", "/data/figures.csv"). */
  page(sitePath: string, anchor?: string): string;
  /** A docs page by its collection id ("cases/changsha", "topics/index"). */
  entry(id: string): string;
  home(): string;
  /** The 案例库, optionally with a selection ("?theme=…", url-state.ts). */
  cases(query?: string): string;
  case(slug: string, anchor?: string): string;
  topics(): string;
  topic(slug: string, anchor?: string): string;
  compare(): string;
  /** One case's column of the compare page, fetched when the reader adds the case (compare-columns.ts). */
  compareColumn(slug: string): string;
  /** The compare picker's list of every case by province (compare-selection.ts), fetched when first needed. */
  compareCases(): string;
  /** The glossary's index of all terms, or one entry on its letter's page. */
  glossary(term?: GlossaryTermRef): string;
  /** One letter's page of the glossary ("D", or "#" for terms that do not start with a letter). */
  glossaryLetter(letter: string): string;
  /** The figures' front page (downloads, one table per case), or one figure's row in its case's table. */
  figures(figure?: FigureRef): string;
  /** The figures table of one case. */
  figuresOfCase(slug: string): string;
  /** The timeline, optionally with a selection ("?province=…", timeline-view.ts). */
  timeline(query?: string): string;
  /** One file of the timeline's event texts (timeline-view.ts, CHUNK_SIZE events each). */
  timelineChunk(chunk: number): string;
  /** The source records page, a source's entry, or one of its sections. */
  sources(sourceId?: string, sectionId?: string): string;
  teaching(): string;
  about(page?: string): string;
  rulePacks(): string;
  /** A rule pack's page, or one rule on it. */
  rulePack(pack: string, ruleId?: string): string;
  /** A source's “原文要求与规则对照” page (the coverage register). */
  ruleRegister(source: string): string;
  /** The case-page passage a rule or quiz answer rests on. */
  passage(cited: { case: string; anchor: string }): string;
  /** The planner; a share link's plan travels in the hash. */
  planner(hash?: string): string;
  plannerData(): string;
  /** The planner's templates' list and citation names (fetched after the first screen of a return visit). */
  plannerMore(): string;
  /** The sources' records the planner's meeting papers cite (fetched when a paper is made). */
  plannerSources(): string;
  /** One rule pack's data for the planner (fetched when a plan needs it). */
  plannerPack(id: string): string;
  /** One model template's plan for the planner. */
  plannerTemplate(id: string): string;
  planSchema(): string;
  figuresCsv(): string;
  figuresJson(): string;
  quizzes(): string;
  quiz(id: string): string;
  /** A quiz's page at its 打印 button: the page itself prints as the handout with the answer key. */
  quizPrint(id: string): string;
  /** The lecture builder; `query` is an encoded lecture (lecture.ts). */
  lecture(query?: string): string;
  lecturePresent(query?: string): string;
  lectureHandout(query?: string): string;
  /** The search page, optionally with its query string ("?q=…"). */
  search(queryString?: string): string;
  /** A Mermaid diagram's source, by its key (src/lib/markdown/diagram-key.ts). */
  diagram(key: string): string;
  /** A file, or a folder as a prefix of files, by its path under the root ("sw.js", "pagefind/"): never an index file. */
  file(name: string): string;
}

/** Where pages live, by section. One place for the path of each kind of page. */
const PATHS = {
  cases: 'cases/',
  topics: 'topics/',
  compare: 'topics/compare/',
  compareColumns: 'topics/compare/columns/',
  compareCases: 'topics/compare/cases.json',
  glossary: 'reference/glossary/',
  figures: 'reference/figures/',
  timeline: 'reference/timeline/',
  sources: 'about/sources/',
  teaching: 'about/teaching/',
  about: 'about/',
  rules: 'rules/',
  planner: 'planner/',
  plannerData: 'planner/data.json',
  plannerMore: 'planner/more.json',
  plannerSources: 'planner/sources.json',
  planSchema: 'schemas/plan.schema.json',
  figuresCsv: 'data/figures.csv',
  figuresJson: 'data/figures.json',
  quiz: 'quiz/',
  lecture: 'lecture/',
  lecturePresent: 'lecture/present/',
  lectureHandout: 'lecture/handout/',
  search: 'search/',
  diagrams: 'diagrams/',
} as const;

/** Anchor ids shared by the pages that carry them and the links that point at them. */
export const ANCHORS = {
  /** A source's entry on the sources page. */
  sourceEntry: (source: string) => `source-${source}`,
  /** A cited section within that entry (and in a page's own source list). */
  sourceSection: (source: string, section: string) => `source-${source}-${section}`,
  /** A figure's row in a ::figure-table drawn on a page other than its case's (the 作者指南's demo). */
  caseFigure: (id: string) => `fig-${id}`,
  /** A figure's row in the figures table. */
  figureRow: (id: string) => `figure-row-${id}`,
  /** On a quiz page, the 打印 button and the note on printing it (the page prints as the handout). */
  quizPrint: 'print',
} as const;

/**
 * The site path of a docs collection entry, by Starlight's slug rules:
 * "cases/changsha" → "/cases/changsha/", "topics/index" → "/topics/", "index" → "/".
 */
export function sitePathOfEntry(id: string): string {
  const slug = id
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
  return slug === '' ? '/' : `/${slug}/`;
}

function withAnchor(url: string, anchor: string | undefined): string {
  if (anchor === undefined || anchor === '') return url;
  return `${url}#${anchor.replace(/^#/, '')}`;
}

function withQuery(url: string, query: string | undefined): string {
  if (query === undefined || query === '') return url;
  return `${url}${query.startsWith('?') ? '' : '?'}${query}`;
}

export function createRoutes(base: string, options: RouteOptions = {}): Routes {
  const prefix = base === '' ? './' : base.endsWith('/') ? base : `${base}/`;
  const indexFile = options.indexFile ?? '';
  /** A site path to a URL: folders get the index file where one is wanted. */
  const at = (sitePath: string): string => {
    const path = sitePath.replace(/^\/+/, '');
    const folder = path === '' || path.endsWith('/');
    return `${prefix}${path}${folder ? indexFile : ''}`;
  };
  const page = (sitePath: string, anchor?: string): string => {
    const hash = sitePath.indexOf('#');
    if (hash !== -1) return page(sitePath.slice(0, hash), anchor ?? sitePath.slice(hash + 1));
    const question = sitePath.indexOf('?');
    if (question !== -1)
      return withAnchor(withQuery(at(sitePath.slice(0, question)), sitePath.slice(question)), anchor);
    return withAnchor(at(sitePath), anchor);
  };
  return {
    base: prefix,
    page,
    entry: (id) => at(sitePathOfEntry(id)),
    home: () => at('/'),
    cases: (query) => withQuery(at(PATHS.cases), query),
    case: (slug, anchor) => withAnchor(at(`${PATHS.cases}${slug}/`), anchor),
    topics: () => at(PATHS.topics),
    topic: (slug, anchor) => withAnchor(at(`${PATHS.topics}${slug}/`), anchor),
    compare: () => at(PATHS.compare),
    compareColumn: (slug) => at(`${PATHS.compareColumns}${slug}.json`),
    compareCases: () => at(PATHS.compareCases),
    glossary: (term) =>
      term === undefined
        ? at(PATHS.glossary)
        : withAnchor(at(`${PATHS.glossary}${letterSlug(pinyinInitial(term.pinyin))}/`), term.id),
    glossaryLetter: (letter) => at(`${PATHS.glossary}${letterSlug(letter)}/`),
    figures: (figure) =>
      figure === undefined
        ? at(PATHS.figures)
        : withAnchor(at(`${PATHS.figures}${figure.case}/`), ANCHORS.figureRow(figure.id)),
    figuresOfCase: (slug) => at(`${PATHS.figures}${slug}/`),
    timeline: (query) => withQuery(at(PATHS.timeline), query),
    timelineChunk: (chunk) => at(`${PATHS.timeline}events/${chunk}.json`),
    sources: (sourceId, sectionId) =>
      withAnchor(
        at(PATHS.sources),
        sourceId === undefined
          ? undefined
          : sectionId === undefined
            ? ANCHORS.sourceEntry(sourceId)
            : ANCHORS.sourceSection(sourceId, sectionId),
      ),
    teaching: () => at(PATHS.teaching),
    about: (name) => at(name === undefined ? PATHS.about : `${PATHS.about}${name}/`),
    rulePacks: () => at(PATHS.rules),
    rulePack: (pack, ruleId) => withAnchor(at(`${PATHS.rules}${pack}/`), ruleId),
    ruleRegister: (source) => at(`${PATHS.rules}register/${source}/`),
    passage: (cited) => withAnchor(at(`${PATHS.cases}${cited.case}/`), cited.anchor),
    planner: (hash) => withAnchor(at(PATHS.planner), hash),
    plannerData: () => at(PATHS.plannerData),
    plannerMore: () => at(PATHS.plannerMore),
    plannerSources: () => at(PATHS.plannerSources),
    plannerPack: (id) => at(`${PATHS.planner}packs/${id}.json`),
    plannerTemplate: (id) => at(`${PATHS.planner}templates/${id}.json`),
    planSchema: () => at(PATHS.planSchema),
    figuresCsv: () => at(PATHS.figuresCsv),
    figuresJson: () => at(PATHS.figuresJson),
    quizzes: () => at(PATHS.quiz),
    quiz: (id) => at(`${PATHS.quiz}${id}/`),
    quizPrint: (id) => withAnchor(at(`${PATHS.quiz}${id}/`), ANCHORS.quizPrint),
    lecture: (query) => withQuery(at(PATHS.lecture), query),
    lecturePresent: (query) => withQuery(at(PATHS.lecturePresent), query),
    lectureHandout: (query) => withQuery(at(PATHS.lectureHandout), query),
    search: (queryString) => withQuery(at(PATHS.search), queryString),
    diagram: (key) => at(`${PATHS.diagrams}${key}.txt`),
    file: (name) => `${prefix}${name.replace(/^\/+/, '')}`,
  };
}

/**
 * BASE_PATH as given (with or without slashes, nested, Chinese) to Astro's
 * `base`: a leading and a trailing slash, no empty segments, each segment
 * percent-encoded once ("/党建/" → "/%E5%85%9A%E5%BB%BA/"; already encoded
 * input is kept as it is).
 */
export function normalizeBasePath(input: string | undefined): string {
  const segments = (input ?? '')
    .trim()
    .split(/[/\\]+/)
    .filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) throw new Error(`BASE_PATH 不能含“..”：${input}`);
  const encoded = segments.map((segment) => {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // A stray "%" is text, not an escape: encode it as it stands.
    }
    return encodeURIComponent(decoded);
  });
  return encoded.length === 0 ? '/' : `/${encoded.join('/')}/`;
}

/**
 * SITE_URL as Astro's `site`, or undefined when it is not set: the output
 * then names no domain at all (no canonical link, og:url or sitemap) rather
 * than a made-up one. A value that is not an http(s) URL is refused.
 */
export function normalizeSiteUrl(input: string | undefined): string | undefined {
  const text = (input ?? '').trim();
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL 不是有效的网址：${text}（应形如 https://example.org）`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL 应以 http:// 或 https:// 开头：${text}`);
  }
  return url.origin;
}

/**
 * The URL of `target` relative to the page at `from` (both site-root paths
 * such as "/cases/changsha/" or "/_astro/x.css"). With `indexFile`, a target
 * folder gets the file name, as file:// needs. Query and hash are kept.
 */
export function relativeUrl(from: string, target: string, options: RouteOptions = {}): string {
  const fromDir = from.endsWith('/') ? from : from.slice(0, from.lastIndexOf('/') + 1);
  const depth = fromDir.split('/').filter((s) => s !== '').length;
  return createRoutes(depth === 0 ? './' : '../'.repeat(depth), options).page(target);
}

/**
 * The site path of a URL under `base` ("/dangjian/cases/x/" → "/cases/x/"),
 * or undefined when the URL is outside the site (another path, a scheme, a
 * protocol-relative "//host" link).
 */
export function stripBase(base: string, url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  // Astro writes a Chinese base as it reads, the routes percent-encoded: compare encoded.
  const prefix = normalizeBasePath(base);
  const path = url.replace(/[^\x21-\x7e]+/g, (text) => encodeURI(text));
  if (path === prefix.slice(0, -1)) return '/';
  return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : undefined;
}

/**
 * This build's base: Astro's BASE_URL where Vite provides it, else the root
 * (Node scripts, unit tests). Astro keeps a Chinese base as it reads; links
 * get it percent-encoded.
 */
function buildBase(): string {
  const env = import.meta.env as unknown as { BASE_URL?: string } | undefined;
  return normalizeBasePath(env?.BASE_URL ?? '/');
}

/**
 * Where the offline package tells its pages their base: each page sets it
 * (`{ base: "../../", indexFile: "index.html" }`) in an inline script before
 * any other script runs (scripts/offline/pages.ts).
 */
export const OFFLINE_ROUTES_GLOBAL = '__siteRoutes';

interface OfflineRoutes extends RouteOptions {
  base: string;
}

function pageRoutes(): Routes {
  const offline = (globalThis as Record<string, unknown>)[OFFLINE_ROUTES_GLOBAL] as OfflineRoutes | undefined;
  return offline ? createRoutes(offline.base, offline) : createRoutes(buildBase());
}

let active: Routes = pageRoutes();

/**
 * The routes of this page: this build's base (Astro's BASE_URL), or in the
 * offline package the page's relative base.
 */
export const routes: Routes = new Proxy({} as Routes, {
  get: (_target, key: keyof Routes) => active[key],
});

/** Point `routes` at another base (tests; the offline package sets the global above instead). */
export function configureRoutes(base: string, options: RouteOptions = {}): void {
  active = createRoutes(base, options);
}

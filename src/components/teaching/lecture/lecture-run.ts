/**
 * What the handout and the presentation do alike before they part ways: read
 * the lecture from the address, resolve it against the embedded catalogue,
 * point the page's links to the builder and to the other view at it, and
 * fetch the chosen pages. Messages go to the page's status line.
 */
import {
  decodeLecture,
  encodeLecture,
  resolveLecture,
  UNTITLED,
  type CataloguePage,
  type Lecture,
  type LectureItem,
  type ResolvedItem,
} from '../../../lib/teaching/lecture.ts';
import { createMaterializer, type Materializer } from '../present/materialize.ts';
import { loadPages, type LoadedPage } from './load-pages.ts';
import { readCatalogue } from './read-catalogue.ts';
import { routes } from '../../../lib/routes.ts';

export interface LectureRun {
  /** The lecture in the address, its title defaulted. */
  lecture: Lecture;
  /** Its parts the site has, in order. */
  items: ResolvedItem[];
  /** Its parts the site does not have (left out, reported). */
  unknown: LectureItem[];
  /** The lecture as a query string, for links to its other views. */
  query: string;
  catalogue: CataloguePage[];
  /** Show a line in the page's status message. */
  say(text: string): void;
  /** Reveal the page's buttons, once the lecture is ready. */
  showActions(): void;
}

/**
 * Starts a run from the address. `otherView` names the data attribute of the
 * link to the other view and its URL for a lecture query, so that switching
 * between handout and presentation keeps the lecture.
 */
export function startRun(otherView: { link: string; url: (query: string) => string }): LectureRun {
  const message = document.querySelector<HTMLElement>('[data-lecture-message]');
  const actions = document.querySelector<HTMLElement>('[data-lecture-actions]');
  const catalogue = readCatalogue();
  const decoded = decodeLecture(location.search);
  const lecture = { ...decoded, title: decoded.title || UNTITLED };
  const { items, unknown } = resolveLecture(lecture, catalogue);
  const query = encodeLecture(lecture);
  document.querySelector('[data-lecture-edit]')?.setAttribute('href', routes.lecture(query));
  document.querySelector(`[${otherView.link}]`)?.setAttribute('href', otherView.url(query));
  return {
    lecture,
    items,
    unknown,
    query,
    catalogue,
    say: (text) => {
      if (message) message.textContent = text;
    },
    showActions: () => {
      if (actions) actions.hidden = false;
    },
  };
}

export interface RunPages {
  pages: Map<string, LoadedPage>;
  /** One per page, to move its elements into slides or the handout. */
  materializers: Map<string, Materializer>;
}

/**
 * Fetches the lecture's pages. When that fails it says so — `preparing` names
 * what was being prepared (讲义, 讲座) — and gives undefined.
 */
export async function loadRunPages(run: LectureRun, preparing: string): Promise<RunPages | undefined> {
  if (location.protocol === 'file:') {
    run.say(
      `从本地文件（如U盘）打开时无法准备${preparing}：浏览器不允许一个页面读取其他页面。` +
        '请在网站上使用组合讲座；单个案例页、专题页的“演示”和“打印”在这里照常可用。',
    );
    return undefined;
  }
  let pages;
  try {
    pages = await loadPages(
      run.items.map((i) => i.page),
      run.catalogue,
    );
  } catch (error) {
    run.say(
      `${preparing}准备失败：${error instanceof Error ? error.message : String(error)}。请检查网络后刷新。`,
    );
    return undefined;
  }
  const materializers = new Map([...pages.values()].map((p) => [p.key, createMaterializer(p.elements)]));
  return { pages, materializers };
}

/** The note on parts of the link the site does not have; empty when there are none. */
export function skippedNote(run: LectureRun): string {
  return run.unknown.length > 0 ? `链接中有 ${run.unknown.length} 个部分在本站找不到，已略去。` : '';
}

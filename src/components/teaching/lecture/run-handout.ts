/**
 * /lecture/handout/: the lecture as one printable document — cover, table of
 * contents, each chosen page or section (headings shifted down a level under
 * the part's own heading), and at the end the source lists of the pages
 * whose sources are not already included, so every citation resolves.
 * The page's own elements are moved in: figures, diagrams and citations are
 * the real ones. "打印或存为 PDF" draws every diagram before printing.
 */
import { handoutPlan, type HandoutPlan } from '../../../lib/teaching/handout.ts';
import { itemLabel } from '../../../lib/teaching/lecture.ts';
import { drawAllDiagrams } from '../present/print-ready.ts';
import { loadRunPages, skippedNote, startRun, type RunPages } from './lecture-run.ts';
import { routes } from '../../../lib/routes.ts';
import { setUpLectureDownloads } from './lecture-downloads.ts';
import type { Lecture, ResolvedItem } from '../../../lib/teaching/lecture.ts';
import { make } from '../../common/make.ts';

/**
 * h2 → h3 (and so on) inside a node. Returns the node, or the heading that
 * takes its place when the node is itself a heading: a page's headings are
 * top-level blocks of their own (bare, no wrapper), still parked in the
 * loaded page when this runs, so replacing one there would leave the handout
 * with the emptied original.
 */
function demoteHeadings(root: Node): Node {
  if (!(root instanceof Element)) return root;
  const headings = [root, ...root.querySelectorAll('h2, h3, h4, h5')].filter((el) =>
    /^h[2-5]$/.test(el.localName),
  );
  let result: Node = root;
  for (const heading of headings) {
    const level = Number(heading.localName.slice(1));
    const lower = document.createElement(`h${level + 1}`);
    for (const attribute of heading.attributes) lower.setAttribute(attribute.name, attribute.value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
    if (heading === root) result = lower;
  }
  return result;
}

function coverOf(lecture: Lecture): HTMLElement {
  const cover = make('header', { class: 'handout__cover' });
  if (lecture.subtitle) cover.append(make('p', { class: 'handout__subtitle' }, lecture.subtitle));
  const date = new Date().toLocaleDateString('zh-CN');
  cover.append(make('p', { class: 'handout__origin' }, `城市基层党建案例库 · 组合讲座讲义 · ${date}`));
  return cover;
}

/** A table-of-contents entry linking to `href`. */
function tocEntry(href: string, label: string): HTMLElement {
  const entry = make('li');
  entry.append(make('a', { href }, label));
  return entry;
}

/** One part of the handout: a chosen page (with its lead) or section, as the page has it. */
function partSection(
  id: string,
  item: ResolvedItem,
  loaded: RunPages,
  blocks: number[],
): HTMLElement | undefined {
  const page = loaded.pages.get(item.page);
  if (!page) return undefined;
  const section = make('section', {
    class: `handout__part${item.section ? '' : ' handout__part--page'}`,
    id,
    'aria-labelledby': `${id}-title`,
    'data-handout-part': item.section ? `${item.page}:${item.section}` : item.page,
  });
  section.append(make('h2', { id: `${id}-title` }, itemLabel(item)));
  if (!item.section && page.description)
    section.append(make('p', { class: 'handout__lead' }, page.description));
  const content = make('div', { class: 'sl-markdown-content' });
  const nodes = loaded.materializers.get(page.key)?.nodesFor(blocks.map((block) => ({ block }))) ?? [];
  content.append(...(item.section ? nodes : nodes.map(demoteHeadings)));
  const from = new URL(routes.page(page.url), location.href).href;
  section.append(content, make('p', { class: 'handout__from' }, `原页：${from}`));
  return section;
}

/** The source lists of pages whose own list is not among the parts, so every citation resolves. */
function sourcesSection(sources: HandoutPlan['sources'], loaded: RunPages): HTMLElement {
  const section = make('section', {
    class: 'handout__sources',
    'aria-labelledby': 'handout-sources-title',
    'data-handout-sources': '',
  });
  section.append(make('h2', { id: 'handout-sources-title' }, '来源'));
  for (const { page: key, block } of sources) {
    const page = loaded.pages.get(key);
    if (!page) continue;
    section.append(make('h3', {}, page.title));
    const list = make('div', { class: 'sl-markdown-content' });
    list.append(...(loaded.materializers.get(key)?.nodesFor([{ block }]) ?? []));
    section.append(list);
  }
  return section;
}

/** Table of contents and body: each part in order, then the sources. */
function contentsAndBody(
  plan: HandoutPlan,
  items: ResolvedItem[],
  loaded: RunPages,
): [HTMLElement, HTMLElement] {
  const toc = make('nav', {
    class: 'handout__toc',
    'aria-labelledby': 'handout-toc-title',
    'data-handout-toc': '',
  });
  const tocList = make('ol');
  toc.append(make('h2', { id: 'handout-toc-title' }, '目录'), tocList);
  const body = make('div', { class: 'handout__body' });
  plan.parts.forEach((part, n) => {
    const item = items.find((i) => i.page === part.item.page && i.section === part.item.section);
    const section = item && partSection(`part-${n + 1}`, item, loaded, part.blocks);
    if (!item || !section) return;
    tocList.append(tocEntry(`#part-${n + 1}`, itemLabel(item)));
    body.append(section);
  });
  if (plan.sources.length > 0) {
    tocList.append(tocEntry('#handout-sources-title', '来源'));
    body.append(sourcesSection(plan.sources, loaded));
  }
  return [toc, body];
}

/** "打印或存为 PDF": every diagram drawn first, then the browser's print. */
function setUpPrint(article: HTMLElement): void {
  document
    .querySelector<HTMLButtonElement>('[data-lecture-print]')
    ?.addEventListener('click', async (event) => {
      const button = event.currentTarget as HTMLButtonElement;
      button.disabled = true;
      await drawAllDiagrams(article);
      button.disabled = false;
      window.print();
    });
}

export async function buildHandout(): Promise<void> {
  const article = document.querySelector<HTMLElement>('[data-handout]');
  if (!article) return;
  const run = startRun({ link: 'data-lecture-to-present', url: routes.lecturePresent });
  const { lecture, items, query } = run;
  if (items.length === 0) {
    run.say('链接中没有可打印的内容。请到“组合讲座”页面挑选材料。');
    return;
  }

  const loaded = await loadRunPages(run, '讲义');
  if (!loaded) return;
  const { pages } = loaded;
  const plan = handoutPlan(items, pages);

  // The page's own title becomes the lecture's: it heads the printout.
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = lecture.title;
  document.title = `${lecture.title} | 讲座讲义`;

  const [toc, body] = contentsAndBody(plan, items, loaded);
  const footer = make(
    'p',
    { class: 'handout__link' },
    `本讲义的在线版本与演示：${new URL(routes.lecturePresent(query), location.href).href}`,
  );
  article.replaceChildren(coverOf(lecture), toc, body, footer);
  run.say(skippedNote(run));
  run.showActions();
  article.setAttribute('data-handout-ready', '');
  setUpLectureDownloads(document, () => ({ lecture, items, pages }), run.say);
  setUpPrint(article);
}

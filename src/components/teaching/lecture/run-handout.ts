/**
 * /lecture/handout/: the lecture as one printable document — cover, table of
 * contents, each chosen page or section (headings shifted down a level under
 * the part's own heading), and at the end the source lists of the pages
 * whose sources are not already included, so every citation resolves.
 * The page's own elements are moved in: figures, diagrams and citations are
 * the real ones. "打印或存为 PDF" draws every diagram before printing.
 */
import { handoutPlan } from '../../../lib/teaching/handout.ts';
import { itemLabel } from '../../../lib/teaching/lecture.ts';
import { drawAllDiagrams } from '../present/print-ready.ts';
import { loadRunPages, skippedNote, startRun } from './lecture-run.ts';
import { routes } from '../../../lib/routes.ts';
import { setUpLectureDownloads } from './lecture-downloads.ts';

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** h2 → h3 (and so on) inside a node, Starlight's heading wrappers included. */
function demoteHeadings(root: Node): void {
  if (!(root instanceof Element)) return;
  const headings = [root, ...root.querySelectorAll('h2, h3, h4, h5')].filter((el) =>
    /^h[2-5]$/.test(el.localName),
  );
  for (const heading of headings) {
    const level = Number(heading.localName.slice(1));
    const lower = document.createElement(`h${level + 1}`);
    for (const attribute of heading.attributes) lower.setAttribute(attribute.name, attribute.value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
    const wrapper = lower.parentElement;
    if (wrapper?.classList.contains(`level-h${level}`))
      wrapper.classList.replace(`level-h${level}`, `level-h${level + 1}`);
  }
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
  const { pages, materializers } = loaded;
  const plan = handoutPlan(items, pages);

  // The page's own title becomes the lecture's: it heads the printout.
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = lecture.title;
  document.title = `${lecture.title} | 讲座讲义`;

  const cover = make('header', { class: 'handout__cover' });
  if (lecture.subtitle) cover.append(make('p', { class: 'handout__subtitle' }, lecture.subtitle));
  cover.append(
    make(
      'p',
      { class: 'handout__origin' },
      `城市基层党建案例库 · 组合讲座讲义 · ${new Date().toLocaleDateString('zh-CN')}`,
    ),
  );

  const toc = make('nav', {
    class: 'handout__toc',
    'aria-labelledby': 'handout-toc-title',
    'data-handout-toc': '',
  });
  toc.append(make('h2', { id: 'handout-toc-title' }, '目录'));
  const tocList = make('ol');
  toc.append(tocList);

  const body = make('div', { class: 'handout__body' });
  plan.parts.forEach((part, n) => {
    const item = items.find((i) => i.page === part.item.page && i.section === part.item.section);
    const page = pages.get(part.item.page);
    if (!item || !page) return;
    const id = `part-${n + 1}`;
    const label = itemLabel(item);
    const entry = make('li');
    entry.append(make('a', { href: `#${id}` }, label));
    tocList.append(entry);
    const section = make('section', {
      class: `handout__part${item.section ? '' : ' handout__part--page'}`,
      id,
      'aria-labelledby': `${id}-title`,
      'data-handout-part': item.section ? `${item.page}:${item.section}` : item.page,
    });
    section.append(make('h2', { id: `${id}-title` }, label));
    if (!item.section && page.description)
      section.append(make('p', { class: 'handout__lead' }, page.description));
    const content = make('div', { class: 'sl-markdown-content' });
    const nodes = materializers.get(page.key)?.nodesFor(part.blocks.map((block) => ({ block }))) ?? [];
    if (!item.section) nodes.forEach(demoteHeadings);
    content.append(...nodes);
    section.append(
      content,
      make('p', { class: 'handout__from' }, `原页：${new URL(routes.page(page.url), location.href).href}`),
    );
    body.append(section);
  });

  if (plan.sources.length > 0) {
    const sources = make('section', {
      class: 'handout__sources',
      'aria-labelledby': 'handout-sources-title',
      'data-handout-sources': '',
    });
    sources.append(make('h2', { id: 'handout-sources-title' }, '来源'));
    for (const { page: key, block } of plan.sources) {
      const page = pages.get(key);
      if (!page) continue;
      sources.append(make('h3', {}, page.title));
      const list = make('div', { class: 'sl-markdown-content' });
      list.append(...(materializers.get(key)?.nodesFor([{ block }]) ?? []));
      sources.append(list);
    }
    const entry = make('li');
    entry.append(make('a', { href: '#handout-sources-title' }, '来源'));
    tocList.append(entry);
    body.append(sources);
  }

  const footer = make(
    'p',
    { class: 'handout__link' },
    `本讲义的在线版本与演示：${new URL(routes.lecturePresent(query), location.href).href}`,
  );
  article.replaceChildren(cover, toc, body, footer);
  run.say(skippedNote(run));
  run.showActions();
  article.setAttribute('data-handout-ready', '');
  setUpLectureDownloads(document, () => ({ lecture, items, pages }), run.say);

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

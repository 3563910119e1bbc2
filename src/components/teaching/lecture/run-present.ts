/**
 * /lecture/present/: decode the lecture from the address, load its pages,
 * plan the deck (src/lib/teaching/deck.ts) and open presentation mode. Esc
 * leaves to this page, which lists the parts and can restart or switch to
 * the handout or the builder.
 */
import { lectureDeck } from '../../../lib/teaching/deck.ts';
import {
  decodeLecture,
  encodeLecture,
  itemLabel,
  resolveLecture,
  UNTITLED,
} from '../../../lib/teaching/lecture.ts';
import { openDeck } from '../present/deck-view.ts';
import { createMaterializer } from '../present/materialize.ts';
import { loadPages, readCatalogue } from './load-pages.ts';

const START = /^#slide-(\d+)$/;

export async function startLecturePresentation(): Promise<void> {
  const message = document.querySelector<HTMLElement>('[data-lecture-message]');
  const actions = document.querySelector<HTMLElement>('[data-lecture-actions]');
  const outline = document.querySelector<HTMLElement>('[data-lecture-outline]');
  const say = (text: string) => {
    if (message) message.textContent = text;
  };
  const catalogue = readCatalogue();
  const decoded = decodeLecture(location.search);
  const lecture = { ...decoded, title: decoded.title || UNTITLED };
  const { items, unknown } = resolveLecture(lecture, catalogue);
  const query = encodeLecture(lecture);
  document
    .querySelector<HTMLAnchorElement>('[data-lecture-edit]')
    ?.setAttribute('href', `/lecture/?${query}`);
  document
    .querySelector<HTMLAnchorElement>('[data-lecture-to-handout]')
    ?.setAttribute('href', `/lecture/handout/?${query}`);
  if (items.length === 0) {
    say('链接中没有可演示的内容。请到"组合讲座"页面挑选材料。');
    return;
  }
  for (const item of items)
    outline?.append(Object.assign(document.createElement('li'), { textContent: itemLabel(item) }));

  let pages;
  try {
    pages = await loadPages(
      items.map((i) => i.page),
      catalogue,
    );
  } catch (error) {
    say(`讲座准备失败：${error instanceof Error ? error.message : String(error)}。请检查网络后刷新。`);
    return;
  }
  const slides = lectureDeck({ ...lecture, items }, pages);
  const materializers = new Map([...pages.values()].map((p) => [p.key, createMaterializer(p.elements)]));
  const skipped = unknown.length > 0 ? `链接中有 ${unknown.length} 个部分在本站找不到，已略去。` : '';
  say(`"${lecture.title}"共 ${slides.length} 张幻灯片。${skipped}`);
  document.title = `${lecture.title} | 讲座演示`;
  if (actions) actions.hidden = false;

  const start = (at: number) =>
    openDeck(
      {
        slides,
        contentOf: (slide) => materializers.get(slide.page)?.nodesFor(slide.plan.refs) ?? [],
        notesOf: (slide) => (slide.kind === 'title' ? undefined : pages.get(slide.page)?.notes),
      },
      {
        label: `演示：${lecture.title}`,
        startAt: at,
        onChange: (index) =>
          history.replaceState(
            history.state,
            '',
            `${location.pathname}${location.search}#slide-${index + 1}`,
          ),
        onClose: () => {
          for (const m of materializers.values()) m.restore();
          history.replaceState(history.state, '', `${location.pathname}${location.search}`);
          document.querySelector<HTMLButtonElement>('[data-lecture-start]')?.focus();
        },
      },
    );
  document.querySelector('[data-lecture-start]')?.addEventListener('click', () => start(0));
  const at = START.exec(location.hash);
  start(at ? Number(at[1]) - 1 : 0);
}

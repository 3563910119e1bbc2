/**
 * /lecture/present/: decode the lecture from the address, load its pages,
 * plan the deck (src/lib/teaching/deck.ts) and open presentation mode. Esc
 * leaves to this page, which lists the parts and can restart or switch to
 * the handout or the builder.
 */
import { lectureDeck } from '../../../lib/teaching/deck.ts';
import { itemLabel } from '../../../lib/teaching/lecture.ts';
import { openDeck } from '../present/deck-view.ts';
import { loadRunPages, skippedNote, startRun } from './lecture-run.ts';
import { routes } from '../../../lib/routes.ts';
import { setUpLectureDownloads } from './lecture-downloads.ts';

const START = /^#slide-(\d+)$/;

export async function startLecturePresentation(): Promise<void> {
  const outline = document.querySelector<HTMLElement>('[data-lecture-outline]');
  const run = startRun({ link: 'data-lecture-to-handout', url: routes.lectureHandout });
  const { lecture, items } = run;
  if (items.length === 0) {
    run.say('链接中没有可演示的内容。请到“组合讲座”页面挑选材料。');
    return;
  }
  for (const item of items)
    outline?.append(Object.assign(document.createElement('li'), { textContent: itemLabel(item) }));

  const loaded = await loadRunPages(run, '讲座');
  if (!loaded) return;
  const { pages, materializers } = loaded;
  const slides = lectureDeck({ ...lecture, items }, pages);
  run.say(`“${lecture.title}”共 ${slides.length} 张幻灯片。${skippedNote(run)}`);
  document.title = `${lecture.title} | 讲座演示`;
  run.showActions();
  setUpLectureDownloads(document, () => ({ lecture, items, pages }), run.say);

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

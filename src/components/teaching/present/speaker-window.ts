/**
 * The speaker window: a second browser window (for the laptop screen while
 * the projector shows the deck) with the current and next slide, a clock
 * since the start, and the notes for the current slide. It is written by the
 * deck's own script — no page is loaded, so it works offline — and its keys
 * and buttons drive the deck.
 */
import type { PageNotes } from '../../../lib/schemas/teaching.ts';
import { slideLabel, type DeckSlide } from '../../../lib/teaching/deck.ts';
import { deckAction } from '../../../lib/teaching/keys.ts';
import { slideNotes } from './notes-view.ts';

export interface SpeakerWindow {
  update(index: number, slides: DeckSlide[], notes: PageNotes | undefined): void;
  close(): void;
}

const STYLE = `
  body { font: 18px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; padding: 1rem 1.25rem; background: #fff; color: #111; }
  header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; border-bottom: 1px solid #ccc; padding-bottom: .5rem; }
  h1 { font-size: 1.3rem; margin: 0; }
  .clock { font-variant-numeric: tabular-nums; font-size: 1.3rem; }
  .next { color: #444; }
  h2 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
  h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
  li + li { margin-top: .4rem; }
  button { font: inherit; padding: .25rem .75rem; }
`;

export function openSpeakerWindow(deck: {
  go(index: number): void;
  started: number;
}): SpeakerWindow | undefined {
  const win = window.open('', 'dangjian-speaker-notes', 'popup=yes,width=760,height=720');
  if (!win) return undefined;
  const doc = win.document;
  doc.documentElement.lang = 'zh-CN';
  doc.title = '讲者备注';
  doc.head.replaceChildren(Object.assign(doc.createElement('style'), { textContent: STYLE }));
  const header = doc.createElement('header');
  const title = doc.createElement('h1');
  const clock = Object.assign(doc.createElement('span'), { className: 'clock' });
  const prev = Object.assign(doc.createElement('button'), { type: 'button', textContent: '上一张' });
  const next = Object.assign(doc.createElement('button'), { type: 'button', textContent: '下一张' });
  header.append(title, clock, prev, next);
  const upcoming = Object.assign(doc.createElement('p'), { className: 'next' });
  const notes = doc.createElement('main');
  doc.body.replaceChildren(header, upcoming, notes);

  let index = 0;
  prev.addEventListener('click', () => deck.go(index - 1));
  next.addEventListener('click', () => deck.go(index + 1));
  doc.addEventListener('keydown', (event) => {
    const action = deckAction(event.key, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey });
    if (action === 'next' || action === 'prev') {
      event.preventDefault();
      deck.go(action === 'next' ? index + 1 : index - 1);
    }
  });
  const tick = () => {
    const seconds = Math.floor((Date.now() - deck.started) / 1000);
    clock.textContent = `已讲 ${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  };
  tick();
  const timer = win.setInterval(tick, 1000);

  return {
    update(current, slides, slideNotesData) {
      index = current;
      const slide = slides[current];
      title.textContent = slide ? `${current + 1} / ${slides.length}　${slideLabel(slide)}` : '';
      const after = slides[current + 1];
      upcoming.textContent = after ? `下一张：${slideLabel(after)}` : '这是最后一张。';
      notes.replaceChildren(doc.createElement('h2'), slideNotes(doc, slide, slideNotesData));
      (notes.firstChild as HTMLElement).textContent = '备注';
    },
    close() {
      win.clearInterval(timer);
      win.close();
    },
  };
}

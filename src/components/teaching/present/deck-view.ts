/**
 * Presentation mode: a full-window modal layer showing one slide at a time,
 * with large type that shrinks only as far as a slide needs to fit. Keys (see
 * src/lib/teaching/keys.ts): arrows, space, PgUp/PgDn, Home/End, F for full
 * screen, N for speaker notes, Esc to leave. Speaker notes show in a side
 * panel or in a second window that follows the deck.
 *
 * Everything runs from the loaded page. The one request a deck may cause is
 * Mermaid, for diagrams not yet drawn: opening the deck draws them all at
 * once, so after that first opening nothing is fetched while presenting.
 */
import type { TeachingNotes } from '../../../lib/schemas/teaching.ts';
import type { DeckSlide } from '../../../lib/teaching/deck.ts';
import { slideLabel } from '../../../lib/teaching/deck.ts';
import { clampSlide, deckAction, KEY_HELP } from '../../../lib/teaching/keys.ts';
import { slideNotes } from './notes-view.ts';
import { openSpeakerWindow, type SpeakerWindow } from './speaker-window.ts';
// As text, added when a deck opens: pages never presented carry none of it.
import deckCss from './deck.css?inline';

type ContentSlide = Extract<DeckSlide, { kind: 'content' }>;

export interface DeckSource {
  slides: DeckSlide[];
  /** The DOM of a content slide (the page's own elements, moved in). */
  contentOf(slide: ContentSlide): Node[];
  /** The teaching notes for a slide's page, if it has any. */
  notesOf(slide: DeckSlide): TeachingNotes | undefined;
}

export interface DeckOptions {
  /** Accessible name of the presentation, e.g. "演示：长沙…". */
  label: string;
  /** Slide to open at (0-based). */
  startAt?: number;
  /** Called after the deck has closed, with the slide it was on. */
  onClose(index: number): void;
  /** Called whenever the slide changes. */
  onChange?(index: number): void;
}

export interface DeckHandle {
  root: HTMLElement;
  go(index: number): void;
  close(): void;
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderSlide(slide: DeckSlide, source: DeckSource): HTMLElement {
  const section = make('section', {
    class: 'deck__slide',
    'data-kind': slide.kind,
    'aria-roledescription': '幻灯片',
  });
  if (slide.kind === 'title' || slide.kind === 'divider') {
    const card = make('div', { class: 'deck__card' });
    card.append(
      make('p', { class: 'deck__kicker' }, slide.kind === 'title' ? '城市基层党建案例库' : '本部分'),
    );
    card.append(make('h2', { class: 'deck__bigtitle' }, slide.title));
    if (slide.subtitle) card.append(make('p', { class: 'deck__lead' }, slide.subtitle));
    if (slide.kind === 'title' && slide.agenda && slide.agenda.length > 0) {
      const agenda = make('ol', { class: 'deck__agenda' });
      for (const line of slide.agenda) agenda.append(make('li', {}, line));
      card.append(agenda);
    }
    section.append(card);
    return section;
  }
  const head = make('header', { class: 'deck__head' });
  head.append(make('p', { class: 'deck__kicker' }, slide.pageTitle));
  head.append(make('h2', { class: 'deck__title' }, slideLabel(slide)));
  if (slide.plan.subtitle) head.append(make('p', { class: 'deck__subtitle' }, slide.plan.subtitle));
  const body = make('div', { class: 'deck__body sl-markdown-content' });
  body.append(...source.contentOf(slide));
  section.append(head, body);
  return section;
}

/**
 * Slides other than the current one are laid out but invisible (visibility,
 * not display): diagrams on every slide then come into the viewport at once
 * and are all drawn when the deck opens, so the deck keeps working offline.
 */

/** Shrink a slide's type step by step until it fits (never below 60%). */
function fit(slide: HTMLElement): void {
  let scale = 1;
  slide.style.setProperty('--deck-fit', '1');
  while (slide.scrollHeight > slide.clientHeight + 2 && scale > 0.6) {
    scale = Math.round((scale - 0.05) * 100) / 100;
    slide.style.setProperty('--deck-fit', String(scale));
  }
}

function addStyles(): void {
  if (document.querySelector('style[data-deck-style]')) return;
  const style = document.createElement('style');
  style.setAttribute('data-deck-style', '');
  style.textContent = deckCss;
  document.head.append(style);
}

export function openDeck(source: DeckSource, options: DeckOptions): DeckHandle {
  const { slides } = source;
  addStyles();
  // A div rather than <dialog>: a modal <dialog> cannot be made full screen. The rest of the page is made inert instead.
  const root = make('div', {
    class: 'deck',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': options.label,
    'data-deck': '',
  });
  const stage = make('div', { class: 'deck__stage', tabindex: '-1' });
  const progress = make('div', { class: 'deck__progress', 'aria-hidden': 'true' });
  // Focusable, so that long notes can be scrolled from the keyboard.
  const notesPanel = make('aside', {
    class: 'deck__notes',
    'aria-label': '讲者备注',
    'data-deck-notes': '',
    tabindex: '0',
  });
  notesPanel.hidden = true;
  const live = make('p', { class: 'sr-only', 'aria-live': 'polite', 'data-deck-live': '' });

  const button = (label: string, data: string, extra: Record<string, string> = {}) =>
    make('button', { type: 'button', class: 'deck__button', [`data-deck-${data}`]: '', ...extra }, label);
  const prev = button('上一张', 'prev', { 'aria-keyshortcuts': 'ArrowLeft PageUp' });
  const counter = make('span', { class: 'deck__counter', 'data-deck-counter': '' });
  const next = button('下一张', 'next', { 'aria-keyshortcuts': 'ArrowRight PageDown Space' });
  const notesToggle = button('备注', 'notes-toggle', { 'aria-pressed': 'false', 'aria-keyshortcuts': 'N' });
  const speaker = button('讲者窗口', 'speaker');
  const full = button('全屏', 'fullscreen', { 'aria-keyshortcuts': 'F' });
  const exit = button('退出', 'exit', { 'aria-keyshortcuts': 'Escape' });
  const help = make('span', { class: 'deck__help' }, KEY_HELP);
  const bar = make('div', { class: 'deck__bar', role: 'toolbar', 'aria-label': '演示控制' });
  bar.append(prev, counter, next, notesToggle, speaker, full, exit, help);

  const elements = slides.map((slide, i) => {
    const el = renderSlide(slide, source);
    el.setAttribute('aria-label', `第 ${i + 1} 张，共 ${slides.length} 张：${slideLabel(slide)}`);
    el.inert = true;
    stage.append(el);
    return el;
  });
  stage.prepend(progress);
  root.append(stage, notesPanel, bar, live);
  document.body.append(root);

  let current = -1;
  let closed = false;
  let speakerWindow: SpeakerWindow | undefined;
  const started = Date.now();

  const renderNotes = () => {
    const slide = slides[current];
    if (!notesPanel.hidden) {
      notesPanel.replaceChildren(
        make('h2', { class: 'deck__notes-title' }, '讲者备注'),
        slideNotes(document, slide, slide && source.notesOf(slide)),
      );
    }
    speakerWindow?.update(current, slides, slide ? source.notesOf(slide) : undefined);
  };

  const go = (index: number) => {
    const target = clampSlide(index, slides.length);
    if (target === current) return;
    if (current >= 0) {
      const previous = elements[current] as HTMLElement;
      previous.removeAttribute('data-current');
      previous.inert = true;
    }
    current = target;
    const el = elements[current] as HTMLElement;
    el.setAttribute('data-current', '');
    el.inert = false;
    fit(el);
    el.scrollTop = 0;
    counter.textContent = `${current + 1} / ${slides.length}`;
    progress.style.setProperty('--deck-progress', String((current + 1) / slides.length));
    live.textContent = el.getAttribute('aria-label') ?? '';
    prev.disabled = current === 0;
    next.disabled = current === slides.length - 1;
    renderNotes();
    options.onChange?.(current);
  };

  const toggleNotes = () => {
    notesPanel.hidden = !notesPanel.hidden;
    notesToggle.setAttribute('aria-pressed', String(!notesPanel.hidden));
    renderNotes();
    fit(elements[current] as HTMLElement);
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else
      void root.requestFullscreen?.().catch(() => {
        live.textContent = '浏览器不允许全屏，可按 F11 使用浏览器的全屏。';
      });
  };

  const close = () => {
    if (closed) return;
    closed = true;
    if (document.fullscreenElement) void document.exitFullscreen();
    speakerWindow?.close();
    for (const el of inerted) el.inert = false;
    root.remove();
    window.removeEventListener('resize', onResize);
    document.removeEventListener('keydown', onKey);
    options.onClose(current);
  };

  const onResize = () => fit(elements[current] as HTMLElement);

  // On the document, not the deck: a click on slide text moves focus to <body>, and the keys must still work.
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Buttons and links keep their own Enter and Space.
    if ((event.key === ' ' || event.key === 'Enter') && target.closest('button, a')) return;
    const action = deckAction(event.key, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey });
    if (!action) return;
    event.preventDefault();
    if (action === 'next') go(current + 1);
    else if (action === 'prev') go(current - 1);
    else if (action === 'first') go(0);
    else if (action === 'last') go(slides.length - 1);
    else if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'notes') toggleNotes();
    else if (action === 'exit') close();
  };
  document.addEventListener('keydown', onKey);
  prev.addEventListener('click', () => go(current - 1));
  next.addEventListener('click', () => go(current + 1));
  notesToggle.addEventListener('click', toggleNotes);
  full.addEventListener('click', toggleFullscreen);
  exit.addEventListener('click', close);
  speaker.addEventListener('click', () => {
    speakerWindow = openSpeakerWindow({ go: (i) => go(i), started });
    if (!speakerWindow) {
      live.textContent = '浏览器阻止了讲者窗口；可按 N 在本窗口显示备注。';
      return;
    }
    renderNotes();
  });
  window.addEventListener('resize', onResize);

  const inerted = [...document.body.children].filter(
    (el): el is HTMLElement => el !== root && el instanceof HTMLElement && !el.inert,
  );
  for (const el of inerted) el.inert = true;
  go(options.startAt ?? 0);
  stage.focus();
  return { root, go, close };
}

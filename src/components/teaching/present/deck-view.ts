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
import type { PageNotes } from '../../../lib/schemas/teaching.ts';
import type { DeckSlide } from '../../../lib/teaching/deck.ts';
import { slideLabel } from '../../../lib/teaching/deck.ts';
import { clampSlide, deckAction, KEY_HELP, type DeckAction } from '../../../lib/teaching/keys.ts';
import { slideNotes } from './notes-view.ts';
import { make } from '../../common/make.ts';
import { openSpeakerWindow, type SpeakerWindow } from './speaker-window.ts';
// As text, added when a deck opens: pages never presented carry none of it.
import deckCss from './deck.css?inline';

type ContentSlide = Extract<DeckSlide, { kind: 'content' }>;

export interface DeckSource {
  slides: DeckSlide[];
  /** The DOM of a content slide (the page's own elements, moved in). */
  contentOf(slide: ContentSlide): Node[];
  /** The teaching notes for a slide's page, if it has any. */
  notesOf(slide: DeckSlide): PageNotes | undefined;
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

/** The deck's fixed parts: the layer, its stage, notes panel, live region and toolbar. */
interface DeckChrome {
  root: HTMLElement;
  stage: HTMLElement;
  progress: HTMLElement;
  notesPanel: HTMLElement;
  live: HTMLElement;
  counter: HTMLElement;
  prev: HTMLButtonElement;
  next: HTMLButtonElement;
  notesToggle: HTMLButtonElement;
  speaker: HTMLButtonElement;
  full: HTMLButtonElement;
  exit: HTMLButtonElement;
}

function buildChrome(label: string): DeckChrome {
  // A div rather than <dialog>: a modal <dialog> cannot be made full screen. The rest of the page is made inert instead.
  const root = make('div', {
    class: 'deck',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': label,
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

  const button = (text: string, data: string, extra: Record<string, string> = {}) =>
    make('button', { type: 'button', class: 'deck__button', [`data-deck-${data}`]: '', ...extra }, text);
  const chrome: DeckChrome = {
    root,
    stage,
    progress,
    notesPanel,
    live,
    prev: button('上一张', 'prev', { 'aria-keyshortcuts': 'ArrowLeft PageUp' }),
    counter: make('span', { class: 'deck__counter', 'data-deck-counter': '' }),
    next: button('下一张', 'next', { 'aria-keyshortcuts': 'ArrowRight PageDown Space' }),
    notesToggle: button('备注', 'notes-toggle', { 'aria-pressed': 'false', 'aria-keyshortcuts': 'N' }),
    speaker: button('讲者窗口', 'speaker'),
    full: button('全屏', 'fullscreen', { 'aria-keyshortcuts': 'F' }),
    exit: button('退出', 'exit', { 'aria-keyshortcuts': 'Escape' }),
  };
  const bar = make('div', { class: 'deck__bar', role: 'toolbar', 'aria-label': '演示控制' });
  const { prev, counter, next, notesToggle, speaker, full, exit } = chrome;
  bar.append(
    prev,
    counter,
    next,
    notesToggle,
    speaker,
    full,
    exit,
    make('span', { class: 'deck__help' }, KEY_HELP),
  );
  root.append(stage, notesPanel, bar, live);
  return chrome;
}

/** Every slide, rendered into the stage, inert until it is the current one. */
function renderSlides(source: DeckSource, stage: HTMLElement): HTMLElement[] {
  const { slides } = source;
  return slides.map((slide, i) => {
    const el = renderSlide(slide, source);
    el.setAttribute('aria-label', `第 ${i + 1} 张，共 ${slides.length} 张：${slideLabel(slide)}`);
    el.inert = true;
    stage.append(el);
    return el;
  });
}

/** Makes the rest of the page inert while the deck is open; returns what undoes it. */
function inertAllBut(root: HTMLElement): () => void {
  const inerted = [...document.body.children].filter(
    (el): el is HTMLElement => el !== root && el instanceof HTMLElement && !el.inert,
  );
  for (const el of inerted) el.inert = true;
  return () => {
    for (const el of inerted) el.inert = false;
  };
}

/** The deck's keyboard handler: each key's action (src/lib/teaching/keys.ts) runs its step. */
function keyHandler(steps: Record<DeckAction, () => void>): (event: KeyboardEvent) => void {
  return (event) => {
    const target = event.target as HTMLElement;
    // Buttons and links keep their own Enter and Space.
    if ((event.key === ' ' || event.key === 'Enter') && target.closest('button, a')) return;
    const action = deckAction(event.key, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey });
    if (!action) return;
    event.preventDefault();
    steps[action]();
  };
}

/** Full screen for the deck, or out of it; says so when the browser refuses. */
function toggleFullscreen(chrome: DeckChrome): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else
    void chrome.root.requestFullscreen?.().catch(() => {
      chrome.live.textContent = '浏览器不允许全屏，可按 F11 使用浏览器的全屏。';
    });
}

/** Shows slide `index` of `elements` as the current one, with counter, progress and buttons to match. */
function showSlide(chrome: DeckChrome, elements: HTMLElement[], previous: number, index: number): void {
  if (previous >= 0) {
    const old = elements[previous] as HTMLElement;
    old.removeAttribute('data-current');
    old.inert = true;
  }
  const el = elements[index] as HTMLElement;
  el.setAttribute('data-current', '');
  el.inert = false;
  fit(el);
  el.scrollTop = 0;
  const count = elements.length;
  chrome.counter.textContent = `${index + 1} / ${count}`;
  chrome.progress.style.setProperty('--deck-progress', String((index + 1) / count));
  chrome.live.textContent = el.getAttribute('aria-label') ?? '';
  chrome.prev.disabled = index === 0;
  chrome.next.disabled = index === count - 1;
}

/** The toolbar's buttons run the same steps as the keys. */
function bindButtons(
  chrome: DeckChrome,
  steps: Record<DeckAction, () => void>,
  openSpeaker: () => void,
): void {
  chrome.prev.addEventListener('click', steps.prev);
  chrome.next.addEventListener('click', steps.next);
  chrome.notesToggle.addEventListener('click', steps.notes);
  chrome.full.addEventListener('click', steps.fullscreen);
  chrome.exit.addEventListener('click', steps.exit);
  chrome.speaker.addEventListener('click', openSpeaker);
}

export function openDeck(source: DeckSource, options: DeckOptions): DeckHandle {
  const { slides } = source;
  addStyles();
  const chrome = buildChrome(options.label);
  const { root, notesPanel, live } = chrome;
  const elements = renderSlides(source, chrome.stage);
  chrome.stage.prepend(chrome.progress);
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
    showSlide(chrome, elements, current, target);
    current = target;
    renderNotes();
    options.onChange?.(current);
  };
  const toggleNotes = () => {
    notesPanel.hidden = !notesPanel.hidden;
    chrome.notesToggle.setAttribute('aria-pressed', String(!notesPanel.hidden));
    renderNotes();
    fit(elements[current] as HTMLElement);
  };
  const openSpeaker = () => {
    speakerWindow = openSpeakerWindow({ go: (i) => go(i), started });
    if (!speakerWindow) {
      live.textContent = '浏览器阻止了讲者窗口；可按 N 在本窗口显示备注。';
      return;
    }
    renderNotes();
  };
  const close = () => {
    if (closed) return;
    closed = true;
    if (document.fullscreenElement) void document.exitFullscreen();
    speakerWindow?.close();
    restorePage();
    root.remove();
    window.removeEventListener('resize', onResize);
    document.removeEventListener('keydown', onKey);
    options.onClose(current);
  };
  const onResize = () => fit(elements[current] as HTMLElement);
  const steps: Record<DeckAction, () => void> = {
    next: () => go(current + 1),
    prev: () => go(current - 1),
    first: () => go(0),
    last: () => go(slides.length - 1),
    fullscreen: () => toggleFullscreen(chrome),
    notes: toggleNotes,
    exit: close,
  };
  // On the document, not the deck: a click on slide text moves focus to <body>, and the keys must still work.
  const onKey = keyHandler(steps);
  document.addEventListener('keydown', onKey);
  bindButtons(chrome, steps, openSpeaker);
  window.addEventListener('resize', onResize);

  const restorePage = inertAllBut(root);
  go(options.startAt ?? 0);
  chrome.stage.focus();
  return { root, go, close };
}

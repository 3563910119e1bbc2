/**
 * The table-of-contents element (TableOfContents.astro, drawn once: the phone
 * bar, or the aside's list from 72rem), made cheap to start.
 *
 * Starlight's own version observes every element of the page, found with a
 * `:has()` selector per table of contents: on a long case page that query
 * and the observers cost about 15 ms per copy at page load (30 ms with the
 * desktop and the phone copy; 4× that on a slow phone, a long task either
 * way). This one observes the headings only: a heading is “passed” when it
 * is above the line under the header, and the current section is the last
 * heading passed — the same answer, from about twenty observed elements.
 */
const PAGE_TITLE_ID = '_top';

/** Where the table of contents is the aside's list (Starlight's `lg` breakpoint), not the phone bar. */
const wide = matchMedia('(min-width: 72rem)');

/** The headings of a page, in order, read once. */
let pageHeadings: HTMLElement[] | undefined;

function headingsOf(minH: number, maxH: number): HTMLElement[] {
  if (pageHeadings) return pageHeadings;
  const levels = Array.from({ length: 1 + maxH - minH }, (_, i) => `h${minH + i}`).join();
  pageHeadings = [
    ...document.querySelectorAll<HTMLElement>(`h1#${PAGE_TITLE_ID}, main :where(${levels})[id]`),
  ];
  return pageHeadings;
}

export class StarlightTOC extends HTMLElement {
  _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
  minH = parseInt(this.dataset['minH'] || '2', 10);
  maxH = parseInt(this.dataset['maxH'] || '3', 10);

  set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    if (this._current) this._current.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this._current = link;
    // The phone bar names the section on screen (in a span made the first time).
    let display = this.querySelector('.display-current');
    if (!display) {
      display = document.createElement('span');
      display.className = 'display-current';
      this.querySelector('summary')?.append(display);
    }
    display.textContent = link.textContent;
  }

  onIdle = (cb: () => void) => (window.requestIdleCallback || ((f: () => void) => setTimeout(f, 1)))(cb);

  constructor() {
    super();
    this.keepOpenWhenWide();
    this.closeOnLeave();
    this.onIdle(() => this.init());
  }

  /** The aside's list is always shown: its `<details>` stays open on wide screens. */
  keepOpenWhenWide(): void {
    const details = this.querySelector('details');
    if (!details) return;
    const follow = () => {
      if (wide.matches) details.open = true;
    };
    follow();
    wide.addEventListener('change', follow);
    details.addEventListener('toggle', follow);
  }

  /** The phone bar's list closes on a chosen link, a click elsewhere and Escape (Starlight's behaviour). */
  closeOnLeave(): void {
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => {
      if (!wide.matches) details.open = false;
    };
    details.querySelectorAll('a').forEach((a) => a.addEventListener('click', close));
    window.addEventListener('click', (e) => {
      if (!details.contains(e.target as Node)) close();
    });
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !details.open || wide.matches) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }

  init = () => {
    const links = new Map(
      [...this.querySelectorAll('a')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]),
    );
    const headings = headingsOf(this.minH, this.maxH).filter((h) => links.has(h.id));
    const passed = new Set<Element>();
    const update = (entries: IntersectionObserverEntry[]) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) passed.add(target);
        else passed.delete(target);
      }
      const last = headings.findLast((h) => passed.has(h)) ?? headings[0];
      const link = last && links.get(last.id);
      if (link) this.current = link;
    };
    let observer: IntersectionObserver | undefined;
    const observe = () => {
      if (observer) return;
      observer = new IntersectionObserver(update, { rootMargin: this.getRootMargin() });
      headings.forEach((h) => observer!.observe(h));
    };
    observe();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      observer?.disconnect();
      observer = undefined;
      passed.clear();
      clearTimeout(timeout);
      timeout = setTimeout(() => this.onIdle(observe), 200);
    });
  };

  /** From far above the page down to the line under the header (and the phone's summary bar). */
  getRootMargin(): string {
    const top =
      (document.querySelector('header')?.getBoundingClientRect().height || 0) +
      (wide.matches ? 0 : this.querySelector('summary')?.getBoundingClientRect().height || 0) +
      32;
    return `100000px 0% ${top + 53 - document.documentElement.clientHeight}px`;
  }
}

customElements.define('starlight-toc', StarlightTOC);

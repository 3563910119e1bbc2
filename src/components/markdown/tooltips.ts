/**
 * Tooltips of :term and :fig (markup from src/lib/markdown/markup.ts). CSS already
 * shows a tooltip while its host is hovered or focused; this script adds
 * what CSS cannot:
 *  - each tooltip becomes its link's description for screen readers (an id,
 *    role="tooltip" and aria-describedby, not written into the page: some
 *    seventy per case page, issue 17's markup ratio);
 *  - Escape hides the open tooltip without moving focus or the pointer
 *    (WCAG 1.4.13), until the pointer or focus leaves;
 *  - on touch, the first tap on a term opens its tooltip instead of
 *    following the link; a second tap follows it, a tap elsewhere closes it;
 *  - a tooltip that would overflow the viewport is shifted back into it;
 *  - (cited-beside.ts) a figure whose paragraph's marker cites its passage
 *    is marked, so that print does not repeat its citation.
 * Without this script terms are plain links and figures plain links to
 * their source.
 */
import { TOOLTIP, TOOLTIP_HOST, TOOLTIP_TAG } from '../../lib/markdown/markup.ts';
import { markCitedBeside } from './cited-beside.ts';

const HOST = TOOLTIP_HOST;
const OPEN = 'data-tip-open';
const HIDDEN = 'data-tip-hidden';

let lastPointer = '';
let described = 0;

/**
 * Makes every tooltip below `root` that is not yet one its link's description. Called at start and
 * by code that brings other pages' content in (the lecture builder).
 */
export function describeTooltips(root: ParentNode = document): void {
  // Not a tooltip's job, but the same figures at the same moments: which print their citation.
  markCitedBeside(root);
  for (const tip of root.querySelectorAll<HTMLElement>(TOOLTIP)) {
    const link = tip.previousElementSibling;
    if (tip.id || link?.tagName !== 'A') continue;
    tip.id = `site-tip-${++described}`;
    tip.setAttribute('role', 'tooltip');
    link.setAttribute('aria-describedby', tip.id);
  }
}

function closeAll(except?: Element): void {
  for (const host of document.querySelectorAll(`[${OPEN}]`)) {
    if (host !== except) host.removeAttribute(OPEN);
  }
}

/** Keep the shown tooltip of a host inside the viewport. */
function fit(host: Element): void {
  const tip = host.querySelector<HTMLElement>(`:scope > ${TOOLTIP_TAG}`);
  if (!tip) return;
  tip.style.removeProperty('--site-tip-shift');
  requestAnimationFrame(() => {
    const rect = tip.getBoundingClientRect();
    if (rect.width === 0) return;
    const overflow = rect.right - (document.documentElement.clientWidth - 8);
    const shift = overflow > 0 ? Math.min(overflow, rect.left - 8) : 0;
    if (shift > 0) tip.style.setProperty('--site-tip-shift', `${-shift}px`);
  });
}

document.addEventListener('pointerdown', (event) => {
  lastPointer = event.pointerType;
  const host = (event.target as Element).closest?.(HOST);
  if (!host) closeAll();
});

document.addEventListener('click', (event) => {
  const host = (event.target as Element).closest?.(HOST);
  if (!host || lastPointer !== 'touch' || !(event.target as Element).closest('a')) return;
  if (!host.hasAttribute(OPEN)) {
    // First tap: show the definition; a second tap follows the link.
    event.preventDefault();
    closeAll(host);
    host.removeAttribute(HIDDEN);
    host.setAttribute(OPEN, '');
    fit(host);
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const host of document.querySelectorAll(`${HOST}:hover, ${HOST}:focus-within, [${OPEN}]`)) {
    host.setAttribute(HIDDEN, '');
    host.removeAttribute(OPEN);
  }
});

for (const type of ['mouseover', 'focusin'] as const) {
  document.addEventListener(type, (event) => {
    const host = (event.target as Element).closest?.(HOST);
    if (host && !host.contains(event.relatedTarget as Node | null)) fit(host);
  });
}

for (const type of ['mouseout', 'focusout'] as const) {
  document.addEventListener(type, (event) => {
    const host = (event.target as Element).closest?.(HOST);
    if (host && !host.contains(event.relatedTarget as Node | null)) host.removeAttribute(HIDDEN);
  });
}

describeTooltips();

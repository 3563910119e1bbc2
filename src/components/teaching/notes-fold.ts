/**
 * The teaching notes' two choices (TeachingNotes.astro), loaded by the page
 * module on case pages that have notes.
 */
import { siteStorageKey } from '../../stores/site-storage.ts';
import { NOTES_SECTION } from '../../lib/teaching/notes-section.ts';

// Printing the notes is a choice: participants' copies carry the case, not the trainer's notes.
const section = document.querySelector<HTMLElement>(NOTES_SECTION);
const printToggle = section?.querySelector<HTMLInputElement>('details > label > input');
printToggle?.addEventListener('change', () => {
  section?.classList.toggle('is-printed', printToggle.checked);
  const details = section?.querySelector('details');
  if (details && printToggle.checked) details.open = true;
});

// Remember whether the reader folded the notes away (default: open).
const KEY = siteStorageKey('teaching-notes-open');
const fold = section?.querySelector<HTMLDetailsElement>('details');
if (fold) {
  try {
    if (localStorage.getItem(KEY) === 'no') fold.open = false;
    fold.addEventListener('toggle', () => localStorage.setItem(KEY, fold.open ? 'yes' : 'no'));
  } catch {
    // Storage unavailable: the fold still works, it is just not remembered.
  }
}

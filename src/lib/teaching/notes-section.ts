/**
 * The section of a case page that holds its teaching notes (TeachingNotes.astro; a case without
 * notes has the `--empty` one, saying so). Its class is its mark: the case is the page's, the
 * suggested length the summary's visible “建议课时约 N 分钟”, so neither is written into the markup.
 * A module of its own: the page module looks for the section on every page, and what reads the
 * notes (notes.ts) loads only when a deck is made.
 */
export const NOTES_SECTION = '.teaching-notes:not(.teaching-notes--empty)';

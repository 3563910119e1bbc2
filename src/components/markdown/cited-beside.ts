/**
 * Marks each figure whose paragraph (or list item, or table cell) also holds a citation marker
 * of the figure's passage: print then leaves out the figure's own 〔出处：…〕 (markdown.css), which
 * would repeat what the marker's number already says. Derived here from the page's structure
 * (the figure's link and the marker's lead to the same passage) rather than written on each
 * figure: some sixty attributes a case page (issue 17's markup ratio). Without scripts a printed
 * figure names its passage even when its paragraph's marker does too.
 */
import { CITE_LINK, FIGURE_CLASS } from '../../lib/markdown/markup.ts';

/** The attribute print reads (`.fig[data-cited-beside] > small`). */
const CITED_BESIDE = 'data-cited-beside';

/** The blocks a figure and its paragraph's markers share. */
const BLOCK = 'p, li, td, th';

/** Marks (or unmarks) every figure below `root`; run again on content brought in (the lecture builder). */
export function markCitedBeside(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll(`.${FIGURE_CLASS}`)) {
    const passage = figure.querySelector(':scope > a')?.getAttribute('href');
    const block = figure.closest(BLOCK);
    const markers = block ? [...block.querySelectorAll(CITE_LINK)] : [];
    figure.toggleAttribute(
      CITED_BESIDE,
      passage !== undefined && passage !== null && markers.some((a) => a.getAttribute('href') === passage),
    );
  }
}

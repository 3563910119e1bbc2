/**
 * The scripts of the parts a page may hold, each loaded only by the pages
 * that hold it. They were a `<script type="module">` tag per component in
 * every page's HTML (ten on a case page, about 0.3 KB gzip of markup each
 * page); now the one page module (every-page.ts) looks for each part and
 * imports its code. A module script runs once the document is parsed, so the
 * whole page is there to look at.
 *
 * The selectors are the parts' own marks (the Markdown's, from
 * src/lib/markdown/markup.ts); tests/e2e/page-parts.test.ts checks each loads
 * on exactly the pages that hold it.
 */
import { TABLE_FRAME_CLASS, TOOLTIP_HOST } from '../../lib/markdown/markup.ts';
import { NOTES_SECTION } from '../../lib/teaching/notes-section.ts';

const PARTS: ReadonlyArray<readonly [selector: string, load: () => Promise<unknown>]> = [
  // The table of contents (TableOfContents.astro).
  ['starlight-toc', () => import('../overrides/starlight-toc.ts')],
  // 演示 and 打印 on case and topic pages (PageTools.astro).
  ['[data-present-button]', () => import('../teaching/present/tools-wiring.ts')],
  // Word, slides, 引用本页, 分享 (DocumentTools.astro).
  ['[data-doc-download]', () => import('../documents/tools-start.ts')],
  // The teaching notes' fold and print choice (TeachingNotes.astro).
  [NOTES_SECTION, () => import('../teaching/notes-fold.ts')],
  // In the Markdown: :term and :fig tooltips, tables that may scroll, Mermaid diagrams.
  [TOOLTIP_HOST, () => import('../markdown/tooltips.ts')],
  [`.${TABLE_FRAME_CLASS}`, () => import('../markdown/table-scroll.ts')],
  ['[data-diagram]', () => import('../markdown/diagram-loader.ts')],
];

/** Loads the code of every part the page holds. */
export function startPageParts(root: ParentNode = document): void {
  for (const [selector, load] of PARTS) if (root.querySelector(selector)) void load();
}

/**
 * The names the Markdown plugins write into every page and everything that
 * reads that markup shares: the tooltip script, the table script, the CSS,
 * the document export, the lecture builder, the search index, the compare
 * page and the tests.
 *
 * They are short and few because every byte is sent with every use: a case
 * page has some seventy terms, figures and citation markers (issue 17's
 * markup ratio). Whatever can be derived is: a tooltip's id, role and the
 * link's `aria-describedby` are set by the tooltip script
 * (src/components/markdown/tooltips.ts), which is also what makes a tooltip
 * reachable beyond hover and focus; without it a tooltip is CSS on hover and
 * focus only.
 */

/** Class of a term's wrapper: `<span class="term"><a href="…">大党委</a><small>大党委：…</small></span>`. */
export const TERM_CLASS = 'term';

/**
 * Class of a figure's wrapper: `<span class="fig" data-figure-id="cs-863"><a href="#source-…">863个</a>
 * <small><span>what is counted。</span>出处：…</small></span>`.
 */
export const FIGURE_CLASS = 'fig';

/**
 * What a citation marker's link leads to: a passage, whose anchor starts so (ANCHORS.sourceSection).
 * Matched anywhere in the link, which may lead back to its page (the compare page:
 * `/cases/…/#source-…`) or to a prefixed id (the lecture builder: `#p0-source-…`).
 */
const PASSAGE_ANCHOR = 'source-';

/**
 * A citation marker, `<sup><a href="#source-…">[3]</a></sup>`: a superscript holding a link to a
 * passage. No class: the site's Markdown writes no other `<sup>` (tests/build/markdown-output.test.ts
 * checks every page), and the link says what it is; a class on some seventy markers a case page was
 * bytes (issue 17's markup ratio).
 */
export const CITE_MARKER = `sup:has(> a[href*="${PASSAGE_ANCHOR}"])`;

/** The link of a citation marker. */
export const CITE_LINK = `sup > a[href*="${PASSAGE_ANCHOR}"]`;

/** Whether an element (by tag) holding a link (by href) is a citation marker. */
export const isCiteMarker = (tag: string, linkHref: string | null | undefined): boolean =>
  tag === 'sup' && (linkHref ?? '').includes(PASSAGE_ANCHOR);

/**
 * Class of the page's list of sources (`::source-list`): `<section class="source-list"><ul><li id="source-…">…`.
 * The export, the lecture handout and the search index find the list by it.
 */
export const SOURCE_LIST_CLASS = 'source-list';

/** Whether a class attribute names the page's list of sources. */
export const isSourceListClass = (classAttribute: string | null | undefined): boolean =>
  (classAttribute ?? '').split(/\s+/).includes(SOURCE_LIST_CLASS);

/** Class of a table's frame, which scrolls sideways: `<div class="table-frame"><table>…</table></div>`. */
export const TABLE_FRAME_CLASS = 'table-frame';

/**
 * The attribute of a diagram's canvas that names its source file (diagram-key.ts):
 * `<div class="site-diagram__canvas" data-diagram-key="k3f9a2c1" style="…">`.
 */
export const DIAGRAM_KEY_ATTRIBUTE = 'data-diagram-key';

/** A diagram's canvas: the element the drawing goes into. */
export const DIAGRAM_CANVAS = `[${DIAGRAM_KEY_ATTRIBUTE}]`;

/** A term or a figure: the element that holds a link and its tooltip. */
export const TOOLTIP_HOST = `:is(.${TERM_CLASS}, .${FIGURE_CLASS})`;

/** The tooltip of a term or figure: the `<small>` right inside its host. */
export const TOOLTIP = `${TOOLTIP_HOST} > small`;

/** Tag of the tooltip element inside a host. */
export const TOOLTIP_TAG = 'small';

/** Whether a class attribute names a tooltip host (a term or a figure). */
export const isTooltipHostClass = (classAttribute: string | null | undefined): boolean =>
  (classAttribute ?? '').split(/\s+/).some((name) => name === TERM_CLASS || name === FIGURE_CLASS);

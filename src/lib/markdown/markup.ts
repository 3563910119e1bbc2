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

/** Class of a citation marker: `<sup class="cite"><a href="#source-…">[3]</a></sup>`. */
export const CITE_CLASS = 'cite';

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

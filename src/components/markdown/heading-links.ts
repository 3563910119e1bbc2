/**
 * Each Markdown heading's link to its own section, added once the page is
 * idle rather than written into every page. The page holds bare headings
 * (`<h2 id="概况">概况</h2>`: Starlight's heading links are off in
 * astro.config.mjs, and its wrapper div and link cost markup on every page
 * and build time on every case). Here the heading's text becomes the link:
 * `<h2 id="概况"><a class="heading-link" href="#概况">概况</a></h2>`, its
 * icon drawn by markdown.css in the room the heading already keeps for it,
 * so nothing moves when the link appears.
 *
 * Why the text is the link: a link placed inside a heading joins the
 * heading's accessible name, so an icon link labelled “小节“概况”的链接”
 * would make a screen reader read the heading as “概况 小节“概况”的链接”.
 * With the text as the link the heading's name stays its text, the link's
 * name is the section's name, and it is one Tab stop per heading as before.
 * A heading that already holds a link (a figure or term) cannot hold another
 * around it: it gets the icon link at its end, with Starlight's label.
 */
import { whenIdle } from '../common/when-idle.ts';
import strings from '../../content/i18n/zh-CN.json';

/** Class of the link; markdown.css, print.css and the slide deck style it. */
const HEADING_LINK_CLASS = 'heading-link';

/** The headings written in Markdown: they sit right inside the page's Markdown content. */
const MARKDOWN_HEADINGS = '.sl-markdown-content > :is(h2, h3, h4, h5, h6)[id]';

/** What a link cannot hold. */
const INTERACTIVE = 'a, button, input, select, textarea, details, [tabindex]';

/** Starlight's `heading.anchorLabel`, as our translation words it (小节“…”的链接). */
const headingLinkLabel = (title: string): string =>
  strings['heading.anchorLabel'].replace('{{title}}', title);

function addHeadingLink(heading: HTMLElement): void {
  if (heading.querySelector(`.${HEADING_LINK_CLASS}`)) return;
  const link = document.createElement('a');
  link.className = HEADING_LINK_CLASS;
  link.href = `#${heading.id}`;
  if (heading.querySelector(INTERACTIVE)) {
    link.setAttribute('aria-label', headingLinkLabel(heading.textContent?.trim() ?? ''));
    heading.append(link);
  } else {
    link.append(...heading.childNodes);
    heading.append(link);
  }
}

// The page's own headings, as it was served: content other scripts bring in later (the lecture
// handout's pages) is theirs to lay out, and the result must not depend on which comes first.
const headings = [...document.querySelectorAll<HTMLElement>(MARKDOWN_HEADINGS)];
whenIdle(() => headings.forEach(addHeadingLink));

/**
 * The link after each Markdown heading (Starlight's heading links), added
 * once the page is idle rather than written into every page
 * (src/lib/markdown/rehype-light-heading-links.ts says why). Same markup
 * and label as Starlight's: `<a class="sl-anchor-link" href="#id"
 * aria-label="小节“…”的链接">`; its icon is drawn by markdown.css.
 */
import { whenIdle } from '../common/when-idle.ts';
import strings from '../../content/i18n/zh-CN.json';

/** Starlight's `heading.anchorLabel`, as our translation words it (小节“…”的链接). */
const headingLinkLabel = (title: string): string =>
  strings['heading.anchorLabel'].replace('{{title}}', title);

function addHeadingLinks(root: ParentNode = document): void {
  for (const heading of root.querySelectorAll<HTMLElement>('.sl-heading-wrapper > :first-child[id]')) {
    if (heading.nextElementSibling?.classList.contains('sl-anchor-link')) continue;
    const link = document.createElement('a');
    link.className = 'sl-anchor-link';
    link.href = `#${heading.id}`;
    link.setAttribute('aria-label', headingLinkLabel(heading.textContent?.trim() ?? ''));
    heading.after(link);
  }
}

whenIdle(() => addHeadingLinks());

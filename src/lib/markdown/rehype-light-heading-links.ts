/**
 * Starlight follows every heading with a link to it: a span, an SVG icon
 * (svg and path) and a screen-reader text span inside the link, five
 * elements per heading, 150 on a case page of 30 headings. This keeps the
 * wrapper, the heading and the link, and moves the words into the link's
 * aria-label; the icon is drawn by CSS (markdown.css, .sl-anchor-link::before).
 *
 * ```html
 * <div class="sl-heading-wrapper level-h2"><h2 id="概况">概况</h2>
 *   <a class="sl-anchor-link" href="#概况" aria-label="小节“概况”的链接"></a></div>
 * ```
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** Starlight writes the link's class as a raw `class` property, the span's as hastscript's `className`. */
const hasClass = (node: Element, name: string): boolean =>
  [node.properties['className'], node.properties['class']]
    .flat()
    .some((value) => typeof value === 'string' && value.split(' ').includes(name));

export function rehypeLightHeadingLinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || !hasClass(node, 'sl-anchor-link') || node.children.length === 0) return;
      const label = node.children
        .filter((child) => child.type === 'element' && hasClass(child, 'sr-only'))
        .map(textOf)
        .join('');
      node.properties['ariaLabel'] = label;
      node.children = [];
    });
  };
}

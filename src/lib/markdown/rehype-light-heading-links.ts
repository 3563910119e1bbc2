/**
 * Starlight follows every heading with a link to it: a span, an SVG icon
 * (svg and path) and a screen-reader text span inside the link, five
 * elements per heading. This keeps the wrapper and the heading and drops
 * the link: the page's script adds it, with the same label, once the page
 * is idle (src/components/markdown/heading-links.ts). The wrapper already
 * lays the heading out with room for the icon at the end of its last line
 * (Starlight's anchor-links.css), so the link appears without moving
 * anything. Written out, the links were about 0.33 KB gzip on a case page.
 *
 * ```html
 * <div class="sl-heading-wrapper level-h2"><h2 id="概况">概况</h2></div>
 * ```
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Starlight writes the link's class as a raw `class` property, the span's as hastscript's `className`. */
const hasClass = (node: Element, name: string): boolean =>
  [node.properties['className'], node.properties['class']]
    .flat()
    .some((value) => typeof value === 'string' && value.split(' ').includes(name));

export function rehypeLightHeadingLinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'div' || !hasClass(node, 'sl-heading-wrapper')) return;
      node.children = node.children.filter(
        (child) => !(child.type === 'element' && child.tagName === 'a' && hasClass(child, 'sl-anchor-link')),
      );
    });
  };
}

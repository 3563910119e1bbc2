/**
 * Every table of a Markdown page in a frame that can scroll sideways on a
 * phone:
 *
 * ```html
 * <div class="table-frame"><table>…</table></div>
 * ```
 * The client script (src/components/markdown/table-scroll.ts) marks the frame
 * `data-scrolls` and makes it a labelled, keyboard-focusable region only when
 * the table is wider than the column; markdown.css then shows the 左右滑动
 * hint above the table (drawn by CSS: one element per table, not three) and
 * keeps the first column in view while the rest scrolls.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { TABLE_FRAME_CLASS } from './markup.ts';

const isFrame = (node: unknown) => {
  const className = (node as Element | undefined)?.properties?.['className'];
  return Array.isArray(className) && className.includes(TABLE_FRAME_CLASS);
};

export function rehypeTables() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || index === undefined || !parent || isFrame(parent)) return undefined;
      parent.children[index] = h('div', { className: [TABLE_FRAME_CLASS] }, [node]);
      return SKIP;
    });
  };
}

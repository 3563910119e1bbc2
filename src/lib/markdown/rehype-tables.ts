/**
 * Every table of a Markdown page in a frame that can scroll sideways on a
 * phone, with a hint line above it:
 *
 * ```html
 * <div class="site-table">
 *   <p class="site-table__hint" aria-hidden="true">左右滑动查看全表</p>
 *   <div class="site-table__scroll" data-table-scroll><table>…</table></div>
 * </div>
 * ```
 * The client script (src/components/markdown/table-scroll.ts) shows the hint
 * and makes the frame a labelled, keyboard-focusable region only when the
 * table is wider than the column; the first column stays in view while the
 * rest scrolls (markdown.css).
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** The hint shown above a table that scrolls sideways. */
const TABLE_HINT = '左右滑动查看全表';

const isFrame = (node: unknown) =>
  (node as Element | undefined)?.type === 'element' &&
  (node as Element).properties['dataTableScroll'] !== undefined;

export function rehypeTables() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || index === undefined || !parent || isFrame(parent)) return undefined;
      parent.children[index] = h('div', { className: ['site-table'] }, [
        h('p', { className: ['site-table__hint'], ariaHidden: 'true' }, TABLE_HINT),
        h('div', { className: ['site-table__scroll'], dataTableScroll: '' }, [node]),
      ]);
      return SKIP;
    });
  };
}

/**
 * Turns a slide plan's block references into DOM for the slide by moving the
 * page's own elements (figures keep their citations, diagrams their canvas)
 * and leaving a placeholder behind; restore() puts every element back where
 * it was. A list or table shown in parts is rebuilt around its own moved
 * items or rows, with the table's caption and header copied onto each part.
 */
import { bodyRows, listItems, listOf, tableOf, type ElementLike } from '../../../lib/teaching/blocks.ts';
import type { BlockRef } from '../../../lib/teaching/slides.ts';
import { nodeOf } from './dom-tree.ts';

export interface Materializer {
  /** The nodes of one slide, in order (moved out of the page). */
  nodesFor(refs: BlockRef[]): Node[];
  /** Put every moved node back in its place. */
  restore(): void;
}

/** A copy without ids (ids must stay unique: the originals keep theirs). */
function copyWithoutIds<T extends Element>(el: T, deep: boolean): T {
  const copy = el.cloneNode(deep) as T;
  copy.removeAttribute('id');
  for (const inner of copy.querySelectorAll('[id]')) inner.removeAttribute('id');
  return copy;
}

export function createMaterializer(blocks: ElementLike[]): Materializer {
  const moved: Array<[Comment, Node]> = [];
  // Parts are listed once, before any is moved: later parts must not count from a list already thinned out.
  const partsCache = new Map<Element, Element[]>();
  const partsOf = (holder: ElementLike, list: (el: ElementLike) => ElementLike[]) => {
    let parts = partsCache.get(nodeOf(holder));
    if (!parts) {
      parts = list(holder).map(nodeOf);
      partsCache.set(nodeOf(holder), parts);
    }
    return parts;
  };

  const taken = new Set<Node>();
  const take = (node: Node): Node => {
    // The same block twice in one deck (a lecture may repeat a section): later uses get a copy.
    if (taken.has(node)) return node instanceof Element ? copyWithoutIds(node, true) : node.cloneNode(true);
    taken.add(node);
    const mark = document.createComment('演示中');
    node.parentNode?.insertBefore(mark, node);
    moved.push([mark, node]);
    return node;
  };

  /** Rebuild the outer block around `inner`, if the block wraps it (section > ol, div > table). */
  const wrap = (blockNode: Element, container: Element, inner: Element): Element => {
    if (blockNode === container) return inner;
    const outer = copyWithoutIds(blockNode, false);
    outer.append(inner);
    return outer;
  };

  const listPart = (block: ElementLike, from: number, to: number): Node => {
    const list = listOf(block) as ElementLike;
    const listNode = nodeOf(list);
    const part = copyWithoutIds(listNode, false);
    if (listNode instanceof HTMLOListElement) (part as HTMLOListElement).start = (listNode.start || 1) + from;
    for (const item of partsOf(list, listItems).slice(from, to)) part.append(take(item));
    return wrap(nodeOf(block), listNode, part);
  };

  const tablePart = (block: ElementLike, from: number, to: number): Node => {
    const table = tableOf(block) as ElementLike;
    const tableNode = nodeOf(table) as HTMLTableElement;
    const part = copyWithoutIds(tableNode, false);
    if (tableNode.caption) part.append(copyWithoutIds(tableNode.caption, true));
    if (tableNode.tHead) part.append(copyWithoutIds(tableNode.tHead, true));
    const body = document.createElement('tbody');
    for (const row of partsOf(table, bodyRows).slice(from, to)) body.append(take(row));
    part.append(body);
    return wrap(nodeOf(block), tableNode, part);
  };

  return {
    nodesFor(refs) {
      return refs.map((ref) => {
        const block = blocks[ref.block];
        if (!block) return document.createTextNode('');
        if (ref.from === undefined || ref.to === undefined) return take(nodeOf(block));
        return listOf(block) ? listPart(block, ref.from, ref.to) : tablePart(block, ref.from, ref.to);
      });
    },
    restore() {
      for (const [mark, node] of moved.reverse()) mark.replaceWith(node);
      moved.length = 0;
      taken.clear();
    },
  };
}

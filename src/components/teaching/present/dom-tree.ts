/**
 * The minimal tree of src/lib/teaching/blocks.ts over the live DOM. Each
 * element keeps a reference to its DOM node, so that the slide plan (which
 * speaks of block indices) can be turned back into the page's own elements.
 */
import type { ElementLike, NodeLike } from '../../../lib/teaching/blocks.ts';

export interface DomElementLike extends ElementLike {
  node: Element;
}

export function domElement(node: Element): DomElementLike {
  return {
    type: 'element',
    tag: node.localName,
    node,
    attr: (name) => node.getAttribute(name),
    children: () =>
      [...node.childNodes].flatMap((child): NodeLike[] => {
        if (child.nodeType === Node.ELEMENT_NODE) return [domElement(child as Element)];
        if (child.nodeType === Node.TEXT_NODE) return [{ type: 'text', value: child.nodeValue ?? '' }];
        return [];
      }),
  };
}

/** The DOM node behind an element of the minimal tree. */
export const nodeOf = (el: ElementLike) => (el as DomElementLike).node;

/**
 * The minimal tree of blocks.ts over a hast tree (the built HTML parsed by
 * unified), so that the build and browser tests plan decks from the same
 * HTML the browser presents.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { ElementLike, NodeLike } from './blocks.ts';

/** hast property name of an HTML attribute (class → className, data-foo-bar → dataFooBar); enough for blocks.ts. */
function propertyName(attribute: string): string {
  if (attribute === 'class') return 'className';
  if (attribute.startsWith('data-')) {
    const [head, ...rest] = attribute.split('-');
    return `${head}${rest.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')}`;
  }
  return attribute;
}

export function hastElement(node: Element): ElementLike {
  return {
    type: 'element',
    tag: node.tagName,
    attr(name) {
      const value = node.properties[propertyName(name)];
      if (value === undefined || value === null || value === false) return null;
      if (value === true) return '';
      return Array.isArray(value) ? value.join(' ') : String(value);
    },
    children: () => node.children.flatMap((child) => hastNode(child)),
  };
}

function hastNode(node: ElementContent | Root): NodeLike[] {
  if (node.type === 'text') return [{ type: 'text', value: node.value }];
  if (node.type === 'element') return [hastElement(node)];
  return [];
}

/**
 * Starlight writes an inline SVG icon into the title of every aside (`:::note` and the like):
 * about 0.26 KB gzip of markup per aside, the same drawing each time. This drops it when it is
 * the variant's own icon; markdown.css draws that icon before the title instead (a mask filled
 * with the title's colour, the same size and place). An aside given another icon
 * (`:::note{icon="…"}`) keeps its SVG.
 *
 * ```html
 * <aside aria-label="题" class="starlight-aside starlight-aside--note">
 *   <p class="starlight-aside__title" aria-hidden="true">题</p>…
 * ```
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ASIDE_ICON_PATHS, type AsideVariant } from './aside-icons.ts';

const classesOf = (node: Element): string[] =>
  [node.properties['className'], node.properties['class']]
    .flat()
    .flatMap((value) => (typeof value === 'string' ? value.split(' ') : []));

function variantOf(aside: Element): AsideVariant | undefined {
  const variant = classesOf(aside)
    .find((name) => name.startsWith('starlight-aside--'))
    ?.slice('starlight-aside--'.length);
  return variant && variant in ASIDE_ICON_PATHS ? (variant as AsideVariant) : undefined;
}

/** The `d` of each path of an SVG, in order. */
const pathsOf = (svg: Element): string[] =>
  svg.children.flatMap((child) =>
    child.type === 'element' && child.tagName === 'path' ? [String(child.properties['d'] ?? '')] : [],
  );

const isDefaultIcon = (svg: Element, variant: AsideVariant): boolean =>
  pathsOf(svg).join(' ') === ASIDE_ICON_PATHS[variant].join(' ');

export function rehypeAsideIcons() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'aside') return;
      const variant = variantOf(node);
      const title = node.children.find(
        (child): child is Element =>
          child.type === 'element' && classesOf(child).includes('starlight-aside__title'),
      );
      if (!variant || !title) return;
      title.children = title.children.filter(
        (child) =>
          !(
            child.type === 'element' &&
            child.tagName === 'svg' &&
            classesOf(child).includes('starlight-aside__icon') &&
            isDefaultIcon(child, variant)
          ),
      );
    });
  };
}

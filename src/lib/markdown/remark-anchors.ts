/**
 * `:anchor{#id}` — a stable anchor at the start of a passage, for rules and
 * citations to point at. Unlike heading ids, it does not change when the
 * wording does.
 *
 * ```markdown
 * :anchor{#xh-committee-size}原则上综合党委委员总数为奇数……
 * ```
 * renders as `<span id="xh-committee-size"></span>原则上……`.
 * The leaf form `::anchor{#id}` on its own line renders a `<div>`. Nothing more:
 * an empty element with an id is an anchor (markdown.css finds it so).
 * An id must be lower-case ASCII (like every id on the site), unique on the
 * page, and must not use the prefixes of ids the pipeline generates.
 */
import type { Root } from 'mdast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { idSchema } from '../schemas/data.ts';
import { addProblem } from './problems.ts';
import { replaceDirectives, type LeafDirective, type TextDirective } from './directives.ts';
import { siteHtml } from './site-html.ts';

/** Prefixes of ids our own plugins generate (figures, terms, citations, tables). */
const RESERVED_ID_PREFIXES = ['fig-', 'tip-', 'cite-ref-', 'source-', 'site-'];

export function remarkAnchors() {
  return (tree: Root, file: VFile): void => {
    const seen = new Set<string>();
    const render = (node: TextDirective | LeafDirective, tagName: 'span' | 'div') => {
      const id = node.attributes?.id ?? '';
      if (!id) {
        addProblem(file, node, '锚点缺少 id：应写成 :anchor{#id}');
        return undefined;
      }
      if (!idSchema.safeParse(id).success) {
        addProblem(file, node, `锚点 id「${id}」不合规：只能由小写字母、数字和连字符组成`);
        return undefined;
      }
      const reserved = RESERVED_ID_PREFIXES.find((prefix) => id.startsWith(prefix));
      if (reserved) {
        addProblem(file, node, `锚点 id「${id}」不能以「${reserved}」开头（该前缀留给自动生成的 id）`);
        return undefined;
      }
      if (seen.has(id)) {
        addProblem(file, node, `锚点 id「${id}」在本页重复`);
        return undefined;
      }
      seen.add(id);
      return siteHtml(h(tagName, { id }));
    };
    // Leaf and text anchors share one set of ids.
    replaceDirectives(tree, 'textDirective', 'anchor', (node) => render(node, 'span'));
    replaceDirectives(tree, 'leafDirective', 'anchor', (node) => render(node, 'div'));
  };
}

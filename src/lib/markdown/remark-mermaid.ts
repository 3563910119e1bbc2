/**
 * ```` ```mermaid caption="…" ```` — a flowchart, drawn by Mermaid in the
 * browser, with its text alternative written here at build time.
 *
 * ````markdown
 * ```mermaid caption="综合党委与社区大党委"
 * flowchart TD
 *   zh["街道（镇）综合党委"] -->|下设| dd["社区“大党委”"]
 * ```
 * ````
 * renders as
 * ```html
 * <figure class="site-diagram" data-diagram>
 *   <div class="site-diagram__canvas" data-diagram-key="k3f9a2c1"
 *     style="--site-diagram-width: 220px; --site-diagram-ratio: 220 / 244" aria-hidden="true"></div>
 *   <div class="site-diagram__text"><p>图示内容：</p><ul><li>街道（镇）综合党委<ul><li>下设：社区“大党委”</li></ul></li>…</ul></div>
 *   <figcaption>综合党委与社区大党委</figcaption>
 * </figure>
 * ```
 * The source itself is a file of its own, named by the key (diagram-key.ts): the page carries only
 * the key. The canvas reserves the drawing's estimated size, so drawing never shifts the page up; the
 * client script (src/components/markdown/diagram-loader.ts) loads Mermaid
 * only when a canvas nears the viewport (or the page is printed). The text
 * list is read by screen readers and shown without JS; paper gets the
 * drawing. When a drawing is wider than the column, markdown.css shows a hint over it.
 */
import type { Code, Root, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addProblem } from './problems.ts';
import {
  DIAGRAM_MIN_SCALE,
  OutlineError,
  diagramSize,
  parseOutline,
  type Outline,
  type OutlineItem,
} from './mermaid-outline.ts';
import { siteHtml } from './site-html.ts';
import { diagramKey } from './diagram-key.ts';

/** `caption="…"` (or '…') from a code fence's meta string. */
function captionOf(meta: string | null | undefined): string | undefined {
  const match = /\bcaption=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const caption = (match?.[1] ?? match?.[2])?.trim();
  return caption || undefined;
}

/** “指向：甲、乙；下设：丙”: a node's edges, grouped by label, as one line of text. */
function edgesText(edges: Outline['edges'], nameOf: (id: string) => string): string {
  const byLabel = new Map<string, string[]>();
  for (const e of edges) {
    const label = e.label ?? '指向';
    byLabel.set(label, [...(byLabel.get(label) ?? []), nameOf(e.to)]);
  }
  return [...byLabel].map(([label, targets]) => `${label}：${targets.join('、')}`).join('；');
}

/**
 * The diagram's content as a list: one item per node or group, its edges on
 * the same line (“街道工委——指向：党政综合办、基层党建办”), so that a
 * diagram of twenty arrows is ten items, not thirty.
 */
function outlineList(outline: Outline, container: string): ElementContent {
  const nameOf = (id: string) => outline.nodes.get(id)?.label ?? outline.groups.get(id)?.title ?? id;
  const itemFor = (item: OutlineItem): ElementContent => {
    if (item.kind === 'group') {
      const group = outline.groups.get(item.id)!;
      return h('li', [`${group.title}（分组）`, outlineList(outline, item.id)]);
    }
    const out = outline.edges.filter((e) => e.from === item.id);
    return h('li', out.length > 0 ? `${nameOf(item.id)}——${edgesText(out, nameOf)}` : nameOf(item.id));
  };
  const groupEdges = container ? outline.edges.filter((e) => e.from === container) : [];
  return h('ul', [
    ...(outline.contents.get(container) ?? []).map(itemFor),
    ...(groupEdges.length > 0 ? [h('li', `（本组）${edgesText(groupEdges, nameOf)}`)] : []),
  ]);
}

export function remarkMermaid() {
  return (tree: Root, file: VFile): void => {
    const found: Array<{ node: Code; parent: { children: RootContent[] } }> = [];
    visit(tree, 'code', (node, _index, parent) => {
      if (node.lang === 'mermaid' && parent)
        found.push({ node, parent: parent as { children: RootContent[] } });
    });
    for (const { node, parent } of found) {
      const index = parent.children.indexOf(node);
      const caption = captionOf(node.meta);
      let outline: Outline | undefined;
      try {
        outline = parseOutline(node.value);
      } catch (error) {
        if (!(error instanceof OutlineError)) throw error;
        // The fence line comes first; diagram line n is node line + n.
        const line = (node.position?.start.line ?? 0) + error.line;
        addProblem(
          file,
          { type: 'code', position: { start: { line, column: 1 }, end: { line, column: 1 } } },
          `mermaid 图示：${error.message}`,
        );
      }
      if (!caption) addProblem(file, node, 'mermaid 图示缺少图题：应写成 ```mermaid caption="图题"');
      if (!outline || !caption) {
        parent.children.splice(index, 1);
        continue;
      }
      const size = diagramSize(outline);
      const figure = h('figure', { className: ['site-diagram'], dataDiagram: '' }, [
        h('div', {
          className: ['site-diagram__canvas'],
          dataDiagramKey: diagramKey(node.value),
          // The box Mermaid's drawing will fill: at most its natural width, in its aspect ratio.
          style: `--site-diagram-width: ${size.width}px; --site-diagram-ratio: ${size.width} / ${size.height}; --site-diagram-min-height: ${Math.round(size.height * DIAGRAM_MIN_SCALE)}px`,
          ariaHidden: 'true',
        }),
        h('div', { className: ['site-diagram__text'] }, [
          h('p', { className: ['site-diagram__text-title'] }, '图示内容：'),
          outlineList(outline, ''),
        ]),
        h('figcaption', { className: ['site-diagram__caption'] }, caption),
      ]);
      parent.children.splice(index, 1, siteHtml(figure) as never);
    }
  };
}

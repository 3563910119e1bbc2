/**
 * `:term[大党委]` — a glossary term (found by term or alias) as a link to its
 * entry on the glossary page, with its short definition as a tooltip.
 *
 * ```markdown
 * 推行社区:term[大党委]
 * ```
 * renders as
 * ```html
 * 推行社区<span class="term"><a href="/reference/glossary/d/#da-dang-wei">大党委</a><small>大党委：…</small></span>
 * ```
 * The entry's id is the link's fragment (`termIdOf` reads it back): the markup
 * carries nothing a reader's page does not need, since every byte of it is
 * sent with every use (issue 17's markup ratio; markup.ts).
 * The text stays as written (an alias shows as the alias). CSS shows the
 * tooltip on hover and focus; the tooltip script makes it the link's
 * description (id, role, aria-describedby) and adds Escape and touch.
 * Without JS it is an ordinary link with a tooltip on hover and focus.
 *
 * A term is linked at its first use in each section (h2 or h3) only; later
 * uses in the same section read as plain text, so a paragraph is not a row of links
 * and the page does not carry the same definition ten times.
 */
import type { Root } from 'mdast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { addProblem } from './problems.ts';
import { didYouMean } from '../data/nearest.ts';
import { namesOf, termIndex } from '../glossary/names.ts';
import { labelOf, replaceDirectives, routesOf, type PipelineOptions } from './directives.ts';
import { TERM_CLASS, TOOLTIP_TAG } from './markup.ts';
import { siteHtml } from './site-html.ts';

export function remarkTerms(options: PipelineOptions) {
  const routes = routesOf(options);
  return (tree: Root, file: VFile): void => {
    const entries = [...options.siteData().glossary.values()].map((located) => located.value);
    const terms = termIndex(entries);
    const linked = new Set<string>();
    replaceDirectives(tree, 'textDirective', 'term', (node, { inHeading, section }) => {
      const name = labelOf(node);
      const entry = terms.get(name);
      if (!entry) {
        const clash = terms.conflicts(name);
        addProblem(
          file,
          node,
          clash
            ? `术语「${name}」同时是 ${clash.join('、')} 的名称或别名，无法确定指向（:term[${name}]）`
            : `未知的术语「${name}」（:term[${name}]）：content/data/glossary.yaml 中没有这一术语或别名${didYouMean(name, entries.flatMap(namesOf))}`,
        );
        return undefined;
      }
      // In a heading, the term as plain text: the heading also names a section in the table of contents.
      if (inHeading) return { type: 'text', value: name };
      const key = `${section} ${entry.id}`;
      if (linked.has(key)) return { type: 'text', value: name };
      linked.add(key);
      return siteHtml(
        h('span', { className: [TERM_CLASS] }, [
          h('a', { href: routes.glossary(entry) }, name),
          h(TOOLTIP_TAG, `${entry.term}：${entry.short}`),
        ]),
      );
    });
  };
}

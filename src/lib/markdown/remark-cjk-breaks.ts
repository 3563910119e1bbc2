/**
 * Chinese typography: a line break inside a Chinese paragraph is not a word
 * space. Browsers render the newline of
 *
 * ```markdown
 * 西湖区推行社区
 * :term[大党委]
 * ```
 * as a visible space between 社区 and 大党委; this plugin removes such breaks
 * when the characters on both sides are CJK or full-width punctuation, or
 * when one side is one of our directives (which render as CJK text or
 * numbers that belong to it). Breaks next to Latin text stay spaces.
 * Runs first, while the directives are still directive nodes.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** CJK ideographs, kana, full-width punctuation and forms, CJK symbols. */
const CJK =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]/u;

/** Directives that render inline as part of the sentence. */
const INLINE_DIRECTIVES = new Set(['fig', 'term', 'cite', 'anchor']);

const isOurs = (node: PhrasingContent | undefined) =>
  node?.type === 'textDirective' && INLINE_DIRECTIVES.has(node.name);

/** Does this node begin (edge 'start') or end ('end') with a CJK character, or is it our directive? */
function cjkAt(node: PhrasingContent | undefined, edge: 'start' | 'end'): boolean {
  if (!node) return false;
  if (isOurs(node)) return true;
  if (node.type === 'break') return false;
  const text = toString(node);
  const char = edge === 'start' ? text.at(0) : text.at(-1);
  return char !== undefined && CJK.test(char);
}

export function remarkCjkBreaks() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const children = (node as Parent).children as PhrasingContent[];
      children.forEach((child, i) => {
        if (child.type !== 'text' || !child.value.includes('\n')) return;
        const before = children[i - 1];
        const after = children[i + 1];
        child.value = child.value.replace(/[ \t]*\n[ \t]*/g, (br, offset: number, whole: string) => {
          const prev = whole.slice(0, offset);
          const next = whole.slice(offset + br.length);
          const leftCjk = prev.length > 0 ? CJK.test(prev.at(-1)!) : cjkAt(before, 'end');
          const rightCjk = next.length > 0 ? CJK.test(next.at(0)!) : cjkAt(after, 'start');
          return leftCjk && rightCjk ? '' : br;
        });
      });
    });
  };
}

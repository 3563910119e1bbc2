/**
 * Numbers typed into case prose. Every figure of a case page comes from
 * content/data/figures through :fig, so that it is typed once, checked
 * against the source and shown with its citation. An Arabic number written
 * straight into the prose of a case page escapes all that: a wrong number
 * next to a correct :fig would pass every other test. This reports each one
 * at file:line with the number.
 *
 * Allowed: years (1900–2099), dates (12月, 1日), numbers inside a model's
 * name or slogan as the page's `models` lists it (1+4+N, 7办5中心), inside a
 * glossary term or inside Chinese quotation marks (names and slogans quoted
 * as the source writes them: “6X”, “90后”), and anything inside a directive,
 * code or a link's address.
 * Only pages of kind 案例 are checked: topic pages compare cases in words.
 */
import type { Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { addProblem } from './problems.ts';
import type { PipelineOptions } from './directives.ts';

const NUMBER = /\d+(?:\.\d+)?/g;
const SKIPPED = new Set(['textDirective', 'leafDirective', 'containerDirective', 'inlineCode', 'code']);

/** True when the number at `at` in `text` is a year or part of a date. */
function isDate(text: string, at: number, number: string): boolean {
  const after = text.slice(at + number.length, at + number.length + 1);
  if (after === '月' || after === '日' || after === '号') return true;
  const value = Number(number);
  return /^\d{4}$/.test(number) && value >= 1900 && value < 2100;
}

/** Text in Chinese quotation marks: names and slogans as the source writes them (“1+1+N+X”, “90后”). */
const QUOTED = /“[^”]*”/g;

/** The text with every allowed name (models, terms holding digits, quoted names) blanked out, positions kept. */
function maskNames(text: string, names: readonly string[]): string {
  let masked = text.replace(QUOTED, (q) => '＿'.repeat(q.length));
  for (const name of names) {
    if (!/\d/.test(name) || !masked.includes(name)) continue;
    masked = masked.split(name).join('＿'.repeat(name.length));
  }
  return masked;
}

/** Arabic numbers in a text that are neither dates nor part of an allowed name. */
export function strayNumbers(
  text: string,
  names: readonly string[],
): Array<{ number: string; index: number }> {
  // Most text has no digit (figures come through :fig): nothing to mask or report.
  if (!/\d/.test(text)) return [];
  const masked = maskNames(text, names);
  return [...masked.matchAll(NUMBER)]
    .filter((m) => !isDate(masked, m.index, m[0]))
    .map((m) => ({ number: m[0], index: m.index }));
}

/** The page's model names, from its frontmatter (Astro's renderer and check:content put it in file.data.astro); undefined unless a case page. */
function frontmatterModels(file: VFile): string[] | undefined {
  const frontmatter = file.data.astro?.frontmatter;
  if (frontmatter?.['kind'] !== '案例') return undefined;
  const models = frontmatter['models'];
  return Array.isArray(models) ? models.map(String) : [];
}

export function remarkProseNumbers(options: PipelineOptions) {
  return (tree: Root, file: VFile): void => {
    const models = frontmatterModels(file);
    if (!models) return;
    const glossary = [...options.siteData().glossary.values()].flatMap((g) => [
      g.value.term,
      ...g.value.aliases,
    ]);
    // Only names holding a digit can hide one.
    const names = [...models, ...glossary].filter((n) => /\d/.test(n)).sort((a, b) => b.length - a.length);
    visitParents(tree, 'text', (node, ancestors) => {
      if (ancestors.some((a) => SKIPPED.has(a.type))) return;
      const start = node.position?.start.line;
      for (const { number, index } of strayNumbers(node.value, names)) {
        const line =
          start === undefined ? undefined : start + node.value.slice(0, index).split('\n').length - 1;
        addProblem(
          file,
          line === undefined
            ? undefined
            : { type: 'text', position: { start: { line, column: 1 }, end: { line, column: 1 } } },
          `正文里直接写了数字「${number}」：案例页的数字要记进 content/data/figures 并用 :fig[数字 id] 引用（年份、日期、引号中的名称和 models 所列模式名称里的数字除外）`,
        );
      }
    });
  };
}

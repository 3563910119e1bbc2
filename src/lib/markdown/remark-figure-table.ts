/**
 * `::figure-table` on a case page — a pointer to that case's figures table
 * (/reference/figures/<case>/: every figure with its year, level and source,
 * filtered and sorted in the browser), saying how many figures it holds; the
 * city comes from the case registry. The table itself was some 5 elements a
 * figure, 340 on the largest case, on a page a phone reads top to bottom; the
 * figures stay in the text where they are used, each with its source.
 *
 * Elsewhere `::figure-table{city="长沙"}` names the city and draws the table:
 * what is counted, the value as `:fig` prints it, year, level and source
 * section. Each row has the id `fig-<figure id>`.
 *
 * ```markdown
 * ::figure-table
 * ```
 * on content/docs/cases/changsha.md renders as
 * ```html
 * <p class="site-figure-table-link" data-figure-table="长沙">本案例材料给出的全部 65 个数字，……见
 *   <a href="/reference/figures/changsha/">长沙的数据一览</a>，……</p>
 * ```
 *
 * ```markdown
 * ::figure-table{city="长沙"}
 * ```
 * renders as
 * ```html
 * <div class="site-figure-table" data-figure-table="长沙"><table>
 *   <caption>长沙：原文给出的数字</caption>
 *   <thead>…</thead>
 *   <tbody><tr id="fig-cs-863" data-figure-row="cs-863"><th scope="row">小区党支部</th>
 *     <td class="site-fig-value">863个</td><td>2018／小区</td><td>《…》（一）…</td></tr></tbody>
 * </table></div>
 * ```
 */
import type { Root } from 'mdast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { CITIES } from '../schemas/vocabulary.ts';
import { caseFacts } from '../content/registry.ts';
import type { SiteData } from '../data/site-data.ts';
import type { Figure } from '../schemas/data.ts';
import { addProblem } from './problems.ts';
import { didYouMean } from '../data/nearest.ts';
import { formatFigure } from '../figures/format.ts';
import { citationText } from './figure-citation.ts';
import { replaceDirectives, routesOf, type PipelineOptions } from './directives.ts';
import { siteHtml } from './site-html.ts';
import { ANCHORS } from '../routes.ts';

/** Row id of a figure in a figure table. */
const figureRowId = ANCHORS.caseFigure;

/** The case whose page (content/docs/cases/<slug>.md) a file is, with its city. */
function caseOfPage(path: string | undefined): { slug: string; city: string } | undefined {
  const slug = /(?:^|\/)content\/docs\/cases\/([^/]+)\.mdx?$/.exec(path ?? '')?.[1];
  const city = slug ? caseFacts(slug)?.city : undefined;
  return slug && city ? { slug, city } : undefined;
}

/** On a case page, the pointer to the case's figures table, in place of the table. */
function linkToFiguresPage(href: string, city: string, count: number) {
  return h('p', { className: ['site-figure-table-link'], dataFigureTable: city }, [
    `本案例材料给出的全部 ${count} 个数字，连同年份、层级和出处，见`,
    h('a', { href }, `${city}的数据一览`),
    '，可筛选、排序，也可下载 CSV。',
  ]);
}

const byCity = new WeakMap<SiteData['figures'], Map<string, Figure[]>>();

/**
 * The figures of each city, in file order, grouped once per load of the data:
 * each case page has a table, and scanning every figure for each made the
 * build grow with the square of the number of cases.
 */
function figuresByCity(figures: SiteData['figures']): Map<string, Figure[]> {
  let grouped = byCity.get(figures);
  if (!grouped) {
    grouped = new Map();
    for (const { value } of figures.values()) {
      const list = grouped.get(value.city) ?? [];
      list.push(value);
      grouped.set(value.city, list);
    }
    byCity.set(figures, grouped);
  }
  return grouped;
}

export function remarkFigureTable(options: PipelineOptions) {
  return (tree: Root, file: VFile): void => {
    const data = options.siteData();
    const routes = routesOf(options);
    replaceDirectives(tree, 'leafDirective', 'figure-table', (node) => {
      const ownCase = node.attributes?.city === undefined ? caseOfPage(file.path) : undefined;
      const city = node.attributes?.city ?? ownCase?.city ?? '';
      if (!(CITIES as readonly string[]).includes(city)) {
        addProblem(
          file,
          node,
          city
            ? `未知的城市「${city}」（::figure-table）：案例登记 content/data/cases.json 中没有这个城市${didYouMean(city, CITIES)}`
            : '::figure-table 不在案例页上时须写明城市：应写成 ::figure-table{city="长沙"}',
        );
        return undefined;
      }
      const figures = figuresByCity(data.figures).get(city) ?? [];
      if (figures.length === 0) {
        return siteHtml(
          h('p', { className: ['site-figure-table-empty'], dataFigureTable: city }, `暂无${city}的数字。`),
        );
      }
      if (ownCase)
        return siteHtml(linkToFiguresPage(routes.figuresOfCase(ownCase.slug), city, figures.length));
      const rows = figures.map((figure) => {
        let citation = citationText(data, figure.source, figure.section);
        if (citation === undefined) {
          const record = data.figures.get(figure.id)?.record;
          addProblem(
            file,
            node,
            `数字「${figure.id}」的出处「${figure.source}#${figure.section}」不存在（见 ${record?.file}:${record?.line}）`,
          );
          citation = `${figure.source}#${figure.section}`;
        }
        return h('tr', { id: figureRowId(figure.id), dataFigureRow: figure.id }, [
          h('th', { scope: 'row' }, figure.label),
          h(
            'td',
            {
              className: figure.missing ? ['site-fig-value', 'site-fig-value--missing'] : ['site-fig-value'],
              dataFigureMissing: figure.missing ? '' : undefined,
            },
            formatFigure(figure),
          ),
          // Year and level share a cell: a column each cost an element per figure, on pages of sixty figures.
          h('td', `${figure.year ?? '未注明'}／${figure.level ?? '—'}`),
          h('td', citation),
        ]);
      });
      return siteHtml(
        h('div', { className: ['site-figure-table'], dataFigureTable: city }, [
          h('table', [
            h('caption', `${city}：原文给出的数字`),
            h('thead', [
              h(
                'tr',
                ['项目', '数字', '年份／层级', '出处'].map((title) => h('th', { scope: 'col' }, title)),
              ),
            ]),
            h('tbody', rows),
          ]),
        ]),
      );
    });
  };
}

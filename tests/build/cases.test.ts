import { readFileSync, readdirSync } from 'node:fs';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { formatFigure } from '../../src/lib/figures/format.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';
import { caseFacts } from '../../src/lib/content/registry.ts';
import { sourceDateText } from '../../src/lib/dates.ts';
import { sourceDateOf } from '../helpers/material-year.ts';
import { FIGURES, figureIdOf } from '../helpers/figure-id.ts';
import { keyOfFigure } from '../../src/lib/figures/identify.ts';

const OUTLINE = [
  '概况',
  '背景与问题',
  '组织架构',
  '工作机制',
  '队伍建设',
  '阵地与保障',
  '成效',
  '经验启示',
  '数据一览',
  '来源',
];
const data = loadSiteData(ROOT);
/** A * beside a Han character: how the forum source masks 党 and 政 (see shared/sources/README.md). */
const MASKED = /.{0,6}[\u4e00-\u9fff]\*|\*[\u4e00-\u9fff].{0,6}/g;

describe.each(CASE_SLUGS)('case page %s', (slug) => {
  const page = readPage(`/cases/${slug}/`);

  it('has every outline section, in order', () => {
    const headings = page.$$('main h2').map((h) => page.textOf(h).trim());
    const outline = headings.filter((h) => OUTLINE.includes(h));
    expect(outline).toEqual(OUTLINE);
  });

  it('has a summary box with city, level, 资料时间, source and key model names', () => {
    const box = page.text('.case-meta');
    for (const label of ['城市', '层级', '资料时间', '来源', '主要提法']) expect(box).toContain(label);
  });

  it('gives as 资料时间 its source record’s date, an ISO date written the Chinese way', () => {
    const date = sourceDateOf(caseFacts(slug)!);
    const shown = page.text('.case-meta').replace(/\s+/g, '');
    expect(shown).toContain(`资料时间${sourceDateText(date)}`);
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('draws its structure as a diagram with a text alternative', () => {
    expect(page.$$('main [data-diagram]').length).toBeGreaterThan(0);
  });

  it('shows every figure through the figure directive, and cites its sources', () => {
    expect(page.$$('main .fig').length).toBeGreaterThan(3);
    expect(page.$$('main .source-list li').length).toBeGreaterThan(0);
  });
});

describe('figures across the site', () => {
  const pages = allPageUrls().map((url) => readPage(url));
  const shown = new Set(pages.flatMap((p) => p.$$(`main :is(${FIGURES})`).map((el) => figureIdOf(el))));

  it('never gives two figures of one passage the same label (the label and passage name a figure in the page)', () => {
    const keys = [...data.figures.values()].map(({ value }) => keyOfFigure(value));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('records well over 150 figures', () => {
    expect(data.figures.size).toBeGreaterThan(150);
  });

  it('shows every figure in the data somewhere in prose', () => {
    const unshown = [...data.figures.keys()].filter((id) => !shown.has(id));
    expect(unshown).toEqual([]);
  });

  it('never shows a masked character (* for 党/政)', () => {
    const masked = pages
      .map((p) => ({ url: p.url, hits: p.text('main').match(MASKED) }))
      .filter((p) => p.hits);
    expect(masked).toEqual([]);
  });

  it('has no masked character in the source either: every * in the Markdown is emphasis or a bullet', () => {
    // The parser turns **…**, *…* and "- " / "* " bullets into structure; a * left
    // in a text node next to a Han character is a masked 党/政 copied from the source.
    const parse = unified().use(remarkParse).use(remarkDirective);
    const masked: string[] = [];
    const docs = join(ROOT, 'content/docs');
    for (const name of readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((n) =>
      /\.mdx?$/.test(n),
    )) {
      visit(parse.parse(readFileSync(join(docs, name), 'utf8')), 'text', (node) => {
        for (const hit of node.value.match(MASKED) ?? [])
          masked.push(`${name}:${node.position?.start.line}: ${hit}`);
      });
    }
    const data = join(ROOT, 'content/data');
    for (const name of readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((n) =>
      n.endsWith('.yaml'),
    )) {
      readFileSync(join(data, name), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const hit of line.match(MASKED) ?? []) masked.push(`${name}:${i + 1}: ${hit}`);
        });
    }
    expect(masked).toEqual([]);
  });

  it('shows missing figures as such, never as a number', () => {
    const renderedById = new Map<string, string[]>();
    for (const p of pages) {
      for (const el of p.$$(`main :is(${FIGURES})[data-figure-missing]`)) {
        const id = figureIdOf(el) ?? '';
        renderedById.set(id, [...(renderedById.get(id) ?? []), p.textOf(el)]);
      }
    }
    for (const figure of [...data.figures.values()].filter((f) => f.value.missing)) {
      const rendered = (renderedById.get(figure.value.id) ?? []).join(' ');
      expect(rendered, figure.value.id).toContain('原文未给出数字');
      expect(rendered, figure.value.id).not.toMatch(/\d/);
    }
  });
});

describe('figure downloads', () => {
  const figures = [...data.figures.values()].map((f) => f.value);

  it('CSV is UTF-8 with BOM and has one row per figure with the right values', () => {
    const text = readFileSync(join(DIST, 'data/figures.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 4)).toEqual(['编号', '城市', '项目', '原文表述']);
    expect(rows).toHaveLength(figures.length);
    for (const figure of figures) {
      const row = rows.find((r) => r[0] === figure.id);
      expect(row?.[1]).toBe(figure.city);
      expect(row?.[3]).toBe(formatFigure(figure));
    }
  });

  it('JSON has the same rows', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data/figures.json'), 'utf8')) as {
      figures: Array<{ id: string; display: string; value: number | null }>;
    };
    expect(json.figures).toHaveLength(figures.length);
    for (const figure of figures) {
      const row = json.figures.find((r) => r.id === figure.id);
      expect(row?.display).toBe(formatFigure(figure));
      expect(row?.value).toBe(figure.value ?? null);
    }
  });

  it("the figures pages list every figure, each on its case's page, with a link to the passage that uses it", () => {
    const front = readPage('/reference/figures/');
    const pages = front.$$('[data-figures-cases] a').map((a) => readPage(String(a.properties['href'])));
    expect(pages.length).toBe(new Set(figures.map((f) => f.city)).size);
    const rows = pages.flatMap((page) => page.$$('[data-figures-table] tbody tr'));
    expect(rows.map((r) => String(r.properties['id'])).sort()).toEqual(
      figures.map((f) => `figure-row-${f.id}`).sort(),
    );
    for (const page of pages) {
      const cities = new Set(
        page.$$('[data-figures-table] tbody tr').map((r) => String(r.properties['dataCity'])),
      );
      expect(cities.size).toBe(1);
    }
    const links = pages.flatMap((page) => page.$$('[data-figures-table] tbody tr a[href^="/cases/"]'));
    expect(links.length).toBeGreaterThan(figures.length * 0.9);
  });
});

describe('lists of the cases', () => {
  /** Case links of a list, in the order shown. */
  const caseLinks = (url: string, list: string) =>
    readPage(url)
      .$$(`main ${list} a`)
      .map((a) => String(a.properties['href']));
  const overviewCases = caseLinks('/cases/', '[data-library-list]');

  it('the 案例库 lists every case page, with where, at what level, the year of the material and the model type', () => {
    expect(overviewCases.map((href) => href.split('/')[2]).sort()).toEqual([...CASE_SLUGS].sort());
    const overview = readPage('/cases/');
    const changsha = overview
      .$$('main [data-library-list] > li')
      .find((li) => overview.textOf(li).includes('四项再造'));
    expect(overview.textOf(changsha!)).toContain('湖南 · 长沙 · 市级 · 2018年 · 整体推进');
    expect(overview.text('main')).not.toContain('建设中');
  });

  it('the home page links every case, so a phone (no sidebar there) can reach each in one tap', () => {
    expect(caseLinks('/', '.case-list')).toEqual(overviewCases);
  });
});

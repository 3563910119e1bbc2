/**
 * The authors' guide (content/docs/about/authoring.mdx, an MDX page) uses
 * every directive; this checks each renders from the real data, and that
 * Starlight's own Markdown features still work under the unified processor.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { select, selectAll } from 'hast-util-select';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { figureIdOf } from '../helpers/figure-id.ts';

const page = readPage('/about/authoring/');
const data = loadSiteData(ROOT);
const main = page.$('main')!;
const attr = (el: Element | undefined, name: string) => String(el?.properties[name] ?? '');
const text = (el: Element | undefined) => (el ? toText(el) : '');

describe('authors’ guide: directives', () => {
  it(':fig prints the figure as the source gives it, with its citation', () => {
    const fig = page.$$('main .fig').find((f) => figureIdOf(f) === 'xh-zhdw-max');
    expect(text(select('.fig > a', fig!))).toBe('不超过13人');
    // The tooltip: the <small> after the link, which the tooltip script makes the link's description.
    const note = select('a + small', fig!);
    expect(text(note)).toContain(data.sources.get('xihu')!.value.title);
    expect(text(note)).toContain('1.健全街道（镇）综合党委');
    expect(attr(select('a', fig!), 'href')).toBe('#source-xihu-s3-2-1');
  });

  it(':fig of a lost number shows 〔缺〕 in its place, no digit, and the page explains the mark once', () => {
    const fig = page.$$('main .fig').find((f) => figureIdOf(f) === 'gz-zhidaoyuan-zongshu');
    expect(fig?.properties['dataFigureMissing']).toBe('');
    expect(text(select('.fig > a', fig!))).toBe('〔缺〕名');
    expect(text(select('.fig > a', fig!))).not.toMatch(/\d/);
    expect(text(select('small', fig!))).toContain('原文未给出数字');
    expect(page.$$('main .site-missing-note')).toHaveLength(1);
  });

  it(':term links to the glossary entry and carries its short definition, also by alias', () => {
    const terms = page.$$('main .term:has(> a[href$="#da-dang-wei"])');
    expect(terms.length).toBeGreaterThanOrEqual(2);
    const short = data.glossary.get('da-dang-wei')!.value.short;
    for (const term of terms) {
      expect(attr(select('a', term), 'href')).toBe('/reference/glossary/d/#da-dang-wei');
      expect(text(select('small', term))).toContain(short);
    }
    expect(terms.map((t) => text(select('a', t)))).toEqual(expect.arrayContaining(['大党委', '社区大党委']));
  });

  it(':cite links to its source-list entry, which links back', () => {
    const marker = page.$('main sup > a');
    expect(text(marker)).toBe('[1]');
    expect(attr(marker, 'href')).toMatch(/^#source-/);
    const target = attr(marker, 'href').split('#')[1];
    const entry = page.$(`[id="${target}"]`);
    expect(entry).toBeDefined();
    expect(selectAll('a.site-sources__back', entry!).map((a) => attr(a, 'href'))).toContain(
      `#${attr(marker, 'id')}`,
    );
    // Every “↩” says where it leads, in one constant label (a link: keyboard reachable as any).
    for (const back of page.$$('main a.site-sources__back'))
      expect(attr(back, 'ariaLabel')).toBe('回到正文引用处');
  });

  it('::source-list lists each source once with title, author or publisher, date and cited sections', () => {
    const lists = page.$$('main .source-list');
    expect(lists).toHaveLength(1);
    const entries = selectAll(':scope > ul > li', lists[0]!);
    expect(entries.map((li) => attr(li, 'id'))).toEqual(['source-xihu', 'source-forum']);
    const xihu = data.sources.get('xihu')!.value;
    expect(text(entries[0])).toContain(xihu.title);
    expect(text(entries[0])).toContain(xihu.publisher!);
    expect(text(entries[0])).toContain(xihu.date);
    expect(text(entries[1])).toContain(data.sources.get('forum')!.value.author!);
  });

  it(':anchor puts a stable id in the page, once', () => {
    expect(page.$$('#guide-anchor-demo')).toHaveLength(1);
    // Nothing but the id: an empty element with an id is an anchor (markdown.css).
    const anchor = page.$('#guide-anchor-demo')!;
    expect(Object.keys(anchor.properties)).toEqual(['id']);
    expect(anchor.children).toEqual([]);
  });

  it('::figure-table lists every figure of the city but the demo records, each row with its id', () => {
    const expected = [...data.figures.values()]
      .map((f) => f.value)
      .filter((f) => f.city === '南昌西湖区' && !f.id.startsWith('guide-'));
    const rows = page.$$('[data-figure-table="南昌西湖区"] tbody tr');
    expect(rows.map((r) => attr(r, 'id'))).toEqual(expected.map((f) => `fig-${f.id}`));
    if (expected.length === 0) expect(page.$('p[data-figure-table="南昌西湖区"]')).toBeDefined();
  });

  it('the Mermaid diagram has a reserved canvas, a caption and its content as a list', () => {
    const figure = page.$('main figure[data-diagram]');
    const canvas = select('[data-diagram-key]', figure!);
    // The source is a file of its own (diagram-files.test.ts): the canvas names its key.
    expect(attr(canvas, 'dataDiagramKey')).toMatch(/^[0-9a-z]+$/);
    expect(attr(canvas, 'style')).toMatch(/--site-diagram-width: \d+px; --site-diagram-ratio: \d+ \/ \d+/);
    expect(attr(canvas, 'ariaHidden')).toBe('true');
    expect(text(select('figcaption', figure!))).toBe('西湖区“四位一体”的党组织网络');
    // One item per node, its arrows on the same line.
    const items = selectAll('.site-diagram__text li', figure!).map(text);
    expect(items.some((item) => /——下设：.*社区“大党委”/.test(item))).toBe(true);
    expect(items.some((item) => /下设：.*“党群微家”党小组/.test(item))).toBe(true);
    expect(items.filter((item) => item.startsWith('下设：'))).toEqual([]);
  });

  it('adds no stray space around directives in Chinese text', () => {
    const paragraph = page
      .$$('main p')
      .map(text)
      .find((t) => t.startsWith('效果：西湖区在社区推行'));
    expect(paragraph).toMatch(/^效果：西湖区在社区推行大党委.*，在街道设综合党委.*，吸收辖区单位的兼职委员/);
    expect(page.html).not.toMatch(/[\u4e00-\u9fff]\s+<span class="site-(fig|term)"/);
  });
});

describe('authors’ guide: Starlight’s Markdown features under the unified processor', () => {
  it('renders asides', () => {
    const aside = page.$('main aside.starlight-aside--note');
    expect(text(aside)).toContain('演示条目');
  });

  it('writes headings bare, their links added in the browser (tests/e2e/toc.test.ts)', () => {
    expect(page.$('main .sl-markdown-content > h2[id]')).toBeDefined();
    expect(page.$$('main :is(.sl-heading-wrapper, .sl-anchor-link, .heading-link)')).toEqual([]);
    expect(page.$$('main h2').map(text)).toEqual(expect.arrayContaining(['数字', '术语', '资料来源']));
  });

  it('renders code blocks with Expressive Code, directives inside them left as text', () => {
    const blocks = page.$$('main .expressive-code pre');
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.map(text).join('\n')).toContain(':fig[xh-zhdw-max]');
  });

  it('keeps the main text of the page', () => {
    expect(text(main)).toContain('本库的每个数字');
  });
});

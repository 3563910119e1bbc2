import { describe, expect, it } from 'vitest';
import { prepareDocuments, prepareHtmlForIndex, withoutFacets } from '../../../src/lib/search/index-html.ts';

describe('prepareHtmlForIndex', () => {
  const html = `<html lang="zh-CN"><head><title>网格</title><script>const a = "网格";</script></head>
  <body><main data-pagefind-body><h1>网格党支部</h1>
  <span data-pagefind-filter="城市:南昌西湖区"></span>
  <span data-pagefind-meta="keywords:双网融合、党群微家"></span>
  <table><tr><td><span class="site-fig-value">863个</span></td></tr></table></main></body></html>`;
  const out = prepareHtmlForIndex(html, { weights: { 'site-fig-value': 4 } });

  it('turns text into bigram words', () => {
    expect(out).toContain('<h1> 网格 格党 党支 支部 </h1>');
  });

  it('leaves scripts alone', () => {
    expect(out).toContain('const a = "网格";');
  });

  it('tokenizes meta values but not filter values', () => {
    expect(out).toContain('data-pagefind-meta="keywords:双网 网融 融合  、  党群 群微 微家"');
    expect(out).toContain('data-pagefind-filter="城市:南昌西湖区"');
  });

  it('weights the elements of the given classes', () => {
    expect(out).toMatch(/<span class="site-fig-value" data-pagefind-weight="4">\s*863\s+个\s*<\/span>/);
  });

  it('splits records out of a page, each with the page facets, its heading as title, without dropped parts', () => {
    const glossary = `<html lang="zh-CN"><body><main data-pagefind-body><h1>术语表</h1>
      <div class="page-facets" hidden><span data-pagefind-filter="类型:术语"></span></div>
      <p>本表收录术语。</p>
      <article class="entry" id="da-dang-wei"><h3>大党委</h3><p>社区区域化党建组织。</p>
        <dl><div class="aliases"><dt>别名</dt><dd>社区大党委</dd></div><div class="links"><dt>案例</dt><dd>长沙</dd></div></dl></article>
      <article class="entry"><h3>无编号</h3></article>
      </main></body></html>`;
    const docs = prepareDocuments(glossary, '/reference/glossary/', {
      records: { select: 'article.entry[id]', drop: 'dl > div:not(.aliases)' },
    });
    expect(docs.map((d) => d.url)).toEqual(['/reference/glossary/', '/reference/glossary/#da-dang-wei']);
    const [page, record] = docs;
    expect(page?.html).toContain('本表 表收 收录');
    expect(page?.html).not.toContain('区域 域化');
    expect(record?.html).toMatch(/<h1> 大党 党委 <\/h1>/);
    expect(record?.html).toContain('data-pagefind-filter="类型:术语"');
    expect(record?.html).toContain('data-pagefind-body');
    expect(record?.html).toContain('社区 区大 大党 党委');
    expect(record?.html).not.toContain('长沙');
  });

  it('removes what the exclude selectors match, :has() and :not() included, inside the indexed body only', () => {
    const page = `<html lang="zh-CN"><body><nav class="page-tools">侧栏工具</nav>
      <main data-pagefind-body><h1>数据</h1><div class="page-tools">演示</div>
      <table data-figures-table><tr><td>网格员</td><td><a href="/x/">查看</a></td></tr></table>
      <table data-figure-table><tr><td>年份</td><td class="site-fig-value">863</td></tr></table></main></body></html>`;
    const out = prepareHtmlForIndex(page, {
      exclude: [
        '.page-tools',
        '[data-figures-table] td:has(a)',
        '[data-figure-table] td:not(.site-fig-value)',
      ],
    });
    expect(out).toContain('侧栏 栏工 工具');
    expect(out).not.toContain('演示');
    expect(out).not.toContain('查看');
    expect(out).toContain('网格 格员');
    expect(out).not.toContain('年份');
    expect(out).toContain('863');
  });
});

describe('withoutFacets', () => {
  it('takes the indexer-only facets block out of the page and leaves the rest as it was', () => {
    const facets =
      '<div class="page-facets" hidden data-pagefind-sort="order:4"><span data-pagefind-filter="类型:案例"></span>' +
      '<span data-pagefind-meta="keywords:四力、池州"></span></div>';
    const page = `<main data-pagefind-body><h1 id="_top">池州</h1>${facets}<div class="page-tools">演示</div></main>`;
    expect(withoutFacets(page)).toBe(
      '<main data-pagefind-body><h1 id="_top">池州</h1><div class="page-tools">演示</div></main>',
    );
    expect(withoutFacets('<p>无</p>')).toBe('<p>无</p>');
  });
});

import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describeContent, visibleText } from '../../../src/lib/teaching/blocks.ts';
import { hastElement } from '../../../src/lib/teaching/hast-tree.ts';

/** Blocks of the content container in an HTML snippet shaped like a built page. */
function blocksOf(html: string) {
  const tree = fromHtml(`<div class="sl-markdown-content">${html}</div>`, { fragment: true });
  const container = select('.sl-markdown-content', tree);
  if (!container) throw new Error('no container');
  return describeContent(hastElement(container));
}

describe('describeContent', () => {
  it('reads a heading as the page writes it and as its link script leaves it alike: text and id', () => {
    const heading = { kind: 'heading', level: 2, title: '组织架构', id: '组织架构', chars: 4 };
    expect(blocksOf('<h2 id="组织架构">组织架构</h2>')).toEqual([heading]);
    expect(blocksOf('<h2 id="组织架构"><a class="heading-link" href="#组织架构">组织架构</a></h2>')).toEqual([
      heading,
    ]);
  });

  it('counts visible characters only: no whitespace, scripts, styles, drawings, hidden or tooltip text', () => {
    const [block] = blocksOf(
      '<p>共建立 <span class="fig"><a>863个</a><small>出处很长很长</small></span>\n  小区党支部<script>var x = 1;</script><svg><text>图</text></svg><span hidden>隐藏</span></p>',
    );
    expect(block).toEqual({ kind: 'text', chars: '共建立863个小区党支部'.length });
    // As the tooltip script leaves it (id and role added), and a term's the same way.
    const [scripted] = blocksOf(
      '<p><span class="term"><a aria-describedby="site-tip-1">大党委</a><small id="site-tip-1" role="tooltip">定义很长</small></span>制度</p>',
    );
    expect(scripted).toEqual({ kind: 'text', chars: '大党委制度'.length });
  });

  it('describes lists by item and tables by body row, so they can be split there', () => {
    const blocks = blocksOf(
      '<ul><li>一条</li><li>第二条</li></ul><table><thead><tr><th>项</th></tr></thead><tbody><tr><td>甲</td></tr><tr><td>乙丙</td></tr></tbody></table>',
    );
    expect(blocks[0]).toMatchObject({ kind: 'list', parts: [2, 3] });
    expect(blocks[1]).toMatchObject({ kind: 'table', parts: [1, 2], columns: 1 });
  });

  it('finds a table inside its wrapper (the figures table)', () => {
    const [block] = blocksOf(
      '<div class="site-figure-table"><table><caption>长沙</caption><tbody><tr><td>1</td></tr></tbody></table></div>',
    );
    expect(block).toMatchObject({ kind: 'table', parts: [1] });
  });

  it('treats a diagram as a diagram whatever its text, and marks the source list', () => {
    const blocks = blocksOf(
      '<figure class="site-diagram" data-diagram><div data-diagram-key="k1"></div><div class="site-diagram__text"><ul><li>街道</li></ul></div></figure>' +
        '<section class="source-list"><ol><li>来源一</li><li>来源二</li></ol></section>',
    );
    expect(blocks[0]?.kind).toBe('diagram');
    expect(blocks[1]).toMatchObject({ kind: 'list', sourceList: true, parts: [3, 3] });
  });

  it('skips hidden and script-only elements at the top level', () => {
    const blocks = blocksOf('<p>正文</p><script>1</script><div hidden>藏</div><style>p{}</style>');
    expect(blocks).toEqual([{ kind: 'text', chars: 2 }]);
  });

  it('visibleText collapses whitespace', () => {
    const tree = fromHtml('<p>甲\n   乙 <b>丙</b></p>', { fragment: true });
    const p = select('p', tree);
    expect(p && visibleText(hastElement(p))).toBe('甲 乙 丙');
  });
});

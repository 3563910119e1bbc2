/**
 * Throw-away sites (tests/helpers/fixture-site.ts, real content/data) that
 * check what the main build cannot: a broken reference fails the build with
 * file:line and the bad id, in .md and in .mdx; a good .md page using every
 * directive renders; unused figures are reported at the end of the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';
import { figureIdOf } from '../helpers/figure-id.ts';

describe('Markdown references in a fixture site', () => {
  let site: FixtureSite | undefined;
  afterEach(() => site?.remove());

  it('a .md page with broken references fails the build, naming file, line and each bad id', () => {
    site = createFixtureSite('md-broken-refs');
    site.write(
      'content/docs/broken.md',
      [
        '---', // 1
        'title: 引用错误',
        '---',
        '',
        '正文第一段：:fig[xh-zhdw-max]。', // 5
        '',
        '未知数字：:fig[no-such-figure]。', // 7
        '',
        '未知术语：:term[不存在的术语]。', // 9
        '',
        '未知来源。:cite[nowhere#s1]', // 11
        '',
        '未知章节。:cite[xihu#s99]', // 13
        '',
        ':anchor{#dup}第一处。', // 15
        '',
        ':anchor{#dup}第二处。', // 17
      ].join('\n'),
    );
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/broken.md:7  未知的数字 id「no-such-figure」');
    expect(output).toContain('content/docs/broken.md:9  未知的术语「不存在的术语」');
    expect(output).toContain('content/docs/broken.md:11  未知的来源「nowhere」');
    expect(output).toContain('content/docs/broken.md:13  来源「xihu」没有章节「s99」');
    expect(output).toContain('content/docs/broken.md:17  锚点 id「dup」在本页重复');
  });

  it('an .mdx page with a broken reference fails the build, naming file, line and the bad id', () => {
    site = createFixtureSite('mdx-broken-ref');
    site.write(
      'content/docs/broken.mdx',
      [
        '---',
        'title: MDX 引用错误',
        '---',
        '',
        '正常：:fig[xh-zhdw-max]。',
        '',
        '写错：:fig[xh-zhdw-typo]。',
      ].join('\n'),
    );
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/broken.mdx:7  未知的数字 id「xh-zhdw-typo」');
  });

  it('a good .md page renders every directive and Starlight’s features; unused figures are reported at the end of the build', () => {
    site = createFixtureSite('md-all-directives');
    site.write(
      'content/docs/good.md',
      [
        '---',
        'title: 全部指令',
        '---',
        '',
        ':anchor{#start}西湖区在社区推行',
        ':term[大党委]，综合党委委员:fig[xh-zhdw-max]。:cite[xihu#s3-2-1]',
        '',
        '广州的党建指导员人数：:fig[gz-zhidaoyuan-zongshu]。',
        '',
        ':::note[提示]',
        '这是一条提示。',
        ':::',
        '',
        '## 组织网络',
        '',
        '```mermaid caption="四位一体"',
        'flowchart TD',
        '  a["综合党委"] -->|下设| b["社区“大党委”"]',
        '```',
        '',
        '```js',
        'const fig = ":fig[xh-zhdw-max]";',
        '```',
        '',
        '::figure-table{city="南昌西湖区"}',
      ].join('\n'),
    );
    const { status, output } = site.build();
    expect(status, output).toBe(0);
    const tree = fromHtml(readFileSync(join(site.dir, 'dist/good/index.html'), 'utf8'));
    const main = select('main', tree)!;
    // (Before the tooltips are emptied below: a figure is known by what its tooltip says it counts.)
    expect(selectAll('.fig[data-figure-missing]', main).map((f) => figureIdOf(f))).toContain(
      'gz-zhidaoyuan-zongshu',
    );
    // Read the sentence without the tooltips' text.
    for (const tip of selectAll(':is(.term, .fig) > small', main)) tip.children = [];
    expect(toText(main)).toContain('西湖区在社区推行大党委，综合党委委员不超过13人');
    expect(select('span#start:empty', main)).toBeDefined();
    expect(select('figure[data-diagram] figcaption', main)).toBeDefined();
    expect(select('aside.starlight-aside--note', main)).toBeDefined();
    // Heading links are added in the browser (tests/e2e/toc.test.ts): the page holds the bare heading.
    expect(select('.sl-markdown-content > h2[id="组织网络"]', main)).toBeDefined();
    expect(select('.sl-heading-wrapper', main)).toBeUndefined();
    expect(toText(select('.expressive-code pre', main)!)).toContain(':fig[xh-zhdw-max]');
    expect(selectAll('[data-figure-table="南昌西湖区"] tbody tr', main).length).toBeGreaterThan(0);
    // No ::source-list on the page: the list is appended under its own heading.
    expect(select('h2#资料来源', main)).toBeDefined();
    expect(selectAll('.source-list > ul > li', main).map((li) => li.properties['id'])).toEqual([
      'source-xihu',
      'source-forum',
    ]);
    // The fixture cites only the guide's figures: every other figure is reported, once the pages are
    // written and indexed, by our integration through Astro's logger.
    const warning = output.indexOf('[内容检查] 警告');
    expect(warning).toBeGreaterThan(output.indexOf('搜索索引完成'));
    expect(output.slice(0, warning).split('\n').at(-1)).toContain('[dangjian:content-check]');
    expect(output.match(/\[内容检查\] 警告/g)).toHaveLength(1);
    expect(output.slice(warning)).not.toContain('xh-zhdw-max（');
    expect(output.slice(warning)).toMatch(/content\/data\/figures\/\S+\.yaml:\d+ {2}[a-z]+-/);
  });
});

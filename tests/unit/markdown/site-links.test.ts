import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { remarkSiteLinks } from '../../../src/lib/markdown/remark-site-links.ts';

function linksAfter(markdown: string, base: string): string[] {
  const processor = unified().use(remarkParse).use(remarkSiteLinks, { base });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const urls: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') urls.push(node.url);
  });
  return urls;
}

describe('remark-site-links', () => {
  it('gives site paths in content the base, with their anchors', () => {
    const md =
      '见[长沙](/cases/changsha/#changsha-s2-1)、[首页](/)和[定义][d]。\n\n[d]: /reference/glossary/#da-dang-wei\n';
    expect(linksAfter(md, '/dangjian/')).toEqual([
      '/dangjian/cases/changsha/#changsha-s2-1',
      '/dangjian/',
      '/dangjian/reference/glossary/#da-dang-wei',
    ]);
  });

  it('leaves other links alone', () => {
    const md =
      '[外](https://example.cn/cases/) [锚](#s1) [相对](x/y/) [协议相对](//cdn.example/a.js) [邮件](mailto:a@b.cn)';
    expect(linksAfter(md, '/dangjian/')).toEqual([
      'https://example.cn/cases/',
      '#s1',
      'x/y/',
      '//cdn.example/a.js',
      'mailto:a@b.cn',
    ]);
  });

  it('changes nothing at the root', () => {
    expect(linksAfter('[案例](/cases/)', '/')).toEqual(['/cases/']);
  });
});

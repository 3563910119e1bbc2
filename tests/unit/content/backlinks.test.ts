import { describe, expect, it } from 'vitest';
import { backlinksToCases, caseLinksIn } from '../../../src/lib/content/backlinks.ts';
import { figuresInMarkdown, figuresInText } from '../../../src/lib/figures/usage.ts';
import { sitePathOfEntry } from '../../../src/lib/routes.ts';

describe('caseLinksIn', () => {
  it('counts links to case pages, with or without an anchor', () => {
    const body =
      '见[长沙](/cases/changsha/#changsha-s2-1)和[广州](/cases/guangzhou/)，再看[长沙](/cases/changsha/)。[外链](https://example.com/cases/x/)';
    expect(Object.fromEntries(caseLinksIn(body))).toEqual({ changsha: 2, guangzhou: 1 });
  });
});

describe('backlinksToCases', () => {
  it('lists the topic pages that link to each case, most links first', () => {
    const docs = [
      { id: 'topics/a', title: '甲', kind: '专题', body: '[x](/cases/changsha/) [y](/cases/changsha/#a)' },
      { id: 'topics/b', title: '乙', kind: '专题', body: '[x](/cases/changsha/) [z](/cases/shanghai/)' },
      { id: 'cases/guangzhou', title: '广州', kind: '案例', body: '[x](/cases/changsha/)' },
    ];
    const links = backlinksToCases(docs, '专题');
    expect(links.get('changsha')).toEqual([
      { href: '/topics/a/', title: '甲', count: 2 },
      { href: '/topics/b/', title: '乙', count: 1 },
    ]);
    expect(links.get('shanghai')?.map((l) => l.href)).toEqual(['/topics/b/']);
    expect(links.has('guangzhou')).toBe(false);
  });
});

describe('figure usage helpers', () => {
  it('finds figure ids in order of first use, and the figure tables a page holds', () => {
    expect(
      figuresInMarkdown('a :fig[cs-1] b :fig[cs-2] c :fig[cs-1]\n\n::figure-table{city="长沙"}\n'),
    ).toEqual({
      ids: ['cs-1', 'cs-2'],
      tableCities: ['长沙'],
    });
  });
  it('reads pages as Markdown: a :fig in code is not a citation', () => {
    expect(figuresInMarkdown('`:fig[cs-1]`\n\n```\n:fig[cs-2]\n```\n\n正文:fig[cs-3]').ids).toEqual(['cs-3']);
  });
  it('reads data texts the way components show them', () => {
    expect(figuresInText('共:fig[cs-1]个，另:fig[cs-2]，:fig[cs-1]')).toEqual(['cs-1', 'cs-2']);
  });
  it('maps docs files to URLs as Starlight does', () => {
    expect(sitePathOfEntry('cases/changsha.md')).toBe('/cases/changsha/');
    expect(sitePathOfEntry('topics/index.md')).toBe('/topics/');
    expect(sitePathOfEntry('index.mdx')).toBe('/');
  });
});

import { describe, expect, it } from 'vitest';
import { backlinksToCases, caseLinksIn } from '../../../src/lib/content/backlinks.ts';
import { figureIdsIn, urlOfDocsFile } from '../../../src/lib/content/figure-usage.ts';

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
  it('finds figure ids in order of first use', () => {
    expect(figureIdsIn('a :fig[cs-1] b :fig[cs-2] c :fig[cs-1]')).toEqual(['cs-1', 'cs-2']);
  });
  it('maps docs files to URLs as Starlight does', () => {
    expect(urlOfDocsFile('cases/changsha.md')).toBe('/cases/changsha/');
    expect(urlOfDocsFile('topics/index.md')).toBe('/topics/');
    expect(urlOfDocsFile('index.mdx')).toBe('/');
  });
});

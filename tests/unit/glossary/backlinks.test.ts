import { describe, expect, it } from 'vitest';
import {
  glossaryBacklinks,
  ruleRefsFrom,
  termLabelsIn,
  termsByPage,
  topCases,
  type PageRef,
} from '../../../src/lib/glossary/backlinks.ts';

describe('termLabelsIn', () => {
  it('finds :term labels in order, trimmed, and ignores code, inline code and frontmatter', () => {
    const md = [
      '---',
      'title: :term[假的]',
      '---',
      '',
      '推行社区:term[社区“大党委”]，设:term[ 综合党委 ]。',
      '',
      '`:term[行内代码]` 不算。',
      '',
      '```md',
      ':term[代码块]',
      '```',
      '',
      '| 表头 | 内容 |',
      '| --- | --- |',
      '| 甲 | :term[兼职委员] |',
    ].join('\n');
    expect(termLabelsIn(md)).toEqual(['社区“大党委”', '综合党委', '兼职委员']);
  });
});

const entries = [
  {
    id: 'da-dang-wei',
    term: '大党委',
    aliases: ['社区大党委', '社区“大党委”'],
    cases: ['nanchang-xihu' as const],
  },
  { id: 'da-gong-wei', term: '大工委', aliases: ['大党工委'], cases: [] },
  { id: 'zu-zhi-yuan', term: '组织员', aliases: ['支部'], cases: [] },
  { id: 'dang-zhi-bu', term: '党支部', aliases: ['支部'], cases: [] },
  { id: 'wei-yong', term: '未用', aliases: [], cases: [] },
];

const pages: PageRef[] = [
  {
    id: 'cases/shanghai',
    title: '上海',
    kind: '案例',
    body: '建立:term[社区“大党委”]和:term[大工委]，:term[大党委]。',
  },
  {
    id: 'cases/changsha',
    title: '长沙',
    kind: '案例',
    body: '选聘:term[社区大党委]兼职委员；:term[支部]有歧义，:term[不存在]。',
  },
  { id: 'cases/nanchang-xihu', title: '南昌西湖区', kind: '案例', body: '没有标记。' },
  { id: 'topics/regional', title: '区域化党建', kind: '专题', body: ':term[大党工委]与:term[大党委]' },
  { id: 'topics/assessment', title: '考核与激励', kind: '专题', body: ':term[大党委]' },
  { id: 'about/authoring', title: '写作指南', kind: '关于', body: '示例：:term[大党委]' },
];

describe('glossaryBacklinks', () => {
  const links = glossaryBacklinks(entries, pages, [
    {
      pack: 'xihu-ddw',
      packTitle: '社区“大党委”',
      id: 'xihu-ddw-size',
      title: '委员总数',
      statement: '社区“大党委”委员总数原则上为奇数',
    },
    {
      pack: 'xihu-ddw',
      packTitle: '社区“大党委”',
      id: 'xihu-ddw-other',
      title: '第一书记',
      statement: '由挂点领导担任',
    },
    {
      pack: 'xihu-zhdw',
      packTitle: '综合党委',
      id: 'xihu-zhdw-ddw',
      title: '下设大党委',
      statement: '综合党委下设若干个',
    },
  ]);

  it('links the case pages that mark the term or an alias, plus the listed cases, in case order', () => {
    expect(links.get('da-dang-wei')?.cases).toEqual([
      { href: '/cases/changsha/', title: '长沙', marked: true, listed: false },
      { href: '/cases/nanchang-xihu/', title: '南昌西湖区', marked: false, listed: true },
      { href: '/cases/shanghai/', title: '上海', marked: true, listed: false },
    ]);
  });

  it('links the topic pages that mark it, by title, and ignores other kinds of page', () => {
    expect(links.get('da-dang-wei')?.topics.map((t) => t.href)).toEqual([
      '/topics/assessment/',
      '/topics/regional/',
    ]);
    expect(links.get('da-gong-wei')?.topics.map((t) => t.title)).toEqual(['区域化党建']);
    expect(links.get('da-gong-wei')?.cases.map((c) => c.href)).toEqual(['/cases/shanghai/']);
  });

  it('links the rules whose title or statement names the term, grouped by pack', () => {
    expect(links.get('da-dang-wei')?.rules).toEqual([
      {
        href: '/rules/xihu-ddw/',
        title: '社区“大党委”',
        rules: [{ id: 'xihu-ddw-size', title: '委员总数', href: '/rules/xihu-ddw/#xihu-ddw-size' }],
      },
      {
        href: '/rules/xihu-zhdw/',
        title: '综合党委',
        rules: [{ id: 'xihu-zhdw-ddw', title: '下设大党委', href: '/rules/xihu-zhdw/#xihu-zhdw-ddw' }],
      },
    ]);
  });

  it('leaves unresolvable labels and unused entries without links', () => {
    expect(links.get('zu-zhi-yuan')).toEqual({ cases: [], topics: [], rules: [] });
    expect(links.get('dang-zhi-bu')).toEqual({ cases: [], topics: [], rules: [] });
    expect(links.get('wei-yong')).toEqual({ cases: [], topics: [], rules: [] });
  });

  it('gives the inverse: the terms of each page', () => {
    const byPage = termsByPage(links);
    expect(byPage.get('/cases/shanghai/')?.sort()).toEqual(['da-dang-wei', 'da-gong-wei']);
    expect(byPage.get('/cases/nanchang-xihu/')).toEqual(['da-dang-wei']);
    expect(byPage.get('/about/authoring/')).toBeUndefined();
  });
});

describe('ruleRefsFrom', () => {
  it('reads packs and single rules, naming the pack by field or file, and skips records without a title', () => {
    const refs = ruleRefsFrom([
      {
        id: 'xihu-ddw',
        data: {
          id: 'xihu-ddw',
          title: '社区“大党委”',
          rules: [{ id: 'r1', title: '委员总数', statement: '不超过' }, { id: 'r2' }],
        },
      },
      { id: 'r3', data: { id: 'r3', title: '兼职委员', statement: '…', pack: 'xihu-jz' } },
      {
        id: 'r4',
        data: { id: 'r4', title: '网格', statement: '…' },
        filePath: 'content/data/rules/xihu-wg.yaml',
      },
      { id: 'x', data: 'not a record' },
      { id: 'y', data: { statement: '无标题' } },
    ]);
    expect(refs).toEqual([
      { pack: 'xihu-ddw', packTitle: '社区“大党委”', id: 'r1', title: '委员总数', statement: '不超过' },
      { pack: 'xihu-jz', packTitle: 'xihu-jz', id: 'r3', title: '兼职委员', statement: '…' },
      { pack: 'xihu-wg', packTitle: 'xihu-wg', id: 'r4', title: '网格', statement: '…' },
    ]);
  });
});

describe('topCases', () => {
  const link = (n: number, listed = false) => ({
    href: `/cases/c${n}/`,
    title: `案例${n}`,
    marked: true,
    listed,
  });

  it('shows the cases the entry names first, then the others in order, at most five, and counts them all', () => {
    const cases = [...Array.from({ length: 600 }, (_, i) => link(i)), link(600, true)];
    const top = topCases(cases);
    expect(top.total).toBe(601);
    expect(top.shown.map((c) => c.href)).toEqual([
      '/cases/c600/',
      '/cases/c0/',
      '/cases/c1/',
      '/cases/c2/',
      '/cases/c3/',
    ]);
  });

  it('shows every case of a term few cases use', () => {
    expect(topCases([link(1), link(2)])).toEqual({ shown: [link(1), link(2)], total: 2 });
  });
});

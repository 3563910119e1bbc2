/**
 * Meeting papers from plans: the example plan and plans with empty fields,
 * very long names and 200 members, each paper written as .docx and read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';
import { loadPacks } from '../../../src/loaders/rule-packs.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import type { Plan } from '../../../src/lib/plan-format/schema.ts';
import { workCalendar } from '../../../src/lib/plan-editing/calendar.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { toSourceRecord } from '../../../src/lib/documents/gbt7714.ts';
import { docxBytes } from '../../../src/lib/documents/docx.ts';
import { mm } from '../../../src/lib/documents/layout.ts';
import { BLANK, paperPlan } from '../../../src/lib/documents/meeting/plan-adapter.ts';
import { paperRules } from '../../../src/lib/documents/meeting/basis.ts';
import { PAPERS, type PaperKind } from '../../../src/lib/documents/meeting/papers.ts';
import { paragraphs, unzip } from './helpers.ts';

const packs = loadPacks(ROOT);
const sources = new Map(
  [...loadSiteData(ROOT).sources.values()].map(({ value }) => [value.id, toSourceRecord(value)]),
);
const DATE = new Date(2026, 11, 6);

function examplePlan(name: string): Plan {
  const read = readPlan(readFileSync(join(ROOT, 'content/data/plans', `${name}.json`), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.plan;
}

async function paper(kind: PaperKind, plan: Plan) {
  const adapted = paperPlan(plan);
  const chosen = packs.filter((p) => adapted.packs.includes(p.id));
  const model = PAPERS[kind]({
    plan: adapted,
    rules: paperRules(packs, adapted.packs),
    sources,
    calendar: workCalendar(plan, chosen, 2026),
    date: DATE,
  });
  const parts = unzip(await docxBytes(model));
  const xml = parts.get('word/document.xml')!;
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('')),
    ),
  );
  return { model, parts, xml, text: paragraphs(xml), tables };
}

const dadangwei = examplePlan('xihu-dadangwei');

describe('方案说明', () => {
  it('lists the committee with roles, units and how each was chosen, blanks marked 待填写', async () => {
    const { text, tables } = await paper('composition', dadangwei);
    expect(text[0]).toBe('某社区“大党委”组成方案说明');
    const [members] = tables;
    expect(members![0]).toEqual(['序号', '职务', '姓名', '所在单位及职务', '专兼职', '产生方式']);
    expect(members).toHaveLength(1 + dadangwei.root.members.length);
    expect(members![1]).toEqual([
      '1',
      '第一书记',
      BLANK,
      '街道党工委，街道领导班子成员',
      BLANK,
      '上级党组织选派',
    ]);
    expect(members!.map((r) => r[1])).toContain('副书记');
    expect(
      text.some((t) => t.includes('其中兼职委员3名，任期3年（2021—2023年），与社区党组织换届同步')),
    ).toBe(true);
    expect(text).toContain('2026年12月6日');
  });

  it('states the rules and passages it rests on, with the source’s words', async () => {
    const { text } = await paper('composition', dadangwei);
    const at = text.indexOf('附件：所依据的规则与原文');
    expect(at).toBeGreaterThan(0);
    const basis = text.slice(at + 1);
    expect(
      basis.some(
        (t) =>
          t.startsWith('1. 设第一书记1名') && t.includes('原文：“') && t.includes('出处：江西省南昌市西湖区'),
      ),
    ).toBe(true);
    expect(basis.every((t) => /^\d+\. /.test(t))).toBe(true);
  });

  it('is laid out as GB/T 9704: A4, 37/28 mm margins, 16 pt 仿宋 at a 28.95 pt pitch, 22 pt title, page numbers outside', async () => {
    const { xml, parts } = await paper('composition', dadangwei);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain(`w:top="${mm(37)}"`);
    expect(xml).toContain(`w:left="${mm(28)}"`);
    expect(xml).toContain(`w:right="${mm(26)}"`);
    const styles = parts.get('word/styles.xml')!;
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<w:sz w:val="32"\/>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:spacing w:line="579" w:lineRule="exact"\/>/);
    expect(styles).toMatch(/w:styleId="Title"[\s\S]*?<w:sz w:val="44"\/>/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?w:eastAsia="楷体"/);
    expect(parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [...parts.entries()].filter(([n]) => /^word\/footer\d+\.xml$/.test(n)).map(([, x]) => x);
    expect(footers.some((f) => f.includes('w:val="right"'))).toBe(true);
    expect(footers.some((f) => f.includes('w:val="left"'))).toBe(true);
  });
});

describe('兼职委员履职清单', () => {
  it('gives each 兼职委员 a page of their own with the duties of the work calendar', async () => {
    const { xml, text, tables } = await paper('duties', dadangwei);
    const people = text.filter((t) => /^一、.*（(副书记|委员)）$/.test(t));
    // The 驻区单位 副书记 and 委员, and the 物业公司 委员 (a property company is an enterprise).
    expect(people).toEqual([`一、${BLANK}（副书记）`, `一、${BLANK}（委员）`, `一、${BLANK}（委员）`]);
    expect(tables[0]!.map((r) => r[1])).toContain('某医院');
    const duties = tables[1]!.map((r) => r[0]);
    expect(duties).toEqual(expect.arrayContaining(['与兼职委员电话沟通（每人）', '召开联席会议']));
    // Each person after the first, and the attachment, start a new page.
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(3);
  });
});

describe('联席会议纪要', () => {
  it('names the members and lists the year’s quarterly meetings', async () => {
    const { text, tables } = await paper('minutes', dadangwei);
    expect(text.find((t) => t.startsWith('参加人员：'))).toContain('（第一书记）');
    const schedule = tables.at(-1)!;
    expect(schedule.slice(1).map((r) => r[1])).toEqual(['2023年1月', '2023年4月', '2023年7月', '2023年10月']);
    expect(text).toContain('附件：所依据的规则与原文');
    expect(text.some((t) => /^\d+\. 联席会议原则上每季度不少于一次/.test(t))).toBe(true);
  });
});

describe('共驻共建责任书', () => {
  it('has one agreement per partner unit, naming both sides', async () => {
    const { text } = await paper('agreement', dadangwei);
    const parties = text.filter((t) => t.startsWith('乙方：'));
    expect(parties).toEqual([
      '乙方：某医院（驻区单位）',
      '乙方：某中学（驻区单位）',
      '乙方：某小区业委会（业主委员会）',
      '乙方：某物业公司（物业公司）',
      '乙方：某派出所（公安派出所）',
    ]);
    expect(text.filter((t) => t === '甲方：某社区“大党委”')).toHaveLength(5);
  });
});

describe('plans that are not filled in', () => {
  const empty: Plan = {
    version: 2,
    title: '空白方案',
    waivers: [],
    root: { id: 'r', kind: '社区', members: [], children: [] },
  };

  it('still give all four papers, with blanks marked 待填写', async () => {
    for (const kind of Object.keys(PAPERS) as PaperKind[]) {
      const { text } = await paper(kind, empty);
      expect(text[0], kind).toMatch(/^空白方案/);
      expect(text.join('\n'), kind).toContain(BLANK);
    }
    expect((await paper('agreement', empty)).text).toContain(`乙方：${BLANK}`);
    expect((await paper('composition', empty)).text).toContain(`成员${BLANK}`);
  });

  it('keep very long names whole in the document', async () => {
    const long = '某'.repeat(100);
    const plan: Plan = {
      ...empty,
      title: '长'.repeat(200),
      root: {
        ...empty.root,
        name: '名'.repeat(200),
        members: [
          {
            id: 'm1',
            name: long,
            role: '委员',
            posts: [],
            affiliationTransferred: false,
            home: { type: '驻区单位', name: '单'.repeat(200) },
          },
        ],
      },
    };
    const { text, tables } = await paper('composition', plan);
    expect(text[0]).toBe(`${'名'.repeat(200)}组成方案说明`);
    expect(tables[0]![1]![2]).toBe(long);
    expect(tables[0]![1]![3]).toBe('单'.repeat(200));
  });

  it('list a 200-member committee in full', async () => {
    const members = Array.from({ length: 200 }, (_, i) => ({
      id: `m${i}`,
      name: `成员${i + 1}`,
      role: '委员' as const,
      posts: [],
      affiliationTransferred: false,
      home: { type: i % 2 ? ('驻区单位' as const) : ('社区党组织' as const), name: `单位${i % 40}` },
    }));
    const plan: Plan = { ...empty, root: { ...empty.root, name: '大社区', members } };
    const { tables } = await paper('composition', plan);
    expect(tables[0]).toHaveLength(201);
    expect(tables[0]![200]![2]).toBe('成员200');
    const agreement = await paper('agreement', plan);
    expect(agreement.text.filter((t) => t.startsWith('乙方：'))).toHaveLength(20);
  });
});

/**
 * The content a contributor writes for a new case, for tests/build/new-case.test.ts:
 * a made-up city (测试市), so that nothing here copies real content. The
 * glossary term used is taken from the real glossary, not typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { ROOT } from '../helpers/paths.ts';

export const NEW_CASE = {
  slug: 'ceshi',
  city: '测试市',
  province: '测试省',
  level: '市',
  source: 'ceshi',
  sourceTitle: '测试市城市基层党建工作材料',
  year: '2024',
  /** A figure as the page must show it. */
  shownFigure: '12个',
};

const C = NEW_CASE;
const firstTerm = () => [...loadSiteData(ROOT).glossary.values()][0]!.value.term;

const figure = (id: string, fields: string[]) =>
  [`- id: ${id}`, ...fields, `  level: ${C.level}`, `  source: ${C.source}`].join('\n');

const FIGURES = [
  figure('ceshi-shequ', [
    '  value: 12',
    '  unit: 个',
    '  label: 城市社区',
    '  themes: [组织体系]',
    '  section: s1',
    '  quote: 全市12个城市社区',
    '  context: 城市社区',
  ]),
  figure('ceshi-wangge', [
    '  value: 120',
    '  unit: 个',
    '  label: 网格',
    '  themes: [网格化治理]',
    '  section: s2',
    '  quote: 划分120个网格',
    '  context: 网格',
  ]),
  figure('ceshi-baodao', [
    '  value: 3.5',
    '  unit: 万名',
    '  label: 到社区报到的在职党员',
    '  themes: [党员管理]',
    '  section: s2',
    '  quote: 3.5万名在职党员',
    '  context: 报到',
  ]),
  figure('ceshi-zhibu', [
    '  missing: true',
    '  unit: 个',
    '  label: 网格党支部',
    '  themes: [网格化治理]',
    '  section: s2',
  ]),
].join('\n\n');

const SOURCE = [
  `id: ${C.source}`,
  `title: ${C.sourceTitle}`,
  `date: '${C.year}'`,
  `file: ${C.source}.txt`,
  'genre: 案例材料',
  'covers: 测试用的材料，讲社区和网格两层的做法。',
  'sections:',
  '  - { id: s1, title: 一、概况 }',
  '  - { id: s2, title: 二、网格 }',
  '',
].join('\n');

const EVENT = [
  '- id: ceshi-2024-wangge',
  "  date: '2024'",
  `  city: ${C.city}`,
  '  title: 划分网格',
  '  description: 测试市在城市社区划分网格。',
  `  source: ${C.source}`,
  '  section: s2',
].join('\n');

function page(extra: string[] = [], frontmatterExtra: string[] = []): string {
  const term = firstTerm();
  return [
    '---',
    `title: ${C.city}：测试案例`,
    `description: ${C.city}的社区与网格。`,
    'kind: 案例',
    'models: [1+2+N]',
    'themes: [组织体系, 网格化治理]',
    ...frontmatterExtra,
    '---',
    '',
    '## 概况',
    '',
    `${C.city}有城市社区:fig[ceshi-shequ]，推行“1+2+N”模式，并设:term[${term}]。:cite[${C.source}#s1]`,
    ...extra,
    '',
    ...['背景与问题', '工作机制', '队伍建设', '阵地与保障', '成效', '经验启示'].flatMap((h) => [
      `## ${h}`,
      '',
      `本节从略。:cite[${C.source}#s1]`,
      '',
    ]),
    '## 组织架构',
    '',
    '```mermaid caption="测试市的网格"',
    'flowchart TD',
    '  a["社区党组织"] --> b["网格党支部"]',
    '```',
    '',
    `全市划分网格:fig[ceshi-wangge]，建立网格党支部:fig[ceshi-zhibu]，在职党员:fig[ceshi-baodao]到社区报到。:cite[${C.source}#s2]`,
    '',
    '## 数据一览',
    '',
    '::figure-table',
    '',
    '## 来源',
    '',
    '::source-list',
    '',
  ].join('\n');
}

const pagePath = `content/docs/cases/${C.slug}.md`;
const events = () => readFileSync(join(ROOT, 'content/data/events.yaml'), 'utf8');

/** The files a contributor fills in (the scaffolded ones, plus one event). */
export function filledFiles(): Record<string, string> {
  return {
    [pagePath]: page(),
    [`content/data/figures/${C.slug}.yaml`]: `${FIGURES}\n`,
    [`content/data/sources/${C.source}.yaml`]: SOURCE,
    'content/data/events.yaml': `${events().trimEnd()}\n${EVENT}\n`,
  };
}

/** Files with one mistake of each kind, and the report lines each must produce. */
export function plantedMistakes(registryText: string): { files: Record<string, string>; expected: string[] } {
  const term = firstTerm();
  const mistakes = [
    '',
    '网格里共有13个楼栋。',
    `写错的数字 id：:fig[ceshi-shequu]。:term[${term}甲]`,
    `写错的章节。:cite[${C.source}#s9]`,
  ];
  // The city written again in the page, as the case pages once did: only the registry states it.
  // …and its 资料时间, which is the source record's date.
  const text = page(mistakes, [`city: ${C.city}`, `asOf: ${C.year}年`]);
  // …and in a figure, whose city comes from its file's case.
  const figures = FIGURES.replace('  label: 网格\n', `  label: 网格\n  city: ${C.city}\n`);
  const figuresPath = `content/data/figures/${C.slug}.yaml`;
  const figureCityLine = figures.split('\n').findIndex((l) => l === `  city: ${C.city}`) + 1;
  // …and in the source record, whose cities are those of the cases naming it in the registry.
  const sourcePath = `content/data/sources/${C.source}.yaml`;
  const source = SOURCE.replace('genre: 案例材料\n', `genre: 案例材料\ncities: [${C.city}]\n`);
  const sourceCitiesLine = source.split('\n').findIndex((l) => l.startsWith('cities:')) + 1;
  const lineOf = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
  // The new case's entry without its province, written as the registry is (one field a line).
  const records = (JSON.parse(registryText) as Array<Record<string, unknown>>).map((r) =>
    r['slug'] === C.slug ? Object.fromEntries(Object.entries(r).filter(([key]) => key !== 'province')) : r,
  );
  const registry = `${JSON.stringify(records, null, 2)}\n`;
  // The report names the line where the entry opens: the line before its slug.
  const registryLine = registry.split('\n').findIndex((l) => l.includes(`"slug": "${C.slug}"`));
  // A colon forgotten after a field name.
  const brokenEvents = `${events().trimEnd()}\n${EVENT.replace('  title:', '  title')}\n`;
  const eventLine = brokenEvents.split('\n').findIndex((l) => l.startsWith('  title 划分网格')) + 1;
  return {
    files: {
      ...filledFiles(),
      [pagePath]: text,
      [figuresPath]: `${figures}\n`,
      [sourcePath]: source,
      'content/data/cases.json': registry,
      'content/data/events.yaml': brokenEvents,
    },
    expected: [
      `${pagePath}:${lineOf('13个楼栋')}  正文里直接写了数字「13」`,
      `${pagePath}:${lineOf('ceshi-shequu')}  未知的数字 id「ceshi-shequu」（:fig[ceshi-shequu]）：content/data/figures 中没有这一条；你是不是要写 ceshi-shequ`,
      `${pagePath}:${lineOf(`${term}甲`)}  未知的术语「${term}甲」`,
      `${pagePath}:${lineOf('#s9')}  来源「${C.source}」没有章节「s9」（:cite[${C.source}#s9]）：该来源的章节为 s1、s2`,
      `content/data/events.yaml:${eventLine}  YAML 语法错误`,
      `${pagePath}:${lineOf(`city: ${C.city}`)}  案例页不再写 city（城市）：案例的城市、省份、层级和来源只写在案例登记 content/data/cases.json 中`,
      `${pagePath}:${lineOf('asOf:')}  案例页不再写 asOf（资料时间）：资料时间取自来源著录`,
      `${figuresPath}:${figureCityLine}  数字条目不再写 city（城市）`,
      `${sourcePath}:${sourceCitiesLine}  来源记录不再写 cities（涉及城市）`,
      `content/data/cases.json:${registryLine}  省份（province）缺少，必须填写`,
    ],
  };
}

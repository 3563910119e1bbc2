/** The stub files `npm run new-case` writes: the standard outline, a checklist, the source record. */
import type { CaseRecord } from '../../src/lib/content/registry.ts';

export interface NewCase extends CaseRecord {
  /** Title of the source text. */
  sourceTitle: string;
  /** Year (or date) the source was published, or a note such as 未注明. */
  year: string;
}

/** The outline every case page follows (the tests check it). */
const OUTLINE = [
  '概况',
  '背景与问题',
  '组织架构',
  '工作机制',
  '队伍建设',
  '阵地与保障',
  '成效',
  '经验启示',
  '数据一览',
  '来源',
] as const;

const CHECKLIST = (c: NewCase) => `<!--
新案例清单（写完可删去本注释；npm run check:content 几秒内核对全部内容）：
1. 原文：把原文文本放在项目外的原文目录（../shared/sources/）中，文件名写在
   content/data/sources/${c.source}.yaml 的 file 字段；按原文标题层级填好 sections（章节 id 如 s1、s2-1）。
2. 数字：原文的每个数字记进 content/data/figures/${c.slug}.yaml（id、value、unit、label、level、
   themes、source、section，以及 quote：原文中含这个数字的原句片段；城市不写，取自案例登记）。正文用 :fig[数字 id]，不要直接写阿拉伯数字；
   原文丢失的数字写 missing: true，不写 value。
3. 正文：按下面的提纲用自己的话写；出处写 :cite[${c.source}#章节]，术语写 :term[术语]，段落锚点写 :anchor{#${c.source}-章节}。
   组织架构至少画一张 Mermaid 图（带 caption）。
4. 元数据：填写 title、description、models（模式名称与提法，可含数字，如 1+4+N）、themes。
   城市、省份、层级和来源只写在案例登记 content/data/cases.json 中，本页不再写。
5. 可选：content/data/teaching/${c.slug}.yaml 教学笔记（没有时页面显示“暂无教学笔记”）、
   content/data/compare.yaml 对照字段（没有时对照页的结构化对照写“尚未编入”）、content/data/events.yaml 大事记。
6. npm run check:content，然后 npm run build。
-->`;

function section(title: string, c: NewCase): string {
  if (title === '数据一览') return `## 数据一览\n\n::figure-table\n`;
  if (title === '来源') return '## 来源\n\n::source-list\n';
  if (title === '组织架构') {
    return [
      '## 组织架构',
      '',
      `\`\`\`mermaid caption="${c.city}的党组织体系"`,
      'flowchart TD',
      `  a["${c.city}党组织"] --> b["待补充"]`,
      '```',
      '',
      `（待撰写：本节内容。）:cite[${c.source}#s1]`,
      '',
    ].join('\n');
  }
  return `## ${title}\n\n（待撰写：本节内容。）:cite[${c.source}#s1]\n`;
}

export function casePage(c: NewCase, order: number): string {
  const frontmatter = [
    '---',
    `title: ${c.city}：（待填写案例标题）`,
    `description: （待填写：一句话说明${c.city}的做法。）`,
    'kind: 案例',
    'models: []',
    'themes: []',
    'sidebar:',
    `  order: ${order}`,
    '---',
  ];
  return [...frontmatter, '', CHECKLIST(c), '', ...OUTLINE.map((t) => section(t, c))].join('\n');
}

export function figuresFile(c: NewCase): string {
  return [
    `# ${c.city}：《${c.sourceTitle}》（来源 ${c.source}）中的全部数字。`,
    '# 每条一个数字；quote 是原文中含这个数字的原句片段（逐字，不超过 40 字），用于核对保真。例：',
    `# - id: ${c.slug.slice(0, 2)}-shequ-shu`,
    '#   value: 12',
    '#   unit: 个',
    '#   label: 城市社区',
    `#   level: ${c.level}`,
    '#   themes: [组织体系]',
    `#   source: ${c.source}`,
    '#   section: s1',
    '#   quote: 全市12个城市社区',
    '[]',
    '',
  ].join('\n');
}

export function sourceFile(c: NewCase): string {
  return [
    `id: ${c.source}`,
    `title: ${c.sourceTitle}`,
    `date: '${c.year}'`,
    `# 原文文本不进仓库：放在项目外的原文目录（../shared/sources/）中，文件名如下。`,
    `file: ${c.source}.txt`,
    'genre: （待填写：案例材料、报刊文章、工作方案……）',
    `covers: （待填写：用自己的话概括原文讲了${c.city}的哪些做法。）`,
    'defects: []',
    'sections:',
    '  - { id: s1, title: （待填写：原文第一个标题） }',
    '',
  ].join('\n');
}

/**
 * The four meeting papers a secretary takes from a plan, laid out as
 * GB/T 9704 papers (layout.ts, 'gongwen'):
 *  - 方案说明: the committee's composition for the 党组织 meeting, on one page,
 *    with the check's outcome;
 *  - 兼职委员履职清单: one page per 兼职委员, with the duties the packs set;
 *  - 联席会议纪要: a template with the members and the year's meetings;
 *  - 共驻共建责任书: one per partner unit, naming both sides.
 * Each ends with the rules and passages it rests on (basis.ts). What the
 * plan leaves empty reads "（待填写）"; nothing is invented.
 */
import type { Duty } from '../../plan-editing/calendar.ts';
import type { SourceRecord } from '../gbt7714.ts';
import type { DocBlock, DocModel, TableCell } from '../model.ts';
import { chineseDate, chineseQuotes } from '../text.ts';
import { basisBlocks, BASIS, rulesFor, type PaperRule } from './basis.ts';
import { BLANK, type PaperMember, type PaperPlan } from './plan-adapter.ts';

export interface PaperInput {
  plan: PaperPlan;
  rules: readonly PaperRule[];
  sources: ReadonlyMap<string, SourceRecord>;
  /** The plan's work calendar (src/lib/plan-editing/calendar.ts). */
  calendar: readonly Duty[];
  /** The check's outcome, when the planner has one. */
  summary?: { pass: number; fail: number; warn: number; needsInfo: number } | undefined;
  date: Date;
}

export type PaperKind = 'composition' | 'duties' | 'minutes' | 'agreement';

/** Names of the papers, as buttons and file names say them. */
export const PAPER_NAMES: Record<PaperKind, string> = {
  composition: '方案说明',
  duties: '兼职委员履职清单',
  minutes: '联席会议纪要',
  agreement: '共驻共建责任书',
};

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const h1 = (n: number, text: string): DocBlock => ({
  kind: 'heading',
  level: 1,
  text: `${CN_NUMBERS[n - 1]}、${text}`,
});
const p = (text: string, style?: 'signature' | 'right' | 'center' | 'note'): DocBlock => ({
  kind: 'paragraph',
  runs: [{ kind: 'text', text: chineseQuotes(text) }],
  ...(style ? { style } : {}),
});
const cell = (text: string): TableCell => ({ paragraphs: [[{ kind: 'text', text: chineseQuotes(text) }]] });
const table = (header: string[], rows: string[][], widths?: number[]): DocBlock => ({
  kind: 'table',
  header: [header.map(cell)],
  rows: rows.map((r) => r.map(cell)),
  ...(widths ? { widths } : {}),
});
const sign = (input: PaperInput, who: string): DocBlock[] => [
  p(`${who}（盖章）`, 'signature'),
  p(chineseDate(input.date), 'signature'),
];
const pageBreak: DocBlock = { kind: 'pageBreak' };

function model(kind: PaperKind, title: string, blocks: DocBlock[]): DocModel {
  return { title: chineseQuotes(title), layout: 'gongwen', blocks, meta: { subject: PAPER_NAMES[kind] } };
}

const body = (plan: PaperPlan) => chineseQuotes(plan.body);
const termText = (plan: PaperPlan) =>
  plan.term
    ? `任期${plan.term.years}年${plan.term.startYear ? `（${plan.term.startYear}—${plan.term.startYear + plan.term.years - 1}年）` : ''}${plan.term.synced ? '，与社区党组织换届同步' : ''}`
    : `任期${BLANK}`;

function memberRows(members: readonly PaperMember[]): string[][] {
  return members.map((m, i) => [
    String(i + 1),
    m.role,
    m.name,
    [m.unit, ...m.posts].join('，'),
    m.tenure,
    m.chosenBy,
  ]);
}

/** 方案说明: who sits on the committee, how many of each, and what the check found. */
function compositionPaper(input: PaperInput): DocModel {
  const { plan } = input;
  const count = (test: (m: PaperMember) => boolean) => plan.members.filter(test).length;
  const roles = [...new Set(plan.members.map((m) => m.role))].map(
    (role) => `${role}${count((m) => m.role === role)}名`,
  );
  const summary = input.summary
    ? `按所选规则包核对：符合${input.summary.pass}条，不符合${input.summary.fail}条，需注意${input.summary.warn}条，待补充信息${input.summary.needsInfo}条。`
    : '尚未核对。';
  const blocks: DocBlock[] = [
    h1(1, '基本情况'),
    p(
      `${body(plan)}拟由${plan.members.length}名成员组成${roles.length > 0 ? `：${roles.join('、')}` : ''}。其中兼职委员${plan.partTimers.length}名，${termText(plan)}。${plan.year ? `方案年份为${plan.year}年。` : ''}${summary}所依据的规则和原文见附件。`,
    ),
    h1(2, '人员名单'),
    plan.members.length > 0
      ? table(
          ['序号', '职务', '姓名', '所在单位及职务', '专兼职', '产生方式'],
          memberRows(plan.members),
          [2.6, 4.4, 5, 12, 5, 7],
        )
      : p(`成员${BLANK}`),
    ...sign(input, body(plan)),
    pageBreak,
    ...basisBlocks(rulesFor(input.rules, plan.kind, BASIS.composition), input.sources, '班子组成'),
  ];
  return model('composition', `${plan.body}组成方案说明`, blocks);
}

/** The duties a 兼职委员 keeps: the calendar's items the packs require, with when. */
function dutyRows(input: PaperInput): string[][] {
  const duties = input.calendar.filter((d) => d.from !== 'term');
  return duties.length > 0 ? duties.map((d) => [d.title, d.when]) : [[BLANK, BLANK]];
}

/** 兼职委员履职清单: one page per 兼职委员 (a blank one when the plan has none). */
function dutiesPaper(input: PaperInput): DocModel {
  const { plan } = input;
  const people: PaperMember[] =
    plan.partTimers.length > 0
      ? plan.partTimers
      : [
          {
            id: '',
            name: BLANK,
            role: BLANK,
            tenure: '兼职',
            unit: BLANK,
            unitType: '',
            posts: [],
            chosenBy: BLANK,
            partTime: true,
          },
        ];
  const rules = rulesFor(input.rules, plan.kind, BASIS.duties);
  const blocks = people.flatMap((m, i): DocBlock[] => [
    ...(i > 0 ? [pageBreak] : []),
    { kind: 'heading', level: 1, text: `${CN_NUMBERS[0]}、${chineseQuotes(m.name)}（${m.role}）` },
    table(
      ['项目', '内容'],
      [
        ['所在单位', m.unit],
        ['在本单位党组织中的职务', m.role],
        ['本单位兼任职务', m.posts.join('、') || BLANK],
        ['产生方式', m.chosenBy],
        ['任期', termText(plan).replace(/^任期/, '')],
        ['联系电话', BLANK],
      ],
      [2, 5],
    ),
    h1(2, '履职事项'),
    table(['事项', '时间与频次'], dutyRows(input), [5, 4]),
    h1(3, '其他职责'),
    ...rules
      .filter((r) => r.check !== 'schedule')
      .slice(0, 6)
      .map((r, n) => p(`${n + 1}. ${r.statement}`)),
    p(`本人签字：${BLANK}`, 'signature'),
    p(chineseDate(input.date), 'signature'),
  ]);
  return model('duties', `${plan.body}兼职委员履职清单`, [
    p(
      `${body(plan)}共有兼职委员${plan.partTimers.length}名，每人一页。履职事项取自方案的工作日历和所选规则包。`,
    ),
    ...blocks,
    pageBreak,
    ...basisBlocks(rules, input.sources, '兼职委员的职责'),
  ]);
}

/** Months of `year` in which a recurring duty falls (its first month, then every `everyMonths`). */
function occurrences(duty: Duty, year: number): number[] {
  if (duty.everyMonths === undefined) return duty.start.year === year ? [duty.start.month] : [];
  const months: number[] = [];
  for (let month = duty.start.month; month <= 12; month += duty.everyMonths) months.push(month);
  return months;
}

/** 联席会议纪要: a template with the members and this year's meetings. */
function minutesPaper(input: PaperInput): DocModel {
  const { plan } = input;
  const chair =
    plan.members.find((m) => m.role === '书记') ?? plan.members.find((m) => m.role === '第一书记');
  const meetings = input.calendar.filter((d) => /联席会议/.test(d.title));
  const year = plan.year ?? input.date.getFullYear();
  const quarters = ['第一季度', '第二季度', '第三季度', '第四季度'];
  const schedule =
    meetings.length > 0
      ? meetings.flatMap((d) =>
          occurrences(d, year).map((month, i) => [
            `第${i + 1}次（${d.when}）`,
            `${year}年${month}月`,
            d.units.join('、'),
          ]),
        )
      : quarters.map((q) => [q, BLANK, body(plan)]);
  const blocks: DocBlock[] = [
    p(`时间：${year}年${BLANK}月${BLANK}日`),
    p(`地点：${BLANK}`),
    p(`主持人：${chair ? `${chair.name}（${chair.role}）` : BLANK}`),
    p(`参加人员：${plan.members.map((m) => `${m.name}（${m.role}）`).join('、') || BLANK}`),
    p(`请假人员：${BLANK}`),
    p(`列席人员：${BLANK}`),
    p(`记录人：${BLANK}`),
    h1(1, '会议议题'),
    p(`1. ${BLANK}`),
    p(`2. ${BLANK}`),
    h1(2, '议定事项'),
    p(`1. ${BLANK}`),
    p(`2. ${BLANK}`),
    h1(3, '责任分工与完成时限'),
    table(
      ['事项', '责任人', '完成时限'],
      [
        [BLANK, BLANK, BLANK],
        [BLANK, BLANK, BLANK],
      ],
      [6, 3, 3],
    ),
    h1(4, `${year}年联席会议安排`),
    table(['会议', '时间', '召开单位'], schedule, [4, 5, 4]),
    ...sign(input, body(plan)),
    pageBreak,
    ...basisBlocks(rulesFor(input.rules, plan.kind, BASIS.meeting), input.sources, '联席会议'),
  ];
  return model('minutes', `${plan.body}党建工作联席会议纪要`, blocks);
}

/** 共驻共建责任书: one per partner unit (one with the partner blank when the plan names none). */
function agreementPaper(input: PaperInput): DocModel {
  const { plan } = input;
  const partners = plan.partners.length > 0 ? plan.partners : [{ name: BLANK, type: '', members: [] }];
  const blocks = partners.flatMap((partner, i): DocBlock[] => [
    ...(i > 0 ? [pageBreak] : []),
    { kind: 'heading', level: 1, text: `责任书之${i + 1}：${chineseQuotes(partner.name)}` },
    p(`甲方：${body(plan)}`),
    p(`乙方：${chineseQuotes(partner.name)}${partner.type ? `（${partner.type}）` : ''}`),
    p(
      `为推进区域化党建、共驻共建，甲乙双方在党组织隶属关系不变的前提下，就下列事项达成一致。${partner.members.length > 0 ? `乙方有${partner.members.length}人兼任甲方成员：${partner.members.map(chineseQuotes).join('、')}。` : ''}`,
    ),
    h1(1, '共建内容'),
    p(`1. 甲方向乙方提供的服务：${BLANK}`),
    p(`2. 乙方向甲方提供的服务和资源：${BLANK}`),
    p(`3. 共同开展的活动：${BLANK}`),
    h1(2, '双方责任'),
    p('1. 甲方定期通报工作情况，邀请乙方参加联席会议，听取乙方意见。'),
    p('2. 乙方支持兼任甲方成员的人员履职，按约定提供资源和服务。'),
    p(`3. 其他：${BLANK}`),
    h1(3, '期限'),
    p(
      plan.term?.startYear
        ? `自${plan.term.startYear}年起，${plan.term.years}年。`
        : `自${BLANK}起，${BLANK}年。`,
    ),
    p(`甲方（盖章）：${body(plan)}　　　乙方（盖章）：${chineseQuotes(partner.name)}`),
    p(chineseDate(input.date), 'signature'),
  ]);
  return model('agreement', `${plan.body}共驻共建责任书`, [
    ...blocks,
    pageBreak,
    ...basisBlocks(rulesFor(input.rules, plan.kind, BASIS.partnership), input.sources, '共驻共建'),
  ]);
}

export const PAPERS: Record<PaperKind, (input: PaperInput) => DocModel> = {
  composition: compositionPaper,
  duties: dutiesPaper,
  minutes: minutesPaper,
  agreement: agreementPaper,
};

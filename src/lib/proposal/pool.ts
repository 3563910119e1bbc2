/**
 * Reads the list of available people a secretary pastes or uploads: cells
 * copied from Excel or WPS (tab separated), a CSV file (comma separated,
 * quoted cells, a BOM), or lines typed with Chinese commas. A header row is
 * optional; without one the columns are taken in the order 姓名、单位、
 * 单位类型、党员、职务、骨干.
 *
 * Nothing is dropped: a row with a problem still yields its person, with the
 * problem reported in Chinese naming the row (the row number a spreadsheet
 * shows). A unit type the vocabulary does not know is kept as written and
 * the person counted under 其他; duplicate names are reported, both kept.
 * Only text that cannot be read as a list at all (empty, too large) gives
 * no people.
 */
import type { Person } from './person.ts';
import {
  readHomeRole,
  readHomeType,
  readPostWords,
  readTenure,
  readYesNo,
  type PostWord,
} from './spellings.ts';
import { parseCsvCells, type HomeType } from './upstream.ts';

interface PoolColumn {
  header: string;
  /** Other headers accepted for the column. */
  aliases: readonly string[];
  /** What the cell holds, for the list template and messages. */
  hint: string;
}

/** The columns a list may have, in the order assumed when it has no header row. */
const POOL_COLUMNS = {
  name: { header: '姓名', aliases: ['名字', '人员', '人名'], hint: '张三' },
  unit: { header: '单位', aliases: ['所在单位', '单位名称', '工作单位', '所在单位名称'], hint: '某医院' },
  unitType: {
    header: '单位类型',
    aliases: ['所在单位类型', '类型', '单位性质'],
    hint: '驻区单位、物业公司、社会组织、社区党组织、居民……',
  },
  partyMember: { header: '党员', aliases: ['是否党员', '政治面貌'], hint: '是或否' },
  post: {
    header: '职务',
    aliases: ['职位', '岗位', '现任职务', '兼任职务'],
    hint: '党委书记、社区党组织书记、居委会主任、网格员、楼长……（多个用顿号隔开）',
  },
  backbone: { header: '骨干', aliases: ['是否骨干'], hint: '是或否' },
  tenure: { header: '专兼职', aliases: ['专职/兼职', '专职或兼职'], hint: '专职或兼职' },
  homeRole: {
    header: '身份',
    aliases: ['党内身份', '在所在单位党组织中的身份'],
    hint: '所在单位党组织的负责人、成员或党员',
  },
  highLevel: { header: '层级较高', aliases: ['单位层级较高'], hint: '是或否' },
  large: { header: '规模较大', aliases: ['单位规模较大'], hint: '是或否' },
  liaison: { header: '挂点', aliases: ['是否挂点'], hint: '是或否（街道领导挂点本单位）' },
  engaged: {
    header: '热心参加事务',
    aliases: ['热心', '能参加活动'],
    hint: '是或否（支持和热心参加事务、能正常参加活动）',
  },
  note: { header: '备注', aliases: [], hint: '' },
} as const satisfies Record<string, PoolColumn>;
type PoolColumnKey = keyof typeof POOL_COLUMNS;

const HEADERLESS_ORDER: readonly PoolColumnKey[] = [
  'name',
  'unit',
  'unitType',
  'partyMember',
  'post',
  'backbone',
];

/** Largest text read (about 20,000 rows of a typical list). */
export const MAX_POOL_CHARS = 1_000_000;

export type PoolReading =
  { ok: true; people: Person[]; problems: string[] } | { ok: false; problems: string[] };

const columnOf = (cell: string): PoolColumnKey | undefined => {
  const text = cell.replace(/[\s\u3000]+/g, '');
  return (Object.keys(POOL_COLUMNS) as PoolColumnKey[]).find((k) => {
    const c: PoolColumn = POOL_COLUMNS[k];
    return c.header === text || c.aliases.includes(text);
  });
};

/** Tab if the first lines have one (a spreadsheet copy), else comma, else Chinese comma. */
function separatorOf(text: string): string {
  const lines = text.split(/\r?\n/, 50).join('\n');
  if (lines.includes('\t')) return '\t';
  if (lines.includes(',')) return ',';
  return '，';
}

/** Read a pasted or uploaded list of people. Never throws. */
export function parsePool(input: string): PoolReading {
  if (input.length > MAX_POOL_CHARS) {
    return {
      ok: false,
      problems: [
        `名单太长（约${Math.ceil(input.length / 1000)}千字，上限${MAX_POOL_CHARS / 1000}千字）：请只列可能进入班子的人选。`,
      ],
    };
  }
  const text = input.replace(/^\uFEFF/, '');
  const records = parseCsvCells(text, separatorOf(text)).map((cells) => cells.map((c) => c.trim()));
  const filled = records
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (filled.length === 0) return { ok: false, problems: ['名单是空的：请粘贴或上传人员名单，每行一人。'] };
  const problems: string[] = [];
  const layout = columnsOf(filled[0]!.cells, filled[0]!.row, problems);
  const body = layout.header ? filled.slice(1) : filled;
  if (body.length === 0) return { ok: false, problems: ['名单只有标题行，没有人员。'] };
  if (layout.header && filled.every((r) => r.cells.length === 1)) {
    problems.push('每行只有一列：请用制表符（从表格复制）、逗号或中文逗号分隔各列。');
  }
  const people = body.map(({ cells, row }) => personOf(cells, row, layout, problems));
  problems.push(...duplicateNames(people));
  return { ok: true, people, problems };
}

interface Layout {
  header: boolean;
  columns: Array<PoolColumnKey | undefined>;
}

function columnsOf(first: string[], row: number, problems: string[]): Layout {
  const keys = first.map(columnOf);
  const known = keys.filter((k) => k !== undefined);
  if (known.length < 2 && keys[0] !== 'name') return { header: false, columns: [...HEADERLESS_ORDER] };
  const seen = new Set<PoolColumnKey>();
  const columns = keys.map((key, i) => {
    if (key === undefined) {
      if (first[i] !== '') problems.push(`第${row}行：不认识的列“${first[i]}”，这一列没有读入。`);
      return undefined;
    }
    if (seen.has(key)) {
      problems.push(`第${row}行：“${POOL_COLUMNS[key].header}”列出现了两次，只读第一列。`);
      return undefined;
    }
    seen.add(key);
    return key;
  });
  if (!seen.has('name')) problems.push('名单没有“姓名”一列：各人按行号称呼。');
  if (!seen.has('unitType'))
    problems.push(
      '名单没有“单位类型”一列：各人都按“其他”单位对待，凡看来源单位的规则都无法满足。请加上这一列。',
    );
  if (!seen.has('partyMember'))
    problems.push('名单没有“党员”一列：凡规则要求是党员的，建议里会请你逐一确认。');
  return { header: true, columns };
}

function personOf(cells: string[], row: number, layout: Layout, problems: string[]): Person {
  const cell = (key: PoolColumnKey) => {
    const at = layout.columns.indexOf(key);
    return at < 0 ? '' : (cells[at] ?? '');
  };
  const say = (message: string) => problems.push(`第${row}行：${message}`);
  const extra = cells.slice(layout.columns.length).filter((c) => c !== '');
  if (extra.length > 0) say(`比各列多出${extra.length}格（${extra.join('、')}），已记入备注。`);
  if (!layout.header && cells.length < 3) {
    const lacking = HEADERLESS_ORDER.slice(cells.length, 3).map((k) => POOL_COLUMNS[k].header);
    say(
      `只有${cells.length}列，缺少${lacking.join('、')}（没有标题行时，按“姓名、单位、单位类型、党员、职务、骨干”的顺序读）。`,
    );
  }
  const name = fitted(cell('name'), LIMITS.name, '姓名', say);
  if (name === '' && layout.columns.includes('name')) say('没有填姓名。');
  const { homeType, homeTypeText } = homeTypeOf(
    fitted(cell('unitType'), LIMITS.type, '单位类型', say),
    say,
    layout.columns.includes('unitType'),
  );
  const person: Person = { row, name, homeType, posts: [], jobs: [], participantRoles: [] };
  if (homeTypeText !== undefined) person.homeTypeText = homeTypeText;
  if (cell('unit') !== '') person.unitName = fitted(cell('unit'), LIMITS.unit, '单位', say);
  const notes: string[] = [];
  const titles: string[] = [];
  // The columns first, in their order; the words of 职务 then add what the columns left open.
  readFlags(person, cell, say);
  applyPostWords(person, readPostWords(cell('post'), homeType), notes, titles);
  if (notes.length > 0) say(`职务里的“${notes.join('、')}”不是规则用到的职务，已记入备注。`);
  // Heads and members of a party organisation are party members, whatever else the row says.
  if (person.partyMember === undefined && person.homeRole !== undefined && person.homeRole !== '党员') {
    person.partyMember = true;
  }
  if (person.partyMember === undefined && person.homeRole === '党员') person.partyMember = true;
  const kept = [...titles, ...notes];
  const note = [kept.length > 0 ? `职务：${kept.join('、')}` : '', cell('note'), ...extra].filter(Boolean);
  if (note.length > 0) person.note = fitted(note.join('；'), LIMITS.note, '备注', say);
  if (person.partyMember === false && (person.homeRole === '负责人' || person.homeRole === '成员')) {
    say(`“党员”一栏是“否”，但职务表明是所在单位党组织的${person.homeRole}：请核对。`);
  }
  return person;
}

/** The longest name, unit name and note a plan takes (the plan format's limits, less room for what the solver adds). */
const LIMITS = { name: 100, unit: 200, type: 50, note: 1800 };

/** A cell cut to what the plan format takes, said so (a whole row pasted into one cell is the usual cause). */
function fitted(text: string, max: number, column: string, say: (message: string) => void): string {
  if (text.length <= max) return text;
  say(`“${column}”超过${max}个字（也许整行粘进了一格），只保留前${max}个字。`);
  return text.slice(0, max);
}

function homeTypeOf(
  written: string,
  say: (message: string) => void,
  expected: boolean,
): { homeType: HomeType; homeTypeText?: string } {
  if (written === '') {
    if (expected) say('没有填单位类型，暂按“其他”对待。');
    return { homeType: '其他' };
  }
  const reading = readHomeType(written);
  if (reading.ok) return { homeType: reading.type };
  if (reading.covers) {
    say(`单位类型“${written}”可以指${reading.covers.join('、')}，请写明是哪一种；暂按“其他”对待。`);
  } else {
    say(
      `不认识单位类型“${written}”（可填：驻区单位、机关、事业单位、国有企业、非公企业、物业公司、社会组织、业主委员会、公安派出所、社区党组织、街道党工委、居民等）；暂按“其他”对待，保留原来的写法。`,
    );
  }
  return { homeType: '其他', homeTypeText: written };
}

/** Facts of the 职务 words yield to the same facts given in their own columns. */
function applyPostWords(person: Person, words: readonly PostWord[], notes: string[], titles: string[]): void {
  const fromColumns = { homeRole: person.homeRole !== undefined, tenure: person.tenure !== undefined };
  const add = <T>(list: T[], value: T) => {
    if (!list.includes(value)) list.push(value);
  };
  for (const word of words) {
    if ('post' in word && word.post) add(person.posts, word.post);
    if ('participant' in word) add(person.participantRoles, word.participant);
    if ('job' in word) add(person.jobs, word.job);
    if ('homeRole' in word && !fromColumns.homeRole) {
      // 负责人 outranks 成员 outranks 党员 when a cell says several.
      const rank = { 负责人: 0, 成员: 1, 党员: 2 } as const;
      if (person.homeRole === undefined || rank[word.homeRole] < rank[person.homeRole])
        person.homeRole = word.homeRole;
    }
    if ('tenure' in word && !fromColumns.tenure) person.tenure = word.tenure;
    if ('liaison' in word) person.liaison ??= true;
    if ('backbone' in word) person.backbone ??= true;
    if ('title' in word) titles.push(word.title);
    if ('unknown' in word) notes.push(word.unknown);
  }
}

const FLAG_COLUMNS = ['highLevel', 'large', 'liaison', 'engaged'] as const;

function readFlags(
  person: Person,
  cell: (key: PoolColumnKey) => string,
  say: (message: string) => void,
): void {
  const column = (key: PoolColumnKey) => POOL_COLUMNS[key].header;
  const party = readYesNo(cell('partyMember'), 'party');
  if (party === 'unreadable') say(`“党员”一栏的“${cell('partyMember')}”应填“是”或“否”，暂按未填。`);
  else if (party !== undefined) person.partyMember = party;
  const backbone = readYesNo(cell('backbone'));
  if (backbone === 'unreadable') say(`“骨干”一栏的“${cell('backbone')}”应填“是”或“否”，暂按未填。`);
  else if (backbone !== undefined) person.backbone = backbone;
  for (const key of FLAG_COLUMNS) {
    const value = readYesNo(cell(key));
    if (value === 'unreadable') say(`“${column(key)}”一栏的“${cell(key)}”应填“是”或“否”，暂按未填。`);
    else if (value !== undefined) person[key] = value;
  }
  const tenure = readTenure(cell('tenure'));
  if (tenure === 'unreadable') say(`“专兼职”一栏的“${cell('tenure')}”应填“专职”或“兼职”，暂按未填。`);
  else if (tenure !== undefined) person.tenure = tenure;
  const homeRole = readHomeRole(cell('homeRole'));
  if (homeRole === 'unreadable')
    say(`“身份”一栏的“${cell('homeRole')}”应填“负责人”“成员”或“党员”，暂按未填。`);
  else if (homeRole !== undefined) person.homeRole = homeRole;
}

/** One message per name listed more than once, naming the rows. */
function duplicateNames(people: readonly Person[]): string[] {
  const rows = new Map<string, number[]>();
  for (const p of people) {
    if (p.name === '') continue;
    const at = rows.get(p.name);
    if (at) at.push(p.row ?? 0);
    else rows.set(p.name, [p.row ?? 0]);
  }
  return [...rows]
    .filter(([, at]) => at.length > 1)
    .map(
      ([name, at]) =>
        `第${at.length > 5 ? `${at.slice(0, 5).join('、')}等${at.length}` : at.join('、')}行的姓名都是“${name}”：是同一个人的，请删去重复的行；是不同的人，请在姓名后加以区别。两行都已保留，建议里会注明各自的单位。`,
    );
}

/** A list to fill in: the header row and two example rows (CRLF, with BOM for spreadsheet programs). */
export function poolTemplateCsv(): string {
  const keys: PoolColumnKey[] = ['name', 'unit', 'unitType', 'partyMember', 'post', 'backbone'];
  const rows = [
    keys.map((k) => POOL_COLUMNS[k].header),
    ['张三', '某社区', '社区党组织', '是', '社区党组织书记、居委会主任', ''],
    ['李四', '某医院', '驻区单位', '是', '党委书记', ''],
  ];
  return `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/**
 * Member lists from a spreadsheet: a CSV file (RFC 4180; UTF-8, with or
 * without BOM; comma or tab separated) with a header row of Chinese column
 * names. Only 职务 and 所在单位类型 are required. Every value is checked
 * against the plan vocabulary; one bad row rejects the whole file, with the
 * row and column of each problem, so nothing half-imported is left behind.
 */
import type { Member } from '../plan-format/schema.ts';
import type { PlannerVocabulary } from './data.ts';
import { csvText, parseCsv } from '../csv.ts';

interface CsvColumn {
  header: string;
  /** Other headers accepted for this column. */
  aliases?: string[];
  required?: boolean;
  /** What the cell holds. */
  hint: string;
}

const CSV_COLUMNS = {
  name: { header: '姓名', hint: '可不填' },
  role: { header: '职务', required: true, hint: '书记、副书记、委员……' },
  tenure: { header: '专职/兼职', aliases: ['专兼职'], hint: '专职或兼职，可不填' },
  homeType: {
    header: '所在单位类型',
    aliases: ['单位类型'],
    required: true,
    hint: '驻区单位、非公企业、社会组织……',
  },
  homeName: { header: '所在单位', aliases: ['所在单位名称', '单位名称'], hint: '可不填' },
  homeRole: { header: '在所在单位党组织中的身份', aliases: ['身份'], hint: '负责人、成员或党员' },
  posts: { header: '兼任职务', hint: '多个用顿号或分号隔开' },
  postLevel: { header: '职级', hint: '乡科级、县处级……' },
  chosenBy: { header: '产生方式', hint: '协商推选、上级党组织选派……' },
  highLevel: { header: '单位层级较高', aliases: ['层级较高'], hint: '是或否' },
  large: { header: '单位规模较大', aliases: ['规模较大'], hint: '是或否' },
  liaison: { header: '挂点', hint: '是或否' },
  engaged: { header: '热心参加事务', hint: '是或否' },
  station: { header: '工作岗位', hint: '窗口服务、下沉网格或其他' },
  note: { header: '备注', hint: '可不填' },
} satisfies Record<string, CsvColumn>;
type ColumnKey = keyof typeof CSV_COLUMNS;

/** Largest file and row count accepted. */
const MAX_CSV_CHARS = 1_000_000;
const MAX_CSV_ROWS = 2000;

export type CsvMembers = { ok: true; members: Array<Omit<Member, 'id'>> } | { ok: false; errors: string[] };

const YES = new Set(['是', '有', 'Y', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', '无', '不是', 'N', 'n', 'no', 'false', '0', '×']);

/** Read members from CSV text. Never throws. */
export function readMembersCsv(input: string, vocabulary: PlannerVocabulary): CsvMembers {
  if (input.length > MAX_CSV_CHARS) {
    return {
      ok: false,
      errors: [`文件过大（${Math.ceil(input.length / 1000)} KB，上限 ${MAX_CSV_CHARS / 1000} KB）`],
    };
  }
  const rows = nonEmptyRows(input);
  if (rows.length === 0) return { ok: false, errors: ['文件是空的'] };
  const { columns, errors } = readHeader(rows[0]!);
  if (errors.length > 0) return { ok: false, errors };
  const body = rows.slice(1);
  if (body.length === 0) return { ok: false, errors: ['文件只有标题行，没有成员'] };
  if (body.length > MAX_CSV_ROWS)
    return { ok: false, errors: [`成员过多（${body.length} 行，上限 ${MAX_CSV_ROWS}）`] };
  const members: Array<Omit<Member, 'id'>> = [];
  body.forEach((cells, r) => {
    const member = readMember(rowReader(cells, r + 2, columns, errors), vocabulary);
    if (member) members.push(member);
  });
  return errors.length > 0 ? { ok: false, errors: firstErrors(errors) } : { ok: true, members };
}

/** The file's rows, BOM dropped, tab- or comma-separated as its first line shows, blank rows left out. */
function nonEmptyRows(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  return parseCsv(text, separator).filter((r) => r.some((c) => c.trim() !== ''));
}

/** Which cell holds each known column; unknown, repeated and missing required columns are errors. */
function readHeader(row: string[]): { columns: Map<ColumnKey, number>; errors: string[] } {
  const keys = Object.keys(CSV_COLUMNS) as ColumnKey[];
  const columns = new Map<ColumnKey, number>();
  const errors: string[] = [];
  row.forEach((cell, i) => {
    const h = cell.trim();
    const key = keys.find((k) => {
      const c: CsvColumn = CSV_COLUMNS[k];
      return c.header === h || (c.aliases ?? []).includes(h);
    });
    if (key === undefined) {
      if (h !== '')
        errors.push(
          `第1行：不认识的列名「${h}」（可用的列：${keys.map((k) => CSV_COLUMNS[k].header).join('、')}）`,
        );
    } else if (columns.has(key)) {
      errors.push(`第1行：列「${h}」重复`);
    } else {
      columns.set(key, i);
    }
  });
  for (const key of keys) {
    const column: CsvColumn = CSV_COLUMNS[key];
    if (column.required && !columns.has(key)) errors.push(`第1行：缺少必需的列「${column.header}」`);
  }
  return { columns, errors };
}

/**
 * Reads the cells of one row by column, each kind of value checked as it is
 * read; a problem is added to `errors` with the row number and column name.
 */
function rowReader(cells: string[], line: number, columns: ReadonlyMap<ColumnKey, number>, errors: string[]) {
  const get = (key: ColumnKey): string => {
    const at = columns.get(key);
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };
  const problem = (key: ColumnKey, message: string): void => {
    errors.push(`第${line}行「${CSV_COLUMNS[key].header}」：${message}`);
  };
  /** One of `allowed`, or nothing. */
  const choose = <T extends string>(key: ColumnKey, allowed: readonly string[]): T | undefined => {
    const value = get(key);
    if (value === '') return undefined;
    if (!allowed.includes(value)) {
      problem(key, `「${value}」不是可选的值；可选：${allowed.join('、')}`);
      return undefined;
    }
    return value as T;
  };
  /** 是 or 否, in any of the ways a spreadsheet says them. */
  const flag = (key: ColumnKey): boolean | undefined => {
    const value = get(key);
    if (value === '') return undefined;
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    problem(key, `「${value}」应填“是”或“否”`);
    return undefined;
  };
  /** Free text up to `max` characters. */
  const limited = (key: ColumnKey, max: number): string | undefined => {
    const value = get(key);
    if (value === '') return undefined;
    if (value.length > max) problem(key, `不能超过 ${max} 个字`);
    return value;
  };
  /** A value that must be there and be one of `allowed`. */
  const required = <T extends string>(key: ColumnKey, allowed: readonly string[]): T | undefined => {
    const value = choose<T>(key, allowed);
    if (get(key) === '') problem(key, '必填');
    return value;
  };
  /** A list of posts, each one of `allowed`; unknown ones are reported and left out. */
  const posts = (key: ColumnKey, allowed: readonly string[]): string[] => {
    const listed = get(key)
      .split(/[、;；,，/]/)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const p of listed) {
      if (!allowed.includes(p)) problem(key, `「${p}」不是可选的职务；可选：${allowed.join('、')}`);
    }
    return listed.filter((p) => allowed.includes(p));
  };
  return { choose, flag, limited, required, posts };
}

/** One row as a member, or undefined when its role or unit type is missing or unknown. */
function readMember(
  row: ReturnType<typeof rowReader>,
  vocabulary: PlannerVocabulary,
): Omit<Member, 'id'> | undefined {
  // Every cell is read before giving up, so that one pass reports all of a row's problems.
  const role = row.required<Member['role']>('role', vocabulary.roles);
  const homeType = row.required<Member['home']['type']>('homeType', vocabulary.homeTypes);
  const posts = row.posts('posts', vocabulary.posts) as Member['posts'];
  const fields = {
    name: row.limited('name', 100),
    tenure: row.choose<NonNullable<Member['tenure']>>('tenure', vocabulary.tenures),
    homeName: row.limited('homeName', 200),
    homeRole: row.choose<NonNullable<Member['homeRole']>>('homeRole', vocabulary.homeRoles),
    postLevel: row.choose<NonNullable<Member['postLevel']>>('postLevel', vocabulary.postLevels),
    chosenBy: row.choose<NonNullable<Member['chosenBy']>>('chosenBy', vocabulary.choiceMethods),
    highLevel: row.flag('highLevel'),
    large: row.flag('large'),
    liaison: row.flag('liaison'),
    engaged: row.flag('engaged'),
    station: row.choose<NonNullable<Member['station']>>('station', vocabulary.stations),
    note: row.limited('note', 2000),
  };
  if (!role || !homeType) return undefined;
  return {
    ...(fields.name !== undefined && { name: fields.name }),
    role,
    ...(fields.tenure !== undefined && { tenure: fields.tenure }),
    home: {
      type: homeType,
      ...(fields.homeName !== undefined && { name: fields.homeName }),
      ...(fields.highLevel !== undefined && { highLevel: fields.highLevel }),
      ...(fields.large !== undefined && { large: fields.large }),
    },
    ...(fields.homeRole !== undefined && { homeRole: fields.homeRole }),
    posts,
    ...(fields.postLevel !== undefined && { postLevel: fields.postLevel }),
    ...(fields.liaison !== undefined && { liaison: fields.liaison }),
    ...(fields.engaged !== undefined && { engaged: fields.engaged }),
    ...(fields.chosenBy !== undefined && { chosenBy: fields.chosenBy }),
    ...(fields.station !== undefined && { station: fields.station }),
    affiliationTransferred: false,
    ...(fields.note !== undefined && { note: fields.note }),
  };
}

/** At most 30 problems, and how many more there are: a wrong file can have thousands. */
const MAX_ERRORS = 30;
const firstErrors = (errors: string[]): string[] =>
  errors.length > MAX_ERRORS
    ? [...errors.slice(0, MAX_ERRORS), `……另有 ${errors.length - MAX_ERRORS} 处问题`]
    : errors;

/** A CSV template to fill in: the header row and one example row (CRLF, with BOM for spreadsheet programs). */
export function membersCsvTemplate(): string {
  const header = Object.values(CSV_COLUMNS).map((c) => c.header);
  const example: Record<ColumnKey, string> = {
    name: '',
    role: '委员',
    tenure: '兼职',
    homeType: '驻区单位',
    homeName: '某医院',
    homeRole: '负责人',
    posts: '',
    postLevel: '',
    chosenBy: '协商推选',
    highLevel: '是',
    large: '',
    liaison: '',
    engaged: '是',
    station: '',
    note: '',
  };
  return csvText([header, Object.values(example)]);
}

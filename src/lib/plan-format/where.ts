/**
 * Names a place inside a plan file the way a secretary reads it — 根单位
 * 「某社区」› 成员「m3」› 职务（role） — not as a JSON path. The plan reader
 * (read.ts, through schema-errors.ts) words its messages through it.
 */

const FIELD_LABELS: Record<string, string> = {
  version: '格式版本',
  title: '方案名称',
  description: '说明',
  asOf: '年份',
  template: '模板',
  packs: '规则包',
  readings: '读法',
  waivers: '豁免',
  rule: '规则',
  unit: '单位',
  reason: '理由',
  root: '根单位',
  id: 'id',
  kind: '层级',
  name: '名称',
  members: '成员',
  participants: '参与者',
  outline: '只列结构',
  children: '下设单位',
  role: '职务',
  tenure: '专职/兼职',
  home: '所在单位',
  type: '类型',
  highLevel: '层级较高',
  large: '规模较大',
  homeRole: '在所在单位党组织中的身份',
  posts: '兼任职务',
  postLevel: '职级',
  liaison: '挂点',
  engaged: '热心参加事务',
  chosenBy: '产生方式',
  station: '工作岗位',
  affiliationTransferred: '党组织关系转入',
  partyMember: '是否党员',
  backbone: '是否骨干',
  dualLife: '双重组织生活',
  jointAgreement: '共驻共建责任书',
  features: '设施和组织',
  funding: '党建工作经费',
  note: '备注',
  bodyKind: '内设机构类别',
  gridCount: '网格数',
  venue: '活动场所',
  duties: '工作制度',
  everyMonths: '间隔月数',
  month: '月份',
  term: '任期',
  years: '任期年数',
  startYear: '起始年份',
  syncedWithCommunityElection: '与社区换届同步',
  vacancies: '出缺',
  filed: '报上级备案',
  notifiedInWriting: '书面通报',
  refill: '增补',
};

/** Chinese label of a field name, with the name itself for those who read the file. */
export function fieldLabel(key: string): string {
  const label = FIELD_LABELS[key];
  return label ? `${label}（${key}）` : key;
}

/** Lists whose items are named by their own name, id, rule or kind rather than by position. */
const LIST_NOUNS: Record<string, string> = {
  children: '下设单位',
  members: '成员',
  participants: '参与者',
  waivers: '豁免',
  duties: '工作制度',
  vacancies: '出缺',
};

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** "「东湖社区」" from a unit, member, waiver or duty, falling back to its position. */
function nameOf(value: unknown, index: number): string {
  const item = record(value);
  // Units and members have a name or id; waivers a rule; duties a kind.
  const name = item?.['name'] ?? item?.['id'] ?? item?.['rule'] ?? item?.['kind'];
  return typeof name === 'string' && name !== '' ? `「${name}」` : `第${index + 1}个`;
}

/**
 * Describe where `path` points inside the raw input, in Chinese. `label`
 * names a field: fieldLabel, or the planner's copy of its labels from its
 * data file (build-data.ts) — passed in, not defaulted, so that the planner's
 * bundle does not carry the label table as well.
 */
export function describePath(
  input: unknown,
  path: readonly PropertyKey[],
  label: (key: string) => string,
): string {
  const parts: string[] = [];
  let current: unknown = input;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    const container = record(current);
    const child = container && typeof key === 'string' ? container[key] : undefined;
    const noun = typeof key === 'string' ? LIST_NOUNS[key] : undefined;
    if (noun && typeof next === 'number') {
      const list = Array.isArray(child) ? child : [];
      parts.push(`${noun}${nameOf(list[next], next)}`);
      current = list[next];
      i += 1;
      continue;
    }
    if (key === 'root') parts.push(`根单位${nameOf(child, 0)}`);
    else parts.push(typeof key === 'number' ? `第${key + 1}项` : label(String(key)));
    // Step into other arrays too, so a list noun further down still finds its items' names.
    current = typeof key === 'number' && Array.isArray(current) ? current[key] : child;
  }
  return parts.length > 0 ? parts.join(' › ') : '（整个文件）';
}

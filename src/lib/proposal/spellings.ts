/**
 * How secretaries write the plan's words in a pasted list, and what each
 * spelling means in the plan vocabulary: 派出所 is a 公安派出所, 社区党委书记 a
 * 社区党组织书记, 群众 not a party member. Only spellings with one meaning are
 * listed: 医院 or 学校 may be public (事业单位) or private, so they are not
 * guessed but reported. Broader words (企业, 两新组织) come from the one
 * unit-type vocabulary (HOME_CATEGORIES): a word that names a type is that
 * type, one that covers several types is reported as ambiguous.
 */
import {
  HOME_CATEGORIES,
  HOME_TYPES,
  PARTICIPANT_ROLES,
  POSTS,
  type HomeType,
  type ParticipantRole,
  type Post,
} from './upstream.ts';

/** Shorter or older spellings of home-unit types. */
const HOME_TYPE_SPELLINGS: Record<string, HomeType> = {
  派出所: '公安派出所',
  公安: '公安派出所',
  业委会: '业主委员会',
  业主委员会党支部: '业主委员会',
  楼院管委会: '业主委员会',
  物业: '物业公司',
  物业企业: '物业公司',
  物业服务企业: '物业公司',
  物业服务公司: '物业公司',
  国企: '国有企业',
  央企: '国有企业',
  非公: '非公企业',
  民营企业: '非公企业',
  民企: '非公企业',
  私营企业: '非公企业',
  私企: '非公企业',
  外资企业: '非公企业',
  社会团体: '社会组织',
  社团: '社会组织',
  民办非企业单位: '社会组织',
  社会服务机构: '社会组织',
  党政机关: '机关',
  政府机关: '机关',
  行政机关: '机关',
  驻区: '驻区单位',
  辖区单位: '驻区单位',
  结对单位: '结对帮扶单位',
  帮扶单位: '结对帮扶单位',
  派驻机构: '上级派驻机构',
  社区: '社区党组织',
  社区党委: '社区党组织',
  社区党总支: '社区党组织',
  社区党支部: '社区党组织',
  街道: '街道党工委',
  街道党委: '街道党工委',
  街道办: '街道党工委',
  街道办事处: '街道党工委',
  网格: '网格党支部',
  网格支部: '网格党支部',
  居民党员: '居民',
  退休党员: '居民',
  群众: '居民',
};

export type HomeTypeReading =
  { ok: true; type: HomeType } | { ok: false; covers: readonly HomeType[] | undefined };

const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** The type a written unit type stands for; a broader word tells the types it covers. */
export function readHomeType(written: string): HomeTypeReading {
  const word = squeeze(written);
  if ((HOME_TYPES as readonly string[]).includes(word)) return { ok: true, type: word as HomeType };
  const spelt = HOME_TYPE_SPELLINGS[word];
  if (spelt) return { ok: true, type: spelt };
  const covers = (HOME_CATEGORIES as Record<string, readonly HomeType[]>)[word];
  return { ok: false, covers };
}

/** Posts (兼任职务) as commonly written. */
const POST_SPELLINGS: Record<string, Post> = {
  社区党委书记: '社区党组织书记',
  社区党总支书记: '社区党组织书记',
  社区党支部书记: '社区党组织书记',
  社区书记: '社区党组织书记',
  社区党委副书记: '社区党组织副书记',
  社区党总支副书记: '社区党组织副书记',
  社区副书记: '社区党组织副书记',
  社区党委委员: '社区党组织委员',
  社区党总支委员: '社区党组织委员',
  社区居委会主任: '居委会主任',
  社区主任: '居委会主任',
  社区居委会委员: '居委会委员',
  街道书记: '街道党工委书记',
  街道党委书记: '街道党工委书记',
  镇党委书记: '街道党工委书记',
  街道副书记: '街道党工委副书记',
  街道党委副书记: '街道党工委副书记',
  分管党建领导: '街道分管党建领导',
  分管党建工作领导: '街道分管党建领导',
  街道领导: '街道领导班子成员',
  街道班子成员: '街道领导班子成员',
  党群服务中心主任: '社区服务中心主任',
  公共服务中心主任: '社区服务中心主任',
};

/** Staff posts held as a job: only someone whose list entry says so is given one (组织员 …). */
export const JOB_ROLES = ['专职人员', '党建指导员', '组织员', '组织干事', '居委会委员'] as const;
export type JobRole = (typeof JOB_ROLES)[number];

/** Words for the head of a party organisation, by the home unit whose post they name. */
const HEAD_WORDS = new Set(['书记', '党委书记', '党组织书记', '支部书记', '党支部书记', '党总支书记']);
const DEPUTY_WORDS = new Set(['副书记', '党委副书记', '党支部副书记', '支部副书记', '党总支副书记']);
const COMMITTEE_WORDS = new Set(['委员', '党委委员', '支部委员', '党支部委员', '党总支委员']);
const LEADER_WORDS = new Set(['负责人', '党组织负责人', '党支部负责人']);
const MEMBER_WORDS = new Set(['成员', '党组织成员', '班子成员']);

/** Job titles the rules do not read: kept in the note without a remark. */
const PLAIN_TITLES = new Set([
  '民警',
  '社区民警',
  '警官',
  '经理',
  '总经理',
  '董事长',
  '院长',
  '校长',
  '所长',
  '主任',
  '科长',
  '局长',
  '处长',
  '老师',
  '教师',
  '医生',
  '律师',
]);

/** What one word of the 职务 cell says about the person. */
export type PostWord =
  | { post: Post }
  | { homeRole: '负责人' | '成员' | '党员' }
  | { job: JobRole }
  | { participant: ParticipantRole; post?: Post }
  | { tenure: '专职' | '兼职' }
  | { liaison: true }
  | { backbone: true }
  | { title: string }
  | { unknown: string };

/** Posts the bare words 书记/副书记/委员 mean for people of the party's own bodies. */
const OWN_BODY_POSTS: Partial<Record<HomeType, { head: Post; deputy: Post; committee?: Post }>> = {
  社区党组织: { head: '社区党组织书记', deputy: '社区党组织副书记', committee: '社区党组织委员' },
  街道党工委: { head: '街道党工委书记', deputy: '街道党工委副书记' },
};

/**
 * Read one word of the 职务 cell for a person of the given home type. A
 * leading 专职/兼职 or 兼/兼任 is read as such ("专职副书记", "兼居委会主任").
 */
export function readPostWords(cell: string, home: HomeType): PostWord[] {
  const out: PostWord[] = [];
  for (const raw of cell.split(/[、,，;；/|\s]+/)) {
    let word = squeeze(raw);
    if (word === '') continue;
    const tenure = /^(专职|兼职)/.exec(word)?.[1] as '专职' | '兼职' | undefined;
    if (tenure) {
      out.push({ tenure });
      word = word.slice(2);
      if (word === '') continue;
    }
    word = word.replace(/^兼任?/, '') || word;
    out.push(...readPostWord(word, home));
  }
  return out;
}

function readPostWord(word: string, home: HomeType): PostWord[] {
  if (word.includes('挂点')) return [{ liaison: true }];
  if (/^(骨干|骨干党员|党员骨干)$/.test(word)) return [{ backbone: true }];
  if (word === '一肩挑' || word === '书记主任一肩挑')
    return home === '社区党组织' ? [{ post: '社区党组织书记' }, { post: '居委会主任' }] : [{ unknown: word }];
  if (word === '网格员') return [{ participant: '网格员', post: '网格员' }];
  if ((JOB_ROLES as readonly string[]).includes(word)) {
    const job: PostWord = { job: word as JobRole };
    return word === '居委会委员' ? [job, { post: '居委会委员' }] : [job];
  }
  if ((POSTS as readonly string[]).includes(word)) return [{ post: word as Post }];
  const spelt = POST_SPELLINGS[word];
  if (spelt) return [{ post: spelt }];
  if ((PARTICIPANT_ROLES as readonly string[]).includes(word) && word !== '其他')
    return [{ participant: word as ParticipantRole }];
  const own = OWN_BODY_POSTS[home];
  if (HEAD_WORDS.has(word)) return [own ? { post: own.head } : { homeRole: '负责人' }];
  if (DEPUTY_WORDS.has(word)) return [own ? { post: own.deputy } : { homeRole: '成员' }];
  if (COMMITTEE_WORDS.has(word)) return [own?.committee ? { post: own.committee } : { homeRole: '成员' }];
  if (LEADER_WORDS.has(word)) return [{ homeRole: '负责人' }];
  if (MEMBER_WORDS.has(word)) return [{ homeRole: '成员' }];
  if (word === '党员') return [{ homeRole: '党员' }];
  if (PLAIN_TITLES.has(word)) return [{ title: word }];
  return [{ unknown: word }];
}

const YES = new Set(['是', '有', '√', '✓', 'Y', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', '无', '不是', '没有', '×', 'N', 'n', 'no', 'false', '0']);
const PARTY = new Set(['党员', '中共党员', '中国共产党党员', '预备党员', '中共预备党员']);
const NOT_PARTY = new Set([
  '群众',
  '非党员',
  '非中共党员',
  '共青团员',
  '团员',
  '民主党派',
  '无党派',
  '无党派人士',
]);

/** A yes/no cell: undefined when empty, 'unreadable' when it says something else. */
export function readYesNo(cell: string, kind: 'flag' | 'party' = 'flag'): boolean | undefined | 'unreadable' {
  const word = squeeze(cell);
  if (word === '') return undefined;
  if (YES.has(word) || (kind === 'party' && PARTY.has(word))) return true;
  if (NO.has(word) || (kind === 'party' && NOT_PARTY.has(word))) return false;
  return 'unreadable';
}

/** 专职/兼职 as written. */
export function readTenure(cell: string): '专职' | '兼职' | undefined | 'unreadable' {
  const word = squeeze(cell);
  if (word === '') return undefined;
  if (word === '专职' || word === '专') return '专职';
  if (word === '兼职' || word === '兼') return '兼职';
  return 'unreadable';
}

/** Standing in the home unit's party organisation as written (身份 column). */
export function readHomeRole(cell: string): '负责人' | '成员' | '党员' | undefined | 'unreadable' {
  const word = squeeze(cell);
  if (word === '') return undefined;
  if (LEADER_WORDS.has(word) || HEAD_WORDS.has(word)) return '负责人';
  if (MEMBER_WORDS.has(word) || DEPUTY_WORDS.has(word) || COMMITTEE_WORDS.has(word)) return '成员';
  if (word === '党员') return '党员';
  return 'unreadable';
}

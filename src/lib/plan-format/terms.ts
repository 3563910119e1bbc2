/**
 * Controlled vocabularies of the plan format. Values are the Chinese words a
 * secretary uses, so a plan file reads naturally and the planner can show the
 * values as they are. Rules (content/data/rules) refer to the same words; a
 * typo in either fails validation instead of silently matching nothing.
 *
 * Plain constants without zod, so the browser side (src/lib/plan-editing) can use
 * them without loading it; the zod schemas built on them are in vocabulary.ts.
 */
import { HOME_CATEGORIES, type HomeCategory } from './home-categories.ts';

export type { HomeCategory } from './home-categories.ts';

/**
 * Level of a unit in the tree. Rules apply by level, not by a model's own
 * name for the body, so a 广州 plan can be checked against 西湖区 rules:
 * 街道 is the street-level committee (综合党委, 大工委, 党工委), 社区 the
 * community one (大党委, 社区党委), 小区/网格 the branches, 楼栋/微家 the
 * party groups, 内设机构 a street office or centre.
 */
export const UNIT_KINDS = ['街道', '内设机构', '社区', '小区', '网格', '楼栋', '微家'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export { UNIT_DEPTH } from './depth.ts';

/** Role of a member in this unit: committee seats first, then staff posts. */
export const ROLES = [
  '第一书记',
  '书记',
  '副书记',
  '轮值书记',
  '委员',
  '组织委员',
  '居委会委员',
  '专职人员',
  '党建指导员',
  '组织员',
  '组织干事',
  '家委会成员',
  '党小组长',
] as const;

/** 专职 (the post is the person's job) or 兼职 (held alongside another job). */
export const TENURES = ['专职', '兼职'] as const;

/**
 * Type of the member's home unit (where their party membership and job are).
 * A plan records the most precise type it knows: 机关, 事业单位 and 国有企业
 * are kinds of 驻区单位 (which stays for a unit of the area whose kind is not
 * given); 物业公司 is a kind of 非公企业. HOME_CATEGORIES says which broader
 * words of the sources each type falls under.
 */
export const HOME_TYPES = [
  '区委',
  '街道党工委',
  '社区党组织',
  '网格党支部',
  '结对帮扶单位',
  '驻区单位',
  '机关',
  '事业单位',
  '国有企业',
  '上级派驻机构',
  '非公企业',
  '物业公司',
  '社会组织',
  '业主委员会',
  '公安派出所',
  '居民',
  '其他',
] as const;
export type HomeType = (typeof HOME_TYPES)[number];

/** A word a rule may use for a home unit: a type or a category. */
export const HOME_WORDS = [...new Set([...HOME_TYPES, ...Object.keys(HOME_CATEGORIES)])] as Array<
  HomeType | HomeCategory
>;
export type HomeWord = HomeType | HomeCategory;

/** The member's standing in their home unit's party organisation. */
export const HOME_ROLES = ['负责人', '成员', '党员'] as const;

/**
 * Posts a member holds besides their seat here (in the home unit or
 * concurrently): what "书记由街道党工委书记兼任" or "一肩挑" is checked against.
 */
export const POSTS = [
  '区委常委',
  '街道党工委书记',
  '街道党工委副书记',
  '街道分管党建领导',
  '街道领导班子成员',
  '社区党组织书记',
  '社区党组织副书记',
  '社区党组织委员',
  '居委会主任',
  '居委会委员',
  '社区服务中心主任',
  '网格员',
  '网格长',
] as const;

/** Rank of the member's main post; informative (no rule reads it yet). */
export const POST_LEVELS = ['厅局级', '县处级', '乡科级', '科员及以下', '无'] as const;

/** How the member was (or is to be) chosen. */
export const CHOICE_METHODS = [
  '上级党组织选派',
  '协商推选',
  '党员自荐',
  '群众推荐',
  '选举',
  '聘任',
  '按职务兼任',
  '其他',
] as const;

/**
 * People a unit works with who hold no seat on its committee (format 2):
 * 楼长 (济宁's 楼长制), a community's 法律顾问 and 警务助理 (济宁's 一社区一法律顾问、
 * 一警务助理), 党员网格员 (漳州). Committee rules never count them.
 */
export const PARTICIPANT_ROLES = ['楼长', '网格员', '法律顾问', '警务助理', '志愿者', '其他'] as const;

/**
 * Facilities and bodies a unit has set up, when the sources ask for one
 * (format 2): 广州's 民主议事厅 in every community, 上海's 物业企业联合会 of a
 * street, 漳州's 牵头单位 of a grid and 共建协议 with units of the area.
 */
export const FEATURES = ['民主议事厅', '物业企业联合会', '网格牵头单位', '共建协议'] as const;

/** Where a community committee member works (济宁: 窗口服务 or 下沉网格; 其他 for any other post). */
export const STATIONS = ['窗口服务', '下沉网格', '其他'] as const;

/** Kind of a street internal body. */
export const BODY_KINDS = ['工作机构', '中心'] as const;

/** Recurring duties a unit keeps (the planner's work calendar reads these). */
export const DUTY_KINDS = [
  '联席会议',
  '电话沟通',
  '实绩报告',
  '述职评议',
  '履诺考核',
  '兼职委员培训',
  '蹲点指导',
  '积分公开',
] as const;

/** Where a 党群微家 meets. */
export const VENUES = ['党员家中', '党群服务中心', '其他'] as const;

/** Why a seat fell vacant (西湖区 动态管理). */
export const VACANCY_REASONS = ['任期届满', '不认真履职', '违纪违法', '工作调动', '其他'] as const;

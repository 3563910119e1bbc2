/**
 * Controlled vocabularies shared by every schema. They are enums so that a
 * typo in a content file fails the build naming the file and the field,
 * instead of quietly creating a new city or theme.
 */
import { z } from 'zod';
import { CASE_RECORDS } from '../content/registry.ts';

/** Distinct values in first-seen order, typed for z.enum (which needs at least one). */
function distinct(values: readonly unknown[]): [string, ...string[]] {
  // A registry entry missing a field is reported by check:content; here it is left out.
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))] as [
    string,
    ...string[],
  ];
}

/** Cities (or districts) that have a case page, from the case registry. Display names, in Chinese. */
export const CITIES = distinct(CASE_RECORDS.map((c) => c.city));
export const citySchema = z.enum(CITIES);
export type City = z.infer<typeof citySchema>;

/** Provincial-level units the cities belong to, from the case registry. */
export const PROVINCES = distinct(CASE_RECORDS.map((c) => c.province));
export const provinceSchema = z.enum(PROVINCES);

/** Administrative or organisational levels a case or a figure speaks of. */
export const LEVELS = ['市', '区', '街道', '社区', '小区', '网格', '楼栋'] as const;
export const levelSchema = z.enum(LEVELS);

/** Themes used to tag cases, figures, topics and search facets. */
export const THEMES = [
  '组织体系',
  '区域化党建',
  '街道职能',
  '社区减负',
  '党员管理',
  '队伍建设',
  '阵地建设',
  '网格化治理',
  '新兴领域',
  '考核激励',
  '议事协商',
  '智慧党建',
  '服务群众',
] as const;
export const themeSchema = z.enum(THEMES);

/**
 * Kinds of model a case stands for, by its core approach: the 案例库 page
 * filters on them. An editorial classification from each case's leading
 * model (its page's first 模式与提法), not a label the sources use.
 *  - 整体推进: several parts of the system reformed together (长沙“四项再造”);
 *  - 区域化共建: units of an area joined under one party organisation (大党委, 党建综合体);
 *  - 街道赋权: the street's party organisation given powers and resources (上海“轴心”);
 *  - 党建引领治理: party building leading grid and community governance (济宁, 池州).
 */
export const MODEL_TYPES = ['整体推进', '区域化共建', '街道赋权', '党建引领治理'] as const;

/** What kind of page a docs entry is; drives the search facet 类型. */
export const PAGE_KINDS = ['案例', '专题', '术语', '数据', '规则', '规划器', '指南', '关于'] as const;
export const pageKindSchema = z.enum(PAGE_KINDS);

/** Severity of a planner rule, derived from the source's own wording. */
const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);

/** Source ids (content/data/sources/<id>.yaml): the main sources the case registry names. */
export const SOURCE_IDS = distinct(CASE_RECORDS.map((c) => c.source));
export const sourceIdSchema = z.enum(SOURCE_IDS);

/** Case page slugs (content/docs/cases/<slug>.md), in the registry's order. */
export const CASE_SLUGS = distinct(CASE_RECORDS.map((c) => c.slug));
export const caseSlugSchema = z.enum(CASE_SLUGS);

/**
 * Controlled vocabularies shared by every schema. They are enums so that a
 * typo in a content file fails the build naming the file and the field,
 * instead of quietly creating a new city or theme.
 */
import { z } from 'zod';

/** Cities (or districts) that have a case page. Display names, in Chinese. */
export const CITIES = ['长沙', '广州', '济宁', '池州', '漳州', '南昌西湖区', '上海'] as const;
export const citySchema = z.enum(CITIES);
export type City = z.infer<typeof citySchema>;

/** Provincial-level units the cities belong to. */
export const PROVINCES = ['湖南', '广东', '山东', '安徽', '福建', '江西', '上海'] as const;
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

/** What kind of page a docs entry is; drives the search facet 类型. */
export const PAGE_KINDS = ['案例', '专题', '术语', '数据', '规则', '规划器', '指南', '关于'] as const;
export const pageKindSchema = z.enum(PAGE_KINDS);

/** Severity of a planner rule, derived from the source's own wording. */
const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);

/** Source ids: one per source text in shared/sources (see content/data/sources). */
const SOURCE_IDS = ['changsha', 'forum', 'zhangzhou', 'xihu', 'shanghai'] as const;
export const sourceIdSchema = z.enum(SOURCE_IDS);

/** Case page slugs (content/docs/cases/<slug>.md). */
export const CASE_SLUGS = [
  'changsha',
  'guangzhou',
  'jining',
  'chizhou',
  'zhangzhou',
  'nanchang-xihu',
  'shanghai',
] as const;
export const caseSlugSchema = z.enum(CASE_SLUGS);

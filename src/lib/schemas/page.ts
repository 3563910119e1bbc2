/**
 * Extra frontmatter of our docs pages, merged into Starlight's own schema.
 * A case page must carry its metadata box fields; other pages may omit them.
 */
import { z } from 'zod';
import {
  citySchema,
  levelSchema,
  pageKindSchema,
  provinceSchema,
  sourceIdSchema,
  themeSchema,
} from './vocabulary.ts';

/** Who a page is for: readers, or the people who maintain the library (作者指南, 编写方法). */
const AUDIENCES = ['读者', '维护者'] as const;

export const pageFields = {
  /** What kind of page this is (案例, 专题, 术语…); drives the search facet 类型. */
  kind: pageKindSchema.default('指南'),
  /**
   * 维护者: a maintainers' page. It lives under 关于, stays out of the sidebar
   * and of search (set `pagefind: false` too), and may show file names, ids
   * and commands, which no reader page does.
   */
  audience: z.enum(AUDIENCES).default('读者'),
  /** Case pages: the city or district whose practice the page describes. */
  city: citySchema.optional(),
  /** Case pages: province-level unit of the city. */
  province: provinceSchema.optional(),
  /** Case pages: the administrative level that ran the practice (市 or 区). */
  level: levelSchema.optional(),
  /**
   * Case pages: 资料时间, how old the material is, in words a reader takes in
   * at a glance (原文发表于2021年12月28日; 所述工作至2018年，原文未注明日期).
   */
  asOf: z.string().min(1).optional(),
  /** Case pages: model names and slogans, as the source gives them ("四项再造"). */
  models: z.array(z.string().min(1)).default([]),
  /** Themes the page treats. */
  themes: z.array(themeSchema).default([]),
  /** Ids of the source texts the page rests on. */
  sources: z.array(sourceIdSchema).default([]),
};

/** Case pages must fill in their metadata box. */
export function requireCaseFields(page: z.infer<z.ZodObject<typeof pageFields>>, ctx: z.RefinementCtx): void {
  if (page.kind !== '案例') return;
  for (const key of ['city', 'province', 'level', 'asOf'] as const) {
    if (page[key] === undefined) {
      ctx.addIssue({ code: 'custom', path: [key], message: `案例页须填写 ${key}` });
    }
  }
  if (page.sources.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: '案例页须列出来源 sources' });
  }
}

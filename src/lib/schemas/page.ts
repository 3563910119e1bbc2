/**
 * Extra frontmatter of our docs pages, merged into Starlight's own schema.
 * A case page's city, province, level and sources are stated once, in the
 * case registry (content/data/cases.json), and how old its material is in
 * its source record's date: none of them is repeated here.
 */
import { z } from 'zod';
import { caseSlugSchema, pageKindSchema, sourceIdSchema, themeSchema } from './vocabulary.ts';

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
  /** Case pages: model names and slogans, as the source gives them ("四项再造"). */
  models: z.array(z.string().min(1)).default([]),
  /**
   * A page that belongs to a case without being its page (a rule pack's):
   * the case's slug. Search files it under the case's city and level, read
   * from the registry like the case page's own.
   */
  case: caseSlugSchema.optional(),
  /** Themes the page treats. */
  themes: z.array(themeSchema).default([]),
  /** Ids of the source texts a topic or guide page rests on (a case page's come from the registry). */
  sources: z.array(sourceIdSchema).default([]),
};

/**
 * Fields a case page must not carry: the case registry states them, and a
 * second copy here would be one an author edits in vain. Keyed by the
 * field, valued by its name in the registry's words.
 */
export const REGISTRY_ONLY_FIELDS: Readonly<Record<string, string>> = {
  city: '城市',
  province: '省份',
  level: '层级',
  sources: '来源',
};

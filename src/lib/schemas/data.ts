/**
 * Schemas of the data collections in content/data. Kept in src/lib (not only in
 * src/content.config.ts) because the Markdown plugins, the command-line tools
 * and the tests validate the same files outside Astro: one schema, many readers.
 */
import { z } from 'zod';
import {
  caseSlugSchema,
  citySchema,
  levelSchema,
  sourceIdSchema,
  themeSchema,
  type City,
} from './vocabulary.ts';

/** A stable id: lower-case letters, digits and hyphens (used in URLs and directives). */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id 只能由小写字母、数字和连字符组成');

/** A section of a source text, numbered after the source's own headings. */
const sourceSectionSchema = z.object({
  /** Section id, e.g. "s3-2-1" for 三、(二)1. Unique within the source. */
  id: idSchema,
  /** The section's heading as the source gives it (masks restored). */
  title: z.string().min(1),
});

/** One source text: its bibliographic record, coverage and known defects. */
export const sourceSchema = z.object({
  /** Source id, used in :cite[id#section] and in every figure and rule. */
  id: sourceIdSchema,
  /** Title of the text (masked characters restored). */
  title: z.string().min(1),
  /** Author(s), where the text names them. */
  author: z.string().optional(),
  /** Publisher, outlet or issuing body, where known. */
  publisher: z.string().optional(),
  /** Publication date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD), or a note such as "未注明". */
  date: z.string().min(1),
  /** The file name in shared/sources this record describes. */
  file: z.string().min(1),
  /** What kind of text it is (case report, forum column, work plan, commentary). */
  genre: z.string().min(1),
  /** One-paragraph summary of what the text covers, in our words. */
  covers: z.string().min(1),
  /** Known defects of this copy and how the site handles each. */
  defects: z.array(z.object({ defect: z.string(), handling: z.string() })).default([]),
  /** The sections of the text, in order. */
  sections: z.array(sourceSectionSchema).min(1),
});
export type Source = z.infer<typeof sourceSchema>;

/** Qualifiers the sources put before a number (约863个, 超过…). */
export const QUALIFIERS = ['约', '近', '超过', '不少于', '不超过', '达', '共', '累计', '平均'] as const;

/** A figure stated by a source. Prose shows it through :fig[id], never by retyping it. */
export const figureSchema = z
  .object({
    /** Figure id, prefixed by its case slug's short code (cs-, gz-, jn-, cz-, zz-, xh-, sh-). */
    id: idSchema,
    /** The number as the source gives it (7.44 for 7.44万名). Absent when missing. */
    value: z.number().optional(),
    /** Upper end when the source gives a range (3—5人: value 3, max 5). */
    max: z.number().optional(),
    /** How the source joins a range: 3—5人, 1至3名, 15-20个. */
    rangeMark: z.enum(['—', '至', '-', '～']).default('—'),
    /** Word before the number, when the source has one. */
    qualifier: z.enum(QUALIFIERS).optional(),
    /** The figure exactly as the source writes it when it is not in digits (三届, 四级); shown in place of value + unit. */
    written: z.string().optional(),
    /** Unit as the source writes it, including 万/亿 multipliers (个, 万名, 平方米, %). */
    unit: z.string().default(''),
    /** What is counted, in a short noun phrase of our own (小区党支部). */
    label: z.string().min(1),
    /** Level it describes (市, 街道, 社区…), when clear. */
    level: levelSchema.optional(),
    /** Year or date the figure refers to, when the source says. */
    year: z.string().optional(),
    /** Themes, for filtering the figures table. */
    themes: z.array(themeSchema).min(1),
    /** Source id. */
    source: sourceIdSchema,
    /** Section id within the source. */
    section: idSchema,
    /** True when the source lost the number: the site shows 原文未给出数字. */
    missing: z.boolean().default(false),
    /** A note on reading the figure (e.g. what the lost digits were about). */
    note: z.string().optional(),
    /**
     * The source's own words around the number, copied literally (≤ 40 characters,
     * masks as in the source): `npm run verify-fidelity` finds it in the source
     * text, and the tests check that it holds the number.
     */
    quote: z.string().min(1).optional(),
    /** Words that must stand beside the figure on the case page (same paragraph, list item or row); one or more. */
    context: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  })
  .refine((f) => f.missing === (f.value === undefined), {
    message: '数字缺失的条目须写 missing: true 且不写 value；其他条目须写 value',
    path: ['value'],
  });
/**
 * A figure as the site uses it: the record as written, plus the city of the
 * case whose figures file holds it (src/lib/data/figure-case.ts). The city is
 * not written in the file.
 */
export type Figure = z.infer<typeof figureSchema> & { city: City };
/** The loaded figure's shape, for the content collection's types. */
export const loadedFigureSchema = z.intersection(figureSchema, z.object({ city: citySchema }));

/** A glossary term. */
export const glossaryEntrySchema = z.object({
  /** Stable id used for the anchor on the glossary page. */
  id: idSchema,
  /** The term as usually written (大党委). */
  term: z.string().min(1),
  /** Other spellings that resolve to this term (大党工委…). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Pinyin of the term, for ordering the index (da dang wei). */
  pinyin: z.string().min(1),
  /** One-sentence definition shown in tooltips. */
  short: z.string().min(1),
  /** Fuller definition in our words. */
  full: z.string().min(1),
  /** Cases whose practice the term belongs to. */
  cases: z.array(caseSlugSchema).default([]),
  /** Where the term is defined or used in the sources. */
  sources: z.array(z.object({ source: sourceIdSchema, section: idSchema })).default([]),
  /** Ids of related glossary terms. */
  related: z.array(idSchema).default([]),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A dated event for the timeline. */
export const eventSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期格式须为 YYYY、YYYY-MM 或 YYYY-MM-DD'),
  /** City the event belongs to. */
  city: citySchema,
  /** Short title in our words. */
  title: z.string().min(1),
  /** One or two sentences in our words. */
  description: z.string().min(1),
  /** Source id. */
  source: sourceIdSchema,
  /** Section id within the source. */
  section: idSchema,
});
export type TimelineEvent = z.infer<typeof eventSchema>;

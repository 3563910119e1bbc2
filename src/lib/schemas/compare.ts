/**
 * Structured comparison fields of each case (content/data/compare.yaml): the
 * short answers a trainer compares across cities. Each cell says where in the
 * case page the answer comes from; a case the source says nothing about gets
 * `absent: true` and the page shows 原文未涉及 instead of a guess.
 */
import { z } from 'zod';
import { caseSlugSchema } from './vocabulary.ts';

/** The compared aspects, in display order, with their Chinese labels. */
export const COMPARE_FIELDS = {
  levels: '组织层级',
  regional: '区域化党建组织',
  partTime: '兼职委员',
  streetBodies: '街道职能与内设机构',
  burden: '社区减负与清单',
  mechanisms: '主要机制',
} as const;
export type CompareField = keyof typeof COMPARE_FIELDS;

const citeSchema = z.string().regex(/^[a-z]+#[a-z0-9-]+$/, '出处须写作 来源#章节，如 changsha#s2-1');

export const compareCellSchema = z
  .object({
    /** The answer in our words; numbers only as :fig[id]. */
    text: z.string().min(1).optional(),
    /** Anchor on the case page of the passage it summarises (without #). */
    anchor: z.string().min(1).optional(),
    /** Citations, as source#section. */
    cites: z.array(citeSchema).default([]),
    /** True when the source does not address this aspect. */
    absent: z.boolean().default(false),
  })
  .refine((c) => c.absent || (c.text && c.anchor && c.cites.length > 0), {
    message: '有内容的单元格须写 text、anchor 和 cites；原文未涉及的写 absent: true',
  });

export const compareEntrySchema = z.object({
  /** Case slug. */
  id: caseSlugSchema,
  /** One cell per compared aspect. */
  fields: z.object(
    Object.fromEntries(Object.keys(COMPARE_FIELDS).map((k) => [k, compareCellSchema])) as Record<
      CompareField,
      typeof compareCellSchema
    >,
  ),
  /** Figure ids a trainer would quote first for this case. */
  keyFigures: z.array(z.string()).min(1),
});

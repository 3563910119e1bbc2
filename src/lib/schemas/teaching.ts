/**
 * Teaching notes: one file per case in content/data/teaching/<case-slug>.yaml,
 * written for trainers who take the case into a classroom. Shown folded on
 * the case page and as speaker notes in presentation mode.
 *
 * Notes never retype a figure (the case page shows it with its source); they
 * point to the page section instead.
 */
import { z } from 'zod';
import { caseSlugSchema } from './vocabulary.ts';

/** Where the teaching notes live, relative to the project root. */
export const TEACHING_PATH = 'content/data/teaching';

/** A pointer to a source passage, written "source#section" like :cite[…] (e.g. "xihu#s3-2"). */
const citeRefSchema = z
  .string()
  .regex(/^[a-z]+#[a-z0-9]+(?:-[a-z0-9]+)*$/, '出处须写成 来源代号#章节，如 xihu#s3-2');

/** An h2 title of the case page (概况, 组织架构…) that an item belongs to; ties it to a slide. */
const sectionTitleSchema = z.string().min(1);

/** A discussion question for the room. */
const discussionQuestionSchema = z.object({
  /** The question, put to participants as written. */
  question: z.string().min(1),
  /** What a good discussion should reach, for the trainer only (optional). */
  hint: z.string().min(1).optional(),
  /** Case-page section the question is best asked after (its h2 title). */
  section: sectionTitleSchema.optional(),
  /** Source passages that ground the question. */
  cite: z.array(citeRefSchema).default([]),
});

/** A point participants are expected to take home. */
const takeawaySchema = z.object({
  /** The point, one or two sentences. */
  point: z.string().min(1),
  /** Case-page section that makes the point (its h2 title). */
  section: sectionTitleSchema.optional(),
  /** Source passages that support it. */
  cite: z.array(citeRefSchema).default([]),
});

/** A reading of the case that the sources do not support, and the correction. */
const misunderstandingSchema = z.object({
  /** The mistaken reading, as participants tend to put it. */
  claim: z.string().min(1),
  /** What the source actually says, in our words. */
  correction: z.string().min(1),
  /** Case-page section where the correct reading is found (its h2 title). */
  section: sectionTitleSchema.optional(),
  /** Source passages that settle it. */
  cite: z.array(citeRefSchema).default([]),
});

/** A prompt that sets this case beside another one. */
const comparisonPromptSchema = z.object({
  /** The other case's slug (content/docs/cases/<slug>.md); never the case itself. */
  case: caseSlugSchema,
  /** What to compare, as a question or task for the room. */
  prompt: z.string().min(1),
});

/** The teaching notes of one case. */
export const teachingNotesSchema = z
  .object({
    /** Slug of the case these notes belong to; also the file name. */
    case: caseSlugSchema,
    /** Suggested length of a session on this case, in minutes (30–240). */
    minutes: z.number().int().min(30).max(240).optional(),
    /** Who the session suits best, in a short phrase (optional). */
    audience: z.string().min(1).optional(),
    /** What participants should be able to do afterwards; 2–5 items, each starting with a verb. */
    objectives: z.array(z.string().min(1)).min(2).max(5),
    /** Questions for discussion; 3–5 of them. */
    questions: z.array(discussionQuestionSchema).min(3).max(5),
    /** Key takeaways; 2–6 of them. */
    takeaways: z.array(takeawaySchema).min(2).max(6),
    /** Common misunderstandings and their corrections; 1–5 of them. */
    misunderstandings: z.array(misunderstandingSchema).min(1).max(5),
    /** Prompts comparing this case with others; 1–5 of them. */
    comparisons: z.array(comparisonPromptSchema).min(1).max(5),
  })
  .superRefine((notes, ctx) => {
    notes.comparisons.forEach((c, i) => {
      if (c.case === notes.case) {
        ctx.addIssue({ code: 'custom', path: ['comparisons', i, 'case'], message: '对照的须是另一个案例' });
      }
    });
  });
export type TeachingNotes = z.infer<typeof teachingNotesSchema>;

/**
 * Teaching notes as read back from a case page (present/notes-view.ts): all but which case they
 * belong to, which is the page itself and not written into it.
 */
export type PageNotes = Omit<TeachingNotes, 'case'>;

/**
 * The coverage register (content/data/rules/register/<source>.yaml): for
 * every source, every sentence that asks something (要、须、应、原则上、一般、可、
 * 鼓励, quotas, schedules, structures) as an entry quoting it, which the
 * rules that encode it cite (rule.register), or with the reason it cannot be
 * checked in a plan. Sections that ask nothing are listed with why. The
 * entry's wording (word, mode) sets the severity of its rules (wording.ts).
 */
import { z } from 'zod';
import { idSchema } from '../schemas/data.ts';
import { sourceIdSchema } from '../schemas/vocabulary.ts';
import { ALL_FORCE_WORDS, MODES, forceOf, type ForceWord } from './wording.ts';

const registerEntrySchema = z.strictObject({
  /** Entry id, unique across the register: starts with the source id. */
  id: idSchema,
  /** Section of the source it stands in. */
  section: idSchema,
  /** The source's words, verbatim (masked characters restored, punctuation full-width; …… marks a cut). */
  quote: z.string().min(1),
  /** The word that gives the passage its force, as it stands in the quote (none: stated plainly). */
  word: z.enum(ALL_FORCE_WORDS as [ForceWord, ...ForceWord[]]).optional(),
  /** What kind of passage it is (wording.ts). */
  mode: z.enum(MODES),
  /** Why no rule checks it, in reader words; absent means rules encode it. */
  reason: z.string().min(1).optional(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

export const registerSchema = z
  .strictObject({
    /** Source id (content/data/sources). */
    source: sourceIdSchema,
    /** plan: a work plan that prescribes; report: a report or commentary that describes. */
    genre: z.enum(['plan', 'report']),
    /** What the source asks of committees and posts, in a few reader sentences (the rules index shows it). */
    summary: z.string().min(1),
    /** Sections that ask nothing a plan could meet, with why (section id → reason). */
    sections: z.record(idSchema, z.string().min(1)).default({}),
    entries: z.array(registerEntrySchema).min(1),
  })
  .superRefine((register, ctx) => {
    const issue = (message: string, path: PropertyKey[]) => ctx.addIssue({ code: 'custom', message, path });
    const seen = new Set<string>();
    register.entries.forEach((entry, i) => {
      if (!entry.id.startsWith(`${register.source}-`))
        issue(`条目 id 须以「${register.source}-」开头`, ['entries', i, 'id']);
      if (seen.has(entry.id)) issue(`条目 id「${entry.id}」重复`, ['entries', i, 'id']);
      seen.add(entry.id);
      if (entry.word !== undefined && !entry.quote.includes(entry.word))
        issue(`用词「${entry.word}」不在所引原文中`, ['entries', i, 'word']);
      if (entry.section in register.sections)
        issue(`章节 ${entry.section} 已整节注明无要求，不能再有条目`, ['entries', i, 'section']);
      // A report's plain sentence says what a place did: it is a description, not a rule.
      if (register.genre === 'report' && entry.mode === 'rule' && entry.word === undefined)
        issue('报道、评论中没有用词的句子是对做法的描述（mode: description）', ['entries', i, 'mode']);
      if (entry.mode === 'description' && entry.word !== undefined && forceOf(entry.word) === 'binding')
        issue(`描述性的句子不应有“${entry.word}”这样的规定用词：改为 rule，或去掉 word`, [
          'entries',
          i,
          'mode',
        ]);
    });
  });
export type Register = z.infer<typeof registerSchema>;

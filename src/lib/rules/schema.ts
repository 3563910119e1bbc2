/**
 * Schema of a planner rule record (content/data/rules/*.yaml).
 * Placeholder shape from the site foundation; the rules issue owns and extends it.
 */
import { z } from 'zod';
import { idSchema } from '../schemas/data.ts';
import { severitySchema, sourceIdSchema } from '../schemas/vocabulary.ts';

export const ruleSchema = z.object({
  /** Rule id, unique across packs. */
  id: idSchema,
  /** Pack the rule belongs to. */
  pack: idSchema,
  /** Short title. */
  title: z.string().min(1),
  /** The rule in plain Chinese. */
  statement: z.string().min(1),
  /** error / warning / info, from the source's own wording. */
  severity: severitySchema,
  /** Where it comes from. */
  source: z.object({ id: sourceIdSchema, section: idSchema, anchor: idSchema }),
});
export type Rule = z.infer<typeof ruleSchema>;

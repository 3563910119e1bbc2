/**
 * Version 0, the unversioned draft format the planner prototype wrote (see
 * migrations.ts), as a zod schema: the generator of the plan validator
 * (scripts/generate-plan-validator.ts) compiles it, and its types describe
 * what the migration reads.
 */
import { z } from 'zod';
import { choiceMethodSchema, homeTypeSchema, postSchema, roleSchema, unitKindSchema } from './vocabulary.ts';

const v0Member = z.object({
  id: z.string(),
  name: z.string().optional(),
  role: roleSchema,
  fullTime: z.boolean().optional(),
  unitType: homeTypeSchema,
  unitName: z.string().optional(),
  posts: z.array(postSchema).optional(),
  how: choiceMethodSchema.optional(),
});

export interface V0Unit {
  id: string;
  level: z.infer<typeof unitKindSchema>;
  name?: string | undefined;
  members?: Array<z.infer<typeof v0Member>> | undefined;
  subunits?: V0Unit[] | undefined;
}

const v0Unit: z.ZodType<V0Unit> = z.object({
  id: z.string(),
  level: unitKindSchema,
  name: z.string().optional(),
  members: z.array(v0Member).optional(),
  get subunits() {
    return z.array(v0Unit).optional();
  },
});

export const planV0Schema = z.object({
  version: z.literal(0).optional(),
  name: z.string(),
  year: z.number().int().optional(),
  unit: v0Unit,
});
export type PlanV0 = z.infer<typeof planV0Schema>;
export type V0Member = z.infer<typeof v0Member>;

/**
 * Schema of rule packs (content/data/rules/<pack>.yaml, one pack per file).
 *
 * A pack holds the rules one case states about one kind of body, the named
 * member sets its rules share ("委员总数 counts whom", "who is a 兼职委员"),
 * and the readings: questions where the source can be read two ways, each
 * option saying why and what it changes (a set's definition, a rule's
 * severity or check). The engine, the planner, the reference pages and the
 * tests all read these records. See README.md in this folder.
 */
import { z } from 'zod';
import { idSchema } from '../schemas/data.ts';
import { caseSlugSchema, severitySchema, sourceIdSchema } from '../schemas/vocabulary.ts';
import { unitKindSchema } from '../plan-format/vocabulary.ts';
import { checkSchema } from './check-schema.ts';
import { memberPredicateSchema } from './predicate-schema.ts';
import { checkPackConsistency } from './consistency.ts';

/** Where a rule comes from: a section of a source, explained at an anchor of a case page. */
const citationSchema = z
  .strictObject({
    /** Source id (content/data/sources). */
    id: sourceIdSchema,
    /** Section id within the source. */
    section: idSchema,
    /** Case page the passage is explained on (content/docs/cases/<case>.md). */
    case: caseSlugSchema,
    /** Element id on that page: by convention `<source>-<section>`. */
    anchor: idSchema,
  })
  .refine((c) => c.anchor === `${c.id}-${c.section}`, {
    message: 'anchor 须为「来源-章节」，如 xihu-s3-2-1',
    path: ['anchor'],
  });

/** Which units a rule applies to. */
const appliesToSchema = z.strictObject({
  /** Unit levels (街道, 社区, 网格, 微家 …). */
  kinds: z.array(unitKindSchema).min(1),
  /** Only units with at least one member matching this (e.g. a 书记 who is also 居委会主任). */
  when: memberPredicateSchema.optional(),
});

/** Explanations shown with a verdict; `{placeholders}` are filled by the engine (see README.md). */
const explainSchema = z.strictObject({
  /** Why it passed. */
  pass: z.string().min(1),
  /** Why it failed. */
  fail: z.string().min(1),
  /** How to fix it. */
  fix: z.string().min(1),
  /** Why it does not apply (when appliesTo.when does not hold); a generic text otherwise. */
  notApplicable: z.string().min(1).optional(),
  /** For a list left open by 等: what to tell of members outside it (required with check.open). */
  unlisted: z.string().min(1).optional(),
});

const ruleSchema = z.strictObject({
  /** Rule id, unique across packs: starts with the pack id. */
  id: idSchema,
  /** Short title. */
  title: z.string().min(1),
  /** The rule in plain Chinese. */
  statement: z.string().min(1),
  /** The source's own words for the clause, quoted (masked characters restored), within the register entry's quote. */
  quote: z.string().min(1),
  /**
   * The register entry (content/data/rules/register/<source>.yaml) this rule
   * encodes: the requirement as the source states it, whose wording sets the
   * severity (wording.ts).
   */
  register: idSchema,
  /** error (必须) / warning (原则上) / info (参考): what the register entry's wording gives, under the default reading. */
  severity: severitySchema,
  /** How the rule reads the text where no reading question applies (e.g. 年底 = 12月). */
  note: z.string().min(1).optional(),
  appliesTo: appliesToSchema,
  check: checkSchema,
  source: citationSchema,
  explain: explainSchema,
});
export type Rule = z.infer<typeof ruleSchema>;

/** What choosing an option changes for one rule. */
const ruleOverrideSchema = z.strictObject({
  severity: severitySchema.optional(),
  check: checkSchema.optional(),
});

const readingOptionSchema = z.strictObject({
  /** Option id, unique within the question. */
  id: idSchema,
  /** Short label (计入 / 不计入). */
  label: z.string().min(1),
  /** Why one would read the text this way. */
  why: z.string().min(1),
  /** Member sets this reading defines. */
  sets: z.record(idSchema, memberPredicateSchema).default({}),
  /** Per-rule changes under this reading. */
  rules: z.record(idSchema, ruleOverrideSchema).default({}),
});
export type ReadingOption = z.infer<typeof readingOptionSchema>;

/** A place where the source can be read more than one way. */
const readingQuestionSchema = z.strictObject({
  /** Question id, unique across packs: starts with the pack id. */
  id: idSchema,
  /** The question in plain Chinese. */
  question: z.string().min(1),
  /** The option taken unless the user switches. */
  default: idSchema,
  options: z.array(readingOptionSchema).min(2),
});
export type ReadingQuestion = z.infer<typeof readingQuestionSchema>;

export const packSchema = z
  .strictObject({
    /** Pack id (file name). */
    id: idSchema,
    /** Title shown in lists. */
    title: z.string().min(1),
    /** Case page the pack belongs to. */
    case: caseSlugSchema,
    /** Source text the rules come from. */
    source: sourceIdSchema,
    /** What the pack covers, in a few sentences. */
    summary: z.string().min(1),
    /** Unit levels the pack is about (for choosing packs in the planner). */
    unitKinds: z.array(unitKindSchema).min(1),
    /** Member sets shared by the rules (fixed under every reading). */
    sets: z.record(idSchema, memberPredicateSchema).default({}),
    readings: z.array(readingQuestionSchema).default([]),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine(checkPackConsistency);
export type RulePack = z.infer<typeof packSchema>;

/**
 * Severity from the source's own words: the one mapping every rule's
 * severity follows, applied to the register entry the rule encodes
 * (content/data/rules/register/<source>.yaml). A unit test holds every rule
 * of every pack to it.
 *
 * | the passage                                                        | severity |
 * | ------------------------------------------------------------------ | -------- |
 * | an example (比如 …, a named district's practice) or a description   | 参考     |
 * |   of what a place did or has built                                 |          |
 * | 原则上、一般                                                       | 原则上   |
 * | 可、可以、还可以、鼓励、支持、探索、推动、视工作需要                   | 参考     |
 * | 必须、须、要、应、应当、不得，or a stipulation relayed with 明确、规定、 | 必须     |
 * |   要求、统一、全面推行、全面实施、全面开展                             |          |
 * | none of these words: a measure of a work plan stated plainly        | 必须     |
 * |   (“书记由……兼任”); a lesson or suggestion (经验启示)                | 参考     |
 *
 * In a report or commentary (every source but the 西湖区 work plan) a
 * sentence without those words says what a place did, so it is a
 * description; the register's validation holds entries to that.
 */
import type { Severity } from './labels.ts';

const FORCE_WORDS = {
  binding: [
    '必须',
    '须',
    '要',
    '应',
    '应当',
    '不得',
    '明确',
    '规定',
    '要求',
    '总体要求',
    '统一',
    '全面推行',
    '全面实施',
    '全面开展',
  ],
  hedged: ['原则上', '一般'],
  optional: ['可', '可以', '还可以', '鼓励', '支持', '探索', '推动', '视工作需要', '比如', '例如'],
} as const;
export type Force = keyof typeof FORCE_WORDS;
export type ForceWord = (typeof FORCE_WORDS)[Force][number];
export const ALL_FORCE_WORDS: readonly ForceWord[] = Object.values(FORCE_WORDS).flat();

/**
 * What kind of passage it is: `rule` states how bodies, posts or members are
 * set or what must be done; `description` reports what a place did or has
 * built; `example` is given as an example; `advice` is a lesson or a
 * suggestion (经验启示).
 */
export const MODES = ['rule', 'description', 'example', 'advice'] as const;
export type Mode = (typeof MODES)[number];

export function forceOf(word: string): Force | undefined {
  return (Object.keys(FORCE_WORDS) as Force[]).find((f) =>
    (FORCE_WORDS[f] as readonly string[]).includes(word),
  );
}

export function severityFromWording(word: string | undefined, mode: Mode): Severity {
  if (mode === 'example' || mode === 'description') return 'info';
  const force = word === undefined ? undefined : forceOf(word);
  if (force === 'hedged') return 'warning';
  if (force === 'optional') return 'info';
  if (force === 'binding') return 'error';
  return mode === 'rule' ? 'error' : 'info';
}

/** Why a passage has its severity, for readers ("原文用“原则上”"). */
export function wordingText(word: string | undefined, mode: Mode): string {
  if (mode === 'example') return '原文以此举例';
  if (mode === 'description') return '原文是对做法或情况的描述';
  if (word !== undefined) return `原文用“${word}”`;
  return mode === 'rule' ? '原文直接规定' : '原文是经验和建议';
}

/** The mapping as readers see it on the rules index (one row per kind of passage). */
export const WORDING_TABLE: ReadonlyArray<{ passage: string; severity: Severity }> = [
  {
    passage: '用“必须”“须”“要”“应”“不得”，或以“明确”“规定”“要求”“统一”“全面推行”“全面实施”提出',
    severity: 'error',
  },
  { passage: '工作方案中直接规定班子怎样设置（如“书记由……兼任”“下设……”），没有限定词', severity: 'error' },
  { passage: '带“原则上”“一般”', severity: 'warning' },
  { passage: '所列名单后有“等”，成员不在所列之中（只对这名成员提示）', severity: 'warning' },
  { passage: '用“可”“可以”“鼓励”“支持”“探索”“推动”“视工作需要”', severity: 'info' },
  { passage: '以“比如”举例，或讲某个区、某个社区的事例', severity: 'info' },
  { passage: '报道、评论中对当地做法的描述（“在街道设置……”“构建起……”“建立……制度”）', severity: 'info' },
  { passage: '经验启示中的建议，没有“要”“须”等用词', severity: 'info' },
];

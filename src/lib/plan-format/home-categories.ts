/**
 * The sources' broader words for home units, and the types each covers: the
 * one vocabulary of unit-type synonyms (terms.ts re-exports it). Its own
 * small module because the rule engine, which the planner loads up front,
 * needs only this of the plan vocabulary.
 */
import type { HomeType, HomeWord } from './terms.ts';

/**
 * The broader words and the types each covers. A rule that names 企业 accepts a 物业公司
 * (a property-service company is an enterprise; 广州 and 池州 count 物业服务
 * among the 非公 sectors with their own party committees), one that names
 * 驻区单位 accepts a 机关, 事业单位 or 国有企业 of the area (上海 lists
 * 机关事业、国企 among them). A category matches its own name too, where the
 * name is also a type (驻区单位, 非公企业).
 */
export const HOME_CATEGORIES = {
  驻区单位: ['驻区单位', '机关', '事业单位', '国有企业', '公安派出所'],
  非公企业: ['非公企业', '物业公司'],
  企业: ['非公企业', '物业公司', '国有企业'],
  两新组织: ['非公企业', '物业公司', '社会组织'],
  /** Units other than the party's own bodies and the residents: where 兼职委员 come from. */
  外单位: [
    '结对帮扶单位',
    '驻区单位',
    '机关',
    '事业单位',
    '国有企业',
    '公安派出所',
    '上级派驻机构',
    '非公企业',
    '物业公司',
    '社会组织',
  ],
} as const satisfies Record<string, readonly HomeType[]>;
export type HomeCategory = keyof typeof HOME_CATEGORIES;

/** How a category is written for readers (两新组织 → “两新”组织). */
export const HOME_CATEGORY_LABELS: Record<HomeCategory, string> = {
  驻区单位: '驻区单位（含机关、事业单位、国有企业、公安派出所）',
  非公企业: '非公企业（含物业公司）',
  企业: '企业（含非公企业、物业公司、国有企业）',
  两新组织: '“两新”组织（非公企业、物业公司、社会组织）',
  外单位: '外单位（结对帮扶单位、驻区单位、上级派驻机构、企业、社会组织）',
};

/** The types a rule's words cover (categories expanded). */
export function homeTypesOf(words: readonly HomeWord[]): Set<HomeType> {
  const out = new Set<HomeType>();
  for (const word of words) {
    const covered = (HOME_CATEGORIES as Record<string, readonly HomeType[]>)[word];
    if (covered) for (const t of covered) out.add(t);
    else out.add(word as HomeType);
  }
  return out;
}

/**
 * Chinese numerals for small whole numbers, so that a figure the source
 * writes in words (连续三届, 两张) is asked about in words as well.
 */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (十, 十二, 二十, 九十九); undefined outside that range or for fractions. */
export function chineseNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * The same wording with another number: "连续三届" with 5 → "连续五届".
 * Undefined when the wording does not contain the number in words.
 */
export function rewriteNumeral(written: string, value: number, replacement: number): string | undefined {
  const own = chineseNumeral(value);
  const next = chineseNumeral(replacement);
  if (!own || !next) return undefined;
  // 2 is often written 两 (两张, 两级); keep that style for the replacement if it is 2 too.
  for (const form of value === 2 ? ['两', own] : [own]) {
    const at = written.indexOf(form);
    if (at === -1) continue;
    const word = replacement === 2 && form === '两' ? '两' : next;
    return `${written.slice(0, at)}${word}${written.slice(at + form.length)}`;
  }
  return undefined;
}

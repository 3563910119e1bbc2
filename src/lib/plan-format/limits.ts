/**
 * How large a plan file may be, and how to say it is too large: shared by
 * the file picker (which checks before reading) and the reader.
 */

/** Longest text read, in characters: a 3,000-unit street is about 3 MB written out. */
export const MAX_PLAN_CHARS = 8_000_000;

function sizeText(chars: number): string {
  return chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : `${Math.ceil(chars / 1000)} KB`;
}

export function tooLarge(chars: number, max = MAX_PLAN_CHARS): string {
  return `文件过大（${sizeText(chars)}，上限 ${sizeText(max)}）：这不像一份班子方案。一个3000个单位的街道方案约 3 MB。`;
}

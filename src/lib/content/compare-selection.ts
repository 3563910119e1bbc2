/**
 * The compare page's selection, read from the URL: known case slugs only,
 * in the page's order, at most MAX_CASES. Anything else is ignored rather
 * than breaking the page.
 */
export const MIN_CASES = 2;
export const MAX_CASES = 4;

export function parseCaseSelection(param: string | null, known: readonly string[]): string[] {
  if (!param) return [];
  const wanted = new Set(param.split(',').map((s) => s.trim()));
  return known.filter((slug) => wanted.has(slug)).slice(0, MAX_CASES);
}

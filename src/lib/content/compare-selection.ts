/**
 * The compare page's selection, read from the URL: known case slugs only,
 * in the page's order, at most MAX_CASES. Anything else is ignored rather
 * than breaking the page. Without a choice in the URL the page compares
 * DEFAULT_CASES: side by side, three columns still read as text.
 */
export const MIN_CASES = 2;
export const MAX_CASES = 4;

/**
 * Three cases that differ the most in kind: a city-wide reform (长沙), a
 * district's committee rules (南昌西湖区) and a metropolis's street reform (上海).
 */
export const DEFAULT_CASES = ['changsha', 'nanchang-xihu', 'shanghai'] as const;

export function parseCaseSelection(param: string | null, known: readonly string[]): string[] {
  if (!param) return [];
  const wanted = new Set(param.split(',').map((s) => s.trim()));
  return known.filter((slug) => wanted.has(slug)).slice(0, MAX_CASES);
}

/** The cases to show: the reader's choice from the URL, or the default three. */
export function initialSelection(param: string | null, known: readonly string[]): string[] {
  const chosen = parseCaseSelection(param, known);
  return chosen.length > 0
    ? chosen
    : known.filter((slug) => (DEFAULT_CASES as readonly string[]).includes(slug));
}

/**
 * "你是不是要写…？": the valid ids closest to a mistyped one, so that an author
 * who writes :fig[sl-wanggee] is told the id they meant rather than handed
 * the whole list. Edit distance (Levenshtein) on characters, which suits
 * both pinyin ids and Chinese terms.
 */

/** Number of single-character insertions, deletions and substitutions between a and b. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * Up to `limit` candidates close enough to `word` to be what was meant:
 * within a third of its length (at least one edit), or containing it or
 * contained in it. Closest first.
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const allowed = Math.max(1, Math.ceil([...word].length / 3));
  return [...new Set(candidates)]
    .map((c) => ({ c, d: c.includes(word) || word.includes(c) ? 1 : editDistance(word, c) }))
    .filter(({ c, d }) => d <= allowed && c !== word)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map(({ c }) => c);
}

/** "；你是不是要写 a、b？" or "" when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const close = nearest(word, candidates);
  return close.length > 0 ? `；你是不是要写 ${close.join('、')}？` : '';
}

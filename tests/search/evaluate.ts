/**
 * Scoring a ranking against the relevance suite: success@1, success@3 and
 * mean reciprocal rank (of the first relevant page in the top 10), overall
 * and per kind of query, with the queries that missed. Shared by the Node
 * suite, the Chromium suite and the evidence script.
 */
import type { QueryKind, RelevanceCase } from './suite.ts';

export interface QueryOutcome {
  query: string;
  kind: QueryKind;
  relevant: string[];
  /** Page URLs in rank order (top 10). */
  ranked: string[];
  /** 1-based rank of the first relevant page, 0 when none is in the top 10. */
  rank: number;
}

export interface Metrics {
  queries: number;
  success1: number;
  success3: number;
  mrr: number;
}

/** The thresholds: the suite fails below the first, and aims at both. */
export const TARGETS = { success3: 0.95, success1: 0.8 } as const;

/** How deep we look for the first relevant page. */
const DEPTH = 10;

export async function runSuite(
  suite: readonly RelevanceCase[],
  search: (query: string) => Promise<string[]>,
): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const { query, kind, relevant } of suite) {
    const ranked = (await search(query)).slice(0, DEPTH);
    outcomes.push({
      query,
      kind,
      relevant,
      ranked,
      rank: ranked.findIndex((url) => relevant.includes(url)) + 1,
    });
  }
  return outcomes;
}

export function metrics(outcomes: readonly QueryOutcome[]): Metrics {
  const n = outcomes.length;
  const share = (ok: (o: QueryOutcome) => boolean) => (n === 0 ? 0 : outcomes.filter(ok).length / n);
  return {
    queries: n,
    success1: share((o) => o.rank === 1),
    success3: share((o) => o.rank >= 1 && o.rank <= 3),
    mrr: n === 0 ? 0 : outcomes.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0) / n,
  };
}

const pct = (x: number) => x.toFixed(3);

/** A plain-text report: totals, a line per kind of query, then the misses. */
export function report(title: string, outcomes: readonly QueryOutcome[]): string {
  const all = metrics(outcomes);
  const lines = [
    `${title}：success@1 = ${pct(all.success1)}，success@3 = ${pct(all.success3)}，MRR = ${pct(all.mrr)}（${all.queries} 个查询）`,
  ];
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  for (const kind of kinds) {
    const m = metrics(outcomes.filter((o) => o.kind === kind));
    lines.push(
      `  ${kind.padEnd(4, '　')} ${String(m.queries).padStart(3)} 个  @1 ${pct(m.success1)}  @3 ${pct(m.success3)}  MRR ${pct(m.mrr)}`,
    );
  }
  const misses = outcomes.filter((o) => o.rank !== 1);
  if (misses.length > 0) {
    lines.push('  未排第一：');
    for (const o of misses) {
      const top = o.ranked.slice(0, 3).join(' ');
      lines.push(`    ${o.query}  名次 ${o.rank === 0 ? '>10' : o.rank}  前三：${top}`);
    }
  }
  return lines.join('\n');
}

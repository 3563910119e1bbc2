/**
 * A figures file belongs to one case: content/data/figures/<slug>.yaml holds
 * the figures of the case <slug> of the case registry. A figure's city is
 * that case's city, derived here, not typed on every record; the figures
 * table, its CSV and JSON, the quizzes and the ::figure-table directive read
 * it from the loaded figure as before.
 *
 * Pure: records in, problems or records out (reading the files is
 * src/loaders/site-data.ts's job).
 */
import { CASE_CITY, CASE_ORDER } from '../content/cases.ts';
import { didYouMean } from './nearest.ts';
import type { LocatedRecord } from './yaml-records.ts';

/** The case slug a figures file is named after ("content/data/figures/changsha.yaml" → "changsha"). */
export function caseOfFiguresFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
}

/**
 * What the figure schema cannot see: a file that no registered case owns,
 * and a city still written by hand (rejected, not ignored: an ignored city
 * could quietly disagree with the registry). One problem per file or line.
 */
export function figureFileProblems(records: readonly LocatedRecord[]): string[] {
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const record of records) {
    const slug = caseOfFiguresFile(record.file);
    if (CASE_CITY[slug] === undefined && !reported.has(record.file)) {
      reported.add(record.file);
      problems.push(
        `${record.file}:1  数字文件须以所属案例的代号命名（content/data/figures/<代号>.yaml），案例登记 content/data/cases.json 中没有「${slug}」${didYouMean(slug, CASE_ORDER)}`,
      );
    }
    const data = record.data as Record<string, unknown> | null;
    if (data !== null && typeof data === 'object' && 'city' in data) {
      problems.push(
        `${record.file}:${record.lineOf(['city'])}  数字条目不再写 city（城市）：城市取自文件所属的案例（案例登记 content/data/cases.json），请删去这一行`,
      );
    }
  }
  return problems;
}

/** A validated figure with the city of the case its file belongs to. */
export function withCaseCity<T extends object>(value: T, file: string): T & { city: string } {
  return { ...value, city: CASE_CITY[caseOfFiguresFile(file)] ?? '' };
}

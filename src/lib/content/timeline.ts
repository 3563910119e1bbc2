/**
 * Timeline ordering and grouping. Dates are as precise as the sources give
 * them (YYYY, YYYY-MM, YYYY-MM-DD); a year-only event sorts before dated
 * events of the same year, and its label says only the year.
 */
import type { TimelineEvent } from '../schemas/data.ts';

/** Chinese label of a partial date: 2018年, 2018年9月, 2023年12月1日. */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** Events in date order (then city, then id, for a stable order). */
export function sortEvents<T extends Pick<TimelineEvent, 'date' | 'city' | 'id'>>(events: T[]): T[] {
  return [...events].sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.city.localeCompare(b.city, 'zh-CN') || a.id.localeCompare(b.id),
  );
}

/** Events grouped by year, years ascending. */
export function groupByYear<T extends Pick<TimelineEvent, 'date' | 'city' | 'id'>>(
  events: T[],
): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const event of sortEvents(events)) {
    const year = event.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), event]);
  }
  return [...groups];
}

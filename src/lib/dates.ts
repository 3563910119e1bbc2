/**
 * Dates as the site writes them, in one place: the planner's screens, its
 * print view and calendar file, and the generated documents all show
 * "2026年12月6日" (as GB/T 9704 writes dates: Arabic numerals, no leading
 * zeros). Local time: the day the reader sees on their own calendar.
 */

/** "2026年12月6日". */
export function chineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** "2026年12月6日 09:05": when a plan was saved. */
export function chineseDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${chineseDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2026-12-06", for reference lists only (GB/T 7714 writes dates this way). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A source record's date as a reader reads it: "2021-12-28" as
 * "2021年12月28日", "2021-12" as "2021年12月", "2021" as "2021年"; a date
 * in words (“未注明（所述事件至2018年）”) as written.
 */
export function sourceDateText(date: string): string {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

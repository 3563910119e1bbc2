/**
 * iCalendar (RFC 5545) text for the work calendar: one all-day VEVENT per
 * duty, repeating by RRULE. Lines end in CRLF and are folded at 75 octets
 * (never inside a UTF-8 character); TEXT values escape backslash,
 * semicolon, comma and newlines (RFC 5545 §3.3.11).
 */
import type { Duty } from './calendar.ts';

/** Escape a TEXT value. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Fold one content line into pieces of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line may hold 75 octets; continuation lines 74 after their leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const date = (y: number, m: number, d: number) => `${pad(y, 4)}${pad(m)}${pad(d)}`;

function nextDay(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return date(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function stamp(now: Date): string {
  return `${date(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;
}

function rrule(everyMonths: number): string {
  if (everyMonths % 12 === 0)
    return `RRULE:FREQ=YEARLY${everyMonths > 12 ? `;INTERVAL=${everyMonths / 12}` : ''}`;
  return `RRULE:FREQ=MONTHLY${everyMonths > 1 ? `;INTERVAL=${everyMonths}` : ''}`;
}

export interface IcsOptions {
  /** Calendar name (the plan's title). */
  name: string;
  /** Stable part of every UID (e.g. the saved plan's id). */
  uidBase: string;
  /** DTSTAMP. */
  now: Date;
  /** Added to each description (where the duties come from). */
  footer?: string;
}

/** The .ics file for the duties. */
export function calendarIcs(duties: readonly Duty[], { name, uidBase, now, footer }: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dangjian-anliku//planner//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(name)}`,
  ];
  const dtstamp = stamp(now);
  for (const duty of duties) {
    const { year, month } = duty.start;
    const units =
      duty.units.length > 8
        ? `${duty.units.slice(0, 8).join('、')}等${duty.units.length}个单位`
        : duty.units.join('、');
    const description = [`${duty.when}。`, `单位：${units}。`, ...(footer ? [footer] : [])].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // Percent-encoded: stable across exports, ASCII, nothing to escape.
      `UID:${encodeURIComponent(`${uidBase}-${duty.key}`)}@dangjian-anliku`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${date(year, month, 1)}`,
      `DTEND;VALUE=DATE:${nextDay(year, month, 1)}`,
      ...(duty.everyMonths !== undefined ? [rrule(duty.everyMonths)] : []),
      `SUMMARY:${icsText(duty.title)}`,
      `DESCRIPTION:${icsText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

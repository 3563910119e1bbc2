/**
 * The work calendar and its .ics file: duties from the plan and, where the
 * plan has none yet, from its packs' schedule rules; RFC 5545 text with CRLF
 * line ends, lines folded at 75 octets and TEXT values escaped.
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import type { Plan } from '../../../src/lib/plan-format/schema.ts';
import { workCalendar } from '../../../src/lib/plan-editing/calendar.ts';
import { pickPacks } from '../../../src/lib/plan-editing/check.ts';
import { calendarIcs, foldLine, icsText } from '../../../src/lib/plan-editing/ics.ts';
import { data, exampleTexts } from './helpers.ts';

function plan(name: string): Plan {
  const parsed = readPlan(exampleTexts.get(name)!);
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return parsed.plan;
}

describe('work calendar', () => {
  it('lists the duties of a 社区"大党委", and the term end', () => {
    const p = plan('xihu-dadangwei');
    const duties = workCalendar(p, pickPacks(data.packs, p.packs!), 2030);
    expect(duties.map((d) => [d.title, d.when, d.from])).toEqual([
      ['与兼职委员电话沟通（每人）', '每月至少一次', 'plan'],
      ['召开联席会议', '每季度至少一次（1、4、7、10月）', 'plan'],
      ['兼职委员培训', '每年至少一次', 'plan'],
      ['兼职委员向党组织报告履职实绩', '每年至少一次（12月）', 'plan'],
      ['考核共建单位、辖区单位的履诺情况', '每年至少一次（12月）', 'plan'],
      ['本届兼职委员任期届满（2021—2023年），按程序换届，与社区党组织换届同步', '2023年底', 'term'],
    ]);
    expect(duties[0]!.start).toEqual({ year: 2023, month: 1 });
  });

  it('takes duties from the rules when the plan has not planned them', () => {
    const p = plan('xihu-dadangwei');
    const { duties: _, ...root } = p.root;
    const duties = workCalendar({ ...p, root }, pickPacks(data.packs, p.packs!), 2030);
    const fromRules = duties.filter((d) => d.from === 'rule');
    expect(fromRules.map((d) => d.title)).toEqual(
      expect.arrayContaining(['召开联席会议', '与兼职委员电话沟通（每人）']),
    );
    for (const d of fromRules) expect(d.when).toContain('规则要求，方案中尚未安排');
  });

  it('lists a duty of thirty communities once', () => {
    const duties = workCalendar(plan('xihu-street'), pickPacks(data.packs, plan('xihu-street').packs!), 2030);
    const meetings = duties.filter((d) => d.title === '召开联席会议');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.units.length).toBeGreaterThan(1);
  });
});

describe('.ics', () => {
  const p = plan('xihu-dadangwei');
  const duties = workCalendar(p, pickPacks(data.packs, p.packs!), 2030);
  const ics = calendarIcs(duties, {
    name: '某社区, "大党委"; 日历',
    uidBase: 'p1',
    now: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    footer: '说明\n第二行',
  });
  const lines = ics.split('\r\n');

  it('uses CRLF only, and folds lines at 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(
      foldLine('摘'.repeat(40))
        .split('\r\n ')
        .map((l) => new TextEncoder().encode(l).length),
    ).toEqual([75, 45]);
  });

  it('has a calendar with one event per duty', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(duties.length);
    expect(unfolded).toContain('X-WR-CALNAME:某社区\\, "大党委"\\; 日历');
    expect(unfolded).toContain(
      'DTSTART;VALUE=DATE:20230101\r\nDTEND;VALUE=DATE:20230102\r\nRRULE:FREQ=MONTHLY\r\n',
    );
    expect(unfolded).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3');
    expect(unfolded).toContain(
      'DTSTART;VALUE=DATE:20231201\r\nDTEND;VALUE=DATE:20231202\r\nRRULE:FREQ=YEARLY',
    );
    expect(unfolded).toContain('DTSTAMP:20250102T030405Z');
    expect(unfolded).toMatch(/DESCRIPTION:[^\r\n]*说明\\n第二行/);
    for (const uid of unfolded.match(/^UID:.*$/gm) ?? [])
      expect(uid).toMatch(/^UID:[A-Za-z0-9%._!~*'()-]+@dangjian-anliku$/);
  });

  it('escapes TEXT values', () => {
    expect(icsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

/**
 * Hostile names (markup, quotes and SQL, line breaks with END:VEVENT,
 * spreadsheet formulas, 2,000 characters, right-to-left marks) through
 * every file and text the site makes from a plan or a lecture: the chart's
 * Mermaid source, the .ics calendar, CSV, the plan's JSON, the meeting
 * papers (.docx) and slides (.pptx). Each stays data: no markup, no extra
 * calendar event, no formula, and the name comes back as it was written.
 * (The page and print views render names with Preact, as text: the
 * planner's browser tests type markup into them.)
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, csvText } from '../../../src/lib/csv.ts';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import { planFileText } from '../../../src/lib/plan-format/file-text.ts';
import type { Plan } from '../../../src/lib/plan-format/schema.ts';
import { mermaidText, unitChart } from '../../../src/lib/plan-editing/chart.ts';
import { workCalendar } from '../../../src/lib/plan-editing/calendar.ts';
import { calendarIcs } from '../../../src/lib/plan-editing/ics.ts';
import { pickPacks } from '../../../src/lib/plan-editing/check.ts';
import { docxBytes } from '../../../src/lib/documents/docx.ts';
import { pptxBytes } from '../../../src/lib/documents/pptx.ts';
import { deckDocument } from '../../../src/lib/documents/deck-document.ts';
import { chineseQuotes } from '../../../src/lib/documents/text.ts';
import { paperPlan } from '../../../src/lib/documents/meeting/plan-adapter.ts';
import { paperRules } from '../../../src/lib/documents/meeting/basis.ts';
import { PAPERS } from '../../../src/lib/documents/meeting/papers.ts';
import { paragraphs, unzip } from '../documents/helpers.ts';
import { data, exampleTexts } from '../plan-editing/helpers.ts';
import { HOSTILE_NAMES } from './mutate.ts';

/** The 西湖区 社区“大党委” example with `name` as its title, its unit's name and a member's unit. */
function hostilePlan(name: string): Plan {
  const read = readPlan(exampleTexts.get('xihu-dadangwei')!);
  if (!read.ok) throw new Error(read.errors.join());
  const plan = structuredClone(read.plan);
  plan.title = name;
  plan.root.name = name;
  const member = plan.root.members[1]!;
  member.home = { ...member.home, name };
  const again = readPlan(planFileText(plan));
  if (!again.ok) throw new Error(again.errors.join());
  return again.plan;
}

const MARKUP = /<(img|script|\/script)/i;

/** Plans hold names of at most this many characters (the schema's limit); longer ones are refused. */
const PLAN_NAME_MAX = 200;

it('refuses a plan whose names are too long, in Chinese', () => {
  const read = readPlan(
    JSON.stringify({ ...JSON.parse(exampleTexts.get('xihu-dadangwei')!), title: '长'.repeat(2000) }),
  );
  expect(read.ok).toBe(false);
  expect(read.ok ? '' : read.errors[0]).toMatch(/不能超过 200 个字/);
});

describe.each(HOSTILE_NAMES.map((name) => [JSON.stringify(name.slice(0, 30)), name]))(
  'the name %s',
  (_, name) => {
    const planName = name.slice(0, PLAN_NAME_MAX);
    const plan = hostilePlan(planName);

    it('keeps exactly through the plan file (JSON)', () => {
      expect(plan.title).toBe(planName);
      const read = readPlan(planFileText(plan));
      expect(read.ok && read.plan.root.name).toBe(planName);
    });

    it('stays inside its label in the chart, with no markup or line break', () => {
      const label = mermaidText(name);
      expect(label).not.toMatch(/["<>\n\r`]/);
      const { source } = unitChart(plan.root, { marks: new Map() });
      expect(source).not.toMatch(MARKUP);
      // The same statements as with a plain name: a name cannot start one of its own.
      const plain = unitChart(hostilePlan('某单位').root, { marks: new Map() }).source;
      const statements = (text: string) => text.split('\n').map((l) => l.trim().split(/[\s["(]/)[0]);
      expect(statements(source)).toEqual(statements(plain));
    });

    it('adds no event or property to the .ics calendar', () => {
      const duties = workCalendar(plan, pickPacks(data.packs, plan.packs!), 2030);
      const ics = calendarIcs(duties, { name, uidBase: 'test', now: new Date(2026, 0, 1), footer: name });
      const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(duties.length);
      expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(duties.length);
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z-]*[;:]/);
      for (const line of ics.split('\r\n'))
        expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    });

    it('is text, never a formula, in a CSV file, and reads back', () => {
      const [row] = parseCsv(csvText([[name, '某单位']]).replace(/^\uFEFF/, ''));
      const cell = row![0]!;
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(cell.replace(/^'/, '')).toBe(name);
    });

    it('is escaped text in the meeting papers (.docx)', async () => {
      const adapted = paperPlan(plan);
      const chosen = pickPacks(data.packs, adapted.packs);
      const model = PAPERS.composition({
        plan: adapted,
        rules: paperRules(data.packs, adapted.packs),
        sources: new Map(),
        calendar: workCalendar(plan, chosen, 2026),
        date: new Date(2026, 11, 6),
      });
      const xml = unzip(await docxBytes(model)).get('word/document.xml')!;
      expect(xml).not.toMatch(MARKUP);
      expect(paragraphs(xml).join('\n')).toContain(
        chineseQuotes(planName)
          .slice(0, 40)
          .replace(/[\r\n].*/s, ''),
      );
    });

    it('is escaped text in slides (.pptx)', async () => {
      const deck = deckDocument(name, [{ kind: 'title', title: name }], {
        contentOf: () => [],
        notesOf: () => undefined,
      });
      const parts = unzip(await pptxBytes(deck));
      for (const [part, xml] of parts)
        if (part.endsWith('.xml'))
          expect({ part, markup: MARKUP.test(xml) }).toEqual({ part, markup: false });
    });
  },
);

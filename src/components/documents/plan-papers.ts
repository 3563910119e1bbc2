/**
 * The planner's meeting papers (src/lib/documents/meeting), made in the
 * browser when a button is pressed: this module, and the Word library with
 * it, load then and not before.
 */
import type { Plan } from '../../lib/plan-format/schema.ts';
import { loadedPacks } from '../../stores/planner-packs.ts';
import { workCalendar } from '../../lib/plan-editing/calendar.ts';
import type { Status } from '../../lib/rules/labels.ts';
import { docxBytes, DOCX_MIME } from '../../lib/documents/docx.ts';
import { paperPlan } from '../../lib/documents/meeting/plan-adapter.ts';
import { paperRules } from '../../lib/documents/meeting/basis.ts';
import { PAPER_NAMES, PAPERS, type PaperKind } from '../../lib/documents/meeting/papers.ts';
import { documentFileName } from '../../lib/documents/text.ts';
import type { MadeFile } from './read-page.ts';
import type { SourceRecord } from '../../lib/documents/gbt7714.ts';
import { loadJson } from '../offline/load-json.ts';
import { routes } from '../../lib/routes.ts';

/** The sources' records, fetched with the first paper (the planner page does not carry them). */
async function sourceRecords(): Promise<Map<string, SourceRecord>> {
  try {
    const records = (await loadJson(routes.plannerSources())) as SourceRecord[];
    return new Map(records.map((r) => [r.id, r]));
  } catch {
    // Without them the references say less (as for a damaged record); the paper is still made.
    return new Map();
  }
}

export async function planPaper(
  kind: PaperKind,
  plan: Plan,
  summary: Record<Status, number> | undefined,
  date = new Date(),
): Promise<MadeFile> {
  const adapted = paperPlan(plan);
  // The open plan's packs are here (stores/planner-packs.ts); the papers cite them.
  const packs = loadedPacks(adapted.packs);
  const model = PAPERS[kind]({
    plan: adapted,
    rules: paperRules(packs, []),
    sources: await sourceRecords(),
    calendar: workCalendar(plan, packs, date.getFullYear(), date.getMonth() + 1),
    summary: summary && {
      pass: summary.pass + summary.waived,
      fail: summary.fail,
      warn: summary.warn,
      needsInfo: summary['needs-info'],
    },
    date,
  });
  return {
    name: documentFileName(adapted.body, PAPER_NAMES[kind], date, 'docx'),
    type: DOCX_MIME,
    bytes: await docxBytes(model),
  };
}

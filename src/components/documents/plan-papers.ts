/**
 * The planner's meeting papers (src/lib/documents/meeting), made in the
 * browser when a button is pressed: this module, and the Word library with
 * it, load then and not before.
 */
import type { Plan } from '../../lib/plan-format/schema.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { pickPacks } from '../../lib/plan-editing/check.ts';
import { workCalendar } from '../../lib/plan-editing/calendar.ts';
import type { Status } from '../../lib/rules/labels.ts';
import { docxBytes, DOCX_MIME } from '../../lib/documents/docx.ts';
import { paperPlan } from '../../lib/documents/meeting/plan-adapter.ts';
import { paperRules } from '../../lib/documents/meeting/basis.ts';
import { PAPER_NAMES, PAPERS, type PaperKind } from '../../lib/documents/meeting/papers.ts';
import { documentFileName } from '../../lib/documents/text.ts';
import { readSources, type MadeFile } from './read-page.ts';

export async function planPaper(
  kind: PaperKind,
  plan: Plan,
  data: PlannerData,
  summary: Record<Status, number> | undefined,
  date = new Date(),
): Promise<MadeFile> {
  const adapted = paperPlan(plan);
  const packs = pickPacks(data.packs, adapted.packs);
  const model = PAPERS[kind]({
    plan: adapted,
    rules: paperRules(packs, []),
    sources: readSources(document),
    calendar: workCalendar(plan, packs, date.getFullYear()),
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

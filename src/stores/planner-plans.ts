/**
 * The list of saved plans, opening one and creating one. Duplicating,
 * renaming, deleting and importing are in planner-actions.ts, loaded when
 * first used. A stored entry is validated before it is opened; a damaged one
 * is reported and left as it is.
 */
import { atom, computed } from 'nanostores';
import type { PlannerTemplateSummary } from '../lib/plan-editing/data.ts';
import type { PlannerDoc } from '../lib/plan-editing/doc.ts';
import { encodeRecord, newRecordId, quickDecode, RECORD_FORMAT } from '../lib/plan-editing/saved.ts';
import type { Decoded } from '../lib/plan-editing/saved-verify.ts';
import { PLAN_VERSION } from '../lib/plan-format/version.ts';
import { $index, $session, loadEngine, openSession } from './planner.ts';
import { $records, readCurrentId, writeCurrentId, writeRecord } from './planner-storage.ts';
import { NETWORK_HINT, notify } from './planner-ui.ts';
import { loadTemplate } from './planner-packs.ts';

export interface PlanListItem {
  id: string;
  title: string;
  saved: string;
  /** Why it cannot be opened, for a damaged entry. */
  error: string | undefined;
}

/** A stored entry as read: in full, or waiting for the full check (loaded on demand). */
export type Entry = Decoded | { ok: 'pending' };

/** Entries read so far, by id, with the text they were read from: a save re-reads only the plan that changed. */
export const cache = new Map<string, { text: string; decoded: Entry }>();

/** Counts finished full checks, so the list is recomputed when one lands. */
const $verified = atom(0);

async function verify(id: string, text: string): Promise<Decoded> {
  const data = $index.get();
  if (!data) return { ok: false, id, error: '规划器数据尚未载入' };
  const { decodeRecord } = await import('../lib/plan-editing/saved-verify.ts');
  const result = decodeRecord(id, text, data);
  if (cache.get(id)?.text === text) {
    cache.set(id, { text, decoded: result });
    $verified.set($verified.get() + 1);
  }
  return result;
}

/**
 * An entry as far as it can be read now: at once when its checksum shows it
 * is as the planner wrote it; otherwise 'pending' while the full check runs.
 */
export function decoded(id: string, text: string): Entry {
  const hit = cache.get(id);
  if (hit && hit.text === text) return hit.decoded;
  const data = $index.get();
  if (!data) return { ok: false, id, error: '规划器数据尚未载入' };
  const record = quickDecode(id, text, data.vocabulary.homeTypes);
  const result: Entry = record ? { ok: true, record } : { ok: 'pending' };
  cache.set(id, { text, decoded: result });
  if (!record) void verify(id, text);
  return result;
}

/** An entry read in full (waiting for the full check if needed). */
export async function verified(id: string, text: string): Promise<Decoded> {
  const d = decoded(id, text);
  return d.ok === 'pending' ? verify(id, text) : d;
}

/** Saved plans, last saved first. */
export const $planList = computed(
  [$records, $session, $index, $verified],
  (records, session): PlanListItem[] => {
    if (!$index.get()) return [];
    return Object.entries(records)
      .map(([id, text]): PlanListItem => {
        // The open plan's title is shown as edited, before its save lands.
        if (session?.id === id)
          return { id, title: session.doc.plan.title, saved: new Date().toISOString(), error: undefined };
        const d = decoded(id, text);
        if (d.ok === true)
          return { id, title: d.record.doc.plan.title, saved: d.record.saved, error: undefined };
        if (d.ok === 'pending') return { id, title: '（正在检查……）', saved: '', error: undefined };
        return { id, title: '（已损坏的方案）', saved: '', error: d.error };
      })
      .sort((a, b) => b.saved.localeCompare(a.saved));
  },
);

/** Save a new plan and open it. */
export async function createPlan(doc: PlannerDoc): Promise<string> {
  const id = newRecordId();
  const text = encodeRecord({ format: RECORD_FORMAT, id, saved: new Date().toISOString(), doc });
  cache.set(id, { text, decoded: { ok: true, record: { format: RECORD_FORMAT, id, saved: '', doc } } });
  writeRecord(id, text);
  await openSession(id, doc);
  writeCurrentId(id);
  return id;
}

/** Start a new plan from a model template (fetched now, with its packs and the rule engine, side by side), dated this year. */
export async function openTemplate(listed: PlannerTemplateSummary): Promise<boolean> {
  try {
    // start.ts comes with the start screen: not part of a return visit's code.
    const [template, { fromTemplate }] = await Promise.all([
      loadTemplate(listed),
      import('../lib/plan-editing/start.ts'),
      loadEngine(),
    ]);
    await createPlan(fromTemplate(template, new Date().getFullYear()));
    return true;
  } catch {
    notify({ tone: 'error', title: '模板没能载入', details: [NETWORK_HINT] });
    return false;
  }
}

/** Open a saved plan; a damaged one is reported and left alone. */
export async function openPlan(id: string): Promise<boolean> {
  const text = $records.get()[id];
  const data = $index.get();
  if (text === undefined || !data) return false;
  const d = await verified(id, text);
  if (d.ok === true) {
    // The verdicts kept with the plan are shown before the engine loads, if computed under the same rules and code.
    const kept = d.record.verdicts;
    const view = kept?.key === data.checkVersion ? kept.view : undefined;
    await openSession(id, d.record.doc, {
      save: d.convertedDraft === true,
      savedAt: d.record.saved,
      ...(view && { view }),
    });
    writeCurrentId(id);
    if (d.convertedDraft) {
      notify({
        tone: 'info',
        title: `已把「${d.record.doc.plan.title}」转换为当前格式`,
        details: [`原为版本 0 的草稿，原样保存的内容已更新为版本 ${PLAN_VERSION}。`],
      });
    }
    return true;
  }
  notify({ tone: 'error', title: '无法打开这份方案', details: [d.error] });
  return false;
}

/** Open the plan open last time, if it is still there and readable. */
export async function openLast(): Promise<void> {
  const id = readCurrentId();
  if (id !== undefined && $records.get()[id] !== undefined) await openPlan(id);
}

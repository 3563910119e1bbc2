/**
 * What can be done to saved plans besides opening them — duplicate, rename,
 * delete (with an undo on the notice that follows) — and importing a plan
 * from a file or a share link into a new saved plan. Anything read from
 * outside is validated first; on failure the reasons are shown and nothing
 * existing is touched. Loaded when first used.
 */
import { setPlanFields } from '../lib/plan-editing/edit.ts';
import { readPlan } from '../lib/plan-format/read.ts';
import { encodeRecord } from '../lib/plan-editing/saved.ts';
import { fromImported } from '../lib/plan-editing/start.ts';
import { $index, $session, applyEdit, closeSession, flushSave } from './planner.ts';
import { $planList, cache, createPlan, openPlan, verified } from './planner-plans.ts';
import { $records, removeRecord, writeCurrentId, writeRecord } from './planner-storage.ts';
import { notify } from './planner-ui.ts';

export async function duplicatePlan(id: string): Promise<void> {
  flushSave();
  const text = $records.get()[id];
  if (text === undefined) return;
  const d = await verified(id, text);
  if (d.ok !== true) {
    notify({
      tone: 'error',
      title: '无法复制这份方案',
      details: [d.ok === false ? d.error : '旧版方案请先打开一次，转换后再复制'],
    });
    return;
  }
  const doc = structuredClone(d.record.doc);
  doc.plan.title = `${doc.plan.title}（副本）`;
  await createPlan(doc);
  notify({ tone: 'success', title: `已复制为「${doc.plan.title}」并打开`, details: [] });
}

/** Rename a plan: the open one through an edit (undoable), another one in place. */
export async function renamePlan(id: string, title: string): Promise<void> {
  const clean = title.trim().slice(0, 200);
  if (clean === '') return;
  const session = $session.get();
  if (session?.id === id) {
    applyEdit({ ...setPlanFields(session.doc, { title: clean }), label: '重命名方案' });
    return;
  }
  const text = $records.get()[id];
  if (text === undefined) return;
  const d = await verified(id, text);
  if (d.ok !== true) return;
  const doc = { ...d.record.doc, plan: { ...d.record.doc.plan, title: clean } };
  writeRecord(id, encodeRecord({ ...d.record, saved: new Date().toISOString(), doc }));
}

/** Delete a plan; the notice offers to undo it. */
export function deletePlan(id: string): void {
  flushSave();
  const text = $records.get()[id];
  if (text === undefined) return;
  const item = $planList.get().find((p) => p.id === id);
  const wasOpen = $session.get()?.id === id;
  if (wasOpen) {
    closeSession();
    writeCurrentId(undefined);
  }
  removeRecord(id);
  cache.delete(id);
  notify({
    tone: 'info',
    title: `已删除「${item?.title ?? id}」`,
    details: [],
    action: {
      label: '撤销删除',
      run: () => {
        writeRecord(id, text);
        notify({ tone: 'success', title: `已恢复「${item?.title ?? id}」`, details: [] });
        if (wasOpen) void openPlan(id);
      },
    },
  });
}

/** Read a plan from outside (file text, parsed value) into a new saved plan; nothing existing is touched. */
export async function importPlan(
  input: unknown,
  source: string,
  drafts: readonly string[] = [],
): Promise<boolean> {
  if (!$index.get()) return false;
  const read = readPlan(input);
  if (!read.ok) {
    notify({
      tone: 'error',
      title: `${source}无法打开：没有导入任何内容，现有方案都未改动`,
      details: read.errors,
    });
    return false;
  }
  await createPlan(fromImported(read.plan, drafts));
  const migrated = read.migratedFrom !== undefined ? `（已从版本 ${read.migratedFrom} 转换为当前格式）` : '';
  notify({
    tone: 'success',
    title: `已从${source}打开「${read.plan.title}」${migrated}`,
    details: ['它已另存为一份新方案，原有方案都未改动。'],
  });
  return true;
}

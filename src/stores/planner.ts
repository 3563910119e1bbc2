/**
 * The open plan: the document being edited, its undo history, and its
 * verdicts, kept up to date on every edit by re-checking only the units the
 * edit touched (src/lib/plan-editing/check.ts). Every edit is saved (after a short
 * pause, and at once when the page is hidden) to the browser's storage.
 *
 * Timing: an edit marks 'planner:edit'; the verdict panel measures
 * 'planner:verdicts' from it once its DOM is updated (see markVerdictsShown),
 * which is what the bench reads in Chromium.
 */
import { atom, batch } from 'nanostores';
import type { PlannerData } from '../lib/plan-editing/data.ts';
import type { PlannerDoc, Scope } from '../lib/plan-editing/doc.ts';
import type { Edit } from '../lib/plan-editing/edit.ts';
import type { LiveCheck, VerdictChange } from '../lib/plan-editing/check.ts';
import { liveDrafts } from '../lib/plan-editing/drafts.ts';
import {
  emptyHistory,
  record,
  redo as redoStep,
  undo as undoStep,
  type History,
} from '../lib/plan-editing/history.ts';
import { encodeRecord, RECORD_FORMAT } from '../lib/plan-editing/saved.ts';
import { announcement } from '../lib/plan-editing/verdicts.ts';
import { indexPlan, type PlanIndex } from '../lib/plan-format/tree.ts';
import { loadedPacks, loadPacks } from './planner-packs.ts';
import { writeRecord } from './planner-storage.ts';
import { $announcement, $highlight, clearNotice } from './planner-ui.ts';

/** The planner data (packs, templates, vocabulary), once loaded. */
export const $data = atom<PlannerData | undefined>(undefined);

export interface Session {
  /** Storage id of the open plan. */
  id: string;
  doc: PlannerDoc;
  index: PlanIndex;
  history: History;
}

export const $session = atom<Session | undefined>(undefined);

export interface CheckState {
  live: LiveCheck;
  /** Changes with every re-check (the LiveCheck is updated in place). */
  version: number;
}

export const $check = atom<CheckState | undefined>(undefined);

function requireData(): PlannerData {
  const data = $data.get();
  if (!data) throw new Error('规划器数据尚未载入');
  return data;
}

/**
 * The rule engine, loaded when the first plan opens: a first visit's start
 * screen does not need it. Once a plan is open it is here, so edits are
 * checked synchronously.
 */
type Engine = typeof import('../lib/plan-editing/check.ts');
let engine: Engine | undefined;

export async function loadEngine(): Promise<Engine> {
  engine ??= await import('../lib/plan-editing/check.ts');
  return engine;
}

function requireEngine(): Engine {
  if (!engine) throw new Error('规则引擎尚未载入');
  return engine;
}

function compileFor(doc: PlannerDoc) {
  const { compileLive } = requireEngine();
  return compileLive(loadedPacks(doc.plan.packs ?? []), doc.plan.readings ?? {});
}

/** Fetch the packs a plan names (those the planner knows: an unknown id is reported by the check, not fetched). */
export async function ensurePacks(packIds: readonly string[] | undefined): Promise<void> {
  const known = new Set(requireData().packs.map((p) => p.id));
  await loadPacks((packIds ?? []).filter((id) => known.has(id)));
}

// ---------- saving ----------

const SAVE_DELAY = 300;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** An edit not yet written: only then does a save touch the storage. */
let dirty = false;

/** Write the open plan now, if it changed (also called when the page is hidden). */
export function flushSave(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  const session = $session.get();
  if (!session || !dirty) return;
  dirty = false;
  writeRecord(
    session.id,
    encodeRecord({
      format: RECORD_FORMAT,
      id: session.id,
      saved: new Date().toISOString(),
      doc: session.doc,
    }),
  );
}

function scheduleSave(): void {
  dirty = true;
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = setTimeout(flushSave, SAVE_DELAY);
}

let autosaving = false;
/** Save at once when the page is hidden or left. The planner calls this when it starts; nothing happens at import. */
export function startAutosave(): void {
  if (autosaving || typeof window === 'undefined') return;
  autosaving = true;
  window.addEventListener('pagehide', flushSave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSave();
  });
}

// ---------- opening ----------

/** Open a document (a saved plan, a new one); checks it in full. */
export async function openSession(
  id: string,
  doc: PlannerDoc,
  options: { save?: boolean } = {},
): Promise<void> {
  flushSave();
  const [{ checkAll }] = await Promise.all([loadEngine(), ensurePacks(doc.plan.packs)]);
  const index = indexPlan(doc.plan);
  const live = checkAll(compileFor(doc), index, liveDrafts(doc.drafts, index));
  batch(() => {
    $session.set({ id, doc, index, history: emptyHistory() });
    $check.set({ live, version: 0 });
    $highlight.set(undefined);
    $announcement.set(announcement(live, []));
    clearNotice();
  });
  if (options.save) {
    dirty = true;
    flushSave();
  }
}

export function closeSession(): void {
  flushSave();
  batch(() => {
    $session.set(undefined);
    $check.set(undefined);
    $highlight.set(undefined);
    clearNotice();
  });
}

// ---------- editing ----------

let pendingMark = false;

/** Called by the verdict panel after its DOM shows the latest check. */
export function markVerdictsShown(): void {
  if (!pendingMark || typeof performance === 'undefined') return;
  pendingMark = false;
  performance.measure('planner:verdicts', 'planner:edit');
}

function update(doc: PlannerDoc, scope: Scope, history: History): void {
  const session = $session.get();
  const state = $check.get();
  if (!session || !state) return;
  if (typeof performance !== 'undefined') {
    performance.mark('planner:edit');
    pendingMark = true;
  }
  const index = indexPlan(doc.plan);
  let live = state.live;
  let changes: VerdictChange[];
  const { checkAll, diffChecks, recheck } = requireEngine();
  const drafts = liveDrafts(doc.drafts, index);
  if (scope.kind === 'recompile' || scope.kind === 'all') {
    live = checkAll(scope.kind === 'recompile' ? compileFor(doc) : state.live.compiled, index, drafts);
    changes = diffChecks(state.live, live);
  } else {
    changes = recheck(live, index, scope.ids, drafts);
  }
  batch(() => {
    $session.set({ ...session, doc, index, history });
    $check.set({ live, version: state.version + 1 });
    if (changes.length > 0 || scope.kind !== 'units') $announcement.set(announcement(live, changes));
  });
  scheduleSave();
}

/** Apply an edit (undefined: nothing to do) and record it for undo. */
export function applyEdit(edit: Edit | undefined): void {
  const session = $session.get();
  if (!edit || !session) return;
  update(edit.doc, edit.scope, record(session.history, session.doc, edit.scope, edit.label));
}

/** Build an edit from the open document and its index, then apply it. */
export function edit(make: (doc: PlannerDoc, index: PlanIndex) => Edit | undefined): void {
  const session = $session.get();
  if (session) applyEdit(make(session.doc, session.index));
}

export function undo(): string | undefined {
  const session = $session.get();
  const step = session && undoStep(session.history, session.doc);
  if (!step) return undefined;
  update(step.doc, step.scope, step.history);
  return step.label;
}

export function redo(): string | undefined {
  const session = $session.get();
  const step = session && redoStep(session.history, session.doc);
  if (!step) return undefined;
  update(step.doc, step.scope, step.history);
  return step.label;
}

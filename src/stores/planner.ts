/**
 * The open plan: the document being edited, its undo history, and its
 * verdicts, kept up to date on every edit by re-checking only the units the
 * edit touched (src/lib/plan-editing/check.ts). Every edit is saved (after a short
 * pause, and at once when the page is hidden) to the browser's storage.
 *
 * A return visit shows the plan with the verdicts stored with it (when they
 * were computed under the same rules and code: PlannerIndex.checkVersion)
 * before the rule engine loads; the Workspace then calls goLive, which
 * loads the engine, the plan's packs and the citation names and puts the
 * engine's own check in place — equal to the stored one (a unit test and a
 * browser test hold them so). Edits made before then wait for it.
 *
 * Timing: an edit marks 'planner:edit'; the verdict panel measures
 * 'planner:verdicts' from it once its DOM is updated (see markVerdictsShown),
 * which is what the bench reads in Chromium.
 */
import { atom, batch } from 'nanostores';
import type { PlannerData, PlannerIndex, PlannerMore } from '../lib/plan-editing/data.ts';
import type { PlannerDoc, Scope } from '../lib/plan-editing/doc.ts';
import type { Edit } from '../lib/plan-editing/edit.ts';
import type { LiveCheck, VerdictChange } from '../lib/plan-editing/check.ts';
import type { VerdictView } from '../lib/plan-editing/verdict-view.ts';
import { liveDrafts } from '../lib/plan-editing/drafts.ts';
import {
  emptyHistory,
  record,
  redo as redoStep,
  undo as undoStep,
  type History,
} from '../lib/plan-editing/history.ts';
import { encodeRecord, RECORD_FORMAT, storableView } from '../lib/plan-editing/saved.ts';
import { announcement } from '../lib/plan-editing/verdicts.ts';
import { indexPlan, type PlanIndex } from '../lib/plan-format/tree.ts';
import { loadedPacks, loadPacks } from './planner-packs.ts';
import { writeRecord } from './planner-storage.ts';
import { $announcement, $highlight, clearNotice, NETWORK_HINT, notify } from './planner-ui.ts';
import { routes } from '../lib/routes.ts';
import { loadJson } from '../components/offline/load-json.ts';

/** The planner's index (data.json: pack titles, vocabulary, versions), once loaded: all a first screen needs. */
export const $index = atom<PlannerIndex | undefined>(undefined);
/** The index with the rest of the listing (more.json: templates, citation names), once both are loaded. */
export const $data = atom<PlannerData | undefined>(undefined);

/** Set the planner's data: the index, and the rest when it is here (tests, or once loaded). */
export function providePlannerData(index: PlannerIndex, more?: PlannerMore): void {
  batch(() => {
    $index.set(index);
    if (more) $data.set({ ...index, ...more });
  });
}

let moreRequest: Promise<PlannerData> | undefined;
/** The rest of the listing (more.json), fetched once; a failed fetch is retried on the next request. */
export function loadMore(): Promise<PlannerData> {
  const data = $data.get();
  if (data) return Promise.resolve(data);
  moreRequest ??= (loadJson(routes.plannerMore()) as Promise<PlannerMore>).then(
    (more) => {
      providePlannerData(requireIndex(), more);
      return $data.get()!;
    },
    (error: unknown) => {
      moreRequest = undefined;
      throw error;
    },
  );
  return moreRequest;
}

export interface Session {
  /** Storage id of the open plan. */
  id: string;
  doc: PlannerDoc;
  index: PlanIndex;
  history: History;
}

export const $session = atom<Session | undefined>(undefined);

export interface CheckState {
  /** The engine's check; undefined while the verdicts stored with the plan are shown, before the engine loads. */
  live: LiveCheck | undefined;
  /** The verdicts as shown. */
  view: VerdictView;
  /** Changes with every re-check (the LiveCheck is updated in place). */
  version: number;
}

export const $check = atom<CheckState | undefined>(undefined);

function requireIndex(): PlannerIndex {
  const index = $index.get();
  if (!index) throw new Error('规划器数据尚未载入');
  return index;
}

/**
 * The rule engine and the edits (live.ts), loaded when the first plan opens —
 * after its first screen on a return visit: a first visit's start screen
 * does not need them. Once a plan is live they are here, so edits are
 * checked synchronously.
 */
type Engine = typeof import('../lib/plan-editing/live.ts');
/** The edits (src/lib/plan-editing/edit.ts), handed to edit()'s callers that do not import them. */
export type EditOps = Engine['ops'];
let engine: Engine | undefined;

export async function loadEngine(): Promise<Engine> {
  engine ??= await import('../lib/plan-editing/live.ts');
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
  const known = new Set(requireIndex().packs.map((p) => p.id));
  await loadPacks((packIds ?? []).filter((id) => known.has(id)));
}

// ---------- saving ----------

const SAVE_DELAY = 300;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** An edit not yet written: only then does a save touch the storage. */
let dirty = false;

/** Write the open plan now, if it changed (also called when the page is hidden); `saved` keeps an entry's time when only its verdicts are new. */
export function flushSave(saved = new Date().toISOString()): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  const session = $session.get();
  if (!session || !dirty) return;
  dirty = false;
  const view = $check.get()?.view;
  const key = $index.get()?.checkVersion;
  const verdicts = view && key !== undefined ? storableView(key, view) : undefined;
  writeRecord(
    session.id,
    encodeRecord({
      format: RECORD_FORMAT,
      id: session.id,
      saved,
      doc: session.doc,
      ...(verdicts && { verdicts }),
    }),
  );
}

function scheduleSave(): void {
  dirty = true;
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => flushSave(), SAVE_DELAY);
}

let autosaving = false;
/** Save at once when the page is hidden or left. The planner calls this when it starts; nothing happens at import. */
export function startAutosave(): void {
  if (autosaving || typeof window === 'undefined') return;
  autosaving = true;
  window.addEventListener('pagehide', () => flushSave());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSave();
  });
}

// ---------- opening ----------

/** The engine's check of a document, and its view (the plan's packs, the engine and the citation names loaded first). */
async function checkInFull(doc: PlannerDoc, index: PlanIndex) {
  const [{ checkAll, viewOf }, data] = await Promise.all([
    loadEngine(),
    loadMore(),
    ensurePacks(doc.plan.packs),
  ]);
  const live = checkAll(compileFor(doc), index, liveDrafts(doc.drafts, index));
  return { live, view: viewOf(live, data) };
}

/**
 * Open a document (a saved plan, a new one). With `view`, the verdicts
 * stored with it under the current checkVersion, it is shown at once and the
 * engine's check follows (goLive); otherwise it is checked in full first.
 */
export async function openSession(
  id: string,
  doc: PlannerDoc,
  options: { save?: boolean; view?: VerdictView; savedAt?: string } = {},
): Promise<void> {
  flushSave();
  const index = indexPlan(doc.plan);
  const check = options.view ? { live: undefined, view: options.view } : await checkInFull(doc, index);
  waiting.length = 0;
  batch(() => {
    $session.set({ id, doc, index, history: emptyHistory() });
    $check.set({ ...check, version: 0 });
    $highlight.set(undefined);
    $announcement.set(announcement(check.view.summary, []));
    clearNotice();
  });
  // A plan opened without verdicts kept under this checkVersion keeps its new ones, for the next visit.
  if (options.save || !options.view) {
    dirty = true;
    flushSave(options.save ? undefined : options.savedAt);
  }
}

/** Edits made while the stored verdicts are shown, applied once the engine's check is in place. */
const waiting: Array<() => void> = [];

let going: Promise<void> | undefined;
/**
 * Put the engine's check in place of the verdicts stored with the open plan
 * (called once the plan is on screen, or by the first edit). If the engine
 * cannot load (offline without a cached copy), the stored verdicts stay and
 * the user is told.
 */
export function goLive(): Promise<void> {
  going ??= putLiveCheck().finally(() => {
    going = undefined;
  });
  return going;
}

async function putLiveCheck(): Promise<void> {
  const session = $session.get();
  if (!session || $check.get()?.live) return;
  let check: Awaited<ReturnType<typeof checkInFull>>;
  try {
    check = await checkInFull(session.doc, session.index);
  } catch {
    notify({ tone: 'error', title: '规则引擎没能载入，暂时不能修改方案', details: [NETWORK_HINT] });
    return;
  }
  const state = $check.get();
  if ($session.get() !== session || !state || state.live) return;
  $check.set({ ...check, version: state.version + 1 });
  for (const run of waiting.splice(0)) run();
}

export function closeSession(): void {
  flushSave();
  waiting.length = 0;
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
  if (!session || !state?.live) return;
  if (typeof performance !== 'undefined') {
    performance.mark('planner:edit');
    pendingMark = true;
  }
  const index = indexPlan(doc.plan);
  let live = state.live;
  let changes: VerdictChange[];
  const { checkAll, diffChecks, recheck, viewOf } = requireEngine();
  const drafts = liveDrafts(doc.drafts, index);
  if (scope.kind === 'recompile' || scope.kind === 'all') {
    live = checkAll(scope.kind === 'recompile' ? compileFor(doc) : state.live.compiled, index, drafts);
    changes = diffChecks(state.live, live);
  } else {
    changes = recheck(live, index, scope.ids, drafts);
  }
  // The citation names are here: the engine's check is in place only once they are (goLive, checkInFull).
  const view = viewOf(live, $data.get()!);
  batch(() => {
    $session.set({ ...session, doc, index, history });
    $check.set({ live, view, version: state.version + 1 });
    if (changes.length > 0 || scope.kind !== 'units') $announcement.set(announcement(live.summary, changes));
  });
  scheduleSave();
}

/** Run now if the engine's check is in place, else once it is (goLive, started now if it was not). */
function whenLive(run: () => void): void {
  if ($check.get()?.live) return run();
  if (!$session.get()) return;
  waiting.push(run);
  void goLive();
}

/** Apply an edit (undefined: nothing to do) and record it for undo. */
export function applyEdit(edit: Edit | undefined): void {
  whenLive(() => {
    const session = $session.get();
    if (!edit || !session) return;
    update(edit.doc, edit.scope, record(session.history, session.doc, edit.scope, edit.label));
  });
}

/** Build an edit from the open document and its index (and the edits, loaded with the engine), then apply it. */
export function edit(make: (doc: PlannerDoc, index: PlanIndex, ops: EditOps) => Edit | undefined): void {
  whenLive(() => {
    const session = $session.get();
    if (session) applyEdit(make(session.doc, session.index, requireEngine().ops));
  });
}

export function undo(): string | undefined {
  const session = $session.get();
  const step = $check.get()?.live && session && undoStep(session.history, session.doc);
  if (!step) return undefined;
  update(step.doc, step.scope, step.history);
  return step.label;
}

export function redo(): string | undefined {
  const session = $session.get();
  const step = $check.get()?.live && session && redoStep(session.history, session.doc);
  if (!step) return undefined;
  update(step.doc, step.scope, step.history);
  return step.label;
}

/**
 * The planner's messages and highlights: the notice shown above the editor (an
 * import rejected with its reasons, a plan deleted with an undo button), the
 * sentence the live region reads after an edit, and the members a verdict
 * asked to highlight.
 */
import { atom } from 'nanostores';

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'success' | 'info';
  title: string;
  /** Reasons, one per line (e.g. what is wrong with an imported file). */
  details: string[];
  /** A button on the notice (撤销删除 …). */
  action?: { label: string; run: () => void };
}

/**
 * The notice shown: one at a time, each replacing the one before, so what
 * is on screen is always about the latest thing that happened. The planner
 * clears it when another plan is opened or the plan is closed
 * (clearNotice): a notice about the plan before would be stale.
 */
export const $notice = atom<Notice | undefined>(undefined);
let counter = 0;

/** Show a notice in place of the one shown; returns its id. */
export function notify(notice: Omit<Notice, 'id'>): number {
  counter += 1;
  $notice.set({ ...notice, id: counter });
  return counter;
}

export function dismiss(id: number): void {
  if ($notice.get()?.id === id) $notice.set(undefined);
}

export function clearNotice(): void {
  $notice.set(undefined);
}

/** The next step after a failed request for the planner's data. */
export const NETWORK_HINT = '请检查网络连接后再试一次；已保存的方案不受影响。';

/** Read by the live region (polite): verdict changes after an edit. */
export const $announcement = atom('');

export interface Highlight {
  /** The verdict asking: "rule|unit". */
  source: string;
  members: string[];
  units: string[];
}

/** Members (and units) a verdict asked to show in the editor. */
export const $highlight = atom<Highlight | undefined>(undefined);

/** Units open in the editor's tree. */
export const $expanded = atom<ReadonlySet<string>>(new Set());

export function setExpanded(id: string, open: boolean): void {
  const next = new Set($expanded.get());
  if (open) next.add(id);
  else next.delete(id);
  $expanded.set(next);
}

/** Open these units (the way down to a highlighted member). */
export function expandAll(ids: Iterable<string>): void {
  $expanded.set(new Set([...$expanded.get(), ...ids]));
}

/** The panel shown below the editor: org chart, work calendar, share link, or none. */
export type Panel = 'chart' | 'calendar' | 'share' | 'papers' | undefined;
export const $panel = atom<Panel>(undefined);

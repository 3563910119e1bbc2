/**
 * Starting the planner in the browser: fetch the planner data, read the
 * saved plans, then open what the address asks for (a share link) or the
 * plan open last time. A bad share link is reported and changes nothing.
 */
import { atom } from 'nanostores';
import type { PlannerData } from '../lib/plan-editing/data.ts';
import { $data, startAutosave } from './planner.ts';
import { openLast } from './planner-plans.ts';
import { startStorage } from './planner-storage.ts';
import { notify } from './planner-ui.ts';
import { routes } from '../lib/routes.ts';
import { loadJson } from '../components/offline/load-json.ts';

export type LoadState = 'loading' | 'ready' | 'error';
export const $loadState = atom<LoadState>('loading');

/** Open the plan in a share link ('#plan=…'); returns whether one was opened. */
async function openShareLink(hash: string): Promise<boolean> {
  if (!/(^#|&)plan=/.test(hash)) return false;
  const { decodeShare } = await import('../lib/plan-editing/share.ts');
  const shared = await decodeShare(hash);
  if (shared.ok === 'none') return false;
  if (shared.ok === false) {
    notify({ tone: 'error', title: '分享链接打不开', details: [shared.error] });
    return false;
  }
  const { importPlan } = await import('./planner-actions.ts');
  const opened = await importPlan(shared.text, '分享链接');
  // The plan is now saved here: a reload must not import it again.
  if (opened) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return true;
}

export async function startPlanner(): Promise<void> {
  startStorage();
  startAutosave();
  try {
    $data.set((await loadJson(routes.plannerData())) as PlannerData);
  } catch {
    $loadState.set('error');
    return;
  }
  // 'ready' only once the plan to show is open: a return visit never loads the start screen.
  // A link that fails to open leaves the user where they were.
  if (!(await openShareLink(location.hash))) await openLast();
  $loadState.set('ready');
  window.addEventListener('hashchange', () => void openShareLink(location.hash));
}

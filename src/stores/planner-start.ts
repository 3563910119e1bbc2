/**
 * Starting the planner in the browser: fetch the planner's index, read the
 * saved plans, then open what the address asks for (a share link) or the
 * plan open last time. A bad share link is reported and changes nothing.
 * The start screen needs the rest of the listing (its templates) too; a
 * reopened plan is shown without it.
 */
import { atom } from 'nanostores';
import type { PlannerIndex } from '../lib/plan-editing/data.ts';
import { $session, loadMore, providePlannerData, startAutosave } from './planner.ts';
import { openLast } from './planner-plans.ts';
import { startStorage } from './planner-storage.ts';
import { notify } from './planner-ui.ts';
import { routes } from '../lib/routes.ts';
import { loadJson } from '../components/offline/load-json.ts';

export type LoadState = 'loading' | 'ready' | 'error';
export const $loadState = atom<LoadState>('loading');

/** What a share link in the address did: opened its plan, was not there, or failed (why, for a notice). */
type ShareOutcome = { opened: boolean; error?: string };

/** Open the plan in a share link ('#plan=…'). */
async function openShareLink(hash: string): Promise<ShareOutcome> {
  if (!/(^#|&)plan=/.test(hash)) return { opened: false };
  const { decodeShare } = await import('../lib/plan-editing/share.ts');
  const shared = await decodeShare(hash);
  if (shared.ok === 'none') return { opened: false };
  if (shared.ok === false) return { opened: false, error: shared.error };
  const { importPlan } = await import('./planner-actions.ts');
  const opened = await importPlan(shared.text, '分享链接', shared.drafts);
  // The plan is now saved here: a reload must not import it again.
  if (opened) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return { opened: true };
}

const shareFailed = (error: string) => notify({ tone: 'error', title: '分享链接打不开', details: [error] });

export async function startPlanner(): Promise<void> {
  startStorage();
  startAutosave();
  try {
    providePlannerData((await loadJson(routes.plannerData())) as PlannerIndex);
    // 'ready' only once the plan to show is open: a return visit never loads the start screen.
    // A link that fails to open leaves the user where they were, and says so after that plan opened.
    const shared = await openShareLink(location.hash);
    if (!shared.opened) await openLast().catch(() => undefined);
    if (shared.error !== undefined) shareFailed(shared.error);
    if (!$session.get()) await loadMore();
  } catch {
    $loadState.set('error');
    return;
  }
  $loadState.set('ready');
  window.addEventListener('hashchange', () => {
    void openShareLink(location.hash).then((outcome) => {
      if (outcome.error !== undefined) shareFailed(outcome.error);
    });
  });
}

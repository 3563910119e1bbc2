/**
 * The planner island: start a plan (template, blank, file, share link), edit
 * its units and members, and see every rule's verdict update as you go.
 * What is needed only on request — the org chart (and Mermaid), the work
 * calendar, the share link, the comparison with another pack, the print
 * view, the CSV reader — is loaded when asked for, so the page stays small.
 */
import { useEffect } from 'preact/hooks';
import { $data, $index, $session, redo, undo } from '../../stores/planner.ts';
import { $loadState, startPlanner } from '../../stores/planner-start.ts';
import { $announcement } from '../../stores/planner-ui.ts';
import { useLazy } from './use-lazy.ts';
import { Notices, StorageBanner } from './Notices.tsx';
import { useStore } from '@nanostores/preact';

const TEXT_INPUT = /^(input|textarea|select)$/i;

function onShortcut(e: KeyboardEvent) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const key = e.key.toLowerCase();
  const target = e.target as HTMLElement;
  // In a text field the browser's own undo edits the text being typed.
  if (
    TEXT_INPUT.test(target.tagName) &&
    (target as HTMLInputElement).type !== 'checkbox' &&
    target.tagName !== 'SELECT'
  )
    return;
  if (key === 'z' && !e.shiftKey) {
    if (undo() !== undefined) e.preventDefault();
  } else if ((key === 'z' && e.shiftKey) || key === 'y') {
    if (redo() !== undefined) e.preventDefault();
  }
}

export default function Planner() {
  const load = useStore($loadState);
  const index = useStore($index);
  const data = useStore($data);
  const session = useStore($session);
  const announcement = useStore($announcement);
  // The start screen and the editor are loaded only when shown: a first visit needs no editor, a return visit no templates.
  const Start = useLazy(
    () => import('./StartScreen.tsx').then((m) => m.StartScreen),
    load === 'ready' && !session,
  );
  const Workspace = useLazy(() => import('./Workspace.tsx').then((m) => m.Workspace), session !== undefined);
  // A reopened plan needs only the index; the start screen, the whole listing (loaded before 'ready' then).
  const ready = load === 'ready' && index !== undefined;
  const View = session ? Workspace : Start;
  const mainShown = ready && View !== undefined;
  const main = !ready ? undefined : session ? (
    Workspace ? (
      <Workspace />
    ) : (
      <p class="pl-loading">正在打开方案……</p>
    )
  ) : Start && data ? (
    <Start data={data} />
  ) : (
    <p class="pl-loading">正在载入……</p>
  );
  // The list of saved plans sits below the main view, off a return visit's first screen: loaded once that is drawn.
  const List = useLazy(() => import('./PlanList.tsx').then((m) => m.PlanList), mainShown);
  useEffect(() => {
    void startPlanner();
  }, []);
  useEffect(() => {
    document.addEventListener('keydown', onShortcut);
    return () => document.removeEventListener('keydown', onShortcut);
  }, []);
  return (
    <div class="planner" data-state={load}>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" id="pl-live">
        {announcement}
      </div>
      <StorageBanner />
      <Notices />
      {load === 'loading' && <p class="pl-loading">正在载入规则和模板……</p>}
      {load === 'error' && (
        <p class="pl-error" role="alert">
          无法载入规划器的规则数据（网络错误）：请检查网络后刷新页面。
        </p>
      )}
      {main}
      {/* Below the main view and only once it is drawn: drawn earlier, it would jump down when the view arrives. */}
      {mainShown && List && <List />}
    </div>
  );
}

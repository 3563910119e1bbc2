/**
 * The open plan's commands: undo and redo (also Ctrl+Z / Ctrl+Shift+Z),
 * export, share, print, the work calendar, the org chart, the meeting
 * papers (Word), and closing the plan to start another.
 */
import { planFileText } from '../../lib/plan-format/file-text.ts';
import type { Session } from '../../stores/planner.ts';
import { closeSession, redo, undo } from '../../stores/planner.ts';
import { writeCurrentId } from '../../stores/planner-storage.ts';
import { $panel, notify, type Panel } from '../../stores/planner-ui.ts';
import { useStore } from '@nanostores/preact';

export function Toolbar({ session, onPrint }: { session: Session; onPrint: () => void }) {
  const panel = useStore($panel);
  const { past, future } = session.history;
  const toggle = (p: Panel) => $panel.set(panel === p ? undefined : p);
  const lastDone = past.at(-1)?.label;
  const lastUndone = future.at(-1)?.label;
  return (
    <div class="pl-toolbar" role="toolbar" aria-label="方案操作">
      <button
        type="button"
        disabled={past.length === 0}
        onClick={() => undo()}
        aria-keyshortcuts="Control+Z"
        title={lastDone ? `撤销：${lastDone}（Ctrl+Z）` : '没有可撤销的操作'}
      >
        撤销{lastDone && <span class="pl-toolbar-detail">：{lastDone}</span>}
      </button>
      <button
        type="button"
        disabled={future.length === 0}
        onClick={() => redo()}
        aria-keyshortcuts="Control+Shift+Z"
        title={lastUndone ? `重做：${lastUndone}（Ctrl+Shift+Z）` : '没有可重做的操作'}
      >
        重做{lastUndone && <span class="pl-toolbar-detail">：{lastUndone}</span>}
      </button>
      <button
        type="button"
        onClick={async () => {
          const { download, fileName } = await import('./files.ts');
          download(
            fileName(session.doc.plan.title, 'json'),
            'application/json',
            planFileText(session.doc.plan),
          );
          notify({
            tone: 'success',
            title: '已导出 JSON 文件',
            details: ['文件按本站公布的方案格式保存，可在任何浏览器中用“打开方案文件”读回。'],
          });
        }}
      >
        导出 JSON
      </button>
      <button type="button" aria-expanded={panel === 'share'} onClick={() => toggle('share')}>
        分享链接
      </button>
      <button type="button" aria-expanded={panel === 'chart'} onClick={() => toggle('chart')}>
        组织图
      </button>
      <button type="button" aria-expanded={panel === 'calendar'} onClick={() => toggle('calendar')}>
        工作日历
      </button>
      <button type="button" aria-expanded={panel === 'papers'} onClick={() => toggle('papers')}>
        会议材料
      </button>
      <button type="button" onClick={onPrint}>
        打印
      </button>
      <button
        type="button"
        onClick={() => {
          closeSession();
          writeCurrentId(undefined);
          $panel.set(undefined);
        }}
      >
        关闭方案
      </button>
    </div>
  );
}

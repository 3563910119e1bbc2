/**
 * Messages above the editor: why an import was refused, that a plan was
 * deleted (with 撤销删除), that storage is unavailable. Errors are announced
 * at once (role="alert"), the rest politely.
 */
import { $notices, dismiss } from '../../stores/planner-ui.ts';
import { $storage } from '../../stores/planner-storage.ts';
import { useStore } from '@nanostores/preact';

export function StorageBanner() {
  const storage = useStore($storage);
  if (storage === 'local') return null;
  return (
    <div class="pl-notice pl-notice-warning" role="alert">
      <p>
        <strong>
          {storage === 'memory'
            ? '此浏览器不允许本站保存数据（可能是隐私模式或禁用了网站数据）。'
            : '浏览器的本地存储已满，最近的修改没能保存。'}
        </strong>
        方案仍可照常编辑，但只保存在本页内存中，关闭或刷新页面就会丢失：请及时“导出 JSON”保存到文件。
        {storage === 'full' && '删除一些不用的方案后，修改会自动重新保存。'}
      </p>
    </div>
  );
}

export function Notices() {
  const notices = useStore($notices);
  if (notices.length === 0) return null;
  return (
    <div class="pl-notices">
      {notices.map((n) => (
        <div
          key={n.id}
          class={`pl-notice pl-notice-${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
        >
          <p>
            <strong>{n.title}</strong>
          </p>
          {n.details.length > 0 && (
            <ul>
              {n.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
          <div class="pl-actions">
            {n.action && (
              <button
                type="button"
                onClick={() => {
                  dismiss(n.id);
                  n.action!.run();
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" onClick={() => dismiss(n.id)}>
              关闭提示<span class="sr-only">：{n.title}</span>
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}

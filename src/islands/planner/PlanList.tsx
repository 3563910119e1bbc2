/**
 * The saved plans: open, duplicate, rename, delete (after a confirmation,
 * and undoable from the notice that follows).
 */
import { useState } from 'preact/hooks';
import { $planList, openPlan, type PlanListItem } from '../../stores/planner-plans.ts';

/** Duplicate, rename and delete live in a module loaded on first use. */
const actions = () => import('../../stores/planner-actions.ts');
import { $session } from '../../stores/planner.ts';
import { chineseDateTime } from '../../lib/dates.ts';
import { useStore } from '@nanostores/preact';

function when(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : chineseDateTime(d);
}

export function PlanList() {
  const plans = useStore($planList);
  const session = useStore($session);
  return (
    <section class="pl-plans" aria-labelledby="pl-plans-title">
      <h2 id="pl-plans-title">我的方案（{plans.length}）</h2>
      {plans.length === 0 ? (
        <p class="pl-hint">还没有保存的方案。方案保存在这个浏览器里，不会上传。</p>
      ) : (
        <ul class="pl-plan-list">
          {plans.map((p) => (
            <Item key={p.id} item={p} open={session?.id === p.id} />
          ))}
        </ul>
      )}
      <p class="pl-hint" data-plans-scope>
        方案只保存在这个浏览器、这个网址下的本站里：换一个网址打开本站（例如内网的另一处地址，或U盘上的离线版），看不到这里的方案。要带到别处，请用“导出
        JSON”存成文件，再在那边的规划器里选择这个文件。
      </p>
    </section>
  );
}

type Mode = 'view' | 'rename' | 'delete';

function Item({ item, open }: { item: PlanListItem; open: boolean }) {
  const [mode, setMode] = useState<Mode>('view');
  const back = () => setMode('view');
  return (
    <li class={`pl-plan${open ? ' is-open' : ''}`}>
      <p>
        <strong>{item.title}</strong>
        {open && <span class="pl-badge">正在编辑</span>}
        {item.saved && <small class="pl-hint"> 保存于 {when(item.saved)}</small>}
      </p>
      {item.error && <p class="pl-error">{item.error}</p>}
      {mode === 'rename' ? (
        <RenameForm item={item} onDone={back} />
      ) : mode === 'delete' ? (
        <ConfirmDelete item={item} onDone={back} />
      ) : (
        <ItemActions item={item} open={open} setMode={setMode} />
      )}
    </li>
  );
}

/** A new name for the plan, typed in place of its buttons; starts from its current title. */
function RenameForm({ item, onDone }: { item: PlanListItem; onDone: () => void }) {
  const [title, setTitle] = useState(item.title);
  const id = `f-rename-${item.id}`;
  return (
    <form
      class="pl-actions"
      onSubmit={(e) => {
        e.preventDefault();
        void actions().then((a) => a.renamePlan(item.id, title));
        onDone();
      }}
    >
      <label for={id}>新名称</label>
      <input
        id={id}
        type="text"
        maxLength={200}
        value={title}
        onInput={(e) => setTitle(e.currentTarget.value)}
        ref={(i) => i?.focus()}
      />
      <button type="submit">保存名称</button>
      <button type="button" onClick={onDone}>
        取消
      </button>
    </form>
  );
}

/** 确定删除 or 取消, the confirm button focused. */
function ConfirmDelete({ item, onDone }: { item: PlanListItem; onDone: () => void }) {
  return (
    <div class="pl-actions pl-confirm" role="group" aria-label="确认删除方案">
      <span>确定删除「{item.title}」？删除后可在提示中撤销。</span>
      <button
        type="button"
        class="pl-danger"
        ref={(b) => b?.focus()}
        onClick={() => {
          onDone();
          void actions().then((a) => a.deletePlan(item.id));
        }}
      >
        确定删除
      </button>
      <button type="button" onClick={onDone}>
        取消
      </button>
    </div>
  );
}

/** Open, duplicate, rename and delete; a plan that failed to load can only be deleted. */
function ItemActions(props: { item: PlanListItem; open: boolean; setMode: (mode: Mode) => void }) {
  const { item, open, setMode } = props;
  return (
    <div class="pl-actions">
      {!open && !item.error && (
        <button type="button" onClick={() => void openPlan(item.id)}>
          打开<span class="sr-only">：{item.title}</span>
        </button>
      )}
      {!item.error && (
        <>
          <button type="button" onClick={() => void actions().then((a) => a.duplicatePlan(item.id))}>
            复制<span class="sr-only">：{item.title}</span>
          </button>
          <button type="button" onClick={() => setMode('rename')}>
            重命名<span class="sr-only">：{item.title}</span>
          </button>
        </>
      )}
      <button type="button" class="pl-danger" onClick={() => setMode('delete')}>
        删除<span class="sr-only">：{item.title}</span>
      </button>
    </div>
  );
}

/**
 * Bulk counts of child units, for large structures: set how many 网格党支部
 * (or 微家, 社区 …) this unit — or every unit of its level — has. New ones
 * copy the last existing one, members and all.
 */
import { useState } from 'preact/hooks';
import type { Unit } from '../../lib/plan-format/schema.ts';
import type { PlanIndex } from '../../lib/plan-format/tree.ts';
import { KIND_NAMES } from '../../lib/plan-editing/edit.ts';
import { setChildCount } from '../../lib/plan-editing/edit-bulk.ts';
import { edit } from '../../stores/planner.ts';

export interface BulkProps {
  unit: Unit;
  kinds: Array<Unit['kind']>;
  index: PlanIndex;
}

/** "Give each (this 社区 / every 社区) N 网格党支部": new ones copy the last existing one. */
export function BulkCount({ unit, kinds, index }: BulkProps) {
  const [kind, setKind] = useState(kinds[0]!);
  const same = index.byKind.get(unit.kind)?.length ?? 1;
  const current = unit.children.filter((c) => c.kind === kind).length;
  const [count, setCount] = useState(String(current));
  const [scope, setScope] = useState<'this' | 'all'>('this');
  const id = (f: string) => `f-${unit.id}-bulk-${f}`;
  const apply = (e: Event) => {
    e.preventDefault();
    const n = Number(count);
    if (!Number.isInteger(n) || n < 0 || n > 500) return;
    const parents = scope === 'all' ? (index.byKind.get(unit.kind) ?? []).map((x) => x.unit.id) : [unit.id];
    edit((d, x) => setChildCount(d, x, parents, kind, n));
  };
  return (
    <form class="pl-bulk" onSubmit={apply} aria-label={`批量设置${unit.name ?? unit.kind}的下设单位数量`}>
      <div class="pl-field">
        <label for={id('kind')}>批量设置下设单位数量：层级</label>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as Unit['kind'])}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {KIND_NAMES[k] ?? k}
            </option>
          ))}
        </select>
      </div>
      <div class="pl-field">
        <label for={id('count')}>每个单位设几个（0—500；新增的照最后一个复制）</label>
        <input
          id={id('count')}
          type="number"
          min={0}
          max={500}
          step={1}
          inputMode="numeric"
          value={count}
          onInput={(e) => setCount(e.currentTarget.value)}
        />
      </div>
      {same > 1 && (
        <div class="pl-field">
          <label for={id('scope')}>应用到</label>
          <select
            id={id('scope')}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value as 'this' | 'all')}
          >
            <option value="this">只是本单位</option>
            <option value="all">
              全部{same}个{unit.kind}一级单位
            </option>
          </select>
        </div>
      )}
      <button type="submit">应用</button>
    </form>
  );
}

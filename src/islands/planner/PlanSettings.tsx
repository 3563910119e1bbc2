/**
 * The plan's own fields — title, year, description, the rule packs it is
 * checked against — and the pool of local units members come from. Loaded
 * when "方案设置" is opened (at once for a plan with no packs yet).
 */
import { useState } from 'preact/hooks';
import type { Plan } from '../../lib/plan-format/schema.ts';
import type { PlannerIndex } from '../../lib/plan-editing/data.ts';
import { poolKey, type LocalUnit, type PlannerDoc } from '../../lib/plan-editing/doc.ts';
import { setPlanFields } from '../../lib/plan-editing/edit.ts';
import { addLocalUnit, removeLocalUnit, updateLocalUnit } from '../../lib/plan-editing/edit-bulk.ts';
import { edit, ensurePacks } from '../../stores/planner.ts';
import { NETWORK_HINT, notify } from '../../stores/planner-ui.ts';
import { Checkbox, NumberField, SelectField, TextField, TriState } from './fields.tsx';

export function PlanSettings({ doc, data }: { doc: PlannerDoc; data: PlannerIndex }) {
  const plan = doc.plan;
  const set = (patch: Parameters<typeof setPlanFields>[1]) => edit((d) => setPlanFields(d, patch));
  const packs = plan.packs ?? [];
  return (
    <div class="pl-settings-body">
      <TextField
        id="f-plan-title"
        label="方案名称"
        value={plan.title}
        max={200}
        onCommit={(title) => title && set({ title })}
      />
      <NumberField
        id="f-plan-year"
        label="方案所指年份（用于判断任期是否届满）"
        value={plan.asOf}
        min={1949}
        max={2100}
        onCommit={(asOf) => set({ asOf })}
      />
      <TextField
        id="f-plan-description"
        label="说明"
        value={plan.description}
        max={5000}
        multiline
        onCommit={(description) => set({ description })}
      />
      <fieldset class="pl-fieldset pl-packs">
        <legend>核对所用的规则包</legend>
        {data.packs.map((p) => (
          <Checkbox
            key={p.id}
            id={`f-pack-${p.id}`}
            label={p.title}
            checked={packs.includes(p.id)}
            onCommit={(on) => {
              const next: Plan['packs'] = on ? [...packs, p.id] : packs.filter((x) => x !== p.id);
              // Keep the packs' own order, so verdicts read the same whatever the clicking order.
              const ordered = data.packs.map((x) => x.id).filter((x) => next.includes(x));
              // A pack is fetched when first chosen; the plan changes once it is here.
              ensurePacks(ordered).then(
                () => set({ packs: ordered }),
                () => notify({ tone: 'error', title: `规则包“${p.title}”没能载入`, details: [NETWORK_HINT] }),
              );
            }}
          />
        ))}
      </fieldset>
      <Pool doc={doc} data={data} />
    </div>
  );
}

function Pool({ doc, data }: { doc: PlannerDoc; data: PlannerIndex }) {
  const homeTypes = data.vocabulary.homeTypes as Array<LocalUnit['type']>;
  return (
    <fieldset class="pl-fieldset pl-pool">
      <legend>本地单位（成员的所在单位从这里选）</legend>
      {doc.pool.length === 0 ? (
        <p class="pl-hint">
          还没有列出本地单位：驻区单位、非公企业、社会组织、结对帮扶单位、物业、业委会、派出所……
        </p>
      ) : (
        <ul class="pl-pool-list">
          {doc.pool.map((u, i) => (
            <PoolEntry key={poolKey(u)} unit={u} position={i} homeTypes={homeTypes} />
          ))}
        </ul>
      )}
      <PoolAdd homeTypes={homeTypes} />
    </fieldset>
  );
}

/** One local unit of the list, edited in place. */
function PoolEntry({
  unit: u,
  position,
  homeTypes,
}: {
  unit: LocalUnit;
  position: number;
  homeTypes: Array<LocalUnit['type']>;
}) {
  const key = poolKey(u);
  const id = (f: string) => `f-pool-${position}-${f}`;
  const change = (next: LocalUnit) => edit((d) => updateLocalUnit(d, key, next));
  return (
    <li>
      <TextField
        id={id('name')}
        label="名称"
        value={u.name}
        max={200}
        onCommit={(n) => n && change({ ...u, name: n })}
      />
      <SelectField
        id={id('type')}
        label="类型"
        value={u.type}
        options={homeTypes}
        onCommit={(t) => t && change({ ...u, type: t })}
      />
      <TriState
        id={id('high')}
        label="层级较高"
        value={u.highLevel}
        onCommit={(v) => change(withFlag(u, 'highLevel', v))}
      />
      <TriState
        id={id('large')}
        label="规模较大"
        value={u.large}
        onCommit={(v) => change(withFlag(u, 'large', v))}
      />
      <button type="button" class="pl-danger" onClick={() => edit((d) => removeLocalUnit(d, key))}>
        从列表中删除<span class="sr-only">：{u.name}</span>
      </button>
    </li>
  );
}

/** The small form that adds a local unit: a name and its type. */
function PoolAdd({ homeTypes }: { homeTypes: Array<LocalUnit['type']> }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<LocalUnit['type']>('驻区单位');
  const add = (e: Event) => {
    e.preventDefault();
    const clean = name.trim();
    if (clean === '') return;
    edit((d) => addLocalUnit(d, { type, name: clean.slice(0, 200) }));
    setName('');
  };
  return (
    <form class="pl-pool-add" onSubmit={add}>
      <div class="pl-field">
        <label for="f-pool-new-name">新单位名称</label>
        <input
          id="f-pool-new-name"
          type="text"
          maxLength={200}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="pl-field">
        <label for="f-pool-new-type">类型</label>
        <select
          id="f-pool-new-type"
          value={type}
          onChange={(e) => setType(e.currentTarget.value as LocalUnit['type'])}
        >
          {homeTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">添加本地单位</button>
    </form>
  );
}

function withFlag(u: LocalUnit, key: 'highLevel' | 'large', value: boolean | undefined): LocalUnit {
  const next = { ...u };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

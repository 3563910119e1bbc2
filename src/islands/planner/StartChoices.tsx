/**
 * The start screen's two forms shown on request — the templates' list and
 * the blank plan's form — in a module of their own, loaded when one is
 * chosen: a first visit loads only the four ways in.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Unit } from '../../lib/plan-format/schema.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { blankDoc, packsForKind } from '../../lib/plan-editing/start.ts';
import { KIND_NAMES } from '../../lib/plan-editing/kind-names.ts';
import { createPlan, openTemplate } from '../../stores/planner-plans.ts';
import { loadEngine } from '../../stores/planner.ts';
import { Checkbox } from './fields.tsx';

const ROOT_KINDS: Array<Unit['kind']> = ['街道', '社区', '网格', '微家'];

export function Templates({ data }: { data: PlannerData }) {
  // While the list is read, the editor and the rule engine load: choosing a template then waits only for its own files.
  useEffect(() => {
    void import('./Workspace.tsx');
    void loadEngine();
  }, []);
  return (
    <div id="pl-way-template">
      <h3>从案例模板开始</h3>
      <p class="pl-hint">
        每个模板都是照案例原文排好的班子，能通过本案例的全部“必须”类规则。在它的基础上修改，就能看到哪里偏离了规则。
      </p>
      <ul class="pl-templates">
        {data.templates.map((t) => (
          <li key={t.id} class="pl-template">
            <h4>{t.title.replace(/（示例）$/, '')}</h4>
            <p class="pl-hint">
              {data.cases[t.case] ?? ''} · {t.units}个单位 · {t.members}人
            </p>
            {t.description && <p class="pl-template-text">{t.description}</p>}
            <button
              type="button"
              onClick={() => {
                void openTemplate(t);
              }}
            >
              用这个模板<span class="sr-only">：{t.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function BlankForm({ data }: { data: PlannerData }) {
  const [kind, setKind] = useState<Unit['kind']>('社区');
  const [packs, setPacks] = useState<string[]>(() => packsForKind(data.packs, '社区'));
  return (
    <form
      id="pl-way-blank"
      class="pl-blank"
      onSubmit={(e) => {
        e.preventDefault();
        void createPlan(blankDoc(kind, packs, new Date().getFullYear()));
      }}
    >
      <h3>新建空白方案</h3>
      <div class="pl-field">
        <label for="f-blank-kind">最上一级单位</label>
        <select
          id="f-blank-kind"
          value={kind}
          onChange={(e) => {
            const k = e.currentTarget.value as Unit['kind'];
            setKind(k);
            setPacks(packsForKind(data.packs, k));
          }}
        >
          {ROOT_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}（{KIND_NAMES[k]}）
            </option>
          ))}
        </select>
      </div>
      <fieldset class="pl-fieldset pl-packs">
        <legend>核对所用的规则包（以后可以改）</legend>
        {data.packs.map((p) => (
          <Checkbox
            key={p.id}
            id={`f-blank-pack-${p.id}`}
            label={p.title}
            checked={packs.includes(p.id)}
            onCommit={(on) =>
              setPacks(
                on
                  ? data.packs.map((x) => x.id).filter((x) => x === p.id || packs.includes(x))
                  : packs.filter((x) => x !== p.id),
              )
            }
          />
        ))}
      </fieldset>
      <button type="submit">新建空白方案</button>
    </form>
  );
}

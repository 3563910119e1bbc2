/**
 * Where a plan starts, all four ways in the first screen of a phone: a
 * blank plan, a model's template, 建议方案 (a layout proposed from a list of
 * people) and a file (a button, or dropped on the box). Each choice opens
 * its part below; the proposal is loaded when asked for.
 */
import { useState } from 'preact/hooks';
import type { Unit } from '../../lib/plan-format/schema.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { blankDoc, packsForKind } from '../../lib/plan-editing/start.ts';
import { KIND_NAMES } from '../../lib/plan-editing/kind-names.ts';
import { createPlan, openTemplate } from '../../stores/planner-plans.ts';
import { Checkbox } from './fields.tsx';
import { ImportFile } from './ImportFile.tsx';
import { useLazy } from './use-lazy.ts';

const ROOT_KINDS: Array<Unit['kind']> = ['街道', '社区', '网格', '微家'];

type Way = 'propose' | 'template' | 'blank';

const WAYS: Array<{ way: Way; label: string; hint: string }> = [
  { way: 'propose', label: '建议方案', hint: '贴上单位和人员名单，按规则排出班子' },
  { way: 'template', label: '从案例模板开始', hint: '照案例排好的班子，在它上面修改' },
  { way: 'blank', label: '新建空白方案', hint: '自己一个个添加成员' },
];

export function StartScreen({ data }: { data: PlannerData }) {
  const [way, setWay] = useState<Way | undefined>(undefined);
  const Propose = useLazy(() => import('./ProposePanel.tsx').then((m) => m.ProposePanel), way === 'propose');
  return (
    <section class="pl-start" aria-labelledby="pl-start-title">
      <h2 id="pl-start-title">开始一份方案</h2>
      <div class="pl-ways">
        {WAYS.map((w) => (
          <button
            key={w.way}
            type="button"
            class="pl-way"
            aria-expanded={way === w.way}
            aria-controls={`pl-way-${w.way}`}
            onClick={() => setWay(way === w.way ? undefined : w.way)}
          >
            <strong>{w.label}</strong>
            <span class="pl-way-hint">{w.hint}</span>
          </button>
        ))}
        <ImportFile />
      </div>
      {way === 'propose' && (
        <div id="pl-way-propose">
          {Propose ? <Propose data={data} /> : <p class="pl-loading">正在载入……</p>}
        </div>
      )}
      {way === 'template' && <Templates data={data} />}
      {way === 'blank' && <BlankForm data={data} />}
    </section>
  );
}

function Templates({ data }: { data: PlannerData }) {
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
            {t.description && (
              <p class="pl-template-text">
                {t.description.length > 90 ? `${t.description.slice(0, 88)}……` : t.description}
              </p>
            )}
            <button
              type="button"
              onClick={() => {
                // The editor's code loads while the template is fetched.
                void import('./Workspace.tsx');
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

function BlankForm({ data }: { data: PlannerData }) {
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

/**
 * Where a plan starts, all four ways in the first screen of a phone: a
 * blank plan, a model's template, 建议方案 (a layout proposed from a list of
 * people) and a file (a button, or dropped on the box). Each choice opens
 * its part below; the proposal is loaded when asked for.
 */
import { useState } from 'preact/hooks';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { ImportFile } from './ImportFile.tsx';
import { useLazy } from './use-lazy.ts';

type Way = 'propose' | 'template' | 'blank';

const WAYS: Array<{ way: Way; label: string; hint: string }> = [
  { way: 'propose', label: '建议方案', hint: '贴上单位和人员名单，按规则排出班子' },
  { way: 'template', label: '从案例模板开始', hint: '照案例排好的班子，在它上面修改' },
  { way: 'blank', label: '新建空白方案', hint: '自己一个个添加成员' },
];

export function StartScreen({ data }: { data: PlannerData }) {
  const [way, setWay] = useState<Way | undefined>(undefined);
  const Propose = useLazy(() => import('./ProposePanel.tsx').then((m) => m.ProposePanel), way === 'propose');
  const Templates = useLazy(() => import('./StartChoices.tsx').then((m) => m.Templates), way === 'template');
  const BlankForm = useLazy(() => import('./StartChoices.tsx').then((m) => m.BlankForm), way === 'blank');
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
      {way === 'template' && (Templates ? <Templates data={data} /> : <p class="pl-loading">正在载入……</p>)}
      {way === 'blank' && (BlankForm ? <BlankForm data={data} /> : <p class="pl-loading">正在载入……</p>)}
    </section>
  );
}

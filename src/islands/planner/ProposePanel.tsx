/**
 * 建议方案 on the start screen: the secretary pastes a list of people (or
 * picks a CSV file), chooses the model, and gets one to three layouts, each
 * placement explained with the rule it meets and where the rule comes from
 * (source title and section heading). Accepting one saves it as a new plan
 * and opens it; no existing plan is touched. The solver (src/lib/proposal)
 * is loaded with this panel, when asked for.
 */
import { useState } from 'preact/hooks';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import {
  MAX_POOL_CHARS,
  parsePool,
  proposeLayouts,
  type Layout,
  type ProposalResult,
} from '../../lib/proposal/index.ts';
import { notify } from '../../stores/planner-ui.ts';
import { loadTemplate, loadedPacks } from '../../stores/planner-packs.ts';
import { readFileText } from './files.ts';
import { LayoutCard } from './ProposedLayout.tsx';

const DEFAULT_MODEL = 'xihu-dadangwei';
const PLACEHOLDER =
  '姓名	单位	单位类型	党员	职务\n李芳	某社区	社区党组织	是	社区党委书记\n刘洋	某区人民医院	事业单位	是	党委书记';

interface Outcome {
  problems: string[];
  result: ProposalResult | undefined;
}

/** The model's template and its packs are fetched on demand (cached), then the solver runs. */
async function propose(text: string, data: PlannerData, modelId: string): Promise<Outcome> {
  const pool = parsePool(text);
  if (!pool.ok) return { problems: pool.problems, result: undefined };
  const listed = data.templates.find((t) => t.id === modelId) ?? data.templates[0]!;
  const model = await loadTemplate(listed);
  const result = proposeLayouts({
    people: pool.people,
    model,
    packs: loadedPacks([...listed.packs, ...(model.plan.packs ?? [])]),
    sources: data.sources,
    year: new Date().getFullYear(),
  });
  return { problems: pool.problems, result };
}

export function ProposePanel({ data }: { data: PlannerData }) {
  const [modelId, setModelId] = useState(
    data.templates.some((t) => t.id === DEFAULT_MODEL) ? DEFAULT_MODEL : (data.templates[0]?.id ?? ''),
  );
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  return (
    <section class="pl-propose" aria-labelledby="pl-propose-title">
      <h3 id="pl-propose-title">建议方案：列出人选，按规则排出班子</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          propose(text, data, modelId).then(setOutcome, () =>
            notify({
              tone: 'error',
              title: '没能载入这个案例的规则',
              details: ['请检查网络连接后再点一次“生成建议方案”。'],
            }),
          );
        }}
      >
        <div class="pl-field">
          <label for="f-propose-model">要排的班子（按哪个案例的规则）</label>
          <select id="f-propose-model" value={modelId} onChange={(e) => setModelId(e.currentTarget.value)}>
            {data.templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title.replace(/（示例）$/, '')}
              </option>
            ))}
          </select>
        </div>
        <div class="pl-field">
          <label for="f-propose-list">人员名单（每行一人）</label>
          <textarea
            id="f-propose-list"
            rows={6}
            value={text}
            placeholder={PLACEHOLDER}
            aria-describedby="f-propose-list-hint"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <small id="f-propose-list-hint" class="pl-hint">
            从表格复制粘贴即可：姓名、单位、单位类型、是否党员、职务；第一行可以是表头。
          </small>
        </div>
        <ListFile onText={setText} />
        <button type="submit" disabled={text.trim() === ''}>
          生成建议方案
        </button>
      </form>
      {outcome && <Outcome outcome={outcome} />}
    </section>
  );
}

/** A CSV file read into the list box (its size checked first). */
function ListFile({ onText }: { onText: (text: string) => void }) {
  return (
    <div class="pl-field">
      <label for="f-propose-file">或选择名单文件（CSV）</label>
      <input
        id="f-propose-file"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file) return;
          const read = await readFileText(file, MAX_POOL_CHARS * 3);
          if (read.ok) onText(read.text.replace(/^\uFEFF/, ''));
          else notify({ tone: 'error', title: `名单文件「${file.name}」读不了`, details: [read.error] });
        }}
      />
    </div>
  );
}

function Outcome({ outcome: { problems, result } }: { outcome: Outcome }) {
  return (
    <div class="pl-propose-result" role="region" aria-label="建议方案的结果" tabIndex={-1}>
      {problems.length > 0 && (
        <div class="pl-propose-problems">
          <h4>名单里要留意的地方（所有人都已保留）</h4>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {result?.notices.map((n) => (
        <p key={n} class="pl-hint">
          {n}
        </p>
      ))}
      {result && !result.ok && <Shortfall missing={result.missing} closest={result.closest} />}
      {result?.ok && (
        <>
          <p>
            排出了 {result.layouts.length}{' '}
            种方案，每种都符合全部“必须”类规则。选一种采用，它会另存为一份新方案，原有方案都不会改动。
          </p>
          {result.layouts.map((l) => (
            <LayoutCard key={l.name} layout={l} />
          ))}
        </>
      )}
    </div>
  );
}

function Shortfall({ missing, closest }: { missing: string[]; closest: Layout | undefined }) {
  return (
    <div class="pl-propose-shortfall">
      <h4>按这份名单排不出符合全部“必须”类规则的班子</h4>
      <p>还缺：</p>
      <ul>
        {missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p class="pl-hint">在名单里补上这样的人，再生成一次。</p>
      {closest && <LayoutCard layout={closest} />}
    </div>
  );
}

/**
 * 建议方案 timings: proposing layouts (all three searches, each judged by
 * the engine, and their explanations) from a list of 200 people for a
 * 社区“大党委” — the issue's budget, ≤ 200 ms — and, for reference, for a
 * 街道综合党委, for the twelve-person list a new secretary might paste, and
 * for a whole street's example (16 committees). Reading a pasted list of 200
 * rows is timed too.
 */
import { readFileSync } from 'node:fs';
import { parsePool, poolFromPlan, proposeLayouts, type Person } from '../../src/lib/proposal/index.ts';
import { SAMPLE_PASTED_LIST, samplePool } from '../../src/lib/proposal/sample-pool.ts';
import { buildPlannerData } from '../../src/loaders/planner-data.ts';
import { examplePlanFiles, loadPacks } from '../../src/loaders/rule-packs.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { overBudget, printTimings, time, type BenchContext } from './context.ts';

function asText(people: readonly Person[]): string {
  const rows = people.map((p) =>
    [
      p.name,
      p.unitName ?? '',
      p.homeType,
      p.partyMember === undefined ? '' : p.partyMember ? '是' : '否',
      [...p.posts, ...p.jobs, ...p.participantRoles].join('、'),
    ].join('\t'),
  );
  return ['姓名\t单位\t单位类型\t党员\t职务', ...rows].join('\n');
}

export async function run({ root }: BenchContext): Promise<{ overBudget: string[] }> {
  const packs = loadPacks(root);
  const sources = [...loadSiteData(root).sources.values()].map((s) => s.value);
  const texts = new Map(
    [...examplePlanFiles(root)].map(([name, file]) => [name, readFileSync(file, 'utf8')]),
  );
  const models = new Map(
    buildPlannerData({ packs, plans: texts, cases: {} }).templates.map((t) => [t.id, t]),
  );
  const pool = samplePool(200, 7);
  const pasted = parsePool(SAMPLE_PASTED_LIST);
  if (!pasted.ok) throw new Error(pasted.problems.join('；'));
  const propose = (id: string, people: readonly Person[]) => () =>
    proposeLayouts({ people, model: models.get(id)!, packs, sources, year: 2026 });
  const street = models.get('xihu-street')!;
  const big = asText(pool);

  const timings = [
    time('社区“大党委”：200人的名单', 20, propose('xihu-dadangwei', pool), 200),
    time('街道综合党委：200人的名单', 20, propose('xihu-zonghe', pool)),
    time('社区“大党委”：粘贴的12人名单', 40, propose('xihu-dadangwei', pasted.people)),
    time(
      `整个街道的示例（${poolFromPlan(street.plan).length}人，16个班子）`,
      5,
      propose('xihu-street', poolFromPlan(street.plan)),
    ),
    time('读取粘贴的200行名单', 40, () => parsePool(big)),
  ];
  const result = propose('xihu-dadangwei', pool)();
  printTimings('建议方案', timings);
  console.log(
    result.ok
      ? `200人的名单：建议${result.layouts.length}个方案，${result.layouts.map((l) => `${l.name}${l.plan.root.members.length}人`).join('、')}。`
      : `200人的名单：没有合规的方案（${result.missing.join('')}）`,
  );
  return { overBudget: overBudget(timings) };
}

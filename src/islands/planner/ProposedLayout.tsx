/**
 * One proposed layout: who sits where and why — each placement with the
 * rules it meets, their force and the passage they rest on (source title and
 * section heading, the quotation, a link) — what the layout leaves open, and
 * the button that saves it as a new plan.
 */
import type { Choice, Layout, RuleNote, RuleRef } from '../../lib/proposal/index.ts';
import { fromImported } from '../../lib/plan-editing/start.ts';
import { createPlan } from '../../stores/planner-plans.ts';
import { notify } from '../../stores/planner-ui.ts';

async function accept(layout: Layout): Promise<void> {
  await createPlan(fromImported(structuredClone(layout.plan)));
  notify({
    tone: 'success',
    title: `已采用${layout.name}，另存为新方案「${layout.plan.title}」`,
    details: ['原有方案都未改动。下面可以逐条查看核对结果、修改、打印。'],
  });
}

export function LayoutCard({ layout: l }: { layout: Layout }) {
  const headingId = `pl-layout-${l.name}`;
  return (
    <article class="pl-layout" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {l.name}：{l.approach}
      </h4>
      <p class="pl-hint">
        {l.tally
          .map(
            (t) =>
              `${t.severity}类：符合 ${t.met} 条${t.unmet ? `、未满足 ${t.unmet} 条` : ''}${t.waiting ? `、待填写 ${t.waiting} 条` : ''}`,
          )
          .join('；')}
      </p>
      {l.passes && (
        <button type="button" class="pl-accept" onClick={() => void accept(l)}>
          采用{l.name}
          <span class="sr-only">：{l.approach}</span>
        </button>
      )}
      <ol class="pl-choices">
        {[...l.seats, ...l.helpers].map((c) => (
          <ChoiceItem key={`${c.unit}|${c.role}|${c.name}|${c.row ?? ''}`} choice={c} />
        ))}
      </ol>
      <Notes title="还未满足的规则" notes={l.unmet} />
      <Notes title="要您核实后填写的情况" notes={l.toConfirm} />
    </article>
  );
}

function ChoiceItem({ choice: c }: { choice: Choice }) {
  return (
    <li class="pl-choice">
      <p>{c.text}</p>
      {c.because.length > 0 && (
        <details>
          <summary>
            依据（{c.because.length}条）<span class="sr-only">：{c.name}</span>
          </summary>
          <ul class="pl-because">
            {c.because.map((r) => (
              <li key={r.title}>
                <Cited rule={r} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** A rule as cited: title and force, then the source and section (linked) and the passage. */
function Cited({ rule: r }: { rule: RuleRef }) {
  return (
    <>
      <strong>{r.title}</strong>（{r.severity}）出处：<a href={r.href}>{r.source}</a>
      <span class="pl-quote">{r.quote}</span>
    </>
  );
}

function Notes({ title, notes }: { title: string; notes: RuleNote[] }) {
  if (notes.length === 0) return null;
  return (
    <details class="pl-layout-notes">
      <summary>
        {title}（{notes.length}条）
      </summary>
      <ul>
        {notes.map((n) => (
          <li key={`${n.rule.title}|${n.unit ?? ''}`}>
            <p>
              {n.text}
              {n.why ? ` ${n.why}` : ''}
            </p>
            <p class="pl-hint">
              <Cited rule={n.rule} />
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}

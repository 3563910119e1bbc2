/**
 * The members of one unit: a line each (role, 专职/兼职, home unit, name,
 * and the worst verdict naming them), with buttons to edit, move and
 * remove; the edit form holds every field of the plan format.
 */
import { useState } from 'preact/hooks';
import type { Member, Unit } from '../../lib/plan-format/schema.ts';
import type { PlannerVocabulary } from '../../lib/plan-editing/data.ts';
import type { LocalUnit } from '../../lib/plan-editing/doc.ts';
import { MARKS, type Mark } from '../../lib/plan-editing/marks.ts';
import { $session, edit } from '../../stores/planner.ts';
import { DRAFT_FIELD, unnamedLabel } from '../../lib/plan-editing/drafts.ts';
import { useStore } from '@nanostores/preact';
import { useLazy } from './use-lazy.ts';
import type { FormProps } from './MemberForm.tsx';
import { memberDomId } from './dom-ids.ts';

interface ListProps {
  unit: Unit;
  vocabulary: PlannerVocabulary;
  pool: LocalUnit[];
  marks: ReadonlyMap<string, Mark>;
  highlighted: ReadonlySet<string>;
}

export function MarkBadge({ mark }: { mark: Mark | undefined }) {
  if (!mark) return null;
  return (
    <span class={`pl-badge pl-badge-${mark}`}>
      <span aria-hidden="true">{MARKS[mark].sign} </span>
      {MARKS[mark].label}
    </span>
  );
}

function summary(m: Member): string {
  const parts = [
    m.tenure,
    m.home.name ? `${m.home.type}·${m.home.name}` : m.home.type,
    m.posts.join('、') || undefined,
  ];
  return parts.filter(Boolean).join(' ｜ ');
}

export function MemberList({ unit, vocabulary, pool, marks, highlighted }: ListProps) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const add = () =>
    edit((doc, index, ops) => {
      const id = ops.freshId('m', ops.idsIn(index));
      setEditing(id);
      const member: Member = {
        id,
        role: '委员',
        home: { type: '其他' },
        posts: [],
        affiliationTransferred: false,
      };
      return ops.addMember(doc, index, unit.id, member, true);
    });
  const drafts = useStore($session)?.doc.drafts ?? [];
  return (
    <div class="pl-members">
      <p class="pl-count">成员 {unit.members.length} 人</p>
      {unit.members.length > 0 && (
        <ol class="pl-member-list">
          {unit.members.map((m, i) => (
            <MemberItem
              key={m.id}
              unit={unit}
              at={i}
              draft={drafts.includes(m.id)}
              open={editing === m.id}
              onToggle={() => setEditing(editing === m.id ? undefined : m.id)}
              mark={marks.get(m.id)}
              highlighted={highlighted.has(m.id)}
              vocabulary={vocabulary}
              pool={pool}
            />
          ))}
        </ol>
      )}
      <button type="button" id={`add-${unit.id}`} class="pl-add" onClick={add}>
        添加成员<span class="sr-only">到{unit.name ?? unit.kind}</span>
      </button>
    </div>
  );
}

interface ItemProps {
  unit: Unit;
  at: number;
  draft: boolean;
  open: boolean;
  onToggle: () => void;
  mark: Mark | undefined;
  highlighted: boolean;
  vocabulary: PlannerVocabulary;
  pool: LocalUnit[];
}

/** One member: role, name (or "新成员 3", "第3位成员"), what they are, the mark, and the actions. */
function MemberItem({ unit, at: i, draft, open, onToggle, mark, highlighted, vocabulary, pool }: ItemProps) {
  const m = unit.members[i]!;
  const title = m.name ?? unnamedLabel(i + 1, draft);
  const label = `${m.role} ${title}`;
  const remove = () => {
    const next = unit.members[i + 1] ?? unit.members[i - 1];
    edit((d, x, ops) => ops.removeMember(d, x, unit.id, m.id));
    // Keep the keyboard user in the list.
    requestAnimationFrame(() =>
      (next
        ? document.getElementById(memberDomId(next.id))
        : document.getElementById(`add-${unit.id}`)
      )?.focus(),
    );
  };
  return (
    <li id={memberDomId(m.id)} class={`pl-member${highlighted ? ' is-highlighted' : ''}`} tabIndex={-1}>
      <div class="pl-member-line">
        <span class="pl-member-role">{m.role}</span>
        <span class="pl-member-name">{title}</span>
        <span class="pl-member-meta">{draft ? `待填写：${DRAFT_FIELD}` : summary(m)}</span>
        <MarkBadge mark={draft ? 'needs-info' : mark} />
        {highlighted && <span class="pl-badge pl-badge-focus">核对结果所指</span>}
        <span class="pl-actions">
          <button type="button" aria-expanded={open} onClick={onToggle}>
            {open ? '收起' : '编辑'}
            <span class="sr-only">：{label}</span>
          </button>
          <button
            type="button"
            disabled={i === 0}
            onClick={() => edit((d, x, ops) => ops.moveMember(d, x, unit.id, m.id, -1))}
          >
            上移<span class="sr-only">：{label}</span>
          </button>
          <button
            type="button"
            disabled={i === unit.members.length - 1}
            onClick={() => edit((d, x, ops) => ops.moveMember(d, x, unit.id, m.id, 1))}
          >
            下移<span class="sr-only">：{label}</span>
          </button>
          <button type="button" class="pl-danger" onClick={remove}>
            删除<span class="sr-only">：{label}</span>
          </button>
        </span>
      </div>
      {open && (
        <LazyMemberForm
          unitId={unit.id}
          member={m}
          title={title}
          draft={draft}
          vocabulary={vocabulary}
          pool={pool}
        />
      )}
    </li>
  );
}

function LazyMemberForm(props: FormProps) {
  const Form = useLazy(() => import('./MemberForm.tsx').then((m) => m.MemberForm), true);
  return Form ? <Form {...props} /> : <p class="pl-hint">正在载入……</p>;
}

/**
 * The members of one unit: a line each (role, 专职/兼职, home unit, name,
 * and the worst verdict naming them), with buttons to edit, move and
 * remove; the edit form holds every field of the plan format.
 */
import { useState } from 'preact/hooks';
import type { Member, Unit } from '../../lib/plan-format/schema.ts';
import type { PlannerVocabulary } from '../../lib/plan-editing/data.ts';
import type { LocalUnit } from '../../lib/plan-editing/doc.ts';
import { addMember, moveMember, removeMember } from '../../lib/plan-editing/edit.ts';
import { freshId, idsIn } from '../../lib/plan-editing/ids.ts';
import { MARKS, type Mark } from '../../lib/plan-editing/marks.ts';
import { edit } from '../../stores/planner.ts';
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
    edit((doc, index) => {
      const id = freshId('m', idsIn(index));
      setEditing(id);
      const member: Member = {
        id,
        role: '委员',
        home: { type: '其他' },
        posts: [],
        affiliationTransferred: false,
      };
      return addMember(doc, index, unit.id, member);
    });
  return (
    <div class="pl-members">
      <p class="pl-count">成员 {unit.members.length} 人</p>
      {unit.members.length > 0 && (
        <ol class="pl-member-list">
          {unit.members.map((m, i) => {
            const label = `${m.role}${m.name ? ` ${m.name}` : `（${m.id}）`}`;
            const open = editing === m.id;
            return (
              <li
                key={m.id}
                id={memberDomId(m.id)}
                class={`pl-member${highlighted.has(m.id) ? ' is-highlighted' : ''}`}
                tabIndex={-1}
              >
                <div class="pl-member-line">
                  <span class="pl-member-role">{m.role}</span>
                  <span class="pl-member-name">{m.name ?? '（未填姓名）'}</span>
                  <span class="pl-member-meta">{summary(m)}</span>
                  <MarkBadge mark={marks.get(m.id)} />
                  {highlighted.has(m.id) && <span class="pl-badge pl-badge-focus">核对结果所指</span>}
                  <span class="pl-actions">
                    <button
                      type="button"
                      aria-expanded={open}
                      onClick={() => setEditing(open ? undefined : m.id)}
                    >
                      {open ? '收起' : '编辑'}
                      <span class="sr-only">：{label}</span>
                    </button>
                    <button
                      type="button"
                      disabled={i === 0}
                      onClick={() => edit((d, x) => moveMember(d, x, unit.id, m.id, -1))}
                    >
                      上移<span class="sr-only">：{label}</span>
                    </button>
                    <button
                      type="button"
                      disabled={i === unit.members.length - 1}
                      onClick={() => edit((d, x) => moveMember(d, x, unit.id, m.id, 1))}
                    >
                      下移<span class="sr-only">：{label}</span>
                    </button>
                    <button
                      type="button"
                      class="pl-danger"
                      onClick={() => {
                        const next = unit.members[i + 1] ?? unit.members[i - 1];
                        edit((d, x) => removeMember(d, x, unit.id, m.id));
                        // Keep the keyboard user in the list.
                        requestAnimationFrame(() =>
                          (next
                            ? document.getElementById(memberDomId(next.id))
                            : document.getElementById(`add-${unit.id}`)
                          )?.focus(),
                        );
                      }}
                    >
                      删除<span class="sr-only">：{label}</span>
                    </button>
                  </span>
                </div>
                {open && <LazyMemberForm unitId={unit.id} member={m} vocabulary={vocabulary} pool={pool} />}
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={`add-${unit.id}`} class="pl-add" onClick={add}>
        添加成员<span class="sr-only">到{unit.name ?? unit.kind}</span>
      </button>
    </div>
  );
}

function LazyMemberForm(props: FormProps) {
  const Form = useLazy(() => import('./MemberForm.tsx').then((m) => m.MemberForm), true);
  return Form ? <Form {...props} /> : <p class="pl-hint">正在载入……</p>;
}

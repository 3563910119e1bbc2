/**
 * People who work with a unit without a seat on its committee (楼长, 法律顾问,
 * 警务助理, 党员网格员 …): role, name, whether a party member and 骨干. Not
 * filled in means not planned yet; once one is added the list is taken as
 * complete. Kept to the fields the rules read.
 */
import type { Participant, Unit } from '../../lib/plan-format/schema.ts';
import type { PlannerVocabulary } from '../../lib/plan-editing/data.ts';
import { applyPatch, updateUnit } from '../../lib/plan-editing/edit.ts';
import { freshId, idsIn } from '../../lib/plan-editing/ids.ts';
import { edit } from '../../stores/planner.ts';
import { binder } from './bind.ts';
import { SelectField, TextField, TriState } from './fields.tsx';

export function Participants({ unit, vocabulary: v }: { unit: Unit; vocabulary: PlannerVocabulary }) {
  const list = unit.participants;
  const set = (next: Participant[] | undefined) =>
    edit((d, x) => updateUnit(d, x, unit.id, { participants: next }));
  return (
    <fieldset class="pl-fieldset">
      <legend>参与者（不在班子里的楼长、法律顾问、警务助理、党员网格员等）</legend>
      {list === undefined && <p class="pl-hint">尚未填写（核对时会提示待填写）。</p>}
      {list !== undefined && list.length === 0 && <p class="pl-hint">没有参与者。</p>}
      <ul class="pl-duties">
        {(list ?? []).map((person, i) => {
          const field = binder(
            person,
            (patch) => set((list ?? []).map((x, j) => (j === i ? applyPatch(x, patch) : x))),
            (f) => `f-${person.id}-${f}`,
          );
          return (
            <li key={person.id}>
              <SelectField label="承担的工作" options={v.participantRoles} {...field.required('role')} />
              <TextField label="姓名（可不填）" max={100} {...field('name')} />
              <TriState label="是党员" {...field('partyMember', 'party')} />
              <TriState label="是骨干" {...field('backbone')} />
              <button
                type="button"
                class="pl-danger"
                onClick={() => set((list ?? []).filter((_, j) => j !== i))}
              >
                删除<span class="sr-only">：{person.name ?? person.role}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() =>
          edit((d, x) => {
            const id = freshId('p', idsIn(x));
            return updateUnit(d, x, unit.id, { participants: [...(list ?? []), { id, role: '楼长' }] });
          })
        }
      >
        添加参与者
      </button>
      {list === undefined && (
        <button type="button" onClick={() => set([])}>
          本单位没有参与者
        </button>
      )}
    </fieldset>
  );
}

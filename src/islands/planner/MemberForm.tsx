/**
 * Every field of a member, as in the plan format: role, 专职/兼职, home unit
 * (picked from the pool of local units or written in), standing there,
 * concurrent posts, post level, how chosen, the eligibility facts the rules
 * read, and a note. Loaded when a member is first opened for editing.
 */
import type { Member } from '../../lib/plan-format/schema.ts';
import type { PlannerVocabulary } from '../../lib/plan-editing/data.ts';
import { poolKey, type LocalUnit } from '../../lib/plan-editing/doc.ts';
import { applyPatch, updateMember, type Patch } from '../../lib/plan-editing/edit.ts';
import { edit } from '../../stores/planner.ts';
import { binder } from './bind.ts';
import { Checkbox, SelectField, TextField, TriState } from './fields.tsx';

export interface FormProps {
  unitId: string;
  member: Member;
  vocabulary: PlannerVocabulary;
  pool: LocalUnit[];
}

const OWN_HOME = '';

export function MemberForm({ unitId, member: m, vocabulary: v, pool }: FormProps) {
  const set = (patch: Patch<Omit<Member, 'id'>>) =>
    edit((doc, index) => updateMember(doc, index, unitId, m.id, patch));
  const setHome = (patch: Patch<Member['home']>) => set({ home: applyPatch(m.home, patch) });
  const id = (field: string) => `f-${m.id}-${field}`;
  const member = binder<Omit<Member, 'id'>>(m, set, id);
  const home = binder(m.home, setHome, id);
  const homeKey = pool.some((u) => poolKey(u) === poolKey(m.home)) ? poolKey(m.home) : OWN_HOME;
  return (
    <div class="pl-form" role="group" aria-label={`编辑成员 ${m.name ?? m.id}`}>
      <TextField label="姓名（可不填）" max={100} {...member('name')} />
      <SelectField label="职务" options={v.roles} {...member.required('role')} />
      <SelectField label="专职/兼职" empty="未填" options={v.tenures} {...member('tenure')} />
      <fieldset class="pl-fieldset">
        <legend>所在单位</legend>
        <div class="pl-field">
          <label for={id('pool')}>从本地单位中选</label>
          <select
            id={id('pool')}
            value={homeKey}
            onChange={(e) => {
              const chosen = pool.find((u) => poolKey(u) === e.currentTarget.value);
              if (chosen) set({ home: { ...chosen } });
            }}
          >
            <option value={OWN_HOME}>（不从列表中选，直接填写）</option>
            {pool.map((u) => (
              <option key={poolKey(u)} value={poolKey(u)}>
                {u.name}（{u.type}）
              </option>
            ))}
          </select>
        </div>
        <SelectField label="单位类型" options={v.homeTypes} {...home.required('type', 'home-type')} />
        <TextField label="单位名称（可不填）" max={200} {...home('name', 'home-name')} />
        <TriState label="单位层级较高" {...home('highLevel', 'high')} />
        <TriState label="单位规模较大" {...home('large')} />
        <SelectField
          label="在所在单位党组织中的身份"
          empty="未填"
          options={v.homeRoles}
          {...member('homeRole', 'home-role')}
        />
      </fieldset>
      <fieldset class="pl-fieldset pl-posts">
        <legend>兼任职务</legend>
        {v.posts.map((p) => (
          <Checkbox
            key={p}
            id={id(`post-${v.posts.indexOf(p)}`)}
            label={p}
            checked={m.posts.includes(p as Member['posts'][number])}
            onCommit={(on) => {
              const posts = on ? [...m.posts, p as Member['posts'][number]] : m.posts.filter((x) => x !== p);
              set({
                posts: v.posts.filter((x) => posts.includes(x as Member['posts'][number])) as Member['posts'],
              });
            }}
          />
        ))}
      </fieldset>
      <SelectField label="职级" empty="未填" options={v.postLevels} {...member('postLevel', 'level')} />
      <SelectField
        label="产生方式"
        empty="未填"
        options={v.choiceMethods}
        {...member('chosenBy', 'chosen')}
      />
      <fieldset class="pl-fieldset">
        <legend>任职条件</legend>
        <TriState label="是党员" {...member('partyMember', 'party')} />
        <TriState label="是骨干" {...member('backbone')} />
        <TriState label="挂点本单位" {...member('liaison')} />
        <TriState label="热心参加事务、能正常参加活动" {...member('engaged')} />
        <TriState label="参加所在单位和本单位的双重组织生活" {...member('dualLife', 'dual')} />
        <TriState label="所在单位已签共驻共建责任书" {...member('jointAgreement', 'agreement')} />
        <SelectField label="工作岗位" empty="未填" options={v.stations} {...member('station')} />
        <Checkbox
          id={id('moved')}
          label="党组织关系转入本单位"
          checked={m.affiliationTransferred}
          onCommit={(affiliationTransferred) => set({ affiliationTransferred })}
        />
      </fieldset>
      <TextField label="备注" max={2000} multiline {...member('note')} />
    </div>
  );
}

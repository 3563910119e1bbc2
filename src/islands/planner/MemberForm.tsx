/**
 * Every field of a member, as in the plan format: role, 专职/兼职, home unit
 * (picked from the pool of local units or written in), standing there,
 * concurrent posts, post level, how chosen, the eligibility facts the rules
 * read, and a note. Loaded when a member is first opened for editing.
 */
import type { Member } from '../../lib/plan/schema.ts';
import type { PlannerVocabulary } from '../../lib/planner/data.ts';
import { poolKey, type LocalUnit } from '../../lib/planner/doc.ts';
import { updateMember, type Patch } from '../../lib/planner/edit.ts';
import { edit } from '../../stores/planner.ts';
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
  const setHome = (patch: Patch<Member['home']>) => {
    const home = { ...m.home } as Record<string, unknown>;
    for (const [k, val] of Object.entries(patch)) {
      if (val === undefined) delete home[k];
      else home[k] = val;
    }
    set({ home: home as Member['home'] });
  };
  const id = (field: string) => `f-${m.id}-${field}`;
  const homeKey = pool.some((u) => poolKey(u) === poolKey(m.home)) ? poolKey(m.home) : OWN_HOME;
  return (
    <div class="pl-form" role="group" aria-label={`编辑成员 ${m.name ?? m.id}`}>
      <TextField
        id={id('name')}
        label="姓名（可不填）"
        value={m.name}
        max={100}
        onCommit={(name) => set({ name })}
      />
      <SelectField
        id={id('role')}
        label="职务"
        value={m.role}
        options={v.roles as Array<Member['role']>}
        onCommit={(role) => role && set({ role })}
      />
      <SelectField
        id={id('tenure')}
        label="专职/兼职"
        value={m.tenure}
        empty="未填"
        options={v.tenures as Array<NonNullable<Member['tenure']>>}
        onCommit={(tenure) => set({ tenure })}
      />
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
        <SelectField
          id={id('home-type')}
          label="单位类型"
          value={m.home.type}
          options={v.homeTypes as Array<Member['home']['type']>}
          onCommit={(type) => type && setHome({ type })}
        />
        <TextField
          id={id('home-name')}
          label="单位名称（可不填）"
          value={m.home.name}
          max={200}
          onCommit={(name) => setHome({ name })}
        />
        <TriState
          id={id('high')}
          label="单位层级较高"
          value={m.home.highLevel}
          onCommit={(highLevel) => setHome({ highLevel })}
        />
        <TriState
          id={id('large')}
          label="单位规模较大"
          value={m.home.large}
          onCommit={(large) => setHome({ large })}
        />
        <SelectField
          id={id('home-role')}
          label="在所在单位党组织中的身份"
          value={m.homeRole}
          empty="未填"
          options={v.homeRoles as Array<NonNullable<Member['homeRole']>>}
          onCommit={(homeRole) => set({ homeRole })}
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
      <SelectField
        id={id('level')}
        label="职级"
        value={m.postLevel}
        empty="未填"
        options={v.postLevels as Array<NonNullable<Member['postLevel']>>}
        onCommit={(postLevel) => set({ postLevel })}
      />
      <SelectField
        id={id('chosen')}
        label="产生方式"
        value={m.chosenBy}
        empty="未填"
        options={v.choiceMethods as Array<NonNullable<Member['chosenBy']>>}
        onCommit={(chosenBy) => set({ chosenBy })}
      />
      <fieldset class="pl-fieldset">
        <legend>任职条件</legend>
        <TriState
          id={id('liaison')}
          label="挂点本单位"
          value={m.liaison}
          onCommit={(liaison) => set({ liaison })}
        />
        <TriState
          id={id('engaged')}
          label="热心参加事务、能正常参加活动"
          value={m.engaged}
          onCommit={(engaged) => set({ engaged })}
        />
        <SelectField
          id={id('station')}
          label="工作岗位"
          value={m.station}
          empty="未填"
          options={v.stations as Array<NonNullable<Member['station']>>}
          onCommit={(station) => set({ station })}
        />
        <Checkbox
          id={id('moved')}
          label="党组织关系转入本单位"
          checked={m.affiliationTransferred}
          onCommit={(affiliationTransferred) => set({ affiliationTransferred })}
        />
      </fieldset>
      <TextField
        id={id('note')}
        label="备注"
        value={m.note}
        max={2000}
        multiline
        onCommit={(note) => set({ note })}
      />
    </div>
  );
}

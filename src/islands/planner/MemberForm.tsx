/**
 * A member's fields, in the order a new secretary needs them: name, role and
 * unit; then the facts the chosen rule packs actually read, each in plain
 * words with a one-line hint; everything else under 更多信息. Loaded when a
 * member is first opened for editing.
 */
import { useMemo } from 'preact/hooks';
import type { Member } from '../../lib/plan-format/schema.ts';
import type { PlannerVocabulary } from '../../lib/plan-editing/data.ts';
import { DRAFT_FIELD } from '../../lib/plan-editing/drafts.ts';
import { poolKey, type LocalUnit } from '../../lib/plan-editing/doc.ts';
import { applyPatch, updateMember, type Patch } from '../../lib/plan-editing/edit.ts';
import { fieldsRead, PREDICATE_FIELDS, type PredicateField } from '../../lib/plan-editing/form-fields.ts';
import { $check, edit } from '../../stores/planner.ts';
import { binder } from './bind.ts';
import { Checkbox, SelectField, TextField, TriState } from './fields.tsx';
import { useStore } from '@nanostores/preact';

export interface FormProps {
  unitId: string;
  member: Member;
  /** How the member is named here: the name, "新成员 3" or "第3位成员". */
  title: string;
  /** Added and not finished: the unit type is still to choose. */
  draft: boolean;
  vocabulary: PlannerVocabulary;
  pool: LocalUnit[];
}

const OWN_HOME = '';

/** Plain words and a one-line hint for each fact a rule may read. */
const FACTS: Record<PredicateField, { label: string; hint: string }> = {
  partyMember: { label: '是党员', hint: '席位一般只排党员' },
  tenure: { label: '专职/兼职', hint: '外单位来的算兼职' },
  homeRole: { label: '党组织身份', hint: '在本人单位党组织里' },
  posts: { label: '兼任职务', hint: '如社区党组织书记' },
  highLevel: { label: '所在单位层级较高', hint: '如上级派驻机构' },
  large: { label: '所在单位规模较大', hint: '较大的企业、社会组织' },
  engaged: { label: '热心参加事务', hint: '能正常参加活动' },
  liaison: { label: '挂点本单位', hint: '街道领导挂点联系' },
  backbone: { label: '是骨干', hint: '网格、楼栋的党员骨干' },
  chosenBy: { label: '怎样产生', hint: '选举、协商推选……' },
  dualLife: { label: '参加双重组织生活', hint: '两边都过组织生活' },
  jointAgreement: { label: '已签共驻共建责任书', hint: '所在单位与本单位签的' },
  station: { label: '工作岗位', hint: '窗口服务或下沉网格' },
  affiliationTransferred: { label: '组织关系已转入本单位', hint: '规则问到时才要紧' },
};

export function MemberForm(props: FormProps) {
  const { unitId, member: m } = props;
  const check = useStore($check);
  const read = useMemo(() => fieldsRead(check?.live?.compiled.packs ?? []), [check?.live?.compiled]);
  const set = (patch: Patch<Omit<Member, 'id'>>) =>
    edit((doc, index) => updateMember(doc, index, unitId, m.id, patch));
  // The pack's facts; 兼任职务 (a full-width picker) after the two-column ones, so no row is left half empty.
  const first = PREDICATE_FIELDS.filter((f) => read.has(f)).sort(
    (a, b) => Number(a === 'posts') - Number(b === 'posts'),
  );
  const rest = PREDICATE_FIELDS.filter((f) => !read.has(f));
  return (
    <div class="pl-form" role="group" aria-label={`编辑成员：${props.title}`}>
      <BasicFields {...props} set={set} />
      {first.map((f) => (
        <Fact key={f} field={f} {...props} set={set} hinted />
      ))}
      <details class="pl-more-fields">
        <summary>更多信息（本方案的规则不看这些）</summary>
        {rest.map((f) => (
          <Fact key={f} field={f} {...props} set={set} hinted={false} />
        ))}
        <SelectField
          label="职级"
          empty="未填"
          options={props.vocabulary.postLevels}
          {...binder<Omit<Member, 'id'>>(m, set, (f) => `f-${m.id}-${f}`)('postLevel', 'level')}
        />
        <TextField
          label="备注"
          max={2000}
          multiline
          {...binder<Omit<Member, 'id'>>(m, set, (f) => `f-${m.id}-${f}`)('note')}
        />
      </details>
    </div>
  );
}

type Setter = (patch: Patch<Omit<Member, 'id'>>) => void;

/** Name, role and unit: what every member needs. */
function BasicFields({ member: m, draft, vocabulary: v, pool, set }: FormProps & { set: Setter }) {
  const id = (field: string) => `f-${m.id}-${field}`;
  const member = binder<Omit<Member, 'id'>>(m, set, id);
  const home = binder(m.home, (patch: Patch<Member['home']>) => set({ home: applyPatch(m.home, patch) }), id);
  const homeKey = pool.some((u) => poolKey(u) === poolKey(m.home)) ? poolKey(m.home) : OWN_HOME;
  return (
    <>
      <TextField label="姓名（可不填）" max={100} {...member('name')} />
      <SelectField label="职务" options={v.roles} {...member.required('role')} />
      {pool.length > 0 && (
        <div class="pl-field">
          <label for={id('pool')}>从本地单位中选</label>
          <select
            id={id('pool')}
            value={draft ? OWN_HOME : homeKey}
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
      )}
      <SelectField
        label={DRAFT_FIELD}
        hint="规则按它判断来源"
        options={v.homeTypes}
        {...(draft ? { empty: '请选择' } : {})}
        {...home.required('type', 'home-type')}
        value={draft ? undefined : m.home.type}
      />
      <TextField label="单位名称（可不填）" max={200} {...home('name', 'home-name')} />
    </>
  );
}

/** One fact a rule may read: yes/no, a choice, or the posts held. */
function Fact({
  field,
  member: m,
  vocabulary: v,
  set,
  hinted,
}: FormProps & { field: PredicateField; set: Setter; hinted: boolean }) {
  const id = (name: string) => `f-${m.id}-${name}`;
  const { label, hint: line } = FACTS[field];
  const hint = hinted ? line : undefined;
  const member = binder<Omit<Member, 'id'>>(m, set, id);
  const home = binder(m.home, (patch: Patch<Member['home']>) => set({ home: applyPatch(m.home, patch) }), id);
  switch (field) {
    case 'highLevel':
    case 'large':
      return <TriState label={label} hint={hint} {...home(field)} />;
    case 'tenure':
      return <SelectField label={label} hint={hint} empty="未填" options={v.tenures} {...member('tenure')} />;
    case 'homeRole':
      return <SelectField label={label} hint={hint} empty="未填" options={v.homeRoles} {...member(field)} />;
    case 'chosenBy':
      return (
        <SelectField label={label} hint={hint} empty="未填" options={v.choiceMethods} {...member(field)} />
      );
    case 'station':
      return <SelectField label={label} hint={hint} empty="未填" options={v.stations} {...member(field)} />;
    case 'posts':
      return <Posts member={m} posts={v.posts} label={label} hint={hint} set={set} />;
    case 'affiliationTransferred':
      return (
        <Checkbox
          id={id('moved')}
          label={label}
          checked={m.affiliationTransferred}
          onCommit={(affiliationTransferred) => set({ affiliationTransferred })}
        />
      );
    default:
      return <TriState label={label} hint={hint} {...member(field)} />;
  }
}

/** The posts held: one line until opened, so the basic form stays short. */
function Posts(props: {
  member: Member;
  posts: string[];
  label: string;
  hint: string | undefined;
  set: Setter;
}) {
  const { member: m, posts: all, set } = props;
  type PostWord = Member['posts'][number];
  return (
    <details class="pl-posts-pick">
      <summary>
        {props.label}：{m.posts.join('、') || '无'}
        {props.hint && <span class="pl-hint">（{props.hint}）</span>}
      </summary>
      <fieldset class="pl-fieldset pl-posts">
        <legend>{props.label}</legend>
        {all.map((p, i) => (
          <Checkbox
            key={p}
            id={`f-${m.id}-post-${i}`}
            label={p}
            checked={m.posts.includes(p as PostWord)}
            onCommit={(on) => {
              const posts = on ? [...m.posts, p as PostWord] : m.posts.filter((x) => x !== p);
              set({ posts: all.filter((x) => posts.includes(x as PostWord)) as Member['posts'] });
            }}
          />
        ))}
      </fieldset>
    </details>
  );
}

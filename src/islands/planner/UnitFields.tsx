/**
 * A unit's own fields — name, whether it is listed for structure only, grid
 * count, venue, body kind, yearly funding, the facilities it has set up —
 * the people who work with it without a seat, its recurring duties (联席会议,
 * 电话沟通 …), the term of its part-time members and the seats fallen vacant.
 * Loaded when "单位信息与工作制度" is first opened.
 */
import type { Unit } from '../../lib/plan-format/schema.ts';
import type { PlannerVocabulary } from '../../lib/plan-editing/data.ts';
import { applyPatch, updateUnit, type Patch } from '../../lib/plan-editing/edit.ts';
import { edit } from '../../stores/planner.ts';
import { binder } from './bind.ts';
import { Checkbox, NumberField, SelectField, TextField, TriState } from './fields.tsx';
import { Participants } from './Participants.tsx';

export function UnitFields({ unit, vocabulary: v }: { unit: Unit; vocabulary: PlannerVocabulary }) {
  const set = (patch: Patch<Omit<Unit, 'id' | 'members' | 'children'>>) =>
    edit((d, x) => updateUnit(d, x, unit.id, patch));
  const id = (f: string) => `f-${unit.id}-${f}`;
  const field = binder<Omit<Unit, 'id' | 'members' | 'children'>>(unit, set, id);
  const empty = unit.members.length === 0 && (unit.participants ?? []).length === 0;
  return (
    <div class="pl-unit-fields-body">
      <TextField label="单位名称" max={200} {...field('name')} />
      {(empty || unit.outline) && (
        <Checkbox
          id={id('outline')}
          label="只列结构（本方案只说明设有这个单位，不排它的班子）"
          checked={unit.outline === true}
          onCommit={(on) => set({ outline: on ? true : undefined })}
        />
      )}
      {unit.kind === '社区' && (
        <NumberField label="划分的网格数" min={0} max={10000} {...field('gridCount', 'grids')} />
      )}
      {unit.kind === '微家' && (
        <SelectField label="活动场所" empty="未填" options={v.venues} {...field('venue')} />
      )}
      {unit.kind === '内设机构' && (
        <SelectField label="内设机构类别" options={v.bodyKinds} {...field.required('bodyKind', 'body')} />
      )}
      {(unit.kind === '街道' || unit.kind === '社区') && (
        <NumberField label="每年党建工作经费（万元）" min={0} max={100000} {...field('funding')} />
      )}
      <Features unit={unit} vocabulary={v} />
      {!unit.outline && <Participants unit={unit} vocabulary={v} />}
      <Duties unit={unit} vocabulary={v} />
      <fieldset class="pl-fieldset">
        <legend>兼职委员任期</legend>
        <NumberField
          id={id('term-years')}
          label="每届年数"
          value={unit.term?.years}
          min={1}
          max={10}
          onCommit={(years) => set({ term: years === undefined ? undefined : { ...unit.term, years } })}
        />
        {unit.term && (
          <>
            <NumberField
              id={id('term-start')}
              label="本届起始年份"
              value={unit.term.startYear}
              min={1949}
              max={2100}
              onCommit={(startYear) =>
                set({ term: { ...unit.term!, ...(startYear !== undefined ? { startYear } : {}) } })
              }
            />
            <Checkbox
              id={id('term-sync')}
              label="与社区党组织换届同步"
              checked={unit.term.syncedWithCommunityElection === true}
              onCommit={(on) => set({ term: { ...unit.term!, syncedWithCommunityElection: on } })}
            />
          </>
        )}
      </fieldset>
      <Vacancies unit={unit} vocabulary={v} />
    </div>
  );
}

function Duties({ unit, vocabulary: v }: { unit: Unit; vocabulary: PlannerVocabulary }) {
  const duties = unit.duties;
  const set = (next: NonNullable<Unit['duties']> | undefined) =>
    edit((d, x) => updateUnit(d, x, unit.id, { duties: next }));
  const kinds = v.dutyKinds as Array<NonNullable<Unit['duties']>[number]['kind']>;
  const unused = kinds.filter((k) => !duties?.some((d) => d.kind === k));
  return (
    <fieldset class="pl-fieldset">
      <legend>工作制度</legend>
      {duties === undefined ? (
        <p class="pl-hint">尚未规划工作制度（核对时会提示待填写）。</p>
      ) : (
        <ul class="pl-duties">
          {duties.map((duty, i) => (
            <li key={duty.kind}>
              <span>{duty.kind}</span>
              <NumberField
                id={`f-${unit.id}-duty-${i}-every`}
                label="每隔几个月至少一次"
                value={duty.everyMonths}
                min={1}
                max={60}
                onCommit={(everyMonths) =>
                  everyMonths && set(duties.map((d, j) => (j === i ? { ...d, everyMonths } : d)))
                }
              />
              <NumberField
                id={`f-${unit.id}-duty-${i}-month`}
                label="在几月进行（年度事项）"
                value={duty.month}
                min={1}
                max={12}
                onCommit={(month) =>
                  set(
                    duties.map((d, j) =>
                      j === i
                        ? {
                            kind: d.kind,
                            everyMonths: d.everyMonths,
                            ...(month !== undefined && { month }),
                            ...(d.note !== undefined && { note: d.note }),
                          }
                        : d,
                    ),
                  )
                }
              />
              <button type="button" class="pl-danger" onClick={() => set(duties.filter((_, j) => j !== i))}>
                删除<span class="sr-only">：{duty.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {unused.length > 0 && (
        <div class="pl-actions">
          {unused.map((k) => (
            <button
              key={k}
              type="button"
              onClick={() =>
                set([
                  ...(duties ?? []),
                  {
                    kind: k,
                    everyMonths: k === '电话沟通' ? 1 : k === '联席会议' ? 3 : 12,
                    ...(k === '实绩报告' || k === '述职评议' ? { month: 12 } : {}),
                  },
                ])
              }
            >
              添加{k}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}

type Feature = NonNullable<Unit['features']>[number];

/** Facilities and bodies set up (民主议事厅 …): not filled in means not planned yet. */
function Features({ unit, vocabulary: v }: { unit: Unit; vocabulary: PlannerVocabulary }) {
  const have = unit.features;
  const set = (next: Feature[] | undefined) => edit((d, x) => updateUnit(d, x, unit.id, { features: next }));
  return (
    <fieldset class="pl-fieldset">
      <legend>设施和组织</legend>
      {have === undefined && (
        <p class="pl-hint">尚未填写（核对时会提示待填写）；勾选任何一项即视为完整清单。</p>
      )}
      {(v.features as Feature[]).map((f, i) => (
        <Checkbox
          key={f}
          id={`f-${unit.id}-feature-${i}`}
          label={f}
          checked={have?.includes(f) === true}
          onCommit={(on) => {
            const next = on ? [...(have ?? []), f] : (have ?? []).filter((x) => x !== f);
            set((v.features as Feature[]).filter((x) => next.includes(x)));
          }}
        />
      ))}
    </fieldset>
  );
}

type Vacancy = NonNullable<Unit['vacancies']>[number];

/** Seats fallen vacant (西湖区 动态管理): why, and whether filed, notified and to be refilled. */
function Vacancies({ unit, vocabulary: v }: { unit: Unit; vocabulary: PlannerVocabulary }) {
  const list = unit.vacancies ?? [];
  const set = (next: Vacancy[]) =>
    edit((d, x) => updateUnit(d, x, unit.id, { vacancies: next.length > 0 ? next : undefined }));
  const id = (i: number, f: string) => `f-${unit.id}-vacancy-${i}-${f}`;
  return (
    <fieldset class="pl-fieldset">
      <legend>出缺的席位</legend>
      {list.length === 0 && <p class="pl-hint">没有出缺。</p>}
      <ul class="pl-duties">
        {list.map((vacancy, i) => {
          const field = binder(
            vacancy,
            (patch) => set(list.map((x, j) => (j === i ? applyPatch(x, patch) : x))),
            (f) => id(i, f),
          );
          return (
            <li key={i}>
              <SelectField label="职务" options={v.roles} {...field.required('role')} />
              <SelectField label="出缺原因" options={v.vacancyReasons} {...field.required('reason')} />
              <TriState label="已报上级备案" {...field('filed')} />
              <TriState label="所在单位已书面通报" {...field('notifiedInWriting', 'notified')} />
              <TriState label="按程序增补" {...field('refill')} />
              <button type="button" class="pl-danger" onClick={() => set(list.filter((_, j) => j !== i))}>
                删除<span class="sr-only">：出缺的{vacancy.role}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => set([...list, { role: '委员', reason: '任期届满' }])}>
        添加出缺的席位
      </button>
    </fieldset>
  );
}

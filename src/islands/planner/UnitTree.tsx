/**
 * The plan's units as a tree: each unit a collapsible section with its
 * fields, members and child units. Collapsed units render only their header,
 * and long lists of child units come a page at a time, so a 3,000-unit street
 * stays quick to edit. Child units can be added one by one or in bulk
 * ("each 社区 gets 10 网格党支部").
 */
import { useState } from 'preact/hooks';
import type { Plan, Unit } from '../../lib/plan-format/schema.ts';
import type { PlanIndex } from '../../lib/plan-format/tree.ts';
import type { PlannerVocabulary } from '../../lib/plan-editing/data.ts';
import type { LocalUnit } from '../../lib/plan-editing/doc.ts';
import { KIND_NAMES } from '../../lib/plan-editing/kind-names.ts';
import type { Mark } from '../../lib/plan-editing/marks.ts';
import { edit } from '../../stores/planner.ts';
import { $expanded, setExpanded } from '../../stores/planner-ui.ts';
import { MarkBadge, MemberList } from './MemberList.tsx';
import { useStore } from '@nanostores/preact';
import type { BulkProps } from './BulkCount.tsx';
import { LazyDetails } from './LazyDetails.tsx';
import { useLazy } from './use-lazy.ts';
import { unitDomId } from './dom-ids.ts';

const PAGE = 20;

interface TreeProps {
  plan: Plan;
  index: PlanIndex;
  vocabulary: PlannerVocabulary;
  pool: LocalUnit[];
  marks: ReadonlyMap<string, Mark>;
  /** Worst open verdict anywhere below (and in) each unit. */
  subtreeMarks: ReadonlyMap<string, Mark>;
  highlighted: ReadonlySet<string>;
}

export function UnitTree(props: TreeProps) {
  return (
    <div class="pl-tree">
      <UnitNode {...props} unit={props.plan.root} depth={0} position={0} siblings={1} />
    </div>
  );
}

/** Kinds that may sit under a unit of `kind`. */
function childKinds(kind: Unit['kind'], v: PlannerVocabulary): Array<Unit['kind']> {
  const depth = v.unitDepth[kind] ?? 0;
  return (v.unitKinds as Array<Unit['kind']>).filter(
    (k) => (v.unitDepth[k] ?? 0) === depth + 1 && (k !== '内设机构' || kind === '街道'),
  );
}

interface NodeProps extends TreeProps {
  unit: Unit;
  depth: number;
  position: number;
  siblings: number;
}

function UnitNode(props: NodeProps) {
  const { unit, depth, position, siblings, marks, subtreeMarks } = props;
  const expanded = useStore($expanded);
  // The top unit starts open; the others on request.
  const open = depth === 0 ? !expanded.has(`-${unit.id}`) : expanded.has(unit.id);
  const toggle = () => (depth === 0 ? setExpanded(`-${unit.id}`, open) : setExpanded(unit.id, !open));
  const title = unit.name ?? unit.kind;
  const Heading = `h${Math.min(depth + 3, 6)}` as 'h3';
  const below = subtreeMarks.get(unit.id);
  return (
    <section
      class={`pl-unit pl-depth-${Math.min(depth, 3)}`}
      id={unitDomId(unit.id)}
      aria-label={`${unit.kind}：${title}`}
    >
      <Heading class="pl-unit-head">
        <button type="button" class="pl-toggle" aria-expanded={open} onClick={toggle}>
          <span class="pl-unit-kind">{unit.kind}</span> {title}
          <span class="pl-unit-count">
            {' '}
            · {unit.outline ? '只列结构' : `${unit.members.length}人`}
            {unit.children.length > 0 ? ` · 下设${unit.children.length}个` : ''}
          </span>
        </button>
        <MarkBadge mark={marks.get(unit.id) ?? below} />
      </Heading>
      {open && (
        <div class="pl-unit-body">
          {depth > 0 && (
            <div class="pl-actions">
              <button
                type="button"
                disabled={position === 0}
                onClick={() => edit((d, x, ops) => ops.moveUnit(d, x, unit.id, -1))}
              >
                上移<span class="sr-only">：{title}</span>
              </button>
              <button
                type="button"
                disabled={position === siblings - 1}
                onClick={() => edit((d, x, ops) => ops.moveUnit(d, x, unit.id, 1))}
              >
                下移<span class="sr-only">：{title}</span>
              </button>
              <DeleteUnit unit={unit} />
            </div>
          )}
          <LazyDetails
            class="pl-unit-fields"
            summary="单位信息与工作制度"
            load={() => import('./UnitFields.tsx').then((m) => m.UnitFields)}
            props={{ unit, vocabulary: props.vocabulary }}
          />
          <MemberList
            unit={unit}
            vocabulary={props.vocabulary}
            pool={props.pool}
            marks={marks}
            highlighted={props.highlighted}
          />
          <LazyDetails
            class="pl-csv"
            summary="从 CSV 文件导入成员"
            load={() => import('./CsvImport.tsx').then((m) => m.CsvImport)}
            props={{ unit }}
          />
          <Children {...props} />
        </div>
      )}
    </section>
  );
}

function DeleteUnit({ unit }: { unit: Unit }) {
  const [asking, setAsking] = useState(false);
  const title = unit.name ?? unit.kind;
  if (!asking) {
    return (
      <button type="button" class="pl-danger" onClick={() => setAsking(true)}>
        删除单位<span class="sr-only">：{title}</span>
      </button>
    );
  }
  return (
    <span class="pl-confirm" role="group" aria-label="确认删除单位">
      确定删除「{title}」及其下设单位？（可撤销）
      <button
        type="button"
        class="pl-danger"
        ref={(b) => b?.focus()}
        onClick={() => edit((d, x, ops) => ops.removeUnit(d, x, unit.id))}
      >
        确定删除
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        取消
      </button>
    </span>
  );
}

function Children(props: NodeProps) {
  const { unit, depth, index, vocabulary } = props;
  const [shown, setShown] = useState(PAGE);
  const kinds = childKinds(unit.kind, vocabulary);
  const visible = unit.children.slice(0, shown);
  return (
    <div class="pl-children">
      {unit.children.length > 0 && (
        <div class="pl-child-list">
          {visible.map((child, i) => (
            <UnitNode
              key={child.id}
              {...props}
              unit={child}
              depth={depth + 1}
              position={i}
              siblings={unit.children.length}
            />
          ))}
          {unit.children.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE * 5)}>
              显示更多下设单位（还有 {unit.children.length - shown} 个）
            </button>
          )}
        </div>
      )}
      {kinds.length > 0 && (
        <div class="pl-actions pl-add-children">
          {kinds.map((k) => (
            <button
              key={k}
              type="button"
              onClick={() => edit((d, x, ops) => ops.addChild(d, x, unit.id, ops.blankUnit(k, ops.idsIn(x))))}
            >
              添加{KIND_NAMES[k] ?? k}
              <span class="sr-only">到{unit.name ?? unit.kind}</span>
            </button>
          ))}
          <BulkButton unit={unit} kinds={kinds} index={index} />
        </div>
      )}
    </div>
  );
}

function BulkButton(props: BulkProps) {
  const [open, setOpen] = useState(false);
  const Bulk = useLazy(() => import('./BulkCount.tsx').then((m) => m.BulkCount), open);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        批量设置数量…<span class="sr-only">：{props.unit.name ?? props.unit.kind}的下设单位</span>
      </button>
    );
  }
  return Bulk ? <Bulk {...props} /> : <p class="pl-hint">正在载入……</p>;
}

/**
 * The print view's member tables (which members: lib/plan-editing/print-tables.ts),
 * with a note when the cap cut the list short.
 */
import type { Member, Unit } from '../../lib/plan-format/schema.ts';
import { STATUS_LABELS } from '../../lib/rules/labels.ts';
import type { Mark } from '../../lib/plan-editing/chart.ts';
import { printedTables, type PrintedTable } from '../../lib/plan-editing/print-tables.ts';

export function PrintedMembers({ root, marks }: { root: Unit; marks: ReadonlyMap<string, Mark> }) {
  const { tables, printed, total } = printedTables(root);
  return (
    <section>
      <h2>成员</h2>
      {tables.map((t) => (
        <MemberTable key={t.unit.id} table={t} marks={marks} />
      ))}
      {total > printed && <p>（成员较多，只印出前 {printed} 人；完整名单请导出 JSON。）</p>}
    </section>
  );
}

function MemberTable({ table, marks }: { table: PrintedTable; marks: ReadonlyMap<string, Mark> }) {
  return (
    <table class="pl-table">
      <caption>
        {table.path}（{table.unit.members.length}人）
      </caption>
      <thead>
        <tr>
          <th scope="col">职务</th>
          <th scope="col">姓名</th>
          <th scope="col">专职/兼职</th>
          <th scope="col">所在单位</th>
          <th scope="col">兼任职务</th>
          <th scope="col">产生方式</th>
          <th scope="col">核对</th>
        </tr>
      </thead>
      <tbody>
        {table.members.map((m) => (
          <MemberRow key={m.id} member={m} mark={marks.get(m.id)} />
        ))}
      </tbody>
    </table>
  );
}

function MemberRow({ member: m, mark }: { member: Member; mark: Mark | undefined }) {
  return (
    <tr>
      <td>{m.role}</td>
      <td>{m.name ?? ''}</td>
      <td>{m.tenure ?? '未填'}</td>
      <td>{m.home.name ? `${m.home.name}（${m.home.type}）` : m.home.type}</td>
      <td>{m.posts.join('、')}</td>
      <td>{m.chosenBy ?? '未填'}</td>
      <td>{mark ? STATUS_LABELS[mark] : ''}</td>
    </tr>
  );
}

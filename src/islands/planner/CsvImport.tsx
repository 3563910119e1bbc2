/**
 * Importing a member list from a spreadsheet (CSV) into one unit; loaded
 * when opened, and the CSV reader itself only when a file is chosen. A file with any bad row adds
 * nobody; the reasons are listed by row and column.
 */
import type { Unit } from '../../lib/plan-format/schema.ts';
import { addMembers } from '../../lib/plan-editing/edit.ts';
import { freshId, idsIn } from '../../lib/plan-editing/ids.ts';
import { $data, edit } from '../../stores/planner.ts';
import { notify } from '../../stores/planner-ui.ts';
import { download, readFileText } from './files.ts';

const MAX_BYTES = 1_000_000;

export function CsvImport({ unit }: { unit: Unit }) {
  const title = unit.name ?? unit.kind;
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const data = $data.get();
    if (!file || !data) return;
    const read = await readFileText(file, MAX_BYTES);
    if (!read.ok) {
      notify({ tone: 'error', title: `成员名单「${file.name}」没有导入`, details: [read.error] });
      return;
    }
    const { readMembersCsv } = await import('../../lib/plan-editing/csv.ts');
    const result = readMembersCsv(read.text, data.vocabulary);
    if (!result.ok) {
      notify({
        tone: 'error',
        title: `成员名单「${file.name}」有误，没有导入任何成员`,
        details: result.errors,
      });
      return;
    }
    edit((doc, index) => {
      const taken = idsIn(index);
      return addMembers(
        doc,
        index,
        unit.id,
        result.members.map((m) => ({ ...m, id: freshId('m', taken) })),
      );
    });
    notify({
      tone: 'success',
      title: `已从「${file.name}」向${title}导入${result.members.length}名成员`,
      details: ['可用“撤销”取消这次导入。'],
    });
  };
  const template = async () => {
    const { membersCsvTemplate } = await import('../../lib/plan-editing/csv.ts');
    download('成员名单模板.csv', 'text/csv;charset=utf-8', membersCsvTemplate());
  };
  const id = `f-${unit.id}-csv`;
  return (
    <div class="pl-csv-body">
      <p class="pl-hint">
        第一行写列名：职务、所在单位类型必填，其余（姓名、专职/兼职、所在单位、兼任职务、产生方式……）可选。可用电子表格另存为
        CSV（UTF-8）。
      </p>
      <div class="pl-field">
        <label for={id}>选择 CSV 文件，导入到{title}</label>
        <input id={id} type="file" accept=".csv,text/csv,.txt" onChange={onFile} />
      </div>
      <button type="button" onClick={template}>
        下载 CSV 模板
      </button>
    </div>
  );
}

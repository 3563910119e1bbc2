/**
 * Opening a plan file (JSON, the published plan format). The file's size is
 * checked before it is read; a bad file is refused with its reasons and
 * nothing existing changes; a good one becomes a new saved plan.
 */
import { MAX_PLAN_CHARS, tooLarge } from '../../lib/plan-format/limits.ts';
import { notify } from '../../stores/planner-ui.ts';
import { readFileText } from './files.ts';
import { routes } from '../../lib/routes.ts';

export function ImportFile({ id = 'f-import-json' }: { id?: string }) {
  return (
    <div class="pl-field">
      <label for={id}>选择 JSON 方案文件（本站导出的，或按方案格式编写的）</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file) return;
          // UTF-8 text is at least one byte a character: a file this large cannot fit the limit.
          if (file.size > MAX_PLAN_CHARS * 3) {
            notify({
              tone: 'error',
              title: `文件「${file.name}」无法打开：没有导入任何内容，现有方案都未改动`,
              details: [tooLarge(file.size)],
            });
            return;
          }
          const read = await readFileText(file, MAX_PLAN_CHARS * 3);
          if (!read.ok) {
            notify({ tone: 'error', title: `文件「${file.name}」无法打开`, details: [read.error] });
            return;
          }
          // The reader (and its validator) is loaded when a file is chosen.
          const { importPlan } = await import('../../stores/planner-actions.ts');
          await importPlan(read.text, `文件「${file.name}」`);
        }}
      />
      <small class="pl-hint">
        格式见 <a href={routes.planSchema()}>方案格式（JSON Schema）</a>。
      </small>
    </div>
  );
}

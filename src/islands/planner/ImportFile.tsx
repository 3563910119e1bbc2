/**
 * Opening a plan file (JSON, the published plan format): chosen with a
 * button or dropped on the box. The file's size is checked before it is
 * read; a bad file is refused with its reasons and nothing existing changes;
 * a good one becomes a new saved plan.
 */
import { useState } from 'preact/hooks';
import { MAX_PLAN_CHARS, tooLarge } from '../../lib/plan-format/limits.ts';
import { notify } from '../../stores/planner-ui.ts';
import { routes } from '../../lib/routes.ts';

/** Read a plan file and open it as a new plan; refusals are reported, nothing changes. */
async function openPlanFile(file: File): Promise<void> {
  // UTF-8 text is at least one byte a character: a file this large cannot fit the limit.
  if (file.size > MAX_PLAN_CHARS * 3) {
    notify({
      tone: 'error',
      title: `文件「${file.name}」无法打开：没有导入任何内容，现有方案都未改动`,
      details: [tooLarge(file.size)],
    });
    return;
  }
  // The file reader loads with the first file: the start screen does not need it to be drawn.
  const { readFileText } = await import('./files.ts');
  const read = await readFileText(file, MAX_PLAN_CHARS * 3);
  if (!read.ok) {
    notify({ tone: 'error', title: `文件「${file.name}」无法打开`, details: [read.error] });
    return;
  }
  // The reader (and its validator) is loaded when a file is chosen.
  const { importPlan } = await import('../../stores/planner-actions.ts');
  await importPlan(read.text, `文件「${file.name}」`);
}

export function ImportFile({ id = 'f-import-json' }: { id?: string }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`pl-field pl-drop${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) void openPlanFile(file);
      }}
    >
      <label for={id} class="pl-drop-label">
        <strong>打开方案文件</strong>
        <span class="pl-way-hint">选择 JSON 方案文件，或把文件拖到这里</span>
      </label>
      <input
        id={id}
        class="pl-drop-input"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) void openPlanFile(file);
        }}
      />
      <small class="pl-way-hint">
        本站导出的，或按<a href={routes.planSchema()}>方案格式</a>编写的。
      </small>
    </div>
  );
}

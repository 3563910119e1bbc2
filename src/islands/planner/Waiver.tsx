/**
 * The waiver form for a 原则上 or 参考 rule not met: a written reason, kept
 * with the plan and printed with it. Loaded when 豁免… is pressed.
 */
import { useState } from 'preact/hooks';
import type { RuleResult } from '../../lib/rules/result.ts';
import { setWaiver } from '../../lib/plan-editing/edit.ts';
import { edit } from '../../stores/planner.ts';

export function Waiver({ result: r, onCancel }: { result: RuleResult; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const id = `wv-${r.rule}-${r.unit ?? 'all'}`;
  const ok = reason.trim().length >= 4;
  return (
    <form
      class="pl-waiver"
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) edit((doc) => setWaiver(doc, r.rule, r.unit, reason.trim().slice(0, 2000)));
      }}
    >
      <label for={id}>豁免理由（至少4个字，会随方案保存和打印）</label>
      <textarea
        id={id}
        rows={2}
        maxLength={2000}
        value={reason}
        onInput={(e) => setReason(e.currentTarget.value)}
        ref={(t) => t?.focus()}
        aria-describedby={`${id}-hint`}
      />
      <small id={`${id}-hint`} class="pl-hint">
        只有“原则上”“参考”类规则可以豁免；“必须”类规则不能豁免。
      </small>
      <button type="submit" disabled={!ok}>
        确认豁免
      </button>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </form>
  );
}

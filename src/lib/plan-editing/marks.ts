/**
 * How an open verdict marks a member or unit, in the editor, the chart and
 * the print view: a sign and a word (never colour alone) and an outline.
 */
import type { Status } from '../rules/labels.ts';

export type Mark = Extract<Status, 'fail' | 'warn' | 'needs-info'>;

export const MARKS: Record<Mark, { sign: string; label: string; style: string }> = {
  fail: { sign: '✗', label: '不符合', style: 'stroke:#b00020,stroke-width:4px,stroke-dasharray:0' },
  warn: { sign: '!', label: '提示', style: 'stroke:#b35c00,stroke-width:3px,stroke-dasharray:6 3' },
  'needs-info': {
    sign: '?',
    label: '待填写',
    style: 'stroke:#4a5560,stroke-width:2px,stroke-dasharray:2 2',
  },
};

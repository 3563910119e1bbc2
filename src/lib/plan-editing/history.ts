/**
 * Undo and redo. Each step keeps the document as it was before an edit, with
 * the edit's label and scope (an edit and its undo touch the same units, so
 * the planner re-checks only those). Documents share unchanged units, so a
 * long history of a large plan costs little memory.
 */
import type { PlannerDoc, Scope } from './doc.ts';

interface Step {
  doc: PlannerDoc;
  scope: Scope;
  label: string;
}

export interface History {
  past: Step[];
  future: Step[];
}

/** Steps kept; the oldest are forgotten. */
const HISTORY_LIMIT = 200;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Record an edit made to `before`; clears the redo list. */
export function record(history: History, before: PlannerDoc, scope: Scope, label: string): History {
  const past = [...history.past, { doc: before, scope, label }];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

export interface Travel {
  history: History;
  doc: PlannerDoc;
  scope: Scope;
  label: string;
}

/** Go back one step from `current`. */
export function undo(history: History, current: PlannerDoc): Travel | undefined {
  const step = history.past.at(-1);
  if (!step) return undefined;
  return {
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { doc: current, scope: step.scope, label: step.label }],
    },
    doc: step.doc,
    scope: step.scope,
    label: step.label,
  };
}

/** Go forward one step from `current`. */
export function redo(history: History, current: PlannerDoc): Travel | undefined {
  const step = history.future.at(-1);
  if (!step) return undefined;
  return {
    history: {
      past: [...history.past, { doc: current, scope: step.scope, label: step.label }],
      future: history.future.slice(0, -1),
    },
    doc: step.doc,
    scope: step.scope,
    label: step.label,
  };
}

/** Binding a form's controls to the keys of one record (a member, a unit). */
import type { Patch } from '../../lib/plan-editing/edit.ts';

/**
 * Ties controls to the keys of one record. `bind(key, name)` gives a control
 * its id (made from `name`, the key by default), the key's value and a commit
 * that patches that key, so a form names each key once rather than three times;
 * an empty commit clears the key. `bind.required(key, name)` drops an empty
 * commit instead, for keys the plan format cannot do without (a role, a type).
 */
export function binder<R extends object>(
  record: R,
  patch: (p: Patch<R>) => void,
  idOf: (name: string) => string,
) {
  const bind = <K extends keyof R & string>(key: K, name: string = key) => ({
    id: idOf(name),
    value: record[key],
    onCommit: (value: R[K] | undefined) => patch({ [key]: value } as Patch<R>),
  });
  bind.required = <K extends keyof R & string>(key: K, name: string = key) => ({
    ...bind(key, name),
    onCommit: (value: R[K] | undefined) => {
      if (value !== undefined) patch({ [key]: value } as Patch<R>);
    },
  });
  return bind;
}

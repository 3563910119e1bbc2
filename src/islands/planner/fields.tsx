/**
 * Form controls of the planner: every control has a visible Chinese label
 * tied to it, and reports a committed value (on change, not on every key),
 * so one edit is one step of undo.
 */
import type { ComponentChildren } from 'preact';

interface Base {
  id: string;
  label: string;
  /** One line under the control, read with it by screen readers. */
  hint?: string | undefined;
}

function Field({ id, label, hint, children }: Base & { children: ComponentChildren }) {
  return (
    <div class="pl-field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} class="pl-hint">
          {hint}
        </small>
      )}
    </div>
  );
}

export function TextField(
  props: Base & {
    value: string | undefined;
    max?: number;
    onCommit: (v: string | undefined) => void;
    multiline?: boolean;
  },
) {
  const { id, value, max, onCommit, multiline } = props;
  const commit = (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value.trim();
    if (v !== (value ?? '')) onCommit(v === '' ? undefined : v);
  };
  return (
    <Field {...props}>
      {multiline ? (
        <textarea id={id} maxLength={max} rows={2} value={value ?? ''} onChange={commit} />
      ) : (
        <input
          id={id}
          type="text"
          maxLength={max}
          value={value ?? ''}
          onChange={commit}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
        />
      )}
    </Field>
  );
}

export function NumberField(
  props: Base & {
    value: number | undefined;
    min: number;
    max: number;
    onCommit: (v: number | undefined) => void;
  },
) {
  const { id, value, min, max, onCommit } = props;
  return (
    <Field {...props}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value ?? ''}
        onChange={(e) => {
          const input = e.currentTarget;
          const raw = input.value.trim();
          if (raw === '') return onCommit(undefined);
          const n = Number(raw);
          // Out of range or not whole: put the last good value back instead of saving a plan the format refuses.
          if (!Number.isInteger(n) || n < min || n > max) {
            input.value = value === undefined ? '' : String(value);
            return;
          }
          if (n !== value) onCommit(n);
        }}
      />
    </Field>
  );
}

export function SelectField<T extends string>(
  props: Base & {
    value: T | undefined;
    /** The vocabulary's words, as the data gives them (plain strings); the value says which type they are. */
    options: readonly string[];
    empty?: string;
    onCommit: (v: T | undefined) => void;
    labels?: Record<string, string>;
  },
) {
  const { id, value, options, empty, onCommit, labels } = props;
  return (
    <Field {...props}>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => onCommit((e.currentTarget.value || undefined) as T | undefined)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Yes / no / not recorded: the engine treats "not recorded" as unknown, not as no. */
export function TriState(
  props: Base & { value: boolean | undefined; onCommit: (v: boolean | undefined) => void },
) {
  const { id, value, onCommit } = props;
  return (
    <Field {...props}>
      <select
        id={id}
        value={value === undefined ? '' : value ? 'yes' : 'no'}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onCommit(v === '' ? undefined : v === 'yes');
        }}
      >
        <option value="">未填</option>
        <option value="yes">是</option>
        <option value="no">否</option>
      </select>
    </Field>
  );
}

export function Checkbox({
  id,
  label,
  checked,
  onCommit,
}: {
  id: string;
  label: string;
  checked: boolean;
  onCommit: (v: boolean) => void;
}) {
  return (
    <div class="pl-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onCommit(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A part of the planner loaded when its <details> is first opened (see use-lazy.ts). */
import type { ComponentChildren, ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useLazy } from './use-lazy.ts';

/** A <details> whose content is loaded when it is first opened. */
export function LazyDetails<P extends object>({
  summary,
  load,
  props,
  initiallyOpen = false,
  class: className,
}: {
  summary: ComponentChildren;
  load: () => Promise<ComponentType<P>>;
  props: P;
  initiallyOpen?: boolean;
  class?: string;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const Body = useLazy(load, open);
  return (
    <details
      class={className}
      open={initiallyOpen}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{summary}</summary>
      {open && (Body ? <Body {...props} /> : <p class="pl-hint">正在载入……</p>)}
    </details>
  );
}

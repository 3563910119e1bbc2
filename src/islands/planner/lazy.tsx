/**
 * Parts of the planner loaded on first use — a form opened, a panel shown —
 * so that the page loads only what its first view needs.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component from a module, loaded once `wanted` turns true. */
export function useLazy<P>(
  load: () => Promise<ComponentType<P>>,
  wanted: boolean,
): ComponentType<P> | undefined {
  const [component, setComponent] = useState<{ c: ComponentType<P> } | undefined>(undefined);
  useEffect(() => {
    if (wanted && !component) void load().then((c) => setComponent({ c }));
  }, [wanted]);
  return component?.c;
}

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

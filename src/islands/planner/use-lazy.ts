/**
 * Parts of the planner loaded on first use — a form opened, a panel shown —
 * so that the page loads only what its first view needs.
 */
import type { ComponentType } from 'preact';
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

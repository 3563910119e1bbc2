/** Subscribe a Preact component to a nanostore (a few lines instead of another dependency). */
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => store.subscribe(setValue), [store]);
  return value;
}

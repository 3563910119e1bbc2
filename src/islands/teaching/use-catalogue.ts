/**
 * The builder's link to the catalogue, which is plain HTML outside the island
 * (LectureCatalogue.astro) with its data as JSON (CatalogueScript.astro):
 * the data, read once, and the catalogue's 添加 buttons, heard through one
 * listener. Keeping the list out of the island keeps its hydration short.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  itemLabel,
  parseItem,
  resolveLecture,
  type CataloguePage,
  type LectureItem,
} from '../../lib/teaching/lecture.ts';
import { readCatalogue } from '../../components/teaching/lecture/read-catalogue.ts';

/** The catalogue embedded in the page (empty while rendering on the server, where no part is chosen yet). */
export function useCatalogue(): CataloguePage[] {
  const [catalogue] = useState(() => (typeof document === 'undefined' ? [] : readCatalogue()));
  return catalogue;
}

/**
 * What a catalogue button adds and how the builder names it: the section of the list item it
 * sits in ("page:section"), or else the whole page; undefined if the catalogue has no such part.
 */
function addedBy(
  button: Element,
  catalogue: CataloguePage[],
): { item: LectureItem; label: string } | undefined {
  const raw =
    button.closest('[data-catalogue-section]')?.getAttribute('data-catalogue-section') ??
    button.closest('[data-catalogue-page]')?.getAttribute('data-catalogue-page');
  const item = raw ? parseItem(raw) : undefined;
  if (!item) return undefined;
  const [resolved] = resolveLecture({ title: '', items: [item] }, catalogue).items;
  return resolved ? { item, label: itemLabel(resolved) } : undefined;
}

/** Calls `add` when a catalogue button (data-lecture-add) is pressed, by pointer or keyboard. */
export function useAddButtons(
  catalogue: CataloguePage[],
  add: (item: LectureItem, label: string) => void,
): void {
  const latest = useRef(add);
  latest.current = add;
  useEffect(() => {
    const onClick = (event: Event) => {
      const button = (event.target as Element | null)?.closest('[data-lecture-add]');
      const added = button && addedBy(button, catalogue);
      if (added) latest.current(added.item, added.label);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [catalogue]);
}

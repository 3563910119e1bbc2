/**
 * The sidebar on every page lists groups of pages; a group that would list
 * every case or every topic (hundreds, as the library grows) is cut to its
 * overview page — labelled with how many pages it stands for — and the page
 * being read. The full lists are on the overview pages (案例库, 专题总览),
 * so every page stays one tap away while each page carries a few links
 * instead of all of them.
 *
 * Pure: works on Starlight's sidebar entries by shape, with no astro:*.
 */
interface Link {
  type: 'link';
  label: string;
  isCurrent: boolean;
}
interface Group {
  type: 'group';
  label: string;
  entries: Entry[];
}
type Entry = Link | Group;

/**
 * The entries with each group named in `groups` reduced to its first link
 * (the overview, its label followed by the count of pages it lists) and the
 * current page, if the current page is in the group.
 */
export function trimSidebar<E extends Entry>(entries: E[], groups: readonly string[]): E[] {
  return entries.map((entry) => {
    if (entry.type !== 'group' || !groups.includes(entry.label)) return entry;
    const [overview, ...pages] = entry.entries;
    if (!overview || overview.type !== 'link') return entry;
    const kept: Entry[] = [
      { ...overview, label: `${overview.label}（${pages.length} 篇）` },
      ...pages.filter((page) => page.type === 'link' && page.isCurrent),
    ];
    return { ...entry, entries: kept };
  });
}

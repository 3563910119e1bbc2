/**
 * What the content check must look at again after files under content/
 * changed (while `astro dev` runs). A page's own checks — its frontmatter
 * and its directives — depend only on that page and the data files; the
 * registry's checks depend on which pages exist. So an edited page needs
 * only its own checks again, an added or removed page also the registry's,
 * and anything else (a data file, the registry, a file a page may include)
 * everything.
 */

export type Recheck =
  | { kind: 'all' }
  | {
      kind: 'pages';
      /** Pages (relative to the root) whose own checks run again. */
      pages: string[];
      /** Pages that are gone: their earlier results are dropped. */
      removed: string[];
      /** True when the set of pages changed, which the registry's checks depend on. */
      registry: boolean;
    };

const DOCS = 'content/docs/';

/**
 * @param changed paths (relative to the root) reported changed, added or removed
 * @param before the pages of the previous check
 * @param after the pages on disk now
 */
export function planRecheck(
  changed: readonly string[],
  before: readonly string[],
  after: readonly string[],
): Recheck {
  const was = new Set(before);
  const is = new Set(after);
  // A file under content/docs that is not a page (a partial, an image) may be part of any page.
  const onlyPages = changed.every((path) => path.startsWith(DOCS) && (was.has(path) || is.has(path)));
  if (!onlyPages) return { kind: 'all' };
  const added = after.filter((page) => !was.has(page));
  const removed = before.filter((page) => !is.has(page));
  const edited = changed.filter((path) => was.has(path) && is.has(path));
  return {
    kind: 'pages',
    pages: [...new Set([...edited, ...added])].sort(),
    removed,
    registry: added.length > 0 || removed.length > 0,
  };
}

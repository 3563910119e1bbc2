/**
 * The order pages are listed in wherever the site lists them: by their
 * sidebar order (pages without one last), then by title in Chinese collation.
 * The sidebar, the lecture catalogue and the case lists agree this way.
 */
export interface Orderable {
  title: string;
  sidebar: { order?: number | undefined };
}

export function bySidebarOrder(a: Orderable, b: Orderable): number {
  return (
    (a.sidebar.order ?? Number.MAX_SAFE_INTEGER) - (b.sidebar.order ?? Number.MAX_SAFE_INTEGER) ||
    a.title.localeCompare(b.title, 'zh-CN')
  );
}

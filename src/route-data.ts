/**
 * Starlight route middleware, a few small adjustments to a page's route data:
 *  - the hero buttons of a splash page are written in its frontmatter as
 *    site paths ("/cases/"), which no Markdown plugin sees; they get the
 *    site's base here, like every other link. The entry is copied, not
 *    changed: the collection's own object may be rendered again.
 *  - on a case page with teaching notes, the table of contents (desktop and
 *    phone) lists 教学笔记 after the page's own sections. The notes are drawn
 *    by the footer (TeachingNotes.astro), outside the Markdown whose
 *    headings Starlight collects.
 *  - a case page's table of contents lists its sections (h2), not every subheading;
 *  - the 专题 group of the sidebar shows its overview and the current page
 *    only (src/lib/content/sidebar-trim.ts): every page listing every
 *    topic made each page heavier as the library grows.
 *  - the head loses the tags that serve no reader of this site (UNUSED_HEAD_TAGS).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { routes } from './lib/routes.ts';
import { TEACHING_NOTES_HEADING } from './lib/teaching/notes.ts';
import { trimSidebar } from './lib/content/sidebar-trim.ts';

/**
 * Sidebar groups listed in full on their overview pages, not on every page.
 * (The 案例 group lists no case at all: astro.config.mjs gives it one link to the 案例库.)
 */
const LONG_GROUPS = ['专题'] as const;

/**
 * Head tags that do nothing here: the generator names (Astro and Starlight versions, for
 * nobody), Twitter's card tags (chat apps read the og: tags, which stay), and the og: tags
 * whose default is right or that link cards do without (og:locale, og:type: every page is
 * Chinese and an "article" card looks like a "website" one; each costs every page ~15 bytes gzip).
 */
const UNUSED_HEAD_TAGS = new Set(['generator', 'twitter:card', 'og:locale', 'og:type']);

const isSitePath = (link: string): boolean => link.startsWith('/') && !link.startsWith('//');

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = trimSidebar(route.sidebar, LONG_GROUPS);
  route.head = route.head.filter(
    ({ tag, attrs }) =>
      tag !== 'meta' || !UNUSED_HEAD_TAGS.has(String(attrs?.['name'] ?? attrs?.['property'])),
  );
  const hero = route.entry.data.hero;
  if (hero?.actions.some((action) => isSitePath(action.link))) {
    const actions = hero.actions.map((action) =>
      isSitePath(action.link) ? { ...action, link: routes.page(action.link) } : action,
    );
    route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions } } };
  }
  const { entry, toc } = route;
  if (!toc || entry.data.kind !== '案例' || !entry.id.startsWith('cases/')) return;
  // Sections only (h2): the table of contents is drawn twice (phone and desktop), and a case's
  // thirty subheadings made it some 200 elements; the subheadings are a scroll away in each section.
  toc.items = toc.items.map((item) => ({ ...item, children: [] }));
  if (!(await getEntry('teaching', entry.id.slice('cases/'.length)))) return;
  toc.items.push({ ...TEACHING_NOTES_HEADING, depth: 2, children: [] });
});

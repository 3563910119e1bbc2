/**
 * Starlight route middleware: the hero buttons of a splash page are written
 * in its frontmatter as site paths ("/cases/"), which no Markdown plugin
 * sees; they get the site's base here, like every other link. The entry is
 * copied, not changed: the collection's own object may be rendered again.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { routes } from './lib/routes.ts';

const isSitePath = (link: string): boolean => link.startsWith('/') && !link.startsWith('//');

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const hero = route.entry.data.hero;
  if (!hero?.actions.some((action) => isSitePath(action.link))) return;
  const actions = hero.actions.map((action) =>
    isSitePath(action.link) ? { ...action, link: routes.page(action.link) } : action,
  );
  route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions } } };
});

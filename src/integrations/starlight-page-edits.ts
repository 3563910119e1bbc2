/**
 * Edits to Starlight's Page.astro, which cannot be overridden (it is the
 * frame every other component sits in). Each edit takes markup out of every
 * page; the build fails if Starlight's source no longer holds what an edit
 * looks for (after an upgrade, check each one again).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PAGE = /@astrojs\/starlight\/(?:dist\/)?components\/Page\.astro$/;

/** What each edit finds in Page.astro and puts in its place. */
const EDITS: ReadonlyArray<readonly [find: RegExp, replace: string]> = [
  // The sidebar's fold-state keeper: our sidebar (overrides/Sidebar.astro) has nothing for it.
  [/<script src="\.\.\/components-internals\/SidebarPersistState"><\/script>/, ''],
  // Its style, global rather than scoped: a scoped style put a class on <html>, <body> and <main>
  // of every page. The same rules at the same specificity (Astro scopes with :where()).
  [/<style>(\s*html:not\(\[data-has-toc\]\))/, '<style is:global>$1'],
  // <main> repeats <html>'s language and direction; it needs them only for a page in another language.
  [
    /lang=\{starlightRoute\.entryMeta\.lang\}\s*dir=\{starlightRoute\.entryMeta\.dir\}/,
    'lang={starlightRoute.entryMeta.lang === starlightRoute.lang ? undefined : starlightRoute.entryMeta.lang} ' +
      'dir={starlightRoute.entryMeta.dir === starlightRoute.dir ? undefined : starlightRoute.entryMeta.dir}',
  ],
  // The print styles in the one stylesheet, under their own @media print, rather than a second
  // <link> in every page's head. Imported first, so that they come before the site's styles, as
  // the <link> did in the head.
  [/import printHref from '\.\.\/style\/print\.css\?url&no-inline';/, ''],
  [/\s*<link rel="stylesheet" href=\{printHref\} media="print" \/>/, ''],
  [/^(---\s*\n)/, "$1import '../style/print.css';\n"],
];

/** Applies EDITS to Starlight's Page.astro; fails the build if one no longer finds its text. */
export function editStarlightPage(): Plugin {
  return {
    name: 'dangjian:starlight-page-edits',
    enforce: 'pre',
    // load, not transform: Astro compiles a component in its own transform, ahead of any other.
    load(id) {
      if (!PAGE.test(id)) return undefined;
      return EDITS.reduce(
        (code, [find, replace]) => {
          if (!find.test(code))
            throw new Error(
              `${id} 中找不到要修改的内容（${String(find)}）：Starlight 升级后请核对 src/integrations/starlight-page-edits.ts。`,
            );
          return code.replace(find, replace);
        },
        readFileSync(id, 'utf8'),
      );
    },
  };
}

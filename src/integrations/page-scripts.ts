/**
 * Puts the scripts every page runs (src/components/common/every-page.ts) into
 * the page module Astro loads on every page, rather than a script tag per
 * component in each page's HTML. Starlight's own script tags go too: the
 * phone menu's element rides in the page module (src/components/overrides/
 * sidebar-pane.ts; our PageFrame.astro has no script), and the sidebar's
 * fold-state keeper (Page.astro, which cannot be overridden) is taken out
 * here, as our sidebar has nothing for it (src/components/overrides/Sidebar.astro).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const EVERY_PAGE = fileURLToPath(new URL('../components/common/every-page.ts', import.meta.url));

/** Starlight components and the script each loses. */
const STARLIGHT_SCRIPTS: ReadonlyArray<readonly [file: RegExp, script: RegExp]> = [
  [
    /@astrojs\/starlight\/(?:dist\/)?components\/Page\.astro$/,
    /<script src="\.\.\/components-internals\/SidebarPersistState"><\/script>/,
  ],
];

/** Takes the scripts above out of Starlight's components; fails the build if one is no longer there. */
function dropStarlightScripts(): Plugin {
  return {
    name: 'dangjian:drop-starlight-scripts',
    enforce: 'pre',
    // load, not transform: Astro compiles a component in its own transform, ahead of any other.
    load(id) {
      const rule = STARLIGHT_SCRIPTS.find(([file]) => file.test(id));
      if (!rule) return undefined;
      const code = readFileSync(id, 'utf8');
      if (!rule[1].test(code))
        throw new Error(
          `${id} 中找不到要移除的脚本：Starlight 升级后请核对 src/integrations/page-scripts.ts。`,
        );
      return code.replace(rule[1], '');
    },
  };
}

export default function pageScripts(): AstroIntegration {
  return {
    name: 'dangjian:page-scripts',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('page', `import ${JSON.stringify(EVERY_PAGE)};`);
        updateConfig({ vite: { plugins: [dropStarlightScripts()] } });
      },
    },
  };
}

/**
 * Puts the scripts every page runs (src/components/common/every-page.ts) into
 * the page module Astro loads on every page, rather than a script tag per
 * component in each page's HTML. Starlight's own script tags go too: the
 * phone menu's element rides in the page module (src/components/overrides/
 * sidebar-pane.ts; our PageFrame.astro has no script), and the sidebar's
 * fold-state keeper (Page.astro, which cannot be overridden) is taken out
 * with the other edits to that page (starlight-page-edits.ts), as our sidebar
 * has nothing for it (src/components/overrides/Sidebar.astro).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editStarlightPage } from './starlight-page-edits.ts';

const EVERY_PAGE = fileURLToPath(new URL('../components/common/every-page.ts', import.meta.url));

export default function pageScripts(): AstroIntegration {
  return {
    name: 'dangjian:page-scripts',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig }) => {
        injectScript('page', `import ${JSON.stringify(EVERY_PAGE)};`);
        updateConfig({ vite: { plugins: [editStarlightPage()] } });
      },
    },
  };
}

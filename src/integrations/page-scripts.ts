/**
 * Puts the scripts every page runs (src/components/common/every-page.ts) into
 * the page module Astro loads on every page, rather than a script tag per
 * component in each page's HTML.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const EVERY_PAGE = fileURLToPath(new URL('../components/common/every-page.ts', import.meta.url));

export default function pageScripts(): AstroIntegration {
  return {
    name: 'dangjian:page-scripts',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(EVERY_PAGE)};`);
      },
    },
  };
}

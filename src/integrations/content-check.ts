/**
 * Checks of the content as a whole, once the site is built: for now, figures
 * recorded in content/data that no page cites (a warning, not an error; see
 * src/lib/markdown/unused-figures.ts). Only `astro build` runs this hook, so
 * dev servers, tests and tools stay quiet.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findUnusedFigures, unusedFiguresWarning } from '../loaders/figure-usage.ts';

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dangjian:content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger }) => {
        const warning = unusedFiguresWarning(findUnusedFigures(root));
        if (warning) logger.warn(warning);
      },
    },
  };
}

/**
 * The Markdown processor exactly as the build gets it: astro.config.mjs
 * resolved by Astro, with every integration's config hook run (Starlight adds
 * remark-directive and asides).
 * Astro does not export these steps, so they are imported from its files: an
 * Astro upgrade that moves them fails here, loudly, rather than quietly
 * testing another pipeline.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroMarkdownOptions, MarkdownProcessor } from '@astrojs/markdown-remark';
import { ROOT } from './paths.ts';

const astroFile = (path: string) => import(pathToFileURL(join(ROOT, 'node_modules/astro/dist', path)).href);

export interface SiteMarkdown {
  processor: MarkdownProcessor<{ remarkPlugins: unknown[]; rehypePlugins: unknown[] }>;
  /** The options Astro's content layer passes to `createRenderer`. */
  shared: AstroMarkdownOptions;
}

export async function siteMarkdown(): Promise<SiteMarkdown> {
  const { resolveConfig } = await astroFile('core/config/config.js');
  const { createSettings } = await astroFile('core/config/settings.js');
  const { runHookConfigSetup } = await astroFile('integrations/hooks.js');
  const { AstroLogger } = await astroFile('core/logger/core.js');
  const { nodeLogDestination } = await astroFile('core/logger/node.js');
  const { astroConfig } = await resolveConfig({ root: ROOT }, 'build');
  const logger = new AstroLogger({ destination: nodeLogDestination, level: 'error' });
  const base = await createSettings(astroConfig, 'error', ROOT);
  const { config } = await runHookConfigSetup({ settings: base, command: 'build', logger });
  const { markdown, image } = config;
  return {
    processor: markdown.processor,
    shared: {
      image,
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
    },
  };
}

/**
 * Runs rehype-light-heading-links after Starlight's heading links, which
 * Starlight appends to the Markdown processor's rehype plugins when it sets
 * up: this integration, listed after Starlight, appends ours behind them.
 * The links are added in the browser (src/components/markdown/heading-links.ts).
 */
import type { AstroIntegration } from 'astro';
import type { RehypePlugins } from '@astrojs/markdown-remark';
import { rehypeLightHeadingLinks } from '../lib/markdown/rehype-light-heading-links.ts';

export default function lightHeadingLinks(): AstroIntegration {
  return {
    name: 'dangjian:light-heading-links',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const options = (config.markdown as { processor?: { options?: { rehypePlugins?: RehypePlugins } } })
          .processor?.options;
        if (!options?.rehypePlugins) {
          logger.warn('Markdown 处理器没有 rehype 插件表：标题链接保持 Starlight 的原样');
          return;
        }
        options.rehypePlugins.push(rehypeLightHeadingLinks);
      },
    },
  };
}

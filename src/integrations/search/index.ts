/**
 * The search integration: serves the search dictionary to the page and worker
 * bundles, and builds the Pagefind index once the site is built (in place of
 * Starlight's indexing, which would segment Chinese its own way).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dictionaryPlugin } from './dictionary-plugin.ts';
import { buildSearchIndex } from './build-index.ts';

export default function search(): AstroIntegration {
  return {
    name: 'dangjian:search',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [dictionaryPlugin(root)],
            // The search worker imports pagefind.js at run time: it must be a module worker.
            worker: { format: 'es', plugins: () => [dictionaryPlugin(root)] },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('正在用 Pagefind 建立搜索索引（双字切分）…');
        const { files, pages, seconds, phases } = await buildSearchIndex(fileURLToPath(dir));
        const s = (n: number) => n.toFixed(1);
        logger.info(
          `搜索索引完成：读入 ${files} 个页面文件，索引 ${pages} 个页面，用时 ${s(seconds)} 秒` +
            `（读文件 ${s(phases.read)}、准备 ${s(phases.prepare)}、Pagefind 加入 ${s(phases.add)}、写出 ${s(phases.write)}）。`,
        );
      },
    },
  };
}

/**
 * Offline use of the served site: once the site is built (and its search
 * index written: this integration comes after the search one), writes the
 * service worker with the list of built files (build-worker.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildServiceWorker } from './build-worker.ts';
import { formatBytes } from '../../lib/offline/protocol.ts';
import { normalizeBasePath } from '../../lib/routes.ts';

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'dangjian:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        // As the links have it: Astro keeps a Chinese base unencoded.
        base = normalizeBasePath(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildServiceWorker(fileURLToPath(dir), base);
        logger.info(
          `service worker：全站 ${report.files} 个文件（${formatBytes(report.bytes)}），安装时先取 ${report.shellFiles} 个。`,
        );
      },
    },
  };
}

/**
 * Checks the diagrams' source files after the build (src/lib/markdown/diagram-files-check.ts):
 * a page naming a diagram with no file, a file that is not its source, or a file no page uses
 * fails the build with the page or file named. Before the service worker's file list.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRoutes } from '../lib/routes.ts';
import { diagramFileProblems } from '../lib/markdown/diagram-files-check.ts';
import { builtHtmlFiles } from './built-pages.ts';

/** The folder of the diagram files under dist/ ("diagrams/"). */
const DIAGRAMS = createRoutes('/')
  .diagram('')
  .replace(/^\/|[^/]*$/g, '');

function builtPages(root: string): Map<string, string> {
  return new Map(
    builtHtmlFiles(root).map((f) => [
      `/${f.replace(/index\.html$/, '')}`,
      readFileSync(join(root, f), 'utf8'),
    ]),
  );
}

function diagramFiles(root: string): Map<string, string> {
  const folder = join(root, DIAGRAMS);
  if (!existsSync(folder)) return new Map();
  return new Map(
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f.slice(0, -'.txt'.length), readFileSync(join(folder, f), 'utf8')]),
  );
}

export default function diagramFilesCheck(): AstroIntegration {
  return {
    name: 'dangjian:diagram-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = diagramFiles(root);
        const problems = diagramFileProblems(builtPages(root), files);
        if (problems.length > 0) throw new Error(`图示文件有误：\n${problems.join('\n')}`);
        logger.info(`图示：${files.size} 个图示文件，每个都有页面用到，页面用到的都在。`);
      },
    },
  };
}

/**
 * Checks of the content as a whole.
 *
 * Before anything is built, the one content check (src/loaders/content-check,
 * also `npm run check:content`): `astro build` stops on a problem, printing
 * each once as file:line; `astro dev` prints the same report at start and
 * again whenever a file under content/ changes.
 *
 * Once the site is built: figures recorded in content/data that no page
 * cites (a warning, not an error; see src/loaders/figure-usage.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { findUnusedFigures, unusedFiguresWarning } from '../loaders/figure-usage.ts';
import { checkContent, contentReport } from '../loaders/content-check/index.ts';

/** Run the check; print its report; true when the content has problems. */
async function report(
  root: string,
  logger: AstroIntegrationLogger,
  quietWhenClean: boolean,
): Promise<boolean> {
  const problems = await checkContent(root);
  if (problems.length > 0) logger.error(contentReport(problems));
  else if (!quietWhenClean) logger.info(contentReport(problems));
  return problems.length > 0;
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dangjian:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build' && (await report(root, logger, true))) {
          // The report says everything; Astro's own error output would add a stack trace.
          process.exit(1);
        }
        if (command === 'dev') await report(root, logger, true);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('change', (path: string) => {
          if (!path.includes('/content/')) return;
          clearTimeout(timer);
          timer = setTimeout(() => void report(root, logger, false), 300);
        });
      },
      'astro:build:done': ({ logger }) => {
        const warning = unusedFiguresWarning(findUnusedFigures(root));
        if (warning) logger.warn(warning);
      },
    },
  };
}

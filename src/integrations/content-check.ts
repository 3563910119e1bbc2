/**
 * Checks of the content as a whole.
 *
 * The one content check (src/loaders/content-check, also `npm run
 * check:content`) lists every problem once as file:line, in Chinese:
 *   - `astro build`: the registry, the data, every page's frontmatter and the
 *     .mdx pages are checked before anything is built; the directives of the
 *     Markdown pages are checked by the build's own rendering of them, which
 *     keeps their problems instead of stopping at the first
 *     (collectProblems) — rendering every page twice cost a third of the
 *     build. Before the pages are built, the build stops on any problem with
 *     one report of them all.
 *   - `astro dev` prints the whole report at start, and again when a file
 *     under content/ changes. After a page is edited only that page is
 *     checked again and the other results are reused (added or removed
 *     pages also recheck the registry); after a data file, everything
 *     (src/loaders/content-check/incremental.ts). The report is the one the
 *     whole check would print.
 *
 * Once the site is built: figures recorded in content/data that no page
 * cites (a warning, not an error; see src/loaders/figure-usage.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findUnusedFigures, unusedFiguresWarning } from '../loaders/figure-usage.ts';
import { checkContent, contentReport } from '../loaders/content-check/index.ts';
import { createContentChecker, type ContentChecker } from '../loaders/content-check/incremental.ts';
import { docsPages } from '../loaders/content-check/markdown.ts';
import { collectProblems, collectedProblems } from '../lib/markdown/problems.ts';
import { freezeSiteData } from '../loaders/site-data.ts';

/** Print the report of a check's problems. */
function print(problems: readonly string[], logger: AstroIntegrationLogger, quietWhenClean: boolean): void {
  if (problems.length > 0) logger.error(contentReport(problems));
  else if (!quietWhenClean) logger.info(contentReport(problems));
}

/** Before a build: everything but the Markdown pages' directives, which the build's rendering checks. */
async function checkBeforeBuild(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const mdx = docsPages(root).filter((page) => page.endsWith('.mdx'));
  if ((await checkContent(root, { markdown: mdx })).length > 0) {
    // Report the pages' problems with the others: one report, all of them.
    print(await checkContent(root), logger, true);
    // The report says everything; Astro's own error output would add a stack trace.
    process.exit(1);
  }
  collectProblems();
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let dataStore: URL | undefined;
  let checker: ContentChecker | undefined;
  // One check at a time: a recheck starts from the results of the one before.
  let checking: Promise<unknown> = Promise.resolve();
  const inTurn = (
    check: (checker: ContentChecker) => Promise<string[]>,
    logger: AstroIntegrationLogger,
    quiet: boolean,
  ) => {
    checker ??= createContentChecker(root);
    const next = checking.then(() => check(checker!)).then((problems) => print(problems, logger, quiet));
    checking = next.catch(() => undefined);
    return next;
  };
  return {
    name: 'dangjian:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        dataStore = new URL('data-store.json', config.cacheDir);
        if (command === 'build') {
          freezeSiteData();
          await checkBeforeBuild(root, logger);
        }
        if (command === 'dev') await inTurn((c) => c.checkAll(), logger, true);
      },
      'astro:build:start': ({ logger }) => {
        const problems = collectedProblems();
        if (problems.length === 0) return;
        logger.error(contentReport(problems));
        // The content store keeps the pages as rendered, problems and all, and renders a
        // page again only when it changes: without it, the next build sees them again.
        if (dataStore) rmSync(dataStore, { force: true });
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const changed = new Set<string>();
        const onContent = (path: string) => {
          if (!path.includes('/content/')) return;
          changed.add(relative(root, path));
          clearTimeout(timer);
          timer = setTimeout(() => {
            const paths = [...changed];
            changed.clear();
            inTurn((c) => c.recheck(paths), logger, false).catch((error: unknown) =>
              logger.error(`内容检查未能完成：${error instanceof Error ? error.message : String(error)}`),
            );
          }, 300);
        };
        // An added or removed page changes what the registry's checks find.
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onContent);
      },
      'astro:build:done': ({ logger }) => {
        const warning = unusedFiguresWarning(findUnusedFigures(root));
        if (warning) logger.warn(warning);
      },
    },
  };
}

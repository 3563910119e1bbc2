/**
 * The content check of `astro dev`: everything at start, then after an edit
 * only what the edit can have changed (src/lib/content/recheck.ts decides),
 * reusing the previous results for the rest. At a thousand cases the whole
 * check costs over a second of the main thread, which the page reload
 * waits for; one page's checks cost milliseconds. The problems come back
 * as the whole check would list them.
 */
import { planRecheck } from '../../lib/content/recheck.ts';
import { checkEachPage, docsPages } from './markdown.ts';
import { lenientSiteData } from './data.ts';
import {
  checkRegistrySection,
  checkSections,
  frontmatterOfEach,
  problemsOf,
  type CheckSections,
} from './index.ts';

export interface ContentChecker {
  /** Check everything; the results are kept for `recheck`. */
  checkAll(): Promise<string[]>;
  /** Check again after the files named (relative to the root) changed, were added or removed. */
  recheck(changed: readonly string[]): Promise<string[]>;
}

export function createContentChecker(root: string): ContentChecker {
  let last: CheckSections | undefined;

  const checkAll = async () => {
    last = await checkSections(root, 'all');
    return problemsOf(last);
  };

  const recheck = async (changed: readonly string[]) => {
    if (!last) return checkAll();
    const pages = docsPages(root);
    const plan = planRecheck(changed, last.pages, pages);
    if (plan.kind === 'all') return checkAll();
    const siteData = last.siteData ?? lenientSiteData(root);
    const frontmatter = new Map(last.frontmatter);
    const markdown = new Map(last.markdown);
    for (const page of plan.removed) {
      frontmatter.delete(page);
      markdown.delete(page);
    }
    for (const [page, problems] of frontmatterOfEach(root, plan.pages)) frontmatter.set(page, problems);
    for (const [page, problems] of await checkEachPage(root, siteData, plan.pages))
      markdown.set(page, problems);
    last = {
      pages,
      registry: plan.registry ? checkRegistrySection(root) : last.registry,
      data: last.data,
      siteData,
      frontmatter,
      markdown,
    };
    return problemsOf(last);
  };

  return { checkAll, recheck };
}

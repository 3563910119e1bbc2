/**
 * Watches a browser context for what a security review looks for: requests
 * to any origin but the site's, Content Security Policy violations (the
 * page's securitypolicyviolation events, workers' and pages' console
 * reports) and any other console error. Every page of the context is
 * watched, those opened later (speaker windows, downloads) too.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageWatch {
  /** "url ← page" of every request that left the site's origin. */
  outside: string[];
  /** "directive blocked-uri ← page" of every CSP violation. */
  violations: string[];
  /** Console errors, with the page they came from. */
  errors: string[];
}

/** Schemes a page may use without a network request to anyone. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

/** Listens in every page for violations, before the page's own scripts run. */
function reportViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `[csp] ${event.effectiveDirective} ${event.blockedURI || 'inline'} ${event.sourceFile}:${event.lineNumber}`,
    );
  });
}

function watchPage(page: Page, watch: PageWatch): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const where = page.url();
    if (text.startsWith('[csp]') || /Content Security Policy/i.test(text))
      watch.violations.push(`${text.slice(0, 160)} ← ${where}`);
    else watch.errors.push(`${text} ← ${where}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`${error.message} ← ${page.url()}`));
}

export async function watchContext(context: BrowserContext, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { outside: [], violations: [], errors: [] };
  await context.addInitScript(reportViolations);
  context.on('request', (request) => {
    const url = request.url();
    if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return;
    if (new URL(url).origin === origin) return;
    let from = '（worker）';
    try {
      from = request.frame().url();
    } catch {
      // A service worker's or worker's request has no frame.
    }
    watch.outside.push(`${url} ← ${from}`);
  });
  for (const page of context.pages()) watchPage(page, watch);
  context.on('page', (page) => watchPage(page, watch));
  return watch;
}

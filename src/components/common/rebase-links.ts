/**
 * Links in HTML that a build wrote into a JSON file, made this page's: the
 * same when the site is served, relative to the page in the offline package
 * (file://), where the build's base does not exist.
 */
import { routes, stripBase } from '../../lib/routes.ts';

export function rebaseLinks(root: ParentNode, base: string): void {
  if (base === routes.base) return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const site = stripBase(base, link.getAttribute('href') ?? '');
    if (site !== undefined) link.setAttribute('href', routes.page(site));
  }
}

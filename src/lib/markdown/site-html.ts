/**
 * A Markdown-tree node that stands for a finished piece of HTML.
 *
 * Our directives are replaced by `siteHtml` nodes carrying a hast element in
 * `data.hName/hProperties/hChildren`, the fields remark-rehype (via
 * mdast-util-to-hast) turns into that element. This keeps the output a real
 * tree — never a `raw` HTML string, which MDX could not compile — and lets
 * Starlight's directive restoration see the directive as handled.
 */
import type { Data, Parent } from 'mdast';
import type { Element, ElementContent, Properties } from 'hast';

interface SiteHtmlData extends Data {
  hName: string;
  hProperties: Properties;
  hChildren: ElementContent[];
  /** Set on figures: the source section they cite, for the page's source list. */
  siteCitation?: { source: string; section: string };
}

export interface SiteHtml extends Parent {
  type: 'siteHtml';
  children: [];
  data: SiteHtmlData;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    siteHtml: SiteHtml;
  }
  interface BlockContentMap {
    siteHtml: SiteHtml;
  }
  interface RootContentMap {
    siteHtml: SiteHtml;
  }
}

/** Wrap a hast element so it can take a node's place in the Markdown tree. */
export function siteHtml(element: Element): SiteHtml {
  return {
    type: 'siteHtml',
    children: [],
    data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  };
}

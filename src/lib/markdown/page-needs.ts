/**
 * Decisions the page component makes from a page's rendered Markdown: which
 * client scripts it needs.
 */

export interface PageNeeds {
  /** :term or :fig tooltips (class site-term or site-fig). */
  tooltips: boolean;
  /** Mermaid diagrams (data-diagram). */
  diagrams: boolean;
  /** Tables that may scroll sideways (data-table-scroll). */
  tables: boolean;
}

/** True if some element of the HTML carries the attribute (text mentioning it does not count). */
const hasAttribute = (html: string, name: string) => new RegExp(`<[a-z][^<>]*\\s${name}=`).test(html);

export function pageNeeds(html: string): PageNeeds {
  return {
    tooltips: /\sclass="site-(term|fig)[" ]/.test(html),
    diagrams: hasAttribute(html, 'data-diagram'),
    tables: hasAttribute(html, 'data-table-scroll'),
  };
}

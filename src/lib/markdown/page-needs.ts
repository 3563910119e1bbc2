/**
 * Decisions the page component makes from a page's rendered Markdown: which
 * client scripts it needs.
 */
import { FIGURE_CLASS, TABLE_FRAME_CLASS, TERM_CLASS } from './markup.ts';

export interface PageNeeds {
  /** :term or :fig tooltips (class term or fig). */
  tooltips: boolean;
  /** Mermaid diagrams (data-diagram). */
  diagrams: boolean;
  /** Tables that may scroll sideways (in a table frame). */
  tables: boolean;
}

/** True if some element of the HTML carries the attribute (text mentioning it does not count). */
const hasAttribute = (html: string, name: string) => new RegExp(`<[a-z][^<>]*\\s${name}=`).test(html);

/** True if some element of the HTML has one of the classes (as the pipeline writes them: first, in quotes). */
const hasClass = (html: string, ...names: string[]) =>
  new RegExp(`<[a-z][^<>]*\\sclass="(${names.join('|')})[" ]`).test(html);

export function pageNeeds(html: string): PageNeeds {
  return {
    tooltips: hasClass(html, TERM_CLASS, FIGURE_CLASS),
    diagrams: hasAttribute(html, 'data-diagram'),
    tables: hasClass(html, TABLE_FRAME_CLASS),
  };
}

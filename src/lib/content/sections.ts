/**
 * Cuts a rendered page (HTML) into its h2 sections and picks each section's
 * lead paragraph, for the side-by-side comparison by outline section.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { selectAll } from 'hast-util-select';
import type { Element, ElementContent, Root } from 'hast';

export interface SectionLead {
  /** Heading text, e.g. "组织架构". */
  heading: string;
  /** Id of the heading element (the section's anchor). */
  headingId: string;
  /** HTML of the first paragraph, citation markers removed. */
  leadHtml: string;
  /** Plain text of the whole section, for length hints. */
  textLength: number;
}

/** Elements that only make sense in their own page (citation markers, anchors' self links). */
const PAGE_LOCAL = '.site-cite, sup.cite, .sl-anchor-link';

function stripPageLocal(node: Element): Element {
  const clone = structuredClone(node);
  for (const el of selectAll(PAGE_LOCAL, clone)) {
    el.children = [];
    el.properties = { hidden: true };
  }
  // Without the paragraph's markers, each figure prints its own citation again.
  for (const figure of selectAll('.site-fig[data-cited-beside]', clone))
    delete figure.properties['dataCitedBeside'];
  return clone;
}

function isElement(node: ElementContent | Root['children'][number]): node is Element {
  return node.type === 'element';
}

/** The top-level blocks of a page body; Starlight wraps each h2 in a div.sl-heading-wrapper. */
function headingIn(node: Element): Element | undefined {
  if (node.tagName === 'h2') return node;
  if (node.tagName === 'div' && String(node.properties['className'] ?? '').includes('sl-heading-wrapper')) {
    return node.children.find((c): c is Element => isElement(c) && c.tagName === 'h2');
  }
  return undefined;
}

export function sectionLeads(html: string): SectionLead[] {
  const root = fromHtml(html, { fragment: true });
  const sections: SectionLead[] = [];
  let current: SectionLead | undefined;
  for (const node of root.children.filter(isElement)) {
    const heading = headingIn(node);
    if (heading) {
      current = {
        heading: toText(heading).trim(),
        headingId: String(heading.properties['id'] ?? ''),
        leadHtml: '',
        textLength: 0,
      };
      sections.push(current);
      continue;
    }
    if (!current) continue;
    current.textLength += toText(node).length;
    if (!current.leadHtml && node.tagName === 'p' && toText(node).trim().length > 0) {
      current.leadHtml = toHtml(stripPageLocal(node));
    }
  }
  return sections;
}

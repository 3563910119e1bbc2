/**
 * Cuts a rendered page (HTML) into its h2 sections and picks each section's
 * lead paragraph, for the side-by-side comparison by outline section.
 *
 * The compare page reads every case page this way, so the tree is
 * htmlparser2's (as in src/lib/search/): about a tenth of the cost of parse5
 * and hast per page. The HTML is Astro's own rendering; it is parsed and
 * written back without decoding its character references, so a lead comes
 * out exactly as the case page has it.
 */
import { parseDocument } from 'htmlparser2';
import { selectAll } from 'css-select';
import render from 'dom-serializer';
import { replaceElement, textContent } from 'domutils';
import { cloneNode, isTag, Text, type AnyNode, type Element } from 'domhandler';
import { CITE_MARKER } from '../markdown/markup.ts';

export interface SectionLead {
  /** Heading text, e.g. "组织架构". */
  heading: string;
  /** Id of the heading element (the section's anchor). */
  headingId: string;
  /** HTML of the first paragraph, citation markers removed, its in-page links led to the page. */
  leadHtml: string;
}

/** Elements that only make sense in their own page (citation markers). */
const PAGE_LOCAL = CITE_MARKER;

/**
 * Character references kept as written, on the way in and out; an empty
 * attribute written out as Astro writes it (data-tip="").
 */
const ROUND_TRIP = { decodeEntities: false, emptyAttrs: true } as const;

const all = (selector: string, root: AnyNode): Element[] => selectAll<AnyNode, Element>(selector, root);

function stripPageLocal(node: Element, pageUrl: string): Element {
  const clone = cloneNode(node, true);
  // The page writes links into itself as bare fragments (a figure's to its source): here they lead back to it.
  for (const link of all('a[href^="#"]', clone)) link.attribs['href'] = `${pageUrl}${link.attribs['href']}`;
  // Emptied and hidden, as written out verbatim (the round trip does not escape text): <sup hidden></sup>.
  for (const el of all(PAGE_LOCAL, clone)) replaceElement(el, new Text(`<${el.name} hidden></${el.name}>`));
  // Without the paragraph's markers each figure prints its own citation again: the tooltip script
  // marks a figure only beside a marker of its passage (cited-beside.ts), and these are emptied.
  return clone;
}

/** The sections of the page at `pageUrl` (a site URL, base included), rendered as `html`. */
export function sectionLeads(html: string, pageUrl: string): SectionLead[] {
  const root = parseDocument(html, ROUND_TRIP);
  const sections: SectionLead[] = [];
  let current: SectionLead | undefined;
  for (const node of root.children.filter(isTag)) {
    // A section starts at each top-level h2 (the page writes its headings bare).
    const heading = node.name === 'h2' ? node : undefined;
    if (heading) {
      current = {
        heading: textContent(heading).trim(),
        headingId: heading.attribs['id'] ?? '',
        leadHtml: '',
      };
      sections.push(current);
      continue;
    }
    if (current && !current.leadHtml && node.name === 'p' && textContent(node).trim().length > 0) {
      current.leadHtml = render(stripPageLocal(node, pageUrl), ROUND_TRIP);
    }
  }
  return sections;
}

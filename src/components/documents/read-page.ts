/**
 * What the document tools read from a page besides its content: the
 * embedded source records (DocumentSources.astro) and the page's title and
 * description.
 */
import type { SourceRecord } from '../../lib/documents/gbt7714.ts';
import { contentElements, describeBlock } from '../../lib/teaching/blocks.ts';
import { domElement } from '../teaching/present/dom-tree.ts';

/** A generated file, ready to download. */
export interface MadeFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** The source records embedded in a document, by id. */
export function readSources(root: ParentNode): Map<string, SourceRecord> {
  const out = new Map<string, SourceRecord>();
  for (const script of root.querySelectorAll('script[data-document-sources]')) {
    try {
      for (const record of JSON.parse(script.textContent ?? '[]') as SourceRecord[])
        out.set(record.id, record);
    } catch {
      // A damaged record leaves its figures' footnotes saying "出处见网页版"; the document is still made.
    }
  }
  return out;
}

/** Title and description of the page a document is open on. */
export function pageHead(doc: Document): { title: string; description?: string } {
  const title = doc.querySelector('h1')?.textContent?.trim() || doc.title;
  const description = doc.querySelector<HTMLMetaElement>('meta[name="description"]')?.content?.trim();
  return { title, ...(description ? { description } : {}) };
}

/** The page's content elements and their blocks, as the slide splitter sees them (presentation mode's plan). */
export function pageBlocks(doc: Document) {
  const container = doc.querySelector('.sl-markdown-content');
  const elements = container ? contentElements(domElement(container)) : [];
  return { elements, blocks: elements.map(describeBlock) };
}

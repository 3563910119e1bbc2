/**
 * Shared by the document tests: render a fixture page the way the site does
 * (tests/unit/markdown/render.ts, fixture data), read it as the minimal tree
 * the converter reads, and read generated files back (they are zip packages
 * of XML).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { FIXTURE_DATA_ROOT, FIXTURES, renderMarkdown } from '../markdown/render.ts';
import { hastElement } from '../../../src/lib/teaching/hast-tree.ts';
import type { ElementLike } from '../../../src/lib/teaching/blocks.ts';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { toSourceRecord, type SourceRecord } from '../../../src/lib/documents/gbt7714.ts';

/** The fixture data's sources as the page tools embed them. */
export function fixtureSources(): Map<string, SourceRecord> {
  const data = loadSiteData(FIXTURE_DATA_ROOT);
  return new Map([...data.sources.values()].map(({ value }) => [value.id, toSourceRecord(value)]));
}

/** The fixture data's figures, by id. */
export function fixtureFigures() {
  return new Map([...loadSiteData(FIXTURE_DATA_ROOT).figures.values()].map(({ value }) => [value.id, value]));
}

/** A content container (as Starlight wraps a page) of rendered HTML. */
function contentOf(html: string): ElementLike {
  const root = fromHtml(`<div class="sl-markdown-content">${html}</div>`, { fragment: true });
  return hastElement(root.children.find((c): c is Element => c.type === 'element')!);
}

/** tests/fixtures/documents/<name>.md rendered and wrapped. */
export async function fixturePage(name: string): Promise<ElementLike> {
  const path = join(FIXTURES, 'documents', `${name}.md`);
  return contentOf(await renderMarkdown(readFileSync(path, 'utf8'), path));
}

/** The parts of an OOXML package, text parts decoded. */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, new TextDecoder().decode(data)]));
}

/** Text of each <w:p> (Word) or <a:p> (slides) paragraph in an XML part, in order. */
export function paragraphs(xml: string, tag: 'w:p' | 'a:p' = 'w:p'): string[] {
  const texts = tag === 'w:p' ? /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g : /<a:t>([^<]*)<\/a:t>/g;
  const open = new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, 'g');
  return [...xml.matchAll(open)].map((m) =>
    [...m[0].matchAll(texts)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  );
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A 1×1 white PNG, standing in for a drawn diagram (the browser draws real ones). */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

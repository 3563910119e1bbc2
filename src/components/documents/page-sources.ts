/**
 * The source records of a case or topic page, for its document tools: Word
 * handouts cite them in footnotes and "引用本页" lists them, both in GB/T 7714
 * form, which needs author, publisher and date apart (the page shows them run
 * together). The page does not carry them (they were some 0.2 KB gzip of
 * every case page): the first use of a tool reads the site's one file of
 * records (kept for offline use like any file read) and puts the page's own
 * in the page, where readSources (read-page.ts) finds them. Pages that carry
 * theirs (the lecture tools, DocumentSources.astro) keep them.
 */
import type { SourceRecord } from '../../lib/documents/gbt7714.ts';
import { citedSources } from '../../lib/documents/cited-sources.ts';
import { routes } from '../../lib/routes.ts';
import { loadJson } from '../offline/load-json.ts';

const SELECTOR = 'script[data-document-sources]';

/**
 * The `source-…` anchors and the `#source-…` fragments of the links in the page's content (what
 * its documents are made of, source list included; not the teaching notes' citations).
 */
function sourceAnchors(doc: Document): Set<string> {
  const content = doc.querySelector('.sl-markdown-content') ?? doc;
  const anchors = new Set<string>();
  for (const el of content.querySelectorAll('[id^="source-"]')) anchors.add(el.id);
  for (const link of content.querySelectorAll<HTMLAnchorElement>('a[href*="#source-"]'))
    anchors.add(decodeURIComponent(link.hash.slice(1)));
  return anchors;
}

let embedding: Promise<void> | undefined;

/** Puts the page's source records in the page, unless it has them (once; a failure may be retried). */
export function embedPageSources(doc: Document): Promise<void> {
  if (doc.querySelector(SELECTOR)) return Promise.resolve();
  embedding ??= loadJson(routes.plannerSources())
    .then((all) => {
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.dataset['documentSources'] = '';
      script.textContent = JSON.stringify(citedSources(all as SourceRecord[], sourceAnchors(doc)));
      doc.body.append(script);
    })
    .catch((error: unknown) => {
      embedding = undefined;
      throw new Error(`没能读取来源信息（${error instanceof Error ? error.message : String(error)}）`);
    });
  return embedding;
}

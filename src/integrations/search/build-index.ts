/**
 * Builds the Pagefind index of the built site, replacing Starlight's own
 * indexing step (its `pagefind` option is off in astro.config.mjs).
 *
 * Every page goes through prepareHtmlForIndex (bigram tokens, see
 * src/lib/search/tokens.ts) and is indexed as a language Pagefind does not
 * segment (`und`), so that the words in the index are exactly the words the
 * query side asks for. Two settings are measured choices (EVIDENCE.md):
 *   - indexChunkSize: postings per index chunk. Pagefind loads the chunks
 *     a query's words fall in, and every first search loads the list of
 *     all chunks (in its metadata file): smaller chunks cut the first, more
 *     chunks grow the second. The best size grows with the square root of
 *     the index (the two costs are equal there), so it follows the number of
 *     pages. Pagefind reads it from an environment variable it marks
 *     unstable, so a test checks that the chunks come out small.
 *   - CLASS_WEIGHTS: figures stated as data count more than figures cited.
 *   - RECORDS: the glossary's entries are results of their own.
 *   - EXCLUDE: page furniture that is not the page's text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { builtHtmlFiles } from '../built-pages.ts';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareDocuments, withoutFacets, type RecordRule } from '../../lib/search/index-html.ts';
import { createRoutes } from '../../lib/routes.ts';
import { CITE_MARKER, FIGURE_CLASS, SOURCE_LIST_CLASS, TOOLTIP } from '../../lib/markdown/markup.ts';

/** The language the index is built as: undetermined, i.e. split on spaces only. */
export const INDEX_LANGUAGE = 'und';

/** Postings per index chunk for the site of seven cases, about a hundred pages (Pagefind's default is 20 000). */
const INDEX_CHUNK_SIZE = 1200;
const PAGES_AT_CHUNK_SIZE = 100;

/**
 * Postings per index chunk for a site of `files` pages: INDEX_CHUNK_SIZE at
 * a hundred, growing with the square root of the pages (1 200 at 100, about
 * 2 700 at 500, 7 600 at 4 000). At a fixed 1 200, a hundred synthetic cases
 * made 862 chunks, whose list was a 15.8 KB download of every first search;
 * at 4 000, 295 chunks and 8.4 KB, the chunks a query loads growing from
 * about 2 KB to 4 KB (bench:scale, EVIDENCE.md).
 */
export function indexChunkSize(files: number): number {
  return Math.round(INDEX_CHUNK_SIZE * Math.sqrt(Math.max(1, files / PAGES_AT_CHUNK_SIZE)));
}

/**
 * A figure's value where a page states it as data: a figure table drawn on
 * the page (::figure-table). Weighted so that searching a number (863)
 * brings up the page the number belongs to before the pages that cite it in
 * passing, which are shorter and would otherwise win on length.
 */
const CLASS_WEIGHTS = { 'site-fig-value': 4 } as const;

/**
 * On a case page the figures in its text are its own: they weigh as a
 * figure table's do, so that 863 finds 长沙's case first. (Each case's
 * figures page is not indexed: the same figures, found here.)
 */
const CASE_PAGE_WEIGHTS = { ...CLASS_WEIGHTS, [FIGURE_CLASS]: 4 } as const;

const CASES_PATH = createRoutes('/').cases();
const isCasePage = (url: string) => url.startsWith(CASES_PATH) && url !== CASES_PATH;

/**
 * Parts of a page indexed as results of their own: the 134 entries of the
 * glossary. As one page, the glossary was a 50 KB download for any term
 * searched, and slow to excerpt; as entries, a term query finds the entry.
 * An entry keeps its definitions and aliases; its lists of links to sources,
 * cases, topics and rules are other pages' titles, not its text.
 * `data-search-record` lets any page opt in.
 */
export const RECORDS: RecordRule = {
  select: 'article.glossary-entry[id], [data-search-record][id]',
  drop: '.glossary-entry__facts > div:not(:has([data-glossary-aliases]))',
};

/**
 * Page furniture inside the indexed <main> that is not the page's text: it
 * would add noise words (the source title on every row of a table makes
 * every row match 四项再造), bytes to every excerpt download, and junk
 * excerpts. Removed before indexing (the pages themselves keep it):
 *   - the teaching toolbar (演示、打印、组合讲座);
 *   - a case page's summary box (its models and themes are the page's
 *     `keywords` meta and filters already, and as text they made the
 *     excerpt of every case a run-together list of slogans);
 *   - citation markers (出处[1]);
 *   - the tooltips of terms and figures (a definition or a source, said where
 *     it belongs: on the glossary entry and the figures table);
 *   - the list of sources and their sections at the foot of case and topic
 *     pages (the same records are on /about/sources/);
 *   - in a figure table drawn on a page (::figure-table), the year, level
 *     and source cells (the label and the value stay);
 *   - a case page's related cases and its teaching notes (other cases'
 *     titles, and a trainer's questions about the case, are not its text).
 *     Selected here rather than marked data-pagefind-ignore on every page.
 */
const EXCLUDE = [
  '.page-tools',
  'section.case-meta',
  CITE_MARKER,
  TOOLTIP,
  `section.${SOURCE_LIST_CLASS}`,
  '[data-figure-table] td:not(.site-fig-value)',
  'section.related-cases',
  'section.teaching-notes',
];

/** The attribute of the element Pagefind indexes (Starlight's <main>). */
const BODY_ATTRIBUTE = 'data-pagefind-body';

export interface IndexReport {
  /** HTML files read. */
  files: number;
  /** Pages in the index (files with a data-pagefind-body). */
  pages: number;
  seconds: number;
  /** Where the seconds went: reading files, our preparation, Pagefind adding pages, Pagefind writing. */
  phases: Record<IndexPhase, number>;
}

type IndexPhase = 'read' | 'prepare' | 'add' | 'write';

/** Seconds per phase, summed over the pages (the step's growth with the library is read from these). */
function phaseClock() {
  const phases: Record<IndexPhase, number> = { read: 0, prepare: 0, add: 0, write: 0 };
  const time = async <T>(phase: IndexPhase, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      phases[phase] += (performance.now() - started) / 1000;
    }
  };
  return { phases, time };
}

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${what} 失败：${response.errors.join('；')}`);
  return response;
}

export async function buildSearchIndex(dist: string): Promise<IndexReport> {
  const started = performance.now();
  const previous = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  const files = builtHtmlFiles(dist);
  // Read by the Pagefind binary, which the API spawns with this process's environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize(files.length));
  const { phases, time } = phaseClock();
  try {
    const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), '建立索引');
    if (!index) throw new Error('Pagefind 没有返回索引');
    for (const file of files) {
      const html = await time('read', () => readFileSync(join(dist, file), 'utf8'));
      // Pagefind leaves out a page without data-pagefind-body once any page has one (Starlight's
      // pages all do): pages kept out of the index (a case's quiz and figures page, the 404) need
      // not be parsed.
      if (!html.includes(BODY_ATTRIBUTE)) continue;
      const url = `/${file.replace(/index\.html$/, '')}`;
      const documents = await time('prepare', () =>
        prepareDocuments(html, url, {
          weights: isCasePage(url) ? CASE_PAGE_WEIGHTS : CLASS_WEIGHTS,
          records: RECORDS,
          exclude: EXCLUDE,
        }),
      );
      for (const document of documents) {
        await time('add', async () =>
          check(await index.addHTMLFile({ url: document.url, content: document.html }), document.url),
        );
      }
      // Indexed: the facets, for the indexer only, leave the page readers download.
      const served = withoutFacets(html);
      if (served !== html) writeFileSync(join(dist, file), served);
    }
    await time('write', async () =>
      check(await index.writeFiles({ outputPath: join(dist, 'pagefind') }), '写出索引'),
    );
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = entry.languages[INDEX_LANGUAGE]?.page_count ?? 0;
    return { files: files.length, pages, seconds: (performance.now() - started) / 1000, phases };
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
    else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = previous;
  }
}

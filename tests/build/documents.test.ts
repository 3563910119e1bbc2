/**
 * Fidelity of the generated documents on every built case and topic page:
 * each figure a Word handout or slide shows is the figure in
 * content/data/figures, as the site formats it, and its footnote names what
 * is counted and the figure's own source section in GB/T 7714 form. The
 * footnotes are read back from the .docx, in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { citedPassage } from '../helpers/cited-passage.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { formatFigure } from '../../src/lib/figures/format.ts';
import { keyOfFigure } from '../../src/lib/figures/identify.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';
import { routes } from '../../src/lib/routes.ts';
import { hastElement } from '../../src/lib/teaching/hast-tree.ts';
import { contentElements, describeBlock } from '../../src/lib/teaching/blocks.ts';
import { pageDeck } from '../../src/lib/teaching/deck.ts';
import { convertContent, convertElement } from '../../src/lib/documents/from-content.ts';
import { deckDocument } from '../../src/lib/documents/deck-document.ts';
import { docxBytes } from '../../src/lib/documents/docx.ts';
import { pageDocument } from '../../src/lib/documents/page-document.ts';
import { passageReference, type SourceRecord } from '../../src/lib/documents/gbt7714.ts';
import { citedSources } from '../../src/lib/documents/cited-sources.ts';
import type { DocBlock, Inline } from '../../src/lib/documents/model.ts';
import { chineseQuotes } from '../../src/lib/documents/text.ts';
import { paragraphs, unzip } from '../unit/documents/helpers.ts';
import { CITE_LINK, CITE_MARKER } from '../../src/lib/markdown/markup.ts';

const data = loadSiteData(ROOT);
const pages = allPageUrls().filter(
  (url) => /^\/(cases|topics)\/[^/]+\/$/.test(url) && readPage(url).$('[data-doc-download]'),
);

/** The site's source records, which a page's document tools read on first use (page-sources.ts). */
const ALL_SOURCES = JSON.parse(readFileSync(join(DIST, 'planner', 'sources.json'), 'utf8')) as SourceRecord[];

/** The records the page's document tools take: those its content's source anchors and links name (as page-sources.ts reads them). */
function sourcesOf(url: string): Map<string, SourceRecord> {
  const content = readPage(url).$('.sl-markdown-content')!;
  const anchors = new Set([
    ...selectAll('[id^="source-"]', content).map((el) => String(el.properties['id'])),
    ...selectAll('a[href*="#source-"]', content).map((el) =>
      decodeURIComponent(String(el.properties['href']).replace(/^[^#]*#/, '')),
    ),
  ]);
  return new Map(citedSources(ALL_SOURCES, anchors).map((s) => [s.id, s]));
}

function runsOf(blocks: readonly DocBlock[]): Inline[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return b.runs;
    if (b.kind === 'list') return b.items.flatMap((i) => i.runs);
    if (b.kind === 'table') return [...b.header, ...b.rows].flat().flatMap((c) => c.paragraphs.flat());
    return [];
  });
}

/** Figure ids by the key a rendered figure gives (its passage and label: src/lib/figures/identify.ts). */
const idByKey = new Map([...data.figures.values()].map(({ value }) => [keyOfFigure(value), value.id]));
const idOf = (key: string): string => idByKey.get(key) ?? `（数据中没有 ${key}）`;

/** What a figure run must say, from the data. */
function expectedFigure(id: string, sources: Map<string, SourceRecord>) {
  const figure = data.figures.get(id)?.value;
  if (!figure) throw new Error(`数据中没有数字 ${id}`);
  const source = sources.get(figure.source);
  if (!source) throw new Error(`页面的来源信息中没有 ${figure.source}`);
  return {
    text: formatFigure(figure),
    label: chineseQuotes(figure.label),
    reference: passageReference(source, figure.section),
    missing: figure.missing,
  };
}

describe('documents made from the built pages', () => {
  it('covers every case and topic page', () => {
    expect(pages.filter((u) => u.startsWith('/cases/')).sort()).toEqual(
      CASE_SLUGS.map((slug) => routes.case(slug)).sort(),
    );
    expect(pages.filter((u) => u.startsWith('/topics/')).length).toBeGreaterThan(5);
  });

  it.each(pages)(
    '%s: every figure in the Word handout is the data’s, with its own source in its footnote',
    async (url) => {
      const built = readPage(url);
      const sources = sourcesOf(url);
      const blocks = convertContent(hastElement(built.$('.sl-markdown-content')!), { sources });
      const runs = runsOf(blocks);
      const figures = runs.filter((r): r is Extract<Inline, { kind: 'figure' }> => r.kind === 'figure');
      // The document holds what the page shows: not the columns of cases the comparison hides.
      const shown =
        built.$$('.sl-markdown-content .fig').length - built.$$('.sl-markdown-content [hidden] .fig').length;
      expect(figures.length).toBe(shown);
      for (const run of figures) {
        const want = expectedFigure(idOf(run.key), sources);
        expect(run.text, run.key).toBe(want.text);
        // A lost number reads 〔缺〕 in the text; its note says what the mark stands for.
        const shown = want.missing ? `原文未给出数字（文中标作“${want.text}”）` : want.text;
        expect(run.note, run.key).toBe(`${want.label}：${shown}。出处：${want.reference}`);
      }
      // The file's footnotes are those notes, figures and citation markers alike, in order.
      const model = pageDocument({ title: built.text('h1'), url, blocks, date: new Date(2026, 11, 6) });
      const parts = unzip(await docxBytes(model));
      const notes = paragraphs(parts.get('word/footnotes.xml')!).filter((t) => t !== '');
      const expected = runs.flatMap((r) => (r.kind === 'figure' || r.kind === 'cite' ? [r.note] : []));
      expect(notes).toEqual(expected);
      // Every citation marker resolved to a source the page embeds.
      expect(runs.filter((r) => r.kind === 'cite').length).toBe(
        built.$$(`.sl-markdown-content ${CITE_MARKER}`).length,
      );
    },
  );

  it.each(pages.filter((u) => u.startsWith('/cases/')))(
    '%s: the figures shown large on slides are the data’s',
    (url) => {
      const built = readPage(url);
      const sources = sourcesOf(url);
      const elements = contentElements(hastElement(built.$('.sl-markdown-content')!));
      const slides = pageDeck({ key: url, title: built.text('h1'), blocks: elements.map(describeBlock) });
      const deck = deckDocument(built.text('h1'), slides, {
        contentOf: (slide) =>
          slide.plan.refs.flatMap((ref) => convertElement(elements[ref.block]!, { sources }, ref)),
        notesOf: () => undefined,
      });
      const shown = deck.slides.flatMap((s) => s.figures);
      expect(shown.length).toBeGreaterThan(0);
      for (const figure of shown) {
        const want = expectedFigure(idOf(figure.key), sources);
        const record = data.figures.get(idOf(figure.key))!.value;
        expect(figure.text).toBe(want.text);
        expect(figure.citation).toBe(
          chineseQuotes(
            `《${sources.get(record.source)!.title}》${sources.get(record.source)!.sections[record.section]}`,
          ),
        );
      }
    },
  );

  it('gives each page the record of every source it cites', () => {
    for (const url of pages) {
      const built = readPage(url);
      const cited = new Set(
        built
          .$$(`.sl-markdown-content ${CITE_LINK}`)
          .map((el) => citedPassage(el.properties['href'])?.split('#')[0]),
      );
      for (const id of cited) expect(sourcesOf(url).has(id!), `${url} ${id}`).toBe(true);
    }
  });

  it('keeps of each source only the sections the page cites or links (not a whole multi-city source)', () => {
    // Case pages: the compare topic gathers cells from outside its Markdown, and keeps whole sources.
    for (const url of pages.filter((u) => u.startsWith('/cases/'))) {
      const built = readPage(url);
      const content = built.$('.sl-markdown-content')!;
      const cited = new Set([
        ...selectAll('[href*="#source-"], li[id^="source-"]', content).map((el) =>
          decodeURIComponent(String(el.properties['href'] ?? `#${String(el.properties['id'])}`)).replace(
            /^.*#source-/,
            '',
          ),
        ),
      ]);
      for (const [id, record] of sourcesOf(url)) {
        const kept = Object.keys(record.sections);
        expect(kept.length, `${url} ${id}`).toBeGreaterThan(0);
        for (const section of kept)
          expect(
            cited.has(`${id}#${section}`) || cited.has(`${id}-${section}`),
            `${url} ${id}#${section}`,
          ).toBe(true);
      }
    }
    // The forum source holds three cities; the 池州 page keeps only 池州's sections.
    expect(
      Object.keys(sourcesOf('/cases/chizhou/').get('forum')!.sections).every((s) => !s.startsWith('gz')),
    ).toBe(true);
  });
});

describe('link cards', () => {
  it('every page names a title, a description and the default picture, which is a 1200×630 PNG', () => {
    const png = readFileSync(join(DIST, 'og-default.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    for (const url of allPageUrls().filter((u) => !u.includes('404'))) {
      const page = readPage(url);
      const meta = (property: string) => page.$(`meta[property="${property}"]`)?.properties['content'];
      expect(meta('og:title'), url).toBeTruthy();
      expect(meta('og:description'), url).toBeTruthy();
      // Absolute with SITE_URL; this build has none, so the path under the site, no made-up domain.
      expect(String(meta('og:image')), url).toBe('/og-default.png');
    }
  });
});

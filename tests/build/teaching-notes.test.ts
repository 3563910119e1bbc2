/** Teaching notes on the built case pages, and the trainer tools under the title. */
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';
import { loadCollection } from '../../src/loaders/site-data.ts';
import { CASE_SLUGS } from '../../src/lib/schemas/vocabulary.ts';
import { TEACHING_PATH, teachingNotesSchema } from '../../src/lib/schemas/teaching.ts';
import { describeContent } from '../../src/lib/teaching/blocks.ts';
import { pageDeck } from '../../src/lib/teaching/deck.ts';
import { hastElement } from '../../src/lib/teaching/hast-tree.ts';
import { minutesIn, NOTES_LISTS, NOTES_MARKS } from '../../src/lib/teaching/notes.ts';
import { NOTES_SECTION } from '../../src/lib/teaching/notes-section.ts';
import type { Element } from 'hast';

const notes = new Map(
  loadCollection(ROOT, TEACHING_PATH, teachingNotesSchema, (n) => n.case).map((n) => [n.value.case, n.value]),
);

describe('every case page', () => {
  it('shows its teaching notes, or says plainly that it has none yet', () => {
    for (const slug of CASE_SLUGS) {
      const page = readPage(`/cases/${slug}/`);
      if (notes.has(slug)) {
        expect(page.$(`main ${NOTES_SECTION}`), slug).toBeDefined();
      } else {
        expect(page.text('main [data-teaching-notes-empty]'), slug).toContain('暂无教学笔记');
      }
    }
  });
});

describe.each(CASE_SLUGS.filter((slug) => notes.has(slug)))('case page %s with teaching notes', (slug) => {
  const page = readPage(`/cases/${slug}/`);
  const data = notes.get(slug);

  it('ends with its teaching notes in a section trainers can fold away', () => {
    const section = page.$(`main ${NOTES_SECTION}`);
    expect(section).toBeDefined();
    if (!section) return;
    expect(toText(select('h2', section) ?? section)).toBe('教学笔记');
    expect(select('details[open] > summary', section)).toBeDefined();
    const headings = selectAll('h3', section).map((h) => toText(h));
    expect(headings).toEqual(['学习目标', '讨论题', '关键要点', '常见误解', '案例对照']);
    expect(selectAll('.teaching-notes__questions > li', section)).toHaveLength(data?.questions.length ?? -1);
    // Comparison prompts link to the other cases.
    const links = selectAll('a[href^="/cases/"]', section).map((a) => String(a.properties['href']));
    for (const c of data?.comparisons ?? []) expect(links).toContain(`/cases/${c.case}/`);
    // After the page content, outside it (so neither slides nor search pick the notes up as content).
    expect(select(`.sl-markdown-content ${NOTES_SECTION}`, page.tree)).toBeUndefined();
  });

  it('holds each item of the notes where speaker notes read it from the page (NOTES_MARKS)', () => {
    const section = page.$(`main ${NOTES_SECTION}`);
    if (!section) throw new Error('no notes');
    const lists = selectAll(NOTES_MARKS.lists, section);
    expect(lists).toHaveLength(NOTES_LISTS.length);
    const items = (list: (typeof NOTES_LISTS)[number]) =>
      lists[NOTES_LISTS.indexOf(list)]!.children.filter((c): c is Element => c.type === 'element');
    const texts = (list: (typeof NOTES_LISTS)[number], mark: string) =>
      items(list).flatMap((li) => {
        const node = select(mark, li);
        return node ? [toText(node).trim()] : [];
      });
    expect(items('objectives').map((li) => toText(li).trim())).toEqual(data?.objectives);
    expect(texts('questions', NOTES_MARKS.question)).toEqual(data?.questions.map((q) => q.question));
    expect(texts('questions', NOTES_MARKS.hint)).toEqual(data?.questions.flatMap((q) => q.hint ?? []));
    expect(texts('takeaways', NOTES_MARKS.text)).toEqual(data?.takeaways.map((t) => t.point));
    expect(texts('misunderstandings', NOTES_MARKS.claim)).toEqual(
      data?.misunderstandings.map((m) => m.claim),
    );
    expect(texts('misunderstandings', NOTES_MARKS.correction)).toEqual(
      data?.misunderstandings.map((m) => m.correction),
    );
    expect(texts('comparisons', NOTES_MARKS.text)).toEqual(data?.comparisons.map((c) => c.prompt));
    // Each item's section, where the page has that section, is its "对应" link.
    const h2s = new Set(page.$$('main h2').map((h) => toText(h).trim()));
    for (const list of ['questions', 'takeaways', 'misunderstandings'] as const)
      expect(texts(list, NOTES_MARKS.section), list).toEqual(
        (data?.[list] ?? []).flatMap((item) => (h2s.has(item.section ?? '') ? [item.section] : [])),
      );
    // The suggested length is read from the summary's text.
    expect(minutesIn(page.text(`${NOTES_SECTION} ${NOTES_MARKS.minutes}`))).toBe(data?.minutes);
    // Once on the page: no second copy as JSON.
    expect(page.$('script[type="application/json"][data-teaching-notes-json]')).toBeUndefined();
  });

  it('links each citation to its passage in the page’s own 来源 list, or to the sources page where the page lacks it', () => {
    const section = page.$(`main ${NOTES_SECTION}`);
    if (!section) throw new Error('no notes');
    const cites = selectAll('li > small > a', section)
      .map((a) => String(a.properties['href']))
      .filter((href) => href.includes('#source-'));
    const expected = [
      ...(data?.questions ?? []),
      ...(data?.takeaways ?? []),
      ...(data?.misunderstandings ?? []),
    ].flatMap((item) => item.cite);
    expect(cites).toHaveLength(expected.length);
    let inPage = 0;
    for (const href of cites) {
      const id = decodeURIComponent(href.split('#')[1]!);
      const onPage = page.$(`.source-list li[id="${id}"]`) !== undefined;
      expect(href, id).toBe(onPage ? `#${id}` : `/about/sources/#${id}`);
      if (onPage) inPage++;
    }
    expect(inPage, 'most cited passages are in the page’s own list').toBeGreaterThan(cites.length / 2);
  });

  it('lists 教学笔记 in the table of contents (one copy, for desktop and phone)', () => {
    expect(page.$$('starlight-toc')).toHaveLength(1);
    const links = page.$$('starlight-toc a').map((a) => String(a.properties['href']));
    expect(links).toContain('#教学笔记');
    expect(page.$('[id="教学笔记"]')).toBeDefined();
  });
});

describe.each(CASE_SLUGS)('case page %s', (slug) => {
  const page = readPage(`/cases/${slug}/`);

  it('offers 演示 and 打印 under the title, and plans a deck of at least one slide per h2', () => {
    expect(page.$('[data-present-button]')).toBeDefined();
    expect(page.$('[data-print-button]')).toBeDefined();
    const container = page.$('.sl-markdown-content');
    if (!container) throw new Error('no content');
    const deck = pageDeck({
      key: slug,
      title: page.text('h1'),
      blocks: describeContent(hastElement(container)),
    });
    expect(deck.length).toBeGreaterThanOrEqual(page.$$('.sl-markdown-content h2').length + 1);
  });
});

describe('pages that are not cases', () => {
  it('carry no teaching notes, and only case and topic pages offer 演示', () => {
    for (const url of allPageUrls()) {
      const page = readPage(url);
      if (!url.startsWith('/cases/') || url === '/cases/') expect(page.$(NOTES_SECTION), url).toBeUndefined();
      const presentable = /^\/(cases|topics)\/[^/]+\/$/.test(url);
      if (!presentable) expect(page.$('[data-present-button]'), url).toBeUndefined();
    }
  });
});

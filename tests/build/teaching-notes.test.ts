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

const notes = new Map(
  loadCollection(ROOT, TEACHING_PATH, teachingNotesSchema, (n) => n.case).map((n) => [n.value.case, n.value]),
);

describe('every case page', () => {
  it('shows its teaching notes, or says plainly that it has none yet', () => {
    for (const slug of CASE_SLUGS) {
      const page = readPage(`/cases/${slug}/`);
      if (notes.has(slug)) {
        expect(page.$('main [data-teaching-notes]'), slug).toBeDefined();
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
    const section = page.$('main [data-teaching-notes]');
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
    expect(select('.sl-markdown-content [data-teaching-notes]', page.tree)).toBeUndefined();
  });

  it('marks each item of the notes for speaker notes, which read them from the page', () => {
    const section = page.$('main [data-teaching-notes]');
    if (!section) throw new Error('no notes');
    const texts = (list: string, mark: string) =>
      selectAll(`[data-notes="${list}"] > li ${mark}`, section).map((node) => toText(node).trim());
    expect(selectAll('[data-notes="objectives"] > li', section).map((li) => toText(li).trim())).toEqual(
      data?.objectives,
    );
    expect(texts('questions', '[data-notes-text]')).toEqual(data?.questions.map((q) => q.question));
    expect(texts('questions', '[data-notes-hint]')).toEqual(data?.questions.flatMap((q) => q.hint ?? []));
    expect(texts('takeaways', '[data-notes-text]')).toEqual(data?.takeaways.map((t) => t.point));
    expect(texts('misunderstandings', '[data-notes-correction]')).toEqual(
      data?.misunderstandings.map((m) => m.correction),
    );
    // Once on the page: no second copy as JSON.
    expect(page.$('script[type="application/json"][data-teaching-notes-json]')).toBeUndefined();
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
      if (!url.startsWith('/cases/') || url === '/cases/')
        expect(page.$('[data-teaching-notes]'), url).toBeUndefined();
      const presentable = /^\/(cases|topics)\/[^/]+\/$/.test(url);
      if (!presentable) expect(page.$('[data-present-button]'), url).toBeUndefined();
    }
  });
});

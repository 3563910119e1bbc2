import { describe, expect, it } from 'vitest';
import {
  FIELD_ROWS,
  NOT_YET_COMPARED,
  OUTLINE,
  compareColumn,
  type ColumnLookups,
  type CompareRows,
} from '../../../src/lib/content/compare-columns.ts';
import { COMPARE_FIELDS, type CompareField } from '../../../src/lib/schemas/compare.ts';

const lookups: ColumnLookups = {
  figure: (id) => ({
    text: id === 'cs-863' ? '863个' : '〔缺〕个',
    missing: id !== 'cs-863',
    citation: `出处 ${id}`,
  }),
  cite: (cite) => ({ href: `/about/sources/#${cite.replace('#', '-')}`, text: `第${cite.split('#')[1]}节` }),
  caseUrl: (slug, anchor) => `/cases/${slug}/${anchor ? `#${anchor}` : ''}`,
};
const absent = { cites: [], absent: true };
const rows: CompareRows = {
  fields: {
    ...(Object.fromEntries(Object.keys(COMPARE_FIELDS).map((k) => [k, absent])) as Record<
      CompareField,
      typeof absent
    >),
    levels: { text: '小区党支部:fig[cs-863]', anchor: 'zu-zhi', cites: ['changsha#s2'], absent: false },
  },
  keyFigures: ['cs-863', 'cs-x'],
};
const lead = {
  heading: '概况',
  headingId: 'gai-kuang',
  leadHtml: '<p>长沙的<a href="/reference/glossary/d/#x">做法</a></p>',
};

describe('compareColumn', () => {
  const column = compareColumn(
    { slug: 'changsha', city: '长沙', rows, leads: new Map([['概况', lead]]) },
    lookups,
  );

  it('has a cell for every structured row and every outline section, each naming the city for phone cards', () => {
    expect(column.fields).toHaveLength(FIELD_ROWS.length);
    expect(column.outline).toHaveLength(OUTLINE.length);
    for (const cell of [...column.fields, ...column.outline])
      expect(cell).toMatch(/^<p class="compare-city">长沙<\/p>/);
    expect(column.href).toBe('/cases/changsha/');
  });

  it('shows figures from the data with their citation, links the passage and the sources', () => {
    const levels = column.fields[0]!;
    expect(levels).toContain(
      '<span class="compare-fig" data-figure-ref="cs-863" title="出处 cs-863">863个</span>',
    );
    expect(levels).toContain(
      '<a href="/cases/changsha/#zu-zhi">案例页段落</a> · <a href="/about/sources/#changsha-s2">第s2节</a>',
    );
    expect(column.fields.at(-1)).toContain('data-missing');
  });

  it('says 材料未涉及 to screen readers where the material is silent, and 尚未编入 for a case without rows', () => {
    expect(column.fields[1]).toContain('<span class="sr-only">材料未涉及</span>');
    const pending = compareColumn({ slug: 'x', city: '某地', rows: undefined, leads: new Map() }, lookups);
    for (const cell of pending.fields) expect(cell).toContain(NOT_YET_COMPARED);
    for (const cell of pending.outline) expect(cell).toContain('本节没有正文段落');
  });

  it('keeps the lead paragraph as the case page rendered it, with a link to the section', () => {
    expect(column.outline[0]).toContain(`<div class="compare-lead">${lead.leadHtml}</div>`);
    expect(column.outline[0]).toContain('<a href="/cases/changsha/#gai-kuang">阅读本节</a>');
  });
});

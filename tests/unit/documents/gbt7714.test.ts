/** References in GB/T 7714-2015 form, from the real source records. */
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../../../src/loaders/site-data.ts';
import { ROOT } from '../../helpers/paths.ts';
import {
  authorsOf,
  pageReference,
  passageReference,
  sourceReference,
  toSourceRecord,
} from '../../../src/lib/documents/gbt7714.ts';
import { chineseQuotes, documentFileName } from '../../../src/lib/documents/text.ts';

const sources = new Map(
  [...loadSiteData(ROOT).sources.values()].map(({ value }) => [value.id, toSourceRecord(value)]),
);

describe('GB/T 7714 references', () => {
  it('cites a dated news commentary with its author, outlet and date', () => {
    expect(sourceReference(sources.get('shanghai')!)).toBe(
      '金信烨. 上海如何发挥街道社区党组织的“轴心”作用[N]. 上观新闻, 2021-12-28.',
    );
  });

  it('says what a record does not know instead of guessing, and keeps only the year for other material', () => {
    expect(sourceReference(sources.get('changsha')!)).toBe(
      '长沙市“四项再造”推进城市基层党建案例[Z]. [出版地不详]: [出版者不详], [出版年不详].',
    );
    expect(sourceReference(sources.get('xihu')!)).toMatch(/\[Z\]\. \[出版地不详\]: \[出版者不详\], 2023\.$/);
  });

  it('lists several authors by name without the notes in brackets', () => {
    expect(authorsOf('王世彤（广州）、孔凡萍（济宁）、张杰华（池州）')).toBe('王世彤, 孔凡萍, 张杰华');
    expect(authorsOf('甲、乙、丙、丁')).toBe('甲, 乙, 丙, 等');
    expect(sourceReference(sources.get('forum')!)).toMatch(/^王世彤, 孔凡萍, 张杰华\. 党建论坛/);
  });

  it('puts the cited section where a book gives its page', () => {
    expect(passageReference(sources.get('shanghai')!, 's1')).toBe(
      '金信烨. 上海如何发挥街道社区党组织的“轴心”作用[N]. 上观新闻, 2021-12-28: 推动街道社区减负提能.',
    );
  });

  it('cites a page of the site as an online resource with the reader’s date', () => {
    expect(
      pageReference({
        site: '城市基层党建案例库',
        title: '长沙："四项再造"',
        url: 'https://x.org/cases/changsha/',
        accessed: '2026-12-06',
      }),
    ).toBe('城市基层党建案例库. 长沙：“四项再造”[EB/OL]. [2026-12-06]. https://x.org/cases/changsha/.');
  });

  it('writes no straight quotes next to Chinese in any reference', () => {
    for (const source of sources.values()) {
      expect(sourceReference(source)).not.toMatch(/"/);
    }
    expect(chineseQuotes('社区"大党委"和"1+1+N+X"')).toBe('社区“大党委”和“1+1+N+X”');
  });
});

describe('file names', () => {
  const date = new Date(2026, 11, 6);
  it('carry the title, the kind of document and the date as 公文 write it', () => {
    expect(documentFileName('长沙："四项再造"', '讲义', date, 'docx')).toBe(
      '长沙：“四项再造”（讲义）2026年12月6日.docx',
    );
  });
  it('replace characters file systems refuse and cut very long titles', () => {
    const name = documentFileName(`a/b:c*${'长'.repeat(200)}`, '幻灯片', date, 'pptx');
    expect(name).toMatch(/^a_b_c_长+…（幻灯片）2026年12月6日\.pptx$/);
    expect(name.length).toBeLessThan(90);
    expect(documentFileName('   ', '讲义', date, 'docx')).toBe('未命名（讲义）2026年12月6日.docx');
  });
});

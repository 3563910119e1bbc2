import { describe, expect, it } from 'vitest';
import { buildDictionary, createDictionary } from '../../../src/lib/search/dictionary.ts';
import { buildSiteDictionary } from '../../../src/loaders/search-dictionary.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('search dictionary', () => {
  const data = buildDictionary({
    glossary: [{ term: '大党委', aliases: ['社区大党委', '社区“大党委”'] }],
    pages: [
      {
        title: '长沙',
        kind: '案例',
        models: ['四项再造', '楼宇建党委、企业建支部', '四力（组织力、引领力）'],
      },
      { title: '社区减负与事务清单', kind: '专题', models: [] },
    ],
    vocabulary: ['长沙', '网格'],
    extraAliases: [
      ['大工委', '大党工委'],
      ['大党工委', '街道大党工委'],
    ],
  });

  it('takes terms from the glossary, models, topic titles and vocabularies', () => {
    expect(data.terms).toEqual(
      expect.arrayContaining([
        '大党委',
        '社区大党委',
        '四项再造',
        '楼宇建党委',
        '企业建支部',
        '四力',
        '组织力',
        '社区减负',
        '事务清单',
        '长沙',
        '网格',
      ]),
    );
  });

  it('drops one-character terms and duplicates', () => {
    expect(data.terms.every((t) => [...t].length >= 2)).toBe(true);
    expect(new Set(data.terms).size).toBe(data.terms.length);
  });

  it('merges alias groups that share a spelling', () => {
    const dictionary = createDictionary(data);
    expect(dictionary.spellings('大工委').sort()).toEqual(['大党工委', '大工委', '街道大党工委']);
    expect(dictionary.spellings('社区大党委')[0]).toBe('社区大党委');
    expect(dictionary.spellings('网格')).toEqual(['网格']);
  });

  it('is built from the site content, small enough to ship', () => {
    const site = buildSiteDictionary(ROOT);
    const dictionary = createDictionary(site);
    for (const term of ['大党委', '四项再造', '1+4+n', '南昌西湖区', '网格党支部', '双报到']) {
      expect(dictionary.has(term), term).toBe(true);
    }
    // Spellings come from the glossary's aliases, and places from their parts.
    expect(dictionary.spellings('大工委')).toContain('大党工委');
    expect(dictionary.spellings('两新组织')).toContain('两新');
    expect(dictionary.spellings('南昌')).toContain('南昌西湖区');
    expect(JSON.stringify(site).length).toBeLessThan(40_000);
  });
});

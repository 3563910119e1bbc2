/**
 * The content check (npm run check:content, run by the build before anything
 * else) on the real content, and its pieces on small inputs. Planted mistakes
 * in a whole copy of the site are in tests/build/new-case.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, contentReport } from '../../../src/loaders/content-check/index.ts';
import { didYouMean, editDistance, nearest } from '../../../src/lib/data/nearest.ts';
import { strayNumbers } from '../../../src/lib/markdown/remark-prose-numbers.ts';
import { casesNotYetCompared } from '../../../src/lib/content/related-cases.ts';
import { CASE_RECORDS } from '../../../src/lib/content/registry.ts';
import { CITIES, CASE_SLUGS, PROVINCES, SOURCE_IDS } from '../../../src/lib/schemas/vocabulary.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('check:content on the real content', () => {
  it('finds no problem', async () => {
    const problems = await checkContent(ROOT);
    expect(contentReport(problems)).toBe(contentReport([]));
  }, 60_000);
});

describe('the content report', () => {
  it('counts every problem and lists the first fifty, one a line', () => {
    const problems = Array.from(
      { length: 73 },
      (_, i) => `content/docs/cases/c${i}.md:${i + 1}  未知的数据 :fig[x${i}]`,
    );
    const lines = contentReport(problems).split('\n');
    expect(lines[0]).toBe('内容检查发现 73 处问题（下面列出前 50 处，改正后再运行可见其余）：');
    expect(lines.slice(1)).toEqual(problems.slice(0, 50).map((p) => `  ${p}`));
  });

  it('lists all of them when there are fifty or fewer', () => {
    const problems = ['a.md:1  一', 'b.md:2  二', 'c.md:3  三'];
    expect(contentReport(problems)).toBe('内容检查发现 3 处问题：\n  a.md:1  一\n  b.md:2  二\n  c.md:3  三');
  });
});

describe('the case registry', () => {
  it('is where every list of cities, provinces, sources and slugs comes from', () => {
    expect(CASE_SLUGS).toEqual(CASE_RECORDS.map((c) => c.slug));
    expect(CITIES).toEqual(CASE_RECORDS.map((c) => c.city));
    expect(new Set(PROVINCES)).toEqual(new Set(CASE_RECORDS.map((c) => c.province)));
    expect(new Set(SOURCE_IDS)).toEqual(new Set(CASE_RECORDS.map((c) => c.source)));
  });
});

describe('nearest valid ids', () => {
  it('measures edit distance on characters, Chinese included', () => {
    expect(editDistance('sl-wangge', 'sl-wanggee')).toBe(1);
    expect(editDistance('大党委', '大大党委')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });

  it('suggests close ids, closest first, and nothing when none is close', () => {
    expect(nearest('sl-wanggee', ['sl-wangge', 'sl-shequ', 'jn-wangge'])).toEqual(['sl-wangge', 'jn-wangge']);
    expect(didYouMean('sl-wanggee', ['sl-wangge'])).toBe('；你是不是要写 sl-wangge？');
    expect(didYouMean('完全无关', ['sl-wangge'])).toBe('');
  });
});

describe('numbers typed into case prose', () => {
  it('finds counts, but not years, dates, quoted names or model names', () => {
    const found = (text: string, models: string[] = []) => strayNumbers(text, models).map((n) => n.number);
    expect(found('全市共有120个网格，占88%。')).toEqual(['120', '88']);
    expect(found('2019年12月1日起推行。')).toEqual([]);
    expect(found('推行“6X”联办和1+4+N制度。', ['1+4+N'])).toEqual([]);
    expect(found('7办5中心之外，另设3个中心。', ['7办5中心'])).toEqual(['3']);
  });
});

describe('cases a topic does not compare yet', () => {
  const cases = [
    { slug: 'a', city: '甲', themes: ['网格化治理'] },
    { slug: 'b', city: '乙', themes: ['网格化治理', '党员管理'] },
    { slug: 'c', city: '丙', themes: ['党员管理'] },
  ];
  it('are those sharing a theme that the topic never links to', () => {
    const topic = { themes: ['网格化治理'], body: '见[甲](/cases/a/#x)。' };
    expect(casesNotYetCompared(topic, cases).map((c) => c.slug)).toEqual(['b']);
  });
});

import { describe, expect, it } from 'vitest';
import { idLikeTokens } from '../../../src/lib/content/reader-text.ts';

describe('idLikeTokens', () => {
  it('finds ids, source codes, file names and commands', () => {
    expect(idLikeTokens('解析（见 gz-xiezhu-xiang-yuan）')).toEqual(['gz-xiezhu-xiang-yuan']);
    expect(idLikeTokens('规则包 id：xihu-zonghe')).toEqual(['xihu-zonghe']);
    expect(idLikeTokens('编辑：第一书记（zh-m01）')).toEqual(['zh-m01']);
    expect(idLikeTokens('章节 s3-2-1')).toEqual(['s3-2-1']);
    expect(idLikeTokens('引用代号 forum')).toEqual(['forum']);
    expect(idLikeTokens('见 content/data/figures.yaml')).toEqual(
      expect.arrayContaining(['content', 'data', 'figures.yaml']),
    );
    expect(idLikeTokens('运行 npm run check-plan')).toEqual(['npm', 'run', 'check-plan']);
  });

  it('leaves reader text alone: numbers, ranges, dates, model names, acronyms, addresses', () => {
    const text =
      '共863个，3—5人，11-15个科室，2021-12-28，“1+4+N”，ABC分类管理，A4 纸，导出 JSON 或 CSV，' +
      'Ctrl+P，PgDn，https://dangjian.example/cases/xihu/，双击其中的 index.html';
    expect(idLikeTokens(text)).toEqual([]);
  });
});

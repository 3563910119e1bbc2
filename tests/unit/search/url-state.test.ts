import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/lib/search/url-state.ts';

describe('search page address', () => {
  it('writes the query and the filters, a facet repeated per value', () => {
    const url = writeState({ query: ' 大党委 ', filters: { 类型: ['案例'], 城市: ['长沙', '广州'] } });
    expect(decodeURIComponent(url)).toBe(
      '?q=大党委&city=长沙&city=广州&kind=案例'.replace(
        '&city=长沙&city=广州&kind=案例',
        '&kind=案例&city=长沙&city=广州',
      ),
    );
  });

  it('reads back what it wrote', () => {
    const state = { query: '双报到', filters: { 主题: ['党员管理'], 层级: ['市级'] } };
    expect(readState(writeState(state))).toEqual(state);
  });

  it('ignores unknown and empty parameters', () => {
    expect(readState('?q=&foo=bar&city=')).toEqual({ query: '', filters: {} });
    expect(writeState({ query: '', filters: {} })).toBe('');
  });
});

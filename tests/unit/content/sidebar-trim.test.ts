import { describe, expect, it } from 'vitest';
import { trimSidebar } from '../../../src/lib/content/sidebar-trim.ts';

const link = (label: string, isCurrent = false) => ({ type: 'link' as const, label, isCurrent });
const sidebar = (current?: string) => [
  {
    type: 'group' as const,
    label: '案例',
    entries: [link('案例库'), ...['长沙', '广州', '济宁'].map((city) => link(city, city === current))],
  },
  { type: 'group' as const, label: '术语与数据', entries: [link('术语表'), link('数据一览')] },
];

describe('trimSidebar', () => {
  it('cuts a long group to its overview, with the count of its pages, and the page being read', () => {
    const [cases, reference] = trimSidebar(sidebar('广州'), ['案例']);
    expect(cases).toEqual({
      type: 'group',
      label: '案例',
      entries: [link('案例库（3 篇）'), link('广州', true)],
    });
    expect(reference).toEqual(sidebar()[1]);
  });

  it('keeps the overview alone on a page outside the group', () => {
    const [cases] = trimSidebar(sidebar(), ['案例']);
    expect(cases).toEqual({ type: 'group', label: '案例', entries: [link('案例库（3 篇）')] });
  });
});

import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { nextId, pageKey, pageUrl } from '../../../src/lib/markdown/directives.ts';

const file = (path: string) => new VFile({ path: `/site/${path}`, cwd: '/site' });

describe('pageUrl', () => {
  it('maps a docs file to the URL Starlight gives it', () => {
    expect(pageUrl(file('content/docs/cases/changsha.md'))).toBe('/cases/changsha/');
    expect(pageUrl(file('content/docs/about/authoring.mdx'))).toBe('/about/authoring/');
    expect(pageUrl(file('content/docs/cases/index.md'))).toBe('/cases/');
    expect(pageUrl(file('content/docs/index.mdx'))).toBe('/');
  });

  it('is empty outside content/docs (links stay within the page)', () => {
    expect(pageUrl(file('tests/fixtures/figures/basic/input.md'))).toBe('');
    expect(pageUrl(new VFile({ value: 'x' }))).toBe('');
  });
});

describe('nextId', () => {
  it('numbers repeated ids on a page and keys them by page', () => {
    const a = file('content/docs/cases/changsha.md');
    const b = file('content/docs/cases/guangzhou.md');
    expect(pageKey(a)).toMatch(/^[0-9a-f]{6}$/);
    expect(pageKey(a)).not.toBe(pageKey(b));
    expect(nextId(a, 'term-tip-x')).toBe(`term-tip-x-${pageKey(a)}-1`);
    expect(nextId(a, 'term-tip-x')).toBe(`term-tip-x-${pageKey(a)}-2`);
    expect(nextId(a, 'term-tip-y')).toBe(`term-tip-y-${pageKey(a)}-1`);
    expect(nextId(b, 'term-tip-x')).toBe(`term-tip-x-${pageKey(b)}-1`);
  });
});

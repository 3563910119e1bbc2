import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDigest } from '../../../src/loaders/markdown.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'digest-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('renderDigest', () => {
  const base = {
    'content/data/figures/a.yaml': '- id: a\n',
    'src/lib/markdown/remark-x.ts': 'export {};\n',
    'content/docs/page.md': '正文\n',
  };

  it('is stable for the same inputs', () => {
    expect(renderDigest(project(base))).toBe(renderDigest(project(base)));
  });

  it('changes when the data or the pipeline code changes', () => {
    const digest = renderDigest(project(base));
    expect(renderDigest(project({ ...base, 'content/data/figures/a.yaml': '- id: b\n' }))).not.toBe(digest);
    expect(
      renderDigest(project({ ...base, 'src/lib/markdown/remark-x.ts': 'export const x = 1;\n' })),
    ).not.toBe(digest);
  });

  it('ignores the pages themselves (Astro re-renders a page whose text changed)', () => {
    const digest = renderDigest(project(base));
    expect(renderDigest(project({ ...base, 'content/docs/page.md': '改过的正文\n' }))).toBe(digest);
  });
});

/**
 * Every internal URL comes from src/lib/routes.ts: no other file of src/ or
 * scripts/ may spell a site path such as '/cases/…' in a string, where it
 * would miss the base. Comments may (they explain what a URL looks like).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

const SECTIONS = 'cases|topics|rules|reference|planner|quiz|lecture|about|search|schemas|data|pagefind';
/** A quote or backtick, then a site path: '/cases/', `/rules/${…}`, href="/about/sources/#…". */
const HAND_BUILT = new RegExp(`[\`'"]/(${SECTIONS})/`);
/** Files with code in them (Markdown and data are checked by the build's crawl). */
const CODE = /\.(ts|tsx|mts|mjs|js|astro)$/;
const ALLOWED = new Set(['src/lib/routes.ts']);

function isComment(line: string): boolean {
  const t = line.trim();
  return t.startsWith('*') || t.startsWith('//') || t.startsWith('/*') || t.startsWith('{/*');
}

function handBuiltUrls(): string[] {
  const found: string[] = [];
  for (const dir of ['src', 'scripts']) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      const path = `${dir}/${file}`;
      if (!CODE.test(path) || ALLOWED.has(path)) continue;
      readFileSync(join(ROOT, path), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!isComment(line) && HAND_BUILT.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`);
        });
    }
  }
  return found;
}

describe('internal URLs', () => {
  it('are built by the routes module only', () => {
    expect(handBuiltUrls()).toEqual([]);
  });

  it('would be caught here (the check itself works)', () => {
    expect(HAND_BUILT.test('href={`/cases/${slug}/`}')).toBe(true);
    expect(HAND_BUILT.test('<a href="/rules/">')).toBe(true);
    expect(HAND_BUILT.test("fetch('/planner/data.json')")).toBe(true);
    expect(HAND_BUILT.test('routes.case(slug)')).toBe(false);
  });
});

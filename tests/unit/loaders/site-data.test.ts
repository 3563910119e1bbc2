import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termIndex } from '../../../src/lib/glossary/names.ts';
import { currentSiteData } from '../../../src/loaders/site-data.ts';
import { FIXTURE_DATA_ROOT } from '../markdown/render.ts';

function copyOfFixtureData(): string {
  const root = mkdtempSync(join(tmpdir(), 'site-data-'));
  cpSync(join(FIXTURE_DATA_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

describe('currentSiteData', () => {
  it('returns the same snapshot while content/data is unchanged', () => {
    const root = copyOfFixtureData();
    expect(currentSiteData(root)).toBe(currentSiteData(root));
  });

  it('reloads when a data file changes on disk (astro dev)', () => {
    const root = copyOfFixtureData();
    const file = join(root, 'content/data/figures/changsha.yaml');
    expect(currentSiteData(root).figures.get('cs-863')?.value.value).toBe(863);
    writeFileSync(file, readFileSync(file, 'utf8').replace('value: 863', 'value: 864'));
    // Same size; a later modification time alone must be noticed.
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(currentSiteData(root).figures.get('cs-863')?.value.value).toBe(864);
  });

  it('reloads when a data file is added', () => {
    const root = copyOfFixtureData();
    expect(currentSiteData(root).figures.has('cs-new')).toBe(false);
    writeFileSync(
      join(root, 'content/data/figures/chizhou.yaml'),
      '- { id: cs-new, value: 1, unit: 个, label: 新条目, themes: [组织体系], source: changsha, section: s2-1 }\n',
    );
    expect(currentSiteData(root).figures.has('cs-new')).toBe(true);
  });
});

describe('termIndex over the fixture glossary', () => {
  const terms = termIndex([...currentSiteData(FIXTURE_DATA_ROOT).glossary.values()].map((l) => l.value));

  it('finds an entry by term and by alias', () => {
    expect(terms.get('大党委')?.id).toBe('da-dang-wei');
    expect(terms.get('社区大党委')?.id).toBe('da-dang-wei');
    expect(terms.get('不存在')).toBeUndefined();
  });

  it('refuses a name two entries claim, naming both', () => {
    expect(terms.get('支部')).toBeUndefined();
    expect(terms.conflicts('支部')).toEqual(['wang-ge-dang-zhi-bu', 'dang-zhi-bu']);
    expect(terms.conflicts('大党委')).toBeUndefined();
  });
});

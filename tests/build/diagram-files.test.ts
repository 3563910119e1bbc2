/**
 * The diagrams' sources as files of their own (src/lib/markdown/diagram-key.ts): every key a
 * built page names has its file in dist/diagrams/, each file is the Mermaid source of the diagram
 * its page describes, and no file is left that no page names. The asides carry no SVG icon: the
 * site's stylesheet draws Starlight's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { allPageUrls, readPage } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { diagramFileProblems } from '../../src/lib/markdown/diagram-files-check.ts';
import { parseOutline } from '../../src/lib/markdown/mermaid-outline.ts';
import { ASIDE_ICON_PATHS } from '../../src/lib/markdown/aside-icons.ts';

const FOLDER = join(DIST, 'diagrams');
const pages = allPageUrls().map((url) => readPage(url));
const files = new Map(
  readdirSync(FOLDER).map((name) => [name.replace(/\.txt$/, ''), readFileSync(join(FOLDER, name), 'utf8')]),
);

describe('diagram source files', () => {
  it('are there for every diagram a page names, are their sources, and none is left over', () => {
    expect(files.size).toBeGreaterThan(10);
    expect([...files.keys()].every((key) => /^[0-9a-z]+$/.test(key))).toBe(true);
    expect(diagramFileProblems(new Map(pages.map((p) => [p.url, p.html])), files)).toEqual([]);
  });

  it('hold the diagram each page describes in words', () => {
    const figures = pages.flatMap((page) =>
      page.$$('main figure[data-diagram]').map((figure) => ({ page, figure })),
    );
    expect(figures.length).toBeGreaterThanOrEqual(files.size);
    for (const { page, figure } of figures) {
      const key = String(selectAll('[data-diagram-key]', figure)[0]?.properties['dataDiagramKey']);
      const source = files.get(key);
      expect(source, `${page.url} ${key}`).toBeDefined();
      const words = toText(selectAll('.site-diagram__text', figure)[0]!).replace(/\s+/g, '');
      const labels = [...parseOutline(source!).nodes.values()].map((node) => node.label.replace(/\s+/g, ''));
      expect(labels.length).toBeGreaterThan(1);
      for (const label of labels) expect(words, `${page.url} ${key}`).toContain(label);
    }
  });

  it('are not in the pages: a canvas carries only its key and its size', () => {
    const canvases = pages.flatMap((page) => page.$$('main .site-diagram__canvas'));
    expect(canvases.length).toBeGreaterThan(0);
    for (const canvas of canvases)
      expect(Object.keys(canvas.properties).sort()).toEqual([
        'ariaHidden',
        'className',
        'dataDiagramKey',
        'style',
      ]);
  });

  it('are kept for offline use by the service worker', () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    for (const key of files.keys()) expect(worker).toContain(`/diagrams/${key}.txt`);
  });
});

describe('aside icons', () => {
  it('are not written into any page as SVG', () => {
    const asides = pages.flatMap((page) => page.$$('aside.starlight-aside').map((a) => ({ page, a })));
    expect(asides.length).toBeGreaterThan(0);
    for (const { page, a } of asides) expect(selectAll('svg', a), page.url).toEqual([]);
  });

  it('are drawn by the stylesheet with Starlight’s own paths', () => {
    const css = readdirSync(join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
      .join('\n');
    for (const [variant, paths] of Object.entries(ASIDE_ICON_PATHS)) {
      const rule = new RegExp(`\\.starlight-aside--${variant}\\{--site-aside-icon:url\\(([^)]*)\\)`).exec(
        css,
      );
      expect(rule, variant).not.toBeNull();
      for (const d of paths) expect(decodeURIComponent(rule![1]!), variant).toContain(d);
    }
  });

  it('match the icons Starlight itself gives each variant', async () => {
    const starlight = join(DIST, '..', 'node_modules/@astrojs/starlight/dist/components-internals/Icons.js');
    expect(existsSync(starlight)).toBe(true);
    const { Icons } = (await import(starlight)) as { Icons: Record<string, string> };
    const names = { note: 'information', tip: 'rocket', caution: 'warning', danger: 'error' } as const;
    for (const [variant, paths] of Object.entries(ASIDE_ICON_PATHS)) {
      const ds = [...Icons[names[variant as keyof typeof names]]!.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]);
      expect(ds, variant).toEqual(paths);
    }
  });
});

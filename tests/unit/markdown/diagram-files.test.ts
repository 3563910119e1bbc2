/**
 * The pieces behind the diagrams' source files: the key the page writes is the key of the source
 * the endpoint reads from the same Markdown; the after-build check names a missing, wrong or
 * unused file; and the asides lose only their variant's own SVG icon.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { ROOT } from '../../helpers/paths.ts';
import { renderMarkdown } from './render.ts';
import { diagramKey } from '../../../src/lib/markdown/diagram-key.ts';
import { mermaidSources, parsedSources, scannedSources } from '../../../src/lib/markdown/diagram-sources.ts';
import { diagramFileProblems, keysInPage } from '../../../src/lib/markdown/diagram-files-check.ts';
import { rehypeAsideIcons } from '../../../src/lib/markdown/rehype-aside-icons.ts';
import { ASIDE_ICON_PATHS } from '../../../src/lib/markdown/aside-icons.ts';

const PAGE = `# 页

:::note[说明]
内含图示：

\`\`\`mermaid caption="甲乙"
flowchart TD
  a["甲"] --> b["乙"]
\`\`\`
:::

\`\`\`\`markdown
\`\`\`mermaid caption="示例，不是图"
flowchart TD
  x --> y
\`\`\`
\`\`\`\`

\`\`\`mermaid caption="丙丁"
flowchart LR
  c["丙"] -->|下设| d["丁"]
\`\`\`
`;

describe('diagram keys', () => {
  it('are short, stable and differ between sources', () => {
    expect(diagramKey('flowchart TD\n  a --> b')).toMatch(/^[0-9a-z]{1,11}$/);
    expect(diagramKey('flowchart TD\n  a --> b')).toBe(diagramKey('flowchart TD\n  a --> b'));
    expect(diagramKey('flowchart TD\n  a --> b')).not.toBe(diagramKey('flowchart TD\n  a --> c'));
  });

  it('the page names the keys of exactly the sources the diagram files are made from', async () => {
    const sources = mermaidSources(PAGE);
    expect(sources).toEqual([
      'flowchart TD\n  a["甲"] --> b["乙"]',
      'flowchart LR\n  c["丙"] -->|下设| d["丁"]',
    ]);
    const html = await renderMarkdown(PAGE, `${ROOT}/content/docs/test-page.md`);
    expect(keysInPage(html)).toEqual(sources.map(diagramKey));
    expect(html).not.toMatch(/flowchart (TD|LR)\n  [ac]/);
  });
});

describe('the after-build check of diagram files', () => {
  const source = 'flowchart TD\n  a --> b';
  const key = diagramKey(source);
  const page = `<div class="site-diagram__canvas" data-diagram-key="${key}"></div>`;

  it('passes when every named file is there and is its source', () => {
    expect(diagramFileProblems(new Map([['/a/', page]]), new Map([[key, source]]))).toEqual([]);
  });

  it('names a missing file, a file that is not its source, and a file no page uses', () => {
    expect(diagramFileProblems(new Map([['/a/', page]]), new Map())).toEqual([
      `/a/：图示 ${key} 没有对应的图示文件`,
    ]);
    expect(diagramFileProblems(new Map([['/a/', page]]), new Map([[key, `${source}\n`]]))).toEqual([
      `图示文件 ${key}：内容与文件名不符`,
    ]);
    const other = diagramKey('flowchart TD\n  x --> y');
    expect(
      diagramFileProblems(
        new Map([['/a/', page]]),
        new Map([
          [key, source],
          [other, 'flowchart TD\n  x --> y'],
        ]),
      ),
    ).toEqual([`图示文件 ${other}：没有页面用到它`]);
  });
});

describe('aside icons', () => {
  const aside = (variant: string, paths: readonly string[]): Root => ({
    type: 'root',
    children: [
      h('aside', { class: `starlight-aside starlight-aside--${variant}` }, [
        h('p', { class: 'starlight-aside__title' }, [
          h(
            'svg',
            { class: 'starlight-aside__icon' },
            paths.map((d) => h('path', { d })),
          ),
          '题',
        ]),
      ]),
    ],
  });
  const titleOf = (tree: Root) => ((tree.children[0] as Element).children[0] as Element).children;

  it('drops the SVG of each variant’s own icon, keeping the title', () => {
    for (const [variant, paths] of Object.entries(ASIDE_ICON_PATHS)) {
      const tree = aside(variant, paths);
      rehypeAsideIcons()(tree);
      expect(titleOf(tree), variant).toEqual([{ type: 'text', value: '题' }]);
    }
  });

  it('keeps an icon the author chose instead', () => {
    const tree = aside('note', ASIDE_ICON_PATHS.danger);
    rehypeAsideIcons()(tree);
    expect(titleOf(tree)).toHaveLength(2);
  });
});

describe('finding the diagram sources without a Markdown parse', () => {
  const pages = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => [file, readFileSync(join(ROOT, 'content', file), 'utf8')] as const);

  it('finds on every content page what remark finds', () => {
    expect(pages.filter(([, text]) => /```mermaid/.test(text)).length).toBeGreaterThan(5);
    for (const [file, text] of pages) expect(mermaidSources(text), file).toEqual(parsedSources(text));
    // Every page of ours is read by the scan, not by the parser it falls back to.
    expect(pages.filter(([, text]) => scannedSources(text) === undefined).map(([file]) => file)).toEqual([]);
  });

  it('reads fences in containers, nested fences, indents and open fences as remark does', () => {
    const cases = [
      PAGE,
      '  ```mermaid\n  flowchart TD\n   a --> b\n  ```\n',
      '- 列表\n\n  ```mermaid\n  flowchart TD\n    a --> b\n  ```\n',
      '> ```mermaid\n> flowchart TD\n> ```\n',
      '    ```mermaid\n    缩进的代码\n    ```\n',
      '```mermaid\nflowchart TD\n  a --> b\n',
      '~~~~ mermaid caption="x"\nflowchart TD\n~~~\n~~~~\n',
      '``` mermaid `x`\n不是围栏\n```\n',
      '没有图示的页面，只提到 mermaid。\n',
    ];
    for (const text of cases) expect(mermaidSources(text), text).toEqual(parsedSources(text));
    // The scan reads fences standing at up to three spaces itself (a list item's too: remark strips
    // the same spaces) and leaves a quote, indented code, an open fence and a line it cannot read
    // as a fence to the parser.
    expect(cases.map((text) => scannedSources(text) !== undefined)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      false,
      true,
    ]);
  });
});

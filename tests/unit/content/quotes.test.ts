/**
 * Chinese quotation marks: the pure rules (src/lib/content/quotes.ts), the
 * way each file format is cut into reader text (scripts/quotes/pieces.ts),
 * and the lint over the project itself, which names file and line.
 */
import { describe, expect, it } from 'vitest';
import { curlQuotes, curlQuotesAcross, misplacedQuotes } from '../../../src/lib/content/quotes.ts';
import { piecesOf } from '../../../scripts/quotes/pieces.ts';
import { describeQuoteProblems, lintQuotes } from '../../../scripts/quotes/lint.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('quotes in a piece of text', () => {
  it('finds straight quotes next to Chinese text, and only those', () => {
    expect(misplacedQuotes('推行"大党委"模式')).toHaveLength(2);
    expect(misplacedQuotes('称为"1+4+N"体系')).toHaveLength(2);
    expect(misplacedQuotes('the "quoted" word')).toEqual([]);
    expect(misplacedQuotes('推行“大党委”模式')).toEqual([]);
    // Attribute syntax in a message is code: its quotes stay straight.
    expect(misplacedQuotes('应写成 ::figure-table{city="长沙"}')).toEqual([]);
  });

  it('curls pairs, nested single quotes too, and leaves text without Chinese alone', () => {
    expect(curlQuotes('推行"大党委"，称"社区\'大党委\'"')).toBe('推行“大党委”，称“社区‘大党委’”');
    expect(curlQuotes('say "hi"')).toBe('say "hi"');
    expect(curlQuotes("它的 don't 不变")).toBe("它的 don't 不变");
  });

  it('counts an escape as one quote', () => {
    expect(curlQuotes('社区\\"大党委\\"', 'backslash')).toBe('社区“大党委”');
    expect(curlQuotes("社区''大党委''", 'doubled-single')).toBe('社区‘大党委’');
  });

  it('pairs quotes across the parts of one sentence', () => {
    expect(curlQuotesAcross(['已保存"', '"到本机'])).toEqual(['已保存“', '”到本机']);
  });
});

describe('reader text of each file format', () => {
  const texts = async (path: string, source: string) =>
    (await piecesOf(path, source)).map((p) => source.slice(p.start, p.end));

  it('Markdown: text, labels and frontmatter values; not code or attributes', async () => {
    const source = [
      '---',
      'title: 长沙"四项再造"',
      '---',
      '',
      '正文"甲"，:term["乙"]，`code "丙"`。',
      '',
      '::figure-table{city="长沙"}',
      '',
      '```mermaid caption="图"',
      'flowchart TD',
      '  a["社区"大党委""]',
      '```',
    ].join('\n');
    const found = (await texts('a.md', source)).join('|');
    expect(found).toContain('长沙"四项再造"');
    expect(found).toContain('正文"甲"');
    expect(found).toContain('"乙"');
    expect(found).not.toContain('丙');
    expect(found).not.toContain('city');
  });

  it('YAML and JSON: string values without their delimiters', async () => {
    expect(await texts('a.yaml', 'a: \'"党建论坛"专栏\'\nb: "社区\\"大党委\\""\n')).toEqual([
      'a',
      '"党建论坛"专栏',
      'b',
      '社区\\"大党委\\"',
    ]);
    expect(await texts('a.json', '{"title": "社区\\"大党委\\""}')).toEqual(['title', '社区\\"大党委\\"']);
  });

  it('TypeScript and Astro: strings and text, not comments, regular expressions or styles', async () => {
    const ts = await texts('a.ts', '// 注释"甲"\nconst a = \'讲"乙"\'; const r = /"丙"/;');
    expect(ts).toEqual(['讲"乙"']);
    const astro = await texts(
      'a.astro',
      '---\nconst a = \'甲\';\n---\n<p title=\'题"乙"\'>点"丙"{a && <b>丁</b>}</p><style>p::after{content:\'"戊"\'}</style>',
    );
    expect(astro).toEqual(expect.arrayContaining(['甲', '题"乙"', '点"丙"', '丁']));
    expect(astro.join()).not.toContain('戊');
  });
});

describe('the project', () => {
  it('has no straight quote next to Chinese text in content, data or interface strings', async () => {
    const problems = await lintQuotes(ROOT);
    expect(problems, describeQuoteProblems(problems)).toEqual([]);
    // Parsing every page, data file and component takes a few seconds on a busy machine.
  }, 60_000);
});

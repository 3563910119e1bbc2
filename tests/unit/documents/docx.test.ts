/**
 * Word handouts: a fixture page rendered by the site's Markdown pipeline,
 * converted (src/lib/documents/from-content.ts), written as .docx and read
 * back from the package's XML — headings, table cells, footnotes, page
 * layout, fonts, page numbers and pictures.
 */
import { describe, expect, it } from 'vitest';
import { convertContent } from '../../../src/lib/documents/from-content.ts';
import { docxBytes } from '../../../src/lib/documents/docx.ts';
import { pageDocument } from '../../../src/lib/documents/page-document.ts';
import { diagramsOf, type DocModel } from '../../../src/lib/documents/model.ts';
import { mm } from '../../../src/lib/documents/layout.ts';
import { formatFigure } from '../../../src/lib/figures/format.ts';
import { fixtureFigures, fixturePage, fixtureSources, paragraphs, TINY_PNG, unzip } from './helpers.ts';

const DATE = new Date(2026, 11, 6);

async function fixtureModel(): Promise<DocModel> {
  const blocks = convertContent(await fixturePage('page'), { sources: fixtureSources() });
  return pageDocument({
    title: '测试页面',
    description: '一页用于测试的说明。',
    url: 'https://example.org/cases/t/',
    blocks,
    date: DATE,
  });
}

/** The paragraphs of document.xml with their style ids. */
function styled(xml: string): Array<{ style: string; text: string }> {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: paragraphs(m[0])[0] ?? '',
  }));
}

describe('Word handout of a page', () => {
  it('has the title, the headings in Word heading styles and the date line', async () => {
    const parts = unzip(await docxBytes(await fixtureModel()));
    const doc = styled(parts.get('word/document.xml')!);
    expect(doc[0]).toEqual({ style: 'Title', text: '测试页面' });
    expect(doc.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '概况',
      '组织架构',
      '资料来源',
    ]);
    expect(doc.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['综合党委']);
    expect(doc.map((p) => p.text)).toContain('城市基层党建案例库 · 2026年12月6日');
  });

  it('writes each figure as the data gives it, with a footnote naming what it counts and its source in GB/T 7714 form', async () => {
    const model = await fixtureModel();
    const parts = unzip(await docxBytes(model));
    const body = parts.get('word/document.xml')!;
    const notes = paragraphs(parts.get('word/footnotes.xml')!).filter((t) => t !== '');
    const figures = fixtureFigures();
    const sources = fixtureSources();
    // Six figures (one of them in the table) and two citation markers: eight footnotes, in order.
    expect(notes).toHaveLength(8);
    const ids = ['cs-863', 'cs-744', 'gz-zdy', 'xh-13', 'xh-3-5', 'xh-13'];
    const figureNotes = notes.filter((n) => n.includes('：') && n.includes('出处：'));
    expect(figureNotes).toHaveLength(ids.length);
    ids.forEach((id, i) => {
      const figure = figures.get(id)!;
      const source = sources.get(figure.source)!;
      expect(body).toContain(formatFigure(figure));
      expect(figureNotes[i]).toContain(
        figure.missing ? `“${formatFigure(figure)}”` : `：${formatFigure(figure)}。`,
      );
      expect(figureNotes[i]).toContain(`: ${source.sections[figure.section]}.`);
      expect(figureNotes[i]).toMatch(/\[(Z|N)\]\. /);
    });
    // A figure the source lost says so, in the text and in its note.
    expect(figureNotes[2]).toContain('原文未给出数字');
    expect(notes).toContain(
      '长沙市“四项再造”推进城市基层党建案例[Z]. [出版地不详]: [出版者不详], [出版年不详]: （一）实施组织架构再造.',
    );
    // Footnote references sit in the body, one per note.
    expect(body.match(/<w:footnoteReference /g)).toHaveLength(8);
  });

  it('keeps the table with its header row repeated on every page', async () => {
    const parts = unzip(await docxBytes(await fixtureModel()));
    const xml = parts.get('word/document.xml')!;
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('')),
    );
    expect(rows).toEqual([
      ['层级', '组织', '人数'],
      ['街道', '综合党委', '不超过13人'],
      ['社区', '“大党委”', '原文未写'],
    ]);
    expect(table).toContain('<w:tblHeader/>');
  });

  it('lists the page’s sources as references under the page’s own heading', async () => {
    const model = await fixtureModel();
    const references = model.blocks.find((b) => b.kind === 'references');
    expect(references).toMatchObject({ title: '资料来源' });
    const doc = styled(unzip(await docxBytes(model)).get('word/document.xml')!).map((p) => p.text);
    expect(doc.filter((t) => t.startsWith('[1] 长沙市“四项再造”'))).toHaveLength(1);
    expect(
      doc.some(
        (t) => t.startsWith('[3] 江西省南昌市西湖区') && t.includes('所引章节：1.健全街道（镇）综合党委'),
      ),
    ).toBe(true);
  });

  it('puts a drawn diagram in as a picture, and says so in its place when it could not be drawn', async () => {
    const drawn = await fixtureModel();
    const [diagram] = diagramsOf(drawn.blocks);
    diagram!.image = { png: TINY_PNG, width: 400, height: 300 };
    const withImage = unzip(await docxBytes(drawn));
    expect([...withImage.keys()].some((k) => /^word\/media\/.+\.png$/.test(k))).toBe(true);
    expect(withImage.get('word/document.xml')).toContain('descr="街道（镇）综合党委——下设：社区“大党委”；');
    expect(paragraphs(withImage.get('word/document.xml')!)).toContain('图：西湖区“四位一体”的党组织网络');

    const failed = await fixtureModel();
    diagramsOf(failed.blocks)[0]!.failed = '图示没有绘制成功';
    const text = paragraphs(unzip(await docxBytes(failed)).get('word/document.xml')!);
    expect(text).toContain(
      '〔图示未能绘制：西湖区“四位一体”的党组织网络。图示没有绘制成功，下面是图示的文字内容。〕',
    );
    expect(text).toContain('街道（镇）综合党委——下设：社区“大党委”');
  });

  it('sets A4 with the handout margins, 宋体/黑体 with Times New Roman for Latin, and "— 1 —" page numbers', async () => {
    const parts = unzip(await docxBytes(await fixtureModel()));
    const doc = parts.get('word/document.xml')!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toContain(`w:left="${mm(28)}"`);
    const styles = parts.get('word/styles.xml')!;
    expect(styles).toMatch(/w:ascii="Times New Roman"[^>]*w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?w:eastAsia="黑体"/);
    const footer = [...parts.entries()].find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    expect(footer).toContain('PAGE');
    expect(paragraphs(footer).join('')).toMatch(/^— .*—$/);
  });
});

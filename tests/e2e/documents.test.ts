/**
 * Documents in Chromium: each download button gives a file with the right
 * name (title, kind of document, date), MIME type and content; nothing of
 * the document libraries loads before the click; a diagram that cannot be
 * drawn is said so in the file; 引用本页 and 分享 (with a QR code that decodes
 * to the link); the lecture builder with nothing chosen makes no file; the
 * planner's meeting papers and share QR; no layout shift and no axe
 * violation, at 390 px too.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import type { Download, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../helpers/axe.ts';
import { readPage } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { describeContent } from '../../src/lib/teaching/blocks.ts';
import { pageDeck } from '../../src/lib/teaching/deck.ts';
import { hastElement } from '../../src/lib/teaching/hast-tree.ts';
import { chineseDate } from '../../src/lib/dates.ts';
import { DOCX_MIME } from '../../src/lib/documents/docx.ts';
import { PPTX_MIME } from '../../src/lib/documents/pptx.ts';
import { NOTHING_CHOSEN } from '../../src/lib/documents/lecture-document.ts';
import { encodeLecture } from '../../src/lib/teaching/lecture.ts';
import { paragraphs, unzip } from '../unit/documents/helpers.ts';
import { openPlanner, useTemplate } from '../../scripts/lib/planner-ui.ts';
import { CITE_MARKER } from '../../src/lib/markdown/markup.ts';

const TODAY = chineseDate(new Date());
/** Code only the document libraries contain (docx writes footnote references, pptxgenjs names itself). */
const LIBRARY_MARKERS = ['w:footnoteReference', 'PptxGenJS'];

interface Received {
  name: string;
  type: string;
  parts: Map<string, string>;
}

/** Click `button`, take the download, and read its name, MIME type (the blob's) and unzipped parts. */
async function receive(page: Page, click: () => Promise<void>): Promise<Received> {
  // The blob's type, noted as the page makes its URL: the pages' CSP (connect-src 'self')
  // rightly forbids fetching the blob: URL back to read it.
  await page.evaluate(() => {
    const seen = window as unknown as { __blobType?: string; __blobWatch?: boolean };
    if (seen.__blobWatch) return;
    seen.__blobWatch = true;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) seen.__blobType = object.type;
      return original(object);
    };
  });
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), click()])) as [
    Download,
    void,
  ];
  const type = await page.evaluate(() => (window as unknown as { __blobType?: string }).__blobType ?? '');
  const path = await download.path();
  return { name: download.suggestedFilename(), type, parts: unzip(new Uint8Array(readFileSync(path))) };
}

/** Scripts the page has fetched (their code, from dist). */
const scriptsLoaded = (requests: string[]) =>
  requests
    .filter((r) => r.startsWith('/_astro/') && r.endsWith('.js'))
    .map((r) => readFileSync(join(DIST, r), 'utf8'));

const hasLibrary = (code: string[]) => code.some((c) => LIBRARY_MARKERS.some((m) => c.includes(m)));

/** The QR code in `selector`, drawn into a canvas in the page and decoded here. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const image = await page.locator(`${selector} svg`).evaluate(async (svg) => {
    // Six pixels a module at least: a plan's share link can need a dense code.
    const modules = (svg as SVGSVGElement).viewBox.baseVal.width || 0;
    const size = Math.max(400, Math.ceil(modules * 6));
    const img = new Image();
    img.src = URL.createObjectURL(
      new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
    );
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, size, size);
    // The pixels cross to Node as one base64 string: as an array of numbers, a dense
    // code's million pixels took about a minute to pass on a loaded machine.
    const pixels = context.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) {
      binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    }
    return { base64: btoa(binary), size };
  });
  const pixels = Buffer.from(image.base64, 'base64');
  return jsQR(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length), image.size, image.size)
    ?.data;
}

function plannedDeckLength(url: string): number {
  const built = readPage(url);
  return pageDeck({
    key: url,
    title: built.text('h1').trim(),
    blocks: describeContent(hastElement(built.$('.sl-markdown-content')!)),
  }).length;
}

describe('Word and slides from a case page', () => {
  const site = siteInBrowser();

  it('loads no byte of the document libraries before the click, and gives a .docx named for the page and the day', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    site.server.requests.length = 0;
    await page.goto(`${site.server.url}/cases/nanchang-xihu/`, { waitUntil: 'networkidle' });
    expect(hasLibrary(scriptsLoaded(site.server.requests))).toBe(false);
    const before = site.server.requests.length;

    const file = await receive(page, () => page.getByRole('button', { name: '下载 Word' }).click());
    expect(hasLibrary(scriptsLoaded(site.server.requests.slice(before)))).toBe(true);
    const title = (await page.locator('h1').textContent())!.trim();
    expect(file.name).toBe(`${title.replace(/"([^"]*)"/g, '“$1”')}（讲义）${TODAY}.docx`);
    expect(file.type).toBe(DOCX_MIME);

    const body = paragraphs(file.parts.get('word/document.xml')!);
    expect(body[0]).toBe(title.replace(/"([^"]*)"/g, '“$1”'));
    const built = readPage('/cases/nanchang-xihu/');
    const figures = built.$$('.sl-markdown-content .fig').length;
    const cites = built.$$(`.sl-markdown-content ${CITE_MARKER}`).length;
    expect(file.parts.get('word/document.xml')!.match(/<w:footnoteReference /g)).toHaveLength(
      figures + cites,
    );
    // Every diagram on the page is in the file as a picture.
    const diagrams = built.$$('.sl-markdown-content [data-diagram]').length;
    expect(diagrams).toBeGreaterThan(0);
    expect([...file.parts.keys()].filter((k) => /^word\/media\/.+\.png$/.test(k))).toHaveLength(diagrams);
  });

  it('says in the document where a diagram could not be drawn, or its source not read', async () => {
    const built = readPage('/cases/nanchang-xihu/');
    const [broken, missing] = built
      .$$('.sl-markdown-content [data-diagram-key]')
      .map((el) => String(el.properties['dataDiagramKey']));
    expect(missing).toBeDefined();
    // One source Mermaid rejects, one file the server does not have (no service worker in between).
    const page = await site.newPage({ acceptDownloads: true, serviceWorkers: 'block' });
    await page.route(`**/diagrams/${broken}.txt`, (route) =>
      route.fulfill({ contentType: 'text/plain; charset=utf-8', body: 'flowchart TD\n  a[未闭合' }),
    );
    await page.route(`**/diagrams/${missing}.txt`, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${site.server.url}/cases/nanchang-xihu/`);
    const file = await receive(page, () => page.getByRole('button', { name: '下载 Word' }).click());
    const text = paragraphs(file.parts.get('word/document.xml')!);
    expect(text.filter((t) => t.startsWith('〔图示未能绘制：'))).toHaveLength(2);
  });

  it('gives a 16:9 .pptx with the slides presentation mode shows and their speaker notes', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.server.url}/cases/changsha/`);
    const file = await receive(page, () => page.getByRole('button', { name: '下载幻灯片' }).click());
    expect(file.name).toMatch(new RegExp(`（幻灯片）${TODAY}\\.pptx$`));
    expect(file.type).toBe(PPTX_MIME);
    const slides = [...file.parts.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
    expect(slides).toHaveLength(plannedDeckLength('/cases/changsha/'));
    const notes = [...file.parts.entries()]
      .filter(([k]) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(k))
      .map(([, x]) => x);
    expect(notes.some((x) => x.includes('讨论题'))).toBe(true);
  });

  it('makes a topic page’s handout, and the compare page’s with the chosen cases only', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.server.url}/topics/organisation/`);
    const topic = await receive(page, () => page.getByRole('button', { name: '下载 Word' }).click());
    expect(topic.name).toMatch(/（讲义）/);
    expect(paragraphs(topic.parts.get('word/document.xml')!).length).toBeGreaterThan(10);

    await page.goto(`${site.server.url}/topics/compare/?cases=changsha,shanghai`);
    const compare = await receive(page, () => page.getByRole('button', { name: '下载 Word' }).click());
    const xml = compare.parts.get('word/document.xml')!;
    const text = paragraphs(xml);
    expect(text).toContain('对照案例：长沙、上海');
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const head = paragraphs(/<w:tr[ >][\s\S]*?<\/w:tr>/.exec(firstTable)![0]).join('|');
    expect(head).toContain('长沙');
    expect(head).toContain('上海');
    expect(head).not.toContain('济宁');
  });
});

describe('引用本页 and 分享', () => {
  const site = siteInBrowser();

  it('gives GB/T 7714 references to copy, and the link with a QR code that decodes to it', async () => {
    const context = await site.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/cases/shanghai/`);
    await page.getByRole('button', { name: '引用本页' }).click();
    await page.waitForSelector('[data-doc-reference]');
    const references = page.locator('[data-doc-reference]');
    await expect(references.count()).resolves.toBe(2);
    expect(await references.nth(0).textContent()).toMatch(
      /^城市基层党建案例库\. .+\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. http.+\/cases\/shanghai\/\./,
    );
    expect(await references.nth(1).textContent()).toContain(
      '金信烨. 上海如何发挥街道社区党组织的“轴心”作用[N]. 上观新闻, 2021-12-28.',
    );
    await page.getByRole('button', { name: '复制第 2 条引用' }).click();
    // The copy finishes after the click returns (the clipboard is written asynchronously).
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('金信烨. ');

    await page.getByRole('button', { name: '分享' }).click();
    await page.waitForSelector('[data-doc-qr] svg');
    expect(await decodeQr(page, '[data-doc-qr]')).toBe(`${site.server.url}/cases/shanghai/`);
    // The tools and their open panels (the rest of the page is the case page's, checked by axe-every-page).
    expect(await axeViolations(page, ['.page-tools'])).toEqual([]);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('shares the compare page with the cases chosen', async () => {
    const page = await site.newPage();
    await page.goto(`${site.server.url}/topics/compare/?cases=changsha,jining`);
    await page.getByRole('button', { name: '分享' }).click();
    await page.waitForSelector('[data-doc-qr] svg');
    expect(await decodeQr(page, '[data-doc-qr]')).toBe(
      `${site.server.url}/topics/compare/?cases=changsha%2Cjining`,
    );
  });

  it('keeps the tools bar the same size before and after its scripts run, keyboard reachable and labelled', async () => {
    const measure = async (scripts: boolean) => {
      const page = await site.newPage({ viewport: { width: 390, height: 844 } });
      if (!scripts) await page.route('**/*.js', (route) => route.abort());
      await page.goto(`${site.server.url}/cases/changsha/`, { waitUntil: 'networkidle' });
      const box = await page.locator('.page-tools').boundingBox();
      const content = await page.locator('.sl-markdown-content').boundingBox();
      await page.close();
      return { height: box?.height, content: content?.y };
    };
    expect(await measure(true)).toEqual(await measure(false));

    const page = await site.newPage();
    await page.goto(`${site.server.url}/cases/changsha/`);
    await page.getByRole('button', { name: '下载 Word' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('下载幻灯片');
    expect(await axeViolations(page, ['.page-tools'])).toEqual([]);
  });

  it('without JavaScript shows none of the buttons, only the lecture link', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/cases/changsha/`);
    expect(await page.locator('.page-tools button').count()).toBe(6);
    expect(await page.locator('.page-tools button:visible').count()).toBe(0);
    await expect.poll(() => page.locator('.page-tools a').isVisible()).toBe(true);
    await page.close();
  });
});

describe('lectures', () => {
  const site = siteInBrowser();
  const lecture = encodeLecture({
    title: '社区大党委专题',
    items: [{ page: 'cases/nanchang-xihu' }, { page: 'cases/changsha', section: '工作机制' }],
  });

  it('the builder with nothing chosen says so and makes no file', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.server.url}/lecture/`);
    await page.waitForSelector('[data-lecture-builder][data-ready]');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: '下载 Word 讲义' }).click();
    await expect.poll(() => page.locator('[data-lecture-status]').textContent()).toContain(NOTHING_CHOSEN);
    await page.getByRole('button', { name: '下载幻灯片' }).click();
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });

  it('the builder, the handout page and the presentation page give the lecture as .docx and .pptx', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.server.url}/lecture/?${lecture}`);
    await page.waitForSelector('[data-lecture-builder][data-ready]');
    const docx = await receive(page, () => page.getByRole('button', { name: '下载 Word 讲义' }).click());
    expect(docx.name).toBe(`社区大党委专题（讲义）${TODAY}.docx`);
    const text = paragraphs(docx.parts.get('word/document.xml')!);
    expect(text[0]).toBe('社区大党委专题');
    expect(text.some((t) => t.startsWith('长沙') && t.endsWith('工作机制'))).toBe(true);
    const pptx = await receive(page, () => page.getByRole('button', { name: '下载幻灯片' }).click());
    expect(pptx.type).toBe(PPTX_MIME);
    expect(
      [...pptx.parts.keys()].filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k)).length,
    ).toBeGreaterThan(10);

    await page.goto(`${site.server.url}/lecture/handout/?${lecture}`);
    await page.waitForSelector('[data-handout-ready]');
    const handout = await receive(page, () => page.getByRole('button', { name: '下载 Word' }).click());
    expect(handout.name).toBe(docx.name);

    await page.goto(`${site.server.url}/lecture/present/?${lecture}`);
    await page.waitForSelector('[data-deck]');
    await page.keyboard.press('Escape');
    const slides = await receive(page, () => page.getByRole('button', { name: '下载幻灯片' }).click());
    expect(slides.name).toBe(`社区大党委专题（幻灯片）${TODAY}.pptx`);
  });
});

describe('planner: meeting papers and share QR', () => {
  const site = siteInBrowser();

  it('downloads the four papers for the open plan', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: '会议材料' }).click();
    const expected = ['方案说明', '兼职委员履职清单', '联席会议纪要', '共驻共建责任书'];
    for (const name of expected) {
      const file = await receive(page, () => page.getByRole('button', { name: `下载${name}` }).click());
      expect(file.name).toBe(`某社区“大党委”（${name}）${TODAY}.docx`);
      expect(file.type).toBe(DOCX_MIME);
      expect(paragraphs(file.parts.get('word/document.xml')!)).toContain('附件：所依据的规则与原文');
    }
    expect(await axeViolations(page, ['.pl-papers'])).toEqual([]);
  });

  it('draws a QR code of the share link', async () => {
    const page = await openPlanner(site, site.server.url);
    await useTemplate(page, '西湖区 社区“大党委”');
    await page.getByRole('button', { name: '分享链接' }).click();
    await page.waitForSelector('[data-share-qr] svg');
    const link = await page.locator('#f-share-link').inputValue();
    expect(await decodeQr(page, '[data-share-qr]')).toBe(link);
  });
});

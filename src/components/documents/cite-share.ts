/**
 * The "引用本页" and "分享" panels of a page's document tools: GB/T 7714
 * references to copy (the page itself, then each source it cites), and the
 * page's link with its QR code, drawn here (src/lib/documents/qr.ts).
 */
import { pageReference, sourceReference } from '../../lib/documents/gbt7714.ts';
import { SITE_NAME } from '../../lib/documents/page-document.ts';
import { qrSvg } from '../../lib/documents/qr.ts';
import { isoDate } from '../../lib/dates.ts';
import { pageHead, readSources } from './read-page.ts';
import { make } from '../common/make.ts';
import { copyText } from '../common/clipboard.ts';

/** A "复制" button that copies `text` and says whether it did, in `status`. */
function copyButton(
  doc: Document,
  label: string,
  text: () => string,
  status: HTMLElement,
  accessibleName?: string,
) {
  const button = make(
    'button',
    // Drawn as the bar's buttons (PageTools.astro styles every button in the bar).
    { type: 'button', ...(accessibleName ? { 'aria-label': accessibleName } : {}) },
    label,
    doc,
  );
  button.addEventListener('click', async () => {
    status.textContent = await copyText(text(), '已复制。', '浏览器不允许直接复制：请选中文字后复制。');
  });
  return button;
}

/**
 * The page's address without its fragment: what a reader shares and cites.
 * From the href, not the origin: a page opened from file:// has none ("null").
 */
const shareableUrl = (loc: Location = location) => loc.href.replace(/#.*$/, '');

export function fillCitePanel(panel: HTMLElement, doc: Document, today = new Date()): void {
  const { title } = pageHead(doc);
  const references = [
    pageReference({ site: SITE_NAME, title, url: shareableUrl(), accessed: isoDate(today) }),
    ...[...readSources(doc).values()].map((source) => sourceReference(source)),
  ];
  const status = make('p', { role: 'status', 'aria-live': 'polite', 'data-doc-copy-status': '' }, '', doc);
  const list = make('ol', {}, undefined, doc);
  references.forEach((reference, i) => {
    const item = make('li', { 'data-doc-reference': '' }, undefined, doc);
    const textEl = make('span', {}, reference, doc);
    const name = i === 0 ? '复制本页的引用' : `复制第 ${i + 1} 条引用`;
    item.append(
      textEl,
      ' ',
      copyButton(doc, '复制', () => reference, status, name),
    );
    list.append(item);
  });
  panel.replaceChildren(
    make('h2', {}, '引用本页', doc),
    make('p', {}, '按 GB/T 7714—2015 著录：第 1 条是本页，其后是本页所据的原始材料。', doc),
    list,
    copyButton(doc, '全部复制', () => references.map((r, i) => `[${i + 1}] ${r}`).join('\n'), status),
    status,
  );
}

export function fillSharePanel(panel: HTMLElement, doc: Document): void {
  const url = shareableUrl();
  const { title } = pageHead(doc);
  const status = make('p', { role: 'status', 'aria-live': 'polite' }, '', doc);
  const field = make(
    'input',
    {
      type: 'text',
      readonly: '',
      'aria-label': '本页链接',
      'data-doc-share-url': '',
    },
    undefined,
    doc,
  );
  field.value = url;
  field.addEventListener('focus', () => field.select());
  const row = make('div', { class: 'doc-tools__row' }, undefined, doc);
  row.append(
    field,
    copyButton(doc, '复制链接', () => url, status),
  );
  const qr = qrSvg(url, `本页链接的二维码：${title}`);
  const box = make('div', { class: 'doc-tools__qr', 'data-doc-qr': '' }, undefined, doc);
  if (qr.ok) box.innerHTML = qr.svg;
  panel.replaceChildren(
    make('h2', {}, '分享本页', doc),
    row,
    ...(qr.ok
      ? [box, make('p', {}, '用手机扫描二维码打开本页。二维码在本机生成，链接不经过任何第三方。', doc)]
      : [make('p', {}, qr.error, doc)]),
    status,
  );
}

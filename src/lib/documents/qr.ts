/**
 * QR codes for share links, drawn here as SVG from the module matrix that
 * `uqr` computes (a small, dependency-free encoder): no image service sees
 * the link, and the code works offline.
 *
 * A QR code holds at most 2,953 bytes (version 40, low error correction), and
 * a phone camera reads a code that dense only with difficulty. Short links
 * get medium error correction (more robust when printed or photographed at
 * an angle); links too long for a code are refused with the limit stated.
 */
import { encode } from 'uqr';
import { QR_MAX_CHARS } from './qr-limit.ts';

export { QR_MAX_CHARS };

export type QrResult =
  { ok: true; svg: string; version: number; size: number } | { ok: false; error: string };

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The QR code of a link (ASCII: a URL with its non-ASCII characters percent-encoded), as an SVG element's markup. */
export function qrSvg(link: string, label: string): QrResult {
  const bytes = new TextEncoder().encode(link).length;
  if (bytes > QR_MAX_CHARS) {
    return {
      ok: false,
      error: `链接共 ${bytes} 个字符，超过二维码能容纳的 ${QR_MAX_CHARS} 个字符，无法生成二维码：请复制链接发送，或导出文件。`,
    };
  }
  let qr;
  try {
    qr = encode(link, { ecc: 'M', border: 4 });
  } catch {
    qr = encode(link, { ecc: 'L', border: 4 });
  }
  // One path of unit squares: small, crisp at any size (shape-rendering), and no raster image.
  let path = '';
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" role="img" ` +
    `aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
    `<rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return { ok: true, svg, version: qr.version, size: qr.size };
}

/** QR codes drawn locally: the SVG's squares decode (with jsQR) to the link; too-long links are refused with the limit. */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrSvg, QR_MAX_CHARS } from '../../../src/lib/documents/qr.ts';

/** Rasterise the SVG's unit squares (the path "M{x} {y}h1v1h-1z") at `scale` pixels a module, and decode. */
function decode(svg: string, scale = 4): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const px = size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const [, x, y] of svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1)
      for (let dx = 0; dx < scale; dx += 1) {
        const at = ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4;
        data[at] = data[at + 1] = data[at + 2] = 0;
      }
  }
  return jsQR(data, px, px)?.data;
}

describe('share QR codes', () => {
  it('encode a page link, with a label for screen readers', () => {
    const link = 'https://example.org/topics/compare/?cases=changsha,shanghai';
    const qr = qrSvg(link, '本页链接的二维码');
    expect(qr.ok).toBe(true);
    if (!qr.ok) return;
    expect(qr.svg).toContain('role="img"');
    expect(qr.svg).toContain('aria-label="本页链接的二维码"');
    expect(decode(qr.svg)).toBe(link);
  });

  it('hold a long planner link up to the limit, and refuse a longer one saying the limit', () => {
    const long = `https://example.org/planner/#plan=1.${'A'.repeat(1500)}`;
    const qr = qrSvg(long, 'x');
    expect(qr.ok && decode(qr.svg, 3)).toBe(long);
    const tooLong = qrSvg(`https://example.org/planner/#plan=1.${'A'.repeat(QR_MAX_CHARS)}`, 'x');
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error).toContain(`${QR_MAX_CHARS} 个字符`);
  });
});

/**
 * Maintainers: renders public/og-default.png (the picture a link to the site
 * shows when pasted into a chat app) from og-default.svg beside this file,
 * with Debian's Chromium and the machine's Chinese fonts. Run it after
 * editing the SVG: `node scripts/og/render.ts`; commit both files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const svg = readFileSync(fileURLToPath(new URL('og-default.svg', import.meta.url)), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
writeFileSync(
  fileURLToPath(new URL('../../public/og-default.png', import.meta.url)),
  await page.screenshot({ type: 'png' }),
);
await browser.close();

/**
 * `npm run bench`: prints the site's measured figures next to their budgets.
 * Builds the site first unless dist/ exists (set REBUILD=1 to force).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { measureSizes } from './bench/sizes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

if (process.env['REBUILD'] === '1' || !existsSync(join(dist, 'index.html'))) {
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const sizes = measureSizes(dist);
console.log('\n页面体积（gzip，按页面类型取平均；JS/CSS 为页面首屏引用的资源）');
console.table(
  Object.fromEntries(
    sizes.rows.map((r) => [
      r.type,
      { 页面数: r.pages, HTML: kb(r.htmlGzip), JS: kb(r.jsGzip), CSS: kb(r.cssGzip) },
    ]),
  ),
);
console.log(`输出目录合计：${kb(sizes.totalBytes)}（${sizes.files} 个文件）`);

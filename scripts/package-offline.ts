/**
 * npm run package:offline — the USB package: builds the site (skip with
 * --no-build to package an existing dist/), then writes dist-offline/ and
 * dist-offline.zip (scripts/offline/package.ts) and prints their sizes.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { packageOffline } from './offline/package.ts';
import { formatBytes } from '../src/lib/offline/protocol.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const report = await packageOffline({
  root,
  dist: join(root, 'dist'),
  out: join(root, 'dist-offline'),
  zip: join(root, 'dist-offline.zip'),
});
console.log(
  `离线版：${report.pages} 个页面，${report.bundles} 个页面脚本；dist-offline/ ${formatBytes(report.bytes)}` +
    `（dist/ 的 ${(report.bytes / report.distBytes).toFixed(2)} 倍），dist-offline.zip ${formatBytes(report.zipBytes)}。` +
    '双击 dist-offline/index.html 即可打开。',
);

/**
 * The production dependency tree, so that its growth is seen: the packages
 * `npm ls --omit=dev --all` lists (each package once, however often it is
 * required), beside the direct dependencies package.json names (README,
 * “依赖”, says why each is there). No budget: the figure is watched, and
 * versions are locked by package-lock.json.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';

/** npm ls's list; npm exits non-zero on a peer-dependency warning but still lists the tree. */
function npmList(root: string): string {
  try {
    return execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
}

export async function run({ root }: BenchContext): Promise<void> {
  const listed = npmList(root);
  // The first line is the project itself; a package installed twice (two versions) counts twice.
  const packages = new Set(listed.split('\n').filter(Boolean).slice(1)).size;
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const direct = Object.keys(manifest.dependencies ?? {}).length;
  console.log('\n生产依赖');
  console.log(`| 项目 | 数量 |\n| --- | --- |`);
  console.log(`| package.json 直接依赖 | ${direct} |`);
  console.log(`| 生产依赖包总数（npm ls --omit=dev --all） | ${packages} |`);
}

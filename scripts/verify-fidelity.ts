/**
 * Checks the fidelity lists against the source texts themselves: each quote
 * must occur literally in its source, and contain the figure's number; and
 * each section text stored for the tests (tests/fidelity/sections/, against
 * which the tests check every quotation of the rules and the register) must
 * occur literally in its source. Needs ../shared/sources (the raw texts are
 * not part of the project), so it is a maintainer's tool, not part of
 * `npm test`.
 *
 *   npx node scripts/verify-fidelity.ts [path/to/sources]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteData } from '../src/loaders/site-data.ts';
import { readFidelityLists } from './lib/fidelity.ts';
import { readSectionTexts } from './lib/sections.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourcesDir = process.argv[2] ?? join(root, '../shared/sources');
if (!existsSync(sourcesDir)) {
  console.error(`找不到原文目录：${sourcesDir}`);
  process.exit(2);
}
const data = loadSiteData(root);
const problems: string[] = [];
const entries = readFidelityLists();
for (const entry of entries) {
  const figure = data.figures.get(entry.figure)?.value;
  if (!figure) {
    problems.push(`${entry.slug}: 数据中没有 ${entry.figure}`);
    continue;
  }
  const source = data.sources.get(figure.source)?.value;
  const text = readFileSync(join(sourcesDir, source?.file ?? ''), 'utf8').replace(/\s+/g, '');
  if (!text.includes(entry.quote.replace(/\s+/g, '')))
    problems.push(`${entry.slug}: 原文中找不到「${entry.quote}」`);
  const number = String(figure.value ?? '');
  // Small counts are often written in Chinese numerals (任期一般为三年).
  const chinese =
    ['一', '二两', '三', '四', '五', '六', '七', '八', '九', '十'][(figure.value ?? 0) - 1] ?? '';
  if (!entry.quote.includes(number) && ![...chinese].some((c) => entry.quote.includes(c))) {
    problems.push(`${entry.slug}: 「${entry.quote}」不含数字 ${number}（${entry.figure}）`);
  }
}
let sections = 0;
for (const [sourceId, texts] of readSectionTexts()) {
  const source = data.sources.get(sourceId)?.value;
  const whole = readFileSync(join(sourcesDir, source?.file ?? ''), 'utf8').replace(/\s+/g, '');
  for (const [id, text] of Object.entries(texts)) {
    sections += 1;
    if (!whole.includes(text.replace(/\s+/g, '')))
      problems.push(`${sourceId}#${id}: 存下的章节原文与原文不符`);
  }
}
console.log(`核对 ${entries.length} 条数字、${sections} 段章节原文，问题 ${problems.length} 条`);
for (const p of problems) console.log(`  - ${p}`);
process.exitCode = problems.length > 0 ? 1 : 0;

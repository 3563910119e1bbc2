/**
 * `npm run fix-quotes`: turns the straight quotes next to Chinese text in
 * content pages, data files and interface strings into “” and ‘’, then
 * lists what is left for a person to look at (a quote the pairing could not
 * settle). The same check runs in `npm test`.
 */
import { fileURLToPath } from 'node:url';
import { describeQuoteProblems, fixQuotes, lintQuotes } from './quotes/lint.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const changed = await fixQuotes(root);
for (const file of changed) console.log(`已改为中文引号：${file}`);
const left = await lintQuotes(root);
if (left.length > 0) {
  console.log(describeQuoteProblems(left));
  process.exitCode = 1;
} else {
  console.log(`中文引号检查通过（改动 ${changed.length} 个文件）。`);
}

/**
 * `npm run check` step: no function in src/ or scripts/ is longer than
 * MAX_LINES lines. A long function hides more than one job; split it where
 * the jobs part. (tests/unit/site/function-length.test.ts makes `npm test`
 * fail the same way.)
 *
 * Usage: node scripts/lint/function-length.ts [--top N]
 * Prints the longest functions; exits 1 naming each one over the limit.
 */
import { MAX_LINES, describeSize, projectFunctionSizes } from '../lib/function-length.ts';
import { ROOT } from '../lib/paths.ts';

function main(): void {
  const topArg = process.argv.indexOf('--top');
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 5;
  const sizes = projectFunctionSizes(ROOT);
  const show = (list: typeof sizes) => list.map((s) => `  ${describeSize(s)}`).join('\n');
  const failing = sizes.filter((s) => s.lines > MAX_LINES);
  if (failing.length > 0) {
    console.error(`函数长度：${failing.length} 个函数超过 ${MAX_LINES} 行，请按职责拆分：`);
    console.error(show(failing));
    process.exitCode = 1;
    return;
  }
  console.log(`函数长度：${sizes.length} 个函数都不超过 ${MAX_LINES} 行；最长的：`);
  console.log(show(sizes.slice(0, top)));
}

main();

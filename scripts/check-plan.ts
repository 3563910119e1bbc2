#!/usr/bin/env node
/**
 * Checks a plan file against rule packs and prints a report in Chinese, or
 * one JSON document with --json. Run it through npm, which puts the
 * project's own Node (24) first on the PATH:
 *
 *   npx check-plan 方案.json [--pack 规则包] [--reading 问题=选项] [--json] [--allow-incomplete]
 *   npm run -s check-plan -- 方案.json …      (-s keeps npm's banner out of the output)
 *
 * Packs: those named with --pack (repeatable or comma-separated), else the
 * plan's own `packs`, else the packs of the template it started from; a plan
 * with none of these is refused with a request for --pack.
 *
 * Exit status: 0 no 必须 rule fails; 1 a 必须 rule fails; 2 the file cannot be
 * read or is not a valid plan, or the arguments are wrong; 3 no 必须 rule
 * fails but one cannot be decided for lack of information (0 instead with
 * --allow-incomplete). With --json every outcome, errors included, is one
 * JSON document on standard output.
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node strips the types of every TypeScript module on each start; with the
// compile cache the stripped and compiled modules are reused, which keeps a
// call near a tenth of a second instead of half a second.
module.enableCompileCache?.(
  fileURLToPath(new URL('../node_modules/.cache/check-plan/compile', import.meta.url)),
);

const { main } = await import('./check-plan-cli.ts');
process.exitCode = await main(process.argv.slice(2));

/**
 * npm run check:content — checks the case registry, every data file, every
 * page's frontmatter and every directive, in seconds, without building the
 * site. The build runs the same check first (src/integrations/content-check.ts).
 *
 *   npm run check:content        (from the project root)
 */
import { checkContent, contentNotes, contentReport } from '../src/loaders/content-check/index.ts';

const started = performance.now();
const problems = await checkContent(process.cwd());
console.log(contentReport(problems));
for (const note of contentNotes(process.cwd())) console.log(note);
console.log(`（用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
process.exitCode = problems.length > 0 ? 1 : 0;

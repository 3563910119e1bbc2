/**
 * Fixture tests of the Markdown plugins: every folder
 * tests/fixtures/<plugin>/<case>/ holds `input.md` and either `output.html`
 * (the exact HTML expected) or `error.txt` (the exact error report expected,
 * `file:line  message` per problem). The data comes from tests/fixtures/data.
 *
 * After an intended change of output, regenerate with
 *   UPDATE_FIXTURES=1 npm run test:unit -- tests/unit/markdown
 * and review the diff of the output files.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, renderMarkdown } from './render.ts';

const PLUGINS = ['figures', 'terms', 'citations', 'anchors', 'figure-table', 'mermaid', 'cjk-breaks'];
const update = process.env['UPDATE_FIXTURES'] === '1';

for (const plugin of PLUGINS) {
  describe(`fixtures: ${plugin}`, () => {
    const dir = join(FIXTURES, plugin);
    const cases = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'input.md')));
    it('has fixture cases', () => expect(cases.length).toBeGreaterThan(0));

    for (const name of cases) {
      const input = join(dir, name, 'input.md');
      const outputFile = join(dir, name, 'output.html');
      const errorFile = join(dir, name, 'error.txt');
      const text = readFileSync(input, 'utf8');

      if (existsSync(errorFile)) {
        it(`${name}: fails with the expected report`, async () => {
          // Astro's renderer also logs the error; keep the test output quiet.
          const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
          const error = await renderMarkdown(text, input).then(
            () => undefined,
            (e: unknown) => e as Error,
          );
          log.mockRestore();
          expect(error, 'rendering should fail').toBeInstanceOf(Error);
          // Astro prefixes the file name; our report follows it.
          const report = error!.message.slice(error!.message.indexOf('内容引用有误'));
          if (update) writeFileSync(errorFile, `${report}\n`);
          expect(report).toBe(readFileSync(errorFile, 'utf8').trimEnd());
        });
      } else {
        it(`${name}: renders the expected HTML`, async () => {
          const html = await renderMarkdown(text, input);
          if (update) writeFileSync(outputFile, `${html}\n`);
          expect(existsSync(outputFile), `${outputFile} is missing`).toBe(true);
          expect(html).toBe(readFileSync(outputFile, 'utf8').trimEnd());
        });
      }
    }
  });
}

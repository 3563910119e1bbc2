/**
 * Content collections. The schemas themselves live in src/lib/schemas (and
 * src/lib/rules/schema.ts) because the Markdown plugins, the plan checker and
 * the tests validate the same files outside Astro; this file wires them to
 * Astro. Docs are read from content/docs, data from content/data.
 */
import { defineCollection } from 'astro:content';
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { z } from 'zod';
import { pageFields } from './lib/schemas/page.ts';
import { eventSchema, glossaryEntrySchema, loadedFigureSchema, sourceSchema } from './lib/schemas/data.ts';
import { packSchema } from './lib/rules/schema.ts';
import { registerSchema } from './lib/rules/register-schema.ts';
import { compareEntrySchema } from './lib/schemas/compare.ts';
import { TEACHING_PATH, teachingNotesSchema } from './lib/schemas/teaching.ts';
import { DATA_PATHS, loadCollection, loadFigures } from './loaders/site-data.ts';
import type { Located } from './lib/data/site-data.ts';

/**
 * A loader for YAML files that hold lists of records. Validation happens in
 * loadCollection so that errors name file, line and field; Astro then stores
 * each record under its own id.
 */
function yamlRecords<S extends z.ZodType>(
  path: string,
  schema: S,
  idOf: (v: z.infer<S>) => string,
  read: (root: string) => Array<Located<z.infer<S>>> = (root) => loadCollection(root, path, schema, idOf),
) {
  return {
    name: `yaml-records:${path}`,
    load: async ({ store, config, watcher, generateDigest }: LoaderContext) => {
      const root = new URL('.', config.root).pathname;
      const load = () => {
        store.clear();
        for (const { value, record } of read(root)) {
          const data = value as Record<string, unknown>;
          // The digest tells the build's caches (quizzes, the case library) that a record changed.
          store.set({ id: idOf(value), data, filePath: record.file, digest: generateDigest(data) });
        }
      };
      load();
      watcher?.on('change', (changed: string) => {
        if (changed.includes(path)) load();
      });
    },
  };
}

/**
 * Docs pages, re-rendered in `astro dev` when a data file changes. Their
 * figures, terms and citations come from content/data through our Markdown
 * plugins, but Astro re-renders a page only when its own text changes, so an
 * edited figure would stay stale until the next build. On a data change this
 * drops every page from the store and tells the glob loader its file changed.
 */
function docsWithData(): Loader {
  const pages = glob({
    base: './content/docs',
    pattern: '**/[^_]*.{md,mdx}',
    // In `astro dev` a page is rendered when it is shown, not all at start: at 1,000 cases the
    // rendered pages made a 100 MB store that dev wrote out and loaded again after every edit
    // (20–50 s before the preview showed it; start-up about 5 minutes). A build renders every page
    // anyway, and rendering them while the content syncs is cheaper there than in the bundler.
    deferRender: import.meta.env.DEV,
  });
  return {
    name: 'docs-with-data',
    load: async (context) => {
      await pages.load({ ...context, store: withoutCaseText(context.store) });
      const { store, watcher, config } = context;
      watcher?.on('change', (changed: string) => {
        if (!changed.includes('/content/data/')) return;
        const files = [...store.values()].flatMap((entry) => (entry.filePath ? [entry] : []));
        for (const entry of files) store.delete(entry.id);
        for (const entry of files)
          watcher.emit('change', fileURLToPath(new URL(entry.filePath!, config.root)));
      });
    },
  };
}

/**
 * The store, keeping no Markdown text for case pages. Astro inlines the whole
 * content store into one module of the build (and `astro dev` writes and
 * reloads it after every edit); at 1,000 cases the case pages' text was a
 * fifth of it, beside their rendered HTML. Nothing renders from it: the few
 * readers of a case page's terms read the file (src/loaders/page-markdown.ts).
 */
function withoutCaseText(store: DataStore): DataStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'set')
        return ({ body, ...entry }: Parameters<DataStore['set']>[0]) =>
          target.set(
            (entry.data as { kind?: unknown }).kind === '案例' || body === undefined
              ? entry
              : { ...entry, body },
          );
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export const collections = {
  docs: defineCollection({
    loader: docsWithData(),
    // Starlight's fields plus ours; the case-page requirements are checked on the merged object.
    schema: (context) => docsSchema({ extend: z.object(pageFields) })(context),
  }),
  // Starlight's own interface strings where its zh-CN set falls short (the heading
  // link's screen-reader label is English there). Interface, not content: it stays
  // in Starlight's default place, src/content/i18n, which is where Starlight keys it by language.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  sources: defineCollection({
    loader: yamlRecords(DATA_PATHS.sources, sourceSchema, (s) => s.id),
    schema: sourceSchema,
  }),
  figures: defineCollection({
    // Each figure with the city of the case its file belongs to (src/lib/data/figure-case.ts).
    loader: yamlRecords(DATA_PATHS.figures, loadedFigureSchema, (f) => f.id, loadFigures),
    schema: loadedFigureSchema,
  }),
  glossary: defineCollection({
    loader: yamlRecords(DATA_PATHS.glossary, glossaryEntrySchema, (g) => g.id),
    schema: glossaryEntrySchema,
  }),
  compare: defineCollection({
    loader: yamlRecords(DATA_PATHS.compare, compareEntrySchema, (c) => c.id),
    schema: compareEntrySchema,
  }),
  events: defineCollection({
    loader: yamlRecords(DATA_PATHS.events, eventSchema, (e) => e.id),
    schema: eventSchema,
  }),
  // One rule pack per file (content/data/rules/<pack>.yaml), each holding its rules and readings.
  rules: defineCollection({
    loader: yamlRecords(DATA_PATHS.rules, packSchema, (p) => p.id),
    schema: packSchema,
  }),
  // The coverage register next to the packs: every requirement of each source, encoded or with the reason it is not.
  register: defineCollection({
    loader: yamlRecords(DATA_PATHS.register, registerSchema, (r) => r.source),
    schema: registerSchema,
  }),
  teaching: defineCollection({
    loader: yamlRecords(TEACHING_PATH, teachingNotesSchema, (t) => t.case),
    schema: teachingNotesSchema,
  }),
};

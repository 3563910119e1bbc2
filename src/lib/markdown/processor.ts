/**
 * The site's Markdown processor: Astro's unified pipeline (the one
 * `unified()` from @astrojs/markdown-remark builds) less two steps that do
 * nothing to our pages but cost several milliseconds on each (issue 16: build
 * cost per case).
 *
 * - rehype-raw re-parses every page with parse5 so that raw HTML typed into
 *   the Markdown becomes part of the tree. Our pages hold no raw HTML and our
 *   plugins build trees, never HTML strings; a page without `raw` nodes
 *   skips it (a page with one still gets it, in the same place).
 * - rehype-images (not exported by Astro) only marks the images a page links;
 *   a page with an image is rendered by Astro's own pipeline instead.
 *
 * Everything else runs as in Astro, in the same order: GFM, the plugins in
 * `options` (ours, and those Starlight and our integrations add to them while
 * the config is set up: Starlight recognises the processor by its name),
 * the image list, remark-rehype, the rehype plugins, heading ids, and the HTML
 * writer. MDX pages go through Astro's MDX renderer unchanged.
 * tests/unit/markdown/processor.test.ts holds the output byte for byte.
 */
import {
  createMarkdownProcessor,
  markdownConfigDefaults,
  rehypeHeadingIds,
  remarkCollectImages,
  unified as astroUnified,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type RehypePlugins,
  type RemarkPlugins,
  type UnifiedProcessorOptions,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Node } from 'unist';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin, type Processor } from 'unified';
import { VFile } from 'vfile';

type Options = UnifiedResolvedOptions;
type Shared = AstroMarkdownOptions;

/** Whether a tree holds raw HTML anywhere: the only thing rehype-raw acts on. */
function holdsRaw(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'raw') return true;
  return (
    (node.children as Array<{ type: string; children?: unknown[] }> | undefined)?.some(holdsRaw) ?? false
  );
}

/** rehype-raw, run only on a tree that holds raw HTML. */
function rehypeRawWhereRaw() {
  const parseRaw = rehypeRaw();
  return (tree: HastRoot, file: VFile) => (holdsRaw(tree) ? parseRaw(tree, file) : tree);
}

/**
 * Options this pipeline does not build the way Astro does: string plugin
 * names, syntax highlighting, SmartyPants, Astro's benchmark mode. With any
 * of them, Astro's own pipeline renders every page.
 */
function needsAstroPipeline(options: Options, shared: Shared, smartypants: Options['smartypants']): boolean {
  const plugins = [...options.remarkPlugins, ...options.rehypePlugins];
  const named = plugins.some((p) => typeof p === 'string' || (Array.isArray(p) && typeof p[0] === 'string'));
  const highlight = shared.syntaxHighlight ?? markdownConfigDefaults.syntaxHighlight;
  return (
    named || Boolean(highlight) || smartypants !== false || Boolean(process.env.ASTRO_PERFORMANCE_BENCHMARK)
  );
}

/** A pipeline whose tree types change as plugins are added: unified's own generics cannot follow a list. */
type Pipeline = Processor<Node, Node, Node, Node, string>;

/** Adds plugins as Astro does: a plugin, or a plugin with its options. */
function usePlugins(pipeline: Pipeline, plugins: RemarkPlugins | RehypePlugins): void {
  for (const entry of plugins) {
    const [plugin, pluginOptions] = Array.isArray(entry) ? entry : [entry];
    pipeline.use(plugin as Plugin<unknown[], Node>, pluginOptions);
  }
}

/** The pipeline of Astro's createMarkdownProcessor, without rehype-images and with rehype-raw only where needed. */
function sitePipeline(options: Options, shared: Shared, gfm: boolean): Pipeline {
  const pipeline = unified().use(remarkParse) as unknown as Pipeline;
  if (gfm) pipeline.use(remarkGfm);
  usePlugins(pipeline, options.remarkPlugins);
  pipeline.use(remarkCollectImages, shared.image);
  pipeline.use(remarkRehype as unknown as Plugin<[object], Node>, {
    allowDangerousHtml: true,
    passThrough: [],
    ...options.remarkRehype,
  });
  usePlugins(pipeline, options.rehypePlugins);
  // Added again as Astro does; unified keeps one entry per plugin, so where Starlight added it first it runs there.
  pipeline.use(rehypeHeadingIds).use(rehypeRawWhereRaw);
  return pipeline
    .use(rehypeStringify as Plugin<[object], Node, string>, { allowDangerousHtml: true })
    .freeze();
}

async function createSiteRenderer(options: Options, shared: Shared): Promise<MarkdownRenderer> {
  // Astro has deprecated the top-level `markdown.gfm` and `markdown.smartypants`, but its
  // `unified()` still falls back to them; so does this.
  const gfm = options.gfm ?? shared.gfm;
  const smartypants = options.smartypants ?? shared.smartypants;
  // Astro's own pipeline, as `unified()` would have built it.
  const astroRenderer = () =>
    createMarkdownProcessor({
      ...shared,
      ...options,
      ...(gfm === undefined ? {} : { gfm }),
      ...(smartypants === undefined ? {} : { smartypants }),
    });
  if (needsAstroPipeline(options, shared, smartypants)) return astroRenderer();
  const pipeline = sitePipeline(options, shared, gfm ?? true);
  let withImages: Promise<MarkdownRenderer> | undefined;
  return {
    async render(content, renderOptions) {
      const frontmatter = renderOptions?.frontmatter ?? {};
      const file = new VFile({
        value: content,
        path: renderOptions?.fileURL,
        data: { astro: { frontmatter } },
      });
      const result = await pipeline.process(file).catch((error: unknown) => {
        const failed = prefixError(error, `Failed to parse Markdown file "${file.path}"`);
        console.error(failed);
        throw failed;
      });
      const astro = result.data.astro ?? {};
      if (astro.localImagePaths?.length || astro.remoteImagePaths?.length) {
        withImages ??= astroRenderer();
        return (await withImages).render(content, renderOptions);
      }
      return {
        code: String(result.value),
        metadata: {
          headings: astro.headings ?? [],
          localImagePaths: [],
          remoteImagePaths: [],
          frontmatter: astro.frontmatter ?? {},
        },
      };
    },
  };
}

/** As Astro words a failed page, so that build logs read the same. */
function prefixError(error: unknown, prefix: string): Error {
  if (error instanceof Error && error.message) {
    error.message = `${prefix}:\n${error.message}`;
    return error;
  }
  return new Error(`${prefix}${error ? `: ${String(error)}` : ''}`, { cause: error });
}

/**
 * `unified(options)` from @astrojs/markdown-remark with the faster renderer for `.md` pages. The
 * name and `options` stay Astro's, so Starlight and our integrations add their plugins as before.
 */
export function siteMarkdownProcessor(options: UnifiedProcessorOptions): MarkdownProcessor<Options> {
  const processor = astroUnified(options);
  return { ...processor, createRenderer: (shared) => createSiteRenderer(processor.options, shared) };
}

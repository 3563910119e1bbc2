/**
 * /diagrams/<key>.txt: one Mermaid diagram's source, as its page's canvas names it
 * (src/lib/markdown/diagram-key.ts). The sources come from the docs collection's pages (case pages
 * from their files: the store keeps no text of theirs), read as the Markdown pipeline reads them, so that the build and `npm run dev` serve the same files. Two
 * different sources with one key would fail the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { diagramKey } from '../../lib/markdown/diagram-key.ts';
import { mermaidSources } from '../../lib/markdown/diagram-sources.ts';
import { pageMarkdown } from '../../loaders/page-markdown.ts';

export const getStaticPaths = (async () => {
  const byKey = new Map<string, string>();
  for (const entry of await getCollection('docs')) {
    for (const source of mermaidSources(pageMarkdown(entry))) {
      const key = diagramKey(source);
      const known = byKey.get(key);
      if (known !== undefined && known !== source)
        throw new Error(`图示文件：两幅不同的图示得到同一个键 ${key}（${entry.id}），请改动其中一幅的写法`);
      byKey.set(key, source);
    }
  }
  return [...byKey].map(([key, source]) => ({ params: { key }, props: { source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = ({ props }) =>
  new Response(props.source, { headers: { 'content-type': 'text/plain; charset=utf-8' } });

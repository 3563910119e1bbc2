// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './src/lib/site/sidebar.ts';
import { remarkPlugins, rehypePlugins } from './src/lib/markdown/index.ts';
import search from './src/integrations/search/index.ts';
import contentCheck from './src/integrations/content-check.ts';

const docsRoot = fileURLToPath(new URL('./content/docs', import.meta.url));
const SITE = 'https://dangjian-anliku.example';
// The picture a link shows when pasted into a chat app (public/og-default.png, made by scripts/og/render.ts).
// Starlight writes og:title and og:description; og:image must be an absolute URL.
const OG_IMAGE = new URL('/og-default.png', SITE).href;

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins;
    // ours are unified plugins, so we run the unified processor.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
  integrations: [
    starlight({
      title: '城市基层党建案例库',
      description: '城市基层党建典型案例的知识库：案例、专题、术语与数据，以及可按案例规则核对的班子规划器。',
      head: [
        { tag: 'meta', attrs: { property: 'og:image', content: OG_IMAGE } },
        { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: '城市基层党建案例库' } },
        { tag: 'meta', attrs: { name: 'twitter:image', content: OG_IMAGE } },
      ],
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // Starlight's own Markdown transforms (asides, heading links) only run
      // on its default docs folder unless told where ours is.
      markdown: { processedDirs: ['./content/docs'] },
      customCss: ['./src/styles/site.css', './src/styles/markdown.css', './src/styles/print.css'],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        // Adds the tooltip and diagram scripts to the pages that need them.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Teaching notes before the footer of case pages.
        Footer: './src/components/overrides/Footer.astro',
        // Chinese search: our query strategy over a bigram index (src/lib/search).
        Search: './src/components/search/Search.astro',
      },
      // The index is built by our search integration (below), which tokenizes
      // Chinese for the query strategy; Starlight's own indexing would not.
      pagefind: false,
      // Adds 教学笔记 to a case page's table of contents (src/route-data.ts).
      routeMiddleware: './src/route-data.ts',
      lastUpdated: false,
      sidebar: buildSidebar(docsRoot, [
        { label: '案例', directory: 'cases' },
        { label: '专题', directory: 'topics' },
        { label: '术语与数据', directory: 'reference' },
        { label: '规划器', directory: 'planner', links: [{ label: '规则包', link: '/rules/' }] },
        // Trainers' tools are pages of their own (src/pages), not Markdown: the group is links.
        {
          label: '培训',
          links: [
            { label: '备课与讲课', link: '/about/teaching/' },
            { label: '组合讲座', link: '/lecture/' },
            { label: '自测', link: '/quiz/' },
          ],
        },
        { label: '关于', directory: 'about' },
      ]),
    }),
    preact(),
    // After Starlight, so that the index is built from the finished pages.
    search(),
    contentCheck(),
  ],
});

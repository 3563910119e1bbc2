// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './src/lib/site/sidebar.ts';
import { siteRemarkPlugins, rehypePlugins } from './src/lib/markdown/index.ts';
import { normalizeBasePath, normalizeSiteUrl, createRoutes } from './src/lib/routes.ts';
import search from './src/integrations/search/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import offline from './src/integrations/offline/index.ts';

const docsRoot = fileURLToPath(new URL('./content/docs', import.meta.url));

// Where the site is published (README, 部署): SITE_URL is its origin
// ("https://内网地址"), BASE_PATH the path under it ("/dangjian/"). Without
// SITE_URL the pages name no domain (no canonical link, og:url or sitemap).
const site = normalizeSiteUrl(process.env.SITE_URL);
const base = normalizeBasePath(process.env.BASE_PATH);
const routes = createRoutes(base);
// Sidebar links are site paths: Starlight adds the base to them itself.
const sitePaths = createRoutes('/');

export default defineConfig({
  ...(site ? { site } : {}),
  // Astro matches routes against decoded paths: a Chinese base is given to it
  // as it reads ("/党建/"); the links we write use the encoded form.
  base: decodeURI(base),
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins;
    // ours are unified plugins, so we run the unified processor.
    processor: unified({ remarkPlugins: siteRemarkPlugins(base), rehypePlugins, smartypants: false }),
  },
  integrations: [
    starlight({
      title: '城市基层党建案例库',
      description: '城市基层党建典型案例的知识库：案例、专题、术语与数据，以及可按案例规则核对的班子规划器。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // Starlight's own Markdown transforms (asides, heading links) only run
      // on its default docs folder unless told where ours is.
      markdown: { processedDirs: ['./content/docs'] },
      // Client scripts read the base here, so that the offline package can
      // give each page its relative one (see src/lib/routes.ts).
      head: [
        { tag: 'meta', attrs: { name: 'site-base', content: base } },
        // Installable, and kept for offline use (src/integrations/offline).
        { tag: 'link', attrs: { rel: 'manifest', href: routes.file('manifest.webmanifest') } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#b91c1c' } },
      ],
      // Hero buttons are frontmatter, not Markdown: their links get the base here.
      routeMiddleware: './src/route-data.ts',
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
      lastUpdated: false,
      sidebar: buildSidebar(docsRoot, [
        { label: '案例', directory: 'cases' },
        { label: '专题', directory: 'topics' },
        { label: '术语与数据', directory: 'reference' },
        { label: '规划器', directory: 'planner', links: [{ label: '规则包', link: sitePaths.rulePacks() }] },
        // Trainers' tools are pages of their own (src/pages), not Markdown: the group is links.
        {
          label: '培训',
          links: [
            { label: '备课与讲课', link: sitePaths.teaching() },
            { label: '组合讲座', link: sitePaths.lecture() },
            { label: '自测', link: sitePaths.quizzes() },
          ],
        },
        { label: '关于', directory: 'about' },
      ]),
    }),
    preact(),
    // After Starlight, so that the index is built from the finished pages.
    search(),
    contentCheck(),
    // Last: the service worker lists every built file, the search index included.
    offline(),
  ],
});

// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { buildSidebar } from './src/loaders/sidebar.ts';
import { rehypePlugins } from './src/lib/markdown/index.ts';
import { siteMarkdownProcessor } from './src/lib/markdown/processor.ts';
import { siteRemarkPlugins } from './src/loaders/markdown.ts';
import { normalizeBasePath, normalizeSiteUrl, createRoutes } from './src/lib/routes.ts';
import search from './src/integrations/search/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import offline from './src/integrations/offline/index.ts';
import cspHashes from './src/integrations/csp-hashes.ts';
import diagramFiles from './src/integrations/diagram-files.ts';
import pageScripts from './src/integrations/page-scripts.ts';
import { PAGE_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security/csp.ts';

const docsRoot = fileURLToPath(new URL('./content/docs', import.meta.url));

// Where the site is published (README, 部署): SITE_URL is its origin
// ("https://内网地址"), BASE_PATH the path under it ("/dangjian/"). Without
// SITE_URL the pages name no domain (no canonical link, og:url or sitemap).
const site = normalizeSiteUrl(process.env.SITE_URL);
const base = normalizeBasePath(process.env.BASE_PATH);
const routes = createRoutes(base);
// The picture a link shows when pasted into a chat app (public/og-default.png, made by scripts/og/render.ts).
// Starlight writes og:title and og:description. og:image should be an absolute URL: with SITE_URL it
// is; without, it is the path under the site, rather than a made-up domain.
const OG_IMAGE = site ? new URL(routes.file('og-default.png'), site).href : routes.file('og-default.png');
// Sidebar links are site paths: Starlight adds the base to them itself.
const sitePaths = createRoutes('/');

export default defineConfig({
  ...(site ? { site } : {}),
  // Astro matches routes against decoded paths: a Chinese base is given to it
  // as it reads ("/党建/"); the links we write use the encoded form.
  base: decodeURI(base),
  trailingSlash: 'always',
  vite: {
    resolve: {
      alias: [
        // Starlight's Icon, with its style in site.css rather than inlined in every page's head.
        {
          find: /^(?:\.\.\/user-components|\.)\/Icon\.astro$/,
          replacement: fileURLToPath(new URL('./src/components/overrides/Icon.astro', import.meta.url)),
        },
      ],
    },
    build: {
      // Scripts go in files of their own, never inline: a page's inline copies were sent again
      // with every page (about 1.5 KB gzip each), where a file is fetched once and cached.
      // Stylesheets keep Vite's default (small ones inline).
      assetsInlineLimit: (path) => (path.endsWith('.js') ? false : undefined),
    },
  },
  // Content Security Policy on every page (src/lib/security/csp.ts): Astro adds
  // the hashes of each page's own scripts.
  security: {
    csp: {
      directives: [...PAGE_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins;
    // ours are unified plugins, so we run the unified processor, in a version that skips the
    // steps that cannot change our pages (src/lib/markdown/processor.ts).
    processor: siteMarkdownProcessor({
      remarkPlugins: siteRemarkPlugins(base),
      rehypePlugins,
      smartypants: false,
    }),
  },
  integrations: [
    starlight({
      title: '城市基层党建案例库',
      description: '城市基层党建典型案例的知识库：案例、专题、术语与数据，以及可按案例规则核对的班子规划器。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // Starlight's own Markdown transforms (asides) only run on its default docs folder unless
      // told where ours is. No heading links: Starlight wraps every heading in a div and writes a
      // link into every page (markup on each page, about 5–8 ms of build per case page); the page
      // module makes the heading's text its link instead (src/components/markdown/heading-links.ts).
      markdown: { processedDirs: ['./content/docs'], headingLinks: false },
      // The web app manifest (its scope is the base the pages were built for: the offline package
      // reads it there), and the link card picture (without its type and size: chat apps read them
      // from the picture, and leaving them out saves each page ~25 bytes gzip).
      head: [
        // Installable, and kept for offline use (src/integrations/offline).
        { tag: 'link', attrs: { rel: 'manifest', href: routes.file('manifest.webmanifest') } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#b91c1c' } },
        { tag: 'meta', attrs: { property: 'og:image', content: OG_IMAGE } },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: '城市基层党建案例库' } },
      ],
      // Hero buttons get the base; case pages list 教学笔记 in their table of contents.
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
        // The navigation without Starlight's fold-state keeper and its per-group SVG carets.
        Sidebar: './src/components/overrides/Sidebar.astro',
        // Light/dark/auto as a plain select, without two SVG icons in each of its two copies.
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        // The theme before first paint, without the picker icons nothing reads any more.
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        // The phone menu button with its icons in the stylesheet, not two SVGs in every page.
        MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
        // One table of contents, laid out as the phone bar or the aside's list, instead of two copies.
        PageSidebar: './src/components/overrides/PageSidebar.astro',
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        // One language: no menu, and no script for it.
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        // Starlight's frame, header, panels and skip link with global rather than scoped styles (a class
        // on each element of every page); the frame without its script tag (the page module defines the menu).
        PageFrame: './src/components/overrides/PageFrame.astro',
        Header: './src/components/overrides/Header.astro',
        TwoColumnContent: './src/components/overrides/TwoColumnContent.astro',
        ContentPanel: './src/components/overrides/ContentPanel.astro',
        SkipLink: './src/components/overrides/SkipLink.astro',
      },
      // The index is built by our search integration (below), which tokenizes
      // Chinese for the query strategy; Starlight's own indexing would not.
      pagefind: false,
      lastUpdated: false,
      sidebar: buildSidebar(docsRoot, [
        // One link to the 案例库 page, not one per case (issue 16: a library of a thousand cases).
        { label: '案例', directory: 'cases', overview: { label: '案例库', link: sitePaths.cases() } },
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
    // The scripts every page runs, in the one page module rather than a script tag each.
    pageScripts(),
    preact(),
    // Before the search index and the service worker's file list: they see the finished pages.
    cspHashes(),
    // After Starlight, so that the index is built from the finished pages.
    search(),
    contentCheck(),
    // Every diagram a page names has its source file, and no file is left over.
    diagramFiles(),
    // Last: the service worker lists every built file, the search index included.
    offline(),
  ],
});

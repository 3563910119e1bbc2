/**
 * /manifest.webmanifest: the site as an installable web app, scoped to its
 * base, so that a copy at /dangjian/ is its own app.
 */
import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: '城市基层党建案例库',
        short_name: '党建案例库',
        description: '城市基层党建典型案例的知识库，可离线阅读、搜索和试排班子。',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: routes.home(),
        scope: routes.base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b91c1c',
        icons: [{ src: routes.file('favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    )}\n`,
    { headers: { 'content-type': 'application/manifest+json; charset=utf-8' } },
  );

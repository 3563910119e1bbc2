/**
 * /robots.txt: every page may be indexed. With SITE_URL set (README, 部署) it
 * names the sitemap; without, it names none rather than a made-up domain.
 * Crawlers read it only at a host's root: under a sub-path the host's own
 * robots.txt rules, and this one is there for whoever copies it up.
 */
import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(routes.file('sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

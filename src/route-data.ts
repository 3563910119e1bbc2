/**
 * Starlight route middleware: on a case page with teaching notes, the table
 * of contents (desktop and phone) lists 教学笔记 after the page's own
 * sections. The notes are drawn by the footer (TeachingNotes.astro), outside
 * the Markdown whose headings Starlight collects.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { TEACHING_NOTES_HEADING } from './lib/teaching/notes.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { entry, toc } = route;
  if (!toc || entry.data.kind !== '案例' || !entry.id.startsWith('cases/')) return;
  if (!(await getEntry('teaching', entry.id.slice('cases/'.length)))) return;
  toc.items.push({ ...TEACHING_NOTES_HEADING, depth: 2, children: [] });
});

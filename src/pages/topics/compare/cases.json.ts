/**
 * /topics/compare/cases.json: every case the compare page can add, by
 * province (compare-selection.ts). The page names only the provinces; the
 * picker fetches this list when the reader first opens one, or when a shared
 * link names cases, so the page stays the same size however many cases the
 * library holds. The service worker keeps it for offline use like every
 * built file.
 */
import type { APIRoute } from 'astro';
import { encodePickerIndex } from '../../../lib/content/compare-selection.ts';
import { compareData, libraryPickerGroups } from '../../../components/compare/compare-data.ts';

export const GET: APIRoute = async () => {
  const { compared } = await compareData();
  const groups = libraryPickerGroups(compared);
  return new Response(JSON.stringify(encodePickerIndex(groups)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

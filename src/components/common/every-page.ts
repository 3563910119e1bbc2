/**
 * The scripts every page runs, in the page module Astro already loads on every
 * page (src/integrations/page-scripts.ts): each as a `<script>` of its own
 * component cost every page one more script tag, about 20 bytes gzip each.
 * The parts only some pages hold load their code when the page holds them
 * (page-parts.ts). The service worker's registration is a module of its own,
 * imported here (its budget is measured on that module): it was a second
 * script tag, with a long file name, and a status element in every page.
 */
import '../search/site-search.ts';
import '../overrides/theme-select.ts';
import '../overrides/sidebar-pane.ts';
import '../markdown/heading-links.ts';
import { startPageParts } from './page-parts.ts';

startPageParts();
// No worker under `astro dev`: it would keep files the dev server rebuilds.
if (!import.meta.env.DEV)
  void import('../offline/register.ts').then(({ registerWorker }) => registerWorker());

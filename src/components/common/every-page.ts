/**
 * The scripts every page runs, in the page module Astro already loads on every
 * page (src/integrations/page-scripts.ts): each as a `<script>` of its own
 * component cost every page one more script tag, about 20 bytes gzip each.
 * The parts only some pages hold load their code when the page holds them
 * (page-parts.ts). (The service worker's registration keeps its own,
 * OfflineRegister.astro: its budget is measured on its own module.)
 */
import '../search/site-search.ts';
import '../overrides/theme-select.ts';
import '../overrides/sidebar-pane.ts';
import '../markdown/heading-links.ts';
import { startPageParts } from './page-parts.ts';

startPageParts();

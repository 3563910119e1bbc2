/**
 * The remark and rehype plugins of this site, in the order they run.
 * The content-pipeline issue fills these lists (one plugin per file).
 */
import type { PluggableList } from 'unified';

export const remarkPlugins: PluggableList = [];
export const rehypePlugins: PluggableList = [];

/**
 * Links written in content as site paths get the site's base, so that pages
 * keep their Markdown readable and the same at every deployment:
 *
 * ```markdown
 * 见[西湖区案例](/cases/nanchang-xihu/#xihu-s3-2)。
 * ```
 * built with base "/dangjian/":
 * ```html
 * 见<a href="/dangjian/cases/nanchang-xihu/#xihu-s3-2">西湖区案例</a>。
 * ```
 *
 * Covers Markdown links, link definitions and `href`/`src` of JSX elements
 * in MDX. Links to other sites, anchors on the page, relative links and
 * protocol-relative ("//host") links are left alone.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { routesOf, type PipelineOptions } from './directives.ts';
import type { Routes } from '../routes.ts';

/** A root-absolute site path ("/cases/x/"), as opposed to "//host/…", "#…", "x/…" or "https:…". */
const isSitePath = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}

const LINK_ATTRIBUTES = new Set(['href', 'src']);
/** MDX's JSX nodes (mdast-util-mdx-jsx), present only when the file is MDX. */
const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

function rewriteJsxAttributes(attributes: readonly unknown[], routes: Routes): void {
  for (const attribute of attributes as JsxAttribute[]) {
    if (attribute.type !== 'mdxJsxAttribute' || !LINK_ATTRIBUTES.has(attribute.name)) continue;
    if (typeof attribute.value === 'string' && isSitePath(attribute.value)) {
      attribute.value = routes.page(attribute.value);
    }
  }
}

export function remarkSiteLinks(options: Pick<PipelineOptions, 'base'> = {}) {
  const routes = routesOf(options);
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (
        (node.type === 'link' || node.type === 'definition' || node.type === 'image') &&
        isSitePath(node.url)
      ) {
        node.url = routes.page(node.url);
      } else if (JSX_ELEMENTS.has(node.type)) {
        rewriteJsxAttributes((node as { attributes?: unknown[] }).attributes ?? [], routes);
      }
    });
  };
}

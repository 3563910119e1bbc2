/**
 * Data handed from the build to a page's scripts travels as JSON inside a
 * `<script type="application/json">` element.
 */

/** JSON safe to place inside a script element: "<" is escaped, so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

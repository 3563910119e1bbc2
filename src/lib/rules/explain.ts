/**
 * Fills a rule's explanation templates: "{count}" becomes the value the check
 * computed. A value may be a function, called only if the template uses it
 * (listing members by name costs time on a 3,000-unit street). Unknown
 * placeholders are left as written; a test makes sure the shipped packs use
 * only the ones their checks fill.
 */
export type TemplateValue = string | number | (() => string);
export type TemplateVars = Readonly<Record<string, TemplateValue>>;

type Part = string | { key: string };
const parsed = new Map<string, Part[]>();

function parts(template: string): Part[] {
  let cached = parsed.get(template);
  if (!cached) {
    cached = template
      .split(/(\{\w+\})/)
      .map((piece) => (/^\{\w+\}$/.test(piece) ? { key: piece.slice(1, -1) } : piece));
    parsed.set(template, cached);
  }
  return cached;
}

export function fill(template: string, vars: TemplateVars): string {
  let out = '';
  for (const part of parts(template)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = vars[part.key];
    out += value === undefined ? `{${part.key}}` : typeof value === 'function' ? value() : String(value);
  }
  return out;
}

/** The placeholders a template uses. */
export function placeholdersIn(template: string): string[] {
  return parts(template).flatMap((p) => (typeof p === 'string' ? [] : [p.key]));
}

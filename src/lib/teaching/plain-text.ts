/**
 * Data text (glossary definitions) may carry our Markdown directives; where
 * it is shown as plain text (quiz explanations, speaker notes) they become
 * what a reader sees on a page: :fig[id] → the figure as it reads (863个, or
 * 〔缺〕名 where the source lost it), :term[词] → 词, :cite[…] → nothing.
 */
import type { Figure } from '../schemas/data.ts';
import { formatFigure, MISSING_TEXT } from '../figures/format.ts';

export function plainDirectives(text: string, figures: Map<string, Figure>): string {
  return text
    .replace(/:fig\[([a-z0-9-]+)\](?:\{[^}]*\})?/g, (_, id: string) => {
      const figure = figures.get(id);
      return figure ? formatFigure(figure) : MISSING_TEXT;
    })
    .replace(/:term\[([^\]]*)\](?:\{[^}]*\})?/g, '$1')
    .replace(/\s*:cite\[[^\]]*\](?:\{[^}]*\})?/g, '');
}

/**
 * The parts of a glossary entry the page shows besides its backlinks: the full
 * definition as paragraphs whose numbers are figures from the data, and the
 * source sections it cites, as links into the source records page.
 */
import { formatFigure } from '../figures/format.ts';
import { splitFigures } from '../figures/inline.ts';
import { routes } from '../routes.ts';
import { caseOfCity } from '../content/cases.ts';
import type { Figure, GlossaryEntry, Source } from '../schemas/data.ts';

export type DefinitionPiece =
  | { kind: 'text'; text: string }
  | {
      kind: 'figure';
      id: string;
      /** The figure as the source gives it (863个, 原文未给出数字). */
      text: string;
      missing: boolean;
      /** What is counted and where the source says so. */
      note: string;
      /** The figure's row in the figures table. */
      href: string;
    };

export interface DataLookup {
  figures: ReadonlyMap<string, Figure>;
  sources: ReadonlyMap<string, Source>;
}

/** "《title》section title", or undefined when the source or section is unknown. */
function citation(sources: DataLookup['sources'], source: string, section: string): string | undefined {
  const record = sources.get(source);
  const title = record?.sections.find((s) => s.id === section)?.title;
  return record && title !== undefined ? `《${record.title}》${title}` : undefined;
}

/**
 * The full definition: paragraphs (separated by line breaks in the data), each
 * a list of text and figure pieces. Throws, naming the entry, on a figure id
 * that does not exist — the build must fail rather than show a bare id.
 */
export function definitionParagraphs(
  entry: Pick<GlossaryEntry, 'id' | 'full'>,
  data: DataLookup,
): DefinitionPiece[][] {
  return entry.full
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((paragraph) =>
      splitFigures(paragraph).map((piece): DefinitionPiece => {
        if (piece.kind === 'text') return piece;
        const figure = data.figures.get(piece.id);
        if (!figure) {
          throw new Error(
            `术语「${entry.id}」的释义引用了不存在的数字 id「${piece.id}」（content/data/glossary.yaml）`,
          );
        }
        const where =
          citation(data.sources, figure.source, figure.section) ?? `${figure.source}#${figure.section}`;
        return {
          kind: 'figure',
          id: piece.id,
          text: formatFigure(figure),
          missing: figure.missing,
          note: `${figure.missing ? '原文未给出数字：' : ''}${figure.label}。出处：${where}`,
          href: routes.figures({ id: piece.id, case: caseOfCity(figure.city) ?? '' }),
        };
      }),
    );
}

export interface SourceLink {
  href: string;
  sourceTitle: string;
  sectionTitle: string;
}

/** The entry's sources as links to their sections on the sources page; throws on an unknown section. */
export function sourceLinks(
  entry: Pick<GlossaryEntry, 'id' | 'sources'>,
  sources: DataLookup['sources'],
): SourceLink[] {
  return entry.sources.map(({ source, section }) => {
    const record = sources.get(source);
    const sectionTitle = record?.sections.find((s) => s.id === section)?.title;
    if (!record || sectionTitle === undefined) {
      throw new Error(
        `术语「${entry.id}」的出处「${source}#${section}」不存在（content/data/glossary.yaml）`,
      );
    }
    return {
      href: routes.sources(source, section),
      sourceTitle: record.title,
      sectionTitle,
    };
  });
}

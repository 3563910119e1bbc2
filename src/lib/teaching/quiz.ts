/**
 * Self-test questions: the shared shape, and the questions built from the
 * figures data. A question is asked only about a figure the source really
 * gives (never a missing one, never as a wrong option either), its options
 * read the way figures read on the site (format.ts), and its explanation
 * cites the source title and section.
 *
 *   cs-shequ-yongfang-zuidi (不少于600平方米) →
 *   "据原文，长沙每个社区的服务用房面积不少于多少平方米？"  A 300平方米  B 600平方米 …
 *
 * Deterministic: everything random draws from a seeded source (random.ts).
 */
import type { Figure, Source } from '../schemas/data.ts';
import { formatFigure, formatNumber } from '../figures/format.ts';
import { caseOfCity, type CaseSlug } from '../content/cases.ts';
import { rewriteNumeral } from './numerals.ts';
import { pick, seededRandom, shuffle, type Random } from './random.ts';
import { routes } from '../routes.ts';

/** A source passage an explanation rests on. */
export interface QuizCitation {
  source: string;
  sourceTitle: string;
  section: string;
  sectionTitle: string;
}

export interface QuizOption {
  /** Letter shown before the option: A, B, C… */
  key: string;
  text: string;
  correct: boolean;
}

export interface QuizQuestion {
  /** Stable id (used as the form field name and the anchor). */
  id: string;
  /** 单选 or 多选. */
  type: 'single' | 'multiple';
  prompt: string;
  options: QuizOption[];
  /** Why the answer is right, in plain words. */
  explanation: string;
  citations: QuizCitation[];
  /** Where to read more on the site. */
  link: { href: string; label: string };
  /** Cases the question is about (empty for none in particular). */
  cases: CaseSlug[];
  /** What the question was built from. */
  origin: 'figure' | 'glossary';
}

const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Attach letters, in the (already shuffled) order given. */
export function lettered(options: Array<{ text: string; correct: boolean }>): QuizOption[] {
  return options.map((o, i) => ({ key: OPTION_KEYS[i] ?? String(i + 1), ...o }));
}

/** Citation of a source section, with titles looked up (the section id stands in if the record lacks it). */
export function citationOf(sources: Map<string, Source>, source: string, section: string): QuizCitation {
  const record = sources.get(source);
  return {
    source,
    sourceTitle: record?.title ?? source,
    section,
    sectionTitle: record?.sections.find((s) => s.id === section)?.title ?? section,
  };
}

/** The citation as one line: 《标题》，章节. */
export function citationText(c: QuizCitation): string {
  return `《${c.sourceTitle}》，${c.sectionTitle}`;
}

// ---- Figures ----

/**
 * Figures that make fair questions: a number the source gives, not a date or
 * a time of day, and — when the source writes it in words — one whose words
 * we can vary (三届 → 五届).
 */
export function isQuizzable(f: Figure): boolean {
  if (f.missing || f.value === undefined) return false;
  if (/年份|月份|时段/.test(f.label)) return false;
  if (['月', '时'].includes(f.unit)) return false;
  if (f.written !== undefined && rewriteNumeral(f.written, f.value, f.value + 1) === undefined) return false;
  return caseOfCity(f.city) !== undefined;
}

/** How the question asks for the number, by the unit's shape. */
type Asking = 'unit' | 'percent' | 'whole';

function askingOf(f: Figure): Asking {
  if (f.written !== undefined) return 'whole';
  if (f.unit === '%') return 'percent';
  // Units carrying 多/余/以上/左右 read wrongly after 多少; ask for the whole phrase instead.
  if (f.unit === '' || /多|余|以上|左右|方面/.test(f.unit)) return 'whole';
  return 'unit';
}

/** The thing asked about: the label, with the city in front unless the label names it. */
function subjectOf(f: Figure): string {
  const city = f.city.replace(/市$/, '');
  return f.label.includes(city) ? f.label : `${city}${f.label}`;
}

/** The question's wording for a figure. */
export function figurePrompt(f: Figure): string {
  const subject = subjectOf(f);
  const verb = f.qualifier ?? '是';
  switch (askingOf(f)) {
    case 'unit':
      return `据原文，${subject}${verb}多少${f.unit}？`;
    case 'percent':
      return `据原文，${subject}${verb}百分之多少？`;
    case 'whole':
      return `据原文，${subject}是多少？`;
  }
}

type Value = Pick<Figure, 'value' | 'max' | 'rangeMark'>;

/** How an option reads: with the qualifier only when the question does not already say it. */
function optionText(f: Figure, v: Value): string {
  if (f.written !== undefined)
    return rewriteNumeral(f.written, f.value as number, v.value as number) ?? f.written;
  const shown = { ...f, ...v, missing: false, written: undefined };
  return askingOf(f) === 'whole' ? formatFigure(shown) : `${formatNumber(shown)}${f.unit}`;
}

/** A figure statement ("社区协办事项：41项") with the true or a wrong value. */
function statementText(f: Figure, v: Value): string {
  if (f.written !== undefined) return `${f.label}：${optionText(f, v)}`;
  return `${f.label}：${formatFigure({ ...f, ...v, missing: false })}`;
}

const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;
const round = (n: number, places: number) => Number(n.toFixed(places));

/**
 * Wrong values near the right one: halves, doubles and small steps, plus the
 * numbers of other figures with the same unit. Same precision as the true
 * value; percentages stay at or below 100; never the true value itself.
 */
export function distractorValues(f: Figure, pool: readonly Figure[], random: Random, count = 3): Value[] {
  const v = f.value as number;
  const places = Math.max(decimalsOf(v), f.max !== undefined ? decimalsOf(f.max) : 0);
  const step = places === 0 ? Math.max(1, Math.round(v * 0.25)) : round(v * 0.25, places) || 10 ** -places;
  const capped = f.unit.startsWith('%') && v <= 100;
  // Numbers written in words stay whole and below 100 (chineseNumeral's range).
  const worded = f.written !== undefined;
  const ok = (x: number) => x > 0 && (!capped || x <= 100) && (!worded || (Number.isInteger(x) && x < 100));
  const key = (c: Value) => `${c.value}-${c.max ?? ''}`;
  const truth = key(f);
  const seen = new Set([truth]);
  const out: Value[] = [];
  const offer = (c: Value) => {
    if (c.value === undefined || !ok(c.value) || (c.max !== undefined && (!ok(c.max) || c.max <= c.value)))
      return;
    const k = key(c);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(c);
  };
  const mark = f.rangeMark;
  const make = (value: number, max?: number): Value =>
    max === undefined
      ? { value: round(value, places), rangeMark: mark }
      : { value: round(value, places), max: round(max, places), rangeMark: mark };

  const borrowed = pick(similarFigures(f, pool), 2, random).map((o) => make(o.value as number, o.max));
  const near =
    f.max === undefined
      ? [v * 2, v / 2, v + step, v - step, v * 3, v + 2 * step, v * 1.5].map((x) => make(x))
      : [
          make(v + step, f.max + step),
          make(v * 2, f.max * 2),
          make(f.max, f.max + (f.max - v)),
          make(Math.max(v - step, v / 2), Math.max(f.max - step, v)),
        ];
  // Mostly near misses, with at most one number borrowed from elsewhere in the data.
  for (const c of [...shuffle(near, random).slice(0, count - 1), ...borrowed, ...shuffle(near, random)]) {
    if (out.length >= count) break;
    offer(c);
  }
  // Integer steps upward as a last resort (a value of 1 has few near misses).
  for (let k = 1; out.length < count && k < 50; k += 1)
    offer(make(v + k * step, f.max === undefined ? undefined : f.max + k * step));
  return out;
}

/**
 * The quizzable figures of a pool, indexed once per pool: by case, and by
 * unit and shape (range or not). Every question used to scan the whole pool,
 * twice, which made the quizzes of a library grow with the square of its size.
 */
interface FigureIndex {
  byCase: Map<CaseSlug, Figure[]>;
  byShape: Map<string, Figure[]>;
}

const indexes = new WeakMap<readonly Figure[], FigureIndex>();
const shapeOf = (f: Figure) => `${f.unit}\0${f.max === undefined ? 'value' : 'range'}`;

function indexOf(pool: readonly Figure[]): FigureIndex {
  let index = indexes.get(pool);
  if (index) return index;
  index = { byCase: new Map(), byShape: new Map() };
  for (const f of pool) {
    if (!isQuizzable(f)) continue;
    const slug = caseOfCity(f.city) as CaseSlug;
    for (const [map, key] of [
      [index.byCase, slug],
      [index.byShape, shapeOf(f)],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(f);
      else map.set(key, [f]);
    }
  }
  indexes.set(pool, index);
  return index;
}

/** Figures whose numbers may be borrowed as wrong answers: at most this many, the first in the pool's order. */
const BORROW_CANDIDATES = 64;

/**
 * Other figures with the same unit and shape and a similar size (within a
 * factor of five): plausible wrong answers. The first BORROW_CANDIDATES of
 * them are enough to draw two from, and keep a question's cost independent
 * of the size of the library.
 */
function similarFigures(f: Figure, pool: readonly Figure[]): Figure[] {
  const v = f.value as number;
  const out: Figure[] = [];
  for (const o of indexOf(pool).byShape.get(shapeOf(f)) ?? []) {
    if (o.id === f.id || (o.value as number) < v / 5 || (o.value as number) > v * 5) continue;
    out.push(o);
    if (out.length === BORROW_CANDIDATES) break;
  }
  return out;
}

interface FigureQuizInput {
  figures: Figure[];
  sources: Map<string, Source>;
  seed: string;
}

/** Link to the figure's row in its case's figures table (with its year, level and source). */
function figureLink(f: Figure, slug: CaseSlug) {
  return { href: routes.figures({ case: slug, id: f.id }), label: `在数据一览中查看` };
}

/** One single-choice question about a figure. */
export function figureQuestion(f: Figure, { figures, sources, seed }: FigureQuizInput): QuizQuestion {
  const slug = caseOfCity(f.city) as CaseSlug;
  const random = seededRandom(`${seed}:${f.id}`);
  const wrong = distractorValues(f, figures, random);
  const options = shuffle(
    [
      { text: optionText(f, f), correct: true },
      ...wrong.map((v) => ({ text: optionText(f, v), correct: false })),
    ],
    random,
  );
  const citation = citationOf(sources, f.source, f.section);
  return {
    id: `fig-${f.id}`,
    type: 'single',
    prompt: figurePrompt(f),
    options: lettered(options),
    explanation: `据原文，${subjectOf(f)}为${formatFigure(f)}。${f.note ? `说明：${f.note}` : ''}`,
    citations: [citation],
    link: figureLink(f, slug),
    cases: [slug],
    origin: 'figure',
  };
}

/**
 * A multiple-choice question over several figures of one case: which of
 * these statements match the source? Some carry the true number, the others
 * a near miss; at least one of each.
 */
function figureStatementsQuestion(
  slug: CaseSlug,
  chosen: Figure[],
  { figures, sources, seed }: FigureQuizInput,
  index: number,
): QuizQuestion {
  const random = seededRandom(`${seed}:${slug}:statements:${index}`);
  // Between one and all-but-one statements are wrong, so neither "all" nor "none" is the answer.
  const falseCount = 1 + Math.floor(random() * (chosen.length - 1));
  const falseIds = new Set(pick(chosen, falseCount, random).map((f) => f.id));
  const statements = chosen.map((f) => {
    if (!falseIds.has(f.id)) return { text: statementText(f, f), correct: true };
    const [v] = distractorValues(f, figures, random, 1);
    return { text: statementText(f, v ?? f), correct: v === undefined };
  });
  const citations = chosen
    .map((f) => citationOf(sources, f.source, f.section))
    .filter((c, i, all) => all.findIndex((o) => o.source === c.source && o.section === c.section) === i);
  const city = chosen[0]?.city ?? '';
  return {
    id: `figs-${slug}-${index}`,
    type: 'multiple',
    prompt: `关于${city}，下列哪些说法与原文一致？`,
    options: lettered(shuffle(statements, random)),
    explanation: `原文中：${chosen.map((f) => `${f.label}为${formatFigure(f)}`).join('；')}。`,
    citations,
    link: { href: routes.case(slug), label: `阅读${city}案例` },
    cases: [slug],
    origin: 'figure',
  };
}

/** Every single-choice figure question of a case, in data order. */
export function figureQuestionsFor(slug: CaseSlug, input: FigureQuizInput): QuizQuestion[] {
  return (indexOf(input.figures).byCase.get(slug) ?? []).map((f) => figureQuestion(f, input));
}

/** `count` multiple-choice statement questions for a case, each over four different figures. */
export function statementQuestionsFor(slug: CaseSlug, input: FigureQuizInput, count: number): QuizQuestion[] {
  const random = seededRandom(`${input.seed}:${slug}:statement-pool`);
  const eligible = shuffle(indexOf(input.figures).byCase.get(slug) ?? [], random);
  const out: QuizQuestion[] = [];
  for (let i = 0; i < count && (i + 1) * 4 <= eligible.length; i += 1) {
    out.push(figureStatementsQuestion(slug, eligible.slice(i * 4, i * 4 + 4), input, i + 1));
  }
  return out;
}

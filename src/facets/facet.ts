import type { Fact, FacetKind } from '../types.js';

/** What a facet sees of one sentence. Offsets a facet returns are relative to `text`. */
export interface SentenceContext {
  /** Index of the sentence in its article. */
  index: number;
  /** The sentence, exactly as in the article. */
  text: string;
  /** The article's publication date as `YYYY-MM-DD`, when given: anchors "Saturday", "yesterday". */
  publishedAt?: string;
  /** The sentence before, when there is one: "A day earlier, ..." counts from its day. */
  previous?: SentenceContext;
}

/** A fact as a facet finds it: a value and the span of the sentence it came from. */
export interface Found<V> {
  value: V;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** Which rule found it, e.g. `designation` (prefixed with the facet kind in the report). */
  rule: string;
}

/**
 * How value x stands to value y.
 * - `equal`: the same thing ("35 tons" / "35 tonnes").
 * - `compatible`: both can be true and neither is clearly more specific ("99" / "almost a hundred").
 * - `narrower`: x is more specific than y and implies it ("An-124" / "a military plane").
 * - `broader`: y is more specific than x.
 * - `conflict`: they cannot both be true ("March 23" / "March 24").
 * - `unrelated`: they speak of different things and are not compared (a crew count and a passenger count).
 */
export type Relation = 'equal' | 'compatible' | 'narrower' | 'broader' | 'conflict' | 'unrelated';

/** What a judge knows of the two articles beside their facts. */
export interface JudgeContext {
  /** Do sentence `i` of a and sentence `j` of b report the same thing: are they aligned on their own words?
   * (A sentence aligned only through a neighbour that it restates does not count.) */
  aligned(i: number, j: number): boolean;
  /** How alike sentence `i` of a and `j` of b are on their own words where they are so aligned, else 0. */
  score?(i: number, j: number): number;
  /** The facts each side set aside as of another moment than its event (the report's `background`). */
  background?: { a: readonly Fact[]; b: readonly Fact[] };
}

/** The verdict a facet gives two non-empty sets of event facts. */
export interface SetJudgement {
  verdict: 'agree' | 'partial' | 'conflict';
  explanation: string;
}

/**
 * One kind of fact: it finds its facts in a sentence and judges two sets of them.
 * Register a new facet by adding it to the list in `facets/index.ts`.
 */
export interface Facet<V = unknown> {
  kind: FacetKind;
  /** Finds this facet's facts in one sentence. Must be fast and safe on any input. */
  extract(sentence: SentenceContext): Found<V>[];
  /** How one value stands to another; drives the default set comparison and dispute detection. */
  relate(x: V, y: V): Relation;
  /** A short plain-words form of a value for reports: "An-124 (Antonov)", "35 t". */
  describe(value: V): string;
  /**
   * Judges a's facts against b's when pairwise relations are not enough (aircraft: "two planes" against
   * "an An-124 and an Il-62"). Defaults to {@link judgeByRelation}. `context` says which sentences of the
   * two articles are aligned, when the facts come from a comparison.
   */
  compare?(a: Fact<V>[], b: Fact<V>[], context?: JudgeContext): SetJudgement;
  /**
   * Where two parties' claims of this facet can compete: anywhere in one article (the default: "Moscow
   * said it was shot down. Kyiv blamed a technical failure."), or only inside one sentence, for facts that
   * in different sentences speak of different things (times date different moments of a story).
   */
  disputedWithin?: 'article' | 'sentence';
  /**
   * Does this value stay true after the event, so that a sentence dated a few days later still states
   * it of the event? How many flew does ("Rescuers found the wreckage on Monday ... the eight people
   * aboard"); a death toll, which rises as days pass, does not. Such facts of a follow-up sentence keep
   * the event's scope (see `scopeFacts`). Defaults to never.
   */
  lasting?(value: V): boolean;
  /**
   * Reads one article's facts of this facet together before they are judged, where a fact's value
   * depends on the others (aircraft: whose an unnamed-country aircraft is, in a clash of two countries'
   * aircraft). Defaults to the facts as found.
   */
  withinArticle?(facts: Fact<V>[]): Fact<V>[];
  /**
   * Is this value only weighed against the facet's other values, never the subject of a row of its own?
   * Cargo holds the people a plane carried, so that "prisoners" can meet "missiles"; how many flew is the
   * people facet's row. A facet gets no row when every fact of both sides is such a value. Defaults to never.
   */
  secondary?(value: V): boolean;
}

/** Declares a facet with its value type checked. */
export function defineFacet<V>(facet: Facet<V>): Facet<V> {
  return facet;
}

/**
 * The default set comparison: conflict when some fact of a cannot be true with some related fact of b
 * and neither finds support on the other side; agree when every fact has an equal or compatible
 * counterpart; otherwise partial (one side is more specific, or names things the other does not).
 *
 * An article often gives several values of one facet for several moments of a story ("the shooting on
 * Friday", "arrested on Sunday"). When the other article confirms one of them ("Friday"), its other
 * values are things it says alone, not a contradiction: only a value that clashes and is confirmed by
 * nothing on the other side makes the articles disagree. A value is confirmed by an equal value or by a
 * more specific one that implies it; a looser one ("recently", "almost a hundred") confirms nothing.
 */
export function judgeByRelation<V>(facet: Facet<V>, a: Fact<V>[], b: Fact<V>[], options: RelationJudgeOptions<V> = {}): SetJudgement {
  // Relate distinct values only: an article repeats its facts ("Caracas" five times), and a scraped page
  // can hold thousands, so pairing every fact with every fact would grow with their product.
  const groupsA = withoutImplied(facet, byValue(a)), groupsB = withoutImplied(facet, byValue(b));
  const conflicts: [Fact<V>[], Fact<V>[]][] = [];
  let moreSpecific: 'a' | 'b' | undefined;
  const matchedA = new Set<Fact<V>[]>();
  const matchedB = new Set<Fact<V>[]>();
  const confirmedA = new Set<Fact<V>[]>();
  const confirmedB = new Set<Fact<V>[]>();
  for (const x of groupsA) {
    for (const y of groupsB) {
      const r = facet.relate(x[0]!.value, y[0]!.value);
      if (r === 'unrelated') {
        if (options.accounted?.(x[0]!.value, y[0]!.value)) {
          matchedA.add(x);
          matchedB.add(y);
        }
        continue;
      }
      if (r === 'conflict') {
        // A clash that does not count leaves both values to their own side ("only a names ...").
        if (!options.clashCounts || options.clashCounts(x, y)) conflicts.push([x, y]);
        continue;
      }
      matchedA.add(x);
      matchedB.add(y);
      // A value is confirmed by an equal one or by one that implies it ("June 7" confirms "in June").
      if (r === 'equal' || r === 'broader') confirmedA.add(x);
      if (r === 'equal' || r === 'narrower') confirmedB.add(y);
      if (r === 'narrower') moreSpecific ??= 'a';
      if (r === 'broader') moreSpecific ??= 'b';
    }
  }
  const d = (f: Fact<V>) => `"${f.text}"`;
  const conflict = conflicts.find(([x, y]) => !confirmedA.has(x) && !confirmedB.has(y));
  if (conflict) {
    return { verdict: 'conflict', explanation: `${d(conflict[0][0]!)} cannot be true with ${d(conflict[1][0]!)}` };
  }
  const aloneA = groupsA.filter((x) => !matchedA.has(x)).map((g) => g[0]!);
  const aloneB = groupsB.filter((y) => !matchedB.has(y)).map((g) => g[0]!);
  if (!moreSpecific && aloneA.length === 0 && aloneB.length === 0) {
    return { verdict: 'agree', explanation: 'both state compatible values' };
  }
  if (matchedA.size === 0 && matchedB.size === 0) {
    return { verdict: 'partial', explanation: DIFFERENT_THINGS };
  }
  const parts: string[] = [];
  // One phrase may state several values ("did not enter US or Canadian airspace"): quote it once.
  const quotes = (facts: Fact<V>[]) => [...new Set(facts.map(d))].join(', ');
  if (moreSpecific) parts.push(`${moreSpecific} is more specific`);
  if (aloneA.length) parts.push(`only a names ${quotes(aloneA)}`);
  if (aloneB.length) parts.push(`only b names ${quotes(aloneB)}`);
  return { verdict: 'partial', explanation: parts.join('; ') };
}

/** The explanation of a partial verdict whose values all concern different things. */
export const DIFFERENT_THINGS = 'the two sides name different things, none contradicting the other';

/** Beyond this many distinct values a side's values are not weighed against each other (a scraped page). */
const IMPLIED_LIMIT = 48;

/**
 * A side's values less any that another of its own values implies: "shot down" beside "shot down by
 * Syrian air defences", "in March" beside "March 23". The more specific one speaks for both, so the other
 * side's equal value agrees with it rather than being "more specific" than its looser restatement.
 */
function withoutImplied<V>(facet: Facet<V>, groups: Fact<V>[][]): Fact<V>[][] {
  if (groups.length < 2 || groups.length > IMPLIED_LIMIT) return groups;
  const kept = groups.filter((g) => !groups.some((h) => h !== g && facet.relate(h[0]!.value, g[0]!.value) === 'narrower'));
  return kept.length ? kept : groups;
}

/** Options of {@link judgeByRelation}. */
export interface RelationJudgeOptions<V> {
  /**
   * Whether two clashing values (each with every fact that states it) make the sides conflict. By default
   * every clash does; a facet whose values date or count different moments of a story can narrow it.
   */
  clashCounts?(x: readonly Fact<V>[], y: readonly Fact<V>[]): boolean;
  /**
   * Whether two unrelated values account for each other all the same: counts of two moments ("six taken to
   * hospital" on the day, "nineteen injured" the day after). Neither is then said alone.
   */
  accounted?(x: V, y: V): boolean;
}

/**
 * Facts grouped by equal value (and, with `keyOf`, by whatever else must tell them apart), in order of
 * first appearance. Values are plain data built in a fixed key order, so their JSON is a sound key.
 */
export function byValue<V>(facts: readonly Fact<V>[], keyOf: (f: Fact<V>) => string = () => ''): Fact<V>[][] {
  const groups = new Map<string, Fact<V>[]>();
  for (const f of facts) {
    const key = `${keyOf(f)}\u0000${JSON.stringify(f.value)}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

/**
 * Public types of corroborate. Everything here is plain, JSON-serialisable data.
 */

/** One article handed to {@link compare}. Exactly one of `text` or `sentences`. */
export interface ArticleInput {
  /** Echoed in the report; two articles of one comparison must have different ids. */
  id: string;
  /** The article as plain text. */
  text?: string;
  /** The article already split: no segmentation is done and a sentence's index is its position. */
  sentences?: string[];
  /** Anchors relative dates ("Saturday", "on Monday", "yesterday"). ISO string or Date. */
  publishedAt?: string | Date;
  /** Outlet name, for display. */
  source?: string;
  title?: string;
  /**
   * One vector per sentence from your own embedding model, in sentence order: the aligner then scores
   * sentence pairs by the cosine of their vectors instead of the built-in word overlap. Give vectors for
   * both articles or for neither, all of one length. With `text`, split it with `splitSentences` first
   * so the vectors match the sentences compared. Set `alignThreshold` for your model.
   */
  vectors?: readonly ArrayLike<number>[];
}

export type FacetKind =
  | 'aircraft'
  | 'origin'
  | 'destination'
  | 'location'
  | 'time'
  | 'people'
  | 'cargo'
  | 'casualties'
  | 'purpose'
  | 'cause'
  | 'actors';

export type Verdict = 'agree' | 'partial' | 'conflict' | 'disputed' | 'only-a' | 'only-b';

export type SentenceStatus = 'aligned' | 'unique' | 'off-topic';

/** A closed interval of numbers: what a figure, rounded or hedged, allows. */
export interface Interval {
  min: number;
  max: number;
}

/** Who asserts a fact, as the article says it ("according to media reports", "Sputnik quoted the source"). */
export interface Attribution {
  /** The party, normalised for comparison: "sputnik", "associated press", "media reports". */
  source: string;
  /** The words that name the attribution, as written. */
  text: string;
  /** Offsets of `text` in the article text. */
  start: number;
  end: number;
}

/**
 * One fact found in one sentence. `value` is typed per facet (see the facet modules' `*Value` types).
 */
export interface Fact<V = unknown> {
  facet: FacetKind;
  value: V;
  /** The words it came from: `articleText.slice(start, end) === text`. */
  text: string;
  /** Index of the sentence it came from. */
  sentence: number;
  start: number;
  end: number;
  /** The rule that found it, e.g. `aircraft/designation`. */
  rule: string;
  /** Who says so, when the sentence attributes the claim. */
  attribution?: Attribution;
  /** Hedging words that weaken the claim: "almost", "reportedly", "may have". */
  hedges?: string[];
  /** `background` when the sentence is about another event or time; background facts are never compared. */
  scope: 'event' | 'background';
  /** Why a fact is background ("time: December", "cue: previous"). */
  scopeReason?: string;
}

export interface SentenceView {
  index: number;
  text: string;
  /** UTF-16 offsets: `input.text.slice(start, end) === text`. */
  start: number;
  end: number;
  status: SentenceStatus;
}

export interface ArticleView {
  id: string;
  source?: string;
  title?: string;
  /** The publication date used to resolve relative dates, as YYYY-MM-DD, when one was given. */
  publishedAt?: string;
  sentences: SentenceView[];
}

/** One word-level difference between aligned sentences, from jsdiff's `diffWords`. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Sentences of a and b that report the same thing. Many-to-many: a sentence may sit in several. */
export interface Alignment {
  a: number[];
  b: number[];
  /** Similarity in [0, 1]. */
  score: number;
  /** Word-level difference from the a sentences to the b sentences. */
  diff: DiffPart[];
}

export interface FacetComparison {
  facet: FacetKind;
  verdict: Verdict;
  /** The event facts on each side that the verdict rests on. */
  a: Fact[];
  b: Fact[];
  /** One line in plain words: why this verdict. */
  explanation: string;
  /** For `disputed`: the competing claims within one article, grouped by who makes them. */
  claims?: { side: 'a' | 'b'; source: string; facts: Fact[] }[];
}

/**
 * One reason behind a same-event score: dates, years or names the two articles share, or that set them
 * apart. The score weighs more than these (words, numbers, sentences aligned); the evidence is what a
 * reader can check in the texts.
 */
export interface EventEvidence {
  /** Toward one event, or toward two events of one kind. */
  points: 'same' | 'different';
  /** What was found: "event date in common: 2019-03-23", "no year in common: a 2008; b 2013". */
  says: string;
}

export interface Warning {
  code: string;
  message: string;
  article?: string;
}

export interface ComparisonReport {
  articles: [ArticleView, ArticleView];
  alignments: Alignment[];
  /** At most one row per facet kind; none where neither side says anything about the event. */
  facets: FacetComparison[];
  /** Do both articles report one event? `evidence` says why, in terms a reader can check. */
  eventMatch: { score: number; same: boolean; evidence: EventEvidence[] };
  /** Facts about other events or times (recalled history, earlier flights), kept out of `facets`. */
  background: { a: Fact[]; b: Fact[] };
  summary: { agree: number; partial: number; conflict: number; disputed: number; onlyA: number; onlyB: number };
  warnings: Warning[];
}

/** Several articles about one event, every pair compared once: what {@link compareAll} returns. */
export interface MultiComparisonReport {
  /** The articles' ids, in the order given. */
  articles: string[];
  /** One report per pair: the i-th article against the j-th, for i < j, in that order. */
  pairs: ComparisonReport[];
  /** Per facet kind that any pair judges, in the registry's order: every pair's verdict on it. */
  facets: MultiFacetRow[];
}

/** One facet across the pairs of a {@link MultiComparisonReport}. */
export interface MultiFacetRow {
  facet: FacetKind;
  /** The pairs that judge this facet (either side says something on it), in the order of `pairs`. */
  verdicts: { a: string; b: string; verdict: Verdict; explanation: string }[];
}

/** Scores how much two sentences say the same thing, in [0, 1]. */
export type SentenceScorer = (a: string, b: string) => number;

/** Options of {@link compare}. Every field is optional. */
export interface CompareOptions {
  /**
   * Replaces the built-in sentence similarity (stemmed, IDF-weighted words plus shared facts), for
   * users who bring their own model (embeddings, a cross-encoder). Must be deterministic. Articles with
   * `vectors` need no scorer: the cosine of their vectors is used.
   * @default the built-in `similarity`
   */
  similarity?: SentenceScorer;
  /**
   * Minimum similarity for two sentences to be aligned. With the built-in similarity this is the bar
   * of two leads, and it rises by up to 0.05 for sentences further down their articles; with your own
   * scorer or vectors it is the same for every pair.
   * @default 0.10 (calibrated on ECB+ topics 1-22)
   */
  alignThreshold?: number;
  /**
   * Largest article accepted, in UTF-16 code units of text (or of the sentences joined by a space).
   * @default 2_000_000
   */
  maxLength?: number;
}

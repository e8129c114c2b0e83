import { diffWords } from 'diff';
import type { Article } from '../input.js';
import type { Alignment, DiffPart, Fact, SentenceScorer, SentenceStatus } from '../types.js';
import { candidateIndex, type Bar, type Row } from './candidates.js';
import { withContext } from './context.js';
import { factValues, type FactValues } from './facts.js';
import { findOffTopic, furnitureOf } from './offtopic.js';
import { prepare, type Prepared } from './prepare.js';
import { compareVectors, type SentenceVector } from './similarity.js';
import { cosineOf } from './vectors.js';
import { plainText } from '../text/markup.js';

export { similarity } from './similarity.js';

export interface AlignOptions {
  /** Replaces the built-in sentence similarity. @default the built-in `similarity`, or the cosine of
   * the articles' `vectors` when they have them */
  similarity?: SentenceScorer;
  /** Minimum score for two leads to be aligned; with the built-in similarity deeper pairs need more
   * ({@link ALIGN.depthRise}). @default {@link DEFAULT_ALIGN_THRESHOLD} */
  threshold?: number;
}

export interface AlignResult {
  alignments: Alignment[];
  status: [SentenceStatus[], SentenceStatus[]];
  /** The prepared sentences, for later stages (same-event detection) that read the same terms. */
  prepared: Prepared;
  /** Are sentence i of a and j of b aligned on their own words, not only through context? Judges read
   * this: a restatement aligned through its neighbour may give the time of another moment. */
  alignedOnOwn(i: number, j: number): boolean;
  /** The score of sentence i of a and j of b on their own words where they are so aligned, else 0. */
  ownScore(i: number, j: number): number;
}

/**
 * Score two leads must reach to align; deeper pairs need more ({@link ALIGN.depthRise}). Calibrated with
 * it on ECB+ topics 1-22: the most precision at no loss of alignment F1.
 */
export const DEFAULT_ALIGN_THRESHOLD = 0.10;

/** Tunable constants of the aligner; exported for the evaluation script. */
export const ALIGN = {
  /** Evidence from facts the two sentences share (same facet, values that agree), per fact pair. */
  factAgree: 0.08,
  factConflict: 0.06,
  factCap: 0.16,
  /** Distinct facts per sentence read for that evidence. */
  factsPerSentence: 24,
  /** Posting lists longer than this share of the sentences are not used to find candidates. */
  commonShare: 0.25,
  /** ...but never fewer than this many sentences. */
  commonLeast: 20,
  /** Most candidates scored in full for one sentence, taken by shared term weight; short articles
   * (fewer sentences than this) are unaffected. */
  maxCandidates: 20,
  /** Most word edits a diff may take before it falls back to "all removed, all added". */
  maxEdits: 50,
  /** With a user scorer or vectors, all pairs are scored up to this many; beyond it candidates come from the index. */
  allPairsLimit: 40_000,
  /**
   * Factor on the built-in score of two sentences that share names and numbers but no other word: the
   * same people, not yet the same happening ("Lohan checked into rehab" / "Lohan's lawyer asked the judge").
   * On ECB+ 1-22 such pairs were right 0.46 of the time, against 0.64-0.74 for pairs that share a word.
   */
  namesOnly: 0.5,
  /**
   * Rise of the threshold with depth: a pair needs `depthRise` × d more, d being how far down its article
   * the deeper sentence lies (0 for the first, near 1 for the last). News tells its event first; deeper
   * sentences give background, reactions and other happenings, and alike words pair them wrongly more
   * often. On ECB+ 1-22 aligned pairs of two leads were right 0.95 of the time, pairs past the sixth
   * sentence 0.45. Applies to the built-in similarity only: a caller's scorer has its own scale.
   */
  depthRise: 0.05,
} as const;

/**
 * Aligns the sentences of two articles, many to many, and gives every sentence a status: aligned,
 * unique (on topic but said by one article only) or off-topic (scraped junk unrelated to the story).
 */
export function align(a: Article, b: Article, factsA: Fact[], factsB: Fact[], options: AlignOptions = {}): AlignResult {
  const prepared = prepare(a, b);
  const threshold = options.threshold ?? DEFAULT_ALIGN_THRESHOLD;
  const facts = factValues(factsA, factsB, ALIGN.factsPerSentence);
  // Page furniture and timestamps report nothing: they pair with nothing, however alike.
  const furniture = [furnitureOf(a), furnitureOf(b)] as const;
  const direct = scorePairs(prepared, facts, customScore(a, b, options.similarity), furniture);
  const m = b.sentences.length;
  const bar = barOf(threshold, a.sentences.length, m, depthRiseFor(a, b, options.similarity));
  const scores = withContext(direct, prepared, bar, pairSimilarity);
  const kept = selectPairs(scores, m, bar);
  const own = selectPairs(direct, m, bar);
  const alignments = group(kept, m).map(({ as, bs, score }) =>
    withLazyDiff({ a: as, b: bs, score: round(score) }, () =>
      // The words a reader sees: tags would show as edits.
      wordDiff(as.map((i) => plainText(a.sentences[i]!.text).text).join(' '), bs.map((j) => plainText(b.sentences[j]!.text).text).join(' '))));
  const aligned = [new Set([...kept.keys()].map((k) => Math.floor(k / m))), new Set([...kept.keys()].map((k) => k % m))] as const;
  // An aligned sentence is no junk, and vouches for its neighbours as any sentence of the story does.
  const offTopic = findOffTopic(a, b, prepared, facts, furniture, aligned);
  const statusOf = (n: number, on: Set<number>, off: Set<number>) =>
    Array.from({ length: n }, (_, i): SentenceStatus => (on.has(i) ? 'aligned' : off.has(i) ? 'off-topic' : 'unique'));
  return {
    alignments,
    status: [statusOf(a.sentences.length, aligned[0], offTopic[0]), statusOf(m, aligned[1], offTopic[1])],
    prepared,
    alignedOnOwn: (i, j) => own.has(i * m + j),
    ownScore: (i, j) => own.get(i * m + j) ?? 0,
  };
}

/** The caller's own way to score sentence i of a against j of b, if any: their scorer, or their vectors. */
function customScore(a: Article, b: Article, scorer: SentenceScorer | undefined): PairScore | undefined {
  if (scorer) return (i, j) => scorer(a.sentences[i]!.text, b.sentences[j]!.text);
  if (a.vectors && b.vectors) return cosineOf(a.vectors, b.vectors);
  return undefined;
}

type PairScore = (i: number, j: number) => number;

/** The built-in similarity as the aligner reads it: sentences that share only names count for less. */
function pairSimilarity(x: SentenceVector, y: SentenceVector): number {
  return compareVectors(x, y, ALIGN.namesOnly);
}

/** Scores of candidate pairs, row by row. Pairs that share nothing are left out. */
function scorePairs(
  prepared: Prepared,
  facts: FactValues,
  custom: PairScore | undefined,
  [skipA, skipB]: readonly [ReadonlySet<number>, ReadonlySet<number>],
): Row[] {
  const n = prepared.a.vectors.length, m = prepared.b.vectors.length;
  const common = Math.max(ALIGN.commonLeast, ALIGN.commonShare * m);
  const candidates = custom && n * m <= ALIGN.allPairsLimit
    ? undefined
    : candidateIndex(prepared.a.vectors, prepared.b.vectors, ALIGN.maxCandidates, common);
  const all = Array.from({ length: m }, (_, j) => j);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const row: Row = { js: [], scores: [] };
    rows.push(row);
    if (skipA.has(i)) continue;
    const x = prepared.a.vectors[i]!, fa = facts.a.get(i);
    for (const j of candidates ? candidates(i) : all) {
      if (skipB.has(j)) continue;
      let s = custom ? clamp(custom(i, j)) : pairSimilarity(x, prepared.b.vectors[j]!);
      const fb = fa && facts.b.get(j);
      if (fa && fb) s = clamp(s + factEvidence(facts, fa, fb));
      if (s > 0) {
        row.js.push(j);
        row.scores.push(s);
      }
    }
  }
  return rows;
}

/** Facts two sentences share raise their score (same count, same place); facts that clash lower it. */
function factEvidence(facts: FactValues, xs: readonly number[], ys: readonly number[]): number {
  let e = 0;
  for (const x of xs) {
    for (const y of ys) {
      const r = facts.relate(x, y);
      // Only like values count: a weekday inside "early 2019" (narrower) says nothing of the pair.
      if (r === 'conflict') e -= ALIGN.factConflict;
      else if (r === 'equal' || r === 'compatible') e += ALIGN.factAgree;
    }
  }
  return Math.max(-ALIGN.factCap, Math.min(ALIGN.factCap, e));
}

/**
 * The score sentence i of a and j of b must reach to align: the threshold for two leads, rising by
 * `rise` × the relative depth of the deeper of the two ({@link ALIGN.depthRise}).
 */
function barOf(threshold: number, n: number, m: number, rise: number): Bar {
  return (i, j) => threshold + rise * Math.max(i / n, j / m);
}

/** The built-in similarity's depth rise, or none with a caller's scorer or vectors: the rise is on its scale. */
function depthRiseFor(a: Article, b: Article, scorer: SentenceScorer | undefined): number {
  return scorer || (a.vectors && b.vectors) ? 0 : ALIGN.depthRise;
}

/** Keeps pairs at or above their bar. Returns their scores, keyed `i * m + j`, in order of i then j. */
function selectPairs(rows: readonly Row[], m: number, bar: Bar): Map<number, number> {
  const out = new Map<number, number>();
  rows.forEach((row, i) => {
    row.js.forEach((j, t) => {
      const s = row.scores[t]!;
      if (s >= bar(i, j)) out.set(i * m + j, s);
    });
  });
  return out;
}

/** Groups pairs by their a sentence, then merges a sentences aligned to exactly the same b sentences. */
function group(kept: ReadonlyMap<number, number>, m: number): { as: number[]; bs: number[]; score: number }[] {
  const byA = new Map<number, number[]>();
  for (const key of kept.keys()) {
    const i = Math.floor(key / m), j = key % m;
    const list = byA.get(i);
    if (list) list.push(j);
    else byA.set(i, [j]);
  }
  const bySet = new Map<string, { as: number[]; bs: number[] }>();
  for (const [i, bs] of byA) {
    const key = bs.join(',');
    const g = bySet.get(key);
    if (g) g.as.push(i);
    else bySet.set(key, { as: [i], bs });
  }
  return [...bySet.values()].map((g) => {
    let sum = 0;
    for (const i of g.as) for (const j of g.bs) sum += kept.get(i * m + j) ?? 0;
    return { ...g, score: sum / (g.as.length * g.bs.length) };
  });
}

/**
 * The alignment with its word diff computed on first read: most callers read a few diffs of a long
 * report, and the diff costs more than the alignment itself. The property is an ordinary enumerable
 * field to every reader (JSON, spread, structuredClone, deep equality).
 */
function withLazyDiff(al: Omit<Alignment, 'diff'>, compute: () => DiffPart[]): Alignment {
  let diff: DiffPart[] | undefined;
  return Object.defineProperty(al, 'diff', {
    enumerable: true,
    configurable: true,
    get: () => (diff ??= compute()),
    set: (value: DiffPart[]) => {
      diff = value;
    },
  }) as Alignment;
}

/**
 * Word diff of the a side against the b side. Past {@link ALIGN.maxEdits} word edits the two sides differ
 * too much for a diff to help a reader, and the diff's cost grows with the square of the edits, so the
 * result is then the whole a text removed and the whole b text added.
 */
function wordDiff(x: string, y: string): DiffPart[] {
  const changes = diffWords(x, y, { maxEditLength: ALIGN.maxEdits });
  if (!changes) return [{ value: x, removed: true }, { value: y, added: true }];
  return changes.map((c) => {
    const part: DiffPart = { value: c.value };
    if (c.added) part.added = true;
    if (c.removed) part.removed = true;
    return part;
  });
}

function clamp(s: number): number {
  return Number.isFinite(s) ? Math.max(0, Math.min(1, s)) : 0;
}

function round(s: number): number {
  return Math.round(s * 1000) / 1000;
}

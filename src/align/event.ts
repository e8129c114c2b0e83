import type { Article } from '../input.js';
import type { Fact } from '../types.js';
import type { AlignResult } from './align.js';
import type { PreparedArticle } from './prepare.js';

/** Signals that tell one event from another of the same kind, each in [0, 1] (years: -1, 0 or 1). */
export interface EventSignals {
  /** Rarity-weighted cosine of the two articles' words. */
  words: number;
  /** Overlap of names (capitalised words): people and places decide, not topic words. */
  names: number;
  /** Cosine of names counted by how often each article repeats them: the story's protagonists weigh most. */
  protagonists: number;
  /** Overlap of numbers. */
  numbers: number;
  /** 1 when both mention a year and share one, -1 when both mention years and share none, else 0. */
  years: number;
  /** 1 when event dates overlap, -1 when both give dates and none overlap, else 0. */
  dates: number;
  /** Share of sentences aligned, both sides averaged. */
  aligned: number;
  /** Share of each article's repeated names found in the other, the smaller of the two: a story's
   * protagonists missing from the other article point to another event of the same kind. */
  leads: number;
  /** 1 when a date of one article lies inside a date of the other or equals it, else 0. */
  sameDay: number;
}

/**
 * Weights of the signals: a logistic model fitted on ECB+ topics 1-22, its L2 penalty chosen by
 * leave-one-topic-out cross-validation. Exported for the eval script.
 */
export const EVENT = {
  bias: -3.92,
  words: 1.92,
  names: 2.69,
  protagonists: 2.87,
  numbers: 1.5,
  years: 1.13,
  dates: 0.17,
  aligned: 1.58,
  leads: 1.84,
  sameDay: 2.15,
  /** Score at or above which the articles report one event (best accuracy on topics 1-22, rechosen when
   * WordNet relations raised the share of aligned sentences). */
  same: 0.56,
} as const;

/** Do both articles report one event? Score in [0, 1]. */
export function matchEvent(
  a: Article,
  b: Article,
  factsA: Fact[],
  factsB: Fact[],
  aligned: AlignResult,
): { score: number; same: boolean } {
  const s = eventSignals(a, b, factsA, factsB, aligned);
  const z = EVENT.bias + EVENT.words * s.words + EVENT.names * s.names + EVENT.protagonists * s.protagonists + EVENT.numbers * s.numbers
    + EVENT.years * s.years + EVENT.dates * s.dates + EVENT.aligned * s.aligned + EVENT.leads * s.leads + EVENT.sameDay * s.sameDay;
  const score = Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
  return { score, same: score >= EVENT.same };
}

export function eventSignals(a: Article, b: Article, factsA: Fact[], factsB: Fact[], aligned: AlignResult): EventSignals {
  const { prepared, status } = aligned;
  const docA = documentOf(prepared.a, status[0]), docB = documentOf(prepared.b, status[1]);
  const share = (st: readonly string[]) => (st.length ? st.filter((x) => x === 'aligned').length / st.length : 0);
  return {
    words: cosine(docA.words, docB.words),
    names: overlap(docA.names, docB.names),
    protagonists: cosine(docA.nameCounts, docB.nameCounts),
    numbers: overlap(docA.numbers, docB.numbers),
    years: agreement(yearsOf(a), yearsOf(b)),
    dates: dateAgreement(factsA, factsB),
    aligned: (share(status[0]) + share(status[1])) / 2,
    leads: Math.min(leadShare(docA, docB), leadShare(docB, docA)),
    sameDay: sameDay(factsA, factsB),
  };
}

interface DocumentTerms {
  words: Map<string, number>;
  names: Map<string, number>;
  nameCounts: Map<string, number>;
  numbers: Map<string, number>;
}

/** Sums an article's sentence vectors, leaving out off-topic sentences. */
function documentOf(article: PreparedArticle, status: readonly string[]): DocumentTerms {
  const words = new Map<string, number>(), names = new Map<string, number>(), numbers = new Map<string, number>();
  const nameCounts = new Map<string, number>();
  article.vectors.forEach((v, i) => {
    if (status[i] === 'off-topic') return;
    for (const [k, w] of v.weights) {
      words.set(k, (words.get(k) ?? 0) + w);
      if (v.names.has(k)) {
        names.set(k, w);
        nameCounts.set(k, (nameCounts.get(k) ?? 0) + w);
      }
      else if (k.startsWith('#') && !isYear(k.slice(1))) numbers.set(k, w);
    }
  });
  return { words, names, nameCounts, numbers };
}

function cosine(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let dot = 0, nx = 0, ny = 0;
  for (const [k, w] of x) {
    nx += w * w;
    const v = y.get(k);
    if (v !== undefined) dot += w * v;
  }
  for (const w of y.values()) ny += w * w;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

/** Weighted share of the smaller set found in the larger. */
function overlap(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let shared = 0, tx = 0, ty = 0;
  for (const [k, w] of x) {
    tx += w;
    if (y.has(k)) shared += w;
  }
  for (const w of y.values()) ty += w;
  const smaller = Math.min(tx, ty);
  return smaller > 0 ? shared / smaller : 0;
}

function isYear(s: string): boolean {
  return /^(?:19|20)\d\d$/.test(s);
}

function yearsOf(article: Article): Set<string> {
  const out = new Set<string>();
  if (article.publishedAt) out.add(article.publishedAt.slice(0, 4));
  for (const m of article.text.matchAll(/\b(?:19|20)\d\d\b/g)) out.add(m[0]);
  return out;
}

function agreement(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  for (const v of x) if (y.has(v)) return 1;
  return -1;
}

interface DateRange {
  from: string;
  to: string;
}

function datesOf(facts: readonly Fact[]): DateRange[] {
  const out: DateRange[] = [];
  for (const f of facts) {
    if (f.facet !== 'time' || typeof f.value !== 'object' || f.value === null) continue;
    const date = (f.value as { date?: unknown }).date;
    if (typeof date !== 'object' || date === null) continue;
    const { from, to } = date as { from?: unknown; to?: unknown };
    if (typeof from === 'string' && typeof to === 'string') out.push({ from, to });
  }
  return out;
}

/** Event dates that overlap agree; dates that are all apart (by more than a week) disagree. */
function dateAgreement(factsA: readonly Fact[], factsB: readonly Fact[]): number {
  const x = datesOf(factsA), y = datesOf(factsB);
  if (!x.length || !y.length) return 0;
  const week = 7 * 86_400_000;
  for (const p of x) {
    for (const q of y) {
      if (Date.parse(p.from) - week <= Date.parse(q.to) && Date.parse(q.from) - week <= Date.parse(p.to)) return 1;
    }
  }
  return -1;
}

/** Weighted share of x's names repeated in x (its protagonists, places) that y mentions at all. */
function leadShare(x: DocumentTerms, y: DocumentTerms): number {
  let total = 0, found = 0;
  for (const [k, w] of x.nameCounts) {
    const once = x.names.get(k) ?? w;
    if (w < 2 * once - 1e-9) continue;
    total += once;
    if (y.words.has(k)) found += once;
  }
  return total > 0 ? found / total : 0.5;
}

/** Two event dates of one day, or one inside the other ("Saturday" inside "September"). */
function sameDay(factsA: readonly Fact[], factsB: readonly Fact[]): number {
  const x = datesOf(factsA), y = datesOf(factsB);
  for (const p of x) {
    for (const q of y) {
      if ((p.from <= q.from && q.to <= p.to) || (q.from <= p.from && p.to <= q.to)) return 1;
    }
  }
  return 0;
}

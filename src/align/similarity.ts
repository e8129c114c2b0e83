import { createStemmer, termsOf, tokenize, type Stem, type Term, type Token } from '../text/tokens.js';
import { backgroundIdf, type Idf } from './idf.js';
import { RELATED } from './related.js';
import { KNOWN_STEMS } from './stems.js';

/** A sentence prepared once for many comparisons: its terms weighted by rarity. */
export interface SentenceVector {
  /** Term → weight (its inverse frequency). A term counts once however often it occurs. */
  weights: Map<string, number>;
  /** Sum of the weights. */
  total: number;
  /** Terms that are numbers ("#99"). */
  numbers: string[];
  /** Terms written with a capital inside the sentence: names of people, places, organisations. */
  names: Set<string>;
  /** Word terms by their first letters, to find words of one family without trying every pair. */
  families: Map<string, string[]>;
  /** The terms, their weights and their family heads ('' when too short) as arrays, read in the hot loop. */
  keys: string[];
  values: number[];
  heads: string[];
  /** Indexes (into keys) of the terms WordNet relates to others, and their synsets. */
  relatedAt: number[];
  synsets: (readonly number[])[];
  /** All those synsets: a term whose synsets are none of another sentence's has no partner there. */
  synsetSet: Set<number>;
}

/** Tunable constants of the built-in similarity; exported for the evaluation script and tests. */
export const SIMILARITY = {
  /** Credit for two different terms of one word family ("venezuela" / "venezuelan"). */
  prefixCredit: 0.9,
  /** Shortest shared beginning for that credit. */
  prefixMin: 4,
  /** Weight boost of name and number terms: they tell events apart. */
  nameBoost: 1,
  numberBoost: 1.5,
  /** Two figures this close (relative difference) are one count given roughly ("a hundred" / "99")... */
  nearNumber: 0.05,
  /** ...and earn this share of a match. */
  nearNumberCredit: 0.5,
  /** Credit for two terms WordNet gives one sense or a cause and its effect ("plane" / "aircraft", "kill" / "die"). */
  relatedCredit: 0.8,
  /** Factor applied when both sentences give numbers and none of them agree. */
  numberClash: 0.75,
} as const;

/** Prepares a sentence (its text or its tokens) for {@link compareVectors}. */
export function vectorOf(text: string | readonly Token[], stem: Stem, idf: Idf): SentenceVector {
  return vectorOfTerms(termsOf(typeof text === 'string' ? tokenize(text) : text, stem), idf);
}

/** Prepares a sentence from its terms. */
export function vectorOfTerms(terms: readonly Term[], idf: Idf): SentenceVector {
  const weights = new Map<string, number>();
  const numbers: string[] = [];
  const names = new Set<string>();
  for (const t of terms) {
    if (weights.has(t.key)) continue;
    let w = idf(t.key);
    if (t.kind === 'number') {
      numbers.push(t.key);
      w *= SIMILARITY.numberBoost;
    } else if (t.capital) {
      names.add(t.key);
      w *= SIMILARITY.nameBoost;
    }
    weights.set(t.key, w);
  }
  let total = 0;
  const families = new Map<string, string[]>();
  const keys: string[] = [], values: number[] = [], heads: string[] = [];
  const relatedAt: number[] = [], synsets: (readonly number[])[] = [];
  const synsetSet = new Set<number>();
  for (const [k, w] of weights) {
    total += w;
    const related = RELATED.get(k);
    if (related) {
      relatedAt.push(keys.length);
      synsets.push(related);
      for (const id of related) synsetSet.add(id);
    }
    keys.push(k);
    values.push(w);
    if (k.length < SIMILARITY.prefixMin || k.startsWith('#') || k.startsWith('@')) {
      heads.push('');
      continue;
    }
    const head = k.slice(0, SIMILARITY.prefixMin);
    heads.push(head);
    const list = families.get(head);
    if (list) list.push(k);
    else families.set(head, [k]);
  }
  return { weights, total, numbers, names, families, keys, values, heads, relatedAt, synsets, synsetSet };
}

/** What two prepared sentences share: the weight of common terms (word families in part) and their totals. */
export interface Overlap {
  shared: number;
  totalX: number;
  totalY: number;
  /** Both give numbers and none agree. */
  numberClash: boolean;
  /** Weight of the shared terms that are neither names nor numbers (word families and synonyms included). */
  words: number;
}

export function overlapOf(x: SentenceVector, y: SentenceVector): Overlap {
  let shared = 0, words = 0;
  let used: Set<string> | undefined;
  let matched: Set<string> | undefined;
  const { keys, values, heads } = x;
  for (let t = 0; t < keys.length; t++) {
    const k = keys[t]!, w = values[t]!;
    const v = y.weights.get(k);
    if (v !== undefined) {
      const s = v < w ? v : w;
      shared += s;
      if (!k.startsWith('#') && !x.names.has(k) && !y.names.has(k)) words += s;
      continue;
    }
    const head = heads[t]!;
    const family = head ? y.families.get(head) : undefined;
    if (!family) continue;
    // Different stems of one family ("russia" / "russian", "attack" / "attacker") get part credit;
    // each term of y is used once.
    for (const l of family) {
      if (used?.has(l) || x.weights.has(l)) continue;
      if (sameFamily(k, l)) {
        const s = SIMILARITY.prefixCredit * Math.min(w, y.weights.get(l)!);
        shared += s;
        if (!x.names.has(k) && !y.names.has(l)) words += s;
        (used ??= new Set()).add(l);
        (matched ??= new Set()).add(k);
        break;
      }
    }
  }
  if (x.relatedAt.length && y.relatedAt.length) {
    const related = relatedShare(x, y, used, matched);
    shared += related;
    words += related;
  }
  // Round and exact figures of one count ("a hundred" / "99") get part credit.
  let near = false;
  for (const n of x.numbers) {
    if (y.weights.has(n)) continue;
    const u = Number(n.slice(1));
    const m = y.numbers.find((k) => !x.weights.has(k) && isNear(u, Number(k.slice(1))));
    if (m !== undefined) {
      shared += SIMILARITY.nearNumberCredit * Math.min(x.weights.get(n)!, y.weights.get(m)!);
      near = true;
    }
  }
  const numberClash = x.numbers.length > 0 && y.numbers.length > 0 && !near && !x.numbers.some((n) => y.weights.has(n));
  return { shared, totalX: x.total, totalY: y.total, numberClash, words };
}

/**
 * Similarity of two prepared sentences in [0, 1]: rarity-weighted overlap of their terms. `namesOnly`
 * multiplies the score of two sentences that share names and numbers but no other word: the aligner
 * lowers them, since they speak of the same people and places, not yet of the same happening.
 */
export function compareVectors(x: SentenceVector, y: SentenceVector, namesOnly = 1): number {
  if (x.total === 0 || y.total === 0) return 0;
  const o = overlapOf(x, y);
  let score = (2 * o.shared) / (o.totalX + o.totalY);
  if (o.numberClash) score *= SIMILARITY.numberClash;
  if (o.words === 0) score *= namesOnly;
  return Math.min(1, score);
}

/**
 * Part credit for terms of x left without a match that share a WordNet synset with a term of y also left
 * without one; each term of y is used once.
 */
function relatedShare(x: SentenceVector, y: SentenceVector, used: Set<string> | undefined, matched: Set<string> | undefined): number {
  let share = 0;
  let taken: Set<number> | undefined;
  for (let r = 0; r < x.relatedAt.length; r++) {
    const t = x.relatedAt[r]!, k = x.keys[t]!;
    if (y.weights.has(k) || matched?.has(k)) continue;
    const mine = x.synsets[r]!;
    if (!someIn(mine, y.synsetSet)) continue;
    for (let q = 0; q < y.relatedAt.length; q++) {
      const u = y.relatedAt[q]!, l = y.keys[u]!;
      if (taken?.has(u) || used?.has(l) || x.weights.has(l)) continue;
      if (!intersects(mine, y.synsets[q]!)) continue;
      share += SIMILARITY.relatedCredit * Math.min(x.values[t]!, y.values[u]!);
      (taken ??= new Set()).add(u);
      break;
    }
  }
  return share;
}

function someIn(ids: readonly number[], set: ReadonlySet<number>): boolean {
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

function intersects(p: readonly number[], q: readonly number[]): boolean {
  for (const a of p) for (const b of q) if (a === b) return true;
  return false;
}

function isNear(u: number, v: number): boolean {
  return Number.isFinite(u) && Number.isFinite(v) && u >= 10 && v >= 10 && Math.abs(u - v) <= SIMILARITY.nearNumber * Math.max(u, v);
}

function sameFamily(k: string, l: string): boolean {
  const short = k.length <= l.length ? k : l;
  const long = short === k ? l : k;
  if (short.startsWith('~') !== long.startsWith('~')) return false;
  let n = 0;
  while (n < short.length && short[n] === long[n]) n++;
  return n >= SIMILARITY.prefixMin && n >= short.length - 1 && n >= long.length - 4;
}

/**
 * How much two sentences say the same thing, in [0, 1]: stemmed words and synonyms weighted by how
 * rare they are in news, with part credit for words of one family and a penalty when both give numbers
 * that differ. Deterministic; reads no file.
 */
export function similarity(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string') return 0;
  const stem = createStemmer(KNOWN_STEMS);
  return compareVectors(vectorOf(a, stem, backgroundIdf), vectorOf(b, stem, backgroundIdf));
}

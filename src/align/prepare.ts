import type { Article } from '../input.js';
import { createStemmer, termsOf, tokenize, type Stem, type Term, type Token } from '../text/tokens.js';
import { mixedIdf, type Idf } from './idf.js';
import { KNOWN_STEMS } from './stems.js';
import { vectorOfTerms, type SentenceVector } from './similarity.js';

/** One article's sentences read once: tokens, their terms and weighted term vectors. */
export interface PreparedArticle {
  tokens: Token[][];
  terms: Term[][];
  vectors: SentenceVector[];
}

/** Both articles of a comparison, prepared with one stemmer and one weighting. */
export interface Prepared {
  a: PreparedArticle;
  b: PreparedArticle;
  idf: Idf;
  stem: Stem;
}

/**
 * Tokenises and stems every sentence once, then weights terms by their rarity in the background corpus
 * and in the two articles together.
 */
export function prepare(a: Article, b: Article): Prepared {
  const stem = createStemmer(KNOWN_STEMS);
  const tokensA = a.sentences.map((s) => tokenize(s.text));
  const tokensB = b.sentences.map((s) => tokenize(s.text));
  const termsA = tokensA.map((t) => termsOf(t, stem)), termsB = tokensB.map((t) => termsOf(t, stem));
  const local = new Map<string, number>();
  for (const terms of [...termsA, ...termsB]) {
    for (const key of new Set(terms.map((t) => t.key))) local.set(key, (local.get(key) ?? 0) + 1);
  }
  const idf = mixedIdf(local, tokensA.length + tokensB.length);
  const vectors = (all: Term[][]) => all.map((terms) => vectorOfTerms(terms, idf));
  return {
    a: { tokens: tokensA, terms: termsA, vectors: vectors(termsA) },
    b: { tokens: tokensB, terms: termsB, vectors: vectors(termsB) },
    idf,
    stem,
  };
}

import type { SentenceContext } from '../facets/facet.js';
import { clausesOf, findAttributions, type AttributionSpan, type Clause, type Span } from './attribution.js';
import { findHedges } from './hedges.js';

export { normaliseSource, clausesOf } from './attribution.js';
export { scopeFacts } from './scope.js';
export type { Span, Clause, AttributionSpan } from './attribution.js';

/** Who says what in one sentence, and how sure it is. Offsets are relative to the sentence. */
export interface SentenceClaims {
  attributions: AttributionSpan[];
  hedges: Span[];
  /** The clauses the sentence splits into; each attribution names the one it sits in. */
  clauses: Clause[];
}

/** Reads the attributions and hedges of one sentence. Linear in the sentence's length. */
export function readClaims(s: SentenceContext): SentenceClaims {
  const clauses = clausesOf(s.text);
  return { attributions: findAttributions(s.text, clauses), hedges: findHedges(s.text), clauses };
}

/**
 * The attribution and hedges that apply to the fact at [start, end) of the sentence. One party in a
 * sentence covers it all ("X landed, according to TASS"). With several parties, a fact gets the party of
 * its own clause ("Russia said X, while Ukraine said Y"), within the clause the nearest party before it
 * (else after it), and from an unattributed clause the party of the nearest clause before it.
 * Hedges apply to the clause they sit in.
 */
export function claimOf(
  c: SentenceClaims,
  start: number,
  end: number,
): { attribution?: Span & { source: string }; hedges: string[] } {
  const clauses = c.clauses.length ? c.clauses : [{ start: 0, end: Number.MAX_SAFE_INTEGER }];
  const clause = clauseIndex(clauses, start);
  const within = (s: Span) => clauseIndex(clauses, s.start) === clause;
  const inside = (s: Span) => s.start >= start && s.end <= end;
  const hedges = [...new Set(c.hedges.filter((h) => within(h) || inside(h)).map((h) => h.text))];
  const attribution = pickAttribution(c.attributions, clause, start, end);
  if (!attribution) return { hedges };
  const { text, source } = attribution;
  return { attribution: { text, source, start: attribution.start, end: attribution.end }, hedges };
}

function pickAttribution(all: readonly AttributionSpan[], clause: number, start: number, end: number): AttributionSpan | undefined {
  if (all.length === 0) return undefined;
  if (new Set(all.map((a) => a.source)).size === 1) return all[0];
  const own = all.filter((a) => a.clause === clause);
  if (own.length) {
    const before = own.filter((a) => a.end <= start);
    return before[before.length - 1] ?? own.find((a) => a.start >= end) ?? own[0];
  }
  const earlier = all.filter((a) => a.clause < clause);
  return earlier[earlier.length - 1] ?? all.find((a) => a.clause > clause);
}

function clauseIndex(clauses: readonly Clause[], offset: number): number {
  for (let i = clauses.length - 1; i >= 0; i--) if (offset >= clauses[i]!.start) return i;
  return 0;
}

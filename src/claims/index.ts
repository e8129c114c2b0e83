import type { SentenceContext } from '../facets/facet.js';
import { clausesOf, findAttributions, type AttributionSpan, type Clause, type Span } from './attribution.js';
import { findHedges, type HedgeSpan } from './hedges.js';

export { normaliseSource, clausesOf, pronounSpeaker } from './attribution.js';
export { scopeFacts } from './scope.js';
export type { Span, Clause, AttributionSpan } from './attribution.js';

/** Who says what in one sentence, and how sure it is. Offsets are relative to the sentence. */
export interface SentenceClaims {
  /** In sentence order. */
  attributions: AttributionSpan[];
  hedges: HedgeSpan[];
  /** The clauses the sentence splits into; each attribution names the one it sits in. */
  clauses: Clause[];
  /** The distinct hedge words of each clause, by clause index; a hedge before a noun is not among them. */
  clauseHedges: string[][];
  /** How many distinct parties the sentence names: with one, it covers the whole sentence. */
  parties: number;
}

/** Reads the attributions and hedges of one sentence. Linear in the sentence's length. */
export function readClaims(s: SentenceContext): SentenceClaims {
  const clauses = clausesOf(s.text);
  const hedges = findHedges(s.text);
  const clauseHedges: string[][] = clauses.map(() => []);
  for (const h of hedges) {
    if (h.nounEnd !== undefined) continue;
    const words = clauseHedges[clauseIndex(clauses, h.start)]!;
    if (!words.includes(h.text)) words.push(h.text);
  }
  const attributions = findAttributions(s.text, clauses);
  const parties = new Set(attributions.map((a) => a.source)).size;
  return { attributions, hedges, clauses, clauseHedges, parties };
}

/**
 * The attribution and hedges that apply to the fact at [start, end) of the sentence. One party in a
 * sentence covers it all ("X landed, according to TASS"). With several parties, a fact gets the party of
 * its own clause ("Russia said X, while Ukraine said Y"), within the clause the nearest party before it
 * (else after it), and from an unattributed clause the party of the nearest clause before it (else after).
 * Hedges apply to the clauses the fact spans; a hedge before a noun ("for suspected poisoning") to the fact
 * it overlaps.
 */
export function claimOf(
  c: SentenceClaims,
  start: number,
  end: number,
): { attribution?: Span & { source: string }; hedges: string[] } {
  const clauses = c.clauses.length ? c.clauses : [{ start: 0, end: Number.MAX_SAFE_INTEGER }];
  const first = clauseIndex(clauses, start);
  const last = Math.max(first, clauseIndex(clauses, Math.max(start, end - 1)));
  const hedges: string[] = [];
  for (let k = first; k <= last; k++) {
    for (const h of c.clauseHedges[k] ?? []) if (!hedges.includes(h)) hedges.push(h);
  }
  // "a suspected Chinese spy balloon": the hedge doubts the fact within its noun, no other.
  for (const h of c.hedges) {
    if (h.nounEnd !== undefined && start < h.nounEnd && h.start < end && !hedges.includes(h.text)) hedges.push(h.text);
  }
  const attribution = c.parties > 1 ? pickAttribution(c.attributions, first, start, end) : c.attributions[0];
  // "... crashed on Thursday, and Kiev said it had been shot down": Kiev does not say when it crashed.
  if (!attribution || (attribution.joined && end <= attribution.start)) return { hedges };
  const { text, source } = attribution;
  return { attribution: { text, source, start: attribution.start, end: attribution.end }, hedges };
}

const ACCORDING_LEAD = /^according\s{1,3}to\b/i;
/** How far after a fact, in characters, an "according to" still gives it its source. */
const ACCORDING_REACH = 40;

function pickAttribution(all: readonly AttributionSpan[], clause: number, start: number, end: number): AttributionSpan | undefined {
  // Attributions are in sentence order and do not overlap: binary search for the last one before the fact.
  let lo = 0, hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const before = all[lo - 1];
  const next = all[lo];
  const after = next && next.start >= end ? next : all[lo + 1];
  // "Tedros said ... after Israeli strikes on Sanaa airport, which killed at least six people across Yemen,
  // according to Houthi media": "according to" a few words after the fact gives it its source.
  if (after && after.start - end <= ACCORDING_REACH && ACCORDING_LEAD.test(after.text)) return after;
  if (before && before.clause === clause) return before;
  if (after && after.clause === clause) return after;
  return before ?? after;
}

/** The clause an offset falls in, by binary search over the ordered clauses. */
function clauseIndex(clauses: readonly Clause[], offset: number): number {
  let lo = 0, hi = clauses.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (clauses[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

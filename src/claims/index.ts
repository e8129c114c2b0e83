// PLACEHOLDER until the claims module lands.
import type { SentenceContext } from '../facets/facet.js';
import type { Fact } from '../types.js';

export interface Span { text: string; start: number; end: number }
/** Who says what in one sentence. Offsets are relative to the sentence. */
export interface SentenceClaims {
  attributions: (Span & { source: string })[];
  hedges: Span[];
}
export function readClaims(_s: SentenceContext): SentenceClaims {
  return { attributions: [], hedges: [] };
}
/** The attribution and hedges that apply to the fact at [start, end) of the sentence. */
export function claimOf(_c: SentenceClaims, _start: number, _end: number): { attribution?: Span & { source: string }; hedges: string[] } {
  return { hedges: [] };
}
/**
 * Decides which facts are about the article's own event and which are background (another event or
 * time). Returns new fact objects with `scope` (and `scopeReason` for background) set; never mutates.
 */
export function scopeFacts(_s: SentenceContext[], facts: Fact[]): Fact[] {
  return facts;
}

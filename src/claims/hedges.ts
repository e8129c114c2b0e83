import { HEDGES } from '../lexicon/hedges.js';
import { gatedScan, matchAny } from '../lexicon/match.js';
import type { Span } from './attribution.js';

const HEDGE = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(HEDGES)})(?![A-Za-z0-9])`, 'gi');

const scanHedges = gatedScan(HEDGES, HEDGE);

/**
 * "after diverting for reasons that were not immediately clear": the doubt is about the reasons, which the
 * sentence does not give, not about the facts it states.
 */
const ABOUT_REASONS = /\b(?:reasons?|why|what\s{1,3}caused|the\s{1,3}cause)\b[^.;,]{0,20}$/i;

/** The epistemic hedges of a sentence ("reportedly", "may have", "it was not reported whether"). */
export function findHedges(text: string): Span[] {
  return [...scanHedges(text)]
    .filter((m) => !ABOUT_REASONS.test(text.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

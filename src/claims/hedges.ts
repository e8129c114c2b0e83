import { HEDGES } from '../lexicon/hedges.js';
import { gatedScan, matchAny } from '../lexicon/match.js';
import type { Span } from './attribution.js';

const HEDGE = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(HEDGES)})(?![A-Za-z0-9])`, 'gi');

const scanHedges = gatedScan(HEDGES, HEDGE);

/** The epistemic hedges of a sentence ("reportedly", "may have", "it was not reported whether"). */
export function findHedges(text: string): Span[] {
  return [...scanHedges(text)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

import { FIGURE_HEDGES, HEDGES, NOUN_HEDGE_ENDS, NOUN_HEDGE_LEADS, NOUN_HEDGES } from '../lexicon/hedges.js';
import { NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS } from '../lexicon/numbers.js';
import { gatedScan, matchAny } from '../lexicon/match.js';
import type { Span } from './attribution.js';

const HEDGE = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(HEDGES)})(?![A-Za-z0-9])`, 'gi');

const scanHedges = gatedScan(HEDGES, HEDGE);

/**
 * "after diverting for reasons that were not immediately clear": the doubt is about the reasons, which the
 * sentence does not give, not about the facts it states.
 */
const ABOUT_REASONS = /\b(?:reasons?|why|what\s{1,3}caused|the\s{1,3}cause)\b[^.;,]{0,20}$/i;

/** A hedge that stands, like an adjective, before the noun it doubts: the noun runs to {@link HedgeSpan.nounEnd}. */
export interface HedgeSpan extends Span {
  nounEnd?: number;
}

const NOUN_HEDGE = new Set(NOUN_HEDGES);
const NOUN_HEDGE_LEAD = new RegExp(`(?:^|\\s)(?:${matchAny(NOUN_HEDGE_LEADS)})\\s{1,3}$`, 'i');
const FIGURE_HEDGE = new Set(FIGURE_HEDGES);
/**
 * A figure right after a hedge, in digits or words: "perhaps 300,000", "possibly two dozen", "probably hundreds". Not
 * "one", which opens a doubt of the whole sentence as often ("Perhaps one engine failed").
 */
const FIGURE_AFTER = new RegExp(`^\\s{1,3}(?:\\d|(?:${matchAny([...Object.keys(NUMBER_UNITS).filter((w) => NUMBER_UNITS[w]! > 1), ...Object.keys(NUMBER_TENS),
  ...Object.keys(NUMBER_SCALES).filter((w) => w.length > 3).flatMap((w) => [w, `${w}s`]), 'a few', 'scores'])})\\b)`, 'i');
/** Up to four words after the hedge, up to a stop, a comma or a word that starts another phrase. */
const NOUN_AFTER = new RegExp(`^(?:\\s{1,3}(?!(?:${matchAny(NOUN_HEDGE_ENDS)})\\b)[\\p{L}\\p{N}'’-]+(?:\\.(?=\\p{L}))?){1,4}`, 'u');

/** The epistemic hedges of a sentence ("reportedly", "may have", "it was not reported whether"). */
export function findHedges(text: string): HedgeSpan[] {
  return [...scanHedges(text)]
    .filter((m) => !ABOUT_REASONS.test(text.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => {
      const end = m.index + m[0].length;
      const word = m[0].toLowerCase();
      const noun = (NOUN_HEDGE.has(word) && NOUN_HEDGE_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index)))
        || (FIGURE_HEDGE.has(word) && FIGURE_AFTER.test(text.slice(end, end + 16))) ? NOUN_AFTER.exec(text.slice(end)) : null;
      return noun ? { text: m[0], start: m.index, end, nounEnd: end + noun[0].length } : { text: m[0], start: m.index, end };
    });
}

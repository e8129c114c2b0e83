import { findNumbers, type NumberMention } from '../text/numbers.js';
import { findPlaces, findRoutePoints, mayHoldRoutePoints, type PlaceMention, type RoutePoint } from '../text/places.js';
import { findMeasures, type Measure } from '../text/units.js';
import type { SentenceContext } from './facet.js';

/**
 * Reads one analysis of a sentence once, however many facets ask for it: origin, destination and location
 * all need the sentence's route points, four facets its numbers. The memo is keyed weakly by the context
 * object (src/extract.ts makes one per sentence per comparison), so it holds nothing once the comparison
 * is done, and a context whose text was replaced is read afresh. Callers must treat the result as read-only.
 */
export function perSentence<T>(analyse: (sentence: SentenceContext) => T): (sentence: SentenceContext) => T {
  const memo = new WeakMap<SentenceContext, { text: string; value: T }>();
  return (sentence) => {
    const hit = memo.get(sentence);
    if (hit && hit.text === sentence.text) return hit.value;
    const value = analyse(sentence);
    memo.set(sentence, { text: sentence.text, value });
    return value;
  };
}

/** The places named in the sentence. */
export const placesIn: (sentence: SentenceContext) => readonly PlaceMention[] = perSentence((s) => findPlaces(s.text));

/** The places a cue puts on a route or at an incident. */
export const routePointsIn: (sentence: SentenceContext) => readonly RoutePoint[] =
  perSentence((s) => (mayHoldRoutePoints(s.text) ? findRoutePoints(s.text, placesIn(s)) : []));

/** The figures of the sentence. */
export const numbersIn: (sentence: SentenceContext) => readonly NumberMention[] = perSentence((s) => findNumbers(s.text));

/** The measures (weights, distances, durations) of the sentence. */
export const measuresIn: (sentence: SentenceContext) => readonly Measure[] =
  perSentence((s) => findMeasures(s.text, numbersIn(s)));

import { matchAny } from '../lexicon/match.js';
import { DIVERTED_CUES, FORCED_LANDING_BEFORE } from '../lexicon/motion.js';
import type { PlaceKind } from '../lexicon/places.js';
import { describePlace, judgePlaceSets, relateRefs, siteOf, type PlaceRef, type PlaceSetJudgement, type RoutePoint } from '../text/places.js';
import { defineFacet, type Found, type Relation } from './facet.js';
import { isTravellersJourney, routePointsIn } from './shared.js';

/** Where the flight arrived or was bound for. */
export interface DestinationValue {
  /** Place id (folded canonical name): "caracas", "simon bolivar international airport". */
  place: string;
  /** The name as the gazetteer or the text gives it. */
  name: string;
  /** Country id, when known. */
  country?: string;
  kind: PlaceKind;
  /** "touched down outside Caracas": near the place rather than in it. */
  near?: boolean;
  /** A known place that locates an unknown one: "an air base near Khartoum". */
  within?: string;
  /** "was diverted to Philadelphia": where the flight was turned to, not where it was bound. */
  diverted?: boolean;
  /** "will be flown home to India": where a flight yet to come is to go. */
  planned?: boolean;
  /** "Hijackers forced the plane to land in Dubai": a landing a hijacking forced, one stop of several it may make. */
  forced?: boolean;
  /** "flew on to Guam": the end of a later leg, after a stop the report may have told as a landing. */
  onward?: boolean;
  /**
   * "Mr. Cutting was returning to Washington": where a traveller aboard was going, which may lie beyond the end
   * of the flight that crashed (bound for Kansas City).
   */
  journey?: boolean;
}

const DIVERTED = new RegExp(`\\b(?:${matchAny(DIVERTED_CUES)})\\b`, 'i');
const FORCED_BEFORE = new RegExp(`\\b(?:${matchAny(FORCED_LANDING_BEFORE)})\\b[^.;]{0,100}$`, 'i');
const LANDING_CUE = /\b(?:land|landed|lands|landing|touched\s{1,3}down|touch\s{1,3}down)\b/i;
const FROM_END = /\bfrom$/i;
/** "and Seattle": the last place of a list, after its "and". */
const LISTED_LAST = /^(?:and|&)\s/i;
/** Cues of one flight's journey, whose list of places are its legs; not "sent to Germany and two to Russia". */
const ONE_FLIGHT_CUE = /\b(?:bound|flight|route|destined)\b/i;
/** "flew on to Guam", "onward to Guam": between the cue's verb and the place. */
const ONWARD_CUE = /\b(?:on|onwards?)\s{1,3}to\s{1,3}(?:the\s{1,3})?$/i;

export const destination = defineFacet<DestinationValue>({
  kind: 'destination',
  extract(sentence) {
    const points = routePointsIn(sentence);
    return routeFacts(points, ['arrival'], (p) => {
      const value: DestinationValue = { place: p.mention.place.id, name: p.mention.place.name, kind: p.mention.place.kind };
      if (p.mention.place.country) value.country = p.mention.place.country;
      if (p.near) value.near = true;
      if (p.within) value.within = p.within;
      // "diverted from Vnukovo": where the flight was bound before it was turned away.
      if (DIVERTED.test(p.cue) && !FROM_END.test(p.cue)) value.diverted = true;
      if (p.planned) value.planned = true;
      // Not after the stop it went on from: "landed in Anchorage to refuel before flying on to Moscow" tells the end.
      else if (ONWARD_CUE.test(sentence.text.slice(p.start, p.mention.start)) && !points.some((q) => q.role !== 'arrival' && q.start < p.start)) value.onward = true;
      // "bound for Salt Lake City and Seattle", "on a flight to Dubai and London": the last of a list of where it was
      // bound is a later leg.
      else if (LISTED_LAST.test(sentence.text.slice(p.start, p.mention.start)) && ONE_FLIGHT_CUE.test(p.cue)
        && points.some((q) => q.role === 'arrival' && q.end <= p.start)) value.onward = true;
      if (!value.diverted && LANDING_CUE.test(p.cue) && FORCED_BEFORE.test(sentence.text.slice(Math.max(0, p.start - 140), p.start))) value.forced = true;
      if (!value.diverted && !value.planned && !value.onward && isTravellersJourney(sentence.text, p)) value.journey = true;
      return value;
    }, 'arrival');
  },
  relate(x, y) {
    const r = placeRelation(x, y);
    // Where a flight was bound, where it was turned to and where one is yet to go are places of their own kind.
    // Two landings a hijacking forced are two stops of its ordeal.
    return r === 'conflict' && (kindOf(x) !== kindOf(y) || kindOf(x) === 'forced') ? 'unrelated' : r;
  },
  // Destinations in different sentences may be different flights' ("Bout had been flown home to Moscow" and
  // "Griner was on a plane back to the United States") or legs': they compete only inside one sentence.
  disputedWithin: 'sentence',
  describe: (v) => `${v.near ? 'near ' : ''}${describePlace(v.place, v.name)}${v.diverted ? ' (diverted)' : v.forced ? ' (forced down)' : v.planned ? ' (planned)' : v.onward ? ' (a later leg)' : v.journey ? ' (a traveller\'s journey)' : ''}`,
  compare: (a, b) => judgeDestinations(a.map((f) => f.value), b.map((f) => f.value)),
});

/**
 * Destinations of the two sides as places. Where they clash and a side names where the flight was diverted
 * ("bound for Dallas" against "was diverted to Philadelphia") or where one is yet to go ("will be flown home
 * to India" beside "landed in Jeddah"), the kinds of place are places of one journey: they clash only with
 * their own kind.
 */
function judgeDestinations(a: DestinationValue[], b: DestinationValue[]): PlaceSetJudgement {
  const whole = judgePlaceSets(a, b, 'destination');
  if (whole.verdict !== 'conflict' || a.concat(b).every((v) => kindOf(v) === 'bound')) return whole;
  const parts: PlaceSetJudgement[] = [];
  for (const kind of KINDS) {
    const x = a.filter((v) => kindOf(v) === kind), y = b.filter((v) => kindOf(v) === kind);
    if (!x.length || !y.length) continue;
    const judged = judgePlaceSets(x, y, KIND_WORDS[kind]);
    // A hijacked flight forced down at one place and then another: each side names some of its stops. So does
    // a side that tells a journey going on ("carried the party to Clark Air Base ... flew on to Guam") against
    // one that tells where it ended ("landed at Hickam after a stop in Guam").
    const legs = kind === 'forced' || (kind === 'bound' && a.concat(b).some((v) => kindOf(v) === 'onward'));
    parts.push(legs && judged.verdict === 'conflict' ? { ...judged, verdict: 'partial' } : judged);
  }
  const conflict = parts.find((p) => p.verdict === 'conflict');
  if (conflict) return conflict;
  const names = (xs: DestinationValue[]) => xs.map((v) => describePlace(v.place, v.name)).join(', ');
  const says = (side: 'a' | 'b', xs: DestinationValue[]) => KINDS
    .map((kind) => xs.filter((v) => kindOf(v) === kind))
    .filter((group) => group.length)
    .map((group) => `${side} says ${SAYS[kindOf(group[0]!)]} ${names(group)}`).join(', ');
  return { verdict: 'partial', explanation: `places of different kinds, no contradiction: ${says('a', a)}; ${says('b', b)}` };
}

/**
 * A destination's kind: where the flight was bound (or landed), was diverted to, was forced down by hijackers,
 * is yet to go, went on to after a stop, or where a traveller aboard was going.
 */
type DestinationKind = 'bound' | 'diverted' | 'forced' | 'planned' | 'onward' | 'journey';
const KINDS: readonly DestinationKind[] = ['bound', 'diverted', 'forced', 'planned', 'onward', 'journey'];
const kindOf = (v: DestinationValue): DestinationKind =>
  (v.diverted ? 'diverted' : v.forced ? 'forced' : v.planned ? 'planned' : v.onward ? 'onward' : v.journey ? 'journey' : 'bound');
const KIND_WORDS: Readonly<Record<DestinationKind, string>> = {
  bound: 'destination', diverted: 'diverted to', forced: 'forced down at', planned: 'to go on to', onward: 'went on to', journey: 'a traveller was going to',
};
const SAYS: Readonly<Record<DestinationKind, string>> = {
  bound: 'the destination was', diverted: 'it was diverted to', forced: 'it was forced down at', planned: 'it is to go on to', onward: 'it went on to',
  journey: 'a traveller aboard was going to',
};

/** Place relation as a facet relation: a place the gazetteer cannot place is compatible, not a conflict. */
export function placeRelation(x: PlaceRef, y: PlaceRef): Relation {
  const r = relateRefs(x, y);
  return r === 'unknown' ? 'compatible' : r;
}

/** One fact per place and role of a sentence, spanning the cue and the place ("set off from Syria"). */
export function routeFacts<V>(points: readonly RoutePoint[], roles: readonly RoutePoint['role'][], valueOf: (p: RoutePoint) => V, rule: string): Found<V>[] {
  const seen = new Map<string, RoutePoint['mention']['place'][]>();
  const out: Found<V>[] = [];
  for (const p of points) {
    if (!roles.includes(p.role)) continue;
    // A city and its airport are one site, but two airports of a city are two: "from Vnukovo ... to Sheremetyevo".
    const key = `${p.role}:${siteOf(p.mention.place.id)}`, place = p.mention.place;
    const prior = seen.get(key) ?? [];
    if (prior.some((q) => q.id === place.id || q.kind !== 'airport' || place.kind !== 'airport')) continue;
    seen.set(key, [...prior, place]);
    out.push({ value: valueOf(p), start: p.start, end: p.end, rule: rule === p.role ? rule : `${rule}-${p.role}` });
  }
  return out;
}

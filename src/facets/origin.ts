import type { PlaceKind } from '../lexicon/places.js';
import { describePlace, judgePlaceSets, relatePlaces, type PlaceSetJudgement } from '../text/places.js';
import { placeRelation, routeFacts } from './destination.js';
import { defineFacet } from './facet.js';
import { isTravellersJourney, routePointsIn } from './shared.js';
import type { Fact } from '../types.js';

/** Where the flight set off, and where it stopped on the way. */
export interface OriginValue {
  /** Place id (folded canonical name): "syria", "hmeimim". */
  place: string;
  name: string;
  country?: string;
  role: 'departure' | 'stopover';
  kind: PlaceKind;
  /** A known place that locates an unknown one: "Wadi Seidna air base near Khartoum". */
  within?: string;
  /**
   * "Mr. Cutting was returning ... from his home in Santa Fe": where a traveller aboard set off, perhaps before the
   * flight.
   */
  journey?: boolean;
}

export const origin = defineFacet<OriginValue>({
  kind: 'origin',
  extract(sentence) {
    return routeFacts(routePointsIn(sentence), ['departure', 'stopover'], (p) => {
      const value: OriginValue = {
        place: p.mention.place.id, name: p.mention.place.name, kind: p.mention.place.kind,
        role: p.role === 'departure' ? 'departure' : 'stopover',
      };
      if (p.mention.place.country) value.country = p.mention.place.country;
      if (p.within) value.within = p.within;
      if (p.role === 'departure' && isTravellersJourney(sentence.text, p)) value.journey = true;
      return value;
    }, 'route');
  },
  relate(x, y) {
    if (x.role !== y.role || !x.journey !== !y.journey) return 'unrelated';
    const r = placeRelation(x, y);
    // A flight may stop at several places: two different stopovers can both be true.
    return x.role === 'stopover' && r === 'conflict' ? 'compatible' : r;
  },
  describe: (v) => `${describePlace(v.place, v.name)}, ${v.journey ? 'a traveller\'s start' : v.role}`,
  compare: judgeRoutes,
});

/**
 * Departures are compared with departures and stopovers with stopovers. A place one side sets off from
 * and the other names as a stopover is partial, never silent agreement: the first may be telling the last
 * leg ("flying from Blagoveshchensk" against "flying from Khabarovsk via Blagoveshchensk"; "flew in from
 * Yakutsk" after "a stop in Yakutsk"), and the row says so. A side that names a stop, a departure from it, and
 * another departure tells the last leg beside the whole flight: the other departure is the flight's. Where a
 * traveller aboard set off is compared only with where the other side's traveller did: a journey may have begun
 * before the flight.
 */
function judgeRoutes(a: Fact<OriginValue>[], b: Fact<OriginValue>[]): PlaceSetJudgement {
  const of = (facts: Fact<OriginValue>[], role: OriginValue['role']) =>
    facts.filter((f) => f.value.role === role && !f.value.journey).map((f) => f.value);
  const journeyA = a.filter((f) => f.value.journey).map((f) => f.value), journeyB = b.filter((f) => f.value.journey).map((f) => f.value);
  const stopA = of(a, 'stopover'), stopB = of(b, 'stopover');
  // "a flight from Thunder Bay ... stopped at Dryden ... taking off from Dryden": the start of the last leg, told
  // beside the flight's own start, is the stop the side names.
  const ownDepartures = (deps: OriginValue[], stops: OriginValue[]) => {
    const first = deps.filter((d) => !stops.some((s) => relatePlaces(d.place, s.place) === 'equal'));
    return first.length ? first : deps;
  };
  const depA = ownDepartures(of(a, 'departure'), stopA), depB = ownDepartures(of(b, 'departure'), stopB);
  const stoppedAt = (deps: OriginValue[], stops: OriginValue[], otherDeps: OriginValue[]) =>
    deps.find((d) => stops.some((s) => relatePlaces(d.place, s.place) === 'equal')
      && !otherDeps.some((o) => relatePlaces(d.place, o.place) === 'equal'));
  for (const [deps, stops, otherDeps, side, other] of [[depA, stopB, depB, 'a', 'b'], [depB, stopA, depA, 'b', 'a']] as const) {
    const d = stoppedAt(deps, stops, otherDeps);
    if (!d) continue;
    const says = `${side} says the flight set off from ${describePlace(d.place, d.name)}; ${other} names it as a stopover`;
    const first = otherDeps.length ? ` after ${otherDeps.map((o) => describePlace(o.place, o.name)).join(', ')}` : '';
    return { verdict: 'partial', explanation: `${says}${first}, where its last leg may have begun` };
  }

  const parts: PlaceSetJudgement[] = [];
  if (depA.length && depB.length) parts.push(judgePlaceSets(depA, depB, 'departure'));
  if (stopA.length && stopB.length) {
    const j = judgePlaceSets(stopA, stopB, 'stopover');
    // Stopovers add up along a route: different ones are more detail, not a contradiction.
    parts.push(j.verdict === 'conflict' ? { verdict: 'partial', explanation: `different stopovers named (${j.explanation})` } : j);
  }
  if (journeyA.length && journeyB.length) parts.push(judgePlaceSets(journeyA, journeyB, 'a traveller set off from'));
  const conflict = parts.find((p) => p.verdict === 'conflict');
  if (conflict) return conflict;
  const sameRoles = (depA.length > 0) === (depB.length > 0) && (stopA.length > 0) === (stopB.length > 0) && (journeyA.length > 0) === (journeyB.length > 0);
  if (sameRoles && parts.every((p) => p.verdict === 'agree')) {
    return { verdict: 'agree', explanation: parts.map((p) => p.explanation).join('; ') };
  }
  const notes = parts.filter((p) => p.verdict !== 'agree').map((p) => p.explanation);
  if (!sameRoles) {
    const says = (deps: OriginValue[], stops: OriginValue[], journey: OriginValue[]) =>
      [deps.length ? 'a departure' : '', stops.length ? 'stopovers' : '', journey.length ? 'where a traveller aboard set off' : '']
        .filter(Boolean).join(' and ') || 'nothing';
    notes.push(`a names ${says(depA, stopA, journeyA)}, b names ${says(depB, stopB, journeyB)}`);
  }
  return { verdict: 'partial', explanation: notes.join('; ') };
}

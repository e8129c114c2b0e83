import type { PlaceKind } from '../lexicon/places.js';
import { describePlace, judgePlaceSets, relateRefs, siteOf, type PlaceRef, type RoutePoint } from '../text/places.js';
import { defineFacet, type Found, type Relation } from './facet.js';
import { routePointsIn } from './shared.js';

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
}

export const destination = defineFacet<DestinationValue>({
  kind: 'destination',
  extract(sentence) {
    return routeFacts(routePointsIn(sentence), ['arrival'], (p) => {
      const value: DestinationValue = { place: p.mention.place.id, name: p.mention.place.name, kind: p.mention.place.kind };
      if (p.mention.place.country) value.country = p.mention.place.country;
      if (p.near) value.near = true;
      if (p.within) value.within = p.within;
      return value;
    }, 'arrival');
  },
  relate: (x, y) => placeRelation(x, y),
  describe: (v) => `${v.near ? 'near ' : ''}${describePlace(v.place, v.name)}`,
  compare: (a, b) => judgePlaceSets(a.map((f) => f.value), b.map((f) => f.value), 'destination'),
});

/** Place relation as a facet relation: a place the gazetteer cannot place is compatible, not a conflict. */
export function placeRelation(x: PlaceRef, y: PlaceRef): Relation {
  const r = relateRefs(x, y);
  return r === 'unknown' ? 'compatible' : r;
}

/** One fact per place and role of a sentence, spanning the cue and the place ("set off from Syria"). */
export function routeFacts<V>(points: readonly RoutePoint[], roles: readonly RoutePoint['role'][], valueOf: (p: RoutePoint) => V, rule: string): Found<V>[] {
  const seen = new Set<string>();
  const out: Found<V>[] = [];
  for (const p of points) {
    if (!roles.includes(p.role)) continue;
    const key = `${p.role}:${siteOf(p.mention.place.id)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value: valueOf(p), start: p.start, end: p.end, rule: rule === p.role ? rule : `${rule}-${p.role}` });
  }
  return out;
}

import { DIRECTIONS, DISTANCE_REFERENCES, VAGUE_REFERENCES, type PlaceKind } from '../lexicon/places.js';
import { fold, matchAny } from '../lexicon/match.js';
import { INTERNATIONAL, findAirspaces, sameAirspaceOwner, type AirspacePresence } from '../text/airspace.js';
import { describePlace, placeById, relatePlaces, relateRefs } from '../text/places.js';
import { overlaps } from '../text/units.js';
import { placeRelation, routeFacts } from './destination.js';
import { defineFacet, judgeByRelation, type Found, type Relation, type SentenceContext, type SetJudgement } from './facet.js';
import { measuresIn, placesIn, routePointsIn } from './shared.js';
import type { Fact } from '../types.js';

/** Where the event happened when that is no destination: a crash site, where a plane was shot down. */
export interface LocationValue {
  place: string;
  name: string;
  country?: string;
  kind: PlaceKind;
  /** "near the village of Kuzhenkino". */
  near?: boolean;
  /** "300 kilometres north of the capital": [min, max] in km. */
  distanceKm?: [number, number];
  direction?: string;
  /** The place the distance is measured from: a place id, or "capital", "border" when the text says only that. */
  from?: string;
  /** That place's name as written, when the gazetteer lacks it: "Korocha". */
  fromName?: string;
  /** A known place that locates an unknown one: "the village of X near Belgorod". */
  within?: string;
  /**
   * A site told only by the take-off or the approach it came near ("crashed shortly after taking off from
   * Tamanrasset"): vaguer than any other site its side names, it is judged only where that side names none.
   */
  vicinity?: boolean;
  /**
   * Set when the place is an airspace, not a site: whose air the aircraft was in ("violated Turkish
   * airspace"), was not in ("did not enter US airspace"), or never left ("stayed within Syrian airspace").
   */
  airspace?: AirspacePresence;
}

const DIRECTION_PATTERN = matchAny(Object.keys(DIRECTIONS));
/** What may follow a distance: "north of the capital", "from Moscow", "northwest of Tver". */
const BEARING = new RegExp(String.raw`^\s{0,3}(?:\([^)]{0,40}\)\s{0,3})?(?:(${DIRECTION_PATTERN})\s+of|from|away\s+from|outside|off)\s+(?:the\s+)?`, 'i');
/** "the capital", "the border": a reference named by a noun alone. */
// "the Turkish border": one describing word may come first.
const REFERENCE_WORD = new RegExp(String.raw`^(?:[a-z-]{2,20}\s{1,3})?(${matchAny(DISTANCE_REFERENCES)})\b`, 'i');
const REFERENCES: ReadonlySet<string> = new Set(DISTANCE_REFERENCES);
const VAGUE: ReadonlySet<string> = new Set(VAGUE_REFERENCES);
/** A bearing in apposition after a site, up to the place it is taken from: ", 62 km (38 miles) southeast of the capital Addis Ababa". */
const BEARING_APPOSED = /^,\s{1,3}[^,;:!?]{0,80}$/;
/** How far a distance may stand from the place it locates, in characters. */
const DISTANCE_REACH = 160;

export const location = defineFacet<LocationValue>({
  kind: 'location',
  extract(sentence) {
    return [...sitesIn(sentence), ...airspacesIn(sentence)];
  },
  relate(x, y) {
    if (x.airspace || y.airspace) return relateAirspace(x, y);
    const place = relatePlace(x, y);
    const distance = relateDistance(x, y);
    if (place === 'conflict' || distance === 'conflict') return 'conflict';
    if (distance === 'narrower' || distance === 'broader') return place === 'equal' ? distance : place;
    return place;
  },
  compare: judgeSites,
  describe(v) {
    if (v.airspace) return describeAirspace(v);
    const round = (x: number) => String(Math.round(x));
    const reference = v.from === v.place;
    const where = `${v.near ? 'near ' : ''}${describePlace(v.place, v.name)}`;
    if (!v.distanceKm) return reference ? `${v.direction ? `${v.direction} of` : 'away from'} ${where}` : where;
    const [lo, hi] = v.distanceKm;
    const km = round(lo) === round(hi) ? `${round(lo)} km` : hi >= 1e12 ? `more than ${round(lo)} km` : `${round(lo)}-${round(hi)} km`;
    const bearing = v.direction ? `${v.direction} of` : 'from';
    if (reference) return `${km} ${bearing} ${where}`;
    const from = v.from ? ` ${bearing} ${REFERENCES.has(v.from) ? `the ${v.from}` : describePlace(v.from, v.fromName)}` : '';
    return `${where}, ${km}${from}`;
  },
});

/** Crash sites and the like: places an incident cue names, with the distances that locate them. */
function sitesIn(sentence: SentenceContext): Found<LocationValue>[] {
  const text = sentence.text;
  const points = routePointsIn(sentence);
  const facts = routeFacts(points, ['incident'], (p) => {
    const value: LocationValue = { place: p.mention.place.id, name: p.mention.place.name, kind: p.mention.place.kind };
    if (p.mention.place.country) value.country = p.mention.place.country;
    if (p.near) value.near = true;
    if (p.within) value.within = p.within;
    if (p.vicinity) value.vicinity = true;
    if (p.bearing !== undefined) {
      value.from = p.mention.place.id;
      if (p.bearing) value.direction = DIRECTIONS[p.bearing] ?? p.bearing;
    }
    return value;
  }, 'incident');
  if (facts.length === 0) return facts;
  // "near the town of Bishoftu, 62 km southeast of the capital Addis Ababa": a bearing set after a site locates
  // that site, and is no site of its own.
  for (let i = facts.length - 1; i > 0; i--) {
    const bearing = facts[i]!, site = facts[i - 1]!;
    if (bearing.value.from !== bearing.value.place || site.value.from !== undefined) continue;
    if (!BEARING_APPOSED.test(text.slice(site.end, bearing.end))) continue;
    site.value.from = bearing.value.from;
    if (!placeById(bearing.value.place)) site.value.fromName = bearing.value.name;
    if (bearing.value.direction) site.value.direction = bearing.value.direction;
    site.end = bearing.end;
    facts.splice(i, 1);
  }
  const places = placesIn(sentence);
  for (const m of measuresIn(sentence)) {
    if (m.kind !== 'distance') continue;
    const bearing = BEARING.exec(text.slice(m.end, m.end + 60));
    if (!bearing) continue;
    const afterBearing = m.end + bearing[0].length;
    // A known place, or a name the gazetteer lacks that a cue made a place ("40 km from Korocha").
    const from = places.find((p) => p.start === afterBearing && p.usage === 'name')
      ?? points.find((p) => p.mention.start === afterBearing && p.mention.usage === 'name')?.mention;
    const word = REFERENCE_WORD.exec(text.slice(afterBearing, afterBearing + 32));
    // "10 km from the crash site": a distance from nothing a report can name locates nothing.
    if (!from && !word) continue;
    const gapTo = (f: (typeof facts)[number]) => (f.end < m.start ? m.start - f.end : f.start > m.end ? f.start - m.end : 0);
    const fact = facts
      .filter((f) => !f.value.distanceKm && gapTo(f) <= DISTANCE_REACH)
      .sort((x, y) => Number(y.value.from === from?.place.id) - Number(x.value.from === from?.place.id) || gapTo(x) - gapTo(y))[0];
    if (!fact) continue;
    fact.value.distanceKm = [m.value.min, m.value.max];
    if (bearing[1]) fact.value.direction = DIRECTIONS[fold(bearing[1]).replace(/\s+/g, ' ')] ?? fold(bearing[1]);
    // A reference by a noun keeps the name read with the bearing: "southeast of the capital Addis Ababa".
    if (from) {
      fact.value.from = from.place.id;
      if (!from.place.known) fact.value.fromName = from.place.name;
    } else if (word && fact.value.from === undefined) fact.value.from = fold(word[1]!);
    fact.start = Math.min(fact.start, m.start);
    fact.end = Math.max(fact.end, from?.end ?? afterBearing + (word?.[0].length ?? 0));
  }
  return facts;
}

/** Airspaces the sentence puts the aircraft in or out of. */
function airspacesIn(sentence: SentenceContext): Found<LocationValue>[] {
  return findAirspaces(sentence.text, placesIn(sentence)).map((a) => ({
    value: { place: a.place, name: a.name, kind: 'country', airspace: a.presence },
    start: a.start, end: a.end, rule: 'airspace',
  }));
}

/**
 * Two airspaces: in and out of one conflict; in two countries' air both may be true of one flight, unless
 * one side keeps it in one throughout, or in the air of none. An airspace and a site are different things
 * (shot down in Turkish air, it crashed in Syria).
 */
function relateAirspace(x: LocationValue, y: LocationValue): Relation {
  if (!x.airspace || !y.airspace) return 'unrelated';
  const held = (v: LocationValue) => v.airspace !== 'outside';
  if (sameAirspaceOwner(x.place, y.place)) {
    if (held(x) !== held(y)) return 'conflict';
    if (x.airspace === y.airspace) return 'equal';
    return x.airspace === 'only' ? 'narrower' : 'broader';
  }
  // International air is no country's: what was in it was in no country's air at that moment.
  const exclusive = (v: LocationValue) => v.airspace === 'only' || v.place === INTERNATIONAL;
  return held(x) && held(y) && (exclusive(x) || exclusive(y)) ? 'conflict' : 'unrelated';
}

function describeAirspace(v: LocationValue): string {
  const air = v.place === INTERNATIONAL ? INTERNATIONAL : `the airspace of ${describePlace(v.place, v.name)}`;
  return v.airspace === 'outside' ? `not in ${air}` : v.airspace === 'only' ? `only in ${air} throughout` : `in ${air}`;
}

/**
 * The default set judgement, except that two sites which only may coincide ("near Yablonovo" / "near
 * Korocha", "in the Belgorod region" / "near Korocha") are partial agreement, not agreement.
 */
function judgeSites(allA: Fact<LocationValue>[], allB: Fact<LocationValue>[]): SetJudgement {
  const a = sharpest(allA), b = sharpest(allB);
  const judged = judgeByRelation(location, a, b);
  if (judged.verdict !== 'agree') return judged;
  // A site the gazetteer puts inside the other, or around it, is the same site told finer or coarser.
  const sameSite = (x: LocationValue, ys: Fact<LocationValue>[]) => ys.some((y) => ['equal', 'broader', 'narrower'].includes(relateRefs(x, y.value)));
  const loose = [...a.filter((x) => !sameSite(x.value, b)), ...b.filter((y) => !sameSite(y.value, a))];
  if (loose.length === 0) return judged;
  return { verdict: 'partial', explanation: `the sites may coincide but are named differently: ${loose.map((f) => `"${f.text}"`).join(', ')}` };
}

/**
 * A side's sites without those told only by a take-off or an approach, unless it names no other site, or only
 * sites that hold that one: "crashed in northern Missouri" and "short of the runway at Kirksville". Nor an
 * area of no one country beside a site of a country: "crashed into the Indian Ocean off Mauritius".
 */
function sharpest(facts: Fact<LocationValue>[]): Fact<LocationValue>[] {
  const told = facts.filter((f) => !f.value.vicinity);
  if (!told.some((f) => !f.value.airspace)) return facts;
  const area = (v: LocationValue) => { const p = placeById(v.place); return p?.kind === 'region' && !p.parent && !p.country; };
  const inCountry = facts.some((f) => !f.value.airspace && placeById(f.value.place)?.country !== undefined);
  return facts.filter((f) => (!f.value.vicinity || told.every((t) => relateRefs(t.value, f.value) === 'broader')) && !(inCountry && !f.value.airspace && area(f.value)));
}

function relatePlace(x: LocationValue, y: LocationValue): Relation {
  const known = relateRefs(x, y);
  // A name the gazetteer cannot place, beside a region or country it may lie in, is the narrower site.
  if (known === 'unknown') {
    if (!placeById(x.place) && placeById(y.place)) return 'narrower';
    if (placeById(x.place) && !placeById(y.place)) return 'broader';
  }
  const r = placeRelation(x, y);
  if (r !== 'conflict') return r;
  const sameCountry = !x.country || !y.country || x.country === y.country;
  // Somewhere 300 km north of Moscow may be the village another report names, and "near Kuzhenkino"
  // and "near Tver" can both hold: only a different country rules it out.
  const loose = x.near || y.near || x.from === x.place || y.from === y.place;
  // "the island of Evia" and "the village of Platanistos", neither known: the region may hold the village.
  const unknownRegion = (v: LocationValue) => v.kind === 'region' && !placeById(v.place);
  const mayHold = !placeById(x.place) && !placeById(y.place) && unknownRegion(x) !== unknownRegion(y);
  return (loose || mayHold) && sameCountry ? 'compatible' : 'conflict';
}

/** "the capital" may be any named city, "the border" is only the border; otherwise distances count only from one place. */
function sameReference(a: string, b: string): boolean {
  const noun = (p: string) => REFERENCES.has(p) && !VAGUE.has(p);
  if (noun(a) || noun(b)) return a === b;
  return VAGUE.has(a) || VAGUE.has(b) || relatePlaces(a, b) === 'equal';
}

function relateDistance(x: LocationValue, y: LocationValue): Relation {
  if (!x.distanceKm || !y.distanceKm) return 'compatible';
  if (x.from && y.from && !sameReference(x.from, y.from)) return 'compatible';
  if (x.direction && y.direction && !sameBearing(x.direction, y.direction)) return 'conflict';
  const ix = { min: x.distanceKm[0], max: x.distanceKm[1] }, iy = { min: y.distanceKm[0], max: y.distanceKm[1] };
  // Distances in news are rounded: a tenth either way is the same distance.
  if (!overlaps(ix, iy, 0.1)) return 'conflict';
  if (ix.min === iy.min && ix.max === iy.max) return 'equal';
  if (ix.min >= iy.min && ix.max <= iy.max) return 'narrower';
  if (iy.min >= ix.min && iy.max <= ix.max) return 'broader';
  return 'compatible';
}

/** "north" and "northwest" overlap; "north" and "south" do not. */
function sameBearing(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

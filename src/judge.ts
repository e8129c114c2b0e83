import { byValue, judgeByRelation, type Facet, type JudgeContext } from './facets/facet.js';
import { daysBetween } from './text/dates.js';
import { describePlace, relatePlaces, relateRefs } from './text/places.js';
import type { Fact, FacetComparison, FacetKind } from './types.js';

/**
 * One row per facet that either side speaks of (facts a facet calls secondary make none on their own):
 * disputed when a side itself reports incompatible claims from different parties, only-a / only-b when
 * one side is silent, else the facet's own set judgement (`context` tells it which sentences are aligned).
 */
export function judgeFacets(a: readonly Fact[], b: readonly Fact[], facets: readonly Facet<any>[], context?: JudgeContext): FacetComparison[] {
  const rows: FacetComparison[] = [];
  for (const facet of facets) {
    const own = (facts: readonly Fact[]) => {
      const found = facts.filter((f) => f.facet === facet.kind);
      return facet.withinArticle && found.length > 1 ? facet.withinArticle(found) : found;
    };
    const fa = own(a), fb = own(b);
    if (fa.length === 0 && fb.length === 0) continue;
    if (facet.secondary && [...fa, ...fb].every((f) => facet.secondary!(f.value))) continue;
    const row = { facet: facet.kind, a: fa, b: fb };
    const found = [disputeIn(facet, fa, 'a'), disputeIn(facet, fb, 'b')].filter((d) => d !== undefined);
    if (found.length > 0) {
      // Name the rival claims themselves: "b reports competing claims: "shot down" (iranian armed forces) against ...".
      const claim = (f: Fact) => `"${f.text}" (${f.attribution!.source})`;
      const explanation = found.map((d) => `${d.side} reports competing claims: ${claim(d.clash[0])} against ${claim(d.clash[1])}`).join('; ');
      rows.push({ ...row, verdict: 'disputed', explanation, claims: found.flatMap((d) => d.claims) });
    } else if (fb.length === 0) {
      rows.push({ ...row, verdict: 'only-a', explanation: 'only a says anything on this' });
    } else if (fa.length === 0) {
      rows.push({ ...row, verdict: 'only-b', explanation: 'only b says anything on this' });
    } else {
      const judged = facet.compare ? facet.compare(fa, fb, context) : judgeByRelation(facet, fa, fb);
      rows.push({ ...row, ...judged });
    }
  }
  return asStops(asLegs(rows, facets, context?.background));
}

/**
 * A destination the other side names as a stop on the way: "heading to Tindouf" against "bound for Bechar ...
 * via Tindouf" tells the first leg, no other end of the flight. The destination row is partial, and says why.
 */
function asStops(rows: FacetComparison[]): FacetComparison[] {
  const destination = rows.find((r) => r.facet === 'destination');
  if (destination?.verdict !== 'conflict') return rows;
  const places = routePlaces(rows);
  for (const [x, y] of [['a', 'b'], ['b', 'a']] as const) {
    const stops = places('origin', y).filter((p) => p.role === 'stopover');
    // "bound for Springfield-Branson National Airport in Missouri" against "back to Mexico via Missouri".
    const end = places('destination', x).find((d) => stops.some((s) => ['equal', 'narrower'].includes(relateRefs(d, s))));
    if (!end) continue;
    const why = `${x}'s destination ${describePlace(end.place, end.name)} is a stop on ${y}'s route, where a first leg may have ended`;
    return rows.map((r) => (r === destination ? { ...r, verdict: 'partial', explanation: `${why}; as one flight, ${r.explanation}` } : r));
  }
  return rows;
}

/** Facets whose values differ from one leg of a journey to the next: when, where from and to, who, on what. */
const PER_LEG: ReadonlySet<FacetKind> = new Set(['time', 'people', 'aircraft', 'origin', 'destination', 'cargo']);

/**
 * Two legs of one journey: one side's flight ends where the other's sets off ("landed in the Saudi city of
 * Jeddah" against "a commercial flight from Jeddah" to New Delhi), or the other side tells this side's flight,
 * from its place on its day, as an earlier part of its story ("Assange flew from London to Saipan via Bangkok
 * after leaving Belmarsh prison on Monday" in the report of his landing in Canberra on Wednesday). Their days,
 * counts aboard, aircraft and places then differ from leg to leg: no contradiction, and the row says why.
 */
function asLegs(rows: FacetComparison[], facets: readonly Facet<any>[], background?: JudgeContext['background']): FacetComparison[] {
  const legs = legsIn(rows) ?? (background && toldBefore(rows, facets, background));
  if (!legs) return rows;
  return rows.map((row) => (row.verdict === 'conflict' && PER_LEG.has(row.facet)
    ? { ...row, verdict: 'partial', explanation: `two legs of one journey (${legs}); as one flight, ${row.explanation}` }
    : row));
}

/** The places of one side's origin or destination row, as the route facets hold them. */
type RoutePlace = { place: string; name: string; role?: string; planned?: boolean; within?: string };
const routePlaces = (rows: readonly FacetComparison[]) => (facet: FacetKind, side: 'a' | 'b'): RoutePlace[] =>
  (rows.find((r) => r.facet === facet)?.[side] ?? []).map((f) => f.value as RoutePlace);

/** The first day a side's time row gives its event, told as a date: not when something was said. */
function firstDay(rows: readonly FacetComparison[], side: 'a' | 'b'): string | undefined {
  const days = (rows.find((r) => r.facet === 'time')?.[side] ?? [])
    .map((f) => f.value as { date?: { from: string }; statement?: boolean })
    .filter((v) => v.date && !v.statement).map((v) => v.date!.from).sort();
  return days[0];
}

/** How many days apart two legs may be: a journey of a few weeks at most. */
const LEG_DAYS = 31;

function legsIn(rows: readonly FacetComparison[]): string | undefined {
  const places = routePlaces(rows);
  for (const [x, y] of [['a', 'b'], ['b', 'a']] as const) {
    // Legs of one journey, or a journey told beside another, are days apart, not years: an Ethiopian 737 bound
    // for Addis Ababa in 2010 is no leg beside a 767 that left Addis Ababa in 1996.
    const [dx, dy] = [firstDay(rows, x), firstDay(rows, y)];
    if (dx && dy && Math.abs(daysBetween(dx, dy)) > LEG_DAYS) continue;
    const ends = places('destination', x).filter((p) => !p.planned);
    const ownEnds = places('destination', y);
    for (const start of places('origin', y).filter((p) => p.role === 'departure')) {
      // "landed in Anchorage" against "left Alaska": a flight ends in the place, or inside it.
      const at = (p: RoutePlace) => ['equal', 'narrower'].includes(relatePlaces(p.place, start.place));
      const end = ends.find(at);
      // The other flight must go on elsewhere: a flight that sets off and lands in one place tells no next
      // leg, unless it also names an end beyond ("had arrived in Anchorage", then "flying back to Moscow").
      if (end && (!ownEnds.some(at) || ownEnds.some((p) => !at(p)))) {
        return `${x}'s flight ends in ${describePlace(end.place, end.name)}, where ${y}'s sets off`;
      }
    }
  }
  return undefined;
}

/**
 * One side's flight told by the other as of an earlier moment: a departure or an end of the other's
 * background, from a place this side's flight leaves or to one it ends at, in a sentence whose day is one
 * this side gives its event.
 */
function toldBefore(rows: readonly FacetComparison[], facets: readonly Facet<any>[], background: NonNullable<JudgeContext['background']>): string | undefined {
  const time = facets.find((f) => f.kind === 'time');
  const times = rows.find((r) => r.facet === 'time');
  if (!time || !times) return undefined;
  const places = routePlaces(rows);
  for (const [x, y] of [['a', 'b'], ['b', 'a']] as const) {
    const starts = places('origin', x).filter((p) => p.role === 'departure');
    const ends = places('destination', x).filter((p) => !p.planned);
    for (const told of background[y].filter((f) => f.facet === 'destination' || (f.facet === 'origin' && (f.value as RoutePlace).role === 'departure'))) {
      const from = told.facet === 'origin';
      // "Their mother was among those killed when the Cessna crashed on May 1 on its way to San Jose del
      // Guaviare", in the report of the children found weeks later: a's flight, to a's end, on a's day.
      const own = (from ? starts : ends).find((p) => relatePlaces(p.place, (told.value as RoutePlace).place) === 'equal');
      const day = background[y].find((f) => f.facet === 'time' && f.sentence === told.sentence
        && times[x].some((mine) => time.relate(mine.value, f.value) === 'equal'));
      if (own && day) return `${y} tells ${x}'s flight ${from ? 'from' : 'to'} ${describePlace(own.place, own.name)}, "${day.text}", as an earlier part of its story`;
    }
  }
  return undefined;
}

/**
 * Competing claims inside one article: facts that cannot both be true, asserted by different parties.
 * An article that merely updates a figure, or states two values without saying who claims which, is not
 * reporting a dispute.
 */
function disputeIn(facet: Facet<any>, facts: Fact[], side: 'a' | 'b'): Dispute | undefined {
  const sourceOf = (f: Fact) => f.attribution?.source;
  // The time of a statement ("police said Saturday") says when it was said, not what happened: no claim.
  const claims = facts.filter((f) => sourceOf(f) && !(f.value as { statement?: boolean } | null)?.statement);
  // One representative per (party, value, and sentence where claims compete only inside one).
  const bySentence = facet.disputedWithin === 'sentence';
  const claimed = byValue(claims, (f) => `${sourceOf(f)!}${bySentence ? `|${f.sentence}` : ''}`).map((g) => g[0]!);
  for (let i = 0; i < claimed.length; i++) {
    for (let j = i + 1; j < claimed.length; j++) {
      const x = claimed[i]!, y = claimed[j]!;
      if (sourceOf(x) === sourceOf(y)) continue;
      if (bySentence && x.sentence !== y.sentence) continue;
      if (facet.relate(x.value, y.value) !== 'conflict') continue;
      // As between articles, a claim the other party confirms (states it, or something more specific that
      // implies it) is no competing claim: Moscow's "the drone" is Washington's "MQ-9 Reaper drone", not a
      // rival to its "Su-27".
      const confirmedBy = (f: Fact, party: string | undefined) => claimed.some((g) => sourceOf(g) === party
        && (!bySentence || g.sentence === f.sentence) && ['equal', 'broader'].includes(facet.relate(f.value, g.value)));
      if (confirmedBy(x, sourceOf(y)) || confirmedBy(y, sourceOf(x))) continue;
      const bySource = new Map<string, Fact[]>();
      for (const f of facts) {
        const s = sourceOf(f) ?? 'unattributed';
        const group = bySource.get(s);
        if (group) group.push(f);
        else bySource.set(s, [f]);
      }
      return { side, clash: [x, y], claims: [...bySource].map(([source, fs]) => ({ side, source, facts: fs })) };
    }
  }
  return undefined;
}

/** One side's competing claims: every party's facts, and the first two claims found to clash. */
interface Dispute {
  side: 'a' | 'b';
  clash: [Fact, Fact];
  claims: NonNullable<FacetComparison['claims']>;
}

import { describe, expect, it } from 'vitest';
import { defineFacet, judgeByRelation, type Relation } from '../src/facets/facet.js';
import { compare } from '../src/compare.js';
import { judgeFacets } from '../src/judge.js';
import type { Fact } from '../src/types.js';

// A toy facet over closed ranges, so the verdict logic is tested apart from any real extractor. As with
// real counts, overlapping ranges are compatible (a hedged figure is not "less specific" than an exact
// one); the role '*' stands for a generic mention that any role makes more specific.
type Range = { min: number; max: number; role?: string };
const counts = defineFacet<Range>({
  kind: 'people',
  extract: () => [],
  relate(x, y): Relation {
    const generic = x.role === '*' || y.role === '*';
    if (!generic && (x.role ?? '') !== (y.role ?? '')) return 'unrelated';
    if (x.max < y.min || y.max < x.min) return 'conflict';
    if (x.role === '*' && y.role !== '*') return 'broader';
    if (y.role === '*' && x.role !== '*') return 'narrower';
    if (x.min === y.min && x.max === y.max) return 'equal';
    return 'compatible';
  },
  describe: (v) => `${v.min}-${v.max}`,
});

let next = 0;
function fact(min: number, max: number, extra: { role?: string; source?: string; scope?: 'event' | 'background' } = {}): Fact<Range> {
  const f: Fact<Range> = {
    facet: 'people', value: { min, max, ...(extra.role ? { role: extra.role } : {}) },
    text: `${min}-${max}`, sentence: next++, start: 0, end: 1, rule: 'people/test', scope: extra.scope ?? 'event',
  };
  if (extra.source) f.attribution = { source: extra.source, text: `according to ${extra.source}`, start: 0, end: 1 };
  return f;
}

describe('judgeByRelation', () => {
  it.each([
    ['equal values agree', [fact(99, 99)], [fact(99, 99)], 'agree'],
    ['overlapping ranges agree', [fact(90, 99)], [fact(95, 104)], 'agree'],
    ['several compatible facts agree', [fact(90, 99), fact(94, 104)], [fact(99, 99)], 'agree'],
    ['a more specific value is partial', [fact(99, 99, { role: 'troops' })], [fact(50, 150, { role: '*' })], 'partial'],
    ['a value only one side names is partial', [fact(99, 99), fact(3, 3, { role: 'crew' })], [fact(99, 99)], 'partial'],
    ['disjoint ranges conflict', [fact(90, 99)], [fact(101, 200)], 'conflict'],
    ['one conflicting pair among agreeing ones conflicts', [fact(99, 99), fact(6, 6, { role: 'crew' })], [fact(99, 99), fact(9, 9, { role: 'crew' })], 'conflict'],
    ['values about different things are partial, never conflict', [fact(6, 6, { role: 'crew' })], [fact(65, 65, { role: 'prisoners' })], 'partial'],
    // Several values of one side are several moments of the story: one the other side confirms is not
    // contradicted by the other values, which that side says alone.
    ['a value confirmed, beside one the other side does not name, is partial', [fact(99, 99)], [fact(99, 99), fact(150, 150)], 'partial'],
    ['the same two values on both sides agree', [fact(6, 6), fact(9, 9)], [fact(9, 9), fact(6, 6)], 'agree'],
    ['a clash between two unconfirmed values still conflicts', [fact(6, 6), fact(99, 99)], [fact(99, 99), fact(7, 7), fact(8, 8)], 'conflict'],
    ['loose support (merely compatible) confirms nothing', [fact(90, 99)], [fact(95, 104), fact(200, 300)], 'conflict'],
    // A looser restatement of a side's own value adds nothing: the specific one speaks for both.
    ['a side that restates its specific value loosely agrees with the same specific value', [fact(50, 150, { role: '*' }), fact(99, 99, { role: 'troops' })], [fact(99, 99, { role: 'troops' })], 'agree'],
    ['a loose value alone is still less specific', [fact(50, 150, { role: '*' })], [fact(99, 99, { role: 'troops' })], 'partial'],
  ] as const)('%s', (_, a, b, verdict) => {
    expect(judgeByRelation(counts, [...a], [...b]).verdict).toBe(verdict);
  });
});

describe('judgeFacets', () => {
  it('gives only-a and only-b when one side is silent, and no row when both are', () => {
    expect(judgeFacets([fact(1, 1)], [], [counts]).map((r) => r.verdict)).toEqual(['only-a']);
    expect(judgeFacets([], [fact(1, 1)], [counts]).map((r) => r.verdict)).toEqual(['only-b']);
    expect(judgeFacets([], [], [counts])).toEqual([]);
  });

  it('makes no row of secondary facts alone, but weighs them against the others', () => {
    // Here a crew count stands for a secondary value (as the people a plane carried are to cargo).
    const withSecondary = defineFacet<Range>({ ...counts, secondary: (v) => v.role === 'crew' });
    expect(judgeFacets([fact(6, 6, { role: 'crew' })], [fact(6, 6, { role: 'crew' })], [withSecondary])).toEqual([]);
    expect(judgeFacets([fact(6, 6, { role: 'crew' })], [], [withSecondary])).toEqual([]);
    expect(judgeFacets([fact(6, 6, { role: 'crew' })], [fact(9, 9)], [withSecondary]).map((r) => r.verdict)).toEqual(['partial']);
    expect(judgeFacets([], [fact(9, 9)], [withSecondary]).map((r) => r.verdict)).toEqual(['only-b']);
  });

  it('reports a dispute when one article gives incompatible values from different parties', () => {
    const a = [fact(65, 65, { source: 'russian defence ministry' }), fact(0, 0, { source: 'ukrainian military intelligence' })];
    const [row] = judgeFacets(a, [fact(65, 65)], [counts]);
    expect(row?.verdict).toBe('disputed');
    expect(row?.claims?.map((c) => [c.side, c.source])).toEqual([
      ['a', 'russian defence ministry'],
      ['a', 'ukrainian military intelligence'],
    ]);
    // The explanation names the rival claims and who makes each, not every party of the article.
    expect(row?.explanation).toBe('a reports competing claims: "65-65" (russian defence ministry) against "0-0" (ukrainian military intelligence)');
  });

  it('names the rival claims of both sides when both report a dispute', () => {
    const a = [fact(65, 65, { source: 'tass' }), fact(0, 0, { source: 'reuters' })];
    const b = [fact(3, 3, { source: 'kyiv' }), fact(65, 65), fact(7, 7, { source: 'moscow' })];
    expect(judgeFacets(a, b, [counts])[0]?.explanation).toBe(
      'a reports competing claims: "65-65" (tass) against "0-0" (reuters); b reports competing claims: "3-3" (kyiv) against "7-7" (moscow)');
  });

  it.each([
    ['the same party', 'tass', 'tass'],
    ['an unattributed figure', 'tass', undefined],
  ])('does not call incompatible values from %s a dispute', (_, s1, s2) => {
    const a = [fact(4, 4, { source: s1 }), fact(8, 8, s2 ? { source: s2 } : {})];
    const [row] = judgeFacets(a, [fact(8, 8)], [counts]);
    expect(row?.verdict).not.toBe('disputed');
    expect(row?.claims).toBeUndefined();
  });

  it('a facet whose claims compete only inside one sentence disputes only there', () => {
    const within = { ...counts, disputedWithin: 'sentence' as const };
    const apart = [fact(65, 65, { source: 'moscow' }), fact(0, 0, { source: 'kyiv' })];
    expect(judgeFacets(apart, [fact(65, 65)], [within])[0]?.verdict).not.toBe('disputed');
    const together = apart.map((f) => ({ ...f, sentence: 7 }));
    expect(judgeFacets(together, [fact(65, 65)], [within])[0]?.verdict).toBe('disputed');
  });

  it('a statement time is no claim: "police said Saturday" disputes nothing', () => {
    const said = { ...fact(4, 4, { source: 'police' }), value: { min: 4, max: 4, statement: true } };
    const [row] = judgeFacets([said, fact(8, 8, { source: 'officials' })], [fact(8, 8)], [counts]);
    expect(row?.verdict).not.toBe('disputed');
  });

  it('a claim the other party confirms, by itself or by something more specific, is no rival claim', () => {
    // Moscow's "the drone" against Washington's "Su-27" and "MQ-9 Reaper drone": Washington confirms the
    // drone, so Moscow speaks of it, not against the jet.
    const washington = (role: string) => ({ role, source: 'washington' });
    const story = [fact(1, 1, { role: '*', source: 'moscow' }), fact(5, 5, washington('fighter')), fact(1, 1, washington('drone'))];
    expect(judgeFacets(story, [fact(1, 1)], [counts])[0]?.verdict).not.toBe('disputed');
    // A looser value confirms nothing: Kyiv's "*" (a plane) leaves Moscow's 65 against its 0 a dispute.
    const rival = [fact(65, 65, { source: 'moscow' }), fact(0, 0, { source: 'kyiv' }), fact(0, 99, { role: '*', source: 'kyiv' })];
    expect(judgeFacets(rival, [fact(65, 65)], [counts])[0]?.verdict).toBe('disputed');
  });

  it('does not call compatible values from different parties a dispute', () => {
    const a = [fact(90, 99, { source: 'reuters' }), fact(99, 99, { source: 'tass' })];
    expect(judgeFacets(a, [fact(99, 99)], [counts])[0]?.verdict).toBe('agree');
  });
});

describe('two legs of one journey', () => {
  const verdicts = (a: string, b: string) => Object.fromEntries(
    compare({ id: 'a', text: a, publishedAt: '2023-04-27' }, { id: 'b', text: b, publishedAt: '2023-04-27' }).facets.map((f) => [f.facet, f.verdict]),
  );
  const first = 'A C-130J carrying 135 evacuees landed in the Saudi city of Jeddah on Tuesday.';

  it('takes a flight that sets off where the other ended for the next leg: its day and count are its own', () => {
    const v = verdicts(first, 'A commercial flight from Jeddah carrying 360 evacuees arrived in New Delhi on Wednesday.');
    expect(v).toMatchObject({ time: 'partial', people: 'partial', destination: 'partial' });
  });

  it('says so in the row', () => {
    const r = compare({ id: 'a', text: first, publishedAt: '2023-04-27' },
      { id: 'b', text: 'A commercial flight from Jeddah carrying 360 evacuees arrived in New Delhi on Wednesday.', publishedAt: '2023-04-27' });
    expect(r.facets.find((f) => f.facet === 'time')!.explanation).toMatch(/^two legs of one journey \(a's flight ends in Jeddah \(Saudi Arabia\), where b's sets off\); as one flight, /);
  });

  it('takes a flight that leaves the region holding the other\'s end, and goes elsewhere, for the next leg', () => {
    const a = 'Putin landed in Anchorage on Friday.';
    expect(verdicts(a, 'Putin left Alaska late on Friday and was flying back to Moscow.')).toMatchObject({ destination: 'partial' });
    expect(verdicts(a, 'Putin had arrived in Anchorage on Friday. He left Alaska late on Friday and was flying back to Moscow.')).toMatchObject({ destination: 'partial' });
    // A flight that leaves the region and lands in it again goes nowhere else: a rival end still clashes.
    expect(verdicts('The jet landed in Houston on Friday.', 'The jet left Texas and landed in Dallas on Friday.').destination).toBe('conflict');
  });

  it('takes no flight for a leg that set off years before or after the other', () => {
    const ended = { id: 'a', text: 'An Ethiopian Airlines Boeing 737 bound for Addis Ababa crashed on Monday.', publishedAt: '2010-01-25' };
    const earlier = compare(ended, { id: 'b', text: 'A Boeing 767 that had taken off from Addis Ababa crashed on Saturday.', publishedAt: '1996-11-24' });
    expect(earlier.facets.find((f) => f.facet === 'time')!.verdict).toBe('conflict');
    const later = compare(ended, { id: 'b', text: 'A Boeing 767 that had taken off from Addis Ababa crashed on Saturday.', publishedAt: '2014-11-24' });
    expect(later.facets.find((f) => f.facet === 'time')!.verdict).toBe('conflict');
    const next = compare(ended, { id: 'b', text: 'A Boeing 767 that had taken off from Addis Ababa crashed on Saturday.', publishedAt: '2010-01-30' });
    expect(next.facets.find((f) => f.facet === 'time')!.verdict).toBe('partial');
  });

  it('keeps the conflicts of two reports of one flight, where no flight sets off where the other ended', () => {
    expect(verdicts(first, 'A C-130J carrying 360 evacuees landed in Jeddah on Wednesday.')).toMatchObject({ time: 'conflict', people: 'conflict' });
    expect(verdicts(first, 'A C-130J from Port Sudan carrying 360 evacuees landed in Riyadh on Wednesday.')).toMatchObject({ time: 'conflict', destination: 'conflict' });
  });
});

describe('a flight the other side tells as an earlier part of its story', () => {
  const row = (b: string) => compare({ id: 'a', text: 'Assange left London on a chartered flight on Monday.', publishedAt: '2024-06-25' },
    { id: 'b', text: `Assange landed in Canberra on Wednesday. ${b}`, publishedAt: '2024-06-26' }).facets.find((f) => f.facet === 'time')!;

  it('is an earlier leg: its day is its own, and the row says so', () => {
    const r = row('He flew from London to Saipan after leaving prison on Monday.');
    expect(r.verdict).toBe('partial');
    expect(r.explanation).toMatch(/^two legs of one journey \(b tells a's flight from London \(United Kingdom\), "Monday", as an earlier part of its story\); as one flight, /);
  });

  it('not when the earlier flight left from elsewhere, or on another day', () => {
    expect(row('He flew from Paris to Saipan after leaving prison on Monday.').verdict).toBe('conflict');
    expect(row('He flew from London to Saipan after leaving prison on Sunday.').verdict).toBe('conflict');
    expect(row('He was freed from prison on Monday.').verdict).toBe('conflict');
  });

  it('is the crash a later report recalls, to the same end on the same day', () => {
    const a = { id: 'a', publishedAt: '2023-05-16', text: 'The Cessna was flying to San Jose del Guaviare when it crashed on May 1.' };
    const time = (b: string) => compare(a, { id: 'b', publishedAt: '2023-06-10', text: `Four children who survived a plane crash were found alive on Friday. ${b}` })
      .facets.find((f) => f.facet === 'time')!;
    const r = time('Their mother was killed when the Cessna crashed on May 1 on its way to San Jose del Guaviare.');
    expect(r.verdict).toBe('partial');
    expect(r.explanation).toMatch(/^two legs of one journey \(b tells a's flight to San José del Guaviare \(Colombia\), "May 1", as an earlier part of its story\)/);
    expect(time('Their mother was killed when the Cessna crashed on May 1 on its way to Bogota.').verdict).toBe('conflict');
  });
});

describe('a destination the other side names as a stop', () => {
  const row = (a: string, b: string) => compare({ id: 'a', text: a }, { id: 'b', text: b }).facets.find((f) => f.facet === 'destination')!;
  const route = 'The plane was bound for Bechar, via Tindouf.';

  it('is the end of a first leg: partial, and the row says so', () => {
    const r = row(route, 'The flight was heading to Tindouf.');
    expect(r.verdict).toBe('partial');
    expect(r.explanation).toMatch(/^b's destination Tindouf \(Algeria\) is a stop on a's route, where a first leg may have ended; as one flight, /);
  });

  it('a destination inside the region of a stop is the end of a first leg too', () => {
    const r = row('The Learjet was bound for Springfield-Branson National Airport in Missouri.', 'The Learjet was flying to Mexico via Missouri.');
    expect(r.verdict).toBe('partial');
  });

  it('another place than any stop still conflicts', () => {
    expect(row(route, 'The flight was heading to Algiers.').verdict).toBe('conflict');
  });
});

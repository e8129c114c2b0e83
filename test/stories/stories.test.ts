// Story fixtures: whole article pairs with the report a reader should get. The seed pair agrees on every
// fact it shares; the others are written here to exercise conflicts, disputes and a different event.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import type { ComparisonReport, FacetKind } from '../../src/types.js';

const verdicts = (r: ComparisonReport) => Object.fromEntries(r.facets.map((f) => [f.facet, f.verdict]));
const statusOf = (r: ComparisonReport, side: 0 | 1, phrase: string) =>
  r.articles[side].sentences.find((s) => s.text.includes(phrase))?.status;

describe('the seed pair: Russian military planes in Caracas, March 2019', () => {
  const seed = (f: string) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8');
  const report = compare(
    { id: 'a', text: seed('000_e7b5c02546696438.txt'), publishedAt: '2019-03-25' },
    { id: 'b', text: seed('004_1efb7abd375c0c7f.txt'), publishedAt: '2019-03-25' },
  );

  it('is one event with no conflict', () => {
    expect(report.eventMatch.same).toBe(true);
    expect(report.facets.filter((f) => f.verdict === 'conflict')).toEqual([]);
  });

  it.each<[FacetKind, string[]]>([
    ['aircraft', ['partial']],
    ['origin', ['only-b']],
    ['destination', ['agree']],
    ['time', ['agree']],
    ['people', ['agree']],
    ['cargo', ['agree']],
    ['purpose', ['agree', 'partial']],
    ['actors', ['only-b', 'partial']],
  ])('%s is %j', (facet, expected) => {
    expect(expected).toContain(verdicts(report)[facet]);
  });

  it('keeps the December Tu-160 bombers out of the flight being compared', () => {
    const aircraft = report.facets.find((f) => f.facet === 'aircraft')!;
    expect(aircraft.a.map((f) => f.text).join(' ')).not.toMatch(/Tu-160/);
    expect(report.background.a.some((f) => /Tu-160/.test(f.text))).toBe(true);
  });

  it('sets the scraped Gaza sentences and the trailing "Comments" aside as off-topic', () => {
    for (const phrase of ['Palestinians say Israeli fire', 'Twenty-three countries voted', 'Two Israeli soldiers', 'Comments']) {
      expect(statusOf(report, 0, phrase)).toBe('off-topic');
    }
    expect(statusOf(report, 0, 'Rosneft also holds')).toBe('unique');
  });
});

describe('one crash, two accounts, and a dispute inside one of them', () => {
  const report = compare(
    {
      id: 'wire', publishedAt: '2024-01-25',
      text: 'MOSCOW – A Russian Il-76 military transport plane crashed in the Belgorod region on Wednesday, killing all 74 people on board, the Russian Defence Ministry said. '
        + 'The ministry said the plane was carrying 65 Ukrainian prisoners of war, six crew and three escorts. '
        + 'Ukrainian media reported that the plane was carrying S-300 missiles.',
    },
    {
      id: 'local', publishedAt: '2024-01-24',
      text: 'An Ilyushin Il-76 went down near the village of Yablonovo at about 11 a.m. Moscow time on January 24. '
        + 'Russian officials said 74 people were on board and that nobody survived.',
    },
  );

  it('agrees on the aircraft and the people on board, counted by role on one side and in total on the other', () => {
    const v = verdicts(report);
    expect(v.aircraft).toBe('agree');
    expect(v.people).toBe('agree');
  });

  it('finds the day the same and the local account more specific, with its clock time', () => {
    const time = report.facets.find((f) => f.facet === 'time')!;
    expect(time.verdict).toBe('partial');
    expect(time.b.map((f) => f.text).join(' ')).toMatch(/11 a\.m\. Moscow time/);
  });

  it('reports the prisoners-or-missiles dispute with both sources', () => {
    const cargo = report.facets.find((f) => f.facet === 'cargo')!;
    expect(cargo.verdict).toBe('disputed');
    expect(cargo.claims?.map((c) => c.source).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the same kind of flight, months apart, is another event', () => {
  it('tells a December bomber visit from a March transport flight', () => {
    const report = compare(
      { id: 'dec', publishedAt: '2018-12-11', text: 'Two Russian Tu-160 strategic bombers landed at Maiquetía airport near Caracas on Monday after a 10,000-kilometre flight. Defence Minister Vladimir Padrino welcomed the crews.' },
      { id: 'mar', publishedAt: '2019-03-25', text: 'Two Russian military planes, an An-124 and an Il-62, landed in Caracas on Saturday carrying 99 servicemen and 35 tons of cargo.' },
    );
    expect(report.eventMatch.same).toBe(false);
    expect(verdicts(report).time).toBe('conflict');
  });

  it('finds the conflicts when two reports of one landing disagree', () => {
    const report = compare(
      { id: 'x', publishedAt: '2019-03-25', text: 'Two Russian planes landed in Caracas on March 23 carrying almost a hundred troops and 35 tons of cargo.' },
      { id: 'y', publishedAt: '2019-03-25', text: 'Two Russian planes landed in Caracas on March 24 carrying more than 100 troops and 35 tonnes of cargo.' },
    );
    const v = verdicts(report);
    expect(v.time).toBe('conflict');
    expect(v.people).toBe('conflict');
    expect(v.cargo).toBe('agree');
    expect(v.destination).toBe('agree');
  });
});

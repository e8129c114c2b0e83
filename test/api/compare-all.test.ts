// Several articles about one event: every pair compared once, exactly as compare() would, with each
// facet's verdicts gathered across the pairs; misuse names the article as articles[k].
import { describe, expect, it } from 'vitest';
import { compare, compareAll, CorroborateError, type ArticleInput, type ErrorCode } from '../../src/index.js';

const WIRE: ArticleInput = {
  id: 'wire', publishedAt: '2024-05-06',
  text: 'A Cessna 208 carrying 12 people crashed near Lake Naivasha on Saturday. Police said all 12 survived.',
};
const DAILY: ArticleInput = {
  id: 'daily', publishedAt: '2024-05-06',
  text: 'A light aircraft with 12 people on board came down near Naivasha on May 4. Everyone on board survived.',
};
const BLOG: ArticleInput = {
  id: 'blog', publishedAt: '2024-05-06',
  text: 'A Cessna 208 crashed near Lake Naivasha on Sunday with 15 people on board. Rescuers said they were unhurt.',
};

describe('compareAll', () => {
  const all = compareAll([WIRE, DAILY, BLOG]);

  it('compares every pair once, in order, exactly as compare() does', () => {
    expect(all.articles).toEqual(['wire', 'daily', 'blog']);
    expect(all.pairs.map((p) => p.articles.map((a) => a.id))).toEqual([['wire', 'daily'], ['wire', 'blog'], ['daily', 'blog']]);
    expect(JSON.parse(JSON.stringify(all.pairs[0]))).toEqual(JSON.parse(JSON.stringify(compare(WIRE, DAILY))));
    expect(JSON.parse(JSON.stringify(all.pairs[2]))).toEqual(JSON.parse(JSON.stringify(compare(DAILY, BLOG))));
  });

  it('gathers each facet across the pairs: the odd article out conflicts with both others', () => {
    const row = (facet: string) => all.facets.find((f) => f.facet === facet)!.verdicts.map((v) => `${v.a}-${v.b}: ${v.verdict}`);
    expect(row('time')).toEqual(['wire-daily: agree', 'wire-blog: conflict', 'daily-blog: conflict']);
    expect(row('people')).toEqual(['wire-daily: agree', 'wire-blog: conflict', 'daily-blog: conflict']);
    for (const f of all.facets) {
      const expected = all.pairs.flatMap((p) => p.facets.filter((r) => r.facet === f.facet).map((r) => r.verdict));
      expect(f.verdicts.map((v) => v.verdict)).toEqual(expected);
    }
  });

  it('with two articles is one compare()', () => {
    const two = compareAll([WIRE, DAILY], { alignThreshold: 0.3 });
    expect(two.pairs).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(two.pairs[0]))).toEqual(JSON.parse(JSON.stringify(compare(WIRE, DAILY, { alignThreshold: 0.3 }))));
  });

  it.each([
    ['not an array', 'INVALID_TYPE', 'articles', WIRE, undefined],
    ['one article', 'INVALID_ARGUMENT', 'articles', [WIRE], undefined],
    ['an empty list', 'INVALID_ARGUMENT', 'articles', [], undefined],
    ['a bad third article', 'MISSING_FIELD', 'articles[2].id', [WIRE, DAILY, { text: 'x' }], undefined],
    ['a hole in the list', 'INVALID_ARGUMENT', 'articles[1]', [WIRE, , DAILY], undefined],
    ['a repeated id', 'DUPLICATE_ID', 'articles[2].id', [WIRE, DAILY, { ...BLOG, id: 'wire' }], undefined],
    ['vectors on some articles only', 'MISSING_FIELD', 'articles[1].vectors', [{ id: 'x', sentences: ['A.'], vectors: [[1]] }, { id: 'y', sentences: ['B.'] }], undefined],
    ['vectors of two models', 'INVALID_ARGUMENT', 'articles[2].vectors', [
      { id: 'x', sentences: ['A.'], vectors: [[1, 0]] }, { id: 'y', sentences: ['B.'], vectors: [[0, 1]] }, { id: 'z', sentences: ['C.'], vectors: [[0, 1, 0]] },
    ], undefined],
    ['a bad option', 'INVALID_ARGUMENT', 'options.alignThreshold', [WIRE, DAILY], { alignThreshold: 2 }],
  ] as [string, ErrorCode, string, unknown, unknown][])('%s → %s at %s', (_name, code, field, input, options) => {
    let error: unknown;
    try {
      compareAll(input as ArticleInput[], options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorroborateError);
    expect({ code: (error as CorroborateError).code, field: (error as CorroborateError).field }).toEqual({ code, field });
  });
});

describe('compareAll on three reports of one diversion', () => {
  // Southwest 1380: the day's report, the investigators' next day, the pilot praised the day after.
  const day: ArticleInput = {
    id: 'day', publishedAt: '2018-04-17',
    text: 'A Southwest Airlines jet bound for Dallas made an emergency landing in Philadelphia on Tuesday after one of its engines blew apart in mid-air, killing a passenger. '
      + "Flight 1380 had taken off from New York's LaGuardia Airport with 144 passengers and five crew members on board. Seven other passengers suffered minor injuries.",
  };
  const next: ArticleInput = {
    id: 'next', publishedAt: '2018-04-18',
    text: 'Federal investigators said on Wednesday that a fan blade of Southwest Flight 1380 was cracked from metal fatigue. '
      + 'The flight from LaGuardia to Dallas Love Field was diverted to Philadelphia International Airport on Tuesday. There were 149 people aboard.',
  };
  const later: ArticleInput = {
    id: 'later', publishedAt: '2018-04-19',
    text: 'Tammie Jo Shults, the captain of Southwest Flight 1380, was praised on Wednesday for landing the crippled Boeing 737 in Philadelphia. '
      + "The flight, which had left New York's LaGuardia Airport on Tuesday with 144 passengers and five crew, was bound for Dallas. "
      + 'One passenger, Jennifer Riordan, died after being partially sucked out of a broken window. Seven others were treated for minor injuries.',
  };
  const report = compareAll([day, next, later]);
  const verdicts = (facet: string) => Object.fromEntries(report.facets.find((f) => f.facet === facet)!.verdicts.map((v) => [`${v.a}/${v.b}`, v.verdict]));

  it('finds no conflict in any pair', () => {
    expect(report.facets.flatMap((f) => f.verdicts).filter((v) => v.verdict === 'conflict')).toEqual([]);
  });

  it('agrees on who was aboard, where from and the victims, and tells the diversion from the destination', () => {
    expect(verdicts('people')).toEqual({ 'day/next': 'agree', 'day/later': 'agree', 'next/later': 'agree' });
    expect(verdicts('origin')).toEqual({ 'day/next': 'agree', 'day/later': 'agree', 'next/later': 'agree' });
    expect(verdicts('casualties')['day/later']).toBe('agree');
    expect(verdicts('destination')['day/next']).toBe('partial');
  });
});

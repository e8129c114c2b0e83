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

// Property tests: the report's invariants hold on random input, whatever the modules inside do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, FACETS, similarity, type ArticleInput } from '../../src/index.js';
import { segment } from '../../src/segment/segment.js';
import { articleInput, articleText, checkReport, deepFreeze, hostileString, uncovered } from '../support/invariants.js';

// Modest run counts keep the suite quick; a failure prints its seed and shrunk input to replay it.
const RUNS = { numRuns: 150 } as const;

const pair = fc.tuple(articleInput('a'), articleInput('b'));

describe('compare() on random input', () => {
  it('keeps every invariant of the report', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      checkReport(compare(a, b), [a, b]);
    }), RUNS);
  });

  it('keeps every invariant on arbitrary strings, not only news-shaped ones', () => {
    fc.assert(fc.property(hostileString, hostileString, (x, y) => {
      const a: ArticleInput = { id: 'a', text: x }, b: ArticleInput = { id: 'b', text: y };
      checkReport(compare(a, b), [a, b]);
    }), RUNS);
  });

  it('is deterministic: identical input gives an identical report', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      expect(compare(a, b)).toStrictEqual(compare(structuredClone(a), structuredClone(b)));
    }), { numRuns: 100 });
  });

  it('reports plain data: JSON.parse(JSON.stringify(report)) equals the report', () => {
    // toStrictEqual also fails on a property that holds `undefined`: JSON would drop it.
    fc.assert(fc.property(pair, ([a, b]) => {
      const report = compare(a, b);
      expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
    }), { numRuns: 100 });
  });

  it('does not mutate its inputs', () => {
    fc.assert(fc.property(pair, ([a, b]) => {
      const before = structuredClone([a, b]);
      compare(deepFreeze(a), deepFreeze(b));
      expect([a, b]).toStrictEqual(before);
    }), { numRuns: 100 });
  });

  it('does not mutate a Date given as publishedAt', () => {
    const date = new Date(Date.UTC(2019, 2, 25, 12));
    const time = date.getTime();
    compare({ id: 'a', text: 'The plane landed on Saturday.', publishedAt: date }, { id: 'b', text: 'It landed yesterday.', publishedAt: date });
    expect(date.getTime()).toBe(time);
  });
});

describe('segment() on random input', () => {
  it('returns ordered, non-overlapping, non-blank spans that lose no text', () => {
    fc.assert(fc.property(fc.oneof(articleText, hostileString), (text) => {
      const spans = segment(text);
      let previousEnd = 0;
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end).trim()).not.toBe('');
        previousEnd = s.end;
      }
      expect(uncovered(text, spans)).toEqual([]);
    }), { numRuns: 200 });
  });
});

describe.each(FACETS.map((f) => [f.kind, f] as const))('facet %s: extract() on random input', (_kind, facet) => {
  it('returns spans inside the sentence and plain-data values', () => {
    fc.assert(fc.property(fc.oneof(articleText, hostileString), fc.constantFrom(undefined, '2019-03-25'), (text, publishedAt) => {
      const context = publishedAt ? { index: 0, text, publishedAt } : { index: 0, text };
      const found = facet.extract(context);
      for (const f of found) {
        expect(Number.isInteger(f.start) && Number.isInteger(f.end), `${f.rule}: integer offsets`).toBe(true);
        expect(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule}: [${f.start}, ${f.end}) in [0, ${text.length}]`).toBe(true);
        expect(typeof f.rule).toBe('string');
        expect(JSON.parse(JSON.stringify(f.value)), `${f.rule}: value survives JSON`).toStrictEqual(f.value);
      }
      expect(facet.extract(context), 'deterministic').toStrictEqual(found);
    }), { numRuns: 100 });
  });
});

describe('similarity() on random input', () => {
  it('stays in [0, 1], is 1-safe on identical text and never throws', () => {
    fc.assert(fc.property(fc.oneof(articleText, hostileString), fc.oneof(articleText, hostileString), (x, y) => {
      const s = similarity(x, y);
      expect(Number.isFinite(s) && s >= 0 && s <= 1, `similarity = ${s}`).toBe(true);
      const self = similarity(x, x);
      expect(Number.isFinite(self) && self >= 0 && self <= 1, `self-similarity = ${self}`).toBe(true);
    }), { numRuns: 200 });
  });
});

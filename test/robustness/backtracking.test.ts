// Catastrophic backtracking shows as time: every extractor, the segmenter and the similarity run on
// 100 KB adversarial sentences within a generous bound. A safe regular expression takes milliseconds;
// a nested or ambiguous quantifier takes minutes.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { compare, FACETS, similarity } from '../../src/index.js';
import { segment } from '../../src/segment/segment.js';

const SIZE = 100_000;
const BOUND_MS = 2_000;

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// Each repeats something a rule might start to match and then fail on at the very end.
const ADVERSARIAL: [string, string][] = [
  ['"a-1 "', fill('a-1 ')],
  ['"(((("', fill('(')],
  ['"(1 (2 [3 "', fill('(1 (2 [3 ')],
  ['"1,1,1,"', fill('1,')],
  ['"1.1.1."', fill('1.')],
  ['a digit run', fill('9')],
  ['"99 99 "', fill('99 ')],
  ['"An-An-An-"', fill('An-')],
  ['"An-124 and Il-62 and "', fill('An-124 and Il-62 and ')],
  ['"A-1 B-2 "', fill('A-1 B-2 ')],
  ['capitalised words', fill('Foo Bar Baz Qux ')],
  ['capitalised words with "of"', fill('Ministry of Foreign Affairs of ')],
  ['"from from "', fill('from ')],
  ['"from X to "', fill('from Lisbon to ')],
  ['"north of north of "', fill('300 km north of ')],
  ['"near the village of "', fill('near the village of ')],
  ['"according to "', fill('according to ')],
  ['"said said "', fill('said ')],
  ['"killed killed "', fill('killed ')],
  ['"tons of tons of "', fill('35 tons of ')],
  ['"one hundred and "', fill('one hundred and ')],
  ['"almost about nearly "', fill('almost about nearly more than ')],
  ['"March March "', fill('March ')],
  ['"Saturday, Sunday, "', fill('Saturday, Sunday, ')],
  ['"at 11:15 a.m. at "', fill('at 11:15 a.m. ')],
  ['"U.S. "', fill('U.S. ')],
  ['double quotes', fill('"')],
  ['quoted words', fill('" a "')],
  ['curly quotes', fill('“a ”')],
  ['spaces', fill(' ')],
  ['hyphens and dashes', fill('- – — ')],
  ['a single letter', fill('a')],
  ['combining marks', fill('e\u0301')],
  ['zero-width spaces', fill('a\u200b')],
];

const time = (run: () => unknown) => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};

describe.each(FACETS.map((f) => [f.kind, f] as const))('facet %s: extract() on 100 KB adversarial text', (_kind, facet) => {
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    const ms = time(() => facet.extract({ index: 0, text, publishedAt: '2019-03-25' }));
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('segment() on 100 KB adversarial text', () => {
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    expect(time(() => segment(text))).toBeLessThan(BOUND_MS);
  });
});

describe('similarity() on 100 KB adversarial text', () => {
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    expect(time(() => similarity(text, text.slice(0, 1000)))).toBeLessThan(BOUND_MS);
  });
});

describe('compare() on one 50 KB adversarial sentence', () => {
  // Given as sentences, so the whole string reaches every stage in one piece. Half the extractors' size:
  // the extractors are bounded above, and this keeps the suite quick while still exposing the stages
  // after them (claims, scope, aligner, judge).
  const plain = ['A cargo plane landed in Nairobi on Tuesday with 20 tonnes of supplies, officials said.'];
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    const ms = time(() => compare({ id: 'a', sentences: [text.slice(0, 50_000)] }, { id: 'b', sentences: plain }));
    expect(ms).toBeLessThan(BOUND_MS * 5);
  });
});

describe('compare() when both sides hold thousands of facts', () => {
  // About 8,000 facts a side in 80 KB. Work that pairs every fact of a with every fact of b (the
  // aligner's fact overlap, the judge's relate) grows with their product: a 1 MB scrape would hang.
  const dense = (unit: string) => unit.repeat(Math.ceil(80_000 / unit.length)).slice(0, 80_000);
  it.each([
    ['weekdays', dense('Saturday, Sunday, ')],
    ['dates', dense('on March 3, on March 4, ')],
    ['clock times', dense('at 11:15 a.m. ')],
    ['tonnages', dense('35 tons of ')],
    ['counts of people', dense('99 servicemen, ')],
    ['aircraft types', dense('An-124 and Il-62 and ')],
  ])('%s', (_name, text) => {
    const ms = time(() => compare({ id: 'a', sentences: [text] }, { id: 'b', sentences: [text] }));
    // 160 KB of text in all: linear work takes about a second; pairwise work takes many.
    expect(ms).toBeLessThan(BOUND_MS * 2);
  });
});

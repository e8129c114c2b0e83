import { describe, expect, it } from 'vitest';
import { factValues } from '../../src/align/facts.js';
import { compare } from '../../src/compare.js';
import type { Fact } from '../../src/types.js';

const fact = (facet: Fact['facet'], value: unknown, sentence: number): Fact => ({
  facet, value, sentence, text: '', start: 0, end: 0, rule: 'test', scope: 'event',
});
const people = (n: number, role = 'passengers') => ({ count: { min: n, max: n }, role, noun: role });

describe('factValues', () => {
  it('reads each distinct value once, per sentence, up to the cap', () => {
    const many = Array.from({ length: 500 }, () => fact('people', people(12), 0));
    const fv = factValues([...many, fact('people', people(14), 0), fact('people', people(12), 1)], [fact('people', people(12), 3)], 24);
    expect(fv.a.get(0)).toHaveLength(2);
    expect(fv.a.get(1)).toEqual([fv.a.get(0)![0]]);
    expect(fv.b.get(3)).toEqual([fv.a.get(0)![0]]);
    expect(factValues(Array.from({ length: 40 }, (_, k) => fact('people', people(k + 1), 0)), [], 24).a.get(0)).toHaveLength(24);
  });

  it.each([
    [people(12), people(12), 'equal'],
    [people(12), people(20), 'conflict'],
    [people(12), people(12, 'crew'), 'unrelated'],
  ] as const)('relates values through their facet: %j / %j', (x, y, relation) => {
    const fv = factValues([fact('people', x, 0)], [fact('people', y, 0)], 24);
    expect(fv.relate(fv.a.get(0)![0]!, fv.b.get(0)![0]!)).toBe(relation);
  });

  it('never relates values of different facets', () => {
    const fv = factValues([fact('people', people(3), 0)], [fact('casualties', { kind: 'killed', count: { min: 3, max: 3 } }, 0)], 24);
    expect(fv.relate(fv.a.get(0)![0]!, fv.b.get(0)![0]!)).toBe('unrelated');
  });
});

describe('word diffs computed on first read', () => {
  const report = () => compare(
    { id: 'a', text: 'A Boeing 737 landed in Lagos on Monday with 120 passengers.' },
    { id: 'b', text: 'A Boeing 737 with 120 passengers touched down in Lagos on Monday.' },
  );

  it('reads like a plain field: JSON, spread and structured clone carry the diff', () => {
    const al = report().alignments[0]!;
    expect(al.diff.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(al)).diff).toEqual(al.diff);
    expect({ ...al }.diff).toEqual(al.diff);
    expect(structuredClone(al).diff).toEqual(al.diff);
    expect(Object.keys(al)).toContain('diff');
  });

  it('is identical for identical input and can be replaced', () => {
    expect(JSON.stringify(report())).toBe(JSON.stringify(report()));
    const al = report().alignments[0]!;
    al.diff = [];
    expect(al.diff).toEqual([]);
  });
});

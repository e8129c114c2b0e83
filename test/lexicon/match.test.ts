import { describe, expect, it } from 'vitest';
import { fold, gatedScan, lexiconGate, matchAny } from '../../src/lexicon/match.js';

describe('fold', () => {
  it.each([
    ['Caracas', 'caracas'],
    ['Nicolás', 'nicolas'],
    ['SÃO PAULO', 'sao paulo'],
    ['Il-76MD', 'il-76md'],
    ['', ''],
    ['Москва', 'москва'],
  ])('%j -> %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('lexiconGate', () => {
  const terms = ['shot down', 'crash-landed', 'was diverted', 'touched down'];
  const gate = lexiconGate(terms);

  it.each([
    ['The plane was diverted to Minsk.', true],
    ['It CRASH-LANDED in a field.', true],
    ['A jet was shot down on Monday.', true],
    // The gate looks at words, not phrases: a key word alone lets the text through to the real scan.
    ['He stayed down.', true],
    ['Nothing happened on Monday.', false],
    ['The diversion was brief.', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(gate(text)).toBe(expected);
  });

  it('lets every text through when a term does not hold a letter or digit', () => {
    expect(lexiconGate(['--', 'landed'])('nothing here')).toBe(true);
  });

  it('never rules out a text the pattern matches', () => {
    const pattern = new RegExp(`(?<![A-Za-z0-9-])(?:${matchAny(terms)})(?![A-Za-z0-9])`, 'gi');
    const pieces = ['shot', 'down', 'crash', 'landed', 'was', 'diverted', 'touched', ' ', '-', '_', 'é', 'ſ', '\u212A', '.', 'x', '1'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]).join('');
      pattern.lastIndex = 0;
      if (pattern.test(text)) expect(gate(text), text).toBe(true);
    }
  });
});

describe('gatedScan', () => {
  const pattern = new RegExp(`\\b(?:${matchAny(['according to'])})\\s+`, 'gi');
  const scan = gatedScan(['according to'], pattern);

  it.each([
    ['Two planes landed, according to TASS.', 1],
    ['According to the ministry, two planes landed.', 1],
    ['Two planes landed.', 0],
  ])('%j has %i match(es)', (text, count) => {
    expect([...scan(text)]).toHaveLength(count);
  });
});

describe('matchAny', () => {
  it('makes a pattern valid with and without the u flag, hyphens and all', () => {
    const alternation = matchAny(['Il-76', 'An-124', 'a.m.', 'C-17 (Globemaster)', 'hot-air balloon']);
    for (const flags of ['i', 'iu']) {
      const pattern = new RegExp(`(?<![\\p{L}])(?:${alternation})`, flags);
      expect('An Il-76 and a C-17 (Globemaster) landed at 9 a.m.'.match(new RegExp(pattern.source, `${flags}g`))).toEqual(['Il-76', 'C-17 (Globemaster)', 'a.m.']);
    }
  });

  it('matches each term as written, not as syntax', () => {
    const pattern = new RegExp(`^(?:${matchAny(['a.m.', 'Il-76'])})$`);
    expect(pattern.test('a.m.')).toBe(true);
    expect(pattern.test('axmx')).toBe(false);
    expect(pattern.test('Il-76')).toBe(true);
  });
});

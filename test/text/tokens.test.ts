import { describe, expect, it } from 'vitest';
import { createStemmer, terms, tokenize } from '../../src/text/tokens.js';

const keys = (text: string) => terms(text, createStemmer()).map((t) => t.key);

describe('tokenize', () => {
  it.each([
    ['The 1,500 workers', ['the', '1500', 'workers']],
    ['a 49.9 percent stake', ['a', '49.9', 'percent', 'stake']],
    ["Lagos's port", ['lagos', 'port']],
    ['Nicolás Maduro', ['nicolas', 'maduro']],
  ])('%s', (text, norms) => {
    expect(tokenize(text).map((t) => t.norm)).toEqual(norms);
  });

  it('keeps offsets that slice back to the token', () => {
    const text = 'Rescuers reached Lyon at 6 a.m.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each([
    ['Officials in Lima said', ['Lima']],
    ['Floods hit Dhaka. Rain fell', ['Dhaka']],
    ['Storms hit the coast', []],
  ])('marks capitalised words inside a sentence as names: %s', (text, names) => {
    expect(tokenize(text).filter((t) => t.capital).map((t) => t.text)).toEqual(names);
  });

  it('is linear on a long run without spaces', () => {
    const t0 = performance.now();
    tokenize('a'.repeat(100_000) + '1.'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('terms', () => {
  it.each([
    ['soldiers landed', 'troops arrived'],
    ['the jet touched down', 'the aircraft landed'],
    ['40 tonnes', '40 tons'],
    ['ninety-nine passengers', '99 passengers'],
    ['the US embassy', 'the U.S. embassy'],
  ])('reads %s like %s', (x, y) => {
    expect(keys(x)).toEqual(keys(y));
  });

  it.each([
    ['the airliner', 'the plane', 'the airlines'],
    ['the jet departed', 'the jet left', 'the State Department'],
  ])('%s reads like %s, but a word of its stem does not: %s', (x, y, other) => {
    expect(keys(x)).toEqual(keys(y));
    expect(keys(other).join(' ')).not.toContain(keys(y).at(-1)!);
  });

  it.each([
    ['the city of Lyon', ['citi', 'lyon']],
    ['he did not leave', ['not', '~leav']],
  ])('drops stop words but keeps negation: %s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it.each([
    ['on June 4', '@jun-4'],
    ['4 June', '@jun-4'],
  ])('reads a day of a month as one date term: %s', (text, key) => {
    expect(keys(text)).toContain(key);
    expect(keys(text)).not.toContain('#4');
  });
});

describe('createStemmer with known stems', () => {
  it.each([['running'], ['crashed'], ['Venezuelan'], ['aircraft'], ['constructor'], ['landed']])('gives the same key for %s as the plain stemmer', (word) => {
    const norm = tokenize(word)[0]!.norm;
    expect(createStemmer(new Map([['running', 'run'], ['landed', 'land']]))(norm)).toBe(createStemmer()(norm));
  });
});

import { describe, expect, it } from 'vitest';
import { numbersIn, perSentence, placesIn, routePointsIn } from '../../src/facets/shared.js';
import { findNumbers } from '../../src/text/numbers.js';
import { findPlaces, findRoutePoints } from '../../src/text/places.js';

describe('perSentence', () => {
  it('reads a sentence once per context and again for another context or changed text', () => {
    let calls = 0;
    const lengthOf = perSentence((s) => {
      calls++;
      return s.text.length;
    });
    const context = { index: 0, text: 'Two planes landed.' };
    expect(lengthOf(context)).toBe(18);
    expect(lengthOf(context)).toBe(18);
    expect(calls).toBe(1);
    expect(lengthOf({ index: 0, text: 'Two planes landed.' })).toBe(18);
    expect(calls).toBe(2);
    context.text = 'One landed.';
    expect(lengthOf(context)).toBe(11);
    expect(calls).toBe(3);
  });
});

describe('shared analyses give what the text modules give', () => {
  it.each([
    'The An-124 set off from Syria and made a stopover in Dakar before landing in Caracas.',
    'About 35 tons of cargo and 99 servicemen arrived on Saturday.',
    'Nothing in this sentence moves.',
    'A plane crashed near the village of Kuzhenkino, 300 km north of Moscow.',
  ])('%j', (text) => {
    const context = { index: 0, text };
    expect(placesIn(context)).toEqual(findPlaces(text));
    expect(routePointsIn(context)).toEqual(findRoutePoints(text));
    expect(numbersIn(context)).toEqual(findNumbers(text));
  });
});

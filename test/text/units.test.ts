import { describe, expect, it } from 'vitest';
import { describeMeasure, findMeasures } from '../../src/text/units.js';

const show = (text: string) =>
  findMeasures(text).map((m) => `${m.text} ${m.kind} ${describeMeasure(m.kind, m.value)}`);

describe('findMeasures', () => {
  it.each([
    ['It carried 20 tonnes of grain.', ['20 tonnes weight 20 t']],
    ['It carried 20 tons of grain.', ['20 tons weight 18.1-20.3 t']],
    ['a 20t load', ['20t weight 20 t']],
    ['1,500 kg of fish', ['1,500 kg weight 1.43-1.58 t']],
    ['4,000 pounds of mail', ['4,000 pounds weight 1.72-1.91 t']],
    ['a village 45 km from the city', ['45 km distance 45 km']],
    ['some 300 km (186 miles) north of Moscow', ['some 300 km (186 miles) distance 290.4-308.3 km']],
    ['more than 100 kilometres away', ['more than 100 kilometres distance 101-1000 km']],
    ['about 12 miles off the coast', ['about 12 miles distance 17.4-21.2 km']],
    ['a 12-hour flight', ['12-hour duration 720 min']],
    ['after 45 minutes in the air', ['45 minutes duration 45 min']],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it.each([
    ['flying at 850 km/h'],
    ['20 tons per day'],
    ['tons of aid'],
    ['a 49.9 percent stake worth $1.5 billion'],
    ['the Tu-154 crashed in 2010'],
  ])('finds no measure in %s', (text) => {
    expect(show(text)).toEqual([]);
  });

  it('makes "35 tons" and "35 tonnes" overlap, "35 tons" and "50 tonnes" not', () => {
    const [tons] = findMeasures('35 tons');
    const [tonnes] = findMeasures('35 tonnes');
    const [fifty] = findMeasures('50 tonnes');
    expect(tons!.ambiguousUnit).toBe(true);
    expect(tons!.value.min <= tonnes!.value.max && tonnes!.value.min <= tons!.value.max).toBe(true);
    expect(fifty!.value.min > tons!.value.max).toBe(true);
  });

  it.each([
    ['more than 100 km (62 miles) from the border', 101, 1000],
    ['at least 50 miles (80 km) away', 80.47, 1.609344e12],
    ['up to 20 tonnes (22 tons) of fuel', 10, 20],
    ['almost 50 miles (80 km) away', 72.4, 78.9],
  ])('a bracketed conversion never narrows the open side of %s', (text, min, max) => {
    const [m] = findMeasures(text);
    expect(m!.value.min).toBeCloseTo(min, 1);
    expect(m!.value.max / max).toBeCloseTo(1, 2);
    expect(m!.text).toMatch(/\)$/);
  });

  it('keeps "more than 100 km (62 miles)" compatible with "300 km"', () => {
    const [open] = findMeasures('more than 100 km (62 miles) from the border');
    const [far] = findMeasures('300 km from the border');
    expect(open!.value.min <= far!.value.max && far!.value.min <= open!.value.max).toBe(true);
  });

  it('stays fast on 100 KB of units', () => {
    const t0 = performance.now();
    findMeasures('1 t 2 km ('.repeat(10_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

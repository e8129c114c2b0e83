import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';

const quake2011 = {
  id: 'q1',
  publishedAt: '2011-09-19',
  text: 'A magnitude 6.9 earthquake struck Sikkim in northeast India on Sunday, killing at least 18 people. '
    + 'Rescuers in Gangtok searched collapsed buildings. The quake was felt in Kathmandu and Dhaka.',
};
const quake2011b = {
  id: 'q2',
  publishedAt: '2011-09-19',
  text: 'At least 18 people died when a 6.9-magnitude quake hit the Indian state of Sikkim on Sunday. '
    + 'Buildings collapsed in Gangtok, the state capital, and tremors were felt as far as Kathmandu.',
};
const quake2015 = {
  id: 'q3',
  publishedAt: '2015-04-26',
  text: 'A magnitude 7.8 earthquake struck central Nepal on Saturday, killing more than 1,800 people. '
    + 'Rescuers in Kathmandu dug through rubble. Historic towers in Bhaktapur collapsed.',
};

describe('matchEvent', () => {
  it.each([
    [quake2011, quake2011b, true],
    [quake2011, quake2015, false],
    [quake2011b, quake2015, false],
  ])('%s / %s: same event is %s', (a, b, same) => {
    const r = compare(a, { ...b, id: `${b.id}-b` });
    expect(r.eventMatch.same).toBe(same);
    expect(r.eventMatch.score).toBeGreaterThanOrEqual(0);
    expect(r.eventMatch.score).toBeLessThanOrEqual(1);
  });

  it('scores two reports of one event above two reports of similar events', () => {
    const same = compare(quake2011, quake2011b).eventMatch.score;
    const other = compare(quake2011, quake2015).eventMatch.score;
    expect(same).toBeGreaterThan(other);
  });

  it('tells years apart in pre-split sentences without a publication date', () => {
    const a = { id: 'x', sentences: ['In 2008 actress Mia Stone checked into a rehab clinic in Malibu.', 'Her publicist confirmed the stay.'] };
    const b = { id: 'y', sentences: ['In 2013 actress Lena Brook checked into a rehab clinic in Malibu.', 'Her publicist confirmed the stay.'] };
    const c = { id: 'z', sentences: ['Mia Stone entered a Malibu rehab facility in 2008, her publicist said.'] };
    expect(compare(a, b).eventMatch.same).toBe(false);
    expect(compare(a, c).eventMatch.same).toBe(true);
  });
});

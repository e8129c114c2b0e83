import { describe, expect, it } from 'vitest';
import { claimOf, readClaims } from '../../src/claims/index.js';

function hedgesOn(text: string, words: string): string[] {
  const start = text.indexOf(words);
  return claimOf(readClaims({ index: 0, text }), start, start + words.length).hedges.map((h) => h.toLowerCase());
}

describe('hedges that apply to a fact', () => {
  it.each([
    ['The drone reportedly carried explosives.', 'explosives', ['reportedly']],
    ['The general allegedly ordered the flight.', 'the flight', ['allegedly']],
    ['The helicopter may have been hit by ground fire.', 'ground fire', ['may have']],
    ['The crew might be Belarusian.', 'Belarusian', ['might']],
    ['The jet could have run out of fuel.', 'fuel', ['could have']],
    ['The pilot is believed to have ejected.', 'ejected', ['is believed to']],
    ['Unconfirmed reports put the death toll at 12.', '12', ['unconfirmed']],
    ['It was not reported whether the passengers were diplomats.', 'diplomats', ['it was not reported whether']],
    ['Rescuers have found four bodies so far.', 'four bodies', ['so far']],
    ['According to preliminary data, 17 people were on board.', '17 people', ['according to preliminary data']],
    ['Investigators were looking at human error, and that a terrorist attack was considered unlikely.', 'terrorist attack', ['unlikely']],
    ['It was not immediately clear how many people were aboard the 30-seat plane.', '30-seat', ['not immediately clear']],
    // A hedge before a noun doubts what the noun names.
    ['A U.S. F-22 fighter jet shot down a suspected Chinese surveillance balloon.', 'Chinese surveillance balloon', ['suspected']],
    ['The flight diverted to Shannon over a suspected bomb in the hold.', 'bomb', ['suspected']],
    ['Two men are suspected of smuggling the drones.', 'drones', ['are suspected']],
    ['He celebrated Mass for perhaps 300,000 people hours after his plane landed in Warsaw.', '300,000 people', ['perhaps']],
    // Not "one", which doubts the whole sentence as often.
    ['Perhaps one engine failed over Warsaw.', 'Warsaw', ['perhaps']],
  ])('%s', (text, words, expected) => {
    expect(hedgesOn(text, words)).toEqual(expected);
  });

  it.each([
    ['a plain statement', 'The Il-76 landed in Bamako at noon.', 'Bamako'],
    ['"May" the month is no hedge', 'The An-124 landed in May.', 'May'],
    ['a hedge in another clause', 'The cargo may have included drones, but the plane landed in Tehran.', 'Tehran'],
    // ", and that ...": a second report, with its own doubt.
    ['a doubt of the next thing reported', 'Investigators were looking at human error, and that a terrorist attack was considered unlikely.', 'human error'],
    // The doubt is about the reasons, which the sentence does not give.
    ['a doubt about the reasons', 'The jet crashed near Aktau, killing 38 people, after diverting for reasons that were not immediately clear.', '38 people'],
    // "suspected" before a noun doubts the noun, not the rest of the clause.
    ['a doubted noun elsewhere in the clause', 'A plane carrying Alexei Navalny landed in Berlin on Saturday, where he is to be treated for suspected poisoning.', 'Berlin'],
    ['the shooting of a doubted balloon', 'A U.S. F-22 fighter jet shot down a suspected Chinese surveillance balloon.', 'shot down'],
    // A hedge right before a figure doubts the figure, not the rest of the clause.
    ['a doubted figure elsewhere in the clause', 'He celebrated Mass for perhaps 300,000 people hours after his plane landed in Warsaw.', 'Warsaw'],
  ])('none: %s', (_, text, words) => {
    expect(hedgesOn(text, words)).toEqual([]);
  });

  it('stays fast on 100 KB of near-hedges', () => {
    const text = 'it was not reported '.repeat(5_000);
    const t0 = performance.now();
    readClaims({ index: 0, text });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

import { describe, expect, it } from 'vitest';
import { findAirspaces, INTERNATIONAL, sameAirspaceOwner } from '../../src/text/airspace.js';
import { findPlaces } from '../../src/text/places.js';

/** "inside turkey", "outside united states", "only international airspace", with the words quoted. */
function read(text: string): string[] {
  return findAirspaces(text, findPlaces(text)).map((a) => `${a.presence} ${a.place}: ${text.slice(a.start, a.end)}`);
}

describe('findAirspaces', () => {
  it.each([
    // Inside: a verb or preposition before the owner, the owner a demonym, a possessive or "of" after.
    ['The Su-24 violated Turkish airspace for 17 seconds.', ['inside turkey: violated Turkish airspace']],
    ["Officials said the jet had strayed into Turkey's airspace over Hatay province.", ["inside turkey: strayed into Turkey's airspace"]],
    ['Three MiG-31 jets entered the airspace of Estonia near Vaindloo island.', ['inside estonia: entered the airspace of Estonia']],
    ['The drone was shot down in Polish airspace.', ['inside poland: in Polish airspace']],
    ['The jets were escorted out of Finnish airspace.', ['inside finland: out of Finnish airspace']],
    ['Estonian airspace was violated by three Russian fighters, the foreign ministry said.', ['inside estonia: Estonian airspace was violated']],
    ['Russian drones made repeated incursions into Romanian airspace.', ['inside romania: incursions into Romanian airspace']],
    ["The bomber penetrated Japan's sovereign airspace near Tsushima.", ["inside japan: penetrated Japan's sovereign airspace"]],
    // "its" is the country the sentence names first, its capital standing for it.
    ['Poland said Russian drones had violated its airspace overnight.', ['inside poland: violated its airspace']],
    ['Turkey accused Russia of violating its airspace.', ['inside turkey: violating its airspace']],
    ['Warsaw said the drones entered its airspace from Belarus.', ['inside poland: entered its airspace']],
    // Only: one airspace throughout.
    ['The defence ministry said the aircraft had stayed within Syrian airspace throughout.', ['only syria: stayed within Syrian airspace']],
    ['Moscow insists the plane never left Syrian airspace.', ['only syria: never left Syrian airspace']],
    ['NORAD said the bombers remained in international airspace.', [`only ${INTERNATIONAL}: remained in international airspace`]],
    // The air of no country.
    ['The MQ-9 was flying in international airspace over the Black Sea.', [`inside ${INTERNATIONAL}: in international airspace`]],
    ['The ministry said the Il-20 flew over the neutral waters of the Baltic Sea.', [`inside ${INTERNATIONAL}: over the neutral waters`]],
    // An aircraft brought down "in" open water fell there; a ship "in" it is no aircraft's air.
    ['The two Cessnas were downed in international waters north of Cuba.', [`inside ${INTERNATIONAL}: in international waters`]],
    ['The tanker was seized in international waters.', []],
    // A country's waters, said to be its own, after "over" or a downing.
    ['The light aircraft were brought down over Cuban territorial waters.', ['inside cuba: over Cuban territorial waters']],
    ['The jet did not fly over Cuban territorial waters.', ['outside cuba: did not fly over Cuban territorial waters']],
    ['The ship sailed in Cuban territorial waters.', []],
    // An overflight of named places is their countries' air.
    ['The planes flew over Turkey and Bulgaria, both NATO members.', [
      'inside turkey: flew over Turkey and Bulgaria', 'inside bulgaria: flew over Turkey and Bulgaria',
    ]],
    ['Russian drones overflew Kyiv on Sunday.', ['inside ukraine: overflew Kyiv']],
    ['The bombers did not fly over Poland.', ['outside poland: did not fly over Poland']],
    // Outside: a denial a few words before the cue, quoted with it; a list of owners.
    ['Russia denied that its Su-24 had violated Turkish airspace.', ['outside turkey: denied that its Su-24 had violated Turkish airspace']],
    ['Russia denied on Tuesday that its aircraft had violated South Korean airspace.', ['outside south korea: denied on Tuesday that its aircraft had violated South Korean airspace']],
    // A party's claim another party rejects.
    ["Belarus rejected Poland's claim that two of its helicopters had flown into Polish airspace.", ["outside poland: rejected Poland's claim that two of its helicopters had flown into Polish airspace"]],
    ['Russia denied on Tuesday a report of talks, and its bombers later violated South Korean airspace.', ['inside south korea: violated South Korean airspace']],
    ['The bombers did not enter American or Canadian sovereign airspace.', [
      'outside united states: did not enter American or Canadian sovereign airspace',
      'outside canada: did not enter American or Canadian sovereign airspace',
    ]],
    ["The bombers didn't enter US airspace.", ["outside united states: didn't enter US airspace"]],
    ['There was no violation of Estonian airspace, Moscow said.', ['outside estonia: no violation of Estonian airspace']],
    ['The jets flew along the border without entering Lithuanian airspace.', ['outside lithuania: without entering Lithuanian airspace']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No cue: an airspace that is closed, opened or watched puts no aircraft in it.
    'Poland closed its airspace in the east.',
    'Turkey reopened its airspace to civilian flights on Monday.',
    'Radar stations monitor Lithuanian airspace around the clock.',
    // No country owns it.
    'NATO airspace was violated.',
    'The jets entered controlled airspace near the airport.',
    // Left open, threatened or tried.
    'It was unclear whether the drone entered Polish airspace.',
    'Officials said the drone may have entered Moldovan airspace.',
    'The pilots threatened to violate Lithuanian airspace.',
    'The jets tried to enter Estonian airspace.',
    // A ship in open waters, or waters with no "over" before them.
    'The tanker was seized in international waters.',
    'The plane crashed into the icy waters of the Potomac.',
    'Piracy is rife in the waters off Somalia.',
    // An overflight of no country's place, or one left open.
    'The drone flew over the Baltic Sea.',
    'It was unclear whether the drones flew over Romania.',
    // A presence of another moment: the landing, or a stay the aircraft ended.
    'The Chinese government said the U.S. plane had entered Chinese airspace without permission when it landed on Hainan.',
    'The minister said the jet was hit after it had briefly entered Syrian airspace and left it.',
  ])('finds no airspace in %j', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    // A denial elsewhere in the sentence denies nothing of the cue.
    ['Not long after take-off, the jet entered Turkish airspace.', 'inside'],
    ['The drone, which did not carry weapons, entered Polish airspace.', 'inside'],
    ['The jets flew for an hour without transponders and then entered Estonian airspace.', 'inside'],
    ['Russian jets with no flight plan entered Estonian airspace.', 'inside'],
  ])('%s is %s', (text, presence) => {
    expect(read(text).map((r) => r.split(' ')[0])).toEqual([presence]);
  });

  it('is linear on a long run of airspace words', () => {
    const text = 'violated Turkish airspace and '.repeat(4000);
    const started = performance.now();
    findAirspaces(text, findPlaces(text));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('sameAirspaceOwner', () => {
  it.each([
    ['turkey', 'turkey', true],
    ['crimea', 'ukraine', true],
    ['turkey', 'syria', false],
    [INTERNATIONAL, INTERNATIONAL, true],
    [INTERNATIONAL, 'turkey', false],
  ] as const)('%s and %s: %s', (x, y, same) => {
    expect(sameAirspaceOwner(x, y)).toBe(same);
  });
});

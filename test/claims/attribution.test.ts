import { describe, expect, it } from 'vitest';
import { claimOf, normaliseSource, pronounSpeaker, readClaims } from '../../src/claims/index.js';
import { compare } from '../../src/compare.js';

const claims = (text: string) => readClaims({ index: 0, text });
/** The source that covers the first occurrence of `words` in the sentence. */
function sourceOf(text: string, words: string): string | undefined {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${text}"`);
  return claimOf(claims(text), start, start + words.length).attribution?.source;
}

describe('readClaims: who asserts it', () => {
  it.each([
    ['according to, at the end', 'Three Boeing C-17s landed in Kabul on Sunday, according to local media reports.', 'local media reports', 'according to local media reports'],
    ['according to, at the start', 'According to Interfax, the helicopter came down near Tver.', 'interfax', 'According to Interfax'],
    ['outlet quoting a source', '"The crew are all safe," TASS quoted a source in the ministry as saying.', 'tass', 'TASS quoted a source in the ministry as saying'],
    ['outlet citing an official', 'Reuters, citing a Cuban official, reports that the jets refuelled in Havana.', 'reuters', 'Reuters, citing a Cuban official, reports'],
    ['abbreviated outlet', 'AP reported that the Il-76 took off from Minsk.', 'associated press', 'AP reported'],
    ['ministry in a statement', 'The ministry said in a statement that the drone was unarmed.', 'ministry', 'The ministry said'],
    ['anonymous source with place', 'A military source in Damascus confirmed to Turkish media that the jets had left.', 'military source in damascus', 'A military source in Damascus confirmed'],
    ['adverb between party and verb', 'State media earlier reported that the convoy had arrived.', 'state media', 'State media earlier reported'],
    // A noun that ends in "-ly" is no adverb: the family speaks, not the man it is of.
    ['a family of someone', 'The family of Paul Rusesabagina said on Tuesday that he had been kidnapped.', 'family of paul rusesabagina', 'The family of Paul Rusesabagina said'],
    ['an adverb that ends in -ly', 'Officials separately said the jet had left.', 'officials', 'Officials separately said'],
    // A noun of time ends the party: the time announces nothing.
    ['a time before the party', 'A plane left Damascus at about the time rebels announced they had taken the city.', 'rebels', 'rebels announced'],
    ['leaders of a group', 'Rebel leaders said Ukrainian forces had brought the plane down.', 'rebel leaders', 'Rebel leaders said'],
    ['a panel of inquiry', 'A Polish government panel said the crash was caused by explosions on board.', 'polish government panel', 'A Polish government panel said'],
    ['investigations that blame', 'Russian and earlier Polish investigations blamed pilot error.', 'russian and earlier polish investigations', 'Russian and earlier Polish investigations blamed'],
    // A time between the party and its verb says when, not who.
    // Another verb of the party's, joined to the verb of saying.
    ['a verb, then "and said"', 'U.S. safety officials disagreed and said the plane was shot down.', 'american safety officials', 'U.S. safety officials disagreed and said'],
    ['a verb and its object, then "and said"', 'Ethiopian Airlines rejected the finding and said the jet was brought down by a bomb.', 'ethiopian airlines', 'Ethiopian Airlines rejected the finding and said'],
    ['a day between party and verb', 'The ministry on Tuesday said the plane was shot down.', 'ministry', 'The ministry on Tuesday said'],
    ['a party of a place', 'Officials in South Africa said the cash was not declared.', 'officials in south africa', 'Officials in South Africa said'],
    ['a time with an auxiliary', 'Iran had until Saturday insisted the crash was caused by a technical fault.', 'iran', 'Iran had until Saturday insisted'],
    ['a late day', "Russia's defence ministry late on Monday said two planes landed.", 'russian defence ministry', "Russia's defence ministry late on Monday said"],
    ['a date', 'The airline on March 5 said everyone was safe.', 'airline', 'The airline on March 5 said'],
    ['a period', 'The Pentagon last week said 823 people were aboard.', 'pentagon', 'The Pentagon last week said'],
    ['"at first" between party and verb', 'Tehran at first denied this, saying the aircraft suffered an engine fire.', 'iran', 'Tehran at first denied'],
    ['quote, then the speaker after the verb', '"We came to train pilots," said Colonel Marta Ruiz.', 'colonel marta ruiz', 'said Colonel Marta Ruiz'],
    ['speaker before a colon', 'The Polish Defence Ministry said: "Two aircraft crossed the border."', 'polish defence ministry', 'The Polish Defence Ministry said'],
    ['officials told an outlet', 'Aviation officials told CNN the plane was diverted.', 'aviation officials', 'Aviation officials told'],
    ['a post on a social network', 'The defence minister tweeted that the jets had landed.', 'defence minister', 'The defence minister tweeted'],
    // The crew of an aircraft speak; the aircraft does not.
    ['the pilot of a named type', 'Leaked audio showed that the pilot of the Avro RJ85 told controllers the plane had run out of fuel.', 'pilot', 'pilot of the Avro RJ85 told'],
    ['the captain of a numbered type', 'The captain of the Boeing 737 told controllers the engine had failed.', 'captain', 'captain of the Boeing 737 told'],
    // Who gives a figure.
    ['a toll put by a party', 'The Hamas-run health ministry put the death toll at 471.', 'hamas-run health ministry', 'The Hamas-run health ministry put the death toll'],
    ['an estimate', 'Kyiv estimated that 60 drones were launched.', 'ukraine', 'Kyiv estimated'],
    // The accuser asserts what it accuses of.
    ['an accusation', 'Moscow accused Ukraine of shooting the plane down.', 'russia', 'Moscow accused'],
    ['blame', 'Police blamed the crash on fog.', 'police', 'Police blamed'],
    ['an armed movement', 'The Houthi movement said it had used a new drone.', 'houthi movement', 'The Houthi movement said'],
    ['a branch of an armed group', "Islamic State's Sinai branch said it had brought the plane down.", "islamic state's sinai branch", "Islamic State's Sinai branch said"],
    // A party's name beside what it is, set off by commas.
    ['a description, then the name', 'A Telegram channel linked to Wagner, Grey Zone, said the jet was shot down.', 'grey zone', 'A Telegram channel linked to Wagner, Grey Zone, said'],
    ['a name, then an aside', 'Grey Zone, a Telegram channel linked to Wagner, said the jet was shot down.', 'grey zone', 'Grey Zone, a Telegram channel linked to Wagner, said'],
    ['a prosecutor-general', "Azerbaijan's prosecutor-general said the aircraft had been hit by external interference.", 'azerbaijani prosecutor-general', "Azerbaijan's prosecutor-general said"],
    ['a watchdog', "Russia's aviation watchdog said a bird strike had forced the pilots to divert.", 'russian aviation watchdog', "Russia's aviation watchdog said"],
    // A name that goes on past "of the".
    ['an authority of a country', 'The jet overran the runway, the Civil Aviation Authority of the Philippines said.', 'philippine civil aviation authority', 'the Civil Aviation Authority of the Philippines said'],
    // The party ends where a participle begins: the day is the release's.
    ['according to an assessment released later', 'Between 100 and 300 died, according to a U.S. intelligence assessment released on Wednesday.', 'american intelligence assessment', 'according to a U.S. intelligence assessment'],
    // Talk with no party to it is the source of what it says.
    ['initials in brackets after the party', "Iran's Islamic Revolutionary Guard Corps (IRGC) says it shot down the drone.", 'iranian islamic revolutionary guard corps', "Iran's Islamic Revolutionary Guard Corps (IRGC) says"],
    ['speculation that', 'Speculation that Turkish planes had carried arms to Pakistan spread online.', 'speculation', 'Speculation'],
    ['amid reports that', 'The flights came amid social media reports that the plane carried weapons.', 'social media reports', 'social media reports'],
    // A named party's account of what happened holds its claim.
    ['an account of', 'Khrushchev ridiculed the American account of a weather research flight.', 'american', 'the American account of'],
    ["a party's account of", "He dismissed Washington's account of the flight as a lie.", 'united states', "Washington's account of"],
  ])('%s', (_, text, source, words) => {
    const found = claims(text).attributions;
    expect(found.map((a) => a.source)).toEqual([source]);
    expect(found[0]!.text).toBe(words);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(words);
  });

  it.each([
    ['no reporting verb', 'Two Airbus A400M transport planes landed in Niamey on Friday.'],
    ['a pronoun is no party', 'It said the flight was delayed.'],
    ['"and said" has no subject of its own', 'The envoy arrived on Tuesday and said the talks would continue.'],
    ['a thing is no party', 'The plane reported engine trouble over the sea.'],
    ['"report" as a noun', 'The report comes a week after the sanctions.'],
    ['according to data names no party', 'According to preliminary data, the drone fell in a field.'],
    ['the accused of a passive', 'He was accused of killing two men.'],
    ['an aside after a place is no party', 'The plane landed in Minsk, the capital, said officials.'],
    ['a group of people is no party', 'A group of tourists said they saw the plane.'],
    ['reports that are a noun', 'The reports that came in said nothing.'],
    ['the object of another verb', 'The plane that plunged into a house near Buffalo reported ice on its wings.'],
    ["the object of another verb's \"to\"", 'A pastor whose jet was used to fly cash to South Africa said he knew nothing.'],
    ['an account of no one named', 'The official account of the flight changed twice.'],
    ["a type's variant", 'The Israeli version of the F-35 landed at Nevatim.'],
  ])('none: %s', (_, text) => {
    expect(claims(text).attributions).toEqual([]);
  });
});

describe('a report a party rejects', () => {
  it('names no party before its noun, and the party that rejects it asserts the sentence', () => {
    const text = "Turkey's defence ministry said a cargo plane had landed in Pakistan to refuel, denying social media reports that it had delivered weapons to Islamabad.";
    expect(claims(text).attributions.map((a) => a.source)).toEqual(['turkish defence ministry']);
    expect(sourceOf(text, 'delivered weapons')).toBe('turkish defence ministry');
  });
});

describe('claimOf: each fact gets the party of its own clause', () => {
  it.each([
    ['Russia says it carried prisoners, while Ukraine says it carried missiles.', 'prisoners', 'russia'],
    ['Russia says it carried prisoners, while Ukraine says it carried missiles.', 'missiles', 'ukraine'],
    ['Kyiv said the aircraft carried missiles; Moscow claimed it carried prisoners of war.', 'missiles', 'ukraine'],
    ['Kyiv said the aircraft carried missiles; Moscow claimed it carried prisoners of war.', 'prisoners', 'russia'],
    ['The balloon was studying the weather, according to Beijing, but the Pentagon said it was spying.', 'weather', 'china'],
    ['The balloon was studying the weather, according to Beijing, but the Pentagon said it was spying.', 'spying', 'pentagon'],
    ['Two An-26s landed in Bamako on Monday, according to AFP.', 'Two An-26s', 'agence france-presse'],
    ['"Both pilots ejected," the Turkish army said, adding that the jet crashed near Adana.', 'Both pilots', 'turkish army'],
    // "according to" a few words after a fact gives it its source, over a party that opened the sentence.
    ['Tedros said he was safe after strikes on Sanaa airport, which killed at least six people across Yemen, according to Houthi media.', 'six people', 'houthi media'],
    ['Tedros said he was safe after strikes on Sanaa airport, which killed at least six people across Yemen, according to Houthi media.', 'he was safe', 'tedros'],
  ])('%s → "%s" from %s', (text, words, source) => {
    expect(sourceOf(text, words)).toBe(source);
  });

  it('a claim named as a noun is no verb of saying: "rejected Poland\'s claim that" gives no speaker "... rejected Poland"', () => {
    const text = "Belarus's defence ministry on Tuesday rejected Poland's claim that two of its helicopters had flown into Polish airspace.";
    expect(sourceOf(text, 'flown into')).toBeUndefined();
    expect(sourceOf('Poland claimed that two helicopters had flown into its airspace.', 'flown into')).toBe('poland');
  });

  it('a party that opens a clause joined by ", and" asserts what follows it, not what came before', () => {
    const text = 'A Boeing 777 carrying 295 people crashed on Thursday, and Kiev said it had been shot down by rebels.';
    expect(sourceOf(text, 'Thursday')).toBeUndefined();
    expect(sourceOf(text, '295 people')).toBeUndefined();
    expect(sourceOf(text, 'shot down')).toBe('ukraine');
    // At the end of the sentence, the party still covers it: "..., and officials said so".
    expect(sourceOf('Two An-26s landed on Monday, and Kiev said so.', 'Monday')).toBe('ukraine');
  });

  it('a party whose report is a moment of the event ("after the pilot reported") asserts only what it reported; "as" cites', () => {
    const text = 'The ATR 72 came down off Palermo after the pilot reported engine trouble.';
    expect(sourceOf(text, 'Palermo')).toBeUndefined();
    expect(sourceOf(text, 'engine trouble')).toBe('pilot');
    expect(sourceOf('The plane was shot down over Donetsk, as Kiev said.', 'shot down')).toBe('ukraine');
  });

  it('an unattributed sentence gives no party', () => {
    expect(sourceOf('The aircraft carried 40 tonnes of aid.', '40 tonnes')).toBeUndefined();
  });

  it('two parties of a sentence are two sources', () => {
    const found = claims('Russia says it carried prisoners, while Ukraine says it carried missiles.').attributions;
    expect(new Set(found.map((a) => a.source))).toEqual(new Set(['russia', 'ukraine']));
  });
});

describe('pronounSpeaker: a party told by a pronoun', () => {
  it.each([
    ['It said the MQ-9 had gone into an uncontrolled flight.', 'It said'],
    ['They also claimed the drone had its transponders off.', 'They also claimed'],
    ['The MQ-9 was conducting routine operations in international airspace, it said.', 'it said'],
    ['The jets did not use their weapons, he added.', 'he added'],
  ])('%s', (text, words) => {
    expect(pronounSpeaker(text)?.text).toBe(words);
  });

  it.each([
    ['It was the first such incident since the war began.'],
    ['The ministry said it had no contact with the drone.'],
    ['Italy said the flight was delayed.'],
  ])('none: %s', (text) => {
    expect(pronounSpeaker(text)).toBeUndefined();
  });

  it("gives a fact the party of the sentence before, over a chain of pronouns, and nothing when there is none", () => {
    const text = "Russia's defence ministry denied any contact. It said the drone crashed into the Black Sea. It added that the drone had flown over Crimea.";
    const r = compare({ id: 'a', text }, { id: 'b', text: 'The drone crashed into the Black Sea.' });
    const places = r.facets.flatMap((f) => f.a).filter((f) => f.facet === 'location' || f.facet === 'origin' || f.facet === 'destination');
    expect(places.length).toBeGreaterThan(0);
    for (const f of places) expect(f.attribution?.source).toBe('russian defence ministry');
    expect(f0(compare({ id: 'a', text: 'The drone was lost. It said the drone crashed into the Black Sea.' }, { id: 'b', text: 'The drone crashed into the Black Sea.' })))
      .toBeUndefined();
  });
});

describe('a party named by its head noun alone', () => {
  const sources = (text: string) => compare({ id: 'a', text, publishedAt: '2019-07-12' }, { id: 'b', text: 'Parts of the S-400 landed at Murted Air Base.' })
    .facets.flatMap((f) => f.a).filter((f) => f.facet === 'destination').map((f) => f.attribution?.source);

  it('is the party named in full before it whose name ends so', () => {
    expect(sources("The first parts arrived at an air base near Ankara, Turkey's defence ministry said. "
      + 'A Russian An-124 landed at Murted Air Base, the ministry said in a statement.'))
      .toEqual(['turkish defence ministry', 'turkish defence ministry']);
  });

  it('stays itself with no such party before it, or only after it', () => {
    expect(sources('A Russian An-124 landed at Murted Air Base, the ministry said. The plane had flown from Moscow, Russian news agencies said.'))
      .toEqual(['ministry']);
    expect(sources("A Russian An-124 landed at Murted Air Base, the ministry said. Turkey's defence ministry later confirmed the flight landed in Ankara."))
      .toEqual(['ministry', 'turkish defence ministry']);
  });
  it('is the party its initials stand for, named with them in brackets', () => {
    expect(sources("Iran's Islamic Revolutionary Guard Corps (IRGC) says the drone landed at Murted Air Base. "
      + 'The drone later landed in Ankara, the IRGC said.'))
      .toEqual(['iranian islamic revolutionary guard corps', 'iranian islamic revolutionary guard corps']);
    // Initials of other words are another party.
    expect(sources("Iran's Islamic Revolutionary Guard Corps (IRGC) says the drone landed at Murted Air Base. "
      + 'The drone later landed in Ankara, the IAEA said.'))
      .toEqual(['iranian islamic revolutionary guard corps', 'iaea']);
  });
});

const f0 = (r: ReturnType<typeof compare>) => r.facets.find((f) => f.facet === 'location')?.a[0]?.attribution;

describe('normaliseSource', () => {
  it.each([
    ['the Russian Defence Ministry', 'russian defence ministry'],
    ["Russia's defence ministry", 'russian defence ministry'],
    ['the Defense Ministry of Russia', 'russian defence ministry'],
    ['the Ministry of Defence', 'defence ministry'],
    ['The Associated Press', 'associated press'],
    ['AP', 'associated press'],
    ['Russian news agency RIA Novosti', 'ria novosti'],
    ['Moscow', 'russia'],
    ['the U.S.', 'united states'],
    ['Media', 'media reports'],
    ['Ukrainian Defence Ministry spokesman Oleh Petrenko', 'ukrainian defence ministry'],
  ])('%s → %s', (party, expected) => {
    expect(normaliseSource(party)).toBe(expected);
  });

  it('keeps two countries apart', () => {
    expect(normaliseSource('Russia')).not.toBe(normaliseSource('Ukraine'));
  });
});

describe('robustness', () => {
  it.each([
    ['reporting verbs', 'said '.repeat(20_000)],
    ['according to', 'according to '.repeat(8_000)],
    ['capitalised words', 'Aaa '.repeat(25_000) + 'said'],
    ['quotes', '," said '.repeat(12_000)],
    ['citing', 'X, citing a, '.repeat(8_000) + 'reports'],
  ])('stays fast on 100 KB of %s', (_, text) => {
    const t0 = performance.now();
    readClaims({ index: 0, text });
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

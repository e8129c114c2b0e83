import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { eventSignals } from '../../src/align/event.js';
import { compare } from '../../src/compare.js';
import { findFacts } from '../../src/extract.js';
import { FACETS } from '../../src/facets/index.js';
import { readArticles } from '../../src/input.js';

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

  it('takes the number of a type ("Mirage 2000") for no year in common', () => {
    const a = { id: 'x', text: 'A Mirage 2000 crashed near Gwalior in 2019.' };
    const b = { id: 'y', text: 'A Mirage 2000 crashed near Morena in 2023.' };
    const says = compare(a, b).eventMatch.evidence.map((e) => e.says).join('; ');
    expect(says).not.toMatch(/years in common/);
    expect(compare({ id: 'x', text: 'The jet entered service in 2000.' }, { id: 'y', text: 'The jet entered service in 2000.' })
      .eventMatch.evidence.map((e) => e.says).join('; ')).toMatch(/years in common: 2000/);
  });
});

describe('matchEvent: two flights months apart', () => {
  // Two flights of the same kinds of aircraft to one city, three months apart, told in alike words.
  const december = {
    id: 'dec', publishedAt: '2018-12-11',
    text: 'Two Russian Tu-160 bombers, an An-124 transport plane and an Il-62 landed in Caracas on Monday. '
      + 'About 100 Russian military personnel arrived with the aircraft, Venezuelan defence minister Vladimir Padrino said.',
  };
  const march = {
    id: 'mar', publishedAt: '2019-03-25',
    text: 'An An-124 transport plane and an Il-62 landed in Caracas on Saturday. '
      + 'About 100 Russian military personnel arrived with the aircraft, Venezuelan officials said.',
  };
  const marchAgain = {
    id: 'mar2', publishedAt: '2019-03-24',
    text: 'Russian An-124 and Il-62 planes arrived in Caracas on March 23 with about 100 military personnel on board.',
  };

  it('are two events when both days are on the calendar, however alike the words', () => {
    const r = compare(december, march);
    expect(r.eventMatch.same).toBe(false);
    expect(r.eventMatch.score).toBeLessThanOrEqual(0.2);
  });

  it('reports of one flight published on different days stay one event', () => {
    expect(compare(march, marchAgain).eventMatch.same).toBe(true);
  });

  it('a report that also recalls the earlier flight by its date is still one event with the later report', () => {
    const recalling = {
      id: 'mar3', publishedAt: '2019-03-25',
      text: 'The Tu-160 bombers that landed in Caracas on December 10 were followed by an An-124 and an Il-62, '
        + 'which arrived on March 23 with about 100 Russian military personnel.',
    };
    expect(compare(recalling, marchAgain).eventMatch.same).toBe(true);
  });

  it('without publication dates the weekdays place nothing, and the words decide', () => {
    const undated = (x: typeof march) => ({ id: x.id, text: x.text });
    expect(compare(undated(december), undated(march)).eventMatch.score).toBeGreaterThan(0.2);
  });
});

describe('event signals', () => {
  const signals = (a: string[], b: string[]) => {
    const [x, y] = readArticles({ id: 'a', sentences: a }, { id: 'b', sentences: b });
    const fx = findFacts(x, FACETS), fy = findFacts(y, FACETS);
    const aligned = align(x, y, fx, fy);
    return eventSignals(x, y, fx, fy, aligned);
  };

  it.each([
    [['Thieves robbed the store on Thursday.'], ['The robbery on Thursday shocked the street.'], 1],
    [['Thieves robbed the store on Thursday.'], ['Thieves robbed the store on Monday.'], -1],
    [['Thieves robbed the store on Thursday.'], ['Thieves robbed the store.'], 0],
    // A weekday inside a longer word ("the Sundays store") is not a weekday.
    [['Thieves robbed the store on Thursday.'], ['Thieves robbed the Sundays store.'], 0],
  ])('weekdays of %j and %j agree: %i', (a, b, expected) => {
    expect(signals(a, b).weekdays).toBe(expected);
  });

  it.each([
    [['Voting began on Dec. 14 in the capital.'], ['Polls opened on December 14.'], 1],
    [['Voting began on Dec. 14 in the capital.'], ['Polls opened on March 3.'], -1],
    [['Voting began on May 2 in the capital.'], ['Polls opened in May 2013 nationwide.'], 1],
    // "May" the verb and "Mar" without a day are not months.
    [['Voting may begin on Sunday.'], ['Polls opened on March 3.'], 0],
    [['The Mar Menor lagoon flooded.'], ['Polls opened on March 3.'], 0],
  ])('months of %j and %j agree: %i', (a, b, expected) => {
    expect(signals(a, b).months).toBe(expected);
  });

  it('weighs a shared rare name above a shared common one', () => {
    const rare = signals(['Robbers hit the Harry Winston store in Paris.'], ['The Harry Winston boutique in Paris was robbed again.']).rareNames;
    const common = signals(['Robbers hit the Casty store in Paris.'], ['The Harry Winston boutique in Paris was robbed.']).rareNames;
    expect(rare).toBeGreaterThan(common);
    expect(common).toBeGreaterThan(0);
    expect(signals(['Robbers hit a store.'], ['A boutique was robbed.']).rareNames).toBe(0);
  });

  it('reads the lead names from the first three sentences only', () => {
    const filler = ['The shop was closed.', 'Police came later.', 'Nobody was hurt.'];
    expect(signals(['Mia Stone entered rehab.', ...filler], ['Mia Stone is in rehab.', ...filler]).leadNames).toBeGreaterThan(0.5);
    expect(signals([...filler, 'Mia Stone entered rehab.'], [...filler, 'Mia Stone is in rehab.']).leadNames).toBe(0);
  });
});

describe('matchEvent on short reports', () => {
  it('one-sentence reports of one event with no name in common still match better than reports of two events', () => {
    const one = { id: 'a', sentences: ['Three or four robbers burst into the jeweller on Avenue Montaigne late Thursday and stole rings.'] };
    const two = { id: 'b', sentences: ['Armed robbers disguised as women stole jewels from a Paris jeweller on Thursday.'] };
    const other = { id: 'c', sentences: ['Robbers stole jewels worth two million euros from a jeweller near Place Vendome on Monday, police said in 2013.'] };
    expect(compare(one, two).eventMatch.score).toBeGreaterThan(compare(one, other).eventMatch.score);
  });
});

describe('matchEvent: a brief beside a full report', () => {
  const report = {
    id: 'report',
    sentences: [
      'A ferry carrying 212 passengers sank off Lesbos on Tuesday night after striking rocks near Mytilene.',
      'Coastguard boats pulled 190 people from the water, and nine are missing.',
      'Survivors said the ship listed within minutes and that many life jackets were locked away.',
      'The captain, a 58-year-old from Piraeus, was arrested on Wednesday, the merchant marine ministry said.',
      'Divers searched the wreck, which lies in 40 metres of water, until nightfall.',
    ],
  };
  const brief = { id: 'brief', sentences: ['Nine people are missing after a ferry struck rocks near Mytilene and sank off Lesbos.'] };
  // Another sinking of the kind: a ferry, an island, people missing, in other words and places.
  const otherBrief = { id: 'other', sentences: ['Four people are missing after a ferry hit a reef and sank off Kos during a storm.'] };

  it('a one-sentence brief of the event is the same event as the full report', () => {
    expect(compare(brief, report).eventMatch.same).toBe(true);
  });

  it('a brief of another sinking is not, and scores below the brief of this one', () => {
    const other = compare(otherBrief, report).eventMatch;
    expect(other.same).toBe(false);
    expect(other.score).toBeLessThan(compare(brief, report).eventMatch.score);
  });

  it('a brief that shares the kind of event and no name is not the same event', () => {
    expect(compare({ id: 'kos', sentences: ['A ferry sank off Kos during a storm.'] }, report).eventMatch.same).toBe(false);
  });
});

describe('matchEvent: evidence a reader can check', () => {
  const heist = {
    id: 'h1', publishedAt: '2008-12-05',
    text: 'Armed robbers stole jewels worth 80 million euros from the Harry Winston store in Paris on Thursday. '
      + 'Police said the robbers, dressed as women, escaped with rings and watches. Harry Winston said no one was hurt.',
  };
  const heistAgain = {
    id: 'h2', publishedAt: '2008-12-05',
    text: 'Four robbers dressed as women stole 80 million euros of jewels from Harry Winston in Paris on Thursday, police said. '
      + 'A spokesman for Harry Winston declined to comment.',
  };
  const cannes = {
    id: 'h3', publishedAt: '2013-07-29',
    text: 'A gunman stole jewels worth 40 million euros from the Carlton hotel in Cannes on Sunday. '
      + 'The Carlton said the jewels were on show for a Leviev exhibition. Police in Cannes are looking for the gunman.',
  };
  const evidence = (a: object, b: object) => compare(a as typeof heist, b as typeof heist).eventMatch.evidence;
  const says = (a: object, b: object, points: 'same' | 'different') => evidence(a, b).filter((e) => e.points === points).map((e) => e.says);

  it('one event: the day, the year and the names both give', () => {
    expect(says(heist, heistAgain, 'same')).toEqual([
      'event date in common: 2008-12-04',
      'years in common: 2008',
      'names in both: Harry Winston, Paris',
    ]);
    expect(says(heist, heistAgain, 'different')).toEqual([]);
  });

  it('two events: dates apart, no year in common, and each story\'s recurring names missing from the other', () => {
    const different = says(heist, cannes, 'different');
    expect(different).toContain('event dates 1697 days apart: a 2008-12-04; b 2013-07-28');
    expect(different).toContain('no year in common: a 2008; b 2013');
    expect(different).toContain("a's recurring names absent from b: Harry Winston");
    expect(different).toContain("b's recurring names absent from a: Cannes, Carlton");
    expect(says(heist, cannes, 'same')).toEqual([]);
  });

  it('two reports of the day whose events lie more than a week apart are two events; a follow-up is not', () => {
    const crash = (published: string, day: string, place: string) => ({
      id: place, publishedAt: published,
      text: `A Russian Ilyushin Il-76 military transport plane crashed in the ${place} region on ${day}, killing everyone on board, the defence ministry said. `
        + 'The Il-76 had taken off from a military airfield nearby. The ministry said an investigation had been opened.',
    });
    const january = crash('2024-01-24', 'Wednesday', 'Belgorod');
    const march = crash('2024-03-12', 'Tuesday', 'Ivanovo');
    const apart = compare(january, march).eventMatch;
    expect(apart.same).toBe(false);
    expect(apart.evidence).toContainEqual({ points: 'different', says: 'event dates 48 days apart, each within days of its report: a 2024-01-24; b 2024-03-12' });
    // A report weeks later that dates the crash it follows up is no report of the day.
    const followUp = {
      id: 'f', publishedAt: '2024-02-14',
      text: 'Investigators said the Russian Ilyushin Il-76 military transport plane that crashed in the Belgorod region on January 24, killing everyone on board, had taken off from a military airfield nearby. The defence ministry said an investigation had been opened.',
    };
    const follow = compare(january, followUp).eventMatch;
    expect(follow.evidence.filter((e) => e.says.startsWith('event dates'))).toEqual([]);
    expect(follow.same).toBe(true);
  });

  it('a report that dates only a search puts the event in the days before it', () => {
    const july = {
      id: 'thai', publishedAt: '1992-07-31',
      text: 'An Airbus carrying 113 people crashed into the mountains north of Kathmandu on Friday as it came in to land, officials said. The plane had flown from Bangkok.',
    };
    const search = (published: string, day: string) => ({
      id: 'pia', publishedAt: published,
      text: `Soldiers on ${day} recovered bodies from the wreckage of an Airbus that slammed into a mountain near Kathmandu, killing everyone aboard. The plane had flown from Karachi.`,
    });
    // A search two months on, told on its day: the crash lay in the three days before it.
    const later = compare(july, search('1992-09-29', 'Tuesday')).eventMatch;
    expect(later.same).toBe(false);
    expect(later.evidence).toContainEqual({ points: 'different', says: 'event dates 57 days apart, each within days of its report: a 1992-07-31; b 1992-09-26..1992-09-29' });
    // A search the day after is of the same days.
    const next = compare(july, search('1992-08-01', 'Saturday')).eventMatch;
    expect(next.evidence.filter((e) => e.says.startsWith('event dates'))).toEqual([]);
  });

  it('shows a name of several words whole, and a name only partly absent is not absent', () => {
    const a = { id: 'a', publishedAt: '2013-05-03', text: 'Actress Lindsay Lohan checked into the Betty Ford Center on Thursday. Lohan must stay at Betty Ford for 90 days.' };
    const b = { id: 'b', publishedAt: '2013-05-03', text: 'Lindsay Lohan entered the Betty Ford clinic in California on Thursday. Her lawyer said Lohan would comply.' };
    const ev = evidence(a, b);
    // a writes "Betty Ford Center", b "Betty Ford clinic": the name in both is "Betty Ford", and nothing a
    // names is missing from b.
    expect(ev).toContainEqual({ points: 'same', says: 'names in both: Betty Ford, Lindsay Lohan' });
    expect(ev.filter((e) => e.says.includes('absent'))).toEqual([]);
  });

  it('names in both are the words both write, a model number joined to its maker with them', () => {
    const a = { id: 'a', text: 'Two Russian Il-76 planes landed in Bangui on Tuesday. The Il-76 planes left for Moscow.' };
    const other = { id: 'b', text: 'A Russian An-124 plane landed in Bangui on Wednesday.' };
    const same = { id: 'b', text: 'A Russian Il-76 plane landed in Bangui on Tuesday.' };
    const tu = { id: 'b', text: 'A Russian Il-62 plane landed in Bangui on Tuesday.' };
    const named = (b: object) => evidence(a, b).find((e) => e.says.startsWith('names in both'))?.says;
    expect(named(other)).toBe('names in both: Bangui, Russian');
    expect(named(same)).toBe('names in both: Bangui, Russian Il-76');
    // One maker, another model: the maker is in both, by its name; its number is not.
    expect(named(tu)).toBe('names in both: Bangui, Russian Ilyushin');
    // A code with no model number after it is a name of its own.
    expect(evidence({ id: 'a', text: 'Two planes landed in Washington DC on Tuesday.' }, { id: 'b', text: 'The planes reached Washington DC on Tuesday.' })
      .find((e) => e.says.startsWith('names in both'))?.says).toBe('names in both: Washington DC');
  });

  it('shows the name after "Secretary of State", not the office', () => {
    const a = { id: 'a', text: 'U.S. Secretary of State Mike Pompeo called the flight a provocation on Monday.' };
    const b = { id: 'b', text: 'Secretary of State Mike Pompeo said the planes must leave, on Monday.' };
    const named = evidence(a, b).find((e) => e.says.startsWith('names in both'))?.says ?? '';
    expect(named).toMatch(/\bMike Pompeo\b/);
    expect(named).not.toMatch(/State Mike/);
  });

  it('shows an abbreviation whole: "U.S.", not its last letter', () => {
    const a = { id: 'a', text: 'A U.S. C-17 flew 640 Afghans to Qatar on Sunday.' };
    const b = { id: 'b', text: 'Some 640 Afghans crammed aboard a US transport bound for Qatar on Sunday.' };
    const named = evidence(a, b).find((e) => e.says.startsWith('names in both'))?.says ?? '';
    expect(named).toMatch(/\bU\.S\./);
    expect(named).not.toMatch(/(?<![.\w])S\./);
    // A two-word name read as one term is shown whole.
    const c = { id: 'a', text: 'Planes of the United States flew 640 Afghans to Qatar on Sunday.' };
    expect(evidence(c, b).find((e) => e.says.startsWith('names in both'))?.says).toMatch(/\bUnited States\b/);
  });

  it('shows a possessive name without its ending, and a year in common once', () => {
    const a = { id: 'a', text: "Greece's prime minister met officials at Berlin's chancellery in 2010. Talks in Berlin went on." };
    const b = { id: 'b', text: "The government in Berlin said in 2010 that Greece would get help." };
    const says = evidence(a, b).map((e) => e.says);
    expect(says).toContain('years in common: 2010');
    expect(says).toContain('names in both: Berlin');
    expect(says.some((x) => x.startsWith('event date in common'))).toBe(false);
    expect(says.join(' ')).not.toMatch(/['’]s\b/);
  });

  it('shows the name after a title, not the title', () => {
    const a = { id: 'a', text: 'German Chancellor Angela Merkel met Greek Prime Minister George Papandreou in Berlin.' };
    const b = { id: 'b', text: 'In Berlin, Chancellor Angela Merkel told George Papandreou to cut spending.' };
    const says = evidence(a, b).map((e) => e.says).join(' ');
    expect(says).toContain('Angela Merkel');
    expect(says).toContain('George Papandreou');
    expect(says).not.toMatch(/Chancellor|Minister/);
  });

  it('a news agency named in both datelines is no name in common', () => {
    const a = { id: 'a', text: 'MOSCOW, Aug 23 (Reuters) - A jet crashed near Tver. The jet had left Moscow.' };
    const b = { id: 'b', text: 'MOSCOW, Jan 24 (Reuters) - A plane crashed near Belgorod. The plane had left Moscow.' };
    const named = evidence(a, b).find((e) => e.says.startsWith('names in both'))?.says;
    expect(named).toBe('names in both: Moscow');
  });

  it('weekdays and months are no names', () => {
    const a = { id: 'a', text: 'The strike in Lagos began on Monday. Unions in Lagos said on Monday they would not back down.' };
    const b = { id: 'b', text: 'Workers in Lagos walked out in March. By Monday the strike in Lagos had spread.' };
    for (const e of evidence(a, b)) expect(e.says).not.toMatch(/Monday|March/);
  });

  it('keeps evidence short on a run of thousands of capitalised words', () => {
    const run = Array.from({ length: 3000 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + Math.floor(i / 676))}`).join(' ');
    const ev = evidence({ id: 'a', text: `The ${run} arrived. Then the ${run} left.` }, { id: 'b', text: `Then ${run} left.` });
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) {
      expect(e.says.length).toBeLessThan(400);
      for (const name of e.says.split(': ').slice(1).join(': ').split(', ')) expect(name.split(' ').length).toBeLessThanOrEqual(6);
    }
  });
});


// Quantity and aircraft facts on article pairs about events other than the seed: crashes, evacuations,
// drone raids and aid flights, each told twice with the figures a second outlet would give. Each verdict is
// the one a careful reader would give for aircraft, people, cargo and casualties.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import type { ArticleInput, FacetComparison, FacetKind, Verdict } from '../../src/types.js';

type Expected = Partial<Record<'aircraft' | 'people' | 'cargo' | 'casualties', Verdict | 'none'>>;

interface Story {
  name: string;
  a: ArticleInput;
  b: ArticleInput;
  expected: Expected;
}

function rowsOf(story: Story): FacetComparison[] {
  return compare(story.a, story.b).facets;
}
const verdictOf = (rows: FacetComparison[], facet: FacetKind) => rows.find((r) => r.facet === facet)?.verdict ?? 'none';

const stories: Story[] = [
  {
    name: 'an Il-76 with prisoners aboard: counts by role against the total, everyone killed',
    a: {
      id: 'moscow', publishedAt: '2024-01-24',
      text: 'A Russian Il-76 military transport plane crashed near the village of Yablonovo in the Belgorod region on Wednesday, killing everyone on board. '
        + 'The defence ministry said the aircraft was carrying 65 captured Ukrainian servicemen, six crew members and three guards to an exchange. '
        + 'It said Ukraine had shot the plane down with missiles.',
    },
    b: {
      id: 'kyiv', publishedAt: '2024-01-25',
      text: "Ukraine's military intelligence said it had no reliable information about who was on board the Ilyushin Il-76 that crashed in the Belgorod region on Wednesday. "
        + 'Russian officials said 74 people were on board and that all of them died. '
        + 'Kyiv said the exchange of prisoners had been planned for that day.',
    },
    // 65 prisoners + 6 crew + 3 escorts = 74 on board; "everyone on board" agrees with "all of them" (74).
    // The prisoners carried are the people row's: with no goods on either side there is no cargo row.
    expected: { aircraft: 'agree', people: 'agree', cargo: 'none', casualties: 'agree' },
  },
  {
    name: 'a C-17 out of Kabul: "some 640 Afghans" against "more than 600 people"',
    a: {
      id: 'defense', publishedAt: '2021-08-17',
      text: 'A US Air Force C-17 Globemaster flew some 640 Afghans out of Kabul on Sunday, packed on the floor of the cargo bay. '
        + 'The crew decided to take off rather than force people off the plane, a defence official said. The aircraft landed safely in Qatar.',
    },
    b: {
      id: 'wire', publishedAt: '2021-08-16',
      text: 'More than 600 people crammed aboard a Boeing C-17 transport plane that left Kabul on Sunday, US officials said. '
        + 'The flight landed in Al Udeid, Qatar, hours later. The crew of five had expected to carry about 150 passengers.',
    },
    // The counts overlap; only b counts the crew. The 150 passengers the plane was meant to carry are a
    // capacity, not a count of this flight.
    expected: { aircraft: 'agree', people: 'partial', casualties: 'none' },
  },
  {
    name: 'a helicopter crash: "killing all 10 on board" against "nine bodies recovered so far"',
    a: {
      id: 'ministry', publishedAt: '2023-09-12',
      text: 'A Mi-8 helicopter crashed into a lake in Chukotka on Monday, killing all 10 on board, the emergencies ministry said. '
        + 'The helicopter was carrying geologists to a remote camp.',
    },
    b: {
      id: 'local', publishedAt: '2023-09-12',
      text: 'A Mil Mi-8 helicopter went down in a lake in Chukotka on Monday with 10 people on board. '
        + 'Divers have recovered nine bodies so far, local officials said.',
    },
    // Bodies found so far are no count of the dead: both can be true, so no conflict. "All 10 on board"
    // killed and "10 people on board" count the same people aboard.
    expected: { aircraft: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    name: 'an updated toll: "four bodies so far" against "eight bodies found"',
    a: {
      id: 'early', publishedAt: '2023-09-12',
      text: 'A Mi-8 helicopter crashed into a lake in Chukotka on Monday. Rescuers have recovered four bodies so far, the emergencies ministry said.',
    },
    b: {
      id: 'late', publishedAt: '2023-09-13',
      text: 'Divers have found eight bodies at the site where a Mi-8 helicopter crashed into a lake in Chukotka on Monday, the emergencies ministry said.',
    },
    // The later report's higher figure is a later count, not a clash.
    expected: { aircraft: 'agree', casualties: 'partial' },
  },
  {
    // The pilots are some of the crew: two of them beside three crew members is a part, not a clash.
    name: 'a blimp down in a field: two pilots, a part of three crew members',
    a: {
      id: 'company', publishedAt: '2022-06-12',
      text: 'A Goodyear blimp made an emergency landing in a field near Akron on Saturday after losing power. '
        + 'Its two pilots were unhurt, the company said. The airship had been filming a golf tournament.',
    },
    b: {
      id: 'sheriff', publishedAt: '2022-06-12',
      text: "The airship came down in a farm field outside Akron, Ohio, on Saturday. Three crew members walked away without injuries, a sheriff's spokesman said.",
    },
    expected: { aircraft: 'agree', people: 'partial', casualties: 'none' },
  },
  {
    name: 'a Shahed raid: "30 Shahed-136 drones" against "about 30 Iranian-made Shahed drones"',
    a: {
      id: 'airforce', publishedAt: '2023-10-01',
      text: 'Russia attacked Ukraine overnight with 30 Shahed-136 drones, the Ukrainian air force said. Air defences destroyed 24 of the drones over the Odesa and Mykolaiv regions.',
    },
    b: {
      id: 'wire', publishedAt: '2023-10-01',
      text: 'Ukraine said it shot down two dozen of about 30 Iranian-made Shahed drones launched by Russia overnight. Debris damaged a grain terminal in Odesa.',
    },
    expected: { aircraft: 'agree', people: 'none', casualties: 'none' },
  },
  {
    name: 'a Bayraktar strike: the type against "a Ukrainian drone"',
    a: {
      id: 'military', publishedAt: '2022-03-02',
      text: 'A Bayraktar TB2 drone destroyed a Russian convoy near Kherson on Tuesday, the Ukrainian military said. The Turkish-made drone returned safely.',
    },
    b: { id: 'wire', publishedAt: '2022-03-02', text: 'A Ukrainian drone struck a column of Russian vehicles near Kherson on Tuesday.' },
    expected: { aircraft: 'partial', cargo: 'none' },
  },
  {
    name: 'an aid flight: "20 tonnes" against "22 tons" (a ton may be short)',
    a: {
      id: 'a', publishedAt: '2022-03-05',
      text: 'An An-124 cargo plane landed in Rzeszow on Friday carrying 20 tonnes of humanitarian aid for Ukraine. '
        + 'The medicines and food will be taken across the border by truck.',
    },
    b: { id: 'b', publishedAt: '2022-03-05', text: 'A Ruslan transport aircraft delivered 22 tons of humanitarian aid to Rzeszow on Friday, officials said.' },
    expected: { aircraft: 'agree', cargo: 'agree', people: 'none' },
  },
  {
    name: 'an aid flight: "20 tonnes" against "35 tons"',
    a: { id: 'a', publishedAt: '2022-03-05', text: 'An An-124 cargo plane landed in Rzeszow on Friday carrying 20 tonnes of humanitarian aid for Ukraine.' },
    b: { id: 'b', publishedAt: '2022-03-05', text: 'An Antonov An-124 delivered 35 tons of humanitarian aid to Rzeszow on Friday, officials said.' },
    expected: { aircraft: 'agree', cargo: 'conflict' },
  },
  {
    name: 'the Mriya: designation and nickname, "80 tonnes" against "more than 75 tons", crew in words',
    a: {
      id: 'a', publishedAt: '2020-04-20',
      text: "The Antonov An-225 Mriya, the world's largest aircraft, landed in Warsaw on Sunday with 80 tonnes of medical supplies from China. Its crew of 16 was greeted by officials.",
    },
    b: {
      id: 'b', publishedAt: '2020-04-20',
      text: 'The giant Mriya touched down at Warsaw Chopin Airport on Sunday carrying more than 75 tons of masks and protective equipment. Sixteen crew members flew the plane from Tianjin.',
    },
    expected: { aircraft: 'agree', people: 'agree', cargo: 'agree' },
  },
  {
    // Decision: variants of one family are different models. A 737-800 is no 737 MAX, so naming one for the
    // other is a conflict; "737 MAX" against "737 MAX 8" (or no variant) is only less precise: partial.
    name: 'a Boeing 737 MAX 8 against a Boeing 737-800',
    a: {
      id: 'a', publishedAt: '2019-03-11',
      text: 'A Boeing 737 MAX 8 operated by Ethiopian Airlines crashed shortly after take-off from Addis Ababa on Sunday, killing all 157 people on board.',
    },
    b: {
      id: 'b', publishedAt: '2019-03-11',
      text: 'An Ethiopian Airlines Boeing 737-800 crashed minutes after take-off from Addis Ababa on Sunday, killing 157 passengers and crew.',
    },
    expected: { aircraft: 'conflict', casualties: 'agree' },
  },
  {
    name: 'a Superjet fire: "Forty-one of the 78 people on board" and "Twenty-three passengers and four crew were hurt"',
    a: {
      id: 'a', publishedAt: '2019-05-06',
      text: 'An Aeroflot Sukhoi Superjet caught fire after an emergency landing in Moscow on Sunday. Forty-one of the 78 people on board were killed. '
        + 'Twenty-three passengers and four crew were hurt.',
    },
    b: {
      id: 'b', publishedAt: '2019-05-06',
      text: 'A Superjet 100 burst into flames on the runway at Sheremetyevo on Sunday, killing 41 people. There were 73 passengers and five crew members on board, the airline said.',
    },
    // 78 on board = 73 passengers + 5 crew; 41 killed on both sides; only a counts the injured.
    expected: { aircraft: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    name: 'troops in words and round figures: "ninety-nine" against "about 100", "several dozen" against "dozens"',
    a: { id: 'a', publishedAt: '2020-01-10', text: 'Two Il-76 transport planes brought ninety-nine servicemen and several dozen military instructors to the base on Thursday.' },
    b: { id: 'b', publishedAt: '2020-01-10', text: 'About 100 troops and dozens of instructors arrived at the base on two military planes on Thursday.' },
    // "two military planes" against two named Il-76s is partial, never a conflict.
    expected: { aircraft: 'partial', people: 'agree' },
  },
  {
    name: 'troops: "almost a hundred" against "more than 100"',
    a: { id: 'a', publishedAt: '2020-01-10', text: 'An Il-76 brought almost a hundred soldiers to the base on Thursday, along with six crew.' },
    b: { id: 'b', publishedAt: '2020-01-10', text: 'More than 100 troops arrived at the base on an Il-76 on Thursday.' },
    expected: { aircraft: 'agree', people: 'conflict' },
  },
  {
    name: 'a crew count is never compared with a passenger count',
    a: { id: 'a', publishedAt: '2021-02-01', text: 'A chartered An-26 with six crew landed hard at Kyzyl airport on Sunday.' },
    b: { id: 'b', publishedAt: '2021-02-01', text: 'An An-26 carrying six passengers skidded off the runway at Kyzyl on Sunday.' },
    expected: { aircraft: 'agree', people: 'partial' },
  },
  {
    name: 'a wrong type is a conflict',
    a: { id: 'a', publishedAt: '2022-03-01', text: 'An Il-76 transport plane was shot down near Vasylkiv on Saturday.' },
    b: { id: 'b', publishedAt: '2022-03-01', text: 'An An-26 transport plane was shot down near Vasylkiv on Saturday.' },
    expected: { aircraft: 'conflict' },
  },
  {
    name: 'one article reports two parties naming two types for the one plane',
    a: {
      id: 'a', publishedAt: '2022-03-01',
      text: "A military transport plane was shot down near Vasylkiv on Saturday. Russia's defence ministry said the downed plane was an Il-76. Ukrainian officials said it was an An-26.",
    },
    b: { id: 'b', publishedAt: '2022-03-01', text: 'A transport plane was shot down near Vasylkiv on Saturday, killing five crew.' },
    expected: { aircraft: 'disputed', casualties: 'only-b' },
  },
];

describe.each(stories)('$name', (story) => {
  const rows = rowsOf(story);
  it.each(Object.entries(story.expected) as [FacetKind, string][])('%s is %s', (facet, verdict) => {
    expect(verdictOf(rows, facet)).toBe(verdict);
  });
});

describe('what a report shows beside the verdicts', () => {
  it('keeps the hedge of an updated count on the fact', () => {
    const story = stories.find((s) => s.name.startsWith('an updated toll'))!;
    const casualties = rowsOf(story).find((r) => r.facet === 'casualties')!;
    expect(casualties.a.map((f) => (f.value as { hedge?: string }).hedge)).toEqual(['so far']);
    expect(casualties.explanation).toMatch(/eight bodies.*\(b, 2023-09-13\) is a later count than.*four bodies.*\(a, 2023-09-12\)/);
  });

  it('shows both parties of the type dispute', () => {
    const story = stories.find((s) => s.name.startsWith('one article reports two parties'))!;
    const aircraft = rowsOf(story).find((r) => r.facet === 'aircraft')!;
    const sources = aircraft.claims?.map((c) => c.source) ?? [];
    expect(sources.some((s) => /russia/.test(s))).toBe(true);
    expect(sources.some((s) => /ukrain/.test(s))).toBe(true);
  });

  it('does not call two types a dispute when the article lists them together', () => {
    const report = compare(
      { id: 'a', publishedAt: '2019-03-25', text: 'An An-124 and an Il-62 military transport planes landed in Havana, the ministry said. Two military planes landed in Havana on Saturday, Reuters said.' },
      { id: 'b', publishedAt: '2019-03-25', text: 'Two military planes landed in Havana on Saturday.' },
    );
    expect(report.facets.find((f) => f.facet === 'aircraft')?.verdict).toBe('partial');
  });
});

import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { findOffTopic, isBoilerplate } from '../../src/align/offtopic.js';
import { prepare } from '../../src/align/prepare.js';
import { compare } from '../../src/compare.js';
import { findFacts } from '../../src/extract.js';
import { FACETS } from '../../src/facets/index.js';
import { readArticles } from '../../src/input.js';

function statuses(textA: string, textB: string, publishedAt = '2021-05-10') {
  const [a, b] = readArticles({ id: 'a', text: textA, publishedAt }, { id: 'b', text: textB, publishedAt });
  return align(a, b, findFacts(a, FACETS), findFacts(b, FACETS)).status;
}

describe('short articles: every sentence of the story is on topic', () => {
  it.each([
    [
      'A Cessna 208 ditched in Lake Victoria near Entebbe on Sunday. The charter firm said the pilot and 11 tourists were rescued by fishermen.',
      'A small plane came down in Lake Victoria on Sunday. All 12 people aboard survived, police said.',
    ],
    [
      'A freight train derailed outside Lviv on Tuesday. Its driver was taken to hospital with burns. Rail officials said 14 wagons left the track.',
      'Fourteen tank wagons came off the rails near Lviv. The driver was injured, the railway said.',
    ],
    [
      'A tanker ran aground off Brest overnight. Coastguards said no oil had leaked. It was carrying 80,000 tonnes of crude.',
      'The Maltese-flagged tanker Aegean Star grounded near Brest. Salvage crews arrived at dawn, the prefecture said.',
    ],
    [
      'An An-12 cargo plane crashed after take-off from Irkutsk on Friday. All seven crew died, investigators said. The aircraft was flying mining equipment to Yakutsk.',
      'Seven people were killed when a cargo aircraft went down near Irkutsk airport. Rescuers found the wreckage in a forest.',
    ],
    [
      'Firefighters contained a blaze at a chemical plant in Ludwigshafen on Monday. Residents were told to keep windows shut. Three workers suffered smoke inhalation.',
      'A fire broke out at a BASF site in Ludwigshafen. Three employees were treated for smoke inhalation, the company said.',
    ],
    [
      'A bus carrying pilgrims overturned near Medina on Thursday. Saudi officials said 20 people were killed.',
      'Twenty people died in the bus crash. Most of the passengers were from Egypt. Divers and volunteers searched a nearby ravine.',
    ],
  ])('%s', (a, b) => {
    const [sa, sb] = statuses(a, b);
    expect(sa).not.toContain('off-topic');
    expect(sb).not.toContain('off-topic');
  });
});

describe('a longer article: a detail beside an aligned sentence, in words of its own', () => {
  it('keeps a toll of those aboard next to the sentence of the downing', () => {
    const a = 'Thirty-one U.S. special forces soldiers and seven Afghan commandos were killed when their helicopter was shot down by Taliban insurgents, '
      + 'Afghan President Hamid Karzai said on Saturday. It was the deadliest single incident for foreign forces in the decade-long war. '
      + 'The Chinook helicopter crashed overnight in Wardak province, west of Kabul. '
      + 'A Taliban spokesman said insurgents had brought the helicopter down with a rocket-propelled grenade. '
      + 'NATO confirmed that a coalition helicopter had crashed but did not say what caused it.';
    const b = 'Thirty U.S. troops were killed along with seven Afghan soldiers and an Afghan interpreter when insurgents shot down their CH-47 Chinook helicopter. '
      + 'The helicopter was hit by a rocket-propelled grenade as it flew in to support Army Rangers late on Friday, officials said. '
      + 'The 38 people on board were killed instantly, the officials said. A military working dog was also killed. '
      + 'Twenty-two of the Americans were Navy SEALs. President Barack Obama said the deaths were a reminder of the sacrifices made by the military. '
      + 'The bodies were flown to Bagram air base, north of Kabul.';
    const [, sb] = statuses(a, b, '2011-08-07');
    expect(sb[2]).not.toBe('off-topic');
  });
});

describe('junk is still set aside', () => {
  it.each([
    [
      'A Cessna 208 ditched in Lake Victoria near Entebbe on Sunday.\nThe pilot and 11 tourists were rescued by fishermen.\nShare this article',
      'A small plane came down in Lake Victoria on Sunday, and all 12 people aboard survived.',
      [2],
    ],
    [
      'A freight train derailed outside Lviv on Tuesday.\nRail officials said 14 wagons left the track.\nShares in Asian chipmakers fell sharply.\nInvestors fear semiconductor tariffs will hurt chipmakers.\nComments',
      'Fourteen wagons came off the rails near Lviv on Tuesday, rail officials said.',
      [2, 3, 4],
    ],
  ])('%s', (a, b, off) => {
    const [sa] = statuses(a, b);
    expect(sa.flatMap((s, i) => (s === 'off-topic' ? [i] : []))).toEqual(off);
  });

  it.each([
    ['Comments (14)'], ['Read more: the best beaches of 2021'], ['Share on Twitter'],
    ['PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM'], ['Updated 05 / 03 / 2013 at 11: 00 AM EDT'], ['May 3rd, 2013 2: 00pm EDT'],
    ['12:52 p.m. EDT May 2, 2013'], ['14 June 2013'], ['First published: Friday 15 March 2019 09.30 GMT'],
    // The page's own address, scraped with its text.
    ['https://www.example-news.com/2024/05/04/world/africa/kenya-plane-crash.html'], ['http://bbc.in/2xYz'],
    ['www.example.org/news/caracas-landing'], ['<https://example.com/a>'],
    // Wire credits, picture credits and licence lines.
    ['(Reporting by Vladimir Soldatkin; Editing by Andrew Osborn)'], ['Additional reporting by Maria Tsvetkova'],
    ['Image copyright Getty Images'], ['Listen to this article'],
    ['This material may not be published, broadcast, rewritten or redistributed.'],
    // Bylines: names, no verb.
    ['By Jane Doe and John Smith, Reuters'], ['By MARY ROE Associated Press'], ['BY JEAN-LUC O’NEILL in Caracas'],
    // Widgets and credits of news sites.
    ['Story continues below advertisement'], ['Continue reading the main story'], ['Credit: Reuters'],
    ['Credit...Ariana Cubillos/Associated Press'], ['Follow @ReutersWorld'], ['toggle caption'], ['Getty Images'],
    // Page stamps with shortened weekdays, or hours in "hrs".
    ['Posted on Thu Jun 13, 2013 08:45 AM PDT'], ['Fri., May. 3, 2013 11:45 AM PDT'], ['Sat Nov 12 2011, 01:19 hrs'], ['Sun Nov 12'],
    // Stamps that carry an agency, a zone or a dateline city in capitals, or say when the page was edited.
    ['TNN Nov 12, 2011, 05. 51AM IST MUMBAI:'], ['7: 00pm UK, Wednesday 05 May 2010'],
    ['POSTED: 1052 GMT (1852 HKT), April 10, 2007'], ['Edited time: March 13, 2013 02: 15'], ['Last edited 14 June 2013'],
  ])('%s is page furniture', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    ['Comments from the minister were expected on Monday.'], ['Shares in the airline fell 4%.'],
    // A date with one word of news is a report, not a timestamp; a month name alone has no figure.
    ['May 2, 2013: plane lands in Caracas'], ['Published on Monday, the report named 14 people.'], ['March'],
    // A sentence that gives an address is still a sentence.
    ['The ministry posted the list at https://example.gov/list on Friday.'], ['Visit www.example.org for updates.'],
    ['Editing rules for the footage changed in 2019, the agency said.'], ['The reporting by state media was thin.'],
    ['By Saturday evening, the wreck had been removed.'], ['By then the planes had left Caracas.'], ['By air, the trip takes 14 hours.'],
    ['Credit Suisse shares fell 4% on Monday.'], ['Reuters reported that two planes landed.'], ['Save the Children said 12 people were hurt.'],
    ['Supported by Russia, the government held on.'],
    // Shortened weekdays are stamps only beside figures and stamp words.
    ['Sun and sand on Sat, 12 June'], ['Wed 12 June: the planes land'], ['Sat exam results out on 12 June'],
    // Words in capitals beside a date make a stamp only with nothing else: a verb, or a third such word, is news.
    ['The IAEA met on May 3, 2013.'], ['NATO struck on May 2, 2011.'], ['US troops left on Friday, May 3.'],
    ['UN, EU, NATO: May 3, 2013'], ['End of Watch: Friday, June 24, 2005'],
    // ...and a stamp gives a year or a clock time: without one, words in capitals and a date are a headline.
    ['US ATTACK, MAY 2'],
  ])('%s is not page furniture', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it('sets nothing aside when no sentence ties to the other article', () => {
    const [a, b] = readArticles(
      { id: 'a', text: 'The central bank cut rates to 3%. Markets rallied in Frankfurt.' },
      { id: 'b', text: 'A ferry sank off Sulawesi. Forty people were rescued.' },
    );
    const [offA, offB] = findOffTopic(a, b, prepare(a, b));
    expect([...offA, ...offB]).toEqual([]);
  });
});

describe('a fact that relates to the other article keeps its sentence on topic', () => {
  it('keeps a count by role beside a total on board', () => {
    const report = compare(
      { id: 'a', publishedAt: '2023-03-02', text: 'An Antonov An-148 landed hard at Kazan on Wednesday. The operator said the jet had 58 passengers and five crew on board.' },
      { id: 'b', publishedAt: '2023-03-02', text: 'An An-148 with 63 people aboard made a hard landing in Kazan on Wednesday.' },
    );
    expect(report.articles[0].sentences.map((s) => s.status)).not.toContain('off-topic');
  });
});

describe('an aligned sentence is on topic and vouches for its neighbours', () => {
  // b's last sentences: a terse one between a count of bodies and an aligned one. The aligned one shares few
  // words with b's other sentences, and had been set aside as junk with it.
  const a = {
    id: 'a', publishedAt: '2016-12-25',
    text: 'A Russian military plane carrying 92 people crashed into the Black Sea on Sunday shortly after taking off from Sochi, the Defence Ministry said. '
      + 'The Tu-154 had refuelled in Sochi after leaving Moscow and was bound for Syria. The plane disappeared from radar screens two minutes after take-off. '
      + 'Rescuers found fragments of the plane about 1.5 kilometres off the coast. Transport Minister Maxim Sokolov said there were no signs of survivors. '
      + 'Officials said terrorism was not among the main theories, pointing instead to a technical fault or pilot error.',
  };
  const b = {
    id: 'b', publishedAt: '2016-12-26',
    text: 'Divers searched the Black Sea on Monday for the bodies of the 92 people killed when a Defence Ministry Tu-154 plunged into the sea off Sochi a day earlier. '
      + 'The aircraft, on its way to Syria, had stopped to refuel at Sochi after flying from Moscow. It crashed about 70 seconds after take-off early on Sunday, according to investigators. '
      + 'Eleven bodies have been recovered so far, the ministry said. Russia held a national day of mourning on Monday. President Vladimir Putin ordered a full investigation. '
      + 'A source in the security services told Interfax that investigators were looking at human error and technical failure, and that a terrorist attack was considered unlikely. '
      + 'The choir had been scheduled to give a concert in Syria for New Year.',
  };

  it('keeps "President Vladimir Putin ordered a full investigation." beside an aligned sentence', () => {
    const report = compare(a, b);
    const status = (text: RegExp) => report.articles[1].sentences.find((s) => text.test(s.text))!.status;
    expect(status(/terrorist attack was considered unlikely/)).toBe('aligned');
    expect(status(/^President Vladimir Putin ordered/)).toBe('unique');
  });

  it('still sets aside a run of another story between sentences of this one', () => {
    const junk = 'Shares in Gazprom fell 3% in Moscow trading. The rouble slipped against the dollar as oil prices eased. Analysts expect the central bank to hold rates.';
    const report = compare(a, { ...b, text: b.text.replace('Russia held a national day of mourning on Monday.', junk) });
    const off = report.articles[1].sentences.filter((s) => s.status === 'off-topic').map((s) => s.text);
    expect(off).toEqual(expect.arrayContaining(['The rouble slipped against the dollar as oil prices eased.', 'Analysts expect the central bank to hold rates.']));
  });
});

describe('a run of junk is joined by words of its own, not by the story\'s', () => {
  // a's last two sentences share "airport" with each other and with b: the story's word, which ties no junk.
  const a = {
    id: 'a', publishedAt: '2025-02-17',
    text: 'A Delta Air Lines jet flipped over as it landed at Toronto Pearson International Airport on Monday, injuring 18 people, officials said. '
      + 'All 80 people on board survived. The Delta Connection flight, operated by the subsidiary Endeavor Air, was arriving from Minneapolis. '
      + 'There were 76 passengers and four crew members on board, Delta said in a statement. '
      + 'Three people were critically injured, including a child, according to the air ambulance service Ornge. '
      + 'Strong winds were gusting at the airport, which had been hit by a snowstorm over the weekend. '
      + '"We are very thankful there is no fatality and relatively minor injuries," said Deborah Flint, the airport\'s chief executive.',
  };
  const b = {
    id: 'b', publishedAt: '2025-02-18',
    text: 'Twenty-one people were taken to hospital after a Delta plane flipped upside down as it landed in Toronto on Monday afternoon, the airline said on Tuesday. '
      + 'All 80 people aboard the Bombardier CRJ900 survived. Most of the injured have since been released, Delta said. '
      + 'The airport reopened two runways on Tuesday.',
  };

  it('keeps the weather and a quote at the end of a report on topic', () => {
    expect(compare(a, b).articles[0].sentences.map((s) => s.status)).not.toContain('off-topic');
  });

  it('still sets aside a run that shares words of its own', () => {
    const junk = 'Shares in Asian chipmakers fell sharply. Investors fear semiconductor tariffs will hurt chipmakers.';
    const off = compare({ ...a, text: `${a.text} ${junk}` }, b).articles[0].sentences.filter((s) => s.status === 'off-topic').map((s) => s.text);
    expect(off).toEqual(['Shares in Asian chipmakers fell sharply.', 'Investors fear semiconductor tariffs will hurt chipmakers.']);
  });
});

describe('a sentence between two weak ones joins them only by words of its own', () => {
  const a = {
    id: 'a', publishedAt: '2019-12-10',
    text: 'A Chilean Air Force C-130 Hercules transport plane carrying 38 people went missing on Monday evening on its way to a base in Antarctica, the air force said. '
      + 'The plane took off from the southern city of Punta Arenas and lost radio contact at 6:13 p.m., the air force said in a statement. '
      + 'It was headed to the Eduardo Frei base on King George Island to provide logistical support. '
      + 'Seventeen crew members and 21 passengers were on board, the air force said. '
      + 'Air Force commander Eduardo Mosqueira told reporters the pilot was experienced. "We cannot rule out any hypothesis," he said. '
      + 'Search teams from Chile, Argentina and Uruguay were combing the Drake Passage, where conditions were described as difficult. '
      + 'President Sebastian Pinera said he was following the search with "consternation and concern".',
  };
  const b = {
    id: 'b', publishedAt: '2019-12-12',
    text: 'Searchers have found debris believed to be from a Chilean military plane that disappeared with 38 people aboard on its way to Antarctica, officials said Wednesday. '
      + 'Debris was found floating in the Drake Passage about 30 kilometers from where the C-130 Hercules lost contact on Monday, the air force said. '
      + 'The transport had left Punta Arenas for the Eduardo Frei base on King George Island. '
      + 'Those aboard included 17 crew members and 21 passengers.',
  };

  it('keeps the search, between a quote and a president\'s words, and both beside it, on topic', () => {
    expect(compare(a, b).articles[0].sentences.map((s) => s.status)).not.toContain('off-topic');
  });
});

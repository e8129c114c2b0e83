import { describe, expect, it } from 'vitest';
import { scopeFacts } from '../../src/claims/index.js';
import type { SentenceContext } from '../../src/facets/facet.js';
import type { Fact } from '../../src/types.js';

// Time facts are given by hand (as the time facet states them, `value.date`), so scoping is tested apart
// from date parsing. Every sentence also carries one aircraft fact to see its scope.
type Dated = [text: string, dates: [string, string][]];

function run(sentences: Dated[]): Fact[] {
  const contexts: SentenceContext[] = sentences.map(([text], index) => ({ index, text, publishedAt: '2021-08-30' }));
  const facts: Fact[] = [];
  sentences.forEach(([text, dates], index) => {
    for (const [from, to] of dates) {
      facts.push({ facet: 'time', value: { date: { from, to } }, text: `${from}..${to}`, sentence: index, start: 0, end: 1, rule: 'time/test', scope: 'event' });
    }
    facts.push({ facet: 'aircraft', value: text, text, sentence: index, start: 0, end: text.length, rule: 'aircraft/test', scope: 'event' });
  });
  return scopeFacts(contexts, facts);
}

/** Sentences with time facts of their own words, rule and value (`to` defaults to `from`). */
type Timed = [text: string, times: { words: string; from: string; to?: string; rule?: string; value?: Record<string, unknown> }[]];

function runTimed(sentences: Timed[], publishedAt = '2021-08-30'): Fact[] {
  const contexts: SentenceContext[] = sentences.map(([text], index) => ({ index, text, publishedAt }));
  const facts = sentences.flatMap(([text, times], index): Fact[] => [
    ...times.map(({ words, from, to, rule, value }): Fact => ({
      facet: 'time', value: { date: { from, to: to ?? from }, ...value }, text: words, sentence: index, start: 0, end: 1, rule: rule ?? 'time/test', scope: 'event',
    })),
    { facet: 'aircraft', value: text, text, sentence: index, start: 0, end: text.length, rule: 'aircraft/test', scope: 'event' },
  ]);
  return scopeFacts(contexts, facts);
}

const scopeOf = (facts: Fact[], sentence: number) => {
  const f = facts.find((x) => x.sentence === sentence && x.facet === 'aircraft')!;
  return f.scope === 'background' ? `background (${f.scopeReason})` : 'event';
};

describe('scopeFacts', () => {
  const story: Dated[] = [
    ['Two C-130 Hercules aircraft landed in Kabul on Saturday.', [['2021-08-28', '2021-08-28']]],
    ['Italy previously sent four KC-767 tankers to the region.', []],
    ['In July, the air force flew 300 people out of Herat.', [['2021-07-01', '2021-07-31']]],
    ['The foreign minister called his counterpart on Monday.', [['2021-08-30', '2021-08-30']]],
    ['The planes carried 40 tonnes of medical supplies.', []],
    ['In 2019, parliamentary elections were held in the country.', [['2019-01-01', '2019-12-31']]],
    ['In mid-2021, the press regularly reported on charter flights to the capital.', [['2021-05-01', '2021-08-31']]],
    ['Previous deliveries: Spain already sent two A400M planes in June.', [['2021-06-01', '2021-06-30']]],
    ['The crews arrived in Kabul on August 28 after a stop in Doha.', [['2021-08-28', '2021-08-28']]],
    ['The airline routinely operates flights to Doha.', []],
  ];
  const facts = run(story);

  it.each([
    [0, 'event'],
    [1, 'background (cue: previous)'],
    [2, 'background (time: July 2021)'],
    [3, 'background (time: 2021-08-30)'],
    [4, 'event'],
    [5, 'background (time: 2019)'],
    [6, 'background (cue: regularly)'],
    [7, 'background (cue: previous)'],
    [8, 'event'],
    [9, 'background (cue: routinely)'],
  ])('sentence %i is %s', (i, expected) => {
    expect(scopeOf(facts, i)).toBe(expected);
  });

  it('a journey made, with its owner\'s word, narrates: its day is the story\'s, not a month another sentence names', () => {
    const out = runTimed([
      ['The Hughes flying boat made its first and possibly only flight yesterday.', [{ words: 'yesterday', from: '1947-11-02', value: { precision: 'day' } }]],
      ['Hughes had told a Senate committee in August that he would leave the country if the plane failed to fly.', [{ words: 'August', from: '1947-08-01', to: '1947-08-31', value: { precision: 'month' } }]],
    ], '1947-11-03');
    expect([scopeOf(out, 0), scopeOf(out, 1)]).toEqual(['event', 'background (time: August 1947)']);
  });

  it('a setting off the sentence counts the days from is its journey\'s, however long ago; another day is not', () => {
    const out = runTimed([
      ['Miss Amy Johnson landed here this afternoon, the first woman to fly alone from England to Australia.', [{ words: 'this afternoon', from: '1930-05-24', value: { precision: 'day' } }]],
      ['Her Gipsy Moth touched down at 4 o\'clock, 19 and a half days after she left Croydon on May 5.', [{ words: 'May 5', from: '1930-05-05', value: { precision: 'day' } }]],
      ['She had left Croydon on May 5, after two years of flying.', [{ words: 'May 5', from: '1930-05-05', value: { precision: 'day' } }]],
      ['She touched down 12 days after she left Croydon on May 5.', [{ words: 'May 5', from: '1930-05-05', value: { precision: 'day' } }]],
    ], '1930-05-25');
    expect([1, 2, 3].map((i) => scopeOf(out, i))).toEqual(['event', 'background (time: 1930-05-05)', 'background (time: 1930-05-05)']);
    // Hours in the air since it set off count too.
    const balloon = runTimed([
      ['Three Americans landed their balloon in a wheat field here tonight.', [{ words: 'tonight', from: '1978-08-17', value: { precision: 'day' } }]],
      ['They came down at 7:49 p.m. after 137 hours in the air since leaving Presque Isle, Maine, on Friday.', [{ words: 'Friday', from: '1978-08-11', value: { precision: 'day' } }]],
    ], '1978-08-17');
    expect(scopeOf(balloon, 1)).toBe('event');
  });

  it('the day of what a journey went to dates no sentence of the journey; a plan of its own does', () => {
    const out = runTimed([
      ['A chartered DC-3 crashed on Tuesday night.', [{ words: 'Tuesday', from: '1977-12-13', value: { precision: 'day' } }]],
      ['The plane was bound for Nashville on the way to a game Thursday.', [{ words: 'Thursday', from: '1977-12-15', value: { precision: 'day', planned: true, occasion: 'game' } }]],
      ['The team will fly to Nashville on Thursday.', [{ words: 'Thursday', from: '1977-12-15', value: { precision: 'day', planned: true } }]],
    ], '1977-12-14');
    expect([1, 2].map((i) => scopeOf(out, i))).toEqual(['event', 'background (time: 1977-12-15)']);
  });

  it('"for the last time" is a final act now; "the last time" it happened is the past', () => {
    const facts = run([
      ['Nixon left the White House for the last time today, flying off in a helicopter.', []],
      ['It was the last time the plane flew.', []],
    ]);
    expect([scopeOf(facts, 0), scopeOf(facts, 1)]).toEqual(['event', 'background (cue: in the past)']);
  });

  it('a record the event sets in a history is no history; the history it recalls is', () => {
    const facts = run([
      ['The jetliner crashed Saturday night, killing 75 persons in the worst air disaster in the history of American sports.', []],
      ['The airline has a long safety record, and the history of its fleet is spotless.', []],
      ['The crash was the first in the history of the airline.', []],
    ]);
    expect([0, 1, 2].map((i) => scopeOf(facts, i))).toEqual(['event', 'background (cue: history)', 'event']);
  });

  it('an earlier count of the event is no earlier event; an earlier flight is', () => {
    const out = run([
      ['A C-17 carried 823 Afghans out of Kabul on Sunday, the Pentagon said, revising an earlier figure of 640.', [['2021-08-15', '2021-08-15']]],
      ['The earlier tally had left out 183 children.', []],
      ['An earlier flight carried 300 people.', []],
      ['The earlier flights had carried 300 people.', []],
      // An earlier stop of the story's own flight.
      ['The jet had stopped at Gander to refuel on a flight from Cairo, with an earlier stop in Cologne.', []],
      // Stops of the story's own flight, told with "had earlier"; not an earlier event's.
      ['The Airbus A300, Flight 814 from Kathmandu to New Delhi, had earlier stopped in Amritsar and Lahore.', []],
      ['The plane had earlier carried 300 people.', []],
    ]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => scopeOf(out, i))).toEqual([
      'event', 'event', 'background (cue: earlier event)', 'background (cue: earlier event)', 'event', 'event', 'background (cue: earlier event)',
    ]);
  });

  it('a report its party took back is superseded; what stays true of the flight keeps its scope', () => {
    const sentences = [
      'Air Niugini said one passenger is missing, reversing its earlier statement that all 47 people on board had survived.',
      'The airline had initially said everyone had survived, but later said one man was missing.',
      'The airline said all 47 people on board had survived.',
      'Ten people survived, the agency said, correcting an earlier count of 11 injured.',
    ];
    const contexts: SentenceContext[] = sentences.map((text, index) => ({ index, text }));
    const fact = (sentence: number, facet: Fact['facet'], text: string): Fact =>
      ({ facet, value: {}, text, sentence, start: 0, end: 1, rule: `${facet}/test`, scope: 'event' });
    const facts = [
      fact(0, 'casualties', 'one passenger is missing'), fact(0, 'people', 'all 47 people on board'),
      fact(0, 'casualties', 'all 47 people on board had survived'),
      fact(1, 'casualties', 'everyone had survived'), fact(1, 'casualties', 'one man was missing'),
      fact(2, 'casualties', 'all 47 people on board had survived'),
      fact(3, 'casualties', 'Ten people survived'), fact(3, 'casualties', '11 injured'),
    ];
    const out = scopeFacts(contexts, facts, (f) => f.facet === 'people');
    expect(out.map((f) => f.scope === 'background' ? `${f.text}: ${f.scopeReason}` : `${f.text}: event`)).toEqual([
      'one passenger is missing: event', 'all 47 people on board: event',
      'all 47 people on board had survived: superseded: reversing its earlier statement that',
      'everyone had survived: superseded: had initially said', 'one man was missing: event',
      'all 47 people on board had survived: event',
      'Ten people survived: event', '11 injured: superseded: correcting an earlier count',
    ]);
  });

  it('an aside between the subject and its event verb dates the aside, not the sentence', () => {
    // The time facts quote the sentence's own words, which the aside is found around.
    const story: [string, string, [string, string]][] = [
      ['A 737 MAX 8 crashed near Bishoftu on Sunday.', 'Sunday', ['2020-12-06', '2020-12-06']],
      ['The plane, a 737 Max 8 delivered to the airline in November, crashed in a field near Debre Zeit.', 'November', ['2020-11-01', '2020-11-30']],
      // Not between a subject and its verb: another event, with its own date.
      ['It was the second crash in five months, after a Lion Air 737 MAX 8 plunged into the Java Sea in October, killing 189 people.', 'October', ['2020-10-01', '2020-10-31']],
      ['In November, the airline took delivery of the plane.', 'November', ['2020-11-01', '2020-11-30']],
      // An aborted landing is the event's too.
      ['The jet, a 737-800 delivered to the airline in 2011, had aborted a landing when it went down.', '2011', ['2011-01-01', '2011-12-31']],
      // So is a take-off of the flight: "had taken off".
      ['The Junkers Ju 52, built in Germany in 1939, had taken off from Locarno.', '1939', ['1939-01-01', '1939-12-31']],
      // So is a death, after an aside on who died; not a death the sentence dates itself.
      ['Yuri Gagarin, who became the first man in space in 1961, died in the crash of a MiG-15 trainer.', '1961', ['1961-01-01', '1961-12-31']],
      ['The pilot died of his injuries in 1961, his family said.', '1961', ['1961-01-01', '1961-12-31']],
      // The subject starts after a wire's dateline.
      ['LONDON, July 13 (AP) - Charles Rolls, the aviator who flew the Channel in June, was killed at Bournemouth.', 'June', ['2020-06-01', '2020-06-30']],
    ];
    const contexts: SentenceContext[] = story.map(([text], index) => ({ index, text, publishedAt: '2020-12-07' }));
    const facts: Fact[] = story.flatMap(([text, words, [from, to]], index): Fact[] => [
      { facet: 'time', value: { date: { from, to } }, text: words, sentence: index, start: 0, end: 1, rule: 'time/test', scope: 'event' },
      { facet: 'aircraft', value: text, text, sentence: index, start: 0, end: text.length, rule: 'aircraft/test', scope: 'event' },
    ]);
    const out = scopeFacts(contexts, facts);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => scopeOf(out, i))).toEqual(['event', 'event', 'background (time: October 2020)', 'background (time: November 2020)', 'event', 'event', 'event', 'background (time: 1961)', 'event']);
    const aside = out.find((f) => f.facet === 'time' && f.sentence === 1)!;
    expect([aside.scope, aside.scopeReason]).toEqual(['background', 'time: an aside (November)']);
  });

  it('a cue in an aside before the event verb is the aside\'s, not the sentence\'s', () => {
    const out = run([
      ['A Boeing 747 landed in Buenos Aires on Monday.', [['2021-08-30', '2021-08-30']]],
      ['The aircraft, which belonged to Mahan Air until last year, was carrying a load of car parts.', []],
      ['The aircraft, which flew for Mahan Air, was carrying car parts last year.', []],
      ['Last year, the aircraft was carrying car parts.', []],
      // A death in the crash is the event's; a death days on, in hospital, is not.
      ['The pilot, who had flown the route since last year, died in the crash of the 747.', []],
      ['The pilot, the only survivor of last year\'s crash, died in a Moscow hospital.', []],
    ]);
    expect([0, 1, 2, 3, 4, 5].map((i) => scopeOf(out, i))).toEqual(['event', 'event', 'background (cue: last year)', 'background (cue: last year)',
      'event', 'background (cue: last year)']);
  });

  it("a possessive's past in a clause describing a thing named is that thing's, not the sentence's", () => {
    const out = run([
      ['A Chilean air force plane crashed on Friday.', [['2011-09-02', '2011-09-02']]],
      ["The plane had flown from Santiago to the island, which was struck by last year's tsunami.", []],
      ["Last year's crash of a Tu-154 killed 96 people.", []],
    ]);
    expect([1, 2].map((i) => scopeOf(out, i))).toEqual(['event', 'background (cue: last year)']);
  });

  it('tags the time facts of a background sentence too', () => {
    expect(facts.filter((f) => f.facet === 'time' && f.sentence === 2).every((f) => f.scope === 'background')).toBe(true);
  });

  it('dates the event by the sentence that narrates it, not by the first date', () => {
    const out = run([
      ['The parliament met on Tuesday to approve the mission.', [['2021-08-24', '2021-08-24']]],
      ['A Dutch KDC-10 landed in Tashkent on Friday.', [['2021-08-27', '2021-08-27']]],
    ]);
    expect(scopeOf(out, 0)).toBe('background (time: 2021-08-24)');
    expect(scopeOf(out, 1)).toBe('event');
  });

  it('a craft "missing tonight" narrates the event: its day is the story\'s, and the day it set off before stays the flight\'s', () => {
    const out = run([
      ['A British airliner with 31 persons aboard was missing tonight on a flight from the Azores to Bermuda.', [['2021-08-30', '2021-08-30']]],
      ['The plane left Santa Maria yesterday afternoon and sent its last message early today.', [['2021-08-29', '2021-08-29'], ['2021-08-30', '2021-08-30']]],
      ['The crew of its sister ship flew to Bermuda yesterday.', [['2021-08-29', '2021-08-29']]],
    ]);
    expect([0, 1, 2].map((i) => scopeOf(out, i))).toEqual(['event', 'event', 'background (time: 2021-08-29)']);
  });

  it('a setting off narrates the journey\'s start: a later day another sentence narrates is the event\'s', () => {
    const timed = (text: string, words: string, from: string, value?: Record<string, unknown>): Timed => [text, [{ words, from, ...(value ? { value } : {}) }]];
    const out = runTimed([
      timed('The airship left her base at Cuers, near Toulon, on Dec. 18 for a long flight over the Sahara.', 'Dec. 18', '2021-08-18', { departure: true }),
      timed('She was last heard from early Friday off the coast of Tunisia.', 'Friday', '2021-08-27'),
    ]);
    expect([0, 1].map((i) => scopeOf(out, i))).toEqual(['background (time: 2021-08-18)', 'event']);
    // Alone, or before a later day no sentence narrates, the setting off still dates the story.
    const alone = runTimed([
      timed('The airship left her base at Cuers on Dec. 18 for a long flight over the Sahara.', 'Dec. 18', '2021-08-18', { departure: true }),
      timed('The Navy will hold a service on Friday.', 'Friday', '2021-08-27'),
    ]);
    expect([0, 1].map((i) => scopeOf(alone, i))).toEqual(['event', 'background (time: 2021-08-27)']);
  });

  it('a strike narrates its event: a lead that fired missiles is dated before the attack it answered', () => {
    const out = run([
      ['U.S. warships fired 59 Tomahawk cruise missiles at the Shayrat air base early on Friday.', [['2021-08-27', '2021-08-27']]],
      ['The base was used to launch the attack that killed at least 70 people on Tuesday.', [['2021-08-24', '2021-08-24']]],
    ]);
    expect(scopeOf(out, 0)).toBe('event');
    expect(scopeOf(out, 1)).toBe('background (time: 2021-08-24)');
  });

  it('a habitual word in a sentence that narrates the event does not make it background', () => {
    const out = run([['The An-124, which often flies to Syria, landed in Caracas on Saturday.', [['2021-08-28', '2021-08-28']]]]);
    expect(scopeOf(out, 0)).toBe('event');
  });

  it('a later occasion dates its sentence, but not the event while another date is there', () => {
    const out = runTimed([
      ['At the funeral on Friday, relatives mourned the eight people killed when the helicopter crashed.', [{ words: 'Friday', from: '2021-08-27', value: { occasion: 'funeral' } }]],
      ['The helicopter came down in fog on Wednesday.', [{ words: 'Wednesday', from: '2021-08-25' }]],
    ]);
    expect(scopeOf(out, 0)).toBe('background (time: 2021-08-27)');
    expect(scopeOf(out, 1)).toBe('event');
  });

  it('a lead that follows up within hours puts the event on its day or the day before; "a day after" does not', () => {
    const taylor = (follow: Record<string, unknown>) => runTimed([
      ['Charles Taylor was flown back to Liberia on Wednesday, hours after he was arrested.', [{ words: 'Wednesday', from: '2021-08-25', value: follow }]],
      ['A U.N. helicopter landed in Freetown.', []],
      ['Taylor had vanished from his villa on Monday night.', [{ words: 'Monday', from: '2021-08-23' }]],
    ]);
    const soon = taylor({ occasion: 'follow-up', soonAfter: true });
    expect(scopeOf(soon, 0)).toBe('event');
    expect(scopeOf(soon, 2)).toBe('background (time: 2021-08-23)');
    // "Rescuers found the wreckage on Wednesday, two days after ...": the earlier day is the event's.
    const later = taylor({ occasion: 'follow-up' });
    expect(scopeOf(later, 2)).toBe('event');
    expect(scopeOf(later, 0)).toBe('background (time: 2021-08-25)');
    // "landed early on Friday, hours after she was swapped. The exchange took place on Thursday": the day before stays.
    const griner = runTimed([
      ['Griner landed early on Friday, hours after she was swapped.', [{ words: 'Friday', from: '2021-08-27', value: { occasion: 'follow-up', soonAfter: true } }]],
      ['The exchange took place in Abu Dhabi on Thursday.', [{ words: 'Thursday', from: '2021-08-26' }]],
    ]);
    expect(scopeOf(griner, 1)).toBe('event');
  });

  it('a lead that narrates the event keeps it the event\'s, "earlier this month" or not; a later sentence does not', () => {
    const out = run([
      ['The service released video of a pilot who had defected with his helicopter, landing in Kharkiv earlier this month.', []],
      ['Earlier this month, another helicopter landed in Kharkiv.', []],
    ]);
    expect(scopeOf(out, 0)).toBe('event');
    expect(scopeOf(out, 1)).toBe('background (cue: earlier this month)');
  });

  it('a lead a year on that narrates its event "last year" is the event\'s, where another sentence dates it in that year', () => {
    const lastYear = { words: 'last year', from: '2005-01-01', to: '2005-12-31' };
    const findings = runTimed([
      ['A faulty fuel gauge caused a Tunisian airliner to run out of fuel and ditch off Sicily last year, investigators said.', [lastYear]],
      ['Sixteen of the 39 people aboard died when the plane broke up on Aug. 6, 2005.', [{ words: 'Aug. 6, 2005', from: '2005-08-06' }]],
    ], '2006-08-05');
    expect(scopeOf(findings, 0)).toBe('event');
    // Not a later sentence of another crash that year, nor a lead whose event is of another year.
    const another = runTimed([
      ['A Tunisian airliner ditched off Palermo on Aug. 6, 2005.', [{ words: 'Aug. 6, 2005', from: '2005-08-06' }]],
      ['Another ATR 72 crashed last year in Greece.', [lastYear]],
    ], '2006-08-05');
    expect(scopeOf(another, 1)).toBe('background (cue: last year)');
    const otherYear = runTimed([
      ['An ATR 72 crashed in Greece last year, investigators said.', [lastYear]],
      ['A Tunisian airliner ditched off Palermo on Saturday.', [{ words: 'Saturday', from: '2006-08-05' }]],
    ], '2006-08-05');
    expect(scopeOf(otherYear, 0)).toBe('background (cue: last year)');
  });

  it('a lead "two years ago" that no other sentence dates narrates the event; a later sentence "years ago" recalls', () => {
    const twoYearsAgo = { words: 'two years ago', from: '2010-01-01', to: '2010-12-31' };
    const findings = runTimed([
      ['Investigators said pilot error caused an Ethiopian Airlines jet to plunge into the sea off Beirut two years ago.', [twoYearsAgo]],
      ['Ethiopian Airlines rejected the finding.', []],
    ], '2012-01-17');
    expect(scopeOf(findings, 0)).toBe('event');
    const recalled = runTimed([
      ['An Ethiopian Airlines jet crashed off Beirut on Monday.', [{ words: 'Monday', from: '2012-01-16' }]],
      ['Another Ethiopian jet crashed off the Comoros years ago.', []],
      ['A third crashed off Lome two years ago.', [twoYearsAgo]],
    ], '2012-01-17');
    expect([scopeOf(recalled, 1), scopeOf(recalled, 2)]).toEqual(['background (cue: in the past)', 'background (cue: in the past)']);
  });

  it('a lead whose past is a clause\'s beside a day of its own narrates the event, whatever a later sentence dates', () => {
    const lead = 'Wiley Post landed at Floyd Bennett Field tonight, beating the record he set two years ago.';
    const twoYearsAgo = { words: 'two years ago', from: '1931-01-01', to: '1931-12-31', rule: 'time/ago', value: { precision: 'year' } };
    const out = runTimed([
      [lead, [{ words: 'tonight', from: '1933-07-22', value: { precision: 'day' } }, twoYearsAgo]],
      ['He took off from the same field last Saturday.', [{ words: 'last Saturday', from: '1933-07-15', value: { precision: 'day' } }]],
    ], '1933-07-22');
    expect(scopeOf(out, 0)).toBe('event');
    // With only the cue's own past, the lead recalls it.
    const recalled = runTimed([
      [lead, [twoYearsAgo]],
      ['He took off from the same field last Saturday.', [{ words: 'last Saturday', from: '1933-07-15', value: { precision: 'day' } }]],
    ], '1933-07-22');
    expect(scopeOf(recalled, 0)).toBe('background (cue: in the past)');
  });

  it('a date in a clause that describes a thing, after the event is told, is the thing\'s', () => {
    const out = runTimed([
      ['A Yeti Airlines plane crashed in Pokhara on Sunday.', [{ words: 'Sunday', from: '2023-01-15' }]],
      ['The flight went down before landing at Pokhara International Airport, which opened two weeks ago.', [{ words: 'two weeks ago', from: '2022-12-30', to: '2023-01-05', rule: 'time/ago' }]],
      ['Another plane went down two weeks ago.', [{ words: 'two weeks ago', from: '2022-12-30', to: '2023-01-05', rule: 'time/ago' }]],
    ], '2023-01-16');
    expect(scopeOf(out, 1)).toBe('event');
    expect(scopeOf(out, 2)).toBe('background (time: 2022-12-30..2023-01-05)');
    // A place described after a flight under way; not a place where the event itself befell.
    const where = runTimed([
      ['Otis Redding was killed today when his plane crashed into Lake Monona.', [{ words: 'today', from: '1967-12-10' }]],
      ['The Beechcraft was flying from Cleveland, where Redding had performed last night, to a concert here.', [{ words: 'last night', from: '1967-12-09' }]],
      ['The bodies will be flown from Point Barrow, where the two died last night in the crash.', [{ words: 'last night', from: '1967-12-09' }]],
    ], '1967-12-10');
    expect(scopeOf(where, 1)).toBe('event');
    expect(scopeOf(where, 2)).toBe('background (time: 1967-12-09)');
    // A flight on its way, and the game where it was bound; not a stop that tells no journey under way.
    const onItsWay = runTimed([
      ['A chartered airliner carrying the Wichita State team crashed near here today.', [{ words: 'today', from: '1970-10-02' }]],
      ['The plane had stopped at Denver on its way from Wichita to Logan, Utah, where the team was to play tomorrow.', [{ words: 'tomorrow', from: '1970-10-03' }]],
      ['The plane had stopped at Denver, where the team was to play tomorrow.', [{ words: 'tomorrow', from: '1970-10-03' }]],
    ], '1970-10-02');
    expect([1, 2].map((i) => scopeOf(onItsWay, i))).toEqual(['event', 'background (time: 1970-10-03)']);
  });

  it('losing control of a jet narrates the event, whose day an earlier downing told after does not take', () => {
    const out = run([
      ['Handlers lost control of the jet on Monday and it went overboard.', [['2021-08-23', '2021-08-23']]],
      ['In December, another jet from the carrier was shot down.', [['2020-12-01', '2020-12-31']]],
    ]);
    expect(scopeOf(out, 0)).toBe('event');
    expect(scopeOf(out, 1)).toBe('background (time: December 2020)');
  });

  it('a plunge narrates the event, whose day an earlier crash told after does not take', () => {
    const out = run([
      ['India ordered an inquiry into the crash of a Tejas fighter jet at the air show.', []],
      ['The jet plunged to the ground on Friday afternoon.', [['2021-08-27', '2021-08-27']]],
      ['It was the second crash of the type, after one went down near Jaisalmer in March 2020.', [['2020-03-01', '2020-03-31']]],
    ]);
    expect(scopeOf(out, 1)).toBe('event');
    expect(scopeOf(out, 2)).toBe('background (time: March 2020)');
  });

  it('a habitual word right before the only verb of the event makes the sentence a habit', () => {
    const out = run([
      ['The helicopter crashed outside the stadium on Saturday.', [['2018-10-27', '2018-10-27']]],
      ['Vichai usually flew from the stadium to London after home matches.', []],
      ['The helicopter, which usually flew him home, crashed in a car park.', []],
    ]);
    expect(scopeOf(out, 1)).toBe('background (cue: usually)');
    expect(scopeOf(out, 2)).toBe('event');
  });

  it('a deadline spans the days up to it: "due to be released by Sunday" stays the event\'s, "closed by 1958" does not', () => {
    const contexts: SentenceContext[] = [
      'Planes carried 318 prisoners on Friday.', 'Nearly 900 detainees are due to be released by Sunday.', 'The base had closed by 1958.',
    ].map((text, index) => ({ index, text, publishedAt: '2023-04-14' }));
    const time = (sentence: number, from: string, to: string, bound?: boolean): Fact => ({
      facet: 'time', value: { date: { from, to }, ...(bound ? { bound } : {}) }, text: from, sentence, start: 0, end: 1, rule: 'time/test', scope: 'event',
    });
    const people = (sentence: number): Fact => ({ facet: 'people', value: sentence, text: 'x', sentence, start: 0, end: 1, rule: 'people/test', scope: 'event' });
    const out = scopeFacts(contexts, [
      time(0, '2023-04-14', '2023-04-14'), people(0),
      time(1, '2023-04-16', '2023-04-16', true), people(1),
      time(2, '1958-01-01', '1958-12-31', true), people(2),
    ]);
    expect(out.filter((f) => f.facet === 'people').map((f) => f.scope)).toEqual(['event', 'event', 'background']);
  });

  it('"in the past few days" is lately, no history; "in the past" alone recalls it', () => {
    const out = run([
      ['Contractors have flown into Venezuela in the past few days to protect Maduro.', []],
      ['In the past, Russia sent bombers to Venezuela.', []],
      ['Israel airlifted 8,000 Ethiopian Jews in the past seven weeks.', []],
      ['In the past two years, Israel airlifted 8,000 Ethiopian Jews.', []],
    ]);
    expect([scopeOf(out, 0), scopeOf(out, 1), scopeOf(out, 2), scopeOf(out, 3)])
      .toEqual(['event', 'background (cue: in the past)', 'event', 'background (cue: in the past)']);
  });

  it('what a happening "came ... after" is an earlier event; a search days after the crash is not', () => {
    const out = run([
      ['An Air Busan jet caught fire before take-off in Busan on Tuesday.', [['2025-01-28', '2025-01-28']]],
      ['The fire came a month after the Jeju Air crash at Muan that killed 179 people.', []],
      ['It comes just weeks after a Jeju Air jet crashed.', []],
      ['Divers found the flight recorder two days after the crash.', []],
      ['The crash came less than 24 hours after a Canadian Pacific airliner crashed at the same airport.', []],
    ]);
    expect([0, 1, 2, 3, 4].map((i) => scopeOf(out, i))).toEqual(['event', 'background (cue: came ... after)', 'background (cue: came ... after)', 'event',
      'background (cue: came ... after)']);
  });

  it('another aircraft sent to finish the flight is background', () => {
    const out = run([
      ['An Air India flight from Delhi made an emergency landing in Magadan.', []],
      ['The ferry flight, which had flown from Mumbai to Magadan, picked up the passengers.', []],
      ['A replacement aircraft took them on to San Francisco.', []],
      // Or sent for those the flight left stranded.
      ['Ninety-nine passengers and crew arrived in Helsinki aboard a Pan Am plane sent to fetch them.', []],
      ['Two people died when a missile tore into the wing.', []],
    ]);
    expect([0, 1, 2, 3, 4].map((i) => scopeOf(out, i))).toEqual(['event', 'background (cue: another flight)', 'background (cue: another flight)',
      'background (cue: another flight)', 'event']);
  });

  it('the past of a clause that starts a period is no history of the sentence', () => {
    const out = run([
      ['A plane carrying 28 Afghan men landed in Kabul, the first deportation flight since the Taliban took over three years ago.', []],
      ['Three years ago, Germany sent a plane to Kabul.', []],
    ]);
    expect([scopeOf(out, 0), scopeOf(out, 1)]).toEqual(['event', 'background (cue: in the past)']);
  });

  it('the start of a period ("the first ... since 2009") dates no event', () => {
    const out = runTimed([
      ['Investigators said on Wednesday that a fan blade was cracked.', [{ words: 'on Wednesday', from: '2021-08-25', value: { statement: true } }]],
      ['The flight was diverted to Philadelphia on Tuesday.', [{ words: 'Tuesday', from: '2021-08-24' }]],
      ['She was the first passenger killed on a U.S. airline since 2009.', [{ words: '2009', from: '2009-01-01', to: '2009-12-31', value: { since: true } }]],
    ]);
    expect([1, 2].map((i) => scopeOf(out, i))).toEqual(['event', 'background (time: 2009)']);
  });

  it("a tenure's start describes a person: background, and it dates no sentence", () => {
    const out = runTimed([
      ['The jet was shot down over Kigali on Wednesday.', [{ words: 'Wednesday', from: '1994-04-06' }]],
      ["Among the dead was Habyarimana, Rwanda's president since 1973, and three French crew.", [{ words: '1973', from: '1973-01-01', to: '1973-12-31', value: { since: true, occasion: 'tenure' } }]],
    ]);
    expect(scopeOf(out, 1)).toBe('event');
    const tenure = out.find((f) => f.facet === 'time' && f.sentence === 1);
    expect(tenure?.scopeReason).toBe("time: a tenure's start (1973)");
  });

  it('a lead telling one flight of a series keeps the flights of the days before it', () => {
    const series = run([
      ['A third Russian military cargo plane landed at Murted on Saturday.', [['2021-08-28', '2021-08-28']]],
      ['Two planes delivered the first components on Friday.', [['2021-08-27', '2021-08-27']]],
      ['Turkey agreed to buy the system in 2017.', [['2017-01-01', '2017-12-31']]],
      ['The ministry published footage on Friday.', [['2021-08-27', '2021-08-27']]],
    ]);
    expect([1, 2, 3].map((i) => scopeOf(series, i))).toEqual(['event', 'background (time: 2017)', 'background (time: 2021-08-27)']);
    const one = run([
      ['A Russian military cargo plane landed at Murted on Saturday.', [['2021-08-28', '2021-08-28']]],
      ['Two planes delivered other components on Friday.', [['2021-08-27', '2021-08-27']]],
    ]);
    expect(scopeOf(one, 1)).toBe('background (time: 2021-08-27)');
  });

  it('a toll raised days later is the event\'s; the rest of its sentence is not', () => {
    const story: Timed[] = [
      ['The Yak-42 crashed on September 7, killing 43 people.', [{ words: 'September 7', from: '2011-09-07' }]],
      ['Galimov died in a Moscow hospital on Monday, raising the death toll to 44.', [{ words: 'Monday', from: '2011-09-12' }]],
    ];
    const toll = (risen: boolean): Fact => ({
      facet: 'casualties', value: { kind: 'killed', count: { min: 44, max: 44 }, ...(risen ? { risen } : {}) }, text: 'death toll to 44',
      sentence: 1, start: 0, end: 1, rule: 'casualties/test', scope: 'event',
    });
    const contexts: SentenceContext[] = story.map(([text], index) => ({ index, text, publishedAt: '2011-09-12' }));
    const timed = runTimed(story, '2011-09-12');
    const scopes = (risen: boolean) => scopeFacts(contexts, [...timed, toll(risen)]).filter((f) => f.sentence === 1).map((f) => `${f.facet}:${f.scope}`);
    expect(scopes(true)).toEqual(['time:background', 'aircraft:background', 'casualties:event']);
    expect(scopes(false)).toEqual(['time:background', 'aircraft:background', 'casualties:background']);
  });

  it("what a risen toll's own words name is the event's; what stands beside them is not", () => {
    const text = 'The death toll from the crash of an airliner in Phuket rose to 89 on Monday, and a ferry sank in Krabi.';
    const contexts: SentenceContext[] = [{ index: 0, text: 'The airliner crashed on Sunday.', publishedAt: '2007-09-17' }, { index: 1, text, publishedAt: '2007-09-17' }];
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const fact = (facet: Fact['facet'], words: string, value: unknown, sentence = 1): Fact => ({
      facet, value, text: words, sentence, ...(sentence === 1 ? at(words) : { start: 0, end: 1 }), rule: `${facet}/test`, scope: 'event',
    });
    const facts = [
      fact('time', 'Sunday', { date: { from: '2007-09-16', to: '2007-09-16' }, precision: 'day' }, 0),
      fact('casualties', 'death toll from the crash of an airliner in Phuket rose to 89', { kind: 'killed', count: { min: 89, max: 89 }, risen: true }),
      fact('aircraft', 'airliner', { generic: true }),
      fact('location', 'crash of an airliner in Phuket', { place: 'phuket' }),
      fact('time', 'Monday', { date: { from: '2007-09-17', to: '2007-09-17' }, precision: 'day' }),
      fact('location', 'sank in Krabi', { place: 'krabi' }),
    ];
    expect(scopeFacts(contexts, facts).filter((f) => f.sentence === 1).map((f) => `${f.facet}:${f.scope}`))
      .toEqual(['casualties:event', 'aircraft:event', 'location:event', 'time:background', 'location:background']);
  });

  it('a lead that gives two spans of one kind ("in late January and early February") dates the event by both', () => {
    const story: Timed[] = [
      ['The instructors arrived in Bangui in late January and early February.', [
        { words: 'late January', from: '2018-01-21', to: '2018-01-31', value: { precision: 'part' } },
        { words: 'early February', from: '2018-02-01', to: '2018-02-10', value: { precision: 'part' } }]],
      ['Two Il-76 planes flew the trainers into Bangui in February.', [{ words: 'February', from: '2018-02-01', to: '2018-02-28', value: { precision: 'month' } }]],
      ['The deliveries were approved in December.', [{ words: 'December', from: '2017-12-01', to: '2017-12-31', value: { precision: 'month' } }]],
    ];
    expect([0, 1, 2].map((i) => scopeOf(runTimed(story, '2018-03-22'), i))).toEqual(['event', 'event', 'background (time: December 2017)']);
  });

  it('a sentence with one date inside the event and one outside stays event', () => {
    const out = run([
      ['The jets landed in Riga on Saturday.', [['2021-08-28', '2021-08-28']]],
      ['The jets, bought in 2015, took off again on August 28.', [['2015-01-01', '2015-12-31'], ['2021-08-28', '2021-08-28']]],
    ]);
    expect(scopeOf(out, 1)).toBe('event');
  });

  it('a lead that counts a day from its own ("on Monday ... a day earlier") dates the event on both days', () => {
    const story: Timed[] = [
      ['Divers searched the sea on Monday for the 92 people killed when the plane plunged into it a day earlier.',
        [{ words: 'Monday', from: '2021-08-30' }, { words: 'a day earlier', from: '2021-08-29', rule: 'time/anchored-day' }]],
      ['It crashed two minutes after take-off early on Sunday.', [{ words: 'Sunday', from: '2021-08-29' }]],
      ['A day of mourning was held on Monday.', [{ words: 'Monday', from: '2021-08-30' }]],
      ['The same crew had flown to Syria on Friday.', [{ words: 'Friday', from: '2021-08-27' }]],
    ];
    expect([0, 1, 2, 3].map((i) => scopeOf(runTimed(story), i))).toEqual(['event', 'event', 'event', 'background (time: 2021-08-27)']);
    // Two days of a lead, neither counted from the other, keep the first as the event's.
    const plain = runTimed(story.map(([text, times]): Timed => [text, times.map(({ rule: _, ...t }) => t)]));
    expect(scopeOf(plain, 1)).toBe('background (time: 2021-08-29)');
  });

  it('a flight that set off the day before its event is the same flight; another happening that day is not', () => {
    const out = run([
      ['Evacuees flown out of Wuhan landed at a base in California on Wednesday.', [['2021-08-25', '2021-08-25']]],
      ['The Boeing 747 left Wuhan late on Tuesday local time and stopped in Anchorage.', [['2021-08-24', '2021-08-24']]],
      ['The State Department announced the flight on Tuesday.', [['2021-08-24', '2021-08-24']]],
      ['The plane had left Wuhan on Sunday for a first attempt.', [['2021-08-22', '2021-08-22']]],
      // A seat taken on the flight is its setting off; a seat on a plane is no seat taken.
      ['He was told of the warrant on Tuesday and was put on a plane to the Netherlands the same evening.', [['2021-08-24', '2021-08-24']]],
      ['He was told on Tuesday that a seat on a plane was his.', [['2021-08-24', '2021-08-24']]],
    ]);
    expect([1, 2, 3, 4, 5].map((i) => scopeOf(out, i))).toEqual(['event', 'background (time: 2021-08-24)', 'background (time: 2021-08-22)', 'event', 'background (time: 2021-08-24)']);
  });

  it('a setting off late in the day may be two days before a landing, across the date line; not earlier in the day, nor three days', () => {
    const story = (leaving: string, from: string, value: Record<string, unknown>): Timed[] => [
      ['Qantas completed its first non-stop flight from New York to Sydney on Sunday.', [{ words: 'Sunday', from: '2021-08-29' }]],
      [leaving, [{ words: 'Friday', from, value }]],
    ];
    expect(scopeOf(runTimed(story('The Dreamliner left New York on Friday night.', '2021-08-27', { edge: 'late' })), 1)).toBe('event');
    expect(scopeOf(runTimed(story('The Dreamliner left New York on Friday.', '2021-08-27', {})), 1)).toBe('background (time: 2021-08-27)');
    expect(scopeOf(runTimed(story('The Dreamliner left New York on Thursday night.', '2021-08-26', { edge: 'late' })), 1)).toBe('background (time: 2021-08-26)');
    // A journey completed narrates the lead, as a landing would; a completed work does not.
    const work: Timed[] = [
      ['The studio completed production of the series on Sunday.', [{ words: 'Sunday', from: '2021-08-29' }]],
      ['The Dreamliner left New York on Friday night.', [{ words: 'Friday', from: '2021-08-27', value: { edge: 'late' } }]],
    ];
    expect(scopeOf(runTimed(work), 0)).toBe('background (time: 2021-08-29)');
  });

  it('a journey that set off on the event\'s day lands in the first hours of the next; another arrival, or a later hour, does not', () => {
    const story = (landing: string, value: Record<string, unknown>): Timed[] => [
      ['The plane carrying the ousted president circled over the sea on Friday.', [{ words: 'Friday', from: '2021-08-27' }]],
      ['He left Tunis on Friday afternoon.', [{ words: 'Friday', from: '2021-08-27' }]],
      [landing, [{ words: 'Saturday', from: '2021-08-28', value }]],
    ];
    expect(scopeOf(runTimed(story('It landed in Jeddah early Saturday.', { edge: 'early' })), 2)).toBe('event');
    expect(scopeOf(runTimed(story('It landed in Jeddah on Saturday.', {})), 2)).toBe('background (time: 2021-08-28)');
    expect(scopeOf(runTimed(story('Rescuers reached the site early Saturday.', { edge: 'early' })), 2)).toBe('background (time: 2021-08-28)');
    // No setting off on the event's day: a landing the next day is another moment.
    const crash: Timed[] = [
      ['The jet crashed on Friday.', [{ words: 'Friday', from: '2021-08-27' }]],
      ['Its wreckage was flown in early Saturday.', [{ words: 'Saturday', from: '2021-08-28', value: { edge: 'early' } }]],
    ];
    expect(scopeOf(runTimed(crash), 1)).toBe('background (time: 2021-08-28)');
  });

  it("the day of another event (\"Monday's earthquake\") dates no sentence; \"had earlier\" recalls one", () => {
    const contexts: SentenceContext[] = [
      'The jets landed in Niigata on Tuesday.',
      "The plane was to deliver aid to areas hit by Monday's earthquake.",
      'Riyadh had earlier sent aid to rebel-held areas via Turkey.',
    ].map((text, index) => ({ index, text, publishedAt: '2021-08-31' }));
    const fact = (sentence: number, facet: Fact["facet"], value: unknown): Fact =>
      ({ facet, value, text: 'x', sentence, start: 0, end: 1, rule: `${facet}/test`, scope: 'event' });
    const out = scopeFacts(contexts, [
      fact(0, 'time', { date: { from: '2021-08-31', to: '2021-08-31' } }),
      fact(1, 'time', { date: { from: '2021-08-30', to: '2021-08-30' }, occasion: 'earthquake' }),
      fact(1, 'aircraft', 'plane'),
      fact(2, 'aircraft', 'aid'),
    ]);
    expect(out.find((f) => f.sentence === 1 && f.facet === 'aircraft')!.scope).toBe('event');
    expect(out.find((f) => f.sentence === 2)!.scopeReason).toBe('cue: earlier event');
  });

  it('a vague period around a precise date does not keep the sentence in the event', () => {
    const out = run([
      ['The jets landed in Riga on Saturday.', [['2021-08-28', '2021-08-28']]],
      ['Ties have grown in recent months, since the treaty was signed in May.', [['2021-03-01', '2021-08-30'], ['2021-05-01', '2021-05-31']]],
    ]);
    expect(scopeOf(out, 1)).toBe('background (time: May 2021)');
  });

  describe('loose dates ("in recent months", "this year")', () => {
    // As the time facet gives them: precision `vague`, or a relative period of a month or a year.
    type Loose = [text: string, date: [string, string, precision: string, rule: string] | undefined];
    function runLoose(sentences: Loose[]): Fact[] {
      const contexts: SentenceContext[] = sentences.map(([text], index) => ({ index, text, publishedAt: '2021-08-30' }));
      const facts: Fact[] = [];
      sentences.forEach(([text, date], index) => {
        if (date) {
          const [from, to, precision, rule] = date;
          facts.push({ facet: 'time', value: { date: { from, to }, precision }, text: rule, sentence: index, start: 0, end: 1, rule: `time/${rule}`, scope: 'event' });
        }
        facts.push({ facet: 'aircraft', value: text, text, sentence: index, start: 0, end: text.length, rule: 'aircraft/test', scope: 'event' });
      });
      return scopeFacts(contexts, facts);
    }
    const story: Loose[] = [
      ['Two C-130 aircraft landed in Kabul on Saturday.', ['2021-08-28', '2021-08-28', 'day', 'weekday']],
      ['In recent months, Italy has sent advisers to the region.', ['2021-03-01', '2021-08-30', 'vague', 'vague']],
      ['This year the air force has bought four new tankers.', ['2021-01-01', '2021-08-30', 'year', 'relative-period']],
      ['A third C-130 landed in Kabul in recent days.', ['2021-08-20', '2021-08-30', 'vague', 'vague']],
      ['In August the crews trained in Pisa.', ['2021-08-01', '2021-08-31', 'month', 'month']],
      ['The planes carried 40 tonnes of supplies.', undefined],
    ];
    const out = runLoose(story);

    it.each([
      [1, 'background (time: vague (vague))'],
      [2, 'background (time: vague (relative-period))'],
      [3, 'event'],
      [4, 'event'],
      [5, 'event'],
    ])('sentence %i is %s', (i, expected) => {
      expect(scopeOf(out, i)).toBe(expected);
    });

    it('an interception is a happening of the story: its loose date keeps it', () => {
      const facts = runLoose([
        ['A Chinese J-16 fighter jet intercepted an Australian P-8 last month.', ['2021-07-01', '2021-07-31', 'month', 'relative-period']],
        ['The minister said the July 26 incident had been dangerous.', ['2021-07-26', '2021-07-26', 'day', 'month-day']],
        ['Last month the air force also bought four new tankers.', ['2021-07-01', '2021-07-31', 'month', 'relative-period']],
      ]);
      expect([0, 2].map((i) => scopeOf(facts, i))).toEqual(['event', 'background (time: vague (relative-period))']);
    });

    it('a loose date does not date the event when a precise one does', () => {
      const facts = runLoose([
        ['A C-130 landed in Kabul in recent days.', ['2021-08-20', '2021-08-30', 'vague', 'vague']],
        ['The C-130 landed in Kabul on August 28.', ['2021-08-28', '2021-08-28', 'day', 'month-day']],
        ['The minister flew to Doha on August 22.', ['2021-08-22', '2021-08-22', 'day', 'month-day']],
      ]);
      expect(scopeOf(facts, 0)).toBe('event');
      expect(scopeOf(facts, 2)).toBe('background (time: 2021-08-22)');
    });
  });

  describe('a follow-up in the days after the event', () => {
    // A people fact beside the aircraft one: `lasting` says which facts stay true after the event.
    function runFollowUp(sentences: Dated[]): Fact[] {
      const contexts: SentenceContext[] = sentences.map(([text], index) => ({ index, text, publishedAt: '2024-05-21' }));
      const facts: Fact[] = [];
      sentences.forEach(([text, dates], index) => {
        for (const [from, to] of dates) {
          facts.push({ facet: 'time', value: { date: { from, to } }, text: from, sentence: index, start: 0, end: 1, rule: 'time/test', scope: 'event' });
        }
        facts.push({ facet: 'people', value: { role: 'on board' }, text, sentence: index, start: 0, end: text.length, rule: 'people/test', scope: 'event' });
        facts.push({ facet: 'aircraft', value: text, text, sentence: index, start: 0, end: text.length, rule: 'aircraft/test', scope: 'event' });
      });
      return scopeFacts(contexts, facts, (f) => f.facet === 'people');
    }
    const scopeOfFacet = (facts: Fact[], sentence: number, facet: string) => facts.find((f) => f.sentence === sentence && f.facet === facet)!.scope;
    const story: Dated[] = [
      ['The helicopter came down in fog on Sunday.', [['2024-05-19', '2024-05-19']]],
      ['Rescuers found the wreckage on Monday; the eight people aboard had died.', [['2024-05-20', '2024-05-20']]],
      ['The funeral of the eight people aboard was held on Friday.', [['2024-05-24', '2024-05-24']]],
      ['In March, a helicopter with eight people aboard was seen there.', [['2024-03-01', '2024-03-31']]],
      ['A day earlier, on Saturday, the pilots had flown eight people aboard to the dam.', [['2024-05-18', '2024-05-18']]],
    ];
    const out = runFollowUp(story);

    it('a lasting fact of a sentence dated the next day stays the event\'s', () => {
      expect(scopeOfFacet(out, 1, 'people')).toBe('event');
    });

    it('the rest of that sentence is background, its own date among it', () => {
      expect(scopeOf(out, 1)).toBe('background (time: 2024-05-20)');
      expect(scopeOfFacet(out, 1, 'time')).toBe('background');
    });

    it.each([
      [2, 'more than three days later'],
      [3, 'months before'],
      [4, 'the day before'],
    ])('sentence %i, dated %s, keeps no fact in the event', (i) => {
      expect(scopeOfFacet(out, i, 'people')).toBe('background');
    });

    it('without the facet\'s say, nothing of a later day is the event\'s', () => {
      const contexts: SentenceContext[] = story.map(([text], index) => ({ index, text }));
      const facts = out.map((f) => ({ ...f, scope: 'event' as const }));
      expect(scopeFacts(contexts, facts).find((f) => f.sentence === 1 && f.facet === 'people')!.scope).toBe('background');
    });
  });

  it('without dates, only cues decide', () => {
    const out = run([['The drone crashed near the border.', []], ['Last year a similar drone was found there.', []]]);
    expect(scopeOf(out, 0)).toBe('event');
    expect(scopeOf(out, 1)).toBe('background (cue: last year)');
  });

  it('never mutates its input', () => {
    const input: Fact[] = [{ facet: 'aircraft', value: 'x', text: 'x', sentence: 0, start: 0, end: 1, rule: 'aircraft/test', scope: 'event' }];
    const copy = structuredClone(input);
    scopeFacts([{ index: 0, text: 'Previously, x.' }], input);
    expect(input).toEqual(copy);
  });
});

import { describe, expect, it } from 'vitest';
import { eventDays, filedOn, time, type TimeValue } from '../../src/facets/time.js';
import { judgeByRelation } from '../../src/facets/facet.js';
import { compare } from '../../src/compare.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const PUB = '2020-06-08'; // a Monday
const extract = (text: string, publishedAt: string | null = PUB) =>
  time.extract({ index: 0, text, ...(publishedAt ? { publishedAt } : {}) }).map((f) => time.describe(f.value));
const one = (text: string, publishedAt?: string): TimeValue =>
  time.extract({ index: 0, text, ...(publishedAt ? { publishedAt } : {}) })[0]!.value;

/** The times of a sentence as written, each followed by "(flag)" when it carries that flag. */
const flaggedTimes = (text: string, flag: 'statement' | 'planned' | 'converted' | 'since' | 'bound') =>
  time.extract({ index: 0, text }).map((f) => `${text.slice(f.start, f.end)}${f.value[flag] ? ` (${flag})` : ''}`);

/** The time row of a comparison of two texts. */
const timeRow = (a: string, b: string) =>
  compare({ id: 'a', text: a }, { id: 'b', text: b }).facets.find((f) => f.facet === 'time');

function facts(publishedAt: string | undefined, ...sentences: string[]): Fact<TimeValue>[] {
  return factsOf(time, sentences, publishedAt ? { publishedAt } : {});
}

describe('time.extract', () => {
  it.each([
    // A seat booked on a flight yet to leave is a plan.
    ['He was booked on a flight to Havana on Monday.', ['2020-06-08 (Monday) (planned)']],
    ['The hotel was booked on Monday.', ['2020-06-08 (Monday)']],
    // A day told of a landing or a setting off is marked so: a long flight lands a day after it set off.
    ['The Il-76 landed in Havana on Sunday.', ['2020-06-07 (Sunday) (landing)']],
    ['The Il-76 landed in Havana on June 7.', ['2020-06-07 (Sunday) (landing)']],
    ['The Il-76 left Moscow on Sunday.', ['2020-06-07 (Sunday) (setting off)']],
    ['The Il-76 crashed in Havana on Sunday.', ['2020-06-07 (Sunday)']],
    ['It took off at 11:15 a.m. local time.', ['11:15 local (setting off)']],
    ['It took off around 9 p.m. Moscow time.', ['20:30-21:30 Moscow (setting off)']],
    ['It crashed around 9 p.m. Moscow time.', ['20:30-21:30 Moscow']],
    // Where a setting off and a landing both go before a time, the nearer verb tells.
    ['It took off from Havana in the morning and arrived at Andrews at 11:50 a.m.', ['11:50 (landing)']],
    ['It landed in Havana and took off again at 3 p.m.', ['14:45-15:15 (setting off)']],
    // Office left is no place set off from.
    ['Mr Carter, who left office on Sunday, was flying to Germany.', ['2020-06-07 (Sunday)']],
    ['Elections were held in 2018, and the 2018 elections were disputed.', ['2018-01-01..2018-12-31', '2018-01-01..2018-12-31']],
    ['Minsk sent two jets in December.', ['2019-12-01..2019-12-31 (December)']],
    // A weekday with its date right after it is that date; one that falls on another weekday leaves both.
    ['The 707 took off before dawn on Monday, June 1, carrying him.', ['2020-06-01 (Monday) (early in the day) (setting off)']],
    ['The 707 took off on Monday, June 2, carrying him.', ['2020-06-08 (Monday) (setting off)', '2020-06-02 (Tuesday)']],
    // A clock's colon or its "p.m." stays inside the clause of a setting off.
    ['She left Harbour Grace at 7:12 Friday evening in the single-engined Vega.', ['07:12 (setting off)', '2020-06-05 (Friday) (late in the day) (setting off)']],
    ['She left Harbour Grace at 7 p.m. on Friday.', ['18:45-19:15 (setting off)', '2020-06-05 (Friday) (setting off)']],
    // So does an aside that places where it set off; not one of its own.
    ['The plane had left the Royal Air Force base at Waddington, in central England, on Thursday.', ['2020-06-04 (Thursday) (setting off)']],
    ['The plane left Rome, which was cold, on Thursday.', ['2020-06-04 (Thursday)']],
    // A clock of twelve hours in the evening is an evening's; not one of twenty-four hours, nor the morning's.
    ["Post landed at Floyd Bennett Field tonight at 11:59 o'clock.", ['2020-06-08 (tonight) (late in the day) (landing)', '23:59 (landing)']],
    ['The quake struck this evening (02:41 GMT).', ['2020-06-08 (this evening)', '02:41 GMT']],
    ['The plane landed at 11:30 in the morning and left tonight.', ['11:30 (landing)', '2020-06-08 (tonight) (late in the day) (setting off)']],
    // A disclosure right after a time is what the time dates.
    ['But on Thursday it emerged that the general had flown first to Baden-Baden.', ['2020-06-04 (Thursday) (when said)']],
    ['On Thursday the general flew first to Baden-Baden.', ['2020-06-04 (Thursday)']],
    // A report "here", and word received in writing, date the news; a call received in flight does not.
    ['Two brothers flew a machine yesterday, it was reported here today.', ['2020-06-07 (yesterday)', '2020-06-08 (today) (when said)']],
    ['The bishop received a telegram from his sons today confirming their flights on Thursday.', ['2020-06-08 (today) (when said)', '2020-06-04 (Thursday)']],
    ['The tower received a distress call from the pilot at 3:15 p.m.', ['15:15']],
    ['The plane landed here today.', ['2020-06-08 (today) (landing)']],
    // "the day before" with no happening after it counts from the sentence's day; "had taken off" sets off.
    ['He landed in Dublin on Monday after leaving Brooklyn the day before in what he said was an attempt.', ['2020-06-08 (Monday) (landing)', '2020-06-07 (the day before) (setting off)']],
    ['He had taken off from Floyd Bennett Field on Sunday.', ['2020-06-07 (Sunday) (setting off)']],
    // A round hour of the old wires, which may be either half of the day's.
    ["The plane touched down at 4 o'clock.", ['03:45-04:15 (landing)']],
    // An oath of office dates the swearing-in, not the flight the sentence tells.
    ['Nixon was over Missouri aboard Air Force One when Ford was sworn in as President at noon.', ['12:00 (of the swearing-in)']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  // PUB is a Monday: a bare weekday is the last one on or before it, unless a plan ahead comes before it.
  it.each([
    'A Lion Air jet crashed into the sea on Monday, 13 minutes after taking off from Jakarta.',
    'The plane crashed on Monday, minutes after take-off.',
    'It crashed in eastern Georgia on Monday, minutes after it crossed into Georgian airspace.',
  ])('a crash timed from its take-off or a step of its flight is the event, no follow-up: %s', (text) => {
    expect(one(text, PUB).occasion).toBeUndefined();
  });

  it.each([
    ['The visit would last until Thursday, the Kremlin said.', '2020-06-11'],
    ['The talks will resume on Friday.', '2020-06-12'],
    ['The trial is due to start on Wednesday.', '2020-06-10'],
    ['Talks resume Monday.', '2020-06-08'],
    // An aside that describes a place stands between the plan and its day; a clause of its own does not.
    ['He will fly to Juba, the capital of South Sudan, on Friday.', '2020-06-12'],
    // A plan ahead reaches its weekday over a long name.
    ['He will meet President Ukhnaagiin Khurelsukh on Saturday.', '2020-06-13'],
    // "is expected to" looks ahead over its whole clause.
    ['Trump is expected to announce investment deals worth hundreds of billions of dollars before flying on to Qatar on Wednesday.', '2020-06-10'],
    ['Trump is expected to announce deals, and he flew to Qatar on Wednesday.', '2020-06-03'],
    // A day that opens the sentence, then its plan.
    ["On Saturday he is due to meet Iraq's top Shi'ite cleric.", '2020-06-13'],
    ['On Monday, the pope will fly to Erbil.', '2020-06-08'],
    ['On Saturday he met the cleric.', '2020-06-06'],
    ['The plane will be inspected, and it landed on Thursday.', '2020-06-04'],
    // Be and "to" before a verb of the journey: a plan, ahead when it is told in the present.
    ['The pope is to fly to Manila on Thursday.', '2020-06-11'],
    ['The plane was to land in Moscow on Thursday but turned back.', '2020-06-04'],
    // A plan of the past, or no plan, looks back.
    ['The plane had been due to land on Thursday.', '2020-06-04'],
    ['The plane landed on Thursday.', '2020-06-04'],
    ['The plane will be inspected, officials said, after it landed on Thursday.', '2020-06-04'],
    // What the journey went to lies ahead of it: its weekday is the nearer one, the next or the last.
    ['The plane was bound for Nashville on the way to a game Thursday against Middle Tennessee State.', '2020-06-11'],
    ['The plane crashed on its way to a game on Saturday.', '2020-06-06'],
    ['The plane crashed on Thursday on its way home.', '2020-06-04'],
  ])('%s: %s', (text, day) => {
    expect(one(text, PUB).date?.from).toBe(day);
  });

  it("a day hours after a court's decision, or after those aboard took off, is the story's own, no follow-up", () => {
    expect(one('Elian Gonzalez flew home to Cuba with his father on Wednesday, hours after the Supreme Court refused to hear an appeal.', PUB).occasion).toBeUndefined();
    expect(one('She landed in a pasture this afternoon, about 15 hours after she took off from Harbour Grace.', PUB).occasion).toBeUndefined();
    expect(one('Relatives flew to Jakarta on Tuesday, hours after the crash.', PUB).occasion).toBe('follow-up');
    expect(one('Griner landed in San Antonio on Friday, hours after she was swapped for Bout.', PUB).occasion).toBe('follow-up');
  });

  it('a plan goes on to the next time it leads to: "on Monday before formal negotiations on Tuesday"', () => {
    const times = (text: string) => time.extract({ index: 0, text, publishedAt: '2023-03-20' }).map((f) => `${f.value.date?.from}${f.value.planned ? ' planned' : ''}`);
    expect(times('Xi and Putin will hold informal talks over dinner on Monday before formal negotiations on Tuesday.'))
      .toEqual(['2023-03-20 planned', '2023-03-21 planned']);
    expect(times('He will meet the foreign minister on Monday and the top diplomat Wang Yi on Tuesday.'))
      .toEqual(['2023-03-20 planned', '2023-03-21 planned']);
    // What happened, one moment before the next: no plan, and the weekdays look back.
    expect(times('The plane landed on Monday before the crew left on Tuesday.')).toEqual(['2023-03-20', '2023-03-14']);
    expect(times('The plane landed on Monday and the crew left on Tuesday.')).toEqual(['2023-03-20', '2023-03-14']);
    // A bare verb of the journey after "and" is the plan's next step, past a long aside.
    expect(times('They were to leave Damascus tonight on a U.S. Air Force plane for Frankfurt, West Germany, and fly on to Washington on Tuesday.'))
      .toEqual(['2023-03-20 planned', '2023-03-21 planned']);
    // A journey's verb after "and" in the past, and a plan's "to" before a verb of no journey, lead nowhere.
    expect(times('They were to leave Damascus tonight, but stayed, and flew on to Washington on Tuesday.')).toEqual(['2023-03-20 planned', '2023-03-14']);
    expect(times('The crew were forced to turn back on Monday and land in Rome on Tuesday.')).toEqual(['2023-03-20', '2023-03-14']);
  });

  it('"overnight" and "last night" are the night before the report, which may be told as its early hours', () => {
    expect(one('Indian strikes hit Pakistan overnight.', PUB)).toMatchObject({ date: { from: '2020-06-07' }, edge: 'late' });
    expect(one('Strikes hit the town yesterday.', PUB).edge).toBeUndefined();
    // "last evening" is the day before, at no late edge: an evening ends before midnight.
    expect(one('The Macon fell into the sea last evening.', PUB)).toMatchObject({ date: { from: '2020-06-07' }, relative: 'last evening' });
    expect(one('The Macon fell into the sea last evening.', PUB).edge).toBeUndefined();
    // "an overnight flight" says how long the flight took, not when it landed.
    expect(time.extract({ index: 0, text: 'The plane landed in Ulaanbaatar after an overnight flight of nearly 10 hours from Rome.', publishedAt: PUB })).toEqual([]);
    // Work of some night before the flight.
    expect(time.extract({ index: 0, text: 'Screws of the tail had been removed during overnight maintenance.', publishedAt: PUB })).toEqual([]);
    const row = compare(
      { id: 'a', text: 'Pakistan said its air force shot down five Indian jets during Indian strikes overnight.', publishedAt: PUB },
      { id: 'b', text: 'India struck nine sites in Pakistan early on Monday.', publishedAt: PUB },
    ).facets.find((f) => f.facet === 'time');
    expect(row?.verdict).not.toBe('conflict');
  });

  it("a tenure's start describes a person and dates no sentence", () => {
    const of = (text: string) => time.extract({ index: 0, text }).map((f) => f.value.occasion);
    expect(of("Among the dead was Juvenal Habyarimana, Rwanda's president since 1973.")).toEqual(['tenure']);
    expect(of('The general, who had been in power since 2019, was aboard.')).toEqual(['tenure']);
    // A period's start of no one's office stays one.
    expect(of('She was the first passenger killed on a U.S. airline since 2009.')).toEqual([undefined]);
  });

  it('leaves a weekday unresolved without a publication date', () => {
    expect(extract('It landed on Sunday.', null)).toEqual(['Sunday (unresolved) (landing)']);
    expect(one('It landed on Sunday.').resolved).toBe(false);
  });

  it.each(['An An-124 and two Il-76MD landed.', 'Rosneft holds 49.9 percent.', 'Flight 2210 carried 1,500 tonnes.',
    // A decade is no year: not "late 1990".
    'Ever since the late 1990s, the base has been used.', "In the late 1990's it closed."])(
    'no time in "%s"', (text) => {
      expect(extract(text)).toEqual([]);
    },
  );

  it('takes the number of a type for no year: "Mirage 2000", "Beechcraft 1900"', () => {
    const years = (text: string) => time.extract({ index: 0, text }).map((f) => text.slice(f.start, f.end));
    expect(years('A Mirage 2000 and a Su-30 collided on Saturday.')).toEqual(['Saturday']);
    expect(years('A Beechcraft 1900 crashed in 2019.')).toEqual(['2019']);
    expect(years('The Mirage entered service in 2000.')).toEqual(['2000']);
  });
});

describe('time.relate', () => {
  it.each([
    ['on Sunday', PUB, 'on June 7', PUB, 'equal'],
    ['on Sunday', PUB, 'on June 6', PUB, 'conflict'],
    ['on June 7', PUB, 'in June', PUB, 'narrower'],
    ['in 2020', PUB, 'on June 7', PUB, 'broader'],
    ['in recent months', PUB, 'on June 7', PUB, 'broader'],
    // A day the calendar could not place is implied by a placed day that states the same.
    ['on Sunday', undefined, 'on June 7, 2020', undefined, 'broader'],
    ['on June 24', undefined, 'on June 24, 2005', undefined, 'broader'],
    ['on June 24, 2005', undefined, 'on June 24', undefined, 'narrower'],
    ['on June 24', undefined, 'on Friday', undefined, 'compatible'],
    ['on Sunday', undefined, 'on June 8, 2020', undefined, 'conflict'],
    ['on Sunday', undefined, 'on Monday', undefined, 'conflict'],
    ['on June 7', undefined, 'on June 8', undefined, 'conflict'],
    ['around 11 a.m.', undefined, 'at 11:15', undefined, 'broader'],
    ['at 11:15 GMT', undefined, 'at 14:15 Moscow time', undefined, 'equal'],
    ['at 11:15 GMT', undefined, 'at 11:15 Moscow time', undefined, 'conflict'],
    ['at 23:30 UTC', undefined, 'at 2:30 MSK', undefined, 'equal'],
    ['at 7:03 a.m. Central European Time', undefined, 'at 06:03 GMT', undefined, 'equal'],
    ['at 5:47 p.m. Japan time', undefined, 'at 08:47 GMT', undefined, 'equal'],
    ['at 5:47 p.m. Japan time', undefined, 'at 17:47 GMT', undefined, 'conflict'],
    ['at 11:15 local time', undefined, 'at 14:15 GMT', undefined, 'compatible'],
    // A clock of twelve hours told bare may be the evening's; one placed in its half of the day may not.
    ['landed at 8:40', undefined, 'landed at 8:40 p.m.', undefined, 'compatible'],
    ["landed at 4 o'clock", undefined, 'landed at 4 p.m.', undefined, 'compatible'],
    ['landed at 8:40 a.m.', undefined, 'landed at 8:40 p.m.', undefined, 'conflict'],
    ['landed at 08:40', undefined, 'landed at 8:40 p.m.', undefined, 'conflict'],
    ['landed at 8:40', undefined, 'landed at 9:40 p.m.', undefined, 'conflict'],
    ['on Sunday', PUB, 'at 11:15', undefined, 'unrelated'],
    // A year that is part of a name compares only with years of the same name.
    ['the 2007 ceremony', undefined, 'to host the 2014 Oscars', undefined, 'unrelated'],
    ['in her 1999 movie', undefined, 'back in 2005', undefined, 'unrelated'],
    ['the 2009 Oscars', undefined, 'the 2014 Oscars', undefined, 'conflict'],
    ['the 2007 World Series', undefined, 'the 2008 World Series', undefined, 'conflict'],
    ['in 2001 and later', undefined, 'in 2005 after the vote', undefined, 'conflict'],
    ['In 2005 Smith won', undefined, 'In 2006 Smith won', undefined, 'conflict'],
    // Either side of midnight: the end of one day and the start of the next can be one moment.
    ['Friday night', undefined, 'early Saturday', undefined, 'compatible'],
    ["Friday night's fire", undefined, 'in the early hours of Saturday', undefined, 'compatible'],
    ['late on March 31', undefined, 'early on April 1', undefined, 'compatible'],
    ['late Saturday', PUB, 'early Sunday', PUB, 'compatible'],
    ['on Friday', undefined, 'early Saturday', undefined, 'conflict'],
    ['late Friday', undefined, 'on Saturday', undefined, 'conflict'],
    ['late Saturday', undefined, 'early Friday', undefined, 'conflict'],
    ['late on March 22', undefined, 'early on March 24', undefined, 'conflict'],
    // A night runs into the next day's first hours, which a day told whole holds.
    ['struck overnight', PUB, 'the strikes on Monday', PUB, 'compatible'],
    ['struck overnight', PUB, 'the strikes on Saturday', PUB, 'conflict'],
    // A journey set off late one day lands, or visits, the next: two moments that deny nothing.
    ['slipped out of his Texas ranch on Wednesday night', PUB, 'visited Baghdad on Thursday', PUB, 'unrelated'],
    ['visited Baghdad on Thursday', PUB, 'left Niamey late on Wednesday', PUB, 'unrelated'],
    ['slipped out of his Texas ranch on Wednesday', PUB, 'visited Baghdad on Thursday', PUB, 'conflict'],
    ['slipped out of his Texas ranch on Wednesday night', PUB, 'visited Baghdad on Friday', PUB, 'conflict'],
    ['crashed on Wednesday night', PUB, 'the crash on Thursday', PUB, 'conflict'],
    // At any hour, a setting off and the next day's landing: a long flight's two ends.
    ['flew into exile on Saturday', PUB, 'arrived in Bangui on Sunday', PUB, 'unrelated'],
    ['landed in Bangui on Sunday', PUB, 'took off from Port-au-Prince on Saturday', PUB, 'unrelated'],
    ['flew into exile on Saturday', PUB, 'crashed in Bangui on Sunday', PUB, 'conflict'],
    ['flew into exile on Saturday', PUB, 'arrived in Bangui on Monday', PUB, 'conflict'],
    ['flew into exile on Sunday', PUB, 'arrived in Bangui on Saturday', PUB, 'conflict'],
    // A take-off's hour and a landing's, no day placing both, are two moments; two take-offs' hours clash.
    ['took off from Rio at about 9 p.m.', undefined, 'landed at Northolt shortly before 9 a.m.', undefined, 'unrelated'],
    ['took off from Rio at about 9 p.m.', undefined, 'took off from Rio shortly before 9 a.m.', undefined, 'conflict'],
  ])('%s vs %s', (x, px, y, py, expected) => {
    expect(time.relate(one(x, px), one(y, py))).toBe(expected);
  });
});

describe('time: set verdicts', () => {
  it.each([
    [['It landed on Sunday.'], ['It landed on June 7.'], 'agree'],
    [['It landed on Sunday.'], ['It landed on June 6.'], 'conflict'],
    [['It landed in June.'], ['It landed on June 7.'], 'partial'],
    // Two moments of one story: the day both give agrees, the arrest on Sunday is b's alone.
    [['The shooting was on Friday.'], ['The shooting was on Friday.', 'Police arrested him on Sunday.'], 'partial'],
    [['The shooting was on Friday.', 'He died on Saturday.'], ['He died on Saturday.', 'The shooting happened on Friday.'], 'agree'],
    // "recently" fits any day, so it confirms none: Friday against Saturday still clashes.
    [['It happened on Friday.'], ['It happened recently.', 'It happened on Saturday.'], 'conflict'],
    // A day with its clock time in a known zone is an instant: two calendars may give it two days.
    [['It landed at 01:15 Moscow time on Saturday.'], ['It landed at 22:15 GMT on Friday.'], 'agree'],
    [['It landed on Saturday at 01:15 Moscow time.'], ['It landed on Friday at 22:15 GMT.'], 'agree'],
    [['It landed at 01:15 Moscow time on Saturday.'], ['It landed at 20:15 GMT on Friday.'], 'conflict'],
    [['It landed at 01:15 GMT on Saturday.'], ['It landed at 01:15 GMT on Friday.'], 'conflict'],
    // A clock in no known zone makes no instant: the days still clash.
    [['It landed at 01:15 local time on Saturday.'], ['It landed at 22:15 local time on Friday.'], 'conflict'],
    // "just after midnight on Saturday" is the start of the day after "late on Friday".
    [['It landed late on Friday.'], ['It landed just after midnight on Saturday.'], 'partial'],
    [['It landed early on Friday.'], ['It landed just after midnight on Saturday.'], 'conflict'],
  ])('%j vs %j is %s', (a, b, expected) => {
    expect(judgeByRelation(time, facts(PUB, ...a), facts(PUB, ...b)).verdict).toBe(expected);
  });

  it('agrees through compare(): a weekday and the date it falls on', () => {
    const report = compare(
      { id: 'x', text: 'Two Il-76 planes landed in Havana on Sunday, officials said.', publishedAt: PUB },
      { id: 'y', text: 'On June 7, two Russian Il-76 planes arrived in Havana.', publishedAt: PUB },
    );
    expect(report.facets.find((f) => f.facet === 'time')?.verdict).toBe('agree');
  });

  it('conflicts through compare(): a date one day off', () => {
    const report = compare(
      { id: 'x', text: 'Two Il-76 planes landed in Havana on Sunday, officials said.', publishedAt: PUB },
      { id: 'y', text: 'On June 6, two Russian Il-76 planes arrived in Havana.', publishedAt: PUB },
    );
    expect(report.facets.find((f) => f.facet === 'time')?.verdict).toBe('conflict');
  });
});

describe('time: a happening of several days', () => {
  it.each([
    ['Planes flew prisoners on Friday in the first phase of a three-day exchange.', 3],
    ['The ICRC said it had completed the transfer of 887 detainees over three days.', undefined],
    ['Putin arrived on Wednesday for a 2-day visit.', 2],
    ['He was shot on Friday, three days after the vote.', undefined],
    // Hours past a day touch as many days as they may span.
    ['Israel completed a 36-hour airlift of 14,400 Ethiopian Jews on Saturday.', 3],
    ['The plane landed on Saturday after a 12-hour flight.', undefined],
  ])('%s lasts %s days', (text, days) => {
    expect(time.extract({ index: 0, text, publishedAt: PUB })[0]?.value.lasts).toBe(days);
  });

  const row = (a: string, b: string) => compare({ id: 'a', text: a, publishedAt: PUB }, { id: 'b', text: b, publishedAt: PUB })
    .facets.find((f) => f.facet === 'time');
  it('two days within the span either side gives do not clash, and the row says why', () => {
    const r = row('Four planes flew prisoners on June 5 in the first phase of a three-day exchange.', 'Prisoners were flown to Abha on June 6.');
    expect(r?.verdict).toBe('partial');
    expect(r?.explanation).toContain('fall within the 3 days');
  });
  it.each([
    ['Four planes flew prisoners on June 1 in the first phase of a three-day exchange.', 'Prisoners were flown to Abha on June 6.'],
    ['Four planes flew prisoners on June 5 in the first phase of the exchange.', 'Prisoners were flown to Abha on June 6.'],
  ])('days outside the span, or without one, still clash: %s / %s', (a, b) => {
    expect(row(a, b)?.verdict).toBe('conflict');
  });
});

describe("time in a comparison: the event's day against the other moments of the story", () => {
  it('two articles that put the event on one day do not conflict over other moments they date', () => {
    const row = timeRow(
      'A gunman opened fire at an office party on Friday, killing one man. Colleagues held a vigil on Sunday.',
      'A former employee shot a man dead at a Christmas party on Friday. The suspect appeared in court on Monday.',
    );
    expect(row?.verdict).toBe('partial');
    expect(row?.explanation).toContain('"Sunday"');
  });

  it('the page stamp scraped above an article dates the page, not the event', () => {
    const stamped = (day: string) => compare(
      { id: 'a', sentences: ['TNN Nov 12, 2011, 05. 51AM IST MUMBAI:', 'An Indian navy ship foiled a pirate attack on merchant vessels in the Gulf of Aden on 10 Nov.'] },
      { id: 'b', sentences: [`The Indian navy thwarted a piracy attack on ships in the Gulf of Aden on November ${day}.`] },
    );
    const same = stamped('10');
    expect(same.articles[0].sentences[0]!.status).toBe('off-topic');
    expect(same.facets.find((f) => f.facet === 'time')?.verdict).toBe('agree');
    // The conflict, when there is one, is between the event days, not with the stamp.
    const other = stamped('8').facets.find((f) => f.facet === 'time');
    expect(other?.verdict).toBe('conflict');
    expect(other?.explanation).toBe('"10 Nov." cannot be true with "November 8"');
  });

  it('two articles that put the event on different days conflict', () => {
    const row = timeRow(
      'A gunman opened fire at an office party on Friday, killing one man.',
      'A former employee shot a man dead at a Christmas party on Saturday.',
    );
    expect(row?.verdict).toBe('conflict');
  });

  it('a later moment both report, on different days, conflicts', () => {
    const row = timeRow(
      'A gunman opened fire at an office party on Friday. The suspect, a former employee, was charged with murder on Monday.',
      'A former employee shot a man dead at a Christmas party on Friday. The suspect, a former employee, was charged with murder on Tuesday.',
    );
    expect(row?.verdict).toBe('conflict');
    expect(row?.explanation).toBe('"Monday" cannot be true with "Tuesday"');
  });

  it('years named in passing date no event: two of them in unaligned sentences do not conflict', () => {
    const row = timeRow(
      'The actress checked into a rehab centre, her publicist said. She shot to fame in the 1999 film American Pie.',
      'The actress has entered rehab, her representative confirmed. Her last notable role was a guest arc back in 2005.',
    );
    expect(row?.verdict).toBe('partial');
  });

  it('a year does conflict where two sentences that report the same thing give different ones', () => {
    const row = timeRow(
      'The factory in Dayton closed its doors in 2019 after eighty years of production.',
      'The Dayton factory closed its doors in 2018 after eighty years of production.',
    );
    expect(row?.verdict).toBe('conflict');
  });

  it('two years alone in loosely alike sentences are two moments of a life', () => {
    const row = timeRow(
      'The Browns hired him in 1990. He was a scout and assistant coach before moving into management as director of player personnel in 1999.',
      'The Browns hired him in 1990. He was promoted to senior vice president and assistant general manager in 2003.',
    );
    expect(row?.verdict).toBe('agree');
  });

  it('years in names of other things ("her 1999 movie", "the 2007 ceremony") do not clash with the story\'s years', () => {
    const row = timeRow(
      'Ellen DeGeneres, who hosted the 2007 ceremony, will host the Oscars again, the Academy said.',
      'Ellen DeGeneres, who shot to fame in her 1997 sitcom, will host the Oscars again, the Academy said.',
    );
    expect(row?.verdict).not.toBe('conflict');
  });

  it('a fire one side puts on Friday night and the other early on Saturday is one fire', () => {
    const row = timeRow(
      'Fire destroyed the Wasilla Bible Church on Friday night, investigators said.',
      'The Wasilla Bible Church was destroyed by a fire early Saturday.',
    );
    expect(row?.verdict).not.toBe('conflict');
    expect(row?.a.map((f) => time.describe(f.value as TimeValue))).toEqual(['Friday (unresolved) (late in the day)']);
  });

  it('the facet alone, with no comparison to place its facts, counts every clash', () => {
    const a = facts(undefined, 'It happened on Friday.', 'They met on Sunday.');
    const b = facts(undefined, 'It happened on Friday.', 'They met on Monday.');
    expect(time.compare!(a, b).verdict).toBe('conflict');
    expect(time.compare!(a, b, { aligned: () => false }).verdict).toBe('partial');
    expect(time.compare!(a, b, { aligned: (i, j) => i === 1 && j === 1 }).verdict).toBe('conflict');
  });
});

describe('statement times', () => {
  const flagged = (text: string) => flaggedTimes(text, 'statement');

  it.each([
    ['The team hired him, officials said Friday.', ['Friday (statement)']],
    ['The minister told reporters on Monday that talks would go on.', ['Monday (statement)']],
    ['The company said in a statement late Friday that it regretted the loss.', ['Friday (statement)']],
    // Told to a named outlet or person.
    ["The star's rep confirmed to People and Us Weekly on Friday.", ['Friday (statement)']],
    ['The minister told CNN on Sunday that the planes would stay.', ['Sunday (statement)']],
    ['"It\'s official: I\'m hosting the Oscars!" DeGeneres tweeted Friday.', ['Friday (statement)']],
    ['The minister said on Twitter on Monday that the planes would stay.', ['Monday (statement)']],
    ['The author wrote in a letter on Saturday that she would stay.', ['Saturday (statement)']],
    ['The minister said in Washington on Monday that talks would go on.', ['Monday (statement)']],
    ['Posted in Pedestrian Accidents on Wednesday, September 18, 2013.', ['Wednesday (statement)', 'September 18, 2013 (statement)']],
    ['Police said on Friday, May 3, that the driver fled.', ['Friday (statement)', 'May 3 (statement)']],
    ['A studio representative told MTV News on Thursday evening (December 11).', ['Thursday (statement)', 'December 11 (statement)']],
    ['Officials said Smith was arrested on Friday.', ['Friday']],
    ['The agency said Boeing jets landed on Friday.', ['Friday']],
    // "States" of a country's name is no verb of saying.
    ['The shipment arrived in the United States on May 22.', ['May 22']],
    ['Posted on June 13, 2013', ['June 13, 2013 (statement)']],
    // A dateline's date is the day the report was filed.
    ['BELGOROD, January 24 (RIA Novosti) - An Il-76 crashed on Wednesday.', ['January 24 (statement)', 'Wednesday']],
    ['MOSCOW, December 10. /TASS/. Two bombers landed.', ['December 10 (statement)']],
    ['BELGOROD, Russia, Jan 24 (Reuters) - An Il-76 crashed on Wednesday.', ['Jan 24 (statement)', 'Wednesday']],
    ['Caracas, Venezuela, March 24 (AP) — Two planes landed.', ['March 24 (statement)']],
    ['Paris, Texas, and Paris, France, March 24 were both sunny.', ['March 24']],
    ['On January 24, an Il-76 crashed near Belgorod.', ['January 24']],
    // A dateline in capitalised words, told by the dash, colon or bracket after its date.
    ['Mumbai, Nov 11 -', ['Nov 11 (statement)']],
    ['New Delhi, Nov 11: The navy foiled an attack on Thursday.', ['Nov 11 (statement)', 'Thursday']],
    ['Moreover, Nov 11 was the day the navy struck.', ['Nov 11']],
    // The stamp of a live report's entry is when it was posted.
    ['0415 GMT: The death toll has risen to 18, officials said.', ['0415 GMT (statement)']],
    ['Friday, 2200 GMT: The flight from Dubai skidded off the runway at 7:41 p.m. local time.', ['Friday (statement)', '2200 GMT (statement)', '7:41 p.m. local time']],
    ['At 0415 GMT the plane landed.', ['0415 GMT']],
    ['In Mumbai, Nov 11 passed quietly.', ['Nov 11']],
    // A date inside a web address dates the page, spaced out by a tokeniser or not.
    ['http: / / www. example. com / world / 2013 / 05 / 02 / lohan - rehab / Lohan enters rehab in 2013', ['2013 (statement)', '2013']],
    ['Source: www.example.com/news/2008-12-23/offer', ['2008-12-23 (statement)']],
    // A time before a statement's verb dates the statement.
    ['China on Sunday expressed strong dissatisfaction.', ['Sunday (statement)']],
    // So does one after it, before the clause it states; not after the verb in the passive.
    ['Cuba demanded on Thursday that the United States return the MiG-23.', ['Thursday (statement)']],
    ['The airline was criticised on Monday that it had waited.', ['Monday']],
    ['The plane landed on Thursday that the jets escorted.', ['Thursday']],
    // An apology, before or after its time.
    ['Soviet officials apologised on Wednesday for the MiG-23 that crashed into a farmhouse.', ['Wednesday (statement)']],
    ['Moscow on Wednesday apologized for the crash.', ['Wednesday (statement)']],
    ['The U.S. military on Monday named the three Marines killed in the crash.', ['Monday (statement)']],
    ['Ukrainian authorities on Thursday revised the death toll from the crash to 14.', ['Thursday (statement)']],
    // An appeal dates itself, not what it is about.
    ['The U.S. military on Monday asked the public for help finding an F-35 fighter jet that went missing.', ['Monday (statement)']],
    ["Ukraine's intelligence service on Thursday released video of a Russian pilot who defected with his helicopter.", ['Thursday (statement)']],
    ["India on Thursday did not confirm Pakistan's claim that it had shot down five Indian warplanes.", ['Thursday (statement)']],
    ['Indonesian officials on Tuesday retracted reports that the wreckage of an Adam Air jet had been found.', ['Tuesday (statement)']],
    ['Pakistani officials on Tuesday showed reporters the tail of a U.S. helicopter that crashed during the raid.', ['Tuesday (statement)']],
    ['Iran on Saturday displayed the charred remains of the eight Americans killed in the mission.', ['Saturday (statement)']],
    ['The jet on Monday displayed a fault and crashed.', ['Monday']],
    // An account disputed dates the dispute, before or after its time; not a verb of dispute in the passive.
    ["Journalists who flew home with Aquino disputed on Monday the government's account that a lone gunman killed him.", ['Monday (statement)']],
    ['The military on Monday rejected the account.', ['Monday (statement)']],
    ['The plane was denied on Monday permission to land.', ['Monday']],
    // An appointment "as" something is a happening of its own.
    ['The academy on Friday named Hugh Jackman as the host of the show.', ['Friday']],
    ['Police on Saturday said the plane crashed on Friday.', ['Saturday (statement)', 'Friday']],
    ['The plane on Sunday crashed near Yablonovo.', ['Sunday']],
    ['CARACAS – On March 23, two planes landed.', ['March 23']],
    ['Police said the fire broke out on Friday.', ['Friday']],
    ['The plane landed Friday, officials said.', ['Friday']],
    ['Fresh riots were reported in Greece on Saturday.', ['Saturday']],
    ['The plane crashed in Siberia on Friday, May 3.', ['Friday', 'May 3']],
    ['Police said the plane crashed on Friday, May 3.', ['Friday', 'May 3']],
    ['He said that on Friday the plane landed.', ['Friday']],
    // A time that opens the sentence, then its subject and a statement verb, dates the statement.
    ["On Saturday, Iran's military acknowledged that it had shot down the plane.", ['Saturday (statement)']],
    ["Late Friday, Ukraine's foreign ministry spokesman Oleg Nikolenko said the drone was downed.", ['Friday (statement)']],
    ['Late on Sunday the White House said Colombia had agreed to take the flights.', ['Sunday (statement)']],
    ['Late on Sunday, the plane crashed near the airport.', ['Sunday']],
    ['On Saturday, the plane crashed near Tver.', ['Saturday']],
    ['On Saturday, two planes landed and officials said they carried aid.', ['Saturday']],
    ['On Saturday, the plane that crashed was found.', ['Saturday']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it('a day that dates only what each side was told never clashes with the other', () => {
    const row = compare(
      { id: 'a', text: 'Chris Weitz will direct the sequel, the author confirmed on Saturday.' },
      { id: 'b', text: 'Chris Weitz is negotiating to direct the sequel, The Hollywood Reporter said Friday.' },
    ).facets.find((f) => f.facet === 'time');
    expect(row?.verdict).not.toBe('conflict');
  });

  it('leaves statement times out of the verdict when the event is dated', () => {
    const row = compare(
      { id: 'a', text: 'The Il-76 crashed near Belgorod on Wednesday, the ministry said Thursday.', publishedAt: '2024-01-27' },
      { id: 'b', text: 'The Il-76 went down near Belgorod on January 24.', publishedAt: '2024-01-27' },
    ).facets.find((f) => f.facet === 'time');
    expect(row?.verdict).toBe('agree');
    expect(row?.a.map((f) => f.text)).toEqual(['Wednesday', 'Thursday']);
  });

  it('a statement time leads no sentence of the event into the background', () => {
    const row = compare(
      { id: 'a', publishedAt: '2023-02-05', text: 'A fighter jet shot down the balloon off South Carolina on Saturday.' },
      { id: 'b', publishedAt: '2023-02-05', text: 'BEIJING, Feb. 5 -- China on Sunday protested. A U.S. jet shot the airship down off South Carolina on Saturday afternoon.' },
    ).facets.find((f) => f.facet === 'time');
    expect(row?.verdict).toBe('agree');
  });

  it('describes a statement time as such', () => {
    const [f] = time.extract({ index: 0, text: 'Officials said Friday.', publishedAt: '2020-06-08' });
    expect(time.describe(f!.value)).toContain('(when said)');
  });
});

describe('eventDays: the days an article gives its event', () => {
  it.each<[string, string[], string | undefined, string[]]>([
    ['every day the calendar places', ['Two planes landed in Caracas on Saturday.', 'They left on Tuesday.'], PUB, ['2020-06-02', '2020-06-06']],
    ['a statement time dates no event', ['Officials said Monday that two planes had landed.', 'They landed on June 3.'], PUB, ['2020-06-03']],
    ['...unless the article states no other day', ['MOSCOW, June 5. /TASS/. Two planes have landed.'], PUB, ['2020-06-05']],
    ['...and its first time of what happened does not lie elsewhere', ['A panel said on Monday that the 2010 crash was caused by explosions.'], PUB, []],
    ['...as a year that holds the day does not', ['Officials said on Monday that the 2020 crash was caused by a fault.'], PUB, ['2020-06-08']],
    ['...nor does a disclosure of what happened, its dateline with it', ['WASHINGTON, June 8 (AP) - The Air Force disclosed today that a plane has flown faster than sound.'], PUB, []],
    ['...as a statement of no disclosure does', ['WASHINGTON, June 8 (AP) - The Air Force said today that a plane has flown faster than sound.'], PUB, ['2020-06-08']],
    ['a range by its first day', ['The talks ran from June 2 to June 4.'], PUB, ['2020-06-02', '2020-06-04']],
    ['a month alone places no day', ['Two planes landed in June.'], PUB, []],
    ['without a publication date a weekday places no day', ['Two planes landed on Saturday.'], undefined, []],
  ])('%s', (_name, sentences, publishedAt, expected) => {
    expect(eventDays(facts(publishedAt, ...sentences))).toEqual(expected);
  });
});

describe('a planned day without its year', () => {
  const day = (text: string, publishedAt: string) => time.extract({ index: 0, text, publishedAt }).map((f) => `${f.value.date?.from}${f.value.planned ? ' (planned)' : ''}`);
  it.each<[string, string, string[]]>([
    // A week ahead, not eleven months back.
    ['Guaido has said the aid will enter Venezuela on Feb. 23.', '2019-02-16', ['2019-02-23 (planned)']],
    ['The aid entered Venezuela on Feb. 23.', '2019-02-26', ['2019-02-23']],
    ['The aid entered Venezuela on Feb. 23.', '2019-02-16', ['2018-02-23']],
    ['The talks will be held on Feb. 23, 2018.', '2019-02-16', ['2018-02-23 (planned)']],
    // A month ahead, past the turn of the year, however far the plan's verb stands, a figure's comma between;
    // a month that is past stays past.
    ['Flights will bring some 2,000 members of the community to the country by the end of January.', '2020-12-03', ['2021-01-21']],
    ['The airline had resumed flights by the end of January.', '2020-12-03', ['2020-01-21']],
    ['Ballots will be mailed to its 120,000 members on January 2.', '2008-12-20', ['2009-01-02 (planned)']],
  ])('%s (%s)', (text, publishedAt, expected) => {
    expect(day(text, publishedAt)).toEqual(expected);
  });
});

describe('times that start a period', () => {
  const flagged = (text: string) => flaggedTimes(text, 'since');
  it.each<[string, string[]]>([
    ['The pirates had held the tanker since October.', ['October (since)']],
    ['It was the worst unrest since 1985.', ['1985 (since)']],
    ['Ever since 1999, the base has been used.', ['1999 (since)']],
    ['The tanker was seized in October.', ['October']],
    // The time of a clause that starts the period, not of the sentence's event.
    ['He arrived on Wednesday on his first trip abroad since Russia invaded his country in February.', ['Wednesday', 'February (since)']],
    ['He has lived there since the war and flew to Kyiv on Friday.', ['Friday']],
    // The start of a longer journey the story's flight was a leg of.
    ['They were on the last leg of a round-the-world flight that began in Oakland, California, in May.', ['May (since)']],
    ['The flight began its descent in May.', ['May']],
    // The start of a hijacking's ordeal, which may end days later.
    ['The jetliner was seized on Monday by two men and two women.', ['Monday (since)']],
    ['The plane had been hijacked on Saturday shortly after taking off from Athens.', ['Saturday (since)']],
    ['Soldiers stormed a hijacked Sabena Boeing 707 at Lod airport on Tuesday.', ['Tuesday']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it('clashes with no time of what happened, in sentences that report the same thing', () => {
    const row = timeRow('Somali pirates freed the tanker, which they had held since October.', 'Somali pirates freed the tanker they seized in September.');
    expect(row?.verdict).not.toBe('conflict');
  });

  it("does not date the article's event", () => {
    const row = timeRow('Two suspects have been held since Monday. Police shot the boy on Saturday night.', 'Police shot a boy in Athens on Saturday night.');
    expect(row?.verdict).not.toBe('conflict');
  });
});

describe('times that end a period', () => {
  it.each<[string, string[]]>([
    ['By 1958, at the peak of her fame, Page vanished from public view.', ['1958 (bound)']],
    ['The troops will stay until March.', ['March (bound)']],
    ['Page vanished from public view in 1957.', ['1957']],
    // The storming of a hijacked plane ends the ordeal; a storming of anything else is a happening.
    ["Indonesian commandos stormed a hijacked Garuda jetliner at Bangkok's Don Muang airport before dawn on Tuesday.", ['Tuesday (bound)']],
    ['Police stormed the building on Tuesday.', ['Tuesday']],
  ])('%s', (text, expected) => {
    expect(flaggedTimes(text, 'bound')).toEqual(expected);
  });

  it('what happened before the bound fits it', () => {
    const row = timeRow('Page vanished from public view in 1957, at the peak of her fame.', 'By 1958, at the peak of her fame, Page vanished from public view.');
    expect(row?.verdict).not.toBe('conflict');
  });
});

describe('the time of a search after the event', () => {
  const report = (b: string) => compare(
    { id: 'a', text: 'A cargo jet crashed into Trinity Bay near Houston on Saturday, killing three people.', publishedAt: '2019-02-23' },
    { id: 'b', text: b, publishedAt: '2019-02-24' },
  );

  it('dates no sentence: the clause of the event is the story\'s, and the days do not clash', () => {
    const r = report('Searchers on Sunday recovered the body of one of the three people killed when a cargo jet crashed into Trinity Bay.');
    expect(r.background.b.filter((f) => f.facet === 'location')).toEqual([]);
    expect(r.facets.find((f) => f.facet === 'time')?.verdict).not.toBe('conflict');
  });

  it('a sentence of the search alone is still of its own day', () => {
    const r = report('A cargo jet crashed near Houston on Saturday. Searchers on Sunday found the wreckage in Trinity Bay.');
    expect(r.background.b.filter((f) => f.facet === 'location').map((f) => f.text)).toEqual(['wreckage in Trinity Bay']);
  });
});

describe('the day of an answer to the event', () => {
  const report = (b: string) => compare(
    { id: 'a', text: 'A vintage plane crashed in the Swiss Alps on Saturday, killing all 20 people on board.', publishedAt: '2018-08-05' },
    { id: 'b', text: b, publishedAt: '2018-08-06' },
  );

  it('dates no sentence: the crash told after it is the story\'s, and the days do not clash', () => {
    const r = report('Ju-Air suspended all flights of its vintage planes on Monday after one of them crashed in the Swiss Alps, killing 20 people.');
    expect(r.background.b).toEqual([]);
    expect(r.facets.find((f) => f.facet === 'time')?.verdict).not.toBe('conflict');
    expect(r.facets.find((f) => f.facet === 'location')?.verdict).toBe('agree');
  });

  it('a crash of its own day is still of that day', () => {
    const r = report('A vintage plane crashed in the Swiss Alps on Monday, killing 20 people.');
    expect(r.facets.find((f) => f.facet === 'time')?.verdict).toBe('conflict');
  });
});

describe('times of a later occasion', () => {
  it('a follow-up within hours is marked so; a day after, or a flight of hours, is not', () => {
    const soon = (text: string) => time.extract({ index: 0, text }).map((f) => [f.value.occasion, f.value.soonAfter]);
    expect(soon('Taylor was flown back to Liberia on Wednesday, hours after he was arrested.')).toEqual([['follow-up', true]]);
    expect(soon('Rescuers found the wreckage on Sunday, a day after the plane crashed.')).toEqual([['follow-up', undefined]]);
    expect(soon('The plane landed on Thursday after a 10-hour flight in which two engines failed.')).toEqual([[undefined, undefined]]);
  });

  it('a verb of holding right after a time takes an occasion only when one follows', () => {
    expect(time.extract({ index: 0, text: 'The plane on Friday began its descent over the sea.' }).map((f) => f.value.occasion)).toEqual([undefined]);
    expect(time.extract({ index: 0, text: 'Rescuers on Friday held back crowds at the crash site.' }).map((f) => f.value.occasion)).toEqual([undefined]);
  });

  it.each<[string, string]>([
    ['At a hearing on Tuesday, the prosecutor called her a methodical killer.', 'hearing'],
    // A court's act dates a hearing, however far the flight it follows is named after.
    ['Noriega pleaded not guilty on Thursday in a Miami federal court to charges of drug trafficking, hours after he was flown from Panama.', 'hearing'],
    ['He was arraigned on Thursday.', 'hearing'],
    // An arrest, in a sentence about the flight that followed it.
    ['Carlos was detained in Khartoum on Sunday and flown out of the country aboard a French aircraft.', 'arrest'],
    ["Graham was charged today with placing a time bomb in his mother's luggage aboard the plane.", 'arrest'],
    ['The funeral Friday drew hundreds.', 'funeral'],
    ['Officials told a news conference on Monday that the plane was shot down.', 'news conference'],
    // What followed the event: "hours after" it.
    ['Griner landed in San Antonio early on Friday, hours after she was swapped for Bout.', 'follow-up'],
    ['Taylor was locked in a cell on Thursday after a dramatic 48 hours in which he vanished from exile.', 'follow-up'],
    ['He was charged on Saturday, a day after the shooting.', 'follow-up'],
    ['Morales left Vienna on Wednesday, some 13 hours after his jet was diverted there.', 'follow-up'],
    ['Rescuers found the wreckage on Sunday, a day after the plane crashed.', 'follow-up'],
    ['Kazakh investigators on Wednesday studied the flight recorders of a jet that crashed short of the runway.', 'search'],
    ['Workers dug through the wreckage of a market on Tuesday as the death toll from the crash rose to more than 300.', 'search'],
    // A state that lasted past the event.
    ['Seventy-four people sought medical help, and one remained in hospital on Friday.', 'follow-up'],
    ['Five crew members were still missing on Tuesday.', 'follow-up'],
    ['Airport authorities on Tuesday were still trying to remove the jet.', 'follow-up'],
    ['The 24 crew members of the spy plane were safe on Monday, officials said.', 'follow-up'],
    ["The Navy's dirigible Macon lay tonight at the bottom of the Pacific.", 'follow-up'],
    ['Algeria began three days of national mourning on Thursday.', 'response'],
    ['Ghana on Thursday began three days of national mourning for eight people killed in the crash.', 'response'],
    ['Relatives on Friday held a vigil for the victims.', 'vigil'],
    // The occasion a time is for, in a clause with no verb of the event.
    ['Half a million people lined the streets of Turin today for the funeral of the players.', 'funeral'],
    ['The boy who survived the crash was recovering from surgery on Thursday.', 'follow-up'],
    ['The lone survivor of the crash was in stable condition on Friday, doctors said.', 'follow-up'],
    ['Satellite photos showed at least four B-52 bombers parked at Diego Garcia on Friday.', 'follow-up'],
    // What went on past the day it began.
    ["Ukraine's government said it had retaken the airfield, but fighting continued into Friday.", 'follow-up'],
    ['The search dragged on into Tuesday.', 'follow-up'],
    ['Satellite photos showed at least four U.S. B-52 bombers parked at the remote British-owned island of Diego Garcia on Friday.', 'follow-up'],
    // The day a toll rose to a figure.
    ['The death toll from the crash of the plane rose to 26 on Saturday after one of the injured died.', 'follow-up'],
    ['The death toll in Derna stood at 11,300 on Thursday, the Red Crescent said.', 'follow-up'],
    ['Page was born on April 22, 1923, in Nashville.', 'birth'],
    ['She was born in 1923.', 'birth'],
    ['Page was born Betty Mae Page in Nashville, Tennessee on April 22, 1923.', 'birth'],
    // Another event, by its possessive, in a sentence about a flight.
    ['The plane had been due to deliver aid to areas hit by Monday\'s magnitude 7.5 earthquake.', 'earthquake'],
    ['A relief plane landed on Tuesday with aid for survivors of last week\'s deadly earthquake.', 'earthquake'],
    ["The C-212 had flown from Santiago to the island, which was struck by last year's tsunami.", 'tsunami'],
    // What the story's event answers, by its possessive.
    ["India struck nine sites in retaliation for last month's attack on tourists.", 'event answered'],
    // An earlier happening dated by a time before its noun, after a word that puts the story after it.
    ['Biden landed in Tel Aviv to show solidarity after the Oct. 7 attack by Hamas.', 'event answered'],
    // ... or by a time right after the happening and where it struck.
    ['India launched Operation Ajay after the Hamas attack on Israel last week.', 'event answered'],
    // A search after the event, whose clause follows: the time is the search's.
    ['Searchers on Sunday recovered the body of one of the three people killed when a cargo jet crashed into a bay.', 'search'],
    ['Rescuers on Monday found the wreckage of a plane that crashed in the mountains.', 'search'],
    ['Searchers found no trace on Saturday of the nine passengers who were swept from the jet.', 'search'],
    ['Investigators on Friday searched the burned-out fuselage of Air Canada Flight 797 for the source of a fire.', 'search'],
    ['Rescue workers on Wednesday brought down the first bodies from Mount Oiz.', 'search'],
    // A recovery in the passive, the things recovered before it.
    ['The bodies of eight of the 16 men killed when their helicopter plunged into the North Sea were brought ashore on Thursday.', 'search'],
    ['Eight bodies were recovered on Thursday, police said.', 'search'],
    // A search for those named, who are then said to be lost, or whose craft the event's clause tells of.
    ['The battleship Colorado launched three seaplanes on Monday to join the hunt for Amelia Earhart, missing since Friday.', 'search'],
    ['Navy ships searched the Pacific on Saturday for Amelia Earhart, whose plane disappeared near Howland Island.', 'search'],
    ['Navy ships on Thursday found bodies and wreckage in the Andaman Sea from a military plane that disappeared a day earlier.', 'search'],
    ['The Navy on Friday called off the search for three sailors missing after their plane crashed into the sea.', 'search'],
    // A search given up or ended right after the time needs nothing after it.
    ['Searchers on Tuesday gave up hope of finding survivors from the Alaska Airlines jetliner.', 'search'],
    ['Searchers on Friday called off the hunt for 16 oil workers missing since their helicopter ditched.', 'search'],
    // So does a recovery of what only the event leaves, before the time or right after it.
    ['Divers recovered more bodies from the wreckage on Tuesday.', 'search'],
    // So does an examination of what only the event left.
    ['Investigators on Wednesday began examining the charred wreckage.', 'search'],
    ['German and American investigators began examining the wreckage on Friday.', 'search'],
    ['Investigators on Wednesday began examining why a Taiwanese jetliner stalled and crashed as it tried to land.', 'search'],
    ['Investigators on Wednesday began examining why an Air France jetliner landed too far down the runway.', 'search'],
    // A gathering to honour the dead.
    ['Thousands packed the churches of Martinique on Wednesday to mourn the 152 tourists who were killed.', 'response'],
    ['Flags flew at half-staff at Fort Campbell on Friday as the Army mourned 248 soldiers killed when their plane crashed.', 'response'],
    // An arrest over the event, right after the time.
    ['Police on Saturday arrested two people over the drone sightings that shut Gatwick Airport.', 'response'],
    ['Navy divers on Thursday retrieved the black box.', 'search'],
    ['Investigators on Friday began recovering the wreckage of a tour helicopter that crashed into the Hudson River.', 'search'],
    ['Airport authorities on Tuesday were still trying to remove a Korean Air jetliner that overshot a runway.', 'search'],
    ['French soldiers on Friday secured the wreckage of an Air Algerie plane in Mali, where it came down in a sandstorm.', 'search'],
    ['Rescuers on Monday pulled more bodies from the wreckage of a jet that slammed into a neighbourhood of Lagos.', 'search'],
    ['Investigators on Friday examined the wreckage of a Soviet-era passenger plane that crashed in Russia\'s Far East.', 'search'],
    ['Mexican investigators on Wednesday began examining the charred wreckage of an Aeromexico jet that crashed during a storm.', 'search'],
    ['Investigators on Tuesday were examining the wreckage of a cargo jet that slid into the sea at the airport.', 'search'],
    ['Investigators on Tuesday began sifting through the crater left by the Learjet that carried U.S. Open champion Payne Stewart to his death.', 'search'],
    // A search named right after the time needs no clause of the event.
    ['Rescue teams joined Moroccan soldiers on Monday in the search for survivors in mountain villages.', 'search'],
    ['Investigators on Thursday searched the ocean off Long Island for the wreckage of TWA Flight 800.', 'search'],
    ['Rescue workers on Saturday collected body parts from fields and houses where a Bhoja Air plane crashed on Friday evening.', 'search'],
    ['Rescuers on Friday began bringing down bodies from the mountainside on Svalbard where a Russian Tu-154 slammed into a mountain.', 'search'],
    // A search ended, by the searchers' own word.
    ['The Coast Guard on Monday suspended its search for nine people missing after a floatplane crashed in Puget Sound.', 'search'],
    // The craft, or what it carried, found days on.
    ['A Marine Corps CH-53E helicopter was found on Wednesday in the mountains outside San Diego after it went missing during a storm.', 'search'],
    ['Search teams on Wednesday found fragments of the four hydrogen bombs carried by the B-52 that crashed into North Star Bay.', 'search'],
    // Those found alive.
    ['Arafat survived the crash-landing of his plane, and rescuers found him on Wednesday.', 'search'],
    // The event by its noun, after the clues searched for.
    ['Investigators on Monday searched the Ermenonville forest for clues to the crash of a Turkish Airlines DC-10.', 'search'],
    // The search's act before the time, the event's clause after it.
    ['Investigators searched the wreckage of a Cypriot jetliner on Monday for clues to why the pilots lost consciousness before the plane crashed near Athens.', 'search'],
    ['Federal investigators today began searching the charred wreckage of the jetliner that crashed Saturday night.', 'search'],
    // A place combed for what is said to be lost; the wreck of a craft named past an abbreviation's dots, found.
    ['Searchers combed the country around Mount Taylor today for the liner City of San Francisco, missing since it left Albuquerque.', 'search'],
    ['The wreckage of the T.A.T. plane City of San Francisco was found today on the slope of Mount Taylor.', 'search'],
    // An oil slick found where the craft is believed to have fallen, a long clause away; hope given up for those aboard.
    ['Cutters found an oil slick on Lake Michigan today where a Northwest Airlines DC-4 with 58 persons aboard is believed to have fallen.', 'search'],
    ['Searchers gave up hope today for the 58 persons aboard a Northwest airliner that plunged into Lake Michigan.', 'search'],
    ['Investigators combed a smoldering field today for clues to why a Pan American jet blew up over Maryland.', 'search'],
    // The wreck of a craft found, with no clause of the event: the craft's wreck tells it.
    ['Searchers today found the wreckage of a light plane carrying country singer Jim Reeves and his manager.', 'search'],
    ['Investigators today began examining the scattered wreckage of the BOAC jetliner that disintegrated near Mount Fuji.', 'search'],
    // What the journey went to, which dates no sentence of the journey.
    ['The plane was bound for Nashville on the way to a game Thursday against Middle Tennessee State.', 'game'],
    // An answer to the event before the time, the event's clause after it.
    ['Ju-Air suspended all flights of its three vintage planes on Monday after one of them crashed in eastern Switzerland.', 'response'],
    ['The airline grounded its remaining ATR 72s on Tuesday after a second one went down in the mountains.', 'response'],
    ['The defence minister resigned on Monday after the crash of a fighter jet into spectators.', 'response'],
    ['SAS kept more than two dozen turboprop planes on the ground on Monday after the landing gear of one of them gave way in Aalborg.', 'response'],
    ['Vietnam Airlines on Thursday grounded its remaining Tu-134 planes pending an investigation into the crash near Phnom Penh.', 'response'],
    // An inquiry right after the time is an answer, with no clause of the event needed.
    ['Peruvian prosecutors on Saturday opened an investigation into the crash of a LATAM passenger jet.', 'response'],
    ['Italian prosecutors on Tuesday opened a manslaughter investigation into the collision at Linate airport.', 'response'],
    ['The Saudi government on Wednesday ordered an investigation into the fire that killed all 301 people on a Saudia jetliner.', 'response'],
    ['The Navy on Tuesday was investigating how a Super Hornet slid off the hangar deck and into the Red Sea.', 'response'],
    ['Air Force investigators on Tuesday began trying to determine why a C-5B transport broke in two.', 'response'],
    ['Investigators on Monday examined whether ice on the wings caused the crash of Continental Flight 1713.', 'response'],
    // So is a tribute to the dead.
    ['The United Nations on Tuesday mourned Dag Hammarskjold, the secretary-general killed when his airliner crashed.', 'response'],
    ['Thousands on Friday paid tribute to the victims of the crash.', 'response'],
    ['Armenia mourned on Thursday the 113 people killed when an Armavia airliner plunged into the Black Sea.', 'response'],
    // The order that sent the flight, right before the time.
    ['Defense Secretary Lloyd Austin ordered the deployment on Friday, along with fighter squadrons.', 'order'],
    // A journey made to tend the aftermath, its verb and errand in the time's clause.
    ['Lauda flew to Bangkok on Monday to visit the crash site.', 'response'],
    ['Investigators on Tuesday flew to Lagos to join the investigation.', 'response'],
    ['Commerce Department inspectors left for the scene tonight to investigate the crash.', 'response'],
    // A grounding after the crash, told with its own words; flying barred over a city.
    ['All Comet jet airliners were grounded today after the second unexplained crash in three months.', 'response'],
    ['The City Council voted today to bar flights over the Loop.', 'response'],
  ])('%s', (text, occasion) => {
    expect(time.extract({ index: 0, text }).map((f) => f.value.occasion).filter(Boolean)).toEqual([occasion]);
  });

  it.each([
    // In a report of the quake itself, the quake is the event.
    ["Tuesday's earthquake killed 20 people."],
    // A flight to an occasion is dated by the flight.
    ['The team flew to Rome on Monday for the funeral of the pope.'],
    // The crash, timed after what those aboard did before it.
    ['The Cessna went down at Marsh Harbour airport at about 6:50 p.m., shortly after the singer had finished filming a video.'],
    ['The March 23 attack killed 12 people.'],
    ["The plane crashed during Monday's storm."],
    // A search with no clause of the event after the time dates its own happening.
    ['Investigators searched the wreckage of the jetliner on Monday.'],
    ['Troops on Monday joined the search, officials said.'],
    ['Officials on Monday gave up their plan to fly.'],
    ['Police recovered the stolen car on Tuesday.'],
    // An arrest that may be the story itself.
    ['Police on Saturday arrested two men who tried to board the plane.'],
    ['The minister resigned on Monday after a row with the president.'],
    ['Investigators on Wednesday began examining the evidence.'],
    ['Officials on Tuesday tried to determine the cost of the new runway.'],
    // The event's own day, inside the search's clause.
    ['Investigators began examining the wreckage of the King Air that crashed on Friday near Eveleth.'],
    ['Engineers on Tuesday examined the new runway.'],
    ['The jet on Tuesday carried the team to its first title.'],
    ['The pilot was ordered to land on Friday.'],
    // A verb of opening with no inquiry after it.
    ['The airport opened a new terminal on Tuesday.'],
    // Mourning told after the day, not right after it.
    ['The plane crashed on Tuesday, and the country mourned.'],
    // An errand of another clause, or a journey that tends no aftermath.
    ['The plane crashed on Monday, and rescuers rushed to recover the bodies.'],
    ['The plane crashed on Monday as relatives gathered to identify the dead.'],
    ['The Il-76 flew to Caracas on Monday to deliver supplies.'],
    ['Armenia mourned on Thursday the death of its former president.'],
    // A search hours after the event is on the event's day: the time dates it.
    ['Bahia was pulled from the water by rescuers on Tuesday, many hours after the Airbus plunged into the Indian Ocean.'],
    // A state in another clause than the time's.
    ['The jet remained on the runway, and it took off on Friday.'],
    ['The jet on Tuesday was cleared to fly, though its crew was still shaken.'],
    // A toll of the day is no later rise.
    ['The crash on Friday killed 25 people, taking the toll for the month to 40.'],
    // A search with no clause of the event after it: the sentence's own time.
    ['Rescuers on Monday found the wreckage in the mountains.'],
    ['Investigators on Friday began recovering the wreckage from the river.'],
    ['Investigators today began searching the hills for a missing hiker.'],
    ['Ground crews combed the runway today for debris before the jet took off.'],
    ['The plane took off today to bar the way.'],
    // The event's day a place away from its verb, inside the search's clause.
    ['Investigators began examining the scattered wreckage of the BOAC jetliner that disintegrated near Mount Fuji yesterday.'],
    ['The plane crashed after the engine failed on Friday.'],
    // A hunt for those not said to be lost is the sentence's own.
    ['Troops arrived on Monday to join the hunt for rebels in the hills.'],
    // A charge with no flight in its sentence may be the story itself.
    ['Graham was charged today with murder.'],
    ['The crew left for the base on Monday to avoid a storm.'],
    ['The wreath was laid on Monday.'],
    // No answer before the time, or no event after it.
    ['The jet landed safely on Monday after one of its engines failed.'],
    ['Ju-Air suspended all flights on Monday after the regulator asked it to.'],
  ])('no other event in "%s"', (text) => {
    expect(time.extract({ index: 0, text }).map((f) => f.value.occasion)).toEqual([undefined]);
  });

  it.each<[string, string]>([
    ['The funeral Friday drew hundreds.', 'funeral'],
  ])('%s', (text, occasion) => {
    expect(time.extract({ index: 0, text }).map((f) => f.value.occasion)).toEqual([occasion]);
  });

  it.each([
    'The plane crashed on Sunday.', 'The hearing of the case began after the crash on Sunday.', 'The plane crashed on Friday after takeoff.',
    'The newborn was found on Monday.', 'The plane landed safely on Monday.', 'The crew were safely evacuated on Monday.',
    // A flight that went on into a day, told of by its day, is the event's: only a verb of going on.
    'The plane continued to Caracas on Saturday.', 'Fighting broke out at the airport on Thursday.',
    // Kept going, after no end of the flight.
    'The pilots kept flying on Monday after the radio failed.', 'The landing gear collapsed on Sunday.',
    'The plane on Monday declared an emergency and crashed.',
    // A plea named, no court's act before the time.
    'The pilot, who later pleaded guilty, landed on Monday.',
    // An arrest in a story of no flight is its event.
    'The gunman was arrested on Sunday.',
  ])('no occasion in "%s"', (text) => {
    expect(time.extract({ index: 0, text }).map((f) => f.value.occasion)).toEqual([undefined]);
  });

  it('neither dates the event nor clashes with what happened', () => {
    const row = timeRow(
      'At a hearing on Tuesday, the prosecutor described how Hiller opened fire at the plant.',
      'Hiller opened fire at the plant on Thursday evening, police said.',
    );
    expect(row?.verdict).not.toBe('conflict');
  });

  it.each([
    ['The plane landed in New York on Wednesday, a day after President Donald Trump accepted an offer of help.', '2020-03-31'],
    ['Navalny landed in Berlin on Saturday, a day after Russian doctors agreed to let him leave.', '2020-03-27'],
    ['The jets arrived on Monday, two days after the Kremlin announced the deployment.', '2020-03-28'],
  ])('a day after a decision: the story\'s own day, and the decision\'s when said: %s', (text, decided) => {
    const found = time.extract({ index: 0, text, publishedAt: '2020-04-01' });
    expect(found.map((f) => f.value.occasion)).toEqual([undefined, undefined]);
    expect(found.filter((f) => f.value.statement).map((f) => f.value.date?.from)).toEqual([decided]);
  });

  it.each([
    'Search teams found debris on Friday, a day after EgyptAir Flight 804 vanished.',
    // An -ed word before the verb is no subject: the happening is the crash.
    'Officials spoke on Monday, two days after the plane crashed and rescuers said there were no survivors.',
  ])('a day after a happening still follows it up: %s', (text) => {
    const found = time.extract({ index: 0, text, publishedAt: '2020-04-01' });
    expect(found[0]!.value.occasion).toBe('follow-up');
    expect(found.some((f) => f.value.statement)).toBe(false);
  });

  it('days of one series of flights do not clash, and the row says why', () => {
    const a = { id: 'a', publishedAt: '2020-04-03', text: 'Russian military planes landed at Batajnica air base on Friday.' };
    const b = (text: string) => ({ id: 'b', publishedAt: '2020-04-04', text });
    const row = compare(a, b('The last of the 11 Il-76 aircraft landed at Batajnica on Saturday morning.')).facets.find((f) => f.facet === 'time')!;
    expect(row.verdict).toBe('partial');
    expect(row.explanation).toBe('"Friday" (a) and "Saturday" (b) may be days of one series of flights');
    // One flight told on another day still clashes.
    expect(compare(a, b('The Il-76 aircraft landed at Batajnica on Saturday morning.')).facets.find((f) => f.facet === 'time')!.verdict).toBe('conflict');
  });

  it('a follow-up day does not date the event', () => {
    const a = { id: 'a', text: 'Russia freed Brittney Griner on Thursday in exchange for Viktor Bout.', publishedAt: '2022-12-08' };
    const b = {
      id: 'b', publishedAt: '2022-12-09',
      text: 'Brittney Griner landed in San Antonio early on Friday, hours after she was swapped for Viktor Bout. The exchange took place in Abu Dhabi on December 8.',
    };
    // The swap dates b's event, not the landing hours after it, which b follows up: the days agree.
    expect(compare(a, b).facets.find((f) => f.facet === 'time')?.verdict).toBe('agree');
  });

  it('two days of one occasion still clash', () => {
    const row = timeRow('At a hearing on Tuesday, Hiller pleaded not guilty.', 'At a hearing on Wednesday, Hiller pleaded not guilty.');
    expect(row?.verdict).toBe('conflict');
  });
});

describe('planned times', () => {
  const flagged = (text: string) => flaggedTimes(text, 'planned');
  it.each<[string, string[]]>([
    ['The murder trial starts Monday.', ['Monday (planned)']],
    ['Lohan will be sentenced on Friday.', ['Friday (planned)']],
    ["She'll return to court on June 3.", ['June 3 (planned)']],
    ['New Moon is tentatively scheduled to open November 20, 2009.', ['November 20, 2009 (planned)']],
    ['The suspect is due to appear in court on Tuesday.', ['Tuesday (planned)']],
    ['The vote is scheduled for Sunday.', ['Sunday (planned)']],
    ['She was set to be released on 2 December when she suffered a heart attack.', ['2 December (planned)']],
    ['The Boeing 737 had been due to land in the Lithuanian capital at 10:25 a.m.', ['10:25 a.m. (planned)']],
    // "due" with a place or a time and no verb.
    ['Flight 007 had stopped to refuel in Anchorage and was due in Seoul at 6 a.m.', ['6 a.m. (planned)']],
    ['The minister is expected back on Friday.', ['Friday (planned)']],
    ['Flight 007 landed in Seoul at 6 a.m.', ['6 a.m.']],
    ['The minister was expected to resign, and he came back on Friday.', ['Friday']],
    // A plan's verb and its object may stand between "is expected to" and the time.
    ['Bahia is expected to be flown home to Paris on a French government plane on Thursday.', ['Thursday (planned)']],
    // A plan ahead over a longer reach.
    ['President Ronald Reagan will attend a memorial service at the base on Monday.', ['Monday (planned)']],
    // What happened: no marker, a past form, a noun, or the marker in another clause.
    ['A gunman opened fire at the plant on Thursday.', ['Thursday']],
    ['The trial started on Monday.', ['Monday']],
    ['Since the start of the protests on Monday, 46 were arrested.', ['Monday']],
    ['He said he would resign, and he quit on Friday.', ['Friday']],
    ['The man, who will appear in court later, was arrested Friday.', ['Friday']],
    ['The plane had been in the air for an hour at 10:25 a.m.', ['10:25 a.m.']],
    ['Police will not say why the plant was evacuated, after the blast that killed two workers there on Friday.', ['Friday']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it('describes a planned time as such', () => {
    const [f] = time.extract({ index: 0, text: 'The trial starts Monday.', publishedAt: PUB });
    expect(time.describe(f!.value)).toContain('(planned)');
  });


  it("a planned day in an article's first dated sentence does not date its event", () => {
    const row = timeRow(
      'The murder trial of the Kraft employee accused of shooting three co-workers starts Monday. She opened fire at the plant on Thursday.',
      'A suspended Kraft employee returned to the plant on Thursday evening and shot three co-workers.',
    );
    expect(row?.verdict).not.toBe('conflict');
  });

  it('...and the event days still clash when they differ', () => {
    const row = timeRow(
      'The murder trial of the Kraft employee accused of shooting three co-workers starts Monday. She opened fire at the plant on Thursday.',
      'A suspended Kraft employee returned to the plant on Wednesday evening and shot three co-workers.',
    );
    expect(row?.verdict).toBe('conflict');
    expect(row?.explanation).toBe('"Thursday" cannot be true with "Wednesday"');
  });

  it('a planned flight that narrates does not date the event before a sentence of its own day', () => {
    const r = compare(
      { id: 'a', text: 'A Yemenia Airbus A310 crashed into the sea off the Comoros early on Tuesday.', publishedAt: '2009-06-30' },
      { id: 'b', publishedAt: '2009-07-01',
        text: 'A girl was pulled from the water by rescuers on Tuesday. She is expected to be flown home to Paris on a French government plane on Thursday.' },
    );
    expect(r.background.b.map((f) => f.text)).not.toContain('Tuesday');
    expect(r.facets.find((f) => f.facet === 'time')?.verdict).not.toBe('conflict');
  });

  it('a planned day does not clash with the day of what happened, even in sentences aligned', () => {
    const row = timeRow(
      'The murder trial of the Kraft employee accused of shooting three co-workers starts Monday.',
      'A suspended Kraft employee is accused of shooting three co-workers on Thursday.',
    );
    expect(row?.verdict).not.toBe('conflict');
  });

  it('two planned days that differ in sentences that report the same thing conflict', () => {
    const row = timeRow(
      'The murder trial of the Kraft employee starts Monday in Philadelphia.',
      'The murder trial of the Kraft employee starts Tuesday in Philadelphia.',
    );
    expect(row?.verdict).toBe('conflict');
  });

  it('a planned day places no event day', () => {
    expect(eventDays(facts(PUB, 'The trial starts on Monday.', 'The shooting took place on Thursday.'))).toEqual(['2020-06-04']);
  });
});

describe('times converted to another zone', () => {
  const flagged = (text: string) => flaggedTimes(text, 'converted');
  const described = (text: string, publishedAt?: string) =>
    facts(publishedAt, text).map((f) => `${text.slice(f.start, f.end)} = ${time.describe(f.value)}`);

  it.each<[string, string | undefined, string[]]>([
    // The clocks on both sides of the bracket place the local day: 02:41 GMT is 18:41 the day before in PST.
    ['Page passed away at 6:41pm PST (0241 GMT Friday) in a Los Angeles hospital.', '2008-12-12',
      ['6:41pm PST = 18:41 PST', 'Friday = 2008-12-11 (Thursday) (local day of "0241 GMT Friday")']],
    ['Page passed away at 6:41pm PST (0241 GMT Friday) in a Los Angeles hospital.', undefined,
      ['6:41pm PST = 18:41 PST', 'Friday = Thursday (unresolved) (local day of "0241 GMT Friday")']],
    // "local time" gives no offset: the one shift that keeps the offset within real zones.
    ['The quake struck at 17:06 local time (13:36 GMT Sunday).', undefined,
      ['17:06 local time = 17:06 local', '13:36 GMT = 13:36 GMT', 'Sunday = Sunday (unresolved) (local day of "13:36 GMT Sunday")']],
    // Placed in the calendar, the day in brackets is still turned into the local day, not given the GMT clock.
    ['The quake struck at 17:06 local time (23:36 GMT Sunday).', PUB,
      ['17:06 local time = 17:06 local', '23:36 GMT = 23:36 GMT', 'Sunday = 2020-06-07 (Sunday) (local day of "23:36 GMT Sunday")']],
    ['The plane landed at 11 pm local time (0300 GMT Friday).', undefined,
      ['11 pm local time = 22:45-23:15 local (landing)', 'Friday = Thursday (unresolved) (landing) (local day of "0300 GMT Friday")']],
    // Four figures with a zone are a clock, never a year: "(1955 GMT)" restates the time before it. The day after it
    // is the take-off's, past the stops of "p.m.".
    ['The plane took off at 4:55 p.m. local time (1955 GMT) on Monday.', undefined,
      ['4:55 p.m. local time = 16:55 local (setting off)', 'Monday = Monday (unresolved) (setting off)']],
    ['The plane took off at 0830 GMT on Monday.', undefined, ['0830 GMT = 08:30 GMT (setting off)', 'Monday = Monday (unresolved) (setting off)']],
    ['The hangar was built in 1955.', undefined, ['1955 = 1955-01-01..1955-12-31']],
  ])('%s (published %s)', (text, publishedAt, expected) => {
    expect(described(text, publishedAt)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // No clock before the brackets: the local day cannot be told, so the day is only marked.
    ['Page passed away this evening (0241 GMT Friday) in a Los Angeles hospital.', ['this evening', 'Friday (converted)']],
    // Brackets that name no zone, or follow no time, convert nothing.
    ['Lohan checked out on Thursday (June 13).', ['Thursday', 'June 13']],
    ['Polls closed at 6:00 p.m. local time (1300 GMT) Sunday.', ['6:00 p.m. local time', 'Sunday']],
    ['The agency (GMT Friday edition) said the plane landed on Friday.', ['Friday', 'Friday']],
  ])('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it("a day in another zone does not clash with the other side's local day", () => {
    const row = timeRow(
      'Bettie Page died at 6:41pm PST (0241 GMT Friday) in a Los Angeles hospital.',
      'Bettie Page died in a Los Angeles hospital on Thursday.',
    );
    expect(row?.verdict).not.toBe('conflict');
    expect(timeRow(
      'Bettie Page died this evening (0241 GMT Friday) in a Los Angeles hospital.',
      'Bettie Page died in a Los Angeles hospital on Thursday.',
    )?.verdict).not.toBe('conflict');
  });

  it('...but its local day clashes with another day', () => {
    const row = timeRow(
      'Bettie Page died at 6:41pm PST (0241 GMT Friday) in a Los Angeles hospital.',
      'Bettie Page died in a Los Angeles hospital on Saturday.',
    );
    expect(row?.verdict).toBe('conflict');
  });

  it('...and the local days still clash when they differ', () => {
    const row = timeRow(
      'Bettie Page died at 6:41pm PST on Thursday (0241 GMT Friday) in a Los Angeles hospital.',
      'Bettie Page died in a Los Angeles hospital on Wednesday.',
    );
    expect(row?.verdict).toBe('conflict');
    expect(row?.explanation).toBe('"Thursday" cannot be true with "Wednesday"');
  });
});

describe("a day's name", () => {
  it.each([
    ['We look forward to having her back on ABC for Oscar Sunday.', []],
    ['Shoppers crowded the stores on Black Friday.', []],
    ['The Oscars are on Sunday.', ['Sunday']],
  ])('%s', (text, expected) => {
    expect(time.extract({ index: 0, text, publishedAt: '2013-08-02' }).map((f) => f.value.relative)).toEqual(expected);
  });
});

describe('a sentence that opens by counting days from the one before', () => {
  const previous = (text: string) => ({ index: 0, text, publishedAt: '1993-09-23' });
  const days = (text: string, before: string) =>
    time.extract({ index: 1, text, publishedAt: '1993-09-23', previous: previous(before) }).map((f) => f.value.date?.from);
  it('counts from the day the sentence before dates', () => {
    expect(days('A day earlier a Tu-134 was shot down near Sukhumi.', 'The Tu-154 was struck by a missile on Wednesday.')).toEqual(['1993-09-21']);
  });
  it('not from the day a statement was made, nor with no sentence before', () => {
    expect(days('A day earlier a Tu-134 was shot down near Sukhumi.', 'Abkhaz separatists denied on Thursday that they had shot it down.')).toEqual([]);
    expect(time.extract({ index: 0, text: 'A day earlier a Tu-134 was shot down.', publishedAt: '1993-09-23' })).toEqual([]);
  });
});

describe("a dateline's date, days before publication", () => {
  it('is the day the report speaks from', () => {
    expect(filedOn('TURIN, Italy, May 4 (AP) - A plane carrying the Torino team crashed today.', '1949-05-05')).toBe('1949-05-04');
    const report = { id: 'a', publishedAt: '1949-05-05', text: 'TURIN, Italy, May 4 (AP) - A plane carrying the Torino soccer team crashed into the hill of Superga today.' };
    const other = { id: 'b', publishedAt: '1949-05-07', text: 'The Torino players were killed when their plane hit the Superga hill on Wednesday.' };
    const row = compare(report, other).facets.find((f) => f.facet === 'time')!;
    expect(row.a.map((f) => (f.value as TimeValue).date?.from)).toContain('1949-05-04');
    expect(row.verdict).not.toBe('conflict');
  });
  it('not the day of publication itself, a date long before it, nor a date not in a dateline', () => {
    expect(filedOn('TURIN, Italy, May 5 (AP) - A plane crashed today.', '1949-05-05')).toBeUndefined();
    expect(filedOn('TURIN, Italy, March 4 (AP) - A plane crashed today.', '1949-05-05')).toBeUndefined();
    expect(filedOn('A plane crashed on May 4 near Turin.', '1949-05-05')).toBeUndefined();
    expect(filedOn('TURIN, Italy, May 4 (AP) - A plane crashed today.', undefined)).toBeUndefined();
  });
});

describe('the days of a search or of what followed never clash', () => {
  const row = (a: string, b: string) => compare({ id: 'a', text: a, publishedAt: '1937-07-05' }, { id: 'b', text: b, publishedAt: '1937-07-05' })
    .facets.find((f) => f.facet === 'time');
  it('two days of one search', () => {
    expect(row('Navy ships searched the Pacific on Saturday for Amelia Earhart, whose plane disappeared near Howland Island.',
      'The battleship Colorado launched three seaplanes on Monday to join the hunt for Amelia Earhart, missing near Howland Island.')?.verdict).not.toBe('conflict');
  });
  it('but two days of one hearing do', () => {
    expect(row('Earhart\'s navigator testified at a hearing on Saturday.', 'Earhart\'s navigator testified at a hearing on Monday.')?.verdict).toBe('conflict');
  });
});

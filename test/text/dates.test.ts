import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/text/dates.js';

const PUB = '2019-03-25'; // a Monday
const dates = (text: string, pub: string | null = PUB) =>
  findTimes(text, pub ?? undefined).map((m) => (m.value.date ? `${m.text}=${m.value.date.from}..${m.value.date.to}` : `${m.text}=?`));
const clocks = (text: string) =>
  findTimes(text).filter((m) => m.value.clock).map((m) => {
    const c = m.value.clock!;
    return `${m.text}=${c.from}-${c.to}${c.offset !== undefined ? `@${c.offset}` : ''}`;
  });

describe('findTimes: dates against publication (2019-03-25, a Monday)', () => {
  it.each([
    ['The jet landed on Saturday.', ['Saturday=2019-03-23..2019-03-23']],
    ['The call came on Monday.', ['Monday=2019-03-25..2019-03-25']],
    ['It happened last Monday.', ['last Monday=2019-03-18..2019-03-18']],
    ['Talks resume next Friday.', ['next Friday=2019-03-29..2019-03-29']],
    ['The crew returned yesterday.', ['yesterday=2019-03-24..2019-03-24']],
    ['Officials met last week.', ['last week=2019-03-18..2019-03-24']],
    // The weekend: the Saturday and Sunday on or before publication.
    ['Two planes landed over the weekend.', ['over the weekend=2019-03-23..2019-03-24']],
    ['Two planes landed last weekend.', ['last weekend=2019-03-23..2019-03-24']],
    ['More will come next weekend.', ['next weekend=2019-03-30..2019-03-31']],
    ['It landed on March 23.', ['March 23=2019-03-23..2019-03-23']],
    ['It landed on Nov. 4.', ['Nov. 4=2018-11-04..2018-11-04']],
    // A feast on a fixed date, the last one on or before publication.
    ['The jet crashed on Christmas Day.', ['Christmas Day=2018-12-25..2018-12-25']],
    ['It happened on Christmas Eve 2016.', ['Christmas Eve 2016=2016-12-24..2016-12-24']],
    ["He left on New Year's Day.", ["New Year's Day=2019-01-01..2019-01-01"]],
    ['It landed on 12 June 2017.', ['12 June 2017=2017-06-12..2017-06-12']],
    // The stop of an abbreviated month is part of the date; a sentence's stop after a full name is not.
    ['It landed on the 23rd of March.', ['23rd of March=2019-03-23..2019-03-23']],
    ['It landed on 23 Mar. 2019 at dawn.', ['23 Mar. 2019=2019-03-23..2019-03-23']],
    ['It landed on the 21st.', ['on the 21st=2019-03-21..2019-03-21']],
    ['It landed on the 28th.', ['on the 28th=2019-02-28..2019-02-28']],
    ['Bombers came in December.', ['December=2018-12-01..2018-12-31']],
    ['Bombers came in March.', ['March=2019-03-01..2019-03-31']],
    ['The trip had been planned for February.', ['February=2019-02-01..2019-02-28']],
    ['Elections were held in 2018.', ['2018=2018-01-01..2018-12-31']],
    // A span of years, the later whole or by its last figures; not a month written in figures.
    ["He faces charges over Sierra Leone's 1991-2002 civil war.", ['1991-2002=1991-01-01..2002-12-31']],
    ['Thousands died in the 1992-95 war.', ['1992-95=1992-01-01..1995-12-31']],
    ['The 2019-03 figures were late.', []],
    ['Flights began in early 2019.', ['early 2019=2019-01-01..2019-04-30']],
    ['Flights began in mid-2017.', ['mid-2017=2017-05-01..2017-08-31']],
    ['Flights began in late February.', ['late February=2019-02-21..2019-02-28']],
    ['Ties grew in recent months.', ['in recent months=2018-09-23..2019-03-25']],
    // A counted span back from the report, in days, weeks or months; hours are no span of days.
    ['Israel airlifted thousands over the past seven weeks.', ['over the past seven weeks=2019-02-04..2019-03-25']],
    ['Flights were halted in the last 10 days.', ['in the last 10 days=2019-03-15..2019-03-25']],
    ['It was the third crash in the past 24 hours.', []],
    // A count back with "ago", as precise as its unit.
    ['The jet plunged into the sea two years ago.', ['two years ago=2017-01-01..2017-12-31']],
    ['It crashed three days ago.', ['three days ago=2019-03-22..2019-03-22']],
    ['It crashed a month ago.', ['a month ago=2019-02-01..2019-02-28']],
    ['The ago of the ancients.', []],
    // A weekday in a name is no day.
    ['The Otter flew from Friday Harbor to Renton on Sunday.', ['Sunday=2019-03-24..2019-03-24']],
    ['The Sunday Times reported it on Friday.', ['Friday=2019-03-22..2019-03-22']],
    ['On January 10, 2019, he declared.', ['January 10, 2019=2019-01-10..2019-01-10']],
    ['Filed 2019-03-22 in Minsk.', ['2019-03-22=2019-03-22..2019-03-22']],
    ['The 2018 elections were disputed.', ['2018=2018-01-01..2018-12-31']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    'An An-124 and an Il-62M landed.',
    'Rosneft holds a 49.9 percent stake after a $1.5 billion loan.',
    'The convoy carried 1,500 tonnes and 2019 tonnes of aid.',
    'Prime Minister May said it may come in a march.',
    'The Su-2019 prototype and flight SU2018 were delayed.',
    // A flight's number, with or without "No.".
    'Flight 2059 was travelling from Everett to San Francisco.',
    'It was flight No. 2017 from Moscow.',
  ])('no date in "%s"', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['The jet landed on Saturday.', ['Saturday=?']],
    ['It landed on March 23.', ['March 23=?']],
    ['It landed on March 23, 2019.', ['March 23, 2019=2019-03-23..2019-03-23']],
  ])('without publication: %s', (text, expected) => {
    expect(dates(text, null)).toEqual(expected);
  });
});

describe('findTimes: days counted from another day of the sentence', () => {
  it.each([
    // The search on Monday; the crash "a day earlier".
    ['Divers searched the sea on Monday for the 92 people killed when the plane plunged into it a day earlier.',
      ['Monday=2019-03-25..2019-03-25', 'a day earlier=2019-03-24..2019-03-24']],
    ['The jet landed on Saturday, having left Moscow the day before.', ['Saturday=2019-03-23..2019-03-23', 'the day before=2019-03-22..2019-03-22']],
    ['It took off on March 2 and landed in Caracas two days later.', ['March 2=2019-03-02..2019-03-02', 'two days later=2019-03-04..2019-03-04']],
    // With no day before the words, the day after them anchors them.
    ['The day before, the crew had been told to wait; the plane left on Friday.', ['The day before=2019-03-21..2019-03-21', 'Friday=2019-03-22..2019-03-22']],
    // A happening named after the words, counted from the sentence's day: the swap was on Thursday.
    ['He arrived on Friday, the day after she was swapped.', ['Friday=2019-03-22..2019-03-22', 'the day after=2019-03-21..2019-03-21']],
    ['Teams found debris on Friday, a day after the jet vanished.', ['Friday=2019-03-22..2019-03-22', 'a day after=2019-03-21..2019-03-21']],
    ['Bodies were pulled from the sea on Tuesday, two days after the plane vanished.', ['Tuesday=2019-03-19..2019-03-19', 'two days after=2019-03-17..2019-03-17']],
    ['The minister arrived on Monday, a day before the talks.', ['Monday=2019-03-25..2019-03-25', 'a day before=2019-03-26..2019-03-26']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    // A noun after "the day before" counts from that thing, which has no date here.
    ['The plane left Moscow the day before the crash on Monday.', ['Monday=2019-03-25..2019-03-25']],
    // Only a day before the words counts: Monday is the arrival's, not the sentence's.
    ['Two days after he arrived on Monday, the minister left.', ['Monday=2019-03-25..2019-03-25']],
    // Nothing to count from: no date.
    ['A day earlier, the plane had left Moscow.', []],
    // Without a publication date the weekday is not in the calendar, and nor is a day counted from it.
    ['The jet landed on Saturday, having left Moscow the day before.', ['Saturday=?'], null],
  ] as [string, string[], null?][])('%s: no day counted', (text, expected, pub) => {
    expect(dates(text, pub)).toEqual(expected);
  });

  // Words that open the sentence count from the last day of the sentence before, when given; words within it do not.
  it.each([
    ['A day earlier a Tu-134 was shot down over the Black Sea.', ['A day earlier=2019-03-21..2019-03-21']],
    ['The day before, the plane had left Moscow.', ['The day before=2019-03-21..2019-03-21']],
    ['The plane had left Moscow a day earlier.', []],
  ])('%s: counted from the day before', (text, expected) => {
    expect(findTimes(text, PUB, '2019-03-22').map((m) => `${m.text}=${m.value.date!.from}..${m.value.date!.to}`)).toEqual(expected);
  });
});

describe('findTimes: clock times', () => {
  it.each([
    ['It took off at 11:15 a.m. local time.', ['11:15 a.m. local time=675-675']],
    ['It took off around 11 a.m.', ['around 11 a.m.=630-690']],
    ['It took off at 11 a.m.', ['11 a.m.=645-675']],
    ['Contact was lost at 14:30 GMT.', ['14:30 GMT=870-870@0']],
    ['Contact was lost at 17:30 Moscow time.', ['17:30 Moscow time=1050-1050@180']],
    ['Contact was lost at 9.45 p.m. (UTC+2).', ['9.45 p.m. (UTC+2)=1305-1305@120']],
    ['The crash came shortly after midnight.', ['shortly after midnight=0-30']],
    // Before midnight is the end of the day.
    ['The planes touched down shortly before midnight.', ['shortly before midnight=1410-1440']],
    ['The planes touched down shortly before noon.', ['shortly before noon=690-720']],
  ])('%s', (text, expected) => {
    expect(clocks(text)).toEqual(expected);
  });

  it.each(['The score was 3:1.', 'A 49.9 percent stake.', 'Flight 1415 was late.', 'I am 12 years old.'])('no clock in "%s"', (text) => {
    expect(clocks(text)).toEqual([]);
  });

  it('is fast on a long adversarial text', () => {
    const text = '11:11 '.repeat(5000) + 'March 1 '.repeat(5000) + '9'.repeat(50_000);
    const t0 = Date.now();
    findTimes(text, PUB);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('findTimes: the weekend, published on a weekend day', () => {
  it.each([
    ['2019-03-23', 'It landed over the weekend.', ['over the weekend=2019-03-23..2019-03-23']],
    ['2019-03-24', 'It landed over the weekend.', ['over the weekend=2019-03-23..2019-03-24']],
    ['2019-03-24', 'It landed last weekend.', ['last weekend=2019-03-16..2019-03-17']],
    ['2019-03-29', 'It landed last weekend.', ['last weekend=2019-03-23..2019-03-24']],
    // Written at a weekend, "last week" may be the week that is ending; written in the week, it is not.
    ['2024-12-29', 'The plane crashed last week.', ['last week=2024-12-16..2024-12-28']],
    ['2024-12-28', 'The plane crashed last week.', ['last week=2024-12-16..2024-12-27']],
    ['2024-12-27', 'The plane crashed last week.', ['last week=2024-12-16..2024-12-22']],
  ])('published %s: %s', (pub, text, expected) => {
    expect(dates(text, pub)).toEqual(expected);
  });

  it('leaves the weekend unresolved without a publication date', () => {
    expect(dates('It landed over the weekend.', null)).toEqual(['over the weekend=?']);
  });
});

import { describe, expect, it } from 'vitest';
import { findNumbers, partsOf, wholeCount, type NumberMention } from '../../src/text/numbers.js';

/** "text kind min..max" of every figure, rounded, so a line shows the whole expectation. */
const show = (text: string) =>
  findNumbers(text).map((n: NumberMention) => `${n.text} ${n.kind} ${round(n.value.min)}..${round(n.value.max)}`);
const round = (x: number) => (x >= 1e12 ? 'inf' : String(Math.round(x * 100) / 100));

describe('findNumbers', () => {
  it.each([
    ['Some 40 sailors waited', ['Some 40 sailors waited'.slice(0, 7) + ' count 36..44']],
    ['There were 57 firefighters', ['57 count 57..57']],
    ['a crowd of 10,000 gathered', ['10,000 count 9500..10500']],
    ['Forty-two miners were rescued', ['Forty-two count 42..42']],
    ['ninety-nine balloons', ['ninety-nine count 99..99']],
    ['a hundred volunteers', ['a hundred count 95..105']],
    ['one hundred and seven pilgrims', ['one hundred and seven count 107..107']],
    ['nearly 200 workers', ['nearly 200 count 180..199']],
    ['almost a thousand fans', ['almost a thousand count 900..999']],
    ['just under 60 nurses', ['just under 60 count 54..59']],
    ['approximately 31 doctors', ['approximately 31 count 27.9..34.1']],
    ['up to 300 guests', ['up to 300 count 150..300']],
    ['at least 12 hikers', ['at least 12 count 12..inf']],
    ['more than 100 soldiers', ['more than 100 count 101..1000']],
    ['over 40 fishermen', ['over 40 count 41..400']],
    // A hedge after the figure; with one before it, that one sets the value.
    ['the 100-odd troops', ['100-odd count 100..130']],
    ['100 or so troops', ['100 or so count 90..110']],
    ['some 100-odd troops', ['some 100-odd count 90..110']],
    ['the score was 3+4', ['3 count 3..3', '4 count 4..4']],
    ['fewer than 30 students', ['fewer than 30 count 0..29']],
    ['dozens of protesters', ['dozens count 24..99']],
    ['several dozen engineers', ['several dozen count 24..99']],
    ['hundreds of refugees', ['hundreds count 200..999']],
    ['several trucks', ['several count 3..9']],
    ['a few reporters', ['a few count 2..5']],
    ['a dozen monks', ['a dozen count 12..12']],
    ['between 15 and 25 climbers', ['between 15 and 25 count 15..25']],
    ['three or four boats', ['three or four count 3..4']],
    ['killing all 17 on board', ['all 17 count 17..17']],
    ['Twenty-three passengers', ['Twenty-three count 23..23']],
    ['more than 10,000 people', ['more than 10,000 count 10001..100000']],
    ['some 640 Afghans', ['some 640 count 576..704']],
    ['a pair of boats', ['a pair of count 2..2']],
    ['Both pilots ejected', ['Both count 2..2']],
    // "no one" is nobody: no figure. Other "one"s stay counts.
    ['no one was hurt', []],
    ['No-one answered the phone', []],
    ['No  one came', []],
    ['one was hurt and another fled', ['one count 1..1']],
    ['the one survivor', ['one count 1..1']],
    ['casino one is closed', ['one count 1..1']],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it.each([
    ['a 12.5 percent rise', ['12.5 percent percent 12.5..12.5']],
    ['a 3% drop', ['3% percent 3..3']],
    ['a $2.4 billion deal', ['$2.4 billion money 2280000000..2520000000']],
    ['in 2021 the ship sailed', ['2021 year 2021..2021']],
    ['since mid-2016', ['2016 year 2016..2016']],
    ['at 09:40 local time', ['09:40 time 580..580']],
    ['shortly after 3 p.m.', ['3 p.m. time 900..900']],
    ['on April 11', ['11 date 11..11']],
    ['on 4 July', ['4 date 4..4']],
    ['the 42nd brigade', ['42nd ordinal 42..42']],
    ['an F-35 and a Tu-95', ['35 designation 35..35', '95 designation 95..95']],
    ['a Boeing 777-300 and an Il-76MD', ['777 designation 777..777', '300 designation 300..300', '76 designation 76..76']],
    ['an Antonov 26 landed', ['26 designation 26..26']],
    ['the Airbus A310-200 survived', ['200 designation 200..200']],
    ['10-12 survived', ['10-12 count 10..12']],
    // "over" as a verb's particle, no hedge.
    ['the rebels were tricked into handing over 15 captives', ['15 count 15..15']],
    ['over 15 captives were freed', ['over 15 count 16..150']],
    ['agent 007 arrived', ['007 designation 7..7']],
    ['the quake killed 40, 000 people', ['40 count 40..40', '000 designation 0..0']],
    // How many children someone has.
    ['a mother of two died', ['two family 2..2']],
    ['the newlywed and father to two boys died', ['two family 2..2']],
    ['a father-of-three was aboard', ['three family 3..3']],
    // A person's age is no count.
    ['a girl aged about 12 was rescued', ['12 age 12..12']],
    ['11 men and six women aged between 42 and 84', ['11 count 11..11', 'six count 6..6', '42 age 42..42', '84 age 84..84']],
    ['a 12-year-old girl and a man, 63 years old', ['12 age 12..12', '63 age 63..63']],
    ['the 12 aged aircraft', ['12 count 12..12']],
    // Set off by commas right after a name; not a count after a place and its comma.
    ['Jerry Anderson, 31, a friend, survived', ['31 age 31..31']],
    ['In Moscow, 31 people died', ['31 count 31..31']],
    ['Flight 191, 273 people aboard, crashed', ['191 designation 191..191', '273 count 273..273']],
    ['queens - mother - of - 2 - dead', ['2 family 2..2']],
  ])('kinds: %s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it.each([
    ['the mission lasted 3000 days', 'count'],
    ['an 11-hour flight', 'count'],
    ['he will be 20 soon', 'count'],
    ['0 people were hurt', 'count'],
    ['100 people were hurt', 'count'],
  ])('does not over-read %s', (text, kind) => {
    expect(findNumbers(text)[0]?.kind).toBe(kind);
  });

  it('keeps offsets that slice back to the words', () => {
    const text = 'Officials said nearly 300 people and twenty-one dogs were moved, at a cost of €4 million.';
    for (const n of findNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(findNumbers(text).map((n) => n.text)).toEqual(['nearly 300', 'twenty-one', '€4 million']);
  });

  it('marks round and hedged figures as approximate, exact ones not', () => {
    expect(findNumbers('99 men').map((n) => n.approximate)).toEqual([false]);
    expect(findNumbers('100 men').map((n) => n.approximate)).toEqual([true]);
    expect(findNumbers('about 7 men').map((n) => n.approximate)).toEqual([true]);
  });

  it.each([
    ['digits', '9'.repeat(100_000)],
    ['digits with commas', '1,'.repeat(50_000)],
    ['number words', 'one two '.repeat(12_500)],
    ['hyphens', 'An-'.repeat(33_000)],
    ['hedges', 'almost nearly '.repeat(7_000)],
  ])('stays fast on 100 KB of %s', (_name, text) => {
    const t0 = performance.now();
    findNumbers(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it.each([
    ['Forty-one of the 78 people on board were killed.', [['Forty-one', '78']]],
    ['24 of the 30 drones were downed.', [['24', '30']]],
    ['41 people and 78 goats', []],
    ['in 2019 of the 78 planes', []],
    // "All but two of the 181" are what the whole leaves, quoted from "All".
    ['All but two of the 181 people aboard were killed.', [['All but two', '181']]],
    ['Two of the 181 people aboard were killed, but all others survived.', [['Two', '181']]],
  ])('parts of a whole in %s', (text, expected) => {
    const numbers = findNumbers(text);
    expect([...partsOf(text, numbers)].map(([whole, part]) => [part.text, whole.text])).toEqual(expected);
  });
});

describe('wholeCount', () => {
  it.each([
    [{ min: 21.6, max: 26.400000000000002 }, '22-26'],
    [{ min: 89.1, max: 108.9 }, '90-108'],
    [{ min: 12, max: 12 }, '12'],
    [{ min: 12, max: 1e12 }, '12+'],
    [{ min: 0.5, max: 0.9 }, '1'],
  ])('%j is %s', (interval, shown) => {
    expect(wholeCount(interval)).toBe(shown);
  });
});

/**
 * Number words, vague quantities, hedges and the words around a figure that tell what kind of figure it
 * is. Data only: src/text/numbers.ts compiles these into patterns.
 */

/** Cardinal words below a hundred, with their value. */
export const NUMBER_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const NUMBER_TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what precedes them ("two hundred", "a dozen", "1.5 billion"). */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
  trillion: 1_000_000_000_000, mln: 1_000_000, bn: 1_000_000_000,
};

/** Quantities without a figure, as the range a reader would accept. */
export const VAGUE_QUANTITIES: Readonly<Record<string, readonly [number, number]>> = {
  // "Both pilots were killed": the two of a pair.
  both: [2, 2],
  'a pair of': [2, 2],
  'a couple of': [2, 3],
  'a couple': [2, 3],
  'a few': [2, 5],
  'a handful of': [2, 6],
  several: [3, 9],
  'a dozen or so': [10, 15],
  'half a dozen': [6, 6],
  dozens: [24, 99],
  'several dozen': [24, 99],
  'a few dozen': [24, 60],
  scores: [40, 99],
  hundreds: [200, 999],
  'several hundred': [200, 999],
  'a few hundred': [200, 500],
  thousands: [2_000, 9_999],
  'several thousand': [2_000, 9_999],
  'a few thousand': [2_000, 5_000],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2_000_000, 9_999_999],
};

/**
 * How a hedge bends a figure N into a range:
 * - below: just under N ("almost 100" is 90..99);
 * - around: N give or take a tenth;
 * - upTo: at most N, probably near it;
 * - atMost: at most N;
 * - atLeast: N or more;
 * - over: more than N;
 * - justOver: a little more than N;
 * - under: less than N;
 * - all: exactly N, the whole of a group ("all 10 on board").
 */
export type HedgeKind = 'below' | 'around' | 'upTo' | 'atMost' | 'atLeast' | 'over' | 'justOver' | 'under' | 'all';

export const NUMBER_HEDGES: Readonly<Record<HedgeKind, readonly string[]>> = {
  below: ['almost', 'nearly', 'just under', 'just short of', 'close to', 'not quite', 'just below', 'approaching', 'almost all of'],
  around: [
    'about', 'around', 'some', 'roughly', 'approximately', 'approx.', 'an estimated', 'estimated', 'circa',
    'more or less', 'an approximate', 'a reported', 'reportedly', 'give or take',
  ],
  upTo: ['up to', 'as many as', 'as much as'],
  atMost: ['at most', 'no more than', 'not more than', 'a maximum of', 'at the most'],
  atLeast: ['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of', 'at the very least'],
  over: ['more than', 'over', 'in excess of', 'upwards of', 'above', 'well over', 'well above', 'more then'],
  justOver: ['just over', 'just above', 'slightly more than', 'a little more than', 'just more than'],
  under: ['fewer than', 'less than', 'under', 'below', 'not even'],
  all: ['all', 'all of the', 'all the', 'the entire', 'a total of', 'in total'],
};

/** Hedges written after a figure ("100-odd", "100 or so", "100-plus", "100+"): a few more, or about. */
export const AFTER_HEDGES: Readonly<Record<string, 'orMore' | 'around'>> = {
  odd: 'orMore', plus: 'orMore', '+': 'orMore', 'or so': 'around', 'or thereabouts': 'around',
};

/** Words after a figure that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = ['%', 'percent', 'per cent', 'pct', 'percentage points'];

/** Currency symbols before a figure and words after it that make it money. */
export const CURRENCY_SYMBOLS: readonly string[] = ['$', '€', '£', '¥', '₽', 'US$', 'USD', 'EUR', 'RUB'];
export const CURRENCY_WORDS: readonly string[] = [
  'dollars', 'dollar', 'euros', 'euro', 'rubles', 'roubles', 'ruble', 'rouble', 'yuan', 'pounds sterling',
  'bolivars', 'bolivares', 'pesos', 'hryvnias', 'hryvnia',
];

/** Month names, so that "March 23" and "23 March" read as dates rather than counts. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.',
  'nov.', 'dec.',
];

/** Words before a four-digit figure that make it a year ("in 2019", "since 2014"). */
export const YEAR_CUES: readonly string[] = [
  'in', 'since', 'until', 'till', 'by', 'from', 'of', 'early', 'late', 'mid', 'mid-', 'during', 'before',
  'after', 'year', 'the year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'through', 'between',
];

/** Counted nouns without a plural -s, so "2000 people" reads as a count and not a year. */
export const IRREGULAR_PLURALS: readonly string[] = [
  'people', 'men', 'women', 'children', 'personnel', 'staff', 'crew', 'military', 'police', 'cattle',
  'sheep', 'aircraft',
];

/** Suffixes of ordinals written in digits ("23rd"). */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Words that join two figures into a range ("10 to 12", "two or three", "between 10 and 20"). */
export const RANGE_JOINERS: readonly string[] = ['-', '–', '—', 'to', 'or', 'and'];

/** Kin before "of" and a figure, which counts their children: "a mother of two died" is one death. */
export const KIN_OF: readonly string[] = ['mother', 'father', 'parent', 'grandmother', 'grandfather', 'mom', 'mum', 'dad', 'grandparent'];

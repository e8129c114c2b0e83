/**
 * Dates and clock times in text, resolved against the publication date with a past-leaning policy for
 * news: "Saturday" is the most recent Saturday on or before publication, "in December" the most recent
 * December (the publication month itself counts). Without a publication date, relative expressions stay
 * unresolved and keep what they state (a weekday, a month and day) so they can still be compared.
 *
 * One small parser per concern, as chrono does; overlapping finds keep the longest.
 */
import { fold, matchAny } from '../lexicon/match.js';
import { NUMBER_UNITS } from '../lexicon/numbers.js';
import {
  AGO_UNITS, WEEKDAY_NAME_AFTER, AMBIGUOUS_MONTHS, ANCHORED_DAYS, ANCHOR_CLAUSE_GOES_ON, COUNTED_PERIOD_LEADS, COUNTED_PERIOD_UNITS, DESCRIBED_BY_RELATIVE_DAY, ANCHORED_EVENT_DAYS, CLOCK_HEDGES, CLOCK_WORDS, DAY_EDGES, LATE_RELATIVE_DAYS, MONTHS, MONTH_LEADS, MONTH_PARTS, RELATIVE_DAYS,
  RELATIVE_PERIODS, VAGUE_PERIODS, WEEKDAYS, YEAR_BLOCKERS, YEAR_PARTS, ZONES, FIXED_HOLIDAYS,
} from '../lexicon/time.js';

/** When something happened: a date range, a clock time, or both. */
export interface TimeValue {
  /** Inclusive ISO `YYYY-MM-DD` range: "March 23" -> 2019-03-23..2019-03-23; "in 2018" -> the whole year. */
  date?: { from: string; to: string };
  /**
   * Minutes after midnight in the stated zone, as a range: "11:15" -> [675, 675], "around 11 a.m." ->
   * [630, 690]. `offset` is the zone's minutes east of UTC when known ("GMT" 0, "Moscow time" 180);
   * a time without a zone or in "local time" has none. `twelveHour` marks a clock that may be read twelve hours
   * later: "landed at 8:40", "at 4 o'clock", with no a.m., p.m. nor word of the day's part to tell which.
   */
  clock?: { from: number; to: number; zone?: string; offset?: number; twelveHour?: true };
  precision: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'part' | 'year' | 'vague';
  /** The relative words that were resolved, e.g. "Saturday", "yesterday", "in December". */
  relative?: string;
  /** False when a relative expression could not be placed in the calendar (no publication date). */
  resolved: boolean;
  /** What an unresolved expression still states, to compare it without a calendar. */
  parts?: { year?: number; month?: number; day?: number; weekday?: number };
  /** The thing a year names, when it is part of a name rather than a date of the story: "the 2014 Oscars" -> `oscars`, "her 1999 movie" -> `movie`. */
  label?: string;
  /** Near which end of its day it lies: "late Friday", "Friday night" (`late`); "early Saturday" (`early`). */
  edge?: 'late' | 'early';
  /** True when it dates a journey's setting off ("slipped out of his ranch on Wednesday night", "flew into exile
   * on Sunday"): late in the day, it fits what follows the next day; at any hour, a landing the next day. */
  departure?: boolean;
  /** True when it dates a journey's landing ("arrived in Bangui on Monday"): a setting off the day before fits it. */
  arrival?: boolean;
  /** True when it dates a statement ("said on Friday", "posted on June 13", a dateline's date) rather than what it reports. */
  statement?: boolean;
  /**
   * True when the statement discloses what happened some time before: "The Air Force disclosed today that a
   * rocket-powered plane has flown faster than sound". Its day bounds nothing of the event.
   */
  disclosed?: true;
  /** True when it dates what is planned or due ("will be sentenced on Friday", "the trial starts Monday"),
   * not what happened: such a time never dates the article's event. */
  planned?: boolean;
  /** True when it starts a period ("held since October", "the worst since 1985"): it dates when something
   * began, so it clashes only with another such start. */
  since?: boolean;
  /** True when it ends a period ("by 1958", "until March"): what happened before it fits, so it clashes only
   * with another such end. */
  bound?: boolean;
  /** The occasion it dates when that is no happening of the story itself: "at a hearing on Tuesday" ->
   * `hearing`. It clashes only with a time of the same occasion. */
  occasion?: string;
  /** True when it follows up, within hours, the happening it follows ("landed on Friday, hours after she was
   * swapped"): that happening fell on its day or the day before. */
  soonAfter?: boolean;
  /** True when it is a day in brackets that restates the time before it in another zone ("6:41pm PST
   * (0241 GMT Friday)") and the local day could not be worked out: it may differ from the other side's
   * local day, so it never clashes on its own. */
  converted?: boolean;
  /** A day in brackets in another zone, turned into the local day of the time before it: the words as
   * written ("0241 GMT Friday"), while the value holds the local day (Thursday). */
  zoneDay?: string;
  /** How many days the happening of its sentence lasts, when the sentence says ("in the first phase of a
   * three-day exchange on Friday" -> 3): a day of the other side that falls within that many is no clash. */
  lasts?: number;
  /** Set when `lasts` comes from a series of flights, not from days the text gives ("The last of the Il-76
   * aircraft landed on Saturday"): the flights of one airlift land over a few days. */
  series?: boolean;
}

export interface TimeMention {
  value: TimeValue;
  start: number;
  end: number;
  text: string;
  /** Which parser found it: `weekday`, `month-day`, `clock`... */
  rule: string;
}

interface Day { y: number; m: number; d: number }

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withCapitals = (terms: Iterable<string>) => [...terms].flatMap((t) => [t, cap(t)]);
const alt = (terms: Iterable<string>) => matchAny(terms);

const MONTH = alt(Object.keys(MONTHS));
const FULL_MONTH = alt(Object.keys(MONTHS).filter((m) => !AMBIGUOUS_MONTHS.includes(m)));
const WEEKDAY = alt(Object.keys(WEEKDAYS));
const AM_PM = String.raw`a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM|A\.M\.|P\.M\.`;
const NOT_AFTER_LETTER = '(?<![A-Za-z])';
const NOT_BEFORE_LETTER = '(?![A-Za-z])';

const PATTERNS = {
  iso: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
  dotted: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g,
  monthDay: new RegExp(String.raw`${NOT_AFTER_LETTER}(${MONTH})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\dA-Za-z]|:\d)(?:,?\s{1,3}(\d{4})(?!\d))?`, 'g'),
  // The stop of an abbreviation ("23 Mar."), not a sentence's after a full month name ("23rd of March.").
  dayMonth: new RegExp(String.raw`(?<![\d.,:])(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(${MONTH})(?:(?<=(?<![A-Za-z])[A-Za-z]{3,4})\.)?${NOT_BEFORE_LETTER}(?:,?\s{1,3}(\d{4})(?!\d))?`, 'g'),
  monthYear: new RegExp(String.raw`${NOT_AFTER_LETTER}(${MONTH})\.?,?\s{1,3}(\d{4})(?!\d)`, 'g'),
  partYear: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(withCapitals(Object.keys(YEAR_PARTS)))})[\s-]{1,3}(?:of\s{1,3})?(\d{4})(?![\w'’])`, 'g'),
  partMonth: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(withCapitals(Object.keys(MONTH_PARTS)))})[\s-]{1,3}(${FULL_MONTH})${NOT_BEFORE_LETTER}(?:,?\s{1,3}(\d{4})(?!\d))?`, 'g'),
  loneMonth: new RegExp(String.raw`${NOT_AFTER_LETTER}(?:${alt(withCapitals(MONTH_LEADS))})[\s-]{1,3}(${FULL_MONTH})${NOT_BEFORE_LETTER}`, 'g'),
  // Not a decade: "the 1990s", "the 1990's".
  year: /(?<![\w$€£.,/-])((?:19|20)\d{2})(?![\w%-]|[.,]\d)(?<!0(?=['’]s\b))/g,
  // "the 1991-2002 civil war", "the 1992-95 war": a span of years, the later written whole or by its last two figures.
  yearSpan: /(?<![\w$€£.,/-])((?:19|20)\d{2})[-–]((?:19|20)\d{2}|\d{2})(?![\w%-]|[.,]\d)/g,
  // Not "Friday Harbor", "the Sunday Times": a weekday in a name.
  weekday: new RegExp(String.raw`${NOT_AFTER_LETTER}(?:(last|next|this|Last|Next|This)\s{1,3})?(${WEEKDAY})${NOT_BEFORE_LETTER}(?!\s(?:${alt(WEEKDAY_NAME_AFTER)})${NOT_BEFORE_LETTER})`, 'g'),
  // "the day before" and "the day after" only where a clause or a sentence ends, or goes on with no happening of its
  // own (see ANCHOR_CLAUSE_GOES_ON): not "the day before the crash".
  anchoredDay: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(withCapitals(Object.keys(ANCHORED_DAYS)))})(?:${NOT_BEFORE_LETTER}(?<!(?:before|after))|(?=\s{0,2}(?:[.,;:!?)—–]|$)|\s{1,3}(?:${alt(ANCHOR_CLAUSE_GOES_ON)})\s))`, 'g'),
  // "a day after EgyptAir Flight 804 vanished": a happening named after the words, a count of days from the sentence's day.
  anchoredEvent: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(withCapitals(Object.keys(ANCHORED_EVENT_DAYS)))})(?=\s{1,3}[A-Za-z])(?!\s{1,3}(?:${alt(ANCHOR_CLAUSE_GOES_ON)})\s)`, 'g'),
  // Not "an overnight flight", which says how long it took.
  relativeDay: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(Object.keys(RELATIVE_DAYS))})${NOT_BEFORE_LETTER}(?!\s{1,3}(?:${alt(DESCRIBED_BY_RELATIVE_DAY)})\b)`, 'gi'),
  relativePeriod: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(Object.keys(RELATIVE_PERIODS))})${NOT_BEFORE_LETTER}`, 'gi'),
  vague: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(Object.keys(VAGUE_PERIODS))})${NOT_BEFORE_LETTER}`, 'gi'),
  ago: new RegExp(String.raw`${NOT_AFTER_LETTER}(\d{1,3}|an?|${alt(Object.keys(NUMBER_UNITS))})\s{1,3}(${alt(Object.keys(AGO_UNITS))})\s{1,3}ago${NOT_BEFORE_LETTER}`, 'gi'),
  countedPeriod: new RegExp(String.raw`${NOT_AFTER_LETTER}(?:${alt(COUNTED_PERIOD_LEADS)})\s{1,3}(\d{1,3}|${alt(Object.keys(NUMBER_UNITS))})\s{1,3}(${alt(Object.keys(COUNTED_PERIOD_UNITS))})${NOT_BEFORE_LETTER}`, 'gi'),
  ordinalDay: new RegExp(String.raw`${NOT_AFTER_LETTER}on\s{1,3}the\s{1,3}(\d{1,2})(?:st|nd|rd|th)(?!\s{1,3}(?:of\s{1,3})?(?:${MONTH}))`, 'gi'),
  clockColon: new RegExp(String.raw`(?<![\d.:,])(\d{1,2}):(\d{2})(?![\d:])(?:\s{0,2}(${AM_PM}))?(?![A-Za-z])`, 'g'),
  // "0830 UTC": four figures with a zone of known offset are a clock, as wire copy writes it. In brackets
  // ("(1955 GMT)") they restate the time before them, which the time facet reads as a conversion.
  clockFigures: new RegExp(String.raw`(?<![\d.:,]|\(\s{0,2})([01]\d|2[0-3])([0-5]\d)(?=\s{0,2}(?:${alt(Object.keys(ZONES).filter((z) => ZONES[z] !== null && z.length > 1))})${NOT_BEFORE_LETTER})`, 'g'),
  clockAmPm: new RegExp(String.raw`(?<![\d.:,])(\d{1,2})(?:\.(\d{2}))?\s{0,2}(${AM_PM})(?![A-Za-z])`, 'g'),
  // "touched down at 4 o'clock": a round hour of the old wires.
  clockOclock: /(?<![\d.:,])(\d{1,2})\s{1,2}o['’]clock\b/g,
  clockWord: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(withCapitals(Object.keys(CLOCK_WORDS)))})${NOT_BEFORE_LETTER}`, 'g'),
  holiday: new RegExp(String.raw`${NOT_AFTER_LETTER}(${alt(Object.keys(FIXED_HOLIDAYS))})${NOT_BEFORE_LETTER}(?:,?\s{1,3}(\d{4})(?!\d))?`, 'g'),
};

/** The most years a span of years written "1991-2002" may cover. */
const MOST_YEARS_SPANNED = 80;
const ANY_MONTH = new RegExp(MONTH);
const NONE: readonly RegExpExecArray[] = [];
const YEAR_BLOCKER = new RegExp(String.raw`^\s{1,3}(?:${alt(YEAR_BLOCKERS)})${NOT_BEFORE_LETTER}`, 'i');
/** "Flight 2059 was travelling from Everett": a flight's number, no year. */
const FLIGHT_NUMBER_BEFORE = /\bflights?\s{1,3}(?:(?:number|no\.?|#)\s{0,3})?$/i;
const HEDGE_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z])(${alt(withCapitals(Object.keys(CLOCK_HEDGES)))})\s{1,3}(?:at\s{1,3})?$`);
const ZONE_AFTER = new RegExp(String.raw`^\s{0,2}\(?\s{0,2}(${alt(withCapitals(Object.keys(ZONES)))})(?:\s{0,2}([+\-−])\s{0,1}(\d{1,2})(?::?(\d{2}))?)?\)?${NOT_BEFORE_LETTER}`);
/** "1955 GMT": a zone of known offset right after four figures makes them a clock, no year. */
const ZONE_NEXT = new RegExp(String.raw`^\s{0,2}(?:${alt(Object.keys(ZONES).filter((z) => ZONES[z] !== null && z.length > 1))})${NOT_BEFORE_LETTER}`);
const ZONE_OF = new Map(Object.entries(ZONES).map(([k, v]) => [fold(k), v]));
const LOOKUP = (table: Readonly<Record<string, unknown>>) => new Map(Object.keys(table).map((k) => [fold(k).replace(/\s+/g, ' '), k]));
const RELATIVE_DAY_KEY = LOOKUP(RELATIVE_DAYS);
const ANCHORED_DAY_KEY = LOOKUP(ANCHORED_DAYS);
const ANCHORED_EVENT_KEY = LOOKUP(ANCHORED_EVENT_DAYS);
const RELATIVE_PERIOD_KEY = LOOKUP(RELATIVE_PERIODS);
const VAGUE_KEY = LOOKUP(VAGUE_PERIODS);
const YEAR_PART_KEY = LOOKUP(YEAR_PARTS);
const MONTH_PART_KEY = LOOKUP(MONTH_PARTS);
const EDGE = {
  lateBefore: new RegExp(String.raw`(?:^|[^A-Za-z])(?:${alt(withCapitals(DAY_EDGES.lateBefore))})\s{1,3}$`),
  lateAfter: new RegExp(String.raw`^(?:'s)?\s{1,3}(?:${alt(DAY_EDGES.lateAfter)})${NOT_BEFORE_LETTER}`),
  earlyBefore: new RegExp(String.raw`(?:^|[^A-Za-z])(?:${alt(withCapitals(DAY_EDGES.earlyBefore))})\s{1,3}$`),
  earlyAfter: new RegExp(String.raw`^\s{1,3}(?:${alt(DAY_EDGES.earlyAfter)})${NOT_BEFORE_LETTER}`),
};

/**
 * Every date and clock time in `text`. `publishedAt` (YYYY-MM-DD) anchors relative expressions; `dayBefore`,
 * the last day the sentence before names, anchors words that open the sentence and count from it ("A day
 * earlier, a Tu-134 was shot down").
 */
export function findTimes(text: string, publishedAt?: string, dayBefore?: string): TimeMention[] {
  const pub = publishedAt ? parseDay(publishedAt) : undefined;
  const found: TimeMention[] = [];
  // Most patterns need a figure: a sentence without a digit skips them.
  const digits = /\d/.test(text);
  // Five patterns need a month's name; one scan for any of them spares the five.
  const months = ANY_MONTH.test(text);
  const add = (rule: string, start: number, end: number, value: TimeValue | undefined) => {
    if (value) found.push({ rule, start, end, text: text.slice(start, end), value });
  };
  for (const m of digits ? text.matchAll(PATTERNS.iso) : NONE) add('iso', m.index, m.index + m[0].length, exactDay(+m[1]!, +m[2]!, +m[3]!));
  for (const m of digits ? text.matchAll(PATTERNS.dotted) : NONE) add('dotted', m.index, m.index + m[0].length, exactDay(+m[3]!, +m[2]!, +m[1]!));
  for (const m of digits && months ? text.matchAll(PATTERNS.monthDay) : NONE) {
    add('month-day', m.index, m.index + m[0].length, monthDay(MONTHS[m[1]!]!, +m[2]!, m[3], pub, m[0]));
  }
  for (const m of digits && months ? text.matchAll(PATTERNS.dayMonth) : NONE) {
    add('day-month', m.index, m.index + m[0].length, monthDay(MONTHS[m[2]!]!, +m[1]!, m[3], pub, m[0]));
  }
  for (const m of digits && months ? text.matchAll(PATTERNS.monthYear) : NONE) {
    const month = MONTHS[m[1]!]!, year = +m[2]!;
    add('month-year', m.index, m.index + m[0].length, monthRange(year, month, 'month'));
  }
  for (const m of digits ? text.matchAll(PATTERNS.partYear) : NONE) {
    const [from, to] = YEAR_PARTS[YEAR_PART_KEY.get(fold(m[1]!).replace(/\s+/g, ' '))!]!;
    const year = +m[2]!;
    add('part-year', m.index, m.index + m[0].length, {
      date: { from: iso(firstOfMonth(year, from)), to: iso(lastOfMonth(year, to)) }, precision: 'part', resolved: true,
    });
  }
  for (const m of months ? text.matchAll(PATTERNS.partMonth) : NONE) {
    const [from, to] = MONTH_PARTS[MONTH_PART_KEY.get(fold(m[1]!).replace(/\s+/g, ' '))!]!;
    const month = MONTHS[m[2]!]!;
    const year = m[3] ? +m[3] : pub ? recentYearOf(month, pub) : undefined;
    const value: TimeValue = year === undefined
      ? { precision: 'part', resolved: false, relative: m[0], parts: { month } }
      : {
          date: { from: iso({ y: year, m: month, d: from }), to: iso({ y: year, m: month, d: Math.min(to, daysIn(year, month)) }) },
          precision: 'part', resolved: true,
        };
    if (!m[3] && year !== undefined) value.relative = m[0];
    add('part-month', m.index, m.index + m[0].length, value);
  }
  for (const m of months ? text.matchAll(PATTERNS.loneMonth) : NONE) {
    const month = MONTHS[m[1]!]!;
    const start = m.index + m[0].length - m[1]!.length;
    const year = pub ? recentYearOf(month, pub) : undefined;
    const value: TimeValue = year === undefined
      ? { precision: 'month', resolved: false, relative: m[1]!, parts: { month } }
      : { ...monthRange(year, month, 'month'), relative: m[1]! };
    add('month', start, m.index + m[0].length, value);
  }
  for (const m of digits ? text.matchAll(PATTERNS.year) : NONE) {
    const end = m.index + m[0].length;
    if (YEAR_BLOCKER.test(text.slice(end, end + 20)) || ZONE_NEXT.test(text.slice(end, end + 12))
      || FLIGHT_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const year = +m[1]!;
    add('year', m.index, end, { date: { from: `${year}-01-01`, to: `${year}-12-31` }, precision: 'year', resolved: true });
  }
  for (const m of digits ? text.matchAll(PATTERNS.yearSpan) : NONE) {
    const from = +m[1]!, to = m[2]!.length === 2 ? from - (from % 100) + +m[2]! : +m[2]!;
    // Not "2019-03", a month written in figures: the later year comes after the first, within a lifetime.
    if (to <= from || to - from > MOST_YEARS_SPANNED) continue;
    add('year', m.index, m.index + m[0].length, { date: { from: `${from}-01-01`, to: `${to}-12-31` }, precision: 'year', resolved: true });
  }
  for (const m of text.matchAll(PATTERNS.holiday)) {
    const [month, day] = FIXED_HOLIDAYS[m[1]!]!;
    add('holiday', m.index, m.index + m[0].length, monthDay(month, day, m[2], pub, m[0]));
  }
  for (const m of text.matchAll(PATTERNS.weekday)) {
    add('weekday', m.index, m.index + m[0].length, weekday(WEEKDAYS[m[2]!]!, m[1]?.toLowerCase(), pub, m[0]));
  }
  for (const m of text.matchAll(PATTERNS.relativeDay)) {
    const key = RELATIVE_DAY_KEY.get(fold(m[1]!).replace(/\s+/g, ' '))!;
    const shift = RELATIVE_DAYS[key]!;
    const value: TimeValue = pub
      ? { date: oneDay(addDays(pub, shift)), precision: 'day', relative: m[0], resolved: true }
      : { precision: 'day', relative: m[0], resolved: false };
    // "overnight" in a Wednesday's report: Tuesday's night, which may be told as early Wednesday.
    if (LATE_RELATIVE_DAYS.includes(key)) value.edge = 'late';
    add('relative-day', m.index, m.index + m[0].length, value);
  }
  for (const m of text.matchAll(PATTERNS.relativePeriod)) {
    const period = RELATIVE_PERIODS[RELATIVE_PERIOD_KEY.get(fold(m[1]!).replace(/\s+/g, ' '))!]!;
    add('relative-period', m.index, m.index + m[0].length, relativePeriod(period, pub, m[0]));
  }
  for (const m of text.matchAll(PATTERNS.vague)) {
    const back = VAGUE_PERIODS[VAGUE_KEY.get(fold(m[1]!).replace(/\s+/g, ' '))!]!;
    const value: TimeValue = pub
      ? { date: { from: iso(addDays(pub, -back)), to: iso(pub) }, precision: 'vague', relative: m[0], resolved: true }
      : { precision: 'vague', relative: m[0], resolved: false };
    add('vague', m.index, m.index + m[0].length, value);
  }
  // "two years ago", "three days ago": a count back from the report, as precise as its unit.
  for (const m of pub ? text.matchAll(PATTERNS.ago) : NONE) {
    const word = fold(m[1]!);
    const count = /^\d/.test(word) ? +word : word === 'a' || word === 'an' ? 1 : NUMBER_UNITS[word];
    const unit = AGO_UNITS[fold(m[2]!)];
    if (!count || !unit || !pub) continue;
    let from: Day, to: Day;
    if (unit === 'day') from = to = addDays(pub, -count);
    else if (unit === 'week') [from, to] = [addDays(pub, -7 * count - 3), addDays(pub, -7 * count + 3)];
    else if (unit === 'month') {
      from = firstOfMonth(pub.y, pub.m - count);
      to = lastOfMonth(from.y, from.m);
    }
    else [from, to] = [{ y: pub.y - count, m: 1, d: 1 }, { y: pub.y - count, m: 12, d: 31 }];
    add('ago', m.index, m.index + m[0].length, { date: { from: iso(from), to: iso(to) }, precision: unit, relative: m[0], resolved: true });
  }
  for (const m of text.matchAll(PATTERNS.countedPeriod)) {
    const count = /^\d/.test(m[1]!) ? +m[1]! : NUMBER_UNITS[fold(m[1]!)];
    const unit = COUNTED_PERIOD_UNITS[fold(m[2]!)];
    if (!count || !unit) continue;
    const value: TimeValue = pub
      ? { date: { from: iso(addDays(pub, -count * unit)), to: iso(pub) }, precision: 'vague', relative: m[0], resolved: true }
      : { precision: 'vague', relative: m[0], resolved: false };
    add('vague', m.index, m.index + m[0].length, value);
  }
  for (const m of digits ? text.matchAll(PATTERNS.ordinalDay) : NONE) {
    const day = +m[1]!;
    if (day < 1 || day > 31) continue;
    const value: TimeValue = pub
      ? { ...recentDayOfMonth(day, pub), relative: m[0] }
      : { precision: 'day', relative: m[0], resolved: false, parts: { day } };
    add('ordinal-day', m.index, m.index + m[0].length, value);
  }
  for (const m of digits ? text.matchAll(PATTERNS.clockColon) : NONE) {
    clock(text, m.index, m.index + m[0].length, +m[1]!, +m[2]!, m[3], 'minute', add, true);
  }
  for (const m of digits && text.includes('clock') ? text.matchAll(PATTERNS.clockOclock) : NONE) {
    clock(text, m.index, m.index + m[0].length, +m[1]!, undefined, undefined, 'hour', add, true);
  }
  for (const m of digits ? text.matchAll(PATTERNS.clockFigures) : NONE) {
    clock(text, m.index, m.index + m[0].length, +m[1]!, +m[2]!, undefined, 'minute', add);
  }
  for (const m of digits ? text.matchAll(PATTERNS.clockAmPm) : NONE) {
    clock(text, m.index, m.index + m[0].length, +m[1]!, m[2] ? +m[2] : undefined, m[3], m[2] ? 'minute' : 'hour', add);
  }
  for (const m of text.matchAll(PATTERNS.clockWord)) {
    const minutes = CLOCK_WORDS[m[1]!.toLowerCase()]!;
    clock(text, m.index, m.index + m[0].length, Math.floor(minutes / 60), minutes % 60, undefined, 'minute', add);
  }
  const kept = datedWeekdays(text, longestFirst(found));
  return (ANCHORED.test(text) || ANCHORED_EVENT.test(text) ? withAnchoredDays(text, kept, dayBefore) : kept).map((f) => withEdge(text, f));
}

const ANCHORED = new RegExp(PATTERNS.anchoredDay.source);
const ANCHORED_EVENT = new RegExp(PATTERNS.anchoredEvent.source);

/**
 * Adds the days counted from another day of the sentence ("on Monday ... a day earlier"): the nearest day
 * before the words, else the nearest after, else, for words that open the sentence, the last day of the
 * sentence before. Without a day to count from, the words date nothing.
 */
function withAnchoredDays(text: string, found: TimeMention[], dayBefore?: string): TimeMention[] {
  const days = found.filter((f) => f.value.precision === 'day' && f.value.date && f.value.date.from === f.value.date.to);
  const out = [...found];
  const add = (m: RegExpMatchArray, shift: number, anchor: TimeMention) => {
    const start = m.index!, end = start + m[0].length;
    const day = parseDay(anchor.value.date!.from)!;
    out.push({ rule: 'anchored-day', start, end, text: m[0], value: { date: oneDay(addDays(day, shift)), precision: 'day', relative: m[0], resolved: true } });
  };
  const free = (m: RegExpMatchArray) => !found.some((f) => f.start < m.index! + m[0].length && m.index! < f.end);
  const previous = dayBefore ? parseDay(dayBefore) : undefined;
  const before: TimeMention | undefined = previous && { rule: 'day-before', start: 0, end: 0, text: '', value: { date: oneDay(previous), precision: 'day', resolved: true } };
  for (const m of text.matchAll(PATTERNS.anchoredDay)) {
    // "A day earlier, a Tu-134 was shot down": words that open the sentence count from the one before.
    const opening = /^\W{0,3}$/.test(text.slice(0, m.index));
    const anchor = days.filter((f) => f.end <= m.index).pop() ?? days.find((f) => f.start >= m.index + m[0].length) ?? (opening ? before : undefined);
    if (free(m) && anchor) add(m, ANCHORED_DAYS[ANCHORED_DAY_KEY.get(fold(m[1]!).replace(/\s+/g, ' '))!]!, anchor);
  }
  // Only from a day before the words: in "Two days after he arrived on Monday, ..." Monday is the arrival's.
  for (const m of text.matchAll(PATTERNS.anchoredEvent)) {
    const anchor = days.filter((f) => f.end <= m.index).pop();
    if (free(m) && anchor) add(m, ANCHORED_EVENT_DAYS[ANCHORED_EVENT_KEY.get(fold(m[1]!).replace(/\s+/g, ' '))!]!, anchor);
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * A weekday with its date right after it, "before dawn on Friday, July 9", is that date: not the last Friday
 * before a report of July 17. A date that falls on another weekday leaves both as written, and so does a report
 * with no day of its own, whose weekdays date nothing.
 */
function datedWeekdays(text: string, found: TimeMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!, g = found[i + 1];
    if (f.rule === 'weekday' && g && (g.rule === 'month-day' || g.rule === 'day-month') && /^,?\s{1,3}$/.test(text.slice(f.end, g.start))
      && f.value.date !== undefined && weekdayNumber(g.value) === weekdayNumber(f.value)) {
      out.push({ rule: g.rule, start: f.start, end: g.end, text: text.slice(f.start, g.end), value: g.value });
      i++;
    } else out.push(f);
  }
  return out;
}

/** The weekday a value falls on, from its date or from the weekday it states. */
function weekdayNumber(v: TimeValue): number | undefined {
  if (v.parts?.weekday !== undefined) return v.parts.weekday;
  const day = v.date && v.date.from === v.date.to ? parseDay(v.date.from) : undefined;
  return day ? weekdayOf(day) : undefined;
}

/** Marks a day said to be near its end ("late Friday", "Friday night") or its start ("early Saturday"). */
function withEdge(text: string, f: TimeMention): TimeMention {
  if (f.value.precision !== 'day') return f;
  const before = text.slice(Math.max(0, f.start - 24), f.start), after = text.slice(f.end, f.end + 16);
  const edge = EDGE.lateBefore.test(before) || EDGE.lateAfter.test(after) ? 'late'
    : EDGE.earlyBefore.test(before) || EDGE.earlyAfter.test(after) ? 'early' : undefined;
  return edge ? { ...f, value: { ...f.value, edge } } : f;
}

/** Overlapping finds keep the longest ("March 23, 2019" over "2019"); the rest in text order. */
function longestFirst(found: TimeMention[]): TimeMention[] {
  const byLength = [...found].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: TimeMention[] = [];
  for (const f of byLength) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((x, y) => x.start - y.start);
}

/** Words of an evening beside a clock without a.m. or p.m.: "tonight at 11:59 o'clock", "at 9:30 this evening". */
const EVENING_NEAR = /\b(?:tonight|this\s{1,3}evening|last\s{1,3}night|in\s{1,3}the\s{1,3}evening)\b/i;
/** A universal time after a clock, told in twenty-four hours: "2:41 GMT". */
const UNIVERSAL_AFTER = /^\s{0,2}(?:GMT|UTC|Z)\b/;
/** Not a clock the morning owns: "at 11:30 in the morning, and left tonight". */
const MORNING_AFTER = /^\s{1,3}(?:o['’]clock\s{1,3})?(?:in\s{1,3}the\s{1,3}morning|this\s{1,3}morning)\b/i;

type Add = (rule: string, start: number, end: number, value: TimeValue | undefined) => void;

function clock(text: string, start: number, end: number, hour: number, minute: number | undefined, ampm: string | undefined,
  precision: 'minute' | 'hour', add: Add, bare = false): void {
  let h = hour;
  let twelveHour = false;
  if (ampm) {
    if (h < 1 || h > 12) return;
    const pm = /^p/i.test(ampm);
    h = (h % 12) + (pm ? 12 : 0);
  } else if (h > 24) return;
  // "landed ... tonight at 11:59 o'clock": a clock of twelve hours in the evening is an evening's.
  // Not one of twenty-four hours: "(02:41 GMT Friday)" beside "this evening".
  else if (h >= 1 && h < 12 && text[start] !== '0' && EVENING_NEAR.test(text.slice(Math.max(0, start - 16), end + 24))
    && !MORNING_AFTER.test(text.slice(end, end + 20)) && !UNIVERSAL_AFTER.test(text.slice(end, end + 8))) h += 12;
  // "landed at 8:40": a clock of twelve hours with nothing to tell the morning's from the evening's.
  else twelveHour = bare && h >= 1 && h <= 12 && text[start] !== '0' && !MORNING_AFTER.test(text.slice(end, end + 20))
    && !UNIVERSAL_AFTER.test(text.slice(end, end + 8));
  const mins = minute ?? 0;
  if (mins > 59) return;
  const at = (h % 24) * 60 + mins;
  let from = at, to = at;
  let s = start, e = end;
  const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (hedge) {
    const [before, after] = CLOCK_HEDGES[hedge[1]!.toLowerCase()] ?? [30, 30];
    from = at - before;
    to = at + after;
    // "shortly before midnight" ends the day: 23:30 to 24:00, not minutes before its start.
    if (to <= 0) {
      from += 24 * 60;
      to += 24 * 60;
    }
    s = start - (hedge[0].length - hedge[0].search(/[A-Za-z]/));
  } else if (precision === 'hour') {
    // "at 11 a.m." is a round figure: a quarter of an hour either way.
    from = at - 15;
    to = at + 15;
  }
  const value: TimeValue = { clock: twelveHour ? { from, to, twelveHour: true } : { from, to }, precision, resolved: true };
  const zone = ZONE_AFTER.exec(text.slice(end, end + 40));
  if (zone) {
    const name = zone[1]!;
    const base = ZONE_OF.get(fold(name));
    value.clock!.zone = name;
    if (base !== null && base !== undefined) {
      const sign = zone[2] ? (zone[2] === '+' ? 1 : -1) : 1;
      const shift = zone[3] ? sign * (+zone[3] * 60 + (zone[4] ? +zone[4] : 0)) : 0;
      value.clock!.offset = base + shift;
    }
    // "10:00 (GMT)" takes its brackets; "(1955 GMT)" leaves the closing one to the aside it ends.
    e = end + zone[0].length - (zone[0].endsWith(')') && !zone[0].includes('(') ? 1 : 0);
  }
  add(precision === 'hour' && !hedge ? 'clock-hour' : 'clock', s, e, value);
}

// ---- calendar helpers (UTC, no time zone of the machine involved) ----

export function parseDay(isoDay: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!m) return undefined;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

function iso(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

function firstOfMonth(y: number, m: number): Day {
  // Month 14 is February of the next year: "winter 2018" runs into 2019.
  const t = new Date(Date.UTC(y, m - 1, 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: 1 };
}

function lastOfMonth(y: number, m: number): Day {
  const t = new Date(Date.UTC(y, m, 0));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function oneDay(day: Day): { from: string; to: string } {
  return { from: iso(day), to: iso(day) };
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function exactDay(y: number, m: number, d: number): TimeValue | undefined {
  if (!validDay(y, m, d)) return undefined;
  return { date: oneDay({ y, m, d }), precision: 'day', resolved: true };
}

function monthRange(y: number, m: number, precision: 'month'): TimeValue {
  return { date: { from: iso({ y, m, d: 1 }), to: iso({ y, m, d: daysIn(y, m) }) }, precision, resolved: true };
}

/** The year of the most recent such month on or before publication: "in December" in March 2019 -> 2018. */
function recentYearOf(month: number, pub: Day): number {
  return month <= pub.m ? pub.y : pub.y - 1;
}

function monthDay(month: number, day: number, year: string | undefined, pub: Day | undefined, words: string): TimeValue | undefined {
  if (day < 1 || day > 31) return undefined;
  if (year) return exactDay(+year, month, day);
  if (!pub) return { precision: 'day', resolved: false, relative: words, parts: { month, day } };
  const y = month < pub.m || (month === pub.m && day <= pub.d) ? pub.y : pub.y - 1;
  if (!validDay(y, month, day)) return undefined;
  return { date: oneDay({ y, m: month, d: day }), precision: 'day', resolved: true };
}

function recentDayOfMonth(day: number, pub: Day): TimeValue {
  let y = pub.y, m = pub.m;
  for (let i = 0; i < 12 && (day > pub.d && y === pub.y && m === pub.m || !validDay(y, m, day)); i++) {
    m -= 1;
    if (m === 0) { m = 12; y -= 1; }
  }
  return { date: oneDay({ y, m, d: day }), precision: 'day', resolved: true };
}

/**
 * "Saturday": the most recent Saturday on or before publication, so a weekday equal to the
 * publication's is the publication day itself (wire copy says "on Monday" of the day it files).
 * "last Saturday" is strictly before publication; "next Saturday" strictly after.
 */
function weekday(wd: number, lead: string | undefined, pub: Day | undefined, words: string): TimeValue {
  const name = words.trim();
  if (!pub) return { precision: 'day', resolved: false, relative: name, parts: { weekday: wd } };
  const today = weekdayOf(pub);
  let shift: number;
  if (lead === 'next') shift = ((wd - today + 7) % 7) || 7;
  else {
    const back = (today - wd + 7) % 7;
    shift = -(lead === 'last' && back === 0 ? 7 : back);
  }
  return { date: oneDay(addDays(pub, shift)), precision: 'day', relative: name, resolved: true };
}

function relativePeriod(period: (typeof RELATIVE_PERIODS)[string], pub: Day | undefined, words: string): TimeValue {
  const precision = period.unit === 'week' || period.unit === 'weekend' ? 'week' : period.unit;
  if (!pub) return { precision, resolved: false, relative: words };
  let from: Day, to: Day;
  if (period.unit === 'weekend') {
    // The Saturday on or before publication starts the weekend in question; "last" goes a week further
    // back when publication falls on that weekend, "next" is the one after.
    const back = (weekdayOf(pub) - 6 + 7) % 7;
    const onWeekend = back <= 1;
    const weeks = period.offset < 0 ? (onWeekend ? -1 : 0) : period.offset > 0 ? 1 : 0;
    from = addDays(pub, -back + 7 * weeks);
    to = addDays(from, 1);
  } else if (period.unit === 'week') {
    const monday = addDays(pub, -((weekdayOf(pub) + 6) % 7));
    from = addDays(monday, 7 * period.offset);
    to = addDays(from, 6);
    // Written at a weekend, "last week" is also the week that is ending: a Sunday paper's "the plane that
    // crashed last week" may mean its Wednesday.
    const weekend = weekdayOf(pub) === 0 || weekdayOf(pub) === 6;
    if (period.offset === -1 && weekend) to = addDays(pub, -1);
  } else if (period.unit === 'month') {
    from = firstOfMonth(pub.y, pub.m + period.offset);
    to = lastOfMonth(from.y, from.m);
  } else {
    from = { y: pub.y + period.offset, m: 1, d: 1 };
    to = { y: pub.y + period.offset, m: 12, d: 31 };
  }
  if (period.untilPublication && iso(to) > iso(pub)) to = pub;
  return { date: { from: iso(from), to: iso(to) }, precision, relative: words, resolved: true };
}

/** The ISO day `n` days after (or before) `isoDay`. */
/** Days from one ISO day to another: `daysBetween('2023-04-14', '2023-04-16')` is 2. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

export function shiftDay(isoDay: string, n: number): string {
  const day = parseDay(isoDay);
  return day ? iso(addDays(day, n)) : isoDay;
}

/** "Saturday" for 2019-03-23, for reports. */
export function weekdayName(isoDay: string): string | undefined {
  const day = parseDay(isoDay);
  if (!day) return undefined;
  const wd = weekdayOf(day);
  return Object.keys(WEEKDAYS).find((k) => WEEKDAYS[k] === wd);
}

/** Each month's full name: the longest name the lexicon gives it ("September", not "Sept"). */
const MONTH_LABELS: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  Object.keys(MONTHS).filter((k) => MONTHS[k] === i + 1).reduce((x, y) => (y.length > x.length ? y : x), ''));

/** A date range for reports: "2018-12-01".."2018-12-31" is "December 2018", a whole year "2018", one day the day. */
export function rangeLabel({ from, to }: { from: string; to: string }): string {
  if (from === to) return from;
  const [fy, fm, fd] = from.split('-');
  const [ty, tm] = to.split('-');
  if (fy === ty && fm === '01' && fd === '01' && to.endsWith('-12-31')) return fy!;
  if (fy === ty && fm === tm && fd === '01' && isLastOfMonth(to)) return `${MONTH_LABELS[Number(fm) - 1]} ${fy}`;
  return `${from}..${to}`;
}

function isLastOfMonth(isoDay: string): boolean {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

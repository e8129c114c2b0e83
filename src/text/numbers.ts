/**
 * Finds figures in text and turns each into the interval of values it allows: exact ("99" is 99..99),
 * rounded ("100" allows 95..105), hedged ("almost a hundred" is 90..99) or vague ("dozens" is 24..99).
 * It also tells what kind of figure it is (a count, a year, a clock time, a percentage, money, a
 * designation such as the 124 of "An-124"), so a facet can keep only the counts it understands.
 */
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  IRREGULAR_PLURALS,
  KIN_OF,
  MONTH_NAMES,
  AFTER_HEDGES,
  NUMBER_HEDGES,
  NUMBER_SCALES,
  NUMBER_TENS,
  NUMBER_UNITS,
  ORDINAL_SUFFIXES,
  PERCENT_WORDS,
  VAGUE_QUANTITIES,
  YEAR_CUES,
  type HedgeKind,
} from '../lexicon/numbers.js';
import { DESIGNATION_PREFIXES } from '../lexicon/aircraft.js';
import { fold, matchAny } from '../lexicon/match.js';
import type { Interval } from '../types.js';

/**
 * What a figure is:
 * - count: how many of something (the default);
 * - percent, money: a share or an amount ("49.9 percent", "$1.5 billion");
 * - year, date, time, ordinal: a point in time or a rank ("2019", "March 23", "11:15", "23rd");
 * - designation: part of a name or a code ("An-124", "F-16", "Boeing 747", "007");
 * - family: how many children someone has ("a mother of two"), no count of the story's people;
 * - age: a person's age set off after the name ("Jerry Anderson, 31, a friend").
 */
export type NumberKind = 'count' | 'percent' | 'money' | 'year' | 'date' | 'time' | 'ordinal' | 'designation' | 'family' | 'age';

export interface NumberMention {
  /** The values the figure allows, hedges and rounding included. */
  value: Interval;
  /** The words of the figure, hedge and currency sign included: "almost a hundred", "$1.5 billion". */
  text: string;
  /** Offsets in the text given to {@link findNumbers}. */
  start: number;
  end: number;
  /** The hedge as written: "almost", "more than", "an estimated". */
  hedge?: string;
  /** True when the figure is rounded, hedged or vague rather than exact. */
  approximate: boolean;
  kind: NumberKind;
  /** The figure as stated, before hedging: 100 for "almost a hundred"; the middle of a vague range. */
  figure: number;
}

const WORD_VALUES: Readonly<Record<string, number>> = { ...NUMBER_UNITS, ...NUMBER_TENS, ...NUMBER_SCALES };
const NUMBER_WORDS = [...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS), 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion'];
const SCALE_WORDS = ['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion'];
const W = matchAny(NUMBER_WORDS);

const TIME_RE = String.raw`(?<![\w.:])\d{1,2}(?::[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?\s?m\b\.?)?|(?:\.[0-5]\d)?\s?[ap]\.?\s?m\b\.?)`;
const VAGUE_RE = String.raw`\b(?:${matchAny(Object.keys(VAGUE_QUANTITIES))})\b`;
// "a"/"an" belongs to a figure only before a scale word: "a hundred", "a dozen".
const WORDS_RE = String.raw`\b(?:an?\s+(?=(?:${matchAny(SCALE_WORDS)})\b))?(?:${W})(?:(?:\s+|-)(?:and\s+)?(?:${W})){0,8}\b`;
const DIGITS_RE = String.raw`(?<![\w.,])(?:\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d{1,15}(?!\d))(?:\.\d{1,6})?(?:\s?(?:${matchAny(['million', 'billion', 'trillion', 'thousand', 'hundred', 'mln', 'bn'])})\b)?`;
const MENTION = new RegExp(`(?<time>${TIME_RE})|(?<vague>${VAGUE_RE})|(?<words>${WORDS_RE})|(?<digits>${DIGITS_RE})`, 'gi');

const HEDGE_OF = new Map<string, HedgeKind>();
for (const [kind, words] of Object.entries(NUMBER_HEDGES) as [HedgeKind, readonly string[]][]) {
  for (const w of words) HEDGE_OF.set(fold(w), kind);
}
const HEDGE_BEFORE = new RegExp(`(?:^|[^\\w.])(${matchAny(HEDGE_OF.keys())})\\s{1,3}$`, 'i');
const BETWEEN_BEFORE = /\bbetween\s{1,3}$/i;
const PERCENT_AFTER = new RegExp(`^\\s?(?:${matchAny(PERCENT_WORDS)})(?![a-z])`, 'i');
const CURRENCY_BEFORE = new RegExp(`(?:${matchAny(CURRENCY_SYMBOLS)})\\s?$`);
const CURRENCY_AFTER = new RegExp(`^\\s(?:${matchAny(CURRENCY_WORDS)})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${matchAny(MONTH_NAMES)})\\s{1,3}$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:th|st|nd|rd)?(?:\\s{1,3}of)?\\s{1,3}(?:${matchAny(MONTH_NAMES)})(?![a-z])`, 'i');
const ORDINAL_AFTER = new RegExp(`^(?:${matchAny(ORDINAL_SUFFIXES)})\\b`, 'i');
const YEAR_CUE_BEFORE = new RegExp(`\\b(?:${matchAny(YEAR_CUES)})[\\s-]{1,3}$`, 'i');
const COUNT_NOUN_AFTER = new RegExp(`^\\s{1,3}(?:[a-z]{2,30}s\\b|(?:${matchAny(IRREGULAR_PLURALS)})\\b)`, 'i');
// The 124 of "An-124", the 16 of "F-16", the 100 of "An-124-100": a figure glued to a name. So is the 200 of
// "A310-200", glued to a name that ends in its own figure.
const DESIGNATION_GLUE_BEFORE = /(?:^|[^A-Za-z\u0400-\u04FF\d])[A-Za-z\u0400-\u04FF]{1,6}\d{0,5}[-‐‑]$/;
const DESIGNATION_WORD_BEFORE = new RegExp(`(?:^|[^\\w])(?:${matchAny(DESIGNATION_PREFIXES)})[\\s-]{1,2}$`);
const RANGE_JOIN = /^\s{0,3}(?:[-–—]|to|or|and)\s{0,3}$/i;

/** Every figure in `text`, in order. Linear in the length of the text. */
export function findNumbers(text: string): NumberMention[] {
  const raw: NumberMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const start = m.index;
    const g = m.groups ?? {};
    if (g.time !== undefined) {
      raw.push(clockTime(g.time, start));
    } else if (g.vague !== undefined) {
      const range = VAGUE_QUANTITIES[fold(g.vague).replace(/\s+/g, ' ')];
      if (!range) continue;
      raw.push({
        value: { min: range[0], max: range[1] }, text: g.vague, start, end: start + g.vague.length,
        approximate: true, kind: 'count', figure: (range[0] + range[1]) / 2,
      });
    } else if (g.words !== undefined) {
      for (const part of parseWords(g.words)) {
        raw.push(plain(part.value, text, start + part.start, start + part.end));
      }
    } else if (g.digits !== undefined) {
      const value = parseDigits(g.digits);
      if (value !== undefined) raw.push(plain(value, text, start, start + g.digits.length));
    }
  }
  const classified: NumberMention[] = [];
  for (const r of raw) {
    // "no one was hurt", "No-one died": a pronoun (nobody), not the figure 1.
    if (/^one$/i.test(r.text) && NO_BEFORE.test(text.slice(Math.max(0, r.start - 4), r.start))) continue;
    const previous = classified[classified.length - 1];
    // "An-124-100", "Boeing 737-800": a figure glued to a designation is part of it.
    const glued = previous?.kind === 'designation' && previous.end + 1 === r.start && /[-‐‑]/.test(text[previous.end] ?? '');
    classified.push(glued ? { ...r, kind: 'designation' } : classify(text, r));
  }
  return joinRanges(text, classified);
}

const NO_BEFORE = /\bno[\s-]{1,2}$/i;

const PART_OF = /^\s{1,3}of\s{1,3}(?:(?:the|all|its|their|those)\s{1,3})?$/i;
const ALL_BUT = /\ball\s{1,3}but\s{1,3}$/i;
/** "of the 74 passengers and five crew members": a flight's manifest, passengers then crew, after "of the". */
const MANIFEST_GAP = /^\s{1,3}passengers\s{1,3}and\s{1,3}(?:the\s{1,3})?$/i;
const MANIFEST_CREW = /^\s{1,3}(?:crew|crewmembers|crew\s{1,3}members)\b/i;

/**
 * The figure of a bare round number as written ("640 Afghans", "35,000 kg"), which its value widens a little
 * (620.8-659.2); none for an exact, hedged or vague one ("dozens").
 */
export function bareRoundFigure(n: NumberMention): number | undefined {
  const { min, max } = n.value;
  const centred = Math.abs((max - n.figure) - (n.figure - min)) < 1e-9 * Math.max(1, n.figure);
  return n.approximate && !n.hedge && min < n.figure && n.figure < max && centred && max - min <= n.figure * 0.1 ? n.figure : undefined;
}

/**
 * "41 of the 78 people on board were killed": the first figure counts a part of the second. Maps each
 * whole to its part, so a facet can give the verb to the part and keep the whole as a total.
 */
export function partsOf(text: string, mentions: readonly NumberMention[]): Map<NumberMention, NumberMention> {
  const out = new Map<NumberMention, NumberMention>();
  for (let i = 1; i < mentions.length; i++) {
    const part = mentions[i - 1]!, whole = mentions[i]!;
    if (part.kind !== 'count' || whole.kind !== 'count') continue;
    if (whole.start - part.end > 12 || !PART_OF.test(text.slice(part.end, whole.start))) continue;
    // "All but two of the 181 people aboard were killed": the part is what the whole leaves.
    const but = ALL_BUT.exec(text.slice(Math.max(0, part.start - 12), part.start));
    const counted = but ? allBut(text, part, whole, part.start - but[0].length) : part;
    out.set(whole, counted);
    // "Only five of the 74 passengers and five crew members survived": a flight's manifest, its two groups
    // one whole.
    const crew = mentions[i + 1];
    if (crew?.kind === 'count' && MANIFEST_GAP.test(text.slice(whole.end, crew.start)) && MANIFEST_CREW.test(text.slice(crew.end, crew.end + 20))) {
      out.set(crew, counted);
    }
  }
  return out;
}

/** The whole less the part: "all but two of the 181" are 179, quoted from "All". */
function allBut(text: string, part: NumberMention, whole: NumberMention, start: number): NumberMention {
  const value = { min: Math.max(0, whole.value.min - part.value.max), max: Math.max(0, whole.value.max - part.value.min) };
  return {
    value, text: text.slice(start, part.end), start, end: part.end,
    approximate: part.approximate || whole.approximate, kind: 'count', figure: Math.max(0, whole.figure - part.figure),
  };
}

function clockTime(written: string, start: number): NumberMention {
  const [h = '0', min = '0'] = written.match(/\d+/g) ?? [];
  let hour = Number(h) % 12;
  const pm = /p\.?\s?m/i.test(written);
  const am = /a\.?\s?m/i.test(written);
  if (pm) hour += 12;
  if (!pm && !am) hour = Number(h);
  const minutes = hour * 60 + Number(min);
  return {
    value: { min: minutes, max: minutes }, text: written, start, end: start + written.length,
    approximate: false, kind: 'time', figure: minutes,
  };
}

function plain(value: number, text: string, start: number, end: number): NumberMention {
  return {
    value: { min: value, max: value }, text: text.slice(start, end), start, end,
    approximate: false, kind: 'count', figure: value,
  };
}

function parseDigits(written: string): number | undefined {
  const m = /^([\d,]+(?:\.\d+)?)\s?([a-z]*)$/i.exec(written);
  if (!m) return undefined;
  const base = Number(m[1]!.replace(/,/g, ''));
  const scale = m[2] ? NUMBER_SCALES[m[2].toLowerCase()] ?? 1 : 1;
  const value = base * scale;
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Splits a run of number words into figures: "one hundred and five" is one, "two or three" never gets
 * here as one run, "two three" is two. Offsets are relative to the run.
 */
function parseWords(run: string): { value: number; start: number; end: number }[] {
  const tokens = [...run.matchAll(/[a-z]+/gi)].map((t) => ({ word: t[0].toLowerCase(), start: t.index, end: t.index + t[0].length }));
  const out: { value: number; start: number; end: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    let total = 0;
    let current = 0;
    let last: 'a' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | undefined;
    const first = i;
    let end = i;
    for (; i < tokens.length; i++) {
      const { word } = tokens[i]!;
      if (word === 'a' || word === 'an') {
        if (last !== undefined) break;
        last = 'a';
        continue;
      }
      if (word === 'and') {
        const next = tokens[i + 1]?.word;
        if ((last !== 'hundred' && last !== 'scale') || next === undefined || !(next in NUMBER_UNITS || next in NUMBER_TENS)) break;
        continue;
      }
      const v = WORD_VALUES[word];
      if (v === undefined) break;
      if (word in NUMBER_UNITS) {
        const teen = v >= 10;
        if (last === 'unit' || last === 'teen' || last === 'a' || (last === 'ten' && (teen || v === 0))) break;
        current += v;
        last = teen ? 'teen' : 'unit';
      } else if (word in NUMBER_TENS) {
        if (last === 'unit' || last === 'teen' || last === 'ten' || last === 'a') break;
        current += v;
        last = 'ten';
      } else if (word === 'hundred' || word === 'dozen') {
        if (last === 'hundred') break;
        current = (current || 1) * v;
        last = 'hundred';
      } else {
        total += (current || 1) * v;
        current = 0;
        last = 'scale';
      }
      end = i;
    }
    if (last === undefined || last === 'a' || end < first) {
      i = Math.max(i, first + 1);
      continue;
    }
    const startTok = tokens[first]!;
    out.push({ value: total + current, start: startTok.start, end: tokens[end]!.end });
    i = end + 1;
    if (tokens[i]?.word === 'and') i++;
  }
  return out;
}

/** "a mother of two", "father-of-three": the figure counts someone's children. */
// Web addresses scraped with spaces keep their hyphens apart: "mother - of - 2 - dead".
// "father to two boys": "to" joins them as "of" does.
const KIN_OF_BEFORE = new RegExp(`\\b(?:${matchAny(KIN_OF)})(?:\\s{1,3}|\\s{0,3}-\\s{0,3})(?:of|to)(?:\\s{1,3}|\\s{0,3}-\\s{0,3})$`, 'i');

/** "a girl aged about 12", "aged between 42 and 84", "a man, 63 years old": a person's age, no count of people. */
const AGE_BEFORE = /\baged\s{1,3}(?:(?:about|around|some|nearly|almost|roughly|between|from|approximately)\s{1,3})?(?:\d{1,3}\s{1,3}(?:and|to)\s{1,3})?$/i;
const AGE_AFTER = /^(?:\s{1,3}|-)(?:years?|months?)(?:\s{1,3}|-)old\b/i;
/**
 * "Jerry Anderson, 31, a friend, survived", "Munson, 32, who lived nearby": figures set off by commas right after a
 * name are its bearer's age. Case-sensitive: the name's capital.
 */
const AGE_APPOSITION_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s{1,2}$/u;
const AGE_APPOSITION_AFTER = /^\s{0,2}[,;)]/;

/** Sets the kind, the hedge and the rounding of one figure, looking at the words around it. */
function classify(text: string, n: NumberMention): NumberMention {
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 40);
  const digits = /^\d/.test(n.text);
  if (n.kind === 'time') return n;
  // "007", "000": a figure written with a leading zero is a code, or the tail of a split "40, 000".
  if (digits && /^0\d+$/.test(n.text)) return { ...n, kind: 'designation', approximate: false };
  if (KIN_OF_BEFORE.test(before)) return { ...n, kind: 'family' };
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return { ...n, kind: 'age' };
  if (digits && /^\d{1,3}$/.test(n.text) && n.figure <= 110 && AGE_APPOSITION_BEFORE.test(before) && AGE_APPOSITION_AFTER.test(after)) {
    return { ...n, kind: 'age' };
  }
  if (digits && /^\d{4}$/.test(n.text) && YEAR_CUE_BEFORE.test(before)) return { ...n, kind: 'year' };
  if (digits && (DESIGNATION_GLUE_BEFORE.test(before) || DESIGNATION_WORD_BEFORE.test(before))) {
    return { ...n, kind: 'designation', approximate: false };
  }
  if (digits) {
    const ordinal = ORDINAL_AFTER.exec(after);
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return { ...n, kind: 'date' };
    if (ordinal) return { ...n, kind: 'ordinal', text: n.text + ordinal[0], end: n.end + ordinal[0].length };
  }
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return hedged(text, { ...n, kind: 'percent', text: n.text + percent[0], end: n.end + percent[0].length });
  const symbol = CURRENCY_BEFORE.exec(before);
  if (symbol) {
    const start = n.start - symbol[0].length;
    return hedged(text, { ...n, kind: 'money', start, text: text.slice(start, n.end) });
  }
  if (CURRENCY_AFTER.test(after)) return hedged(text, { ...n, kind: 'money' });
  if (digits && /^\d{4}$/.test(n.text) && n.figure >= 1800 && n.figure <= 2100) {
    const hedge = HEDGE_BEFORE.exec(before);
    const countish = (hedge && HEDGE_OF.get(fold(hedge[1]!)) !== 'all') || COUNT_NOUN_AFTER.test(after);
    if (!countish || YEAR_CUE_BEFORE.test(before)) return { ...n, kind: 'year' };
  }
  return hedged(text, n);
}

/** "handing over 15 captives", "turned over 300 documents": "over" as the particle of a verb before the figure. */
const PARTICLE_OVER = /\b(?:hand|hands|handed|handing|turn|turns|turned|turning|pass|passes|passed|passing|took|take|takes|taking|taken|give|gives|gave|giving|given|sign|signs|signed|signing)\s{1,3}over\s{1,3}$/i;
/** Hedges written after a figure: "100-odd", "100 or so", "100-plus", "100+". */
const HEDGE_AFTER = new RegExp(`^[\\s-]{0,2}(${matchAny(Object.keys(AFTER_HEDGES))})(?![A-Za-z\\d])`, 'i');

/** Applies a hedge before the figure, or the tolerance of a round figure. */
function hedged(text: string, n: NumberMention): NumberMention {
  if (n.approximate && n.value.min !== n.value.max) return n; // vague quantities carry their range
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  // "tricked the FARC into handing over 15 captives": the particle of a verb, no hedge.
  const m = PARTICLE_OVER.test(before) ? null : HEDGE_BEFORE.exec(before);
  const N = n.figure;
  // "100-odd troops", "100 or so", "100-plus": a hedge after the figure; with one before it too ("some
  // 100-odd"), the one before sets the value and the figure's words run over both.
  const tail = HEDGE_AFTER.exec(text.slice(n.end, n.end + 10));
  if (tail) {
    const end = n.end + tail[0].length;
    if (m) {
      const h = hedged(text.slice(0, n.end), n);
      return { ...h, end, text: text.slice(h.start, end) };
    }
    const value = AFTER_HEDGES[fold(tail[1]!).replace(/\s+/g, ' ')] === 'orMore' ? { min: N, max: N * 1.3 } : { min: N * 0.9, max: N * 1.1 };
    return { ...n, value, hedge: tail[1]!, end, text: text.slice(n.start, end), approximate: true };
  }
  if (!m) {
    const tolerance = roundness(N);
    if (tolerance === 0) return n;
    return { ...n, value: { min: N * (1 - tolerance), max: N * (1 + tolerance) }, approximate: true };
  }
  const written = m[1]!;
  const kind = HEDGE_OF.get(fold(written).replace(/\s+/g, ' ')) ?? 'around';
  const start = n.start - (before.length - before.lastIndexOf(written));
  const whole = Number.isInteger(N) && N < 1e6;
  const step = whole ? 1 : N * 0.001;
  let value: Interval;
  switch (kind) {
    case 'below': value = { min: N * 0.9, max: Math.max(N * 0.9, N - step) }; break;
    case 'around': value = { min: N * 0.9, max: N * 1.1 }; break;
    case 'upTo': value = { min: N * 0.5, max: N }; break;
    case 'atMost': value = { min: 0, max: N }; break;
    case 'atLeast': value = { min: N, max: 1e12 }; break;
    case 'over': value = { min: N + step, max: Math.max(N * 10, N + 10) }; break;
    case 'justOver': value = { min: N + step, max: Math.max(N * 1.1, N + step) }; break;
    case 'under': value = { min: 0, max: Math.max(0, N - step) }; break;
    case 'all': value = { min: N, max: N }; break;
  }
  return {
    ...n, value, hedge: written, start, text: text.slice(start, n.end),
    approximate: kind !== 'all',
  };
}

/** How far a bare round figure may stray: "100 troops" may be 97; "35" means 35. */
function roundness(n: number): number {
  if (!Number.isInteger(n) || n < 50) return 0;
  if (n % 100 === 0) return 0.05;
  if (n % 10 === 0) return 0.03;
  return 0;
}

/** "10 to 12", "two or three", "between 10 and 20", "10-12": one mention of a range. */
function joinRanges(text: string, mentions: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const x = mentions[i]!;
    const y = mentions[i + 1];
    if (y && x.kind === y.kind && (x.kind === 'count' || x.kind === 'money' || x.kind === 'percent') && !x.hedge && !y.hedge) {
      const gap = text.slice(x.end, y.start);
      const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start));
      const joined = RANGE_JOIN.test(gap) && (!/and/i.test(gap) || between) && x.figure < y.figure;
      if (joined) {
        const start = between ? text.toLowerCase().lastIndexOf('between', x.start) : x.start;
        out.push({
          value: { min: x.value.min, max: y.value.max }, text: text.slice(start, y.end), start, end: y.end,
          approximate: true, kind: x.kind, figure: (x.figure + y.figure) / 2,
        });
        i++;
        continue;
      }
    }
    out.push(x);
  }
  return out;
}

/**
 * A count of things that come whole (people, aircraft), shown by the whole numbers inside its interval:
 * "89.1-108.9" is 90-108, "21.6-26.4" is 22-26, an open top is "+".
 */
export function wholeCount(c: Interval): string {
  const min = Math.ceil(c.min - 1e-9), max = c.max >= 1e12 ? Infinity : Math.floor(c.max + 1e-9);
  if (max === Infinity) return `${min}+`;
  return min >= max ? String(Math.round(c.min)) : `${min}-${max}`;
}

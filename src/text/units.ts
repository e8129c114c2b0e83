/**
 * Measures in text: a figure with a unit of weight, distance or duration, converted to one base unit per
 * kind (tonnes, kilometres, minutes) as an interval, so "35 tons" and "35 tonnes" can be compared.
 * A conversion in brackets ("300 km (186 miles)") is the same measure stated twice, not a second one.
 */
import { BASE_UNIT, RATE_MARKERS, UNITS, type MeasureKind, type UnitDefinition } from '../lexicon/units.js';
import { fold, matchAny } from '../lexicon/match.js';
import type { Interval } from '../types.js';
import { bareRoundFigure, findNumbers, type NumberMention } from './numbers.js';

export type { MeasureKind } from '../lexicon/units.js';

export interface Measure {
  kind: MeasureKind;
  /** In tonnes, kilometres or minutes. */
  value: Interval;
  /** The words: "more than 100 km", "35 tons", "300 km (186 miles)". */
  text: string;
  start: number;
  end: number;
  /** The unit as defined in the lexicon: "ton", "t", "km", "mi". */
  unit: string;
  /** True when the unit itself allows several values (a "ton"). */
  ambiguousUnit: boolean;
  /** The figure before conversion. */
  number: NumberMention;
  /** A bare round figure in an exact unit, converted ("35,000 kg" is 35 t), while `value` widens it a little. */
  figure?: number;
}

const UNIT_OF = new Map<string, UnitDefinition>();
for (const u of UNITS) for (const s of u.spellings) UNIT_OF.set(fold(s), u);
// Case matters for the short forms only in that "T" is rarely a tonne; folding keeps it simple.
const UNIT_AFTER = new RegExp(`^(?:\\s{0,2}|-)(${matchAny(UNIT_OF.keys())})(?![A-Za-z])`, 'i');
const RATE_AFTER = new RegExp(`^\\s{0,2}(?:${matchAny(RATE_MARKERS)})`, 'i');
const BRACKET_OPEN = /^\s{0,2}[([]\s{0,2}(?:about|around|some|roughly|approximately|nearly|almost|or|ca\.?|~)?\s{0,2}$/i;
const BRACKET_CLOSE = /^\s{0,2}[)\]]/;

/** Every measure in `text`, in order; `numbers` are its figures when already found. */
export function findMeasures(text: string, numbers: readonly NumberMention[] = findNumbers(text)): Measure[] {
  const found: Measure[] = [];
  for (const n of numbers) {
    if (n.kind !== 'count') continue;
    const after = text.slice(n.end, n.end + 40);
    const m = UNIT_AFTER.exec(after);
    if (!m) continue;
    const unit = UNIT_OF.get(fold(m[1]!).replace(/\s+/g, ' '));
    if (!unit) continue;
    const end = n.end + m[0].length;
    if (RATE_AFTER.test(text.slice(end, end + 12))) continue;
    found.push({
      kind: unit.kind,
      value: { min: n.value.min * unit.factor[0], max: n.value.max * unit.factor[1] },
      text: text.slice(n.start, end),
      start: n.start,
      end,
      unit: unit.name,
      ambiguousUnit: unit.factor[0] !== unit.factor[1],
      number: n,
      ...(bareRoundFigure(n) !== undefined && unit.factor[0] === unit.factor[1] ? { figure: n.figure * unit.factor[0] } : {}),
    });
  }
  return mergeConversions(text, found);
}

/**
 * "300 km (186 miles)": keep the first measure, spanning the bracket, narrowed by the conversion when
 * both figures are centred on their value. An open figure keeps its own interval: the conversion of "more
 * than 100 km" ("62 miles") converts the 100, not the unknown distance, so it must never close the open side.
 */
function mergeConversions(text: string, measures: Measure[]): Measure[] {
  const out: Measure[] = [];
  for (let i = 0; i < measures.length; i++) {
    const x = measures[i]!;
    const y = measures[i + 1];
    if (y && y.kind === x.kind && BRACKET_OPEN.test(text.slice(x.end, y.start))) {
      const close = BRACKET_CLOSE.exec(text.slice(y.end, y.end + 4));
      if (close) {
        const end = y.end + close[0].length;
        out.push({ ...x, value: convertedValue(x, y), end, text: text.slice(x.start, end) });
        i++;
        continue;
      }
    }
    out.push(x);
  }
  return out;
}

/** The interval of a measure given with its conversion in brackets. */
function convertedValue(x: Measure, y: Measure): Interval {
  if (!centred(x.number) || !centred(y.number)) return x.value;
  // A conversion is rounded: widen it a little before trusting it to narrow the first figure.
  const lo = Math.max(x.value.min, y.value.min * 0.97);
  const hi = Math.min(x.value.max, y.value.max * 1.03);
  return lo <= hi ? { min: lo, max: hi } : x.value;
}

/**
 * Exact, rounded or "about N": the value lies on both sides of the figure. "more than N", "up to N",
 * "almost N" and vague words ("dozens") are open or one-sided, and a conversion says nothing of their range.
 */
function centred(n: NumberMention): boolean {
  if (n.value.min === n.value.max) return n.value.min === n.figure;
  return /\d/.test(n.text) && n.value.min < n.figure && n.figure < n.value.max;
}

/** "35 t", "31.8-35.6 t": a measure in its base unit, one decimal where needed. */
export function describeMeasure(kind: MeasureKind, value: Interval): string {
  const f = (x: number) => (x >= 1e12 ? '∞' : String(x < 10 ? Math.round(x * 100) / 100 : Math.round(x * 10) / 10));
  const base = BASE_UNIT[kind];
  return value.min === value.max ? `${f(value.min)} ${base}` : `${f(value.min)}-${f(value.max)} ${base}`;
}

/** Whether two intervals share a value, allowing a relative slack for rounding in conversions. */
export function overlaps(x: Interval, y: Interval, slack = 0): boolean {
  return x.min <= y.max * (1 + slack) && y.min <= x.max * (1 + slack);
}

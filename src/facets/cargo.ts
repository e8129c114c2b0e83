/**
 * Cargo: what an aircraft carried and how much ("35 tons of cargo", "carrying S-300 missiles",
 * "loaded with humanitarian aid"). Conservative by design: a thing carried by another vehicle ("a convoy
 * carrying aid") or delivered on some other occasion ("equipment delivered to the country") is no cargo
 * fact, because a wrong fact costs more than a missing one.
 */
import { AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { fold, gatedScan, lexiconGate, matchAny } from '../lexicon/match.js';
import { CAPACITY_CUES, PEOPLE_ROLES, ROLE_MODIFIERS, UNARMED_CARGO_ROLES } from '../lexicon/roles.js';
import {
  AIRCRAFT_REFERENCES, CAME_ABOARD_VERBS, CARGO_DENIALS, CARGO_ITEMS, CARGO_PASSIVES, CARGO_VERBS, LOAD_NOUNS, OTHER_CARRIERS, OVER_A_SPAN_AFTER, OWN_FUEL, STORED_AFTER, TRADING_GROUPS, WITH_AFTER_VERBS, YIELD_BEFORE, type CargoCategory,
} from '../lexicon/cargo.js';
import { describeMeasure, overlaps } from '../text/units.js';
import type { Fact, Interval } from '../types.js';
import { aircraftIn } from './aircraft.js';
import { defineFacet, judgeByRelation, type Found, type Relation, type SentenceContext, type SetJudgement } from './facet.js';
import { measuresIn } from './shared.js';

export type { CargoCategory } from '../lexicon/cargo.js';

export interface CargoValue {
  /** Weight in tonnes, as an interval (a "ton" is ambiguous). */
  weight?: Interval;
  /** A bare round weight as written, in tonnes ("35,000 kg" is 35), which `weight` widens a little. */
  figure?: number;
  /** The unit as written, when the weight has one: "ton", "t", "kg". */
  unit?: string;
  /** What was carried, as written: "S-300 missiles", "humanitarian aid", "prisoners". */
  items?: string[];
  category?: CargoCategory;
  /** For people carried: their role ("prisoners", "military"). */
  role?: string;
  /** Said not to have been carried: "denied that it carried weapons". */
  denied?: true;
  /** The load of one flight of a series ("A third plane carrying 18 tonnes"): not what the others carried. */
  inSeries?: true;
  /** The sum of several days' flights ("384 tons of food ... over the week-end"), which one day's load is a part of. */
  overSpan?: true;
}

const CATEGORY_OF = new Map<string, CargoCategory>();
for (const [category, words] of Object.entries(CARGO_ITEMS) as [CargoCategory, readonly string[]][]) {
  for (const w of words) CATEGORY_OF.set(fold(w), category);
}
const ROLE_OF = new Map<string, string>();
for (const [role, nouns] of Object.entries(PEOPLE_ROLES)) for (const n of nouns) ROLE_OF.set(fold(n), role);
const ITEM = new RegExp(`(?<![\\w-])(?:${matchAny(CATEGORY_OF.keys())})(?![\\w-])`, 'gi');
const PERSON = new RegExp(`(?<![\\w-])(?:${matchAny(ROLE_OF.keys())})(?![\\w-])`, 'i');
const VERB = new RegExp(`\\b(?:${matchAny(CARGO_VERBS)})\\b`, 'gi');
const scanVerbs = gatedScan(CARGO_VERBS, VERB);
const VERB_BEFORE = new RegExp(`\\b(?:${matchAny(CARGO_VERBS)})\\b[^.;:!?]{0,50}$`, 'i');
const OF_AFTER = new RegExp(String.raw`^\s{1,3}(?:(?:${matchAny(LOAD_NOUNS)})\s{1,3})?of\s{1,3}([^.;:!?,()]{1,60})`, 'i');
const CARGO_AFTER = /^\s{1,3}(?:cargo|freight)\b/i;
/** ", including ammunition": what the load named before held. */
const INCLUDING_AFTER = /^,\s{1,3}(?:including|among\s{1,3}them|such\s{1,3}as)\s{1,3}([^.;:!?,()]{1,60})/i;
/** An aircraft noun right after an item: "a cargo plane", "an aid flight", "a freight jet". */
const CRAFT_AFTER = new RegExp(`^[\\s-]{1,3}(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})(?![\\w-])`, 'i');
/** Goods in store, their words right after the weight's: "2,750 tonnes of ammonium nitrate stored in a warehouse". */
const STORED = new RegExp(String.raw`^\s{1,3}of\s{1,3}(?:[\w-]{1,20}\s{1,3}){1,4}(?:${matchAny(STORED_AFTER)})\b`, 'i');
/** "The aid, weighing 33 tonnes, ...": what was carried, named before its weight. */
const WEIGHING_BEFORE = new RegExp(`(?<![\\w-])(${matchAny(CATEGORY_OF.keys())}),?\\s{1,3}(?:weighing|weighed|totalling|totaling|amounting\\s{1,3}to)\\s{1,3}$`, 'i');
/** "2,600 pounds of fuel": the craft's own fuel after the weight (see OWN_FUEL). */
const FUEL_AFTER = new RegExp(`^\\s{1,3}of\\s{1,3}(?:${matchAny(OWN_FUEL)})\\b`, 'i');
/** "384 tons of food into Berlin over the week-end": a sum of days, in the weight's clause (see OVER_A_SPAN_AFTER). */
const OVER_A_SPAN = new RegExp(String.raw`^[^.;:!?]{0,60}?\b(?:${matchAny(OVER_A_SPAN_AFTER)})\b`, 'i');
/** "more power than 20,000 tons of TNT": a blast's size before the weight (see YIELD_BEFORE), perhaps hedged. */
const YIELD = new RegExp(String.raw`\b(?:${matchAny(YIELD_BEFORE)})\s{1,3}(?:(?:some|about|around|nearly|almost|more\s{1,3}than|over)\s{1,3})?$`, 'i');
/** "a cartel that smuggled more than 200 tons": a group's trade before the weight (see TRADING_GROUPS). */
const TRADED_BEFORE = new RegExp(`\\b(?:${matchAny(TRADING_GROUPS.groups)})\\b[^.;:!?]{0,25}?\\b(?:${matchAny(TRADING_GROUPS.verbs)})\\b[^.;:!?]{0,30}$`, 'i');
const CAPACITY_VERB = new RegExp(`\\b(?:${matchAny(CAPACITY_CUES)})$`, 'i');
const CAPACITY_BEFORE = new RegExp(`\\b(?:${matchAny(CAPACITY_CUES)})\\s{1,3}$`, 'i');
const MODIFIER_ROLE = new Map(Object.entries(ROLE_MODIFIERS).map(([w, r]) => [fold(w), r]));
const OTHER = new RegExp(`\\b(?:${matchAny(OTHER_CARRIERS)})\\b`, 'gi');
const REFERENCE = new RegExp(`\\b(?:${matchAny(AIRCRAFT_REFERENCES)})\\b`, 'gi');
/**
 * A denial before a cargo verb, a few words between and none of them asking or starting another clause:
 * "denied that it carried", "denied that cargo flights to Iran had carried".
 */
const DENIED_BEFORE = new RegExp(`(?<![\\w'’])(?:${matchAny(CARGO_DENIALS)})(?:\\s{1,3}(?!(?:whether|if|say|says|said|know|confirm|and|but|while|although)\\b)[\\w'’-]{1,20}){0,6}\\s{1,3}$`, 'i');
const LOAD_NOUN = new RegExp(`^(?:${matchAny(LOAD_NOUNS)})\\s`, 'i');
const ASKED_BEFORE = /\b(?:whether|if)\s[^.;:!?]{0,40}$/i;
const PASSIVE = new RegExp(`\\b(?:${matchAny(Object.keys(CARGO_PASSIVES))})\\b`, 'gi');
const scanPassives = gatedScan(Object.keys(CARGO_PASSIVES), PASSIVE);
const BY_AIR = new Set(Object.entries(CARGO_PASSIVES).filter(([, how]) => how === 'by air').map(([verb]) => fold(verb)));
/** "cash that arrived on a private jet": a relative clause of coming in an aircraft, which it names (see CAME_ABOARD_VERBS). */
const CAME_ABOARD = new RegExp(String.raw`\b(?:that|which)\s{1,3}(?:${matchAny(CAME_ABOARD_VERBS)})\s{1,3}(?:on\s{1,3}board|aboard|on|in)\s{1,3}`
  + String.raw`(?:an?|the|two|three|several)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})s?\b`, 'gi');
/** "the weapons on board": an item, then aboard (see heldAboard). */
const ITEM_ABOARD = new RegExp(`(?<![\\w-])(${matchAny(CATEGORY_OF.keys())})\\s{1,3}(?:on\\s{1,3}board|aboard)\\b`, 'gi');
const NONE_BEFORE = /\bno\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i;
const WITH = /\bwith\b/gi;
const mayArrive = lexiconGate(WITH_AFTER_VERBS);
const VERB_RIGHT_BEFORE = new RegExp(`\\b(?:${matchAny(CARGO_VERBS.filter((v) => v.endsWith(' with')).map((v) => v.slice(0, -5)))})\\s{1,3}$`, 'i');
const WITH_VERB_BEFORE = new RegExp(`\\b(?:${matchAny(WITH_AFTER_VERBS)})\\b[^.;:!?,]{0,50}$`, 'i');
/** The subject of a passive verb: back to where its clause begins. */
const CLAUSE_BEFORE = /[.;:!?()]|,\s|\s[-\u2013\u2014]\s|\b(?:but|while|after|as|when|which|that)\s/g;
const BRACKETED = /\([^()]{1,40}\)/g;
/** "had sent the drones on a reconnaissance mission": what was sent flew the mission itself. */
const SENT_ON_MISSION = /^\s{0,3}(?:on\s{1,3}an?\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:mission|flight|sortie|patrol)|towards?)\b/i;
/** ", not weapons" right after a verb's object: what was not carried. */
const NOT_ITEMS_AFTER = /^,?\s{1,3}(?:and\s{1,3})?not\s{1,3}((?:any\s{1,3})?[^.;:!?,()]{1,40})/i;
// The object of a verb ends where a new clause or a destination starts; not at "in" before money ("$470,000 in cash"),
// nor at the point of a figure ("$9.3 million").
const OBJECT_END = new RegExp(String.raw`\.(?!\d)|[;:!?()]|,?\s(?:to|for|from|into|in(?!\s(?:${matchAny(CARGO_ITEMS.money)})\b)|at|on|by|when|while|after|before|who|which|that|but|not|rather than|instead of)\s`, 'i');

function findCargo(sentence: SentenceContext): Found<CargoValue>[] {
  const text = sentence.text;
  const planes = aircraftIn(sentence);
  const carriers = carriersIn(text, planes);
  const out: Found<CargoValue>[] = [];
  const weights = measuresIn(sentence).filter((m) => m.kind === 'weight');
  const weightStarts = weights.map((w) => w.start);
  const weightEnd = new Map(weights.map((w) => [w.start, w.end]));
  for (const w of weights) {
    const after = text.slice(w.end, w.end + 70);
    const of = OF_AFTER.exec(after);
    const weighing = WEIGHING_BEFORE.exec(text.slice(Math.max(0, w.start - 60), w.start));
    // "The first shipment of formula, some 35 tonnes, arrived ... aboard an Air Force cargo jet": a weight set
    // off by commas weighs what it follows, cargo when an aircraft carries it later in the sentence (and it is
    // not the weight of an aircraft named right before: "The plane, some 35 tonnes, landed").
    const apposed = /,\s{0,3}$/.test(text.slice(Math.max(0, w.start - 4), w.start)) && /^\s{0,3},/.test(after)
      && carriers.others.length === 0 && carriers.planes.some((p) => p > w.end) && !carriers.planes.some((p) => p <= w.start && w.start - p <= 3);
    const cued = of !== null || weighing !== null || apposed || CARGO_AFTER.test(after) || VERB_BEFORE.test(text.slice(Math.max(0, w.start - 60), w.start));
    if (CAPACITY_BEFORE.test(text.slice(Math.max(0, w.start - 30), w.start)) || STORED.test(after) || FUEL_AFTER.test(after)
      || TRADED_BEFORE.test(text.slice(Math.max(0, w.start - 90), w.start)) || YIELD.test(text.slice(Math.max(0, w.start - 40), w.start))) continue;
    if (!cued || /-/.test(w.text.slice(w.number.end - w.start, w.number.end - w.start + 1)) && !of) continue;
    // A weight of cargo in an aircraft story is the aircraft's unless another vehicle carries it.
    if (!carriedByAircraft(carriers, w.start, true)) continue;
    const value: CargoValue = { weight: w.value, unit: w.unit };
    if (w.figure !== undefined) value.figure = w.figure;
    if (planes.filter((p) => p.end <= w.start).pop()?.value.inSeries) value.inSeries = true;
    if (OVER_A_SPAN.test(text.slice(w.end, w.end + 90))) value.overSpan = true;
    const object = of ? of[1]!.split(OBJECT_END)[0]! : undefined;
    const items = object !== undefined ? itemsIn(object) : weighing ? itemsIn(weighing[1]!) : [];
    let end = of && items.length ? w.end + of[0].indexOf(of[1]!) + items[items.length - 1]!.end : w.end;
    // "nearly 200,000 pounds of lethal aid, including ammunition for the front line": what the load held.
    const including = of && object === of[1] ? INCLUDING_AFTER.exec(text.slice(w.end + of[0].length, w.end + of[0].length + 80)) : null;
    const held = including ? itemsIn(including[1]!.split(OBJECT_END)[0]!) : [];
    if (held.length) {
      items.push(...held);
      end = w.end + of![0].length + including!.index + including![0].indexOf(including![1]!) + held[held.length - 1]!.end;
    }
    const first = items[0];
    if (first) value.category = first.category;
    const named = items.filter((i) => i.category !== 'cargo').map((i) => i.text);
    if (named.length) value.items = named;
    const start = weighing ? w.start - weighing[0].length : w.start;
    out.push({ value, start, end: Math.max(end, w.end), rule: 'weight' });
  }
  for (const v of scanVerbs(text)) {
    const from = v.index + v[0].length;
    // "carrying 6.5 billion rupiah ($470,000) in cash": an aside in brackets, blanked, does not end the object.
    const objectText = text.slice(from, from + 80).replace(BRACKETED, (m) => ' '.repeat(m.length)).split(OBJECT_END)[0]!;
    if (!/^\s/.test(objectText)) continue;
    // "bombers capable of carrying nuclear weapons": what a craft can carry is no cargo.
    if (CAPACITY_VERB.test(text.slice(Math.max(0, from - 40), from))) continue;
    const before = text.slice(Math.max(0, v.index - 60), v.index);
    // "did not say whether the plane carried weapons" asserts nothing.
    if (ASKED_BEFORE.test(before)) continue;
    const denied = DENIED_BEFORE.test(before);
    // "the first shipment included ...": a load says what it held, with or without its craft named. So does
    // a denial of what a party sent ("denied that it had supplied drones to Russia"), unless a vehicle that
    // is no aircraft carried it.
    if (!LOAD_NOUN.test(v[0]) && !carriedByAircraft(carriers, v.index, denied)) continue;
    // "had sent the drones on a reconnaissance mission": what was sent flew the mission itself, no load.
    if (/^sent$/i.test(v[0]) && SENT_ON_MISSION.test(text.slice(from + objectText.length, from + objectText.length + 60))) continue;
    // Items a weight right before already carries ("carrying 35 tons of cargo") are the weight's.
    const items = itemsIn(objectText).filter((item) => {
      const weighed = lastAtMost(weightStarts, from + item.start);
      return !(weighed >= 0 && from + item.start <= (weightEnd.get(weighed) ?? 0) + 30);
    });
    for (const [category, g] of groupItems(items)) out.push({ value: carried(category, g, denied), start: v.index, end: from + g.end, rule: 'carried' });
    // "carrying legitimate radar equipment, not weapons": what it did not carry, set against what it did.
    const not = items.length && !denied ? NOT_ITEMS_AFTER.exec(text.slice(from + objectText.length, from + objectText.length + 50)) : null;
    if (not) {
      const at = from + objectText.length + not.index + not[0].length - not[1]!.length;
      for (const [category, g] of groupItems(itemsIn(not[1]!))) out.push({ value: carried(category, g, true), start: v.index, end: at + g.end, rule: 'carried' });
    }
  }
  for (const p of scanPassives(text)) out.push(...carriedSubject(text, p, carriers, weightStarts));
  if (text.includes('that ') || text.includes('which ')) for (const m of text.matchAll(CAME_ABOARD)) out.push(...cameAboard(text, m));
  if (/\b(?:aboard|on board)\b/i.test(text)) for (const m of text.matchAll(ITEM_ABOARD)) out.push(...heldAboard(text, m, carriers));
  if (mayArrive(text)) for (const w of text.matchAll(WITH)) out.push(...carriedWith(text, w, carriers, weightStarts));
  return out.sort((x, y) => x.start - y.start);
}

/**
 * "About 100 instructors and an air defence system were flown into Niamey": what a passive verb says was
 * carried, its subject. "were flown" is by air; "were delivered" only with an aircraft named before it.
 */
function carriedSubject(text: string, verb: RegExpExecArray, carriers: Carriers, weightStarts: number[]): Found<CargoValue>[] {
  const from = Math.max(0, verb.index - 100);
  const before = text.slice(from, verb.index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BEFORE)) start = m.index + m[0].length;
  // "Two tonnes of aid were flown": the weight already says what it weighs.
  if (weightStarts.some((w) => w >= from + start && w < verb.index)) return [];
  if (!carriedByAircraft(carriers, verb.index, BY_AIR.has(fold(verb[0]).replace(/\s+/g, ' ')))) return [];
  const denied = DENIED_BEFORE.test(before.slice(start));
  return [...groupItems(itemsIn(before.slice(start)))].map(([category, g]) => (
    { value: carried(category, g, denied), start: from + start + g.start, end: verb.index + verb[0].length, rule: 'carried' }));
}

/**
 * "did not have permits for the weapons on board": goods said to be aboard, in a sentence of an aircraft or of no
 * other vehicle; "no weapons on board" denies them.
 */
function heldAboard(text: string, m: RegExpExecArray, carriers: Carriers): Found<CargoValue>[] {
  if (!carriedByAircraft(carriers, text.length, true)) return [];
  // Not "did not have permits for the weapons on board": the permits are denied, not the weapons.
  const denied = NONE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
  const goods = itemsIn(m[1]!).filter((i) => i.category !== 'people');
  return [...groupItems(goods)].map(([category, g]) => ({ value: carried(category, g, denied), start: m.index, end: m.index + m[0].length, rule: 'carried' }));
}

/** "$9.3 million in cash that arrived on a private jet": the goods (not people) the relative clause is of. */
function cameAboard(text: string, clause: RegExpExecArray): Found<CargoValue>[] {
  const from = Math.max(0, clause.index - 60);
  const before = text.slice(from, clause.index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BEFORE)) start = m.index + m[0].length;
  const goods = itemsIn(before.slice(start)).filter((i) => i.category !== 'people');
  return [...groupItems(goods)].map(([category, g]) => (
    { value: carried(category, g, false), start: from + start + g.start, end: clause.index + clause[0].length, rule: 'carried' }));
}

/** "arrived in Niger on Wednesday with an air defence system": goods (not people) after a verb of arrival. */
function carriedWith(text: string, w: RegExpExecArray, carriers: Carriers, weightStarts: number[]): Found<CargoValue>[] {
  const before = text.slice(Math.max(0, w.index - 60), w.index);
  // "together with" is a verb of its own; "with 35 tons of cargo" is the weight's.
  if (!WITH_VERB_BEFORE.test(before) || VERB_RIGHT_BEFORE.test(before)) return [];
  if (!carriedByAircraft(carriers, w.index, true)) return [];
  const from = w.index + w[0].length;
  const object = text.slice(from, from + 80).split(OBJECT_END)[0]!;
  if (weightStarts.some((s) => s >= from && s < from + object.length)) return [];
  const goods = itemsIn(object).filter((i) => i.category !== 'people' && i.start <= 30);
  return [...groupItems(goods)].map(([category, g]) => ({ value: carried(category, g, false), start: w.index, end: from + g.end, rule: 'carried' }));
}

/** The value of one group of items carried. */
function carried(category: CargoCategory, group: ItemGroup, denied: boolean): CargoValue {
  const value: CargoValue = { items: group.items, category };
  if (group.role) value.role = group.role;
  if (denied) value.denied = true;
  return value;
}

interface ItemGroup { items: string[]; start: number; end: number; role?: string }

/** Items grouped by category, in order, with the span of each group. */
function groupItems(items: ReturnType<typeof itemsIn>): Map<CargoCategory, ItemGroup> {
  const groups = new Map<CargoCategory, ItemGroup>();
  for (const item of items) {
    const g = groups.get(item.category) ?? { items: [], start: item.start, end: item.end };
    g.items.push(item.text);
    g.end = item.end;
    if (item.role) g.role ??= item.role;
    groups.set(item.category, g);
  }
  return groups;
}

/** The words after a person noun up to an item, within one "of" phrase: "officials of the allied relief". */
const OF_WHOM = /^\s{1,3}of\s(?:(?!\b(?:and|with|plus)\b)[^,;])*$/i;

/** Items in the object of a verb, with their category: "S-300 missiles and spare parts". */
function itemsIn(object: string): { text: string; category: CargoCategory; role?: string; start: number; end: number }[] {
  const found: { text: string; category: CargoCategory; role?: string; start: number; end: number }[] = [];
  for (const m of object.matchAll(ITEM)) {
    const category = CATEGORY_OF.get(fold(m[0]).replace(/\s+/g, ' '));
    // "carrying dozens of children and a DHL cargo plane": a word of a craft's name, no load.
    if (CRAFT_AFTER.test(object.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    if (category) found.push({ text: m[0], category, start: m.index, end: m.index + m[0].length });
  }
  // People come first in an object or not at all: "carrying 65 prisoners", "carrying troops and arms".
  const person = PERSON.exec(object.slice(0, 45));
  const firstGoods = found[0]?.start ?? Infinity;
  if (person && person.index < firstGoods) {
    // "carrying 65 captured Ukrainian servicemen": a modifier before the noun changes the role.
    const modifier = [...object.slice(0, person.index).matchAll(/[\p{L}-]+/gu)].map((w) => MODIFIER_ROLE.get(fold(w[0]))).find(Boolean);
    const role = modifier ?? ROLE_OF.get(fold(person[0]).replace(/\s+/g, ' '));
    if (role) {
      // "carrying officials of the allied relief operation": words after "of" say whose officials they are.
      const end = person.index + person[0].length;
      for (let i = found.length - 1; i >= 0; i--) if (found[i]!.start > end && OF_WHOM.test(object.slice(end, found[i]!.start))) found.splice(i, 1);
      found.push({ text: person[0], category: 'people', role, start: person.index, end });
    }
  }
  found.sort((x, y) => x.start - y.start);
  // "S-300 missiles" is one item, not two.
  const merged: typeof found = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && last.category === f.category && /^\s{1,2}$/.test(object.slice(last.end, f.start))) {
      merged[merged.length - 1] = { ...last, text: object.slice(last.start, f.end), end: f.end };
    } else merged.push(f);
  }
  return merged;
}

/** Where vehicles are named in a sentence: aircraft (or words standing for one) and other vehicles. */
interface Carriers { planes: number[]; others: number[] }

function carriersIn(text: string, planes: Found<unknown>[]): Carriers {
  const ends = [...planes.map((p) => p.end), ...[...text.matchAll(REFERENCE)].map((m) => m.index + m[0].length)];
  const others = [...text.matchAll(OTHER)].map((m) => m.index + m[0].length);
  return { planes: ends.sort((x, y) => x - y), others };
}

/** The largest value of a sorted list that is at most `at`, or -1. */
function lastAtMost(sorted: number[], at: number): number {
  let lo = 0, hi = sorted.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= at) { best = sorted[mid]!; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/**
 * Whether the aircraft is what carries at `at`: the nearest vehicle named before it must be an aircraft
 * (or a word standing for it), not a convoy, a ship or a truck.
 */
function carriedByAircraft(carriers: Carriers, at: number, unnamedIsAircraft = false): boolean {
  const plane = lastAtMost(carriers.planes, at);
  const other = lastAtMost(carriers.others, at);
  if (plane < 0 && other < 0) return unnamedIsAircraft;
  return plane > other;
}

const overlap = (x: Interval, y: Interval) => x.min <= y.max && y.min <= x.max;
const CONVERSION_SLACK = 0.03;

/** Categories that cannot both be the one cargo: prisoners or aid against weapons. */
function categoriesClash(x: CargoValue, y: CargoValue): boolean {
  const pair = (a: CargoValue, b: CargoValue) =>
    (a.category === 'people' && UNARMED_CARGO_ROLES.includes(a.role ?? '') && b.category === 'weapons') ||
    (a.category === 'aid' && b.category === 'weapons');
  return pair(x, y) || pair(y, x);
}

function relateCargo(x: CargoValue, y: CargoValue): Relation {
  // "denied that it carried weapons" against "carrying weapons"; against aid it says nothing.
  if (x.denied || y.denied) {
    if (x.weight || y.weight || x.category !== y.category) return 'unrelated';
    return x.denied && y.denied ? 'equal' : 'conflict';
  }
  if (x.weight && y.weight) {
    // Loads of two flights of a series weigh what each carried.
    if (x.inSeries !== y.inSeries) return 'unrelated';
    // A sum over days holds any one day's load: "80 tons ... on the first day" and "384 tons ... over the week-end".
    if (x.overSpan !== y.overSpan) {
      const [sum, part] = x.overSpan ? [x.weight, y.weight] : [y.weight, x.weight];
      return part.min <= sum.max * (1 + CONVERSION_SLACK) ? 'compatible' : 'conflict';
    }
    // A weight in another unit is usually a rounded conversion: "40 pounds" is "18 kg".
    if (!overlaps(x.weight, y.weight, x.unit === y.unit ? 0 : CONVERSION_SLACK)) return 'conflict';
    return x.weight.min === y.weight.min && x.weight.max === y.weight.max ? 'equal' : 'compatible';
  }
  // A weight of a load against what a load held, both naming things: "90 tonnes of lethal aid, including
  // ammunition" and "carrying ammunition" are told by what they name. "30 tons of cargo" names nothing.
  if (((x.weight || y.weight) && !(x.items?.length && y.items?.length)) || !x.category || !y.category) return 'unrelated';
  if (categoriesClash(x, y)) return 'conflict';
  if (x.category === y.category) {
    const same = (x.items ?? []).map(fold).sort().join('|') === (y.items ?? []).map(fold).sort().join('|');
    return same ? 'equal' : 'compatible';
  }
  if (x.category === 'cargo') return 'broader';
  if (y.category === 'cargo') return 'narrower';
  return 'unrelated';
}

function describeCargo(v: CargoValue): string {
  const parts: string[] = v.denied ? ['no'] : [];
  if (v.weight) {
    // "35 tons" is a span in tonnes: the figure as written is in the quote beside the value.
    const base = describeMeasure('weight', v.figure !== undefined ? { min: v.figure, max: v.figure } : v.weight);
    parts.push(v.unit === 'ton' ? `${base} (short, long or metric tons)` : base);
  }
  if (v.items?.length) parts.push(v.items.join(', '));
  if (v.category && !v.items?.length) parts.push(v.category);
  if (v.category && v.items?.length) parts.push(`(${v.category})`);
  if (v.inSeries) parts.push('on one flight of a series');
  if (v.overSpan) parts.push('over several days');
  return parts.join(' ');
}

/**
 * Pairwise, except that people carried count only against other things carried: the people facet
 * already compares how many troops flew, so "carrying 99 troops" on one side alone is no cargo difference.
 */
function compareCargo(a: Fact<CargoValue>[], b: Fact<CargoValue>[]): SetJudgement {
  const hasItems = (fs: Fact<CargoValue>[]) => fs.some((f) => f.value.items?.length && f.value.category !== 'people');
  const keep = (fs: Fact<CargoValue>[], other: Fact<CargoValue>[]) =>
    hasItems(other) ? fs : fs.filter((f) => f.value.category !== 'people');
  const ka = keep(a, b), kb = keep(b, a);
  if (ka.length === 0 && kb.length === 0) return judgeByRelation(cargo, a, b);
  if (ka.length === 0 || kb.length === 0) {
    return { verdict: 'partial', explanation: `only ${ka.length ? 'a' : 'b'} says what was carried besides people` };
  }
  return judgeByRelation(cargo, ka, kb);
}

export const cargo = defineFacet<CargoValue>({
  kind: 'cargo',
  extract: findCargo,
  relate: relateCargo,
  describe: describeCargo,
  compare: compareCargo,
  // The people a plane carried weigh against goods ("prisoners" against "missiles"); their count is the people row's.
  secondary: (v) => v.category === 'people',
});

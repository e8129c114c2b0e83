/**
 * Aircraft of the event: named types in every spelling ("An-124", "AN 124", "Antonov An-124-100",
 * "Ilyushin-62", "Ruslan"), makers, and generic mentions ("two Russian military planes") with their role
 * and count. Named types and generic mentions are judged together at set level: "two military planes"
 * and "an An-124 and an Il-62" are one fact told with different precision.
 */
import {
  AIRCRAFT_FAMILIES, AIRCRAFT_FILLER_WORDS, AIRLINE_LETTERS, AIRCRAFT_MAKERS, AIRCRAFT_NOUNS, AIRCRAFT_ROLE_WORDS,
  ANOTHER_AIRCRAFT_AFTER, ANOTHER_AIRCRAFT_BEFORE, AIRCRAFT_CLAUSE_BREAKS, WIDE_BODY_TYPES, ESCORT_AIRCRAFT_AFTER, ESCORT_AIRCRAFT_BEFORE, MANY_AIRCRAFT_AFTER,
  BASE_TYPE_BEFORE, COMPANY_AFTER_NAME, COMPANY_AFTER_NOUN, COMPANY_NAME_BEFORE, LOAD_FOR_BEFORE, MAKER_SUCCESSORS, MISTAKEN_FOR_BEFORE, MISTAKING_VERBS, DEAL_AFTER_TYPE, NONE_COUNTED_BEFORE, OWN_LOSS_VERBS, PERSON_BOMBER_AFTER, PERSON_BOMBER_BEFORE, FLEET_COUNT_BEFORE, TALLY_UPDATES, NOT_AIRCRAFT_AFTER, NOT_AIRCRAFT_BEFORE, NOT_DESIGNATIONS, PART_GROUPS, PART_ORDINALS, RUNNING_COUNT_AFTER, SHARED_CODES, SHIP_OR_AIRCRAFT_NOUNS, VARIANT_SUFFIX_PATTERN,
  type AircraftFamily, type AircraftMaker, type AircraftRole,
} from '../lexicon/aircraft.js';
import { REPORTING_VERBS } from '../lexicon/attribution.js';
import { LANDING_AFTER_BROUGHT } from '../lexicon/cause.js';
import { PLACES } from '../lexicon/places.js';
import { fold, gatedScan, matchAny } from '../lexicon/match.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../lexicon/numbers.js';
import { SERIES_WORDS } from '../lexicon/scope.js';
import { wholeCount, type NumberMention } from '../text/numbers.js';
import type { Fact, Interval } from '../types.js';
import { defineFacet, type Found, type Relation, type SentenceContext, type SetJudgement } from './facet.js';
import { numbersIn, perSentence } from './shared.js';
import { describePlace, findPlaces } from '../text/places.js';

export type { AircraftRole } from '../lexicon/aircraft.js';

export interface AircraftValue {
  /** Canonical type: "An-124", "Boeing 737", "A320". */
  designation?: string;
  /** Variant suffix as written: "M", "-100", "MAX 8". */
  variant?: string;
  /** The model of a series the text names, the series being the designation: "MD-82" of the MD-80. */
  model?: string;
  /** The family's nickname, when it has one: "Ruslan". */
  family?: string;
  maker?: string;
  /** The type's role, or the one the sentence states ("military transport planes"). */
  role?: AircraftRole;
  /** The role the sentence states, when it differs from the type's ("Il-62 ... military transport planes"). */
  statedRole?: AircraftRole;
  /** How many, only when the text says: "two planes" is 2, "planes" is 2 or more, "the aircraft" unknown. */
  count?: Interval;
  /** True for mentions that name no type or maker: "two military planes". */
  generic: boolean;
  /**
   * True when a named type or maker stands alone for one aircraft ("the downed plane was an Il-76", "an
   * An-26 crashed"): two such values of different types cannot both be true. Unset for a type in a list,
   * a plural, a count above one or "another Il-76", which may be a second aircraft.
   */
  single?: boolean;
  /** True for an aircraft that met or went with the story's ("escorted by Su-27 fighters", "intercepted
   * by NATO jets") or searched for it and those aboard ("rescued by helicopters"): shown, but never counted
   * or compared with the story's aircraft. */
  escort?: boolean;
  /** True for one flight of a series ("A third Russian military cargo plane", "another An-124"): how many
   * aircraft each side counts then depends on when it was told. */
  inSeries?: boolean;
  /**
   * The country whose aircraft it is, when the sentence says: "a Pakistani F-16", "two Indian military jets",
   * "India said it had lost one MiG-21". Two sides' aircraft in a clash are two aircraft, not rival accounts of one.
   */
  operator?: string;
}

const key = (s: string) => fold(s).replace(/[^a-z0-9а-я]/g, '');
const FAMILY_BY_KEY = new Map<string, AircraftFamily>();
const FAMILY_BY_MAKER_NUMBER = new Map<string, AircraftFamily>();
for (const f of AIRCRAFT_FAMILIES) {
  FAMILY_BY_KEY.set(key(f.designation), f);
  const num = /(\d+)\D*$/.exec(f.designation)?.[1];
  if (num && !FAMILY_BY_MAKER_NUMBER.has(`${f.maker}|${num}`)) FAMILY_BY_MAKER_NUMBER.set(`${f.maker}|${num}`, f);
}
const SERIES_BY_MODEL = new Map(AIRCRAFT_FAMILIES.flatMap((f) => (f.models ?? []).map((m) => [key(m), f] as const)));
const MAKER_BY_ALIAS = new Map<string, AircraftMaker>();
const MAKER_BY_CODE = new Map<string, AircraftMaker>();
for (const m of AIRCRAFT_MAKERS) {
  for (const a of m.aliases) MAKER_BY_ALIAS.set(key(a), m);
  for (const c of m.codes) MAKER_BY_CODE.set(key(c), m);
}
const ALL_CODES = [...AIRCRAFT_MAKERS.flatMap((m) => m.codes), ...SHARED_CODES];
const CODE_EXACT = new Set(ALL_CODES.flatMap((c) => [c, c.toUpperCase()]));
const SINGLE_LETTER = new Set(SHARED_CODES.filter((c) => c.length === 1));
const MAKERS = matchAny(AIRCRAFT_MAKERS.flatMap((m) => m.aliases));
const NOT_LETTER_BEFORE = String.raw`(?<![A-Za-z\u00C0-\u024F\u0400-\u04FF\d/])`;
const DESIGNATION = new RegExp(
  NOT_LETTER_BEFORE +
    String.raw`(?:(?<maker>${MAKERS})[\s-]{1,2})?` +
    String.raw`(?:(?<code>${matchAny(ALL_CODES)})(?<sep>[-‐‑]\s?|\s)?|(?<maker2>${MAKERS})(?<sep2>[-‐‑]|\s{1,2}))` +
    String.raw`(?<num>\d{1,4})(?<variant>${VARIANT_SUFFIX_PATTERN})?(?![\w-]?\d)(?![A-Za-z\u0400-\u04FF]{2})`,
  'gi',
);
/** "the 737 MAX 8", "a 777-200ER": a model number alone, with a variant that only a model takes. */
const NUMBER_WITH_VARIANT = new Map(AIRCRAFT_FAMILIES.filter((f) => f.numberWithVariant).map((f) => [/(\d+)$/.exec(f.designation)![1]!, f]));
const BARE_MODEL = new RegExp(
  String.raw`(?<![\w.,-])(?<!\b[Bb]etween\s{1,3})(?<num>${matchAny(NUMBER_WITH_VARIANT.keys())})(?<variant>-\d{1,2}\s?MAX|-\d{3}[A-Z]{0,2}|-\d(?![\d.,])|\s?MAX(?:\s?\d{1,2})?|\s?Max(?:\s?\d{1,2})?)(?![\w-]?\d)(?![A-Za-z]{2})`,
  'g',
);
/** "The Singapore Airlines 777", "a 737 jet": a model number alone, after an airline or before an aircraft noun. */
const MODEL_IN_CONTEXT = new RegExp(
  String.raw`(?:(?<=\b(?:Airlines|Airways|Air\s{1,3}Lines)\s{1,3})(?<num>${matchAny(NUMBER_WITH_VARIANT.keys())})(?![\w.,-]?\d)|(?<![\w.,-])(?<num2>${matchAny(NUMBER_WITH_VARIANT.keys())})(?=\s{1,3}(?:passenger\s{1,3}|cargo\s{1,3})?(?:jet|jetliner|airliner|plane|aircraft|freighter)s?\b))`,
  'g',
);
/** "Flight SU1492", "flight No. TU 154": the number of a flight, not a type. */
const FLIGHT_BEFORE = /\bflights?\s{1,3}(?:(?:number|no\.?|#)\s{0,3})?$/i;
/** What makes a glued two-digit code ("F16") an aircraft: a plural, or an aircraft noun right after it. */
const GLUED_AIRCRAFT_AFTER = new RegExp(`^(?:s\\b|\\s{1,2}(?:[\\w-]+\\s{1,2})?(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\\b)`, 'i');
const NICKNAMES = new Map<string, AircraftFamily>();
const NAMES = new Map<string, AircraftFamily>();
for (const f of AIRCRAFT_FAMILIES) {
  for (const n of f.nicknames ?? []) NICKNAMES.set(fold(n), f);
  for (const n of f.names ?? []) NAMES.set(fold(n), f);
}
// "two Black Hawks", "five remaining Concordes": a nickname in the plural, after a count.
const NICKNAME = new RegExp(`\\b(?:${matchAny(NICKNAMES.keys())})(s)?\\b`, 'gi');
// "Rafales", "Eurofighters": a name in the plural is several of the type.
const NAME = new RegExp(`\\b(?:${matchAny(NAMES.keys())})(s)?\\b`, 'gi');
const SHIP_OR_AIRCRAFT = new Set(SHIP_OR_AIRCRAFT_NOUNS.map(fold));
const NOUN_ROLE = new Map<string, AircraftRole | undefined>(Object.entries(AIRCRAFT_NOUNS).map(([k, v]) => [fold(k), v]));
const NOUN = new RegExp(`(?<![\\w-])(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})(?![\\w-])`, 'gi');
const ROLE_WORD = new Map<string, AircraftRole>(Object.entries(AIRCRAFT_ROLE_WORDS).map(([k, v]) => [fold(k), v]));
const FILLER = new Set(AIRCRAFT_FILLER_WORDS.map(fold));
const MANY_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(MANY_AIRCRAFT_AFTER)})\\b`, 'i');
const DEAL_AFTER = new RegExp(`^(?:\\s{1,3}[\\w-]{1,20}){0,2}?\\s{1,3}(?:${matchAny(DEAL_AFTER_TYPE)})\\b`, 'i');
const NOT_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(NOT_AIRCRAFT_AFTER)})\\b`, 'i');
/** "retire all Tu-134s from passenger service": every one of a type, a fleet, and no count of the story's. */
const ALL_OF_TYPE_BEFORE = /\b(?:all|every|all\s{1,3}the|all\s{1,3}its|all\s{1,3}their|all\s{1,3}remaining)\s{1,3}$/i;
const MISTAKEN_FOR = new RegExp(`\\b(?:${matchAny(MISTAKEN_FOR_BEFORE)}|(?:${matchAny(MISTAKING_VERBS)})\\s{1,3}(?:the|an?|its|their|them|it)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}?(?:for|with|as))\\s{1,3}(?:(?:an?|the)\\s{1,3})?(?:[\\w-]{1,15}\\s{1,3})?$`, 'i');
const BASE_TYPE = new RegExp(`\\b(?:${matchAny(BASE_TYPE_BEFORE)})\\s{1,3}$`, 'i');
// Two words may stand between: "engines for two MiG-29s", "missiles for its Su-35s", "made for a smaller ATR 42".
const LOAD_FOR = new RegExp(`\\b(?:${matchAny(LOAD_FOR_BEFORE)})\\s{1,3}(?:[\\w-]{1,12}\\s{1,3}){0,2}$`, 'i');
// "operator MNG Jet": up to three capitalised words of the name before the noun.
const COMPANY_NAME = new RegExp(`\\b(?:${matchAny(COMPANY_NAME_BEFORE)})\\s{1,3}(?:[\\p{Lu}\\d][\\p{L}\\d&.'’-]{0,20}\\s{1,3}){0,3}$`, 'u');
const NOT_BEFORE = new RegExp(`(?:${matchAny(NOT_AIRCRAFT_BEFORE)})[\\s-]{0,2}$`, 'i');
const PERSON_BOMBER = new RegExp(`(?:\\b(?:${matchAny(PERSON_BOMBER_BEFORE)})\\s{1,3}bombers?|\\bbombers?,?\\s{1,3}(?:${matchAny(PERSON_BOMBER_AFTER)}))\\b`, 'i');
// An airline's name may come between, its words capitalised (checked where it is scanned): "The Pinnacle
// Airlines Canadair regional jet", "a Delta Boeing jet". Not across another article: "The pilot landed the Boeing
// jet" must leave "the Boeing" to be matched.
const MAKER_ALONE = new RegExp(`\\b(?:an?|the|one|two|three|four|several)\\s{1,3}(?:(?:${matchAny(AIRCRAFT_FILLER_WORDS)})\\s{1,3})?((?:(?!(?:an?|the|one|two|three|four|several)\\s)[a-z][\\w&'’.-]{0,20}\\s{1,3}){1,3})?(${MAKERS})\\b(?!['’]s|\\s{1,3}(?:company|group|said|says|spokes|chief|executive|co\\b|corp|inc|design|shares|stock|factory|plant))`, 'gi');
/** The words of an operator's name between an article and a maker: each capitalised. */
const OPERATOR_WORDS = /^(?:\p{Lu}\S*\s+)+$/u;
// Most sentences name no aircraft: a look at their words spares these scans.
const scanNames = gatedScan([...NAMES.keys()].flatMap((n) => [n, `${n}s`]), NAME);
const scanNicknames = gatedScan([...NICKNAMES.keys()].flatMap((n) => [n, `${n}s`]), NICKNAME);
const scanMakers = gatedScan(AIRCRAFT_MAKERS.flatMap((m) => m.aliases), MAKER_ALONE);
const scanNouns = gatedScan(Object.keys(AIRCRAFT_NOUNS), NOUN);
// Abbreviations keep their dots: "Three U.S. Air Force C-17 cargo planes".
const WORD_BEFORE = /([\p{L}\d][\p{L}\d'’/.-]{0,30})[\s,]{1,3}$/u;
const LIST_JOIN = /^\s{0,2}(?:,\s{0,2}(?:and\s{1,3})?|\s(?:and|or|&)\s{1,3})(?:(?:an?|the)\s{1,3})?$/i;
const PLURAL_NOUN = /(?<!aircraft)s$/i;
const DETERMINER = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|of)$/i;

interface Span<V> { value: V; start: number; end: number; rule: string }

/**
 * The aircraft of a sentence, read once per sentence: cargo asks for them too, to tell what carries a load.
 * Read-only for callers other than the aircraft facet, whose facts these are.
 */
export const aircraftIn: (sentence: SentenceContext) => Found<AircraftValue>[] = perSentence(findAircraft);

function findAircraft(sentence: SentenceContext): Found<AircraftValue>[] {
  const text = sentence.text;
  const numbers = new Map(numbersIn(sentence).filter((n) => n.kind === 'count').map((n) => [n.end, n]));
  const named = [...designations(text), ...namedTypes(text)].sort((x, y) => x.start - y.start);
  const kept: Span<AircraftValue>[] = [];
  // The types a load is for: the next of the last one's list is one too.
  const loads: Span<AircraftValue>[] = [];
  for (const s of named) {
    // Sorted by start, so only the last kept span can overlap this one.
    const prev = kept[kept.length - 1];
    if (prev && s.start < prev.end) {
      if (prev.value.designation === s.value.designation) prev.end = Math.max(prev.end, s.end);
      continue;
    }
    // "An American Airlines DC-10 jumbo jet": a nickname written as a description, right after another type, describes it.
    if (prev && s.rule === 'nickname' && /^jumbo jet$/.test(text.slice(s.start, s.end)) && /^\s{1,2}$/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
      continue;
    }
    // "An-124 Ruslan": the nickname right after the type is the same aircraft.
    if (prev && prev.value.designation === s.value.designation && /^\s{1,2}["“]?$/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
      continue;
    }
    // "a Beriev-built plane based on the Il-76 transport": the type it is built on is no aircraft of the story.
    if (BASE_TYPE.test(text.slice(Math.max(0, s.start - 24), s.start))) continue;
    // "after mistaking it for an attacking F-14 fighter jet": what the craft was taken for.
    if (MISTAKEN_FOR.test(text.slice(Math.max(0, s.start - 50), s.start))) continue;
    // "carrying spare parts for Su-27 and Su-30 fighter jets": what the load is for.
    const load = loads[loads.length - 1];
    if (LOAD_FOR.test(text.slice(Math.max(0, s.start - 24), s.start)) || (load && LIST_JOIN.test(text.slice(load.end, s.start)))) {
      loads.push(s);
      continue;
    }
    // "removed from the F-35 fighter jet programme": a programme or a deal, no aircraft that flew.
    if (DEAL_AFTER.test(text.slice(s.end, s.end + 40))) continue;
    kept.push(s);
  }
  for (const s of kept) {
    const count = countAcross(text, s.start, numbers);
    if (count) {
      s.value.count = count.value;
      s.start = count.start;
    } else if ((/^s\b/.test(text.slice(s.end, s.end + 2)) || /^['’]s\b/.test(text.slice(s.end, s.end + 3)) === false && /^s(?![a-z])/.test(text.slice(s.end, s.end + 2)))
      && !ALL_OF_TYPE_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start))) {
      s.value.count = { min: 2, max: 1e12 };
    }
  }
  const plural = new Set<Span<AircraftValue>>();
  const out: Span<AircraftValue>[] = [...kept];
  for (const g of generics(text, numbers, kept, plural)) {
    // "spare parts for Su-27 and Su-30 fighter jets": the noun of the types a load is for.
    if (loads.some((l) => g.start < l.end + 2 && l.start < g.end)) continue;
    // "a Zeppelin NT airship": the noun inside a longer generic mention is the same aircraft.
    const last = out[out.length - 1];
    if (last?.value.generic && last.start <= g.start && g.start < last.end) {
      if (g.end > last.end) out[out.length - 1] = { ...g, start: last.start };
      continue;
    }
    out.push(g);
  }
  markSingles(text, kept, plural);
  out.sort((x, y) => x.start - y.start);
  let updated: boolean | undefined;
  for (const [i, s] of out.entries()) {
    const before = out[i - 1];
    if (ESCORT_BEFORE.test(text.slice(Math.max(0, s.start - 50), s.start)) || (ESCORT_AFTER.test(text.slice(s.end, s.end + 60)) && !LANDED_AFTER.test(text.slice(s.end, s.end + 100)))
      || FIRED_AT_AIRCRAFT_AFTER.test(text.slice(s.end, s.end + 200))
      // "accompanied by an An-124 transport plane and an Il-62": the list goes on with the escorts.
      || (before?.value.escort && s.value.designation && LIST_AFTER_ESCORT.test(text.slice(before.end, s.start)))) {
      s.value.escort = true;
    }
    if (SERIES_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) || (updated ??= TALLY_UPDATE.test(text))) s.value.inSeries = true;
    const operator = operatorOf(text, s);
    if (operator) s.value.operator = operator;
    // A type of a fleet ("the grounding of 171 Boeing 737 MAX 9 planes") counts none of the story's.
    const fleet = s.value.count ? rawCountBefore(text, s.start, numbers) ?? describedCountBefore(text, s.start, numbers) : undefined;
    if (s.value.count && ((fleet && isFleet(text, fleet)) || FLEET_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))
      || NONE_COUNTED.test(text.slice(Math.max(0, s.start - 40), s.start)) || OTHERS_OF_FLEET.test(text.slice(Math.max(0, s.start - 40), s.start))
      || ALL_OF_FLEET.test(text.slice(Math.max(0, s.start - 120), s.start)) || (s.value.generic && COUNTED_OTHERS.test(text.slice(s.start, s.end)))
      || (fleet && heldDown(text, fleet, s.end)))) delete s.value.count;
    // "The first five of 36 Rafale fighter jets India bought": the part told, not the order it is of.
    const part = s.value.count ? partCountBefore(text, s.start, numbers) : undefined;
    if (part) {
      s.value.count = part.value;
      s.start = part.start;
    }
    // "A first wave of 25 aircraft, including 18 J-16 fighters": a count of one wave is at least what the
    // story holds, not all of it.
    if (s.value.count && s.value.count.max < 1e12 && PART_BEFORE.test(text.slice(Math.max(0, s.start - 90), s.start))) {
      s.value.count = { min: s.value.count.min, max: 1e12 };
    }
    // "Air defences destroyed 24 Ukrainian drones": the drones downed, of all that came; more may have got through.
    // So are "three or four drones had been shot down".
    if (s.value.count && s.value.count.max < 1e12 && s.value.role === 'drone'
      && (DOWNED_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start)) || DOWNED_AFTER.test(text.slice(s.end, s.end + 40)))) {
      s.value.count = { min: s.value.count.min, max: 1e12 };
    }
    // "Two Il-76 were destroyed and two more damaged": more of the type follow, so two is at least how many.
    // So does a tally so far: "Nine Il-76 had arrived by Monday morning, with more expected".
    if (s.value.count && s.value.count.max < 1e12 && s.value.designation
      && (MORE_AFTER.test(text.slice(s.end, s.end + 120)) || RUNNING_AFTER.test(text.slice(s.end, s.end + 140)))) {
      s.value.count = { min: s.value.count.min, max: 1e12 };
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Words between a nationality and its aircraft: "Indian military jets", "a Pakistani Air Force F-16". */
const OPERATOR_GAP = new RegExp(String.raw`^(?:\s{1,3}(?:\p{Lu}[\p{L}-]*|${matchAny([...AIRCRAFT_FILLER_WORDS, ...Object.keys(AIRCRAFT_ROLE_WORDS), 'military', 'cargo'])})){0,3}\s{1,3}$`, 'u');
/**
 * "India said it had lost one MiG-21", "Pakistan denied that any of its own planes had been hit": a party's
 * own aircraft, the party named earlier in the sentence.
 */
const OWN_BEFORE = new RegExp(String.raw`\b(?:(?:it|they|we)\s{1,3}(?:(?:had|has|have)\s{1,3})?(?:${matchAny(OWN_LOSS_VERBS)})\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}|(?:its|their|our)\s{1,3}own\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2})$`, 'i');

/** A maker's name, which may open with a nationality: "British Aerospace". */
const MAKER_NAMED = new RegExp(`^(?:${MAKERS})\\b`, 'i');
/** The country an aircraft belongs to, by a nationality right before it or by its party's own loss. */
function operatorOf(text: string, s: Span<AircraftValue>): string | undefined {
  const from = Math.max(0, s.start - 40);
  const window = text.slice(from, s.end);
  const countryOf = (m: { place: { kind: string; id: string; country?: string } }) => (m.place.kind === 'country' ? m.place.id : undefined);
  // Not where it was made: "Iranian-made drones" may fly for anyone, and "the French-Italian ATR 72" names
  // the nations of its makers. Nor the first word of a maker's name: "The British Aerospace Jetstream" flew
  // for a Honduran airline.
  const nationality = findPlaces(window).filter((m) => m.usage === 'demonym' && countryOf(m) && window[m.end] !== '-'
    && !/\p{L}-$/u.test(window.slice(Math.max(0, m.start - 2), m.start))
    && !MAKER_NAMED.test(window.slice(m.start))
    && (from + m.end >= s.start || OPERATOR_GAP.test(window.slice(m.end, s.start - from)))).pop();
  if (nationality) return countryOf(nationality);
  const own = OWN_BEFORE.exec(text.slice(Math.max(0, s.start - 60), s.start));
  if (own) {
    const subject = findPlaces(text.slice(0, s.start - own[0].length)).find((m) => m.usage === 'name' && countryOf(m));
    return subject ? countryOf(subject) : undefined;
  }
  // "Iran denied that its drone had violated Israeli airspace", "Israel said one of its F-16s crashed": the
  // country the clause opens with owns what "its" names.
  const possessive = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, s.start - 40), s.start));
  if (!possessive) return undefined;
  const lead = text.slice(Math.max(0, s.start - possessive[0].length - 50), s.start - possessive[0].length);
  const subject = SUBJECT_THEN_VERB.exec(lead);
  const place = subject ? findPlaces(subject[1]!).find((m) => m.usage === 'name' && countryOf(m) && m.start === 0 && m.end === subject[1]!.length) : undefined;
  return place ? countryOf(place) : undefined;
}
const POSSESSIVE_BEFORE = /\b(?:(?:one|some|two|three|several|all|most)\s{1,3}of\s{1,3})?(?:its|their)\s{1,3}(?:own\s{1,3})?$/i;
/** The country right before a verb of saying, then perhaps "that": "Iran denied that", "Israel said". */
const SUBJECT_THEN_VERB = new RegExp(String.raw`(?:^|[.;,]\s{1,3}|\b(?:and|but)\s{1,3})([A-Z][\w'’ -]{1,30}?)\s{1,3}(?:(?:has|had|have)\s{1,3})?(?:${matchAny(REPORTING_VERBS)}|denied|denies|admitted|admits|confirmed|confirms)\s{1,3}(?:(?:on\s{1,3}\w+|that)\s{1,3}){0,2}$`);

const CLAUSE_BREAK = new RegExp(`;|,\\s{0,2}(?:${matchAny(AIRCRAFT_CLAUSE_BREAKS)})\\b|\\b(?:${matchAny(AIRCRAFT_CLAUSE_BREAKS)})\\b`, 'gi');
/** "adding four aircraft ... to the 52 reported earlier": a sentence that updates a tally. */
const TALLY_UPDATE = new RegExp(`\\b(?:${matchAny(TALLY_UPDATES)})\\b`, 'i');
/** "A third Russian military cargo plane": one flight of a series. */
const SERIES_BEFORE = new RegExp(`\\b(?:${matchAny(SERIES_WORDS)})\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,3}$`, 'iu');
const ANOTHER_BEFORE = new RegExp(`\\b(?:${matchAny(ANOTHER_AIRCRAFT_BEFORE)})\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,2}$`, 'iu');
const ANOTHER_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(ANOTHER_AIRCRAFT_AFTER)})\\b`, 'i');
// "Two Su-35 fighters escorted", "F-16 jets intercepted": the verb after the aircraft, over its noun; not
// a passive ("the Il-76 was escorted", "the Il-76 escorted by fighters"), whose subject is the one escorted.
// Where they flew from may stand between: "U.S. F-15 fighters from the Netherlands had shadowed the unmanned jet".
const ESCORT_AFTER = new RegExp(
  `^s?\\s{1,3}(?:(?!(?:was|were|is|are|be|been|being)\\b)[\\p{L}-]{1,20}\\s{1,3}){0,2}`
  + `(?:(?:from|based\\s{1,3}(?:at|in))\\s{1,3}(?:the\\s{1,3})?[\\p{L}-]{1,20}(?:\\s{1,3}[\\p{L}-]{1,20})?\\s{1,3}(?:(?:had|have|has)\\s{1,3})?)?`
  + `(?:${matchAny(ESCORT_AIRCRAFT_AFTER)})\\b(?!\\s{1,3}by\\b)`,
  'iu',
);
/**
 * "An F-22 fighter from Langley Air Force Base fired a single Sidewinder missile at the balloon": the
 * subject of a shot at an aircraft, over a phrase of where it came from, is the one that fired.
 */
const FIRED_AT_AIRCRAFT_AFTER = new RegExp(
  String.raw`^s?(?:\s{1,3}[A-Za-z-]{1,20}){0,2}(?:\s{1,3}(?:from|of|based\s{1,3}(?:at|in))\s{1,3}[^.,;]{1,50}?)?\s{1,3}(?:fired|launched|shot)\s{1,3}(?:[^\s.,;]{1,30}\s{1,3}){0,5}?at\s{1,3}(?:the|an?|its|their)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}?(?:${matchAny([...Object.keys(AIRCRAFT_NOUNS), 'balloon', 'balloons'])})(?![A-Za-z])`,
  'i',
);
/** "the pilots of a Tupolev 154 who brought the plane down safely": a landing, no downing. */
const LANDED_AFTER = new RegExp(`^[^.;:!?]{0,40}?\\bbrought\\s{1,3}(?:the\\s{1,3}[\\w-]{1,20}|it)\\s{1,3}down\\s{1,3}(?:${matchAny(LANDING_AFTER_BROUGHT)})\\b`, 'i');
const LIST_AFTER_ESCORT = /^(?:\s{1,3}[\p{L}-]{1,20}){0,3}\s{0,2}(?:,|\s(?:and|or))\s{1,3}(?:(?:a|an|the|two|three|four)\s{1,3})?$/iu;
/** "destroyed 24", "shot down 30": a count of the attackers downed. */
const DOWNED = String.raw`(?:destroyed|shot\s{1,3}down|intercepted|downed|neutrali[sz]ed)`;
const DOWNED_BEFORE = new RegExp(String.raw`\b(?:${DOWNED}|repelled)\s{1,3}(?:at\s{1,3}least\s{1,3}|some\s{1,3}|about\s{1,3})?$`, 'i');
/** "three or four drones had been shot down": the passive after the count. */
const DOWNED_AFTER = new RegExp(String.raw`^\s{1,3}(?:had|have|has|were|was|had\s{1,3}been|have\s{1,3}been|has\s{1,3}been|were\s{1,3}being)\s{1,3}${DOWNED}\b`, 'i');
/** "... and two more damaged", in the clause after a counted type: more of it. */
const MORE_AFTER = /^[^.;:!?]{0,100}?\band\s{1,3}(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s{1,3}(?:more|others)\b/i;
const RUNNING_AFTER = new RegExp(`^[^.;:!?]{0,120}?\\b(?:${matchAny(RUNNING_COUNT_AFTER)})\\b`, 'i');
/** "a first wave of", "the second group of ... including": a part of the story's aircraft. */
const PART_BEFORE = new RegExp(`\\b(?:${matchAny(PART_ORDINALS)})\\s{1,3}(?:${matchAny(PART_GROUPS)})\\s{1,3}(?:of\\s{1,3})?(?:[^.;]{0,60}?\\bincluding\\s{1,3}[^.;]{0,30})?$`, 'i');
// "scrambled two F-16 jets", not "scrambled to intercept the drone": the words between name the aircraft.
const ESCORT_BEFORE = new RegExp(`\\b(?:${matchAny(ESCORT_AIRCRAFT_BEFORE)})\\s{1,3}(?:(?!to\\b)[\\p{L}.-]{1,20}\\s{1,3}){0,3}$`, 'iu');

/**
 * Marks the named types that each stand for one aircraft. A type is one of several when it is counted
 * above one, plural, listed ("an An-124 and an Il-62"), described by a plural noun ("Il-76 planes"),
 * introduced as another ("a second Il-76", "an Il-62 also landed"), or shares its clause with another
 * type ("a Su-34 escorted the An-26"). Types in different clauses of one sentence may still each be the
 * one aircraft: "the ministry said it was an Il-76, while Kyiv said it was an An-26".
 */
function markSingles(text: string, named: Span<AircraftValue>[], plural: Set<Span<AircraftValue>>): void {
  // Named spans are sorted, so one pass over the clause breaks gives each its clause.
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const clauses: number[] = [];
  let clause = 0;
  for (const n of named) {
    while (clause < breaks.length && breaks[clause]! < n.start) clause++;
    clauses.push(clause);
  }
  const nameOf = (x: AircraftValue) => x.designation ?? x.maker ?? '';
  const namesIn = new Map<number, Set<string>>();
  for (const [i, n] of named.entries()) {
    const names = namesIn.get(clauses[i]!) ?? new Set<string>();
    names.add(nameOf(n.value));
    namesIn.set(clauses[i]!, names);
  }
  for (const [i, s] of named.entries()) {
    const v = s.value;
    if (plural.has(s)) continue;
    if (v.count && !(v.count.min === 1 && v.count.max === 1)) continue;
    const prev = named[i - 1], next = named[i + 1];
    if (prev && LIST_JOIN.test(text.slice(prev.end, s.start))) continue;
    if (next && LIST_JOIN.test(text.slice(s.end, next.start))) continue;
    if ((namesIn.get(clauses[i]!)?.size ?? 0) > 1) continue;
    if (ANOTHER_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) continue;
    if (ANOTHER_AFTER.test(text.slice(s.end, s.end + 20))) continue;
    if (ALL_OF_TYPE_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start))) continue;
    v.single = true;
  }
}

function designations(text: string): Span<AircraftValue>[] {
  const out: Span<AircraftValue>[] = [];
  // Every designation has a number: most sentences have no digit and need no scan.
  if (!/\d/.test(text)) return out;
  for (const m of text.matchAll(DESIGNATION)) {
    const g = m.groups ?? {};
    const num = g.num!;
    const code = g.code;
    const makerAlias = g.maker ?? g.maker2;
    const sep = g.sep ?? g.sep2 ?? '';
    let maker = makerAlias ? MAKER_BY_ALIAS.get(key(makerAlias)) : undefined;
    let family: AircraftFamily | undefined;
    if (code) {
      // Spaced codes must be written as codes are ("An 124", "AN 124"), not "an 11-hour flight".
      if (/^\s$/.test(sep) && !CODE_EXACT.has(code)) continue;
      // "A320" reads alone; "F16", "C17" only as aircraft ("F16 jets", "C17s"), not a road or a paper size.
      const glued = sep === '' && num.length === 2
        && (g.variant === 's' || GLUED_AIRCRAFT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)));
      if (SINGLE_LETTER.has(code.toUpperCase()) && (sep === '' ? num.length < 3 && !glued : /\s/.test(sep))) continue;
      if (/^-[a-z]/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      if (NOT_DESIGNATION.test(text.slice(m.index))) continue;
      const codeMaker = MAKER_BY_CODE.get(key(code));
      maker ??= codeMaker;
      // A maker's code in Latin letters as written ("MD-83", not "DC-83"); one in Cyrillic as its first ("Ан" is "An").
      const canonicalCode = codeMaker?.codes.find((c) => key(c) === key(code) && /^[A-Za-z]/.test(c)) ?? codeMaker?.codes[0] ?? code.toUpperCase().replace('/', '/');
      family = FAMILY_BY_KEY.get(key(canonicalCode + num)) ?? (codeMaker ? FAMILY_BY_MAKER_NUMBER.get(`${codeMaker.name}|${num}`) : undefined);
      const series = family ? undefined : SERIES_BY_MODEL.get(key(canonicalCode + num));
      if (series) {
        out.push(span(m, { ...fromFamily(series), model: `${canonicalCode}-${num}` }, g.variant));
        continue;
      }
      if (!family && !codeMaker) continue; // "G20", "F1": shared prefixes need a known type
      // "Flight SU1492", "flight TU 514": an airline's code and a flight number, not a Sukhoi or a Tupolev.
      if (FLIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "SU1492" with no type of that number: glued letters and a long number are a flight, as types are
      // written with a hyphen ("Su-27") or known ("AN124").
      if (!family && sep === '' && num.length >= 3) continue;
      if (!family && codeMaker && codeMaker.codes[0]) {
        out.push(span(m, { designation: `${canonicalCode}-${num}`, maker: codeMaker.name, generic: false }, g.variant));
        continue;
      }
    } else if (maker) {
      family = FAMILY_BY_MAKER_NUMBER.get(`${maker.name}|${num}`);
      if (!family && maker.codes[0]) family = FAMILY_BY_KEY.get(key(maker.codes[0] + num));
      if (!family) {
        out.push(span(m, { designation: maker.codes[0] ? `${maker.codes[0]}-${num}` : `${maker.name} ${num}`, maker: maker.name, generic: false }, g.variant));
        continue;
      }
    }
    if (!family) continue;
    out.push(span(m, fromFamily(family), g.variant));
  }
  for (const m of text.matchAll(BARE_MODEL)) {
    if (out.some((s) => s.start <= m.index && m.index < s.end)) continue;
    out.push(span(m, fromFamily(NUMBER_WITH_VARIANT.get(m.groups!.num!)!), m.groups!.variant));
  }
  for (const m of text.matchAll(MODEL_IN_CONTEXT)) {
    if (out.some((s) => s.start <= m.index && m.index < s.end)) continue;
    out.push(span(m, fromFamily(NUMBER_WITH_VARIANT.get((m.groups!.num ?? m.groups!.num2)!)!), undefined));
  }
  return out.sort((x, y) => x.start - y.start);
}

/** "MI5": a name written as a type is, case and all, that is none. */
const NOT_DESIGNATION = new RegExp(`^(?:${matchAny(NOT_DESIGNATIONS)})(?![A-Za-z0-9-])`);

function span(m: RegExpMatchArray, value: AircraftValue, variant: string | undefined): Span<AircraftValue> {
  let end = m.index! + m[0].length;
  // A lower-case tail is a plural or a word ("An-124s"), not a variant ("Il-62M"); but for "737 Max", "A320neo".
  if (variant && /[a-z]/.test(variant) && !/max|neo/i.test(variant)) end -= variant.length;
  // "737-9 MAX" is the 737 MAX 9.
  else if (variant) value.variant = variant.trim().replace(/^-(\d{1,2})\s?MAX$/i, 'MAX $1').replace(/^neo$/i, 'neo');
  return { value, start: m.index!, end, rule: 'designation' };
}

function fromFamily(f: AircraftFamily): AircraftValue {
  const v: AircraftValue = { designation: f.designation, maker: f.maker, role: f.role, generic: false };
  if (f.nicknames?.[0]) v.family = f.nicknames[0];
  return v;
}

// "The Dutch Hercules and an Australian C-17": a nationality may stand between.
const ARTICLE_BEFORE_NICKNAME = new RegExp(
  `\\b(?:a|an|the|two|three|four|several|its|their|his|her)\\s{1,3}(?:(?:${matchAny(PLACES.flatMap((p) => p.demonyms ?? []))})\\s{1,3})?`
    + `(?:(?:${matchAny([...AIRCRAFT_FILLER_WORDS, ...Object.keys(AIRCRAFT_ROLE_WORDS)])})\\s{1,3})?$`, 'i');
/**
 * So may an airline's name: "A British Airways Trident", "an Air France Concorde", or its letters (see
 * AIRLINE_LETTERS): "struck the TWA Constellation".
 */
const AIRLINE_BEFORE_NICKNAME = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s{1,3}(?:(?:\p{Lu}[\p{L}-]+\s{1,2}){0,2}(?:Airways|Airlines|Air|Aviation)(?:\s{1,2}\p{Lu}[\p{L}-]+)?|(?:${AIRLINE_LETTERS.join('|')}))\s{1,2}$`, 'u');
const COUNT_WORDS = ['several', ...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)];
/** An air arm right before a plural nickname: "U.S. Air Force Dakotas flew food into Berlin". */
const FORCE_BEFORE_NICKNAMES = /\b(?:Air\s{1,3}Force|Navy|RAF|Luftwaffe)\s{1,3}$/;
/** A count, perhaps with one lower-case word, before a nickname in the plural: "five remaining Concordes". */
const COUNT_BEFORE_NICKNAMES = new RegExp(
  `\\b(?:\\d{1,4}|${matchAny(COUNT_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})\\s{1,3}(?:\\p{Ll}[\\p{Ll}-]{1,20}\\s{1,3})?$`, 'u');
/** A model's code after a nickname, which a name in capitals there is not: "the twin-engine King Air C90". */
const MODEL_CODE_AFTER = /^\s{1,2}\p{Lu}{1,3}-?\d/u;
/** A nickname given as a name: "a new drone it called \"Yafa\"", "a drone named Jaffa". */
const CALLED_BEFORE = /\b(?:named|called|dubbed)\s{1,3}["“']?$/i;
const NOUN_AFTER = new RegExp(`^\\s{1,3}(?:[\\w-]{1,20}\\s{1,3})?(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\\b`, 'i');
/** The family's designation right before its nickname: "An-124 Ruslan", "Boeing 787 Dreamliner", "the 787 Dreamliner". */
const DESIGNATED_BEFORE = new Map(
  AIRCRAFT_FAMILIES.map((f) => {
    const [maker, number] = /^(\p{L}+ )(\d.*)$/u.exec(f.designation)?.slice(1) ?? ['', f.designation];
    const designation = `${maker ? `(?:${maker.trim()}\\s?)?` : ''}${number!.replace(/[-/]/g, '.?')}`;
    return [f, new RegExp(`(?<![\\w-])${designation}\\S{0,6}\\s{1,2}["“]?$`, 'i')];
  }),
);
const designatedBefore = (f: AircraftFamily) => DESIGNATED_BEFORE.get(f) ?? /$^/;
/** The family's maker right before its nickname: "Sikorsky Black Hawk", "Antonov Mriya". */
const MAKER_BEFORE = new Map(AIRCRAFT_MAKERS.map((m) => [m.name, new RegExp(`\\b(?:${matchAny(m.aliases)})\\s{1,2}$`, 'i')]));
const ANY_MAKER_BEFORE = new RegExp(`\\b(?:${MAKERS})\\s{1,2}$`, 'i');
/** "The Airbus Super Puma EC225": the family's nickname, perhaps after its maker, before a designation. */
const NICKNAME_BEFORE = new RegExp(`\\b(?:(?:${MAKERS})\\s{1,2})?(${matchAny(NICKNAMES.keys())})\\s{1,2}$`, 'i');
const COMPANY_AFTER = new RegExp(`^\\s{1,2}(?:${matchAny(COMPANY_AFTER_NAME)})\\b`);
/** "The United Aircraft Corporation": an aircraft noun inside a company's name. */
const COMPANY_NOUN_AFTER = new RegExp(`^\\s{1,2}(?:${matchAny(COMPANY_AFTER_NOUN)})\\b`);
const isCompany = (text: string, end: number) => COMPANY_AFTER.test(text.slice(end, end + 16));

/** An aircraft noun, then a comma and an article, right before a nickname: "his giant flying boat, the Hercules". */
const APPOSED_NOUN = new RegExp(`(?<![\\w-])(${matchAny(Object.keys(AIRCRAFT_NOUNS))}),\\s{1,3}(?:the|an?)\\s{1,3}$`, 'i');

/** Names used alone ("Rafale", "Bayraktar TB2") and nicknames in context ("the Ruslan", "a Hercules plane"). */
function namedTypes(text: string): Span<AircraftValue>[] {
  const out: Span<AircraftValue>[] = [];
  for (const m of scanNames(text)) {
    const plural = m[1] !== undefined;
    const f = NAMES.get(fold(plural ? m[0].slice(0, -1) : m[0]).replace(/\s+/g, ' '));
    if (!f || isCompany(text, m.index + m[0].length)) continue;
    const value = fromFamily(f);
    if (f.namesRole) value.statedRole = f.namesRole;
    if (plural && !ALL_OF_TYPE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) value.count = { min: 2, max: 1e12 };
    // A maker before the name is part of it: "a de Havilland Twin Otter", "a Bombardier Dash 8". So is the
    // type's own nickname: "The Airbus Super Puma EC225".
    const nickname = NICKNAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const ownNickname = nickname && NICKNAMES.get(fold(nickname[1]!).replace(/\s+/g, ' '))?.designation === f.designation ? nickname : null;
    const maker = ownNickname ?? ANY_MAKER_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    out.push({ value, start: m.index - (maker?.[0].length ?? 0), end: m.index + m[0].length, rule: 'name' });
  }
  for (const m of scanNicknames(text)) {
    if (!/^\p{Lu}/u.test(m[0]) && !/jumbo/i.test(m[0])) continue;
    const plural = m[1] !== undefined;
    const f = NICKNAMES.get(fold(plural ? m[0].slice(0, -1) : m[0]).replace(/\s+/g, ' '));
    if (!f || isCompany(text, m.index + m[0].length)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // A plural nickname is the type only after a count: "the Raptors" may be a team.
    if (plural) {
      if (!COUNT_BEFORE_NICKNAMES.test(before) && !FORCE_BEFORE_NICKNAMES.test(before)) continue;
      out.push({ value: { ...fromFamily(f), count: { min: 2, max: 1e12 } }, start: m.index, end: m.index + m[0].length, rule: 'nickname' });
      continue;
    }
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (NOT_AFTER.test(after)) continue;
    // "his giant flying boat, the Hercules": a craft of another kind, named in apposition, is another type of the name.
    const told = APPOSED_NOUN.exec(before)?.[1];
    const toldRole = told ? NOUN_ROLE.get(fold(told)) : undefined;
    if (toldRole && toldRole !== f.role && CLASS[toldRole] !== 'any' && CLASS[f.role] !== 'any') continue;
    const designated = designatedBefore(f).exec(before);
    // "the Ruslan", "the giant Mriya": an article, perhaps with one lower-case word, before the nickname.
    const article = ARTICLE_BEFORE_NICKNAME.test(before) || AIRLINE_BEFORE_NICKNAME.test(before);
    // "an El Al jumbo jet": a nickname that holds its own aircraft noun needs nothing around it.
    const noun = NOUN_AFTER.test(after) || CALLED_BEFORE.test(before) || /\bjet$/i.test(m[0]);
    const maker = MAKER_BEFORE.get(f.maker)?.exec(before);
    if (!(designated || maker || (article && (!/^\s{1,2}\p{Lu}/u.test(after) || MODEL_CODE_AFTER.test(after))) || noun)) continue;
    // The maker or the designation is part of the name: "the 787 Dreamliner" counts no 787 aircraft.
    const lead = designated ?? maker;
    const start = lead ? m.index - lead[0].length : m.index;
    out.push({ value: fromFamily(f), start, end: m.index + m[0].length, rule: 'nickname' });
  }
  const named = out.filter((s) => s.rule === 'nickname' || s.rule === 'name');
  for (const m of scanMakers(text)) {
    const maker = MAKER_BY_ALIAS.get(key(m[2]!));
    if (!maker) continue;
    if (m[1] && !OPERATOR_WORDS.test(m[1])) continue;
    // "The McDonnell Douglas jet": the words taken for an operator may end in the maker's longer name.
    const end = m.index + m[0].length;
    const alias = maker.aliases.filter((a) => fold(text.slice(Math.max(0, end - a.length), end)) === fold(a))
      .reduce((x, y) => (y.length > x.length ? y : x), m[2]!);
    const start = end - alias.length;
    if (/^[\s-]{0,2}\d/.test(text.slice(end, end + 3))) continue;
    if (named.some((s) => s.start <= start && start < s.end)) continue;
    // "the Antonov airfield", "a Boeing engine": the maker names something else.
    if (NOT_AFTER.test(text.slice(end, end + 30))) continue;
    out.push({ value: { maker: maker.name, generic: false }, start, end, rule: 'maker' });
  }
  return out;
}

/** The count written right before a mention: "two An-124s", "three Russian military planes". */
function countBefore(text: string, start: number, numbers: Map<number, NumberMention>): NumberMention | undefined {
  const count = rawCountBefore(text, start, numbers);
  return count && isFleet(text, count) ? undefined : count;
}
function rawCountBefore(text: string, start: number, numbers: Map<number, NumberMention>): NumberMention | undefined {
  const gap = /\s{1,3}$/.exec(text.slice(Math.max(0, start - 3), start));
  const count = gap ? numbers.get(start - gap[0].length) : undefined;
  // "The 1944 Douglas DC-3": a year the craft was built, no count of them.
  if (count && BUILT_YEAR.test(count.text)) return undefined;
  return count && NAME_NUMBERED.test(text.slice(Math.max(0, count.start - 40), count.end)) ? undefined : count;
}
/** Four figures of a year, written with no comma, before a craft: its year, not a count ("1,944 planes" is one). */
const BUILT_YEAR = /^(?:19|20)\d{2}$/;
/** "the Solar Impulse 2 plane": digits that end a name, after a word of it in capitals; not "the Air Force's 21 B-2s". */
const NAME_NUMBERED = /\p{L}\s{1,3}\p{Lu}[\p{L}-]{1,30}\s\d{1,3}$/u;
/** The "of" between a part's count and the whole's: "five of 36", "two of the four". */
const PART_GAP = /^\s{1,3}of\s{1,3}(?:(?:the|its|their)\s{1,3})?$/i;
/** "five of 36 Rafale": a count of two or more, then "of" and the mention's own count. */
function partCountBefore(text: string, start: number, numbers: Map<number, NumberMention>): NumberMention | undefined {
  for (const m of numbers.values()) {
    if (m.kind === 'count' && m.value.min >= 2 && m.end < start && start - m.end <= 12 && PART_GAP.test(text.slice(m.end, start))) return m;
  }
  return undefined;
}
/** "its fleet of 14 new Airbus A320 jets": a count with a word or two describing the aircraft between. */
function describedCountBefore(text: string, start: number, numbers: Map<number, NumberMention>): NumberMention | undefined {
  for (const m of numbers.values()) {
    if (m.end <= start && start - m.end <= 30 && DESCRIBED_GAP.test(text.slice(m.end, start))) return m;
  }
  return undefined;
}
const DESCRIBED_GAP = /^\s{1,3}(?:[a-z][\w-]{0,15}\s{1,3}){1,2}$/;
/**
 * "Two other planes carrying members of his government left for the United States": craft of no type counted apart
 * from the story's, whose count is none of all the side's aircraft. A type's stays ("Two other Embraer 190 planes").
 */
const COUNTED_OTHERS = /^[\w-]+\s{1,3}other\s/i;
/** "The airline's other Embraer 190 planes were grounded": the rest of a fleet, none of the story's. */
const OTHERS_OF_FLEET = /\b(?:its|their|[\w-]+['’]s?)\s{1,3}other\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i;
/**
 * "SAS kept more than two dozen turboprop planes on the ground": craft held down, a fleet. Not "kept two Su-30
 * jets on alert".
 */
const KEPT_BEFORE = /\b(?:kept|keeps|keep|keeping)\s{1,3}(?:(?:more\s{1,3}than|over|about|nearly|almost|some|all)\s{1,3})?$/i;
const HELD_DOWN_AFTER = /^\s{1,3}(?:on\s{1,3}the\s{1,3}ground|grounded)\b/i;
/** Whether the craft counted by `count`, their mention ending at `end`, are kept on the ground. */
const heldDown = (text: string, count: NumberMention, end: number) =>
  KEPT_BEFORE.test(text.slice(Math.max(0, count.start - 24), count.start)) && HELD_DOWN_AFTER.test(text.slice(end, end + 24));
/**
 * "would check the landing gear of all 27 of its Bombardier Q400 planes": all of an operator's craft, looked
 * over or held on the ground. Not "all three of its helicopters returned safely".
 */
const ALL_OF_FLEET = /\b(?:check|checks|checking|checked|inspect|inspects|inspecting|inspected|examine|examines|examining|ground|grounds|grounding|grounded)\b[^.;:!?]{0,60}\ball\s{1,3}[\w,-]{1,12}\s{1,3}of\s{1,3}(?:its|their|[\w-]+['’]s?)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i;
/** "the grounding of 171 Boeing 737 MAX 9 planes", "its fleet of 65": a fleet, not the story's aircraft. */
const isFleet = (text: string, count: NumberMention) => FLEET_BEFORE.test(text.slice(Math.max(0, count.start - 40), count.start));
// "one of the Air Force's 21 B-2s": the owner's possessive may come between.
const NONE_COUNTED = new RegExp(`\\b(?:${matchAny(NONE_COUNTED_BEFORE)})\\s{1,3}(?:(?:the|its|their|our|those|these)\\s{1,3})?(?:own\\s{1,3})?(?:(?:[A-Z][\\w.-]{0,20}\\s{1,3}){0,3}[\\w.-]{1,20}['’]s\\s{1,3})?$`, 'i');
const FLEET_BEFORE = new RegExp(`\\b(?:${matchAny(FLEET_COUNT_BEFORE)})\\s{1,3}(?:(?:all|its|their|some|about|nearly|almost|only|just)\\s{1,3})?$`, 'i');

/**
 * Generic mentions: an aircraft noun with the role words, nationality and count before it. A noun that
 * follows named types ("An-124 and Il-62 military transport planes") describes them instead.
 */
function generics(
  text: string, numbers: Map<number, NumberMention>, named: Span<AircraftValue>[], plural: Set<Span<AircraftValue>>,
): Span<AircraftValue>[] {
  const out: Span<AircraftValue>[] = [];
  const namedByEnd = new Map(named.map((n) => [n.end, n]));
  const position = new Map(named.map((n, i) => [n, i]));
  const namedAt = new Set<number>();
  for (const n of named) for (let i = n.start; i < n.end; i++) namedAt.add(i);
  for (const m of scanNouns(text)) {
    const nounEnd = m.index + m[0].length;
    if (NOT_AFTER.test(text.slice(nounEnd, nounEnd + 30))) continue;
    if (NOT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (PERSON_BOMBER.test(text.slice(Math.max(0, m.index - 14), nounEnd + 10))) continue;
    if (/^\p{Lu}/u.test(m[0]) && (COMPANY_NAME.test(text.slice(Math.max(0, m.index - 50), m.index)) || COMPANY_NOUN_AFTER.test(text.slice(nounEnd, nounEnd + 16)))) continue;
    // "The Cougar Helicopters Sikorsky S-92", "Cougar Helicopters grounded its fleet": a plural noun with a
    // capital after a name is a company's name. Not "two Russian Helicopters" nor "Military Helicopters".
    if (/^\p{Lu}.*s$/u.test(m[0]) && isCompanyName(text, m.index)) continue;
    const noun = fold(m[0]).replace(/\s+/g, ' ');
    const roles: AircraftRole[] = [];
    const nounRole = NOUN_ROLE.get(noun);
    if (nounRole) roles.push(nounRole);
    let start = m.index;
    for (let words = 0; words < 5; words++) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 34), start));
      if (!w || /,/.test(w[0].slice(w[1]!.length))) break;
      if (numbers.has(start - (w[0].length - w[1]!.length))) break;
      if (DETERMINER.test(w[1]!)) break;
      const word = fold(w[1]!);
      let role = ROLE_WORD.get(word);
      let span = w[0].length;
      if (!role) {
        // Two-word roles: "air force planes".
        const w2 = WORD_BEFORE.exec(text.slice(Math.max(0, start - span - 34), start - span));
        role = w2 ? ROLE_WORD.get(`${fold(w2[1]!)} ${word}`) : undefined;
        if (role) span += w2![0].length;
      }
      if (role) roles.push(role);
      else if (!FILLER.has(word) && !/^\p{Lu}/u.test(w[1]!)) break;
      if (!role && /^\p{Lu}/u.test(w[1]!) && namedByEnd.has(start - (w[0].length - w[1]!.length))) break;
      start -= span;
    }
    // Named types right before the noun: give them the stated role and emit nothing generic.
    const head = namedByEnd.get(start) ?? namedByEnd.get(start - 1) ?? namedByEnd.get(start - 2);
    if (head) {
      const list = listEndingAt(text, named, head, position.get(head) ?? 0);
      const stated = roles.find((r) => r !== 'military') ?? roles[0];
      for (const n of list) if (stated && n.value.role !== stated) n.value.statedRole = stated;
      if (PLURAL_NOUN.test(m[0])) {
        for (const n of list) plural.add(n);
        // "about 30 Iranian-made Shahed drones": one type under a plural noun takes the count before it.
        if (list.length === 1 && !head.value.count) {
          const count = countAcross(text, head.start, numbers);
          head.value.count = count ? count.value : { min: 2, max: 1e12 };
          if (count) head.start = count.start;
        }
      }
      continue;
    }
    if (namedAt.has(m.index) || SHIP_OR_AIRCRAFT.has(noun)) continue;
    if (MISTAKEN_FOR.test(text.slice(Math.max(0, start - 50), start))) continue;
    const value: AircraftValue = { generic: true };
    const role = roles.find((r) => r !== 'military') ?? roles[0];
    if (role) value.role = role;
    if (roles.includes('military') && role !== 'military') value.statedRole = 'military';
    const count = countBefore(text, start, numbers);
    if (count && heldDown(text, count, nounEnd)) start = count.start;
    else if (count) {
      value.count = count.value;
      start = count.start;
    } else if ((/s$/i.test(m[0]) && !/^aircraft$/i.test(m[0])) || MANY_AFTER.test(text.slice(nounEnd, nounEnd + 20))) {
      value.count = { min: 2, max: 1e12 };
    }
    out.push({ value, start, end: nounEnd, rule: 'generic' });
  }
  return out;
}

const DEMONYMS = new Set(PLACES.flatMap((p) => p.demonyms ?? []));
function isCompanyName(text: string, at: number): boolean {
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, at - 34), at));
  if (!w || !/^\p{Lu}/u.test(w[1]!) || /,/.test(w[0].slice(w[1]!.length))) return false;
  return !DEMONYMS.has(w[1]!) && !ROLE_WORD.has(fold(w[1]!)) && !FILLER.has(fold(w[1]!));
}

/** A count before a mention over a few describing words: "30 Iranian-made", "two Russian". */
function countAcross(text: string, start: number, numbers: Map<number, NumberMention>): NumberMention | undefined {
  let at = start;
  for (let words = 0; words < 3; words++) {
    const direct = countBefore(text, at, numbers);
    if (direct) return direct;
    const w = WORD_BEFORE.exec(text.slice(Math.max(0, at - 34), at));
    if (!w || /,/.test(w[0].slice(w[1]!.length))) return undefined;
    const word = w[1]!;
    if (!FILLER.has(fold(word)) && !ROLE_WORD.has(fold(word)) && !/^\p{Lu}/u.test(word)) return undefined;
    at -= w[0].length;
  }
  return countBefore(text, at, numbers);
}

/** The named types of a list ending with `last`: "An-124, Il-76 and Il-62". */
function listEndingAt(text: string, named: Span<AircraftValue>[], last: Span<AircraftValue>, at: number): Span<AircraftValue>[] {
  const list = [last];
  let current = last;
  for (let i = at - 1; i >= 0; i--) {
    const prev = named[i]!;
    if (!LIST_JOIN.test(text.slice(prev.end, current.start))) break;
    list.push(prev);
    current = prev;
  }
  return list;
}

// ---- judging ----

const CLASS: Readonly<Record<AircraftRole, string>> = {
  bomber: 'combat', fighter: 'combat', attack: 'combat', helicopter: 'rotor', drone: 'unmanned',
  airship: 'lighter-than-air', balloon: 'lighter-than-air', transport: 'fixed', airliner: 'fixed',
  'business jet': 'fixed', tanker: 'fixed', reconnaissance: 'fixed', patrol: 'fixed', trainer: 'fixed',
  'light aircraft': 'fixed', amphibian: 'fixed', glider: 'fixed', military: 'any',
};

const rolesOf = (v: AircraftValue): AircraftRole[] => [v.role, v.statedRole].filter((r): r is AircraftRole => r !== undefined);

/** Whether two values' roles can describe one aircraft: a bomber is never an airliner. */
function rolesFit(x: AircraftValue, y: AircraftValue): boolean {
  const rx = rolesOf(x), ry = rolesOf(y);
  if (rx.length === 0 || ry.length === 0) return true;
  return rx.some((a) => ry.some((b) => CLASS[a] === 'any' || CLASS[b] === 'any' || CLASS[a] === CLASS[b]));
}

const overlap = (x: Interval, y: Interval) => x.min <= y.max && y.min <= x.max;

function relateAircraft(x: AircraftValue, y: AircraftValue): Relation {
  // An escort, an interceptor or the jet that fired is another aircraft than the story's.
  if (Boolean(x.escort) !== Boolean(y.escort)) return 'unrelated';
  // "a Pakistani F-16" and "one MiG-21" India lost: each side's aircraft in a clash.
  if (x.operator && y.operator && x.operator !== y.operator) return 'unrelated';
  // Two types, or two makers, are two aircraft unless each stands for the one aircraft of its sentence.
  const oneEach = x.single === true && y.single === true;
  if (x.designation && y.designation) {
    if (x.designation !== y.designation) return oneEach ? 'conflict' : 'unrelated';
    return relateVariants(x, y);
  }
  // Craft of two kinds clash as one aircraft told two ways, not when one side names several: "24 drones"
  // that attacked and "four Il-76 planes" they damaged are other aircraft.
  if (!rolesFit(x, y)) return several(x) || several(y) ? 'unrelated' : 'conflict';
  const sx = specificity(x), sy = specificity(y);
  if (x.maker && y.maker && !sameLine(x.maker, y.maker)) return oneEach ? 'conflict' : 'unrelated';
  if (x.generic && y.generic && x.count && y.count && !overlap(x.count, y.count)) return 'conflict';
  if (sx > sy) return 'narrower';
  if (sy > sx) return 'broader';
  return x.role === y.role && sameCount(x.count, y.count) ? 'equal' : 'compatible';
}

/**
 * Variants of one family: "-800" and "MAX" are different models (conflict); "MAX" and "MAX 8", or no
 * variant and "MD", differ only in precision. So do a series and a model of it ("MD-80", "MD-82").
 */
function relateVariants(x: AircraftValue, y: AircraftValue): Relation {
  const finer = (v: AircraftValue) => key(`${v.model ?? ''}${v.variant ?? ''}`);
  const vx = finer(x), vy = finer(y);
  if (vx === vy) return 'equal';
  if (vy.startsWith(vx)) return 'broader';
  if (vx.startsWith(vy)) return 'narrower';
  return 'conflict';
}

/** Whether two makers' names may stand for one aircraft: one maker, or one whose line passed to the other. */
const sameLine = (x: string, y: string) => x === y || MAKER_SUCCESSORS[x] === y || MAKER_SUCCESSORS[y] === x;
const several = (v: AircraftValue) => v.count !== undefined && v.count.min > 1;
const specificity = (v: AircraftValue) => (v.designation ? 3 : v.maker ? 2 : v.role && v.role !== 'military' ? 1 : 0);
const sameCount = (a?: Interval, b?: Interval) => (a === undefined) === (b === undefined) && (!a || !b || (a.min === b.min && a.max === b.max));

/** Roles whose name says what the craft is: "balloon", not "balloon plane". */
const NOT_PLANES: ReadonlySet<string> = new Set(['helicopter', 'drone', 'airship', 'balloon', 'glider']);

function describeAircraft(v: AircraftValue): string {
  return v.escort ? `${describeType(v)} (escort, interceptor or searcher)` : describeType(v);
}

function describeType(v: AircraftValue): string {
  const count = v.count ? `${wholeCount(v.count)} × ` : '';
  if (v.designation) {
    const about = [v.maker, v.statedRole ?? v.role].filter(Boolean).join(', ');
    return `${count}${v.model ?? v.designation}${v.variant ? `${v.variant.startsWith('-') ? '' : ' '}${v.variant}` : ''}${about ? ` (${about})` : ''}`;
  }
  if (v.maker) return `${count}${v.maker} aircraft`;
  const role = [v.statedRole, v.role].filter(Boolean).join(' ');
  return `${count}${role ? `${role} ` : ''}${NOT_PLANES.has(v.role ?? '') ? '' : 'plane'}`.trim();
}

interface SideSummary {
  /** Designation → its count (1 when unstated). */
  types: Map<string, { value: AircraftValue; count: Interval }>;
  generic: AircraftValue[];
  /** How many aircraft the side states in all, when it says. */
  count?: Interval;
  /** Whether that count is the side's types added up, rather than a count it gives ("three planes"). */
  summed?: boolean;
  /**
   * Counts of one kind beside craft the side describes of another, so no count of all its aircraft: "four
   * transport helicopters" that arrived "on a Russian cargo plane".
   */
  kindCounts: { value: AircraftValue; count: Interval }[];
}

function summarise(facts: Fact<AircraftValue>[]): SideSummary {
  const types = new Map<string, { value: AircraftValue; count: Interval }>();
  const generic: AircraftValue[] = [];
  for (const f of facts) {
    const v = f.value;
    const name = v.designation ?? (v.maker ? `${v.maker} aircraft` : undefined);
    if (!name) {
      generic.push(v);
      continue;
    }
    const c = v.count ?? { min: 1, max: 1 };
    const seen = types.get(name);
    types.set(name, { value: seen?.value.variant || seen?.value.model ? seen.value : v, count: seen ? { min: Math.max(seen.count.min, c.min), max: Math.max(seen.count.max, c.max) } : c });
  }
  const side: SideSummary = { types, generic, kindCounts: [] };
  // A count of craft of another kind than the types named ("about 40 drones" beside two Il-76 they hit)
  // is no count of them all.
  const named = [...types.values()].map((t) => t.value);
  const closed = (g: AircraftValue) => g.count !== undefined && g.count.max < 1e12;
  const ofOneKind = (g: AircraftValue) => generic.some((h) => h !== g && h.role && g.role && !rolesFit(g, h) && !rolesFit(h, g));
  const fitting = generic.filter((g) => named.every((t) => rolesFit(g, t) || rolesFit(t, g)));
  const genericCounts = fitting.filter((g) => !ofOneKind(g)).map((g) => g.count).filter((c): c is Interval => c !== undefined && c.max < 1e12);
  const kindCounts = fitting.filter((g) => ofOneKind(g) && closed(g)).map((value) => ({ value, count: value.count! }));
  let given = genericCounts.length > 0
    ? genericCounts.reduce((m, c) => (overlap(m, c) ? { min: Math.max(m.min, c.min), max: Math.min(m.max, c.max) } : m))
    : undefined;
  // "at least eight military aircraft and several SriLankan Airlines jets": an open count above the closed
  // ones says there are more than those.
  const atLeast = Math.max(0, ...generic.filter((g) => g.count && g.count.max >= 1e12 && named.every((t) => rolesFit(g, t) || rolesFit(t, g)))
    .map((g) => g.count!.min));
  if (given && atLeast > given.min) given = { min: atLeast, max: 1e12 };
  // The types named add up to all the side's aircraft only where every craft it describes could be one of
  // them: "Dozens of Russian helicopters" beside "the Antonov An-225" are more aircraft than the one type.
  const othersDescribed = generic.some((g) => g.role && named.every((t) => !rolesFit(g, t) && !rolesFit(t, g)));
  const summed = types.size > 0 && !othersDescribed && [...types.values()].every((t) => t.value.designation)
    ? [...types.values()].reduce((s, t) => ({ min: s.min + t.count.min, max: s.max + t.count.max }), { min: 0, max: 0 })
    : undefined;
  // "More than 20 aircraft, including an An-124": the count the side gives holds the types it names.
  side.kindCounts = kindCounts;
  if (given && (!summed || given.max >= summed.min)) side.count = given;
  else if (summed) {
    side.count = summed;
    side.summed = true;
  }
  return side;
}

/**
 * Named types against named types, and the total of one side's types against the other's generic count:
 * "two military planes" vs "An-124 and Il-62 military transport planes" is partial; "three planes" vs the
 * same two types is a conflict; "An-124" vs "Il-76", each the one type named, is a conflict.
 */
function compareAircraft(allA: Fact<AircraftValue>[], allB: Fact<AircraftValue>[]): SetJudgement {
  return byOperator(allA, allB) ?? compareOwn(allA, allB);
}

/**
 * A clash of two countries' aircraft ("two Indian military jets" against "one MiG-21" India lost and "a
 * Pakistani F-16"): the aircraft of the one country both sides name are compared, those of the others are
 * one side's alone. Undefined when the sides name aircraft of no two countries, or of none in common.
 */
function byOperator(allA: Fact<AircraftValue>[], allB: Fact<AircraftValue>[]): SetJudgement | undefined {
  // "the MQ-9" is the one "a US MQ-9 Reaper" the other side names.
  const typeOwner = new Map<string, string | null>();
  for (const f of [...allA, ...allB]) {
    const { designation, operator } = f.value;
    if (designation && operator) typeOwner.set(designation, typeOwner.has(designation) && typeOwner.get(designation) !== operator ? null : operator);
  }
  const ownerOf = (f: Fact<AircraftValue>) => f.value.operator ?? (f.value.designation ? typeOwner.get(f.value.designation) ?? undefined : undefined);
  const operators = (facts: Fact<AircraftValue>[]) => new Set(facts.flatMap((f) => ownerOf(f) ?? []));
  const opsA = operators(allA), opsB = operators(allB);
  const all = new Set([...opsA, ...opsB]);
  const common = [...opsA].filter((o) => opsB.has(o));
  if (all.size < 2 || common.length === 0) return undefined;
  const judged = common.map((operator) => {
    const of = (facts: Fact<AircraftValue>[]) => facts.filter((f) => (ownerOf(f) ?? operator) === operator);
    const row = compareOwn(of(allA), of(allB));
    return { ...row, explanation: `aircraft of ${describePlace(operator)}: ${row.explanation}` };
  });
  const others = [...all].filter((o) => !common.includes(o));
  const alone = others.length ? [`only one side names aircraft of ${others.map((o) => describePlace(o)).join(', ')}`] : [];
  const worst = judged.find((j) => j.verdict === 'conflict') ?? judged.find((j) => j.verdict !== 'agree');
  const explanation = [...(worst ? [worst.explanation] : judged.map((j) => j.explanation)), ...alone].join('; ');
  if (worst?.verdict === 'conflict') return { verdict: 'conflict', explanation };
  return { verdict: worst || alone.length ? 'partial' : 'agree', explanation };
}

function compareOwn(allA: Fact<AircraftValue>[], allB: Fact<AircraftValue>[]): SetJudgement {
  // Escorts and interceptors are other aircraft than the story's: the side's own aircraft decide.
  const hasOwn = (facts: Fact<AircraftValue>[]) => facts.some((f) => !f.value.escort);
  const own = (facts: Fact<AircraftValue>[]) => (hasOwn(facts) ? facts.filter((f) => !f.value.escort) : facts);
  // "An F-22 fired a missile at the balloon" names only the jet that fired: it is weighed against the
  // other side's jets that fired or escorted, never against the aircraft they met.
  if (hasOwn(allA) !== hasOwn(allB)) {
    const [side, other] = hasOwn(allA) ? ['b', 'a'] : ['a', 'b'];
    const escorts = (hasOwn(allA) ? allA : allB).filter((f) => f.value.escort);
    const theirs = `only ${other} names the aircraft the escorts met`;
    if (escorts.length === 0) {
      return { verdict: 'partial', explanation: `${side} names only escorts, interceptors or the jets that fired; ${theirs}` };
    }
    const judged = side === 'a' ? compareOwn(allA, escorts) : compareOwn(escorts, allB);
    return judged.verdict === 'agree' ? { verdict: 'partial', explanation: `${judged.explanation}; ${theirs}` } : judged;
  }
  const a = own(allA), b = own(allB);
  const sa = summarise(a), sb = summarise(b);
  const namesA = [...sa.types.keys()], namesB = [...sb.types.keys()];
  const shared = namesA.filter((n) => sb.types.has(n));
  const desA = namesA.filter((n) => sa.types.get(n)!.value.designation);
  const desB = namesB.filter((n) => sb.types.get(n)!.value.designation);
  // Not where the two types are of different roles and one side's other mention fits the other side's type:
  // "a U.S. helicopter collided with a C-130" against "the RH-53D Sea Stallion helicopters" names two craft.
  const typeA = desA.length === 1 ? sa.types.get(desA[0]!)!.value : undefined, typeB = desB.length === 1 ? sb.types.get(desB[0]!)!.value : undefined;
  const describedToo = (x: Fact<AircraftValue>[], t: AircraftValue) => x.some((f) => f.value.generic && f.value.role && rolesFit(f.value, t));
  const twoCraft = typeA && typeB && typeA.role !== typeB.role && (describedToo(a, typeB) || describedToo(b, typeA));
  if (desA.length === 1 && desB.length === 1 && desA[0] !== desB[0] && shared.length === 0 && !twoCraft) {
    return { verdict: 'conflict', explanation: `a names ${desA[0]}, b names ${desB[0]}` };
  }
  const variants = shared.map((n) => [n, relateVariants(sa.types.get(n)!.value, sb.types.get(n)!.value)] as const);
  const clash = variants.find(([, r]) => r === 'conflict');
  if (clash) {
    const [n] = clash;
    return { verdict: 'conflict', explanation: `a names ${describeAircraft(sa.types.get(n)!.value)}, b ${describeAircraft(sb.types.get(n)!.value)}: two models of the ${n} family` };
  }
  // "A third Russian military cargo plane" of an airlift: each side counts the flights landed when it was told.
  const series = a.some((f) => f.value.inSeries) || b.some((f) => f.value.inSeries);
  // "Three Tu-22M3" against "two Tu-22M3": one type, counted by both, in numbers that cannot meet.
  const miscounted = series ? undefined : shared.find((n) => {
    const x = sa.types.get(n)!, y = sb.types.get(n)!;
    return x.value.count && y.value.count && !overlap(x.count, y.count);
  });
  if (miscounted) {
    return { verdict: 'conflict', explanation: `a counts ${wholeCount(sa.types.get(miscounted)!.count)} ${miscounted}, b ${wholeCount(sb.types.get(miscounted)!.count)}` };
  }
  // Totals clash where one side gives one ("three planes" against an An-124 and an Il-62). Two lists of
  // types are compared type by type above: "a Su-27 collided with an MQ-9" names the jet that struck, not
  // every jet there ("two Su-27s").
  if (sa.count && sb.count && !(sa.summed && sb.summed) && !overlap(sa.count, sb.count)) {
    if (series) return { verdict: 'partial', explanation: `a counts ${wholeCount(sa.count)} aircraft, b ${wholeCount(sb.count)}: tallies told at different moments` };
    return { verdict: 'conflict', explanation: `a counts ${wholeCount(sa.count)} aircraft, b ${wholeCount(sb.count)}` };
  }
  // A count of one kind against the other side's types of that kind, all counted: "four transport helicopters"
  // against "four Mi-171 ... helicopters" fits, against "three Mi-171" not.
  for (const [x, y, who] of [[sa, sb, 'a'], [sb, sa, 'b']] as const) {
    for (const k of x.kindCounts) {
      const kind = [...y.types.values()].filter((t) => t.value.designation && rolesFit(k.value, t.value));
      if (kind.length === 0 || kind.some((t) => !t.value.count)) continue;
      const total = kind.reduce((s, t) => ({ min: s.min + t.count.min, max: s.max + t.count.max }), { min: 0, max: 0 });
      if (!overlap(k.count, total)) {
        const [ca, cb] = who === 'a' ? [k.count, total] : [total, k.count];
        return { verdict: 'conflict', explanation: `a counts ${wholeCount(ca)} aircraft of one kind (${k.value.role}), b ${wholeCount(cb)}` };
      }
    }
  }
  // A generic aircraft that fits nothing on the other side clashes, unless the sides share some other
  // aircraft: then it is one more aircraft of the story ("a reconnaissance plane" beside "the helicopter").
  const shareOne = a.some((x) => b.some((y) => rolesFit(x.value, y.value) || rolesFit(y.value, x.value)));
  for (const [x, y, who] of shareOne ? [] : ([[a, b, 'a'], [b, a, 'b']] as const)) {
    for (const g of x.filter((f) => f.value.generic)) {
      const others = y.map((f) => f.value);
      if (others.length > 0 && others.every((o) => !rolesFit(g.value, o))) {
        return { verdict: 'conflict', explanation: `${who}'s "${g.text}" cannot be ${others.map(describeAircraft).join(', ')}` };
      }
    }
  }
  // "an Ilyushin" against "an Il-76": the maker alone names the other side's type, less precisely.
  const makers = (side: SideSummary, typed: boolean) =>
    new Set([...side.types.values()].filter((t) => !!t.value.designation === typed).map((t) => t.value.maker));
  // x's names of the other kind (types, or makers alone) whose maker the other side names the other way.
  const matched = (x: SideSummary, y: SideSummary, typed: boolean) =>
    [...x.types.keys()].filter((n) => !!x.types.get(n)!.value.designation === typed
      && [...makers(y, !typed)].some((m) => m !== undefined && sameLine(m, x.types.get(n)!.value.maker!)));
  // A type both name is no finer on either side, whatever maker one side also names alone.
  const finerA = matched(sa, sb, true).filter((n) => !sb.types.has(n)), finerB = matched(sb, sa, true).filter((n) => !sa.types.has(n));
  const vaguerA = matched(sa, sb, false), vaguerB = matched(sb, sa, false);
  // "two Su-35 fighters" among those intercepted, and "escorted by Su-35S fighters": both name the escort.
  const escortsOf = (all: Fact<AircraftValue>[], own: Fact<AircraftValue>[]) =>
    new Set(all.filter((f) => !own.includes(f) && f.value.designation).map((f) => f.value.designation!));
  const escortsA = escortsOf(allA, a), escortsB = escortsOf(allB, b);
  const onlyA = namesA.filter((n) => !sb.types.has(n) && !escortsB.has(n) && !finerA.includes(n) && !vaguerA.includes(n));
  const onlyB = namesB.filter((n) => !sa.types.has(n) && !escortsA.has(n) && !finerB.includes(n) && !vaguerB.includes(n));
  const parts: string[] = [];
  for (const [finer, who] of [[finerA, 'a'], [finerB, 'b']] as const) {
    for (const n of finer) parts.push(`${who} names the type: ${n}`);
  }
  if (onlyA.length) parts.push(`only a names ${onlyA.join(', ')}`);
  if (onlyB.length) parts.push(`only b names ${onlyB.join(', ')}`);
  // Generic aircraft one side mentions beside those they share ("a reconnaissance aircraft").
  for (const [x, y, who] of [[a, b, 'a'], [b, a, 'b']] as const) {
    const extra = x.filter((f) => f.value.generic && y.every((o) => !rolesFit(f.value, o.value)));
    if (extra.length) parts.push(`only ${who} mentions ${[...new Set(extra.map((f) => `"${f.text}"`))].join(', ')}`);
  }
  const finer = variants.find(([, r]) => r === 'narrower' || r === 'broader');
  if (parts.length === 0 && finer) {
    return { verdict: 'partial', explanation: `${finer[1] === 'narrower' ? 'a' : 'b'} names the variant of ${finer[0]}` };
  }
  // "a Su-27" against "two Su-27s": one side counts several of a type both name ("one" is what "a" says).
  const several = (c?: Interval) => c !== undefined && c.max > 1;
  for (const n of shared) {
    const x = sa.types.get(n)!.value.count, y = sb.types.get(n)!.value.count;
    if (several(x) !== several(y) && (!x || !y)) parts.push(`only ${x ? 'a' : 'b'} says how many ${n}: ${wholeCount((x ?? y)!)}`);
  }
  if (parts.length === 0) {
    const ga = sa.generic, gb = sb.generic;
    const moreA = ga.some((x) => gb.every((y) => relateAircraft(x, y) === 'narrower'));
    const moreB = gb.some((y) => ga.every((x) => relateAircraft(y, x) === 'narrower'));
    if (namesA.length === 0 && (moreA || moreB)) return { verdict: 'partial', explanation: `${moreA ? 'a' : 'b'} is more specific` };
    if (!sa.count !== !sb.count && namesA.length === 0) return { verdict: 'partial', explanation: `only ${sa.count ? 'a' : 'b'} says how many` };
    return { verdict: 'agree', explanation: shared.length ? `both name ${shared.join(', ')}` : 'both describe the aircraft alike' };
  }
  const counts = sa.count && sb.count && !(sa.summed && sb.summed) ? `; counts fit (${wholeCount(sa.count)} / ${wholeCount(sb.count)})` : '';
  return { verdict: 'partial', explanation: parts.join('; ') + counts };
}


const FITS: ReadonlySet<Relation> = new Set(['equal', 'narrower', 'broader', 'compatible']);

/**
 * In an article that names two countries' aircraft, one it names without a country is that of the one
 * country whose aircraft it fits and none of whose aircraft it contradicts: "The EP-3E Aries II" beside
 * "A U.S. Navy surveillance plane" and "a Chinese fighter jet" is the American aircraft.
 */
function ownersInArticle(facts: Fact<AircraftValue>[]): Fact<AircraftValue>[] {
  const operators = new Set(facts.flatMap((f) => f.value.operator ?? []));
  if (operators.size < 2) return facts;
  return facts.map((f) => {
    if (f.value.operator || f.value.escort) return f;
    // "Turkish F-16 fighter jets shot down a Syrian warplane", then "Our F-16s took off": a type the article
    // gives one country's name is that country's.
    const sameType = new Set(facts.filter((g) => g.value.operator && f.value.designation && g.value.designation === f.value.designation).map((g) => g.value.operator!));
    if (sameType.size === 1) return { ...f, value: { ...f.value, operator: [...sameType][0] } };
    const fits = [...operators].filter((o) => {
      const theirs = facts.filter((g) => g.value.operator === o).map((g) => relateAircraft(f.value, g.value));
      return theirs.some((r) => FITS.has(r)) && !theirs.includes('conflict');
    });
    return fits.length === 1 ? { ...f, value: { ...f.value, operator: fits[0] } } : f;
  });
}

const WIDE_BODIES: ReadonlySet<string> = new Set(WIDE_BODY_TYPES);
/**
 * "An Eastern Air Lines jumbo jet", then "The Lockheed L-1011 TriStar": where a report names another wide-body
 * type, its "jumbo jet" is that aircraft described, no Boeing 747.
 */
function jumboOfArticle(facts: Fact<AircraftValue>[]): Fact<AircraftValue>[] {
  if (!facts.some((f) => f.value.designation && WIDE_BODIES.has(f.value.designation))) return facts;
  return facts.map((f) => {
    if (f.value.designation !== 'Boeing 747' || !/jumbo/i.test(f.text)) return f;
    const { designation: _d, maker: _m, family: _f, ...rest } = f.value;
    return { ...f, value: { ...rest, generic: true, role: 'airliner' } };
  });
}

export const aircraft = defineFacet<AircraftValue>({
  kind: 'aircraft',
  extract: (sentence) => aircraftIn(sentence),
  withinArticle: (facts) => ownersInArticle(jumboOfArticle(facts)),
  relate: relateAircraft,
  describe: describeAircraft,
  compare: compareAircraft,
  // The type of the story's craft stays what it was: "Rescuers reached the wreckage of a Sukhoi Superjet 100
  // on Thursday" names Wednesday's aircraft. Not a helicopter or an escort, which a follow-up brings in.
  lasting: (v) => v.designation !== undefined && !v.escort && v.role !== 'helicopter',
});

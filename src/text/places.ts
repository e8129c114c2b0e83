import { fold, lexiconGate, matchAny } from '../lexicon/match.js';
import { MONTHS, WEEKDAYS, ZONES } from '../lexicon/time.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../lexicon/numbers.js';
import { REPORTING_VERBS } from '../lexicon/attribution.js';
import { AIRCRAFT_FAMILIES, AIRCRAFT_MAKERS, AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { OTHER_CARRIERS } from '../lexicon/cargo.js';
import { UNITS } from '../lexicon/units.js';
import { OF_THEM_QUANTIFIERS } from '../lexicon/roles.js';
import { REJECTED_VERB_BEFORE, REJECTING } from './rejected.js';
import {
  BARE_NAME_FLOWN_TO, BARE_NAME_PREPOSITIONS, BEARING_PREPOSITIONS, CARRIED_AWAY_VERBS, CLAUSE_BREAKS, PERSON_AFTER_PLACE, RECORD_AFTER_PLACE, DESCRIBED_SETTLEMENTS, SETTLEMENT_REGION_WORDS, LANDING_CUES, STOP_AFTER_LANDING, STOP_NAMED_AFTER, LIST_LINKS, LOCATOR_PREPOSITIONS, MOTION_CUES, NEAR_PREPOSITIONS,
  AFTERMATH_ERRAND_OBJECTS, AFTERMATH_SUBJECTS, GATHERINGS_GONE_TO, HURT_THEN_MOVED, AIRFIELD_NOUNS, INSTALLATION_NOUNS, APPROACH_CUES, ARRIVED_THERE, GROUND_MODES, TERRAIN_NOUNS, CRASH_AT_ARRIVAL, ROUTINE_RUNS, SEPARATE_JOURNEY, LEG_NOUNS, CRASH_AT_DEPARTURE, REGION_PARTS, DIVERSION_WORDS, GROUND_DESCRIBERS, GROUND_LINKS, OPEN_GROUND,
  CUE_NOT_BEFORE, DATED_CUE_AFTER, DATED_CUES, DIVISION_NOUNS, LIST_CUE_WORDS, MOVE_NOT_AFTER, MOVE_ONLY_AFTER, WENT_ON_WORDS, PERMISSION_NOUNS, PERMISSION_REFUSALS, PLACE_FILLERS, HELD_BY_ENDINGS, ROUTE_LINKS, UNREALISED_BEFORE, BARRING_VERBS, CHANGED_PLAN_BEFORE, FUTURE_BEFORE, MANDATIVE_VERBS, NEGATED_BEFORE, NO_AIRCRAFT_BEFORE, NOT_YET_FLOWN_BEFORE, NOT_YET_FLOWN_CUES, PLAN_ADVERBS, PLAN_WORDS, PLANNED_AFTER, PRESENT_BEFORE_PLAN,
  type MotionCue, type RouteRole,
} from '../lexicon/motion.js';
import {
  ABBREVIATED_COUNTRY_OF, AIRPORT_QUALIFIERS, AREA_NAME_ENDINGS, STATE_ABBREVIATIONS, BASE_NAME_PREFIXES, CAPITAL_NOUNS, CITIES_NAMED_AS_STATES, DIRECTIONS, FACILITY_NOUNS, FORCE_NAME_WORDS, NAME_DIRECTIONS, NAME_PART_NOUNS, NAME_SUFFIXES, NOT_BARE_PLACES, NOT_PLACE_NAMES, OWNED_SITES, GOVERNMENT_ACTS, PLACES, SOURCES_IN_PLACE,
  SETTLEMENT_NOUNS, STREET_NOUNS,
  WATER_NAME_ENDS, WATER_WORDS, FEATURE_WORDS, type PlaceEntry, type PlaceKind,
} from '../lexicon/places.js';

/** A place as the library knows it. Ids are folded names: "Bogotá" -> "bogota". */
export interface Place {
  id: string;
  /** Display name. */
  name: string;
  kind: PlaceKind;
  /** Id of the place it lies in or serves (an airport's city, a city's country). */
  parent?: string;
  /** Id of its country, when known. */
  country?: string;
  /** False for a name the gazetteer does not hold ("the village of Kuzhenkino"). */
  known: boolean;
}

/** One place named in a text. */
export interface PlaceMention {
  place: Place;
  /** Offsets in the text given to {@link findPlaces}. */
  start: number;
  end: number;
  text: string;
  /**
   * `name` when the words name the place ("Caracas", "the Senegalese capital, Dakar");
   * `demonym` when they only give a nationality ("Russian planes"), which is never a route point.
   */
  usage: 'name' | 'demonym';
}

interface Gazetteer {
  byId: Map<string, Place>;
  /** Normalised alias ("st petersburg") -> place ids and how the alias uses them. */
  byKey: Map<string, { id: string; usage: 'name' | 'demonym'; exactCase?: string }>;
  longestKey: number;
  /** Every key and every leading run of a key's words ("new", "new york"): where a window may still grow. */
  prefixes: Set<string>;
  capitalOf: Map<string, string>;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A word that may begin a name: not in lower case. */
// A lower-case word starts no name, save an Arabic article joined to one: "the al-Tanf base".
const NAME_START = /(?<![\p{L}\p{M}\p{N}])(?!(?!(?:al|el|ad|ar|as|at|an)-\p{Lu})\p{Ll})[\p{L}\p{M}\p{N}]+/gu;
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|an)$/;
/** The next word, when only a space, a dot, a hyphen or an apostrophe (at most three) separates it. */
const NEXT_WORD = /[\s.'’-]{1,3}([\p{L}\p{M}\p{N}]+)/uy;

/** "St. Petersburg" -> "st petersburg": the key aliases and text windows are looked up by. */
function keyOf(words: readonly string[]): string {
  return words.map(fold).join(' ');
}

function build(entries: readonly PlaceEntry[]): Gazetteer {
  const byId = new Map<string, Place>();
  const byKey: Gazetteer['byKey'] = new Map();
  const capitalOf = new Map<string, string>();
  for (const e of entries) {
    const place: Place = { id: fold(e.name), name: e.name, kind: e.kind, known: true };
    if (e.parent) place.parent = fold(e.parent);
    byId.set(place.id, place);
    if (e.capital) capitalOf.set(place.id, fold(e.capital));
  }
  for (const place of byId.values()) place.country = countryIdOf(byId, place.id);
  let longestKey = 1;
  const add = (alias: string, id: string, usage: 'name' | 'demonym') => {
    const words = alias.match(WORD) ?? [];
    if (words.length === 0) return;
    const key = keyOf(words);
    if (byKey.has(key)) return;
    longestKey = Math.max(longestKey, words.length);
    // An alias in capitals is an acronym: "US" names a country, "us" does not.
    const acronym = !/\p{Ll}/u.test(alias);
    byKey.set(key, acronym ? { id, usage, exactCase: words.map(stripMarks).join(' ') } : { id, usage });
  };
  for (const e of entries) {
    const id = fold(e.name);
    add(e.name, id, 'name');
    for (const alias of e.aliases) add(alias, id, 'name');
    for (const d of e.demonyms ?? []) add(d, id, 'demonym');
  }
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return { byId, byKey, longestKey, prefixes, capitalOf };
}

function countryIdOf(byId: Map<string, Place>, id: string): string | undefined {
  let current = byId.get(id);
  for (let hops = 0; current && hops < 6; hops++) {
    if (current.kind === 'country') return current.id;
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return undefined;
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const GAZETTEER = build(PLACES);

/** The place with this id, when the gazetteer knows it. */
export function placeById(id: string): Place | undefined {
  return GAZETTEER.byId.get(id);
}

/** The id of a place given by id, name or any spelling ("Maiquetía", "St Petersburg"); else its folded form. */
export function resolveId(nameOrId: string): string {
  if (GAZETTEER.byId.has(nameOrId)) return nameOrId;
  const hit = GAZETTEER.byKey.get(keyOf(nameOrId.match(WORD) ?? []));
  return hit?.usage === 'name' ? hit.id : fold(nameOrId);
}

/** A place the gazetteer does not know, named in the text. */
export function unknownPlace(name: string, kind: PlaceKind): Place {
  // "St. Cloud" and "St Cloud" are one name.
  return { id: fold(name.replace(/\./g, '').replace(/\s+/g, ' ').trim()), name: name.trim(), kind, known: false };
}

/** Ids from the place itself up through what contains it: airport, city, region, country. */
export function ancestry(id: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = id;
  while (current !== undefined && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    current = GAZETTEER.byId.get(current)?.parent;
  }
  return chain;
}

/** Whether `outer` contains `inner` (Venezuela contains Caracas and Maiquetía airport). Not reflexive. */
export function contains(outer: string, inner: string): boolean {
  const o = siteOf(resolveId(outer)), i = siteOf(resolveId(inner));
  return o !== i && ancestry(i).includes(o);
}

/**
 * The city an airport or air base serves, else the place itself: landing at Maiquetía is arriving in
 * Caracas, so the two compare as one site.
 */
export function siteOf(id: string): string {
  const place = GAZETTEER.byId.get(id);
  if (place && (place.kind === 'airport' || place.kind === 'base') && place.parent) {
    const parent = GAZETTEER.byId.get(place.parent);
    if (parent?.kind === 'city') return parent.id;
  }
  return id;
}

/** How place x stands to place y: the same site, inside it, containing it, or elsewhere. */
export type PlaceRelation = 'equal' | 'narrower' | 'broader' | 'unknown' | 'conflict';

export function relatePlaces(x: string, y: string): PlaceRelation {
  const sx = siteOf(resolveId(x)), sy = siteOf(resolveId(y));
  if (sx === sy) return 'equal';
  if (ancestry(sx).includes(sy)) return 'narrower';
  if (ancestry(sy).includes(sx)) return 'broader';
  const px = GAZETTEER.byId.get(sx), py = GAZETTEER.byId.get(sy);
  // A name the gazetteer lacks may lie inside any region or country it knows.
  if (!px || !py) {
    const known = px ?? py;
    if (known && (known.kind === 'country' || known.kind === 'region')) return 'unknown';
    // "Banstead High Street" lies in Banstead.
    if (streetOf(sx, sy)) return 'narrower';
    if (streetOf(sy, sx)) return 'broader';
    if (sameFeature(sx, sy) || spellingVariant(sx, sy)) return 'equal';
    // "arrived at Andrews" against "landed at Joint Base Andrews": an airfield by a word of its name.
    if (fieldNamedBy(resolveId(x), sy) || fieldNamedBy(resolveId(y), sx)) return 'equal';
    return 'conflict';
  }
  // Two regions, or a region and a city it may hold though the gazetteer does not say so.
  if ((px.kind === 'region' && !px.parent) || (py.kind === 'region' && !py.parent)) return 'unknown';
  // "landed at the El Toro Marine base" against "took him to San Clemente": an airfield the gazetteer places only in
  // a region or a country may serve any town of it.
  if (servesRegionOf(px, py) || servesRegionOf(py, px)) return 'unknown';
  return 'conflict';
}

/** Whether `field` is an airfield placed only in a region or a country, and `town` a city inside that one. */
function servesRegionOf(field: Place, town: Place): boolean {
  if ((field.kind !== 'airport' && field.kind !== 'base') || !field.parent || town.kind !== 'city') return false;
  const kind = GAZETTEER.byId.get(field.parent)?.kind;
  return (kind === 'region' || kind === 'country') && ancestry(town.id).includes(field.parent);
}

/** Whether a known airfield's name holds an unknown name as a word of its own: "Joint Base Andrews" and "Andrews". */
function fieldNamedBy(field: string, name: string): boolean {
  const kind = GAZETTEER.byId.get(field)?.kind;
  return (kind === 'airport' || kind === 'base') && !GAZETTEER.byId.has(name) && name.length >= 4 && !QUALIFIERS.has(name)
    && !SETTLEMENT_ANY.test(name) && ` ${field} `.includes(` ${name} `);
}

/** Whether the place `street` is a street or square named after `place`, which it lies in. */
function streetOf(street: string, place: string): boolean {
  if (!street.startsWith(`${place} `)) return false;
  const last = street.slice(street.lastIndexOf(' ') + 1);
  return STREETS.has(last);
}

/**
 * Whether two names the gazetteer lacks are one name transliterated two ways: one vowel for another
 * ("Bardale" and "Berdale"), a final "h" ("Hodeidah" and "Hodeida"), or a letter doubled ("Hanover" and
 * "Hannover"). Names of six letters or more only.
 */
function spellingVariant(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 6) return false;
  if (x.length !== y.length) {
    const [long, short] = x.length > y.length ? [x, y] : [y, x];
    if (long.length !== short.length + 1) return false;
    if (long === `${short}h`) return true;
    // The one letter more doubles the one before it, past the first.
    const at = [...short].findIndex((c, i) => c !== long[i]);
    const i = at < 0 ? short.length : at;
    return i > 1 && long[i] === long[i - 1] && long.slice(i + 1) === short.slice(i);
  }
  let diff = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (diff >= 0 || !VOWEL.test(x[i]!) || !VOWEL.test(y[i]!)) return false;
    diff = i;
  }
  return diff > 0;
}
const VOWEL = /[aeiouy]/;

/** Whether two names differ only by a feature word one leaves out: "potomac river" and "potomac". */
function sameFeature(x: string, y: string): boolean {
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.startsWith(`${short} `)) return FEATURES.has(long.slice(short.length + 1));
  if (long.endsWith(` ${short}`)) return FEATURES.has(long.slice(0, long.length - short.length - 1));
  return false;
}

/** The display form of a place id: "Caracas (Venezuela)", "Kuzhenkino". */
export function describePlace(id: string, fallbackName?: string): string {
  const place = GAZETTEER.byId.get(id);
  const name = place?.name ?? fallbackName ?? id;
  const within = place ? ancestry(place.id).slice(1).map((p) => GAZETTEER.byId.get(p)!) : [];
  // An airport is placed by its city, a city by its country: "Hmeimim (Latakia, Syria)".
  const shown = place && (place.kind === 'airport' || place.kind === 'base')
    ? within.filter((p) => p.kind === 'city' || p.kind === 'country')
    : within.filter((p) => p.kind === 'country');
  return shown.length ? `${name} (${shown.map((p) => p.name).join(', ')})` : name;
}

/** Settlement nouns as written, in lower case or as part of a name: "air base", "Al Udeid Air Base". */
const SETTLEMENT_PATTERN = matchAny([...Object.keys(SETTLEMENT_NOUNS), ...NAME_PART_NOUNS]);
const CAPITAL_PATTERN = matchAny(CAPITAL_NOUNS);
// Arabic names join their words with an article: "Bab al-Hawa", "Deir ez-Zor", "Ras al-Ain". Spanish,
// Portuguese and French ones with a particle: "Cagayan de Oro", "Mar del Plata", "Puerto de la Cruz". An
// abbreviated saint, fort or mount begins a name with its dot: "St. Cloud", "Ft. Myers".
const PARTICLES = String.raw`(?:de|del|da|do|dos|das|du)(?:\s(?:la|las|los))?`;
const NAME = String.raw`(?:(?:St|Ste|Ft|Mt)\.\s)?\p{Lu}[\p{L}\p{M}'’]{1,30}(?:(?:[ -]|\s(?:al|el|ad|ar|as|az|ash|at|ez|an)-|\s${PARTICLES}\s)\p{Lu}[\p{L}\p{M}'’]{1,30}){0,2}`;
/** "the village of Kuzhenkino", "the town of Nizhny Lomov". */
const NOUN_OF_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}])(${SETTLEMENT_PATTERN})\s+of\s+(${NAME})`, 'gu');
/** "Kuzhenkino village", "Shayrat air base". */
// Not "the Arctic city of Murmansk": a noun followed by "of" introduces the name after it.
const NAME_NOUN = new RegExp(String.raw`(?<![\p{L}\p{M}])(${NAME})\s+(${SETTLEMENT_PATTERN})(?![\p{L}\p{M}])(?!\s+of\b)`, 'gu');
const SETTLEMENT_ANY = new RegExp(SETTLEMENT_PATTERN, 'u');
/** "Marine Corps Air Station Miramar": a base named after the words that say what it is. */
const PREFIX_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${matchAny(BASE_NAME_PREFIXES)})\s+(${NAME})`, 'gu');
/** Whether the text holds such words at all. */
const PREFIX_ANY = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${matchAny(BASE_NAME_PREFIXES)})\s`, 'u');
const QUALIFIERS: ReadonlySet<string> = new Set(AIRPORT_QUALIFIERS.map(fold));
const WATER: ReadonlySet<string> = new Set(WATER_WORDS.map(fold));
const NOT_BARE: ReadonlySet<string> = new Set(NOT_BARE_PLACES.map(fold));
const SUFFIXES: ReadonlySet<string> = new Set(NAME_SUFFIXES.map(fold));
const LANDING_CUE = new RegExp(`^(?:${matchAny(LANDING_CUES)})\\b`, 'i');
/** "flying to Amman in Jordan, its first stop": a place (perhaps located by another) the words after it name as a stop. */
const STOP_NAMED = new RegExp(String.raw`^(?:\s{1,3}in\s{1,3}\p{Lu}[\p{L}-]{1,30}(?:\s\p{Lu}[\p{L}-]{1,30})?)?,\s{1,3}(?:${matchAny(STOP_NAMED_AFTER)})\b`, 'iu');
// "landed safely in Anchorage, where it was to refuel": the stop told in a where-clause.
const STOP_AFTER = new RegExp(String.raw`^(?:,?\s{1,3}(?:only|briefly|just|on\s{1,3}\w+))?,?\s{1,3}(?:where\s{1,3}it\s{1,3}(?:was|had\s{1,3}been)\s{1,3}(?:(?:due|scheduled|meant)\s{1,3})?)?(?:${matchAny(STOP_AFTER_LANDING)})\b`, 'i');
const GROUND_BEFORE = new RegExp(String.raw`\b(?:${matchAny(OPEN_GROUND)})\b`, 'i');
const CAPITAL_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:${CAPITAL_PATTERN})\b`, 'i');
const CAPITAL_OF_BEFORE = new RegExp(String.raw`\b(?:${CAPITAL_PATTERN})\s+of\s+(?:the\s+)?$`, 'i');
const APPOSITION = /^,?\s+$/;
const CITY_AFTER_CAPITAL = new RegExp(String.raw`^,?\s{1,3}(${NAME})`, 'u');
// "Nepal's tourist town of Pokhara": a possessive may stand before a settlement noun and its describing words.
const DESCRIBING_AFTER = new RegExp(String.raw`^(?:['’]s\s{1,3}(?:[a-z][a-z-]{1,20}\s{1,3}){0,2}|\s{1,3})(?:${matchAny(DESCRIBED_SETTLEMENTS)})\s{1,3}of\b`);
/** "Jeddah, the Red Sea city": a region before a settlement's noun describes the settlement named before it. */
const THE_BEFORE = /\bthe\s{1,3}$/i;
const SETTLEMENT_AFTER = /^\s{1,3}(?:city|town|port|resort|village)\b/;
/** A particle and a capitalised word after a name continue it: "San Jose del Guaviare" is not San José. */
const PARTICLE_AFTER = new RegExp(String.raw`^\s${PARTICLES}\s\p{Lu}`, 'u');
/**
 * "Kansas City": a name of its own; "the Arkansas River", "the Taiwan Strait": water named after the place; "Rockaway
 * Boulevard": a street named after it, which may run far from it.
 */
const SUFFIX_AFTER = new RegExp(String.raw`^[ -](?:${matchAny([...NAME_SUFFIXES, ...WATER_NAME_ENDS, ...STREET_NOUNS])})(?![\p{L}\p{M}])`, 'u');
const DIRECTION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${matchAny(NAME_DIRECTIONS)})[ -]$`, 'u');
const notNames = new Set(NOT_PLACE_NAMES.map(fold));
const forceWords = new Set(FORCE_NAME_WORDS.map(fold));
const facilities = new Set(FACILITY_NOUNS.map(fold));
/** "Murphy Canyon": a name the gazetteer lacks that names a part of a town, or land around one. */
const AREA_ENDINGS: ReadonlySet<string> = new Set(AREA_NAME_ENDINGS);
/** The lower-case noun right after a name, which may say what the name names. */
const FACILITY_NEXT = /^\s{1,2}([a-z]{2,20})(?:['’]s)?\b/;

/**
 * Finds places named in a text: gazetteer names and their spellings (accent- and case-insensitive;
 * acronyms in capitals only), nationality adjectives, "the Senegalese capital, Dakar" and "the capital
 * of Venezuela" as the capital city, and names the gazetteer lacks when a noun introduces them
 * ("the village of Kuzhenkino"). Linear in the text: words are looked up, not matched by a pattern.
 */
export function findPlaces(text: string): PlaceMention[] {
  const raw = text.includes('.,') || STATE_AT_END.test(text) ? [...gazetteerMentions(text), ...abbreviatedStates(text)].sort((x, y) => x.start - y.start) : gazetteerMentions(text);
  const merged = mergeCapitals(text, raw);
  return [...merged, ...unknownMentions(text, merged)].sort((x, y) => x.start - y.start);
}

/** A state by the wires' abbreviation, right after a capitalised word and its comma (see STATE_ABBREVIATIONS). */
const STATE_ABBREVIATED = new RegExp(String.raw`(?<=\p{Lu}[\p{L}'’.-]*,\s{1,3})(?:${Object.keys(STATE_ABBREVIATIONS).map((k) => k.replace(/[.]/g, '\\.')).join('|')})(?=[\s,;:)]|$)`, 'gu');
/** Such an abbreviation that ends its sentence, whose stop is the abbreviation's: "in Madison, Wis." */
const STATE_AT_END = /,\s{1,3}[A-Z][a-z]{0,3}\.(?:\s?[A-Z][a-z]?\.)?$/;
function abbreviatedStates(text: string): PlaceMention[] {
  return [...text.matchAll(STATE_ABBREVIATED)].flatMap((m) => {
    const place = placeById(fold(STATE_ABBREVIATIONS[m[0]]!));
    return place ? [{ place, start: m.index, end: m.index + m[0].length, text: m[0], usage: 'name' as const }] : [];
  });
}

function gazetteerMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  // A name starts with a capital (or, for an acronym, at least not in lower case), so windows start only at
  // such words. Each word is folded once, and a window grows only while its words are adjacent and its key
  // begins some alias: the work per word is bounded by the longest alias.
  NAME_START.lastIndex = 0;
  for (let m = NAME_START.exec(text); m; m = NAME_START.exec(text)) {
    const words = [{ text: m[0], start: m.index, end: m.index + m[0].length }];
    const keys = [fold(m[0])];
    if (!GAZETTEER.prefixes.has(keys[0]!)) continue;
    while (words.length < GAZETTEER.longestKey) {
      // Words must be adjacent in the text (a space, a dot, a hyphen, an apostrophe), not across a clause.
      NEXT_WORD.lastIndex = words[words.length - 1]!.end;
      const next = NEXT_WORD.exec(text);
      if (!next) break;
      const key = `${keys[keys.length - 1]!} ${fold(next[1]!)}`;
      if (!GAZETTEER.prefixes.has(key)) break;
      const end = next.index + next[0].length;
      words.push({ text: next[1]!, start: end - next[1]!.length, end });
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const hit = GAZETTEER.byKey.get(keys[n - 1]!);
      if (!hit) continue;
      const span = words.slice(0, n);
      const original = span.map((w) => stripMarks(w.text)).join(' ');
      const capitalised = /^\p{Lu}/u.test(span[0]!.text) || (n > 1 && ARABIC_ARTICLE.test(span[0]!.text) && /^\p{Lu}/u.test(span[1]!.text));
      if (hit.exactCase ? original !== hit.exactCase : !capitalised) continue;
      const place = GAZETTEER.byId.get(hit.id)!;
      const start = span[0]!.start, end = span[n - 1]!.end;
      // "East Azerbaijan", "Kansas City", "San Jose del Mar": a name of its own, unknown to the gazetteer, not
      // the place it holds; "the Arctic city of Murmansk": a name that describes the place named after it.
      if (DIRECTION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || SUFFIX_AFTER.test(text.slice(end, end + 14))
        || PARTICLE_AFTER.test(text.slice(end, end + 12))
        || DESCRIBING_AFTER.test(text.slice(end, end + 48))
        || (place.kind === 'region' && THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && SETTLEMENT_AFTER.test(text.slice(end, end + 20)))) break;
      // "the U.S. Marine Corps Air Station Iwakuni", "a U.S. air base in Germany": a country named before
      // its forces or its base qualifies them, as an adjective would; it is not the place. So does one named after "a"
      // or "an" before a flight, an airline's name: "landing in Karachi on an Emirates flight from Dubai".
      const after = text.slice(end, end + 24);
      const usage = hit.usage === 'name' && place.kind === 'country'
        && (FORCES_AFTER.test(after) || ((ABBREVIATED.test(text.slice(start, end)) || A_BEFORE.test(text.slice(Math.max(0, start - 4), start)))
          && (QUALIFIED_AFTER.test(after) || NAME_AFTER.test(after)))) ? 'demonym' : hit.usage;
      out.push({ place, start, end, text: text.slice(start, end), usage });
      // The words of a name start no other name.
      NAME_START.lastIndex = end;
      break;
    }
  }
  return out;
}

/**
 * "the Senegalese capital, Dakar", "Venezuela's capital", "the capital of Venezuela Caracas" -> the city;
 * "the Chechen capital, Grozny" too, where a region's capital is named.
 */
function mergeCapitals(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.place.kind !== 'country' && m.place.kind !== 'region') {
      out.push(m);
      continue;
    }
    let start = m.start, end = m.end;
    const after = CAPITAL_AFTER.exec(text.slice(m.end, m.end + 20));
    const before = CAPITAL_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (after) end = m.end + after[0].length;
    else if (before && m.usage === 'name') start = m.start - before[0].length;
    else {
      out.push(m);
      continue;
    }
    const next = mentions[i + 1];
    let city: Place | undefined;
    if (next && next.place.kind === 'city' && APPOSITION.test(text.slice(end, next.start))) {
      city = next.place;
      end = next.end;
      i++;
    } else {
      const capital = GAZETTEER.capitalOf.get(m.place.id);
      city = capital ? GAZETTEER.byId.get(capital) : undefined;
    }
    if (!city) {
      out.push(m);
      continue;
    }
    out.push({ place: city, start, end, text: text.slice(start, end), usage: 'name' });
  }
  return out;
}

function unknownMentions(text: string, known: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  // The patterns need a settlement noun or a base's prefix: one cheap scan spares those that try a name at every capital.
  if (!SETTLEMENT_ANY.test(text) && !PREFIX_ANY.test(text)) return out;
  // Which characters a place already covers: an overlap test per match that does not grow with the matches.
  const covered = new Uint8Array(text.length);
  const cover = (m: PlaceMention) => covered.fill(1, m.start, m.end);
  known.forEach(cover);
  const overlaps = (s: number, e: number) => covered.subarray(s, e).includes(1);
  for (const m of text.matchAll(PREFIX_NAME)) {
    const end = m.index + m[0].length;
    if (overlaps(m.index, end)) continue;
    const place = unknownPlace(m[1]!, 'base');
    place.name = m[0].replace(/\s+/g, ' ');
    out.push({ place, start: m.index, end, text: m[0], usage: 'name' });
    cover(out[out.length - 1]!);
  }
  for (const m of text.matchAll(NOUN_OF_NAME)) {
    const name = m[2]!;
    const start = m.index + m[0].length - name.length, end = m.index + m[0].length;
    if (notNames.has(fold(name.split(/[ -]/)[0]!)) || overlaps(start, end)) continue;
    const kind = SETTLEMENT_NOUNS[fold(m[1]!).replace(/\s+/g, ' ')] ?? 'city';
    out.push({ place: unknownPlace(name, kind), start, end, text: name, usage: 'name' });
    cover(out[out.length - 1]!);
  }
  for (const m of text.matchAll(NAME_NOUN)) {
    const words = m[1]!.split(/[ -]/);
    // Drop leading capitalised words that are no names ("The", "Military") from the front of the match.
    let skip = 0;
    while (skip < words.length && notNames.has(fold(words[skip]!))) skip++;
    if (skip === words.length || words.slice(skip).every((w) => forceWords.has(fold(w)))) continue;
    const name = words.slice(skip).join(' ');
    const start = m.index + m[1]!.length - name.length, end = m.index + m[0].length;
    // "Kozhikode's Karipur airport": the possessive names where the site lies; the site is what follows it.
    let owner: string | undefined;
    for (let i = words.length - 2; i >= skip; i--) {
      if (!/['’]s$/.test(words[i]!)) continue;
      owner = words.slice(skip, i + 1).join(' ').slice(0, -2);
      skip = i + 1;
      break;
    }
    if (overlaps(start, end)) continue;
    // "Jeddah, the Red Sea city": a known region describes the settlement (see SETTLEMENT_AFTER).
    if (THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && SETTLEMENT_AFTER.test(text.slice(start + name.length, end))
      && GAZETTEER.byId.get(resolveId(name))?.kind === 'region') continue;
    const kind = SETTLEMENT_NOUNS[fold(m[2]!).replace(/\s+/g, ' ')] ?? 'city';
    // "Muan International Airport" is the airport a report calls "Muan airport".
    let last = words.length;
    while (kind === 'airport' && last - 1 > skip && QUALIFIERS.has(fold(words[last - 1]!))) last--;
    // "Savannah's airport": a town's own airport, which is one place with the town.
    if (kind === 'airport' && last - 1 === skip && /['’]s$/.test(words[skip]!)) {
      out.push({ place: unknownPlace(words[skip]!.slice(0, -2), 'city'), start, end, text: text.slice(start, end), usage: 'name' });
      cover(out[out.length - 1]!);
      continue;
    }
    const place = unknownPlace(words.slice(skip, last).join(' '), kind);
    // "Springfield's Capital Airport": an airfield lies in the place whose possessive names it.
    if (owner && (kind === 'airport' || kind === 'base')) place.parent = unknownPlace(owner, 'city').id;
    // "Christmas Island" is shown as written; its id is the name alone, as "Christmas island" would give.
    if (/^\p{Lu}/u.test(m[2]!)) place.name = `${words.slice(skip).join(' ')} ${m[2]!.replace(/\s+/g, ' ')}`;
    out.push({ place, start, end, text: text.slice(start, end), usage: 'name' });
    cover(out[out.length - 1]!);
  }
  return out;
}

/**
 * False when the text names no movement or incident cue, so it has no route point whatever places it
 * names: a quick test that spares reading its places.
 */
export function mayHoldRoutePoints(text: string): boolean {
  return MAY_HOLD_CUE(text);
}

/** A place that a movement or incident cue makes a point of the route or the incident's site. */
export interface RoutePoint {
  mention: PlaceMention;
  role: RouteRole;
  /** "outside Caracas", "near Kuzhenkino": near the place rather than in it. */
  near: boolean;
  /** "will be flown home to India": a point of a flight yet to come. */
  planned?: boolean;
  /** The cue word and preposition (or route link) that gave the role: "set off from", "via". */
  cue: string;
  /**
   * Set when the place is only where a distance is measured from ("crashed 300 km north of Moscow"):
   * the compass direction, or '' for "from".
   */
  bearing?: string;
  /**
   * A known place that locates a name the gazetteer lacks: "Wadi Seidna air base near Khartoum" is
   * within (or by) Khartoum.
   */
  within?: string;
  /**
   * Set on a site told only by the take-off or the approach it came near: "crashed shortly after taking off
   * from Tamanrasset", "crashed ... as it approached Dallas-Fort Worth International Airport".
   */
  vicinity?: boolean;
  /** Set on an end of one stage of the flight, a stop of the whole: "on the Kuala Lumpur-Perth leg". */
  leg?: boolean;
  /** Span from the cue to the end of the place name, in the text. */
  start: number;
  end: number;
}

/** "Jeddah, Saudi Arabia": a comma between a place and its country. */
const COUNTRY_APPOSITION = /^,\s{1,3}$/;
/** "at Ankara's request": a place that stands for its government. */
const GOVERNMENT_ACT_AFTER = new RegExp(String.raw`^['’]s\s{1,3}(?:${matchAny(GOVERNMENT_ACTS)})\b`, 'i');
/** "officials in Belgium and France said": where those who speak are. */
const SOURCES_IN_BEFORE = new RegExp(String.raw`\b(?:${matchAny(SOURCES_IN_PLACE)})\s{1,3}in\s{1,3}(?:the\s{1,3})?$`, 'i');
const SAID_AFTER = new RegExp(String.raw`^[^.;:!?]{0,60}?\b(?:${matchAny(REPORTING_VERBS)})\b`, 'i');
/** A country's possessive before a thing it owns, not a place: "Russia's base", "Russia's military airfield". */
const OWNER_AFTER = new RegExp(String.raw`^['’]s\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}(?:${matchAny(OWNED_SITES)})\b`);

/** "Russia's Tver region", "Venezuela's capital Caracas", "Russia's ally Belarus": a country's possessive, a few lower-case words, and a place. */
const POSSESSIVE_GAP = /^['’]s\s{1,3}(?:(?!(?:against|with|on|and|or|but|to|from|for|of|in|at|by|than|war|near)\b)[a-z][a-z-]{1,20},?\s{1,3}){0,2}$/;

/** A country's forces or bases right after its name: "U.S. Marine Corps", "US Navy base", "U.S. air base". */
const FORCES_AFTER = /^\.?\s{1,3}(?:military|army|navy|naval|air\s{1,3}force|air\s{1,3}base|airbase|base|bases|marine|marines|embassy|forces|troops|coast\s{1,3}guard|special\s{1,3}forces)\b/i;
/** A country's name in capitals and dots ("U.S.", "UK"), which reports write as an adjective. */
const ABBREVIATED = /^(?:\p{Lu}\.?){2,4}$/u;
/**
 * "arrived handcuffed on a U.S. flight", "a US plane", "U.S. officials said": an abbreviated country before a
 * flight or the people who speak for it qualifies them.
 */
const QUALIFIED_AFTER = new RegExp(`^\\.?\\s{1,3}(?:(?:${matchAny(ABBREVIATED_COUNTRY_OF.describing)})\\s{1,3})?(?:${matchAny([
  ...Object.keys(AIRCRAFT_NOUNS), ...ABBREVIATED_COUNTRY_OF.nouns])})\\b`, 'i');
/**
 * "the capital of the U.S. Pacific territory", "a U.S. Justice Department deal": inside one sentence, an
 * abbreviated country before a capitalised word qualifies a name. Not a day or a month: "flew to the U.S. Monday".
 */
const NAME_AFTER = new RegExp(String.raw`^\.?\s{1,3}(?!(?:${matchAny([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)])})\b)\p{Lu}\p{Ll}`, 'u');
/** The indefinite article right before a name. */
const A_BEFORE = /\ban?\s{1,2}$/i;
/** A middle initial and a surname after a name: "Harry S. Truman", "John F. Kennedy". */
const INITIAL_AFTER = /^\s\p{Lu}\.\s{1,2}\p{Lu}/u;
/** "will conduct training flights over the Mediterranean Sea before returning to their home bases": a plan's next step. */
const THEN_BEFORE = /\b(?:before|then|and\s{1,3}then)\s{1,3}$/i;
/** "will spend 13 days in the country, travelling to New York": a participle after a plan's comma goes on with it. */
const COMMA_BEFORE = /,\s{1,3}$/;
const FUTURE_IN_CLAUSE = new RegExp(String.raw`\b(?:${matchAny(FUTURE_BEFORE)})\b[^.;!?]*$`, 'i');
/** Words between two arrivals that say the flight went on from the first: "and then to", "before landing at". */
const WENT_ON = new RegExp(String.raw`\b(?:${matchAny(WENT_ON_WORDS)})\b`, 'i');
/**
 * What names a border, dealings between the two, or a place named for both, after two places joined by a dash:
 * "the Syria-Jordan border", "a Russia-Africa summit", "U.S.-China talks", "the Eveleth-Virginia airport".
 */
const PAIR_NOT_ROUTE_AFTER = /^\s{1,3}(?:border|borders|frontier|boundary|line|summit|talks|relations|ties|trade|dialogue|forum|conference|meeting|agreement|deal|treaty|war|conflict|rivalry|partnership|airport|airfield|international|municipal|regional|metropolitan|area)\b/i;
/** "from Minneapolis-St. Paul": after a preposition, two places joined by a dash are one, twin cities or their airport. */
const ONE_PLACE_BEFORE = /\b(?:from|to|in|at|near|into|for|of)\s{1,3}$/i;
/** The dash of a route written as a pair: "Moscow-Caracas", "Moscow – Havana". */
const PAIR_DASH = /^\s?[-–—]\s?$/;
/** "Kuala Lumpur to Perth": two places joined by "to", a stage of the flight when a leg's noun follows. */
const PAIR_TO = /^\s{1,3}to\s{1,3}$/;
/** "Saratov region", "Latakia province": a known city's name used for the region around it. */
const REGION_AFTER = /^\s{1,3}(?:region|province|oblast|district)\b/i;
// "Berdale airstrip in Somalia": the airfield's noun may come between the name and what locates it.
// "Pokhara in central Nepal": a part of the place that locates it.
// "the Sayedabad district of Wardak province": so may a division's noun.
const LOCATOR = new RegExp(String.raw`^,?\s{1,3}(?:(?:${matchAny([...AIRFIELD_NOUNS, ...DIVISION_NOUNS])})\s{1,3})?(?:${matchAny(LOCATOR_PREPOSITIONS)})\s{1,3}(?:the\s{1,3})?(?:(?:${matchAny(REGION_PARTS)})\s{1,3})?$`, 'i');

const CUE_BY_WORD = new Map<string, MotionCue>();
for (const cue of MOTION_CUES) for (const w of cue.words) CUE_BY_WORD.set(normalCue(w), cue);
const UNREALISED = new RegExp(String.raw`\b(?:(?:${matchAny([...UNREALISED_BEFORE, ...NEGATED_BEFORE])})\s{1,3}(?:\S{1,20}\s{1,3}){0,2}|(?:${matchAny(BARRING_VERBS)})(?:\s{1,3}\S{1,20}){0,3}\s{1,3}from\s{1,3}`
  + String.raw`|(?:${matchAny(PERMISSION_REFUSALS)})(?:\s{1,3}\S{1,20}){0,3}\s{1,3}(?:${matchAny(PERMISSION_NOUNS)})\s{1,3}(?:to\s{1,3}(?:\S{1,20}\s{1,3}){0,1})?`
  + String.raw`|(?:${matchAny(MANDATIVE_VERBS)})\s{1,3}that\s{1,3}(?:[^\s.;]{1,20}\s{1,3}){0,6}be\s{1,3})$`, 'i');
const NOT_YET_FLOWN = new RegExp(String.raw`\b(?:${matchAny(NOT_YET_FLOWN_BEFORE)})\s{1,3}$`, 'i');
/** "they will be flown home to India": a movement yet to come, right before the cue. */
const PLAN_ADVERB = String.raw`(?:(?:${matchAny(PLAN_ADVERBS)})\s{1,3})?`;
const FUTURE = new RegExp(String.raw`\b(?:${matchAny(FUTURE_BEFORE)})\s{1,3}${PLAN_ADVERB}(?:(?:fly|return|travel|head|go|come)\s{1,3})?$`, 'i');
/** "He is then expected to fly home to Australia": a plan told in the present is yet to come. */
const PRESENT_PLAN = new RegExp(String.raw`(?:\b|(?=['’]))(?:${matchAny(PRESENT_BEFORE_PLAN)})\s{1,3}${PLAN_ADVERB}(?:${matchAny(PLAN_WORDS)})\s{1,3}${PLAN_ADVERB}$`, 'i');
const PLANNED_NEXT = new RegExp(String.raw`^\s{1,3}(?:${matchAny(PLANNED_AFTER)})\b`, 'i');
/**
 * "The two survivors were flown to Nairobi", "were injured and flown to Kathmandu": those moved after the
 * incident, on a journey of their own.
 */
const AFTERMATH = new RegExp(String.raw`\b(?:${matchAny(AFTERMATH_SUBJECTS)})(?:\s{1,3}(?:were|was|had\s{1,3}been|have\s{1,3}been|are\s{1,3}being|were\s{1,3}being|will\s{1,3}be|are\s{1,3}to\s{1,3}be))?\s{1,3}$`
  + String.raw`|\b(?:were|was)\s{1,3}(?:\w+ly\s{1,3})?(?:${matchAny(HURT_THEN_MOVED)})\s{1,3}and\s{1,3}$`, 'i');
/**
 * "The bodies of the Zambian footballers killed in last week's crash were flown", "Three survivors, including a
 * seven-year-old girl, were flown": the dead or the survivors, named at length or with an aside, moved; or found
 * first, then moved ("had been recovered by Monday night and flown to Panama City"), or to be moved ("will be flown to
 * Seattle from Point Barrow").
 */
const AFTERMATH_OF = new RegExp(String.raw`(?:\b(?:bodies|body|remains)\s{1,3}of\s[^.;:!?]{0,110}?|\b(?:${matchAny(AFTERMATH_SUBJECTS)}),\s[^.;:!?,]{1,80},)\s(?:were|was|had\s{1,3}been|have\s{1,3}been|are\s{1,3}being|were\s{1,3}being|will\s{1,3}be|are\s{1,3}to\s{1,3}be)\s{1,3}(?:[^.;:!?]{1,60}?\sand\s{1,3})?[a-z]+$`, 'i');
/**
 * "flew to Trabzon to oversee the return of the bodies", "to join the investigation", "to visit the crash site":
 * a journey made to tend the crash's aftermath, its errand a few words after the cue. The errand's verb takes
 * what it tends as its object, or "the return of" it; "to deliver supplies for the search" may be the story.
 */
const AFTERMATH_ERRAND = new RegExp(String.raw`^([^.;:!?]{0,60}?)\bto\s{1,3}(?:help\s{1,3})?[a-z]{3,15}\s{1,3}(?:(?:in|with|into)\s{1,3})?`
  + String.raw`(?:(?:the|its|their|his|her)\s{1,3})?(?:[a-z]{3,15}\s{1,3}of\s{1,3}(?:the\s{1,3})?)?(?:${matchAny(AFTERMATH_ERRAND_OBJECTS)})\b`);
const ERRAND_OBJECT_NAMED = new RegExp(`\\b(?:${matchAny(AFTERMATH_ERRAND_OBJECTS)})\\b`);
/** "crashed at Mangalore airport, as relatives gathered at a hospital to identify the dead": another clause's errand. */
const ERRAND_OF_ANOTHER_CLAUSE = /(?:^|[\s,])(?:as|and|while|when|where|after|before|but|which|who|whose|killing)\s/i;
/**
 * The words before the errand's "to" when the text starts with a journey's aftermath errand ("to Bangkok on Monday"
 * of "... to visit the crash site"), else undefined.
 */
export function aftermathErrandGap(after: string): string | undefined {
  // Asked of every cue and time: most texts name nothing an errand tends, which one literal scan tells.
  if (!ERRAND_OBJECT_NAMED.test(after)) return undefined;
  const gap = AFTERMATH_ERRAND.exec(after)?.[1];
  return gap === undefined || ERRAND_OF_ANOTHER_CLAUSE.test(gap) ? undefined : gap;
}
/** "No plane landed in Caracas": no aircraft did what the cue says. */
const NO_AIRCRAFT = new RegExp(String.raw`(?:^|[^A-Za-z])(?:${matchAny(NO_AIRCRAFT_BEFORE)})\s{1,3}(?:[A-Za-z-]{1,20}\s{1,3}){0,2}?(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\s{1,3}(?:(?:has|have|had)\s{1,3})?$`, 'i');
/** "had originally been scheduled to land at": a plan since changed. */
const CHANGED_PLAN = new RegExp(String.raw`\b(?:${matchAny(CHANGED_PLAN_BEFORE)})\s{1,3}(?:been\s{1,3})?(?:${matchAny(PLAN_WORDS)})\s{1,3}$`, 'i');
const NOT_YET_FLOWN_CUE: ReadonlySet<string> = new Set(NOT_YET_FLOWN_CUES.map(normalCue));
const NOT_BEFORE = new Map(Object.entries(CUE_NOT_BEFORE)
  .map(([cue, words]) => [cue, new RegExp(String.raw`^\s{1,3}(?:${matchAny(words)})\b`, 'i')]));
const MOVE_AFTER = new Map(Object.entries(MOVE_ONLY_AFTER)
  .map(([cue, words]) => [cue, new RegExp(String.raw`\b(?:${matchAny(words)})(?:\s{1,3}\S{1,20}){0,3}\s{1,3}$`, 'i')]));
const MOVE_NOT = new Map(Object.entries(MOVE_NOT_AFTER)
  .map(([cue, words]) => [cue, new RegExp(String.raw`\b(?:${matchAny(words)})\s{1,3}$`, 'i')]));
/** "left for Geneva on Sunday": a cue of DATED_CUES, then a name of up to four words and what dates or carries the journey. */
const DATED: ReadonlySet<string> = new Set(DATED_CUES);
const DATED_AFTER = new RegExp(String.raw`^\s{1,3}(?:the\s{1,3})?(?:\p{Lu}[\p{L}'’.-]*\s{1,3}){1,4}(?:${matchAny(DATED_CUE_AFTER)})\b`, 'u');
/**
 * "landed in Warsaw on Thursday ahead of Ramaphosa's visit to Ukraine": a visit or a trip still to come after the
 * flight, whose place is none of its route.
 */
const TRIP_CUES: ReadonlySet<string> = new Set(['visit', 'visits', 'trip', 'trips']);
const AHEAD_OF_TRIP = /\bahead\s{1,3}of\s{1,3}(?:(?:an?|the|his|her|their|its)\s{1,3}|\p{Lu}[\p{L}.-]*['’]s?\s{1,3}){0,3}(?:[\p{Ll}-]{2,20}\s{1,3})?$/u;
const CUE_PATTERN = new RegExp(String.raw`(?<![A-Za-z0-9-])(?:${matchAny(CUE_BY_WORD.keys())})(?![A-Za-z0-9])`, 'gi');
const MAY_HOLD_CUE = lexiconGate(CUE_BY_WORD.keys());
const PREPS = new Set(MOTION_CUES.flatMap((c) => Object.keys(c.preps)));
/**
 * Words between a cue and its place: "the", "outskirts of", and a word or a name of up to three words that
 * describes a settlement ("the Arctic city of", "the Black Sea resort of", "the Turkish Black Sea city of").
 * The third word is one of a few that end a region's name (Sea, Coast...): the patterns that use it ignore
 * case, and "the runway near the village of" must keep its village.
 */
// "Nepal's tourist town of": a possessive place before the settlement noun and its describing word.
// "the American-run U-Tapao air base": who runs the place, in one hyphened word.
const FILLERS = String.raw`(?:(?:${matchAny(PLACE_FILLERS)}|[A-Za-z]{2,20}-(?:${matchAny(HELD_BY_ENDINGS)})|(?:(?:${matchAny(GROUND_DESCRIBERS)})\s+)?(?:${matchAny(OPEN_GROUND)})\s+(?:${matchAny(GROUND_LINKS)})|[A-Za-z-]{2,20}(?:\s+[A-Z][A-Za-z-]{1,20})?(?:\s+(?:${matchAny(SETTLEMENT_REGION_WORDS)}))?(?=\s+(?:${matchAny(DESCRIBED_SETTLEMENTS)})\b)|[A-Z][A-Za-z-]{1,20}['’]s(?=\s+(?:[a-z-]{2,20}\s+){0,2}(?:${matchAny(DESCRIBED_SETTLEMENTS)})\s+of\b))\s+){0,5}`;
// "from Statoil's Gullfaks B platform": an owner's possessive may stand before the name (see bareNames).
const PREP_TAIL = new RegExp(String.raw`(?:^|[\s,])(${matchAny(PREPS)})\s+(${FILLERS}(?:[A-Z][A-Za-z-]{1,20}['’]s\s+)?)$`, 'i');
const DIRECT_TAIL = new RegExp(String.raw`^\s+${FILLERS}$`, 'i');
/** The noun of an installation right after its name: "the Borgsten Dolphin rig". */
const INSTALLATION_AFTER = new RegExp(String.raw`^\s{1,3}(?:${matchAny([...INSTALLATION_NOUNS, ...AIRFIELD_NOUNS])})(?=\s)`, 'i');
/**
 * A landing told in a where-clause after the place: "welcomed by about 5,000 people at the El Toro Marine base, where
 * the jet that had carried him across the country landed at 2:17 p.m.". Read only where no cue gave the place a role.
 */
const LANDED_WHERE_AFTER = /^(?:\s{1,3}(?:airport|airfield|air\s{1,3}base|base))?,\s{1,3}where\s{1,3}(?:the|his|her|its|their|an?)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,8}?(?:had\s{1,3})?(?:landed|touched\s{1,3}down)\b/i;
/** The arrival a where-clause after the place tells (see LANDED_WHERE_AFTER), if it tells one. */
function landedWhere(text: string, mention: PlaceMention): RoutePoint | undefined {
  if (!LANDED_WHERE_AFTER.test(text.slice(mention.end, mention.end + 100))) return undefined;
  return { mention, role: 'arrival', near: false, cue: 'where ... landed', start: mention.start, end: mention.end };
}
/** A where-clause after a place: ", where supporters and journalists had gathered,". */
const WHERE_ASIDE = /^(?:\s{1,3}(?:airport|airfield|air\s{1,3}base))?,\s{1,3}where\s[^,;.()]{1,80},/i;
/**
 * "left Cairo on Friday for ...", "left Albuquerque yesterday morning for ...": the day of the leg between its two
 * places.
 */
const DAY_BETWEEN = String.raw`(?:\s{1,3}(?:(?:late|early)\s{1,3})?(?:on\s{1,3})?(?:${matchAny([...Object.keys(WEEKDAYS), 'yesterday', 'today'])})`
  + String.raw`(?:\s{1,3}(?:morning|afternoon|evening|night))?|\s{1,3}(?:tonight|last\s{1,3}night|this\s{1,3}(?:morning|afternoon|evening)))?`;
const LINK_TAIL = new RegExp(String.raw`^${DAY_BETWEEN}\s*,?\s*(${matchAny(Object.keys(ROUTE_LINKS))})\s+${FILLERS}$`, 'i');
// "13 to Germany and three to the United States": a list item may repeat its count before the preposition.
const LIST_COUNT = String.raw`(?:\d[\d,]{0,9}|${matchAny([...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)])})\s+`;
const LIST_TAIL = new RegExp(String.raw`^\s*(?:${matchAny(LIST_LINKS)})\s*(?:(?:${LIST_COUNT})?(?:in|at|to|from)\s+)?${FILLERS}$`, 'i');
const INDEFINITE_END = /(?:^|\s)an?\s+$/i;
/** "Uruguay's defence ministry said", "Moscow said": a place (or its possessive before a party) and a verb of saying. */
// "Ukraine's deputy foreign minister Yevgeny Yenin was quoted as saying": a party of a few words, quoted.
const PARTY_AFTER = new RegExp(String.raw`^(?:['’]s\s{1,3}(?:[\w-]{1,20}\s{1,3}){1,6}|\s{1,3}(?:(?:also|later|has|had|have)\s{1,3})?)(?:${matchAny([...REPORTING_VERBS, 'was quoted', 'were quoted'])})\b`, 'i');
/** "the Hong Kong government said": the name a party of lower-case words takes from the place, and its verb of saying. */
const NAMED_PARTY_AFTER = new RegExp(String.raw`^\s{1,3}(?:[a-z][a-z-]{1,20}\s{1,3}){1,3}(?:${matchAny(REPORTING_VERBS.filter((v) => /^[a-z]/.test(v)))})\b`);
const IN_GAP = /^,?\s{1,3}in\s{1,3}(?:the\s{1,3})?$/;
const FIRED_BEFORE = /\b(?:fired|launched|shot)\s*$/i;
/** Verbs whose object may be a list joined by "and": what was carried or delivered. */
const LIST_CUES: ReadonlySet<string> = new Set(LIST_CUE_WORDS.map(normalCue));
/** "and six crew": an "and" before a count. */
const AND_COUNT = new RegExp(String.raw`\band\s{1,3}(?=${LIST_COUNT})`, 'gi');
/** "(12 miles)": a figure given again in other units, in brackets after the first. */
const CONVERSION = /\(\s{0,2}(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3})?[\d.,]+\s{0,2}[a-z]{1,12}\.?\s{0,2}\)/gi;
/**
 * "4 km from the border", "40 miles away from Moscow", "about 20 km (12 miles) from Dalian airport": an incident is
 * placed "from" a place only by a distance.
 */
const DISTANCE_BEFORE = new RegExp(String.raw`\b(?:${matchAny([...UNITS.filter((u) => u.kind === 'distance').flatMap((u) => u.spellings), 'away'])})\s*$`, 'i');
const WATER_PREP = /\b(over|off)\s{1,3}(?:the\s{1,3})?$/i;
const BREAKS = new Set(CLAUSE_BREAKS);
const CARRIED_AWAY = new Set(CARRIED_AWAY_VERBS);
/** What the place qualifies, no site of it: "Queens mother of 2", a person from it; "in United States history", its record. */
const NO_SITE_AFTER = new RegExp(String.raw`^\s{1,2}(?:${matchAny([...PERSON_AFTER_PLACE, ...RECORD_AFTER_PLACE])})\b`, 'i');
const STREETS: ReadonlySet<string> = new Set(STREET_NOUNS.map(fold));
const FEATURES: ReadonlySet<string> = new Set(FEATURE_WORDS.map(fold));
const NEAR = new Set(NEAR_PREPOSITIONS);
const BEARINGS = new Set(BEARING_PREPOSITIONS);
/** "near Korocha": a capitalised name after a preposition, which a cue before may make a place. */
// The `u` flag (for \p{Lu}) rejects an escaped hyphen, which the other patterns here allow.
const unicodeSafe = (alternation: string) => alternation.replace(/\\-/g, '-');
const BARE_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${unicodeSafe(matchAny(BARE_NAME_PREPOSITIONS))})\s{1,3}${unicodeSafe(FILLERS)}(${NAME})`, 'gu');
/**
 * "Sao Paulo's Guarulhos international airport": an airfield the gazetteer lacks, named after a place's
 * possessive. The name is the site; the place before it says where it lies.
 */
const OWNED_AIRFIELD_AFTER = new RegExp(String.raw`^\s{1,3}(?:(?:international|regional|military)\s{1,3})?(?:${matchAny(AIRFIELD_NOUNS)})\b`, 'i');
/** ", most of them tourists from ...": an aside about some of those carried. */
// Or by their figure: ", 93 of them Army men bound for South Viet Nam".
const ASIDE_OF_THEM = new RegExp(`,\\s{1,3}(?:(?:${matchAny(OF_THEM_QUANTIFIERS)}|\\d[\\d,]*)\\s{1,3}of|among)\\s{1,3}them\\b`, 'i');
/** "287 passengers, many of them pilgrims bound for Mecca": a cue inside the aside is theirs, not the flight's. */
const CUE_IN_ASIDE = new RegExp(`${ASIDE_OF_THEM.source}[^,;.()]{0,40}$`, 'i');
/** An airfield's noun that ends a name the gazetteer lacks: "Lunken Airport". */
const OWNED_AIRFIELD_NAMED = new RegExp(String.raw`\s(?:${matchAny(AIRFIELD_NOUNS)})$`, 'i');
const BARE_NAME_OWNED = new RegExp(String.raw`['’]s\s{1,3}(${NAME})(?=${OWNED_AIRFIELD_AFTER.source.slice(1)})`, 'gu');
/** "diverted to Aktau": after a verb of flying, "to" takes a name as a place. So does an approach: "on its approach to Sumburgh". */
const BARE_NAME_FLOWN = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${matchAny([...BARE_NAME_FLOWN_TO, ...APPROACH_CUES.phrases.map((p) => p.replace(/\s+to$/, ''))])})\s{1,3}(?:back\s{1,3})?to\s{1,3}${unicodeSafe(FILLERS)}(${NAME})`, 'gu');
/** Words of a flight before a route, or of a load or a trip flown: "carrying tourists on a sport fishing trip from Manaus". */
const FLOWN_BEFORE = new RegExp(String.raw`\b(?:flew|flown|fly|flies|flying|flight|flights|airlifted|ferried|evacuated|carrying|carried|trip|${matchAny(ROUTINE_RUNS)})\b[^.;:!?]{0,60}$`, 'i');
/**
 * "flew the evacuees to Al-Azraq in Jordan", "was flown to Fort Lauderdale, Florida": after "to", a name is a
 * place only when a known country or region locates it.
 */
const BARE_NAME_LOCATED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:to|into|left|departed)\s{1,3}${unicodeSafe(FILLERS)}(${NAME})(,?\s{1,3}(?:in|near|outside)\s{1,3}(?:the\s{1,3})?|,\s{1,3})`, 'gu');
/** A town left, located by a known region after it: "had left Concord, North Carolina, for Martinsville". */
const DEPARTED_LEAD = /^(?:left|departed)\b/;
/**
 * An aircraft before its verb, by its noun, a designation's number or its maker's name: "The King Air 200 had", "the
 * plane", "The Convair had".
 */
const CRAFT_BEFORE = new RegExp(String.raw`(?:\b(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})|\b\p{Lu}[\p{L}-]*[\s-]?\d{2,4}[\p{L}\d-]{0,6}`
  + String.raw`|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s{1,3}(?:${matchAny(AIRCRAFT_MAKERS.flatMap((m) => m.aliases))}))(?:\s{1,3}(?:had|has|have|was|were))?\s{1,3}$`, 'iu');
/** "left from San Diego and El Paso, Texas": a second name of a list, located by a known region after it. */
const BARE_NAME_LISTED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:from|to|in|at|via)\s{1,3}${NAME}\s{1,3}and\s{1,3}(${NAME})(,\s{1,3})`, 'gu');
/** "flying from Lilongwe to Mzuzu": after a flight from a place, "to" takes a name as the next place. */
const BARE_NAME_ROUTE_TO = new RegExp(String.raw`(?<![\p{L}\p{M}])from\s{1,3}${unicodeSafe(FILLERS)}${NAME}\s{1,3}to\s{1,3}${unicodeSafe(FILLERS)}(${NAME})`, 'gu');
/** Capitalised words that start no place name: days and months ("in March", "on Monday"). */
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map(fold));
/** How far after a cue its place may stand, in characters. */
const CUE_REACH = 120;
/** Words allowed between a cue and its preposition: "arrived on March 23 in Caracas". */
const MAX_GAP_WORDS = 7;

function normalCue(w: string): string {
  return w.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The places a text puts on a route or at an incident: "set off from Syria" (departure), "made a
 * stopover in Dakar" (stopover), "touched down outside the capital Caracas" (arrival, near),
 * "crashed near the village of Kuzhenkino" (incident). A place only counts after a cue: "a source in
 * Caracas" and "the group from Russia" are no route points, and "Russian planes" is a nationality.
 */
export function findRoutePoints(text: string, given?: readonly PlaceMention[]): RoutePoint[] {
  // No cue, no route point: most sentences need neither the cue scan nor their places read.
  if (!mayHoldRoutePoints(text)) return [];
  const mentions = given ?? findPlaces(text);
  const cues: CueMatch[] = [...text.matchAll(CUE_PATTERN)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], cue: CUE_BY_WORD.get(normalCue(m[0]))! }))
    .filter((c) => !mentions.some((p) => p.start < c.end && c.start < p.end))
    .filter((c) => !NOT_BEFORE.get(normalCue(c.text))?.test(text.slice(c.end, c.end + 20)));
  // Most sentences reject no report: one scan spares reading back from every cue.
  const rejects = REJECTING.test(text);
  for (const c of cues) {
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    // "a 60-hour train journey from Pyongyang", "the trip from Pyongyang by train": no flight's leg. Where
    // an incident happened is told whatever was there.
    // So is one made apart from it: "was travelling to Senegal separately from the Netherlands".
    if (!INCIDENT_CUES.has(c.cue) && (GROUND_MODE_BEFORE.test(before) || GROUND_MODE_AFTER.test(text.slice(c.end, c.end + 80))
      || (AIRPORT_LEFT_AFTER.test(text.slice(c.end, c.end + 30)) && GROUND_SUBJECT.test(text.slice(0, c.start)))
      || SOME_ABOARD_BEFORE.test(text.slice(Math.max(0, c.start - 100), c.start)) || OTHERS_EARLIER_TRIP.test(before)
      || SEPARATE_BEFORE.test(before) || SEPARATE_AFTER.test(text.slice(c.end, c.end + 80)))) {
      c.unrealised = true;
      continue;
    }
    if (TRIP_BEFORE_STORY.test(before)) c.earlier = true;
    const move = MOVE_AFTER.get(normalCue(c.text));
    if (MOVE_NOT.get(normalCue(c.text))?.test(before) || (TRIP_CUES.has(normalCue(c.text)) && AHEAD_OF_TRIP.test(before))
      || (DATED.has(normalCue(c.text)) && !DATED_AFTER.test(text.slice(c.end, c.end + 60)))) c.unrealised = true;
    // "The plane, due to be delivered to Turkey": where the craft itself was to be handed over, no flight of the story.
    else if (CRAFT_DELIVERED_LATER.test(before) && /^delivered$/i.test(c.text)) c.unrealised = true;
    // "crashed as it tried to land at Kisangani": a landing tried and never made was where the flight was going.
    else if (LAND_VERB.test(c.text) && (CRASH_TRYING_TO.test(text.slice(Math.max(0, c.start - 100), c.start))
      || (LANDING_UNDER_WAY.test(before) && CUT_SHORT_AFTER.test(text.slice(c.end, c.end + 120))))) c.planned = true;
    else if (UNREALISED.test(before) || (rejects && REJECTED_VERB_BEFORE.test(text.slice(0, c.start))) || CHANGED_PLAN.test(before) || NO_AIRCRAFT.test(before) || AFTERMATH.test(before) || AFTERMATH_OF.test(text.slice(Math.max(0, c.start - 140), c.end)) || aftermathErrandGap(text.slice(c.end, c.end + 140)) !== undefined || (move && !move.test(before) && !crashWhileApproaching(text, c) && !typeApproaching(before, c))) c.unrealised = true;
    else if (PRESENT_PLAN.test(before)) c.planned = true;
    else if (NOT_YET_FLOWN_CUE.has(normalCue(c.text)) && NOT_YET_FLOWN.test(before)) c.unrealised = true;
    else if (FUTURE.test(before) || PLANNED_NEXT.test(text.slice(c.end, c.end + 30))
      || ((THEN_BEFORE.test(before) || (COMMA_BEFORE.test(before) && /ing$/i.test(c.text))) && FUTURE_IN_CLAUSE.test(text.slice(0, c.start)))) c.planned = true;
  }
  if (cues.length === 0) return [];
  const names = [...mentions.filter((m) => m.usage === 'name'), ...bareNames(text, mentions)].sort((x, y) => x.start - y.start);
  if (names.length === 0) return [];
  const out: RoutePoint[] = [];
  let previous: RoutePoint | undefined;
  for (let i = 0; i < names.length; i++) {
    const mention = names[i]!;
    // "Jeddah, Saudi Arabia": the country after a place of its own names where that place is, no new point.
    // So does it after a town the gazetteer lacks: "from Puerto Vallarta, Mexico, to San Francisco", "in Kufra, Libya,
    // and Dubai"; not where a list goes on with another country: "to Foo, Mexico and Peru".
    const listGoesOn = /^\s{0,2}(?:,\s{1,3})?(?:and|or)\b/.test(text.slice(mention.end, mention.end + 8)) && names[i + 1]?.place.kind !== 'city';
    const unknownTown = previous !== undefined && !previous.mention.place.known && previous.mention.place.kind === 'city' && !listGoesOn;
    if (previous && mention.place.kind === 'country' && (previous.mention.place.country === mention.place.id || unknownTown)
      && previous.end === previous.mention.end && COUNTRY_APPOSITION.test(text.slice(previous.mention.end, mention.start))) {
      if (unknownTown) previous.within = mention.place.id;
      previous.end = mention.end;
      // What follows chains from the country: "via Minsk, Belarus, to Havana".
      previous.mention = { ...previous.mention, end: mention.end };
      continue;
    }
    // "at Joint Base Elmendorf-Richardson in Anchorage, Alaska", "from Fort Bliss in El Paso, Texas": after a
    // point its locator has extended, a place that holds it, after a comma, says again where it lies.
    if (previous && previous.end > previous.mention.end && mention.place.known && COUNTRY_APPOSITION.test(text.slice(previous.end, mention.start))
      && [...ancestry(previous.mention.place.id).slice(1), ...(previous.within ? ancestry(previous.within) : [])].includes(mention.place.id)) {
      previous.end = mention.end;
      continue;
    }
    // "Wichita, Kansas", "Toronto, Ontario": a state or province after a place names where that place lies,
    // no new point. A known place of that name in another country ("Ontario, California", "Paris, Texas")
    // is another place: the one of the state.
    if (previous && stateApposition(text, previous, mention)) {
      const place = previous.mention.place;
      const elsewhere = place.known && place.country !== mention.place.country;
      // What follows chains from the state: "from Dallas, Texas, to Caracas".
      previous.mention = {
        ...previous.mention,
        place: elsewhere ? unknownPlace(`${previous.mention.text}, ${mention.place.name}`, 'city') : place,
        end: mention.end,
      };
      if (!place.known || elsewhere) previous.within = mention.place.id;
      previous.end = mention.end;
      continue;
    }
    const next = names[i + 1];
    // "on the Kuala Lumpur to Perth leg": the two ends of a stage, stops of the flight, with no cue before them.
    if (next && mention.place.known && next.place.known && PAIR_TO.test(text.slice(mention.end, next.start))
      && LEG_AFTER.test(text.slice(next.end, next.end + 20))) {
      out.push({ mention, role: 'stopover', near: false, cue: 'leg', start: mention.start, end: mention.end, leg: true });
      previous = { mention: next, role: 'stopover', near: false, cue: 'leg', start: next.start, end: next.end, leg: true };
      out.push(previous);
      i++;
      continue;
    }
    // "flew Moscow-Caracas", "the Moscow–Havana flight": two known places joined by a dash are a route.
    // Not "on the Syria-Jordan border": two places joined to name their border.
    if (next && mention.place.known && next.place.known && PAIR_DASH.test(text.slice(mention.end, next.start))
      && !PAIR_NOT_ROUTE_AFTER.test(text.slice(next.end, next.end + 16)) && !ONE_PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))
      && cues.some((c) => !c.unrealised && ((c.end <= mention.start && mention.start - c.end <= 40) || (c.start >= next.end && c.start - next.end <= 20)))) {
      out.push({ mention, role: 'departure', near: false, cue: 'route', start: mention.start, end: mention.end });
      previous = { mention: next, role: 'arrival', near: false, cue: 'route', start: next.start, end: next.end };
      out.push(previous);
      i++;
      continue;
    }
    if (GOVERNMENT_ACT_AFTER.test(text.slice(mention.end, mention.end + 20))) continue;
    if (SOURCES_IN_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)) && SAID_AFTER.test(text.slice(mention.end, mention.end + 80))) continue;
    const point = chained(text, previous, mention) ?? cued(text, cues, mention) ?? landedWhere(text, mention);
    // An airfield the gazetteer lacks, with the place it lies in: "from Springfield's Capital Airport".
    if (point && !point.within && !mention.place.known && mention.place.parent) point.within = mention.place.parent;
    // "landed in the Hudson River": a landing on water is where the incident happened, no arrival.
    // So is one on open ground: "landed in a field near the village of Kamenka".
    if (point?.role === 'arrival' && LANDING_CUE.test(point.cue)
      && (isWater(mention.place) || GROUND_BEFORE.test(text.slice(point.start, mention.start)))) point.role = 'incident';
    // "flew into the Stadlerberg hill about 10 km short of Zurich airport": high ground flown into is where it crashed.
    if (point?.role === 'arrival' && /\binto$/i.test(point.cue) && TERRAIN_AFTER.test(text.slice(mention.end, mention.end + 16))) point.role = 'incident';
    // "landed in Pakistan for refuelling and then continued on its route": a stop on the way, no arrival.
    if (point?.role === 'arrival' && LANDING_CUE.test(point.cue) && STOP_AFTER.test(text.slice(mention.end, mention.end + 50))) point.role = 'stopover';
    if (point?.role === 'arrival' && STOP_NAMED.test(text.slice(mention.end, mention.end + 60))) point.role = 'stopover';
    if (point && next?.place.known && (mention.place.kind === 'country' || ancestry(next.place.id).slice(1).includes(mention.place.id))
      && POSSESSIVE_GAP.test(text.slice(mention.end, next.start))) {
      // "crashed in Russia's Tver region", "landed in Russia's ally Belarus", "landing at Moscow's
      // Sheremetyevo airport": the possessive of a country, or of a city that holds the place, qualifies the
      // place that follows, which is the point.
      point.mention = next;
      point.end = next.end;
      i++;
    } else if (point && next && !next.place.known && /^['’]s\s{1,3}$/.test(text.slice(mention.end, next.start))
      && (OWNED_AIRFIELD_AFTER.test(text.slice(next.end, next.end + 30)) || OWNED_AIRFIELD_NAMED.test(next.text))) {
      // "to Sao Paulo's Guarulhos international airport", "at Cincinnati's Lunken Airport": an airfield the
      // gazetteer lacks, in the place before, known or not ("from Springfield's Capital Airport").
      point.mention = next;
      point.within = mention.place.id;
      point.end = next.end;
      i++;
    } else if (point && !mention.place.known && next && LOCATOR.test(text.slice(mention.end, next.start))
      // Two names the gazetteer lacks: "in Banstead in Surrey" says where Banstead lies.
      && (next.place.known || IN_GAP.test(text.slice(mention.end, next.start)))) {
      // The known place only locates this one: it is no route point of its own.
      point.within = next.place.id;
      point.end = next.end;
      i++;
    } else if (point && next?.place.known && LOCATOR.test(text.slice(mention.end, next.start))
      && (ancestry(mention.place.id).slice(1).includes(next.place.id) || REGION_AFTER.test(text.slice(next.end, next.end + 12))
        || (next.place.kind === 'region' && ancestry(mention.place.id).some((id) => next.place.id.startsWith(`${id} `))))) {
      // "Simon Bolivar International Airport in Venezuela", "Engels air base, in Saratov region": the place
      // it lies in, said again, or the region named after a known city.
      point.end = next.end;
      i++;
    } else if (point && mention.place.known && mention.place.kind !== 'country' && mention.place.kind !== 'region' && next
      && !next.place.known && next.place.kind === 'region' && LOCATOR.test(text.slice(mention.end, next.start))) {
      // "Josefa Camejo airport in Falcon state": a region the gazetteer lacks only says where a known place lies.
      point.end = next.end;
      i++;
    } else if (point && mention.place.kind === 'country' && OWNER_AFTER.test(text.slice(mention.end, mention.end + 30))) {
      // "touched down at Russia's base in Syria": the country owns what it names, it is not the place.
      continue;
    }
    if (point) out.push(point);
    // "crashed as it tried to land at Kisangani": near where it was going.
    const tried = (point?.role === 'arrival' || point?.role === 'stopover') && point.planned ? CRASH_TRYING_TO.exec(text.slice(Math.max(0, point.start - 100), point.start)) : null;
    if (point && tried) {
      const { bearing: _, planned: __, ...site } = point;
      out.push({ ...site, role: 'incident', near: true, start: Math.max(0, point.start - 100) + tried.index, cue: `${tried[0]}${point.cue}` });
    }
    // "crashed while taking off from Kathmandu's airport": where it set off is also where it came down.
    if (point?.role === 'departure' && CRASH_ON_TAKE_OFF.test(text.slice(Math.max(0, point.start - 40), point.start + 24))) {
      const { bearing: _, ...site } = point;
      out.push({ ...site, role: 'incident' });
    } else if (point?.role === 'departure' && CRASH_SOON_AFTER_TAKE_OFF.test(text.slice(Math.max(0, point.start - 80), point.start + 24))) {
      // "crashed shortly after taking off from Tamanrasset": near where it set off. In a region or a country
      // it set off from, it came down inside: "crashed shortly after take-off in the Ivanovo region".
      const { bearing: _, ...site } = point;
      const area = point.mention.place.kind === 'region' || point.mention.place.kind === 'country';
      out.push({ ...site, role: 'incident', ...(area ? {} : { near: true, vicinity: true }) });
    }
    // "crashed and broke in two as it landed at Faro airport": where it landed is also where it came down; "crashed
    // ... as it approached Dallas-Fort Worth International Airport": near where it was about to land.
    const approach = point?.role === 'arrival' && APPROACH_CUE.test(point.cue);
    if (point?.role === 'arrival' && !point.planned && (LANDING_CUE.test(point.cue) || approach)
      && (CRASH_ON_LANDING.test(text.slice(Math.max(0, point.start - 80), point.start))
        || (APPROACH_PHRASE.test(point.cue) && CRASH_BEFORE_APPROACH.test(text.slice(Math.max(0, point.start - 80), point.start))))) {
      const { bearing: _, ...site } = point;
      out.push({ ...site, role: 'incident', ...(approach ? { near: true, vicinity: true } : {}) });
    }
    previous = point ?? previous;
  }
  // "on the Kuala Lumpur-Perth leg", "the leg from Kuala Lumpur to Perth": the ends of a stage are stops of the
  // whole flight, which another report may name from London to Auckland.
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    if (p.role !== 'departure' && p.role !== 'arrival') continue;
    const before = out[k - 1];
    // "The twin-engine jet, which had flown in from Jos, crashed ... moments after takeoff": the leg before the one
    // it took off on.
    const inbound = p.role === 'departure' && FLOWN_IN_CUE.test(p.cue) && HAD_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start))
      && TAKE_OFF_LATER.test(text.slice(p.end));
    // "before the last leg to Seoul": where the whole flight ended. (Not the first leg's start: its end, told after it,
    // would be taken for the flight's.)
    const lastLegEnd = LEG_CUE.test(p.cue) && p.role === 'arrival' && LAST_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
    if (!lastLegEnd && (inbound || LEG_CUE.test(p.cue) || LEG_AFTER.test(text.slice(p.end, p.end + 40))
      || (before?.role === 'stopover' && before.leg && p.cue !== before.cue && p.start - before.end <= 6))) {
      p.role = 'stopover';
      p.leg = true;
    }
  }
  // "flown ... to Hmeimim in Syria and then to al-Jufra", "flew to Syria ... before landing at al-Jufra": an
  // arrival the flight went on from is a stop on its way.
  for (let k = 0; k + 1 < out.length; k++) {
    const p = out[k]!, q = out.slice(k + 1).find((r) => r.role === 'arrival' && !r.planned && r.mention.place.id !== p.mention.place.id);
    if (p.role === 'arrival' && !p.planned && q && WENT_ON.test(text.slice(p.end, q.mention.start))) p.role = 'stopover';
  }
  // "had turned back to Riyadh after a stop there": the place it went back to was a stop on its way before.
  const stopThere = STOP_THERE.exec(text);
  const back = stopThere ? out.filter((p) => p.role === 'arrival' && p.end <= stopThere.index).pop() : undefined;
  if (back) out.push({ ...back, role: 'stopover', cue: stopThere![0], start: stopThere!.index, end: stopThere!.index + stopThere![0].length });
  // "held at March Air Reserve Base ... after their plane landed there": the arrival is at a place named before.
  const there = out.some((p) => p.role === 'arrival') ? undefined : ARRIVAL_THERE.exec(text);
  const site = there && !cues.some((c) => c.unrealised && c.start === there.index) ? arrivalBefore(names, out, there.index) : undefined;
  if (site) out.push({ mention: site, role: 'arrival', near: false, cue: there![0], start: site.start, end: site.end });
  // "left Vienna on Wednesday, some 13 hours after his jet was diverted there": the flight goes on from where
  // it was diverted, a stop on its way. Not the craft's own origin: "his plane from Berlin ... was diverted there".
  else if (out.some((p) => p.role === 'departure') && DIVERTED_THERE.test(text)) {
    for (const p of out) if (p.role === 'departure' && !cues.find((c) => c.start === p.start)?.cue.settlementsOnly) p.role = 'stopover';
  }
  return out;
}

/** Cues that place an incident: where it happened is told whatever way of travel the sentence names. */
const INCIDENT_CUES: ReadonlySet<MotionCue> = new Set(MOTION_CUES.filter((c) => Object.values(c.preps).includes('incident')));
/** "the Stadlerberg hill": high ground right after a place's name. */
const TERRAIN_AFTER = new RegExp(String.raw`^\s{1,3}(?:${matchAny(TERRAIN_NOUNS)})\b`, 'i');
/** "train journey", "by train through": a way of travel on the ground right before the cue. */
const GROUND_MODE_BEFORE = new RegExp(String.raw`\b(?:by\s{1,3})?(?:${matchAny(GROUND_MODES)})\s{1,3}$`, 'i');
/** "trip from Pyongyang by train": the way of travel later in the cue's clause, before another clause begins. */
const GROUND_MODE_AFTER = new RegExp(String.raw`^(?:(?!\b(?:and|then|before|after|but|while|where|when)\b)[^,.;:!?]){0,60}?\bby\s{1,3}(?:${matchAny(GROUND_MODES)})\b`, 'i');
/**
 * "A convoy of vehicles, including an ambulance, was seen leaving the airport in Abuja": a vehicle that is no
 * aircraft opens the sentence, no aircraft is named before the cue, and it leaves an airport: the road from the
 * flight, none of its legs. A convoy's own route stays read: "The convoy reached Kherson".
 */
const AIRPORT_LEFT_AFTER = /^\s{1,3}(?:the\s{1,3})?(?:[\p{L}'’-]{1,20}\s{1,3}){0,2}(?:airport|airfield|air\s{1,3}base)\b/iu;
const GROUND_SUBJECT = new RegExp(String.raw`^\W{0,3}(?:an?|the)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:${matchAny(OTHER_CARRIERS)})\b`
  + String.raw`(?![^.;:!?]*\b(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\b)[^.;:!?]*$`, 'iu');
/**
 * "Many of the dead were Nepalese returning from the Gulf": a part of those aboard, and the journey they were on
 * before the flight, none of its legs.
 */
const SOME_ABOARD_BEFORE = /\b(?:many|most|some|several|dozens|hundreds|scores)\s{1,3}of\s{1,3}(?:the|those)\s{1,3}(?:dead|victims|passengers|people\s{1,3}(?:aboard|on\s{1,3}board))\s{1,3}(?:were|had\s{1,3}been)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,3}$/iu;
/**
 * "returned home on Wednesday, less than a day after Clinton flew to Pyongyang": a span, "after" and a named
 * traveller before the cue, whose trip came before the story's; where it set off from may be the story's ("landed
 * in Kigali hours after Rusesabagina left Dubai").
 */
const TRIP_BEFORE_STORY = /\b(?:hours|days|weeks|a\s{1,3}(?:day|week)|less\s{1,3}than\s{1,3}a\s{1,3}(?:day|week))\s{1,3}after\s{1,3}(?:\p{Lu}[\p{L}'’.-]*\s{1,3}){1,3}$/u;
/**
 * "brought home by Rutskoi and Silayev, who had flown to the Crimea earlier in the day": people's own trip before the
 * flight, told in a clause of theirs; not "the plane, which had flown to Kandahar", the story's craft.
 */
const OTHERS_EARLIER_TRIP = /\bwho\s{1,3}had\s{1,3}(?:(?:earlier|already|first)\s{1,3})?$/i;
/** "separately flew to Dakar", "travelling to Senegal separately": a journey apart from the flight, in the cue's clause. */
const SEPARATE_BEFORE = new RegExp(String.raw`\b(?:${matchAny(SEPARATE_JOURNEY)})\s{1,3}$`, 'i');
const SEPARATE_AFTER = new RegExp(String.raw`^(?:(?!\b(?:and|then|before|after|but|while|where|when)\b)[^,.;:!?]){0,60}?\b(?:${matchAny(SEPARATE_JOURNEY)})\b`, 'i');
/** A stage's cue, and its noun after the place: "the leg from", "Kuala Lumpur-Perth leg", "Kuala Lumpur to Perth leg". */
const LEG_CUE = new RegExp(`^(?:${matchAny(LEG_NOUNS)})\\b`, 'i');
const LEG_AFTER = new RegExp(String.raw`^(?:\s{0,3}(?:[-–—]|\s(?:to|and))\s{0,3}\p{Lu}[\p{L}'’ -]{0,30}?)?\s{1,3}(?:${matchAny(LEG_NOUNS)})\b`, 'u');
/** The last of the legs, right before its noun. */
const LAST_BEFORE = /\b(?:last|final)\s{1,3}$/i;
/** "after a stop there": a stop at a place named before. */
const STOP_THERE = /\b(?:after\s{1,3}a\s{1,3}stop|after\s{1,3}stopping|had\s{1,3}stopped|stopped)\s{1,3}there\b/i;
/** "after their plane landed there": an arrival at a place named before. */
const ARRIVAL_THERE = new RegExp(`\\b(?:${matchAny(ARRIVED_THERE)})\\s{1,3}there\\b`, 'i');
const SITE_RANK: Readonly<Record<PlaceKind, number>> = { airport: 0, base: 0, city: 1, region: 2, country: 3 };

/**
 * The place an arrival "there" is at: the most specific one the sentence names before it ("held at March Air
 * Reserve Base near Riverside, California, after their plane landed there" is the base), but not where
 * the flight set off or stopped.
 */
function arrivalBefore(names: readonly PlaceMention[], points: readonly RoutePoint[], at: number): PlaceMention | undefined {
  const elsewhere = (m: PlaceMention) => points.some((p) => p.role !== 'arrival' && p.start <= m.start && m.end <= p.end);
  let best: PlaceMention | undefined;
  for (const m of names) {
    if (m.end > at || elsewhere(m)) continue;
    if (!best || SITE_RANK[m.place.kind] < SITE_RANK[best.place.kind]) best = m;
  }
  return best;
}

/**
 * "the crash of a Russian warplane into ...", "the crash of an Indonesian air force Hercules transport plane
 * into": the craft a noun of an incident belongs to, no words of the way there.
 */
const CRAFT_OF_INCIDENT = new RegExp(String.raw`^\s{0,3}of\s{1,3}(?:an?|the|its|their)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,6}?(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\b`, 'i');
/** "shortly after take-off", "moments after taking off": when an incident came, between its cue and its place. */
const SOON_AFTER = String.raw`(?:shortly|soon|just|moments|minutes|seconds)\s{1,3}after\s{1,3}(?:take-?off|takeoff|taking\s{1,3}off)`;
const SOON_AFTER_TAKE_OFF = new RegExp(String.raw`\b${SOON_AFTER}\b`, 'i');
/** "crashed in rain and fog about 25 miles south of St. Louis": the weather it came down in, no clause of its own. */
const WEATHER = String.raw`(?:(?:heavy|thick|dense|bad|high|low|driving)\s{1,3})?(?:rain|fog|snow|sleet|mist|winds?|storms?|clouds?|darkness)`;
const IN_WEATHER = new RegExp(String.raw`\bin\s{1,3}${WEATHER}(?:\s{1,3}and\s{1,3}${WEATHER})?\b`, 'gi');
/**
 * "crashed and burned near", "crashed and burned while practicing landings at": the fire that followed the crash, and
 * the drill it came in, no clause of their own.
 */
const AND_BURNED = /^\s{1,3}and\s{1,3}(?:burned|burnt|caught\s{1,3}fire)\b/i;
const PRACTISING_LANDINGS = /\bwhile\s{1,3}(?:practi[cs]ing|making|doing|flying)\s{1,3}(?:(?:touch-and-go|practice|training)\s{1,3})?(?:landings|approaches)\b/i;

/**
 * "collided at about 11:35 p.m. (2135 GMT) near the town of Ueberlingen", "came down about 8:10 a.m. near the village
 * of Woodbridge": the clock it happened at, no clause of its own. Case-sensitive, so that a zone's letters are not any
 * word.
 */
const AT_CLOCK = new RegExp(String.raw`\b(?:[Aa]t\s{1,3})?(?:(?:about|around|approximately|roughly|exactly)\s{1,3})?\d{1,2}[:.]\d{2}`
  + String.raw`(?:\s{0,3}[aApP]\.?\s?[mM]\.?)?(?:\s{1,3}(?:${matchAny(Object.keys(ZONES))})(?![\p{L}]))?`
  + String.raw`(?:\s{1,3}\(\d{3,4}\s{1,3}(?:GMT|UTC)\))?`, 'gu');

/** "crashed while taking off from", "burst into flames on take-off from": a crash at the place of departure. */
const CRASH_ON_TAKE_OFF = new RegExp(
  // "collided with a fire truck while taking off from": what it hit may stand between.
  String.raw`\b(?:${matchAny(CRASH_AT_DEPARTURE.verbs)})(?:\s{1,3}with\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?[\w-]{1,20})?\s{1,3}(?:${matchAny(CRASH_AT_DEPARTURE.links)})\s{1,3}(?:its\s{1,3})?(?:taking\s{1,3}off|take-?off|took\s{1,3}off)`
    // The weather it took off in may stand before the place: "as it took off in a typhoon from".
    + String.raw`(?:\s{1,3}in\s{1,3}(?:(?:a|an|heavy|thick|poor)\s{1,3})?[\w-]{1,20})?\s{1,3}(?:from|at|in)\b`,
  'i',
);
/** "crashed shortly after taking off from": a crash soon after the departure, in the one clause. */
const CRASH_SOON_AFTER_TAKE_OFF = new RegExp(
  String.raw`\b(?:${matchAny(CRASH_AT_DEPARTURE.verbs)})\b[^.;:!?]{0,30}?\s${SOON_AFTER}\s{1,3}(?:from|at|in)\b`,
  'i',
);
/** Cues of an approach to land: "as it approached Dallas-Fort Worth International Airport". */
const APPROACH_CUE = new RegExp(`^(?:${matchAny([...APPROACH_CUES.verbs, ...APPROACH_CUES.phrases])})\\b`, 'i');
/** "on its approach to": a phrase of approach that holds its own link to the crash before it. */
const APPROACH_PHRASE = new RegExp(`^(?:${matchAny(APPROACH_CUES.phrases)})\\b`, 'i');
/**
 * "ditched on its approach to Sumburgh": a crash in the clause before the phrase of approach, perhaps with a time
 * and a place between ("went down about 2:50 p.m. near a school on its final approach to"); no other clause
 * ("crashed in 2009 and another was on approach to Aberdeen").
 */
const CRASH_BEFORE_APPROACH = new RegExp(String.raw`\b(?:${matchAny(CRASH_AT_ARRIVAL.verbs)})\b(?:(?!\b(?:${matchAny(CLAUSE_BREAKS)})\b)(?:[^.;:!?,]|(?<=\b[a-z])\.|(?<=\d):(?=\d))){0,60}$`, 'i');
/** "crashed and broke in two as it", "skidded off the runway while": a crash, then the landing it came in. */
const CRASH_ON_LANDING = new RegExp(
  String.raw`\b(?:${matchAny(CRASH_AT_ARRIVAL.verbs)})\b[^.;:!?]{0,60}?\s(?:${matchAny(CRASH_AT_ARRIVAL.links)})\s{1,3}$`,
  'i',
);
/** A verb of approach alone: "approaching", "approached". */
const APPROACH_VERB = new RegExp(`^(?:${matchAny(APPROACH_CUES.verbs)})$`, 'i');
/** A noun of an aircraft anywhere: "plane", "jetliner". */
const AIRCRAFT_NOUN = new RegExp(String.raw`\b(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\b`, 'i');
/** A type by its maker or letters and number, case kept: "An Air Philippines Boeing 737", "The Tu-154". */
const TYPE_NAMED = /(?<![\p{L}\d])\p{Lu}[\p{L}-]*[\s-]?\d{2,4}(?![\d])/u;
/** A type by its name, case kept: "The four-engined Argonaut", "the Caravelle". */
const TYPE_BY_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${matchAny(AIRCRAFT_FAMILIES.flatMap((f) => [...(f.nicknames ?? []), ...(f.names ?? [])])
  .filter((n) => /^\p{Lu}/u.test(n)))})(?![\p{L}])`, 'u');
/**
 * "A commuter plane ... crashed and burned in a wooded area while approaching the airport": an approach a crash
 * was told in, an aircraft's however far back its noun (or its type) stands; not "Troops crashed through the gates
 * while approaching Kyiv".
 */
function crashWhileApproaching(text: string, cue: CueMatch): boolean {
  return APPROACH_VERB.test(cue.text) && CRASH_ON_LANDING.test(text.slice(Math.max(0, cue.start - 80), cue.start))
    && (AIRCRAFT_NOUN.test(text.slice(0, cue.start)) || TYPE_NAMED.test(text.slice(0, cue.start)) || TYPE_BY_NAME.test(text.slice(0, cue.start)));
}
/** "The Southern Airways DC-9 was approaching Tri-State Airport": a craft named by its type, the approach's subject. */
const TYPE_WAS_BEFORE = /(?<![\p{L}\d])\p{Lu}[\p{L}]{0,10}[\s-]?\d{1,4}[\p{L}\d-]{0,4}\s{1,3}(?:was|were)\s{1,3}$/u;
const typeApproaching = (before: string, cue: CueMatch): boolean => APPROACH_VERB.test(cue.text) && TYPE_WAS_BEFORE.test(before);
/** "The plane, due to be", "the aircraft, which was due to be": the craft itself, before a delivery yet to come. */
const CRAFT_DELIVERED_LATER = new RegExp(String.raw`\b(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))}),?\s{1,3}(?:(?:which|that)\s{1,3}(?:was|is)\s{1,3})?(?:due|scheduled|set|expected)\s{1,3}to\s{1,3}be\s{1,3}$`, 'i');
/** "had flown in from Jos": a leg flown before, then a take-off later in the sentence. */
const FLOWN_IN_CUE = /^(?:flown|flew)\s{1,3}in\b/i;
const HAD_BEFORE = /\bhad\s{1,3}$/i;
const TAKE_OFF_LATER = /^[^.;!?]*\b(?:took\s{1,3}off|taking\s{1,3}off|take-?off|takeoff)\b/i;
/** A plain landing, not "an emergency landing": the one a crash may have cut short. */
const LAND_VERB = /^land$/i;
/** "crashed as it tried to", "crash-landed while attempting to": a crash, then the landing it tried. */
const CRASH_TRYING_TO = new RegExp(
  String.raw`\b(?:${matchAny(CRASH_AT_ARRIVAL.verbs)})\b[^.;:!?]{0,60}?\s(?:${matchAny(CRASH_AT_ARRIVAL.links)})\s{1,3}(?:tried|trying|attempted|attempting)\s{1,3}to\s{1,3}$`,
  'i',
);
/**
 * "was trying to land in Guaruja in heavy rain and fog when the pilots aborted the approach": a landing under way,
 * cut short in its clause, was where the flight was going.
 */
const LANDING_UNDER_WAY = /\b(?:was|were)\s{1,3}(?:trying|attempting)\s{1,3}to\s{1,3}$/i;
const CUT_SHORT_AFTER = /^[^.;:!?]{0,90}?\bwhen\b/i;
/** "after his jet was diverted there", "forced to land there": a place the flight went on from. */
const DIVERTED_THERE = new RegExp(`\\b(?:${matchAny(DIVERSION_WORDS)})\\s{1,3}there\\b`, 'i');

/** "Hudson River", "Black Sea", "Lake Baikal"; not "Ocean City". */
function isWater(place: Place): boolean {
  // "the Guantanamo Bay naval base": a known airfield or town named for the water is on land.
  if (place.known && place.kind !== 'region') return false;
  const words = place.name.split(/[\s-]+/).map(fold);
  return !SUFFIXES.has(words[words.length - 1]!) && words.some((w) => WATER.has(w));
}

/**
 * A region of a country right after the last point, with a comma between: "Wichita, Kansas". Two regions
 * of one country in a row are a list ("over Texas, Oklahoma and Kansas"), not a place and its state.
 */
function stateApposition(text: string, previous: RoutePoint, mention: PlaceMention): boolean {
  const before = previous.mention.place;
  // "Everett, Washington": a city named as its state stands for the state after another city of its country.
  const asState = mention.place.kind === 'city' && STATE_NAMED.has(mention.place.id) && before.kind === 'city' && before.known
    && before.id !== mention.place.id && before.country === mention.place.country
    // Not an item of a list: "from Miami, Washington and Boston".
    && !/^\s{0,2}(?:,\s{1,3})?(?:and|or)\b/.test(text.slice(mention.end, mention.end + 8));
  return (mention.place.kind === 'region' || asState) && mention.place.known && previous.end === previous.mention.end
    && before.kind !== 'country' && !(before.kind === 'region' && before.country === mention.place.country)
    && (COUNTRY_APPOSITION.test(text.slice(previous.mention.end, mention.start)) || IN_STATE.test(text.slice(previous.mention.end, mention.start)));
}
const STATE_NAMED: ReadonlySet<string> = new Set(CITIES_NAMED_AS_STATES.map(fold));
/**
 * "Ontario in Southern California": a state after "in", perhaps with the part of it, says where a place lies. So
 * does an island's after "on": "made a stop in Tacloban on Leyte island", "on the island of Leyte".
 */
const IN_STATE = /^\s{1,3}(?:in\s{1,3}(?:(?:southern|northern|eastern|western|central)\s{1,3})?|on\s{1,3}(?:the\s{1,3}island\s{1,3}of\s{1,3})?)$/i;

/** A lower-case noun after a name, perhaps past a letter or number of it: "Gullfaks B platform", "Novo-Ogaryovo residence". */
const OWNED_NOUN_AFTER = /^(?:\s{1,2}[A-Z0-9]{1,2})?\s{1,2}\p{Ll}{3,}/u;

/** The noun of a part of a town after its name, up to the town's: "Gardanibagh neighbourhood of" Patna. */
const TOWN_PART_OF = /^\s{1,3}(?:neighbourhood|neighborhood|quarter|suburb|district)\s{1,3}of\s{1,3}/i;
/**
 * Names the gazetteer lacks that stand after a preposition ("crashed near Korocha"). They become route
 * points only if a cue governs them, like any other place; the month and weekday names are not places.
 */
function bareNames(text: string, known: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const sorted = [...known].sort((x, y) => x.start - y.start);
  let k = 0;
  const located = [...text.matchAll(BARE_NAME_LOCATED)].filter((m) => {
    const at = m.index + m[0].length;
    // Flown there: people are sent or delivered "to" someone, but not flown to them. An aircraft leaves a
    // town: "the King Air 200 had left Concord, North Carolina", not "Smith left Concord, North Carolina".
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    if (!(DEPARTED_LEAD.test(m[0]) ? CRAFT_BEFORE.test(lead) : FLOWN_BEFORE.test(lead))) return false;
    // In a country or a region: a person is more often "in" a city ("delivered to Maduro in Caracas").
    return known.some((p) => p.start === at && p.usage === 'name' && (p.place.kind === 'country' || p.place.kind === 'region')
      // "to Fort Lauderdale, Florida", not "to Smith, Jordan's envoy".
      && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)));
  });
  const listed = [...text.matchAll(BARE_NAME_LISTED)].filter((m) => known.some((p) => p.start === m.index + m[0].length
    && p.usage === 'name' && (p.place.kind === 'country' || p.place.kind === 'region')));
  const routed = [...text.matchAll(BARE_NAME_ROUTE_TO)].filter((m) => FLOWN_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)));
  const matches = [...text.matchAll(BARE_NAME), ...text.matchAll(BARE_NAME_FLOWN), ...text.matchAll(BARE_NAME_OWNED), ...located, ...listed, ...routed]
    .sort((x, y) => x.index - y.index);
  for (const m of matches) {
    let name = m[1]!.replace(/['’]s$/, '');
    let start = m.index + m[0].length - (m[2]?.length ?? 0) - m[1]!.length;
    // "from Statoil's Gullfaks B platform": an owner the gazetteer lacks, whose possessive is no part of the
    // place the noun after it names ("near McDonald's Farm" is all one name).
    const owner = /^\S+['’]s\s+/u.exec(name);
    if (owner && OWNED_NOUN_AFTER.test(text.slice(start + name.length, start + name.length + 30))) {
      name = name.slice(owner[0].length);
      start += owner[0].length;
    }
    let end = start + name.length;
    // "landed in the Tongan capital, Nuku'alofa": the word before "capital" describes the city after it.
    const capital = CAPITAL_AFTER.exec(text.slice(end, end + 20));
    if (capital) {
      const city = CITY_AFTER_CAPITAL.exec(text.slice(end + capital[0].length, end + capital[0].length + 40));
      if (!city) continue;
      end += capital[0].length + city[0].length;
      name = city[1]!;
    }
    // "from the Black Sea resort of Sochi": a name that describes the place named after it.
    if (DESCRIBING_AFTER.test(text.slice(end, end + 48))) continue;
    // "bound for a Nestle distribution centre": a name right after "a" names what the thing is, not where.
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    // "taking off from the Harry S. Truman": a first name and an initial name a person, or a ship named for one.
    if (INITIAL_AFTER.test(text.slice(end, end + 20))) continue;
    const words = name.split(/[ -]/);
    const first = fold(words[0]!);
    if (notNames.has(first) || CALENDAR_WORDS.has(first) || facilities.has(fold(words[words.length - 1]!)) || NOT_BARE.has(fold(name))) continue;
    // "into the Hotelissimo hotel", "outside the Premier League club's stadium": the name of a building or a body.
    const noun = FACILITY_NEXT.exec(text.slice(end, end + 24));
    if (noun && facilities.has(fold(noun[1]!))) continue;
    // Matches come in text order: skip the known places that end before this one, then test the next.
    while (k < sorted.length && sorted[k]!.end <= start) k++;
    const next = sorted[k];
    if (next && next.start < end) continue;
    // "the Gardanibagh neighbourhood of Patna": a part of the known town named after it.
    const part = TOWN_PART_OF.exec(text.slice(end, end + 30));
    const town = part ? known.find((p) => p.start === end + part[0].length && p.usage === 'name' && p.place.kind === 'city') : undefined;
    const place = unknownPlace(name, town || AREA_ENDINGS.has(words[words.length - 1]!) ? 'region' : 'city');
    if (town) place.parent = town.place.id;
    out.push({ place, start, end, text: text.slice(start, end), usage: 'name' });
  }
  return out;
}

function chained(text: string, previous: RoutePoint | undefined, mention: PlaceMention): RoutePoint | undefined {
  if (!previous || previous.role === 'incident') return undefined;
  // From the end of the point, which holds what locates its place: "to Hmeimim in Syria and then to al-Jufra".
  // "from Vnukovo airport, where supporters and journalists had gathered, to Sheremetyevo": what befell the
  // first place is an aside between the two.
  let end = Math.max(previous.mention.end, Math.min(previous.end, mention.start));
  // "from the Borgsten Dolphin rig to Sumburgh": the noun of what the place before is belongs to it.
  if (previous.end === previous.mention.end) end += INSTALLATION_AFTER.exec(text.slice(end, mention.start))?.[0].length ?? 0;
  const from = end + (WHERE_ASIDE.exec(text.slice(end, mention.start))?.[0].length ?? 0);
  const gap = text.slice(from, mention.start);
  if (gap.length > 40) return undefined;
  const link = LINK_TAIL.exec(gap);
  const point = (role: RouteRole, cue: string): RoutePoint =>
    ({ mention, role, near: false, cue, start: from + Math.max(0, gap.search(/[\p{L}]/u)), end: mention.end });
  if (link) {
    const role = ROUTE_LINKS[normalCue(link[1]!)];
    if (role) return point(role, link[1]!);
  }
  // "flew to Qatar, a U.S. defense official said": a place after "a" or "an" describes something else, and
  // "returned to Buenos Aires, Uruguay's defence ministry said" names a party.
  const after = text.slice(mention.end, mention.end + 90);
  if (LIST_TAIL.test(gap) && !INDEFINITE_END.test(gap) && !PARTY_AFTER.test(after) && !NAMED_PARTY_AFTER.test(after)) {
    // "travelling to New York, Los Angeles, San Francisco and Iowa": a list of a plan's places is the plan's.
    return { ...point(previous.role, previous.cue), near: previous.near, ...(previous.planned ? { planned: true } : {}) };
  }
  return undefined;
}

interface CueMatch {
  start: number;
  end: number;
  text: string;
  cue: MotionCue;
  /** "attempted to reach", "barred from leaving": the places it governs are on no route. */
  unrealised?: boolean;
  /** "will be flown home to India": the places it governs are where the flight is to go. */
  planned?: boolean;
  /** "less than a day after Clinton flew to Pyongyang": a trip before the story's, whose arrival is none of its. */
  earlier?: boolean;
}

function cued(text: string, cues: readonly CueMatch[], mention: PlaceMention): RoutePoint | undefined {
  // Cues are in text order and do not overlap: binary search for the last one ending before the place.
  let lo = 0, hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.end <= mention.start) lo = mid + 1;
    else hi = mid;
  }
  // The nearest cue governs the place; when it takes no such preposition ("crashed on takeoff in
  // Tehran": a take-off is from somewhere), the cue before it may.
  // A movement that did not happen claims its place all the same: no cue before it, nor the sea rule, may.
  const attempt = landingCutShort(text, cues, lo, mention);
  if (attempt) return attempt;
  for (const [cue, fallback] of [[cues[lo - 1], false], [lo >= 2 ? cues[lo - 2] : undefined, true]] as const) {
    const point = cuedBy(text, cue, mention, fallback);
    // "Two flights to Rome were planned": the plan may follow the place.
    if (point && (cue!.planned || PLANNED_NEXT.test(text.slice(mention.end, mention.end + 30)))) point.planned = true;
    if (point) return cue!.unrealised || (cue!.earlier && point.role === 'arrival') ? undefined : point;
  }
  return overWater(text, cues, lo, mention);
}

/** "crashed while trying to land at": an incident, then the landing it cut short, in one clause. */
const WHILE_LANDING = /^[^.;:!?"“”]{0,60}\b(?:while|as|when)\b[^.;:!?"“”,]{0,30}$/i;
const LANDING_CUE_WORDS = new Set(LANDING_CUES.map(normalCue));

/**
 * "crashed and burst into flames while trying to land at Jolo airport": the landing never happened, but
 * it places the incident by the field it was trying to reach.
 */
function landingCutShort(text: string, cues: readonly CueMatch[], lo: number, mention: PlaceMention): RoutePoint | undefined {
  const landing = cues[lo - 1], incident = lo >= 2 ? cues[lo - 2] : undefined;
  if (!landing?.unrealised || !incident || incident.unrealised || !LANDING_CUE_WORDS.has(normalCue(landing.text))) return undefined;
  if (incident.cue.preps.at !== 'incident') return undefined;
  if (!WHILE_LANDING.test(text.slice(incident.end, landing.start))) return undefined;
  const point = cuedBy(text, landing, mention);
  if (!point || point.role !== 'arrival') return undefined;
  return { ...point, role: 'incident', near: true, cue: `${incident.text} ${text.slice(landing.start, point.end - mention.text.length).trim()}`, start: incident.start };
}

/**
 * "lost contact with air traffic control about an hour after takeoff, over the South China Sea": a sea
 * after "over" or "off" is where the incident happened, whatever the words between it and the
 * sentence's cue of an incident. A flight goes to no sea, so no other cue may claim it.
 */
function overWater(text: string, cues: readonly CueMatch[], before: number, mention: PlaceMention): RoutePoint | undefined {
  if (!isWater(mention.place)) return undefined;
  const prep = WATER_PREP.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
  if (!prep) return undefined;
  // The nearest cue of an incident before the sea, within reach (cues are in text order).
  let cue: CueMatch | undefined;
  for (let i = before - 1; i >= 0 && mention.start - cues[i]!.end <= CUE_REACH && !cue; i--) {
    if (cues[i]!.cue.preps.over === 'incident') cue = cues[i];
  }
  if (!cue || /[;!?"“”]/.test(text.slice(cue.end, mention.start))) return undefined;
  return { mention, role: 'incident', near: prep[1]!.toLowerCase() === 'off', cue: `${cue.text} ${prep[1]}`, start: cue.start, end: mention.end };
}

/** "a Nestle distribution centre": an indefinite article right before a name the gazetteer lacks. */
const ARTICLE_BEFORE = /\b(?:a|an)\s{1,3}$/i;
/** "a Kyiv suburb": the place's name before the noun of its edge. */
const SUBURB_AFTER = /^\s{1,3}(?:suburb|suburbs|outskirts|exurb)\b/i;
/**
 * "from the G7 summit ", "from his home ": a thing come from, named with its article or its owner, right before
 * "in" and a place; not a bearing ("from the north").
 */
const FROM_A_THING_BEFORE = new RegExp(String.raw`\bfrom\s{1,3}(?:the|a|an|his|her|their)\s{1,3}(?!(?:${matchAny(Object.keys(DIRECTIONS))})\b)[\w-]{1,20}(?:\s{1,3}[\w-]{1,20}){0,2}\s{0,3}$`, 'i');
/** "back from a business trip ", "returning from a state visit ": a trip come back from, right before its cue. */
const FROM_A_TRIP_BEFORE = /\bfrom\s{1,3}(?:a|an|the|his|her|their|its)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i;
/** "to a birthday party ", "to the funeral": a gathering gone to, named with its article, right before "in" and a place. */
const TO_A_THING_BEFORE = new RegExp(String.raw`\bto\s{1,3}(?:the|a|an)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}(?:${matchAny(GATHERINGS_GONE_TO)})\s{0,3}$`, 'i');
/** A person's name, then what the person is, up to the preposition: "Jimmy Leeward, a veteran racer". Not a craft: "a charter". */
const PERSON_APPOSITION = new RegExp(String.raw`\p{Lu}[\p{L}'’-]+\s{1,3}\p{Lu}[\p{L}'’-]+,\s{1,3}an?\s{1,3}(?:[\p{Ll}\d-]+\s{1,3}){0,3}(?!(?:${matchAny([...Object.keys(AIRCRAFT_NOUNS), 'flight', 'charter', 'service'])})\b)[\p{Ll}-]+\s{0,3}$`, 'u');
/** Fillers before a place that put the site beside it: "the outskirts of", "the sea off". */
const NEAR_TAIL = /outskirts|suburbs|\b(?:near|outside|off)\s*$/i;
/** "Karachi's airport", "Moscow's main airport": a city's own airfield, after the city's name. */
const CITY_AIRPORT_AFTER = /^['’]s\s{1,3}(?:(?:main|international|old|new|military)\s{1,3})?(?:airport|airfield|air\s{1,3}base|airbase)\b/i;

function cuedBy(text: string, nearest: CueMatch | undefined, mention: PlaceMention, fallback = false): RoutePoint | undefined {
  if (!nearest || mention.start - nearest.end > CUE_REACH) return undefined;
  if (NO_SITE_AFTER.test(text.slice(mention.end, mention.end + 16))) return undefined;
  const gap = text.slice(nearest.end, mention.start);
  const point = (role: RouteRole, near: boolean, cue: string): RoutePoint =>
    ({ mention, role, near, cue, start: nearest.start, end: mention.end });
  // "plunged into the sea off Beirut": a site off a place is near it.
  if (nearest.cue.direct && DIRECT_TAIL.test(gap)) {
    return fallback ? undefined : point(nearest.cue.direct, nearest.cue.direct === 'incident' && NEAR_TAIL.test(gap), nearest.text);
  }
  const tail = PREP_TAIL.exec(gap);
  if (!tail) return undefined;
  const prep = normalCue(tail[1]!);
  // "carrying him to a birthday party in Des Moines", "carrying the team to a game at Logan, Utah": where the thing
  // gone to was held, so where the flight went.
  const toThing = (prep === 'in' || prep === 'at') && nearest.cue.preps.to === 'arrival' && TO_A_THING_BEFORE.test(gap.slice(0, tail.index));
  const role = toThing ? 'arrival' : nearest.cue.preps[prep];
  if (!role) return undefined;
  const before = gap.slice(0, tail.index).replace(AT_CLOCK, ' ');
  if (/[;!?"“”:]/.test(before)) return undefined;
  // "carrying 160 people, most of them tourists from the French island of Martinique": where those of the aside
  // come from, not the flight.
  if (ASIDE_OF_THEM.test(before) || CUE_IN_ASIDE.test(text.slice(Math.max(0, nearest.start - 80), nearest.start))) return undefined;
  // "flown by 74-year-old Jimmy Leeward, a veteran racer from Florida": where the person named is from.
  if (PERSON_APPOSITION.test(before)) return undefined;
  // "shot down by two missiles fired from Kharkiv": where the weapon came from, not where the plane fell.
  // Nor is "crashed at San Francisco's airport were 16-year-old girls from China" where the victims came from.
  if (role === 'incident' && prep === 'from' && (FIRED_BEFORE.test(before) || !DISTANCE_BEFORE.test(before.replace(CONVERSION, ' ')))) return undefined;
  // "returned home on Monday from an African Union summit in South Africa": the thing come from is no gap of words,
  // nor is a figure given again in brackets.
  const fromThing = role === 'arrival' && prep === 'in' ? FROM_A_THING_BEFORE.exec(before) : null;
  const unconverted = (fromThing ? before.slice(0, fromThing.index) : before).replace(CONVERSION, ' ');
  // "crashed shortly after take-off near Yaroslavl": when it came down, not another clause.
  // "carrying 144 passengers and six crew from Barcelona": an "and" between counts joins a list, no clause.
  // So does one in what a verb of carrying names: "delivered 7.5 tons of medicines and medical supplies to Venezuela".
  const listed = LIST_CUES.has(normalCue(nearest.text)) ? unconverted.replace(/\band\b/gi, ' ') : unconverted.replace(AND_COUNT, ' ');
  const passed = role === 'incident'
    ? listed.replace(AND_BURNED, ' ').replace(SOON_AFTER_TAKE_OFF, ' ').replace(CRAFT_OF_INCIDENT, ' ').replace(IN_WEATHER, ' ').replace(PRACTISING_LANDINGS, ' ')
    : listed;
  const words = passed.toLowerCase().match(/[a-z0-9'’.-]+/g) ?? [];
  if (words.length > (nearest.cue.maxGapWords ?? MAX_GAP_WORDS) || words.some((w) => BREAKS.has(w))) return undefined;
  if (role === 'incident' && words.some((w) => CARRIED_AWAY.has(w))) return undefined;
  // The craft's own "from" takes a known town, airport or base right after the craft, no aside between.
  if (nearest.cue.settlementsOnly && (!mention.place.known || mention.place.kind === 'country' || mention.place.kind === 'region' || /[,()]/.test(before))) return undefined;
  // "Trump arrived from the G7 summit in Quebec": where what he came from was held, so where he set off.
  if (fromThing) return point('departure', false, `${nearest.text} from`);
  // "returning home from jobs in the Gulf": home is where they went; only "home to" names it.
  if (role === 'arrival' && prep !== 'to' && /^\s*home\b/i.test(gap)) return undefined;
  // "the attack took place outside Jordan": outside a country is anywhere but in it, which places nothing.
  if (prep === 'outside' && mention.place.kind === 'country') return undefined;
  // "near Karachi's airport": near the city's own airport is in the city, not beside it.
  // "in a Kyiv suburb": a suburb of the place is near it.
  // Lost from view over a town: near it; in a country or a region: in it.
  const lostNear = nearest.cue.near === true && !['country', 'region'].includes(mention.place.kind);
  const near = (NEAR.has(prep) || lostNear || NEAR_TAIL.test(tail[2] ?? '')
    || SUBURB_AFTER.test(text.slice(mention.end, mention.end + 12))) && !CITY_AIRPORT_AFTER.test(text.slice(mention.end, mention.end + 40));
  // "deliberately sent the jet into the ocean off Nantucket": a craft sent into the water came down there.
  // Not "flew to the Black Sea resort of Sochi", whose sea names where the resort lies.
  // So is "a flight into Lake Victoria", water by its name, and in it.
  const waterWord = role === 'arrival' && (tail[2] ?? '').split(/\s+/).some((w) => w === w.toLowerCase() && WATER.has(fold(w)));
  const intoWater = waterWord || (role === 'arrival' && prep === 'into' && isWater(mention.place));
  // "flying back from a business trip to Arkansas": where the trip went is where the flight set off.
  const tripBack = role === 'arrival' && TRIP_CUES.has(normalCue(nearest.text)) && FROM_A_TRIP_BEFORE.test(text.slice(Math.max(0, nearest.start - 50), nearest.start));
  const result = point(intoWater ? 'incident' : tripBack ? 'departure' : role, near || waterWord, `${nearest.text} ${tail[1]}`);
  if (BEARINGS.has(prep)) result.bearing = prep.replace(/\s*of$/, '').replace(/^from$/, '');
  return result;
}

/** A place on one side of a comparison, as the route facets hold it. */
export interface PlaceRef {
  place: string;
  name?: string;
  near?: boolean;
  /** A known place that locates an unknown one ("... air base near Khartoum"). */
  within?: string;
  /** What kind of place it is: a district the gazetteer lacks may lie in a city it knows. */
  kind?: PlaceKind;
}

/** Relations of a place to one it may hold: the same, one inside the other, or not known apart. */
const NOT_APART: ReadonlySet<PlaceRelation> = new Set(['equal', 'broader', 'narrower', 'unknown']);

/**
 * How two places of the text stand, using what locates an unknown one: "Wadi Seidna air base near
 * Khartoum" is narrower than Khartoum or Sudan, and elsewhere than Omdurman.
 */
export function relateRefs(x: PlaceRef, y: PlaceRef): PlaceRelation {
  const r = relatePlaces(x.place, y.place);
  if (r === 'equal' || r === 'narrower' || r === 'broader') return r;
  const byX = x.within ? relatePlaces(x.within, y.place) : undefined;
  if (byX === 'equal' || byX === 'narrower') return 'narrower';
  const byY = y.within ? relatePlaces(x.place, y.within) : undefined;
  if (byY === 'equal' || byY === 'broader') return 'broader';
  if (x.within && y.within && relatePlaces(x.within, y.within) === 'equal') return 'unknown';
  // "came down on homes in the Karari district" against "crashed in Omdurman": a region the gazetteer lacks
  // may be a district of a city it knows.
  const districtOf = (part: PlaceRef, city: PlaceRef) => part.kind === 'region' && !GAZETTEER.byId.has(resolveId(part.place))
    && part.within === undefined && GAZETTEER.byId.get(siteOf(resolveId(city.place)))?.kind === 'city';
  if (r === 'conflict' && (districtOf(x, y) || districtOf(y, x))) return 'unknown';
  // What lies in (or by) a place of one country is not a place of another: "Ontario, California" against
  // the Canadian province.
  // Areas of no one country ("the Atlantic") say nothing here.
  const countryOf = (id: string) => {
    const place = GAZETTEER.byId.get(siteOf(resolveId(id)));
    return place?.country ?? (place?.kind === 'country' ? place.id : undefined);
  };
  const abroad = (ref: PlaceRef, other: PlaceRef) => {
    if (ref.within === undefined || other.within !== undefined) return false;
    const here = countryOf(ref.within), there = countryOf(other.place);
    return here !== undefined && there !== undefined && here !== there;
  };
  if (abroad(x, y) || abroad(y, x)) return 'conflict';
  // "land at Hobby Field Airport in Texas" against "flying ... to Houston": an airfield the gazetteer lacks, in a
  // region that holds the city, may serve it. Not one located by nothing: "Wadi Halfa International Airport"
  // is no airport of Port Sudan.
  const airfieldOf = (field: PlaceRef, city: PlaceRef) => (field.kind === 'airport' || field.kind === 'base')
    && !GAZETTEER.byId.has(resolveId(field.place)) && GAZETTEER.byId.get(siteOf(resolveId(city.place)))?.kind === 'city'
    && field.within !== undefined && relatePlaces(field.within, city.place) === 'broader';
  if (r === 'conflict' && (airfieldOf(x, y) || airfieldOf(y, x))) return 'unknown';
  // "left Newark Liberty International Airport" against "flying from Newark": an airfield the gazetteer lacks,
  // named after a place, lies in it; so does "Greenville-Spartanburg International Airport in South Carolina"
  // in a Greenville told nothing of or told in that state, not in "Greenville, Mississippi".
  const locatedAs = (field: PlaceRef, place: PlaceRef) => field.within === undefined
    || NOT_APART.has(relatePlaces(field.within, place.within ?? place.place));
  const namedFor = (field: PlaceRef, place: PlaceRef) => (field.kind === 'airport' || field.kind === 'base')
    && !GAZETTEER.byId.has(resolveId(field.place)) && field.place.startsWith(`${place.place} `) && locatedAs(field, place);
  if (r === 'conflict' && namedFor(x, y)) return 'narrower';
  if (r === 'conflict' && namedFor(y, x)) return 'broader';
  return r;
}

export interface PlaceSetJudgement {
  verdict: 'agree' | 'partial' | 'conflict';
  explanation: string;
}

/**
 * Reduces a set of places to its most specific ones: Venezuela goes when Caracas is there, an airport
 * and the city it serves are one site, and Sudan goes when "Wadi Seidna air base near Khartoum" is there.
 */
export function mostSpecific<P extends PlaceRef>(places: readonly P[]): P[] {
  const bySite = new Map<string, P>();
  for (const p of places) {
    const site = siteOf(resolveId(p.place));
    if (!bySite.has(site)) bySite.set(site, p);
  }
  // Where each site lies, as far as the text says: a place the gazetteer lacks lies in what locates it.
  const inside = [...bySite].map(([site, p]) => [site, p.within ? siteOf(resolveId(p.within)) : undefined] as const);
  const holds = (site: string) => inside.some(([other, within]) =>
    other !== site && (contains(site, other) || (within !== undefined && (within === site || contains(site, within)))));
  // An area of no one country ("the first shipment ... to reach Africa") may hold any site of a country beside it.
  const area = (site: string) => { const p = GAZETTEER.byId.get(site); return p?.kind === 'region' && !p.parent; };
  const inCountry = [...bySite.keys()].some((site) => GAZETTEER.byId.get(site)?.country !== undefined);
  return [...bySite].filter(([site]) => !holds(site) && !(inCountry && area(site))).map(([, p]) => p);
}

/**
 * Judges two sets of places of one role: agree when both reduce to the same sites, partial when one
 * side is more specific (Venezuela / Caracas) or names more, conflict when each side names a place
 * the other's places exclude (Caracas / Havana).
 */
export function judgePlaceSets(a: readonly PlaceRef[], b: readonly PlaceRef[], what: string): PlaceSetJudgement {
  // "the Nevatim air base in southern Israel" against "Nevatim Airbase" and "Israel": where one side locates a
  // site the gazetteer lacks, the other's site of that name lies there too.
  const located = new Map(a.concat(b).filter((p) => p.within !== undefined).map((p) => [resolveId(p.place), p.within!]));
  const lend = (ps: readonly PlaceRef[]) => ps.map((p) => (p.within === undefined && located.has(resolveId(p.place))
    && !GAZETTEER.byId.has(resolveId(p.place)) ? { ...p, within: located.get(resolveId(p.place))! } : p));
  const ra = mostSpecific(lend(a)), rb = mostSpecific(lend(b));
  const name = (p: PlaceRef) => describePlace(resolveId(p.place), p.name);
  const relatedA = new Set<PlaceRef>(), relatedB = new Set<PlaceRef>();
  const equalA = new Set<PlaceRef>(), equalB = new Set<PlaceRef>();
  let moreSpecific: 'a' | 'b' | undefined;
  for (const x of ra) {
    for (const y of rb) {
      const r = relateRefs(x, y);
      if (r === 'conflict') continue;
      relatedA.add(x);
      relatedB.add(y);
      if (r === 'equal') {
        equalA.add(x);
        equalB.add(y);
      } else if (r === 'narrower') moreSpecific ??= 'a';
      else if (r === 'broader') moreSpecific ??= 'b';
    }
  }
  const loneA = ra.filter((x) => !relatedA.has(x)), loneB = rb.filter((y) => !relatedB.has(y));
  if (loneA.length > 0 && loneB.length > 0) {
    return { verdict: 'conflict', explanation: `${what}: a says ${loneA.map(name).join(', ')}; b says ${loneB.map(name).join(', ')}` };
  }
  if (equalA.size === ra.length && equalB.size === rb.length) {
    return { verdict: 'agree', explanation: `${what}: both ${ra.map(name).join(', ')}` };
  }
  const parts: string[] = [];
  if (moreSpecific) parts.push(`${moreSpecific} is more specific`);
  if (loneA.length) parts.push(`only a names ${loneA.map(name).join(', ')}`);
  if (loneB.length) parts.push(`only b names ${loneB.map(name).join(', ')}`);
  if (parts.length === 0) parts.push('the places may coincide');
  return { verdict: 'partial', explanation: `${what}: ${parts.join('; ')}` };
}

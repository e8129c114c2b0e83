import { findNumbers, type NumberMention } from '../text/numbers.js';
import { findPlaces, findRoutePoints, mayHoldRoutePoints, type PlaceMention, type RoutePoint } from '../text/places.js';
import { findMeasures, type Measure } from '../text/units.js';
import type { SentenceContext } from './facet.js';
import { matchAny } from '../lexicon/match.js';
import { MONTHS, PERIOD_MARKERS, WEEKDAYS } from '../lexicon/time.js';
import { TRAVELLER_CUES } from '../lexicon/motion.js';
import { CRAFT_NOUNS, RESCUE_BEFORE_FATE } from '../lexicon/roles.js';
import { NAME_PARTICLES, TITLE_WORDS } from '../lexicon/titles.js';
import { AIRCRAFT_FAMILIES } from '../lexicon/aircraft.js';

const ONE_CRAFT = String.raw`(?:the|an?)\s{1,3}[^,;.!?]{0,40}?\b(?:${matchAny(CRAFT_NOUNS)})\b`;
/**
 * "... aboard a passenger jet and an Army helicopter": everyone aboard two craft; or by their number: "killing all 71
 * people on board the two aircraft", "aboard both planes".
 */
export const TWO_CRAFT_AFTER = new RegExp(String.raw`^\s{1,3}(?:${ONE_CRAFT}\s{1,3}and\s{1,3}${ONE_CRAFT}`
  + String.raw`|(?:the\s{1,3})?(?:two|both|three)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:${matchAny(CRAFT_NOUNS.flatMap((n) => [n, `${n}s`]))})\b)`, 'i');
/** "killing all 71 people on the two planes": everyone aboard several craft, told after the group by where they were. */
export const ON_SEVERAL_CRAFT_AFTER = new RegExp(String.raw`^\s{1,3}(?:on|aboard|on\s{1,3}board)(?=\s)${TWO_CRAFT_AFTER.source.slice(1)}`, 'i');
/** A type named by a word: "Trident", "Caravelle", "Hercules". */
const TYPE_WORDS = matchAny(AIRCRAFT_FAMILIES.flatMap((f) => [...(f.nicknames ?? []), ...(f.names ?? [])]).filter((n) => /^\p{Lu}/u.test(n)));
/** "died on the Aeromexico DC-9", "All 63 people on the British Airways Trident 3": on one craft, told by its noun or its type. */
export const ON_ONE_CRAFT_AFTER = new RegExp(String.raw`^\s{1,3}(?:on|aboard|on\s{1,3}board)\s{1,3}(?:the|an?)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?`
  + String.raw`(?:(?:${matchAny(CRAFT_NOUNS)})\b|\p{Lu}{1,3}-?\d{1,4}[\p{L}\d-]{0,6}(?![\p{L}\d])|(?:${TYPE_WORDS})(?![\p{L}]))`, 'u');

/**
 * "pulled from the wreckage", "rescued from the sea": a rescue that describes a group right after it, on the
 * way to the group's fate ("Three women pulled from the wreckage remain in critical condition").
 */
export const RESCUED_DESCRIBED = String.raw`\s{1,3}(?:${matchAny(RESCUE_BEFORE_FATE)})(?:\s{1,3}alive)?(?:\s{1,3}from\s{1,3}(?:the\s{1,3})?[a-z-]{2,20})?`;

/** Ranks of those who fly the craft. */
const CREW_TITLES = new Set(['Pilot', 'Captain', 'Capt', 'First', 'Officer', 'Lieutenant', 'Lt']);
const TRAVELLER_SUBJECT = new RegExp(String.raw`^\s*(?:(?:${matchAny(TITLE_WORDS.filter((t) => !CREW_TITLES.has(t)))})\.?\s{1,3})+\p{Lu}`, 'u');
const TRAVELLER_CUE = new RegExp(String.raw`^(?:${matchAny(TRAVELLER_CUES)})\b`, 'i');
const CRAFT_WORD = new RegExp(String.raw`\b(?:${matchAny(CRAFT_NOUNS)})s?\b`, 'i');

/**
 * A traveller's journey: a person by title and name, the sentence's subject, going with a cue of travel, no craft
 * between ("Mr. Cutting, 46, was returning to Washington from his home in Santa Fe"). Where a traveller went and
 * set off from may lie beyond the flight's ends. Not the crew by their rank ("Captain Ruiz was returning to
 * base"): where the pilot went, the flight went.
 */
export function isTravellersJourney(text: string, p: RoutePoint): boolean {
  const subject = text.slice(0, p.start);
  return TRAVELLER_CUE.test(p.cue) && TRAVELLER_SUBJECT.test(subject) && !CRAFT_WORD.test(subject);
}

/**
 * Reads one analysis of a sentence once, however many facets ask for it: origin, destination and location
 * all need the sentence's route points, four facets its numbers. The memo is keyed weakly by the context
 * object (src/extract.ts makes one per sentence per comparison), so it holds nothing once the comparison
 * is done, and a context whose text was replaced is read afresh. Callers must treat the result as read-only.
 */
export function perSentence<T>(analyse: (sentence: SentenceContext) => T): (sentence: SentenceContext) => T {
  const memo = new WeakMap<SentenceContext, { text: string; value: T }>();
  return (sentence) => {
    const hit = memo.get(sentence);
    if (hit && hit.text === sentence.text) return hit.value;
    const value = analyse(sentence);
    memo.set(sentence, { text: sentence.text, value });
    return value;
  };
}

/** The places named in the sentence. */
export const placesIn: (sentence: SentenceContext) => readonly PlaceMention[] = perSentence((s) => findPlaces(s.text));

/** The places a cue puts on a route or at an incident. */
export const routePointsIn: (sentence: SentenceContext) => readonly RoutePoint[] =
  perSentence((s) => (mayHoldRoutePoints(s.text) ? findRoutePoints(s.text, placesIn(s)) : []));

/** The figures of the sentence. */
export const numbersIn: (sentence: SentenceContext) => readonly NumberMention[] = perSentence((s) => findNumbers(s.text));

/** The measures (weights, distances, durations) of the sentence. */
export const measuresIn: (sentence: SentenceContext) => readonly Measure[] =
  perSentence((s) => findMeasures(s.text, numbersIn(s)));

/**
 * "killing him and all seven others aboard", "killed the pilot and two others", "killing the island's chief of
 * general staff and seven other officers": one named or described, and the rest.
 */
// A name may hold lower-case words: "killed President Zia ul-Haq and 29 others", "Ursula von der Leyen".
const NAME_PART = String.raw`(?:\p{Lu}[\p{L}'’-]+|(?:${matchAny(NAME_PARTICLES)})(?:-\p{Lu}[\p{L}'’-]+)?)`;
// "killing singer Aaliyah and all eight others": a name may follow what the person does. "was killed along with
// eight other people", "died with five others Thursday night", "Enrico Mattei, the oil chief ..., killed with two other
// men": the one is the subject.
const ONE_AND_BEFORE = new RegExp(String.raw`(?:\b(?:killing|killed|kills)\s{1,3}(?:him|her|(?:the|its|his|her|their)\s{1,3}(?:[\p{L}'’-]{1,20}\s{1,3}){0,5}?[\p{L}-]{2,20}`
  + String.raw`|(?:[\p{Ll}&-]{3,20}\s{1,3}){0,2}\p{Lu}[\p{L}'’-]+(?:\s{1,3}${NAME_PART}){0,3})\s{1,3}and`
  + String.raw`|(?:\bwas\s{1,3}killed|(?<=,\s{1,3})killed|\bdied)\s{1,3}(?:(?:on\s{1,3}\p{Lu}[\p{L}]+|yesterday|today)\s{1,3})?(?:(?:along|together)\s{1,3})?with)\s{1,3}(?:all\s{1,3})?$`, 'u');
/**
 * "carrying Vice President Saulos Chilima and nine other people", "carrying golfer Payne Stewart and five other
 * people", "carrying country singer Patsy Cline and three other people", "carrying a child patient and five other
 * people": one named or described aboard, and the rest.
 */
const CARRYING_ONE_AND = /\b(?:carrying|carried|with)\s{1,3}(?:(?:[\p{Ll}-]{3,20}\s{1,3}){0,2}(?:\p{Lu}[\p{L}'’.-]*\s{1,3}){0,5}\p{Lu}[\p{L}'’-]+|(?:an?|one)\s{1,3}(?:[\p{Ll}-]{2,20}\s{1,3}){0,2}[\p{Ll}-]{2,20})\s{1,3}and\s{1,3}$/u;
/**
 * "others", "other people", "other officers", "other crew members", "other men"; and the members of the one's own
 * company: "Graham Hill and five members of his racing team".
 */
const OTHERS_AFTER = new RegExp(String.raw`^\s{1,3}(?:other\s{1,3}(?:people|personnel|crew(?:\s{1,3}members)?|men|women|children|[a-z-]{3,20}s)|others`
  + String.raw`|members\s{1,3}of\s{1,3}(?:his|her|their)\s{1,3}(?:[a-z-]{3,20}\s{1,3})?(?:team|crew|band|staff|party|family|entourage|delegation))\b`
  + String.raw`(\s{1,3}(?:aboard|on\s{1,3}board))?`, 'i');

/**
 * The victims of "killing him and all seven others aboard" counted at its figure `n`: one more than the
 * figure, whether the sentence puts them aboard, and the span from the verb to "others" (or "aboard").
 */
export function oneAndOthers(text: string, n: NumberMention): { count: NumberMention['value']; aboard: boolean; carried?: true; start: number; end: number } | undefined {
  const others = OTHERS_AFTER.exec(text.slice(n.end, n.end + 30));
  if (!others) return undefined;
  const before = text.slice(Math.max(0, n.start - 80), n.start);
  const killed = ONE_AND_BEFORE.exec(before);
  const carried = killed ? null : CARRYING_ONE_AND.exec(before);
  const lead = killed ?? carried;
  if (!lead) return undefined;
  const count = { min: n.value.min + 1, max: n.value.max + 1 };
  // Carried, they are everyone aboard; killed, they are the dead.
  if (carried) return { count, aboard: true, carried: true, start: n.start - lead[0].length, end: n.end + others[0].length };
  return { count, aboard: others[1] !== undefined, start: n.start - lead[0].length, end: n.end + others[0].length };
}

/**
 * Text that ends a few words into a clause starting a period: "his first trip abroad since Russia invaded his
 * country in", "the first flight since thousands of". What such a clause holds (a date, a count) is of what
 * started the period, not of the story's event. The clause stops at a conjunction: "since the war and flew". A
 * period that starts at a day is no clause: "missing since Friday with 50 men aboard" counts those aboard.
 */
export const sinceClauseBefore = (maxWords: number): RegExp => new RegExp(
  String.raw`\b(?:${matchAny(PERIOD_MARKERS.start)})\s{1,3}(?!(?:${matchAny([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), 'yesterday', 'today'])})\b)`
  + String.raw`(?:(?!(?:and|but|then|when|while|before|after|as)\s)[\p{L}'’-]{1,20}\s{1,3}){0,${maxWords}}$`, 'iu');

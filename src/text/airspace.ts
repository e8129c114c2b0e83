import {
  AIRSPACE_NOUNS, AIRSPACE_QUALIFIERS, DENIAL_AUXILIARIES, DENIALS, DOWNED_VERBS, DENIALS_RIGHT_BEFORE, OTHER_MOMENT_AFTER, INSIDE_AFTER, INSIDE_CUES, NO_OWNER_WORDS, NOT_MADE_BEFORE, ONLY_CUES, OPEN_WATERS,
  OVERFLIGHT_CUES, OWNER_PRONOUNS, UNCERTAIN,
} from '../lexicon/airspace.js';
import { lexiconGate, matchAny } from '../lexicon/match.js';
import { UNREALISED_BEFORE } from '../lexicon/motion.js';
import { WEEKDAYS } from '../lexicon/time.js';
import { placeById, relatePlaces, type PlaceMention } from './places.js';
import { REJECTED_VERB_BEFORE } from './rejected.js';

/**
 * Where an aircraft was, told by whose air it was in: `inside` ("violated Turkish airspace"), `outside`
 * ("did not enter US airspace"), or `only` that one throughout ("stayed within Syrian airspace").
 */
export type AirspacePresence = 'inside' | 'outside' | 'only';

export interface AirspaceMention {
  /** The owner's place id (a country or region), or {@link INTERNATIONAL}. */
  place: string;
  name: string;
  presence: AirspacePresence;
  /** Offsets of the words, cue and owner included: "had strayed into Turkey's airspace". */
  start: number;
  end: number;
}

/** The id of the air of no country: "international airspace", "over neutral waters". */
export const INTERNATIONAL = 'international airspace';

const mayHold = lexiconGate([...AIRSPACE_NOUNS, ...OPEN_WATERS, ...OVERFLIGHT_CUES]);
const OVERFLIGHT = new RegExp(String.raw`(?<![A-Za-z0-9-])(?:${matchAny(OVERFLIGHT_CUES)})\s{1,3}(?:the\s{1,3})?`, 'gi');
const NOUN = new RegExp(String.raw`(?<![A-Za-z0-9-])(?:${matchAny(AIRSPACE_NOUNS)})(?![A-Za-z0-9-])`, 'gi');
const WATERS = new RegExp(String.raw`(?<![A-Za-z0-9-])(?:${matchAny(OPEN_WATERS)})(?![A-Za-z0-9-])`, 'gi');
const QUALIFIER_END = new RegExp(String.raw`(?:(?<![A-Za-z])(?:${matchAny(AIRSPACE_QUALIFIERS)})\s+)?$`, 'i');
const NO_OWNER_END = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny(NO_OWNER_WORDS)})\s+$`, 'i');
const PRONOUN_END = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny(OWNER_PRONOUNS)})\s+$`, 'i');
/** What may join an owner to the noun, or two owners of a list: "Turkey's", "US or Canadian". */
const POSSESSIVE_GAP = /^(?:['’]s)?\s{1,3}$/;
const LIST_GAP = /^(?:['’]s)?\s{0,3}(?:,|,?\s{1,3}(?:and|or|and\/or|nor))\s{1,3}$/i;
const OF_AFTER = /^\s{1,3}of\s{1,3}(?:the\s{1,3})?/i;
const THE_END = /(?<![A-Za-z])the\s{1,3}$/i;
const ONLY_END = new RegExp(String.raw`(?<![A-Za-z'’])(?:${matchAny(ONLY_CUES)})\s{1,3}$`, 'i');
const INSIDE_END = new RegExp(String.raw`(?<![A-Za-z'’])(?:${matchAny(INSIDE_CUES)})\s{1,3}$`, 'i');
const OVER_END = /(?<![A-Za-z])over\s{1,3}$/i;
/** "were downed in international waters": an aircraft brought down, in its clause, right before "in". */
const DOWNED_IN_END = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny(DOWNED_VERBS)})(?![A-Za-z])[^.;:,]{0,50}?\sin\s{1,3}(?:the\s{1,3})?$`, 'i');
const TERRITORIAL_END = /(?<![A-Za-z])territorial\s{1,3}$/i;
const INSIDE_NEXT = new RegExp(String.raw`^\s{1,3}(?:${matchAny(INSIDE_AFTER)})(?![A-Za-z])`, 'i');
const NOT_MADE_END = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny([...NOT_MADE_BEFORE, ...UNREALISED_BEFORE])})\s{1,3}$`, 'i');
const UNCERTAIN_WORD = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny(UNCERTAIN)})(?![A-Za-z])`, 'i');
const DENIAL_WORD = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny(DENIALS.filter((d) => /^[a-z]/i.test(d)))})(?![A-Za-z])|n['’]t(?![A-Za-z])`, 'gi');
const DENIAL_RIGHT_BEFORE = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny(DENIALS_RIGHT_BEFORE)})\s{1,3}$`, 'i');
const AUXILIARY_END = new RegExp(String.raw`(?<![A-Za-z])(?:${matchAny(DENIAL_AUXILIARIES)})\s{1,3}$`, 'i');
const DENIAL_DAY = new RegExp(String.raw`^\s{1,3}on\s{1,3}(?:${matchAny(Object.keys(WEEKDAYS))})\b`, 'i');
/** "denied that its Su-24 had ever violated": how many words a denial may stand before its cue. */
const DENIAL_WORDS_BETWEEN = 5;
/** Where the clause of a cue begins: nothing before it bears on the cue. */
const CLAUSE_START = /[;:()\u2014\u2013"“”]|,\s{1,3}(?:but|while|whereas|and|although)(?![A-Za-z])|(?<![A-Za-z])but(?![A-Za-z])/gi;
/** How far before a cue a denial is looked for, in characters. */
const DENIAL_REACH = 48;
/** How far before an owner its cue's clause is read, in characters. */
const CUE_REACH = 120;

/**
 * The airspaces a sentence puts an aircraft in or out of. Only an owner that is a country or region, or
 * the air of none, counts: "NATO airspace" and "closed its airspace" (no cue) say nothing of where it was.
 */
export function findAirspaces(text: string, places: readonly PlaceMention[]): AirspaceMention[] {
  if (!mayHold(text)) return [];
  const found: AirspaceMention[] = [];
  for (const noun of text.matchAll(NOUN)) {
    const nounStart = noun.index, nounEnd = nounStart + noun[0].length;
    const owned = ownersOf(text, places, nounStart, nounEnd);
    if (owned) pushPresence(found, text, owned, nounEnd);
  }
  for (const waters of text.matchAll(WATERS)) {
    // Only the air over water ("flew over neutral waters", "over Cuban territorial waters"), never a ship "in
    // international waters"; but an aircraft "downed in international waters" fell there.
    const end = waters.index + waters[0].length;
    const territorial = TERRITORIAL_END.test(text.slice(Math.max(0, waters.index - 20), waters.index));
    const owned = territorial ? ownersOf(text, places, waters.index, end) : undefined;
    const before = text.slice(Math.max(0, waters.index - 40), waters.index);
    const none = territorial ? null : NO_OWNER_END.exec(before);
    const head = owned?.head ?? (none ? withArticle(text, waters.index - (before.length - none.index)) : undefined);
    if (head === undefined || (owned && owned.owners.some((o) => o.place === INTERNATIONAL))) continue;
    const lead = text.slice(Math.max(0, head - 100), head);
    if (!OVER_END.test(lead) && !DOWNED_IN_END.test(lead)) continue;
    pushPresence(found, text, owned ?? { owners: [{ place: INTERNATIONAL, name: INTERNATIONAL }], head, end }, end);
  }
  for (const cue of text.matchAll(OVERFLIGHT)) {
    const owned = overflown(text, places, cue.index + cue[0].length);
    if (owned) pushPresence(found, text, { ...owned, head: cue.index }, owned.end, true);
  }
  return found;
}

/** "flew over Turkey and Bulgaria": the countries of the places named after an overflight cue. */
function overflown(text: string, places: readonly PlaceMention[], at: number): Owned | undefined {
  const list: PlaceMention[] = [];
  for (let next = places.find((p) => p.start === at && p.usage === 'name'); next && list.length < 6;) {
    list.push(next);
    const end = next.end;
    next = places.find((p) => p.start > end && p.usage === 'name' && LIST_GAP.test(text.slice(end, p.start)));
  }
  const owners = list.map((m) => (m.place.kind === 'region' && !m.place.parent ? undefined : ownerOf(m))).filter((o) => o !== undefined);
  return owners.length ? { owners, head: at, end: list.at(-1)!.end } : undefined;
}

/** Where a phrase begins with the article before it: "the airspace of Turkey". */
function withArticle(text: string, head: number): number {
  return head - (THE_END.exec(text.slice(Math.max(0, head - 8), head))?.[0].length ?? 0);
}

interface Owned {
  owners: { place: string; name: string }[];
  /** Where the owner phrase begins, "the" included. */
  head: number;
  end: number;
}

function ownersOf(text: string, places: readonly PlaceMention[], nounStart: number, nounEnd: number): Owned | undefined {
  const before = text.slice(Math.max(0, nounStart - 80), nounStart);
  const cut = nounStart - QUALIFIER_END.exec(before)![0].length;
  const lead = text.slice(Math.max(0, cut - 80), cut);
  const withThe = (head: number) => withArticle(text, head);
  const none = NO_OWNER_END.exec(lead);
  if (none) return { owners: [{ place: INTERNATIONAL, name: INTERNATIONAL }], head: withThe(cut - (lead.length - none.index)), end: nounEnd };
  const pronoun = PRONOUN_END.exec(lead);
  if (pronoun) {
    const head = cut - (lead.length - pronoun.index);
    const subject = places.find((p) => p.usage === 'name' && p.end <= head);
    const owner = subject && ownerOf(subject);
    return owner ? { owners: [owner], head, end: nounEnd } : undefined;
  }
  const byEnd = (end: number, gap: RegExp) => places.filter((p) => p.end <= end && gap.test(text.slice(p.end, end))).at(-1);
  let first = byEnd(cut, POSSESSIVE_GAP);
  if (first) {
    const list: PlaceMention[] = [first];
    for (let prev = byEnd(first.start, LIST_GAP); prev && list.length < 6; prev = byEnd(prev.start, LIST_GAP)) {
      list.unshift(prev);
      first = prev;
    }
    const owners = list.map(ownerOf).filter((o) => o !== undefined);
    return owners.length ? { owners, head: withThe(first.start), end: nounEnd } : undefined;
  }
  // "the airspace of Turkey".
  const of = OF_AFTER.exec(text.slice(nounEnd, nounEnd + 12));
  const after = of && places.find((p) => p.start === nounEnd + of[0].length && p.usage === 'name');
  const owner = after && ownerOf(after);
  return owner ? { owners: [owner], head: withThe(cut), end: after.end } : undefined;
}

/** The country or region whose air a place mention names: a city stands for its country ("Moscow says"). */
function ownerOf(mention: PlaceMention): { place: string; name: string } | undefined {
  const place = mention.place;
  if (place.kind === 'country' || place.kind === 'region') return { place: place.id, name: place.name };
  const country = mention.usage === 'name' && place.kind === 'city' && place.country ? placeById(place.country) : undefined;
  if (country) return { place: country.id, name: country.name };
  return undefined;
}

/** "... Chinese airspace without permission when it landed on Hainan", "... and left it": a presence of another moment. */
const OTHER_MOMENT = new RegExp(`^[^.;,]{0,40}?\\b(?:${matchAny(OTHER_MOMENT_AFTER)})\\b`, 'i');

function pushPresence(found: AirspaceMention[], text: string, owned: Owned, nounEnd: number, cued = false): void {
  if (OTHER_MOMENT.test(text.slice(owned.end, owned.end + 80))) return;
  const presence = presenceBefore(text, owned.head, nounEnd, cued);
  if (!presence) return;
  for (const o of owned.owners) {
    found.push({ ...o, presence: presence.presence, start: Math.min(presence.start, owned.head), end: Math.max(owned.end, presence.end) });
  }
}

/** What the cue before an owner phrase (or the verb after it) says of the aircraft's presence there. */
function presenceBefore(text: string, head: number, nounEnd: number, cued = false): { presence: AirspacePresence; start: number; end: number } | undefined {
  const from = Math.max(0, head - CUE_REACH);
  let window = text.slice(from, head);
  let clause = 0;
  for (const m of window.matchAll(CLAUSE_START)) clause = m.index + m[0].length;
  window = window.slice(clause);
  const offset = from + clause;
  // An overflight cue is the phrase's own, at its head.
  const only = cued ? null : ONLY_END.exec(window);
  if (only) return { presence: 'only', start: offset + only.index, end: nounEnd };
  const inside = cued ? null : INSIDE_END.exec(window);
  const after = inside || cued ? undefined : INSIDE_NEXT.exec(text.slice(nounEnd, nounEnd + 40));
  if (!inside && !after && !cued) return undefined;
  const cueStart = inside ? inside.index : window.length;
  const nearStart = Math.max(0, cueStart - DENIAL_REACH);
  const near = window.slice(nearStart, cueStart);
  if (NOT_MADE_END.test(near) || UNCERTAIN_WORD.test(near)) return undefined;
  const end = after ? nounEnd + after[0].length : nounEnd;
  const denial = denialBefore(near);
  // The quote holds the denial, so a reader sees why the aircraft was not there.
  if (denial !== undefined) return { presence: 'outside', start: offset + nearStart + denial, end };
  // "rejected Poland's claim that two of its helicopters had flown into Polish airspace": a party's claim rejected.
  const rejected = REJECTED_VERB_BEFORE.exec(text.slice(0, offset + cueStart));
  if (rejected) return { presence: 'outside', start: rejected.index, end };
  return { presence: 'inside', start: offset + cueStart, end };
}

/** Where the words before a cue deny it ("had not", "denied that the plane had"), if they do. */
function denialBefore(near: string): number | undefined {
  const right = DENIAL_RIGHT_BEFORE.exec(near);
  if (right) return right.index;
  // A denial counts only within the cue's own phrase: "Not long after take-off, the jet entered" and "flew
  // for an hour without a transponder and then entered" do not deny.
  const phraseStart = near.lastIndexOf(',') + 1;
  let last: RegExpExecArray | undefined;
  for (const m of near.slice(phraseStart).matchAll(DENIAL_WORD)) last = m;
  if (!last) return undefined;
  const denial = phraseStart + last.index;
  // "didn't", "did not": the quote starts at the verb the denial belongs to.
  const lead = near.slice(0, denial);
  const start = /^n['’]t/i.test(last[0]) ? lead.search(/[A-Za-z]+$/) : denial - (AUXILIARY_END.exec(lead)?.[0].length ?? 0);
  // The day of the denial is no word between it and its cue: "denied on Tuesday that its aircraft had violated".
  const between = near.slice(denial + last[0].length).replace(DENIAL_DAY, ' ').match(/[A-Za-z0-9'’-]+/g) ?? [];
  const close = between.length <= DENIAL_WORDS_BETWEEN && !between.some((w) => /^(?:and|then|but)$/i.test(w));
  return close ? start : undefined;
}

/** Whether two owners name the same air, or one holds the other (Crimea and Ukraine). */
export function sameAirspaceOwner(x: string, y: string): boolean {
  if (x === INTERNATIONAL || y === INTERNATIONAL) return x === y;
  const r = relatePlaces(x, y);
  return r === 'equal' || r === 'narrower' || r === 'broader';
}

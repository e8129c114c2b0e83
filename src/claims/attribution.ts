import {
  ACCORDING_TO, CITING, COUNTRY_ADJECTIVES, INVERTED_VERBS, NON_PARTY_OBJECTS, OUTLETS, PARTY_PRONOUNS, QUOTING,
  REPORTING_VERBS, SOURCE_ALIASES, SOURCE_NOUNS, SPELLING_VARIANTS, SPOKESPERSON_NOUNS, SUBJECT_ADVERBS,
  SUBJECT_CONNECTORS, OBJECT_PREPOSITIONS, SUBJECT_STOPS, CLAIMING_TALK, ACCOUNT_NOUNS, LY_NOUNS, TIME_NOUNS,
} from '../lexicon/attribution.js';
import { AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { fold, gatedScan, matchAny } from '../lexicon/match.js';
import { MONTHS, RELATIVE_DAYS, RELATIVE_PERIODS, WEEKDAYS } from '../lexicon/time.js';
import { REJECTING_LEAD } from '../text/rejected.js';

/** Words of a sentence at their offsets (relative to the sentence). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A stretch of a sentence that one speaker's claim can cover: split at ";", ", while", ", but". */
export interface Clause {
  start: number;
  end: number;
}

/** Who asserts the claims of one clause of a sentence. */
export interface AttributionSpan extends Span {
  /** The party, normalised: "sputnik", "associated press", "russian defence ministry". */
  source: string;
  /** Index into the sentence's clauses of the clause the attribution sits in. */
  clause: number;
  /**
   * True when the party opens a clause joined by ", and" ("... crashed on Thursday, and Kiev said it had
   * been shot down") or by "after", "when" ("... came down after the pilot reported engine trouble"): it
   * asserts what follows, not what the sentence said before it.
   */
  joined?: boolean;
}

/**
 * "A Telegram channel linked to Wagner, Grey Zone, said": a described party with its name set off by commas
 * (the name is the party); "Grey Zone, a Telegram channel linked to Wagner, said": a name, then an aside.
 */
const NAMED_AFTER_DESCRIPTION = /(?:^|[.;:!?]\s{1,3})((?:A|An|The)\s[^,;.!?"“”]{2,80},\s{1,3}((?:\p{Lu}[\p{L}'’.&-]*\s{1,3}){0,3}\p{Lu}[\p{L}'’.&-]*)),\s{0,3}$/u;
const ASIDE_AFTER_NAME = /,\s{1,3}(?:an?|the)\s[^,;.!?"“”]{2,80},\s{0,3}$/;
/** The name before such an aside, alone at the start of its clause: "Grey Zone", "John Smith". */
const NAME_OPENING = /(?:^|[.;:!?]\s{1,3})(?:\p{Lu}[\p{L}'’.&-]*\s{1,3}){0,3}\p{Lu}[\p{L}'’.&-]*$/u;
/**
 * "Speculation that ...", "amid social media reports that ...": talk as the source of the claim after it. A
 * subject follows "that"; a verb would make it a relative clause ("The reports that came in ...").
 */
const TALK_THAT = new RegExp(String.raw`(?:^|\b(?:${matchAny(CLAIMING_TALK.before)})\s{1,3})((?:(?!(?:the|a|an|these|those)\s)[\p{L}'’-]+\s{1,3}){0,2}?(?:${matchAny(CLAIMING_TALK.nouns)}))\s{1,3}that\s{1,3}(?=(?:the|an?|it|they|he|she|its|their|his|her|this|these|those|some|several)\s|\p{Lu}|\d)`, 'giu');
/** "the American account of", "Washington's account of": a named party's telling, the party before it. */
const ACCOUNT_OF = new RegExp(String.raw`(?:['’]s)?\s{1,3}(?:${matchAny(ACCOUNT_NOUNS)})\s{1,3}of\s`, 'gi');
/** The named owner right before an account: "the American", "Washington", "the Soviet government". */
const ACCOUNT_OWNER = /(?:(?<![\p{L}])[Tt]he\s{1,3})?((?:\p{Lu}[\p{L}.'’-]*\s{1,3}){0,3}\p{Lu}[\p{L}.'’-]*|\p{Lu}[\p{L}.'’-]*\s{1,3}(?:government|military|ministry|army))$/u;
const JOINED_BEFORE = /,\s{1,3}and\s{1,3}$/;
/** "after", "when": a party whose report is a moment of the sentence's event, not its source. Not "as", which cites. */
const SUBORDINATE_BEFORE = /\b(?:after|when|before|because|once|until)\s{1,3}$/i;
const CLAUSE_AFTER = /^\W*\w+\W+\w+\W+\w+/;
const ACCORDING = new RegExp(`\\b(?:${matchAny(ACCORDING_TO)})\\s+`, 'gi');
const QUOTED_AS = new RegExp(`\\b(?:${matchAny(QUOTING)})\\s+([^,;.!?]{1,80}?)\\s+as\\s+say(?:ing|s)?\\b`, 'g');
const VERB = new RegExp(`\\b(?:${matchAny(REPORTING_VERBS)})\\b`, 'g');
/** "Poland's claim", "the claims": the noun, after a possessive or a determiner. */
const CLAIM_NOUN = /^claims?$/i;
const NOUN_DETERMINER_TAIL = /(?:['’]s?|\b(?:the|a|its|their|his|her|this|these|those))\s{1,3}$/i;
const AFTER_QUOTE = new RegExp(`[,!?]\\s?["'”’]\\s{0,3}(?:${matchAny(INVERTED_VERBS)})\\s+`, 'g');
const scanAccording = gatedScan(ACCORDING_TO, ACCORDING);
const scanQuotedAs = gatedScan(QUOTING, QUOTED_AS);
const scanAfterQuote = gatedScan(INVERTED_VERBS, AFTER_QUOTE);
const scanVerbs = gatedScan(REPORTING_VERBS, VERB);
const CITING_TAIL = new RegExp(`,\\s*(?:${matchAny(CITING)})\\s[^,;]{1,100},\\s*$`, 'i');
const INITIALS_TAIL = /\s{0,3}\(\p{Lu}[\p{Lu}\p{N}.&-]{1,10}\)\s{0,3}$/u;
const ADVERB_TAIL = new RegExp(`(?:^|\\s)(?:${matchAny(SUBJECT_ADVERBS)})\\s*$`, 'i');
/**
 * A time between a party and its verb: "The ministry on Tuesday said", "Iran had until Saturday insisted",
 * "the Pentagon last week said". It says when, not who.
 */
const DAY_NAME = String.raw`(?:${matchAny(Object.keys(WEEKDAYS))}|(?:${matchAny(Object.keys(MONTHS))})(?:\s{1,3}\d{1,2})?|\d{1,2}\s{1,3}(?:${matchAny(Object.keys(MONTHS))}))`;
const TIME_TAIL = new RegExp(String.raw`(?:^|\s)(?:(?:(?:late|early|earlier|later)\s{1,3})?(?:on|until|till|by|since|in)\s{1,3}${DAY_NAME}(?:\s{1,3}(?:morning|afternoon|evening|night))?|(?:late|early)\s{1,3}${DAY_NAME}|${matchAny([...Object.keys(RELATIVE_PERIODS), ...Object.keys(RELATIVE_DAYS)])})\s*$`, 'i');
/**
 * "U.S. officials disagreed and said", "Ethiopian Airlines rejected the finding and said": another verb of the
 * party's first, perhaps with its object, joined to the verb of saying.
 */
const AND_VERB_TAIL = /\s[a-z]{3,}ed(?:\s{1,3}(?:the|its|their|his|her|a|an)\s{1,3}[a-z-]{2,20})?\s{1,3}and\s*$/;
const NON_PARTY = new RegExp(`^(?:${matchAny(NON_PARTY_OBJECTS)})$`, 'i');
// ", and that ...": a second thing reported, with hedges of its own ("were looking at human error, and that a
// terrorist attack was considered unlikely").
const CLAUSE_BREAK = /;|,\s{0,3}(?:while|whereas|but|although|though|however|and\s{1,3}that)\b|\s(?:while|whereas)\s|\s[—–]\s/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’&-]{0,40}|[^\s\p{L}\p{N}]/gu;
const OUTLET = new RegExp(`(?:^|\\s)(${matchAny(Object.keys(OUTLETS))})(?=$|\\s|,)`);
const COUNTRY = matchAny(Object.keys(COUNTRY_ADJECTIVES));
const POSSESSIVE_COUNTRY = new RegExp(`\\b(${COUNTRY})'s?(?=\\s|$)`, 'g');
const LEADING_COUNTRY = new RegExp(`^(${COUNTRY})\\s+(?=\\S)`);
const TRAILING_COUNTRY = new RegExp(`^(.{1,60}?)\\s+of\\s+(?:the\\s+)?(${COUNTRY})$`);
const SPOKESPERSON_NAME = new RegExp(`\\s+(?:${matchAny(SPOKESPERSON_NOUNS)})(?:\\s+[^\\s]{1,30}){1,3}$`);

const SOURCE_NOUN = new Set(SOURCE_NOUNS.map(fold));
const STOP = new Set(SUBJECT_STOPS);
const LY_NOUN = new Set(LY_NOUNS);
const TIME_NOUN = new Set(TIME_NOUNS);
const CONNECTOR = new Set(SUBJECT_CONNECTORS);
const OBJECT_PREPOSITION = new Set(OBJECT_PREPOSITIONS);
const DETERMINER = new Set(['the', 'a', 'an']);
/** "the pilot of": who a party's name after belongs to. */
const OWNER_OF = /(?:^|\s)(?:(?:the|a|an|its)\s+)?([\p{L}-]+)\s+of\s+$/u;
/** An aircraft named by a type ("the Avro RJ85") or a noun ("the plane"), which says nothing itself. */
const CRAFT_NAME = new RegExp(`[A-Za-z][-\\s]?\\d|\\b(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})$`, 'i');
const MAX_SUBJECT_WORDS = 9;
const PARTICIPLE = /^[a-z]{3,}ed$/;
/** How far around a verb a party's name is looked for: bounds the work per verb. */
const WINDOW = 160;

const PRONOUN_VERB = String.raw`(?:${matchAny(PARTY_PRONOUNS)})\s{1,3}(?:also\s{1,3})?(?:${matchAny(REPORTING_VERBS)})\b`;
/** "It said the drone ...", "They added that ..." at a sentence's start; "..., it said." at its end. */
const PRONOUN_LEADING = new RegExp(`^(?:${PRONOUN_VERB})`, 'i');
const PRONOUN_TRAILING = new RegExp(`,\\s{0,3}${PRONOUN_VERB}\\s{0,3}[.!]?["'”’]?\\s*$`, 'i');

/**
 * Where a sentence says its claims through a pronoun that stands for the party of the sentence before ("It
 * said ...", "..., it said."), and says them only so. Such a sentence names no party of its own.
 */
export function pronounSpeaker(text: string): Span | undefined {
  const lead = PRONOUN_LEADING.exec(text);
  if (lead) return { text: lead[0], start: 0, end: lead[0].length };
  const tail = PRONOUN_TRAILING.exec(text);
  if (!tail) return undefined;
  const start = tail.index + tail[0].search(/[a-z]/i);
  const words = /^[\p{L}\s]+/u.exec(text.slice(start))![0].trimEnd();
  return { text: words, start, end: start + words.length };
}

/** Splits a sentence into clauses that can each carry their own speaker. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index > at) clauses.push({ start: at, end: m.index });
    at = m.index + 1;
  }
  clauses.push({ start: at, end: text.length });
  return clauses;
}

function clauseAt(clauses: readonly Clause[], offset: number): number {
  const i = clauses.findIndex((c) => offset >= c.start && offset < c.end);
  return i >= 0 ? i : clauses.length - 1;
}

/** Finds who asserts what in one sentence. Offsets are relative to the sentence. */
export function findAttributions(text: string, clauses: readonly Clause[]): AttributionSpan[] {
  const found: AttributionSpan[] = [];
  const taken = (start: number, end: number) => found.some((a) => start < a.end && a.start < end);
  const add = (start: number, end: number, party: string) => {
    const source = normaliseSource(party);
    if (!source || taken(start, end)) return;
    const span: AttributionSpan = { text: text.slice(start, end), start, end, source, clause: clauseAt(clauses, start) };
    // It asserts what follows when something does: "..., and Kiev said it had been shot down", not "..., and Kiev said so".
    if (JOINED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && CLAUSE_AFTER.test(text.slice(end, end + 60))) span.joined = true;
    // "came down off Palermo after the pilot reported engine trouble": the report is an event of the story,
    // and the party asserts only what it reported.
    if (SUBORDINATE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && /^\W{0,3}\w/.test(text.slice(end, end + 20))) span.joined = true;
    found.push(span);
  };

  for (const m of scanAccording(text)) {
    const objectStart = m.index + m[0].length;
    const object = partyAfter(text, objectStart);
    if (!object || NON_PARTY.test(object.text)) continue;
    add(m.index, object.end, object.text);
  }
  for (const m of text.matchAll(TALK_THAT)) {
    if (REJECTING_LEAD.test(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    add(start, start + m[1]!.length, m[1]!);
  }
  for (const m of text.matchAll(ACCOUNT_OF)) {
    // A name only: "the official account of the crash" is nobody's in particular.
    const party = ACCOUNT_OWNER.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (party) add(m.index - party[0].length, m.index + m[0].length - 1, party[1]!);
  }
  for (const m of scanQuotedAs(text)) {
    const subject = partyBefore(text, m.index);
    if (subject) add(subject.start, m.index + m[0].length, subject.text);
  }
  for (const m of scanAfterQuote(text)) {
    const party = partyAfter(text, m.index + m[0].length);
    if (party) add(m.index + m[0].search(/[a-z]/i), party.end, party.text);
  }
  for (const m of scanVerbs(text)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    let before = text.slice(Math.max(0, m.index - WINDOW), m.index);
    // "rejected Poland's claim that ...": a claim named as a noun, not a verb of saying with a subject before it.
    if (CLAIM_NOUN.test(m[0]) && NOUN_DETERMINER_TAIL.test(before)) continue;
    const offset = m.index - before.length;
    // "Associated Press, citing a Venezuelan official, reports": the outlet is the party.
    const citing = CITING_TAIL.exec(before);
    if (citing) before = before.slice(0, citing.index);
    // "Iran's Islamic Revolutionary Guard Corps (IRGC) says": the party's initials say who again.
    const initials = INITIALS_TAIL.exec(before);
    if (initials) before = before.slice(0, initials.index);
    for (let i = 0; i < 4; i++) {
      const adverb = ADVERB_TAIL.exec(before) ?? TIME_TAIL.exec(before) ?? AND_VERB_TAIL.exec(before);
      if (!adverb) break;
      before = before.slice(0, adverb.index);
    }
    const named = NAMED_AFTER_DESCRIPTION.exec(before);
    if (named) {
      add(offset + named.index + named[0].indexOf(named[1]!), m.index + m[0].length, named[2]!);
      continue;
    }
    // The aside goes; the name before it is the subject.
    const aside = ASIDE_AFTER_NAME.exec(before);
    if (aside && NAME_OPENING.test(before.slice(0, aside.index))) before = before.slice(0, aside.index);
    const subject = partyBefore(before, before.length, offset);
    if (!subject) continue;
    // "the pilot of the Avro RJ85 told controllers": the pilot speaks, not the aircraft.
    const owner = CRAFT_NAME.test(subject.text) ? OWNER_OF.exec(before.slice(0, subject.start - offset)) : null;
    if (owner && SOURCE_NOUN.has(fold(owner[1]!))) {
      add(offset + owner.index + owner[0].indexOf(owner[1]!), m.index + m[0].length, owner[1]!);
      continue;
    }
    // "denying social media reports that ...": the report a party rejects, no party that reports.
    if (!isParty(subject.text) || REJECTING_LEAD.test(subject.text)) continue;
    add(subject.start, m.index + m[0].length, subject.text);
  }
  return found.sort((x, y) => x.start - y.start);
}

/** A party's name read backwards from `at`: "the Russian Defence Ministry", "a diplomatic source in Caracas". */
function partyBefore(text: string, at: number, offset = 0): Span | undefined {
  const window = text.slice(Math.max(0, at - WINDOW), at);
  const base = offset + at - window.length;
  const tokens = [...window.matchAll(WORD)];
  let first = tokens.length;
  let words = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const raw = tokens[i]![0];
    const word = fold(raw);
    if (!/^[\p{L}\p{N}]/u.test(raw)) break;
    if (DETERMINER.has(word)) {
      if (words > 0) first = i;
      // "plunged into a house near Buffalo reported": the object of another verb.
      if (i > 0 && OBJECT_PREPOSITION.has(fold(tokens[i - 1]![0]))) return undefined;
      // "the Civil Aviation Authority of the Philippines said": the name goes on before "of the".
      if (words > 0 && i > 1 && CONNECTOR.has(fold(tokens[i - 1]![0])) && /^\p{Lu}/u.test(tokens[i - 2]![0])) continue;
      break;
    }
    if (CONNECTOR.has(word)) {
      if (words === 0) break;
      continue;
    }
    // "whose jet was used to fly $9.3 million in cash to South Africa said": the object of another verb's "to".
    if (words > 0 && (word === 'to' || OBJECT_PREPOSITION.has(word))) return undefined;
    if (STOP.has(word) || (/^\p{Ll}+ly$/u.test(raw) && !LY_NOUN.has(word)) || TIME_NOUN.has(raw) || words >= MAX_SUBJECT_WORDS) break;
    words++;
    first = i;
  }
  if (words === 0) return undefined;
  const head = tokens[first]!;
  const last = tokens[tokens.length - 1]!;
  const start = head.index;
  const end = last.index + last[0].length;
  return { text: window.slice(start, end), start: base + start, end: base + end };
}

/**
 * A party's name read forwards from `at`: "media reports", "TASS", "a diplomatic source in Caracas".
 * Reads up to punctuation or a word that cannot be in a name, then drops words after the last head word
 * ("media reports two planes landed" → "media reports").
 */
function partyAfter(text: string, at: number): Span | undefined {
  const window = text.slice(at, at + WINDOW);
  let end = 0;
  let words = 0;
  for (const m of window.matchAll(WORD)) {
    const raw = m[0];
    if (!/^[\p{L}\p{N}]/u.test(raw) || words >= MAX_SUBJECT_WORDS) break;
    // A full stop ends the word unless it is an abbreviation's ("U.S.").
    const clean = /^[^.]*\.$/.test(raw) ? raw.slice(0, -1) : raw;
    const word = fold(clean);
    if (STOP.has(word) || (words > 0 && DETERMINER.has(word))) break;
    // "a U.S. intelligence assessment released on Wednesday": the party ends where a participle begins.
    if (words > 0 && PARTICIPLE.test(raw)) break;
    words++;
    if (/^\p{Lu}/u.test(raw) || SOURCE_NOUN.has(word.replace(/['’]s$/, ''))) end = m.index + clean.length;
  }
  if (end === 0) return undefined;
  return { text: window.slice(0, end), start: at, end: at + end };
}

/** A subject names a party when its head is a name or a word like "ministry", "official", "media". */
function isParty(subject: string): boolean {
  const words = subject.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (/^\p{Lu}/u.test(head)) return true;
  const folded = fold(subject);
  if (OUTLET.test(folded)) return true;
  const h = fold(head).replace(/['’]s$/, '');
  const two = words.length > 1 ? `${fold(words[words.length - 2]!)} ${h}` : h;
  return SOURCE_NOUN.has(h) || SOURCE_NOUN.has(two);
}

/**
 * Normalises a party's name so one party written two ways compares equal: outlets by their full name
 * ("AP" → "associated press"), countries as adjectives in an organisation's name ("Russia's defence
 * ministry" = "the Defence Ministry of Russia" → "russian defence ministry"), a bare country or capital
 * as the country ("Moscow" → "russia"), and determiners dropped.
 */
export function normaliseSource(party: string): string {
  let s = fold(party).replace(/[’‘`]/g, "'").replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:the|a|an) /, '').replace(/[,;:]+$/, '');
  if (!s) return '';
  const alias = SOURCE_ALIASES[s];
  if (alias) return alias;
  const outlet = OUTLET.exec(s);
  if (outlet) return OUTLETS[outlet[1]!]!;
  s = s.replace(SPOKESPERSON_NAME, '');
  s = s.replace(POSSESSIVE_COUNTRY, (_, country: string) => COUNTRY_ADJECTIVES[country] ?? country);
  const trailing = TRAILING_COUNTRY.exec(s);
  if (trailing) s = `${COUNTRY_ADJECTIVES[trailing[2]!]} ${trailing[1]}`;
  s = s.replace(/\bministry of (?:the )?([a-z]+)/, '$1 ministry');
  const leading = LEADING_COUNTRY.exec(s);
  if (leading) s = `${COUNTRY_ADJECTIVES[leading[1]!]} ${s.slice(leading[0].length)}`;
  s = s.split(' ').map((w) => SPELLING_VARIANTS[w] ?? w).join(' ');
  return SOURCE_ALIASES[s] ?? s;
}

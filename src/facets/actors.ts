import stringSimilarity from 'string-similarity';
import { defineFacet, type Found, type Relation } from './facet.js';
import { COUNTRY_ADJECTIVES, SPELLING_VARIANTS } from '../lexicon/attribution.js';
import { fold, matchAny } from '../lexicon/match.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../lexicon/numbers.js';
import { placeById, resolveId } from '../text/places.js';
import {
  APPOSITIVE_ROLES, CARRIED_BEFORE_TITLE, NAME_PARTICLES, NOT_NAMES, ORGANISATION_WORDS, POST_HEADS, POSTS, RANKS, ROLE_CUES, TITLE_ABBREVIATIONS,
  TITLE_WORDS, VISIT_VERBS, GREETING_VERBS, ACTIVE_GREETING_VERBS, SUBORDINATE_WORDS,
} from '../lexicon/titles.js';

/** A named person of the event, with the part they play in it and the title the article gives them. */
export interface ActorValue {
  name: string;
  /** leader, pilot, greeter, sender, organiser, visitor. */
  role: string;
  /** "Chief of Staff of the Ground Forces", "Captain". */
  title?: string;
}

const bounded = (alternation: string) => new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, 'gi');

const ROLE_OF = new Map<string, string>();
for (const [role, cues] of Object.entries(ROLE_CUES)) for (const c of cues) ROLE_OF.set(c, role);
const APPOSITIVE_OF = new Map<string, string>();
for (const [role, cues] of Object.entries(APPOSITIVE_ROLES)) for (const c of cues) APPOSITIVE_OF.set(c, role);
const ROLE_CUE = bounded(matchAny(ROLE_OF.keys()));
/** "the pilot, Captain X", "the captain Katie Leslie", and "The captain was Katie Leslie": a role, then who held it. */
const APPOSITIVE = new RegExp(`(?<![A-Za-z0-9])(${matchAny(APPOSITIVE_OF.keys())})(?:\\s{1,3}was\\s{1,3}|,?\\s+)`, 'gi');
/** ", the pilot of the ...", ", the captain,": a role in apposition after a name. */
const APPOSITIVE_AFTER = new RegExp(`,\\s{1,3}(${matchAny(APPOSITIVE_OF.keys())})(?=\\s{0,3},|\\s{1,3}(?:of|who)\\b)`, 'gi');

const NOT_NAME = new Set([
  ...ORGANISATION_WORDS, ...TITLE_WORDS, ...NOT_NAMES,
  ...Object.values(COUNTRY_ADJECTIVES).map((a) => a.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())),
]);
/** "North Korean", "Saudi Arabian": a demonym of two words is a title's start, not a name. */
const DEMONYM_PHRASES = new Set(Object.values(COUNTRY_ADJECTIVES).filter((a) => /\s/.test(a)).map((a) => fold(a)));
const TITLE_START = new Set(TITLE_WORDS);
const PARTICLE = new Set(NAME_PARTICLES);
/** "Three Americans landed their balloon": a count opens no name. */
const COUNT_WORDS: ReadonlySet<string> = new Set([...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)].map(fold));
const POST = bounded(matchAny(POSTS));
const POST_START = new RegExp(`^(?:${matchAny(POSTS)})(?![A-Za-z0-9])`, 'i');
/** ", chief of staff of the ground forces," after a name: a title in apposition, up to the clause's end. */
const TRAILING_TITLE = /^,\s{1,3}(?:(?:the|a|an|its|their)\s+)?([^,;.!?()"“”]{2,100})/i;
const CLAUSE_VERB = /^(?:said|says|was|were|is|are|had|has|have|[a-z]{3,}ed)$/;
const RANK = new Map(Object.entries(RANKS));
const RANK_PATTERN = new RegExp(`^(?:${matchAny(Object.keys(RANKS))})$`, 'i');
/**
 * Words in a title slot that show the list of people has ended: "..., who arrived", "..., which said". A verb of the
 * past that ends in no "-ed" ends it too: "sent by Rome left Santa Cruz"; not "left-wing".
 */
const LIST_END = /(?<![A-Za-z])(?:who|which|where|when|that|said|says|was|were|is|are|had|has|have|while|after|before|to|on|at|with|from|but|as|for|[a-z]{3,}ed|(?:left|flew|took|came|went|met|brought|gave)(?![\w-]))(?![A-Za-z])/;
// Figures are tokens too, so that they part the words around them: "About 100 Russians" names no one.
const TOKEN = /\p{L}[\p{L}\p{M}'’-]{0,40}|\p{N}[\p{N},.]*|[,;:.!?()"“”]/gu;
const JOINED_PARTICLE = new RegExp(`^(?:${matchAny(NAME_PARTICLES)})-(?=\\p{Lu})`, 'u');
const VISIT_VERB = bounded(matchAny(VISIT_VERBS));
const ACTIVE_GREETING = bounded(matchAny(ACTIVE_GREETING_VERBS));
/** "Officials said ", "The ministry says that ": who reports the clause that follows. */
const SAYING_BEFORE = /^(?:[\p{L}'’.-]{1,30}\s{1,3}){1,6}(?:said|says|reported|confirmed|announced)(?:(?:\s{1,3}\p{L}{1,12}){0,2}?\s{1,3}that)?\s{1,3}/u;
/** "greeted on the tarmac by", "met at Songshan airport by": where, between the verb and "by". */
const GREETED_AT_BY = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(GREETING_VERBS)})\\s{1,3}(?:on|at|upon|in)\\s{1,3}[^,.;:()]{1,70}?\\s{1,3}by(?![A-Za-z0-9])`, 'gi');
const NATION_WORDS: ReadonlySet<string> = new Set(Object.entries(COUNTRY_ADJECTIVES).flat());
const HEADS: ReadonlySet<string> = new Set(POST_HEADS);
/**
 * Where the clause of the word at `at` starts: the sentence's start, or after a stop, colon or semicolon;
 * -1 when that lies further back than a title and a name reach.
 */
function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i <= MAX_TITLE + 60 && !CLAUSE_END.has(text[i - 1]!)) i--;
  return i === 0 || CLAUSE_END.has(text[i - 1]!) ? i : -1;
}
/** The dash that ends a dateline: "SEOUL, June 19 (Reuters) - ". */
const DATELINE_DASH = /^[^.;:!?]{0,60}?\s[-–—]\s+/;
const CLAUSE_END: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?']);
const UPPER = /^\p{Lu}/u;
/** How far after a role cue people are looked for. */
const REACH = 300;
const MAX_TITLE = 120;

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds the named people a sentence gives a role in the event: "headed by the Chief of Staff of the Ground
 * Forces Vasily Tonkoshkurov" (leader, with title), "met upon arrival by the head of X Marianny Mata, the
 * head of Y Edgar Colina Reyes" (greeters), "the pilot, Captain Ivan Petrov". People merely named ("President
 * X said") have no role in the event and give nothing.
 */
function extract({ text }: { text: string }): Found<ActorValue>[] {
  const out: Found<ActorValue>[] = [];
  const seen = new Set<string>();
  // `ownTitle`: the role after the name is no title of it ("Jimmy Leeward, the pilot of the ...").
  const add = (people: Person[], role: string, cueStart: number, ownTitle = true) => {
    let titleEnd = -1;
    people.forEach((p, i) => {
      const key = fold(p.name);
      // Words inside the previous person's title are no one ("X, deputy commander of the Western Theatre"), and
      // a place is no one either ("The United States flew 238 Venezuelans to El Salvador").
      if (seen.has(key) || p.start < titleEnd || placeById(resolveId(p.name)) !== undefined) return;
      seen.add(key);
      const value: ActorValue = { name: p.name, role };
      const after = ownTitle ? trailingTitle(text, p.end) : undefined;
      // A rank before the name and a post after it are one title: "Col. Gen. X, chief of staff of Y".
      const title = [p.title, after?.title].filter(Boolean).join(' ');
      if (title) value.title = title;
      titleEnd = after?.end ?? -1;
      out.push({ value, start: i === 0 ? cueStart : p.start, end: after?.end ?? p.end, rule: `role/${role}` });
    });
  };
  for (const m of text.matchAll(ROLE_CUE)) {
    const role = ROLE_OF.get(fold(m[0]).replace(/\s+/g, ' '));
    if (role) add(peopleAfter(text, m.index + m[0].length, 5), role, m.index);
  }
  for (const m of text.matchAll(GREETED_AT_BY)) {
    // "met at the airport by" is a cue of its own; the others have where they met in between.
    if (!out.some((f) => f.start <= m.index && m.index < f.end)) add(peopleAfter(text, m.index + m[0].length, 5), 'greeter', m.index);
  }
  // "Russian Defence Minister Sergei Shoigu arrived in Pyongyang": the person right before a journey's verb
  // came, when the clause starts with them.
  // "Taiwanese foreign minister Joseph Wu welcomed her": the person who starts the clause greets.
  for (const [verbs, role] of [[VISIT_VERB, 'visitor'], [ACTIVE_GREETING, 'greeter']] as const) {
    for (const m of text.matchAll(verbs)) {
      const person = subjectBefore(text, m.index);
      if (person) add([person], role, person.start);
    }
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const cue = fold(m[1]!).replace(/\s+/g, ' ');
    const role = APPOSITIVE_OF.get(cue);
    // Only a capitalised title or name right after the role noun makes it an apposition.
    if (role && UPPER.test(text.slice(m.index + m[0].length))) add(peopleAfter(text, m.index + m[0].length, 1, 40), role, m.index);
  }
  // "Jimmy Leeward, the pilot of the modified P-51D Mustang, was among the dead": the role after the name.
  for (const m of text.matchAll(APPOSITIVE_AFTER)) {
    const role = APPOSITIVE_OF.get(fold(m[1]!).replace(/\s+/g, ' '));
    const person = role ? personEndingAt(text, m.index) : undefined;
    if (role && person) add([person], role, person.start, false);
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The named person who starts the clause and ends at `at`, a comma after: "Jimmy Leeward, the pilot". */
function personEndingAt(text: string, at: number): Person | undefined {
  let start = clauseStart(text, at);
  if (start < 0) return undefined;
  const dash = DATELINE_DASH.exec(text.slice(start, at));
  if (dash) start += dash.index + dash[0].length;
  const saying = SAYING_BEFORE.exec(text.slice(start, at));
  return peopleAfter(text, start + (saying?.[0].length ?? 0), 1).find((p) => p.end === at);
}

/**
 * The named person right before a verb at `at` who starts its clause, or its reported speech: "Sergei
 * Shoigu arrived", "Officials said Sergei Shoigu arrived".
 */
function subjectBefore(text: string, at: number): Person | undefined {
  let start = clauseStart(text, at);
  if (start < 0) return undefined;
  // "SEOUL, June 19 (Reuters) - Russian President Vladimir Putin arrived": the story starts after the dash.
  const dash = DATELINE_DASH.exec(text.slice(start, at));
  if (dash) start += dash.index + dash[0].length;
  const saying = SAYING_BEFORE.exec(text.slice(start, at));
  const [person] = peopleAfter(text, start + (saying?.[0].length ?? 0), 1);
  return person && /^\s{1,3}$/.test(text.slice(person.end, at)) ? person : undefined;
}

/**
 * A post given after a name, between commas or up to the clause's end: "Ivan Petrov, head of the
 * mobilisation directorate, arrived". Only a phrase that starts with a post word counts, and it stops
 * at the first word that starts a new clause ("ambassador to Cuba" keeps "ambassador"); a phrase that
 * names someone else ("the head of X Marianny Mata") is the next item of a list, not a title.
 */
function trailingTitle(text: string, end: number): { title: string; end: number } | undefined {
  const m = TRAILING_TITLE.exec(text.slice(end, end + 110));
  if (!m) return undefined;
  let phrase = m[1]!;
  if (!POST_START.test(phrase)) return undefined;
  const stop = LIST_END.exec(phrase.slice(1));
  // "X, the defence minister said": a phrase followed by its verb is the subject of a new clause.
  if (stop && CLAUSE_VERB.test(stop[0])) return undefined;
  if (stop) phrase = phrase.slice(0, stop.index + 1);
  phrase = phrase.replace(/\s+(?:and|or)?\s*$/i, '').trimEnd();
  const words = phrase.split(/\s+/);
  if (words.some((w, i) => i > 0 && isNameWord(w) && isNameWord(words[i - 1]!) && !ORGANISATION_WORDS.includes(w))) return undefined;
  const start = m[0].length - m[1]!.length;
  return { title: phrase, end: end + start + phrase.length };
}

interface Person {
  name: string;
  title?: string;
  /** Offsets in the sentence of the person's title (or name) and name end. */
  start: number;
  end: number;
}

/** ", not by President Raul Castro": a list item the role is denied to. */
const NOT_ITEM = /^[\s,]*(?:but\s{1,3})?not\b/i;
/**
 * Reads a list of people after a role cue: each item is an optional title and a name, items separated by
 * commas or "and". A name is two or more capitalised words that are not title or organisation words
 * (particles like "de" allowed inside), or one such word right after a rank ("Gen. Petrov").
 */
function peopleAfter(text: string, from: number, max: number, titleReach = MAX_TITLE): Person[] {
  const region = text.slice(from, from + REACH);
  const tokens: Token[] = [...region.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const people: Person[] = [];
  let itemStart = 0;
  let run: number[] = [];
  let done = false;

  const flush = (next: Token | undefined) => {
    if (run.length === 0) return;
    while (run.length && PARTICLE.has(tokens[run[run.length - 1]!]!.text)) run.pop();
    // A run that goes on from an organisation's name ("of the Airborne Troops Andrei Kholzakov") ends in
    // the person's name: its last two capitalised words are the name, the rest belongs to the title.
    const lead = tokens[run[0]! - 1];
    const continuesName = lead !== undefined && (ORGANISATION_WORDS.includes(lead.text) || /^(?:of|the)$/i.test(lead.text));
    while (continuesName && run.filter((i) => UPPER.test(tokens[i]!.text)).length > 2) run.shift();
    while (run.length && (PARTICLE.has(tokens[run[0]!]!.text) || COUNT_WORDS.has(fold(tokens[run[0]!]!.text)))) run.shift();
    if (run.length === 0) return;
    const first = tokens[run[0]!]!, last = tokens[run[run.length - 1]!]!;
    const capitals = run.filter((i) => UPPER.test(tokens[i]!.text)).length;
    const before = tokens[run[0]! - 1];
    const afterRank = before !== undefined && isRankWord(before, region);
    const partOfOrganisation = next !== undefined && ORGANISATION_WORDS.includes(next.text);
    run = [];
    if (partOfOrganisation || !(capitals >= 2 || (capitals === 1 && afterRank))) {
      // "Putin and Defence Minister Sergei Shoigu": a name alone, then the list goes on; the next title starts after "and".
      if (!partOfOrganisation && next && /^(?:and|,)$/i.test(next.text)) itemStart = next.end;
      return;
    }
    if (DEMONYM_PHRASES.has(fold(region.slice(first.start, last.end)))) return;
    const titleText = region.slice(itemStart, first.start);
    // "greeted by Foreign Minister Bruno Rodriguez, not by President Raul Castro": one the role is denied to.
    if (titleText.length > titleReach || LIST_END.test(titleText) || NOT_ITEM.test(titleText)) {
      done = true;
      return;
    }
    const person: Person = { name: region.slice(first.start, last.end), start: from + first.start, end: from + last.end };
    const title = cleanTitle(titleText);
    if (title) {
      person.title = title;
      person.start = from + itemStart + titleText.indexOf(title);
    }
    people.push(person);
    itemStart = last.end;
    if (people.length >= max) done = true;
  };

  for (let i = 0; i < tokens.length && !done; i++) {
    const t = tokens[i]!;
    if (/^[.;!?:()"“”]$/.test(t.text)) {
      // The full stop of "Gen." or of an initial does not end the list.
      const previous = tokens[i - 1];
      if (t.text === '.' && previous && (fold(previous.text) in TITLE_ABBREVIATIONS || /^\p{Lu}$/u.test(previous.text))) continue;
      flush(undefined);
      break;
    }
    if (t.text === ',') {
      flush(t);
      continue;
    }
    if (isNameWord(t.text)) {
      run.push(i);
      continue;
    }
    const next = tokens[i + 1];
    // "Flight Officer John R. S. Morgan": the initials within a name.
    if (run.length && /^\p{Lu}$/u.test(t.text) && next?.text === '.') {
      run.push(i);
      continue;
    }
    if (run.length && PARTICLE.has(t.text) && next && (isNameWord(next.text) || PARTICLE.has(next.text))) {
      run.push(i);
      continue;
    }
    flush(t);
  }
  flush(undefined);
  return people;
}

function isNameWord(word: string): boolean {
  // "Mustafa al-Kadhimi": a particle joined to a name by a hyphen is part of the name.
  const joined = JOINED_PARTICLE.exec(word);
  if (joined) return isNameWord(word.slice(joined[0].length));
  return UPPER.test(word) && !NOT_NAME.has(word) && !/^\p{Lu}{2,}$/u.test(word) && word.length > 1;
}

function isRankWord(t: Token, region: string): boolean {
  const withDot = region[t.end] === '.' ? `${t.text}.` : t.text;
  return RANK_PATTERN.test(withDot) || RANK_PATTERN.test(t.text) || TITLE_START.has(t.text);
}

/** The slot up to the last word of carrying: "plane carrying Russian opposition leader " → "Russian opposition leader ". */
const CARRIED_BY = new RegExp(`^.*\\b(?:${matchAny(CARRIED_BEFORE_TITLE)})\\s+`, 'is');

/** The title slot before a name, without list glue: ", the head of the police " → "head of the police". */
function cleanTitle(slot: string): string | undefined {
  const title = slot.replace(CARRIED_BY, '').replace(/^[\s,]*(?:and\s+)?(?:by\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?/i, '').replace(/(?:[\s,]+(?:and|or))?[\s,]+$/i, '');
  if (!title) return undefined;
  POST.lastIndex = 0;
  return POST.test(title) || RANK_PATTERN.test(title) ? title : undefined;
}

/** Folds a name for comparison: accents, case, hyphens. */
function nameKey(name: string): string {
  return fold(name).replace(/[-‐]/g, ' ').replace(/[^a-z\s']/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * One person written two ways: "Nicolás Maduro" / "Nicolas Maduro", "Tonkoshkurov" / "Tonkoshkurow",
 * "Gen. Petrov" / "Ivan Petrov". Whole names close enough (Dice ≥ 0.8 on folded names), or the same
 * surname with first names that do not clash (one missing, an initial, or close).
 */
export function samePerson(x: string, y: string): boolean {
  const a = nameKey(x), b = nameKey(y);
  if (!a || !b) return false;
  if (a === b || stringSimilarity.compareTwoStrings(a, b) >= 0.8) return true;
  const wa = a.split(' '), wb = b.split(' ');
  const surname = (w: string[]) => w[w.length - 1]!;
  if (stringSimilarity.compareTwoStrings(surname(wa), surname(wb)) < 0.8 && surname(wa) !== surname(wb)) return false;
  const fa = wa.length > 1 ? wa[0]! : '', fb = wb.length > 1 ? wb[0]! : '';
  if (!fa || !fb) return true;
  if (fa.length === 1 || fb.length === 1) return fa[0] === fb[0];
  return stringSimilarity.compareTwoStrings(fa, fb) >= 0.6;
}

/** A title folded for comparison: abbreviations spelled out, spelling variants merged, determiners dropped. */
function titleKey(title: string): string {
  return fold(title)
    .split(/\s+/)
    .map((w) => {
      const bare = w.replace(/\.$/, '');
      return TITLE_ABBREVIATIONS[bare] ?? SPELLING_VARIANTS[bare] ?? bare.replace(/ization$/, 'isation');
    })
    .filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an')
    .join(' ');
}

/** A folded title without the nation it is of: "russia's defence chief" → "defence chief". */
function postKey(key: string): string {
  return key.split(' ').filter((w) => !NATION_WORDS.has(w.replace(/['’]s$/, ''))).join(' ');
}

/** The field of a post whose last word is only its head: "defence chief" → "defence"; else undefined. */
function headless(post: string): string | undefined {
  const words = post.split(' ');
  return words.length > 1 && HEADS.has(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : undefined;
}

/** A title's post without its word of rank below ("deputy"), and whether it had one. */
function subordinate(key: string): { post: string; below: boolean } {
  const words = key.split(' ');
  const kept = words.filter((w) => !SUBORDINATE.has(w));
  return { post: kept.join(' ').replace(/^vice-/, ''), below: kept.length < words.length || /^vice-/.test(key) };
}
const SUBORDINATE: ReadonlySet<string> = new Set(SUBORDINATE_WORDS);

function isRank(key: string): boolean {
  return [...RANK.values()].includes(key);
}

/**
 * How two titles of one person stand: equal; compatible (a rank and a post can both hold, or one title
 * contains the other, or they are close); otherwise a conflict ("chief of staff of the ground forces" vs
 * "head of the mobilisation directorate").
 */
function relateTitles(x: string, y: string): Relation {
  const a = titleKey(x), b = titleKey(y);
  if (a === b) return 'equal';
  // "Deputy Defence Minister" against "Defence Minister": the post below it, not the same one told less.
  const sa = subordinate(a), sb = subordinate(b);
  if (sa.below !== sb.below && (sa.post === sb.post || postKey(sa.post) === postKey(sb.post))) return 'conflict';
  // "Russian Defence Minister" and "Russia's defense chief": one post, said of one nation two ways.
  const pa = postKey(a), pb = postKey(b);
  if (pa === pb || (headless(pa) !== undefined && headless(pa) === headless(pb))) return 'compatible';
  if (isRank(a) !== isRank(b)) return 'compatible';
  if (a.includes(b)) return 'narrower';
  if (b.includes(a)) return 'broader';
  return stringSimilarity.compareTwoStrings(a, b) >= 0.75 ? 'compatible' : 'conflict';
}

function relate(x: ActorValue, y: ActorValue): Relation {
  if (!samePerson(x.name, y.name)) return 'unrelated';
  let r: Relation;
  if (x.title && y.title) r = relateTitles(x.title, y.title);
  else if (x.title) r = 'narrower';
  else if (y.title) r = 'broader';
  else r = 'equal';
  // One person in two parts of the event (leading and greeting) is no contradiction, but not the same claim.
  if (x.role !== y.role && r === 'equal') return 'compatible';
  return r;
}

export const actors = defineFacet<ActorValue>({
  kind: 'actors',
  extract,
  relate,
  describe: (v) => `${v.name} (${v.role}${v.title ? `, ${v.title}` : ''})`,
});

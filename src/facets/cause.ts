import { AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { COUNTRY_ADJECTIVES, REPORTING_VERBS } from '../lexicon/attribution.js';
import {
  ACCUSING_VERBS, ACTIVE_DOWNING_VERBS, CAUSE_DENIALS_AFTER, CAUSE_SUBJECTS, JAMMING_PARTS, CAUSE_LEFT_OPEN_AFTER, CAUSE_RULINGS_OUT, NOT_AIRCRAFT_TARGETS, CAUSE_EXPLAINS, CLAUSE_NEGATIONS, CAUSE_INCOMPATIBLE, CAUSE_NEGATIONS, CAUSE_PARENTS, AIRFRAME_PART_LOST, AIRFRAME_PARTS, CAUSE_TERMS, CAUSES_OF_AIRCRAFT_ONLY, TERRAIN_INTO,
  DAMAGED_BY, DOER_PARTICIPLES, FLIGHT_CREW_SUBJECTS, LANDING_AFTER_BROUGHT, PRAISE_BEFORE_BROUGHT, SEARCH_HALTED_BY, FIRE_THAT_DAMAGES, FIRED_WEAPONS, FIRING_VERBS, HIT_BY, INCIDENT_TERMS, WEAPON_WORDS,
} from '../lexicon/cause.js';
import { fold, lexiconGate, matchAny } from '../lexicon/match.js';
import { WEEKDAYS } from '../lexicon/time.js';
import { REJECTED_CLAIM_BEFORE } from '../text/rejected.js';
import { aircraftIn } from './aircraft.js';
import { defineFacet, type Found, type Relation, type SentenceContext } from './facet.js';

/** The cause given for an incident, and who caused it when the sentence says ("Ukrainian air defence"). */
export interface CauseValue {
  category: string;
  agent?: string;
  /** True for a cause the sentence rules out in so many words: "investigators ruled out an engine fire". */
  ruledOut?: true;
}

// Not the end of a compound: "the anti-terrorism prosecutor" names no terrorism.
const bounded = (alternation: string, flags: string) =>
  new RegExp(`(?<![A-Za-z0-9-])(?:${alternation})(?![A-Za-z0-9])`, flags);

const CATEGORY_OF = new Map<string, string>();
for (const [category, terms] of Object.entries(CAUSE_TERMS)) {
  for (const t of terms) CATEGORY_OF.set(fold(t).replace(/\s+/g, ' '), category);
}
const TERM = bounded(matchAny(Object.values(CAUSE_TERMS).flat()), 'gi');
/**
 * "a fire may have brought it down": a cause as the subject of the downing's verb, perhaps after a modal, or in a
 * clause of its own: "started the fire that brought the plane down".
 */
const CAUSE_SUBJECT_BEFORE = new RegExp(`\\b(?:an?|the)\\s{1,3}(${matchAny(Object.keys(CAUSE_SUBJECTS))})\\s{1,3}(?:(?:that|which)\\s{1,3})?(?:(?:may|might|could|must|would)\\s{1,3}have\\s{1,3}|had\\s{1,3}|has\\s{1,3})?$`, 'i');
/** "Captain Robert Piche brought the plane down", "brought the jet down safely": a landing. */
const CREW_BEFORE_BROUGHT = new RegExp(`\\b(?:${matchAny(FLIGHT_CREW_SUBJECTS)})(?:\\s{1,3}[\\w'’.-]{1,20}){0,3}?\\s{1,3}(?:(?:had|has|safely)\\s{1,3})?$`, 'i');
const LANDING_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(LANDING_AFTER_BROUGHT)})\\b`, 'i');
const PRAISED_BEFORE = new RegExp(`\\b(?:${matchAny(PRAISE_BEFORE_BROUGHT)})\\s{1,3}$`, 'i');
/** "tried to find out what brought it down": a question, no cause. */
const WHAT_BEFORE = /\bwhat\s{1,3}(?:(?:had|has|may\s{1,3}have|might\s{1,3}have|could\s{1,3}have)\s{1,3})?$/i;
/** "a jammed horizontal stabilizer", "the landing gear jammed": a part that jammed. */
const PART_AFTER_JAMMED = new RegExp(`^\\s{1,3}(?:[\\w-]{1,15}\\s{1,3}){0,2}?(?:${matchAny(JAMMING_PARTS)})\\b`, 'i');
const PART_BEFORE_JAMMED = new RegExp(`\\b(?:${matchAny(JAMMING_PARTS)})\\s{1,3}(?:had\\s{1,3}|was\\s{1,3}|were\\s{1,3})?$`, 'i');
/**
 * The noun of a threat after a bomb's term ("it was a bomb threat", "a bomb hoax"), read from the threat's own
 * terms: the match ends at "bomb", so the threat is what it names.
 */
const THREAT_AFTER_BOMB = new RegExp(`^\\s{1,3}(?:${matchAny(CAUSE_TERMS['bomb threat']!.filter((t) => t.startsWith('bomb ')).map((t) => t.slice(5)))})(?![A-Za-z])`, 'i');
const WEAPON = matchAny(WEAPON_WORDS);
/** "gunfire", "heavy machine-gun fire": a weapon that damages what it hits. */
const FIRE_ONLY = new RegExp(`^(?:[\\w-]{1,20}\\s{1,3}){0,2}(?:${matchAny(FIRE_THAT_DAMAGES)})$`, 'i');
/** "hit by an Iranian surface-to-air missile": the weapon runs over the words that name it. */
const HIT = new RegExp(`(?<![A-Za-z0-9])(${matchAny([...HIT_BY, ...DAMAGED_BY])})\\s+((?:[^\\s.,;]{1,30}\\s+){0,3}?(?:${WEAPON})(?:\\s(?:${WEAPON}))*)(?![A-Za-z0-9])`, 'gi');
const DAMAGED = new Set(DAMAGED_BY);
const AIRCRAFT_NOUN = matchAny(Object.keys(AIRCRAFT_NOUNS));
/** "fired two missiles at the aircraft": a firing verb, a weapon within a few words, "at" an aircraft. */
const FIRED_AT = new RegExp(
  String.raw`(?<![A-Za-z])(?:${matchAny(FIRING_VERBS)})\s+(?:[\w-]+\s+){0,3}?(?:${matchAny(FIRED_WEAPONS)})\s+(?:[^\s.,;]+\s+){0,4}?at\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:${AIRCRAFT_NOUN})(?![A-Za-z])`, 'gi');
/** "Moscow accused Ukraine of": the words after the accusing verb name the doer; "of" or "for" ends them. */
const ACCUSED = new RegExp(`\\b(?:${matchAny(ACCUSING_VERBS)})\\s+`, 'gi');
const ACCUSED_TAIL = /\s+(?:of|for)$/i;
/** "accused Israel of a criminal act for shooting down": the accused is the doer, whatever the charge's words after it. */
const ACCUSING_BEFORE = new RegExp(`\\b(?:${matchAny(ACCUSING_VERBS)})\\s+$`, 'i');
const CHARGE_AFTER_ACCUSED = /\s+(?:of|for)(?:\s.*)?$/i;
const AIRCRAFT_ONLY = new Set(CAUSES_OF_AIRCRAFT_ONLY);
const INCIDENT = bounded(matchAny(INCIDENT_TERMS), 'i');
/** "the tail fin of Flight 587 had broken off": a part of the airframe, then its craft, then its loss. */
const PART_OF_CRAFT_LOST = new RegExp(`\\b(?:${matchAny(AIRFRAME_PARTS)})\\s{1,3}of\\s{1,3}([^.;:!?,]{1,60}?)\\s(?:${matchAny(AIRFRAME_PART_LOST)})\\b`, 'gi');
/** The craft between a part and its loss, by its noun or a number: "of the jet", "of American Airlines Flight 587". */
const CRAFT_OF_PART = new RegExp(`\\b(?:${AIRCRAFT_NOUN}|flight)\\b|\\d`, 'i');
/**
 * "struck a seawall short of the runway and its tail broke off": a part lost after an impact told before it in
 * the sentence is what the impact did, no cause.
 */
const LOST_PART: ReadonlySet<string> = new Set(AIRFRAME_PARTS.flatMap((part) => AIRFRAME_PART_LOST.map((gone) => fold(`${part} ${gone}`))));
const IMPACT_BEFORE = /\b(?:struck|hit|slammed\s{1,3}into|smashed\s{1,3}into|crashed|crash-landed|clipped|touched\s{1,3}down|landed)\b[^.;:!?]*$/i;
/** "slammed into a snow-covered mountain": high ground a craft went into (see TERRAIN_INTO). */
const INTO_TERRAIN = new RegExp(`\\b(?:${matchAny(TERRAIN_INTO.verbs)})\\s{1,3}into\\s{1,3}an?\\s{1,3}(?:[\\w-]{1,20}\\s{1,3})?(?:${matchAny(TERRAIN_INTO.nouns)})\\b`, 'gi');
const MAY_NAME_INCIDENT = lexiconGate(INCIDENT_TERMS);
const MAY_NAME_CAUSE = lexiconGate([...Object.values(CAUSE_TERMS).flat(), ...HIT_BY, ...TERRAIN_INTO.nouns]);
// "ruling out technical failure and pilot error": the negation reaches each cause of its list.
const LIST_REACH = String.raw`\s+(?:[^\s.,;]{1,20}\s+){0,2}(?:(?:[^\s.,;]{1,20}\s+){1,2}(?:and|or|nor)\s+(?:[^\s.,;]{1,20}\s+){0,1})?$`;
const NEGATED = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(CAUSE_NEGATIONS)})${LIST_REACH}`
  + `|(?<![A-Za-z0-9])(?:${matchAny(CLAUSE_NEGATIONS)})\\b(?:(?!\\b(?:and|but|while|whereas|although|though)\\b)[^.,;:!?]){0,100}$`
  // A passive whose subject is none: "no warning shots had been fired at the Russian planes".
  + `|(?<![A-Za-z0-9])no\\s{1,3}(?:[^\\s.,;]{1,20}\\s{1,3}){1,2}(?:had\\s{1,3}been|have\\s{1,3}been|has\\s{1,3}been|were|was)\\s{1,3}$`, 'i');
/** "a terrorist attack on the plane was considered unlikely": a copula, then words that rule the cause out. */
const DENIED_AFTER = new RegExp(
  `^(?:\\s{1,3}[^\\s.,;:!?]{1,20}){0,4}?\\s{1,3}(?:was|were|is|are|has\\s{1,3}been|have\\s{1,3}been|had\\s{1,3}been|was\\s{1,3}being|is\\s{1,3}being|were\\s{1,3}being|are\\s{1,3}being)`
    + `\\s{1,3}(?:${matchAny(CAUSE_DENIALS_AFTER)})(?![A-Za-z])`, 'i');
// The object of the active verb, not its agent: "shot down by a missile" is a downing.
const MISSILES_AFTER = new RegExp(`^\\s{1,3}(?!(?:by|with|from|using)\\b)(?:[\\w-]{1,20}\\s{1,3}){0,2}?(?:${matchAny(NOT_AIRCRAFT_TARGETS)})\\b`, 'i');
const LEFT_OPEN_AFTER = new RegExp(`^[^.;:!?]{0,60}?\\s(?:${matchAny(CAUSE_LEFT_OPEN_AFTER)})\\b`, 'i');
/** "but that sabotage could not be ruled out": left open right after the cause, asserting nothing. */
const NOT_RULED_OUT_AFTER = /^\s{1,3}(?:could|can|cannot|may|might|has|had|have|was|were|is|are)(?:\s{1,3}(?:not|n['’]t))?(?:\s{1,3}(?:be|been|yet\s{1,3}be))?\s{1,3}(?:ruled\s{1,3}out|excluded)\b/i;
/** A search or a recovery held up "because of" what follows: the cause is the search's. */
// A verb of halting and a word of the search, in either order: "ended its attempt to recover the wreckage
// because of", "the search was suspended due to". Not "a helicopter searching for survivors crashed because of".
const SEARCH_STOPPED_BY = new RegExp(String.raw`(?:\b(?:${matchAny(SEARCH_HALTED_BY.halts)})\b[^.;:!?]{0,60}?\b(?:${matchAny(SEARCH_HALTED_BY.searches)})`
  + String.raw`|\b(?:${matchAny(SEARCH_HALTED_BY.searches)})\b[^.;:!?]{0,60}?\b(?:${matchAny(SEARCH_HALTED_BY.halts)}))`
  + String.raw`\b[^.;:!?]{0,60}?\b(?:because\s{1,3}of|due\s{1,3}to|owing\s{1,3}to)\s{1,3}(?:the\s{1,3})?$`, 'i');
/** Whether the words before a cause at `start`, or after it (ending at `end`), rule it out or leave it open. */
const negated = (text: string, start: number, end: number) =>
  NEGATED.test(text.slice(Math.max(0, start - 140), start)) || DENIED_AFTER.test(text.slice(end, end + 120)) || LEFT_OPEN_AFTER.test(text.slice(end, end + 100))
  || NOT_RULED_OUT_AFTER.test(text.slice(end, end + 40));
/** A negation that rules the cause out in so many words, which keeps it as ruled out (see {@link CAUSE_RULINGS_OUT}). */
// "did not rule out pilot error", "can't rule out": left open, not ruled out.
const RULED_OUT_BEFORE = new RegExp(`(?<!(?:\\bnot|\\bnever|\\bcannot|n't|n’t)\\s{1,3})(?<![A-Za-z0-9])(?:${matchAny(CAUSE_RULINGS_OUT.before)})${LIST_REACH}`, 'i');
const RULED_OUT_AFTER = new RegExp(
  `^(?:\\s{1,3}[^\\s.,;:!?]{1,20}){0,4}?\\s{1,3}(?:was|were|is|are|has\\s{1,3}been|have\\s{1,3}been|had\\s{1,3}been)\\s{1,3}(?:${matchAny(CAUSE_RULINGS_OUT.after)})(?![A-Za-z])`, 'i');
/** The words of a cause ruled out, with those that rule it out ("ruled out an engine fire"), or undefined. */
function ruledOutSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const from = Math.max(0, start - 140);
  const before = RULED_OUT_BEFORE.exec(text.slice(from, start));
  if (before) return { start: from + before.index, end };
  const after = RULED_OUT_AFTER.exec(text.slice(end, end + 120));
  return after ? { start, end: end + after[0].length } : undefined;
}
/** "by a Buk missile", also past where and when: "shot down over eastern Ukraine in July 2014 by a Buk missile". */
const PARTICIPLE = matchAny(DOER_PARTICIPLES);
const AGENT = new RegExp(String.raw`^(?:\s+(?:over|in|on|near|above|off|at)\s+[^.,;]{1,60}?)?\s+by\s+((?:[^\s.,;]{1,30}\s+){0,5}?[^\s.,;]{1,30})(?=\s*(?:[.,;]|$|\s(?:on|at|in|near|over|while|after|when|and|as|fired|launched|from|that|which|was|were|is|are|had|has|${PARTICIPLE})\s|\s[a-z]{2,}ing\s))`);
/** The words right before an active "shot down", in its clause: "Turkish F-16 fighter jets shot down". */
// The doer may be described after its name: "Ethiopian troops serving with the African Union mission in Somalia".
const SUBJECT_AGENT = new RegExp(
  String.raw`(?:\n|[,;:(]\s*|\s[-–—]\s+|\b(?:that|which|after|when|as|${matchAny(REPORTING_VERBS)})\s+)((?:[\p{L}\p{N}'’.-]+\s+){0,5}[\p{L}\p{N}'’-]+)(?:\s+(?:${PARTICIPLE})\s+[^,;:()]{1,70}?)?\s+$`, 'u');
/** Words that make the clause no active one with its doer as subject: "the plane was shot down". */
const SUBJECT_NOT_AGENT = /\b(?:was|were|been|be|being|is|are|it|they|he|she|not|never|reportedly|allegedly)(?:\s+(?:had|has|have))?$/i;
/** What follows a downing with no object: "China balloon shot down over Atlantic", "... shot down." */
const PASSIVE_AFTER = /^\s*(?:$|[.,;:!?]|(?:over|in|near|off|by|after|above|during|amid|while)\b(?!\s+\d))/i;
/** Words that join the subject's clause to the one before: "..., and that Syrian anti-aircraft fire". */
// An adverb of the saying may come before its "that": "had said earlier that a Ukrainian S-200 missile ...".
const LEADING_LINK = /^(?:(?:and|but|or|that|which|while|whereas|earlier|previously|later|again|also|repeatedly)\s+)+/i;
/** An auxiliary or adverb of an active verb, which is no part of its subject: "Ukrainian forces had", "mistakenly". */
const TRAILING_AUXILIARY = /(?:\s+(?:had|has|have|would|could|may|might|mistakenly|accidentally|reportedly))+$/i;
/** An active verb of hitting with an aircraft as its object: "downed a Russian military aircraft". */
const ACTIVE_DOWNING = new RegExp(
  String.raw`(?<![A-Za-z])(?:${matchAny(ACTIVE_DOWNING_VERBS)})\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})(?![A-Za-z])`, 'gi');
// "Turkey said on Sunday that Syria shot down": the day of the saying is no part of the subject.
const REPORTED = new RegExp(`(?<![A-Za-z])(?:${matchAny(REPORTING_VERBS)})\\s+(?:(?:(?:on|late|early|last)\\s+)?(?:${matchAny(Object.keys(WEEKDAYS))})\\s+)?(?:that\\s+)?`, 'gi');
const NATION = new RegExp(`(?<![A-Za-z])(${matchAny([...Object.keys(COUNTRY_ADJECTIVES), ...Object.values(COUNTRY_ADJECTIVES)])})(?![A-Za-z])`);
const ADJECTIVE_OF = new Map<string, string>(Object.entries(COUNTRY_ADJECTIVES));
const INCOMPATIBLE = new Set(CAUSE_INCOMPATIBLE.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));

/**
 * Finds the causes a sentence gives for an aircraft incident or an explosion. Conservative: a cause counts
 * only in a sentence that speaks of such an incident or names an aircraft ("the Boeing 737 was hit by a
 * missile"; a blackout blamed on sabotage gives nothing), and not when the sentence rules it out ("not
 * shot down", "ruled out sabotage").
 */
function extract(sentence: SentenceContext): Found<CauseValue>[] {
  const text = sentence.text;
  if (!(MAY_NAME_INCIDENT(text) && INCIDENT.test(text)) && !(MAY_NAME_CAUSE(text) && aircraftIn(sentence).length)) return [];
  const out: Found<CauseValue>[] = [];
  let namesAircraft: boolean | undefined;
  const add = (category: string, start: number, end: number, rule: string) => {
    // "ended its attempt to recover the wreckage because of bad weather": why the search stopped, not the crash.
    if (SEARCH_STOPPED_BY.test(text.slice(Math.max(0, start - 120), start))) return;
    // "rejected Venezuela's claim that Colombian guerrillas had shot down ...": ruled out by the party that rejects it.
    const rejected = REJECTED_CLAIM_BEFORE.exec(text.slice(0, start));
    if (rejected) {
      if (!out.some((f) => start < f.end && f.start < end)) out.push({ value: { category, ruledOut: true }, start: rejected.index, end, rule: 'ruled-out' });
      return;
    }
    if (negated(text, start, end)) {
      const span = ruledOutSpan(text, start, end);
      if (span && !out.some((f) => start < f.end && f.start < end)) out.push({ value: { category, ruledOut: true }, ...span, rule: 'ruled-out' });
      return;
    }
    // "had shot down three cruise missiles": the story's jet downing what is no aircraft.
    if (category === 'shot down' && !/\bby\b/i.test(text.slice(start, end)) && MISSILES_AFTER.test(text.slice(end, end + 40))) return;
    if (AIRCRAFT_ONLY.has(category) && !(namesAircraft ??= aircraftIn(sentence).length > 0)) return;
    if (out.some((f) => start < f.end && f.start < end)) return;
    const value: CauseValue = { category };
    let spanStart = start, spanEnd = end;
    const agent = AGENT.exec(text.slice(end, end + 120));
    // A headline's "China balloon shot down over Atlantic" is a passive: the active verb takes its object.
    const active = !/^\S+\s+down$/i.test(text.slice(start, end)) || !PASSIVE_AFTER.test(text.slice(end, end + 20));
    const subject = (category === 'shot down' || category === 'weapons fire') && active ? subjectAgent(text, start) : undefined;
    if (agent) {
      value.agent = agent[1]!.replace(/^(?:the|an?)\s+/i, '');
      spanEnd = end + agent[0].length;
    } else if (subject) {
      value.agent = subject.agent;
      spanStart = subject.start;
    }
    out.push({ value, start: spanStart, end: spanEnd, rule });
  };
  for (const m of text.matchAll(HIT)) {
    const weapon = m[2]!.replace(/^(?:the|an?)\s+/i, '');
    const start = m.index, end = start + m[0].length;
    const category = DAMAGED.has(fold(m[1]!).replace(/\s+/g, ' ')) || FIRE_ONLY.test(weapon) ? 'weapons fire' : 'shot down';
    // "denied reports that the plane had been hit by a missile": ruled out, as a downing said in other words is.
    const rejected = REJECTED_CLAIM_BEFORE.exec(text.slice(0, start));
    if (rejected || negated(text, start, end)) {
      const span = rejected ? { start: rejected.index, end } : ruledOutSpan(text, start, end);
      if (span) out.push({ value: { category, ruledOut: true }, ...span, rule: 'ruled-out' });
      continue;
    }
    out.push({ value: { category, agent: weapon }, start, end, rule: 'hit-by' });
  }
  for (const m of text.matchAll(FIRED_AT)) {
    const start = m.index, end = start + m[0].length;
    if (negated(text, start, end) || out.some((f) => start < f.end && f.start < end)) continue;
    const subject = subjectAgent(text, start);
    const value: CauseValue = { category: 'weapons fire' };
    if (subject) value.agent = subject.agent;
    out.push({ value, start: subject?.start ?? start, end, rule: 'fired-at' });
  }
  for (const m of text.matchAll(TERM)) {
    const end = m.index + m[0].length;
    const category = CATEGORY_OF.get(fold(m[0]).replace(/\s+/g, ' '));
    const threat = category === 'explosion on board' && /bomb$/i.test(m[0]) ? THREAT_AFTER_BOMB.exec(text.slice(end, end + 20)) : null;
    const brought = category === 'shot down' && /^bring|^brought/i.test(m[0]);
    if (brought && (CREW_BEFORE_BROUGHT.test(text.slice(Math.max(0, m.index - 60), m.index)) || LANDING_AFTER.test(text.slice(end, end + 25))
      || PRAISED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
      || WHAT_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index)))) continue;
    const subject = brought ? CAUSE_SUBJECT_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
    const part = category === 'electronic warfare' && /^jammed$/i.test(m[0])
      && (PART_AFTER_JAMMED.test(text.slice(end, end + 40)) || PART_BEFORE_JAMMED.test(text.slice(Math.max(0, m.index - 30), m.index)));
    if (threat) add('bomb threat', m.index, end + threat[0].length, 'term');
    else if (subject) add(CAUSE_SUBJECTS[subject[1]!.toLowerCase()]!, m.index - subject[0].length, end, 'term');
    else if (part) add('technical failure', m.index, end, 'term');
    else if (category && !(LOST_PART.has(fold(m[0]).replace(/\s+/g, ' ')) && IMPACT_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)))) add(category, m.index, end, 'term');
  }
  // "crashed into a Virginia mountain": high ground gone into, over any one describing word.
  for (const m of text.matchAll(INTO_TERRAIN)) add('terrain collision', m.index, m.index + m[0].length, 'term');
  // "the tail fin of American Airlines Flight 587 had broken off": a part lost, its craft named between.
  for (const m of text.matchAll(PART_OF_CRAFT_LOST)) if (CRAFT_OF_PART.test(m[1]!)) add('technical failure', m.index, m.index + m[0].length, 'term');
  // "Syria's S-200 air defence system mistakenly downed a Russian military aircraft": a verb that is a
  // downing only when a nation's forces hit an aircraft.
  for (const m of text.matchAll(ACTIVE_DOWNING)) {
    const subject = subjectAgent(text, m.index);
    const end = m.index + m[0].length;
    if (!subject || out.some((f) => m.index < f.end && f.start < end)) continue;
    // "rejected Venezuela's claim that Colombian guerrillas had shot down a Venezuelan fighter jet": the downing
    // the party rejects is ruled out by it.
    const rejected = REJECTED_CLAIM_BEFORE.exec(text.slice(0, subject.start));
    if (rejected) {
      out.push({ value: { category: 'shot down', ruledOut: true }, start: rejected.index, end, rule: 'ruled-out' });
      continue;
    }
    out.push({ value: { category: 'shot down', agent: subject.agent }, start: subject.start, end, rule: 'active' });
  }
  // A cause ruled out explains nothing, and stays: it is no rival of the key one.
  const explained = new Set(out.flatMap((f) => (f.value.ruledOut ? [] : CAUSE_EXPLAINS[f.value.category] ?? [])));
  return out.filter((f) => f.value.ruledOut || !explained.has(f.value.category)).sort((x, y) => x.start - y.start);
}

/** "Syria accused Turkey on Sunday of shooting down": the day of the charge is no part of the accused. */
const DAY_AFTER_AGENT = new RegExp(`\\s+on\\s+(?:${matchAny(Object.keys(WEEKDAYS))})$`, 'i');
/**
 * Who did it, read from the subject of an active verb at `start`: "Turkish F-16 fighter jets shot down a
 * Russian Su-24", "Officials said Ukrainian air defence shot down" (the subject follows the verb of saying).
 * Only a subject that names a nation counts; a passive ("was shot down") or a pronoun has none.
 */
function subjectAgent(text: string, start: number): { agent: string; start: number } | undefined {
  // The clause before the verb, within 150 characters (six words and a describing participle's phrase); a
  // line break stands for the sentence's start.
  const clause = `${start <= 150 ? '\n' : ''}${text.slice(Math.max(0, start - 150), start)}`;
  const subject = SUBJECT_AGENT.exec(clause);
  if (!subject || SUBJECT_NOT_AGENT.test(subject[1]!)) return undefined;
  const said = lastReport(subject[1]!);
  const from = said + (LEADING_LINK.exec(subject[1]!.slice(said))?.[0].length ?? 0);
  // The accusing verb may open the subject's words or stand right before them: "Egypt accused Israel of ...".
  const accused = ACCUSING_BEFORE.test(clause.slice(0, subject.index + subject[0].lastIndexOf(subject[1]!)) + subject[1]!.slice(0, from));
  // "after coming under Syrian anti-aircraft fire": the fire's owner, not the verb that met it.
  const words = subject[1]!.slice(from).replace(TRAILING_AUXILIARY, '').replace(accused ? CHARGE_AFTER_ACCUSED : ACCUSED_TAIL, '')
    .replace(/^(?:(?:came|coming|come|comes)\s+)?under\s+/i, '').replace(DAY_AFTER_AGENT, '');
  if (!nationOf(words)) return undefined;
  // Where the subject's words start in the sentence: the clause ends at the verb.
  const space = subject[0].length - subject[0].lastIndexOf(subject[1]!) - subject[1]!.length;
  return { agent: words.replace(/^(?:the|an?)\s+/i, ''), start: start - space - subject[1]!.length + from };
}

/** Where the words after the last verb of saying start ("Officials said Ukrainian air defence"), or 0. */
function lastReport(words: string): number {
  let from = 0;
  for (const m of words.matchAll(REPORTED)) from = m.index + m[0].length;
  for (const m of words.matchAll(ACCUSED)) from = Math.max(from, m.index + m[0].length);
  return from;
}

/** The nation behind an agent, as an adjective: "Ukrainian air defence" and "Ukraine's forces" → "ukrainian". */
function nationOf(agent: string | undefined): string | undefined {
  if (!agent) return undefined;
  const m = NATION.exec(fold(agent));
  return m ? (ADJECTIVE_OF.get(m[1]!) ?? m[1]!) : undefined;
}

function relate(x: CauseValue, y: CauseValue): Relation {
  // A cause ruled out clashes with the word that it, or a kind of it, was the cause; two rulings out agree.
  if (x.ruledOut || y.ruledOut) {
    if (x.ruledOut && y.ruledOut) return x.category === y.category ? 'equal' : 'unrelated';
    const [out, said] = x.ruledOut ? [x, y] : [y, x];
    return lineage(said.category).includes(out.category) ? 'conflict' : 'unrelated';
  }
  if (x.category === y.category) {
    const nx = nationOf(x.agent), ny = nationOf(y.agent);
    if (nx && ny) return nx === ny ? 'equal' : 'conflict';
    if (x.agent && !y.agent) return 'narrower';
    if (y.agent && !x.agent) return 'broader';
    return 'equal';
  }
  const ax = lineage(x.category), ay = lineage(y.category);
  if (ax.includes(y.category)) return 'narrower';
  if (ay.includes(x.category)) return 'broader';
  if (ax.some((cx) => ay.some((cy) => INCOMPATIBLE.has(`${cx}|${cy}`)))) return 'conflict';
  return 'unrelated';
}

/** A category and the ones it is a kind of: "shot down", "weapons fire", "external interference". */
function lineage(category: string): string[] {
  const out = [category];
  for (let c = CAUSE_PARENTS[category]; c && !out.includes(c); c = CAUSE_PARENTS[c]) out.push(c);
  return out;
}

export const cause = defineFacet<CauseValue>({
  kind: 'cause',
  extract,
  relate,
  describe: (v) => (v.ruledOut ? `not ${v.category} (ruled out)` : v.agent ? `${v.category} (by ${v.agent})` : v.category),
  // What brought the aircraft down is mostly told in the days after: "Investigators said on Monday ...".
  lasting: () => true,
});

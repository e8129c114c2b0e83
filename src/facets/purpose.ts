import { defineFacet, type Found, type Relation, type SetJudgement } from './facet.js';
import { fold, lexiconGate, matchAny } from '../lexicon/match.js';
import {
  CHARGED_AFTER, COMPELLING_VERBS, JOURNEY_TO, JOURNEY_VERBS, NAMES_NOT_REASONS, NOUN_SENSE_BEFORE, OPERATION_ACTS, PURPOSE_CARRIERS, PURPOSE_FRAMES, PURPOSE_INCOMPATIBLE, PURPOSE_NEGATIONS, PURPOSE_PARENTS, PURPOSE_TERMS, PURPOSE_UNKNOWN,
  SELF_FRAMED, STOP_REASONS, STOP_WORDS,
} from '../lexicon/purpose.js';
import { SEARCHER_ACTS } from '../lexicon/aircraft.js';
import { AFTERMATH_SUBJECTS } from '../lexicon/motion.js';
import { REJECTED_BEFORE } from '../text/rejected.js';
import type { Fact } from '../types.js';

/** A reason given for the flight or deployment: a category, and the words that named it. */
export interface PurposeValue {
  category: string;
  /** The words as written: "military-technical cooperation (MTC)", "bilateral consultations". */
  detail?: string;
}

const bounded = (alternation: string, flags: string) =>
  new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, flags);

const CATEGORY_OF = new Map<string, string>();
for (const [category, terms] of Object.entries(PURPOSE_TERMS)) {
  for (const t of terms) CATEGORY_OF.set(fold(t).replace(/\s+/g, ' '), category);
}
// "MTC" is an acronym: only its capitals name the category; every other term matches in any case.
const ACRONYM = /^[A-Z]{2,6}$/;
const ALL_TERMS = Object.values(PURPOSE_TERMS).flat();
const TERM = bounded(matchAny(ALL_TERMS.filter((t) => !ACRONYM.test(t))), 'gi');
const ACRONYM_TERM = bounded(matchAny(ALL_TERMS.filter((t) => ACRONYM.test(t))), 'g');
const MAY_NAME_REASON = lexiconGate(ALL_TERMS);
const FRAME = bounded(matchAny(PURPOSE_FRAMES), 'gi');
const SELF = bounded(matchAny(SELF_FRAMED), 'gi');
/** What a searcher's craft did: "found the burning fuselage", "spotted wreckage". */
const SEARCHER_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(SEARCHER_ACTS)})\\b`, 'i');
const CARRIER_AFTER = new RegExp(`^[\\s-]{1,3}(?:${matchAny(PURPOSE_CARRIERS)})(?![A-Za-z0-9])`, 'i');
const ACT_BEFORE = new RegExp(`\\b(?:${matchAny(OPERATION_ACTS)})\\s{1,3}(?:(?:a|an|the|its|their)\\s{1,3})?(?:[\\w-]{1,20}\\s{1,3})?$`, 'i');
/** "A search and rescue operation was launched": the same act, told in the passive after the operation. */
const ACT_AFTER = new RegExp(`^\\s{1,3}(?:was|were|has\\s{1,3}been|have\\s{1,3}been|had\\s{1,3}been|is\\s{1,3}being|is|are)\\s{1,3}(?:${matchAny(OPERATION_ACTS)})\\b`, 'i');
const NAME = bounded(matchAny(NAMES_NOT_REASONS), 'gi');
const UNKNOWN = bounded(matchAny(PURPOSE_UNKNOWN), 'i');
/** "The two survivors were", "The injured were": those moved after the event, right before their journey. */
const MOVED_AFTER = new RegExp(`\\b(?:${matchAny(AFTERMATH_SUBJECTS)})\\s{1,3}(?:(?:were|was|had\\s{1,3}been)\\s{1,3})?$`, 'i');
/**
 * A journey's verb, then "for" right before the reason, in one clause: "arrived in Baghdad on Friday for the first
 * papal visit", an article and a word or two that describe it. So may the words a party called the reason by, and
 * a describing word without an article: "left for Geneva on Sunday for what his office called routine medical checks".
 */
const JOURNEY_FOR = new RegExp(`(?<![A-Za-z])(?:${matchAny(JOURNEY_VERBS)})\\b[^.;!?]{0,80}?\\bfor\\s{1,3}`
  + `(?:what\\s{1,3}(?:[\\w'’-]{1,20}\\s{1,3}){1,3}?(?:called|described\\s{1,3}as|termed)\\s{1,3})?`
  + `(?:(?:(?:the|a|an|his|her|its|their)\\s{1,3})?(?:[\\w-]{1,20}\\s{1,3}){0,2}?)?$`, 'i');
/** "on his way to ceasefire talks": the journey's way right before the reason. */
const JOURNEY_TO_REASON = new RegExp(`\\b(?:${matchAny(JOURNEY_TO)})\\s{1,3}(?:(?:the|a|an)\\s{1,3})?(?:[\\w-]{1,20}\\s{1,3}){0,2}?$`, 'i');
/** "forcing all 176 people on board" right before a frame's "to": what they were made to do. */
const COMPELLED_BEFORE = new RegExp(`\\b(?:${matchAny(COMPELLING_VERBS)})\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,6}$`, 'i');
const NEGATED = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(PURPOSE_NEGATIONS)})\\s+(?:(?:for|to|as|a|an|the)\\s+){0,2}$`, 'i');
/** "had stopped to refuel at Sochi": a stop's word shortly before, in the clause. */
const STOP_BEFORE = new RegExp(`(?<![A-Za-z])(?:${matchAny(STOP_WORDS)})\\b[^.,;!?]{0,40}$`, 'i');
const OF_A_STOP: ReadonlySet<string> = new Set(STOP_REASONS);
/** "were under repair": a state before "under", no frame of a reason. */
const STATE_BEFORE_UNDER = /\b(?:was|were|is|are|been|being|remained|remain)\s{1,3}$/i;
/** How far after a framing phrase a reason may be named, in characters within one clause. */
const REACH = 90;
/** "a runway closed for repairs": why a place was shut. */
const SHUT_FOR_BEFORE = /\b(?:closed|shut|shut\s{1,3}down|out\s{1,3}of\s{1,3}service)\s{1,3}for\s{1,3}(?:(?:the|its)\s{1,3})?$/i;
const BREAK = /[.;!?]/;

/** "on espionage charges": a charge's noun right after the term. */
const CHARGED = new RegExp(`^\\s{1,3}(?:${matchAny(CHARGED_AFTER)})\\b`, 'i');
/** Each term's words of another sense right before it ({@link NOUN_SENSE_BEFORE}), as a pattern on the text before the term. */
const NOUN_SENSE = new Map(Object.entries(NOUN_SENSE_BEFORE).map(([term, words]) => [fold(term), new RegExp(`\\b(?:${matchAny(words)})\\s{1,3}$`, 'i')]));
const INCOMPATIBLE = new Set(PURPOSE_INCOMPATIBLE.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));

/**
 * Finds the reasons a sentence gives for the flight, only where they are phrased as a reason ("as part of
 * the military-technical cooperation", "came for consultations", "in order to evacuate"), not every
 * mention of training or aid. A purpose the sentence says is unknown gives nothing.
 */
function extract({ text }: { text: string }): Found<PurposeValue>[] {
  if (!MAY_NAME_REASON(text)) return [];
  const terms = [...text.matchAll(TERM), ...text.matchAll(ACRONYM_TERM)].sort((x, y) => x.index - y.index);
  // Most sentences name no reason at all: only then is it worth looking for what frames one.
  if (terms.length === 0) return [];
  const frames = [...text.matchAll(FRAME)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const selfFramed = [...text.matchAll(SELF)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const names = [...text.matchAll(NAME)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: Found<PurposeValue>[] = [];
  let taken = -1;
  for (const m of terms) {
    const start = m.index, end = m.index + m[0].length;
    if (start < taken || names.some((n) => n.start < end && start < n.end)) continue;
    const category = CATEGORY_OF.get(fold(m[0]).replace(/\s+/g, ' '));
    if (!category) continue;
    // "then took a train to Kyiv": the word in another sense; "on espionage charges": what someone is charged with.
    if (NOUN_SENSE.get(fold(m[0]))?.test(text.slice(Math.max(0, start - 20), start)) || CHARGED.test(text.slice(end, end + 20))) continue;
    let frame: { start: number; end: number } | undefined;
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      if (f.end > start) {
        // A frame that holds the reason itself ("to discuss") frames it.
        if (f.start <= start && f.end >= end) {
          frame = f;
          break;
        }
        continue;
      }
      if (start - f.end > REACH) break;
      if (!BREAK.test(text.slice(f.end, start))) frame = f;
      break;
    }
    let own = selfFramed.find((s) => s.start <= start && s.end >= end);
    // "a surveillance balloon": the reason names what the craft is for.
    const carrier = own ? undefined : CARRIER_AFTER.exec(text.slice(end, end + 20));
    // "ordered a search and rescue operation": an act after the event, no reason of the flight.
    if (carrier && (ACT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || ACT_AFTER.test(text.slice(end + carrier[0].length, end + carrier[0].length + 30)))) continue;
    // "A rescue helicopter found the burning fuselage": a searcher's craft, whose task is none of the flight's.
    if (carrier && SEARCHER_AFTER.test(text.slice(end + carrier[0].length, end + carrier[0].length + 40))) continue;
    if (carrier) own = { start, end: end + carrier[0].length };
    frame ??= own;
    // "landed in North Korea on July 25 for talks": the journey's "for" frames the reason. Not the journey of those
    // moved after the event: "The injured were flown to Lima for treatment".
    if (!frame) {
      const journey = JOURNEY_FOR.exec(text.slice(Math.max(0, start - 120), start)) ?? JOURNEY_TO_REASON.exec(text.slice(Math.max(0, start - 60), start));
      if (journey && MOVED_AFTER.test(text.slice(Math.max(0, start - journey[0].length - 30), start - journey[0].length))) continue;
      if (journey) frame = { start: start - journey[0].length, end: start };
    }
    if (!frame) continue;
    // "six MiG-23 jets that were under repair": a state, no reason for a flight. Nor is why a place was shut: "on a
    // runway closed for repairs".
    if (/^under$/i.test(text.slice(frame.start, frame.end)) && STATE_BEFORE_UNDER.test(text.slice(Math.max(0, frame.start - 12), frame.start))) continue;
    if (SHUT_FOR_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    const lead = text.slice(Math.max(0, start - 30), start);
    if (NEGATED.test(lead) || UNKNOWN.test(text.slice(frame.end, start)) || REJECTED_BEFORE.test(text.slice(0, start))) continue;
    if (/^to\b/i.test(text.slice(frame.start, frame.end)) && COMPELLED_BEFORE.test(text.slice(Math.max(0, frame.start - 80), frame.start))) continue;
    if (OF_A_STOP.has(category) && STOP_BEFORE.test(text.slice(Math.max(0, start - 50), start))) continue;
    taken = end;
    const detail = withAcronym(text, m[0], end);
    const spanEnd = Math.max(end + detail.length - m[0].length, frame.end);
    const spanStart = Math.min(frame.start, start);
    // One reason named twice in one phrase ("contracts concluded through the MTC") is one fact.
    const previous = out[out.length - 1];
    if (previous && previous.value.category === category && spanStart < previous.end) {
      previous.end = Math.max(previous.end, spanEnd);
      continue;
    }
    out.push({ value: { category, detail }, start: spanStart, end: spanEnd, rule: frame === own ? 'self-framed' : 'framed' });
  }
  return out;
}

/** "military-technical cooperation (MTC)": keeps an acronym given in brackets after the words. */
function withAcronym(text: string, words: string, end: number): string {
  const bracket = /^ ?\([A-Z]{2,6}\)/.exec(text.slice(end, end + 10));
  return bracket ? `${words}${bracket[0]}` : words;
}

function relate(x: PurposeValue, y: PurposeValue): Relation {
  if (x.category === y.category) return 'equal';
  if (INCOMPATIBLE.has(`${x.category}|${y.category}`)) return 'conflict';
  if (PURPOSE_PARENTS[y.category] === x.category) return 'broader';
  if (PURPOSE_PARENTS[x.category] === y.category) return 'narrower';
  const px = PURPOSE_PARENTS[x.category];
  if (px && px === PURPOSE_PARENTS[y.category]) return 'compatible';
  return 'unrelated';
}

/**
 * Same categories on both sides agree; one side naming more related reasons (maintenance and training
 * within military-technical cooperation) is partial; explicitly incompatible reasons conflict. Different
 * stated reasons are not a contradiction by default: one article may give one reason, the other another.
 */
function compare(a: Fact<PurposeValue>[], b: Fact<PurposeValue>[]): SetJudgement {
  const ca = new Set(a.map((f) => f.value.category));
  const cb = new Set(b.map((f) => f.value.category));
  // As for every facet: a reason the other side also gives is not contradicted by the other reasons it
  // gives beside it; only two reasons that clash and that nothing on the other side confirms disagree.
  for (const x of a) {
    if (cb.has(x.value.category)) continue;
    for (const y of b) {
      if (!ca.has(y.value.category) && relate(x.value, y.value) === 'conflict') {
        return { verdict: 'conflict', explanation: `"${x.text}" cannot be true with "${y.text}"` };
      }
    }
  }
  const onlyA = [...ca].filter((c) => !cb.has(c));
  const onlyB = [...cb].filter((c) => !ca.has(c));
  if (onlyA.length === 0 && onlyB.length === 0) {
    return { verdict: 'agree', explanation: `both give the same reason: ${[...ca].join(', ')}` };
  }
  const related = (c: string, other: Set<string>) =>
    [...other].some((o) => relate({ category: c }, { category: o }) !== 'unrelated');
  const parts: string[] = [];
  if (onlyA.length) parts.push(`only a names ${onlyA.join(', ')}`);
  if (onlyB.length) parts.push(`only b names ${onlyB.join(', ')}`);
  const shared = [...ca].filter((c) => cb.has(c));
  const linked = shared.length > 0 || onlyA.some((c) => related(c, cb)) || onlyB.some((c) => related(c, ca));
  const lead = linked ? 'related reasons' : 'different reasons, neither contradicting the other';
  return { verdict: 'partial', explanation: `${lead}: ${parts.join('; ')}` };
}

export const purpose = defineFacet<PurposeValue>({
  kind: 'purpose',
  extract,
  relate,
  describe: (v) => (v.detail && fold(v.detail) !== v.category ? `${v.category} ("${v.detail}")` : v.category),
  compare,
});

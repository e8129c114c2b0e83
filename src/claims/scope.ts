import type { SentenceContext } from '../facets/facet.js';
import { matchAny } from '../lexicon/match.js';
import { sinceClauseBefore } from '../facets/shared.js';
import { AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { ARRIVED_THERE } from '../lexicon/motion.js';
import { ALREADY_VERBS, BACKGROUND_CUES, CAME_AFTER, COMPLETED_JOURNEY, MADE_JOURNEY, LEFT_NO_PLACE, DATED_BACKGROUND_CUES, EARLIER_LEG_NOUNS, EARLIER_LEG_VERBS, EARLIER_REPORT_NOUNS, EVENT_VERBS, RECORD_WORDS, SERIES_NOUNS, SERIES_WORDS, SETTING_OFF_VERBS, SUPERSEDED_REPORT } from '../lexicon/scope.js';
import { ANSWERED_EVENT, JOURNEY_OCCASIONS, OCCASION_NAMES, ORDER_OCCASION, OTHER_EVENTS, RESPONSE_OCCASION, SEARCH_OCCASION, TENURE_OCCASION } from '../lexicon/time.js';
import { NUMBER_UNITS } from '../lexicon/numbers.js';
import { daysBetween, rangeLabel, shiftDay } from '../text/dates.js';
import type { Fact } from '../types.js';

/** An inclusive ISO date range, as the time facet gives it. */
interface DateRange {
  from: string;
  to: string;
}

const DATED_CUES: ReadonlySet<string> = new Set(DATED_BACKGROUND_CUES);
const DATED_CUE_WORDS = new RegExp(`\\b(?:${matchAny(DATED_BACKGROUND_CUES)})\\b`, 'i');
/** Precisions of a time that dates a day or finer. */
const PRECISE_DAYS: ReadonlySet<string> = new Set(['day', 'hour', 'minute']);
const CUE = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(Object.keys(BACKGROUND_CUES))})(?![A-Za-z0-9])`, 'gi');
/** "in the past few days", "the past 24 hours", "in the past seven weeks": a span of days up to the report. */
const LATELY_AFTER = /^\s{1,3}(?:(?:few|couple\s{1,3}of|several|\d{1,2}|two|three|four|five|six|seven)\s{1,3})?(?:days|hours|weeks?|weekend|night)\b/i;
/** "an earlier figure": the cue qualifies a report of the event, not an earlier event. */
// Nor "an earlier stop": a leg of the story's own flight.
const OF_A_REPORT = new RegExp(`^\\s+(?:${matchAny([...EARLIER_REPORT_NOUNS, ...EARLIER_LEG_NOUNS])})(?![A-Za-z0-9])`, 'i');
/** "had earlier stopped in Amritsar": a stop of the flight's own route. */
const EARLIER_LEG_AFTER = new RegExp(`^\\s+(?:${matchAny(EARLIER_LEG_VERBS)})(?![A-Za-z0-9])`, 'i');
const CAME_AFTER_EVENT = new RegExp(String.raw`\b(?:${matchAny(CAME_AFTER.verbs)})\s{1,3}(?:(?:${matchAny(CAME_AFTER.hedges)})\s{1,3})?`
  + String.raw`(?:(?:${matchAny(CAME_AFTER.counts)}|\d{1,2})\s{1,3})?(?:${matchAny(CAME_AFTER.spans)})\s{1,3}after\s{1,3}(?:the|an?|another)\b`, 'i');
const ALREADY = new RegExp(`\\balready\\s+(?:${matchAny(ALREADY_VERBS)})\\b[^.;]{0,80}?\\bin\\b`, 'i');
/** "who left office yesterday": what was left is no place (see LEFT_NO_PLACE). */
const NOT_LEFT_PLACE = `(?!\\s{1,3}(?:${matchAny(LEFT_NO_PLACE)})(?![A-Za-z0-9]))`;
// A sentence that narrates: an event's verb, or a journey completed or made (see COMPLETED_JOURNEY, MADE_JOURNEY).
const EVENT_VERB = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(EVENT_VERBS)}`
  + `|(?:${matchAny(COMPLETED_JOURNEY.verbs)})\\s(?:[\\w'’-]{1,20}\\s){0,4}(?:${matchAny(COMPLETED_JOURNEY.nouns)})`
  + `|(?:${matchAny(MADE_JOURNEY.verbs)})\\s(?:${matchAny(MADE_JOURNEY.owners)})\\s(?:[\\w'’-]{1,20}\\s){0,4}(?:${matchAny(COMPLETED_JOURNEY.nouns)}))(?![A-Za-z0-9])${NOT_LEFT_PLACE}`, 'i');
/** "A third Russian military cargo plane": one of a series of flights. */
const SERIES = new RegExp(`\\b(?:${matchAny(SERIES_WORDS)})\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,3}?(?:${matchAny([...Object.keys(AIRCRAFT_NOUNS), ...SERIES_NOUNS])})\\b`, 'i');
/** "reversing its earlier statement that", "had initially said": a report taken back, up to where its clause ends. */
const SUPERSEDED = new RegExp(String.raw`(?<![A-Za-z])(?:(?:${matchAny(SUPERSEDED_REPORT.verbs)})\s{1,3}(?:${matchAny(SUPERSEDED_REPORT.owners)})\s{1,3}`
  + String.raw`(?:${matchAny(SUPERSEDED_REPORT.ages)})\s{1,3}(?:${matchAny(SUPERSEDED_REPORT.nouns)})(?:\s{1,3}that)?|(?:${matchAny(SUPERSEDED_REPORT.said)})(?:\s{1,3}that)?)`
  + String.raw`(?![A-Za-z])([^.;!?]*?)(?=,?\s{1,3}but\s|\s[-–—]\s|[.;!?]|$)`, 'i');
/** How many days before a series' latest flight its earlier flights are still its story. */
const SERIES_DAYS = 7;
const SETTING_OFF = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(SETTING_OFF_VERBS)})(?![A-Za-z0-9])${NOT_LEFT_PLACE}`, 'i');
const ARRIVED = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(ARRIVED_THERE)})(?![A-Za-z0-9])`, 'i');
/**
 * "touched down at 4 o'clock, 19 and a half days after she left Croydon on May 5", "came down ... after 137 hours in
 * the air since leaving Presque Isle, Maine, on Friday": the days (or hours) a journey took, counted from its setting
 * off. A day that many days before the event's is the journey's start.
 */
const TOOK_SINCE_SETTING_OFF = new RegExp(String.raw`\b(\d{1,3}|${matchAny(Object.keys(NUMBER_UNITS))})(?:\s{1,3}and\s{1,3}a\s{1,3}half)?\s{1,3}(days?|hours?)\b`
  + String.raw`[^.;:!?]{0,30}?\b(?:after|since)\b[^.;:!?]{0,30}?(?<![A-Za-z0-9])(?:${matchAny(SETTING_OFF_VERBS)})(?![A-Za-z0-9])`, 'i');
/** How many days the sentence says its journey took since it set off, if it says. */
function daysSinceSettingOff(text: string): number | undefined {
  // Most sentences count no days from a setting off: a look for the link spares the pattern.
  if (!text.includes('after') && !text.includes('since')) return undefined;
  const m = TOOK_SINCE_SETTING_OFF.exec(text);
  if (!m) return undefined;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_UNITS[m[1]!.toLowerCase()];
  return n === undefined || /^d/i.test(m[2]!) ? n : Math.round(n / 24);
}
/** Cues of habit ("regularly") that a sentence narrating the event itself can carry in passing. */
const HABITUAL = 'habitual';
/** Cues of a recent past, which a lead narrating the event may carry of the event itself. */
const RECENT_PAST: ReadonlySet<string> = new Set(['earlier this month', 'earlier this year']);
/**
 * A cue of habit right before a verb of the event makes that verb the habit: "Vichai usually flew from the
 * stadium to London". A sentence whose only such verbs are habits narrates no event.
 */
const HABIT_OF_EVENT = new RegExp(`(?<![A-Za-z])(?:${matchAny(Object.entries(BACKGROUND_CUES).filter(([, kind]) => kind === HABITUAL).map(([w]) => w))})\\s{1,3}(?:${matchAny(EVENT_VERBS)})(?![A-Za-z])`, 'gi');
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const OTHER_EVENT: ReadonlySet<string> = new Set([...OTHER_EVENTS, ...JOURNEY_OCCASIONS, ANSWERED_EVENT, SEARCH_OCCASION, RESPONSE_OCCASION, ORDER_OCCASION, TENURE_OCCASION]);
const BIRTH = OCCASION_NAMES.born;
/**
 * "died in the crash of", "died when": a death in the event itself; not one days on, "Alexander Galimov, the only
 * player to survive last week's plane crash, died in a Moscow hospital".
 */
const DIED_IN_CRASH = String.raw`died(?=\s{1,3}(?:(?:in|aboard|on)\s{1,3}(?:the|an?)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,4}?(?:crash|collision|explosion)\b|when\b))`;
/**
 * An aside between the sentence's subject and its verb of the event: "The plane, a 737 Max 8 delivered to
 * the airline in November, crashed near Debre Zeit". Its date is the aside's (the delivery), not the
 * sentence's. The verb is a finite one: ", after a jet plunged into the sea in October, killing 189"
 * tells another event; "was carrying" is one. So is a death in the crash, after an aside on who died: "Yuri
 * Gagarin, who became the first man in space seven years ago, died in the crash of a two-seat MiG-15 trainer".
 */
const ASIDE_BEFORE_EVENT = new RegExp(
  `^([^,;]{2,80}),\\s{1,3}([^,;.!?]{3,120}),\\s{1,3}(?:(?:(?:was|were|had|has|then|later|also)\\s{1,3})?(?:${matchAny(EVENT_VERBS.filter((v) => !/ing$/.test(v)))}|${DIED_IN_CRASH})|(?:was|were)\\s{1,3}(?:${matchAny(EVENT_VERBS.filter((v) => /ing$/.test(v)))}))(?![A-Za-z0-9])`, 'i');
/** Most days a lead's dates of one kind may span to date the event together ("late January and early February"). */
const LEAD_SPAN_DAYS = 62;
/** Precisions of dates that are spans, which a lead may give two of for one event; two days of a lead are two moments. */
const SPANS: ReadonlySet<string> = new Set(['week', 'part', 'month']);
/** Days after the event's date in which a dated sentence still follows the event up. */
export const FOLLOW_UP_DAYS = 3;

/** A date of a sentence, and whether it only places the sentence loosely ("in recent months", "this year"). */
interface SentenceDate {
  range: DateRange;
  text: string;
  vague: boolean;
  /** Counted from another day of its sentence ("on Monday ... a day earlier"). */
  anchored: boolean;
  /** The start of a period ("the first since 2009"), which dates no event. */
  since: boolean;
  /** A day after the event its sentence follows up ("the death toll rose to 51 on Tuesday"). */
  followUp: boolean;
  /** A follow-up within hours of what it follows ("landed on Friday, hours after she was swapped"). */
  soon: boolean;
  /** A plan ("is expected to be flown home on Thursday"), which dates the event only where nothing else does. */
  planned: boolean;
  /** As the time facet gives it: "day", "part", "month"... */
  precision?: string;
  /** Said of the first hours of its day ("early Saturday"). */
  early: boolean;
  /** Late in its day ("late on Friday", "on Friday night"): a setting off then may land two days on, across the date line. */
  late: boolean;
  /** The day a journey set off, as the time facet marks it ("left her base at Cuers ... on Dec. 18"). */
  setOff: boolean;
}

/**
 * Decides, sentence by sentence, which facts are about the article's own event and which are background
 * (another event or time), so each decision can be explained in one line:
 * - a cue of recalled history or habit ("previously", "last year", "regularly", "already sent ... in")
 *   makes the sentence background;
 * - otherwise, when the article's event has a date (from the earliest sentence that narrates the event
 *   with a date, else the first dated sentence), a sentence whose most precise dates all fall outside it
 *   is background ("in December" against March 23; "in January" beside "in recent months"). When those
 *   dates fall in the few days after the event's, the sentence follows the event up ("Rescuers found the
 *   wreckage on Monday"): its facts that stay true after the event (`lasting`: how many were aboard)
 *   keep the event's scope, the rest is background;
 * - a sentence dated only loosely ("in recent months", "this year") that does not narrate the event is
 *   recalled history or a trend, so background: such a span holds the event's day without dating it.
 * Returns new fact objects with `scope` (and `scopeReason` for background) set; never mutates.
 */
export function scopeFacts(
  sentences: readonly SentenceContext[],
  facts: readonly Fact[],
  lasting: (fact: Fact) => boolean = () => false,
): Fact[] {
  const datesOf = new Map<number, SentenceDate[]>();
  const asides = new Set<Fact>();
  const textOf = new Map(sentences.map((s) => [s.index, s.text]));
  const takenBack = new Map<number, TakenBack | undefined>();
  const superseded = new Map<Fact, string>();
  for (const f of facts) {
    if (!takenBack.has(f.sentence)) takenBack.set(f.sentence, takenBackIn(textOf.get(f.sentence) ?? ''));
    const taken = takenBack.get(f.sentence);
    if (taken && !lasting(f) && within(textOf.get(f.sentence)!, f.text, taken)) superseded.set(f, taken.words);
  }
  // "Rwanda's president since 1973": a tenure's start describes a person, no moment of the story.
  const tenures = new Set(facts.filter((f) => f.facet === 'time' && (f.value as { occasion?: unknown }).occasion === TENURE_OCCASION));
  for (const f of facts) {
    const range = f.facet === 'time' ? dateOf(f.value) : undefined;
    if (!range) continue;
    if (inAside(textOf.get(f.sentence) ?? '', f.text)) {
      asides.add(f);
      continue;
    }
    const value = f.value as { since?: unknown; precision?: unknown; occasion?: unknown; planned?: unknown; soonAfter?: unknown; edge?: unknown; departure?: unknown };
    const date: SentenceDate = {
      range, text: f.text, vague: isVague(f), anchored: f.rule.endsWith('/anchored-day'), since: value.since === true,
      // A later occasion ("at the funeral on Friday") dates its sentence but, like a follow-up, not the event
      // while another date is there. A birth is no later occasion.
      followUp: typeof value.occasion === 'string' && !OTHER_EVENT.has(value.occasion) && value.occasion !== BIRTH, soon: value.soonAfter === true,
      planned: value.planned === true, early: value.edge === 'early', late: value.edge === 'late', setOff: value.departure === true,
      ...(typeof value.precision === 'string' ? { precision: value.precision } : {}),
    };
    const list = datesOf.get(f.sentence);
    if (list) list.push(date);
    else datesOf.set(f.sentence, [date]);
  }
  const cueOf = new Map<number, string>();
  const datedCue = new Set<number>();
  const narrates = new Set<number>();
  for (const s of sentences) {
    const isEvent = EVENT_VERB.test(s.text);
    if (isEvent) narrates.add(s.index);
    const cue = cueIn(s.text);
    // "released video of a pilot who had defected with his Mi-8 helicopter, landing in the Kharkiv region earlier
    // this month": a lead that narrates tells the story's event, however recent its past.
    const leadEvent = isEvent && s === sentences[0] && cue !== undefined && RECENT_PAST.has(cue.kind);
    if (cue && !leadEvent && !(cue.kind === HABITUAL && isEvent && EVENT_VERB.test(s.text.replace(HABIT_OF_EVENT, ' ')))) {
      cueOf.set(s.index, `cue: ${cue.words}`);
      if (isEvent && s === sentences[0] && DATED_CUES.has(cue.said.toLowerCase().replace(/\s+/g, ' '))) datedCue.add(s.index);
    }
  }
  let lead = mainDate(sentences, datesOf, cueOf, narrates);
  // "A faulty fuel gauge caused a Tunisian airliner to ... ditch off Sicily last year", a year on: a lead whose
  // past holds the day another sentence gives the event, or that no other sentence dates, narrates the event.
  // So does one whose past is a clause's beside a day of its own: "landed at Floyd Bennett Field tonight at 11:59
  // o'clock, ... beating by nearly a day the record he set with Harold Gatty two years ago".
  for (const index of datedCue) {
    const dates = datesOf.get(index) ?? [];
    const range = lead?.range;
    const own = dates.filter((d) => !d.planned && !d.followUp && PRECISE_DAYS.has(d.precision ?? '') && !DATED_CUE_WORDS.test(d.text));
    const fits = (list: readonly SentenceDate[]) => list.length > 0 && (!range || list.every((d) => overlaps(d.range, range)));
    if (fits(dates) || own.length > 0) {
      cueOf.delete(index);
      lead = mainDate(sentences, datesOf, cueOf, narrates);
    }
  }
  const main = lead?.range;
  // "A third Russian military cargo plane landed ... on Saturday. Two planes delivered the first components on
  // Friday.": the earlier flights of a series are the story's.
  const series = lead !== undefined && SERIES.test(textOf.get(lead.sentence) ?? '');

  /** Does a sentence dated within the range tell a journey's setting off? */
  const setsOffOn = (range: DateRange) => sentences.some((s) => SETTING_OFF.test(s.text)
    && (datesOf.get(s.index) ?? []).some((d) => overlaps(d.range, range)));
  const reasonOf = new Map<number, string>();
  const followUps = new Set<number>();
  const later = new Set<number>();
  for (const s of sentences) {
    const cue = cueOf.get(s.index);
    if (cue) {
      reasonOf.set(s.index, cue);
      continue;
    }
    const all = datesOf.get(s.index) ?? [];
    const dates = narrowest(all);
    // "left Wuhan late on Tuesday" of a plane that landed on Wednesday: the flight set off the day before.
    const before = (n: number) => main && dates.length && dates.every((d) => d.range.to < main.from && days(d.range.from, main.from) <= n);
    // "left John F Kennedy airport on Friday night" of a flight that landed in Sydney on Sunday: late in the day, a
    // long flight that crossed the date line.
    const took = daysSinceSettingOff(s.text);
    const setOff = ((before(1) || (before(2) && dates.every((d) => d.late))) && SETTING_OFF.test(s.text))
      || (series && before(SERIES_DAYS) && narrates.has(s.index))
      || (took !== undefined && main !== undefined && dates.length > 0 && dates.every((d) => d.range.to < main.from && Math.abs(days(d.range.from, main.from) - took) <= 1));
    // "left Tunis on Friday afternoon ... It landed in Jeddah early Saturday": the journey that set off on the
    // event's day landed in the first hours of the next.
    const landed = main && dates.length && dates.every((d) => d.early && d.range.from > main.to && days(main.to, d.range.from) === 1)
      && ARRIVED.test(s.text) && setsOffOn(main);
    if (main && dates.length && !setOff && !landed && dates.every((d) => !overlaps(d.range, main))) {
      reasonOf.set(s.index, `time: ${dates.map((d) => rangeLabel(d.range)).join(', ')}`);
      if (dates.every((d) => d.range.from > main.to)) later.add(s.index);
      if (dates.every((d) => d.range.from > main.to && days(main.to, d.range.to) <= FOLLOW_UP_DAYS)) followUps.add(s.index);
    } else if (all.length && all.every((d) => d.vague) && !narrates.has(s.index)) {
      reasonOf.set(s.index, `time: vague (${all.map((d) => d.text).join(', ')})`);
    }
  }
  // "The death toll from the crash of a One-Two-Go airliner in Phuket rose to 89 on Monday": what the toll's own
  // words name (the airliner, the place) is the event's, as the toll is; a day in them is the day it rose.
  const risen = facts.filter((f) => (f.value as { risen?: unknown }).risen === true && later.has(f.sentence));
  const inRisenToll = (f: Fact) => f.facet !== 'time'
    && risen.some((t) => t !== f && t.sentence === f.sentence && t.start <= f.start && f.end <= t.end);
  return facts.map((f) => {
    if (asides.has(f)) return { ...f, scope: 'background', scopeReason: `time: an aside (${f.text})` };
    if (tenures.has(f)) return { ...f, scope: 'background', scopeReason: `time: a tenure's start (${f.text})` };
    const taken = superseded.get(f);
    if (taken) return { ...f, scope: 'background', scopeReason: `superseded: ${taken}` };
    const reason = reasonOf.get(f.sentence);
    // "raising the death toll to 44" days later: a toll of the event, however late.
    const update = risen.includes(f) || inRisenToll(f);
    if (reason && !update && !(followUps.has(f.sentence) && lasting(f))) return { ...f, scope: 'background', scopeReason: reason };
    const { scopeReason: _dropped, ...rest } = f;
    return { ...rest, scope: 'event' };
  });
}

/** "LONDON, July 13 (AP) - ", "TOKYO (Reuters) - ": a wire's dateline and its agency, up to the dash. */
const DATELINE_OPENING = /^\p{Lu}[\p{Lu}'’. -]{1,40}(?:,[^()\-–—]{1,40})?\s{0,3}\([^()]{2,30}\)\s{0,3}[-–—]\s{1,3}/u;
/** Where a sentence's aside before the event's verb stands, if it has one. */
function asideOf(text: string): { start: number; end: number } | undefined {
  if (!text.includes(',')) return undefined;
  // "LONDON, July 13 (AP) - Charles Stewart Rolls, the British aviator who flew across the English Channel and back in
  // June, was killed": the subject starts after the dateline.
  const skip = DATELINE_OPENING.exec(text)?.[0].length ?? 0;
  const m = ASIDE_BEFORE_EVENT.exec(text.slice(skip));
  if (!m || EVENT_VERB.test(m[1]!)) return undefined;
  const start = skip + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
  return { start, end: start + m[2]!.length };
}

/** A report a sentence takes back: the words that do, and where the report taken back stands. */
interface TakenBack {
  words: string;
  start: number;
  end: number;
}

function takenBackIn(text: string): TakenBack | undefined {
  const m = SUPERSEDED.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length, start = end - m[1]!.length;
  return { words: text.slice(m.index, start).trim(), start, end };
}

/** Whether a fact's words stand inside a span of its sentence. */
function within(text: string, fact: string, span: { start: number; end: number }): boolean {
  const at = text.indexOf(fact, span.start);
  return at >= 0 && at + fact.length <= span.end;
}

/** Whether a date of a sentence stands in an aside before the event's verb, or in a clause after it that describes a thing. */
function inAside(text: string, date: string): boolean {
  const aside = asideOf(text);
  if (aside) {
    const at = text.indexOf(date, aside.start);
    if (at >= 0 && at + date.length <= aside.end) return true;
  }
  return inDescribingClause(text, date);
}

/**
 * "The twin-engined Beechcraft was flying from Cleveland", "had stopped at Denver to refuel on its way from Wichita to
 * Logan, Utah": a flight under way, which a describing clause follows.
 */
const UNDER_WAY = /\b(?:(?:was|were)\s{1,3}(?:flying|heading|headed|en\s{1,3}route)|on\s{1,3}(?:its|their)\s{1,3}way)\b/i;
/**
 * ", which opened two weeks ago", ", where Redding had performed last night": a clause that describes a thing (or a
 * place) the sentence names, up to the date.
 */
const DESCRIBING_CLAUSE = /,\s{1,3}(?:which|who|whose|where)\s[^,;:.!?]{0,80}$/i;

/**
 * "The flight from Kathmandu went down moments before landing at Pokhara International Airport, which opened two
 * weeks ago": the date of a clause that describes a thing, after the sentence tells its event, is the thing's.
 */
function inDescribingClause(text: string, date: string): boolean {
  const at = text.indexOf(date);
  if (at < 0) return false;
  const clause = DESCRIBING_CLAUSE.exec(text.slice(0, at));
  if (!clause) return false;
  const opens = at - (text.slice(0, at).length - clause.index);
  // The whole clause tells no event: not "where the two died yesterday in the crash of Post's plane".
  const ends = at + (/[,;:.!?]/.exec(text.slice(at))?.index ?? text.length - at);
  const told = text.slice(0, opens);
  return (EVENT_VERB.test(told) || UNDER_WAY.test(told)) && !EVENT_VERB.test(text.slice(opens, ends));
}

const SINCE_CLAUSE = sinceClauseBefore(8);
/** "the worst air disaster in": a record the event sets, right before "the history of". */
const RECORD_BEFORE = new RegExp(String.raw`\b(?:${matchAny(RECORD_WORDS)})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}in\s{1,3}$`, 'i');
/** ", which was struck by": a clause that describes a thing the sentence names, up to a cue in it. */
const RELATIVE_CLAUSE_BEFORE = /,\s{1,3}(?:which|where|who|whose)\b[^,;:.!?]{0,80}$/i;

/** The background cue of a sentence: the words its reason shows, their kind, and the words as written. */
function cueIn(text: string): { words: string; kind: string; said: string } | undefined {
  // "The aircraft, which belonged to Mahan Air until last year, was carrying car parts": the aside's cue is the aside's.
  const aside = asideOf(text);
  for (const cue of text.matchAll(CUE)) {
    if (aside && cue.index >= aside.start && cue.index + cue[0].length <= aside.end) continue;
    const kind = BACKGROUND_CUES[cue[0].toLowerCase().replace(/\s+/g, ' ')] ?? cue[0].toLowerCase();
    if (/earlier$/i.test(cue[0]) && OF_A_REPORT.test(text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 24))) continue;
    if (/^had\s+earlier$/i.test(cue[0]) && EARLIER_LEG_AFTER.test(text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 24))) continue;
    // "left the White House for the last time today": a final act now, no earlier one.
    if (/^the\s+last\s+time$/i.test(cue[0]) && /\bfor\s+$/i.test(text.slice(Math.max(0, cue.index - 5), cue.index))) continue;
    // "in the past few days", "in the past 24 hours": lately, the event's own days, no history.
    if (LATELY_AFTER.test(text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 24))) continue;
    // "the first deportation flight since the Taliban took over three years ago": the past of the clause that
    // starts the period, not of the sentence's happening.
    if (SINCE_CLAUSE.test(text.slice(Math.max(0, cue.index - 90), cue.index))) continue;
    // "the worst air disaster in the history of American sports": a record set now, in a history the event tops.
    if (/^the\s+history\s+of$/i.test(cue[0]) && RECORD_BEFORE.test(text.slice(Math.max(0, cue.index - 90), cue.index))) continue;
    // "flown ... to the island, which was struck by last year's tsunami": the possessive's past is a thing the
    // sentence names, not its own time, where the sentence narrates the event.
    if (/^['’]s\b/.test(text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 3)) && RELATIVE_CLAUSE_BEFORE.test(text.slice(0, cue.index))
      && EVENT_VERB.test(text.slice(0, cue.index))) continue;
    return { words: kind === HABITUAL ? cue[0].toLowerCase() : kind, kind, said: cue[0] };
  }
  if (CAME_AFTER_EVENT.test(text)) return { words: 'came ... after', kind: 'earlier event', said: 'came ... after' };
  const already = ALREADY.exec(text);
  return already ? { words: 'already ... in', kind: 'earlier event', said: already[0] } : undefined;
}

/**
 * The date of the article's event: the dates of the earliest sentence that narrates the event (a flight
 * arriving, a plane crashing) and has one, else of the first dated sentence; background sentences by
 * cue are skipped. Spans of one kind that sentence gives ("in late January and early February") date it
 * together, and a day it counts from another ("a day earlier") widens the date to both. A loose date ("in
 * recent days") dates the event only when no sentence does better; the start of a period never does.
 */
function mainDate(
  sentences: readonly SentenceContext[],
  datesOf: ReadonlyMap<number, SentenceDate[]>,
  cueOf: ReadonlyMap<number, string>,
  narrates: ReadonlySet<number>,
): { range: DateRange; sentence: number } | undefined {
  // "the first passenger killed ... since 2009": the start of a period dates no event. Nor, while another
  // date is there, does a day that follows it up: "The death toll ... rose to 51 on Tuesday".
  // Nor does a plan: "Bahia is expected to be flown home on Thursday" after "was pulled from the water on Tuesday".
  const passes = [(d: SentenceDate) => !d.vague && !d.since && !d.followUp && !d.planned, (d: SentenceDate) => !d.since && !d.followUp && !d.planned,
    (d: SentenceDate) => !d.since];
  for (const usable of passes) {
    const candidates = sentences.filter((s) => !cueOf.has(s.index) && datesOf.get(s.index)?.some(usable));
    // "left her base at Cuers ... on Dec. 18 for a long flight" before "She was last heard from early Friday": a
    // setting off narrates the journey's start, and a later day another sentence narrates is the event's.
    const usableOf = (s: SentenceContext) => datesOf.get(s.index)!.filter(usable);
    const setsOffBefore = (s: SentenceContext) => usableOf(s).every((d) => d.setOff) && candidates.some((o) => o !== s && narrates.has(o.index)
      && usableOf(o).some((d) => !d.setOff && usableOf(s).every((x) => x.range.to < d.range.from)));
    const chosen = candidates.find((s) => narrates.has(s.index) && !setsOffBefore(s)) ?? candidates.find((s) => narrates.has(s.index)) ?? candidates[0];
    if (!chosen) continue;
    const dates = datesOf.get(chosen.index)!;
    const first = dates.find(usable)!;
    // "arrived in late January and early February": the lead's spans of one kind together date the event;
    // "searched the sea on Monday for those killed when the plane plunged into it a day earlier": so do the
    // day counted and the day it is counted from.
    const together = dates.filter((d) => d.anchored || (usable(d) && d.precision === first.precision && SPANS.has(d.precision ?? '')
      && days(first.range.from, d.range.to) <= LEAD_SPAN_DAYS));
    const range = together.reduce((r, d) => spanOf(r, d.range), first.range);
    return soonerLead(sentences, datesOf, cueOf, chosen.index, range) ?? { range, sentence: chosen.index };
  }
  return undefined;
}

/**
 * "Charles Taylor was flown back to Liberia on Wednesday, hours after he was arrested ... Taylor had vanished
 * from his villa on Monday night": a sentence before the chosen one that follows up, within hours, what it
 * follows puts the event on its day or the day before. A date chosen before both tells what led to the event.
 */
function soonerLead(
  sentences: readonly SentenceContext[],
  datesOf: ReadonlyMap<number, SentenceDate[]>,
  cueOf: ReadonlyMap<number, string>,
  chosen: number,
  range: DateRange,
): { range: DateRange; sentence: number } | undefined {
  for (const s of sentences) {
    if (s.index >= chosen) return undefined;
    if (cueOf.has(s.index)) continue;
    const soon = datesOf.get(s.index)?.find((d) => d.soon && !d.vague && !d.planned);
    if (!soon) continue;
    const from = shiftDay(soon.range.from, -1);
    return range.to < from ? { range: { from, to: soon.range.to }, sentence: s.index } : undefined;
  }
  return undefined;
}

/**
 * A loose span before publication: "in recent months" (precision `vague`), or a relative month or year
 * ("this year", "this month"). A named month or day is a date, however broad.
 */
function isVague(f: Fact): boolean {
  const precision = (f.value as { precision?: unknown }).precision;
  if (precision === 'vague') return true;
  // "a week ago", "two years ago": counted back from the report, as loosely as a relative month or year.
  if (f.rule.endsWith('/ago')) return true;
  return f.rule.endsWith('/relative-period') && (precision === 'month' || precision === 'year');
}

/** The first day a deadline's span may hold. */
const EARLIEST = '0001-01-01';

/** Reads `value.date` of a time fact, as the time facet states it (`{ from, to }` ISO dates). */
function dateOf(value: unknown): DateRange | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // When something was said ("China on Sunday expressed ...", a dateline's date) dates no event, and the
  // day of another event ("last week's earthquake") dates no sentence of this one.
  if ((value as { statement?: unknown }).statement === true) return undefined;
  if (OTHER_EVENT.has(String((value as { occasion?: unknown }).occasion))) return undefined;
  const date = (value as { date?: unknown }).date;
  if (typeof date !== 'object' || date === null) return undefined;
  const { from, to } = date as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string' || !ISO.test(from) || !ISO.test(to)) return undefined;
  // "nearly 900 detainees are due to be released by Sunday": a deadline spans all the days up to it.
  if ((value as { bound?: unknown }).bound === true) return { from: EARLIEST, to };
  return { from, to };
}

/**
 * The most precise dates of a sentence: what it dates is told by "in January", not by "in recent
 * months" around it. Ties are all kept, so a sentence naming the event's day beside another day stays.
 */
function narrowest<T extends { range: DateRange }>(dates: readonly T[]): T[] {
  const span = (d: T) => days(d.range.from, d.range.to);
  const least = dates.reduce((min, d) => Math.min(min, span(d)), Infinity);
  return dates.filter((d) => span(d) === least);
}

const days = daysBetween;

/** The smallest range that holds both. */
function spanOf(x: DateRange, y: DateRange): DateRange {
  return { from: x.from < y.from ? x.from : y.from, to: x.to > y.to ? x.to : y.to };
}

function overlaps(x: DateRange, y: DateRange): boolean {
  return x.from <= y.to && y.from <= x.to;
}


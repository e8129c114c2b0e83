import { daysBetween, findTimes, parseDay, shiftDay, weekdayName, weekdayOf, type TimeMention, type TimeValue } from '../text/dates.js';
import { aftermathErrandGap } from '../text/places.js';
import { NUMBER_UNITS } from '../lexicon/numbers.js';
import { AIRCRAFT_FAMILIES, AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { ARRIVED_THERE, CRASH_AT_ARRIVAL, CRASH_AT_DEPARTURE } from '../lexicon/motion.js';
import { REPORTING_VERBS } from '../lexicon/attribution.js';
import { fold, matchAny } from '../lexicon/match.js';
import { AFTERMATH_ACTS, AHEAD_MARKERS, ANCHOR_CLAUSE_GOES_ON, APOLOGY_VERBS, ANCHORED_DAYS, ARREST, COURT_ACTS, HEARING_OCCASION, OATH, DISCLOSED_THAT, DISCLOSING_VERBS, DISPUTE_VERBS, JOURNEY_START, NAMED_DAY_BEFORE, ANSWERED_EVENT, ORDER_OCCASION, ORDERS, RESPONSE_ACTS, RESPONSE_OCCASION, SEARCH_OCCASION, TENURE_BEFORE_SINCE, TENURE_OCCASION, ANSWERING_BEFORE, DECISION_VERBS, ERRAND_TRAVEL_VERBS, HIJACK_END, HIJACK_START, JOURNEY_OCCASIONS, PRIOR_EVENT, FLIGHT_START, FOLLOW_UP_AFTER, FOLLOW_UP_SOON, LASTING_STATE_BEFORE, SEEN_STATE_BEFORE, NAMING_VERBS, PLAN_LINKS, SERIES_PART_WORDS, SERIES_SPAN_DAYS, SPAN_OF_DAYS, MONTHS, OCCASION_HELD_VERBS, OCCASION_NAMES, OCCASIONS, OTHER_EVENTS, PAGE_DATE_VERBS, PERIOD_MARKERS, PLAN_MARKERS, STATEMENT_TIME_GAPS, STATEMENT_VERBS, TOLL_ROSE, WEEKDAYS, WRITTEN_WORD, ZONES } from '../lexicon/time.js';
import { EVENT_VERBS, LEFT_NO_PLACE, SETTING_OFF_VERBS } from '../lexicon/scope.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import type { Fact } from '../types.js';
import { DIFFERENT_THINGS, defineFacet, judgeByRelation, type Facet, type JudgeContext, type Relation, type SentenceContext, type SetJudgement } from './facet.js';
import { sinceClauseBefore } from './shared.js';

export type { TimeValue } from '../text/dates.js';

/**
 * A subject of a few words (none a verb in -ed, no "and" or "had", no relative pronoun) and then one of
 * `verbs`, after an optional comma: "the White House said", "President Donald Trump accepted".
 */
function subjectThen(verbs: readonly string[]): RegExp {
  return new RegExp(
    `^,?\\s{1,3}(?:(?!(?:and|or|but|was|were|has|had|have|is|are|that|which|who)\\b)(?![a-z]+ed\\b)[\\p{L}\\p{N}'’.-]+\\s{1,3}){1,6}?(?:${matchAny(verbs)})\\b`,
    'u',
  );
}

/** What may stand between a statement and its time: "said late Friday", "told CNN on Sunday". */
const BEFORE_STATEMENT_TIME = `(?:(?:on|late|early|last)\\s+)?$`;

/** The pattern tells names by their capitals, so the verbs are given as written: "posted", "Posted". */
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/**
 * "said Friday", "told reporters on Monday", "Posted on June 13": the time of a statement. Reporting verbs
 * count in lower case only: "in the United States on May 22" is no statement.
 */
const STATEMENT_BEFORE = new RegExp(
  `\\b(?<verb>${matchAny([...REPORTING_VERBS, ...PAGE_DATE_VERBS, ...APOLOGY_VERBS, ...DISPUTE_VERBS])})\\s+(?:(?:${matchAny(STATEMENT_TIME_GAPS)})\\s+)?${BEFORE_STATEMENT_TIME}`,
  'i',
);
const PAGE_DATE = new Set(PAGE_DATE_VERBS.map(capitalised));
const DISPUTING = new Set(DISPUTE_VERBS);
/** "was denied on Monday permission to land": a verb of dispute in the passive is done to the subject, no statement. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be)\s{1,3}$/i;
const statementBefore = (before: string) => {
  const m = STATEMENT_BEFORE.exec(before), verb = m?.groups?.verb;
  if (verb === undefined || (DISPUTING.has(verb.toLowerCase()) && PASSIVE_BEFORE.test(before.slice(0, m!.index)))) return false;
  return /^\p{Ll}/u.test(verb) || PAGE_DATE.has(verb);
};

/**
 * "told CNN on Sunday", "confirmed to People and Us Weekly on Friday", "said in Washington on Monday",
 * "posted in Local News on Wednesday": a statement to or in a named outlet, person or place. Apart from
 * {@link STATEMENT_BEFORE} because a name is told by its capitals, which that one ignores. A passive verb
 * dates what is reported: "riots were reported in Greece on Saturday".
 */
const STATEMENT_TO_NAME_VERBS = [...REPORTING_VERBS, ...PAGE_DATE_VERBS];
const STATEMENT_TO_NAME_BEFORE = new RegExp(
  `(?<!\\b(?:is|are|was|were|be|been|being)\\s{1,3})\\b(?:${matchAny([...STATEMENT_TO_NAME_VERBS, ...STATEMENT_TO_NAME_VERBS.map(capitalised)])})\\s+(?:(?:to|in)\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.&'’-]*){0,3}\\s+${BEFORE_STATEMENT_TIME}`,
  'u',
);

/**
 * "Cuba demanded on Thursday that the United States return the jet": a statement's verb, the time and its
 * clause. The clause tells it from "criticised on Monday for its handling".
 */
const STATED_BEFORE = new RegExp(`(?<!\\b(?:is|are|was|were|be|been|being)\\s{1,3})\\b(?:${matchAny(STATEMENT_VERBS)})\\s+${BEFORE_STATEMENT_TIME}`);
const CLAUSE_AFTER = /^\s{1,3}that\b/i;
/** "China on Sunday expressed ...", "Police on Saturday said ...": the time of the statement that follows. */
const STATEMENT_AFTER = new RegExp(
  `^\\s{1,3}(?:(?:morning|afternoon|evening|night)\\s{1,3})?(?:${matchAny([...REPORTING_VERBS, ...STATEMENT_VERBS, ...DISCLOSED_THAT])})\\b`,
  'i',
);
/** "disclosed today that", "on Thursday it emerged that": a disclosure of what happened before (see `disclosed`). */
const DISCLOSING_BEFORE = new RegExp(String.raw`\b(?:${matchAny(DISCLOSING_VERBS)})\s{1,3}${BEFORE_STATEMENT_TIME}`, 'i');
const DISCLOSURE_AFTER = new RegExp(String.raw`^\s{1,3}(?:${matchAny(DISCLOSED_THAT)})\b`, 'i');
/** "received a telegram from his sons today": the receipt of word in writing (see WRITTEN_WORD), up to the time. */
const WORD_RECEIVED_BEFORE = new RegExp(String.raw`\b(?:received|receives|got|gets)\s{1,3}(?:(?:an?|the|his|her|their)\s{1,3})?(?:${matchAny(WRITTEN_WORD)})\b[^.;:!?,]{0,40}?\s(?:on\s{1,3})?$`, 'i');
/** "on Monday named the three Marines killed", and not "named Hugh Jackman as the host". */
const NAMING_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(NAMING_VERBS)})\\b(?![^.;]{0,80}\\bas\\b)`, 'i');
/**
 * "On Saturday, Iran's military acknowledged that ...", "Late on Sunday the White House said ...": a time
 * that opens the sentence and is followed by its subject (a few words, none a verb in -ed, no "and" or
 * "had") and a statement verb dates the statement.
 */
const STATEMENT_LEAD_BEFORE = /^\s{0,3}(?:(?:late|early)\s{1,3})?(?:(?:on|last)\s{1,3})?$/i;
const STATEMENT_LEAD_AFTER = subjectThen([...REPORTING_VERBS, ...STATEMENT_VERBS]);
/**
 * "BELGOROD, January 24 (RIA Novosti) -", "BELGOROD, Russia, Jan 24 (Reuters) -": the date of a dateline is
 * the day the report was filed. The city may be followed by its country or state in capitalised words.
 */
const DATELINE_BEFORE = /^\p{Lu}[\p{Lu}'’. -]{1,40},(?:\s{1,3}\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2},)?\s{0,3}$/u;
/** "Mumbai, Nov 11 -", "New Delhi, Nov 11: The navy ...": a dateline in capitalised words, told by what follows its date. */
const NAMED_DATELINE_BEFORE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3},(?:\s{1,3}\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2},)?\s{0,3}$/u;
/** What follows the stamp of a live report's entry: a colon or a dash, after its clock ("Friday, 2200 GMT:"). */
const ENTRY_STAMP_AFTER = /^(?:,?\s{1,3}\d{1,2}[:.]?\d{2}(?:\s{0,2}(?:GMT|UTC|[ap]\.?m\.?))?)?\s{0,2}[:–—|]/i;
const DATELINE_AFTER = /^\s{0,3}(?:\(|[-–—:]|$)/;
/** A web address up to the time: "www.example.com/2013/05/02/story" dates the page, not the event. */
const ADDRESS = /https?:|\bwww\./i;
/** A character of a plan's clause: no stop nor comma, but for one inside a figure ("some 2,000 members"). */
const PLAN_CLAUSE = String.raw`(?:[^.;!?,]|(?<=\d),(?=\d))`;
/**
 * "will be sentenced on Friday", "the trial starts Monday", "is scheduled to open November 20": a time
 * the story plans, not one it reports. The marker stands within 40 characters before the time, in its
 * clause: no stop between, and no comma but a figure's ("some 2,000 members") or an aside's that describes
 * ("will fly to Juba, the capital of South Sudan, on Friday").
 */
const planBefore = (words: readonly string[], be: readonly string[], reach = 40, dueReach = 60) => new RegExp(
  `(?:(?:\\b(?:${matchAny(words)})|(?<=\\w)(?:${matchAny(PLAN_MARKERS.contracted)}))\\b${PLAN_CLAUSE}{0,${reach}}`
    // "is expected to be flown home to Paris on a French government plane on Thursday": a plan's verb and its object.
    + `|\\b(?:${matchAny(be)})\\s+(?:(?:${matchAny(PLAN_MARKERS.between)})\\s+)?(?:${matchAny(PLAN_MARKERS.due)})\\s+to\\b${PLAN_CLAUSE}{0,${dueReach}}`
    + `|\\b(?:${matchAny(be)})\\s+(?:(?:${matchAny(PLAN_MARKERS.between)})\\s+)?(?:${matchAny(PLAN_MARKERS.dueAt)})\\s+(?:${matchAny(PLAN_MARKERS.dueAtNext)})\\b[^.;!?,]{0,40}`
    // "were to leave Damascus tonight": be and "to" before a verb of the journey.
    + `|\\b(?:${matchAny(be)})\\s+(?:(?:${matchAny(PLAN_MARKERS.between)})\\s+)?to\\s+(?:${matchAny(PLAN_MARKERS.journey)})\\b${PLAN_CLAUSE}{0,${dueReach}})`
    + `(?:,\\s(?:the|a|an)\\s[^.;!?,]{1,40},[^.;!?,]{0,20})?$`,
  'i',
);
const PLANNED_BEFORE = planBefore(PLAN_MARKERS.words, PLAN_MARKERS.be);
/** "will meet on Thursday", "is due to land Friday": a plan that lies ahead of the report. */
// A plan ahead reaches a weekday further than a plan marks one: "He will meet President Ukhnaagiin Khurelsukh on
// Saturday" is the next Saturday.
// "Trump is expected to announce investment deals worth hundreds of billions of dollars before flying on to Qatar on
// Wednesday": a plan looks ahead over its whole clause.
const AHEAD_BEFORE = planBefore(AHEAD_MARKERS.words, AHEAD_MARKERS.be, 60, 120);
const NAMED_DAY = new RegExp(`(?<![\\p{L}])(?:${matchAny(NAMED_DAY_BEFORE)})\\s$`, 'u');
/** "On Saturday he is due to meet Sistani": a time that opens a sentence, then its plan. */
const OPENING_TIME = /^\s*(?:(?:on|late|early|by)\s{1,3})?$/i;
const AHEAD_AFTER = new RegExp(`^,?\\s{1,3}(?:[\\p{L}'’.-]{1,20}\\s{1,3}){0,4}?(?:(?:${matchAny(AHEAD_MARKERS.words)})`
  + `|(?:${matchAny(AHEAD_MARKERS.be)})\\s{1,3}(?:(?:${matchAny(PLAN_MARKERS.between)})\\s{1,3})?(?:${matchAny(PLAN_MARKERS.due)})\\s{1,3}to)\\b`, 'iu');
/** "a three-day exchange", "over 3 days": how many days a sentence's happening lasts, two to fourteen. */
const DAY_WORDS = Object.entries(NUMBER_UNITS).filter(([, n]) => n >= 2 && n <= 14);
const SPAN_PATTERN = new RegExp(
  `\\b(?:${SPAN_OF_DAYS.map((p) => p.replace(/\s/g, '\\s{1,3}').replace('{n}', `(\\d{1,2}|${matchAny(DAY_WORDS.map(([w]) => w))})`)).join('|')})\\b`,
  'gi',
);
/** "a 36-hour airlift": a span of hours longer than a day, whose days are as many as it may touch. */
const SPAN_OF_HOURS = /\b(\d{2,3})-hour\b/gi;
const BARE_WEEKDAY = new RegExp(`^(?:${matchAny(Object.keys(WEEKDAYS))})$`, 'i');
/** Words of a flight or an aircraft, which make a sentence one about the story's flight. */
const FLIGHT_WORD = new RegExp(`\\b(?:${matchAny([...Object.keys(AIRCRAFT_NOUNS), 'flight', 'flights', 'airlift', 'flew', 'flown'])})\\b`, 'i');
/** "last week's deadly earthquake": another event the time belongs to, by its possessive. */
const OTHER_EVENT_AFTER = new RegExp(`^['’]s\\s{1,3}(?:[\\w.-]{1,20}\\s{1,3}){0,3}?(${matchAny(OTHER_EVENTS)})\\b`, 'i');
/** "after the Oct. 7 attack": a time written before the noun of an earlier happening. */
const PRIOR_EVENT_BEFORE = new RegExp(`\\b(?:${matchAny(PRIOR_EVENT.before)})\\s{1,3}$`, 'i');
const PRIOR_EVENT_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(PRIOR_EVENT.nouns)})\\b`, 'i');
/** "after the Hamas attack on Israel last week": the earlier happening, then its time right after it. */
const PRIOR_EVENT_NAMED = new RegExp(String.raw`\b(?:${matchAny(PRIOR_EVENT.before)})\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:${matchAny(PRIOR_EVENT.nouns)})`
  + String.raw`(?:\s{1,3}(?:on|in|by|against|at)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}[\w-]{1,20})?\s{1,3}$`, 'i');
/** "in retaliation for last month's attack": the time of the event the story's answers. */
const ANSWERING = new RegExp(`\\b(?:${matchAny(ANSWERING_BEFORE)})\\s{1,3}$`, 'i');
/** "at a hearing on Tuesday", "the funeral Friday": the occasion right before a time. */
const OCCASION_BEFORE = new RegExp(`\\b(${matchAny(OCCASIONS)})\\s{1,3}(?:(?:on|in|this|last|late|early)\\s{1,3})?$`, 'i');
/** "pleaded not guilty on Thursday": a court's act right before a time dates a hearing. */
const COURT_ACT_BEFORE = new RegExp(`\\b(?:${matchAny(COURT_ACTS)})\\s{1,3}(?:(?:on|late|early)\\s{1,3})?$`, 'i');
/** "was sworn in as President at noon": an oath's time, perhaps with the office between. */
const OATH_BEFORE = new RegExp(`\\b(?:${matchAny(OATH.verbs)})\\b[^.;:,!?]{0,30}?\\s(?:(?:on|at|late|early)\\s{1,3})?$`, 'i');
/** "was detained in Khartoum on Sunday": an arrest's time, with where it was made. */
const ARRESTED_BEFORE = new RegExp(`\\b(?:${matchAny(ARREST.auxiliaries)})\\s{1,3}(?:${matchAny(ARREST.verbs)})\\b[^.;:,!?]{0,40}?\\s(?:(?:on|late|early)\\s{1,3})?$`, 'i');
/** "Relatives on Friday held a vigil": an occasion held right after the time. */
const heldAfter = (occasions: readonly string[]) =>
  new RegExp(`^\\s{1,3}(?:${matchAny(OCCASION_HELD_VERBS)})\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,4}?(${matchAny(occasions)})\\b`, 'i');
const OCCASION_HELD_AFTER = heldAfter(OCCASIONS);
/**
 * "on the way to a game Thursday", "for a dinner on Saturday": the day of what the journey went to, an occasion
 * that dates no sentence of the journey.
 */
const JOURNEY_OCCASION_BEFORE = new RegExp(`\\b(?:to|for)\\s{1,3}(?:an?|the|its|their|his|her)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}?`
  + `(${matchAny(JOURNEY_OCCASIONS)})\\s{1,3}(?:on\\s{1,3})?$`, 'i');
/**
 * "lined the streets of Turin today for the funeral of the players": the time of the occasion it is for. Not a
 * flight's: "flew to Rome on Monday for the funeral" dates the flight.
 */
const OCCASION_FOR_AFTER = new RegExp(`^\\s{1,3}for\\s{1,3}(?:the|a|an|their|his|her)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}?(${matchAny(OCCASIONS)})\\b`, 'i');
/** A verb of the event before the time, in its clause: "flew to Rome on Monday". */
const EVENT_IN_CLAUSE = new RegExp(`\\b(?:${matchAny(EVENT_VERBS)})\\b[^.;:!?]*$`, 'i');
/** "began three days of national mourning on Thursday", "on Thursday began three days of national mourning": the country's answer to the event. */
const OBSERVANCE_BEFORE = new RegExp(`\\b(?:${matchAny(RESPONSE_ACTS.observances)})\\s{1,3}(?:(?:on|in|this|last|late|early)\\s{1,3})?$`, 'i');
const OBSERVANCE_AFTER = heldAfter(RESPONSE_ACTS.observances);
/** "on Friday, hours after she was swapped": a time of what followed the event. */
const FOLLOW_UP = new RegExp(
  `^(?:\\s{1,3}(?:morning|afternoon|evening|night))?,?\\s{1,3}(?:(?:just|only|some|about|around|nearly|almost)\\s{1,3})?`
    + `(?:${matchAny(FOLLOW_UP_AFTER)}|\\d{1,3}\\s{1,3}(?:minutes|hours|days|weeks)\\s{1,3}after`
    // "on Thursday after a dramatic 48 hours in which he vanished": after a span the story's happenings filled.
    + `|after\\s{1,3}(?:an?|the)\\s{1,3}(?:[a-z-]{3,20}\\s{1,3})?(?:\\d{1,3}|${matchAny(Object.keys(NUMBER_UNITS))})\\s{1,3}(?:hours|days|weeks)\\s{1,3}(?:in|during)\\s{1,3}which)\\b`
    // "on Monday, 13 minutes after taking off from Jakarta": the crash itself, timed from its take-off.
    + `(?!\\s{1,3}(?:${matchAny(FLIGHT_START)})\\b)`,
  'i',
);
/**
 * "a day after President Donald Trump accepted an offer", "a day after the Kremlin said": a subject of a few
 * words and a verb of a decision or a word given. The day before such a clause dates the story's own
 * happening (no follow-up), and the day the clause counts back to is when the decision was taken.
 */
const DECIDED = subjectThen([...DECISION_VERBS, ...REPORTING_VERBS, ...STATEMENT_VERBS]);
/** "the day before in what he said was ...": no decision's subject after the words, which count from their day. */
const NO_SUBJECT_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(ANCHOR_CLAUSE_GOES_ON)})\\s`, 'i');
const followsUp = (after: string) => {
  const m = FOLLOW_UP.exec(after);
  return m !== null && !DECIDED.test(after.slice(m[0].length));
};
/** A follow-up within hours of what it follows: "on Friday, hours after she was swapped" (see FOLLOW_UP_SOON). */
const SOON_AFTER = new RegExp(`\\b(?:${matchAny(FOLLOW_UP_SOON)})\\s{1,3}after$`, 'i');
const followsSoon = (after: string) => SOON_AFTER.test(FOLLOW_UP.exec(after)?.[0] ?? '');
/**
 * "went down ... at about 6:50 p.m., shortly after the singer had finished filming a music video": the crash, timed
 * after what its people did before it. Not "found the wreckage on Sunday, a day after the plane crashed".
 */
const CRASH_VERB = matchAny([...new Set([...CRASH_AT_ARRIVAL.verbs, ...CRASH_AT_DEPARTURE.verbs, 'exploded', 'shot down', 'disappeared', 'vanished'])]);
const CRASH_BEFORE_TIME = new RegExp(`\\b(?:${CRASH_VERB})\\b[^.;:!?]{0,110}$`, 'i');
const CRASH_IN_CLAUSE = new RegExp(`^[^.;:!?]{0,110}?\\b(?:${CRASH_VERB}|crash|crashing)\\b`, 'i');
const crashTimed = (text: string, m: { start: number; end: number }) =>
  CRASH_BEFORE_TIME.test(text.slice(Math.max(0, m.start - 120), m.start)) && !CRASH_IN_CLAUSE.test(text.slice(m.end, m.end + 110));
/** A character of one clause: no stop but an initial's ("U.S. Open champion"). */
const IN_CLAUSE = '(?:[^.;!?]|(?<=\\b[A-Z])\\.)';
/** "on Sunday recovered the body of one of the three people killed when a cargo jet crashed": a search's time. */
const AFTERMATH_LEAD = new RegExp(`^\\s{1,3}(?:${matchAny(AFTERMATH_ACTS.acts)})\\b(?:${IN_CLAUSE}{0,120}?\\b(?:${matchAny(AFTERMATH_ACTS.links)})\\b`
  + `${IN_CLAUSE}{0,80}?\\b(?:${matchAny(AFTERMATH_ACTS.events)})\\b`
  // "Investigators on Wednesday began examining why an Air France jetliner ... landed too far down the runway": the
  // act's object is why it happened, whatever the verb.
  + `|\\s{1,3}(?:${matchAny(AFTERMATH_ACTS.askedWhy)})\\b)`, 'i');
/**
 * "Investigators searched the wreckage of a Cypriot jetliner on Monday for clues to why the pilots lost
 * consciousness before the plane crashed": the search's act before the time, the event's clause after it.
 */
const AFTERMATH_BEFORE = new RegExp(`\\b(?:${matchAny(AFTERMATH_ACTS.acts)})\\b[^.;:!?,]{0,80}$`, 'i');
// "on Thursday searched the ocean off Long Island for the wreckage": a search of a place for what the event left.
// Or for those named, then said to be missing: "on Monday to join the hunt for Amelia Earhart, missing since Friday".
const SEARCH_AFTER = new RegExp(`^,?\\s{1,3}(?:(?:(?:${matchAny(AFTERMATH_ACTS.searchAfter)})|(?:${matchAny(AFTERMATH_ACTS.searchedPlace)})\\b[^.;!?]{0,60}?\\bfor)`
  + `\\s{1,3}(?:the\\s{1,3})?(?:${matchAny(AFTERMATH_ACTS.soughtAfter)})\\b|(?:${matchAny(AFTERMATH_ACTS.searchAfter)})\\s[^.;!?]{0,60}?\\b(?:${matchAny(AFTERMATH_ACTS.lost)})\\b)`, 'i');
/** "Searchers on Friday called off the hunt", "Navy divers on Thursday retrieved the black box": a search ended, or what only the event leaves recovered. */
const SEARCH_DONE_AFTER = new RegExp(`^,?\\s{1,3}(?:(?:have|has|had)\\s{1,3})?(?:${matchAny([...AFTERMATH_ACTS.searchEnded, ...AFTERMATH_ACTS.recoveries])})\\b`, 'i');
/** "that crashed on", "which went down late on": the event's verb right before a time. */
const EVENT_JUST_BEFORE = new RegExp(`\\b(?:${matchAny(AFTERMATH_ACTS.events)})\\s{1,3}(?:(?:on|late|early|in|last)\\s{1,3}){0,2}$`, 'i');
/** "that disintegrated near Mount Fuji ": a relative clause of the event's verb, up to a time, with no break. */
const EVENT_CLAUSE_BEFORE = new RegExp(`\\b(?:that|which)\\s{1,3}(?:${matchAny(AFTERMATH_ACTS.events)})\\b[^.;:!?,]{0,50}$`, 'i');
const RECOVERY_BEFORE = new RegExp(`\\b(?:${matchAny(AFTERMATH_ACTS.recoveries)})\\b[^.;:!?,]{0,60}$`, 'i');
/**
 * "The bodies of eight of the 16 men killed ... were brought ashore on Thursday": a recovery in the passive. The
 * thing may be named past an abbreviation's dots: "The wreckage of the T.A.T. plane ... was found today".
 */
const RECOVERED_BEFORE = new RegExp(`\\b(?:${matchAny(AFTERMATH_ACTS.recoveredThings)})\\b(?:[^.;:!?]|(?<=\\b[a-z])\\.){0,120}?\\b(?:were|was|had\\s{1,3}been|have\\s{1,3}been)\\s{1,3}`
  + `(?:${matchAny(AFTERMATH_ACTS.recoveredPassive)})\\b[^.;:!?,]{0,30}$`, 'i');
/**
 * "combed the rugged country around Mount Taylor today for the ... liner City of San Francisco, missing since it left
 * Albuquerque": a place searched before the time, for what is said to be lost after it.
 */
const SEARCHED_BEFORE = new RegExp(`\\b(?:${matchAny(AFTERMATH_ACTS.searchedPlace)})\\b[^.;:!?,]{0,80}$`, 'i');
const FOR_THE_LOST_AFTER = new RegExp(`^\\s{1,3}for\\s(?:[^.;!?]|(?<=\\b[a-z])\\.){0,100}?\\b(?:${matchAny(AFTERMATH_ACTS.lost)})\\b`, 'i');
// Not "on Tuesday, many hours after the Airbus plunged": a search hours after the event is on the event's day.
const EVENT_LATER = new RegExp(`^${IN_CLAUSE}{0,120}?(?<!\\b(?:hours|minutes)\\s{1,3})\\b(?:${matchAny(AFTERMATH_ACTS.links)})\\b${IN_CLAUSE}{0,90}?\\b(?:${matchAny(AFTERMATH_ACTS.events)})\\b`, 'i');
/**
 * "suspended all flights of its three vintage planes on Monday after one of them crashed": an answer to the
 * event before the time, the event's clause after it. The time is the answer's, and dates no sentence.
 */
const RESPONSE_BEFORE = new RegExp(`\\b(?:${matchAny(RESPONSE_ACTS.acts)})\\b[^.;:!?,]{0,80}$`, 'i');
// "grounded today after the second unexplained crash in three months": the event's noun may be described.
const EVENT_AFTER = new RegExp(`^(?:\\s{1,3}(?:morning|afternoon|evening|night))?,?\\s{1,3}${RESPONSE_ACTS.link}\\b(?:[^.;!?,]{0,60}?\\b(?:${matchAny(AFTERMATH_ACTS.events)})`
  + `|\\s{1,3}the\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}?(?:${matchAny(RESPONSE_ACTS.eventNouns.map((noun) => noun.replace(/^the /, '')))}))\\b`, 'i');
/** "Lloyd Austin ordered the deployment on Friday": the order that sent the flight, right before the time. */
const ORDERED_BEFORE = new RegExp(`\\b(?:${matchAny(ORDERS.verbs)})\\s{1,3}(?:the|a|an|its|their|this)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}?(?:${matchAny(ORDERS.objects)})\\s{1,3}(?:on\\s{1,3})?$`, 'i');
/**
 * "prosecutors on Saturday opened an investigation into the crash", "The United Nations on Tuesday mourned Dag
 * Hammarskjold": an inquiry or a tribute, an answer to the event, right after the time.
 */
const INQUIRY_AFTER = new RegExp(`^\\s{1,3}(?:(?:have|has|had)\\s{1,3})?(?:${matchAny([...RESPONSE_ACTS.inquiries, ...RESPONSE_ACTS.tributes])}`
  + `|(?:${matchAny(RESPONSE_ACTS.inquiryOpened)})\\s{1,3}an?\\s{1,3}[\\w-]{1,20}\\s{1,3}(?:${matchAny(RESPONSE_ACTS.inquiryNouns)}))\\b`, 'i');
/** Whether the time at `m` is a search's: the act after it or before it, or a search named right after it. */
function datesSearch(text: string, m: { start: number; end: number }): boolean {
  // "began examining the wreckage of the King Air that crashed on Friday": the event's own day, inside the search's clause.
  // So is one a place away from the event's verb: "of the BOAC jetliner that disintegrated near Mount Fuji yesterday".
  if (EVENT_JUST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || EVENT_CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start))) return false;
  if (AFTERMATH_LEAD.test(text.slice(m.end, m.end + 240)) || SEARCH_AFTER.test(text.slice(m.end, m.end + 100))
    || SEARCH_DONE_AFTER.test(text.slice(m.end, m.end + 60))) return true;
  if (SEARCHED_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)) && FOR_THE_LOST_AFTER.test(text.slice(m.end, m.end + 120))) return true;
  // "Divers recovered more bodies from the wreckage on Tuesday": what only the event leaves, recovered before the time.
  if ((RECOVERY_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) || RECOVERED_BEFORE.test(text.slice(Math.max(0, m.start - 200), m.start)))
    && !followsUp(text.slice(m.end, m.end + 110))) return true;
  return AFTERMATH_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) && EVENT_LATER.test(text.slice(m.end, m.end + 200))
    && !followsUp(text.slice(m.end, m.end + 110));
}
const TRIBUTE_AFTER = new RegExp(`^\\s{0,3}(?:(?:${matchAny(RESPONSE_ACTS.tributesAfter)})`
  + `|,?\\s{0,3}as\\s{1,3}(?:[\\w'’.-]{1,20}\\s{1,3}){0,3}?(?:${matchAny(RESPONSE_ACTS.mourningAs)}))\\b`, 'i');
const BAN_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(RESPONSE_ACTS.bansAfter)})\\s{1,3}(?:${matchAny(RESPONSE_ACTS.bannedFlying)})\\b`, 'i');
const ARREST_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(RESPONSE_ACTS.arrests)})\\s[^.;:!?,]{0,50}?\\b(?:${matchAny(RESPONSE_ACTS.arrestedOver)})\\b`, 'i');
/** "Armenia mourned on Thursday the 113 people killed when ...": a tribute right before the time, the event's clause after it. */
const TRIBUTE_BEFORE = new RegExp(`\\b(?:${matchAny(RESPONSE_ACTS.tributes)})\\s{1,3}(?:on\\s{1,3})?$`, 'i');
/** The verbs of a journey that an errand of the aftermath may follow (see datesErrand). */
const ERRAND_TRAVEL = new RegExp(`\\b(?:${matchAny(ERRAND_TRAVEL_VERBS)})\\b`, 'i');
/**
 * "Lauda flew to Bangkok on Monday to visit the crash site", "Investigators on Tuesday flew to Lagos to join the
 * inquiry": the day of a journey made to tend the aftermath, in one clause with its verb and its errand.
 */
function datesErrand(text: string, m: { start: number; end: number }): boolean {
  const gap = aftermathErrandGap(text.slice(m.end, m.end + 140));
  if (gap === undefined || /[,;]/.test(gap)) return false;
  const clause = text.slice(0, m.start).split(/[,;]/).pop()!;
  return ERRAND_TRAVEL.test(clause + gap);
}
/**
 * "Vietnam Airlines on Thursday grounded its remaining Tu-134 planes pending an investigation into the crash": an
 * answer right after the time, the event named by its noun later in the clause.
 */
const ACT_THEN_EVENT_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(RESPONSE_ACTS.acts)})\\b[^.;:!?]{0,80}?\\s(?:${matchAny(RESPONSE_ACTS.eventNouns)})\\b`, 'i');
/** Whether the time at `m` is an answer's: an act before it with the event after, or an inquiry or arrest right after it. */
const datesResponse = (text: string, m: { start: number; end: number }) => INQUIRY_AFTER.test(text.slice(m.end, m.end + 50))
  || ACT_THEN_EVENT_AFTER.test(text.slice(m.end, m.end + 120))
  || ARREST_AFTER.test(text.slice(m.end, m.end + 80)) || TRIBUTE_AFTER.test(text.slice(m.end, m.end + 30)) || BAN_AFTER.test(text.slice(m.end, m.end + 40))
  || (RESPONSE_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) && EVENT_AFTER.test(text.slice(m.end, m.end + 100)))
  || (TRIBUTE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && EVENT_LATER.test(text.slice(m.end, m.end + 200)));
/** What leads from a planned time to the next of its plan: "on Monday before formal negotiations on Tuesday". */
const PLAN_GOES_ON = new RegExp(`^[^.;!?]{0,12}\\b(?:${matchAny(PLAN_LINKS)})\\b[^.;!?,]{0,40}$`
  // "were to leave Damascus tonight on a U.S. Air Force plane for Frankfurt, West Germany, and fly on to Washington
  // on Wednesday": a bare verb of the journey after "and" is the plan's next step, however far on.
  + `|^[^;!?]{0,100}?\\band\\s{1,3}(?:${matchAny(PLAN_MARKERS.journey)})\\b[^.;!?,]{0,40}$`, 'i');
/** "The death toll ... rose to 26 on Saturday": the day a toll rose to its figure, a day after the event. */
const TOLL_ROSE_BEFORE = new RegExp(`\\btoll\\b[^.;:!?]{0,120}?\\b(?:${matchAny(TOLL_ROSE)})\\s{1,3}[\\w,.-]{1,12}\\s{1,3}(?:people\\s{1,3})?(?:on\\s{1,3}|by\\s{1,3})?$`, 'i');
/** "one remained in hospital on Friday": a state that lasted past the event, in the clause before the time. */
const LASTING_STATE = new RegExp(`\\b(?:${matchAny(LASTING_STATE_BEFORE)})\\b[^.;,:!?]{0,40}$`, 'i');
const SEEN_STATE = new RegExp(`\\b(?:${matchAny(SEEN_STATE_BEFORE)})\\b[^.;,:!?]{0,80}$`, 'i');
/** "Airport authorities on Tuesday were still trying to remove the jet": a state that lasted, right after the time. */
const STILL_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(LASTING_STATE_BEFORE.filter((w) => w.endsWith(' still')))})\\b`, 'i');
/** "was born Betty Mae Page in Nashville, Tennessee on April 22, 1923": a birth, with its name and place between. */
const BORN_BEFORE = /\b(?:was|were)\s{1,3}born\b[^.;!?]{0,60}$/i;
const occasionName = (word: string) => {
  const key = fold(word).replace(/\s+/g, ' ');
  return OCCASION_NAMES[key] ?? key;
};
/** "held since October", "by 1958": a time that starts or ends a period. */
const periodBefore = (words: readonly string[]) => new RegExp(`\\b(?:${matchAny(words)})\\s{1,3}(?:(?:the|early|late|mid|mid-|last)\\s{1,3})?$`, 'i');
const SINCE_BEFORE = periodBefore(PERIOD_MARKERS.start);
/** "Rwanda's president since 1973": a tenure's start, which describes a person. */
const TENURE_BEFORE = new RegExp(`\\b(?:${matchAny(TENURE_BEFORE_SINCE)})\\s{1,3}(?:${matchAny(PERIOD_MARKERS.start)})\\s{1,3}(?:(?:early|late|mid)\\s{1,3})?$`, 'i');
/** "his first trip abroad since Russia invaded his country in February": the time of the clause that starts the period. */
const SINCE_CLAUSE_BEFORE = sinceClauseBefore(8);
/** "a round-the-world flight that began in Oakland, California, in May": the start of a longer journey. */
const JOURNEY_BEGAN_BEFORE = new RegExp(`\\b(?:${matchAny(JOURNEY_START.nouns)})\\s{1,3}(?:that|which)\\s{1,3}(?:had\\s{1,3})?(?:${matchAny(JOURNEY_START.verbs)})\\b[^.;:!?]{0,50}$`, 'i');
/** "was seized on Monday", "had been hijacked on Saturday": the start of a hijacking's ordeal. */
const SEIZED_BEFORE = new RegExp(`\\b(?:${matchAny(HIJACK_START.auxiliaries)})\\s{1,3}(?:${matchAny(HIJACK_START.verbs)})\\s{1,3}(?:(?:on|late|early)\\s{1,3})?$`, 'i');
const BOUND_BEFORE = periodBefore(PERIOD_MARKERS.end);
/** "stormed a hijacked Garuda jetliner at Bangkok's Don Muang airport before dawn on Tuesday": a hijacking's end. */
const STORMED_BEFORE = new RegExp(`\\b(?:${matchAny(HIJACK_END.verbs)})\\s{1,3}(?:the|an?)\\s{1,3}(?:${matchAny(HIJACK_END.objects)})\\b[^.;:!?]{0,90}$`, 'i');
/**
 * A character of a journey's clause: no stop, but those of a clock ("7:12", "7.12", "p.m."); or an aside that places
 * where it set off: "had left the Royal Air Force base at Waddington, in central England, on Thursday".
 */
const JOURNEY_CLAUSE = String.raw`(?:[^.;:,!?]|(?<=\d)[:.](?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.|,\s{1,3}(?:in|near|outside)\s[^.;:,!?]{1,40},)`;
/** A time in the clause of one of `verbs`, at most `reach` characters on; not "who left office yesterday" (see LEFT_NO_PLACE). */
const inClauseOf = (verbs: readonly string[], reach: number) =>
  new RegExp(`\\b(?:${matchAny(verbs)})\\b(?!\\s{1,3}(?:${matchAny(LEFT_NO_PLACE)})\\b)${JOURNEY_CLAUSE}{0,${reach}}?\\s(?:(?:on|late|early)\\s{1,3})?$`, 'i');
/** "slipped out of his Texas ranch on Wednesday night": a time in the clause of a journey's setting off. */
const SET_OFF_BEFORE = inClauseOf(SETTING_OFF_VERBS, 50);
/** "arrived in the Central African Republic on Monday": a time in the clause of a journey's landing. */
const ARRIVED_BEFORE = inClauseOf(ARRIVED_THERE, 60);
/**
 * "took off from Rio de Janeiro's international airport at about 9 p.m.", "landed at the Royal Air Force base
 * at Northolt ... shortly before 9 a.m.": a clock comes at the end of a longer clause.
 */
const SET_OFF_CLOCK_BEFORE = inClauseOf(SETTING_OFF_VERBS, 120);
const ARRIVED_CLOCK_BEFORE = inClauseOf(ARRIVED_THERE, 120);
/** The verbs of a setting off and of a landing, wherever they stand: which is nearer a time (see journeyEdge). */
const SET_OFF_WORD = new RegExp(`\\b(?:${matchAny(SETTING_OFF_VERBS)})\\b`, 'gi');
const ARRIVED_WORD = new RegExp(`\\b(?:${matchAny(ARRIVED_THERE)})\\b`, 'gi');

/**
 * Marks a time told in the clause of a setting off or a landing. Where both go before it, the nearer verb tells:
 * "took off from Havana's Jose Marti airport in the morning and arrived at Andrews at 11:50 a.m." is a landing.
 */
function journeyEdge<T extends { clock?: unknown }>(journey: string, value: T): T & { departure?: true; arrival?: true } {
  const off = (value.clock ? SET_OFF_CLOCK_BEFORE : SET_OFF_BEFORE).test(journey);
  const on = (value.clock ? ARRIVED_CLOCK_BEFORE : ARRIVED_BEFORE).test(journey);
  if (off && on) {
    const last = (words: RegExp) => Math.max(-1, ...[...journey.matchAll(words)].map((m) => m.index));
    return last(ARRIVED_WORD) > last(SET_OFF_WORD) ? { ...value, arrival: true } : { ...value, departure: true };
  }
  return off ? { ...value, departure: true } : on ? { ...value, arrival: true } : value;
}

/** "(0241 GMT Friday)", "(1300 GMT)": brackets that name a zone of known offset. */
const ZONE_IN_BRACKETS = new RegExp(
  String.raw`\((?=[^()]{0,40}\b(?:${matchAny(Object.keys(ZONES).filter((z) => ZONES[z] !== null && z.length > 1))})\b)[^()]{1,40}\)`,
  'g',
);
/** What may stand between a time and the brackets that convert it: "6:41pm PST this evening (". */
const BEFORE_CONVERSION = /^[\s\p{L}.]{0,16}$/u;
/** What stands between a time and another that restates it: "Wednesday, September 18", "Thursday evening (December 11)". */
const APPOSITION = /^(?:\s{1,3}(?:morning|afternoon|evening|night))?(?:,?\s{1,3}|\s{0,3}\(\s{0,2})$/i;
const IN_ADDRESS = /(?:https?:|\bwww\.)(?:\S|\s(?=[/.?=&_-])|(?<=[/.?=&_-])\s)*[/=-]\s?$/i;

/** "The last of the Il-76 aircraft", "the first of 11 Il-76 planes": one flight of a series. */
const SERIES_PART = new RegExp(
  `\\b(?:${matchAny(SERIES_PART_WORDS)})\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?(?:[\\w-]{1,20}\\s{1,3}){0,3}?(?:${matchAny([...Object.keys(AIRCRAFT_NOUNS), 'flight', 'flights'])})\\b`, 'i');

/** The most days a sentence says its happening lasts ("a three-day exchange"), if it says. */
function daysLasting(text: string): number | undefined {
  let most: number | undefined;
  for (const m of text.matchAll(SPAN_PATTERN)) {
    const word = [...m].slice(1).find((g) => g !== undefined)!;
    const n = /^\d/.test(word) ? Number(word) : NUMBER_UNITS[word.toLowerCase()];
    if (n !== undefined && n >= 2 && n <= 14) most = Math.max(most ?? 0, n);
  }
  for (const m of text.matchAll(SPAN_OF_HOURS)) {
    const hours = Number(m[1]);
    if (hours > 24 && hours <= 14 * 24) most = Math.max(most ?? 0, Math.ceil(hours / 24) + 1);
  }
  return most;
}

/**
 * A weekday read as the last one on or before the report ("Thursday" in a Tuesday's report is five days
 * back), where words of a plan ahead come before it, is the next one: "the visit would last until Thursday".
 * So is a planned month and day without a year: "will enter Venezuela on Feb. 23" in a report of Feb. 16;
 * and a month a plan looks ahead to: "will bring ... by the end of January" in a report of December.
 */
function ahead(v: TimeValue, before: string, publishedAt: string | undefined, chained = false, words = ''): TimeValue {
  const nextYear = (day: string) => `${+day.slice(0, 4) + 1}${day.slice(4)}`;
  if (v.planned && v.date && publishedAt && v.precision === 'day' && !v.relative && !/\d{4}/.test(words) && v.date.to < publishedAt) {
    return { ...v, date: { from: nextYear(v.date.from), to: nextYear(v.date.to) } };
  }
  // "flights that will bring some 2,000 members of the community ... by the end of January", in December: the
  // month ahead, past the turn of the year.
  if (v.date && publishedAt && (v.precision === 'month' || v.precision === 'part') && !/\d{4}/.test(words) && v.date.to < publishedAt
    && (v.planned || MONTH_AHEAD_BEFORE.test(before)) && MONTH_WORD.test(words)) {
    return { ...v, date: { from: nextYear(v.date.from), to: nextYear(v.date.to) } };
  }
  if (!v.date || !publishedAt || !v.relative || !BARE_WEEKDAY.test(v.relative) || v.date.from >= publishedAt) return v;
  if (!chained && !AHEAD_BEFORE.test(before)) return v;
  return { ...v, date: { from: shiftDay(v.date.from, 7), to: shiftDay(v.date.to, 7) } };
}

/** A weekday read as the last one on or before the report, whose next one is nearer: four to six days back. */
function nextIsNearer(v: TimeValue, publishedAt: string | undefined): boolean {
  return v.date !== undefined && publishedAt !== undefined && daysBetween(v.date.from, publishedAt) > 3;
}

/** A plan ahead over a month's longer reach: "will bring some 2,000 members of the community to the country by the end of January". */
const MONTH_AHEAD_BEFORE = planBefore(AHEAD_MARKERS.words, AHEAD_MARKERS.be, 100, 120);
/** A month named in a time's words: "the end of January", not "this month". */
const MONTH_WORD = new RegExp(`\\b(?:${matchAny(Object.keys(MONTHS))})\\b`, 'i');

/** Words that open a sentence and count days from the one before: "A day earlier, a Tu-134 was shot down". */
const OPENS_COUNTING = new RegExp(`^\\W{0,3}(?:${matchAny(Object.keys(ANCHORED_DAYS)).replace(/ /g, '\\s{1,3}')})\\b`, 'i');

/** The last day a sentence dates, as the time facet reads it: not the day a statement was made. */
function lastDayOf(sentence: SentenceContext | undefined): string | undefined {
  if (!sentence) return undefined;
  const days = time.extract(sentence).filter((f) => !f.value.statement && f.value.precision === 'day' && f.value.date && f.value.date.from === f.value.date.to);
  return days[days.length - 1]?.value.date!.from;
}

export const time: Facet<TimeValue> = defineFacet<TimeValue>({
  kind: 'time',
  // "Police said Friday the suspect was arrested Thursday. Officials expect charges on Monday": times in
  // different sentences date different moments, not competing claims of one.
  disputedWithin: 'sentence',
  extract(sentence) {
    const text = sentence.text;
    // Most sentences hold no web address: one scan spares reading back from every time.
    const address = ADDRESS.test(text);
    let said: { end: number } | undefined;
    const times = findTimes(text, sentence.publishedAt, OPENS_COUNTING.test(text) ? lastDayOf(sentence.previous) : undefined);
    const converted = text.includes('(') ? conversionsIn(text, times) : undefined;
    const found = withZonedClocks(text, times, converted).filter((m) => (m.rule !== 'year' || !namesType(text, m.start))
      // "for Oscar Sunday": a day's name, no date.
      && !(BARE_WEEKDAY.test(m.text) && NAMED_DAY.test(text.slice(Math.max(0, m.start - 14), m.start))));
    let flight: boolean | undefined;
    const told = text.includes('day') || text.includes('-hour') ? daysLasting(text) : undefined;
    const series = told === undefined && text.includes(' of ') && SERIES_PART.test(text);
    const lasts = series ? SERIES_SPAN_DAYS : told;
    let plannedEnd: number | undefined;
    return found.map((m, k) => {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const statement = statementBefore(before) || STATEMENT_TO_NAME_BEFORE.test(before)
        || (STATED_BEFORE.test(before) && CLAUSE_AFTER.test(text.slice(m.end, m.end + 10)))
        || STATEMENT_AFTER.test(text.slice(m.end, m.end + 40)) || NAMING_AFTER.test(text.slice(m.end, m.end + 120)) || isDateline(text, m.start, m.end)
        || (STATEMENT_LEAD_BEFORE.test(text.slice(0, m.start)) && STATEMENT_LEAD_AFTER.test(text.slice(m.end, m.end + 90)))
        || (address && IN_ADDRESS.test(text.slice(0, m.start))) || WORD_RECEIVED_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))
        // "a day after President Donald Trump accepted an offer": the day of the decision.
        || (m.rule === 'anchored-day' && DECIDED.test(text.slice(m.end, m.end + 70)) && !NO_SUBJECT_AFTER.test(text.slice(m.end, m.end + 8)))
        // "said on Wednesday, September 18": a time set beside a statement's time is that time.
        || (said !== undefined && APPOSITION.test(text.slice(said.end, m.start)));
      said = statement ? { end: m.end } : undefined;
      const label = m.rule === 'year' ? labelOf(text, m.start, m.end) : undefined;
      const labelled = label ? { ...m.value, label } : m.value;
      // "had been due to land in the Lithuanian capital at 10:25": the plan's words may start further back.
      // "will hold informal talks over dinner on Monday before formal negotiations on Tuesday": a plan goes on.
      const opensPlan = OPENING_TIME.test(text.slice(0, m.start)) && AHEAD_AFTER.test(text.slice(m.end, m.end + 60));
      const chained = (plannedEnd !== undefined && PLAN_GOES_ON.test(text.slice(plannedEnd, m.start))) || opensPlan;
      // A plan that looks ahead is a plan over as long a reach: "will attend a memorial service at the base on Monday".
      // What the journey went to lies ahead of it: its weekday is the nearer one, the next or the last.
      const toOccasion = JOURNEY_OCCASION_BEFORE.exec(before)?.[1]?.toLowerCase();
      const planned = chained || toOccasion !== undefined || PLANNED_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))
        || AHEAD_BEFORE.test(text.slice(Math.max(0, m.start - 150), m.start)) ? { ...labelled, planned: true } : labelled;
      plannedEnd = planned.planned ? m.end : undefined;
      const occasion = toOccasion ?? OCCASION_BEFORE.exec(before)?.[1] ?? (COURT_ACT_BEFORE.test(before) ? HEARING_OCCASION : undefined)
        ?? (OATH_BEFORE.test(before) ? OATH.occasion : undefined)
        ?? (ARRESTED_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)) && (flight ??= FLIGHT_WORD.test(text)) ? ARREST.occasion : undefined) ?? (OBSERVANCE_BEFORE.test(before) || OBSERVANCE_AFTER.test(text.slice(m.end, m.end + 80)) ? RESPONSE_OCCASION : undefined)
        ?? OCCASION_HELD_AFTER.exec(text.slice(m.end, m.end + 80))?.[1] ?? (EVENT_IN_CLAUSE.test(text.slice(Math.max(0, m.start - 80), m.start)) ? undefined : OCCASION_FOR_AFTER.exec(text.slice(m.end, m.end + 60))?.[1]) ?? (BORN_BEFORE.test(text.slice(Math.max(0, m.start - 70), m.start)) ? 'born' : undefined)
        ?? (datesSearch(text, m) ? SEARCH_OCCASION : undefined)
        ?? ((followsUp(text.slice(m.end, m.end + 110)) && !crashTimed(text, m)) || LASTING_STATE.test(before) || SEEN_STATE.test(text.slice(Math.max(0, m.start - 100), m.start))
          || STILL_AFTER.test(text.slice(m.end, m.end + 20))
          || TOLL_ROSE_BEFORE.test(text.slice(Math.max(0, m.start - 160), m.start)) ? 'follow-up' : undefined)
        ?? (datesResponse(text, m) || datesErrand(text, m) ? RESPONSE_OCCASION : undefined)
        ?? (ORDERED_BEFORE.test(before) ? ORDER_OCCASION : undefined);
      // "hit by Monday's earthquake": the possessive's event, not the end of a period.
      // Only in a sentence about a flight: in a report of the quake, "Tuesday's earthquake" is its own event.
      const otherEvent = OTHER_EVENT_AFTER.exec(text.slice(m.end, m.end + 60))?.[1]?.toLowerCase();
      const ofAnother = otherEvent !== undefined && (flight ??= FLIGHT_WORD.test(text)) ? otherEvent
        : ANSWERING.test(before) && /^['’]s\b/.test(text.slice(m.end, m.end + 3)) ? ANSWERED_EVENT
        : PRIOR_EVENT_BEFORE.test(before) && PRIOR_EVENT_AFTER.test(text.slice(m.end, m.end + 20)) ? ANSWERED_EVENT
        : PRIOR_EVENT_NAMED.test(text.slice(Math.max(0, m.start - 100), m.start)) ? ANSWERED_EVENT : undefined;
      const value = ofAnother ? { ...planned, occasion: ofAnother }
        : TENURE_BEFORE.test(before) ? { ...planned, since: true, occasion: TENURE_OCCASION }
        : SINCE_BEFORE.test(before) || SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start))
          || JOURNEY_BEGAN_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)) || SEIZED_BEFORE.test(before) ? { ...planned, since: true }
        : BOUND_BEFORE.test(before) || STORMED_BEFORE.test(text.slice(Math.max(0, m.start - 130), m.start)) ? { ...planned, bound: true }
        : occasion ? { ...planned, occasion: occasionName(occasion), ...(occasion === 'follow-up' && followsSoon(text.slice(m.end, m.end + 110)) ? { soonAfter: true } : {}) } : planned;
      const journey = value === planned && !statement ? text.slice(Math.max(0, m.start - (value.clock ? 150 : 80)), m.start) : undefined;
      const setOff = journey === undefined ? value : journeyEdge(journey, value);
      const conversion = converted?.get(k);
      const marked = conversion ? localDay(setOff, conversion)
        : ahead(setOff, text.slice(Math.max(0, m.start - 150), m.start), sentence.publishedAt, chained || (toOccasion !== undefined && nextIsNearer(setOff, sentence.publishedAt)), m.text);
      const spanned = lasts && marked.date ? { ...marked, lasts, ...(series ? { series: true } : {}) } : marked;
      const disclosed = statement && (DISCLOSING_BEFORE.test(before) || DISCLOSURE_AFTER.test(text.slice(m.end, m.end + 40)));
      return { value: statement ? { ...spanned, statement: true, ...(disclosed ? { disclosed: true } : {}) } : spanned, start: m.start, end: m.end, rule: m.rule };
    });
  },
  relate(x, y) {
    // "Friday night" and "early Saturday" can be one moment, told from either side of midnight.
    if (acrossMidnight(x, y) || acrossMidnight(y, x)) return 'compatible';
    // A take-off's hour and a landing's, no day placing either: two moments of one journey.
    if (((x.departure && y.arrival) || (x.arrival && y.departure)) && (!x.date || !y.date) && (x.clock || y.clock)) return 'unrelated';
    // A night's setting off and the next day's landing or visit, or a day's setting off and a landing told of
    // the next: two moments, neither denies the other.
    if (setOffTheDayBefore(x, y) || setOffTheDayBefore(y, x)) return 'unrelated';
    // "01:15 Moscow time on Saturday" and "22:15 GMT on Friday": one instant, on two calendars.
    const instants = relateInstants(x, y);
    if (instants) return instants;
    const onDate = relateDates(x, y);
    // "the 2007 ceremony" and "the 2014 Oscars" name two things: years of two kinds of thing never clash,
    // though one year in both still ties them.
    if (x.label !== y.label) return onDate === 'conflict' || onDate === 'unrelated' ? 'unrelated' : 'compatible';
    const onClock = relateClocks(x, y);
    // A clock alone fits a day with that clock, but confirms no day: "01:15 GMT" says nothing of Friday.
    if (onDate === 'unrelated') return onClock !== 'conflict' && onClock !== 'unrelated' && !x.date !== !y.date ? 'compatible' : onClock;
    if (onClock === 'unrelated') return onDate;
    return combine(onDate, onClock);
  },
  describe(v) {
    const parts: string[] = [];
    if (v.date) {
      const range = v.date.from === v.date.to ? v.date.from : `${v.date.from}..${v.date.to}`;
      const note = v.relative ?? (v.precision === 'day' ? weekdayName(v.date.from) : undefined);
      parts.push(note ? `${range} (${note})` : range);
    } else if (v.relative) parts.push(`${v.relative} (unresolved)`);
    if (v.clock) parts.push(describeClock(v.clock));
    if (v.edge) parts.push(v.edge === 'late' ? '(late in the day)' : '(early in the day)');
    if (v.departure) parts.push('(setting off)');
    if (v.arrival) parts.push('(landing)');
    if (v.statement) parts.push('(when said)');
    if (v.planned) parts.push('(planned)');
    if (v.since) parts.push('(start of a period)');
    if (v.bound) parts.push('(end of a period)');
    if (v.occasion) parts.push(`(of the ${v.occasion})`);
    if (v.converted) parts.push('(in another zone)');
    if (v.zoneDay) parts.push(`(local day of "${v.zoneDay}")`);
    if (v.lasts) parts.push(v.series ? '(one of a series of flights)' : `(in a ${v.lasts}-day span)`);
    return parts.join(' ') || 'a time';
  },
  compare(a, b, context): SetJudgement {
    // When something was said is no claim about the event: the verdict reads the other times.
    const x = withoutStatements(a), y = withoutStatements(b);
    // "a three-day exchange" on either side: days that fall within it do not clash.
    const span = Math.max(0, ...[...a, ...b].map((f) => f.value.lasts ?? 0));
    let spanned: [Fact, Fact] | undefined;
    const apart = (p: readonly Fact[], q: readonly Fact[]) => {
      if (!withinDays(p[0]!.value as TimeValue, q[0]!.value as TimeValue, span)) return true;
      spanned ??= [p[0]!, q[0]!];
      return false;
    };
    const events: [number, number] = [eventSentence(x), eventSentence(y)];
    const sharp = [sharpestOf(x), sharpestOf(y)] as const;
    const judged = judgeByRelation(time, x, y, context
      ? { clashCounts: (p, q) => eventTimes(p, q, events, context, sharp) && apart(p, q) }
      : span ? { clashCounts: apart } : {});
    if (!spanned || judged.verdict === 'conflict') return judged;
    const [p, q] = spanned;
    const ofSeries = [...a, ...b].some((f) => f.value.series);
    const why = ofSeries ? `"${p.text}" (a) and "${q.text}" (b) may be days of one series of flights`
      : `"${p.text}" (a) and "${q.text}" (b) fall within the ${span} days the reports give`;
    return { verdict: judged.verdict, explanation: judged.explanation === DIFFERENT_THINGS ? why : `${why}; ${judged.explanation}` };
  },
});

/** "01:15 Moscow time on Saturday", "on March 2 at 22:15 GMT": what joins a day and its clock time. */
const CLOCK_THEN_DAY = /^,?\s{1,3}(?:on\s{1,3})?$/;
const DAY_THEN_CLOCK = /^,?\s{1,3}(?:at\s{1,3})?$/;

/**
 * Gives a day the clock time in a zone of known offset written right beside it: the day and the clock
 * then make one instant, which a day on another calendar may share ("01:15 Moscow time on Saturday" is
 * "22:15 GMT on Friday"). A day restated in brackets (`converted`) is turned into the local day instead.
 */
function withZonedClocks(text: string, found: TimeMention[], converted?: ReadonlyMap<number, unknown>): TimeMention[] {
  return found.map((m, k) => {
    const v = m.value;
    if (!v.date || v.date.from !== v.date.to || v.precision !== 'day' || v.clock || converted?.has(k)) return m;
    const before = found[k - 1], after = found[k + 1];
    const clock = before?.value.clock?.offset !== undefined && !before.value.date && CLOCK_THEN_DAY.test(text.slice(before.end, m.start))
      ? before.value.clock
      : after?.value.clock?.offset !== undefined && !after.value.date && DAY_THEN_CLOCK.test(text.slice(m.end, after.start))
        ? after.value.clock
        : undefined;
    return clock ? { ...m, value: { ...v, clock } } : m;
  });
}

/** A day restated in another zone: its words, and how many days the local day lies after it, if known. */
interface Conversion {
  words: string;
  shift?: number;
}

/**
 * Days in brackets that restate the time just before them in another zone: "passed away at 6:41pm PST
 * this evening (0241 GMT Friday)". The day is the other zone's, and may be the next or the last. A clock
 * there keeps its zone and compares as any other. Returns those days by their index in `found`, with the
 * shift to the local day where both clocks tell it ({@link dayShift}).
 */
function conversionsIn(text: string, found: readonly TimeMention[]): Map<number, Conversion> {
  const out = new Map<number, Conversion>();
  for (const brackets of text.matchAll(ZONE_IN_BRACKETS)) {
    const at = brackets.index!, end = at + brackets[0].length;
    const before = found.filter((m) => m.end <= at && BEFORE_CONVERSION.test(text.slice(m.end, at)));
    if (!before.length) continue;
    const local = before.filter((m) => m.value.clock).pop()?.value.clock;
    const inside = found.filter((m) => m.start > at && m.end < end);
    const words = brackets[0].slice(1, -1).trim();
    const shift = local && dayShift(local, inside.find((m) => m.value.clock?.offset !== undefined)?.value.clock ?? bracketClock(words));
    found.forEach((m, k) => {
      if (m.start > at && m.end < end && !m.value.clock) out.set(k, { words, shift });
    });
  }
  return out;
}

/** "0241 GMT": a four-figure clock with a zone, as wire copy writes the time in brackets. */
const BRACKET_CLOCK = new RegExp(
  String.raw`(?<!\d)([01]\d|2[0-3]):?([0-5]\d)\s{0,2}(${matchAny(Object.keys(ZONES).filter((z) => ZONES[z] !== null && z.length > 1))})\b`,
);

function bracketClock(words: string): NonNullable<TimeValue['clock']> | undefined {
  const m = BRACKET_CLOCK.exec(words);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return { from: minutes, to: minutes, zone: m[3], offset: ZONES[m[3]!] ?? undefined };
}

/** The weekdays' names, Sunday first. */
const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAYS).sort((x, y) => WEEKDAYS[x]! - WEEKDAYS[y]!);

/** Offsets of real zones, in minutes east of UTC. */
const WESTMOST = -720, EASTMOST = 840;

/**
 * How many days the local day lies after the day in brackets, from the local clock and the bracket's
 * clock: "6:41pm PST (0241 GMT Friday)" is Thursday in Los Angeles (-1). With the local zone's offset
 * unknown ("17:06 local time (13:36 GMT Sunday)"), the one shift that puts it within real zones.
 */
function dayShift(local: NonNullable<TimeValue['clock']>, other: TimeValue['clock']): number | undefined {
  if (other?.offset === undefined) return undefined;
  const c0 = (local.from + local.to) / 2, c1 = (other.from + other.to) / 2;
  if (local.offset !== undefined) {
    const days = (c1 - other.offset + local.offset - c0) / DAY;
    return Math.abs(days - Math.round(days)) * DAY <= 60 ? Math.round(days) : undefined;
  }
  const fits = [-1, 0, 1].filter((k) => {
    const offset = c0 - c1 + other.offset! + k * DAY;
    return offset >= WESTMOST && offset <= EASTMOST;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The local day of a day written in another zone, where it can be placed; otherwise the day is marked
 * {@link TimeValue.converted} and never clashes on its own.
 */
function localDay(value: TimeValue, { words, shift }: Conversion): TimeValue {
  if (shift === undefined) return { ...value, converted: true };
  const { relative: _, ...rest } = value;
  if (value.date && value.date.from === value.date.to && value.precision === 'day') {
    const day = shiftDay(value.date.from, shift);
    return { ...rest, date: { from: day, to: day }, zoneDay: words };
  }
  const parts = value.parts;
  if (!value.date && parts?.weekday !== undefined && parts.day === undefined && parts.month === undefined) {
    const weekday = (parts.weekday + shift + 7) % 7;
    return { ...rest, parts: { ...parts, weekday }, relative: WEEKDAY_NAMES[weekday], zoneDay: words };
  }
  return { ...value, converted: true };
}

/** The words of a type whose number reads like a year ("Mirage 2000", "Beechcraft 1900"): the number names the type. */
const TYPE_BEFORE_YEAR = new RegExp(String.raw`\b(?:${matchAny(AIRCRAFT_FAMILIES.flatMap((f) => [f.designation, ...(f.names ?? [])])
  .map((name) => /^(.*\S)\s(?:19|20)\d\d$/.exec(name)?.[1]).filter((w): w is string => w !== undefined))})\s{1,3}$`, 'i');

/** Is the year-like number at `start` the number of a type ("Mirage 2000"), no year? */
export const namesType = (text: string, start: number): boolean => TYPE_BEFORE_YEAR.test(text.slice(Math.max(0, start - 30), start));

/** The word after a year that makes it part of a name ("2014 Oscars", "the 2009 season"), if any. */
const LABEL_AFTER = /^[ \t]{1,3}(\p{L}[\p{L}'’-]*)((?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})/u;
/** "In 2005 Smith won": a year after these, before a capitalised word, opens a clause and names nothing. */
const ADVERBIAL_BEFORE = /(?:^|\s)(?:in|since|by|until|during|after|before|from|through)\s{1,3}$/i;
const NOT_LABELS: ReadonlySet<string> = new Set([...STOPWORDS, ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].map((w) => w.toLowerCase()));

/** What a year names ("the 2014 Oscars" -> `oscars`), or undefined when it dates something ("in 2005 after ..."). */
function labelOf(text: string, start: number, end: number): string | undefined {
  const found = LABEL_AFTER.exec(text.slice(end, end + 60));
  const next = found?.[1];
  if (!next || NOT_LABELS.has(next.toLowerCase())) return undefined;
  const named = /^\p{Lu}/u.test(next);
  if (named && ADVERBIAL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  // A name goes on in capitals: "the 2007 World Series", "the 2014 Academy Awards".
  return (named ? next + found[2] : next).toLowerCase();
}

/**
 * The day a report was filed, by the date of its dateline ("TURIN, Italy, May 4 (AP) -"), when that falls in the
 * week before the day it was published: "today" and the weekdays of the report count from it.
 */
export function filedOn(firstSentence: string, publishedAt: string | undefined): string | undefined {
  if (!publishedAt) return undefined;
  const m = findTimes(firstSentence.slice(0, 80), publishedAt).find((t) => isDateline(firstSentence, t.start, t.end));
  const day = m?.value.precision === 'day' && !m.value.relative ? m.value.date?.from : undefined;
  if (!day || day !== m!.value.date!.to) return undefined;
  const back = daysBetween(day, publishedAt);
  return back > 0 && back <= 7 ? day : undefined;
}

/** Is the time at `start`..`end` the date of the sentence's dateline (the day the report was filed)? */
function isDateline(text: string, start: number, end: number): boolean {
  if (start > 44) return false;
  // "0415 GMT: The death toll has risen to 18": the time a live report's entry was posted.
  if (/^\s{0,3}$/.test(text.slice(0, start)) && ENTRY_STAMP_AFTER.test(text.slice(end, end + 16))) return true;
  const before = text.slice(0, start);
  return DATELINE_BEFORE.test(before) || (NAMED_DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(text.slice(end, end + 3)));
}

/** The times that date no statement, or all of them when every one does. */
function withoutStatements(facts: Fact<TimeValue>[]): Fact<TimeValue>[] {
  const kept = facts.filter((f) => !f.value.statement);
  return kept.length ? kept : facts;
}

/**
 * Articles date several moments of a story ("shot on Friday", "buried on Tuesday", "since 2004") and
 * their statements ("police said Saturday"). Two times that clash make the articles disagree when both
 * date their article's event (they stand in its first sentence with a day or a clock time), or when they
 * stand in sentences that report the same thing; otherwise they date different moments, each said by one
 * side. The time of a statement never clashes; a time of another kind of moment (see {@link momentOf})
 * dates no event and clashes only with a time of its kind; a day restated in another zone never clashes on
 * its own.
 */
function eventTimes(
  x: readonly Fact[],
  y: readonly Fact[],
  [eventA, eventB]: readonly [number, number],
  context: JudgeContext,
  [sharpA, sharpB]: readonly [ReadonlyMap<number, number>, ReadonlyMap<number, number>],
): boolean {
  const said = (f: Fact) => (f.value as TimeValue).statement === true;
  if (x.every(said) || y.every(said)) return false;
  // "(0241 GMT Friday)" gives the moment before it in another zone, whose day may differ.
  const converted = (f: Fact) => (f.value as TimeValue).converted === true;
  if (x.every(converted) || y.every(converted)) return false;
  const moment = (f: Fact) => momentOf(f.value as TimeValue);
  const dates = (f: Fact, event: number) => f.sentence === event && !said(f) && moment(f) === HAPPENING;
  if (x.some((f) => dates(f, eventA)) && y.some((f) => dates(f, eventB))) return true;
  // A plan, the start of a period or a later occasion and a happening are two moments, even where the
  // sentences report the same thing. What a sentence dates is told by its sharpest time: "riots this week,
  // the worst since 1985" dates this week.
  const sharpest = (f: Fact, sharp: ReadonlyMap<number, number>) => rankOf(f) <= (sharp.get(f.sentence) ?? Infinity);
  // Two years alone in loosely alike sentences tell two moments of a life as often as one moment told
  // twice ("director of player personnel in 1999", "promoted to senior vice president in 2003"): they
  // clash only where the sentences tell one thing nearly alike ("closed its doors in 2019 / in 2018").
  const yearOnly = (f: Fact) => rankOf(f) >= PRECISION_RANK.year!;
  const alike = (f: Fact, g: Fact) => !(yearOnly(f) && yearOnly(g)) || (context.score?.(f.sentence, g.sentence) ?? 1) >= YEARS_CLASH_AT;
  // A search and what followed go on over days: two reports may each tell one of them ("searched the Pacific on
  // Saturday", "launched three seaplanes on Monday to join the hunt").
  return x.some((f) => sharpest(f, sharpA) && !ONGOING.has(moment(f)) && y.some((g) => sharpest(g, sharpB) && moment(f) === moment(g)
    && context.aligned(f.sentence, g.sentence) && alike(f, g)));
}

/** Moments that last over days, whose days never clash. */
const ONGOING: ReadonlySet<string> = new Set([`occasion: ${SEARCH_OCCASION}`, 'occasion: follow-up']);

const HAPPENING = 'happening';
/** Own-word score two sentences need for their years alone to clash. On ECB+ topics 1-22 any bar from 0.3 to 0.7 gives the same conflicts. */
const YEARS_CLASH_AT = 0.5;

/**
 * Which kind of moment a time dates: what happened, a plan ("the trial starts Monday"), the start or the
 * end of a period ("since October", "by 1958") or a later occasion ("at a hearing on Tuesday"). Only times
 * of one kind clash, and only a happening dates the event.
 */
function momentOf(v: TimeValue): string {
  if (v.planned) return 'planned';
  if (v.since) return 'since';
  if (v.bound) return 'bound';
  return v.occasion ? `occasion: ${v.occasion}` : HAPPENING;
}

/** Precisions from the sharpest: a minute dates more narrowly than a day, a day than a year. */
const PRECISION_RANK: Readonly<Record<string, number>> = { minute: 0, hour: 1, day: 2, week: 3, part: 4, month: 5, year: 6, vague: 7 };
const rankOf = (f: Fact) => PRECISION_RANK[(f.value as TimeValue).precision] ?? 7;

/** The sharpest precision among each sentence's times. */
function sharpestOf(facts: readonly Fact[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const f of facts) out.set(f.sentence, Math.min(out.get(f.sentence) ?? Infinity, rankOf(f)));
  return out;
}

const PRECISE: ReadonlySet<string> = new Set(['day', 'hour', 'minute']);

/**
 * The calendar days an article's event facts state (`YYYY-MM-DD`, the first day of each), where the
 * calendar could place a day. Statement times ("said on Monday", a dateline's date) count only when the
 * article states no other day: the day a report was filed bounds the day of its event. Planned days
 * ("the trial starts Monday") never count.
 */
export function eventDays(facts: readonly Fact[]): string[] {
  const days = facts.filter((f) => {
    const v = f.value as TimeValue;
    return f.facet === 'time' && v.date !== undefined && PRECISE.has(v.precision) && momentOf(v) === HAPPENING;
  });
  const own = days.filter((f) => !(f.value as TimeValue).statement);
  // The statements' days bound nothing where the lead dates the event elsewhere, nor in a report that discloses what
  // happened, its dateline's day among them: "The Air Force disclosed today that a rocket-powered plane has flown
  // faster than sound".
  if (!own.length && (leadDatesElsewhere(facts, days) || days.some((f) => (f.value as TimeValue).disclosed))) return [];
  return [...new Set((own.length ? own : days).map((f) => (f.value as TimeValue).date!.from))].sort();
}

/**
 * "A Polish government panel said on Wednesday that the 2010 crash ... was caused by explosions": the first
 * time an article gives of what happened is a year (or a month) that does not hold the day it was said, so
 * that day bounds nothing of the event.
 */
function leadDatesElsewhere(facts: readonly Fact[], statements: readonly Fact[]): boolean {
  let lead: TimeValue | undefined, at = Infinity;
  for (const f of facts) {
    const v = f.value as TimeValue;
    if (f.facet === 'time' && v.date && !v.statement && momentOf(v) === HAPPENING && f.sentence < at) [lead, at] = [v, f.sentence];
  }
  if (!lead?.date) return false;
  const { from, to } = lead.date;
  return statements.every((f) => {
    const day = (f.value as TimeValue).date!.from;
    return day < from || day > to;
  });
}

/**
 * The sentence that dates an article's event: its first with a day or a clock time that is neither a
 * statement's nor planned, or -1 when it has none. A year or a month alone ("shot to fame in 1999", "back
 * in 2005") is mostly named in passing; such times clash only where the sentences that give them report
 * the same thing.
 */
function eventSentence(facts: readonly Fact[]): number {
  let precise = Infinity;
  for (const f of facts) {
    const v = f.value as TimeValue;
    if (!v.statement && momentOf(v) === HAPPENING && PRECISE.has(v.precision)) precise = Math.min(precise, f.sentence);
  }
  return precise < Infinity ? precise : -1;
}

const DAY = 24 * 60, HALF_DAY = 12 * 60;

/** Whether two days lie within a span of `days` days: Friday and Saturday in a three-day exchange. */
function withinDays(x: TimeValue, y: TimeValue, days: number): boolean {
  if (days < 2 || !x.date || !y.date || !PRECISE.has(x.precision) || !PRECISE.has(y.precision)) return false;
  const first = x.date.from < y.date.from ? x.date : y.date, last = first === x.date ? y.date : x.date;
  return daysBetween(first.from, last.to) < days;
}

function describeClock(c: NonNullable<TimeValue['clock']>): string {
  const hhmm = (t: number) => {
    const m = ((t % DAY) + DAY) % DAY;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  };
  const zone = c.zone ? ` ${c.zone.replace(/ time$/i, '')}` : '';
  return c.from === c.to ? `${hhmm(c.from)}${zone}` : `${hhmm(c.from)}-${hhmm(c.to)}${zone}`;
}

/** Two readings of one thing: conflict wins, equal needs both, otherwise the more specific side. */
function combine(a: Relation, b: Relation): Relation {
  if (a === 'conflict' || b === 'conflict') return 'conflict';
  if (a === b) return a;
  if (a === 'equal') return b;
  if (b === 'equal') return a;
  return 'compatible';
}

function relateRanges(x: { from: string; to: string }, y: { from: string; to: string }): Relation {
  if (x.to < y.from || y.to < x.from) return 'conflict';
  if (x.from === y.from && x.to === y.to) return 'equal';
  if (x.from >= y.from && x.to <= y.to) return 'narrower';
  if (y.from >= x.from && y.to <= x.to) return 'broader';
  return 'compatible';
}

function relateDates(x: TimeValue, y: TimeValue): Relation {
  const dated = (v: TimeValue) => v.date !== undefined || (!v.clock && (v.parts !== undefined || v.relative !== undefined));
  if (!dated(x) || !dated(y)) return 'unrelated';
  if (x.date && y.date) return relateRanges(x.date, y.date);
  // An expression the calendar could not place: compare what it states, else it may be any day.
  const stated = (v: TimeValue) => v.parts ?? (v.date && v.date.from === v.date.to ? partsOf(v.date.from) : undefined);
  const px = stated(x), py = stated(y);
  if (!px || !py) return 'compatible';
  for (const k of ['year', 'month', 'day', 'weekday'] as const) {
    if (px[k] !== undefined && py[k] !== undefined && px[k] !== py[k]) return 'conflict';
  }
  const keys = ['year', 'month', 'day', 'weekday'] as const;
  if (keys.every((k) => px[k] === py[k])) return 'equal';
  // "June 24" of an unknown year is implied by "June 24, 2005": what one states, the other states and more.
  if (keys.every((k) => px[k] === undefined || px[k] === py[k])) return 'broader';
  if (keys.every((k) => py[k] === undefined || px[k] === py[k])) return 'narrower';
  return 'compatible';
}

/**
 * Is `setOff` a journey's setting off and `next` the day after, when it may have landed? Late in a day
 * ("slipped out of his Texas ranch on Wednesday night"), the next day's visit ("visited Baghdad on Thursday");
 * at any hour ("flew into exile on Sunday"), a landing the next day ("arrived in Bangui on Monday"), a long
 * flight's. Two moments of one journey.
 */
function setOffTheDayBefore(setOff: TimeValue, next: TimeValue): boolean {
  if (!setOff.departure || next.departure || next.edge === 'late') return false;
  if (setOff.edge !== 'late' && !next.arrival) return false;
  if (!setOff.date || !next.date || setOff.date.from !== setOff.date.to || next.date.from !== next.date.to) return false;
  return daysBetween(setOff.date.from, next.date.from) === 1;
}

/** Is `late` said near the end of a day ("late Friday") and `early` near the start of the next ("early Saturday")? */
function acrossMidnight(late: TimeValue, early: TimeValue): boolean {
  // "overnight" runs into the next day's first hours, which a day told whole holds: "struck overnight" (of a
  // report on the 7th, the 6th's night) and "the strikes" of the 7th.
  const overnight = /^overnight$/i.test(late.relative ?? '') && early.edge === undefined && !early.clock;
  if (late.edge !== 'late' || (early.edge !== 'early' && !overnight)) return false;
  const x = dayParts(late), y = dayParts(early);
  if (!x || !y) return false;
  if (x.weekday !== undefined && y.weekday !== undefined && (x.weekday + 1) % 7 !== y.weekday) return false;
  if (x.day !== undefined && y.day !== undefined && x.month !== undefined && y.month !== undefined) {
    const next = y.month === x.month ? y.day === x.day + 1 : y.day === 1 && y.month === (x.month % 12) + 1;
    if (!next) return false;
  } else if (x.weekday === undefined || y.weekday === undefined) return false;
  return x.year === undefined || y.year === undefined || y.year === x.year || (y.year === x.year + 1 && y.month === 1);
}

/** The parts a one-day value states, placed or not. */
function dayParts(v: TimeValue): TimeValue['parts'] {
  if (v.date) return v.date.from === v.date.to ? partsOf(v.date.from) : undefined;
  return v.parts;
}

function partsOf(isoDay: string): NonNullable<TimeValue['parts']> | undefined {
  const d = parseDay(isoDay);
  return d ? { year: d.y, month: d.m, day: d.d, weekday: weekdayOf(d) } : undefined;
}

/**
 * Two days with clock times in zones of known offset, as instants: the day each gives may differ across
 * midnight while the moment is one. Undefined unless both give one day and such a clock.
 */
function relateInstants(x: TimeValue, y: TimeValue): Relation | undefined {
  const at = (v: TimeValue) => {
    const day = v.date && v.date.from === v.date.to ? parseDay(v.date.from) : undefined;
    if (!day || v.clock?.offset === undefined) return undefined;
    const base = Date.UTC(day.y, day.m - 1, day.d) / 60_000 - v.clock.offset;
    return { from: base + v.clock.from, to: base + v.clock.to };
  };
  const ix = at(x), iy = at(y);
  if (!ix || !iy || x.date!.from === y.date!.from) return undefined;
  if (ix.to < iy.from || iy.to < ix.from) return 'conflict';
  if (ix.from === iy.from && ix.to === iy.to) return 'equal';
  if (ix.from >= iy.from && ix.to <= iy.to) return 'narrower';
  if (iy.from >= ix.from && iy.to <= ix.to) return 'broader';
  return 'compatible';
}

function relateClocks(x: TimeValue, y: TimeValue): Relation {
  if (!x.clock || !y.clock) return 'unrelated';
  const cx = x.clock, cy = y.clock;
  const known = (c: typeof cx) => c.offset !== undefined;
  // A time in an unknown zone ("local time") compares only with another such time: the offset could be anything.
  if (known(cx) !== known(cy)) return 'compatible';
  const shiftX = -(cx.offset ?? 0), shiftY = -(cy.offset ?? 0);
  const ax = { from: cx.from + shiftX, to: cx.to + shiftX };
  let best: Relation = 'conflict';
  // Instants on a 24-hour circle: 23:30 UTC and 02:30 Moscow time are one instant.
  for (const wrap of [-DAY, 0, DAY]) {
    const ay = { from: cy.from + shiftY + wrap, to: cy.to + shiftY + wrap };
    if (ax.to < ay.from || ay.to < ax.from) continue;
    if (ax.from === ay.from && ax.to === ay.to) return 'equal';
    if (ax.from >= ay.from && ax.to <= ay.to) best = 'narrower';
    else if (ay.from >= ax.from && ay.to <= ax.to) best = 'broader';
    else best = 'compatible';
  }
  // "at 8:40" and "at 8:40 p.m.": a clock of twelve hours may be the other half of the day's, and then fits.
  if (best === 'conflict' && (cx.twelveHour || cy.twelveHour)) {
    const halves = (c: typeof cx, from: number, to: number) => (c.twelveHour ? [0, HALF_DAY] : [0]).map((h) => ({ from: from + h, to: to + h }));
    for (const hx of halves(cx, ax.from, ax.to)) {
      for (const hy of halves(cy, cy.from + shiftY, cy.to + shiftY)) {
        if ([-DAY, 0, DAY].some((wrap) => !(hx.to < hy.from + wrap || hy.to + wrap < hx.from))) return 'compatible';
      }
    }
  }
  return best;
}

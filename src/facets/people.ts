/**
 * People: how many, in which role ("99 servicemen", "six crew", "74 on board"). Casualty counts belong to
 * the casualties facet and are left out here.
 */
import { AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { REPORTING_VERBS } from '../lexicon/attribution.js';
import { fold, matchAny } from '../lexicon/match.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../lexicon/numbers.js';
import { SUPERSEDED_REPORT } from '../lexicon/scope.js';
import {
  ABOARD_ROLES, CAPACITY_CUES, CARRIED_ONLY_NOUNS, CROWD_BEFORE, CROWD_PLACES_AFTER, CROWD_VERBS, CARRYING_CUES, CRAFT_FATE_AFTER_LOAD, COUNT_UPDATE_VERBS, CREW_PARTS, REVISED_COUNT_NOUNS, WRONG_WORDS, FIGURE_GIVING_VERBS, GROUND_VICTIMS_AFTER, GROUND_VICTIMS_PLACES, LOAD_VERBS, CASUALTY_AFTER, CASUALTY_BEFORE, CASUALTY_DENIALS, CRAFT_NOUNS, FATAL_WORDS, GENERIC_PEOPLE_NOUNS,
  FIRST_FIGURE_BEFORE, HELD_UP_BEFORE, PLEDGED_BEFORE, VICTIMS_OF_BEFORE, INJURY_VERBS, MASSED_BEFORE, NATIONALITY_ADJECTIVES, NATIONALITY_COLLECTIVES, NOT_ABOARD_AFTER, OF_THEM_QUANTIFIERS, RUNNING_TOTAL_AFTER, SPREAD_OVER_FLIGHTS, ON_BOARD_WORDS, SUSPECTS, REVISED_TO, PART_QUANTIFIERS, PEOPLE_FILLER_WORDS, PEOPLE_ROLES, ROLE_MODIFIERS, SEVERITY_WORDS, TOTAL_ROLES,
  POPULATION_BEFORE, POPULATION_MIN,
} from '../lexicon/roles.js';
import { bareRoundFigure, partsOf, wholeCount, type NumberMention } from '../text/numbers.js';
import { ON_ONE_CRAFT_AFTER, ON_SEVERAL_CRAFT_AFTER, TWO_CRAFT_AFTER } from './shared.js';
import type { Fact, Interval } from '../types.js';
import { defineFacet, type Found, type JudgeContext, type Relation, type SentenceContext, type SetJudgement } from './facet.js';
import { numbersIn, oneAndOthers, RESCUED_DESCRIBED, sinceClauseBefore } from './shared.js';

export interface PeopleValue {
  /** How many, as an interval (hedges and rounding included). */
  count: Interval;
  /** "military", "crew", "passengers", "prisoners", "on board" (everyone aboard), "people"... */
  role: string;
  /** The noun as written: "servicemen", "troops". */
  noun?: string;
  /** The hedge of the figure: "almost", "an estimated". */
  hedge?: string;
  /** A bare round figure as written ("640 Afghans"), which `count` widens a little (620.8-659.2). */
  figure?: number;
  /** True for everyone aboard two craft: "all 67 people aboard a passenger jet and an Army helicopter". */
  severalCraft?: boolean;
  /**
   * True for everyone several flights carried, named after the group: "evacuated more than 390 people ... in
   * three flights". The other side's count of one craft may be any part of it.
   */
  overFlights?: boolean;
  /**
   * A count given per craft ("two C-17s with about 80 Colombians each"): the figure as given, and how many
   * craft the sentence counts, when it does. `count` is then the figure times the craft, or at least the
   * figure when the sentence gives no number of craft.
   */
  each?: { count: Interval; craft?: number };
  /**
   * True for groups of one role listed together under different nouns ("two pilots and six cabin crew"):
   * parts of the role that add up, not two counts of it.
   */
  listed?: boolean;
  /**
   * True for a group named among those counted before it in the sentence ("21 passengers were on board,
   * among them three civilians"): a part of them, which adds nothing to the sum of the groups.
   */
  among?: boolean;
  /**
   * True for a count its sentence gives as a correction of an earlier one: "The plane was carrying 135
   * people, the airline said, revising its earlier figure". A clash with it is a clash with that earlier figure.
   */
  revised?: boolean;
  /** The earlier figure such a correction replaces, where its sentence gives it: "raising its earlier count of 640". */
  revisedFrom?: Interval;
  /**
   * True for a group its sentence sets apart from those the craft carried, in a clause of another subject:
   * "with a pilot on board, came down on the bar while a band was playing to around 120 people". No count
   * of everyone aboard, whatever the other side's aligned sentence counts.
   */
  apart?: boolean;
}

const ROLE_OF = new Map<string, string>();
for (const [role, nouns] of Object.entries(PEOPLE_ROLES)) for (const n of nouns) ROLE_OF.set(fold(n), role);
const ROLE_AT = new RegExp(`(?:${matchAny(ROLE_OF.keys())})(?![\\w-])`, 'iy');
// Case matters: "61 French," and "40 Chinese were killed", with nothing the nationality could describe after it.
const COLLECTIVE_AT = new RegExp(`(?:${matchAny(NATIONALITY_COLLECTIVES)})(?=\\s{0,3}(?:[,.;:)]|$)|\\s{1,3}(?:and|or|were|was|are|had|have|died|among)\\b)`, 'y');
const ON_BOARD_AT = new RegExp(`(?:${matchAny(ON_BOARD_WORDS)})(?![\\w-])`, 'iy');
const FILLERS = new Set(PEOPLE_FILLER_WORDS.map(fold));
const CASUALTY_NEXT = new RegExp(
  `^([^.;:!?]{0,25}?)\\b(?:${matchAny(Object.values(CASUALTY_AFTER).flat())})\\b`, 'i');
/** "Three women pulled from the wreckage remain in critical condition": a rescue between a count and its fate. */
const RESCUED_BEFORE = new RegExp(`^${RESCUED_DESCRIBED}`, 'i');
/** ", all seven hijackers and about 20 Ugandan soldiers": more counted groups of a list that shares the fate after it. */
const COUNT_WORD = String.raw`(?:\d[\d,]*|${matchAny([...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)])}(?:-[a-z]+)?)`;
const LISTED_GROUPS = new RegExp(String.raw`^(?:(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(?:(?:all|about|some|nearly|around)\s{1,3})?${COUNT_WORD}\s{1,3}`
  // "16 members of the GIGN police unit": a group may be named by what it belongs to. "11 crew members", "11 crew":
  // a describing word first, or the crew.
  + String.raw`(?:\p{Lu}[\p{L}.-]*\s{1,3}){0,2}(?:(?:[\p{Ll}-]{2,15}\s{1,3})?[\p{Ll}-]{3,}s|crew|people)(?:\s{1,3}of\s{1,3}the\s{1,3}(?:[\p{L}-]+\s{1,3}){0,3}[\p{L}-]+)?){1,4}`, 'u');
/** ", a pilot," or ", including a child,": an aside between a count and its fate. */
const APPOSITION_ASIDE = new RegExp(`^,\\s{1,3}(?:an?|the|including|(?:${matchAny(OF_THEM_QUANTIFIERS)})\\s{1,3}of\\s{1,3}(?:them|whom))\\s[^,;.!?]{1,90},`, 'i');
/**
 * "A plane with 107 persons crashed", "a chartered airliner missing with 107 persons": those a craft is said to
 * have with it, perhaps past its fate, are everyone aboard. Not "A second flight with 250 people arrived": a flight
 * of an airlift may be another craft than the story's.
 */
const CRAFT_WITH_BEFORE = new RegExp(String.raw`\b(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\s{1,3}`
  + String.raw`(?:(?:missing|lost|vanished|disappeared|crashed|went\s{1,3}down)\s{1,3})?with\s{1,3}(?:(?:some|about|around|nearly|almost|more\s{1,3}than|at\s{1,3}least)\s{1,3})?$`, 'i');
/** The craft after "aboard", and "on the ground" after a listed group. */
const CRAFT_LEAD = new RegExp(String.raw`^\s{1,3}(?:the|a|an|its)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))}|flight|helicopter)\b`, 'i');
const GROUND_LEAD = /^\s{1,3}on\s{1,3}the\s{1,3}ground\b/i;
/** "were critically injured", "suffered minor injuries": verbs and severities before a casualty word. */
const BEFORE_FATE = matchAny(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'also', ...Object.values(SEVERITY_WORDS).flat(), ...FATAL_WORDS, ...INJURY_VERBS]);
const CASUALTY_RIGHT_AFTER = new RegExp(`^\\s{1,3}(?:(?:${BEFORE_FATE})\\s{1,3}){0,3}(?:${matchAny(Object.values(CASUALTY_AFTER).flat())})\\b`, 'i');
/** "182 people taken to hospitals": a casualty word right after the group, with no verb between. */
const PARTICIPLE_FATES = Object.values(CASUALTY_AFTER).flat().filter((w) => !/^(?:were|was|are|is|have|has|had|remain|remains|remained)\b/.test(w));
const CASUALTY_PARTICIPLE = new RegExp(`^\\s{1,3}(?:${matchAny(PARTICIPLE_FATES)})\\b`, 'i');
/**
 * "a plane carrying 38 people went missing": the count is the craft's load, the fate the craft's. So with the load
 * told aside: "The ... flying boat Hawaii Clipper, with 15 persons aboard, was missing today".
 */
const LOAD_BEFORE = new RegExp(`\\b(?:${matchAny(LOAD_VERBS)})\\s{1,3}(?:(?:some|about|around|nearly|almost|at\\s{1,3}least)\\s{1,3})?$`, 'i');
const CRAFT_FATE_NEXT = new RegExp(`^(?:\\s{1,3}(?:aboard|on\\s{1,3}board))?,?\\s{1,3}(?:${matchAny(CRAFT_FATE_AFTER_LOAD)})\\b`, 'i');
/**
 * "38 people aboard when it went missing": the fate is told in a clause of its own, of something else. So is
 * a count: "..., came down on the bar while a band was playing to around 120 people".
 */
const OTHER_CLAUSE = /\b(?:when|while|after|before|because|until)\b/i;
const GROUND_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(GROUND_VICTIMS_AFTER)}|(?:in|at|inside)\\s{1,3}(?:the|a|an|their|its)\\s{1,3}(?:[\\w-]+\\s{1,3})?(?:${matchAny(GROUND_VICTIMS_PLACES)}))\\b`, 'i');
/** Words of death or injury in the sentence, whose victims a group on the ground is among. */
const CASUALTY_EARLIER = new RegExp(`\\b(?:${matchAny([...Object.values(CASUALTY_AFTER).flat(), ...Object.values(CASUALTY_BEFORE).flat(), 'toll'])})\\b`, 'i');
const DENIAL_BEFORE = new RegExp(`\\b(?:${matchAny(CASUALTY_DENIALS)})\\s{1,3}$`, 'i');
const CAPACITY_BEFORE = new RegExp(`\\b(?:${matchAny(CAPACITY_CUES)})\\s{1,3}$`, 'i');
const MODIFIER_ROLE = new Map(Object.entries(ROLE_MODIFIERS).map(([w, r]) => [fold(w), r]));
// "killing its two occupants", "with the loss of 16 American officers and men".
const CASUALTY_PREVIOUS = new RegExp(`\\b(?:${matchAny([...Object.values(CASUALTY_BEFORE).flat(), 'the loss of'])})\\s{1,3}(?:(?:its|their)\\s{1,3})?$`, 'i');
const ROLE_OF_BEFORE = new RegExp(`\\b(?:a|an|the|its|their)\\s{1,3}(${matchAny(ROLE_OF.keys())})\\s{1,3}of\\s{1,3}$`, 'i');
/** A word, or a dotted abbreviation: "200 U.S. citizens". */
const WORD = /(?:\p{Lu}\.){2,4}|[\p{L}\d][\p{L}\d'’-]{0,30}/uy;
const CARRY_FORMS = ['carrying', 'carried', 'carries', 'carry'];
// Not "six men were carried away with the wrecked envelope": swept off, not flown (not "flown off the mountain").
const CARRYING = new RegExp(`\\b(?:(?:${matchAny(CARRY_FORMS)})(?!\\s{1,3}(?:away|off)\\b)|${matchAny(CARRYING_CUES.filter((c) => !CARRY_FORMS.includes(c)))})\\b`, 'i');
const GENERIC_NOUNS = new Set(GENERIC_PEOPLE_NOUNS.map(fold));
const POPULATION_LEAD = new RegExp(`\\b(?:${matchAny(POPULATION_BEFORE)})\\s{1,3}(?:some\\s{1,3}|about\\s{1,3}|nearly\\s{1,3}|over\\s{1,3}|more\\s{1,3}than\\s{1,3})?$`, 'i');
/** "the 23 million people of Taiwan", "Taiwan's 23 million people": the people living there. */
const POPULATION_OF = /^\s{1,3}(?:of|living\s{1,3}in)\s{1,3}(?:the\s{1,3})?\p{Lu}/u;
const POPULATION_OWNER = /\p{Lu}[\p{L}.-]{1,30}['’]s?\s{1,3}(?:some\s{1,3}|about\s{1,3}|nearly\s{1,3})?$/u;
/** "all 74 people on board", "none of the 12 people on board", "no survivors among the eight people aboard". */
const ALL_BEFORE = /\b(?:all|none\s{1,3}of|no\s{1,3}survivors\s{1,3}(?:among|of))\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?$/i;

/** A plural noun of people after "and", with no count of its own: "doctors and nurses". */
const OTHER_GROUP = /^\p{Ll}[\p{Ll}-]{2,}s$/u;
const NUMBER_WORD: ReadonlySet<string> = new Set([...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS), 'hundreds', 'thousands', 'dozens', 'millions', 'tens']);
/**
 * The other group aboard right after a group's noun, with no figure of its own: "passengers and crew". Not one
 * counted after it: "Her 20 passengers and crew of about 40".
 */
const AND_OTHER_ABOARD = new RegExp(String.raw`^\s{1,3}and\s{1,3}((?:the\s{1,3})?[\p{L}]+(?:\s{1,3}members)?)(?![\p{L}\d])(?!\s{1,3}\d)`
  + String.raw`(?!\s{1,3}of\s{1,3}(?:(?:about|some|nearly|more\s{1,3}than)\s{1,3})?(?:\d|(?:${matchAny([...Object.keys(NUMBER_UNITS), ...Object.keys(NUMBER_TENS)])})\b))`, 'u');
/** "Of the 67 people on board, ...", "most of the 67 people on board": a whole, whatever part of it a verb counts. */
const WHOLE_FIRST = new RegExp(`(?:(?:^|[,;:]\\s{1,3})|\\b(?:${matchAny(PART_QUANTIFIERS)})\\s{1,3})of\\s{1,3}(?:the|all|its|their|those)\\s{1,3}$`, 'i');
/** "since thousands of migrants gathered": a count in a clause that starts a period, a few words after "since". */
const SINCE_CLAUSE = sinceClauseBefore(4);
/** " — ": a dash right after a counted group, opening who they were. */
const DASH_OPENS = /^\s{1,3}[—–]\s{1,3}$/;
/** "The passengers included four people from India": a part of those named before the verb. */
const INCLUDED_BEFORE = /\b(?:included|include|includes)\s{1,3}(?:(?:at\s{1,3}least|some|about|around)\s{1,3})?$/i;
/**
 * The end of an aside, before the clause goes on: "including 13 South Korean tourists, went missing"; not a clause
 * of its own ("including 13 tourists who went missing,").
 */
const ASIDE_CLOSED = /^(?![^.;:,()]{0,60}?\b(?:who|whom|that|which)\b)[^.;:,()]{0,60},/;
/** A group named as part of a larger one: "including 32 Kenyans and 18 Canadians", "among them six children". */
const PART_BEFORE = /\b(?:including|among them|among whom|of whom|of them)\b[^.;:]{0,60}$/i;
/**
 * "including one child and two babies, as well as two pilots", "including a child and two infants, seven crew",
 * "55 passengers, including four children, and seven crew", "73 passengers, most of them returning from vacations in
 * Puerto Rico, and eight crew members": words that end a list of parts, and go on to others.
 */
const PART_ENDED = /\b(?:including|among them|among whom|of whom|of them)\b[^.;:]{0,60}\b(?:(?:as well as|plus|besides|along with|together with)\b[^.;:]{0,30}|and\b[^.;:,]{1,30},[^.;:]{0,60})$|,\s{1,3}(?:including|among them|(?:most|many|some|all|several|half)\s{1,3}of\s{1,3}them)\s[^,;:.]{1,60},\s{1,3}and\s{1,3}$/i;
/** What joins groups of one list: "167 passengers and nine crew", "65 prisoners, six crew". */
// "four people on the passenger list turned out not to have boarded": a few words may come between.
const NOT_ABOARD = new RegExp(`^(?:\\s{1,3}[\\w'’-]{1,20}){0,6}?\\s{1,3}(?:${matchAny(NOT_ABOARD_AFTER)})\\b`, 'i');
/** "about 20 people had been arrested", "police detained 12 people": suspects (of people at large only), no one aboard. */
const SUSPECTS_AFTER = new RegExp(`^(?:\\s{1,3}[\\w'’-]{1,20}){0,3}?\\s{1,3}(?:${matchAny(SUSPECTS.after)})\\b`, 'i');
const SUSPECTS_BEFORE = new RegExp(`\\b(?:${matchAny(SUSPECTS.before)})\\s{1,3}(?:(?:some|about|around|more\\s{1,3}than|nearly|almost|over|up\\s{1,3}to|at\\s{1,3}least)\\s{1,3})?$`, 'i');
/**
 * "brought more than 2,000 of its citizens out of Sudan so far": a running total, in the group's clause. Not
 * "lost power in all four engines": "in all" before what it qualifies is no total.
 */
const RUNNING_TOTAL = new RegExp(`^[^.;:!?,]{0,60}\\b(?:${matchAny(RUNNING_TOTAL_AFTER)})\\b(?<!\\bin\\s{1,3}all(?=\\s{1,3}(?:the\\s{1,3}|its\\s{1,3}|their\\s{1,3})?(?:\\d|[a-z])))`, 'i');
/**
 * "evacuated more than 390 people from Afghanistan on Sunday in three flights", "planes have flown 311 people":
 * everyone aboard several craft.
 */
const FLIGHT_COUNT = `(?:\\d{1,3}|${matchAny([...Object.keys(NUMBER_UNITS).filter((w) => NUMBER_UNITS[w]! > 1), ...SPREAD_OVER_FLIGHTS.counts])})`;
const SPREAD_OVER = new RegExp(`^[^.;:!?]{0,70}?\\b(?:${matchAny(SPREAD_OVER_FLIGHTS.links)})\\s{1,3}${FLIGHT_COUNT}\\s{1,3}(?:[\\w-]{1,20}\\s{1,3})?(?:${matchAny(SPREAD_OVER_FLIGHTS.nouns)})\\b`, 'i');
const CARRIED_BY_SEVERAL = new RegExp(`\\b(?:${matchAny(SPREAD_OVER_FLIGHTS.subjects)})\\s{1,3}(?:(?:have|has|had)\\s{1,3})?(?:${matchAny(SPREAD_OVER_FLIGHTS.carried)})\\s{1,3}(?:(?:some|about|around|more\\s{1,3}than|nearly|almost|over|at\\s{1,3}least)\\s{1,3})?$`, 'i');
/** "which has stranded thousands of passengers": held up on the ground by the event. So is a group massed there. */
const HELD_UP = new RegExp(`\\b(?:${matchAny([...HELD_UP_BEFORE, ...MASSED_BEFORE])})\\s{1,3}(?:(?:some|about|around|more\\s{1,3}than|nearly|almost|over|up\\s{1,3}to)\\s{1,3})?$`, 'i');
/** "the extermination of millions of Jews": victims of a crime (see VICTIMS_OF_BEFORE). */
const VICTIMS_OF = new RegExp(`\\b(?:${matchAny(VICTIMS_OF_BEFORE)})\\s{1,3}(?:(?:the|some|about|around|more\\s{1,3}than|nearly|almost|over)\\s{1,3})?$`, 'i');
/** "Kenya has pledged 1,000 officers": a group promised (see PLEDGED_BEFORE), none that flew. */
const PLEDGED = new RegExp(`\\b(?:${matchAny(PLEDGED_BEFORE)})\\s{1,3}(?:(?:another|a\\s{1,3}further|up\\s{1,3}to|some|about|around|more\\s{1,3}than|nearly|almost|over)\\s{1,3})?$`, 'i');
/** "initially said there were 61 ...": a first figure, which a correction later in the sentence replaces. */
const FIRST_FIGURE = new RegExp(`\\b(?:${matchAny(FIRST_FIGURE_BEFORE)})\\s{1,3}(?:said|reported|put|gave|counted|listed)\\b[^.;:!?]{0,60}$`, 'i');
const REVISED = new RegExp(`\\b(?:${matchAny(REVISED_TO)})\\s{1,3}$`, 'i');
/** "about 80 Colombians each", "40 on each": a figure given per craft. */
const EACH_AFTER = /^\s{1,3}(?:each|apiece|(?:on|aboard|in)\s{1,3}each)\b/i;
/** "two C-17 aircraft", "Two planes": how many craft a sentence counts, read after the number. */
const CRAFT_COUNTED = new RegExp(
  String.raw`^\s{1,3}(?:[\p{L}\d.-]{1,20}\s{1,3}){0,3}?(?:${matchAny([...CRAFT_NOUNS.flatMap((c) => [c, `${c}s`]), 'buses', 'ferries'])})(?![\p{L}])`, 'iu');
/** "from a Singapore Airlines flight", "from the flight": a group drawn from those who flew. */
const FROM_THE_FLIGHT = /^\s{1,3}(?:from|of)\s{1,3}(?:a|the|that)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:flight|plane|jet|aircraft|airliner)\b/i;
/** What leads from a group to others carried with it, in the same clause: "..., along with 23 alleged members". */
const ALSO_CARRIED = /^[^.;]{0,100}\b(?:along\s{1,3}with|together\s{1,3}with|as\s{1,3}well\s{1,3}as)\s{1,3}(?:(?:some|about|another|an\s{1,3}additional)\s{1,3})?$/i;
const LIST_GAP = /^\s{0,2}(?:,\s{0,2}(?:and\s{1,3})?|\s(?:and|plus|as\s{1,3}well\s{1,3}as)\s{1,3})$/i;
/** "37 players, eight coaches, 25 fans and boosters and a crew of five": the list's next group, counted after its noun. */
const CREW_OF_GAP = /^\s{0,2},?\s{0,2}(?:and|plus)\s{1,3}an?\s{1,3}(?:(?:flight|cabin)\s{1,3})?crew\s{1,3}of\s{1,3}$/i;

/** "..., six crew members and an engineer": one more member of a list, after its last counted group. */
const ONE_MORE_LISTED = /^,?\s{1,3}(?:and|plus)\s{1,3}(an?)(?=\s)/i;
/** "and 21 other people", "and all seven others": a count of the rest, beside those named before "and". */
const KILLED_AND_BEFORE = /\b(?:killing|killed|kills)\b[^.;:!?]{0,140}\band\s{1,3}(?:all\s{1,3})?$/i;
/** "others", "other people": the rest after "and". */
const OTHER_PEOPLE_AFTER = /^\s{1,3}(?:others|other\s{1,3}(?:people|persons))\b/i;
/** "two other crew members": "other" between the count and its role noun. */
const OTHER_OF_ROLE = /^\s{1,3}other\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?$/iu;
/** "The Russian pilot and", "the captain and": one named before "and" and the others of the group. */
const NAMED_AND_BEFORE = /\b(?:the|its|a|an|\p{Lu}[\p{L}'’-]+)\s{1,3}(?:[\p{L}'’-]{1,20}\s{1,3}){0,3}and\s{1,3}$/u;
/** "a crew of six": the count after the group's noun. */
const GROUP_OF_COUNT = new RegExp(String.raw`^\s{1,3}of\s{1,3}(?:\d|${matchAny(Object.keys(NUMBER_UNITS))}\b|${matchAny(Object.keys(NUMBER_TENS))}\b)`, 'i');
/** What may stand between "an" and the role of one more: nothing, or one describing word ("off-duty"). */
const ONE_MORE_GAP = /^\s{1,3}(?:[\p{Ll}-]{2,15}\s{1,3})?$/u;
/** "..., and a passenger was taken to hospital": the one is the subject of a clause of its own, no member of the list. */
const ONE_DOES_AFTER = /^\s{1,3}(?:was|is|had|has|died|survived|remained|remains|suffered|said|told)\b/i;
const SAID_ABOARD = /^\s{1,3}(?:on\s{1,3}board|aboard)\b/i;
/** "..., his wife and their three children": a count of someone's after "and", the end of a list of people. */
const LIST_END_BEFORE = /\S\s{1,3}and\s{1,3}(?:his|her|their)\s{1,3}$/i;
/** "24 were Japanese and 22 Americans": a list of who the travellers were, its verb said once. */
const PREDICATE_LIST_BEFORE = /\b[\w-]+\s{1,3}were\s{1,3}\p{Lu}[\p{L}-]+(?:\s{1,3}\p{Lu}[\p{L}-]+)?\s{0,2}(?:,|\s{1,3}and)\s{1,3}$/u;
/** "whether" before a count in its clause: a question, no claim. */
const ASKED_BEFORE = /\bwhether\b[^.;:!?,]{0,80}$/i;
/** A verb of saying right after a group: "Two Somali officials told Reuters". */
const SAYS_AFTER = new RegExp(`^\\s{1,3}(?:(?:also|later|have|has|had)\\s{1,3})?(?:${matchAny(REPORTING_VERBS)})\\b`);
/** Groups read only where a craft carries them (see {@link CARRIED_ONLY_NOUNS}). */
const CARRIED_ONLY = new Set(CARRIED_ONLY_NOUNS.map(fold));
/** "India has about 16,000 citizens in Ukraine": those a country has somewhere (see {@link isPopulation}). */
const HAS_BEFORE = /\b(?:has|have|had)\s{1,3}(?:(?:some|about|around|nearly|almost|more\s{1,3}than|over|an\s{1,3}estimated)\s{1,3})?$/i;
const LIVING_IN_AFTER = /^\s{1,3}(?:(?:living|studying|working|stranded|based)\s{1,3})?in\s{1,3}(?:the\s{1,3})?\p{Lu}/u;
const CROWD_PLACE_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(CROWD_PLACES_AFTER)})\\b`, 'i');
const CROWD_BEFORE_GROUP = new RegExp(`\\b(?:${matchAny(CROWD_BEFORE)})\\s{1,3}$`, 'i');
const CROWD_AFTER = new RegExp(`^\\s{1,3}(?:(?:had|have|has)\\s{1,3})?(?:${matchAny(CROWD_VERBS)})\\b`, 'i');
/** Where a clause starts: "One passenger" there is one person of a group, who does what follows. */
const CLAUSE_START = /(?:^|[,;:]\s{0,3}|\b(?:and|but|while)\s{1,3})$/;

function findPeople(sentence: SentenceContext): Found<PeopleValue>[] {
  const text = sentence.text;
  const out: Found<PeopleValue>[] = [];
  const numbers = numbersIn(sentence);
  const wholes = partsOf(text, numbers);
  const carrying = CARRYING.test(text);
  let lastEveryone: number | undefined;
  let victimsEnd: number | undefined;
  for (const n of numbers) {
    if (n.kind !== 'count') continue;
    // "killing him and all seven others aboard": everyone aboard, one more than the figure.
    const withOthers = oneAndOthers(text, n);
    if (withOthers?.aboard) {
      out.push({ value: { count: withOthers.count, role: 'on board', noun: 'people' }, start: withOthers.start, end: withOthers.end, rule: 'count' });
      continue;
    }
    // "killed singer Aaliyah and eight other people": the dead, not said to be all aboard, are no count of those aboard.
    if (withOthers) continue;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    // "John Tower, his daughter Marian and 21 other people": those beside the named, no count of everyone.
    if (KILLED_AND_BEFORE.test(text.slice(Math.max(0, n.start - 160), n.start)) && OTHER_PEOPLE_AFTER.test(text.slice(n.end, n.end + 24))) continue;
    if (CAPACITY_BEFORE.test(before)) continue;
    const revisedOf = revisedNumberOf(text, n);
    if (revisedOf) {
      out.push(revisedOf);
      continue;
    }
    const role = roleAfter(text, n.end) ?? roleBefore(before, n.start) ?? onNextCraft(text, n, out.at(-1));
    if (!role) continue;
    // "recovered one person, who was later pronounced dead": one person is a victim or a survivor, no count of
    // who flew, unless said to be aboard.
    if (fold(role.noun) === 'person' && role.role !== 'on board') continue;
    if (isPopulation(text, n, role, before)) continue;
    if (NOT_ABOARD.test(text.slice(role.end, role.end + 90))) continue;
    // "about 20 people had been arrested": suspects on the ground, a count of their own.
    const suspects = role.role === 'people' && (SUSPECTS_AFTER.test(text.slice(role.end, role.end + 60)) || SUSPECTS_BEFORE.test(before));
    if (HELD_UP.test(before) || PLEDGED.test(before) || VICTIMS_OF.test(before)) continue;
    if (RUNNING_TOTAL.test(text.slice(role.end, role.end + 80))) continue;
    // "The death toll has risen to 13, including three children": a part of the dead, told before any count aboard.
    if (!out.length && PART_BEFORE.test(before) && CASUALTY_EARLIER.test(text.slice(0, n.start))) continue;
    // "The death toll has risen to 50, including three civilians on the ground", "Eight people on the ground
    // suffered minor injuries": victims off the craft.
    if (GROUND_AFTER.test(text.slice(role.end, role.end + 30)) && CASUALTY_EARLIER.test(text)) continue;
    // "officials investigated whether two passengers had boarded using stolen passports": asked, not told.
    if (ASKED_BEFORE.test(text.slice(Math.max(0, n.start - 80), n.start))) continue;
    // "the first repatriation flight since thousands of migrants gathered at the border": who started the period.
    if (SINCE_CLAUSE.test(text.slice(Math.max(0, n.start - 60), n.start))) continue;
    // "Two Somali officials told Reuters": the sources of the report, not people of the event.
    if (SAYS_AFTER.test(text.slice(role.end, role.end + 30))) continue;
    // "One passenger tried to leave the base": one of the group, who did something, is no count of it.
    if (!carrying && n.text.toLowerCase() === 'one' && CLAUSE_START.test(text.slice(0, n.start))) continue;
    // "killing all 74 people on board", "All 167 passengers and nine crew members died": the dead are
    // everyone aboard (or all of a group aboard, and the groups listed with it), so that is how many flew.
    // "killing all 15 servicemen on board": any group said to be aboard.
    // "All 63 people on the British Airways Trident 3": everyone said to be on one craft is everyone aboard it.
    // So is "all 71 people on the two planes", aboard them all.
    const onSeveralCraft = role.role === 'people' && GENERIC_NOUNS.has(fold(role.noun)) && ON_SEVERAL_CRAFT_AFTER.test(text.slice(role.end, role.end + 120));
    const onCraft = role.role === 'people' && GENERIC_NOUNS.has(fold(role.noun)) && (onSeveralCraft || ON_ONE_CRAFT_AFTER.test(text.slice(role.end, role.end + 80)));
    const aboard = ABOARD_ROLES.includes(role.role) || SAID_ABOARD.test(text.slice(role.end, role.end + 15)) || onCraft;
    const listed = lastEveryone !== undefined && LIST_GAP.test(text.slice(lastEveryone, n.start));
    const everyone = aboard && (n.hedge?.toLowerCase() === 'all' || ALL_BEFORE.test(before) || listed);
    // "killed 176 passengers and 13 crew members": the next group of the verb's list is of the dead too.
    const victimsListed = victimsEnd !== undefined && LIST_GAP.test(text.slice(victimsEnd, n.start));
    if (!everyone && (CASUALTY_PREVIOUS.test(before) || victimsListed)) {
      victimsEnd = role.end;
      continue;
    }
    // "41 of the 78 people on board were killed": the casualty is the part; the whole is still aboard. So
    // is "Of the 67 people on board, 38 were killed".
    const load = LOAD_BEFORE.test(before) && CRAFT_FATE_NEXT.test(text.slice(role.end, role.end + 30));
    // "A plane carrying 22 people, including 13 South Korean tourists, went missing": the fate after the aside is
    // the plane's, and the part is of those it carried.
    const partOfLoad = carrying && ASIDE_CLOSED.test(text.slice(role.end, role.end + 60))
      && PART_BEFORE.test(text.slice(Math.max(0, n.start - 80), n.start)) && carriedHere(text, n.start, role.end);
    if (!everyone && !load && !partOfLoad && !wholes.has(n) && !WHOLE_FIRST.test(before) && casualtyFollows(text.slice(role.end, role.end + 140), role.noun)) continue;
    // "Of the 182 people taken to hospitals, 49 were seriously injured": a whole that is itself a casualty count.
    if (WHOLE_FIRST.test(before) && CASUALTY_PARTICIPLE.test(text.slice(role.end, role.end + 60))) continue;
    // "a plane carrying 74 people": the generic count is everyone aboard; not a part of them ("on board,
    // including 32 Kenyans and 18 Canadians").
    // Nor where others came with them: "flew 238 Venezuelans ... along with 23 alleged members of MS-13",
    // "carrying 19 tourists and three crew members".
    // Nor with one more after it: "carrying five Italian tourists and a pilot".
    const carriedByCue = role.role === 'people' && carrying && carriedHere(text, n.start, role.end);
    const whole = carriedByCue && !PART_BEFORE.test(text.slice(Math.max(0, n.start - 80), n.start))
      && !numbers.some((m) => m.start > role.end && m.kind === 'count'
        && (ALSO_CARRIED.test(text.slice(role.end, m.start)) || LIST_GAP.test(text.slice(role.end, m.start)) || CREW_OF_GAP.test(text.slice(role.end, m.start))))
      && !oneMoreListed(text, role.end);
    // "tens of thousands of students": a crowd, unless a craft carries them.
    if (role.role === 'people' && !carriedByCue && CARRIED_ONLY.has(fold(role.noun.split(/\s/).pop()!))) continue;
    // "was swarmed by hundreds of people on the runway": a crowd on the airfield, not aboard. So is "Thousands of people
    // packed the airport to mourn them", a crowd on the ground, never everyone aboard, whatever a craft carried. Not
    // those a craft is said to carry: "The plane carrying 25 people broke through the fence".
    const crowd = role.role === 'people' && (CROWD_PLACE_AFTER.test(text.slice(role.end, role.end + 30))
      || (CROWD_AFTER.test(text.slice(role.end, role.end + 30)) && !LOAD_BEFORE.test(before)) || CROWD_BEFORE_GROUP.test(before));
    const craftWith = role.role === 'people' && GENERIC_NOUNS.has(fold(role.noun)) && CRAFT_WITH_BEFORE.test(before);
    const value: PeopleValue = { count: n.value, role: suspects ? 'arrested' : (whole && !crowd) || onCraft || craftWith ? 'on board' : role.role, noun: role.noun };
    if (crowd) value.apart = true;
    // Not "after a first flight with 262 people arrived": a craft of its own carries them.
    if (role.role === 'people' && carrying && !carriedByCue && !WITH_BEFORE.test(before)) value.apart = true;
    // "Agustin Escobar, his wife and their three children were on board": the last of a list of those aboard,
    // named before it without a count, is no count of them all.
    const lastOfList = (LIST_END_BEFORE.test(before) || PREDICATE_LIST_BEFORE.test(before)) && !out.some((f) => f.end > n.start - 40);
    // Not "six people on board": the generic noun names everyone.
    if (value.role === 'on board' && !GENERIC_NOUNS.has(fold(role.noun.split(/\s/)[0]!)) && lastOfList) value.role = 'people';
    // "initially said there were 61 people on board but later revised the number to 62": the correction counts.
    const corrected = FIRST_FIGURE.test(before) ? numbers.find((m) => m.start > role.end && m.kind === 'count'
      && REVISED.test(text.slice(Math.max(0, m.start - 40), m.start))) : undefined;
    if (corrected) {
      out.push({ value: { ...value, count: corrected.value }, start: corrected.start, end: corrected.end, rule: 'count' });
      continue;
    }
    // "Six of the Marines were elite Raiders": a part of a group named before, so at least that many of them;
    // not "all three of the people" or "both of the pilots", which are the whole group.
    const allOfThem = n.hedge?.toLowerCase() === 'all' || ALL_BEFORE.test(before) || BOTH.test(n.text);
    if (!allOfThem && PART_OF_GROUP.test(text.slice(n.end, role.start))) Object.assign(value, { among: true, count: { min: n.value.min, max: 1e12 } });
    // "The Russian pilot and two other crew members were arrested": one named and the others, some of the crew.
    // Not people at large, whom the one named joins: "carrying Vice President Saulos Chilima and nine other people".
    else if (!allOfThem && role.role !== 'people' && value.role !== 'on board' && OTHER_OF_ROLE.test(text.slice(n.end, role.start)) && NAMED_AND_BEFORE.test(before)) {
      Object.assign(value, { among: true, count: { min: n.value.min + 1, max: 1e12 } });
    } else if (!allOfThem && value.role === 'passengers' && NATIONALITY_BETWEEN.test(text.slice(n.end, role.start))
      && !numbers.some((m) => m !== n && m.kind === 'count' && m.start > n.start - 60 && m.start < role.end + 40)) {
      Object.assign(value, { among: true, count: { min: n.value.min, max: 1e12 } });
    }
    // A generic group too, which the other side's aligned count of everyone aboard may make those aboard.
    if ((value.role === 'on board' || value.role === 'people') && SPREAD_OVER.test(text.slice(role.end, role.end + 110))) Object.assign(value, { severalCraft: true, overFlights: true });
    else if (value.role === 'on board' && (onSeveralCraft || TWO_CRAFT_AFTER.test(text.slice(role.end, role.end + 120)) || CARRIED_BY_SEVERAL.test(before))) {
      value.severalCraft = true;
    }
    if (EACH_AFTER.test(text.slice(role.end, role.end + 15))) perCraft(text, value, numbers.filter((m) => m.end <= n.start));
    // "all 74" is exact: "all" says who, not how roughly.
    if (out.length && PART_BEFORE.test(text.slice(Math.max(0, n.start - 80), n.start))
      && !PART_ENDED.test(text.slice(Math.max(0, n.start - 80), n.start))) value.among = true;
    // "The passengers included four people from India": a part of those named before the verb.
    if (INCLUDED_BEFORE.test(before)) value.among = true;
    // "All 29 aboard — 14 players, the coach ... — were killed": who the group before the dash were, a part of them.
    if (out.length && DASH_OPENS.test(text.slice(out[out.length - 1]!.end, n.start))) {
      Object.assign(value, { among: true, ...(value.role === 'on board' ? { role: 'people' } : {}) });
    }
    // "Twenty-two passengers and eight crew members from a Singapore Airlines flight ...": groups drawn from
    // those who flew, the last and those listed with it, each saying only that the flight held at least as many.
    if (value.role !== 'on board' && FROM_THE_FLIGHT.test(text.slice(role.end, role.end + 60))) {
      const some = (v: PeopleValue) => Object.assign(v, { among: true, count: { min: v.count.min, max: 1e12 } });
      some(value);
      for (let k = out.length - 1, at = n.start; k >= 0 && LIST_GAP.test(text.slice(out[k]!.end, at)); at = out[k]!.start, k--) some(out[k]!.value);
    }
    if (n.hedge && !everyone) value.hedge = n.hedge;
    else if (bareRoundFigure(n) !== undefined) value.figure = bareRoundFigure(n);
    // "carried 173 South Koreans and two Thais": groups of a list are parts of who flew, not each everyone.
    const previous = out[out.length - 1];
    const named = (v: PeopleValue) => !GENERIC_NOUNS.has(fold(v.noun ?? ''));
    if (previous && whole && named(value) && named(previous.value) && previous.value.noun !== value.noun
      && (previous.value.role === 'on board' || previous.value.role === 'people') && LIST_GAP.test(text.slice(previous.end, n.start))) {
      previous.value.role = 'people';
      value.role = 'people';
    }
    // "two pilots and six cabin crew": parts of the crew listed together add up ("six crew, including two
    // pilots" does not list them).
    if (previous && previous.value.role === value.role && value.role !== 'people' && value.role !== 'on board' && previous.value.noun !== value.noun
      && LIST_GAP.test(text.slice(previous.end, n.start))) {
      previous.value.listed = true;
      value.listed = true;
    }
    out.push({ value, start: Math.min(n.start, role.start), end: Math.max(n.end, role.end), rule: 'count' });
    lastEveryone = everyone ? role.end : undefined;
    // "169 passengers, six crew members and an engineer": one more of the list, counted by its article.
    const one = value.role === 'on board' ? undefined : oneMoreListed(text, role.end);
    if (one) out.push(one);
  }
  // "..., revising its earlier figure": the counts before the words are the corrected ones. "said it had given a
  // wrong figure, and that 33 passengers and six crew members had been on board": so are those after a wrong one.
  const revision = REVISION_AFTER.exec(text);
  const figure = revision?.[1] ?? revision?.[2];
  const earlier = figure ? Number(figure.replace(/,/g, '')) : undefined;
  if (revision) {
    for (const f of out) {
      if (f.end > revision.index) continue;
      f.value.revised = true;
      if (earlier !== undefined) f.value.revisedFrom = { min: earlier, max: earlier };
    }
  }
  const wrong = WRONG_FIGURE.exec(text);
  if (wrong) for (const f of out) if (f.start >= wrong.index + wrong[0].length) f.value.revised = true;
  return out;
}

const CARRYING_ALL = new RegExp(CARRYING.source, 'gi');
const WITH_BEFORE = /\bwith\s{1,3}(?:(?:some|about|around|nearly|almost|more\s{1,3}than|over|up\s{1,3}to)\s{1,3})?$/i;
/**
 * Whether a carrying cue governs the count at `start`: one after it ("74 people on board"), or the last one
 * before it with no clause of another subject between ("with two police officers and a pilot on board, came
 * down on the bar while a band was playing to around 120 people" counts the audience).
 */
function carriedHere(text: string, start: number, end: number): boolean {
  if (CARRYING.test(text.slice(end).split(/[.;]/)[0]!)) return true;
  let last = -1;
  for (const m of text.slice(0, start).matchAll(CARRYING_ALL)) last = m.index + m[0].length;
  return last >= 0 && !OTHER_CLAUSE.test(text.slice(last, start));
}

/** "the airline revised the number of people on board to 187": the group is named before the figure. */
const REVISED_NUMBER_OF = new RegExp(String.raw`\b(?:${matchAny([...SUPERSEDED_REPORT.verbs, ...COUNT_UPDATE_VERBS])})\s{1,3}the\s{1,3}(?:number|count|figure|tally)\s{1,3}of\s{1,3}`
  + String.raw`(${matchAny(Object.values(PEOPLE_ROLES).flat())})(\s{1,3}(?:${matchAny(ON_BOARD_WORDS)}))?\s{1,3}to\s{1,3}$`, 'i');
function revisedNumberOf(text: string, n: NumberMention): Found<PeopleValue> | undefined {
  const m = REVISED_NUMBER_OF.exec(text.slice(Math.max(0, n.start - 110), n.start));
  const role = m ? ROLE_OF.get(fold(m[1]!).replace(/\s+/g, ' ')) : undefined;
  if (!m || !role || (role === 'people' && !m[2])) return undefined;
  return { value: { count: n.value, role: role === 'people' ? 'on board' : role, noun: m[1]!, revised: true }, start: n.start - m[0].length, end: n.end, rule: 'count' };
}

/** What a count is called where a report corrects it: "figure", "count", "number". */
const REVISED_NOUN_WORDS = matchAny([...SUPERSEDED_REPORT.nouns, ...REVISED_COUNT_NOUNS]);
const WRONG_FIGURE = new RegExp(String.raw`\b(?:${matchAny(FIGURE_GIVING_VERBS)})\s{1,3}(?:a|the|an)\s{1,3}(?:${matchAny(WRONG_WORDS)})\s{1,3}(?:${REVISED_NOUN_WORDS})\b`, 'i');
// "revising its earlier figure", or the figure it had: "revising the toll from 155", "revised its figure up from 113",
// "raising its earlier count of 640" (the figure caught).
const REVISION_AFTER = new RegExp(String.raw`\b(?:${matchAny([...SUPERSEDED_REPORT.verbs, ...COUNT_UPDATE_VERBS])})\s{1,3}(?:(?:${matchAny(SUPERSEDED_REPORT.owners)})\s{1,3})?`
  + String.raw`(?:(?:${matchAny(SUPERSEDED_REPORT.ages)})\s{1,3}(?:${REVISED_NOUN_WORDS})\b(?:\s{1,3}of\s{1,3}(\d[\d,]*))?|(?:${REVISED_NOUN_WORDS})\s{1,3}(?:(?:up|down)\s{1,3})?from\s{1,3}(\d[\d,]*))`, 'i');

/**
 * Turns a count given per craft into the count of all aboard them: "two C-17 aircraft ... with about 80
 * Colombians each" is 160 or so. The craft are the last number before the figure that counts craft.
 */
function perCraft(text: string, value: PeopleValue, earlier: NumberMention[]): void {
  const craft = earlier.reverse().find((m) => m.kind === 'count' && m.value.min === m.value.max && m.value.min > 1
    && CRAFT_COUNTED.test(text.slice(m.end, m.end + 60)));
  const k = craft?.value.min;
  value.each = k ? { count: value.count, craft: k } : { count: value.count };
  value.count = k ? { min: value.count.min * k, max: value.count.max * k } : { min: value.count.min, max: 1e12 };
}

/**
 * "demanded an explanation for the treatment of 17 Russian passengers aboard": passengers of one nationality, told
 * alone, are some of them (not "49 American passengers and two crew", a list of everyone). Not a crew's: "held
 * only one Indian pilot" names the side the pilot flew for.
 */
const NATIONALITY_BETWEEN = new RegExp(`^\\s{1,3}(?:${matchAny(NATIONALITY_ADJECTIVES)})\\s{1,3}$`);
/** "Six of the Marines": a figure, then the group it is part of, with no figure of its own ("41 of the 78 people"). */
const PART_OF_GROUP = /^\s{1,3}of\s{1,3}(?:the|its|their|those)\s{1,3}(?:[^\d\s]{1,20}\s{1,3}){0,3}$/i;
const BOTH = /^both$/i;

/** People who live somewhere, not people of the event: "a city of 2 million people", "the 23 million people of Taiwan". */
function isPopulation(text: string, n: NumberMention, role: { role: string; end: number }, before: string): boolean {
  if (role.role !== 'people') return false;
  // "India has about 16,000 citizens in Ukraine": those a country has somewhere, of any number.
  if (HAS_BEFORE.test(before) && LIVING_IN_AFTER.test(text.slice(role.end, role.end + 30))) return true;
  if (n.value.min < POPULATION_MIN) return false;
  return POPULATION_LEAD.test(before) || POPULATION_OWNER.test(before) || POPULATION_OF.test(text.slice(role.end, role.end + 30));
}

/** "were killed" after the group (over an aside: "One passenger, a British national, survived"), but not
 * "walked away without injuries". */
function casualtyFollows(tail: string, noun: string): boolean {
  // "Sixty-three people aboard the plane and two people on the ground died": past the craft, and the ground of the next group.
  const craft = CRAFT_LEAD.exec(tail);
  const rest = craft ? tail.slice(craft[0].length) : tail;
  const aside = APPOSITION_ASIDE.exec(rest) ?? RESCUED_BEFORE.exec(rest) ?? LISTED_GROUPS.exec(rest);
  if (aside && CASUALTY_RIGHT_AFTER.test(rest.slice(aside[0].length).replace(GROUND_LEAD, ''))) return true;
  const m = CASUALTY_NEXT.exec(tail);
  // "with 22 people on board, and recovered 17 bodies": the fate of another figure.
  return m !== null && !DENIAL_BEFORE.test(m[1]!) && !oneOfThem(m[1]!, noun) && !OTHER_CLAUSE.test(m[1]!) && !/\d/.test(m[1]!);
}

/** "12 passengers, and one passenger was taken to hospital": one of the group in a clause of its own, whose fate it is. */
function oneOfThem(gap: string, noun: string): boolean {
  const one = /,\s{0,3}(?:and|but)\s{1,3}one\s{1,3}(of\s{1,3}(?:them|those)\b|[\p{L}]+(?:\s{1,3}[\p{L}]+)?)/iu.exec(gap);
  if (!one) return false;
  const singular = fold(noun).replace(/s$/, '');
  return one[1]!.toLowerCase().startsWith('of') || fold(one[1]!).startsWith(singular);
}

/** "..., six crew members and an engineer": one more member of a list right after a counted group, if any. */
function oneMoreListed(text: string, from: number): Found<PeopleValue> | undefined {
  const more = ONE_MORE_LISTED.exec(text.slice(from, from + 16));
  const one = more ? roleAfter(text, from + more[0].length) : undefined;
  // "and an off-duty pilot": one describing word may stand before the role.
  if (!more || !one || !ONE_MORE_GAP.test(text.slice(from + more[0].length, one.start))) return undefined;
  // "and an engineer on board": one of the list aboard, not everyone aboard.
  const noun = one.role === 'on board' ? one.noun.split(/\s/)[0]! : one.noun;
  const role = ROLE_OF.get(fold(noun).replace(/\s+/g, ' '));
  if (!role || ONE_DOES_AFTER.test(text.slice(one.start + noun.length, one.start + noun.length + 12))) return undefined;
  // "and a crew of six": a group counted after its noun, no one more.
  if (GROUP_OF_COUNT.test(text.slice(one.start + noun.length, one.start + noun.length + 20))) return undefined;
  return { value: { count: { min: 1, max: 1 }, role, noun }, start: from + more[0].length - more[1]!.length, end: one.start + noun.length, rule: 'count' };
}

/** A group's role and the noun that names it, where the noun stands. */
interface RoleMatch { role: string; noun: string; start: number; end: number }

/**
 * "All 63 people on the Trident and all 113 on the DC-9": the next of a list of everyone aboard each craft, its
 * noun left out, is everyone aboard its own.
 */
const AND_ALL_BEFORE = /^[^,;.!?]{0,80}\sand\s{1,3}(?:all\s{1,3})?$/i;
function onNextCraft(text: string, n: NumberMention, previous: Found<PeopleValue> | undefined): RoleMatch | undefined {
  if (previous?.value.role !== 'on board' || n.hedge?.toLowerCase() !== 'all' || !AND_ALL_BEFORE.test(text.slice(previous.end, n.start))) return undefined;
  if (!ON_ONE_CRAFT_AFTER.test(text.slice(n.end, n.end + 80)) || !ON_ONE_CRAFT_AFTER.test(text.slice(previous.end, n.start))) return undefined;
  return { role: 'on board', noun: 'people', start: n.end, end: n.end };
}

/** The role noun after a figure, over a few filler words: "99 Russian military staff", "74 on board". */
function roleAfter(text: string, from: number): RoleMatch | undefined {
  let at = from;
  // "65 captured Ukrainian servicemen" are prisoners.
  let modified: string | undefined;
  for (let words = 0; words <= 5; words++) {
    const gap = /^[\s-]{1,3}/.exec(text.slice(at, at + 3));
    if (!gap) return undefined;
    at += gap[0].length;
    ON_BOARD_AT.lastIndex = at;
    const aboard = ON_BOARD_AT.exec(text);
    if (aboard && words === 0) return { role: 'on board', noun: aboard[0], start: at, end: at + aboard[0].length };
    COLLECTIVE_AT.lastIndex = at;
    const collective = words === 0 ? COLLECTIVE_AT.exec(text) : null;
    if (collective) return { role: 'people', noun: collective[0], start: at, end: at + collective[0].length };
    ROLE_AT.lastIndex = at;
    const m = ROLE_AT.exec(text);
    // "170 civilian instructors": a role noun before another describes it; the last one is the group.
    const head = m ? /^\s{1,3}/.exec(text.slice(at + m[0].length, at + m[0].length + 4)) : null;
    if (m && head && words < 5) {
      ROLE_AT.lastIndex = at + m[0].length + head[0].length;
      // Not a participle after the group: "195 Americans evacuated from Wuhan".
      const next = ROLE_AT.exec(text);
      if (next && !/ed$/i.test(next[0])) {
        at += m[0].length;
        continue;
      }
    }
    if (m) {
      const role = modified ?? ROLE_OF.get(fold(m[0]).replace(/\s+/g, ' ')) ?? 'people';
      const end = at + m[0].length;
      // "74 people on board": the generic noun names everyone aboard.
      ON_BOARD_AT.lastIndex = end + 1;
      if (role === 'people' && /^\s/.test(text.slice(end, end + 1)) && ON_BOARD_AT.exec(text)) {
        return { role: 'on board', noun: m[0], start: at, end: ON_BOARD_AT.lastIndex };
      }
      // "242 passengers and crew": one count of both is everyone aboard.
      const both = AND_OTHER_ABOARD.exec(text.slice(end, end + 30));
      if (both && (role === 'passengers' || role === 'crew') && ROLE_OF.get(fold(both[1]!).replace(/\s+/g, ' ')) === (role === 'crew' ? 'passengers' : 'crew')) {
        return { role: 'on board', noun: m[0] + both[0], start: at, end: end + both[0].length };
      }
      // "52 Cuban doctors and nurses": one count of two groups is of neither alone.
      const other = both ? ROLE_OF.get(fold(both[1]!).replace(/\s+/g, ' ')) : undefined;
      if (both && (other || OTHER_GROUP.test(both[1]!)) && !NUMBER_WORD.has(fold(both[1]!))) {
        return { role: other === role ? role : 'people', noun: m[0] + both[0], start: at, end: end + both[0].length };
      }
      return { role, noun: m[0], start: at, end };
    }
    WORD.lastIndex = at;
    const w = WORD.exec(text);
    if (!w) return undefined;
    const modifier = MODIFIER_ROLE.get(fold(w[0]));
    if (modifier) modified = modifier;
    const filler = modifier !== undefined || FILLERS.has(fold(w[0])) || (/^\p{Lu}/u.test(w[0]) && words < 2);
    if (!filler) return undefined;
    at += w[0].length;
  }
  return undefined;
}

/** "a crew of six", "the passengers of 2": the role named before the figure. */
function roleBefore(before: string, start: number): RoleMatch | undefined {
  const m = ROLE_OF_BEFORE.exec(before);
  if (!m) return undefined;
  const noun = m[1]!;
  const role = ROLE_OF.get(fold(noun).replace(/\s+/g, ' '));
  if (!role || role === 'people') return undefined;
  return { role, noun, start: start - before.length + m.index, end: start };
}

const isTotal = (role: string) => TOTAL_ROLES.includes(role);
const overlap = (x: Interval, y: Interval) => x.min <= y.max && y.min <= x.max;

/**
 * Which group a count counts. A generic count ("56 women", "2.44 million people") counts some group of
 * the story: only counts of the same noun are of one group.
 */
function groupOf(v: PeopleValue): string {
  if (v.role !== 'people') return isTotal(v.role) ? 'on board' : v.role;
  const noun = fold(v.noun ?? 'people').replace(/\s+/g, ' ');
  return GENERIC_NOUNS.has(noun) ? 'people' : `people (${noun})`;
}

function relatePeople(x: PeopleValue, y: PeopleValue): Relation {
  const gx = groupOf(x), gy = groupOf(y);
  // A generic group is not known to be aboard: it is never weighed against everyone aboard.
  if ((gx.startsWith('people') || gy.startsWith('people')) && gx !== gy) return 'unrelated';
  const tx = isTotal(x.role), ty = isTotal(y.role);
  // Everyone aboard two craft against everyone aboard one of them ("all 71 people on board the two aircraft",
  // "69 people" on the airliner): the one is a part of the two.
  if (tx && ty && Boolean(x.severalCraft) !== Boolean(y.severalCraft)) {
    const [all, one] = x.severalCraft ? [x, y] : [y, x];
    if (one.count.min > all.count.max) return 'conflict';
    return x.severalCraft ? 'broader' : 'narrower';
  }
  if (gx === gy) {
    if (!overlap(x.count, y.count)) return 'conflict';
    const exact = x.count.min === x.count.max && y.count.min === y.count.max;
    return exact ? 'equal' : 'compatible';
  }
  // Everyone aboard against one group of them: the group cannot outnumber everyone.
  if (tx) return y.count.min > x.count.max ? 'conflict' : 'broader';
  if (ty) return x.count.min > y.count.max ? 'conflict' : 'narrower';
  return 'unrelated';
}


function describePeople(v: PeopleValue): string {
  const count = v.figure !== undefined ? String(v.figure) : wholeCount(v.count);
  // A generic count names its group by its noun: "32 Kenyans", "56 women".
  const group = groupOf(v);
  const who = group.startsWith('people (') ? v.noun! : v.role;
  if (v.each) {
    const per = v.figure !== undefined ? String(v.figure) : wholeCount(v.each.count);
    const all = v.figure !== undefined && v.each.craft ? String(v.figure * v.each.craft) : wholeCount(v.count);
    const total = v.each.craft ? `${all} ${who} (${per} on each of ${v.each.craft})` : `${per} ${who} on each craft`;
    return `${total}${v.hedge ? ` (${v.hedge})` : ''}`;
  }
  return `${count} ${who}${v.severalCraft ? ' (of several craft)' : ''}${v.hedge ? ` (${v.hedge})` : ''}`;
}

/** One side's counts for one role, as a single interval: where its figures agree, or all they span. */
function combine(values: Interval[]): Interval {
  let meet: Interval | undefined = values[0];
  for (const v of values.slice(1)) {
    if (!meet) break;
    meet = overlap(meet, v) ? { min: Math.max(meet.min, v.min), max: Math.min(meet.max, v.max) } : undefined;
  }
  return meet ?? { min: Math.min(...values.map((v) => v.min)), max: Math.max(...values.map((v) => v.max)) };
}

function byRole(facts: Fact<PeopleValue>[]): Map<string, Interval> {
  const groups = new Map<string, Interval[]>();
  for (const f of facts) {
    const role = groupOf(f.value);
    groups.set(role, [...(groups.get(role) ?? []), f.value.count]);
  }
  return new Map([...groups].map(([role, counts]) => [role, combine(counts)]));
}

/** Parts of a role listed together in one sentence ("two pilots and six cabin crew") as one count: their sum. */
function listsSummed(facts: Fact<PeopleValue>[]): Fact<PeopleValue>[] {
  const lists = new Map<string, Fact<PeopleValue>[]>();
  for (const f of facts) {
    if (!f.value.listed) continue;
    const key = `${groupOf(f.value)}|${f.sentence}`;
    lists.set(key, [...(lists.get(key) ?? []), f]);
  }
  if (lists.size === 0) return facts;
  const merged = [...lists.values()].map((parts): Fact<PeopleValue> => {
    const { listed: _, noun: __, ...value } = parts[0]!.value;
    return { ...parts[0]!, text: parts.map((p) => p.text).join(' and '), value: { ...value, count: sum(parts.map((p) => p.value.count)) } };
  });
  return [...facts.filter((f) => !f.value.listed), ...merged];
}

/**
 * One side's counts for each role as clusters: figures that can be one count meet in one ("almost a hundred"
 * and "99" are 99); figures that cannot ("100 instructors" and "1,000 troops" of another army) stay apart.
 */
function clustersByRole(facts: Fact<PeopleValue>[]): Map<string, Cluster[]> {
  const groups = new Map<string, Cluster[]>();
  for (const f of [...facts].sort((x, y) => x.value.count.min - y.value.count.min)) {
    const role = groupOf(f.value), c = f.value.count;
    const clusters = groups.get(role) ?? [];
    const last = clusters[clusters.length - 1];
    if (last && overlap(last, c)) {
      clusters[clusters.length - 1] = {
        min: Math.max(last.min, c.min), max: Math.min(last.max, c.max),
        // A bare round figure is shown as written while every figure of the cluster is that one.
        ...(last.figure !== undefined && last.figure === f.value.figure ? { figure: last.figure } : {}),
      };
    } else clusters.push({ ...c, ...(f.value.figure !== undefined ? { figure: f.value.figure } : {}) });
    groups.set(role, clusters);
  }
  return groups;
}

const CREW_PART_NOUNS = new Set(CREW_PARTS.map(fold));
/** The noun a side's crew counts all share when each names a part of the crew ("the two pilots"). */
function crewPartOnly(facts: Fact<PeopleValue>[]): string | undefined {
  const crew = facts.filter((f) => groupOf(f.value) === 'crew');
  const nouns = new Set(crew.map((f) => fold(f.value.noun ?? '')));
  return crew.length && nouns.size === 1 && CREW_PART_NOUNS.has([...nouns][0]!) ? crew[0]!.value.noun : undefined;
}

/**
 * One side counts only a part of the crew ("an investigation into the two pilots") and the other the whole
 * crew ("six crew members"): fewer is a part, not a clash. Said as such, or undefined where it is no part.
 */
function crewPartOf(a: Fact<PeopleValue>[], b: Fact<PeopleValue>[], xs: Cluster[], ys: Cluster[]): string | undefined {
  const pa = crewPartOnly(a), pb = crewPartOnly(b);
  if (!pa === !pb) return undefined;
  const [side, noun, part, whole] = pa ? ['a', pa, xs, ys] as const : ['b', pb!, ys, xs] as const;
  if (Math.max(...part.map((c) => c.max)) >= Math.min(...whole.map((c) => c.min))) return undefined;
  return `${side} counts ${showAll(part)} ${noun}, a part of the ${showAll(whole)} crew ${side === 'a' ? 'b' : 'a'} counts`;
}

/**
 * "carried 823 people ..., raising its earlier count of 640" against "about 640 Afghans": the other side gives the
 * figure this side corrects, a count of an earlier moment, no clash.
 */
function correctionOf(role: string, a: Fact<PeopleValue>[], b: Fact<PeopleValue>[], xs: Cluster[], ys: Cluster[]): string | undefined {
  for (const [side, own, others] of [['a', a, ys], ['b', b, xs]] as const) {
    const fix = own.find((f) => groupOf(f.value) === role && f.value.revisedFrom && others.some((o) => overlap(o, f.value.revisedFrom!)));
    if (fix) return `${side} gives ${wholeCount(fix.value.count)} ${role} as a correction of an earlier ${wholeCount(fix.value.revisedFrom!)}, the figure ${side === 'a' ? 'b' : 'a'} gives`;
  }
  return undefined;
}

/** Which side gives its count of a role as a correction of an earlier figure, said after the clash. */
function revisedBy(role: string, a: Fact<PeopleValue>[], b: Fact<PeopleValue>[]): string {
  const revised = (facts: Fact<PeopleValue>[]) => facts.some((f) => groupOf(f.value) === role && f.value.revised);
  const sides = [revised(a) ? 'a' : '', revised(b) ? 'b' : ''].filter(Boolean);
  return sides.length === 1 ? ` (${sides[0]} gives its figure as a correction of an earlier one)` : '';
}

/** Counts that can be one count, met in one interval; `figure` as in {@link PeopleValue}. */
type Cluster = Interval & { figure?: number };
const showAll = (xs: Cluster[]) => xs.map((x) => (x.figure !== undefined ? String(x.figure) : wholeCount(x))).join(' or ');

const sum = (xs: Interval[]): Interval => ({ min: xs.reduce((s, x) => s + x.min, 0), max: xs.reduce((s, x) => s + x.max, 0) });

/**
 * "A plane carrying 176 Canadians" against "211 people, including 176 Canadians": a group the craft carried, named
 * by its noun, is the group the other side counts among everyone aboard, and no count of everyone.
 */
function groupCountedApart(side: Fact<PeopleValue>[], other: Fact<PeopleValue>[]): Fact<PeopleValue>[] {
  return side.map((f) => {
    const noun = f.value.noun ? fold(f.value.noun).replace(/\s+/g, ' ') : undefined;
    if (f.value.role !== 'on board' || !noun || GENERIC_NOUNS.has(noun)) return f;
    const part = other.some((g) => g.value.role === 'people' && g.value.among && g.value.noun
      && fold(g.value.noun).replace(/\s+/g, ' ') === noun && overlap(g.value.count, f.value.count));
    return part ? { ...f, value: { ...f.value, role: 'people', among: true } } : f;
  });
}

/**
 * "evacuated more than 300 people" beside the other side's "flown 311 people out" in a sentence aligned
 * with it: one side's people are the ones the other says were aboard, so they count as everyone aboard.
 */
function aboardAsAligned(
  own: Fact<PeopleValue>[], other: Fact<PeopleValue>[], aligned: (ownSentence: number, otherSentence: number) => boolean,
): Fact<PeopleValue>[] {
  const aboard = other.filter((g) => g.value.role === 'on board' && GENERIC_NOUNS.has(fold(g.value.noun ?? '')));
  if (!aboard.length) return own;
  // Not a part of them: "The passengers included four people from India".
  return own.map((f) => (groupOf(f.value) === 'people' && !f.value.among && !f.value.apart && aboard.some((g) => aligned(f.sentence, g.sentence))
    ? { ...f, value: { ...f.value, role: 'on board' } } : f));
}

/**
 * Whether a side's groups are everyone aboard: passengers and crew, counted together in one sentence ("42
 * passengers and five crew members were on board"). Fewer than the other side's count aboard is then a
 * clash; "65 prisoners, six crew and three escorts" leaves room for others, and so do counts told apart.
 */
function wholeManifest(roles: string[], facts: Fact<PeopleValue>[]): boolean {
  if (roles.length !== 2 || !roles.includes('passengers') || !roles.includes('crew')) return false;
  // "169 passengers, six crew members and an engineer": a list with a group of another role is more than the two.
  const more = (sentence: number) => facts.some((o) => o.sentence === sentence && !o.value.among && !['passengers', 'crew', 'on board'].includes(o.value.role));
  return facts.some((p) => p.value.role === 'passengers' && !more(p.sentence) && facts.some((c) => c.value.role === 'crew' && c.sentence === p.sentence));
}

/**
 * Role by role, and everyone aboard against the sum of the groups the other side lists:
 * "65 prisoners, six crew and three escorts" agrees with "74 on board".
 */
function comparePeople(a: Fact<PeopleValue>[], b: Fact<PeopleValue>[], context?: JudgeContext): SetJudgement {
  [a, b] = [listsSummed(a), listsSummed(b)];
  [a, b] = [groupCountedApart(a, b), groupCountedApart(b, a)];
  if (context) [a, b] = [aboardAsAligned(a, b, (x, y) => context.aligned(x, y)), aboardAsAligned(b, a, (x, y) => context.aligned(y, x))];
  const ra = byRole(a), rb = byRole(b);
  const conflicts: string[] = [], agreed: string[] = [], alone: string[] = [];
  // A generic group ("people", "women") is some group of the story: two articles count one such group only
  // where their sentences report the same thing ("up to 1,000 people" evacuated, "a handful of people" hurt).
  const oneGroup = (role: string) => !context || !role.startsWith('people')
    || a.some((f) => groupOf(f.value) === role && b.some((g) => groupOf(g.value) === role && context.aligned(f.sentence, g.sentence)));
  const covered = new Set<string>();
  // Roles whose counts differ on both sides but are accounted for: no clash, and nothing said alone.
  const reconciled = new Set<string>();
  const ca = clustersByRole(a), cb = clustersByRole(b);
  const totalVsParts = (total: Interval, parts: Map<string, Interval>, side: 'a' | 'b', partFacts: Fact<PeopleValue>[]) => {
    // Generic groups ("people", "women") are not known to be aboard.
    // "among them three civilians": a part of the groups counted before it, not one more.
    const among = (r: string) => partFacts.filter((f) => groupOf(f.value) === r).every((f) => f.value.among);
    const listed = [...parts].filter(([r]) => r !== 'on board' && !r.startsWith('people') && !among(r));
    if (listed.length === 0) return;
    const other = side === 'a' ? 'b' : 'a';
    if (perCraft((side === 'a' ? ca : cb).get('on board')!, partFacts, side, other)) return;
    const s = sum(listed.map(([, c]) => c));
    // "all 71 people aboard the two aircraft" against "60 passengers and nine crew members" of one of them: a part.
    const ofSeveral = (side === 'a' ? a : b).some((f) => groupOf(f.value) === 'on board' && f.value.severalCraft);
    if (s.max < total.min && ofSeveral) alone.push(`${side}'s ${wholeCount(total)} on board count several craft, ${other}'s groups ${wholeCount(s)}`);
    else if (s.min > total.max) conflicts.push(`${other}'s groups add up to ${wholeCount(s)}, more than ${side}'s ${wholeCount(total)} on board`);
    else if (s.max < total.min && wholeManifest(listed.map(([r]) => r), partFacts)) {
      conflicts.push(`${other}'s ${listed.map(([r, c]) => `${wholeCount(c)} ${r}`).join(' + ')} add up to ${wholeCount(s)}, fewer than ${side}'s ${wholeCount(total)} on board`);
    }
    else if (overlap(s, total)) {
      agreed.push(`${side}'s ${wholeCount(total)} on board = ${other}'s ${listed.map(([r, c]) => `${wholeCount(c)} ${r}`).join(' + ')}`);
      for (const [r] of listed) covered.add(`${other}:${r}`);
      covered.add(`${side}:on board`);
    }
  };
  /**
   * Two counts of everyone aboard that cannot be one ("379 people" and "six people aboard the coast guard
   * plane") are two craft: each is met by the groups the other side counts in one sentence ("All 367
   * passengers and 12 crew"; "six crew"), or the counts are left to the lenient sum below.
   */
  const perCraft = (totals: Cluster[], partFacts: Fact<PeopleValue>[], side: 'a' | 'b', other: 'a' | 'b'): boolean => {
    if (totals.length < 2) return false;
    const sentences = new Map<number, [string, Interval][]>();
    for (const f of partFacts) {
      const role = groupOf(f.value);
      if (role === 'on board' || role.startsWith('people')) continue;
      sentences.set(f.sentence, [...(sentences.get(f.sentence) ?? []), [role, f.value.count]]);
    }
    const met = totals.map((t) => [...sentences.values()].find((parts) => overlap(sum(parts.map(([, c]) => c)), t)));
    if (met.some((parts) => !parts)) return false;
    totals.forEach((t, i) => {
      agreed.push(`${side}'s ${showAll([t])} on board = ${other}'s ${met[i]!.map(([r, c]) => `${wholeCount(c)} ${r}`).join(' + ')}`);
      for (const [r] of met[i]!) covered.add(`${other}:${r}`);
    });
    covered.add(`${side}:on board`);
    return true;
  };
  const ta = ra.get('on board'), tb = rb.get('on board');
  if (ta && !tb) totalVsParts(ta, rb, 'a', b);
  if (tb && !ta) totalVsParts(tb, ra, 'b', a);
  // Both count everyone aboard alike, and one side also splits them into groups that add up to its own
  // count: the split restates the count both give, as it would against the other side's total alone.
  if (ta && tb && overlap(ta, tb)) {
    for (const [side, own, other] of [['a', ra, rb], ['b', rb, ra]] as const) {
      const listed = [...own].filter(([r]) => r !== 'on board' && !r.startsWith('people') && !other.has(r));
      if (listed.length && overlap(sum(listed.map(([, c]) => c)), own.get('on board')!)) {
        for (const [r] of listed) covered.add(`${side}:${r}`);
      }
    }
  }
  // A count of everyone aboard two craft against the other side's count of one of them, which differ by
  // groups the smaller side counts apart and the other side counts too: "a jet carrying 64 people" and "a
  // UH-60 with three soldiers" against "all 67 people aboard a passenger jet and an Army helicopter".
  const severalCraft = (fs: Fact<PeopleValue>[]) => fs.some((f) => f.value.role === 'on board' && f.value.severalCraft);
  if (ta && tb && !overlap(ta, tb) && (ta.max < tb.min ? severalCraft(b) : severalCraft(a))) {
    const [side, total, own, other] = ta.max < tb.min ? ['a', ta, ra, rb] as const : ['b', tb, rb, ra] as const;
    const apart = [...own].filter(([r, c]) => r !== 'on board' && !r.startsWith('people') && other.has(r) && overlap(c, other.get(r)!));
    const otherTotal = side === 'a' ? tb : ta;
    if (apart.length && overlap(sum([total, ...apart.map(([, c]) => c)]), otherTotal)) {
      agreed.push(`${side}'s ${wholeCount(total)} on board + ${apart.map(([r, c]) => `${wholeCount(c)} ${r}`).join(' + ')} = ${side === 'a' ? 'b' : 'a'}'s ${wholeCount(otherTotal)}`);
      reconciled.add('on board');
    }
  }
  // "all 349 people aboard the two aircraft" against "The Saudi Boeing 747 was carrying 312 people and the Kazakhstan
  // Airlines Il-76 had 37 on board": the other side's count of each craft adds up to everyone aboard both.
  for (const [side, own, otherClusters] of [['a', a, cb], ['b', b, ca]] as const) {
    const both = own.find((f) => f.value.role === 'on board' && f.value.severalCraft);
    const each = otherClusters.get('on board');
    if (!both || !each || each.length < 2 || !overlap(sum(each), both.value.count)) continue;
    agreed.push(`${side}'s ${wholeCount(both.value.count)} aboard both craft = ${side === 'a' ? 'b' : 'a'}'s ${each.map(wholeCount).join(' + ')} on board`);
    reconciled.add('on board');
  }
  // "50 passengers ... and 12 crew" against "56 passengers and six crew members" where both count 62 aboard:
  // one count split two ways, as when crew off duty fly as passengers. Told, not a clash.
  if (ta && tb && overlap(ta, tb)) {
    const split = (own: typeof ra) => {
      const p = own.get('passengers'), c = own.get('crew'), all = own.get('on board');
      return p && c && all && overlap(sum([p, c]), all) ? [p, c] as const : undefined;
    };
    const sa = split(ra), sb = split(rb);
    if (sa && sb && !(overlap(sa[0], sb[0]) && overlap(sa[1], sb[1]))) {
      const shown = ([p, c]: readonly [Interval, Interval]) => `${wholeCount(p)} passengers + ${wholeCount(c)} crew`;
      alone.push(`both count ${wholeCount(ta)} aboard, split differently (a ${shown(sa)}, b ${shown(sb)}): crew off duty may fly as passengers`);
      reconciled.add('passengers');
      reconciled.add('crew');
    }
  }
  for (const role of new Set([...ra.keys(), ...rb.keys()])) {
    if (reconciled.has(role)) continue;
    const xs = ca.get(role), ys = cb.get(role);
    if (xs && ys) {
      // Counts that meet agree; a side's other counts of the role are its own ("a also counts 1000 military").
      const metX = xs.filter((x) => ys.some((y) => overlap(x, y))), metY = ys.filter((y) => xs.some((x) => overlap(x, y)));
      if (metX.length) {
        agreed.push(`${role}: ${showAll(metX)} / ${showAll(metY)}`);
        const restX = xs.filter((x) => !metX.includes(x)), restY = ys.filter((y) => !metY.includes(y));
        if (restX.length) alone.push(`a also counts ${showAll(restX)} ${role}`);
        if (restY.length) alone.push(`b also counts ${showAll(restY)} ${role}`);
        continue;
      }
      const part = (role === 'crew' ? crewPartOf(a, b, xs, ys) : role === 'on board' ? oneOfSeveral(a, b, xs, ys) : undefined)
        ?? correctionOf(role, a, b, xs, ys);
      if (part) alone.push(part);
      else if (oneGroup(role)) conflicts.push(`${role}: ${showAll(xs)} in a, ${showAll(ys)} in b${revisedBy(role, a, b)}`);
      else alone.push(`${role}: ${showAll(xs)} in a, ${showAll(ys)} in b, in sentences that report different things`);
    } else if (xs && !covered.has(`a:${role}`)) alone.push(`only a counts ${role}`);
    else if (ys && !covered.has(`b:${role}`)) alone.push(`only b counts ${role}`);
  }
  if (conflicts.length) return { verdict: 'conflict', explanation: conflicts.join('; ') };
  if (alone.length === 0) return { verdict: 'agree', explanation: agreed.join('; ') || 'both state compatible counts' };
  return { verdict: 'partial', explanation: [...agreed, ...alone].join('; ') };
}

/**
 * One count of everyone aboard against everyone several flights carried, the one no more than the several:
 * "a military transport that brought 168 people" and "more than 390 people ... in three flights". A part, no
 * clash. Not against a side that counts several craft itself, nor one count of each craft, which add up.
 */
function oneOfSeveral(a: Fact<PeopleValue>[], b: Fact<PeopleValue>[], xs: Cluster[], ys: Cluster[]): string | undefined {
  const onBoard = (fs: Fact<PeopleValue>[]) => fs.filter((f) => groupOf(f.value) === 'on board');
  const several = (fs: Fact<PeopleValue>[]) => onBoard(fs).some((f) => f.value.severalCraft);
  const over = (fs: Fact<PeopleValue>[]) => onBoard(fs).some((f) => f.value.overFlights);
  const fits = (ones: Cluster[], alls: Cluster[]) => ones.length === 1 && ones.every((one) => alls.some((all) => one.min <= all.max));
  if (over(b) && !several(a) && fits(xs, ys)) return `b's ${showAll(ys)} aboard several craft hold a's ${showAll(xs)} aboard one`;
  if (over(a) && !several(b) && fits(ys, xs)) return `a's ${showAll(xs)} aboard several craft hold b's ${showAll(ys)} aboard one`;
  return undefined;
}

export const people = defineFacet<PeopleValue>({
  kind: 'people',
  extract: findPeople,
  relate: relatePeople,
  describe: describePeople,
  compare: comparePeople,
  lasting: (v) => ABOARD_ROLES.includes(v.role),
});

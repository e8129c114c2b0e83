/**
 * Casualties: killed, injured, missing, bodies found, survivors, each with a count as an interval
 * ("killing all 10 on board" is exactly 10; "at least 12 dead" is 12 or more). A provisional figure keeps
 * its hedge ("four bodies so far") so that a report can show why it differs from a later one.
 */
import { INVERTED_VERBS, REPORTING_VERBS } from '../lexicon/attribution.js';
import { fold, gatedScan, matchAny } from '../lexicon/match.js';
import { NUMBER_UNITS } from '../lexicon/numbers.js';
import { AIRCRAFT_NOUNS } from '../lexicon/aircraft.js';
import { OTHER_CARRIERS } from '../lexicon/cargo.js';
import { AFTERMATH_ACTS } from '../lexicon/time.js';
import {
  ABOARD_ROLES, JUDGED_FOR, NONE_GROUPS, STANDING_TOLL_OF, UNREST_OUTBREAK, WAR_TOLL_SUBJECTS, CASUALTY_AFTER, CASUALTY_BEFORE, CASUALTY_EVERYONE, CASUALTY_NONE, CASUALTY_ONE, ONE_SURVIVOR, ONE_VICTIM_NOUNS, CRAFT_NOUNS, DIED_AFTER_RESCUE, EVERYONE_FATE, FATAL_WORDS, GENERIC_PEOPLE_NOUNS,
  INJURY_VERBS, NAMED_RELATIONS, NOT_NAME_OPENERS, OF_THEM_QUANTIFIERS, ONE_OF_CREW, ON_BOARD_WORDS, PART_QUANTIFIER_SHARES, PEOPLE_FILLER_WORDS, PEOPLE_ROLES, PROVISIONAL_HEDGES, RESCUE_BEFORE_FATE, SEVERITY_WORDS, TOLL_GIVEN_VERBS,
  type CasualtyKind, type Severity,
} from '../lexicon/roles.js';
import { partsOf, type NumberMention } from '../text/numbers.js';
import type { Fact, Interval } from '../types.js';
import { DIFFERENT_THINGS, byValue, defineFacet, judgeByRelation, type Found, type Relation, type SentenceContext, type SetJudgement } from './facet.js';
import { numbersIn, oneAndOthers, ON_ONE_CRAFT_AFTER, ON_SEVERAL_CRAFT_AFTER, RESCUED_DESCRIBED, TWO_CRAFT_AFTER } from './shared.js';

export type { CasualtyKind, Severity } from '../lexicon/roles.js';

export interface CasualtiesValue {
  kind: CasualtyKind;
  count: Interval;
  /** Who: "soldiers", "passengers", when the sentence says. */
  who?: string;
  /** How badly the injured were hurt, when the sentence says: "critically injured" are some of the injured. */
  severity?: Severity;
  /** "so far", "at least", "all": how the figure is qualified. */
  hedge?: string;
  /** A toll that has risen to the figure ("the death toll rose to 10"): another figure may be an earlier or a later count. */
  risen?: true;
  /** A toll given anew, up or down ("revised the death toll ... to 14"): another figure may be the one it replaced. */
  revised?: true;
  /** The dead aboard two craft or more ("all 67 people aboard the two aircraft"): one craft's dead are some of them. */
  severalCraft?: true;
  /**
   * The day the report gave the figure (its `publishedAt`), for counts that grow with the days (killed,
   * injured, bodies found): a report of a later day that gives more is a later count, not a clash.
   */
  reportedOn?: string;
}

/**
 * Counts that change as the days go by: the dead, the injured and the bodies found grow; the survivors and
 * the missing fall ("12 were still missing" on the day, "three people still missing" two days on).
 */
const GROWING: ReadonlySet<CasualtyKind> = new Set(['killed', 'injured', 'bodies', 'survivors', 'missing']);
const FALLING: ReadonlySet<CasualtyKind> = new Set(['survivors', 'missing']);

const KINDS = Object.keys(CASUALTY_AFTER) as CasualtyKind[];
const kindTable = (table: Readonly<Record<CasualtyKind, readonly string[]>>) => {
  const map = new Map<string, CasualtyKind>();
  for (const k of KINDS) for (const w of table[k]) map.set(fold(w), k);
  return map;
};
const AFTER_KIND = kindTable(CASUALTY_AFTER);
const BEFORE_KIND = kindTable(CASUALTY_BEFORE);
const NONE_KIND = kindTable(CASUALTY_NONE);
const ONE_KIND = kindTable(CASUALTY_ONE);
const FATE_KIND = kindTable(EVERYONE_FATE);
const norm = (s: string) => fold(s).replace(/\s+/g, ' ');
const SEVERITY_OF = new Map((Object.entries(SEVERITY_WORDS) as [Severity, readonly string[]][]).flatMap(([k, ws]) => ws.map((w) => [norm(w), k] as const)));
const FATAL = new Set(FATAL_WORDS.map(norm));
const INJURY_VERB = new Set(INJURY_VERBS.map(norm));
/** The severity a casualty phrase names: "in critical condition". */
// "remain in critical condition": how badly, before that they are still in hospital.
const severityIn = (phrase: string) => {
  const named = norm(phrase).split(/[\s-]+/).map((w) => SEVERITY_OF.get(w)).filter((v) => v !== undefined);
  return named.find((v) => v !== 'hospitalised') ?? named[0];
};
const GENERIC = new Set(GENERIC_PEOPLE_NOUNS.map(norm));

const PEOPLE_WORDS = new Set([...Object.values(PEOPLE_ROLES).flat(), ...PEOPLE_FILLER_WORDS, ...ON_BOARD_WORDS].flatMap((w) => norm(w).split(' ')));
/** "were rescued and taken to hospital": a rescue on the way to the fate after it. */
// Not before a count of its own: "Fifteen people were rescued and 12 were still missing"; nor before no fate at
// all: "Eight people were rescued and were in good condition" were rescued.
const RESCUED_AND = new RegExp(`^\\s{1,3}(?:(?:were|was)\\s{1,3})?(?:${matchAny(RESCUE_BEFORE_FATE)})\\s{1,3}and(?=\\s)(?!\\s{1,3}(?:\\d|(?:${matchAny(Object.keys(NUMBER_UNITS))})\\b))`
  + `(?=(?:\\s{1,3}[a-z-]{1,20}){0,2}\\s{1,3}(?:${matchAny(AFTER_KIND.keys())})\\b)`, 'i');
/** "Three women pulled from the wreckage remain in critical condition": a rescue told as the group's description, before its fate. */
const RESCUED_FROM = new RegExp(`^${RESCUED_DESCRIBED}(?=(?:\\s{1,3}[a-z-]{1,20}){0,2}\\s{1,3}(?:${matchAny(AFTER_KIND.keys())})\\b)`, 'i');
/**
 * "Four children who survived a plane crash", "two passengers who were injured": a relative clause that tells
 * the group's fate. Not "two men who killed a guard", who did it.
 */
const WHO_FATE = /^\s{1,3}who(?=\s{1,3}(?:(?:survived|died|perished)\b|(?:were|was|had\s{1,3}been|have\s{1,3}been)\s{1,3}(?:[a-z]+ly\s{1,3})?(?:killed|injured|wounded|hurt|rescued)\b))/i;
const AUXILIARIES = /^(?:were|was|have|has|had|been|are|is|reportedly|reported|listed|declared|as|confirmed|later|also|now|being|feared|believed|presumed|found|recovered|so far)$/i;
// "more than 400 body parts" are no bodies.
const AFTER_WORD = new RegExp(`^(?:${matchAny(AFTER_KIND.keys())})(?![\\w-]|\\s{1,3}(?:parts|fragments)\\b)`, 'i');
// "killing its two occupants": the craft's people, by its possessive.
// "killing the three crew members": the group may take its article.
const BEFORE_WORD = new RegExp(`\\b(${matchAny(BEFORE_KIND.keys())})\\s{1,3}(?:(?:its|their|the)\\s{1,3})?$`, 'i');
const PROVISIONAL = new RegExp(`^[^.;!?]{0,30}?\\b(${matchAny(PROVISIONAL_HEDGES)})\\b`, 'i');
const NONE = new RegExp(`\\b(?:${matchAny(NONE_KIND.keys())})\\b`, 'gi');
const EVERYONE = new RegExp(`\\b(?:${matchAny(CASUALTY_EVERYONE)})\\b`, 'gi');
const scanNone = gatedScan(NONE_KIND.keys(), NONE);
/** A hedge before a standing toll's figure: "more than 827 deaths", "killed at least 400". */
const TOLL_HEDGE = String.raw`(?:(?:at\s{1,3}least|more\s{1,3}than|some|about|nearly|over)\s{1,3})?`;
/** "Italy has reported more than 12,000 cases and 827 deaths": a toll of an outbreak, counted beside its cases. */
const OUTBREAK_TOLL_BEFORE = new RegExp(String.raw`\b(?:cases|infections)\s{1,3}(?:of\s{1,3}[\p{L}-]{2,20}\s{1,3})?(?:and|with)\s{1,3}${TOLL_HEDGE}$`, 'iu');
/** Words that name the craft or its crash, which keep a toll told beside another event's the story's. */
const CRASH_WORDS = matchAny([...CRAFT_NOUNS, 'crash', 'crashed', 'flight']);
/**
 * "where fighting ... has killed hundreds", "The war has claimed more than 10,000 lives": a standing toll of a war, in
 * the perfect tense; or told of the war in a clause of its own, "ending 14 years of civil war that killed tens of
 * thousands of people".
 */
const WAR_TOLL_BEFORE = new RegExp(`\\b(?:${matchAny(WAR_TOLL_SUBJECTS)})\\b(?:[^.;:!?]{0,60}?\\b(?:has|have|had)|\\s{1,3}(?:that|which))\\s{1,3}(?:(?:so\\s{1,3}far|now|already)\\s{1,3})?(?:killed|left|claimed|cost)\\s{1,3}${TOLL_HEDGE}$`, 'i');
/** "the crisis, in which some 3,000 people died": a toll of what lasted, before its figure (see STANDING_TOLL_OF). */
const STANDING_TOLL_BEFORE = new RegExp(`\\b(?:${matchAny([...STANDING_TOLL_OF.nouns, ...WAR_TOLL_SUBJECTS])}),?\\s{1,3}(?:in|during)\\s{1,3}which\\s{1,3}${TOLL_HEDGE}$`, 'i');
/**
 * "people were killed or disappeared during his 17-year rule", "were killed in the months of fighting": after its
 * figure, in its clause, with an article, a pronoun, a possessive ("during Batista's rule") or a count ("in 13 years
 * of civil war"), or by its name ("during World War II"). Not where the clause names the craft: "were killed in the
 * war when their helicopter crashed".
 */
const STANDING_TOLL_AFTER = new RegExp(`^(?![^.;:!?]*\\b(?:${CRASH_WORDS})\\b)`
  + `(?:(?!\\b(?:when|after|as|while)\\b)[^.;:!?]){0,50}?\\b(?:in|during|under)\\s{1,3}(?:(?:the|his|her|their|its|a|an|[\\w-]{1,20}['’]s|\\d{1,4})\\s{1,3}(?:[\\w-]{1,20}\\s{1,3}){0,2}`
  + `(?:(?:${matchAny(STANDING_TOLL_OF.nouns)})(?!\\s{1,3}zone)|(?:${matchAny(STANDING_TOLL_OF.spans)})\\s{1,3}of\\s{1,3}[\\w-]{2,20})|(?:${matchAny(STANDING_TOLL_OF.named)}))\\b`, 'i');
/** "the only person convicted of the bombing ..., which killed 270 people": a crime judged before (see JUDGED_FOR). */
const JUDGED_BEFORE = new RegExp(`\\b(?:${matchAny(JUDGED_FOR)})\\b[^.;:!?]{0,100}$`, 'i');
/**
 * "Riots broke out in Khartoum after the news, and at least 24 people were killed": a toll of the unrest that broke
 * out, in its sentence. Not one the craft's words tell after the outbreak: "Riots broke out after the jet crashed,
 * killing 40".
 */
const UNREST_TOLL_BEFORE = new RegExp(`\\b(?:${matchAny(UNREST_OUTBREAK.subjects)})\\b[^.;:!?]{0,60}?\\b(?:${matchAny(UNREST_OUTBREAK.verbs)})\\b`
  + `(?![^.;:!?]*\\b(?:${CRASH_WORDS})\\b)[^.;:!?]{0,100}$`, 'i');
/** A sentence that names an aircraft, by its noun. */
const AIRCRAFT_NAMED = new RegExp(`\\b(?:${matchAny(Object.keys(AIRCRAFT_NOUNS))})\\b`, 'i');
/**
 * "on board the bus": a vehicle that is no aircraft, right after those aboard it (see OTHER_CARRIERS), in a sentence
 * that names an aircraft (AIRCRAFT_NAMED; a bus's crash alone keeps its passengers aboard).
 */
const OTHER_VEHICLE_AFTER = new RegExp(`^\\s{1,3}(?:the|a|an)\\s{1,3}(?:[\\w-]{1,20}\\s{1,3})?(?:${matchAny(OTHER_CARRIERS.filter((c) => c !== 'train' && c !== 'trains'))}|minibus|minibuses)\\b`, 'i');
/** "Six other people ... died with him": the one the others died with, after their fate. */
const DIED_WITH_ONE = /^\s{1,3}(?:with|alongside|along\s{1,3}with)\s{1,3}(?:him|her)\b/i;
/** The role nouns of people, whole: "flight attendants", "crew members". */
const ROLE_NOUNS: ReadonlySet<string> = new Set(Object.values(PEOPLE_ROLES).flat().map(norm));
/** "No crew members were injured": the group none of whom, "people" being everyone. */
const NONE_GROUP = new RegExp(`^(?:no|none\\s{1,3}of\\s{1,3}the)\\s{1,3}(${matchAny(NONE_GROUPS.filter((g) => g !== 'people'))})\\b`, 'i');
/**
 * "Nobody on the Safarilink flight to Diani was hurt", "no one on the ground was injured": none of those aboard a
 * craft, or on the ground, befell the fate.
 */
const NONE_WHERE = /\b(?:no\s{1,3}one|no-one|nobody)\s{1,3}(?:(on\s{1,3}the\s{1,3}ground)|(?:on\s{1,3}board|aboard|on)\b[^,;.!?]{0,50}?)\s{1,3}(?:was|were)\s{1,3}(?:(?:seriously|badly|critically)\s{1,3})?(hurt|injured|wounded|killed)\b/gi;
const ONE = new RegExp(`\\b(?:${matchAny(ONE_KIND.keys())})\\b`, 'gi');
const ONE_NAMED_FATE = new RegExp(String.raw`\b[Aa]n?\s{1,3}(?:${matchAny(ONE_VICTIM_NOUNS)}),\s{1,3}\p{Lu}[\p{L}'’.-]*(?:\s{1,3}\p{Lu}[\p{L}'’.-]*){0,3},\s{1,3}(?:was\s{1,3}killed|died)\b`, 'gu');
const scanOne = gatedScan(ONE_KIND.keys(), ONE);
/** "A 14-month-old Thai boy survived": one who lived, described (see ONE_SURVIVOR); others may have too. */
const ONE_LIVED = new RegExp(String.raw`(?<![\p{L}-])[Aa]n?\s{1,3}(?:[\p{L}\d-]{1,20}\s{1,3}){0,3}?(?:${matchAny(ONE_SURVIVOR.nouns)})\s{1,3}(?:${matchAny(ONE_SURVIVOR.fates)})\b`, 'gu');
/** One victim by an article and a noun: "a tour guide", "the pilot". */
const ONE_VICTIM = String.raw`(?:a|an|the|its)\s{1,3}(?:${matchAny(ONE_VICTIM_NOUNS)})`;
/**
 * "killing a tour guide and a motorcyclist", "killed the pilot and a passenger": two victims, one each. So are two
 * before their fate: "The captain and the flight engineer were killed".
 */
const TWO_ONES = new RegExp(String.raw`\b(?:(killing|killed|injuring|injured)\s{1,3}${ONE_VICTIM}\s{1,3}and\s{1,3}${ONE_VICTIM}(?![\w-])`
  + String.raw`|${ONE_VICTIM}\s{1,3}and\s{1,3}${ONE_VICTIM}\s{1,3}(?:were|have\s{1,3}been|had\s{1,3}been)\s{1,3}(killed|injured))\b`, 'gi');
const scanEveryone = gatedScan(CASUALTY_EVERYONE, EVERYONE);
const FATE_BEFORE = new RegExp(`\\b(${matchAny(FATE_KIND.keys())})\\s{1,3}$`, 'i');
/** The fate after everyone, over its auxiliaries and the hedge of a fear: "all on board are feared dead". */
const FATE_AFTER = new RegExp(`^\\s{1,3}(?:(?:were|was|have|has|had|been|are|is|reportedly|feared|believed|presumed)\\s{1,3}){0,2}(${matchAny(FATE_KIND.keys())})\\b`, 'i');
/** "feared there were no survivors", "fear that there are no survivors": a fear before the fate. */
const FEARED_BEFORE = /\b(?:feared|fear|fears|fearing)\s{1,3}(?:that\s{1,3})?(?:(?:there|they)\s{1,3}(?:were|are|was|is|would\s{1,3}be)\s{1,3})?$/i;
/** "except a Dutch child", "but two": those the fate of everyone spared. */
const EXCEPT_AFTER = new RegExp(`^,?\\s{1,3}(?:except|except for|but|save|apart from)\\s{1,3}(an?|\\d{1,3}|${matchAny(Object.keys(NUMBER_UNITS))})\\b(?:\\s{1,3}[\\p{L}'’-]{1,20}){0,3}(?=\\s{0,2}(?:[,.;:!?]|$))`, 'iu');
const TOTAL_AFTER = new RegExp(`^\\s{1,3}(?:people|persons|passengers|(?:${matchAny(ON_BOARD_WORDS)}))\\b`, 'i');
const ON_BOARD_AFTER = new RegExp(`^\\s{1,3}(?:${matchAny(ON_BOARD_WORDS)})\\b`, 'i');
/**
 * The victims after a verb's figure, over a few describing words: "killing 10 passengers", "killing 31 U.S.
 * special forces soldiers and seven Afghan troops". Case counts: a capital marks a describing name, or a role
 * that is one ("15 Marines").
 */
const VICTIMS_AFTER = new RegExp(`^(?:(?:\\s{1,3}(?:\\p{Lu}[\\p{L}.'’-]*|${matchAny(PEOPLE_FILLER_WORDS)})(?=\\s)){0,3}\\s{1,3}(${matchAny(Object.values(PEOPLE_ROLES).flat().flatMap((r) => [r, r[0]!.toUpperCase() + r.slice(1)]))}))?(?:\\s{1,3}(?:${matchAny(ON_BOARD_WORDS)}))?(?![\\w-])`, 'u');
/** "on the plane and on the ground": the victims aboard and those the crash met, together. */
const AND_GROUND_AFTER = /^\s{1,3}and\s{1,3}(?:(?:people|those)\s{1,3})?on\s{1,3}the\s{1,3}ground\b/i;
const NONE_BADLY_AFTER = /^,?\s{1,3}(?:none|no one|nobody|none of them)\s{1,3}(?:seriously|critically|badly|severely|gravely)\b/i;
/** "one of the two injured": a part of the group counted after it. */
const PART_OF_BEFORE = /\bof\s{1,3}(?:the\s{1,3})?$/i;
/** After "injured", those who then died: " women died", " passengers later died". */
const INJURED_DIED = /^(?:\s{1,3}(?!(?:and|but|or|while|who|which|then|one|two|three|four|five)\b)[\p{Ll}-]{3,20}){0,2}?\s{1,3}(?:(?:later|subsequently|since|have|had|also)\s{1,3})?(?:died|succumbed)\b/u;
/** A casualty verb, then the group and "of" before its figure: "killing its crew of four". */
const VERB_GROUP_OF = new RegExp(`\\b(${matchAny(BEFORE_KIND.keys())})\\s{1,3}(?:its|the|their|all)\\s{1,3}(crew|passengers)\\s{1,3}of\\s{1,3}$`, 'i');
/**
 * A casualty verb, one named and his crew before its figure: "killing Capt. Edwin C. Musick, the pioneer ocean
 * flier, and his crew of six".
 */
const VERB_NAMED_CREW_OF = new RegExp(`\\b(${matchAny(BEFORE_KIND.keys())})\\s[^;:!?\\d]{1,100}?\\sand\\s{1,3}(?:his|her)\\s{1,3}crew\\s{1,3}of\\s{1,3}$`, 'i');
/** A casualty verb, then one of the crew before the counted group: "killing the pilot and two passengers". */
const VERB_ONE_NAMED = new RegExp(`\\b(${matchAny(BEFORE_KIND.keys())})\\s{1,3}(?:the|its|their)\\s{1,3}(?:${matchAny(ONE_OF_CREW)})\\s{1,3}and\\s{1,3}$`, 'i');
/** One of the crew named before or after a counted group: "The pilot and three others", "19 passengers and its pilot". */
const ONE_NAMED_BEFORE = new RegExp(`\\b(?:the|its|their)\\s{1,3}(?:${matchAny(ONE_OF_CREW)})\\s{1,3}and\\s{1,3}$`, 'i');
// Not "killed 19 passengers and the pilot survived": the pilot ends the list, or the clause.
const ONE_NAMED_AFTER = new RegExp(`^\\s{1,3}and\\s{1,3}(?:the|its|their)\\s{1,3}(?:${matchAny(ONE_OF_CREW)})(?=\\s{0,3}(?:[,.;:!?)]|$)|\\s{1,3}(?:on|in|at|near|when|as|after|before|a|last|this|earlier|yesterday)\\b)`, 'i');
/** One or two of the crew after the subject's group, before its fate: "Six passengers and the pilot and co-pilot". */
const SUBJECT_CREW_AFTER = new RegExp(`^\\s{1,3}and\\s{1,3}(?:the|its|their)\\s{1,3}(?:${matchAny(ONE_OF_CREW)})(\\s{1,3}and\\s{1,3}(?:the\\s{1,3}|its\\s{1,3})?(?:${matchAny(ONE_OF_CREW)}))?(?=\\s)`, 'i');
/** One more of another group, by its article: "and a crewman". */
const ARTICLE_LEAD = /^\s{1,3}an?(?=\s)/i;
/** A word, or an abbreviation in capitals and dots: "Three U.S. service members were killed". */
const TOKEN = /^[\s-]{1,3}((?:\p{Lu}\.){2,3}|[\p{L}'’-]{1,30})/u;
/** "Rescuers pulled about 50 survivors": a rescue verb right before a count of survivors. */
const RESCUERS_PULLED = /\b(?:pulled|rescued|plucked|brought\s{1,3}out|dragged|carried)\s{1,3}$/i;
/** "... was pulled alive from the wreckage but died": in the rescue's own clause. */
const DIED_AFTER = new RegExp(`^[^.;:]{0,60}?\\b(?:${matchAny(DIED_AFTER_RESCUE)})\\b`, 'i');
/**
 * ", all seven hijackers": the comma before the next group of a list, and an "all" before its figure. An "and"
 * before an "all" too: "All 63 people on the Trident and all 113 on the DC-9 were killed".
 */
const LIST_COMMA = /^(?:,\s{1,3}(all\s{1,3})?|\s{1,3}and\s{1,3}(all\s{1,3}))/i;
/** A group's noun after its figure, perhaps after a name of where they are from: "seven hijackers", "20 Ugandan soldiers", "four crew". */
const GROUP_NOUN_AFTER = new RegExp(String.raw`^\s{1,3}(?!(?:were|was|are|is|had|have|has)\s)(?:[\p{L}.-]+\s{1,3}){0,2}(?:[\p{Ll}-]{3,}s|${matchAny(Object.values(PEOPLE_ROLES).flat())})\b`, 'u');
/** "including the foreign minister", "a British national seated in 11A": an aside between commas. */
// "Thirty U.S. troops, most of them elite Navy SEALs, were killed".
const ASIDE = new RegExp(`^,\\s{1,3}(?:including|among them|among whom|an?|the|which|who|(?:${matchAny(OF_THEM_QUANTIFIERS)})\\s{1,3}of\\s{1,3}(?:them|whom))\\s[^,;.!?]{1,90},`, 'i');
/** " — 14 players, the coach, Bobby Watson, and 14 others — ": who the group were, set off by dashes. */
const DASH_ASIDE = /^\s{1,3}[—–]\s{1,3}[^—–;.!?]{3,140}?\s{1,3}[—–]/;
/** ", including the pilot,": one of the group, named alone (no count, no plural), in an aside. */
const ONE_INCLUDED = new RegExp(String.raw`^,\s{1,3}(?:including|among\s{1,3}them)\s{1,3}(?!(?:[^,]*\s)?(?:\d|${matchAny([...Object.keys(NUMBER_UNITS), 'several', 'many', 'some', 'all'])})\b)[^,]*[^s,]\s{0,3},$`, 'i');
/** ", Jennifer Riordan,": the name of the one counted, between the count and its fate. */
const NAME_ASIDE = /^,\s{1,3}\p{Lu}[\p{L}'’.-]*(?:\s{1,3}\p{Lu}[\p{L}'’.-]*){0,3},/u;
/** The whole after a part is everyone aboard: "of the 242 people on board", "of the 181 passengers and crew". */
const ABOARD = matchAny(ON_BOARD_WORDS);
const ABOARD_WHOLE = new RegExp(`^\\s{1,3}(?:(?:${matchAny(GENERIC_PEOPLE_NOUNS)})\\s{1,3}(?:${ABOARD})|passengers\\s{1,3}and\\s{1,3}crew|${ABOARD})\\b`, 'i');
const ABOARD_WORDS = new RegExp(`\\b(?:${ABOARD})\\b`, 'i');
/**
 * The whole before the part: "Of the 242 people on board the London-bound Boeing 787, 241 were killed" (the
 * victims aboard), "Of the 12 passengers, three died" (passengers).
 */
const WHOLE_BEFORE = new RegExp(`(?:^|[\\s,])of\\s{1,3}(?:the|all)\\s{1,3}[\\d,]{1,9}\\s{1,3}(?:(${matchAny(Object.values(PEOPLE_ROLES).flat())})(?![\\w-]))?\\s{0,3}((?:${ABOARD}|and\\s{1,3}crew)\\b)?[^,;.!?]{0,60},\\s{1,3}$`, 'i');
/**
 * "19 people on the ground were killed", "Six persons on the ground in Brooklyn": victims who were not aboard. Case
 * counts: the place's capitals tell it from a common noun ("on the ground in the snow" ends at "ground").
 */
const ON_THE_GROUND = /^\s{1,3}[Oo]n\s{1,3}the\s{1,3}ground\b(?:\s{1,3}(?:in|at|near)\s{1,3}(?:the\s{1,3})?\p{Lu}[\p{L}'’-]*(?:\s{1,3}\p{Lu}[\p{L}'’-]*){0,2}\b)?/u;
/**
 * "on an Ethiopian Airlines flight to Nairobi", "aboard the helicopter", "aboard a passenger jet and an Army
 * helicopter", "on board Flight 812 from Dubai": where the group was, on the way to its verb. So is a craft
 * named in capitals, its type's name the last of them: "aboard a Saudi Arabian Airlines TriStar".
 */
const CRAFT = String.raw`(?:(?:the|an?|its|their)\s{1,3}(?:(?:\p{Lu}[\p{L}'’-]*\s{1,3}){1,4}\p{Lu}[\p{L}-]*(?=\s{1,3}(?!(?:${matchAny(CRAFT_NOUNS)})\b)\p{Ll})`
  + String.raw`|[^,;.!?]{0,50}?\b(?:${matchAny(CRAFT_NOUNS)})\b|(?:[^,;.!?\s]{1,20}\s{1,3}){0,2}?[\p{Lu}\d][\p{L}\d]{0,10}(?:[-\s]?\d{2,4}|[-\s]\d)[\p{L}\d-]{0,8})|[Ff]light\s{1,3}[A-Z]{0,3}\s?\d{1,5})`;
const CRAFT_ASIDE = new RegExp(
  String.raw`^\s{1,3}(?:on\s{1,3}board|aboard|on)\s{1,3}${CRAFT}(?:\s{1,3}and\s{1,3}${CRAFT})?(?:\s{1,3}(?:to|from|bound\s{1,3}for)\s{1,3}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})?`
  // "All 15 people aboard a Russian military transport plane that crashed ... on Tuesday were killed": the
  // clause of the crash, up to the group's verb.
  + String.raw`(?:(?:\s{1,3}[\p{L}-]{1,20}){0,2}?\s{1,3}(?:that|which)\s{1,3}(?:${matchAny(AFTERMATH_ACTS.events)})\b[^,;.!?]{0,90}?(?=\s{1,3}(?:were|was|have|had|all|died|survived|perished)\b))?`, 'u');
const NONE_OF_BEFORE = /(?:\bnone\s{1,3}of|\bno\s{1,3}(?:signs?|indication|evidence|hope)\s{1,3}(?:that\s{1,3})?any\s{1,3}of)\s{1,3}(?:the\s{1,3})?$/i;
/** "whether any of the 104 people aboard had survived": no count of a fate, unless no sign of it ({@link NONE_OF_BEFORE}). */
const ANY_OF_BEFORE = /\bany\s{1,3}of\s{1,3}(?:the\s{1,3})?$/i;
const NONE_LEAD = /^none\b/i;
// "one of the two injured died": the part has a figure of the whole before its fate.
const PART_OF_VICTIMS = new RegExp(`^\\s{1,3}of\\s{1,3}(?:the|those|them)\\s{1,3}(?:[\\w-]{1,15}\\s{1,3})?(?:${matchAny(Object.values(CASUALTY_AFTER).flat())})\\b`, 'i');
/** "the two injured died": victims named by one fate right after their figure, then meeting another. */
const VICTIMS_NAMED = /^\s{1,3}(?:injured|wounded|survivors|missing|hurt)\s{1,3}(?:later\s{1,3})?(?:died|has\s{1,3}died|had\s{1,3}died|was\s{1,3}killed|succumbed)\b/i;
const RISEN = /\b(?:risen|rose|rises|climbed|climbs|reached|increased|grown)\b/i;
/** "raising the death toll to 44", "bringing the toll to 12": the toll risen by what the sentence tells. */
const TOLL_RAISED = /\b(?:raising|raised|bringing|brought|pushing|pushed)\s{1,3}the\s{1,3}(?:death\s{1,3}|casualty\s{1,3})?toll\s{1,3}to\s{1,3}$/i;
/**
 * "raising the death toll from Wednesday's TransAsia Airways crash to 40", "revised the death toll from the
 * helicopter crash in Brovary to 14": a toll given a new figure, past what it is of.
 */
const TOLL_GIVEN = new RegExp(String.raw`\b(${matchAny([...TOLL_GIVEN_VERBS.raised, ...TOLL_GIVEN_VERBS.revised])})\s{1,3}the\s{1,3}(?:death\s{1,3}|casualty\s{1,3})?toll\s{1,3}(?:(?:from|in|of)\b[^.;:!?]{0,80}?)?\bto\s{1,3}$`, 'i');
const TOLL_RAISING = new Set<string>(TOLL_GIVEN_VERBS.raised);
/** A toll's own clause going on to say it replaces an earlier figure: ", the defense ministry said, revising an earlier figure". */
const REVISING_LATER = /^[^.;:!?]{0,60}?\b(?:revising|correcting|updating)\s{1,3}(?:its|an|the|their)\s{1,3}(?:earlier|initial|previous|first)\s{1,3}(?:figure|toll|count|number|estimate)\b/i;
/**
 * "the death toll from the Shoreham air show crash had risen to 11": the toll, past what it is of. A bare "toll" is
 * the dead when the crash follows it: "The toll in the crash of the Wichita State football team's plane ... rose to
 * 31".
 */
const TOLL_RISEN = /\b(?:(?:death|casualty)\s{1,3}toll|toll\s{1,3}(?=(?:in|from|of)\s{1,3}the\s{1,3}(?:crash|disaster|accident)\b))\b[^.;:!?]{0,130}?\b((?:had|has|have)\s{1,3}(?:risen|climbed|increased|grown)\s{1,3}to|rose\s{1,3}to|climbed\s{1,3}to|reached)\s{1,3}$/i;
/**
 * "The death toll in the crash of an Algerian military plane is 77": a toll that stands at a figure, past what it is
 * of and no clause of its own ("the death toll came after the bodies ... were found in the village ... which is one").
 */
const TOLL_STANDS = /\b(?:death|casualty)\s{1,3}toll(?:\s{1,3}(?:in|from|of|for)\s(?:(?!\b(?:which|that|who|where|when|after|came|comes|rose|has|had)\b)[^.;:!?,]){0,100}?)?\s{1,3}((?:now\s{1,3})?(?:is|was|stood\s{1,3}at|stands\s{1,3}at|remained\s{1,3}at|remains\s{1,3}at))\s{1,3}$/i;
const SHARE_OF_BEFORE = new RegExp(`\\b(${matchAny(Object.keys(PART_QUANTIFIER_SHARES))})\\s{1,3}of\\s{1,3}(?:the|all|its|their|those)\\s{1,3}$`, 'i');
const AND_GROUP = /^\s{1,3}and\s{1,3}([\p{L}'’-]{1,30})/u;
const LIST_JOIN = /^\s{0,3}(?:,\s{1,3}(?:and\s{1,3})?|\s(?:and|plus)\s{1,3})$/;

/** A toll of what lasted (a rule, a war, months of fighting) or of a crime a court judged: not the story's. */
function isStandingOrJudged(text: string, n: NumberMention): boolean {
  const before = text.slice(Math.max(0, n.start - 120), n.start);
  return STANDING_TOLL_BEFORE.test(before) || JUDGED_BEFORE.test(before) || STANDING_TOLL_AFTER.test(text.slice(n.end, n.end + 140));
}

function findCasualties(sentence: SentenceContext): Found<CasualtiesValue>[] {
  const text = sentence.text;
  const numbers = numbersIn(sentence).filter((n) => n.kind === 'count');
  const wholes = partsOf(text, numbers);
  const wholeOf = new Map([...wholes].map(([whole, part]) => [part.start, whole]));
  const numberAt = new Map(numbers.map((n) => [n.start, n]));
  const out: Found<CasualtiesValue>[] = [];
  let listed: Found<CasualtiesValue> | undefined;
  for (const n of numbers) {
    const found = killedWithOthers(text, n) ?? livesTaken(text, n) ?? countedCasualty(text, n, numberAt) ?? listedAfter(text, n, listed);
    listed = found;
    if (!found || WAR_TOLL_BEFORE.test(text.slice(Math.max(0, n.start - 120), n.start)) || OUTBREAK_TOLL_BEFORE.test(text.slice(Math.max(0, n.start - 60), n.start))
      || UNREST_TOLL_BEFORE.test(text.slice(Math.max(0, n.start - 180), n.start)) || isStandingOrJudged(text, n)) continue;
    // "none of the 149 passengers and eight crew members survived": the crew are among the none.
    if (out.some((f) => f.start <= n.start && n.end <= f.end && f.value.kind === found.value.kind && f.value.count.max === 0
      && NONE_LEAD.test(text.slice(f.start, f.end)))) found.value.count = { min: 0, max: 0 };
    // "Forty-one of the 78 people on board were killed": the verb counts the part, not the whole.
    // "one of the two injured died": the whole is the injured, and its part's fate is told after; not
    // "41 of the 78 people on board were killed", whose whole is who they were.
    const part = VICTIMS_NAMED.test(text.slice(n.end, n.end + 20)) ? undefined : wholes.get(n);
    // "five of the 74 passengers and five crew members survived": the crew are of the whole whose part the
    // passengers' figure counted, everyone aboard.
    const counted = part && out.find((f) => f.start <= part.start && part.start < f.end);
    if (counted) {
      if (counted.value.who === 'passengers') counted.value.who = 'on board';
      continue;
    }
    if (part) {
      found.value.count = part.value;
      if (part.hedge) found.value.hedge ??= part.hedge;
      found.start = Math.min(found.start, part.start);
    }
    // A part of everyone aboard ("killing 241 of the 242 people on board") counts the victims aboard, not
    // all of them: more died on the ground.
    const whole = part ? n : wholeOf.get(n.start);
    if (whole && isEveryone(found.value.who) && ABOARD_WHOLE.test(text.slice(whole.end, whole.end + 40))) found.value.who = 'on board';
    const wholeBefore = isEveryone(found.value.who) ? WHOLE_BEFORE.exec(text.slice(Math.max(0, n.start - 130), n.start)) : null;
    if (wholeBefore?.[2]) found.value.who = 'on board';
    else if (wholeBefore?.[1] && !isEveryone(wholeBefore[1])) found.value.who = wholeBefore[1].toLowerCase();
    out.push(found);
  }
  for (const m of scanNone(text)) {
    // "rescue officials feared there were no survivors": a fear, no count.
    if (FEARED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const kind = NONE_KIND.get(norm(m[0]));
    // "No crew members were injured": none of that group, which says nothing of the others.
    const group = NONE_GROUP.exec(m[0])?.[1]?.toLowerCase();
    const value: CasualtiesValue | undefined = kind ? { kind, count: { min: 0, max: 0 }, ...(group ? { who: group } : {}) } : undefined;
    if (value) out.push({ value, start: m.index, end: m.index + m[0].length, rule: 'none' });
  }
  for (const m of text.matchAll(NONE_WHERE)) {
    if (out.some((f) => f.rule === 'none' && f.start < m.index + m[0].length && m.index < f.end)) continue;
    const kind = m[2]!.toLowerCase() === 'killed' ? 'killed' : 'injured';
    out.push({ value: { kind, count: { min: 0, max: 0 }, who: m[1] ? 'on the ground' : 'on board' }, start: m.index, end: m.index + m[0].length, rule: 'none' });
  }
  const pairs = [...text.matchAll(TWO_ONES)];
  for (const m of pairs) {
    const kind = /^kill/i.test(m[1] ?? m[2]!) ? 'killed' : 'injured';
    if (kind === 'killed' && out.some((f) => f.value.kind === 'killed' && f.value.risen)) continue;
    out.push({ value: { kind, count: { min: 2, max: 2 } }, start: m.index, end: m.index + m[0].length, rule: 'one' });
  }
  for (const m of scanOne(text)) {
    if (pairs.some((p) => p.index <= m.index && m.index < p.index + p[0].length)) continue;
    const kind = ONE_KIND.get(norm(m[0]));
    // "The death toll rose to 24 on Sunday when a passenger died in hospital": the one death raised the
    // toll the sentence gives, and is among it.
    if (kind === 'killed' && out.some((f) => f.value.kind === 'killed' && f.value.risen)) continue;
    if (kind) out.push({ value: { kind, count: { min: 1, max: 1 } }, start: m.index, end: m.index + m[0].length, rule: 'one' });
  }
  // "A 14-month-old Thai boy survived": one who lived, described; at least one survived.
  for (const m of text.matchAll(ONE_LIVED)) {
    if (out.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
    out.push({ value: { kind: 'survivors', count: { min: 1, max: 1e12 } }, start: m.index, end: m.index + m[0].length, rule: 'one' });
  }
  // "A stewardess, Santi Anggraeni, was killed": one named in apposition, then the fate.
  for (const m of text.matchAll(ONE_NAMED_FATE)) {
    if (out.some((f) => f.value.kind === 'killed' && f.value.risen)) continue;
    out.push({ value: { kind: 'killed', count: { min: 1, max: 1 } }, start: m.index, end: m.index + m[0].length, rule: 'one' });
  }
  for (const m of scanEveryone(text)) {
    const end = m.index + m[0].length;
    // "Everyone on board, including several senior Pakistani generals, was killed": an aside before the fate.
    const aside = ASIDE.exec(text.slice(end, end + 120))?.[0].length ?? 0;
    const fate = FATE_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index)) ?? FATE_AFTER.exec(text.slice(end + aside, end + aside + 40));
    const kind = fate ? FATE_KIND.get(norm(fate[1]!)) : undefined;
    if (!kind) continue;
    // "a plane carrying 71 people crashed, killing everyone on board": the total is in the sentence.
    const total = numbers.find((n) => TOTAL_AFTER.test(text.slice(n.end, n.end + 20)) && !out.some((f) => f.start <= n.start && n.end <= f.end));
    let count = total ? total.value : { min: 1, max: 1e12 };
    // "killing everyone on board except a Dutch child": all but those named after.
    const except = EXCEPT_AFTER.exec(text.slice(end, end + 60));
    const spared = except ? NUMBER_UNITS[except[1]!.toLowerCase()] ?? (/^an?$/i.test(except[1]!) ? 1 : Number(except[1])) : 0;
    if (spared && total) count = { min: Math.max(0, count.min - spared), max: Math.max(0, count.max - spared) };
    const value: CasualtiesValue = { kind, count, hedge: except ? `${m[0]}${except[0]}` : m[0] };
    if (ABOARD_WORDS.test(m[0])) value.who = 'on board';
    out.push({ value, start: m.index, end: end + (except?.[0].length ?? 0), rule: 'everyone' });
  }
  if (sentence.publishedAt) for (const f of out) if (GROWING.has(f.value.kind)) f.value.reportedOn = sentence.publishedAt;
  return out.sort((x, y) => x.start - y.start);
}

/** "killed 62 passengers and four crew members": the next group of a verb's list shares its fate. */
function listedAfter(text: string, n: NumberMention, previous: Found<CasualtiesValue> | undefined): Found<CasualtiesValue> | undefined {
  if (!previous || previous.rule !== 'verb' || !previous.value.who || !LIST_JOIN.test(text.slice(previous.end, n.start))) return undefined;
  const group = VICTIMS_AFTER.exec(text.slice(n.end, n.end + 40));
  if (!group?.[1]) return undefined;
  // "killing all 109 people on board and four people on the ground".
  const ground = ON_THE_GROUND.exec(text.slice(n.end + group[0].length, n.end + group[0].length + 60));
  const who = ground ? 'on the ground' : group[1].toLowerCase();
  return { value: { kind: previous.value.kind, count: n.value, who }, start: n.start, end: n.end + group[0].length + (ground?.[0].length ?? 0), rule: 'verb' };
}

/** A figure with a casualty verb or noun: "killing 10", "two soldiers were killed", "four bodies". */
function countedCasualty(text: string, n: NumberMention, numberAt: Map<number, NumberMention>): Found<CasualtiesValue> | undefined {
  const given = TOLL_GIVEN.exec(text.slice(Math.max(0, n.start - 130), n.start));
  // "killing the pilot and two passengers": one of the crew named between the verb and the figure.
  const verbOne = VERB_ONE_NAMED.exec(text.slice(Math.max(0, n.start - 60), n.start));
  // "killing former Senator John Tower, his daughter Marian and 21 other people": the named and the others.
  const verbList = OTHERS_AFTER_COUNT.test(text.slice(n.end, n.end + 10)) ? VERB_NAMED_LIST.exec(text.slice(Math.max(0, n.start - 160), n.start)) : null;
  // "killing its crew of four": the group named before its figure.
  const groupOf = VERB_GROUP_OF.exec(text.slice(Math.max(0, n.start - 50), n.start));
  // "killing Capt. Edwin C. Musick ... and his crew of six": the one named and his crew.
  const namedCrew = groupOf ? null : VERB_NAMED_CREW_OF.exec(text.slice(Math.max(0, n.start - 140), n.start));
  const before = BEFORE_WORD.exec(text.slice(Math.max(0, n.start - 40), n.start)) ?? TOLL_RISEN.exec(text.slice(Math.max(0, n.start - 170), n.start))
    ?? TOLL_STANDS.exec(text.slice(Math.max(0, n.start - 150), n.start)) ?? given ?? verbOne ?? verbList ?? groupOf ?? namedCrew;
  // "Seven of the injured were in critical condition": a part of the victims, not how many there were.
  if (!before && PART_OF_VICTIMS.test(text.slice(n.end, n.end + 40))) return undefined;
  let at = n.end;
  let who: string | undefined;
  let kind: CasualtyKind | undefined = before ? BEFORE_KIND.get(norm(before[1]!)) ?? 'killed' : undefined;
  let end = n.end;
  // "The two pilots and a crewman": one more of another group, counted by its article; "The pilot and three
  // others also died", one named before the figure.
  const crewBefore = kind ? null : ONE_NAMED_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
  let oneMore = crewBefore || (verbOne && before === verbOne) || (namedCrew && before === namedCrew) ? 1 : 0;
  // Walk over the group's name and auxiliaries to the casualty word: "two Israeli soldiers have been killed".
  if (kind) {
    // "killing 10 passengers", "killed all 44 on board": the victims follow the verb's figure.
    const group = VICTIMS_AFTER.exec(text.slice(n.end, n.end + 40));
    if (group?.[1]) who = group[1];
    if (group) end = n.end + group[0].length;
    // "killing all 157 passengers and crew": one count for both groups, so no one group.
    const more = group?.[1] ? AND_GROUP.exec(text.slice(end, end + 40)) : null;
    const one = group?.[1] ? ONE_NAMED_AFTER.exec(text.slice(end, end + 40)) : null;
    if (one) {
      who = undefined;
      end += one[0].length;
      oneMore += 1;
    } else if (more && PEOPLE_WORDS.has(norm(more[1]!))) {
      who = undefined;
      end += more[0].length;
    }
  }
  let groups = false;
  // Past the figure's own group, into the next one of a list that shares the verb.
  let inNext = false;
  // "All 63 people on the Trident ... were killed": the craft the group was on, passed on the way to its verb.
  let craftPassed: string | undefined;
  let severity: Severity | undefined;
  let fatal = false;
  for (let words = 0; words < 6 && !kind; words++) {
    // "Three hostages, all seven hijackers and about 20 Ugandan soldiers were killed": a list's next group, named
    // by its noun, shares the verb.
    const comma = LIST_COMMA.exec(text.slice(at, at + 12));
    const all = comma?.[1] ?? comma?.[2];
    const listed = comma ? numberAt.get(at + comma[0].length) ?? numberAt.get(at + comma[0].length - (all?.length ?? 0)) : undefined;
    // The group may be named by its craft alone: "and all 113 on the DC-9".
    const listedNoun = listed ? GROUP_NOUN_AFTER.exec(text.slice(listed.end, listed.end + 40)) ?? (all ? CRAFT_ASIDE.exec(text.slice(listed.end, listed.end + 200)) : null) : null;
    if (listed && listedNoun) {
      at = listed.end + listedNoun[0].length;
      inNext = true;
      continue;
    }
    // "All nine people on board, including the foreign minister, were killed": over the aside to the verb.
    const aside = ASIDE.exec(text.slice(at, at + 120)) ?? NAME_ASIDE.exec(text.slice(at, at + 80)) ?? DASH_ASIDE.exec(text.slice(at, at + 160));
    // Not "on the ground and all five on the plane": the ground is no craft.
    const craftAside = aside || ON_THE_GROUND.test(text.slice(at, at + 60)) ? null : CRAFT_ASIDE.exec(text.slice(at, at + 200));
    if (craftAside && !inNext) craftPassed = craftAside[0];
    if (aside ?? craftAside) {
      // "91 passengers and five crew members, including the pilot, who survived": the clause after the aside
      // is the one it names, not the group's.
      if (aside && ONE_INCLUDED.test(aside[0]) && /^\s{1,3}who\b/i.test(text.slice(at + aside[0].length, at + aside[0].length + 8))) break;
      at += (aside ?? craftAside)![0].length;
      continue;
    }
    const rescued = RESCUED_AND.exec(text.slice(at, at + 40)) ?? (words === 0 || who ? RESCUED_FROM.exec(text.slice(at, at + 60)) ?? WHO_FATE.exec(text.slice(at, at + 60)) : null);
    if (rescued) {
      at += rescued[0].length;
      continue;
    }
    const ground = ON_THE_GROUND.exec(text.slice(at, at + 60));
    if (ground) {
      // "Sixty-three people aboard the plane and two people on the ground died": the ground is the next group's.
      if (!inNext) {
        who = 'on the ground';
        groups = true;
      }
      at += ground[0].length;
      continue;
    }
    const rest = text.slice(at, at + 40);
    const afterWord = AFTER_WORD.exec(rest.replace(/^[\s-]{1,3}/, ''));
    const gap = /^[\s-]{0,3}/.exec(rest)![0].length;
    if (afterWord && gap > 0) {
      kind ??= AFTER_KIND.get(norm(afterWord[0]));
      // "three more injured women died in hospital": the injured who died are dead.
      // Not "one of the two injured died": the injured are the whole, one of them died.
      const died = kind === 'injured' && !PART_OF_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start))
        ? INJURED_DIED.exec(rest.slice(gap + afterWord[0].length)) : null;
      if (died) {
        kind = 'killed';
        end = at + gap + afterWord[0].length + died[0].length;
        break;
      }
      // "remain in critical condition": the condition says how badly, beyond "remain" (still in hospital).
      const named = severityIn(afterWord[0]);
      if (named && (!severity || severity === 'hospitalised')) severity = named;
      end = at + gap + afterWord[0].length;
      break;
    }
    const t = TOKEN.exec(rest);
    if (!t) break;
    const word = t[1]!;
    // "Twenty-three passengers and four crew were hurt": the next group shares the verb.
    const next = t[1] === 'and' ? numberAt.get(at + t[0].length + (/^\s{1,3}/.exec(text.slice(at + t[0].length, at + t[0].length + 3))?.[0].length ?? 0)) : undefined;
    // Not "150 passengers, the airline said, and two were injured": a bare figure is some of them, in a clause of its own.
    const nextNoun = next ? GROUP_NOUN_AFTER.exec(text.slice(next.end, next.end + 40)) : null;
    if (next && nextNoun) {
      at = next.end + nextNoun[0].length;
      inNext = true;
      continue;
    }
    const hurt = SEVERITY_OF.get(norm(word));
    // "14 passengers were treated for minor injuries": the treatment names the injuries after it.
    const treatedFor = norm(word) === 'treated' ? /^\s{1,3}for\b/.exec(text.slice(at + t[0].length, at + t[0].length + 8)) : null;
    if (treatedFor) {
      at += t[0].length + treatedFor[0].length;
      continue;
    }
    if (hurt || FATAL.has(norm(word)) || INJURY_VERB.has(norm(word))) {
      // "were critically injured", "suffered minor injuries", "was fatally wounded".
      severity ??= hurt;
      fatal ||= FATAL.has(norm(word));
    } else if (/^others?$/i.test(word)) {
      // "Seven others were treated for minor injuries": victims beside those named before.
      if (!who && !groups) who = 'others';
    } else if (PEOPLE_WORDS.has(norm(word))) {
      if (!who && !groups && !['on', 'board', 'aboard'].includes(norm(word)) && !PEOPLE_FILLER_WORDS.includes(norm(word))) {
        // "Two flight attendants were rescued": a role of two words whose first is none is one group.
        const second = ROLE_NOUNS.has(norm(word)) ? null : TOKEN.exec(text.slice(at + t[0].length, at + t[0].length + 40));
        const both = second ? `${word} ${second[1]}` : '';
        who = second && ROLE_NOUNS.has(norm(both)) ? both : word;
        if (who === both) at += second![0].length;
      }
      // "81 of the 83 men aboard her were saved": the craft by its pronoun.
      if (norm(word) === 'aboard') at += /^\s{1,3}(?:her|it)\b/i.exec(text.slice(at + t[0].length, at + t[0].length + 6))?.[0].length ?? 0;
    } else if (word === 'and' && SUBJECT_CREW_AFTER.test(text.slice(at, at + 60))) {
      // "Six passengers and the pilot and co-pilot died": one or two of the crew beside the counted group.
      const crew = SUBJECT_CREW_AFTER.exec(text.slice(at, at + 60))!;
      who = undefined;
      groups = true;
      oneMore += crew[1] ? 2 : 1;
      at += crew[0].length;
      continue;
    } else if (word === 'and' && PEOPLE_WORDS.has(norm(TOKEN.exec(text.slice(at + t[0].length, at + t[0].length + 40).replace(ARTICLE_LEAD, ' '))?.[1] ?? ''))) {
      // "157 passengers and crew were killed": one count for both groups, so no one group. So is "The two pilots
      // and a crewman were also killed", the other group one of them.
      who = undefined;
      groups = true;
      const article = ARTICLE_LEAD.exec(text.slice(at + t[0].length, at + t[0].length + 6));
      if (article) oneMore += 1;
      at += article?.[0].length ?? 0;
    } else if (!AUXILIARIES.test(word) && !/^\p{Lu}/u.test(word)) {
      break;
    }
    at += t[0].length;
  }
  if (!kind || (kind === 'survivors' && (DIED_AFTER.test(text.slice(end, end + 80)) || (!before && survivorSpeaks(text, n, end))))) return undefined;
  // "17 passengers were injured, none seriously": all of them slightly.
  const noneBadly = kind === 'injured' && !severity ? NONE_BADLY_AFTER.exec(text.slice(end, end + 40)) : null;
  if (noneBadly) {
    severity = 'minor';
    end += noneBadly[0].length;
  }
  // A severity belongs only to the injured; "fatally wounded" are dead.
  if (kind === 'injured' && fatal) kind = 'killed';
  if (kind !== 'injured') severity = undefined;
  const aboard = ON_BOARD_AFTER.exec(text.slice(end, end + 20));
  if (aboard) end += aboard[0].length;
  // "None of the 12 people on board survived": none met that fate.
  const none = before ? null : NONE_OF_BEFORE.exec(text.slice(Math.max(0, n.start - 50), n.start));
  if (!before && !none && ANY_OF_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start))) return undefined;
  // "Most of the 67 people on board were killed": a share of the whole, not all of it.
  const share = before || none ? null : SHARE_OF_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
  const lead = before ?? none ?? share;
  const start = lead ? n.start - lead[0].length : crewBefore ? n.start - crewBefore[0].length : n.start;
  const value: CasualtiesValue = { kind, count: none ? { min: 0, max: 0 } : share ? shareOf(n.value, share[1]!) : { min: n.value.min + oneMore, max: n.value.max + oneMore } };
  // "The death toll ... is 77, the defense ministry said, revising an earlier figure of 103": a toll given anew.
  if ((before && before === given && !TOLL_RAISING.has(given[1]!.toLowerCase())) || (before && REVISING_LATER.test(text.slice(end, end + 90)))) value.revised = true;
  else if (before && (RISEN.test(before[1]!) || TOLL_RAISED.test(text.slice(Math.max(0, n.start - 45), n.start)) || before === given)) value.risen = true;
  if (share) value.hedge = share[1]!.toLowerCase();
  if (who) value.who = who.toLowerCase();
  // "Kobe Bryant, his daughter and seven other people were killed": the others are some of the dead.
  if (OTHERS_AFTER_COUNT.test(text.slice(n.end, n.end + 10))) value.who = 'others';
  // "as three more injured women died": more beside those counted before, no toll of all.
  if (!before && MORE_AFTER_COUNT.test(text.slice(n.end, n.end + 8))) value.who = 'others';
  // "Vice President Saulos Chilima and nine other people were killed": one named, and the rest, are all the dead.
  // "General Bipin Rawat, his wife and 11 other people were killed": so do the named of a list.
  const named = value.who === 'others' && !before ? namedBeforeAnd(text.slice(Math.max(0, n.start - 160), n.start)) : 0;
  if (named > 0) {
    value.count = { min: value.count.min + named, max: value.count.max + named };
    delete value.who;
  } else if (value.who === 'others' && !before && DIED_WITH_ONE.test(text.slice(end, end + 20))) {
    // "Six other people ... died with him": he and the others are all the dead.
    value.count = { min: value.count.min + 1, max: value.count.max + 1 };
    delete value.who;
  }
  if (crewBefore || (verbOne && before === verbOne) || (namedCrew && before === namedCrew)) delete value.who;
  if (groupOf && before === groupOf) value.who = groupOf[2]!.toLowerCase();
  if (verbList && before === verbList) {
    const listed = namedBeforeAnd(text.slice(Math.max(0, n.start - 160), n.start));
    value.count = { min: value.count.min + listed, max: value.count.max + listed };
    delete value.who;
  }
  if (severity) value.severity = severity;
  // "killing all 74 people on board": the victims aboard, whom the victims on the ground would join.
  if (isEveryone(value.who) && (aboard || ABOARD_WORDS.test(text.slice(n.end, Math.max(end, n.end))))) {
    // "hit a minibus, killing 10 people on board the bus": aboard a vehicle the craft met, on the ground.
    value.who = OTHER_VEHICLE_AFTER.test(text.slice(end, end + 30)) && AIRCRAFT_NAMED.test(text) ? 'on the ground' : 'on board';
  }
  // "killing all 67 people aboard the two aircraft": the dead of two craft, of whom one craft's are a part.
  const passedCraft = craftPassed?.replace(/^\s{1,3}(?:on\s{1,3}board|aboard|on)(?=\s)/i, '');
  if (isEveryone(value.who) && passedCraft !== undefined) value.who = 'on board';
  // "killing all 71 people on the two planes": the dead of both craft, told after the group.
  const onSeveralCraft = isEveryone(value.who) && kind === 'killed' && ON_SEVERAL_CRAFT_AFTER.test(text.slice(end, end + 120));
  if (onSeveralCraft) value.who = 'on board';
  if (value.who === 'on board' && (onSeveralCraft || TWO_CRAFT_AFTER.test(text.slice(end, end + 120)) || (passedCraft && TWO_CRAFT_AFTER.test(passedCraft)))) {
    value.severalCraft = true;
  }
  // "Sixty-four people died on the Aeromexico DC-9": the dead of one craft. Not "at least 100 people on the plane and on
  // the ground": all of them.
  else if (isEveryone(value.who) && kind === 'killed') {
    const craft = ON_ONE_CRAFT_AFTER.exec(text.slice(end, end + 60));
    if (craft && !AND_GROUND_AFTER.test(text.slice(end + craft[0].length, end + craft[0].length + 30))) value.who = 'on board';
  }
  const provisional = PROVISIONAL.exec(text.slice(end, end + 40));
  const hedge = provisional?.[1] ?? n.hedge;
  if (hedge) value.hedge = hedge;
  // "Rescuers pulled about 50 survivors from the wreckage": those the rescuers brought out; others may have
  // walked out, so at least that many survived.
  if (kind === 'survivors' && !before && RESCUERS_PULLED.test(text.slice(Math.max(0, n.start - 30), n.start))) {
    value.count = { min: value.count.min, max: 1e12 };
    value.hedge = 'at least';
  }
  return { value, start, end: Math.max(end, n.end), rule: before ? 'verb' : 'count' };
}

/**
 * Survivors named as speakers, not counted: "'It was a miracle,' said one survivor", "two survivors told
 * Reuters". Some of them spoke; how many survived is told elsewhere.
 */
const SURVIVOR_NOUN = /\bsurvivors?$/i;
const SPEAKER_BEFORE = new RegExp(`\\b(?:${matchAny(INVERTED_VERBS)})\\s{1,3}$`, 'i');
const SPEAKS_AFTER = new RegExp(`^,?\\s{1,3}(?:(?:later|also|then)\\s{1,3})?(?:${matchAny(REPORTING_VERBS)}|recalled|described|recounted)\\b`, 'i');
const survivorSpeaks = (text: string, n: NumberMention, end: number) => SURVIVOR_NOUN.test(text.slice(n.end, end))
  && (SPEAKER_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) || SPEAKS_AFTER.test(text.slice(end, end + 20)));

/**
 * "claimed 80 lives", "cost 29 lives", "with the loss of 80 lives": the dead, counted by the lives an event took.
 * Not "saved 80 lives". A loss counts people too ("with the loss of 16 American officers and men"), never
 * things ("the loss of 300 jobs", "the loss of two engines").
 */
const LIVES_TAKEN_BEFORE = /\b(?:claimed|claiming|claims|cost|costing|took|taking|(the)\s{1,3}loss\s{1,3}of)\s{1,3}(?:(?:the|some|about|nearly|almost|more\s{1,3}than|at\s{1,3}least|all)\s{1,3})?$/i;
const LIVES_AFTER = /^\s{1,3}lives\b/i;

/**
 * The dead of a figure of lives taken (see LIVES_TAKEN_BEFORE), from the verb to "lives" or, after a loss, the people
 * lost.
 */
function livesTaken(text: string, n: NumberMention): Found<CasualtiesValue> | undefined {
  const lead = LIVES_TAKEN_BEFORE.exec(text.slice(Math.max(0, n.start - 30), n.start));
  const people = lead?.[1] ? VICTIMS_AFTER.exec(text.slice(n.end, n.end + 40)) : null;
  const lives = LIVES_AFTER.exec(text.slice(n.end, n.end + 10)) ?? (people?.[1] ? people : null);
  if (!lead || !lives) return undefined;
  const value: CasualtiesValue = { kind: 'killed', count: n.value };
  if (lives[1]) value.who = lives[1].toLowerCase();
  if (n.hedge) value.hedge = n.hedge;
  return { value, start: n.start - lead[0].length, end: n.end + lives[0].length, rule: 'verb' };
}

/** "killing him and all seven others aboard": one named and the others, all of them killed. */
function killedWithOthers(text: string, n: NumberMention): Found<CasualtiesValue> | undefined {
  const found = oneAndOthers(text, n);
  if (!found || found.carried) return undefined;
  const value: CasualtiesValue = { kind: 'killed', count: found.count };
  if (found.aboard) value.who = 'on board';
  if (n.hedge) value.hedge = n.hedge;
  return { value, start: found.start, end: found.end, rule: 'verb' };
}

/** The part of a whole that a share word gives: "most of" 67 is 34 to 67, "half of" 67 is 33 to 34. */
function shareOf(whole: Interval, word: string): Interval {
  const [low, high] = PART_QUANTIFIER_SHARES[norm(word)] ?? [0, 1];
  const min = low === 0 ? 1 : Math.floor(whole.min * low) + (low === high ? 0 : 1);
  return { min, max: Math.max(min, Math.ceil(whole.max * high)) };
}

/** "seven other people", "seven others": a count of the victims beside those named. */
const OTHERS_AFTER_COUNT = /^\s{1,3}others?\b/i;
/** "three more injured women died": more beside those counted before. */
const MORE_AFTER_COUNT = /^\s{1,3}more\b/i;
/** A person's name: "Vice President Saulos Chilima", "Gen. Bipin Rawat". */
const PERSON_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s{1,3}){0,5}\p{Lu}[\p{L}'’-]+`;
/** One of a list of the named: a full name, or whom someone's "his wife", "her pilot" is, with a name or none. */
const FULL_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s{1,3}){1,5}\p{Lu}[\p{L}'’-]+`;
const NAMED_ITEM = String.raw`(?:${FULL_NAME}|(?:his|her|their)\s{1,3}(?:[\p{Ll}\d-]{1,15}\s{1,3})?(?:${matchAny(NAMED_RELATIONS)})(?:\s{1,3}${PERSON_NAME})?)`;
/**
 * The named before "and N others", in a list that starts with a name: "Saulos Chilima and", "Kobe Bryant, his
 * daughter and", "General Bipin Rawat, his wife Madhulika and". What stands before the first name is no item
 * of it (a comma, a dash, a bracket or a word of another kind), and a capital that opens a phrase is no name:
 * "In Kenya, Ogolla and nine others". A description may stand before the first name, after a comma ("the band's
 * lead singer, Ronnie Van Zant, and", a word in lower case before the comma), or after it: "Knute Rockne, the Notre
 * Dame football coach, and"; neither is one of the named.
 */
const NAMED_LIST_AND = new RegExp(String.raw`(?:^|[^,\s]\s{1,3}|(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*,\s{1,3}|[-–—(]\s{0,3})(?!(?:${matchAny(NOT_NAME_OPENERS)})\s)(${PERSON_NAME}((?:,\s{1,3}${NAMED_ITEM}){0,4}))`
  + String.raw`(?:,\s{1,3}(?:the|an?)\s[^,;:.!?]{1,60}(?=,))?,?\s{1,3}and\s{1,3}$`, 'u');

/**
 * A casualty verb, then a list of the named up to "and": "killing former Senator John Tower, his daughter Marian and",
 * "killing the band's lead singer, Ronnie Van Zant, and".
 */
const VERB_NAMED_LIST = new RegExp(String.raw`\b(${matchAny(BEFORE_KIND.keys())})\s{1,3}(?:(?:[\p{Ll}-]{3,20}\s{1,3}){0,2}${PERSON_NAME}(?:,\s{1,3}${NAMED_ITEM}){1,4}`
  + String.raw`|(?:the|its|his|her|their)\s{1,3}(?:[\p{L}'’-]{1,20}\s{1,3}){0,3}[\p{Ll}'’-]{2,20},\s{1,3}${PERSON_NAME},)\s{1,3}and\s{1,3}$`, 'u');

/** How many are named before "and" in a list of the named, or 0. */
function namedBeforeAnd(before: string): number {
  const m = NAMED_LIST_AND.exec(before);
  if (!m) return 0;
  return 1 + (m[2]!.match(/,/g)?.length ?? 0);
}

/** A hedge that takes in everyone: "All 80 people", "everyone on board". */
const ALL_HEDGE = /^(?:all|everyone|everybody)\b/i;
const overlap = (x: Interval, y: Interval) => x.min <= y.max && y.min <= x.max;

function relateCasualties(x: CasualtiesValue, y: CasualtiesValue): Relation {
  // "nobody survived" and "killing all 74": two ways to say everyone died.
  const noSurvivors = (v: CasualtiesValue) => v.kind === 'survivors' && v.count.max === 0;
  if ((noSurvivors(x) && y.kind === 'killed') || (noSurvivors(y) && x.kind === 'killed')) return 'compatible';
  // "All 80 people on board survived" and "no fatality": two ways to say no one died.
  const allSurvived = (v: CasualtiesValue) => v.kind === 'survivors' && ALL_HEDGE.test(v.hedge ?? '');
  const noneKilled = (v: CasualtiesValue) => v.kind === 'killed' && v.count.max === 0;
  if ((allSurvived(x) && noneKilled(y)) || (allSurvived(y) && noneKilled(x))) return 'compatible';
  // Bodies found count the dead so far: never more than the killed, when those are all the dead, or all
  // those aboard; "22 crew" killed are a group of them.
  const bodiesOverKilled = (b: CasualtiesValue, k: CasualtiesValue) => b.kind === 'bodies' && k.kind === 'killed' && b.count.min > k.count.max
    && (isEveryone(k.who) || k.who === 'on board' || k.who === b.who);
  if (bodiesOverKilled(x, y) || bodiesOverKilled(y, x)) return 'conflict';
  if (x.kind !== y.kind) return 'unrelated';
  // "three critically injured" are some of "12 injured"; the badly and the slightly hurt are different people.
  if (x.severity !== y.severity) {
    if (x.severity && y.severity) return 'unrelated';
    const [part, all] = x.severity ? [x, y] : [y, x];
    if (part.count.min > all.count.max && !laterCount(part, all) && (isEveryone(all.who) || part.who === all.who)) return 'conflict';
    if (overlap(x.count, y.count)) return 'compatible';
    // Fewer badly hurt than all the hurt: a part of them.
    if (part.count.max < all.count.min && (isEveryone(all.who) || part.who === all.who)) return part === x ? 'narrower' : 'broader';
    return 'unrelated';
  }
  // "the death toll rose to 10" against "three people killed" or "more than a dozen killed": a toll that
  // rises with the days meets a lower figure as an earlier count and a higher one as a later count, counts
  // of two moments that neither agree nor clash.
  if (twoMoments(x, y)) return 'unrelated';
  // "all 67 people aboard the two aircraft" against "Sixty-four people died on the Aeromexico DC-9": the dead of one
  // craft are some of those of both.
  if (Boolean(x.severalCraft) !== Boolean(y.severalCraft) && (x.severalCraft ? y : x).who === 'on board') {
    const [all, one] = x.severalCraft ? [x, y] : [y, x];
    if (one.count.min > all.count.max) return 'conflict';
    return x.severalCraft ? 'broader' : 'narrower';
  }
  // "two women died" among "three dead": a group of the victims is part of all of them.
  const gx = isEveryone(x.who), gy = isEveryone(y.who);
  if (gx !== gy) {
    const [part, all] = gx ? [y, x] : [x, y];
    if (part.count.min > all.count.max) return 'conflict';
    // A group smaller than the whole toll is part of it; as many as the toll, it may be all of them. "Four others,
    // including the pilot and co-pilot, died" beside "Five persons were killed" are the dead but those named
    // elsewhere ("Senator Bronson M. Cutting ... was killed"): no more specific, and no less.
    if (part.count.max < all.count.min) return part.who === 'others' ? 'compatible' : gx ? 'broader' : 'narrower';
  } else if (!gx && x.who !== y.who && !sameGroup(x.who!, y.who!)) return 'unrelated';
  if (!overlap(x.count, y.count)) return 'conflict';
  const exact = x.count.min === x.count.max && y.count.min === y.count.max;
  return exact ? 'equal' : 'compatible';
}

/** Counts of the same victims at two moments: a toll that rose, or a later report's higher figure. */
function twoMoments(x: CasualtiesValue, y: CasualtiesValue): boolean {
  return rising(x, y) || rising(y, x) || laterCount(x, y) || laterCount(y, x);
}

/**
 * "the death toll rose to 10" (or was revised to it) against "three killed": a figure of another moment. So is a
 * revised toll against "everyone on board except one" (a risen one may add the dead on the ground).
 */
function rising(risen: CasualtiesValue, other: CasualtiesValue): boolean {
  return (risen.risen === true || risen.revised === true) && risen.kind === other.kind && isEveryone(risen.who)
    && (isEveryone(other.who) || (risen.revised === true && other.who === 'on board')) && !overlap(risen.count, other.count);
}

/**
 * "killed 14" in a report of May 21 against "killed 12" in one of May 20: the later report's higher figure
 * of the same victims is a later count.
 */
function laterCount(later: CasualtiesValue, earlier: CasualtiesValue): boolean {
  if (later.kind !== earlier.kind || !later.reportedOn || !earlier.reportedOn || later.reportedOn <= earlier.reportedOn) return false;
  // The same victims, or a group of them that now outnumbers an earlier count of all ("21 passengers were
  // taken to hospital" a day after "18 hurt").
  // Not a group's survivors, fewer than all the survivors: "two of the six crew members survived" a day after
  // "Forty-eight people survived" are some of them.
  const sameVictims = isEveryone(later.who) ? isEveryone(earlier.who)
    : isEveryone(earlier.who) ? !FALLING.has(later.kind) : later.who === earlier.who || sameGroup(later.who!, earlier.who!);
  // Survivors only fall as the injured die: "is now the sole survivor" after "two people survived".
  return sameVictims && (FALLING.has(later.kind) ? later.count.max < earlier.count.min : later.count.min > earlier.count.max);
}

/** No group named, or "people": all the victims. */
function isEveryone(who: string | undefined): boolean {
  return who === undefined || GENERIC.has(norm(who));
}

/** The role a group's noun has: "crew members" are crew, "children" and "Americans" are people. */
function roleOf(who: string): string | undefined {
  return Object.entries(PEOPLE_ROLES).find(([, nouns]) => nouns.some((n) => norm(n) === norm(who)))?.[0];
}

/** A group of those aboard: "passengers", "crew members". */
function isAboard(who: string): boolean {
  const role = roleOf(who);
  return role !== undefined && ABOARD_ROLES.includes(role);
}

/**
 * "children", "women", "Americans": who the victims were, a group that cuts across where they were and what
 * they did ("41 killed on board", "passengers", "crew"), so never added to those.
 */
function isKindOfPerson(who: string): boolean {
  return roleOf(who) === 'people';
}

/** "soldier" and "soldiers", "servicemen" and "troops": one group when they share a role. */
function sameGroup(a: string, b: string): boolean {
  const ra = roleOf(a), rb = roleOf(b);
  return ra !== undefined && ra !== 'people' && ra === rb;
}

const SEVERITY_SHOWN: Readonly<Record<Severity, string>> = { critical: 'critically', serious: 'seriously', minor: 'slightly', hospitalised: 'still hospitalised' };

function describeCasualties(v: CasualtiesValue): string {
  const r = (x: number) => (x >= 1e12 ? '∞' : String(Math.round(x * 10) / 10));
  const count = v.count.min === v.count.max ? r(v.count.min) : v.count.max >= 1e12 ? `${r(v.count.min)}+` : `${r(v.count.min)}-${r(v.count.max)}`;
  const notes = [v.hedge, v.risen ? 'a rising toll' : v.revised ? 'a revised toll' : undefined].filter(Boolean);
  const who = v.who ? ` ${v.who}${v.severalCraft ? ' (of several craft)' : ''}` : '';
  return `${count} ${v.severity ? `${SEVERITY_SHOWN[v.severity]} ` : ''}${v.kind}${who}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * Pairwise, except that groups listed by one side ("All 150 passengers and five crew members survived")
 * stand for everyone when they add up to the other side's count of everyone ("everyone survived", 155), and
 * conflict with it when they add up to more.
 */
function compareCasualties(a: Fact<CasualtiesValue>[], b: Fact<CasualtiesValue>[]): SetJudgement {
  const [sa, sb] = [summed(a, b), summed(b, a)];
  const judged = judgeByRelation(casualties, sa, sb, { accounted: twoMoments });
  if (judged.verdict === 'conflict') return judged;
  // Say why two figures that differ do not clash: they are counts of two moments.
  // One fact per distinct value, so a page that repeats its figures costs no more.
  const distinct = (fs: Fact<CasualtiesValue>[]) => byValue(fs.filter((f) => f.scope === 'event')).map((g) => g[0]!);
  const [da, db] = [distinct(sa), distinct(sb)];
  for (const [x, y, sx, sy] of [[da, db, 'a', 'b'], [db, da, 'b', 'a']] as const) {
    for (const later of y) {
      const earlier = x.find((f) => laterCount(later.value, f.value) || rising(later.value, f.value));
      if (!earlier) continue;
      const why = later.value.risen || later.value.revised
        ? `"${later.text}" (${sy}) is a toll that ${later.value.risen ? 'rose' : 'was revised'}, and "${earlier.text}" (${sx}) a count of another moment`
        : `"${later.text}" (${sy}, ${later.value.reportedOn}) is a later count than "${earlier.text}" (${sx}, ${earlier.value.reportedOn})`;
      // Counts of two moments neither agree nor clash: at most partial, whatever else the sides share.
      if (judged.verdict === 'agree') return { verdict: 'partial', explanation: why };
      return { verdict: judged.verdict, explanation: judged.explanation === DIFFERENT_THINGS ? why : `${why}; ${judged.explanation}` };
    }
  }
  return judged;
}

/** Who a sum of groups may stand for: all the victims, or all those aboard ("150 passengers and five crew"). */
const WHOLES: readonly { who?: string; is: (who?: string) => boolean; part: (who?: string) => boolean }[] = [
  { is: isEveryone, part: (who) => !isEveryone(who) },
  { who: 'on board', is: (who) => who === 'on board', part: (who) => !isEveryone(who) && who !== 'on board' && who !== 'on the ground' },
];

/**
 * `own` with its groups of one fate replaced by their sum, where that sum is what `other` gives for
 * everyone (or everyone aboard), or more than it.
 */
function summed(own: Fact<CasualtiesValue>[], other: Fact<CasualtiesValue>[]): Fact<CasualtiesValue>[] {
  let out = own;
  for (const kind of KINDS) {
    for (const whole of WHOLES) {
      const ofKind = (fs: Fact<CasualtiesValue>[]) => fs.filter((f) => f.value.kind === kind);
      // "all 62 on board", "all 58 passengers" and "four crew": the passengers and crew are among those aboard,
      // not more victims beside them.
      const aboard = ofKind(out).some((f) => f.value.who === 'on board');
      let groups = ofKind(out).filter((f) => whole.part(f.value.who) && !(aboard && f.value.who !== 'on board' && isAboard(f.value.who!)));
      // "Two children were among the dead" of "41 of the 78 people on board": the children are some of those
      // aboard, not more dead beside them. Groups of one kind of person ("two Americans and three Germans")
      // still add up.
      if (groups.some((f) => !isKindOfPerson(f.value.who!))) groups = groups.filter((f) => !isKindOfPerson(f.value.who!));
      const distinct = new Set(groups.map((f) => norm(f.value.who!)));
      if (distinct.size < 2 || groups.length !== distinct.size || ofKind(out).some((f) => whole.is(f.value.who))) continue;
      const everyone = ofKind(other).filter((f) => whole.is(f.value.who));
      if (everyone.length === 0 || ofKind(other).some((f) => whole.part(f.value.who))) continue;
      const total = { min: groups.reduce((t, f) => t + f.value.count.min, 0), max: groups.reduce((t, f) => t + f.value.count.max, 0) };
      // Fewer than everyone leaves room for victims of other groups; as many or more is everyone, or too many.
      // Those aboard and those on the ground leave no one out.
      const exhaustive = whole.who === undefined && [...distinct].sort().join('|') === 'on board|on the ground';
      if (!exhaustive && !everyone.every((f) => overlap(f.value.count, total) || total.min > f.value.count.max)) continue;
      const value: CasualtiesValue = { kind, count: total };
      if (groups[0]!.value.reportedOn) value.reportedOn = groups[0]!.value.reportedOn;
      if (whole.who) value.who = whole.who;
      out = [...out.filter((f) => !groups.includes(f)), { ...groups[0]!, value }];
    }
  }
  return out;
}

export const casualties = defineFacet<CasualtiesValue>({
  kind: 'casualties',
  extract: findCasualties,
  relate: relateCasualties,
  describe: describeCasualties,
  compare: compareCasualties,
  // "no survivors" found on a later day is the event's outcome, and so is "was the only person to survive" in a
  // sentence of how the survivor fared on a later day; a death toll still rises with the days.
  lasting: (v) => v.kind === 'survivors',
});

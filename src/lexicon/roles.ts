/**
 * Who the people of an event are (troops, crew, passengers...) and what happened to them (killed,
 * injured...). Data only: the people and casualties facets compile it.
 */

import { PLACES } from './places.js';

/**
 * Nationalities as plural nouns ("640 Afghans"): people, with no role of their own. Only forms that are
 * never adjectives: "Chinese" in "two Chinese fighter jets" counts no one. The gazetteer's demonyms in
 * -an and -i take an s ("Kenyans", "Iraqis"); the others are listed.
 */
export const NATIONALITY_PLURALS: readonly string[] = [...new Set([
  'Afghans', 'Britons', 'Koreans', 'Filipinos', 'Frenchmen', 'Germans', 'Kazakhs', 'Kurds', 'Serbs', 'Spaniards', 'Tajiks',
  'Turks', 'Uzbeks', 'Poles', 'Swedes', 'Danes', 'Finns', 'Dutchmen', 'Englishmen', 'Scots', 'Thais', 'Croats',
  'Czechs', 'Slovaks', 'Slovenes', 'Greeks', 'Cypriots', 'Icelanders', 'New Zealanders', 'Luxembourgers',
  ...PLACES.flatMap((p) => p.demonyms ?? []).filter((d) => /(?:an|i)$/.test(d)).map((d) => `${d}s`),
])];

/**
 * Nationalities that are adjectives too ("French", "Chinese"): people only right after a count with no noun
 * after them: "Among the passengers were 61 French, 58 Brazilians", not "two Chinese fighter jets".
 */
export const NATIONALITY_COLLECTIVES: readonly string[] = [...new Set([
  'French', 'British', 'Dutch', 'Irish', 'Swiss', 'Welsh',
  ...PLACES.flatMap((p) => p.demonyms ?? []).filter((d) => /ese$/.test(d)),
])];

/** Nationalities as adjectives ("17 Russian passengers"): the gazetteer's demonyms, and those it lists apart. */
export const NATIONALITY_ADJECTIVES: readonly string[] = [...new Set([
  ...PLACES.flatMap((p) => p.demonyms ?? []), ...NATIONALITY_COLLECTIVES,
])];

/**
 * Groups that gather in crowds as often as they fly: a count of them is a count of people only where a craft
 * carries them ("carrying 219 Indian students"), not "tens of thousands of students marched".
 */
export const CARRIED_ONLY_NOUNS: readonly string[] = ['students', 'pupils', 'schoolchildren', 'teachers', 'athletes', 'players', 'fans', 'patients'];

/** Nouns naming a group of people, by role. Singular forms serve "one soldier". */
export const PEOPLE_ROLES: Readonly<Record<string, readonly string[]>> = {
  military: [
    'troops', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'servicewomen', 'service members',
    'service personnel', 'servicemembers', 'military staff', 'military personnel', 'military men',
    'military specialists', 'military advisers', 'military advisors', 'military experts', 'military instructors',
    'military officers', 'military officials', 'military technicians', 'military servicemen', 'marines',
    'paratroopers', 'special forces', 'commandos', 'sailors', 'airmen', 'officers', 'army personnel',
    'military police', 'mercenaries', 'contractors', 'specialists', 'instructors', 'advisers',
    'advisors', 'personnel',
  ],
  crew: ['crew members', 'crew member', 'crewmembers', 'crewmen', 'crewman', 'crew', 'pilots', 'pilot', 'aviators', 'flight attendants', 'flight attendant',
    'flight crew', 'flight crews', 'flight personnel', 'flight staff', 'aircrew', 'aircrews', 'air crew', 'cabin crew',
    // Those who fly a balloon: "The three balloonists who made the first crossing of the Atlantic by balloon".
    'balloonists', 'balloonist'],
  passengers: ['passengers', 'passenger'],
  escorts: ['escorts', 'escort', 'guards', 'convoy officers', 'guard'],
  prisoners: ['prisoners of war', 'prisoners', 'prisoner', 'POWs', 'POW', 'detainees', 'captives', 'inmates', 'hostages'],
  evacuees: ['evacuees', 'evacuated', 'refugees', 'migrants', 'deportees', 'asylum seekers',
    // Those flown to settle: "More than 300 Ethiopian immigrants arrived in Israel".
    'immigrants', 'emigrants', 'returnees'],
  civilians: ['civilians', 'civilian'],
  officials: ['diplomats', 'officials', 'delegates', 'delegation members', 'journalists', 'reporters',
    // "evacuated about 70 American embassy staff".
    'embassy staff', 'embassy employees', 'embassy personnel', 'embassy workers', 'embassy officials'],
  rescuers: ['rescuers', 'firefighters', 'rescue workers', 'medics', 'doctors', 'emergency workers'],
  people: [
    // One of them: "only one person died".
    'people', 'persons', 'person', 'men', 'women', 'individuals', 'citizens', 'nationals', 'tourists', 'children', 'engineers', 'engineer',
    // "Two Chinese teenagers were killed".
    'teenagers', 'teens', 'boys', 'girls',
    'technician', 'mechanic', 'occupants', 'occupant',
    'technicians', 'mechanics', 'employees', 'staff members', 'workers', 'farm workers', 'farmworkers', 'factory workers',
    'construction workers', ...NATIONALITY_PLURALS,
    // Those who work the ground of an airport: "killing two baggage handlers".
    'baggage handlers', 'baggage handler', 'ground staff', 'ground workers',
    // Those of a pilgrimage: "carrying Muslim pilgrims home from Mecca", "247 pilgrims killed".
    'pilgrims', 'pilgrim',
    // A people or a faith airlifted: "flew 14,400 Ethiopian Jews from Addis Ababa".
    'Jews', 'Christians', 'Muslims',
    // Those of a school or a team: "carrying 219 Indian students from Ukraine", "Seven of the team's players".
    ...CARRIED_ONLY_NOUNS,
  ],
};

/**
 * Words of an aside that describes some of a group just counted: "Thirty U.S. troops, most of them elite Navy
 * SEALs, were killed", "160 people, most of them tourists from Martinique", "Five men, one of them an American,
 * were picked up alive". Each is followed by "of them".
 */
export const OF_THEM_QUANTIFIERS: readonly string[] = ['most', 'many', 'some', 'all', 'both', 'several', 'half', 'one'];

/**
 * Where a crowd stands on an airfield, right after the group: "swarmed by hundreds of people on the runway". Those
 * there are no count of those aboard, whatever craft the sentence names.
 */
export const CROWD_PLACES_AFTER: readonly string[] = ['on the runway', 'on the tarmac', 'on the apron', 'outside the terminal', 'outside the airport',
  // Those who saw a craft come down by the water: "Thousands of persons on the waterfront saw the ship crumple".
  'on the waterfront', 'on the shore', 'on the beach', 'along the shore', 'on the pier'];

/**
 * Those who welcomed the flight, told before the group: "welcomed by about 5,000 people at the El Toro Marine base,
 * where the jet that had carried him ... landed", "arrived here today from Brisbane to a welcome by 300,000 people".
 * A crowd on the ground, no count of those aboard.
 */
export const CROWD_BEFORE: readonly string[] = [
  'welcomed by', 'greeted by', 'cheered by', 'met by', 'mobbed by', 'swarmed by', 'applauded by', 'welcome by', 'welcome from',
];

/**
 * Verbs of a crowd right after a group: "Thousands of people packed the airport and churches of Martinique to
 * mourn", "Hundreds gathered outside the terminal". A crowd on the ground is a count of people, never of those
 * aboard, whatever the other side's aligned sentence carries.
 */
export const CROWD_VERBS: readonly string[] = [
  'packed', 'gathered', 'crowded', 'thronged', 'lined', 'filled', 'flocked', 'attended', 'marched', 'rallied', 'protested',
  'mourned', 'queued', 'prayed', 'held a vigil', 'turned out',
  // A crowd in the streets when a ruler is flown out: "Thousands of Haitians poured into the streets to celebrate".
  'celebrated', 'cheered', 'danced', 'poured into', 'took to the streets', 'looted', 'demonstrated',
  // A crowd that meets the flight: "About 25,000 people broke through the barriers to greet the four airmen".
  'broke through', 'surged', 'swarmed', 'greeted', 'welcomed',
  // Those who saw it happen: "Thousands of people watched the ship crumple".
  'saw', 'watched', 'witnessed', 'looked on',
  // A crowd that wants out, not those carried: "as thousands of people sought to flee after the Taliban seized the capital".
  ...['sought', 'tried', 'trying', 'seeking', 'attempted', 'attempting', 'scrambled', 'scrambling'].flatMap((verb) => ['flee', 'leave', 'get out', 'board'].map((to) => `${verb} to ${to}`)),
];

/**
 * Crew nouns that name a part of the crew, not all of it: "an investigation into the two pilots" against
 * "six crew members" counts two of the six.
 */
export const CREW_PARTS: readonly string[] = [
  'pilots', 'pilot', 'co-pilots', 'co-pilot', 'copilots', 'copilot', 'flight attendants', 'flight attendant', 'cabin crew',
];

/** One of a crew named by the role alone, beside a counted group: "19 passengers and its pilot", "The pilot and three others". */
export const ONE_OF_CREW: readonly string[] = ['pilot', 'co-pilot', 'copilot', 'captain', 'navigator', 'crewman', 'flight engineer', 'flight attendant'];

/**
 * Words before a role noun that change the role: "65 captured Ukrainian servicemen" are prisoners, not
 * troops on duty.
 */
export const ROLE_MODIFIERS: Readonly<Record<string, string>> = {
  captured: 'prisoners', detained: 'prisoners', imprisoned: 'prisoners', jailed: 'prisoners',
  'captive': 'prisoners', interned: 'prisoners', exchanged: 'prisoners', freed: 'prisoners', released: 'prisoners',
  evacuated: 'evacuees', stranded: 'evacuees', deported: 'evacuees',
};

/**
 * Roles that cannot be the whole of a cargo that is weapons: one party saying a plane carried prisoners
 * and another saying missiles report competing claims. Troops, escorts and crew fly with arms.
 */
export const UNARMED_CARGO_ROLES: readonly string[] = ['prisoners', 'evacuees', 'civilians', 'passengers'];

/**
 * Verbs that give a toll a new figure: "raising the death toll from Wednesday's TransAsia Airways crash to 40"
 * (a toll that rose), "revised the death toll from the helicopter crash in Brovary to 14" (up or down).
 */
export const TOLL_GIVEN_VERBS = {
  raised: ['raising', 'raised', 'bringing', 'brought', 'pushing', 'pushed'],
  revised: ['revised', 'revising', 'lowered', 'lowering', 'corrected', 'correcting', 'reduced', 'reducing', 'updated', 'updating', 'cut'],
} as const;

/**
 * A first figure, then its correction in the same sentence: "initially said there were 61 people on board
 * but later revised the number to 62". The corrected figure counts, for the first figure's group.
 */
export const FIRST_FIGURE_BEFORE: readonly string[] = ['initially', 'originally', 'at first', 'first'];
export const REVISED_TO: readonly string[] = [
  'revised the number to', 'revised the figure to', 'revised the count to', 'revised it to', 'corrected the number to',
  'corrected the figure to', 'corrected it to', 'updated the number to', 'updated the figure to', 'raised the number to',
  'raised the figure to', 'lowered the number to', 'lowered the figure to', 'revised that to', 'corrected that to',
];

/** What a count is called where a report corrects it: "revising its earlier number" (with the figure nouns of scope). */
export const REVISED_COUNT_NOUNS: readonly string[] = ['number', 'numbers', 'manifest', 'passenger list', 'list'];
/** Words of a figure given wrongly, which the counts after it correct: "said it had given a wrong figure, and that ...". */
export const WRONG_WORDS: readonly string[] = ['wrong', 'incorrect', 'mistaken', 'erroneous', 'inaccurate'];
/** Verbs that put out a figure, before one said to be wrong: "had given a wrong figure", "issued an incorrect count". */
export const FIGURE_GIVING_VERBS: readonly string[] = ['gave', 'given', 'giving', 'published', 'issued', 'reported'];

/** Verbs that give a count anew, beside those that take one back: "raised the number of passengers to 181". */
export const COUNT_UPDATE_VERBS: readonly string[] = ['raised', 'raising', 'lowered', 'lowering', 'updated', 'updating'];

/** Words after a group that put it off the craft: "one passenger had not boarded", "two crew missed the flight". */
export const NOT_ABOARD_AFTER: readonly string[] = [
  'had not boarded', 'did not board', "didn't board", 'never boarded', 'was not on board', 'were not on board',
  'was not aboard', 'were not aboard', 'missed the flight', 'missed the plane', 'were left behind', 'was left behind',
  'not to have boarded', 'had not in fact boarded',
];

/**
 * Words after or before a group of people that make them suspects held on the ground, not anyone aboard:
 * "about 20 people had been arrested in connection with the attack", "police detained 12 people". Only of
 * people at large: "two passengers were arrested on landing" flew.
 */
export const SUSPECTS = {
  after: ['had been arrested', 'have been arrested', 'were arrested', 'had been detained', 'have been detained', 'were detained',
    'were taken into custody', 'had been taken into custody', 'were questioned', 'were being questioned', 'have been questioned'],
  before: ['arrested', 'detained', 'arresting', 'detaining', 'rounded up', 'questioned', 'questioning'],
};

/**
 * Words after a group, in its clause, that make it a running total of an operation of many flights, no count
 * of one: "India has brought more than 2,000 of its citizens out of Sudan so far".
 */
export const RUNNING_TOTAL_AFTER: readonly string[] = ['so far', 'thus far', 'to date', 'in all', 'in total', 'altogether'];
/**
 * Several flights that carried a group between them, named after it in its clause ("evacuated more than 390
 * people from Afghanistan on Sunday in three flights") or as the subject that carried it ("German air force
 * planes have flown 311 people out of Sudan"). The group is everyone aboard several craft, not one.
 */
export const SPREAD_OVER_FLIGHTS = {
  /** The craft in the plural, as the subject, and the verb that carried the group. */
  subjects: ['planes', 'jets', 'helicopters', 'flights', 'airliners', 'transports', 'airplanes'],
  carried: ['flown', 'carried', 'brought', 'evacuated', 'airlifted', 'ferried', 'flew', 'took'],
  links: ['in', 'on', 'aboard', 'across', 'over', 'by', 'with'],
  counts: ['several', 'multiple', 'numerous', 'a series of', 'a number of', 'dozens of'],
  nouns: ['flights', 'planes', 'aircraft', 'sorties', 'airlifts', 'aeroplanes', 'airplanes', 'jets', 'charter flights', 'evacuation flights',
    'military flights', 'transport planes', 'military planes'],
};

/**
 * Words before a group that make it people the event held up on the ground, not those aboard: "which has
 * stranded thousands of passengers", "delaying 2,000 travellers".
 */
export const HELD_UP_BEFORE: readonly string[] = [
  'stranded', 'stranding', 'strands', 'left stranded', 'delayed', 'delaying', 'disrupted', 'disrupting', 'affected', 'affecting',
  'inconvenienced',
];

/**
 * Words before a group that make it one promised, not one that flew: "Kenya has pledged 1,000 officers to the
 * mission". Not a deployment told ahead: "Under the deal, Russia will deploy 1,960 troops" is the story's.
 */
export const PLEDGED_BEFORE: readonly string[] = ['pledged', 'promised', 'offered', 'committed'];

/**
 * Words before a group that make it the victims of a crime or a war, no one aboard: "the Gestapo officer who
 * directed the extermination of millions of Jews".
 */
export const VICTIMS_OF_BEFORE: readonly string[] = [
  'extermination of', 'murder of', 'murders of', 'killing of', 'killings of', 'deaths of', 'massacre of', 'genocide of',
  'slaughter of', 'persecution of',
];

/** Words before a group that mass it on the ground, no load of a flight: "Russia has massed about 100,000 troops near Ukraine's borders". */
export const MASSED_BEFORE: readonly string[] = ['massed', 'massing', 'amassed', 'amassing', 'masses', 'amasses'];

/**
 * Words after a group of victims that put it off the craft: "a death toll of 50, including three civilians
 * on the ground". Among casualties only: "100 troops on the ground" of a deployment are its people.
 */
export const GROUND_VICTIMS_AFTER: readonly string[] = ['on the ground', 'on the ground below'];

/** Buildings and places a craft came down on, whose people, after "in the", are victims on the ground: "four people in the hotel it hit". */
export const GROUND_VICTIMS_PLACES: readonly string[] = [
  'village', 'villages', 'house', 'houses', 'home', 'homes', 'hotel', 'building', 'buildings', 'apartment', 'apartments',
  'school', 'market', 'street', 'neighbourhood', 'neighborhood', 'restaurant', 'factory', 'hostel', 'shop', 'car park',
];

/**
 * Words before a figure that make it a capacity, not what happened: "the C-17 can carry 102 paratroopers",
 * "designed to carry 150 tonnes".
 */
export const CAPACITY_CUES: readonly string[] = [
  'can carry', 'could carry', 'can take', 'can hold', 'can seat', 'can lift', 'designed to carry',
  'able to carry', 'built to carry', 'capable of carrying', 'capacity of', 'capacity for', 'room for',
  'seats up to', 'seats', 'expected to carry', 'was to carry', 'were to carry', 'meant to carry',
  'certified to carry', 'maximum payload of', 'payload of up to', 'payload capacity of',
  // What a type carries as a rule: "The A-50 carries a crew of up to 15".
  'carries a crew of', 'carry a crew of', 'carries a crew of up to', 'carry a crew of up to',
  // What a hospital or a camp flown in can take: "a field hospital able to treat 500 people".
  'able to treat', 'can treat', 'could treat', 'capable of treating', 'able to accommodate', 'can accommodate',
  'able to house', 'can house',
  // What a camp is planned for: "Trump's plan to hold up to 30,000 migrants there".
  // The figure's "up to" is its hedge, read with the number.
  'to hold', 'to house', 'to accommodate',
  // A hope or a plan for a flight: "had originally hoped to send 130 people on the first flight".
  'hoped to send', 'hoped to fly', 'planned to send', 'planned to fly', 'intended to send', 'wanted to send',
];

/** Words right before a casualty word that deny it: "walked away without injuries". */
export const CASUALTY_DENIALS: readonly string[] = ['without', 'no', 'escaped', 'avoided', 'free of', 'not'];

/** What carries people, named between a group and its fate: "eight crew on an Ethiopian Airlines flight ... were killed". */
export const CRAFT_NOUNS: readonly string[] = [
  'flight', 'plane', 'jet', 'airliner', 'aircraft', 'helicopter', 'chopper', 'transport', 'bus', 'ferry', 'boat', 'train',
  // "The four people on board the McDonnell Douglas DC-8-61 freighter died".
  'freighter', 'airplane', 'aeroplane', 'turboprop', 'floatplane', 'seaplane',
  // "All 123 people aboard a Peruvian jetliner were killed".
  'jetliner', 'airship', 'glider',
  // "Three men aboard the bomber were killed", "the 73 men aboard the dirigible".
  'bomber', 'dirigible',
];

/** Roles that count everyone aboard: a count of one of these is the sum of the other roles. */
export const TOTAL_ROLES: readonly string[] = ['on board'];

/**
 * Roles of those aboard a craft: how many flew is fixed when it takes off, so a count of them given in a
 * later day's sentence ("the wreckage was found on Monday ... eight people aboard") is still the event's.
 */
export const ABOARD_ROLES: readonly string[] = ['on board', 'crew', 'passengers'];

/**
 * Words that make a sentence's generic count ("74 people") a count of everyone aboard: "a plane carrying
 * 74 people". Without one, "56 are women" or "2.44 million people" count some group of the story.
 */
export const CARRYING_CUES: readonly string[] = [
  'carrying', 'carried', 'carries', 'carry', 'ferrying', 'ferried', 'transporting', 'transported', 'on board',
  'onboard', 'on-board', 'aboard', 'brought', 'bringing', 'flew', 'flown', 'flying', 'airlifted', 'airlifting',
  'delivered', 'delivering',
];

/**
 * A craft's own fate after the load it carried: "a plane carrying 38 people went missing" lost the plane,
 * and its 38 are everyone aboard, no count of the missing.
 */
export const CRAFT_FATE_AFTER_LOAD: readonly string[] = ['went missing', 'gone missing', 'goes missing', 'is missing', 'was missing'];
/** Verbs right before a count that make it a craft's load: "carrying 38 people". */
export const LOAD_VERBS: readonly string[] = ['carrying', 'ferrying', 'transporting', 'with'];

/**
 * One person named by whom they belong to, in a list of the named before "N others": "General Bipin Rawat, his
 * wife Madhulika and 11 other military personnel died". Singular only: "their three children" are a count.
 */
export const NAMED_RELATIONS: readonly string[] = [
  'wife', 'husband', 'daughter', 'son', 'mother', 'father', 'brother', 'sister', 'partner', 'fiancee', 'fiancée', 'fiance',
  'aide', 'bodyguard', 'deputy', 'pilot', 'co-pilot', 'assistant', 'secretary', 'spokesman', 'spokeswoman',
];

/** Words that open a phrase with a capital and name no one: "In Kenya, Ogolla and nine others". */
export const NOT_NAME_OPENERS: readonly string[] = [
  'In', 'On', 'At', 'From', 'After', 'Before', 'During', 'The', 'A', 'An', 'By', 'For', 'With', 'Of', 'Since', 'Last', 'This',
  'Earlier', 'Later', 'Then', 'When', 'Where', 'While', 'Among', 'Including',
];

/** Generic nouns that name one and the same group; other generic nouns ("women", "Afghans") each their own. */
export const GENERIC_PEOPLE_NOUNS: readonly string[] = ['people', 'persons', 'person', 'individuals'];

/**
 * A population, not people of the event: "a city of 2 million people", "home to 23 million people", "the
 * 23 million people of Taiwan". Read only for counts of at least `POPULATION_MIN`.
 */
export const POPULATION_BEFORE: readonly string[] = [
  'city of', 'country of', 'nation of', 'island of', 'town of', 'region of', 'state of', 'province of', 'home to', 'population of',
];
export const POPULATION_MIN = 10_000;

/** "74 on board", "74 aboard": a count of everyone on the aircraft. */
export const ON_BOARD_WORDS: readonly string[] = ['on board', 'onboard', 'aboard', 'on-board'];

/** Words that may stand between a figure and its role noun: "99 Russian military staff", "six more crew". */
export const PEOPLE_FILLER_WORDS: readonly string[] = [
  'more', 'other', 'armed', 'foreign', 'additional', 'unarmed', 'elite', 'senior', 'junior', 'active',
  'active-duty', 'off-duty', 'on-duty', 'retired', 'private', 'professional', 'regular', 'young', 'local', 'ukrainian', 'russian',
  'american', 'of', 'the', 'its', 'their', 'army', 'navy', 'naval', 'air', 'force', 'military', 'staff', 'technical',
  'highly', 'qualified', 'trained', 'well-trained', 'heavily', 'uniformed', 'company', 'airline', 'former', 'medical',
  // "55 civil security personnel", "six emergency doctors", "31 U.S. special forces soldiers".
  'civil', 'security', 'emergency', 'special', 'forces',
  // "the four offshore workers who died", "13 oil workers": the trade of the workers.
  'offshore', 'oil', 'oilfield', 'rig', 'aid', 'construction',
  // "a 16-strong team of engineers": the group's noun before its members'.
  'strong', 'team', 'group', 'contingent', 'unit',
  // "Of the 71 on board, 65 were passengers": the role follows a copula.
  'were', 'are',
];

/** What happened to people, by kind. "dead" and "killed" are one kind. */
export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'bodies' | 'survivors';

/** Words after a count: "10 killed", "two soldiers were wounded", "four bodies". */
export const CASUALTY_AFTER: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: ['killed', 'dead', 'died', 'deaths', 'fatalities', 'perished', 'lost their lives', 'were killed', 'have died', 'casualties',
    'shot dead', 'shot and killed', 'gunned down', 'stabbed to death', 'beaten to death', 'burned to death', 'burnt to death',
    'crushed to death',
    // "carrying 44 men to their deaths", "Nine men plunged to their deaths": the old wires' telling; and those lost
    // at sea, "Three persons were lost when the big plane sank".
    'to their deaths', 'to their death', 'went to their deaths', 'plunged to their deaths', 'fell to their deaths',
    'were lost', 'was lost',
    // "65 prisoners of war were among those killed": a group of the dead.
    'among those killed', 'among the killed', 'among the dead', 'among those who died', 'among the victims', 'among the fatalities'],
  injured: ['injured', 'wounded', 'hurt', 'hospitalised', 'hospitalized', 'injuries', 'suffered injuries', 'taken to hospital',
    'among the injured', 'among those injured', 'among the wounded', 'among those wounded', 'among those hurt',
    'taken to hospitals', 'taken to the hospital', 'rushed to hospital', 'treated in hospital', 'treated for injuries',
    // "sending 23 people to hospital".
    'to hospital', 'to hospitals', 'to the hospital', 'to a hospital',
    'in critical condition', 'in a critical condition', 'in serious condition', 'in a serious condition',
    // "Seventy-four people sought medical help".
    'sought medical help', 'sought medical attention', 'sought medical treatment', 'needed medical help', 'needed medical attention',
    'needed medical treatment', 'received medical treatment', 'received medical help',
    // A count of the injured days on: "Six passengers remained in hospital on Saturday".
    'remained in hospital', 'remain in hospital', 'remains in hospital', 'still in hospital', 'remained hospitalised',
    'remained hospitalized'],
  missing: ['missing', 'unaccounted for', 'remain missing', 'are missing', 'still missing'],
  bodies: ['bodies', 'body', 'corpses', 'remains of'],
  survivors: ['survivors', 'survived', 'rescued alive', 'survivor',
    // "Fifteen people were rescued", "Twenty-two people were pulled alive from the wreckage".
    'were rescued', 'was rescued', 'pulled alive', 'were pulled alive', 'was pulled alive', 'pulled out alive',
    'were pulled out alive', 'were found alive', 'was found alive',
    // "81 of the 83 men aboard her were saved", "Five men were picked up alive".
    'were saved', 'was saved', 'picked up alive', 'were picked up alive', 'was picked up alive'],
};

/**
 * How badly the injured were hurt: "three were critically injured", "12 suffered minor injuries", "five
 * people were in critical condition". The critically injured are some of the injured, not all of them; so
 * are those still in hospital days on ("Six passengers remained in hospital on Saturday").
 */
export type Severity = 'critical' | 'serious' | 'minor' | 'hospitalised';
export const SEVERITY_WORDS: Readonly<Record<Severity, readonly string[]>> = {
  critical: ['critically', 'critical', 'gravely', 'grave', 'life-threatening'],
  serious: ['seriously', 'serious', 'severely', 'severe', 'badly'],
  minor: ['slightly', 'lightly', 'minor', 'light', 'superficial', 'mild', 'mildly'],
  hospitalised: ['remained', 'remain', 'remains', 'still'],
};
/** Words of injury that mean death: "fatally wounded", "mortally injured". */
export const FATAL_WORDS: readonly string[] = ['fatally', 'mortally'];
/**
 * Words after a rescue that take its survivor back: "One passenger was pulled alive from the wreckage but died on
 * the way to hospital" counts no survivor.
 */
export const DIED_AFTER_RESCUE: readonly string[] = ['but died', 'but later died', 'but died later', 'and later died', 'who later died',
  'but succumbed', 'but later succumbed'];
/** Verbs before a fate, joined to it by "and": "49 people were rescued and taken to hospital" were injured. */
export const RESCUE_BEFORE_FATE: readonly string[] = ['rescued', 'pulled out', 'pulled from the wreckage', 'evacuated', 'found alive'];
/** Verbs between a count and its injuries: "12 passengers suffered minor injuries". */
export const INJURY_VERBS: readonly string[] = ['suffered', 'sustained', 'received', 'suffering', 'sustaining'];

/** Words before a count: "killing 10", "left 3 dead" (the kind is the verb's). */
export const CASUALTY_BEFORE: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: ['killing', 'killed', 'kills', 'shot dead', 'gunned down', 'shot and killed', 'death toll of', 'death toll rose to', 'death toll stands at', 'death toll reached',
    'death toll has risen to', 'death toll has climbed to', 'death toll climbed to', 'death toll now stands at',
    'death toll is', 'death toll was', 'toll rose to', 'toll has risen to', 'claimed the lives of', 'killing all', 'killed all',
    // "put the death toll at 471", "raised the death toll to 30".
    'death toll at', 'the toll at', 'death toll to',
    // "fell in flames into the Humber, carrying to death 44 of the 49 men aboard".
    'carrying to death', 'carrying to their deaths', 'sending to their deaths'],
  injured: ['injuring', 'injured', 'wounding', 'wounded', 'injures', 'wounds'],
  missing: [],
  bodies: ['recovered the bodies of', 'found the bodies of', 'the bodies of'],
  survivors: ['rescued', 'saving'],
};

/** "killing everyone on board", "no survivors": casualties stated without a figure. */
export const CASUALTY_EVERYONE: readonly string[] = [
  'everyone on board', 'everybody on board', 'all on board', 'all those on board', 'all aboard',
  'everyone aboard', 'all passengers and crew', 'all of the passengers and crew', 'all of them', 'all of those',
  'everyone', 'everybody',
];
export const NO_SURVIVORS: readonly string[] = [
  'no survivors', 'nobody survived', 'no one survived', 'none survived', 'there were no survivors',
  'no-one survived',
];

/** Nouns of one victim, after "a": "killing a passenger", "a stewardess, Santi Anggraeni, was killed". */
export const ONE_VICTIM_NOUNS: readonly string[] = ['passenger', 'crew member', 'pilot', 'flight attendant', 'person', 'woman', 'man', 'child', 'soldier',
  'civilian', 'stewardess', 'steward', 'crewman', 'co-pilot', 'captain', 'flight engineer', 'navigator', 'instructor', 'trainee',
  // Those the crash met: "killing a tour guide and a motorcyclist".
  'tour guide', 'guide', 'motorcyclist', 'motorist', 'driver', 'cyclist', 'pedestrian', 'farmer', 'resident', 'bystander', 'worker'];
/**
 * One who lived, by an article, a few describing words and a noun, then the fate: "A 14-month-old Thai boy
 * survived", "A baby boy was pulled alive from the wreckage". A child, too: no riot's victim survives this way.
 */
export const ONE_SURVIVOR = {
  nouns: [...ONE_VICTIM_NOUNS, 'boy', 'girl', 'baby', 'infant', 'toddler', 'teenager', 'baby boy', 'baby girl'],
  fates: ['survived', 'was pulled alive', 'was pulled out alive', 'was rescued alive', 'was found alive', 'was the only survivor', 'was the sole survivor'],
} as const;
/** One, stated in words: "The only survivor, flight engineer Alexander Sizov, ...", "killing a passenger". */
export const CASUALTY_ONE: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: ['the only fatality', 'the sole fatality', 'the only person killed', 'the only victim', 'the sole victim',
    // One person, with the article for a figure: "killing a passenger", "a crew member died".
    ...ONE_VICTIM_NOUNS.flatMap((n) => [`killing a ${n}`, `killed a ${n}`, `a ${n} was killed`, `a ${n} died`, `fatally injuring a ${n}`, `fatally wounding a ${n}`])],
  injured: ['the only person injured', 'the only one injured',
    ...ONE_VICTIM_NOUNS.flatMap((n) => [`injuring a ${n}`, `a ${n} was injured`, `a ${n} was hurt`])],
  // A fighter's one pilot: "The Chinese F-8 fighter crashed, and its pilot was missing".
  missing: ['the only person missing', ...['its pilot', 'the pilot'].flatMap((p) => ['was missing', 'is missing', 'remains missing', 'remained missing',
    'was still missing', 'is still missing', 'has not been found', 'had not been found'].map((v) => `${p} ${v}`))],
  bodies: [],
  survivors: ['the only survivor', 'the sole survivor', 'the lone survivor', 'the only person to survive', 'the only one to survive',
    'a sole survivor', 'a lone survivor', 'a single survivor', 'the only known survivor', 'the sole known survivor', 'the lone known survivor'],
};

/**
 * Words for an unstated part of a counted whole: "most of the 67 people on board were killed" counts no 67
 * killed. The value is the share of the whole, as the smallest and largest fraction it can be.
 */
export const PART_QUANTIFIER_SHARES: Readonly<Record<string, readonly [number, number]>> = {
  most: [0.5, 1], 'the majority': [0.5, 1], 'a majority': [0.5, 1], 'almost all': [0.8, 1], 'nearly all': [0.8, 1],
  half: [0.5, 0.5], 'about half': [0.4, 0.6], 'more than half': [0.5, 1], 'less than half': [0, 0.5],
  many: [0, 1], some: [0, 1], several: [0, 1], 'a number': [0, 1], 'the rest': [0, 1], 'a few': [0, 0.5], dozens: [0, 1],
};
export const PART_QUANTIFIERS: readonly string[] = Object.keys(PART_QUANTIFIER_SHARES);

/** Hedges after a count that mark it as a figure of the moment: "four bodies so far". */
export const PROVISIONAL_HEDGES: readonly string[] = [
  'so far', 'as of now', 'for now', 'at the moment', 'at this time', 'to date', 'thus far', 'up to now',
  'until now', 'by now', 'at that time',
];

/**
 * What a standing toll is of, before "has killed": "Sudan, where fighting between the army and a paramilitary
 * force has killed hundreds", "a war that has killed thousands". A toll of the war, not of the story's event.
 */
export const WAR_TOLL_SUBJECTS: readonly string[] = [
  'fighting', 'war', 'conflict', 'violence', 'clashes', 'unrest', 'insurgency', 'protests', 'pandemic', 'epidemic', 'outbreak',
];

/**
 * What lasts long enough to have a toll of its own, told after its figure ("More than 3,000 people were killed or
 * disappeared during his 17-year rule", "killed in the months of fighting") or with "in which" before it ("the
 * crisis, in which some 3,000 people died"). Fighting or violence of the story's day is told as "in the fighting";
 * it is a span's only after "months of".
 */
export const STANDING_TOLL_OF = {
  nouns: ['rule', 'regime', 'dictatorship', 'reign', 'war', 'civil war', 'conflict', 'crisis', 'insurgency', 'genocide'],
  spans: ['days', 'weeks', 'months', 'years', 'decades'],
  /** Named without an article: "during World War II". */
  named: ['World War', 'the Holocaust', 'the Second World War', 'the First World War'],
} as const;

/**
 * What a court judged, before a toll of the crime: "convicted of killing 270 people", "found guilty of the bombing
 * ..., which killed 270 people". A crime already judged is no event of the story's day.
 */
export const JUDGED_FOR: readonly string[] = ['convicted of', 'found guilty of', 'jailed for', 'imprisoned for', 'sentenced for'];

/**
 * Unrest that broke out, whose toll its sentence tells after: "Riots broke out in Khartoum after the news, and at
 * least 24 people were killed". Its subjects, and what they did as they began.
 */
export const UNREST_OUTBREAK = {
  subjects: [...WAR_TOLL_SUBJECTS, 'riots', 'rioting'],
  verbs: ['broke out', 'erupted', 'flared', 'swept'],
} as const;

/** "No crew members were injured", "none of the passengers was hurt": a group of whom none befell a fate. */
export const NONE_GROUPS: readonly string[] = ['passengers', 'crew members', 'crew', 'people', 'soldiers', 'troops', 'civilians'];
const NONE_OF = (verbs: readonly string[]) => NONE_GROUPS
  .flatMap((group) => verbs.flatMap((verb) => [`no ${group} were ${verb}`, `none of the ${group} were ${verb}`, `none of the ${group} was ${verb}`]));

/** "No one was killed", "no injuries": a count of zero stated in words. */
export const CASUALTY_NONE: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: [
    'no one was killed', 'nobody was killed', 'no-one was killed', 'no one died', 'no-one died', 'nobody died', 'no deaths',
    'no fatalities', 'no fatality', 'no casualties', 'no one was hurt or killed', ...NONE_OF(['killed']),
  ],
  injured: [
    'no one was injured', 'nobody was injured', 'no-one was injured', 'no injuries', 'no one was hurt', 'no-one was hurt',
    'nobody was hurt', 'no one was wounded', 'nobody was wounded', ...NONE_OF(['injured', 'hurt', 'wounded']),
  ],
  missing: ['no one is missing', 'nobody is missing', 'no one was missing', 'no-one is missing'],
  bodies: [],
  survivors: NO_SURVIVORS,
};

/** Verbs around "everyone on board" that say what befell them. */
export const EVERYONE_FATE: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: ['killing', 'killed', 'kills', 'died', 'perished', 'were killed', 'was killed', 'dead', 'lost'],
  injured: ['injuring', 'injured', 'were injured', 'wounded', 'hurt'],
  missing: ['missing'],
  bodies: [],
  survivors: ['survived', 'rescued', 'saved', 'evacuated safely', 'unharmed', 'safe'],
};

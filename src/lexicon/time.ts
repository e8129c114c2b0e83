/**
 * Words of time: months, weekdays, relative days and periods, parts of a period, vague spans, clock
 * hedges and time zones. Data only; src/text/dates.ts compiles it.
 */

/** Month names and abbreviations as written (capitalised: "March" the month, not "a march"). */
export const MONTHS: Readonly<Record<string, number>> = {
  January: 1, Jan: 1, February: 2, Feb: 2, March: 3, Mar: 3, April: 4, Apr: 4, May: 5, June: 6, Jun: 6,
  July: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sept: 9, Sep: 9, October: 10, Oct: 10,
  November: 11, Nov: 11, December: 12, Dec: 12,
};

/** Abbreviated months: they count as months only next to a day or a year, never alone. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['Mar', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Apr', 'Sept'];

/** Weekdays, 0 = Sunday as in `Date.getUTCDay()`. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6,
};

/** Days named relative to publication, in days from it. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'earlier today': 0,
  yesterday: -1, 'last night': -1, 'last evening': -1, 'the day before yesterday': -2, 'overnight': -1,
  tomorrow: 1, 'the day after tomorrow': 2,
};

/**
 * Days counted from another day of the same sentence, in days from it: "searched the sea on Monday for the
 * bodies of those killed when the plane plunged into it a day earlier" dates the crash Sunday. "the day
 * before" counts only where no noun follows it ("the day before the crash" counts from the crash).
 */
export const ANCHORED_DAYS: Readonly<Record<string, number>> = {
  'a day earlier': -1, 'one day earlier': -1, 'the day before': -1, 'the previous day': -1, 'the day earlier': -1,
  'two days earlier': -2, 'three days earlier': -3, 'a day later': 1, 'one day later': 1, 'the next day': 1,
  'the following day': 1, 'the day after': 1, 'two days later': 2, 'three days later': 3,
};

/**
 * Days between the sentence's day and another happening it names after them, in days from the sentence's
 * day: "found debris on Friday, a day after EgyptAir Flight 804 vanished" dates the vanishing Thursday.
 */
export const ANCHORED_EVENT_DAYS: Readonly<Record<string, number>> = {
  'a day after': -1, 'one day after': -1, 'the day after': -1, 'two days after': -2, 'three days after': -3,
  'four days after': -4, 'five days after': -5, 'a day before': 1, 'one day before': 1, 'the day before': 1,
  'two days before': 2, 'three days before': 3,
};

/**
 * Words after "the day before" or "the day after" that start no happening: the words count from another day of the
 * sentence, as where a clause ends ("after leaving Brooklyn the day before in what he said was an attempt").
 */
export const ANCHOR_CLAUSE_GOES_ON: readonly string[] = ['in', 'on', 'at', 'from', 'by', 'with', 'for', 'and', 'but'];

/** Relative days told at their night's end, which may be the next day's early hours: "overnight", "last night". */
export const LATE_RELATIVE_DAYS: readonly string[] = ['last night', 'overnight', 'tonight'];

/**
 * Capitalised words after a weekday that make it part of a name: "from Friday Harbor to Renton", "the Sunday
 * Times". Case matters.
 */
export const WEEKDAY_NAME_AFTER: readonly string[] = ['Harbor', 'Harbour', 'Island', 'Islands', 'Bay', 'Creek', 'Times', 'Telegraph', 'Mirror', 'Express'];

/**
 * Nouns a relative day may describe rather than date: "after an overnight flight of nearly 10 hours from Rome"
 * says how long the flight took, not that the landing was last night; "removed during overnight maintenance" is
 * work of some night before the flight.
 */
export const DESCRIBED_BY_RELATIVE_DAY: readonly string[] = ['flight', 'flights', 'journey', 'trip', 'stay', 'stop', 'stopover', 'layover', 'train', 'drive', 'bus',
  'maintenance', 'repairs', 'inspection', 'servicing', 'checks', 'shift'];

/** Calendar periods relative to publication: "last week" is the Monday-to-Sunday week before it. */
export const RELATIVE_PERIODS: Readonly<Record<string, { unit: 'weekend' | 'week' | 'month' | 'year'; offset: number; untilPublication?: boolean }>> = {
  // A weekend is the Saturday and Sunday on or before publication; "last weekend" the one before a
  // weekend publication day.
  'over the weekend': { unit: 'weekend', offset: 0, untilPublication: true }, 'at the weekend': { unit: 'weekend', offset: 0, untilPublication: true },
  'on the weekend': { unit: 'weekend', offset: 0, untilPublication: true }, 'this weekend': { unit: 'weekend', offset: 0, untilPublication: true },
  'last weekend': { unit: 'weekend', offset: -1 }, 'next weekend': { unit: 'weekend', offset: 1 },
  'last week': { unit: 'week', offset: -1 }, 'this week': { unit: 'week', offset: 0, untilPublication: true },
  'earlier this week': { unit: 'week', offset: 0, untilPublication: true }, 'next week': { unit: 'week', offset: 1 },
  'last month': { unit: 'month', offset: -1 }, 'this month': { unit: 'month', offset: 0, untilPublication: true },
  'earlier this month': { unit: 'month', offset: 0, untilPublication: true }, 'next month': { unit: 'month', offset: 1 },
  'last year': { unit: 'year', offset: -1 }, 'this year': { unit: 'year', offset: 0, untilPublication: true },
  'earlier this year': { unit: 'year', offset: 0, untilPublication: true }, 'next year': { unit: 'year', offset: 1 },
};

/** Vague spans before publication, in days back: "in recent months" is some time in the last half year. */
export const VAGUE_PERIODS: Readonly<Record<string, number>> = {
  'in recent months': 183, 'over recent months': 183, 'in the past few months': 183, 'in recent weeks': 42,
  'over the past few weeks': 42, 'in recent days': 10, 'in the past few days': 7, 'over the past few days': 7,
  'in recent years': 1096, 'recently': 60, 'lately': 60, 'in the past week': 7, 'over the past week': 7,
};

/**
 * A counted span back from publication, in days a unit holds: "over the past seven weeks", "in the last 10
 * days". Some time in that span, told as loosely as {@link VAGUE_PERIODS}.
 */
export const COUNTED_PERIOD_UNITS: Readonly<Record<string, number>> = { days: 1, weeks: 7, months: 31 };
/** The words before such a count: "over the past", "in the last". */
export const COUNTED_PERIOD_LEADS: readonly string[] = ['in the past', 'over the past', 'during the past', 'in the last', 'over the last', 'during the last'];

/** Units counted back with "ago", and the precision each gives: "two years ago" is a year, "three days ago" a day. */
export const AGO_UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
};

/** Days named by a feast on a fixed date, with their month and day: "on Christmas Day". */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'Christmas Day': [12, 25], 'Christmas Eve': [12, 24], 'Boxing Day': [12, 26], "New Year's Day": [1, 1],
  'New Year’s Day': [1, 1], "New Year's Eve": [12, 31], 'New Year’s Eve': [12, 31], "Valentine's Day": [2, 14],
  'Valentine’s Day': [2, 14], 'Halloween': [10, 31],
};

/** Parts of a year, as month ranges: "early 2019" is January to April. */
export const YEAR_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 4], 'the beginning of': [1, 3], 'beginning of': [1, 3], 'the start of': [1, 3], 'start of': [1, 3],
  'the first half of': [1, 6], 'first half of': [1, 6], mid: [5, 8], 'the middle of': [5, 8], 'middle of': [5, 8],
  'the second half of': [7, 12], 'second half of': [7, 12], late: [9, 12], 'the end of': [10, 12], 'end of': [10, 12],
  'spring': [3, 5], 'summer': [6, 8], 'autumn': [9, 11], 'fall': [9, 11], 'winter': [12, 14],
};

/** Parts of a month, as day ranges: "late March" is the 21st to the end. */
export const MONTH_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 10], 'the beginning of': [1, 10], 'beginning of': [1, 10], 'the start of': [1, 10], 'start of': [1, 10],
  mid: [11, 20], 'the middle of': [11, 20], 'middle of': [11, 20], late: [21, 31], 'the end of': [21, 31], 'end of': [21, 31],
};

/** Words before a lone month that make it a date ("in December"), not a name or a verb. */
export const MONTH_LEADS: readonly string[] = [
  'in', 'since', 'by', 'during', 'until', 'till', 'through', 'last', 'this', 'next', 'from', 'of', 'on', 'early',
  'late', 'mid', 'before', 'after', 'throughout', 'between', 'and', 'to',
  // A plan's month: "The trip had been planned for February".
  'for',
];

/** Hedges of a clock time, as minutes allowed before and after it. */
export const CLOCK_HEDGES: Readonly<Record<string, readonly [number, number]>> = {
  around: [30, 30], 'at around': [30, 30], about: [30, 30], 'at about': [30, 30], approximately: [30, 30],
  roughly: [30, 30], some: [30, 30], circa: [30, 30], 'shortly before': [30, 0], 'just before': [15, 0],
  'shortly after': [0, 30], 'just after': [0, 15], 'soon after': [0, 45], 'before': [120, 0], 'after': [0, 120],
};

/**
 * Time zones as minutes east of UTC. `null` is a zone whose offset the text does not give
 * ("local time"): such a time compares only with times of the same unknown zone.
 */
export const ZONES: Readonly<Record<string, number | null>> = {
  GMT: 0, UTC: 0, Z: 0, 'Greenwich Mean Time': 0, 'Universal Time': 0,
  MSK: 180, 'Moscow time': 180, 'Moscow Time': 180, EET: 120, EEST: 180, 'Kyiv time': 120, 'Kiev time': 120,
  CET: 60, CEST: 120, BST: 60, WET: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360,
  PST: -480, PDT: -420, ET: null, 'Eastern Time': null, VET: -240, 'Caracas time': -240, 'Venezuelan time': -240,
  'Havana time': null, 'Damascus time': 120, 'Tehran time': 210, 'Beijing time': 480, 'Minsk time': 180,
  'local time': null, 'local': null,
  'Central European Time': 60, 'Central European Summer Time': 120, 'Eastern European Time': 120,
  'Eastern European Summer Time': 180, JST: 540, 'Japan time': 540, 'Tokyo time': 540, 'Central Time': null,
  'Pacific Time': null,
};

/** Words after a four-digit number that make it a quantity rather than a year ("2019 tonnes"). */
export const YEAR_BLOCKERS: readonly string[] = [
  'percent', 'per cent', 'people', 'troops', 'soldiers', 'servicemen', 'men', 'tons', 'tonnes', 'ton', 'tonne',
  'kg', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'ft', 'dollars', 'euros',
  'rubles', 'roubles', 'hours', 'minutes', 'seconds', 'days', 'planes', 'aircraft', 'flights', 'units',
  'passengers', 'casualties', 'dead', 'killed', 'injured', 'hp', 'kph', 'mph', 'knots',
];

/** Clock words: minutes after midnight. */
export const CLOCK_WORDS: Readonly<Record<string, number>> = { noon: 720, midday: 720, midnight: 0 };

/**
 * What may stand between a reporting verb and the time of the statement: "said Friday", "told reporters on
 * Monday", "said in a statement late Friday". Reporting verbs themselves are those of attribution.
 */
export const STATEMENT_TIME_GAPS: readonly string[] = [
  // The old wires' "it was reported here today", "officials said here today".
  'here', 'there', 'reporters', 'journalists', 'the press', 'in a statement', 'in an interview', 'in a post', 'in a tweet', 'in a blog post',
  'in a letter', 'on twitter', 'on facebook', 'on instagram', 'on his website', 'on her website', 'on its website',
  'on his blog', 'on her blog',
];

/**
 * Words that put a day's moment near midnight: "late Friday", "Friday night" (the day's end) and "early
 * Saturday", "in the early hours of Saturday" (the next day's start) can tell one moment.
 */
export const DAY_EDGES = {
  lateBefore: ['late', 'late on', 'overnight', 'overnight on', 'before midnight on', 'just before midnight on'],
  lateAfter: ['night', 'evening', 'late'],
  earlyBefore: ['early', 'early on', 'in the early hours of', 'the early hours of', 'before dawn on', 'before dawn',
    'after midnight on', 'just after midnight on'],
  earlyAfter: ['before dawn'],
} as const;

/** A seat on a flight yet to leave: "was booked on a flight to Havana on Monday" is a plan, and one ahead. */
const SEAT_BOOKED: readonly string[] = ['booked on a', 'booked on an'];

/**
 * Words before a time that make it a plan, not what happened: "will be sentenced on Friday", "the trial
 * starts Monday", "is scheduled to open November 20". `due` follows a form of "be" and comes before "to"
 * ("is due to appear"); `be` lists the words that may stand between ("is tentatively scheduled to").
 */
export const PLAN_MARKERS = {
  words: ['will', 'shall', 'scheduled for', 'slated for', 'starts', 'begins', 'opens', 'resumes', ...SEAT_BOOKED],
  /** Endings of a word: "she'll". */
  contracted: ["'ll", '’ll'],
  due: ['due', 'scheduled', 'set', 'expected', 'slated', 'planned', 'poised'],
  be: ['is', 'are', 'was', 'were', 'had been', 'has been', 'have been'],
  between: ['tentatively', 'now', 'also', 'still'],
  /** "was due in Seoul at 6 a.m.", "is expected back on Friday": a plan's place or time, with no verb. */
  dueAt: ['due', 'expected'],
  dueAtNext: ['in', 'at', 'into', 'back', 'on', 'by'],
  /**
   * Verbs of a journey that a plan's "to" leads to, with no "due" between: "were to leave Damascus tonight", "is
   * to fly to Manila on Thursday". After "and", bare, they go on with the plan before them: "were to leave
   * Damascus tonight ..., and fly on to Washington on Wednesday".
   */
  journey: ['leave', 'fly', 'depart', 'arrive', 'land', 'travel', 'return', 'head', 'go', 'visit', 'meet'],
} as const;

/**
 * Plan markers that look ahead of the report ("will", "would", "is due to"), unlike "had been due to": a
 * weekday after one is the next such day, not the last ("the visit would last until Thursday").
 */
export const AHEAD_MARKERS = {
  words: ['will', 'shall', 'would', 'scheduled for', 'slated for', 'starts', 'begins', 'opens', 'resumes', ...SEAT_BOOKED],
  be: ['is', 'are'],
} as const;

/**
 * How a sentence says its happening lasts several days: "a three-day exchange", "a two-day visit", "over
 * three days". `{n}` stands for a number of days, in figures or words.
 */
export const SPAN_OF_DAYS: readonly string[] = ['{n}-day', 'over {n} days', 'over the {n} days', 'over a period of {n} days'];

/**
 * One flight of a series, by its place in it: "The last of the Il-76 aircraft landed ... on Saturday", "The
 * first of 11 Il-76 planes brought 87 military doctors". An airlift's flights land over a few days, so days
 * up to {@link SERIES_SPAN_DAYS} apart are days of one series, no clash.
 */
export const SERIES_PART_WORDS: readonly string[] = ['first', 'second', 'third', 'fourth', 'last', 'final', 'latest'];
export const SERIES_SPAN_DAYS = 3;

/** Words before a time that make it the start ("since October") or the end ("by 1958") of a period. */
export const PERIOD_MARKERS = {
  start: ['since', 'ever since'],
  end: ['by', 'until', 'till'],
} as const;

/**
 * A hijacking's start, right before its time: "was seized on Monday by two men and two women", "had been
 * hijacked on Saturday". The ordeal it starts may end days later ("stormed ... on Tuesday"): such a time starts
 * a period, and clashes only with another start.
 */
export const HIJACK_START = {
  auxiliaries: ['was', 'were', 'had been', 'has been', 'have been', 'been'],
  verbs: ['hijacked', 'seized', 'commandeered', 'taken over'],
} as const;

/**
 * A hijacking's end, before its time: "Indonesian commandos stormed a hijacked Garuda jetliner at Bangkok's Don Muang
 * airport before dawn on Tuesday". The time ends the ordeal that began with the seizure days before.
 */
export const HIJACK_END = {
  verbs: ['stormed', 'raided', 'boarded'],
  objects: ['hijacked'],
} as const;

/**
 * A longer journey the story's flight was a leg of, and the verb of its start, before a time: "on the last leg of a
 * round-the-world flight that began in Oakland, California, in May". The time starts that journey, as "since" starts
 * a period: it dates no moment of the story.
 */
export const JOURNEY_START = {
  nouns: ['flight', 'journey', 'trip', 'tour', 'voyage', 'expedition', 'odyssey'],
  verbs: ['began', 'begun', 'started', 'set off', 'set out'],
} as const;

/**
 * Occasions after the event that a time right after them dates: "at a hearing on Tuesday", "the funeral on
 * Friday", "a news conference Monday". Such a time is of the occasion, not of the event.
 */
export const OCCASIONS: readonly string[] = [
  'hearing', 'arraignment', 'court appearance', 'sentencing', 'funeral', 'funerals', 'burial', 'vigil',
  'memorial', 'memorial service', 'news conference', 'press conference', 'briefing', 'rally', 'protest march',
  // A life's start is no moment of the news: "Page was born on April 22, 1923".
  'born',
];

/**
 * What a journey went to, whose day right after it lies ahead of the journey: "was bound for Nashville, Tenn., on
 * the way to a game Thursday against Middle Tennessee State", in Wednesday's report of Tuesday's crash.
 */
export const JOURNEY_OCCASIONS: readonly string[] = [
  'game', 'games', 'match', 'concert', 'performance', 'fight', 'bout', 'tournament', 'meeting', 'summit', 'conference',
  'dinner', 'speech', 'wedding',
];

/**
 * A court's acts before a time, which date a hearing: "Noriega pleaded not guilty on Thursday in a Miami
 * federal court", hours after the flight that brought him there.
 */
export const COURT_ACTS: readonly string[] = [
  'pleaded not guilty', 'pleaded guilty', 'pleaded innocent', 'pleads not guilty', 'pleads guilty',
  'was arraigned', 'were arraigned', 'is arraigned', 'appeared in court', 'appeared before a judge', 'appeared before judges',
];
export const HEARING_OCCASION = 'hearing';

/**
 * An oath of office before a time, which dates the swearing-in: "was over Missouri aboard Air Force One when Gerald
 * R. Ford was sworn in as President at noon". Not the flight's moment.
 */
export const OATH = {
  verbs: ['sworn in', 'took the oath', 'takes the oath', 'was inaugurated', 'is inaugurated'],
  occasion: 'swearing-in',
} as const;

/**
 * An arrest or a charge before a time, in a sentence about a flight: "Carlos was detained in Khartoum on Sunday and
 * flown out of the country overnight", "Graham was charged today with placing a time bomb ... aboard the plane".
 * The day of the arrest is not the flight's.
 */
export const ARREST = {
  auxiliaries: HIJACK_START.auxiliaries,
  verbs: ['arrested', 'detained', 'captured', 'charged', 'indicted'],
  occasion: 'arrest',
} as const;

/**
 * Verbs that hold or begin an occasion of {@link OCCASIONS} a few words after a time: "Ghana on Thursday began
 * three days of national mourning", "Relatives on Friday held a vigil".
 */
export const OCCASION_HELD_VERBS: readonly string[] = [
  'began', 'begins', 'started', 'starts', 'held', 'holds', 'observed', 'observes', 'marked', 'marks', 'declared', 'declares', 'attended', 'attend',
];

/**
 * Other events a time may belong to by its possessive: "last week's deadly earthquake", "Monday's magnitude
 * 7.5 earthquake". The time dates that event, not the flight that followed it, and dates no sentence.
 */
export const OTHER_EVENTS: readonly string[] = [
  // Not storms or floods: a plane may crash "during Monday's storm", on the storm's day.
  'earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tsunami', 'eruption', 'election', 'elections', 'vote',
  'referendum', 'summit', 'coup', 'inauguration',
];

/**
 * Words before a possessive time that make it the time of what the story's event answers: "struck ... in
 * retaliation for last month's attack". Such a time dates that earlier event ({@link ANSWERED_EVENT}).
 */
export const ANSWERING_BEFORE: readonly string[] = [
  'in retaliation for', 'retaliation for', 'in response to', 'in revenge for', 'revenge for', 'in reprisal for', 'reprisal for',
];
/** The occasion of a time that dates the event answered. */
export const ANSWERED_EVENT = 'event answered';
/** The occasion of a time that dates the search after the event (see {@link AFTERMATH_ACTS}). */
export const SEARCH_OCCASION = 'search';
/**
 * Verbs of a journey that, with an errand of the aftermath after it, answers the event: "Lauda flew to Bangkok
 * on Monday to visit the crash site" (see AFTERMATH_ERRAND_OBJECTS in motion.ts). Its time is of the answer.
 */
export const ERRAND_TRAVEL_VERBS: readonly string[] = [
  'flew', 'flown', 'travelled', 'traveled', 'went', 'rushed', 'hurried', 'arrived', 'headed', 'returned', 'came', 'was sent', 'were sent', 'dispatched',
  // "Commerce Department inspectors left for the scene tonight to investigate the crash".
  'left for', 'set out for',
];
/** The occasion of a time that dates an answer to the event (see {@link RESPONSE_ACTS}). */
export const RESPONSE_OCCASION = 'response';
/** The occasion of a time that dates the order that sent the story's flight (see {@link ORDERS}). */
export const ORDER_OCCASION = 'order';
/**
 * Words before "since" that make its time the start of someone's tenure, told to describe them: "Juvenal
 * Habyarimana, Rwanda's president since 1973". Such a time dates no sentence ({@link TENURE_OCCASION}).
 */
export const TENURE_BEFORE_SINCE: readonly string[] = [
  'president', 'prime minister', 'leader', 'ruler', 'king', 'queen', 'monarch', 'chief', 'head', 'minister', 'governor', 'mayor',
  'chairman', 'chief executive', 'commander', 'in power', 'in office', 'ruled', 'has ruled', 'had ruled', 'led', 'has led', 'had led',
];
export const TENURE_OCCASION = 'tenure';

/**
 * An order that sent the story's flight, right before a time: "Defense Secretary Lloyd Austin ordered the
 * deployment on Friday" of bombers that "arrived in the Middle East on Saturday". The time is the order's
 * ({@link ORDER_OCCASION}), which dates no sentence.
 */
export const ORDERS = {
  verbs: ['ordered', 'approved', 'authorized', 'authorised', 'announced'],
  objects: ['deployment', 'deployments', 'dispatch', 'airlift', 'evacuation', 'mission', 'sending', 'transfer'],
} as const;

/**
 * An earlier happening dated by a time written before its noun, after a word that puts the story after it:
 * "to show solidarity with Israel after the Oct. 7 attack by Hamas". The time dates that happening
 * ({@link ANSWERED_EVENT}), not the story's.
 */
export const PRIOR_EVENT = {
  before: ['after the', 'since the', 'following the', 'in the wake of the', 'in response to the', 'in retaliation for the'],
  nouns: ['attack', 'attacks', 'bombing', 'bombings', 'raid', 'raids', 'invasion', 'massacre', 'assault', 'offensive',
    'incursion', 'uprising', 'coup', 'blast', 'explosion', 'earthquake', 'quake', 'election', 'elections', 'vote', 'summit'],
} as const;

/**
 * Words that make a weekday after them the name of a day of the calendar, no date the report gives: "for Oscar
 * Sunday", "on Black Friday", "Super Tuesday". Case matters.
 */
export const NAMED_DAY_BEFORE: readonly string[] = [
  'Oscar', 'Oscars', 'Super Bowl', 'Easter', 'Palm', 'Black', 'Good', 'Ash', 'Super', 'Cyber', 'Bloody', 'Holy', 'Maundy', 'Shrove', 'Fat',
];

/** How an occasion is shown, where its word is no noun. */
export const OCCASION_NAMES: Readonly<Record<string, string>> = { born: 'birth' };

/**
 * What, right after a time, makes it a moment after the event: "landed in San Antonio early on Friday,
 * hours after she was swapped" dates the landing, which follows the swap.
 */
export const FOLLOW_UP_AFTER: readonly string[] = [
  'hours after', 'a day after', 'days after', 'a few hours after', 'a few days after', 'minutes after', 'a week after',
  'weeks after', 'shortly after', 'soon after', 'the day after', 'two days after', 'three days after',
];

/**
 * The words before "after" of a follow-up within hours of what it follows ("landed on Friday, hours after she
 * was swapped", "minutes after", "shortly after"): what it follows fell on its day or the day before.
 */
export const FOLLOW_UP_SOON: readonly string[] = ['hours', 'minutes', 'shortly', 'soon'];

/**
 * Verbs of a decision or a word given, which after {@link FOLLOW_UP_AFTER} make the clause no happening the
 * story follows up: "landed on Wednesday, a day after President Donald Trump accepted an offer of help"
 * dates the landing, and the day before it is the acceptance's. Statement verbs count too ("a day after
 * the Kremlin said").
 */
export const DECISION_VERBS: readonly string[] = [
  'accepted', 'agreed', 'approved', 'offered', 'ordered', 'decided', 'authorized', 'authorised', 'allowed',
  'asked', 'requested', 'signed', 'invited', 'permitted', 'cleared', 'granted',
  // A court's decision: "flew home to Cuba on Wednesday, hours after the U.S. Supreme Court refused to hear an appeal".
  'refused', 'declined', 'ruled',
];

/**
 * Verbs of naming, which after a time date a statement of who someone was: "The U.S. military on Monday named
 * the three Marines killed". Not an appointment "as" something: "on Friday named Hugh Jackman as the host".
 */
export const NAMING_VERBS: readonly string[] = ['named', 'identified'];

/**
 * Words that lead from a planned time to the next of its plan: "on Monday before formal negotiations on Tuesday",
 * "will meet Foreign Minister Qin Gang on Sunday and top diplomat Wang Yi on Monday".
 */
export const PLAN_LINKS: readonly string[] = ['before', 'then', 'followed by', 'ahead of', 'and'];

/**
 * Verbs of a state that lasted past the event, before a time of its clause: "one remained in hospital on
 * Friday", "five were still missing on Tuesday". The time is of what followed, no moment of the event.
 */
export const LASTING_STATE_BEFORE: readonly string[] = [
  'remained', 'remains', 'remain', 'was still', 'were still', 'is still', 'are still', 'stayed',
  // "The Navy's giant dirigible Macon ... lay tonight at the bottom of the Pacific": where the wreck rests.
  'lay', 'lies',
  // "The 24 crew members ... were safe on Monday": how those of the event fared after it.
  ...['was', 'were', 'is', 'are'].flatMap((be) => [`${be} safe`, `${be} unharmed`, `${be} in good health`, `${be} being held`, `${be} being treated`,
    // "A 9-year-old Dutch boy who was the sole survivor ... was recovering from surgery on Thursday".
    `${be} recovering from`,
    // "The lone survivor ... was in stable condition on Friday".
    ...['stable', 'critical', 'serious', 'good', 'fair', 'satisfactory'].flatMap((how) => [`${be} in ${how} condition`, `${be} in a ${how} condition`])]),
  // What went on past the day it began: "fighting continued into Friday", "the search dragged on into a third day".
  ...['continued', 'went on', 'lasted', 'raged', 'dragged', 'dragged on', 'carried on'].flatMap((verb) => [`${verb} into`, `${verb} until`, `${verb} through`]),
];

/**
 * Where aircraft stood when seen, days after they came, with where between: "Satellite photos showed at least four
 * B-52 bombers parked at the remote British-owned island of Diego Garcia on Friday". A state, as {@link LASTING_STATE_BEFORE}.
 */
export const SEEN_STATE_BEFORE: readonly string[] = ['parked', 'were seen', 'was seen', 'could be seen', 'were visible', 'was visible'];

/** Verbs of examining what the event left: "examined the wreckage", "began sifting through the crater". */
const EXAMINING: readonly string[] = ['examined', 'inspected', 'were examining', 'were inspecting', 'began examining', 'started examining',
  'began inspecting', 'started inspecting', 'began sifting through', 'were sifting through', 'sifted through',
  // "Kazakh investigators on Wednesday studied the flight recorders of a SCAT airline jet that crashed".
  'studied', 'were studying', 'began studying', 'analysed', 'analyzed', 'began analysing', 'began analyzing',
  // "Workers dug through the wreckage of a market on Tuesday as the death toll ... rose".
  'dug through', 'were digging through', 'began digging through'];

/**
 * What searchers did after the event, right after a time, when a clause later in the sentence tells the event
 * itself: "Searchers on Sunday recovered the body of one of the three people killed when a cargo jet crashed".
 * The time is of the search ({@link SEARCH_OCCASION}), which dates no sentence: the event's clause is the story's.
 */

export const AFTERMATH_ACTS = {
  acts: ['recovered', 'retrieved', 'found the wreckage', 'found wreckage', 'found the bodies', 'found the remains', 'located the wreckage',
    // "Navy ships on Thursday found bodies and wreckage in the Andaman Sea from a military plane that disappeared".
    'found bodies', 'found debris', 'found the debris', 'spotted debris', 'spotted wreckage', 'spotted the wreckage',
    // What a craft lost at sea leaves: "Coast Guard cutters ... found an oil slick and bits of wreckage on Lake
    // Michigan today".
    'found an oil slick', 'spotted an oil slick', 'sighted an oil slick',
    // "Rescue workers on Saturday collected body parts from fields and houses where a Bhoja Air plane crashed".
    'collected', 'gathered body parts', 'gathered the remains',
    'reached the wreckage', 'reached the crash site', 'called off the search', 'suspended the search', 'resumed the search',
    'ended the search', 'identified',
    // "Searchers gave up hope today for the 58 persons aboard a Northwest airliner that plunged into Lake Michigan".
    'gave up hope', 'abandoned hope',
    // "Investigators on Friday began recovering the wreckage of a tour helicopter that crashed".
    'began recovering', 'started recovering', 'were recovering', 'began retrieving', 'lifted', 'hoisted', 'pulled',
    // "Rescuers on Friday began bringing down bodies from the mountainside on Svalbard where a Russian Tu-154 slammed".
    'began bringing', 'started bringing', 'were bringing', 'began removing', 'started removing', 'were removing', 'began carrying',
    // The craft or its parts found: "A Marine Corps CH-53E ... was found on Wednesday ... after it went missing",
    // "Search teams on Wednesday found fragments of the four hydrogen bombs carried by the B-52 that crashed".
    'was found', 'were found', 'was located', 'were located', 'found fragments', 'found pieces', 'found parts',
    // "French soldiers on Friday secured the scattered wreckage of an Air Algerie plane ..., where it came down".
    'secured', 'guarded', 'cordoned off',
    // "Investigators on Friday examined the wreckage of a Soviet-era passenger plane that crashed", "Mexican
    // investigators on Wednesday began examining the charred wreckage of an Aeromexico jet that crashed".
    ...EXAMINING,
    // "Airport authorities on Tuesday were still trying to remove a Korean Air jetliner that overshot a runway".
    'were still', 'was still',
    // "Investigators searched the wreckage of a Cypriot jetliner on Monday for clues to why the pilots lost
    // consciousness before the plane crashed": the act may also stand before the time.
    'searched', 'were searching', 'combed', 'scoured',
    // "Federal investigators today began searching the charred wreckage of the jetliner that crashed Saturday night".
    'began searching', 'started searching'],
  /**
   * A search named right after the time, which needs no clause of the event: "joined Moroccan soldiers on Monday
   * in the search for survivors", "on Tuesday searching for the missing".
   */
  searchAfter: ['in the search for', 'in the hunt for', 'searching for', 'to search for',
    // "launched three seaplanes on Monday to join the hunt for Amelia Earhart".
    'to join the search for', 'to join the hunt for', 'to help in the search for', 'to help search for',
    // "Searchers on Tuesday gave up hope of finding survivors".
    'gave up hope of finding', 'abandoned hope of finding', 'gave up the search for', 'gave up searching for'],
  /**
   * Recoveries of what only the event leaves, before or right after the time, which need no clause of the event:
   * "Divers recovered more bodies from the wreckage on Tuesday", "Divers on Thursday recovered the flight data recorders",
   * "Rescue workers on Wednesday brought down the first bodies from Mount Oiz".
   */
  recoveries: ['recovered', 'retrieved', 'pulled', 'found', 'brought up', 'brought down', 'raised'].flatMap((verb) => ['more bodies', 'bodies', 'the bodies', 'the first bodies',
    'more remains', 'the remains', 'the flight recorders', 'the flight data recorder', 'the flight data recorders', 'the black box',
    'the black boxes', 'the cockpit voice recorder', 'both black boxes', 'both flight recorders'].map((what) => `${verb} ${what}`))
    // What only the event left, examined: "German and American investigators began examining the wreckage on Friday".
    .concat(EXAMINING.flatMap((verb) => ['the wreckage', 'the charred wreckage', 'the crater', 'the debris', 'the burned-out wreckage',
      'the twisted wreckage', 'the scattered wreckage'].map((what) => `${verb} ${what}`)))
    // A search that found nothing: "Searchers found no trace on Saturday of the nine passengers".
    .concat(['found no trace', 'found no sign', 'found no further trace', 'found no more bodies'])
    // The wreck of a craft found: "Searchers today found the wreckage of a light plane carrying country singer Jim
    // Reeves". Not "found the wreckage in Trinity Bay", a sentence of the search alone, of its own day.
    .concat(['found', 'located', 'spotted', 'reached'].flatMap((verb) => ['the wreckage of', 'the charred wreckage of', 'the burned wreckage of']
      .map((what) => `${verb} ${what}`)))
    // Those it found alive: "Yasser Arafat survived the crash-landing ..., and rescuers found him on Wednesday".
    .concat(['found him', 'found her', 'found them', 'found the survivors', 'found survivors', 'found him alive', 'found them alive']),
  /**
   * What only the event leaves, recovered in the passive before the time: "The bodies of eight of the 16 men killed
   * ... were brought ashore on Thursday".
   */
  recoveredThings: ['bodies', 'body', 'remains', 'wreckage', 'debris', 'flight recorders', 'flight recorder', 'black box', 'black boxes'],
  recoveredPassive: ['recovered', 'retrieved', 'brought ashore', 'brought up', 'raised', 'found'],
  /**
   * A search ended right after the time, which needs nothing after it: "Searchers on Friday called off the hunt for 16
   * oil workers missing since their helicopter ditched". An ended search is after the event, whatever it sought;
   * "The Coast Guard on Monday suspended its search for nine people missing": the searchers' own search too.
   */
  searchEnded: [...['called off', 'ended', 'abandoned', 'suspended', 'gave up'].flatMap((verb) => ['the', 'its', 'their']
    .flatMap((whose) => [`${verb} ${whose} search`, `${verb} ${whose} hunt`])), 'gave up hope'],
  /** Verbs of searching a place "for" what the event left: "searched the ocean off Long Island for the wreckage". */
  searchedPlace: ['searched', 'scoured', 'combed'],
  /** Words that say those sought were lost, after their names: "the hunt for Amelia Earhart, missing since Friday". */
  lost: ['missing', 'disappeared', 'vanished', 'lost'],
  /**
   * What a search is for: "in the search for survivors"; "searched the burned-out fuselage of Air Canada Flight 797
   * for the source of a fire".
   */
  soughtAfter: ['survivors', 'bodies', 'victims', 'missing', 'wreckage', 'dead', 'remains', 'debris', 'source of', 'cause of', 'clues'],
  /** The clause of the event: "killed when a cargo jet crashed", "a plane that crashed" (the casualty walk reads these verbs too). */
  // "Investigators on Wednesday began examining why a Taiwanese jetliner stalled and crashed".
  // "searched the Pacific on Saturday for Amelia Earhart ..., whose plane disappeared on Friday".
  // "searched the Ermenonville forest for clues to the crash of a Turkish Airlines DC-10".
  links: ['when', 'that', 'which', 'after', 'where', 'before', 'why', 'how', 'whose', 'clues to', 'clues in'],
  /** Words right after an act that make its object why or how the event happened: "began examining why". */
  askedWhy: ['why', 'how', 'what caused', 'the cause of', 'the causes of'],
  events: ['crashed', 'went down', 'came down', 'crash-landed', 'plunged', 'disappeared', 'vanished', 'went missing',
    // "where a Northwest Airlines DC-4 ... is believed to have fallen during a violent storm last night".
    'fell', 'fallen',
    'was shot down', 'were shot down', 'exploded', 'blew up', 'broke up', 'broke apart', 'disintegrated', 'collided', 'ditched', 'overshot', 'overran', 'skidded off',
    'slammed into', 'smashed into', 'ploughed into', 'plowed into', 'slid into', 'slid off', 'fell off', 'veered off', 'went overboard',
    // A part that failed: "after the right landing gear of one of them gave way as it touched down".
    'gave way', 'collapsed',
    // "the crater left by the Learjet 35 that carried U.S. Open champion Payne Stewart to his death".
    'to his death', 'to her death', 'to their deaths',
    // The event by its noun, after clues: "for clues to the crash of a Turkish Airlines DC-10".
    'the crash', 'the disaster', 'the accident'],
} as const;

/**
 * What an operator or authority did in answer to the event, before a time that an "after" clause of the event
 * follows: "Ju-Air suspended all flights of its three vintage planes on Monday after one of them crashed".
 * The time is of the answer ({@link RESPONSE_OCCASION}), which dates no sentence: the crash's clause is the story's.
 */
export const RESPONSE_ACTS = {
  acts: ['suspended', 'grounded', 'halted', 'cancelled', 'canceled', 'closed', 'shut', 'reopened', 'resumed',
    'ordered', 'opened an investigation', 'launched an investigation', 'opened an inquiry', 'launched an inquiry',
    'declared', 'announced', 'banned', 'barred', 'recalled',
    // "Ukraine's defence minister resigned on Monday after the crash of a fighter jet into spectators".
    'resigned', 'quit', 'stepped down', 'was sacked', 'was dismissed', 'dismissed', 'sacked',
    // "SAS kept more than two dozen turboprop planes on the ground on Monday after the landing gear of one of them gave way".
    'kept'],
  link: 'after',
  /** The event named by its noun after the link: "after the crash of a fighter jet". */
  eventNouns: ['the crash', 'the collision', 'the disaster', 'the accident', 'the downing', 'the shooting down'],
  /**
   * Answers that need no clause of the event after them, right after the time: "Peruvian prosecutors on Saturday
   * opened an investigation into the crash".
   */
  inquiries: ['opened an investigation', 'launched an investigation', 'began an investigation', 'opened an inquiry',
    'launched an inquiry', 'opened a probe', 'launched a probe', 'opened a criminal case', 'opened a criminal investigation',
    'launched a criminal investigation',
    // "The Saudi government on Wednesday ordered an investigation into the fire that killed all 301 people".
    'ordered an investigation', 'ordered an inquiry', 'ordered a probe',
    // "The Navy on Tuesday was investigating how a Super Hornet ... slid off the hangar deck".
    'was investigating', 'were investigating',
    // "Air Force investigators on Tuesday began trying to determine why a C-5B transport broke in two".
    ...['began trying', 'were trying', 'was trying', 'tried', 'sought', 'were working', 'worked']
      .flatMap((verb) => ['why', 'what caused', 'how', 'the cause'].map((what) => `${verb} to determine ${what}`)),
    // "Investigators on Monday examined whether ice on the wings caused the crash".
    ...['examined', 'were examining', 'was examining', 'began examining', 'investigated', 'looked into', 'were looking into',
      'studied', 'were studying'].flatMap((verb) => ['whether', 'why', 'what caused', 'how'].map((what) => `${verb} ${what}`))],
  /** An inquiry opened under a describing word: "prosecutors on Tuesday opened a manslaughter investigation". */
  inquiryOpened: ['opened', 'launched', 'began', 'started'],
  inquiryNouns: ['investigation', 'inquiry', 'probe'],
  /**
   * Mourning a country holds for the dead, right before the time ("Algeria began three days of national mourning on
   * Thursday") or a few words after a verb of holding ({@link OCCASION_HELD_VERBS}) right after it ("Ghana on
   * Thursday began three days of national mourning"). Like an inquiry it needs no clause of the event.
   */
  observances: ['mourning'],
  /**
   * Arrests over the event, right after the time: "Police on Saturday arrested two people over the drone sightings
   * that shut Gatwick Airport". Only with what they are over: an arrest may be the story itself.
   */
  arrests: ['arrested', 'detained', 'charged'],
  arrestedOver: ['over the', 'in connection with the'],
  /**
   * Flying barred right after the time, which needs no clause of the event: "The City Council voted today to bar
   * flights over the Loop".
   */
  bansAfter: ['to bar', 'to ban', 'to forbid', 'to prohibit', 'to halt', 'to suspend', 'to ground'],
  bannedFlying: ['flights', 'flying', 'all flights', 'all flying', 'airships', 'aircraft'],
  /** A gathering to honour the dead, a few words after the time: "packed the churches of Martinique on Wednesday to mourn the 152 tourists". */
  tributesAfter: ['to mourn', 'to honour', 'to honor', 'to pay tribute to', 'to pay their respects to', 'to pay homage to', 'to remember'],
  /** Mourning told in a clause right after the time: "Flags flew at half-staff at Fort Campbell on Friday as the Army mourned 248 soldiers". */
  mourningAs: ['mourned', 'mourns', 'grieved', 'paid tribute to', 'remembered'],
  /**
   * Honours paid to the dead, right after the time: "The United Nations on Tuesday mourned Dag Hammarskjold, the
   * secretary-general killed when his airliner crashed". Like an inquiry they need no clause of the event.
   */
  tributes: ['mourned', 'paid tribute to', 'paid tributes to', 'paid their respects to', 'paid homage to', 'honoured', 'honored',
    'buried', 'laid to rest', 'bade farewell to', 'bid farewell to', 'said farewell to', 'said goodbye to'],
} as const;

/**
 * Words of a toll that rose, before the time it rose: "The death toll ... rose to 26 on Saturday" is a day
 * after the crash, no day of it.
 */
export const TOLL_ROSE: readonly string[] = ['rose to', 'has risen to', 'had risen to', 'risen to', 'climbed to', 'increased to', 'reached',
  // Where a tally stood on a later day: "The death toll in Derna stood at 11,300 on Thursday".
  'stood at', 'stands at', 'now stands at'];

/**
 * What a flight's moment may be timed from, which makes "minutes after" no follow-up: "13 minutes after taking
 * off", "minutes after it crossed into Georgian airspace".
 */
export const FLIGHT_START: readonly string[] = [
  'taking off', 'take-off', 'takeoff', 'its take-off', 'its takeoff', 'departure', 'its departure', 'departing', 'leaving',
  'lifting off', 'it took off', 'it left',
  // Those aboard, told by a pronoun: "landed ... this afternoon, about 15 hours after she took off from Harbour Grace".
  ...['she', 'he', 'they'].flatMap((who) => [`${who} took off`, `${who} had taken off`, `${who} left`]),
  // A step of the flight on the way: "crashed on Tuesday, minutes after it crossed into Georgian airspace".
  'it crossed into', 'crossing into', 'it entered', 'entering', 'it crossed', 'it reported', 'it turned back', 'it lost contact',
];

/** Verbs that date the page, not the news: "Posted on June 13, 2013". */
export const PAGE_DATE_VERBS: readonly string[] = ['posted', 'published', 'updated', 'filed'];

/**
 * Verbs of an apology, before or after the time they date: "Soviet officials apologised on Wednesday for the MiG-23
 * that crashed into a farmhouse".
 */
export const APOLOGY_VERBS: readonly string[] = ['apologised', 'apologized', 'apologises', 'apologizes'];

/** Verbs that take issue with an account, and date that statement: "Journalists ... disputed on Monday the government's account". */
export const DISPUTE_VERBS: readonly string[] = ['disputed', 'contested', 'challenged', 'questioned', 'denied', 'rejected'];

/**
 * A disclosure right after a time, which the time dates: "But on Thursday it emerged that the general had flown
 * first to Baden-Baden". The happening disclosed is of another day.
 */
export const DISCLOSED_THAT: readonly string[] = [
  'it emerged that', 'it was revealed that', 'it was disclosed that', 'it was learned that', 'it became known that',
];

/** Verbs of a disclosure right before its time: "The Air Force disclosed today that ...", "revealed on Monday". */
export const DISCLOSING_VERBS: readonly string[] = ['disclosed', 'revealed', 'made public', 'declassified', 'disclosed for the first time'];

/**
 * Word sent in writing, whose receipt dates the news and not what it tells: "Bishop Wright received a telegram from
 * his sons today confirming that they had made four flights on Thursday". Not a call or a radio message, which a
 * crew sends while it flies ("the tower received a distress call at 3:15 p.m.").
 */
export const WRITTEN_WORD: readonly string[] = ['telegram', 'telegrams', 'cable', 'cables', 'cablegram', 'letter', 'letters', 'word'];

/** Verbs of a public stance that date a statement, beside the reporting verbs: "China on Sunday expressed ...". */
export const STATEMENT_VERBS: readonly string[] = [
  ...APOLOGY_VERBS, ...DISPUTE_VERBS,
  'expressed', 'protested', 'condemned', 'criticized', 'criticised', 'demanded', 'urged', 'called on', 'called for',
  'accused', 'rejected', 'welcomed', 'vowed', 'pledged', 'promised', 'threatened',
  // A figure given anew: "Ukrainian authorities on Thursday revised the death toll ... to 14".
  'revised', 'corrected', 'lowered', 'updated',
  // An appeal: "The U.S. military on Monday asked the public for help finding an F-35 fighter jet that went missing".
  'asked the public', 'appealed', 'appealed to',
  // A claim confirmed or not: "India on Thursday did not confirm Pakistan's claim that it had shot down five Indian warplanes".
  'confirmed', 'did not confirm', 'declined to confirm', 'would not confirm', 'refused to confirm', 'denied',
  // A report taken back: "Indonesian officials on Tuesday retracted reports that the wreckage had been found".
  'retracted', 'withdrew', 'took back',
  // Evidence put before the press: "Pakistani officials on Tuesday showed reporters the tail of a U.S. helicopter".
  // Not "The jet on Monday displayed a fault": only what the event left is put on display.
  'showed reporters', 'showed journalists', 'put on display',
  ...['the wreckage', 'wreckage', 'the remains', 'the charred remains', 'the debris', 'debris'].map((what) => `displayed ${what}`),
  // Footage put out: "Ukraine's military intelligence service on Thursday released video of a Russian pilot".
  ...['released', 'published', 'posted', 'showed', 'aired'].flatMap((verb) => ['video', 'a video', 'footage', 'images', 'photographs', 'photos'].map((what) => `${verb} ${what}`)),
];

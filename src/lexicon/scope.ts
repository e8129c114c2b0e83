/**
 * What tells a sentence about another event or time from a sentence about the article's event: cue
 * phrases of recalled history and habit, and the verbs of the event itself (a flight arriving, a plane
 * crashing) that locate the event's date. Data only: src/claims/scope.ts compiles these into patterns.
 */

/** Phrases that put a sentence in the past or make it habitual, with the reason shown in the report. */
export const BACKGROUND_CUES: Readonly<Record<string, string>> = {
  previous: 'previous',
  previously: 'previous',
  'the earlier': 'earlier event',
  'an earlier': 'earlier event',
  'earlier this year': 'earlier this year',
  'earlier this month': 'earlier this month',
  'earlier in the year': 'earlier this year',
  'last year': 'last year',
  'the year before': 'last year',
  'in the past': 'in the past',
  'in recent years': 'in the past',
  'years ago': 'in the past',
  'a history of': 'history',
  'the history of': 'history',
  historically: 'history',
  regularly: 'habitual',
  often: 'habitual',
  routinely: 'habitual',
  frequently: 'habitual',
  repeatedly: 'habitual',
  usually: 'habitual',
  recalled: 'recalled',
  recalls: 'recalled',
  'had blocked': 'earlier event',
  'had already': 'earlier event',
  'had earlier': 'earlier event',
  'had previously': 'previous',
  'for the first time since': 'in the past',
  'the last time': 'in the past',
  // Another aircraft sent to finish the story's flight: "A replacement aircraft took them on to San Francisco",
  // "The ferry flight, which had flown from Mumbai to Magadan".
  ...Object.fromEntries(['replacement plane', 'replacement aircraft', 'replacement flight', 'replacement jet', 'ferry flight']
    .map((words) => [words, 'another flight'])),
  // A plane sent for those the story's flight left stranded: "arrived in Helsinki aboard a Pan Am plane sent to fetch them".
  ...Object.fromEntries(['sent to fetch them', 'sent to pick them up', 'sent to collect them', 'sent to bring them home']
    .map((words) => [words, 'another flight'])),
};

/**
 * Words of {@link BACKGROUND_CUES} that name a span of time the time facet dates, which a lead may say of its
 * own event: a report a year on opens "... caused a Tunisian airliner to ditch off Sicily last year", one two
 * years on "... to plunge into the sea off Beirut two years ago".
 */
export const DATED_BACKGROUND_CUES: readonly string[] = ['last year', 'years ago'];

/**
 * Words that rank the story's event in a history it tops: "the worst air disaster in the history of American
 * sports" claims a record now, and recalls no earlier event.
 */
export const RECORD_WORDS: readonly string[] = [
  'worst', 'deadliest', 'biggest', 'largest', 'greatest', 'longest', 'first', 'only', 'most', 'bloodiest', 'costliest',
];

/**
 * Words of a report that "the earlier" or "an earlier" may qualify without recalling an earlier event:
 * "revising an earlier figure of 640" corrects a count of the article's own event.
 */
export const EARLIER_REPORT_NOUNS: readonly string[] = [
  'figure', 'figures', 'count', 'counts', 'tally', 'estimate', 'estimates', 'toll', 'total', 'number', 'report',
  'reports', 'statement', 'version', 'account', 'claim', 'announcement',
];

/**
 * Parts of the flight's own route that "an earlier" may qualify: "with an earlier stop in Cologne" is a stop of the
 * story's flight, no earlier event.
 */
export const EARLIER_LEG_NOUNS: readonly string[] = ['stop', 'stops', 'stopover', 'stopovers', 'leg', 'legs', 'refuelling stop', 'refueling stop'];
/**
 * Stops of the flight's own route that "had earlier" may tell: "The Airbus A300, Flight 814 from Kathmandu to
 * New Delhi, had earlier stopped in Amritsar and Lahore" is the hijacked flight's route, no earlier event.
 */
export const EARLIER_LEG_VERBS: readonly string[] = [
  'stopped', 'stopped over', 'landed', 'touched down', 'refuelled', 'refueled', 'made a stop', 'made stops', 'made a stopover',
];

/**
 * A party's own earlier word that it has taken back: "reversing its earlier statement that all 47 people on
 * board had survived", "The airline had initially said ...". What the clause then says is superseded.
 */
export const SUPERSEDED_REPORT = {
  /** Verbs that take back an earlier report of one's own, before it: "reversing its earlier statement that". */
  verbs: [
    'reversing', 'reversed', 'reverses', 'correcting', 'corrected', 'corrects', 'revising', 'revised', 'retracting',
    'retracted', 'withdrawing', 'withdrew', 'walking back', 'walked back', 'backtracking on', 'backtracked on',
  ],
  owners: ['its', 'their', 'his', 'her', 'an', 'the'],
  ages: ['earlier', 'initial', 'previous', 'first', 'original'],
  nouns: ['statement', 'statements', 'report', 'reports', 'claim', 'claims', 'account', 'announcement', 'assertion', 'assessment',
    // A figure taken back: "correcting an earlier count of 11 injured".
    'count', 'figure', 'toll', 'tally', 'estimate'],
  /** A report in the past perfect, which a later one has replaced: "had initially said". */
  said: [
    'had initially said', 'had originally said', 'had earlier said', 'had at first said', 'had first said',
    'had initially reported', 'had earlier reported', 'had initially claimed', 'had initially stated',
  ],
} as const;

/**
 * A happening the sentence dates by the time since another: "The fire came a month after the Jeju Air crash at
 * Muan that killed 179 people". What follows "after" is an earlier event.
 */
export const CAME_AFTER = {
  verbs: ['came', 'comes', 'coming'],
  /** Words before the span: "came just weeks after", "comes less than a month after". */
  hedges: ['just', 'only', 'barely', 'less than', 'more than', 'nearly', 'almost', 'some'],
  counts: ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a few', 'several', 'twelve', 'twenty-four', 'forty-eight'],
  // "came less than 24 hours after a Canadian Pacific airliner crashed".
  spans: ['days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year', 'hours', 'hour'],
} as const;

/** Verbs of an earlier delivery when followed, within a few words, by "in <time>": "already sent ... in". */
export const ALREADY_VERBS: readonly string[] = [
  'sent', 'delivered', 'deployed', 'flew', 'dispatched', 'supplied', 'shipped', 'landed', 'visited', 'arrived',
];

/** Verbs of the event itself: the sentences that carry them date the event. */
export const EVENT_VERBS: readonly string[] = [
  'arrive', 'arrives', 'arrived', 'arriving', 'land', 'lands', 'landed', 'landing', 'touch down',
  'touched down', 'touches down', 'crash', 'crashes', 'crashed', 'crashing', 'took off', 'take off', 'taken off',
  'takes off', 'departed', 'departs', 'left', 'flew', 'flown', 'shot down', 'downed', 'exploded',
  'explodes', 'went down', 'go down', 'came down', 'comes down', 'disappeared', 'vanished', 'went missing', 'collided', 'collision',
  // The wires' lead of a craft not yet found: "A ... Tudor IV airliner with 31 persons aboard ... was missing tonight";
  // and its last word: "She was last heard from early Friday off the coast of Tunisia".
  'was missing', 'is missing', 'last heard from', 'lost contact',
  'crash-landed', 'emergency landing', 'was deployed', 'were deployed', 'was sent', 'were sent', 'struck',
  // "The jet, a Boeing 737-800 delivered to the airline in 2011, had aborted a landing".
  'aborted', 'aborts',
  'killed', 'killing', 'injured', 'evacuated', 'delivered', 'carrying', 'carried', 'airlifted',
  // "A Chinese J-16 fighter jet intercepted an Australian P-8 surveillance aircraft ... last month".
  'intercepted', 'intercepts',
  // Off a runway or a deck: "handlers lost control of it on Monday", "skidded off a runway".
  'lost control', 'slid', 'skidded', 'veered off', 'fell off', 'went overboard', 'overshot', 'overran',
  // Into the ground or the water: "The jet plunged to the ground on Friday afternoon".
  'plunged', 'plunge', 'plummeted', 'slammed into', 'nosedived',
  // Down on the water on purpose or not: "ditched off Sicily", "to run out of fuel and ditch".
  'ditch', 'ditched', 'ditches', 'ditching',
  // A strike: "U.S. warships fired 59 Tomahawk cruise missiles at the Shayrat air base early on Friday".
  'fired', 'bombed',
];

/**
 * A journey brought to its end, a few words between: "Qantas completed its first non-stop flight from New York to
 * Sydney yesterday". It narrates as an event's verb does; not "dramas will have completed production".
 */
export const COMPLETED_JOURNEY = {
  verbs: ['completed', 'completes', 'completing'],
  nouns: ['flight', 'flights', 'journey', 'crossing', 'circumnavigation', 'trip', 'leg', 'mission'],
} as const;

/**
 * A journey made, told with its owner's word right after the verb: "The Hughes H-4 flying boat ... made its first and
 * possibly only flight yesterday". It narrates (the nouns are {@link COMPLETED_JOURNEY}'s); not "made no comment".
 */
export const MADE_JOURNEY = {
  verbs: ['made', 'makes', 'making'],
  owners: ['its', 'his', 'her', 'their'],
} as const;

/**
 * Verbs of setting off: a sentence that tells the flight leaving the day before the event's date ("left
 * Wuhan late on Tuesday" of a plane that landed on Wednesday) tells the same flight. A time late in the day
 * a few words after one ("slipped out of his Texas ranch on Wednesday night") fits a landing the next day, and
 * at any hour ("flew into exile on Sunday") a landing told of the next (src/facets/time.ts); within one report, a
 * landing early the next day ("It landed in Jeddah early Saturday") is the journey's.
 */
export const SETTING_OFF_VERBS: readonly string[] = [
  'left', 'leaving', 'took off', 'taking off', 'taken off', 'departed', 'departing', 'set off', 'set out', 'flew out', 'lifted off',
  'slipped out of', 'slipped away from', 'fled', 'flew into exile',
  // A seat taken on the flight that set off: "was put on a plane to the Netherlands the same evening".
  ...['put on', 'put aboard', 'boarded'].flatMap((verb) => ['a plane', 'a flight', 'a jet', 'the plane', 'the flight'].map((craft) => `${verb} ${craft}`)),
];

/**
 * What one leaves that is no place: "Mr Carter, who left office yesterday". After a verb of setting off or an
 * event's verb, no journey and no event.
 */
export const LEFT_NO_PLACE: readonly string[] = ['office', 'power', 'the presidency', 'his post', 'her post', 'the government', 'the cabinet', 'politics'];

/**
 * Words of a series before what it counts, a few words on ("A third Russian military cargo plane", "another
 * batch"): a lead that tells one of a series makes the flights of the days before part of its story.
 */
export const SERIES_WORDS: readonly string[] = [
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'another', 'latest', 'further', 'additional',
];
/** What a series counts, beside the aircraft nouns. */
export const SERIES_NOUNS: readonly string[] = ['flight', 'flights', 'batch', 'batches', 'shipment', 'shipments', 'delivery', 'deliveries', 'consignment'];

/**
 * Reasons given for a flight or deployment: categories with the words that name them, the phrases that
 * frame words as a purpose ("as part of", "in order to"), and how categories relate. Data only:
 * src/facets/purpose.ts compiles these into patterns.
 */

/**
 * An aircraft flown somewhere "to undergo a check", specialists brought "to service military equipment":
 * maintenance, framed by the verb itself.
 */
const UNDERGO_CHECKS = [
  'undergo a check', 'undergo checks', 'undergo maintenance', 'undergo repairs', 'undergo an overhaul',
  'to service military', 'to service the', 'to service equipment', 'to service weapons', 'to service aircraft', 'to service russian-made',
];

/** People flown out of danger: "had airlifted out nonessential staff". */
const AIRLIFTED_OUT = ['airlifted out', 'airlifted them out', 'flown out to safety'];
/** A leader flown in "to meet President Joe Biden at the White House": a visit, framed by the verb itself. */
const LEADER_MEETINGS = ['president', 'prime minister', 'chancellor', 'king', 'queen', 'pope', 'emperor', 'supreme leader']
  .flatMap((title) => [`to meet ${title}`, `to meet with ${title}`]);
/** Troops flown in "to reinforce security at the embassy". */
const MORE_SECURITY = ['to reinforce security', 'to bolster security', 'to beef up security', 'to strengthen security', 'to bring in additional security', 'to boost security'];

/** A craft's work against a fire, said as it crashed: "went down while fighting bushfires". */
const FIREFIGHTING_ACTS: readonly string[] = ['while fighting', 'while battling', 'when fighting', 'when battling'].flatMap((verb) => [
  'fires', 'a fire', 'bushfires', 'a bushfire', 'the bushfires', 'wildfires', 'a wildfire', 'the wildfires', 'forest fires', 'a forest fire',
  'a blaze', 'the blaze', 'blazes',
].map((fire) => `${verb} ${fire}`));

/**
 * Words right before a term that make it a noun of another sense: "took a train to Kyiv", "travelled by train"
 * are no training, and "under heavy military guard" no protection flown in.
 */
export const NOUN_SENSE_BEFORE: Readonly<Record<string, readonly string[]>> = {
  train: ['a', 'the', 'by', 'night', 'overnight', 'special', 'express', 'armoured', 'armored', 'passenger', 'his', 'her', 'their'],
  // "taken away in an ambulance under heavy military guard": how he was held, no reason for the flight.
  guard: ['under', 'heavy', 'military', 'armed', 'police', 'tight', 'close'],
};

/**
 * Nouns right after a term that make it what someone is charged with, no reason for a flight: "escaping possible
 * arrest on espionage charges", "a spying case".
 */
export const CHARGED_AFTER: readonly string[] = ['charge', 'charges', 'case', 'cases', 'trial', 'conviction', 'convictions', 'indictment', 'accusations'];

/** Each category with the words that name it, matched case-insensitively on word boundaries. */
export const PURPOSE_TERMS: Readonly<Record<string, readonly string[]>> = {
  'military-technical cooperation': [
    'military-technical cooperation', 'military technical cooperation', 'technical military cooperation',
    'technical-military cooperation', 'technical military character', 'military-technical character',
    'military technical character', 'MTC', 'military cooperation', 'defence cooperation',
    'defense cooperation', 'security cooperation', 'contracts concluded through', 'arms contracts',
    'defence contracts', 'defense contracts', 'military contracts', 'bilateral agreements',
  ],
  maintenance: [
    'maintenance', 'maintain', 'repair', 'repairs', 'servicing', 'service the', 'service military',
    'service russian-made', 'service equipment', 'service weapons', 'service aircraft', 'overhaul',
    ...UNDERGO_CHECKS,
  ],
  training: ['training', 'train', 'instruct', 'instruction', 'instructors'],
  consultations: [
    'consultations', 'consult', 'talks', 'discuss', 'discussing', 'discussions', 'negotiations', 'negotiate',
    'meetings', 'meet with',
  ],
  exercises: ['exercises', 'exercise', 'drills', 'drill', 'war games', 'manoeuvres', 'maneuvers'],
  evacuation: ['evacuation', 'evacuate', 'evacuating', 'airlift', ...AIRLIFTED_OUT],
  'humanitarian aid': ['humanitarian aid', 'humanitarian assistance', 'humanitarian supplies', 'relief supplies', 'aid delivery', 'medical aid', 'humanitarian',
    'relief goods', 'relief aid', 'disaster relief', 'emergency aid', 'aid supplies', 'aid shipment', 'relief flight', 'relief mission',
    'aid flight', 'aid mission', ...['deliver', 'delivering', 'carry', 'carrying', 'bring', 'bringing', 'fly in', 'flying in'].map((v) => `${v} aid`)],
  'weapons delivery': [
    'weapons delivery', 'arms delivery', 'arms deliveries', 'deliver weapons', 'delivering weapons',
    'deliver arms', 'supply weapons', 'arms supplies', 'weapons supplies', 'arms shipment', 'ammunition',
  ],
  'equipment delivery': ['deliver equipment', 'delivering equipment', 'equipment delivery', 'deliver cargo', 'deliver supplies'],
  // A base or a station kept going: "to provide logistical support", "to supply the base".
  resupply: ['logistical support', 'logistic support', 'logistics', 'resupply', 'resupplying', 'resupplied',
    ...['supply', 'supplying'].flatMap((v) => ['base', 'station', 'outpost', 'garrison', 'troops'].flatMap((n) => [`${v} the ${n}`, `${v} its ${n}`])),
    'supply flight', 'supply flights', 'supply mission', 'supply run'],
  'prisoner exchange': ['prisoner exchange', 'prisoner swap', 'exchange of prisoners', 'swap of prisoners', 'exchange prisoners', 'prisoners exchange'],
  repatriation: ['repatriation', 'repatriate', 'bring home', 'return home'],
  surveillance: ['surveillance', 'espionage', 'spying', 'spy', 'reconnaissance', 'intelligence gathering', 'intelligence-gathering', 'monitor',
    'electronic intelligence', 'signals intelligence', 'electronic reconnaissance'],
  'scientific research': ['weather research', 'meteorological research', 'meteorological', 'weather reconnaissance', 'hurricane hunting', 'scientific research', 'research', 'weather observation', 'weather monitoring'],
  'diplomatic visit': ['official visit', 'state visit', 'diplomatic visit', 'working visit', 'diplomatic mission',
    'goodwill visit', 'friendly visit', 'goodwill mission', 'goodwill tour', ...LEADER_MEETINGS,
    // A pope's trip: "arrived in Baghdad on Friday for the first papal visit to Iraq".
    'papal visit', 'pastoral visit', 'apostolic journey', 'apostolic visit'],
  // Bombers sent "to carry out patrols over the South Pacific", "to fly patrol missions".
  patrol: ['patrol', 'patrols', 'patrolling', 'air patrol', 'air patrols', 'combat patrol', 'combat air patrol'],
  // Aircraft shown at a fair: "will take part in the Africa Aerospace and Defence exhibition".
  'air show': ['air show', 'airshow', 'air shows', 'aerospace exhibition', 'defence exhibition', 'defense exhibition', 'arms fair',
    'arms exhibition', 'defence expo', 'defense expo', 'aerospace and defence exhibition', 'aerospace and defense exhibition'],
  refuelling: ['refuelling', 'refueling', 'refuel'],
  // An aircraft flown to be taken out of service: "was being flown to the boneyard ... to be decommissioned".
  retirement: ['to be retired', 'to be decommissioned', 'decommissioning', 'retirement', 'to be scrapped', 'the boneyard'],
  // A choir or a troupe flown out "to give a concert for the troops".
  performance: ['concert', 'concerts', 'performance', 'performances'],
  'peacekeeping': ['peacekeeping', 'peace-keeping', 'peacekeepers'],
  'firefighting': ['firefighting', 'fight fires', 'fight the fires', 'extinguish', ...FIREFIGHTING_ACTS,
    // "a water-bombing plane", "dropping fire retardant on a blaze".
    'water-bombing', 'waterbombing', 'water bombing', 'fire retardant', 'aerial firefighting'],
  'search and rescue': ['search and rescue', 'rescue operation', 'rescue'],
  // A patient flown out "for treatment": framed by a journey's verb and "for".
  'medical evacuation': ['medical evacuation', 'medevac', 'treatment', 'medical treatment', 'medical care',
    // A leader flown abroad "for routine medical checks".
    'medical checks', 'medical check-up', 'medical checkup', 'medical check-ups', 'medical tests', 'health checks'],
  protection: ['guard', 'protect', 'protection', 'bodyguards', 'personal security', 'security detail', ...MORE_SECURITY],
  // What a government says armed men flown in were for: "part of a plot to overthrow the government".
  coup: ['coup', 'coup attempt', 'overthrow', 'plot to overthrow', 'planning a coup'],
  // The reason a rival government gives: "meant to intimidate the United States".
  'show of force': [
    'show of force', 'intimidate', 'intimidation', 'project power', 'projecting power', 'flex its muscles',
    'flexing its muscles', 'saber-rattling', 'sabre-rattling', 'provoke', 'provocation',
  ],
};

/**
 * Phrases that frame what follows as a purpose. A category word counts only within a few words after one
 * of these (or inside a self-framing phrase such as "contracts concluded through").
 */
export const PURPOSE_FRAMES: readonly string[] = [
  'as part of', 'to discuss', 'for participation in', 'to participate in', 'to take part in',
  'in order to', 'so as to', 'came for', 'come for', 'came to', 'arrived to', 'arrived for', 'flew in for',
  'aimed at', 'purpose', 'purposes', 'contracts', 'is about', 'was about', 'were about', 'intended for',
  'intended to', 'meant for', 'designed for', 'used for', 'was for', 'were for', 'is for', 'are for',
  ...['mainly', 'mostly', 'primarily', 'chiefly', 'largely'].flatMap((w) => [`used ${w} for`, `${w} used for`]),
  'for the purpose of', 'with the aim of', 'with the goal of', 'goal', 'aim', 'mission', 'on a',
  'to conduct', 'to carry out', 'to hold', 'to deliver', 'to evacuate', 'to repatriate', 'to refuel',
  'to help', 'to provide', 'to carry', 'to bring', 'to ferry', 'to transport', 'to support', 'to perform', 'to give', 'under', 'within the framework of', 'in the framework of',
  'in connection with', 'sent for', 'deployed for', 'deployed to', 'sent to', 'are there to', 'is there to',
  'were there to', 'was there to', 'are here to', 'is here to', 'meant to', 'designed to',
  'will carry out', 'will conduct', 'will provide', 'will help', 'will take part in', 'will participate in',
  'would carry out', 'would conduct', 'would take part in', 'would participate in',
  // "a deployment that Moscow said was part of military cooperation".
  'was part of', 'were part of', 'is part of', 'are part of',
];

/**
 * Verbs of a journey: "for" right before a reason, later in the clause of one of these, frames it ("landed
 * in North Korea on July 25 for talks", "flew to Havana for talks on energy").
 */
export const JOURNEY_VERBS: readonly string[] = [
  'arrived', 'arrives', 'landed', 'lands', 'flew', 'flies', 'came', 'comes', 'travelled', 'traveled', 'went', 'headed',
  'touched down', 'was sent', 'were sent', 'was deployed', 'were deployed', 'was flown', 'were flown', 'airlifted',
  // "was heading to Pokhara for maintenance", "took off for Murmansk for repairs".
  'heading', 'heads', 'bound', 'flying', 'took off', 'taking off', 'departed', 'left',
];

/**
 * A journey's way, right before a reason it led to, perhaps after an article and a word or two: "crashed on
 * his way to ceasefire talks with Moise Tshombe", "was en route to a summit".
 */
export const JOURNEY_TO: readonly string[] = [
  'on his way to', 'on her way to', 'on its way to', 'on their way to', 'on the way to', 'en route to',
];

/** Phrases that name a purpose by themselves, framed or not. */
export const SELF_FRAMED: readonly string[] = [
  'contracts concluded through', 'technical military character', 'military-technical character',
  'military technical character', 'prisoner exchange', 'prisoner swap', 'exchange of prisoners', 'spy balloon',
  'reconnaissance mission', 'surveillance mission', 'surveillance flight', 'reconnaissance flight',
  'goodwill visit', 'goodwill mission', 'goodwill tour', 'friendly visit', ...LEADER_MEETINGS,
  'to be retired', 'to be decommissioned', 'to be scrapped',
  'evacuation flight', 'humanitarian flight', 'humanitarian mission', 'repatriation flight', 'relief flight', 'relief mission',
  'aid flight', 'aid mission', ...['deliver', 'delivering', 'carry', 'carrying', 'bring', 'bringing', 'fly in', 'flying in'].map((v) => `${v} aid`),
  ...UNDERGO_CHECKS, ...AIRLIFTED_OUT, ...MORE_SECURITY, ...FIREFIGHTING_ACTS,
  'dropping fire retardant', 'dropping retardant', 'dropping water on',
  'plot to overthrow', 'planning a coup',
];

/**
 * Craft and missions that a reason word right before them names the purpose of: "a weather research
 * balloon", "a surveillance balloon", "a training flight", "a spy plane".
 */
export const PURPOSE_CARRIERS: readonly string[] = [
  'balloon', 'balloons', 'airship', 'airships', 'flight', 'flights', 'mission', 'missions', 'plane', 'planes',
  'aircraft', 'drone', 'drones', 'jet', 'jets', 'helicopter', 'helicopters', 'craft', 'sortie', 'sorties',
  'operation', 'satellite', 'vessel', 'ship',
];

/**
 * Verbs that make an operation an act of its own, not what a flight was for: "ordered a search and rescue
 * operation" after a plane went missing.
 */
export const OPERATION_ACTS: readonly string[] = [
  'ordered', 'orders', 'launched', 'launches', 'launch', 'launching', 'began', 'begun', 'started', 'mounted', 'called off',
  'suspended', 'halted', 'resumed', 'ended', 'scaled back', 'organised', 'organized', 'coordinated', 'led',
];

/** Words after a frame that say the purpose is not known: "the purpose remained unclear". */
export const PURPOSE_UNKNOWN: readonly string[] = [
  'unclear', 'unknown', 'not known', 'not clear', 'not disclosed', 'undisclosed', 'not specified', 'unspecified',
  'remains a mystery', 'not been revealed',
];

/** Categories that include others: a broader reason the narrower ones are part of. */
export const PURPOSE_PARENTS: Readonly<Record<string, string>> = {
  maintenance: 'military-technical cooperation',
  training: 'military-technical cooperation',
  consultations: 'military-technical cooperation',
  'medical evacuation': 'evacuation',
};

/** Pairs of categories that cannot both be the reason for one flight. */
export const PURPOSE_INCOMPATIBLE: readonly (readonly [string, string])[] = [
  ['scientific research', 'surveillance'],
  ['humanitarian aid', 'weapons delivery'],
  ['prisoner exchange', 'weapons delivery'],
  ['evacuation', 'weapons delivery'],
  ['repatriation', 'weapons delivery'],
  ['peacekeeping', 'weapons delivery'],
  ['protection', 'coup'],
];

/**
 * Names of bodies that hold a reason's word and give no reason: a "coast guard plane" is no guard duty,
 * "the civil protection agency" protects no one aboard.
 */
export const NAMES_NOT_REASONS: readonly string[] = [
  'coast guard', 'coastguard', 'national guard', 'border guard', 'border guards', 'republican guard',
  'revolutionary guard', 'revolutionary guards', 'honor guard', 'honour guard', 'guard of honour', 'guard of honor',
  'presidential guard', 'civil guard', 'home guard', 'old guard', 'civil protection', 'environmental protection',
  'consumer protection', 'data protection', 'witness protection', 'customs and border protection',
  // Places named after what is done there: "was part of the training ground".
  'training ground', 'training grounds', 'training camp', 'training camps', 'training centre', 'training center',
  'training area', 'training range', 'exercise area', 'research centre', 'research center', 'research institute',
  // People and bodies of aid: "to carry aid workers" carries people.
  ...['worker', 'workers', 'agency', 'agencies', 'group', 'groups', 'official', 'officials', 'organisation', 'organisations',
    'organization', 'organizations', 'convoy', 'convoys', 'chief'].map((w) => `aid ${w}`),
];

/**
 * Words of a stop on the way, before a reason that is then the stop's, not the flight's: "had stopped to
 * refuel at Sochi", "landed in Anchorage to refuel".
 */
export const STOP_WORDS: readonly string[] = [
  'stopped', 'stopping', 'stop', 'stops', 'stopover', 'stopped over', 'stopped off', 'touched down', 'landed', 'landing', 'put down',
  // A stop asked for: "refused the plane permission to refuel in Lima".
  'permission', 'clearance',
];
/** Reasons that a stop on the way may have, which are no reason of the flight after a word of a stop. */
export const STOP_REASONS: readonly string[] = ['refuelling'];

/**
 * Verbs that compel people on the spot, before "to": "forcing all 176 people on board to evacuate" tells
 * what they had to do, not what the flight was for ("ordered the air force to evacuate" still tells it).
 * Not "forces": "U.S. forces used helicopters to evacuate" names troops.
 */
export const COMPELLING_VERBS: readonly string[] = ['forcing', 'forced', 'compelling', 'compelled'];

/** Words just before a reason that deny it: "not for surveillance", "rather than training". */
export const PURPOSE_NEGATIONS: readonly string[] = ['not', 'rather than', 'instead of', 'no', 'never', 'nor'];


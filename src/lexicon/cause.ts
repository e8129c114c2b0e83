/**
 * Causes given for an incident (a crash, a downing, an explosion): categories with the words that name
 * them, the words that show a sentence is about such an incident, and which causes exclude each other.
 * Data only: src/facets/cause.ts compiles these into patterns.
 */

/**
 * High ground a craft went into, perhaps described by one word, read as a terrain collision: "flew into a
 * mountainside on Ibiza", "slammed into a snow-covered mountain in northern Greece".
 */
export const TERRAIN_INTO = {
  verbs: ['flew', 'flown', 'crashed', 'slammed', 'smashed', 'ploughed', 'plowed'],
  nouns: ['mountain', 'mountainside', 'hillside', 'hill', 'ridge', 'peak', 'cliff', 'cliffside'],
} as const;

/** Parts of an airframe a craft may lose in flight, and how: "the tail fin had broken off" (see CAUSE_TERMS). */
export const AIRFRAME_PARTS: readonly string[] = ['tail fin', 'tail', 'vertical stabilizer', 'vertical stabiliser', 'engine'];
export const AIRFRAME_PART_LOST: readonly string[] = ['broke off', 'had broken off', 'snapped off', 'fell off', 'had fallen off', 'separated', 'had separated'];

/** Each category with the words that name it, matched case-insensitively on word boundaries. */
export const CAUSE_TERMS: Readonly<Record<string, readonly string[]>> = {
  'shot down': [
    'shot down', 'shooting down', 'shoot down', 'shoots down', 'downed by', 'brought down by', 'missile strike', 'friendly fire',
    // "Ukrainian forces had brought the plane down".
    ...['brought', 'bringing', 'shot', 'shooting'].flatMap((verb) =>
      ['the plane', 'the jet', 'the aircraft', 'the airliner', 'the helicopter', 'the drone', 'it'].map((what) => `${verb} ${what} down`)),
  ],
  // Fired on, whether or not it came down: "was shot at from the ground", "came under fire". Read only
  // where an aircraft is named, so "police fired on the crowd" is none.
  'weapons fire': [
    'shot at', 'fired at', 'fired on', 'fired upon', 'came under fire', 'come under fire', 'coming under fire',
    'opened fire on', 'opening fire on', 'open fire on',
    'ground fire', 'air defence fire', 'air defense fire', 'anti-aircraft fire',
    // "no indication of enemy activity": fire from the enemy, said without saying what.
    'enemy fire', 'hostile fire', 'enemy activity',
  ],
  'technical failure': [
    // A part of the airframe lost in flight: "the tail fin had broken off", "saw an engine fall from the plane". Not
    // a wing, which may be a party's.
    ...AIRFRAME_PARTS.flatMap((part) => AIRFRAME_PART_LOST.map((gone) => `${part} ${gone}`)),
    'engine fall from', 'engine fell from', 'engine falling from',
    'technical failure', 'technical fault', 'technical malfunction', 'technical problem', 'technical problems',
    'technical issue', 'technical reasons', 'technical reason', 'mechanical failure', 'mechanical problem', 'mechanical fault', 'malfunction', 'equipment failure',
    'system failure', 'hydraulic failure', 'structural failure', 'landing gear failure',
    // "after its hydraulic system failed".
    'hydraulic system failed', 'hydraulic systems failed', 'hydraulics failed', 'hydraulic problems', 'hydraulic problem',
    'landing gear failed', 'landing gear malfunctioned', 'electrical failure', 'electrical fault',
    // Worn metal: "showed signs of metal fatigue", "was cracked from metal fatigue".
    'metal fatigue', 'fatigue crack', 'fatigue cracks',
  ],
  'engine failure': [
    'engine failure', 'engine fire', 'engine malfunction', 'engine problem', 'engine trouble', 'engine fault',
    'engine caught fire', 'engines caught fire', 'engine had caught fire', 'engines had caught fire', 'engine failed', 'engines failed',
    'engine had failed', 'engines had failed', 'lost power in both engines', 'both engines failed',
    // A witness's word: "one of the plane's engines was on fire before it hit the ground".
    'engine was on fire', 'engines was on fire', 'engines were on fire', 'engine on fire', 'engines on fire',
    'lost both engines', 'lost both its engines', 'lost both of its engines', 'loss of both engines', 'lost an engine',
    'lost engine power', 'loss of engine power',
    // An engine that came apart: "one of its engines blew apart", "an uncontained engine failure".
    'engines blew apart', 'engine blew apart', 'engine exploded', 'engine disintegrated', 'uncontained engine failure',
    'engine blew up', 'engine broke apart', 'engine came apart', 'engine that broke apart', 'engine that blew apart', 'engine that exploded',
  ],
  'pilot error': [
    'pilot error', 'human error', 'crew error', 'pilot mistake', 'crew mistake', 'navigation error',
    // "the pilot likely became disoriented in the clouds".
    'spatial disorientation', 'became disoriented', 'was disoriented',
  ],
  'bad weather': ['bad weather', 'poor weather', 'severe weather', 'heavy fog', 'fog', 'poor visibility', 'low visibility', 'storm', 'thunderstorm', 'rainstorm', 'strong winds', 'wind shear', 'turbulence', 'snowstorm', 'heavy rain', 'heavy rains', 'monsoon rain', 'monsoon rains', 'torrential rain', 'heavy snow', 'blizzard', 'sandstorm', 'dust storm', 'struck by lightning', 'lightning strike', 'hit by lightning',
    // Smoke of fires that hid the ground, as fog does: "in thick smoke from forest fires", "haze so thick that visibility was barely 500 meters".
    'thick haze', 'smoky haze', 'haze so thick', 'thick smoke', 'dense smoke', 'smoke from forest fires',
    // "broke in two in a line squall over the hills of southeastern Ohio".
    'squall', 'line squall', 'squalls',
    // Lightning told as the doer: "investigators said today that lightning may have struck the airliner".
    'lightning struck', 'lightning had struck', 'lightning may have struck'],
  icing: ['icing', 'ice on the wings', 'iced up',
    // "ice may have built up on the wings".
    'ice buildup', 'ice build-up', 'buildup of ice', 'build-up of ice', 'ice accumulation', 'accumulation of ice', 'ice accretion',
    'ice built up', 'ice had built up', 'ice may have built up', 'ice accumulated', 'ice had accumulated', 'ice formed on',
    // Ice shed from the wings into the engines (SAS 751): "clear ice had formed on its wings", "ice that had broken off the wings".
    'ice had formed on', 'clear ice', 'ice broke off', 'ice that broke off', 'ice that had broken off', 'chunks of ice', 'ingested ice',
    // "The pilot had reported ice forming on the wings" (Sol 5428).
    'ice forming on', 'ice was forming on'],
  'bird strike': ['bird strike', 'bird strikes', 'birdstrike', 'hit a flock of birds', 'struck a flock of birds', 'flock of birds',
    'flock of gulls', 'flock of seagulls', 'flock of geese', 'birds were sucked into'],
  'fuel shortage': ['fuel shortage', 'ran out of fuel', 'running out of fuel', 'run out of fuel', 'runs out of fuel', 'had no fuel', 'fuel exhaustion', 'lack of fuel', 'fuel starvation'],
  sabotage: ['sabotage', 'act of sabotage'],
  cyberattack: ['cyberattack', 'cyber attack', 'cyber-attack', 'hacking', 'hackers'],
  'explosion on board': [
    'explosion on board', 'bomb on board', 'onboard explosion', 'on-board explosion', 'explosive device',
    'explosions on board', 'explosion aboard', 'explosions aboard', 'blast on board', 'blast aboard',
    ...['caused by', 'the result of'].flatMap((verb) => ['an explosion', 'explosions', 'a blast', 'blasts', 'a bomb'].map((what) => `${verb} ${what}`)),
    // Not shot down: "brought down by a bomb".
    ...['brought down by', 'downed by', 'destroyed by'].flatMap((verb) => ['a bomb', 'an explosion', 'a blast'].map((what) => `${verb} ${what}`)),
    // And told in the active: "A bomb destroyed the Pan Am jumbo jet".
    ...['a bomb', 'an explosion', 'a blast'].flatMap((what) => ['destroyed', 'brought down', 'downed', 'blew up', 'tore apart']
      // "a bomb had probably destroyed the Korean Air jet".
      .flatMap((verb) => ['', 'had ', 'probably ', 'had probably ', 'likely ', 'had likely '].map((how) => `${what} ${how}${verb}`))),
    // Who put it there: "Seoul accused North Korea of planting the bomb".
    ...['planting', 'planted', 'plant'].flatMap((verb) => ['the bomb', 'a bomb'].map((what) => `${verb} ${what}`)),
    // What a bomb did to the blast or the hull: "a bomb caused the blast that tore a hole in a Daallo Airlines
    // jet", and the pilot's "I think it was a bomb".
    ...['a bomb', 'an explosive device'].flatMap((what) => ['caused', 'tore', 'ripped', 'blew a hole'].map((verb) => `${what} ${verb}`)),
    'it was a bomb', 'bomb hidden in', 'bomb concealed in', 'bomb hidden inside', 'bomb concealed inside', 'laptop bomb',
    // Where it went off aboard, and who put it there, in the passive: "a bomb had exploded in the forward baggage
    // compartment", "a bomb planted by Croatian nationalists"; and a suspicion of one: "officials suspected a bomb".
    // The place it went off is the phrase, not the bomb: each phrase is an alternative the list's one pattern tries at
    // every word, and a bomb's verbs by its holds were 168 of them, which slowed the seed pair by a tenth.
    ...['', 'forward ', 'rear '].flatMap((where) => ['baggage compartment', 'cargo hold', 'luggage hold'].map((part) => `exploded in the ${where}${part}`)),
    'a bomb planted by', 'the bomb planted by', 'bomb planted aboard', 'bomb planted on board', 'suspected a bomb', 'suspect a bomb',
    'high explosive', 'plastic explosive', 'plastic explosives', 'Semtex',
    // The bombs of the 1950s: "placing a time bomb in his mother's luggage", "25 sticks of dynamite in a suitcase".
    // Not a fleet called "a ticking time bomb".
    ...['placing', 'placed', 'planting', 'planted'].map((verb) => `${verb} a time bomb`), 'time bomb exploded', 'time bomb aboard',
    'sticks of dynamite',
    // What investigators find of a bomb: "found traces of explosives in the wreckage".
    'traces of explosives', 'traces of explosive', 'traces of foreign explosives',
  ],
  collision: [
    'mid-air collision', 'midair collision', 'collided with', 'collision with', 'collided in midair', 'collided in mid-air',
    'collided', 'mid-air crash', 'midair crash', 'collides with', 'collide with', 'colliding with', 'after colliding',
    // "A Russian Su-27 struck the propeller of a U.S. MQ-9 Reaper": one aircraft hitting another's parts.
    ...['struck', 'hit', 'clipped'].flatMap((verb) => ['the propeller', "the drone's propeller", 'its propeller', 'the wing', 'its wing', 'the tail', 'its tail'].map((what) => `${verb} ${what}`)),
    'came into contact with', 'come into contact with', 'coming into contact with', 'physical contact with',
  ],
  // Brought down by how it was flown, by the other party's account: "crashed after sharp manoeuvring".
  'own manoeuvring': [
    ...['sharp', 'abrupt', 'its own sharp', 'its own'].flatMap((how) => ['manoeuvring', 'maneuvering', 'manoeuvres', 'maneuvers', 'manoeuvre', 'maneuver'].map((w) => `${how} ${w}`)),
  ],
  // Flown into the ground or something on it.
  'terrain collision': [
    'hit power lines', 'hitting power lines', 'struck power lines', 'clipped power lines', 'hit a mountain',
    'hit a mountainside', 'flew into a mountain', 'crashed into a mountain', 'crashed into a mountainside',
    'controlled flight into terrain', 'hit a hillside', 'clipped a tree', 'hit trees', 'flew into the side of a mountain',
  ],
  // Flown into the ground on purpose by someone at the controls: "deliberately flew the plane into the ground".
  'deliberate crash': [
    'deliberately crashed', 'crashed deliberately', 'intentionally crashed', 'crashed intentionally', 'deliberately downed',
    ...['flew', 'flown', 'sent', 'steered', 'put', 'pointed', 'dived', 'plunged'].map((verb) => `deliberately ${verb}`),
    ...['the plane', 'the jet', 'the aircraft', 'the airliner', 'it'].map((what) => `crashed ${what} on purpose`),
    'pilot suicide', 'murder-suicide', 'suicide by pilot',
    // What a board finds: "a deliberate act by the pilot", "consistent with intentional pilot action".
    ...['deliberate', 'intentional'].flatMap((how) => [`${how} pilot action`, `${how} action by the pilot`, `${how} act by the pilot`,
      `${how} act of the pilot`, `${how} action by the captain`, `${how} act by the captain`, `${how} act by the co-pilot`, `${how} action by the co-pilot`]),
    ...['co-pilot', 'copilot', 'captain', 'pilot'].map((who) => `locked the ${who} out of the cockpit`),
  ],
  'electronic warfare': ['electronic warfare', 'jammed', 'jamming', 'signal jamming', 'GPS jamming', 'electronic jamming'],
  // A fire in the craft, of no stated origin: "a fire in the cargo hold".
  'fire on board': ['fire on board', 'fire aboard', 'in-flight fire', 'inflight fire', 'cabin fire', 'cargo fire', 'cockpit fire',
    // Smoke a crew reports is of a fire: "after the crew reported smoke in the cabin".
    'smoke in the cabin', 'smoke in the cockpit', 'smoke in the cargo hold', 'smoke on board', 'smoke aboard', 'smoke filled the cabin',
    'fire in the cargo hold', 'fire in the cabin', 'fire in the cockpit', 'fire broke out on board', 'fire broke out in the cabin',
    // What a crew radios: "The pilot had radioed that the cabin was on fire".
    'cabin was on fire', 'cabin is on fire', 'cockpit was on fire', 'cockpit is on fire', 'cargo hold was on fire'],
  terrorism: ['terrorist attack', 'terror attack', 'act of terrorism', 'terrorism', 'terrorist act', 'act of terror'],
  // Why a flight was diverted or grounded: a threat, not an explosion.
  // "a report that there was a bomb on board" is a threat too: the report is read before the bomb.
  'bomb threat': [
    'bomb threat', 'bomb threats', 'bomb scare', 'bomb alert', 'bomb warning', 'bomb hoax', 'report of a bomb', 'reports of a bomb',
    'report that there was a bomb', 'reports that there was a bomb', 'warning of a bomb', 'threat of a bomb',
    'possible bomb', 'suspected bomb', 'alleged bomb',
  ],
  'security threat': ['security threat', 'security threats', 'security alert', 'security scare'],
  // Something from outside the aircraft, said without saying what: a downing or jamming is a kind of it.
  'external interference': ['external interference', 'outside interference', 'external impact', 'external physical and technical interference'],
  // A blast on the ground blamed on a strike from the air, or on a rocket that fell short.
  'air strike': ['air strike', 'air strikes', 'airstrike', 'airstrikes', 'air raid', 'bombing raid', 'aerial bombardment'],
  'misfired rocket': [
    'misfired rocket', 'rocket misfired', 'rocket that misfired', 'failed rocket launch', 'errant rocket', 'stray rocket',
    'rocket that fell short', 'misfire',
  ],
};

/**
 * Categories that are kinds of another: an engine failure is a technical failure, a downing is a kind of
 * being fired on. Chains hold: a downing is also outside interference.
 */
export const CAUSE_PARENTS: Readonly<Record<string, string>> = {
  'engine failure': 'technical failure',
  icing: 'bad weather',
  'explosion on board': 'sabotage',
  'bomb threat': 'security threat',
  'shot down': 'weapons fire',
  'weapons fire': 'external interference',
  'electronic warfare': 'external interference',
};

/**
 * Causes that, in a sentence giving the key one, explain it rather than compete with it: "Iran admitted
 * it had shot down the plane, citing human error" (the error is the air defence crew's).
 */
export const CAUSE_EXPLAINS: Readonly<Record<string, readonly string[]>> = {
  // "shot down by Syrian forces responding to an Israeli air strike": the strike is what they fired at.
  'shot down': ['pilot error', 'air strike'],
};

/** Pairs of causes that cannot both explain one incident. */
export const CAUSE_INCOMPATIBLE: readonly (readonly [string, string])[] = [
  ['shot down', 'technical failure'],
  ['shot down', 'engine failure'],
  ['shot down', 'pilot error'],
  ['shot down', 'bad weather'],
  ['shot down', 'icing'],
  ['shot down', 'bird strike'],
  ['shot down', 'fuel shortage'],
  ['shot down', 'explosion on board'],
  ['explosion on board', 'technical failure'],
  ['sabotage', 'technical failure'],
  ['sabotage', 'pilot error'],
  ['terrorism', 'technical failure'],
  ['air strike', 'misfired rocket'],
  ['external interference', 'bird strike'],
  ['external interference', 'technical failure'],
  ['external interference', 'engine failure'],
  ['external interference', 'pilot error'],
  ['collision', 'own manoeuvring'],
  ['deliberate crash', 'technical failure'],
  ['deliberate crash', 'engine failure'],
  ['deliberate crash', 'pilot error'],
  ['deliberate crash', 'bad weather'],
  ['deliberate crash', 'icing'],
  ['deliberate crash', 'bird strike'],
  ['deliberate crash', 'fuel shortage'],
  ['deliberate crash', 'shot down'],
  ['deliberate crash', 'explosion on board'],
  ['shot down', 'own manoeuvring'],
];

/** Categories read only in a sentence that names an aircraft. */
export const CAUSES_OF_AIRCRAFT_ONLY: readonly string[] = ['weapons fire'];

/** Words that show a sentence is about an aircraft incident or an explosion, whose cause counts. */
export const INCIDENT_TERMS: readonly string[] = [
  'crash', 'crashed', 'crashes', 'crash-landed', 'plane', 'planes', 'airplane', 'aeroplane', 'turboprop', 'aircraft', 'airliner', 'jet', 'jets',
  'helicopter', 'helicopters', 'drone', 'drones', 'flight', 'airship', 'balloon', 'went down', 'go down',
  // "It came down in a cornfield near the airport during a storm": a craft named by a pronoun. Not "prices came
  // down", "ditched the plan".
  'it came down', 'it had come down', 'it ditched', 'it had ditched',
  'shot down', 'downed', 'explosion', 'exploded', 'blast', 'accident', 'disaster', 'incident', 'emergency landing',
  // Those who look into the incident: "investigators were looking at human error and technical failure".
  'investigators', 'investigation',
  'fighter', 'bomber', 'pilot', 'pilots', 'crew', 'runway', 'take-off', 'takeoff',
  // "Its captain had reported a fire in the cargo hold before radio contact was lost".
  'captain', 'radio contact',
  // A strike or a rocket is an incident in itself: "pointed to a failed rocket launch, not an air strike".
  'air strike', 'airstrike', 'air raid', 'misfired', 'misfire', 'failed rocket launch',
  // A cause named as such: "An engine fire was the likely cause, the ministry said".
  'likely cause', 'probable cause', 'possible cause',
];

/**
 * What "brought it down" when a cause is its subject, not a nation's forces: "a fire may have brought it down",
 * "a bomb brought the jet down". Each noun with the category it gives.
 */
export const CAUSE_SUBJECTS: Readonly<Record<string, string>> = {
  fire: 'fire on board', 'in-flight fire': 'fire on board', bomb: 'explosion on board', explosion: 'explosion on board',
  blast: 'explosion on board', storm: 'bad weather', thunderstorm: 'bad weather', 'bird strike': 'bird strike', ice: 'icing',
};

/**
 * Who lands an aircraft, as the subject of "brought the plane down": "Captain Robert Piche brought the plane down at
 * an air base" is a landing, not a downing.
 */
export const FLIGHT_CREW_SUBJECTS: readonly string[] = ['pilot', 'pilots', 'captain', 'co-pilot', 'copilot', 'crew', 'aviator', 'aviators'];
/** Words right after "brought the plane down" that make it a landing: "brought the jet down safely". */
export const LANDING_AFTER_BROUGHT: readonly string[] = ['safely', 'on the runway', 'on a runway', 'at the airport', 'at an airport',
  'at an air base', 'at the air base', 'at an airfield', 'at the airfield'];
/** Words of praise before "bringing the plane down": "was praised for bringing the plane down" tells a landing. */
export const PRAISE_BEFORE_BROUGHT: readonly string[] = ['praised for', 'hailed for', 'credited with', 'commended for', 'lauded for'];

/**
 * Parts of an aircraft that jam by themselves: "a jammed horizontal stabilizer", "the landing gear jammed". A
 * part's jam is a technical failure, not electronic warfare.
 */
export const JAMMING_PARTS: readonly string[] = [
  'stabilizer', 'stabiliser', 'elevator', 'elevators', 'rudder', 'aileron', 'ailerons', 'flap', 'flaps', 'trim', 'jackscrew',
  'landing gear', 'gear', 'door', 'doors', 'controls', 'control', 'throttle', 'throttles', 'valve', 'brakes', 'wheel', 'wheels',
];

/** Active verbs that are a downing when a nation's forces do them to an aircraft: "Syrian air defences hit the plane". */
export const ACTIVE_DOWNING_VERBS: readonly string[] = ['downed', 'hit', 'struck', 'destroyed', 'brought down', 'shot down'];

/**
 * "Ukraine had fired two missiles at the aircraft": a verb of firing, a weapon, then "at" an aircraft is
 * the aircraft fired on (weapons fire), whether or not it was hit.
 */
export const FIRING_VERBS: readonly string[] = ['fired', 'launched', 'fires', 'launches', 'firing', 'launching'];
export const FIRED_WEAPONS: readonly string[] = ['missile', 'missiles', 'rocket', 'rockets', 'shots', 'shells', 'rounds', 'flares'];

/** "Moscow accused Ukraine of shooting the plane down": the accused is the doer, not the accuser. */
export const ACCUSING_VERBS: readonly string[] = ['accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming'];

/**
 * Participles that describe a doer and end its name: "Ethiopian troops stationed in the area", "Ethiopian
 * troops serving with the African Union mission in Somalia shot down".
 */
export const DOER_PARTICIPLES: readonly string[] = ['stationed', 'serving', 'based', 'deployed', 'operating', 'posted', 'fighting'];

/** "hit by" and "struck by" mean a downing only with one of these within a few words. */
export const HIT_BY: readonly string[] = ['hit by', 'struck by', 'targeted by', 'attacked by'];
/** "hit by gunfire while landing": what hits a craft without downing it, unlike a missile. */
export const FIRE_THAT_DAMAGES: readonly string[] = ['gunfire', 'fire', 'small-arms fire', 'machine-gun fire', 'bullets'];
/** "damaged by Russian air defence fire": fired on and hit, not said to be downed. */
export const DAMAGED_BY: readonly string[] = ['damaged by', 'peppered by', 'riddled by', 'pierced by'];
export const WEAPON_WORDS: readonly string[] = [
  'missile', 'missiles', 'rocket', 'rockets', 'air defence', 'air defense', 'anti-aircraft', 'surface-to-air',
  'fighter', 'fighters', 'fighter jet', 'interceptor', 'drone', 'artillery', 'gunfire', 'fire', 'shell', 'shells',
];

/**
 * Words of a search or a recovery and of its halting, before "because of" and a cause: "ended its attempt to recover the
 * wreckage because of bad weather", "the search was suspended due to strong winds". The cause is the search's.
 */
export const SEARCH_HALTED_BY = {
  searches: ['recover', 'recovering', 'recovery', 'search', 'salvage', 'retrieve', 'retrieval', 'rescue operation', 'rescue efforts'],
  halts: ['ended', 'ending', 'suspended', 'suspending', 'halted', 'halting', 'called off', 'calling off', 'abandoned', 'abandoning',
    'stopped', 'stopping', 'hampered', 'delayed', 'postponed', 'paused'],
};

/**
 * Words that rule out (or leave open) whatever their clause goes on to say, however far: "had no information to suggest
 * that a surface-to-air missile had brought the jet down". The clause ends at a comma or at "and", "but":
 * "said there was no evidence of that and blamed a technical failure".
 */
export const CLAUSE_NEGATIONS: readonly string[] = [
  'no information to suggest', 'no information suggesting', 'no indication', 'no evidence', 'nothing to suggest',
  'no sign', 'no reason to believe', 'no reason to think', 'did not believe', 'does not believe', 'do not believe',
  // A doubt said in the first person: "I don't think it was a bomb".
  ...['do not', 'does not', 'did not', "don't", "doesn't", "didn't", 'don’t', 'doesn’t', 'didn’t'].flatMap((not) => [`${not} think`, `${not} believe`]),
  // "denied that its jets had come into contact with the drone".
  'denied that', 'denies that', 'deny that', 'denied claims that', 'denied reports that',
  // An open question asserts nothing: "It was not immediately clear whether the helicopters had collided".
  'not immediately clear whether', 'not clear whether', 'unclear whether', 'not known whether', 'did not say whether',
  'would not say whether', 'declined to say whether', 'too early to say whether', 'too early to tell whether', 'too early to know whether',
  'too soon to say whether', 'too soon to tell whether', 'too soon to know whether', 'studying whether', 'were studying whether',
  'investigating whether', 'examining whether', 'looking into whether', 'trying to determine whether', 'trying to establish whether',
  // Speculation asserts nothing: "raising speculation that it was hit by a missile".
  'speculation that', 'speculated that', 'rumours that', 'rumors that',
];

/**
 * Words after a cause that rule it out or leave it open, following "was", "is", "has been", "were being"
 * and the like, a few words on: "a terrorist attack was considered unlikely", "sabotage has been ruled out".
 */
export const CAUSE_DENIALS_AFTER: readonly string[] = [
  'considered unlikely', 'deemed unlikely', 'seen as unlikely', 'unlikely', 'ruled out', 'excluded', 'not among',
  'not considered', 'not being considered', 'not suspected', 'not the cause', 'not behind',
  // Left open: "possible pilot error or a technical fault were being examined".
  'examined', 'investigated', 'looked into',
];

/**
 * Words after a cause, in its clause, that leave it one of several possible ones: "Investigators were looking at
 * technical failure and pilot error as possible causes". Not "likely": "the likely cause" is given.
 */
export const CAUSE_LEFT_OPEN_AFTER: readonly string[] = [
  'as possible causes', 'as a possible cause', 'as possible factors', 'as a possible factor', 'as potential causes',
  'as a potential cause', 'among possible causes', 'among the possible causes',
];

/** What an active downing may have as its object that is no aircraft: "had shot down three cruise missiles". */
export const NOT_AIRCRAFT_TARGETS: readonly string[] = [
  'missile', 'missiles', 'cruise missiles', 'rocket', 'rockets', 'shell', 'shells', 'projectile', 'projectiles',
];

/** A passive whose subject is none of the craft, which rules the cause out: "None was shot down over Japan". */
const NONE_WAS: readonly string[] = ['none was', 'none were', 'none had been', 'none has been', 'none of them was', 'none of them were',
  'neither was', 'neither had been'];

/**
 * Words that rule a cause out in so many words, before it ("investigators ruled out an engine fire", "no sign
 * of a bomb") or after it ("sabotage has been ruled out"). Such a cause is kept as ruled out: it clashes with
 * the other side's word that it was the cause. A bare "not" or "rather than" only drops it.
 */
export const CAUSE_RULINGS_OUT = {
  before: ['ruled out', 'rules out', 'rule out', 'ruling out', 'no sign of', 'no signs of', 'no evidence of', 'no indication of', 'excluded',
    // "there was no sign that terrorism was involved".
    'no sign that', 'no signs that', 'no evidence that', 'no indication that', ...NONE_WAS],
  after: ['ruled out', 'excluded'],
} as const;

/** Words before a cause that rule it out: "not shot down", "ruled out sabotage". */
export const CAUSE_NEGATIONS: readonly string[] = [
  'not', 'ruled out', 'rules out', 'rule out', 'ruling out', 'denied', 'denies', 'deny', 'no sign of', 'no evidence of', 'no',
  'rather than', 'instead of', ...NONE_WAS,
];

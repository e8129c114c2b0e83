/**
 * Movement and incident cues: the words that make a place a point of a route ("set off from X",
 * "made a stopover in Y", "landed at Z") or the site of an incident ("crashed near X"). Data only.
 */

import { AIRCRAFT_MAKERS, AIRCRAFT_NOUNS } from './aircraft.js';

/** What a place after a cue is to the flight. */
export type RouteRole = 'departure' | 'stopover' | 'arrival' | 'incident';

export interface MotionCue {
  /** The cue in its written forms. */
  words: readonly string[];
  /** The role of a place after each preposition ("from" -> departure). */
  preps: Readonly<Record<string, RouteRole>>;
  /** The role of a place right after the cue, without a preposition ("left Moscow", "via Dakar"). */
  direct?: RouteRole;
  /** How many words may stand between the cue and its preposition, where fewer than the usual seven. */
  maxGapWords?: number;
  /** Only a town, an airport or a base counts, not a country or a region: "planes from Russia" says nationality. */
  settlementsOnly?: true;
  /** A town is near the site, not the site: where a craft was lost from view, not where it came down. */
  near?: true;
}

const FROM = { from: 'departure', 'out of': 'departure' } as const;
/** "took off for Murmansk", "departed for Moscow": where a flight set off to. */
const SET_OFF = { ...FROM, for: 'arrival' } as const;
/** "arrived in Caracas", and "arrived from Syria": where it came from. */
const ARRIVE = { in: 'arrival', at: 'arrival', to: 'arrival', into: 'arrival', on: 'arrival', from: 'departure' } as const;
const TOUCH = { ...ARRIVE, outside: 'arrival', near: 'arrival', 'not far from': 'arrival', 'close to': 'arrival' } as const;
const STOP = { in: 'stopover', at: 'stopover', on: 'stopover' } as const;
/** "300 km north of Moscow": the place a distance is measured from. */
export const BEARING_PREPOSITIONS: readonly string[] = [
  'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of',
  'north-east of', 'north-west of', 'south-east of', 'south-west of', 'from',
];
/** A fall into the ground or the water, or beside a place. */
const PLUNGE_VERBS: readonly string[] = ['plunged', 'plunging', 'plunges', 'plunge', 'plummeted', 'plummeting', 'nosedived', 'nose-dived', 'slammed', 'slamming'];
/** A fall into something, then where that was: "plunged into a crowd of spectators in Reno". */
const PLUNGED_INTO: readonly string[] = ['plunged', 'plunging', 'plummeted', 'plummeting', 'nosedived', 'nose-dived', 'slammed', 'slamming', 'nosed',
  'plowed', 'plowing', 'ploughed', 'ploughing']
  .map((verb) => `${verb} into`);
const INCIDENT: Readonly<Record<string, RouteRole>> = {
  in: 'incident', at: 'incident', near: 'incident', outside: 'incident', inside: 'incident', over: 'incident', off: 'incident',
  into: 'incident', on: 'incident', 'not far from': 'incident', 'close to': 'incident',
  ...Object.fromEntries(BEARING_PREPOSITIONS.map((p) => [p, 'incident' as const])),
};

/**
 * Open ground a landing may come down on, between the cue and the place: "landed in a field near the village
 * of Kamenka" is where an emergency landing happened, not where the flight arrived.
 */
export const OPEN_GROUND: readonly string[] = [
  'field', 'fields', 'wheat field', 'cornfield', 'meadow', 'farmland', 'farm field', 'paddock', 'pasture', 'forest',
  // "slammed into a mountainside near Aleknagik".
  'hillside', 'mountainside', 'hilltop', 'ridge',
  'highway', 'motorway', 'road', 'beach', 'frozen lake', 'river bank', 'riverbank', 'swamp', 'marsh',
  // Water: "plunged into the sea off Sochi", "landed in the river near the airport".
  'sea', 'water', 'waters', 'river', 'lake', 'bay', 'ocean',
];

/** Words that describe open ground before its noun: "crashed into a muddy field", "in an open field near". */
export const GROUND_DESCRIBERS: readonly string[] = [
  'open', 'muddy', 'empty', 'snowy', 'snow-covered', 'wooded', 'nearby', 'grassy', 'soggy', 'ploughed', 'plowed',
  'flooded', 'frozen', 'dense', 'rice', 'maize', 'sugarcane', 'farm', 'vacant', 'barren', 'remote',
];

/** High ground named after a place flown into: "flew into the Stadlerberg hill" is a crash, no arrival. */
export const TERRAIN_NOUNS: readonly string[] = ['hill', 'hills', 'mountain', 'mountains', 'mountainside', 'hillside', 'ridge', 'peak', 'volcano', 'cliff', 'cliffs', 'slope', 'slopes'];

/** Cues of a landing: on water ("landed in the Hudson River") they place an incident, not an arrival. */
export const LANDING_CUES: readonly string[] = ['landed', 'land', 'lands', 'landing', 'touched down', 'touch down', 'touches down', 'touching down'];

/**
 * Ways of travel on land: a journey by them is no flight's leg ("a 60-hour train journey from Pyongyang", "the
 * trip from Pyongyang by train through China"). Not a ship's, nor a convoy's: an evacuation by sea or road
 * goes where the story's flights go ("leaving Port Sudan aboard a naval ship bound for ... Jeddah").
 */
export const GROUND_MODES: readonly string[] = ['train', 'armoured train', 'armored train', 'rail', 'road', 'car', 'bus', 'motorcade', 'overland'];

/**
 * Words of a journey apart from the story's flight, in the cue's clause: "he was travelling to Senegal separately
 * from the Netherlands", "flew to Dakar on a separate flight".
 */
export const SEPARATE_JOURNEY: readonly string[] = [
  'separately', 'independently', 'on a separate flight', 'on another flight', 'on a different flight', 'on a later flight',
  'on an earlier flight', 'on a commercial flight',
];

/**
 * Cues of an approach to land, a verb or a phrase whose place is where the flight was about to land: "as it
 * approached Maputo", "crashed on its approach to Perm".
 */
export const APPROACH_CUES = {
  verbs: ['approached', 'approaching', 'approaches'],
  phrases: ['on approach to', 'on its approach to', 'on final approach to', 'on its final approach to', 'in its approach to',
    // "crashed in fog as it came in to land at Luxembourg airport", "while descending toward Anchorage International Airport".
    'came in to land at', 'coming in to land at', 'came in to land in', 'coming in to land in',
    'descending toward', 'descending towards', 'descended toward', 'descended towards', 'descending into', 'descended into'],
} as const;

/** A run a plane flies as a matter of course: "on its regular overnight run from Louisville to Birmingham". */
export const ROUTINE_RUNS: readonly string[] = [
  'regular run', 'daily run', 'nightly run', 'overnight run', 'scheduled run', 'routine run', 'cargo run', 'mail run', 'shuttle run',
];

/**
 * Nouns of one stage of a longer flight: "on the Kuala Lumpur-Perth leg of a flight from London to Auckland". The
 * places of a leg are stops of the whole flight, wherever its ends lie.
 */
export const LEG_NOUNS: readonly string[] = ['leg', 'legs', 'sector'];

export const MOTION_CUES: readonly MotionCue[] = [
  // "the leg from Kuala Lumpur to Perth": the places of a stage (made stops of the flight in src/text/places.ts).
  { words: LEG_NOUNS, preps: { from: 'departure', to: 'arrival', between: 'departure' }, maxGapWords: 1 },
  // The craft itself, with "from" right after it or after its type: "the Boeing 737-800 from Istanbul plunged
  // into a field", "the plane from Dubai"; "two planes from Russia" are Russian. First, so that a word any
  // other cue also has is that cue's.
  {
    words: [...Object.keys(AIRCRAFT_NOUNS), ...AIRCRAFT_MAKERS.flatMap((m) => m.aliases)],
    preps: FROM,
    maxGapWords: 1,
    settlementsOnly: true,
  },
  { words: ['set off', 'sets off', 'setting off', 'set out', 'sets out', 'flew in', 'flown in', 'flying in', 'came in'], preps: SET_OFF },
  // A take-off is from a place, or at it: "as it began its takeoff at Manchester airport", "took off in Moscow".
  {
    words: ['took off', 'take off', 'takes off', 'taking off', 'taken off', 'took-off', 'takeoff', 'take-off', 'lifted off', 'lifts off'],
    preps: { ...SET_OFF, at: 'departure', in: 'departure' },
  },
  // "flown out of Wuhan", "flew out from Kabul".
  { words: ['flew out', 'flown out', 'flying out', 'flies out'], preps: { ...SET_OFF, of: 'departure' } },
  { words: ['launched', 'was launched', 'were launched', 'evacuated'], preps: FROM },
  // "The flight originated in Latakia".
  { words: ['originated', 'originating', 'originates'], preps: { from: 'departure', 'out of': 'departure', in: 'departure', at: 'departure' } },
  // Those carried out of a place: "carried 823 Afghans out of Kabul", "took 300 people out of Kabul".
  // And where to: "was taking 17 technicians to Pokhara".
  // And where from: "was carrying 144 passengers and six crew from Barcelona"; not "pulled from the wreckage".
  // "was bringing coal miners and their families to Barentsburg".
  { words: ['carried', 'carrying', 'carries', 'bringing'], preps: { 'out of': 'departure', to: 'arrival', from: 'departure' } },
  // Where they were brought from: "The Air Force C-9 that brought them from Rhein-Main Air Base". Not where to: a
  // suspect "was being brought to Genesee County", the county that arrested him.
  { words: ['brought'], preps: { 'out of': 'departure', from: 'departure' } },
  // "The helicopter was shuttling the delegation to Lungi airport".
  { words: ['took', 'ferry', 'ferries', 'pulled', 'shuttled'], preps: { 'out of': 'departure', to: 'arrival' } },
  // A load on its way, and where from: "The DC-9 was taking German tourists from the Adriatic resort of Split to Cologne".
  { words: ['taking', 'ferrying', 'shuttling'], preps: { 'out of': 'departure', to: 'arrival', from: 'departure' } },
  // The preposition is part of the cue: "returning from Bangkok".
  { words: ['returned from', 'returning from', 'flying back from', 'flew back from'], preps: {}, direct: 'departure' },
  {
    words: ['departed', 'departs', 'departing', 'depart', 'departure'],
    preps: SET_OFF,
    direct: 'departure',
  },
  // Where those aboard got on: "boarded a U.S. Air Force C-40B at the airport in Rzeszow".
  { words: ['boarded', 'boarding', 'boards'], preps: { at: 'departure', in: 'departure', from: 'departure' } },
  // A seat on a craft and where it went: "was put on a plane to the Netherlands", "boarded a jet from Kabul",
  // "arrived on a private jet from Singapore", "put aboard a plane for Elisabethville"; and where they boarded it,
  // "boarded a private jet at London's Stansted Airport". Each form costs a try wherever its first word stands, and a
  // cue's longest word gates the sentences it is sought in: a few forms, none with "government", "military" or "came".
  ...['on', 'aboard', 'boarded'].map((verb): MotionCue => ({
    words: ['a', 'the', 'a private', 'a chartered'].flatMap((d) => ['plane', 'jet', 'aircraft'].map((n) => `${verb} ${d} ${n}`)),
    preps: verb === 'boarded' ? { to: 'arrival', for: 'arrival', from: 'departure', at: 'departure', in: 'departure' } : { to: 'arrival', for: 'arrival', from: 'departure' },
  })),
  // An air force's plane and where it went: "to leave Damascus tonight on a U.S. Air Force plane for Frankfurt".
  { words: ['plane', 'jet', 'aircraft'].map((n) => `Air Force ${n}`), preps: { to: 'arrival', for: 'arrival' } },
  // Those aboard got off where it landed: "being led off the aircraft at Marka military airport in Amman", "stepping
  // off a chartered plane at Jose Marti International Airport"; not "a panel fell off the plane in Oregon".
  {
    words: ['stepped', 'stepping', 'walked', 'walking', 'led', 'got', 'getting', 'helped', 'escorted']
      .flatMap((verb) => ['the', 'a', 'a chartered', 'his', 'her'].flatMap((d) => ['plane', 'aircraft', 'jet'].map((craft) => `${verb} off ${d} ${craft}`))),
    preps: { at: 'arrival', in: 'arrival' },
  },
  // Not "left for" alone: people leave for another job as often as for a place ("Brown left for Detroit").
  { words: ['left', 'leave', 'leaves', 'leaving'], preps: FROM, direct: 'departure' },
  // A journey's setting off for a place, when its day or its craft is told right after (see DATED_CUES).
  { words: ['left for', 'leaves for', 'leaving for'], preps: {}, direct: 'arrival' },
  {
    words: ['flew', 'fly', 'flies', 'flying', 'flown', 'flight', 'flights', 'airlifted', 'ferried', 'travelled',
      'traveled', 'travelling', 'traveling', 'were flown', 'was flown', 'route', 'journey',
      // An empty aircraft flown to where it is needed: "was being repositioned from Little Rock to Minneapolis".
      'repositioned', 'repositioning', ...ROUTINE_RUNS],
    preps: { from: 'departure', 'out of': 'departure', to: 'arrival', into: 'arrival', via: 'stopover', through: 'stopover' },
  },
  {
    words: ['made a stopover', 'made a stop', 'made stops', 'with stops', 'after stops', 'a stopover', 'stopover', 'stopovers', 'stopped over',
      // A stop of the flight described: "with an earlier stop in Cologne", "after a refuelling stop in Shannon".
      'earlier stop', 'brief stop', 'refuelling stop', 'refueling stop', 'technical stop',
      'stopping over', 'stopped', 'stopping', 'a stop', 'one stop', 'stop', 'layover', 'refuelled', 'refueled', 'refuelling',
      'refueling', 'to refuel', 'transited', 'transiting', 'in transit', 'stopped off', 'stopping off'],
    preps: STOP,
  },
  { words: ['via', 'by way of', 'through'], preps: {}, direct: 'stopover' },
  // A crossing's two shores: "crossed from Calais to Dover", "the crossing from St. John's to Clifden".
  { words: ['crossed', 'crossing'], preps: { from: 'departure', to: 'arrival' } },
  {
    words: ['arrived', 'arrive', 'arrives', 'arriving', 'arrival', 'landed', 'land', 'lands', 'landing',
      'returned', 'returning', 'was sent', 'were sent', 'sent', 'sending', 'sends', 'deployed', 'deploying', 'dispatched', 'delivered',
      // The people of an exchange or a deportation: "were transferred to Russia, 13 to Germany".
      'transferred', 'was transferred', 'were transferred', 'deported', 'was deported', 'were deported',
      'redeployed', 'were flown in', 'was flown in', 'came', 'flew back'],
    preps: ARRIVE,
  },
  // Where a visit or a trip went: "made a surprise Thanksgiving visit to Baghdad", "on a trip to Kyiv".
  { words: ['visit', 'visits', 'trip', 'trips'], preps: { to: 'arrival' } },
  { words: ['touched down', 'touch down', 'touches down', 'touching down'], preps: TOUCH },
  // A landing told as a descent that ended well: "came down safely at Le Bourget, outside Paris". No crash site.
  { words: ['came down safely', 'come down safely', 'comes down safely', 'coming down safely'], preps: TOUCH },
  // Where a load changed hands: "was handed over at Simon Bolivar International Airport outside Caracas".
  { words: ['handed over', 'was handed over', 'were handed over'], preps: { at: 'arrival', in: 'arrival' } },
  {
    words: ['bound', 'headed', 'heading', 'heads', 'head', 'en route', 'on its way', 'on their way', 'destined'],
    // "en route from Amsterdam to Kuala Lumpur".
    preps: { for: 'arrival', to: 'arrival', toward: 'arrival', towards: 'arrival', from: 'departure' },
  },
  // A flight is diverted from where it was bound: "was diverted at the last minute from Vnukovo airport ... to Sheremetyevo".
  {
    words: ['diverted', 'was diverted', 'were diverted', 'rerouted'],
    preps: { for: 'arrival', to: 'arrival', toward: 'arrival', towards: 'arrival', from: 'arrival' },
  },
  // Sent or turned back: "forcing it back to Ezeiza", "turned back to Moscow", "ordered the jet back to base".
  { words: ['back'], preps: { to: 'arrival', toward: 'arrival', towards: 'arrival' } },
  { words: ['reached', 'reach', 'reaches', 'reaching'], preps: {}, direct: 'arrival' },
  // Exile's country: "resigned and flew into exile in Nigeria".
  { words: ['flew into exile', 'fled into exile', 'went into exile', 'flown into exile'], preps: { in: 'arrival', to: 'arrival' } },
  // The flight's next leg, said of an aircraft or after a stop only (see MOVE_ONLY_AFTER): "stopped in Mandalay
  // before continuing to Heho", not "prices continued to Monday".
  { words: ['continued', 'continuing', 'continues', 'continue', 'continued on', 'continuing on'], preps: { to: 'arrival' } },
  // Where a flight was about to land, and where from: "as it approached Maputo from Lusaka", "crashed on its
  // approach to Perm". Said of an aircraft only (see MOVE_ONLY_AFTER): not "troops approached Kyiv".
  // "as it approached the airport at Resolute Bay": the airfield named, then its place.
  { words: [...APPROACH_CUES.verbs], preps: { from: 'departure', at: 'arrival' }, direct: 'arrival', maxGapWords: 3 },
  { words: [...APPROACH_CUES.phrases], preps: {}, direct: 'arrival' },
  {
    words: ['crashed', 'crash', 'crashes', 'crashing', 'crash-landed', 'went down', 'came down', 'goes down',
      'shot down', 'downed', 'brought down',
      // The craft between verb and particle: "a Soviet rocket brought the plane down near Sverdlovsk".
      ...['brought', 'shot'].flatMap((verb) => ['the plane', 'the jet', 'the aircraft', 'the helicopter', 'it'].map((object) => `${verb} ${object} down`)),
      'exploded', 'blew up', 'burst into flames', 'caught fire', 'was found',
      'were found', 'wreckage', 'debris', 'crash site', 'emergency landing', 'forced landing',
      'crashed-landed', 'was hit',
      'collided', 'collide', 'collides', 'colliding', 'collision',
      'was struck', 'intercepted', 'was intercepted', 'were intercepted',
      // Destroyed in the air: "broke apart over the Donetsk region", "was destroyed over eastern Ukraine".
      'broke apart', 'broke up', 'disintegrated', 'was destroyed', 'were destroyed', 'destroyed',
      // Off the end or side of a runway: "skidded off a runway at Muan airport".
      'skidded off', 'overshot', 'overran', 'veered off', 'slid off', 'ditched', 'ditching', 'ditch', 'missed the runway',
      // "ran off the end of the runway on the island of Madeira", "aborted its takeoff at Malaga airport".
      'ran off the runway', 'ran off the end of the runway', 'aborted its takeoff', 'aborted its take-off', 'aborted takeoff',
      // "crashed and flipped over on takeoff in a snowstorm at Stapleton International Airport".
      'flipped over', 'cartwheeled',
      // "broke into three pieces in the sea off Palermo".
      'broke into pieces', 'broke into two pieces', 'broke into three pieces', 'broke in two', 'broke in half',
      // Into the ground, then where: "slammed into the ground near the village of Lisa".
      ...['slammed', 'plunged', 'plummeted', 'nosedived', 'ploughed', 'plowed', 'smashed', 'crashed'].flatMap((verb) => [`${verb} into the ground`, `${verb} to the ground`]),
      'hit the ground',
      // Where the wreck stopped: "came to rest on the bank of the Arkansas River" is no arrival.
      'came to rest', 'come to rest', 'coming to rest'],
    preps: INCIDENT,
  },
  // Lost from view: "lost contact with air traffic control over the Salang pass" is where it was last known, near
  // where it came down ("found on a mountain in the Shakar Dara district"), not the site itself.
  { words: ['disappeared', 'vanished', 'went missing', 'lost contact'], preps: INCIDENT, near: true },
  // Down before the runway it was landing on: "struck the trees about 3 miles short of the runway at Kirksville
  // Regional Airport" is near the airport, which need not be where the flight was going (an emergency landing).
  { words: ['short of the runway', 'short of a runway', 'short of the airport'], preps: { at: 'incident', in: 'incident', of: 'incident' }, near: true },
  // Fell out of the sky, said of an aircraft only (see MOVE_ONLY_AFTER): "the plane fell in a field near
  // the village of Yablonovo", not "shares fell in Tokyo".
  // So does a slide: "a cargo jet that slid into the sea at Hong Kong's international airport", not "shares slid in Tokyo".
  { words: ['fell', 'falling', 'falls', 'slid', 'sliding', 'slides'], preps: INCIDENT },
  // An aircraft's strike, said of an aircraft only (see MOVE_ONLY_AFTER): "a drone attack on a U.S. military
  // outpost in northeastern Jordan", "A one-way attack drone struck a U.S. base in Jordan"; not "struck a deal in Geneva".
  { words: ['attack', 'attacks', 'strike', 'strikes', 'struck', 'hit', 'hits'], preps: INCIDENT },
  // High ground flown into, then where it stands: "flew into a mountainside on Ibiza" is a crash there, no arrival.
  { words: ['flew', 'flown'].flatMap((verb) => ['a', 'the'].flatMap((article) => ['mountain', 'mountainside', 'hillside', 'hill', 'mountains', 'hills', 'ridge', 'peak']
    .map((noun) => `${verb} into ${article} ${noun}`))), preps: INCIDENT },
  // Where an attack or a crash happened: "the attack took place outside Jordan".
  { words: ['took place', 'happened', 'occurred'], preps: INCIDENT },
  // Into the ground or the water, and only there: "plunged into the Potomac River", not "shares plunged in Tokyo";
  // "caused an Ethiopian Airlines jet to plunge into the sea off Beirut".
  {
    words: PLUNGE_VERBS,
    // And beside a place: "plunged nose-first near the village of Balotesti".
    preps: { into: 'incident', near: 'incident', 'not far from': 'incident', 'close to': 'incident', outside: 'incident', off: 'incident',
      ...Object.fromEntries(BEARING_PREPOSITIONS.filter((p) => p !== 'from').map((p) => [p, 'incident' as const])) },
  },
  // And what it plunged into, then where that was: "plunged into a crowd of spectators in Reno, Nevada",
  // "slammed into a row of houses near Yaroslavl".
  {
    words: PLUNGED_INTO,
    preps: INCIDENT,
    direct: 'incident',
  },
];

/**
 * Words before a cue that say the movement did not happen: "attempted to reach Montevideo", "tried to fly on
 * to Uruguay", "barred the crew from leaving Argentina". The place is no point of the route.
 */
export const UNREALISED_BEFORE: readonly string[] = [
  'attempted to', 'attempting to', 'tried to', 'trying to', 'sought to', 'seeking to', 'failed to', 'unable to',
  'could not', "couldn't", 'was not allowed to', 'were not allowed to', 'not allowed to', 'not permitted to',
  'forbidden to', 'denied permission to', 'refused permission to',
  // "people who had no way to reach Port Sudan".
  'no way to', 'no means to',
  // What hijackers wanted: "they demanded to be flown to Australia".
  'demanded to be', 'demanding to be', 'demanded to', 'asked to be',
  // A landing weighed and not made: "had made him think of landing in Hawaii".
  'think of', 'thought of', 'thinking of', 'considered', 'considering', 'thought about', 'think about',
  // Where one was misled it went: "boarded a private jet in Dubai that he believed was flying to Burundi".
  'believed was', 'thought was', 'was told was', 'been told was',
  // A goal not reached: "She had hoped to reach Paris, but ... forced her down at the first land she found".
  'had hoped to', 'had intended to', 'had meant to',
  // The aim given for a flight: "in what he said was an attempt to fly back to California", "in a bid to reach Kabul".
  // Not "on its second attempt to land, scattering wreckage ... in the Sverdlovsky district", a landing tried there.
  'in an attempt to', 'was an attempt to', 'in a bid to',
];

/**
 * Words before a cue that deny the movement outright: "the plane did not land in Caracas", "has never flown to
 * Tehran". Apart from {@link UNREALISED_BEFORE}: airspace tells a denial ("did not enter US airspace") from
 * a movement not made.
 */
export const NEGATED_BEFORE: readonly string[] = [
  'did not', "didn't", 'does not', "doesn't", 'do not', "don't", 'never', 'had not', "hadn't", 'has not', "hasn't",
  'have not', "haven't", 'will not', "won't", 'would not', "wouldn't",
];

/**
 * Those moved after a crash, as the subject of a movement: "The two survivors were flown to Nairobi for
 * treatment", "the bodies were taken to Moscow". Their journey is no leg of the story's flight. Not the
 * injured or the wounded the report has not told of: flying them out may be the story ("wounded soldiers were
 * airlifted to Kabul"); only "the injured" and those hurt in the event's own clause ({@link HURT_THEN_MOVED}).
 */
export const AFTERMATH_SUBJECTS: readonly string[] = ['survivors', 'survivor', 'bodies', 'body', 'remains',
  // Those the report has told of: "The injured were flown to Lima for treatment".
  'the injured', 'the wounded'];
/**
 * Hurt in the event, then moved, in one clause: "The pilot and a flight attendant were injured and flown to
 * Kathmandu for treatment". Their journey too is no leg of the story's flight.
 */
export const HURT_THEN_MOVED: readonly string[] = ['injured', 'hurt', 'wounded'];
/**
 * What a journey after a crash is made to tend, named a few words after the errand's "to": "Defense Minister
 * Federico Trillo flew to Trabzon to oversee the return of the bodies", "investigators flew to Lagos to join
 * the inquiry". That journey is no leg of the story's flight. Not survivors or a rescue: flying them out may
 * be the story; nor families or a funeral alone, which passengers fly to see; nor a search, which rescuers
 * flown in after an earthquake join.
 */
export const AFTERMATH_ERRAND_OBJECTS: readonly string[] = [
  'bodies', 'remains', 'the dead', 'wreckage', 'crash site', 'crash scene', 'scene of the crash', 'site of the crash',
  "victims' families", "victims' relatives", 'families of the victims', 'relatives of the victims', 'families of the dead',
  'relatives of the dead', 'bereaved', 'investigation', 'inquiry',
  // "left for the scene tonight to investigate the crash": the crash itself, by its noun and article, as what is
  // tended.
  'the crash', 'the accident', 'the disaster',
];

/** Words before an aircraft that say none moved: "No plane landed in Caracas", "none of the jets reached Minsk". */
export const NO_AIRCRAFT_BEFORE: readonly string[] = ['no', 'none of the', 'neither'];

/**
 * Verbs that demand a movement in the subjunctive, which says nothing of whether it happened: "ordered that any
 * planes in the air be returned to the United States".
 */
export const MANDATIVE_VERBS: readonly string[] = ['ordered', 'orders', 'demanded', 'demands', 'requested', 'asked', 'insisted', 'ruled', 'urged'];

/** Words of a plan before a movement: "was scheduled to land", "had been due to fly". */
export const PLAN_WORDS: readonly string[] = ['scheduled to', 'due to', 'planned to', 'set to', 'supposed to', 'meant to', 'expected to'];
/**
 * A flight planned but not begun: "had been due to fly to Niigata", "was preparing to fly to". Its
 * places are no points of a route. A flight under way keeps its end: "was scheduled to land at Guarulhos",
 * and a departure planned is mostly one made: "was scheduled to depart from Kathmandu at 10:33".
 */
export const NOT_YET_FLOWN_BEFORE: readonly string[] = [...PLAN_WORDS, 'preparing to', 'planning to', 'was to', 'were to'];
/**
 * A plan the words say was changed: "had originally been scheduled to land at Ontario International Airport"
 * landed elsewhere. Any cue after these is no point of the route.
 */
export const CHANGED_PLAN_BEFORE: readonly string[] = ['originally', 'initially', 'first'];
/**
 * Words of the future before a cue: "From Jeddah they will be flown home to India". The place is where the
 * flight is to go, a plan, which a place reached does not contradict.
 */
export const FUTURE_BEFORE: readonly string[] = [
  'will', 'will be', "'ll", 'shall', 'would', 'would be', 'is to be', 'are to be', 'were to be', 'was to be',
  // "Zelenskiy is due to fly back to Poland after the speech", "The flight was due to continue to Port Moresby".
  'is due to', 'are due to', 'was due to', 'were due to', 'is set to', 'are set to',
  // A seat on a flight yet to leave: "was booked on a flight to Havana on Monday".
  'booked on a', 'booked on an', 'booked on the', 'booked on a connecting', 'ticketed on a',
];

/**
 * Words that may stand between the tense and a plan: "is then expected to fly", "will later be flown".
 */
export const PLAN_ADVERBS: readonly string[] = ['then', 'also', 'now', 'still', 'soon', 'later', 'eventually', 'first'];

/**
 * The present tense before a plan word: "He is then expected to fly home to Australia", "The jets are scheduled
 * to fly on to Minsk". The flight is yet to come, a plan, not one that was due and never flew.
 */
export const PRESENT_BEFORE_PLAN: readonly string[] = ['is', 'are', "'s", "'re"];

/** Words after a cue that make its movement a plan: "Two more flights were planned, including one to Rome", "... was cancelled". */
export const PLANNED_AFTER: readonly string[] = [
  'was planned', 'were planned', 'is planned', 'are planned', 'was scheduled', 'were scheduled', 'is scheduled', 'are scheduled',
  'are expected', 'is expected', 'were expected', 'was expected',
  // A flight called off never flew, but where it was to go is still its plan: "the first deportation flight to
  // Rwanda was cancelled minutes before it was due to take off".
  'was cancelled', 'were cancelled', 'was canceled', 'were canceled', 'was called off', 'were called off',
];

/** The cues of a flight that had not begun, after those words. */
export const NOT_YET_FLOWN_CUES: readonly string[] = ['fly'];

/** Cues whose object may list several things: "delivered 7.5 tons of medicines and medical supplies to Venezuela". */
export const LIST_CUE_WORDS: readonly string[] = ['carried', 'carrying', 'carries', 'delivered', 'delivering', 'brought', 'bringing'];

/** What is sent that is no cargo: "sent a message to Moscow". */
const MESSAGES: readonly string[] = [
  'a message', 'messages', 'a letter', 'letters', 'a signal', 'signals', 'a note', 'a warning', 'warnings',
  'an invitation', 'invitations', 'a request', 'requests', 'condolences', 'greetings', 'word', 'a proposal', 'proposals',
];

/**
 * Cues that name a journey only when its day or its craft follows the place: "left for Geneva on Sunday", "left
 * for Moscow aboard a presidential jet"; not "Brown left for Detroit", a move to another team.
 */
export const DATED_CUES: readonly string[] = ['left for', 'leaves for', 'leaving for'];
/** What, after the place, dates or carries such a journey. */
export const DATED_CUE_AFTER: readonly string[] = ['on', 'late', 'early', 'overnight', 'yesterday', 'today', 'tonight', 'this', 'last', 'aboard', 'on board', 'by plane', 'by air'];

/**
 * Nouns after a cue that make it part of another noun, no movement: "recovered the flight recorders from the
 * turboprop", "the flight attendants from Kenya".
 */
export const CUE_NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  // Words sent or carried, not goods or people: "sent a message to Moscow", "carried a letter to Kyiv".
  ...Object.fromEntries(['sent', 'sending', 'sends', 'carried', 'carrying', 'carries'].map((cue) => [cue, MESSAGES])),
  // A plunge into a state, no crash: "plunged into chaos in 2019", "plunged into negative territory in Tokyo".
  ...Object.fromEntries(PLUNGED_INTO.map((cue) => [cue, ['chaos', 'crisis', 'a crisis', 'darkness', 'recession', 'a recession', 'turmoil',
    'debt', 'negative', 'the red', 'war', 'civil war', 'mourning', 'poverty', 'uncertainty', 'disarray', 'despair', 'violence', 'deficit',
    'confusion', 'grief', 'silence', 'panic', 'a state', 'political', 'economic', 'financial', 'a deep', 'a new', 'the worst']])),
  // A person of a craft's trade, from where they live: "a 31-year-old airplane mechanic from Los Angeles", "a
  // helicopter pilot from Moscow".
  ...Object.fromEntries(Object.keys(AIRCRAFT_NOUNS).map((cue) => [cue, ['mechanic', 'mechanics', 'pilot', 'pilots', 'engineer',
    'engineers', 'designer', 'designers', 'builder', 'builders', 'enthusiast', 'enthusiasts', 'spotter', 'spotters', 'buff', 'buffs',
    'salesman', 'dealer', 'dealers']])),
  // "boarding passes issued in Minsk": a document or a gate, not a boarding.
  boarding: ['pass', 'passes', 'card', 'cards', 'gate', 'gates', 'bridge', 'ramp', 'school', 'schools'],
  ...Object.fromEntries(['flight', 'flights'].map((cue) => [cue, [
    'recorder', 'recorders', 'data', 'attendant', 'attendants', 'crew', 'crews', 'deck', 'path', 'plan', 'plans', 'simulator',
    'school', 'instructor', 'instructors', 'hours', 'number', 'tracking', 'tracker', 'controller', 'controllers', 'safety',
    'engineer', 'engineers', 'manual', 'suit', 'suits', 'lieutenant', 'sergeant', 'test', 'tests', 'training',
  ]])),
};

/**
 * Cues that count only after one of these words, with up to three words between: "forcing it back to
 * Ezeiza", "turned back to Moscow"; not "traced back to Iran" or "bring the player back to Maryland". A
 * fall or a strike is an aircraft's: "a large aircraft falling from the sky near Yablonovo", "a drone attack on
 * an outpost in Jordan", and so is a plough into something. An attack "took place" somewhere.
 */
export const MOVE_ONLY_AFTER: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(['fell', 'falling', 'falls', 'slid', 'sliding', 'slides', 'attack', 'attacks', 'strike', 'strikes', 'struck', 'hit', 'hits']
    .map((cue) => [cue, Object.keys(AIRCRAFT_NOUNS)])),
  ...Object.fromEntries(APPROACH_CUES.verbs.map((cue) => [cue, [...Object.keys(AIRCRAFT_NOUNS), 'it']])),
  // A plough into something is an aircraft's: "a jet that plowed into homes in Patna", not "Protesters plowed into the crowd".
  ...Object.fromEntries(['plowed', 'plowing', 'ploughed', 'ploughing'].map((verb) => [`${verb} into`, [...Object.keys(AIRCRAFT_NOUNS), 'it']])),
  ...Object.fromEntries(['continued', 'continuing', 'continues', 'continue', 'continued on', 'continuing on']
    .map((cue) => [cue, [...Object.keys(AIRCRAFT_NOUNS), 'flight', 'before', 'then', 'and', 'it']])),
  ...Object.fromEntries(['took place', 'happened', 'occurred'].map((cue) => [cue, [
    'attack', 'attacks', 'strike', 'strikes', 'crash', 'collision', 'incident', 'shooting', 'explosion', 'blast', 'bombing']])),
  // A stop yet to come: "was due to stop in Bangkok to refuel", "will stop in Dakar"; not "the fighting must stop in Gaza".
  stop: [...PLAN_WORDS, 'will', 'would', 'was to', 'were to', 'is to', 'are to', 'plans to', 'planned to', 'planning to'],
  back: ['turned', 'turning', 'turns', 'turn', 'forced', 'forcing', 'forces', 'force', 'ordered', 'ordering', 'sent', 'sending',
    'sends', 'send', 'diverted', 'diverting', 'flew', 'flying', 'flown', 'fly', 'headed', 'heading', 'went', 'going', 'came',
    'coming', 'escorted', 'escorting', 'redirected', 'rerouted', 'ferried', 'airlifted', 'flight', 'flights', 'way', 'journey', 'trip',
    // "carrying a girl ..., her mother and four crew members back to Mexico".
    'carrying', 'carried', 'taking', 'took', 'flying',
    // "Griner was on a plane back to the United States"; not "the drone was traced back to Iran".
    ...['on', 'aboard'].flatMap((p) => ['a', 'an', 'the'].flatMap((d) => ['plane', 'jet', 'flight', 'aircraft'].map((n) => `${p} ${d} ${n}`)))],
};

/**
 * Cues that count not right after one of these words: "Fighting spread through Kigali on Thursday" is no
 * stop of a flight; "the flight passed through Dubai" is.
 */
export const MOVE_NOT_AFTER: Readonly<Record<string, readonly string[]>> = {
  through: ['spread', 'spreads', 'spreading', 'swept', 'sweeps', 'sweeping', 'raged', 'rages', 'raging', 'ran', 'runs', 'running',
    'walked', 'walking', 'drove', 'driving', 'marched', 'marching', 'tore', 'tearing', 'rippled', 'echoed', 'reverberated', 'roamed',
    // A march of mourners: "ordered a state funeral procession through Paris".
    'procession', 'processions', 'parade', 'parades', 'motorcade', 'cortege', 'cortège', 'march'],
  // What the crash destroyed on the ground, not the aircraft: "Fifteen houses were destroyed in the village of Goussainville".
  ...Object.fromEntries(['was destroyed', 'were destroyed'].map((cue) => [cue, ['houses', 'homes', 'buildings', 'house', 'home',
    'building', 'cars', 'vehicles', 'shops', 'apartments', 'flats', 'barns', 'sheds']])),
  // Figures that plunge, no aircraft: "Shares plunged into negative territory in Tokyo", "Shares plunged near Tokyo".
  ...Object.fromEntries([...PLUNGED_INTO, ...PLUNGE_VERBS].map((cue) => [cue, ['shares', 'stocks', 'prices', 'markets', 'market', 'index', 'indexes', 'indices',
    'economy', 'currency', 'ratings', 'sales', 'profits', 'temperatures', 'relations', 'country', 'nation', 'city', 'region', 'talks']])),
  // A stop not made: "the first to fly the Atlantic without a stop", "flew on without stopping".
  ...Object.fromEntries(['a stop', 'stopping', 'a stopover', 'refuelling', 'refueling'].map((cue) => [cue, ['without']])),
  // A visit or a trip not made: "A planned visit to France was postponed", "an upcoming trip to Beijing".
  ...Object.fromEntries(['visit', 'visits', 'trip', 'trips'].map((cue) => [cue, ['planned', 'proposed', 'possible', 'future', 'upcoming',
    'postponed', 'cancelled', 'canceled', 'delayed', 'scheduled', 'expected', 'rescheduled', 'next']])),
  // Where a munition or debris fell, not where a flight arrived: "the missile that landed in Poland".
  ...Object.fromEntries(['landed', 'land', 'lands', 'landing'].map((cue) => [cue, ['missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells',
    'projectile', 'projectiles', 'debris', 'fragments', 'shrapnel'].flatMap((what) => [what, `${what} that`, `${what} which`, `${what} had`, `${what} that had`])])),
};

/**
 * A diversion or an unplanned landing: a departure in a sentence that says the flight was diverted "there"
 * resumes the flight from a stop ("left Vienna 13 hours after his jet was diverted there").
 */
export const DIVERSION_WORDS: readonly string[] = [
  'diverted', 'rerouted', 'forced to land', 'forced down', 'made an emergency landing', 'made an unscheduled landing',
  'made an unscheduled stop', 'landed', 'had landed', 'touched down',
];

/**
 * Cues of a traveller's own journey, said of a person by title and name: "Mr. Cutting, 46, was returning to
 * Washington" names where he was going, which may be beyond where the flight was bound.
 */
export const TRAVELLER_CUES: readonly string[] = ['returning', 'returned', 'travelling', 'traveling', 'travelled', 'traveled', 'heading', 'headed', 'on their way'];

/**
 * Cues of an arrival the flight was turned to, not bound for: "was diverted to Philadelphia" beside "bound
 * for Dallas" tells two places of one flight, no contradiction.
 */
export const DIVERTED_CUES: readonly string[] = ['diverted', 'diverting', 'diverts', 'rerouted', 'redirected', 'forced', 'forcing'];

/**
 * Words before a landing, in its clause, that make it one a hijacking forced: "Hijackers forced an Indian
 * Airlines plane ... to land in Dubai", "A hijacked Indian Airlines jet landed in Kandahar". A hijacked
 * flight may be forced down at several places in turn: they are stops of one ordeal, none the destination.
 */
export const FORCED_LANDING_BEFORE: readonly string[] = ['hijacked', 'hijackers', 'hijacker', 'hijack', 'commandeered', 'forced'];

/**
 * An arrival "there", at a place the sentence named before: "are being held at March Air Reserve Base ...
 * after their plane landed there".
 */
export const ARRIVED_THERE: readonly string[] = ['landed', 'arrived', 'touched down', 'flew in', 'were flown in', 'was flown in'];

/**
 * A crash at the place of departure: a verb of crashing, then a link to the take-off ("crashed while taking off
 * from Kathmandu's airport", "burst into flames on take-off from"). "Shortly after" (or "seconds after") taking off
 * puts it only near that place (src/text/places.ts), a site told where the side names no sharper one.
 */
export const CRASH_AT_DEPARTURE = {
  // "collided with a fire truck while taking off from Lima's Jorge Chavez International Airport"; "plunged into the
  // sea seconds after taking off from Gibraltar".
  verbs: ['crashed', 'crash-landed', 'went down', 'came down', 'burst into flames', 'caught fire', 'overran the runway', 'collided', 'plunged', 'ditched',
    // "crashed and flipped over on takeoff in a snowstorm at Stapleton".
    'flipped over', 'cartwheeled', 'skidded off the runway', 'veered off the runway',
    // "overshot the runway while taking off at Brussels airport".
    'overshot the runway', 'ran off the runway', 'ran off the end of the runway', 'skidded off the end of the runway'],
  // "crashed and burst into flames as it took off in a typhoon from Taipei's Chiang Kai-shek International Airport".
  links: ['while', 'during', 'on', 'as it was', 'as it', 'when it'],
} as const;

/**
 * A crash in the act of landing, before the landing's cue: "crashed and broke in two as it landed at Faro
 * airport", "skidded off the runway while landing at". Where it landed is where it came down.
 */
export const CRASH_AT_ARRIVAL = {
  verbs: ['crashed', 'crash-landed', 'burst into flames', 'caught fire', 'broke in two', 'broke apart', 'skidded off the runway',
    'overran the runway', 'veered off the runway', 'slid off the runway', 'flipped over', 'flipped', 'cartwheeled',
    // "ditched on its approach to Sumburgh", "came down as it approached the airport".
    'ditched', 'came down', 'went down', 'plunged',
    // "broke into three pieces as it landed in a storm on the Caribbean island of San Andres".
    'broke into pieces', 'broke into two pieces', 'broke into three pieces', 'broke in three', 'broke in half'],
  links: ['as it', 'as it was', 'while', 'on', 'upon', 'during', 'when it', 'as the plane', 'as the jet'],
} as const;

/** Refusals before "permission to", with whom they refuse between: "denied the plane permission to land". */
export const PERMISSION_REFUSALS: readonly string[] = ['denied', 'refused', 'not given', 'not granted', 'withheld', 'revoked'];
export const PERMISSION_NOUNS: readonly string[] = ['permission', 'clearance', 'authorisation', 'authorization', 'approval'];

/** Verbs that keep someone "from" a movement, with whom they keep between: "barred the crew from leaving". */
export const BARRING_VERBS: readonly string[] = ['barred', 'banned', 'prevented', 'stopped', 'blocked', 'kept', 'forbidden', 'forbade', 'prohibited'];

/** Words before the preposition that end the cue's reach: another clause begins. */
export const CLAUSE_BREAKS: readonly string[] = [
  'and', 'but', 'while', 'which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'after', 'before',
  'as', 'because', 'said', 'says', 'told', 'according', 'although', 'though', 'since', 'whereas',
];

/**
 * Nouns of a person right after a place, which make the place say where the person is from: "crash leaves
 * Queens mother of 2 dead" names no departure.
 */
export const PERSON_AFTER_PLACE: readonly string[] = [
  'mother', 'father', 'mom', 'dad', 'man', 'woman', 'boy', 'girl', 'family', 'resident', 'residents', 'teen', 'teenager',
  'couple', 'student', 'native', 'son', 'daughter', 'wife', 'husband', 'grandmother', 'grandfather',
];

/** Nouns after a place that make it the place's record, no site: "the worst single-plane crash in United States history". */
export const RECORD_AFTER_PLACE: readonly string[] = ['history', 'aviation history', 'air history'];

/**
 * Verbs between an incident's cue and a place that carry something away from the site: "the wreckage would
 * be moved to its base in Farnborough" is where the wreckage goes, not where the craft came down.
 */
export const CARRIED_AWAY_VERBS: readonly string[] = [
  'moved', 'taken', 'transported', 'shipped', 'brought', 'sent', 'towed', 'removed', 'airlifted', 'trucked',
];

/** Prepositions that put a place near the named one rather than in it. */
export const NEAR_PREPOSITIONS: readonly string[] = ['near', 'outside', 'not far from', 'close to', 'off'];

/**
 * Prepositions after which a capitalised name the gazetteer lacks is still taken as a place, when a
 * movement or incident cue comes before: "crashed near Korocha", "took off from Engels". Not "to", "on"
 * or "for", which also take people, days and causes ("delivered to Maduro", "on Monday").
 */
export const BARE_NAME_PREPOSITIONS: readonly string[] = [
  'near', 'outside', 'not far from', 'close to', 'in', 'at', 'over', 'off', 'from', 'via', 'for', 'into',
  'north of', 'south of', 'east of', 'west of', 'northeast of', 'northwest of', 'southeast of', 'southwest of',
  'north-east of', 'north-west of', 'south-east of', 'south-west of',
];

/**
 * Verbs of flying after which "to" takes a name the gazetteer lacks as a place: "diverted to Aktau", "flew
 * to Ushuaia". One flies to places, while one is sent or delivered "to" people as well.
 */
export const BARE_NAME_FLOWN_TO: readonly string[] = [
  'diverted', 'diverting', 'rerouted', 'redirected', 'flew', 'flown', 'flying', 'flight', 'flights',
  // "was heading to Tanjung Pinang".
  'heading', 'headed',
  // "stopped in Mandalay before continuing to Heho" (see MOVE_ONLY_AFTER).
  'continuing', 'continued',
];

/** Nouns of an airfield after its name: "Berdale airstrip in Somalia", "Sao Paulo's Guarulhos international airport". */
export const AIRFIELD_NOUNS: readonly string[] = ['airstrip', 'airfield', 'airport', 'air base', 'airbase'];

/**
 * Nouns of an installation flown from or to, after its name: "from the Borgsten Dolphin rig to Sumburgh",
 * "from the Gullfaks B platform to Bergen". An airfield's nouns are installations too.
 */
export const INSTALLATION_NOUNS: readonly string[] = ['rig', 'drilling rig', 'oil rig', 'platform', 'oil platform', 'installation', 'field', 'oilfield', 'gas field'];

/**
 * Gatherings a flight takes people to, whose place is where it went: "carrying him to a birthday party in Des Moines",
 * "flew the president to a summit in Brussels". Not a building: "Buses shuttled fans to the stadium in Lagos".
 */
export const GATHERINGS_GONE_TO: readonly string[] = [
  'party', 'summit', 'meeting', 'conference', 'talks', 'funeral', 'wedding', 'game', 'match', 'concert', 'festival',
  'ceremony', 'celebration', 'rally', 'tournament', 'dinner', 'reception', 'convention', 'congress', 'show',
];

/** Parts of a country or region before its name, after a locating word: "Pokhara in central Nepal". */
export const REGION_PARTS: readonly string[] = [
  'central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'far-western', 'far eastern', 'remote', 'mountainous',
];

/** Words that join a place the gazetteer lacks to a known one locating it: "Wadi Seidna air base near Khartoum". */
export const LOCATOR_PREPOSITIONS: readonly string[] = ['near', 'outside', 'in', 'of', 'close to', 'not far from', 'north of', 'south of', 'east of', 'west of'];
/** Nouns of a division a name may stand before, ahead of what locates it: "the Sayedabad district of Wardak province". */
export const DIVISION_NOUNS: readonly string[] = ['district', 'county', 'municipality', 'subdistrict', 'sub-district', 'area', 'prefecture'];

/** Words allowed between the preposition and the place name ("in the capital Caracas"). */
export const PLACE_FILLERS: readonly string[] = [
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'capital', 'capital city', 'capital,', 'capital city,', 'city', 'city of', 'town of', 'village of', 'town', 'village', 'settlement of',
  'airport', 'airport of', 'air base', 'airbase', 'base', 'military airfield', 'airfield', 'outskirts of',
  // "left the Royal Air Force base at Waddington": an airfield, perhaps a force's, then where it is.
  'air base at', 'airbase at', 'base at', 'airfield at', 'airport at', 'royal air force', 'air force', 'navy', 'naval',
  // "airlifted thousands of Ethiopian Jews from refugee camps in Sudan".
  'camps in', 'refugee camps in', 'a refugee camp in', 'camp in',
  'suburbs of', 'region of', 'province of', 'island of', 'islands of', 'area of', 'state of', 'port of', 'resort of', 'mountains of', 'hills of',
  'foothills of', 'side of', 'slopes of', 'slope of', 'forests of', 'forest of', 'countryside of', 'coast of',
  // "crashed into the sea off the west coast of Ireland".
  ...['west', 'east', 'north', 'south', 'northwest', 'northeast', 'southwest', 'southeast', 'north-west', 'north-east', 'south-west', 'south-east']
    .map((side) => `${side} coast of`), 'waters of', 'bank of', 'banks of', 'shore of', 'shores of',
  // "touched down at the capital's N'Djili airport": the place it serves, by its possessive.
  "capital's", 'capital’s', "city's", 'city’s',
  // "crashed in a residential area of Vinhedo", "in a gated community in Vinhedo": a part of the town.
  'residential area of', 'residential area in', 'residential district of', 'neighbourhood of', 'neighborhood of',
  'residential neighbourhood of', 'residential neighborhood of',
  // "crashed into a crowded residential area of the eastern city of Patna".
  'crowded', 'densely populated', 'busy',
  'district of', 'suburb of', 'gated community in', 'housing estate in',
  // "crashed onto a crowded pub in the centre of Glasgow".
  'centre of', 'center of', 'city centre of', 'heart of', 'middle of', 'downtown',
  // "plunged into the icy Potomac River".
  'icy', 'frigid', 'freezing', 'murky',
  // "went down in the hills above Calabasas".
  'hills above', 'hills near', 'hills outside', 'mountains above', 'mountains near', 'field near', 'field outside',
  // "crashed in eastern Ukraine": a part of the place.
  'eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'rebel-held',
  // "crashed in a soybean field in northwest Indiana", "on a golf course in north London"; not "northwest of Chicago",
  // whose place is no part of it.
  'northwest', 'northeast', 'southwest', 'southeast', 'north-west', 'north-east', 'south-west', 'south-east',
  'north', 'south', 'east', 'west',
  // "crashed in the far eastern Amur region".
  'far eastern', 'far-eastern', 'far western', 'far-western', 'far northern', 'far southern',
  // "went missing in mountainous Nepal", "crashed in rural Mississippi".
  'mountainous', 'remote', 'rural',
  // "took off for neighbouring Sierra Leone": a country beside the one the story is in.
  'neighbouring', 'neighboring',
  // "flew aid into earthquake-hit Aleppo": what befell the place.
  'earthquake-hit', 'quake-hit', 'earthquake-stricken', 'quake-stricken', 'earthquake-ravaged', 'flood-hit', 'storm-hit',
  'hurricane-hit', 'war-torn', 'war-ravaged', 'besieged', 'embattled', 'drought-stricken', 'famine-hit',
  // "from a military airfield near Moscow": a site named only by the city it lies near.
  'airfield near', 'military airfield near', 'air base near', 'airbase near', 'base near', 'airport near',
  'airfield outside', 'air base outside', 'base outside', 'airport outside',
  'airfield in', 'military airfield in', 'air base in', 'airbase in', 'base in', 'military base in', 'airport in',
  // "forced them to land at a desert airstrip near Zarqa": fillers follow one another, so a describing word of the
  // airstrip stands as one of its own ("remote" is above).
  'airstrip near', 'airstrip in', 'airstrip outside', 'desert', 'dirt',
  // "was flying from the company's hub in Louisville": an airline's hub is in the place that follows.
  'hub in', 'hub at', 'main hub in', "company's", 'company’s', "airline's", 'airline’s', "carrier's", 'carrier’s',
];

/**
 * Endings of a hyphened word that tells who runs or holds a place, before its name: "arrived at the American-run
 * U-Tapao air base", "the state-owned airport of", "Russian-occupied Crimea".
 */
export const HELD_BY_ENDINGS: readonly string[] = ['run', 'operated', 'controlled', 'held', 'occupied', 'owned'];

/**
 * What may follow open ground between a cue and its place: "landed in a wheat field in the Novosibirsk region";
 * "crashed into a muddy field just short of Amsterdam's Schiphol airport", short of the runway, near the airport.
 */
export const GROUND_LINKS: readonly string[] = ['near', 'in', 'outside', 'off', 'short of', 'just short of'];

/**
 * Settlement nouns one describing word may stand before, between a cue and its place: "the Arctic city of
 * Murmansk", "the southern Russian airport of Rostov-on-Don" (an airport only with its "of"), "his northern
 * stronghold of Gbadolite", "the Indian state of West Bengal".
 */
export const DESCRIBED_SETTLEMENTS: readonly string[] = ['city', 'town', 'port', 'village', 'capital', 'resort', 'island', 'airport of', 'settlement', 'stronghold', 'hometown', 'home town',
  'state of', 'province of'];
/** The last word of a region's name that may describe a settlement after a country's: "the Turkish Black Sea city of". */
export const SETTLEMENT_REGION_WORDS: readonly string[] = ['Sea', 'Coast', 'Gulf', 'Bay', 'Lake', 'River', 'Valley', 'Delta', 'Mountains', 'Ocean'];

/** Words after an arrival that say the flight went on to the next one: "to Hmeimim in Syria and then to al-Jufra". */
export const WENT_ON_WORDS: readonly string[] = ['then', 'on to', 'onward', 'onwards', 'before landing', 'before flying', 'before continuing', 'continued'];

/** How a route continues after a place: "from Moscow to Havana", "via Dakar", "and on to Caracas". */
export const ROUTE_LINKS: Readonly<Record<string, RouteRole>> = {
  to: 'arrival', for: 'arrival', 'bound for': 'arrival', 'on to': 'arrival', 'onward to': 'arrival', 'and on to': 'arrival', 'and then to': 'arrival',
  'then to': 'arrival', via: 'stopover', 'by way of': 'stopover', 'with a stopover in': 'stopover',
  'with a stop in': 'stopover', 'stopping in': 'stopover', 'stopping over in': 'stopover',
};

/**
 * Words after a landing's place that make it a stop on the way: "landed in Pakistan for refuelling and then
 * continued on its route", "landed in Anchorage to refuel before flying on to Moscow".
 */
export const STOP_AFTER_LANDING: readonly string[] = [
  'to refuel', 'for refuelling', 'for refueling', 'for fuel', 'to take on fuel', 'on a refuelling stop', 'on a refueling stop',
  'for a refuelling stop', 'for a refueling stop', 'for a technical stop', 'on a technical stop', 'for a stopover',
  'before flying on', 'before continuing', 'and flew on',
  ...['and then continued', 'and continued', 'then continued'].flatMap((w) => [`${w} on`, `${w} its route`, `${w} its journey`, `${w} its flight`]),
];

/** A stop named in apposition to a place the flight was heading to: "flying to Amman in Jordan, its first stop". */
export const STOP_NAMED_AFTER: readonly string[] = [
  'its first stop', 'its only stop', 'its first stopover', 'a refuelling stop', 'a refueling stop', 'a technical stop', 'a stopover',
];

/** Joins two places of one role: "stopovers in Dakar and Havana". */
export const LIST_LINKS: readonly string[] = [',', 'and', 'or', ', and', 'and in', ', then'];

/**
 * Titles, ranks and event roles of people, and the capitalised words that belong to organisations rather
 * than to people's names. Data only: src/facets/actors.ts compiles these into patterns.
 */

/** Military and police ranks, as written (abbreviated or not), with their full form. */
export const RANKS: Readonly<Record<string, string>> = {
  'gen.': 'general', gen: 'general', general: 'general', 'army general': 'army general',
  'colonel general': 'colonel general', 'col. gen.': 'colonel general',
  'lt. gen.': 'lieutenant general', 'lt.-gen.': 'lieutenant general', 'lieutenant general': 'lieutenant general',
  'maj. gen.': 'major general', 'maj.-gen.': 'major general', 'major general': 'major general',
  'brig. gen.': 'brigadier general', 'brigadier general': 'brigadier general', brigadier: 'brigadier',
  'col.': 'colonel', colonel: 'colonel', 'lt. col.': 'lieutenant colonel', 'lieutenant colonel': 'lieutenant colonel',
  'maj.': 'major', major: 'major', 'capt.': 'captain', captain: 'captain', 'lt.': 'lieutenant',
  lieutenant: 'lieutenant', 'adm.': 'admiral', admiral: 'admiral', 'vice admiral': 'vice admiral',
  'rear admiral': 'rear admiral', 'vice adm.': 'vice admiral', 'rear adm.': 'rear admiral', marshal: 'marshal',
  'air marshal': 'air marshal', 'sgt.': 'sergeant', sergeant: 'sergeant', 'cmdr.': 'commander',
  'cdr.': 'commander', commodore: 'commodore', 'first officer': 'first officer',
};

/** Words that head a post ("head of ...", "Defence Minister"): a title contains at least one of them. */
export const POSTS: readonly string[] = [
  'chief of staff', 'chief of the general staff', 'chief', 'head', 'deputy', 'commander', 'commander-in-chief',
  'minister', 'ambassador', 'director', 'director general', 'president', 'vice president', 'vice-president',
  'prime minister', 'premier', 'secretary', 'secretary general', 'secretary-general', 'spokesman',
  'spokeswoman', 'spokesperson', 'governor', 'mayor', 'envoy', 'attache', 'attaché', 'chairman',
  'chairwoman', 'chair', 'leader', 'pilot', 'co-pilot', 'copilot', 'navigator', 'captain', 'officer',
  'representative', 'consul', 'consul general', 'adviser', 'advisor', 'aide', 'coordinator', 'manager',
  'foreign minister', 'defence minister', 'defense minister', 'chancellor', 'king', 'queen', 'prince',
  'sheikh', 'emir', 'general', 'colonel', 'admiral', 'major', 'lieutenant', 'sergeant', 'marshal',
];

/** Phrases that give the people after them a role in the event. */
export const ROLE_CUES: Readonly<Record<string, readonly string[]>> = {
  leader: [
    'headed by', 'led by', 'under the leadership of', 'under the command of', 'commanded by',
    'under the direction of', 'accompanied by its commander',
  ],
  pilot: ['piloted by', 'flown by'],
  greeter: [
    'met upon arrival by', 'met on arrival by', 'met at the airport by', 'met by', 'greeted by', 'welcomed by',
    'received by', 'met upon their arrival by', 'met on their arrival by',
  ],
  sender: ['sent by', 'dispatched by', 'ordered by', 'on the orders of', 'on the order of'],
  organiser: ['organised by', 'organized by', 'arranged by', 'coordinated by'],
};

/**
 * Verbs of greeting. Passive, with where before "by": "greeted on the tarmac by Foreign Minister Joseph
 * Wu". Active, after a named person who starts the clause: "Foreign minister Joseph Wu welcomed her".
 */
export const GREETING_VERBS: readonly string[] = ['greeted', 'welcomed', 'met', 'received'];
export const ACTIVE_GREETING_VERBS: readonly string[] = ['greeted', 'welcomed', 'hugged'];

/**
 * Verbs of a journey right after a named person, who is then the one who came: "Russian Defence Minister
 * Sergei Shoigu arrived in Pyongyang", "President Vladimir Putin flew to Minsk".
 */
export const VISIT_VERBS: readonly string[] = [
  'arrived', 'arrives', 'landed', 'lands', 'flew', 'flies', 'travelled', 'traveled', 'travels', 'touched down', 'visited', 'visits',
];

/**
 * Words in the slot before a name that say the subject carried the person: "A plane carrying Russian
 * opposition leader Alexei Navalny landed" titles him "Russian opposition leader"; what comes before is the plane.
 */
export const CARRIED_BEFORE_TITLE: readonly string[] = ['carrying', 'transporting', 'bringing', 'flying', 'with'];

/**
 * Heads of a post that, with the same field before them, name one post: "defence minister" and "defence
 * chief" are one person's post written two ways; "head of the air force" and "commander of the navy" are not.
 */
export const POST_HEADS: readonly string[] = ['minister', 'chief', 'head', 'secretary', 'boss', 'leader'];

/** Words that make a post the one below it: "deputy defence minister" is not the defence minister. */
export const SUBORDINATE_WORDS: readonly string[] = ['deputy', 'vice', 'assistant', 'vice-'];

/** Role nouns that name the one person after them: "the pilot, Captain Ivan Petrov". */
export const APPOSITIVE_ROLES: Readonly<Record<string, readonly string[]>> = {
  pilot: ['the pilot', 'its pilot', 'the co-pilot', 'the captain', 'the first officer', 'the aircraft commander', 'the crew commander'],
  leader: [
    'the head of the delegation', 'the head of the group', 'the leader of the group', 'the commander of the group',
    'the delegation head', 'the mission head', 'the head of the mission', 'the group leader', 'the group commander',
  ],
};

/**
 * Capitalised words that belong to an organisation's or a unit's name, never to a person's: they end a
 * title ("Ground Forces") so the name after them stands alone.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'Department', 'Ministry', 'Forces', 'Force', 'Police', 'Staff', 'Army', 'Navy', 'Embassy', 'Directorate',
  'Command', 'Committee', 'Council', 'Agency', 'Service', 'Services', 'Office', 'Federation', 'Republic',
  'Union', 'Corps', 'Guard', 'Guards', 'Assembly', 'Government', 'Administration', 'Bureau', 'Division',
  'Brigade', 'Regiment', 'Battalion', 'District', 'Group', 'Company', 'Airlines', 'Airways', 'Cooperation',
  'Integration', 'Affairs', 'Relations', 'Defence', 'Defense', 'Security', 'Intelligence', 'International',
  'National', 'Federal', 'State', 'Ground', 'Air', 'Aerospace', 'Naval', 'Border', 'Emergency', 'Emergencies',
  'Situations', 'Civil', 'Aviation', 'Investigative', 'Operations', 'Special', 'Military', 'Armed', 'Central',
  'General', 'Joint', 'Mobilisation', 'Mobilization', 'Main', 'Foreign', 'Interior', 'Justice', 'Finance',
  'Trade', 'Industry', 'Energy', 'Health', 'Transport', 'Institute', 'University', 'Bank',
  'Party', 'Front', 'Movement', 'Secretariat', 'Headquarters', 'Centre', 'Center', 'Fleet', 'Coast', 'Marine',
  'Marines', 'Authority', 'Authorities', 'Troops', 'Airborne', 'Commission', 'Organisation', 'Organization',
  // Charities and relief bodies: "the King Salman Humanitarian Aid and Relief Centre".
  'Humanitarian', 'Aid', 'Relief', 'Foundation', 'Fund', 'Charity', 'Society', 'Crescent', 'Cross',
  'Inspectorate', 'Theatre', 'Theater', 'Northern', 'Southern', 'Eastern', 'Western', 'Academy', 'School', 'Base', 'Airport', 'Region', 'Province', 'Oblast', 'Presidential', 'Parliament', 'Senate', 'Congress', 'Duma', 'Kremlin', 'Pentagon',
];

/** Capitalised words that start titles and ranks rather than names. */
export const TITLE_WORDS: readonly string[] = [
  'Chief', 'Head', 'Deputy', 'Commander', 'Minister', 'Ambassador', 'Director', 'President', 'Vice', 'Prime',
  'Premier', 'Secretary', 'Spokesman', 'Spokeswoman', 'Governor', 'Mayor', 'Envoy', 'Chairman', 'Chairwoman',
  'Leader', 'Pilot', 'Captain', 'Capt', 'General', 'Gen', 'Colonel', 'Col', 'Major', 'Maj', 'Lieutenant', 'Lt',
  'Admiral', 'Adm', 'Sergeant', 'Sgt', 'Marshal', 'Brigadier', 'Brig', 'Officer', 'Consul', 'King', 'Queen',
  'Crown', 'Prince', 'Sheikh', 'Emir', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lord', 'Senator', 'Sen', 'Rep', 'Representative',
  'Chancellor', 'Patriarch', 'Cmdr', 'Cdr', 'Commodore', 'First',
  // "Queen Consort Camilla", "Princess Anne".
  'Consort', 'Princess', 'Duke', 'Duchess',
];

/** Lower-case words that may sit inside a name: "Juan de la Cruz", "Ursula von der Leyen". */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin',
  'ibn', 'al', 'el', 'ter', 'y', 'ul',
];

/** Capitalised words that are not names: months, weekdays, and words that start sentences. */
export const NOT_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'The', 'A', 'An', 'And', 'But', 'He', 'She', 'They', 'It', 'We', 'I', 'This', 'That', 'On', 'In', 'At',
  // An airship's name, no person's: "The Graf Zeppelin landed here this morning".
  'Zeppelin',
];

/** Abbreviations of title words written with a full stop, so "Gen. Ivan Petrov" reads as title + name. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gen: 'general', col: 'colonel', capt: 'captain', maj: 'major', lt: 'lieutenant', adm: 'admiral',
  sgt: 'sergeant', brig: 'brigadier', cmdr: 'commander', cdr: 'commander', sen: 'senator', rep: 'representative',
  dr: 'doctor', mr: '', mrs: '', ms: '',
};

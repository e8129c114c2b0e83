/**
 * Words that say who asserts a claim: reporting verbs, the nouns that name a source, news outlets and
 * their aliases, and the country forms that make "Russia's ministry" and "the Russian ministry" one party.
 * Data only: src/claims/attribution.ts compiles these into patterns.
 */

/** Verbs that attribute what follows (or, after a quote, what precedes) to their subject. */
/**
 * Pronouns that stand for the party of the sentence before: "Russia's defence ministry denied ... It said
 * the MQ-9 had gone into an uncontrolled flight"; "..., it said."
 */
export const PARTY_PRONOUNS: readonly string[] = ['it', 'they', 'he', 'she'];

export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'reported', 'reports', 'report', 'confirmed', 'confirms',
  'confirm', 'claimed', 'claims', 'claim', 'denied', 'denies', 'deny', 'stated', 'states', 'announced',
  'announces', 'added', 'adds', 'insisted', 'insists', 'alleged', 'alleges', 'wrote', 'writes', 'noted',
  'notes', 'explained', 'explains', 'asserted', 'asserts', 'maintained', 'maintains', 'revealed',
  'disclosed', 'informed', 'declared', 'acknowledged', 'admitted', 'argued', 'suggested', 'warned',
  'tweeted', 'tweets',
  // "Moscow accused Ukraine of shooting the plane down": the accuser asserts what it accuses of.
  'accused', 'accuses', 'blamed', 'blames',
  // "The health ministry put the death toll at 471": who gives a figure.
  'estimated', 'estimates', 'put the death toll', 'puts the death toll', 'put the toll', 'puts the toll',
];

/** Verbs that may follow a closing quote with their subject after them: "'...,' said the minister." */
export const INVERTED_VERBS: readonly string[] = ['said', 'says', 'added', 'adds', 'told', 'wrote', 'noted', 'explained'];

/** Phrases that introduce the party named after them. */
export const ACCORDING_TO: readonly string[] = ['according to', 'as reported by', 'as stated by', 'in the words of'];

/** "X quoted the source as saying": the outlet X is who reports it. */
export const QUOTING: readonly string[] = ['quoted', 'quotes', 'cited', 'cites'];

/** "X, citing Y, reports": the outlet X reports what Y told it. */
export const CITING: readonly string[] = ['citing', 'quoting', 'referring to', 'with reference to'];

/** Objects of "according to" that name no party, only how sure the claim is. */
export const NON_PARTY_OBJECTS: readonly string[] = [
  'preliminary data', 'preliminary information', 'preliminary reports', 'preliminary estimates',
  'initial reports', 'initial data', 'estimates', 'the data', 'data', 'the schedule', 'the plan', 'the law',
  'the agreement', 'flight tracking data', 'flight-tracking data', 'tracking data',
];

/** Nouns that name a party that can assert something: a subject made of these is a source. */
export const SOURCE_NOUNS: readonly string[] = [
  'ministry', 'ministries', 'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'representative', 'representatives', 'channel', 'channels', 'agency',
  'agencies', 'outlet', 'outlets', 'media', 'newspaper', 'newspapers', 'portal', 'website', 'websites',
  'government', 'governments', 'military', 'army', 'navy', 'police', 'embassy', 'department', 'office',
  'service', 'services', 'command', 'headquarters', 'authorities', 'authority', 'minister', 'ministers',
  'president', 'prime minister', 'governor', 'mayor', 'diplomat', 'diplomats', 'expert', 'experts',
  'analyst', 'analysts', 'witness', 'witnesses', 'resident', 'residents', 'engineer', 'engineers',
  'investigator', 'investigators', 'intelligence', 'kremlin', 'pentagon', 'white house', 'state department',
  'report', 'reports', 'statement', 'assessment', 'assessments', 'findings', 'inquiry', 'investigation', 'journalist', 'journalists', 'correspondent', 'reporter', 'reporters',
  'observers', 'monitors', 'committee', 'commission', 'panel', 'subcommittee', 'investigations', 'inquiries', 'council', 'regulator', 'airline', 'carrier', 'company', 'operator',
  'officer', 'officers', 'commander', 'general', 'staff', 'press service', 'blogger', 'bloggers', 'pilot', 'pilots', 'captain', 'co-pilot',
  'leader', 'leaders', 'rebels', 'separatists', 'militants', 'insurgents', 'forces', 'troops', 'army chief',
  'prosecutor', 'prosecutors', 'prosecutor-general', 'prosecutor general', 'attorney general', 'attorney-general',
  'watchdog', 'watchdogs', 'lawmaker', 'lawmakers', 'senator', 'senators', 'envoy', 'ambassador',
  // Armed groups and parties: "Yemen's Houthi movement said", "the militia said".
  'movement', 'militia', 'militias', 'group', 'party', 'medics', 'paramedics',
  // "Islamic State's Sinai branch said it had brought the plane down".
  'branch', 'affiliate', 'faction',
];

/** News outlets and agencies, by the names they are written under, with their normalised name. */
export const OUTLETS: Readonly<Record<string, string>> = {
  reuters: 'reuters',
  ap: 'associated press',
  'the ap': 'associated press',
  'associated press': 'associated press',
  'the associated press': 'associated press',
  afp: 'agence france-presse',
  'agence france-presse': 'agence france-presse',
  'agence france presse': 'agence france-presse',
  'france-presse': 'agence france-presse',
  tass: 'tass',
  'itar-tass': 'tass',
  'ria novosti': 'ria novosti',
  ria: 'ria novosti',
  sputnik: 'sputnik',
  'sputnik news': 'sputnik',
  interfax: 'interfax',
  cnn: 'cnn',
  bbc: 'bbc',
  'bbc news': 'bbc',
  rt: 'rt',
  'russia today': 'rt',
  xinhua: 'xinhua',
  bloomberg: 'bloomberg',
  'al jazeera': 'al jazeera',
  'dpa': 'dpa',
  efe: 'efe',
  ukrinform: 'ukrinform',
  unian: 'unian',
  'kyodo': 'kyodo',
  'yonhap': 'yonhap',
  'anadolu': 'anadolu agency',
  'anadolu agency': 'anadolu agency',
  'the new york times': 'new york times',
  'new york times': 'new york times',
  'the washington post': 'washington post',
  'washington post': 'washington post',
  'the guardian': 'the guardian',
  kommersant: 'kommersant',
  izvestia: 'izvestia',
  'fox news': 'fox news',
  nbc: 'nbc',
  cbs: 'cbs',
  abc: 'abc',
};

/** Parties written differently but meaning one party, after folding. */
export const SOURCE_ALIASES: Readonly<Record<string, string>> = {
  media: 'media reports',
  'the media': 'media reports',
  'media reports': 'media reports',
  'media report': 'media reports',
  'local media': 'local media reports',
  'local media reports': 'local media reports',
  'state media': 'state media',
  'state media reports': 'state media',
  // A capital or a country standing for its government is one party with the country's name.
  us: 'united states',
  'u.s.': 'united states',
  usa: 'united states',
  'the us': 'united states',
  'the u.s.': 'united states',
  'the united states': 'united states',
  washington: 'united states',
  moscow: 'russia',
  'the kremlin': 'kremlin',
  'russian federation': 'russia',
  'the russian federation': 'russia',
  kyiv: 'ukraine',
  kiev: 'ukraine',
  beijing: 'china',
  caracas: 'venezuela',
  tehran: 'iran',
  minsk: 'belarus',
  damascus: 'syria',
};

/** Spellings that differ between English varieties, folded to one. */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  defense: 'defence', defence: 'defence', organization: 'organisation', center: 'centre',
};

/**
 * Country names (and their possessives) to the adjective used in a party name, so "Russia's defence
 * ministry", "the Russian Defence Ministry" and "the Defence Ministry of Russia" normalise alike.
 * A bare country as a party ("Russia says") normalises to the country.
 */
export const COUNTRY_ADJECTIVES: Readonly<Record<string, string>> = {
  russia: 'russian', 'russian federation': 'russian', ukraine: 'ukrainian', venezuela: 'venezuelan',
  'united states': 'american', us: 'american', 'u.s.': 'american', usa: 'american', america: 'american',
  china: 'chinese', iran: 'iranian', syria: 'syrian', turkey: 'turkish', israel: 'israeli',
  belarus: 'belarusian', poland: 'polish', germany: 'german', france: 'french', britain: 'british',
  'united kingdom': 'british', uk: 'british', japan: 'japanese', india: 'indian', pakistan: 'pakistani',
  cuba: 'cuban', colombia: 'colombian', brazil: 'brazilian', mexico: 'mexican', canada: 'canadian',
  'north korea': 'north korean', 'south korea': 'south korean', egypt: 'egyptian', libya: 'libyan',
  iraq: 'iraqi', afghanistan: 'afghan', georgia: 'georgian', armenia: 'armenian', azerbaijan: 'azerbaijani',
  kazakhstan: 'kazakh', serbia: 'serbian', nicaragua: 'nicaraguan', bolivia: 'bolivian', peru: 'peruvian',
  chile: 'chilean', argentina: 'argentine', italy: 'italian', spain: 'spanish', sudan: 'sudanese',
  mali: 'malian', senegal: 'senegalese', nigeria: 'nigerian', ethiopia: 'ethiopian', indonesia: 'indonesian',
  nepal: 'nepalese', taiwan: 'taiwanese', philippines: 'philippine', vietnam: 'vietnamese',
};

/**
 * Nouns of a party's telling, before "of" and what it tells: "Khrushchev ridiculed the American account of a
 * weather research flight". What the account tells is the named party's claim. Not "version": "the Israeli
 * version of the F-35" is a variant of a type.
 */
export const ACCOUNT_NOUNS: readonly string[] = ['account', 'explanation'];

/** Adverbs that may sit between a party and its verb: "Media earlier reported", "TASS also said". */
export const SUBJECT_ADVERBS: readonly string[] = [
  'also', 'earlier', 'later', 'previously', 'then', 'further', 'again', 'now', 'first', 'initially',
  'officially', 'publicly', 'separately', 'reportedly', 'subsequently', 'repeatedly', 'had', 'has', 'have',
  'has also', 'had earlier', 'have also', 'has previously', 'had previously', 'would', 'will', 'did not', 'has not',
  'at first', 'at the time', 'originally', 'quickly', 'immediately', 'flatly',
];

/** Nouns of time that end a party's name read backwards, in lower case: "at about the time rebels announced". */
export const TIME_NOUNS: readonly string[] = ['time', 'moment', 'day', 'hour', 'night', 'week', 'month', 'year', 'minute'];

/** Nouns that end in "-ly" and are no adverb, which ends a party's name: "The family of Paul Rusesabagina said". */
export const LY_NOUNS: readonly string[] = ['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'daily', 'weekly', 'monthly'];

/** Words that end a party's name when read backwards from its verb: pronouns, relatives, conjunctions. */
export const SUBJECT_STOPS: readonly string[] = [
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'which', 'who',
  'whom', 'whose', 'what', 'when', 'where', 'while', 'whereas', 'as', 'because', 'if', 'but', 'or', 'so',
  'to', 'is', 'was', 'were', 'are', 'be', 'been', 'not', 'said', 'says', 'say', 'told', 'by', 'with',
  'after', 'before', 'since', 'than', 'also', 'however', 'meanwhile', 'although', 'though', 'reported',
  'one', 'nobody', 'no', 'someone', 'everyone', 'all', 'both', 'each', 'his', 'her', 'their', 'its', 'our',
];

/**
 * Prepositions that make what follows the object of another verb, no party: "the commuter plane that plunged
 * into a house near Buffalo reported ...": the house reports nothing. Not those that join a party's name
 * ({@link SUBJECT_CONNECTORS}).
 */
export const OBJECT_PREPOSITIONS: readonly string[] = [
  'into', 'onto', 'upon', 'over', 'under', 'through', 'across', 'toward', 'towards', 'against', 'inside', 'near', 'off',
];

/** Words that may join the words of a party's name: "the Ministry of Defence", "a source in Caracas". */
export const SUBJECT_CONNECTORS: readonly string[] = ['of', 'in', 'and', 'for', 'at', 'from', '&'];

/** Titles that put a person's name after the party they speak for: "ministry spokesman Igor Petrov". */
export const SPOKESPERSON_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'representative', 'spokesmen',
];

/**
 * A report a party rejects: "The Kremlin dismissed reports that mercenaries had been sent to Venezuela to
 * protect Maduro", "Moscow denied that the troops were there to guard the president", "denying social media
 * reports that it had delivered weapons to Islamabad". What follows is nobody's claim: no reason, no place of
 * the route, and the words before "reports" name no party.
 */
export const REJECTED_REPORT = {
  verbs: ['dismissed', 'dismisses', 'dismissing', 'denied', 'denies', 'denying', 'rejected', 'rejects', 'rejecting',
    'refuted', 'refutes', 'refuting'],
  nouns: ['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'suggestion', 'suggestions', 'speculation', 'rumours', 'rumors'],
} as const;

/**
 * Talk that makes a claim without a party to it: "Speculation that Turkish planes had carried arms to Pakistan
 * spread online", "amid reports that ...". The talk is the claim's source: so a party that rejects it is
 * seen to dispute it. Before the noun, at the start of a sentence or after one of `before`.
 */
export const CLAIMING_TALK = {
  // The plural nouns of a rejected report, and speculation: "The report that ..." is seldom talk.
  nouns: REJECTED_REPORT.nouns.filter((n) => n.endsWith('s') || n === 'speculation'),
  before: ['amid', 'after', 'following', 'despite', 'with'],
} as const;

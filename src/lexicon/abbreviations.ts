/**
 * Word lists the sentence segmenter (src/segment/segment.ts) consults at a candidate boundary.
 * Abbreviations are written without their final period and in their usual case; the segmenter also
 * accepts the all-capitals form ("GEN.", "A.M.").
 *
 * "etc." is deliberately absent: it usually ends the sentence when a capital follows, so it is judged
 * like an ordinary word (a lowercase continuation never splits anyway).
 */

/** Titles and prefixes that always precede a name, so their period never ends a sentence. */
export const titleAbbreviations: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Rev', 'Hon', 'Fr',
  'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Maj', 'Adm', 'Cmdr', 'Cdr', 'Cpl', 'Pvt', 'Brig',
  'Sen', 'Rep', 'Gov', 'Pres', 'Amb', 'Supt', 'Insp', 'Det', 'Atty', 'Sec',
];

/** Abbreviations that sit inside a sentence (Latin and comparison shorthands): never a sentence end. */
export const inSentenceAbbreviations: readonly string[] = [
  'e.g', 'i.e', 'vs', 'v', 'approx', 'cf', 'viz', 'incl', 'esp', 'ca', 'resp', 'aka', 'a.k.a',
];

/** Abbreviations written before a number ("No. 5", "Vol. 3"): no split when a digit follows. */
export const numberAbbreviations: readonly string[] = [
  'No', 'Nos', 'Vol', 'Vols', 'Art', 'Fig', 'p', 'pp', 'Ch', 'Para', 'Ref', 'Tel', 'Nr',
];

/**
 * Abbreviations that can end a sentence as well as sit inside one ("in the U.S. The next day" vs
 * "U.S. State Department"): the segmenter splits after them only before a common sentence starter.
 * Dotted initialisms (D.C., N.Y.) and single capital initials (John F. Kennedy) are treated the same
 * way by pattern, so they need no entry here.
 */
export const ambiguousAbbreviations: readonly string[] = [
  'U.S', 'U.K', 'U.N', 'E.U', 'Jr', 'Sr',
  'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Plc', 'Assn', 'Dept', 'Univ', 'Govt', 'Intl',
  'St', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd', 'Sq',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Tues', 'Thurs', 'al', 'est', 'mln', 'bln', 'bn',
  // US states as wire datelines write them: "SAVANNAH, Ga. (Reuters) -".
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
];

/**
 * Words that commonly open a sentence. After an ambiguous abbreviation ("U.S.", "Inc.") a following
 * capitalised word from this list means the abbreviation ended the sentence.
 */
export const sentenceStarters: readonly string[] = [
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My',
  'Your', 'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'Nor',
  'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Also', 'Still', 'Then', 'Thus', 'Therefore',
  'Instead', 'Nevertheless', 'Nonetheless', 'Indeed', 'In', 'On', 'At', 'For', 'From', 'With', 'Without',
  'By', 'As', 'After', 'Before', 'During', 'Since', 'Until', 'While', 'When', 'Where', 'Whether', 'If',
  'Although', 'Though', 'Because', 'Despite', 'According', 'Under', 'Over', 'Earlier', 'Later', 'Last',
  'Now', 'Today', 'Yesterday', 'Tomorrow', 'Some', 'Many', 'Most', 'Several', 'Few', 'All', 'Both',
  'Each', 'Every', 'None', 'Other', 'Others', 'Such', 'What', 'Which', 'Who', 'Why', 'How',
];

/**
 * Lowercase words a headline or caption does not end with: a line ending with one of them was
 * hard-wrapped mid-sentence, so the line break does not end the sentence.
 */
export const lineContinuationWords: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by',
  'as', 'into', 'onto', 'than', 'that', 'which', 'who', 'whom', 'whose', 'its', 'his', 'her', 'their',
  'our', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could',
  'should', 'said', 'says', 'told', 'about', 'after', 'before', 'over', 'under', 'between', 'against',
  'during', 'via', 'per', 'including', 'if', 'while', 'when', 'because', 'not', 'very',
];

/**
 * Speech verbs of an attribution that follows a quoted question or exclamation
 * (`"Why now?" Lavrov asked.`): the quote and its attribution stay one sentence.
 */
export const quoteAttributionVerbs: readonly string[] = [
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted',
  'replied', 'answered', 'insisted', 'shouted', 'exclaimed', 'wondered', 'demanded', 'warned', 'cried',
  'continued', 'declared', 'stressed', 'noted', 'quipped', 'joked',
];

/**
 * The halves of a clock's day: a sentence ends after "3:05 p.m." unless the time goes on with its day, month
 * or zone ("5 p.m. Tuesday", "9 p.m. Moscow time", "11 a.m. GMT").
 */
export const clockAbbreviations: readonly string[] = ['a.m', 'p.m', 'A.M', 'P.M'];

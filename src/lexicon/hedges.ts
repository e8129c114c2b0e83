/**
 * Epistemic hedges: words that say a claim is not established ("reportedly", "may have", "it was not
 * reported whether"). Hedges on a figure ("almost", "about") belong to numbers.ts. Data only:
 * src/claims/hedges.ts compiles these into a pattern (matched case-insensitively, on word boundaries).
 */
export const HEDGES: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'presumably', 'possibly',
  'probably', 'likely', 'unlikely', 'perhaps', 'seemingly', 'ostensibly',
  'may have', 'may be', 'may not have', 'might', 'might have', 'could have', 'could be', 'would have',
  'is believed to', 'are believed to', 'was believed to', 'were believed to', 'believed to be',
  'is thought to', 'are thought to', 'was thought to', 'were thought to',
  'is said to', 'are said to', 'was said to', 'were said to',
  'is reported to', 'are reported to', 'was reported to', 'were reported to',
  'is suspected', 'are suspected', 'suspected', 'unconfirmed', 'not confirmed', 'not yet confirmed',
  'could not be confirmed', 'could not be independently verified', 'could not be verified',
  'it was not reported whether', 'it is not known whether', 'it is unclear whether', 'it was unclear whether',
  'it is not clear whether', 'it was not clear whether', 'it remains unclear', 'not immediately clear',
  'so far', 'as yet', 'for now', 'according to preliminary data', 'according to preliminary information',
  'according to preliminary reports', 'according to initial reports', 'preliminary', 'rumoured', 'rumored',
];

/**
 * Hedges that, right before a figure, doubt only the figure: "celebrated Mass for perhaps 300,000 people hours after
 * his plane landed in Warsaw" is sure of the landing.
 */
export const FIGURE_HEDGES: readonly string[] = ['perhaps', 'possibly', 'probably'];

/**
 * Hedges that, as a describing word after an article or a preposition, doubt only the noun they stand
 * before: "to be treated for suspected poisoning" doubts the poisoning, not the landing the sentence reports;
 * "shot down a suspected Chinese spy balloon" doubts what the balloon was.
 */
export const NOUN_HEDGES: readonly string[] = ['suspected'];

/** What stands right before such a describing word: "a suspected bomb", "for suspected poisoning". */
export const NOUN_HEDGE_LEADS: readonly string[] = [
  'a', 'an', 'the', 'two', 'three', 'several', 'its', 'his', 'her', 'their', 'of', 'for', 'over', 'after',
  'from', 'by', 'with', 'in', 'on', 'into', 'against',
];

/** Words that end the noun a describing hedge doubts: "a suspected bomb in the hold" doubts "bomb". */
export const NOUN_HEDGE_ENDS: readonly string[] = [
  'that', 'which', 'who', 'and', 'or', 'but', 'was', 'were', 'is', 'are', 'had', 'has', 'after', 'before',
  'on', 'in', 'at', 'to', 'from', 'near', 'over', 'off', 'when', 'while', 'as',
];

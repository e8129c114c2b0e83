/**
 * Reports a party rejects: "dismissed reports that ...", "denied that ...", "denying social media reports
 * that ...". What follows in the sentence is nobody's claim.
 */
import { matchAny } from '../lexicon/match.js';
import { REJECTED_REPORT } from '../lexicon/attribution.js';

const VERBS = matchAny(REJECTED_REPORT.verbs);
const NOUNS = matchAny(REJECTED_REPORT.nouns);

/** Matches text that ends inside a rejected report: test it on the sentence up to a word. */
export const REJECTED_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])(?:${VERBS})\s{1,3}(?:(?:the\s{1,3})?(?:[\w'’-]{1,20}\s{1,3}){0,2}(?:${NOUNS})\s{1,3})?that\b[^.;!?]*$`, 'i');

/** The rejected report's noun, with what names it: "reports", "Venezuela's claim", "the allegations". */
const REPORT_NOUN = String.raw`(?:the\s{1,3})?(?:[\w'’-]{1,20}\s{1,3}){0,2}(?:${NOUNS})\s{1,3}`;
/** The rejected clause up to its verb: "that it had", "that the jets were". */
const UP_TO_VERB = String.raw`that\s{1,3}(?:(?:it|they|he|she|we)\s{1,3}|[^.;!?]{0,60}?\b(?:had|has|have|was|were|is|are|would|will|did)\s{1,3}(?:been\s{1,3})?)$`;

/**
 * The same, ending right at the verb of the rejected clause: "denying reports that it had delivered",
 * "denied that the jets were sent". Not "denied that cargo flights to Iran had carried weapons": the flights
 * there are not what is denied.
 */
export const REJECTED_VERB_BEFORE = new RegExp(String.raw`(?<![A-Za-z])(?:${VERBS})\s{1,3}(?:${REPORT_NOUN})?${UP_TO_VERB}`, 'i');

/**
 * The same, with the claim or report named: "rejected Venezuela's claim that Colombian guerrillas had". A denial
 * with no such noun ("denied that its jets had come into contact") leaves a cause asserted by no one, not ruled out.
 */
export const REJECTED_CLAIM_BEFORE = new RegExp(String.raw`(?<![A-Za-z])(?:${VERBS})\s{1,3}${REPORT_NOUN}${UP_TO_VERB}`, 'i');

/** Any rejecting verb: a sentence without one holds no rejected report. */
export const REJECTING = new RegExp(String.raw`(?<![A-Za-z])(?:${VERBS})\b`, 'i');

/** "denying social media reports": a rejecting verb that opens the words before a report's noun, which name no party. */
export const REJECTING_LEAD = new RegExp(String.raw`^(?:${VERBS})\b`, 'i');

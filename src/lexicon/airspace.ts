/**
 * Airspace: whose air an aircraft was in when the event happened ("violated Turkish airspace", "stayed
 * within Syrian airspace", "did not enter US or Canadian airspace", "over neutral waters"). Reports of
 * intercepts and shoot-downs turn on it, and the parties' claims often clash there. Data only;
 * src/text/airspace.ts reads it.
 */

/** Nouns of a country's air: "Turkish airspace", "the airspace of Poland". */
export const AIRSPACE_NOUNS: readonly string[] = ['airspace', 'air space', 'air-space'];

/** Words between an owner and the noun that change nothing: "Turkey's sovereign airspace". */
export const AIRSPACE_QUALIFIERS: readonly string[] = ['sovereign', 'national', 'own', 'territorial'];

/**
 * The air of no country: "in international airspace", and, after "over", "international waters" (where
 * no ship is meant, since the phrase is read only as air above them).
 */
export const NO_OWNER_WORDS: readonly string[] = ['international', 'neutral'];
export const OPEN_WATERS: readonly string[] = ['waters'];

/** Verbs of an aircraft brought down, before "in international waters": there it fell, and no ship is meant. */
export const DOWNED_VERBS: readonly string[] = [
  'shot down', 'downed', 'brought down', 'crashed', 'went down', 'came down', 'ditched', 'plunged', 'intercepted',
];

/** Pronouns that stand for the country the sentence names first: "Poland said drones violated its airspace". */
export const OWNER_PRONOUNS: readonly string[] = ['its', 'their'];

/** Cues right before an airspace that put the aircraft in it: "violated", "entered", "strayed into", "in". */
export const INSIDE_CUES: readonly string[] = [
  'violated', 'violate', 'violates', 'violating', 'violation of', 'violations of',
  'entered', 'enter', 'enters', 'entering', 'flew into', 'flying into', 'flown into',
  'intruded into', 'intrudes into', 'intruding into', 'intrusion into', 'intrusions into',
  'incursion into', 'incursions into', 'strayed into', 'strays into', 'straying into',
  'crossed into', 'crosses into', 'crossing into', 'penetrated', 'penetrating', 'breached', 'breaching', 'breach of',
  'in', 'inside', 'within', 'into', 'through', 'over', 'out of', 'left', 'leaving',
];

/** Cues of an overflight before a place's name, which put the aircraft in its country's air: "flew over Turkey and Bulgaria". */
export const OVERFLIGHT_CUES: readonly string[] = [
  'flew over', 'flying over', 'flown over', 'flies over', 'fly over', 'overflew', 'overflying', 'overflown', 'overflies',
];

/** Cues after an airspace that put the aircraft in it: "Turkish airspace was violated". */
export const INSIDE_AFTER: readonly string[] = [
  'was violated', 'were violated', 'had been violated', 'has been violated', 'was breached', 'had been breached',
];

/** Cues that keep the aircraft in one airspace throughout: "stayed within Syrian airspace", "never left". */
export const ONLY_CUES: readonly string[] = [
  'stayed within', 'stayed in', 'stayed inside', 'stays within', 'staying within', 'stay within',
  'remained within', 'remained in', 'remained inside', 'remains within', 'remaining within', 'remain within',
  'never left', 'never leaving', 'did not leave', "didn't leave", 'had not left', "hadn't left", 'never crossed out of',
  'entirely within', 'entirely in', 'only in', 'only within', 'exclusively in', 'exclusively within', 'exclusively over',
  'solely in', 'solely within',
];

/**
 * Words before an inside cue that deny it: "did not enter", "denied that its jet had violated", "without
 * entering". They count only a few words before the cue, within its clause.
 */
export const DENIALS: readonly string[] = [
  'not', 'never', "n't", 'without', 'denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'rejecting', 'dismissed',
];

/** Verbs a quoted denial starts with: "did not enter", "had never violated". */
export const DENIAL_AUXILIARIES: readonly string[] = ['did', 'does', 'do', 'had', 'has', 'have', 'was', 'were', 'is', 'are'];

/** Words that deny a cue only right before it: "no violation of", not "with no flight plan, entered". */
export const DENIALS_RIGHT_BEFORE: readonly string[] = ['no'];

/** Words before an inside cue that leave it open: "it was unclear whether the drone entered Polish airspace". */
export const UNCERTAIN: readonly string[] = ['whether', 'if', 'may have', 'might have', 'could have', 'possibly', 'perhaps'];

/**
 * Words right before the cue that make it a movement not made, or not yet: "threatened to violate",
 * "tried to enter" (with the failed movements of src/lexicon/motion.ts).
 */
export const NOT_MADE_BEFORE: readonly string[] = ['to', 'will', 'would', 'could', 'might', 'may', 'can', 'cannot'];

/**
 * What, after an airspace, ties the presence to another moment than the incident's: the landing ("had
 * entered Chinese airspace without permission when it landed on Hainan" says where it landed, which no
 * report disputes) or a stay it ended ("after it had briefly entered Syrian airspace and left it").
 */
export const OTHER_MOMENT_AFTER: readonly string[] = [
  'when it landed', 'when they landed', 'as it landed', 'as they landed', 'to land', 'in order to land', 'before landing',
  'before it landed', 'for landing', 'for an emergency landing', 'to make an emergency landing',
  'and left it', 'and then left it', 'and left again', 'before leaving it', 'before leaving again',
];

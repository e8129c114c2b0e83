import { BACKGROUND_COUNTS, BACKGROUND_SENTENCES } from './idf-data.js';

/** How rare a term is: inverse sentence frequency in a background corpus, optionally plus local counts. */
export type Idf = (key: string) => number;

const BACKGROUND: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const parts = BACKGROUND_COUNTS.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i]!, Number(parts[i + 1]));
  return map;
})();

/**
 * Numbers are as telling as rare words ("99" against "99" says more than "planes" against "planes"),
 * except the small ones every other sentence has ("two", "3"), and dates.
 */
const NUMBER_COUNT = 2;
const SMALL_NUMBER_COUNT = 200;
const DATE_COUNT = 10;

/** Sentence count of a term in the background corpus (unseen terms count as seen once). */
export function backgroundCount(key: string): number {
  if (key.startsWith('#')) return /^#\d$/.test(key) ? SMALL_NUMBER_COUNT : NUMBER_COUNT;
  if (key.startsWith('@')) return DATE_COUNT;
  return BACKGROUND.get(key) ?? 1;
}

/** Inverse frequency from the background alone. */
export const backgroundIdf: Idf = (key) => Math.log((BACKGROUND_SENTENCES + 1) / (backgroundCount(key) + 0.5));

/** How much a term's frequency in the two articles themselves damps its weight (0: not at all). */
export const LOCAL_DAMPING = { power: 0.5 };

/**
 * Inverse frequency from the background, damped by the sentences at hand, so a word that many sentences
 * of the two articles repeat ("Venezuela" in a story on Venezuela) tells less about which sentences pair.
 * `local` counts in how many of the `localTotal` sentences each term occurs.
 */
export function mixedIdf(local: ReadonlyMap<string, number>, localTotal: number): Idf {
  const top = Math.log(localTotal + 1);
  return (key) => {
    const bg = backgroundIdf(key);
    if (top <= 0 || LOCAL_DAMPING.power === 0) return bg;
    const own = Math.log((localTotal + 1) / (local.get(key) ?? 1)) / top;
    return bg * Math.max(0.05, own) ** LOCAL_DAMPING.power;
  };
}

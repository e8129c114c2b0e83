import { RELATED_SYNSETS } from './related-data.js';

/** WordNet synsets of background terms (see scripts/build-idf.ts), read once at load. */
export const RELATED: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  const parts = RELATED_SYNSETS.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i]!, parts[i + 1]!.split(',').map((s) => parseInt(s, 36)));
  return map;
})();

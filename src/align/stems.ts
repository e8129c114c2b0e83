import { STEM_CHANGED, STEM_SAME } from './stem-data.js';

/** Porter stems of common news words, read once at load from the generated table. */
export const KNOWN_STEMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const w of STEM_SAME.split(' ')) if (w) map.set(w, w);
  const parts = STEM_CHANGED.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i]!, parts[i + 1]!);
  return map;
})();

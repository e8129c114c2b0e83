// PLACEHOLDER until same-event detection lands.
import type { Article } from '../input.js';
import type { Fact } from '../types.js';
import type { AlignResult } from './align.js';
export function matchEvent(a: Article, b: Article, _fa: Fact[], _fb: Fact[], r: AlignResult): { score: number; same: boolean } {
  const n = r.status[0].filter((s) => s === 'aligned').length / Math.max(1, a.sentences.length);
  const m = r.status[1].filter((s) => s === 'aligned').length / Math.max(1, b.sentences.length);
  const score = Math.min(1, (n + m) / 2);
  return { score, same: score >= 0.2 };
}

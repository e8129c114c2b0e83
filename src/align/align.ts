// PLACEHOLDER until the aligner lands.
import type { Article } from '../input.js';
import type { Fact, Alignment, SentenceScorer, SentenceStatus } from '../types.js';

export interface AlignOptions { similarity?: SentenceScorer; threshold?: number }
export interface AlignResult { alignments: Alignment[]; status: [SentenceStatus[], SentenceStatus[]] }

export function similarity(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/\w+/g) ?? []), wb = new Set(b.toLowerCase().match(/\w+/g) ?? []);
  let n = 0; for (const w of wa) if (wb.has(w)) n++;
  return wa.size + wb.size ? (2 * n) / (wa.size + wb.size) : 0;
}
export function align(a: Article, b: Article, _fa: Fact[], _fb: Fact[], options: AlignOptions = {}): AlignResult {
  const score = options.similarity ?? similarity, t = options.threshold ?? 0.3;
  const alignments: Alignment[] = [];
  const sa = a.sentences.map(() => 'unique' as SentenceStatus), sb = b.sentences.map(() => 'unique' as SentenceStatus);
  for (const x of a.sentences) for (const y of b.sentences) {
    const s = score(x.text, y.text);
    if (s >= t) { alignments.push({ a: [x.index], b: [y.index], score: s, diff: [] }); sa[x.index] = 'aligned'; sb[y.index] = 'aligned'; }
  }
  return { alignments, status: [sa, sb] };
}

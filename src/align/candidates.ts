import type { SentenceVector } from './similarity.js';

/** Candidate pairs of one sentence of a: the b sentences and their scores (above 0). */
export interface Row {
  js: number[];
  scores: number[];
}

/** The score sentence i of a and sentence j of b must reach to be aligned. */
export type Bar = (i: number, j: number) => number;

/**
 * Sentences of `to` that share at least one telling term with sentence i of `from`, found through an
 * inverted index over to's terms, so long articles are not compared all against all. Terms found in more
 * than `common` of to's sentences are skipped for finding candidates (they still count in the score). Each
 * sentence keeps at most `most` candidates, those with the most shared weight, so the work grows with the
 * article's length rather than with the product of both lengths. Returns them in to's order.
 */
export function candidateIndex(
  from: readonly SentenceVector[],
  to: readonly SentenceVector[],
  most: number,
  common: number,
): (i: number) => number[] {
  const m = to.length;
  const postings = new Map<string, { js: number[]; ws: number[] }>();
  to.forEach((v, j) => {
    v.keys.forEach((k, t) => {
      const list = postings.get(k);
      if (list) {
        list.js.push(j);
        list.ws.push(v.values[t]!);
      } else postings.set(k, { js: [j], ws: [v.values[t]!] });
    });
  });
  const seen = new Int32Array(m).fill(-1);
  const shared = new Float64Array(m);
  return (i) => {
    const out: number[] = [];
    const x = from[i]!;
    x.keys.forEach((k, t) => {
      const list = postings.get(k);
      if (!list || list.js.length > common) return;
      const w = x.values[t]!;
      list.js.forEach((j, p) => {
        if (seen[j] !== i) {
          seen[j] = i;
          shared[j] = 0;
          out.push(j);
        }
        shared[j] = shared[j]! + Math.min(w, list.ws[p]!);
      });
    });
    if (out.length > most) {
      for (const j of out) shared[j] = shared[j]! / (x.total + to[j]!.total);
      out.sort((p, q) => shared[q]! - shared[p]! || p - q);
      out.length = most;
    }
    return out.sort((p, q) => p - q);
  };
}

// Articles that come with sentence vectors from the caller's own embedding model are aligned by the
// cosine of those vectors, not by shared words; everything else of the pipeline stays as it is.
import { describe, expect, it } from 'vitest';
import { compare, splitSentences, type ArticleInput, type ComparisonReport } from '../../src/index.js';

const pairsOf = (r: ComparisonReport) => new Set(r.alignments.flatMap((al) => al.a.flatMap((i) => al.b.map((j) => `${i}:${j}`))));

// No two sentences share a content word, so the built-in similarity aligns nothing.
const A = ['Crowds gathered outside the stadium before dawn.', 'Ticket prices doubled overnight.', 'Vendors sold scarves.'];
const B = ['Fans queued early at the arena.', 'Admission became twice as expensive.', 'Rain fell at noon.'];
// A toy "model": one axis per meaning.
const VA = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]];
const VB = [[0.9, 0.1, 0, 0], [0.1, 0.95, 0, 0], [0, 0, 0, 1]];

describe('alignment with sentence vectors', () => {
  it('the built-in similarity alone finds nothing to align here', () => {
    expect(pairsOf(compare({ id: 'a', sentences: A }, { id: 'b', sentences: B })).size).toBe(0);
  });

  it('aligns the sentences whose vectors point the same way, and only those', () => {
    const r = compare({ id: 'a', sentences: A, vectors: VA }, { id: 'b', sentences: B, vectors: VB }, { alignThreshold: 0.8 });
    expect(pairsOf(r)).toEqual(new Set(['0:0', '1:1']));
    expect(r.articles[0].sentences.map((s) => s.status)).toEqual(['aligned', 'aligned', 'unique']);
    expect(r.articles[1].sentences[2]!.status).not.toBe('aligned');
    const score = r.alignments.find((al) => al.a.includes(0))!.score;
    expect(score).toBeCloseTo(0.9 / Math.hypot(0.9, 0.1), 3);
  });

  it('reads each vector as its own sentence: reordered vectors pair other sentences', () => {
    const r = compare({ id: 'a', sentences: A, vectors: [VA[1]!, VA[0]!, VA[2]!] }, { id: 'b', sentences: B, vectors: VB }, { alignThreshold: 0.8 });
    expect(pairsOf(r)).toEqual(new Set(['0:1', '1:0']));
  });

  it('opposite vectors never align, however alike the words', () => {
    const r = compare(
      { id: 'a', sentences: A, vectors: VA },
      { id: 'b', sentences: A.map((s) => s.toUpperCase()), vectors: VA.map((v) => v.map((x) => -x)) },
      { alignThreshold: 0.1 },
    );
    expect(pairsOf(r).size).toBe(0);
  });

  it('facts both sentences state add to the cosine, as they do to the built-in similarity', () => {
    // "overnight" is one time in both; the vectors alone (cosine 0) would pair nothing.
    const r = compare(
      { id: 'a', sentences: A, vectors: VA },
      { id: 'b', sentences: A.map((s) => s.toUpperCase()), vectors: [[0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 1]] },
      { alignThreshold: 0.05 },
    );
    expect(pairsOf(r)).toEqual(new Set(['1:1']));
  });

  it('a zero vector scores 0 rather than NaN', () => {
    const r = compare({ id: 'a', sentences: A, vectors: [[0, 0, 0, 0], ...VA.slice(1)] }, { id: 'b', sentences: B, vectors: VB }, { alignThreshold: 0.8 });
    expect(pairsOf(r)).toEqual(new Set(['1:1']));
    for (const al of r.alignments) expect(Number.isFinite(al.score)).toBe(true);
  });

  it('takes typed arrays', () => {
    const r = compare(
      { id: 'a', sentences: A, vectors: VA.map((v) => Float32Array.from(v)) },
      { id: 'b', sentences: B, vectors: VB.map((v) => Float64Array.from(v)) },
      { alignThreshold: 0.8 },
    );
    expect(pairsOf(r)).toEqual(new Set(['0:0', '1:1']));
  });

  it('never aligns timestamp lines, even when their vectors are equal', () => {
    const r = compare(
      { id: 'a', sentences: ['Updated: May 3, 2013 at 9:56 AM EDT', 'Fans queued early.'], vectors: [[1, 0], [0, 1]] },
      { id: 'b', sentences: ['May 3, 2013 9:56 am EDT', 'Crowds gathered before dawn.'], vectors: [[1, 0], [0, 1]] },
    );
    expect(pairsOf(r)).toEqual(new Set(['1:1']));
  });

  it('text input with vectors for the sentences splitSentences gives', () => {
    const text = 'Crowds gathered outside the stadium before dawn. Ticket prices doubled overnight.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(A.slice(0, 2));
    const a: ArticleInput = { id: 'a', text, vectors: sentences.map((_, k) => VA[k]!) };
    const r = compare(a, { id: 'b', sentences: B, vectors: VB }, { alignThreshold: 0.8 });
    expect(pairsOf(r)).toEqual(new Set(['0:0', '1:1']));
  });

  it('long articles beyond the all-pairs limit still align, candidates coming from shared words', () => {
    const n = 260;
    const sa = Array.from({ length: n }, (_, k) => `Report ${k} names item${k} in district${k}.`);
    const vec = (k: number) => Array.from({ length: 8 }, (_, d) => Math.cos(k * (d + 1)));
    const r = compare({ id: 'a', sentences: sa, vectors: sa.map((_, k) => vec(k)) }, { id: 'b', sentences: [...sa].reverse(), vectors: sa.map((_, k) => vec(n - 1 - k)) }, { alignThreshold: 0.99 });
    const pairs = pairsOf(r);
    for (const k of [0, 17, 259]) expect(pairs.has(`${k}:${n - 1 - k}`)).toBe(true);
  });
});

// Aligning with your own embedding model: split the texts as compare() will, embed the sentences (in a
// batch, asynchronously, as embedding APIs work), then hand the vectors over with the sentences.
// Run: npx tsx examples/own-embeddings.ts
//
// `embed` below is a stand-in so the example runs offline: it hashes words into 64 buckets, which knows
// nothing of meaning. Replace it with a call to your model (a hosted embedding API, transformers.js...)
// and set `alignThreshold` for that model's cosines.
import { compare, splitSentences } from 'corroborate';

async function embed(sentences: string[]): Promise<Float32Array[]> {
  return sentences.map((sentence) => {
    const v = new Float32Array(64);
    for (const word of sentence.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
      let h = 0;
      for (const c of word) h = (h * 31 + c.codePointAt(0)!) >>> 0;
      v[h % 64]! += 1;
    }
    return v;
  });
}

const textA =
  'Two Russian military planes landed in Caracas on Saturday. They carried almost a hundred troops. The opposition called it a provocation.';
const textB =
  'An An-124 and an Il-62 arrived at the Caracas airport on March 23. Some 99 servicemen were on board. Markets in Tokyo closed lower.';

const sentencesA = splitSentences(textA).map((s) => s.text);
const sentencesB = splitSentences(textB).map((s) => s.text);
const [vectorsA, vectorsB] = await Promise.all([embed(sentencesA), embed(sentencesB)]);

const report = compare(
  { id: 'a', sentences: sentencesA, vectors: vectorsA, publishedAt: '2019-03-25' },
  { id: 'b', sentences: sentencesB, vectors: vectorsB, publishedAt: '2019-03-25' },
  { alignThreshold: 0.3 },
);

for (const al of report.alignments) {
  console.log(`${al.score.toFixed(2)}  ${al.a.map((i) => sentencesA[i]).join(' ')}  <->  ${al.b.map((j) => sentencesB[j]).join(' ')}`);
}
for (const [k, view] of report.articles.entries()) {
  for (const s of view.sentences) if (s.status !== 'aligned') console.log(`${'ab'[k]} ${s.status}: ${s.text}`);
}

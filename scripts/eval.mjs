#!/usr/bin/env node
// Measures alignment, same-event detection and sentence similarity on public benchmarks, beside
// baselines computed in the same run. Run after the build: `npm run build && node scripts/eval.mjs`.
// Data: ../shared/bench (ECB+ topics 1-25, STS-B news). Tuning used ECB+ 1-22 and STS train/dev only;
// ECB+ 23-25 and STS test are held out.
// Definitions follow ../shared/check/ecb.mjs and sts.mjs exactly (same pairs, same counting).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bench = join(root, '..', 'shared', 'bench');
const { compare, similarity } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js');
const { compareTwoStrings } = require('string-similarity');
const STOP = new Set(require('natural/lib/natural/util/stopwords.js').words);

// ---- baselines -------------------------------------------------------------------------------------
const stems = (s, stop) => (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !stop || !STOP.has(w)).map((w) => porter.stem(w));
/**
 * TF-IDF over a list of texts (IDF from that list), as MASSAlign and most tools do it. `stop` drops stop
 * words; `sklearn` uses scikit-learn's smoothed IDF, ln((1 + n) / (1 + df)) + 1.
 */
function tfidfSpace(texts, { stop = true, sklearn = false } = {}) {
  const df = new Map();
  const bags = texts.map((t) => {
    const bag = new Map();
    for (const w of stems(t, stop)) bag.set(w, (bag.get(w) ?? 0) + 1);
    for (const w of bag.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return bag;
  });
  const n = texts.length;
  return bags.map((bag) => {
    const v = new Map();
    let norm = 0;
    for (const [w, tf] of bag) {
      const x = tf * (sklearn ? Math.log((1 + n) / (1 + df.get(w))) + 1 : Math.log((n + 1) / (df.get(w) + 1) + 1));
      v.set(w, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) };
  });
}
const cosine = (x, y) => {
  if (!x.norm || !y.norm) return 0;
  let dot = 0;
  for (const [w, a] of x.v) { const b = y.v.get(w); if (b) dot += a * b; }
  return dot / (x.norm * y.norm);
};

// ---- metrics ---------------------------------------------------------------------------------------
const prf = ({ tp, fp, fn }) => {
  const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
};
const auc = (pos, neg) => {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : 0;
};
const bestAccuracy = (pos, neg) => {
  let best = 0;
  for (const t of [...pos, ...neg]) {
    const right = pos.filter((p) => p >= t).length + neg.filter((n) => n < t).length;
    best = Math.max(best, right / (pos.length + neg.length));
  }
  return best;
};
const rank = (xs) => {
  const order = xs.map((v, i) => [v, i]).sort((p, q) => p[0] - q[0]);
  const r = new Array(xs.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2;
    i = j + 1;
  }
  return r;
};
const pearson = (a, b) => {
  const ma = a.reduce((s, v) => s + v, 0) / a.length, mb = b.reduce((s, v) => s + v, 0) / b.length;
  let c = 0, va = 0, vb = 0;
  for (let i = 0; i < a.length; i++) { c += (a[i] - ma) * (b[i] - mb); va += (a[i] - ma) ** 2; vb += (b[i] - mb) ** 2; }
  return c / Math.sqrt(va * vb);
};
const spearman = (a, b) => pearson(rank(a), rank(b));
const f3 = (x) => x.toFixed(3);

// ---- ECB+ ------------------------------------------------------------------------------------------
const ecb = JSON.parse(readFileSync(join(bench, 'ecbplus', 'topics-1-25.json'), 'utf8'));
const DICE_THRESHOLDS = Array.from({ length: 19 }, (_, k) => 0.05 * (k + 1));

function evalEcb(docs) {
  const byTopic = new Map();
  for (const d of docs) {
    if (!byTopic.has(d.topic)) byTopic.set(d.topic, []);
    byTopic.get(d.topic).push(d);
  }
  const ours = { tp: 0, fp: 0, fn: 0 }, tfidf = { tp: 0, fp: 0, fn: 0 }, dice75 = { tp: 0, fp: 0, fn: 0 };
  const diceAt = DICE_THRESHOLDS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const pos = [], neg = [], docPos = [], docNeg = [];
  let pairs = 0, right = 0, ms = 0;
  // Conflict verdicts: reports of one event should seldom conflict; reports of two events of one kind often do.
  const conflicts = { same: { pairs: 0, any: 0 }, other: { pairs: 0, any: 0 } };
  const count = (c, g, p) => { if (g && p) c.tp++; else if (p) c.fp++; else if (g) c.fn++; };
  for (const list of byTopic.values()) {
    // The sentence baseline is MASSAlign's: IDF from the sentences of the two documents, stemmed words
    // kept whole (scikit-learn's defaults). The document baseline's IDF comes from the topic's documents.
    const docSpace = tfidfSpace(list.map((d) => d.sentences.join(' ')));
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const d1 = list[x], d2 = list[y];
        const same = d1.half === d2.half;
        const t0 = performance.now();
        const report = compare({ id: d1.id, sentences: d1.sentences }, { id: d2.id, sentences: d2.sentences });
        ms += performance.now() - t0;
        pairs++;
        (same ? pos : neg).push(report.eventMatch.score);
        const tally = conflicts[same ? 'same' : 'other'];
        tally.pairs++;
        const clashing = report.facets.filter((f) => f.verdict === 'conflict').map((f) => f.facet);
        if (clashing.length) tally.any++;
        // A side that reports competing claims is no conflict between the sides, but is a flag all the same.
        if (report.facets.some((f) => f.verdict === 'disputed')) tally.disputed = (tally.disputed ?? 0) + 1;
        for (const facet of clashing) tally[facet] = (tally[facet] ?? 0) + 1;
        if (report.eventMatch.same === same) right++;
        (same ? docPos : docNeg).push(cosine(docSpace[x], docSpace[y]));
        if (!same) continue;
        const space = tfidfSpace([...d1.sentences, ...d2.sentences], { stop: false, sklearn: true });
        const predicted = new Set();
        for (const al of report.alignments) for (const i of al.a) for (const j of al.b) predicted.add(`${i}:${j}`);
        for (let i = 0; i < d1.sentences.length; i++) {
          if (!d1.annotated[i]) continue;
          for (let j = 0; j < d2.sentences.length; j++) {
            if (!d2.annotated[j]) continue;
            const g = d1.events[i].some((e) => d2.events[j].includes(e));
            count(ours, g, predicted.has(`${i}:${j}`));
            count(tfidf, g, cosine(space[i], space[d1.sentences.length + j]) >= 0.2);
            const dice = compareTwoStrings(d1.sentences[i], d2.sentences[j]);
            count(dice75, g, dice >= 0.75);
            DICE_THRESHOLDS.forEach((t, k) => count(diceAt[k], g, dice >= t));
          }
        }
      }
    }
  }
  let diceBest = { F: -1 };
  DICE_THRESHOLDS.forEach((t, k) => { const r = prf(diceAt[k]); if (r.F > diceBest.F) diceBest = { ...r, t }; });
  return {
    pairs, msPerCompare: ms / Math.max(1, pairs),
    ours: prf(ours), tfidf: prf(tfidf), dice75: prf(dice75), diceBest,
    auc: auc(pos, neg), accuracy: right / Math.max(1, pairs),
    docAuc: auc(docPos, docNeg), docAccuracy: bestAccuracy(docPos, docNeg),
    conflicts,
  };
}

// Quick runs while tuning: `--topics 1-22` (or `--topics 3,7,10-12`) evaluates those ECB+ topics only,
// `--sts train,dev` those STS splits only (`--sts none` skips STS, `--topics none` skips ECB+).
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const topicsArg = arg('--topics'), stsArg = arg('--sts');
const topicSet = (spec) => {
  const out = new Set();
  for (const part of spec.split(',')) {
    const [from, to = from] = part.split('-').map(Number);
    for (let t = from; t <= to; t++) out.add(t);
  }
  return out;
};
const splits = topicsArg === 'none' ? [] : topicsArg
  ? [[`ECB+ topics ${topicsArg}`, ecb.documents.filter((d) => topicSet(topicsArg).has(d.topic))]]
  : [
    ['ECB+ topics 1-22 (tuning)', ecb.documents.filter((d) => d.topic <= 22)],
    ['ECB+ topics 23-25 (held out)', ecb.documents.filter((d) => d.topic >= 23)],
    ['ECB+ topics 1-25 (as ecb.mjs)', ecb.documents],
  ];
console.log('## Alignment (ECB+: annotated sentence pairs of same-event document pairs)\n');
console.log('| split | doc pairs | ours P / R / F1 | TF-IDF cos >= 0.2 | Dice >= 0.75 | Dice best (oracle t) |');
console.log('|---|---|---|---|---|---|');
const events = [];
for (const [name, docs] of splits) {
  const r = evalEcb(docs);
  const show = (x) => `${f3(x.P)} / ${f3(x.R)} / ${f3(x.F)}`;
  console.log(`| ${name} | ${r.pairs} | ${show(r.ours)} | ${show(r.tfidf)} | ${show(r.dice75)} | ${show(r.diceBest)} (t ${r.diceBest.t.toFixed(2)}) |`);
  events.push([name, r]);
}
console.log('\n## Same event (ECB+: all document pairs within a topic; same half = same event)\n');
console.log('| split | ours AUC | ours accuracy (eventMatch.same) | TF-IDF document cosine AUC | its accuracy at best (oracle) threshold | ms per compare |');
console.log('|---|---|---|---|---|---|');
for (const [name, r] of events) {
  console.log(`| ${name} | ${f3(r.auc)} | ${f3(r.accuracy)} | ${f3(r.docAuc)} | ${f3(r.docAccuracy)} | ${r.msPerCompare.toFixed(2)} |`);
}

console.log('\n## Conflict verdicts (ECB+: share of document pairs where a facet conflicts)\n');
console.log('Reports of one event (same half) should seldom conflict; reports of two events of one kind (other half) often do. The last column counts pairs where one side reports competing claims.\n');
const CONFLICT_FACETS = ['time', 'people', 'casualties'];
console.log(`| split | pairs | any facet | ${CONFLICT_FACETS.join(' | ')} | any facet disputed |`);
console.log(`|---|---|---|${CONFLICT_FACETS.map(() => '---|').join('')}---|`);
for (const [name, r] of events) {
  for (const [kind, t] of [['one event', r.conflicts.same], ['two events', r.conflicts.other]]) {
    const pct = (n) => `${((100 * (n ?? 0)) / Math.max(1, t.pairs)).toFixed(1)}%`;
    console.log(`| ${name}, ${kind} | ${t.pairs} | ${pct(t.any)} | ${CONFLICT_FACETS.map((f) => pct(t[f])).join(' | ')} | ${pct(t.disputed)} |`);
  }
}

// ---- STS-B news ------------------------------------------------------------------------------------
console.log('\n## Sentence similarity (STS-B news, Spearman against gold 0-5)\n');
console.log('| split | pairs | ours similarity() | TF-IDF cosine | character-bigram Dice |');
console.log('|---|---|---|---|---|');
const stsSplits = [['train', 'tuning'], ['dev', 'tuning'], ['test', 'held out']]
  .filter(([split]) => !stsArg || stsArg.split(',').includes(split));
for (const [split, note] of stsSplits) {
  const rows = readFileSync(join(bench, 'stsb', `news-${split}.tsv`), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const gold = rows.map((r) => Number(r[3]));
  const space = tfidfSpace(rows.flatMap((r) => [r[4], r[5]]));
  const ours = rows.map((r) => similarity(r[4], r[5]));
  const tf = rows.map((_, i) => cosine(space[2 * i], space[2 * i + 1]));
  const dice = rows.map((r) => compareTwoStrings(r[4], r[5]));
  console.log(`| ${split} (${note}) | ${rows.length} | ${f3(spearman(ours, gold))} | ${f3(spearman(tf, gold))} | ${f3(spearman(dice, gold))} |`);
}

#!/usr/bin/env -S npx tsx
// Fits the same-event model of src/align/event.ts on ECB+ topics 1-22 (never 23-25, which are held out)
// and prints the constants to paste into EVENT. Run: `npx tsx scripts/fit-event.ts`.
// Every document pair of a topic is an example (same half = same event). The L2 penalty is the one with
// the best leave-one-topic-out AUC; the threshold is the one with the best accuracy on 1-22.
// `DROP=words,months npx tsx scripts/fit-event.ts` fits without those signals, to see what each is worth.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align } from '../src/align/align.js';
import { eventSignals, shortnessOf, SIGNALS } from '../src/align/event.js';
import { findFacts, scopeEvent } from '../src/extract.js';
import { FACETS } from '../src/facets/index.js';
import { readArticles } from '../src/input.js';

interface Doc { id: string; topic: number; half: string; sentences: string[] }
interface Example { topic: number; same: number; x: number[] }

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = JSON.parse(readFileSync(join(root, '..', 'shared', 'bench', 'ecbplus', 'topics-1-25.json'), 'utf8')) as { documents: Doc[] };
const TUNING = (topic: number) => topic <= 22;

/** Features of a pair: the signals, the shortness, and each signal times the shortness. */
function examples(): Example[] {
  const byTopic = new Map<number, Doc[]>();
  for (const d of data.documents) if (TUNING(d.topic)) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d]);
  const out: Example[] = [];
  for (const [topic, docs] of byTopic) {
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const [a, b] = readArticles({ id: docs[i]!.id, sentences: docs[i]!.sentences }, { id: docs[j]!.id, sentences: docs[j]!.sentences }, Infinity);
        const fa = findFacts(a, FACETS), fb = findFacts(b, FACETS);
        const aligned = align(a, b, fa, fb);
        const s = eventSignals(a, b, scopeEvent(a, fa, aligned.status[0], FACETS).event, scopeEvent(b, fb, aligned.status[1], FACETS).event, aligned);
        const short = shortnessOf(a, b);
        out.push({ topic, same: docs[i]!.half === docs[j]!.half ? 1 : 0, x: [...SIGNALS.map((k) => s[k]), short, ...SIGNALS.map((k) => short * s[k])] });
      }
    }
  }
  return out;
}

/** L2-penalised logistic regression by Newton's method; w[0] is the bias (not penalised). */
function fit(rows: readonly Example[], l2: number): number[] {
  const d = rows[0]!.x.length + 1;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const r of rows) {
      const x = [1, ...r.x];
      const p = sigmoid(dot(w, x));
      for (let k = 0; k < d; k++) {
        g[k]! += (p - r.same) * x[k]!;
        for (let l = 0; l < d; l++) h[k]![l]! += p * (1 - p) * x[k]! * x[l]!;
      }
    }
    for (let k = 1; k < d; k++) {
      g[k]! += l2 * w[k]!;
      h[k]![k]! += l2;
    }
    const step = solve(h, g);
    let moved = 0;
    for (let k = 0; k < d; k++) {
      w[k]! -= step[k]!;
      moved += Math.abs(step[k]!);
    }
    if (moved < 1e-9) break;
  }
  return w;
}

const dot = (w: readonly number[], x: readonly number[]) => w.reduce((s, v, k) => s + v * x[k]!, 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const predict = (w: readonly number[], r: Example) => sigmoid(dot(w, [1, ...r.x]));

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let i = 0; i < n; i++) {
    let p = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(m[r]![i]!) > Math.abs(m[p]![i]!)) p = r;
    [m[i], m[p]] = [m[p]!, m[i]!];
    for (let r = 0; r < n; r++) {
      if (r === i) continue;
      const f = m[r]![i]! / m[i]![i]!;
      for (let c = i; c <= n; c++) m[r]![c]! -= f * m[i]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

function auc(scores: readonly number[], rows: readonly Example[]): number {
  const pos = scores.filter((_, i) => rows[i]!.same), neg = scores.filter((_, i) => !rows[i]!.same);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

const rows = examples();
// Dropped signals are zeroed, so their weights come out 0.
const dropped = (process.env.DROP ?? '').split(',').filter(Boolean);
for (const r of rows) for (const k of dropped) { const i = SIGNALS.indexOf(k as never); r.x[i] = 0; r.x[SIGNALS.length + 1 + i] = 0; }
const topics = [...new Set(rows.map((r) => r.topic))];
let best = { l2: 0, auc: -1 };
for (const l2 of [0.1, 0.3, 1, 3, 10]) {
  const cv = new Array<number>(rows.length);
  for (const t of topics) {
    const w = fit(rows.filter((r) => r.topic !== t), l2);
    rows.forEach((r, i) => { if (r.topic === t) cv[i] = predict(w, r); });
  }
  const a = auc(cv, rows);
  console.log(`l2 ${l2}: leave-one-topic-out AUC ${a.toFixed(3)}`);
  if (a > best.auc) best = { l2, auc: a };
}
const w = fit(rows, best.l2);
const scores = rows.map((r) => predict(w, r));
let threshold = 0.5, right = 0;
for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.01) {
  const n = rows.filter((r, i) => (scores[i]! >= t) === (r.same === 1)).length;
  if (n > right) [threshold, right] = [Math.round(t * 100) / 100, n];
}
const r2 = (v: number) => Math.round(v * 100) / 100;
const record = (off: number) => `{ ${SIGNALS.map((k, i) => `${k}: ${r2(w[off + i]!)}`).join(', ')} }`;
console.log(`\nchosen l2 ${best.l2}; fitted AUC on 1-22 ${auc(scores, rows).toFixed(3)}, accuracy ${(right / rows.length).toFixed(3)} at ${threshold}\n`);
console.log(`{
  bias: ${r2(w[0]!)},
  shortness: ${r2(w[1 + SIGNALS.length]!)},
  weights: ${record(1)},
  short: ${record(2 + SIGNALS.length)},
  same: ${threshold},
}`);

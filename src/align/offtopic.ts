import type { Article } from '../input.js';
import { fold, matchAny } from '../lexicon/match.js';
import { BOILERPLATE_LEADS, BOILERPLATE_LINES } from '../lexicon/boilerplate.js';
import type { Prepared, PreparedArticle } from './prepare.js';

/** Tunable constants of off-topic detection; exported for the evaluation script and tests. */
export const OFF_TOPIC = {
  /** Sentences this close on either side do not vouch for a sentence: a scraped block of junk
   * (three sentences on another story) would otherwise vouch for itself. */
  window: 2,
  /** Below this share of its (weighted) words found elsewhere, a sentence is off-topic... */
  alone: 0.12,
  /** ...unless it shares words with a neighbour at least this well connected. */
  anchor: 0.4,
  /** A sentence near junk that shares words with it joins it below this share. */
  run: 0.3,
  /** A sentence between two pieces of junk joins them below this share. */
  between: 0.45,
  /** Longest line read as a promotional lead ("Read more: ..."), in characters. */
  leadLength: 80,
  /** Word families are compared on their first letters, so "Venezuela" vouches for "Venezuelan". */
  prefix: 5,
} as const;

const LINE = new RegExp(`^(?:${matchAny(BOILERPLATE_LINES)})$`);
const LEAD = new RegExp(`^(?:${matchAny(BOILERPLATE_LEADS)})`);

/** Is this line scraped page furniture ("Comments", "Share", "Read more: ...")? */
export function isBoilerplate(text: string): boolean {
  const folded = fold(text).trim();
  const bare = folded.replace(/[\s\p{P}\p{S}\d]+/gu, ' ').trim();
  if (LINE.test(bare)) return true;
  return folded.length <= OFF_TOPIC.leadLength && LEAD.test(folded);
}

/**
 * Sentences unrelated to their article's story: page furniture, and sentences whose telling words
 * appear nowhere else in their own article (beyond their neighbours) nor in the other article.
 */
export function findOffTopic(a: Article, b: Article, prepared: Prepared): [Set<number>, Set<number>] {
  const familiesA = families(prepared.a), familiesB = families(prepared.b);
  return [
    offTopicOf(a, familiesA, new Set(familiesB.flatMap((f) => [...f.keys()]))),
    offTopicOf(b, familiesB, new Set(familiesA.flatMap((f) => [...f.keys()]))),
  ];
}

/** Each sentence's word families (term prefixes) with their weights. Numbers say nothing of a topic. */
function families(article: PreparedArticle): Map<string, number>[] {
  return article.vectors.map((v) => {
    const out = new Map<string, number>();
    for (const [key, w] of v.weights) {
      if (key.startsWith('#')) continue;
      const p = key.slice(0, OFF_TOPIC.prefix);
      out.set(p, Math.max(out.get(p) ?? 0, w));
    }
    return out;
  });
}

function offTopicOf(article: Article, fams: Map<string, number>[], other: ReadonlySet<string>): Set<number> {
  const n = fams.length;
  const count = new Map<string, number>();
  for (const f of fams) for (const p of f.keys()) count.set(p, (count.get(p) ?? 0) + 1);
  const coverage = fams.map((f, i) => {
    let total = 0, covered = 0;
    for (const [p, w] of f) {
      total += w;
      let near = 0;
      for (let k = Math.max(0, i - OFF_TOPIC.window); k <= Math.min(n - 1, i + OFF_TOPIC.window); k++) {
        if (fams[k]!.has(p)) near++;
      }
      if (other.has(p) || (count.get(p) ?? 0) > near) covered += w;
    }
    return total > 0 ? covered / total : 1;
  });
  const shares = (i: number, k: number) => {
    for (const p of fams[i]!.keys()) if (fams[k]!.has(p)) return true;
    return false;
  };
  const off = new Set<number>();
  article.sentences.forEach((s, i) => {
    if (isBoilerplate(s.text)) {
      off.add(i);
      return;
    }
    if (coverage[i]! >= OFF_TOPIC.alone) return;
    // A sentence that goes on from a well-connected neighbour ("They set off from Syria") belongs to it.
    const carried = [i - 1, i + 1].some((k) => k >= 0 && k < n && coverage[k]! >= OFF_TOPIC.anchor && shares(i, k));
    if (!carried) off.add(i);
  });
  // Junk comes in runs: a nearby sentence that shares words with the junk and little with the story
  // joins it, and so does a weakly connected sentence caught between two pieces of junk.
  let grew = true;
  while (grew) {
    grew = false;
    for (let k = 0; k < n; k++) {
      if (off.has(k) || isBoilerplate(article.sentences[k]!.text)) continue;
      let near = false;
      for (let d = 1; d <= OFF_TOPIC.window && !near; d++) {
        near = [k - d, k + d].some((i) => off.has(i) && fams[i]!.size > 0 && shares(i, k));
      }
      const between = off.has(k - 1) && off.has(k + 1) && fams[k - 1]!.size > 0 && fams[k + 1]!.size > 0;
      if ((near && coverage[k]! < OFF_TOPIC.run) || (between && coverage[k]! < OFF_TOPIC.between)) {
        off.add(k);
        grew = true;
      }
    }
  }
  return off;
}

import type { Article } from '../input.js';
import { fold, matchAny } from '../lexicon/match.js';
import { BOILERPLATE_LEADS, BOILERPLATE_LINES, CONTINUATION_LEADS, TIMESTAMP_WORDS } from '../lexicon/boilerplate.js';
import { MONTHS, WEEKDAYS } from '../lexicon/time.js';
import type { FactValues } from './facts.js';
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
  /** Word families beside the story's a sentence must share with nearby junk to join its run. */
  runWords: 2,
  /** Most words in capitals a timestamp line may carry beside its own words: "TNN Nov 12, 2011, 05:51AM IST MUMBAI". */
  stampTags: 2,
  /** Longest line read as a promotional lead ("Read more: ..."), in characters. */
  leadLength: 80,
  /** Articles of at most this many sentences are short: every sentence is within the window of most others. */
  short: 6,
  /** Distinct values of one facet read for fact ties; a scraped list beyond it ties nothing. */
  valuesPerFacet: 200,
  /** Word families are compared on their first letters, so "Venezuela" vouches for "Venezuelan". */
  prefix: 5,
} as const;

/** A byline: "By Jane Doe and John Smith, Reuters", "By MARY ROE Associated Press" (names, no verb). */
const BYLINE_WORD = String.raw`(?:and|in|for|of|the|[,|&–—-]|\p{Lu}[\p{L}'’.-]{0,30},?)`;
// Case matters for the names, so only "by" is matched in either case (with the i flag, \p{Lu} would match any letter).
const BYLINE = new RegExp(String.raw`^(?:By|BY|by)\s+${BYLINE_WORD}(?:\s+${BYLINE_WORD}){0,11}$`, 'u');
/** A line that is only a web address: the page's own link, scraped with its text. */
const URL_LINE = /^[<(]?(?:https?:\/\/|www\.)[^\s<>]{1,2000}[>)]?$/;
const LINE = new RegExp(`^(?:${matchAny(BOILERPLATE_LINES)})$`);
const LEAD = new RegExp(`^(?:${matchAny(BOILERPLATE_LEADS)})`);
const TIMESTAMP = new RegExp(`^(?:(?:${matchAny([...TIMESTAMP_WORDS, ...Object.keys(MONTHS).map(fold), ...Object.keys(WEEKDAYS).map(fold)])})(?: |$))*$`);

const CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{2,12}(?![\p{L}\p{N}])/gu;
/** A year or a clock time: what a stamp with such words must give ("US ATTACK, MAY 2" is a headline). */
const STAMP_FIGURE = /\b(?:19|20)\d\d\b|\d\s?:\s?\d\d/;

/**
 * A line of timestamp words and figures only, but for at most `OFF_TOPIC.stampTags` words in capitals: the
 * agency, time zone or dateline city of a page stamp that gives a year or a clock time ("7:00pm UK,
 * Wednesday 05 May 2010", "POSTED: 1052 GMT (1852 HKT), April 10, 2007"). `bare` is the folded line without figures or punctuation.
 */
function isTimestamp(text: string, bare: string): boolean {
  if (TIMESTAMP.test(bare)) return true;
  if (!STAMP_FIGURE.test(text)) return false;
  const tags = new Set([...text.matchAll(CAPITALS)].map((m) => fold(m[0])).filter((w) => !TIMESTAMP.test(w)));
  if (tags.size === 0 || tags.size > OFF_TOPIC.stampTags) return false;
  return TIMESTAMP.test(bare.split(' ').filter((w) => !tags.has(w)).join(' '));
}

/**
 * Is this line scraped page furniture ("Comments", "Share", "Read more: ...", the page's own address) or a
 * timestamp that dates the page ("Updated: May 3, 2013 at 9:56 AM EDT")?
 */
export function isBoilerplate(text: string): boolean {
  const folded = fold(text).trim();
  if (URL_LINE.test(folded)) return true;
  if (text.length <= OFF_TOPIC.leadLength && BYLINE.test(text.trim())) return true;
  const bare = folded.replace(/[\s\p{P}\p{S}\d]+/gu, ' ').trim();
  if (LINE.test(bare)) return true;
  if (/\d/.test(folded) && folded.length <= OFF_TOPIC.leadLength && isTimestamp(text, bare)) return true;
  // "(Reporting by ...; Editing by ...)": a credit line in brackets opens like one without.
  return folded.length <= OFF_TOPIC.leadLength && LEAD.test(folded.replace(/^[(\[]\s*/, ''));
}

/**
 * Sentences unrelated to their article's story: page furniture, and sentences with no tie to the story.
 * A sentence is tied when a fact of it relates to a fact elsewhere (same count, a place inside the other's
 * place, even a clashing figure: it speaks of the same things), or when its telling words appear elsewhere
 * in its own article beyond its neighbours, or in the other article. Off-topic is meant to be rare: an
 * article with no sentence tied to the other article has no junk we could tell apart from its story.
 */
export function findOffTopic(
  a: Article,
  b: Article,
  prepared: Prepared,
  facts?: FactValues,
  furniture: readonly [ReadonlySet<number>, ReadonlySet<number>] = [furnitureOf(a), furnitureOf(b)],
  aligned: readonly [ReadonlySet<number>, ReadonlySet<number>] = [new Set(), new Set()],
): [Set<number>, Set<number>] {
  const familiesA = families(prepared.a), familiesB = families(prepared.b);
  const ties = facts ? factTies(facts, a.sentences.length, b.sentences.length) : undefined;
  const namesOf = (article: PreparedArticle) => new Set(article.vectors.flatMap((v) => [...v.names]));
  const namingA = namesShared(prepared.a, namesOf(prepared.b)), namingB = namesShared(prepared.b, namesOf(prepared.a));
  return [
    offTopicOf(a, familiesA, new Set(familiesB.flatMap((f) => [...f.keys()])), furniture[0], aligned[0], namingA, ties?.a),
    offTopicOf(b, familiesB, new Set(familiesA.flatMap((f) => [...f.keys()])), furniture[1], aligned[1], namingB, ties?.b),
  ];
}

const CONTINUATION = new RegExp(`^(?:${matchAny(CONTINUATION_LEADS)})\\b`);

/** Does sentence i go on from the one before ("It may have been shot down ...")? */
function continues(article: Article, i: number): boolean {
  return CONTINUATION.test(fold(article.sentences[i]!.text).trimStart());
}

/** Facet kinds whose facts tie nothing: every story has a date or a weekday. */
const UNTELLING = new Set(['time']);

/** How each sentence's facts tie it to the rest: to the other article, or to sentences of its own. */
interface SentenceTies {
  /** A fact relates to one of the other article. */
  other: boolean[];
  /** Sentences of its own article (besides itself) holding a related fact. */
  own: number[][];
  /** A fact is of a kind the other article reports too (a count of bodies beside a death toll). */
  kind: boolean[];
}

function factTies(facts: FactValues, n: number, m: number): { a: SentenceTies; b: SentenceTies } {
  // Values grouped by facet, capped: beyond the cap a facet ties nothing (words still do).
  const byFacet = (side: Map<number, number[]>) => {
    const out = new Map<string, Map<number, number[]>>();
    for (const [sentence, ids] of side) {
      for (const id of ids) {
        const kind = facts.values[id]!.facet.kind;
        if (UNTELLING.has(kind)) continue;
        let g = out.get(kind);
        if (!g) out.set(kind, (g = new Map()));
        const list = g.get(id);
        if (list) list.push(sentence);
        else g.set(id, [sentence]);
      }
    }
    return out;
  };
  const groupsA = byFacet(facts.a), groupsB = byFacet(facts.b);
  const tiesOf = (size: number, own: typeof groupsA, other: typeof groupsA, ownFirst: boolean): SentenceTies => {
    const ties: SentenceTies = {
      other: new Array<boolean>(size).fill(false),
      own: Array.from({ length: size }, () => []),
      kind: new Array<boolean>(size).fill(false),
    };
    const relate = (x: number, y: number) => (ownFirst ? facts.relate(x, y) : facts.relate(y, x));
    for (const [kind, values] of own) {
      if (values.size > OFF_TOPIC.valuesPerFacet) continue;
      const across = other.get(kind);
      for (const [x, sentences] of values) {
        let tiedOther = false;
        if (across && across.size <= OFF_TOPIC.valuesPerFacet) {
          for (const y of across.keys()) if (relate(x, y) !== 'unrelated') { tiedOther = true; break; }
        }
        const near = new Set<number>();
        for (const [y, at] of values) {
          if (x === y || relate(x, y) !== 'unrelated') for (const k of at) near.add(k);
        }
        for (const i of sentences) {
          if (tiedOther) ties.other[i] = true;
          if (across) ties.kind[i] = true;
          for (const k of near) if (k !== i) ties.own[i]!.push(k);
        }
      }
    }
    return ties;
  };
  return { a: tiesOf(n, groupsA, groupsB, true), b: tiesOf(m, groupsB, groupsA, false) };
}

/** Which sentences name something (a person, a place, an organisation) the other article names too. */
function namesShared(article: PreparedArticle, other: ReadonlySet<string>): boolean[] {
  return article.vectors.map((v) => [...v.names].some((k) => other.has(k)));
}

/** Each sentence's word families (term prefixes) with their weights. Numbers say nothing of a topic. */
function families(article: PreparedArticle): Map<string, number>[] {
  return article.vectors.map((v) => {
    const out = new Map<string, number>();
    for (const [key, w] of v.weights) {
      if (key.startsWith('#') || key.startsWith('@')) continue;
      const p = key.slice(0, OFF_TOPIC.prefix);
      out.set(p, Math.max(out.get(p) ?? 0, w));
    }
    return out;
  });
}

/** Indices of an article's sentences that are page furniture or timestamps ({@link isBoilerplate}). */
export function furnitureOf(article: Article): Set<number> {
  const out = new Set<number>();
  for (const s of article.sentences) if (isBoilerplate(s.text)) out.add(s.index);
  return out;
}

function offTopicOf(
  article: Article,
  fams: Map<string, number>[],
  other: ReadonlySet<string>,
  furniture: ReadonlySet<number>,
  aligned: ReadonlySet<number>,
  naming: readonly boolean[],
  ties?: SentenceTies,
): Set<number> {
  const n = fams.length;
  const off = new Set<number>(furniture);
  const shares = (i: number, k: number) => {
    if (ties?.own[i]!.includes(k)) return true;
    for (const p of fams[i]!.keys()) if (fams[k]!.has(p)) return true;
    return false;
  };
  const coverageBy = (i: number, vouches: (p: string) => boolean) => {
    let total = 0, covered = 0;
    for (const [p, w] of fams[i]!) {
      total += w;
      if (vouches(p)) covered += w;
    }
    return total > 0 ? covered / total : 1;
  };
  const byOther = fams.map((_, i) => coverageBy(i, (p) => other.has(p)));
  // A sentence aligned with one of the other article is tied to it, whatever its words.
  const anchored = (i: number) => !off.has(i)
    && (aligned.has(i) || (ties?.other[i] ?? false) || (fams[i]!.size > 0 && byOther[i]! >= OFF_TOPIC.alone));
  if (n <= OFF_TOPIC.short) {
    // In a short article every sentence is a neighbour of every other, so the window cannot tell a junk
    // run from the story. Sentences are grouped by what they share (words, related facts); a group of two
    // or more with no tie to the other article is another story. A lone terse sentence ("Coastguards said no oil had leaked.") is a detail of this one.
    // A fact of a kind both articles report is a tie here too: with a few sentences a side, a sentence
    // rarely repeats the other's words ("Divers recovered nine bodies" beside "killing all 10").
    const group = Array.from({ length: n }, (_, i) => i);
    const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
    for (let i = 0; i < n; i++) {
      if (off.has(i)) continue;
      for (let k = i + 1; k < n; k++) {
        if (!off.has(k) && shares(i, k)) group[root(k)] = root(i);
      }
    }
    const tiedGroups = new Set<number>(), sizes = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      if (off.has(i)) continue;
      sizes.set(root(i), (sizes.get(root(i)) ?? 0) + 1);
      if (anchored(i) || (ties?.kind[i] ?? false)) tiedGroups.add(root(i));
    }
    if (tiedGroups.size === 0) return off;
    // A sentence going on from a tied one ("It was carrying ...") carries its group along.
    for (let i = 1; i < n; i++) {
      if (!off.has(i) && tiedGroups.has(root(i - 1)) && continues(article, i)) tiedGroups.add(root(i));
    }
    for (let i = 0; i < n; i++) {
      if (!off.has(i) && !tiedGroups.has(root(i)) && sizes.get(root(i))! >= 2) off.add(i);
    }
    return off;
  }
  if (!fams.some((_, i) => anchored(i))) return off;
  const count = new Map<string, number>();
  for (const f of fams) for (const p of f.keys()) count.set(p, (count.get(p) ?? 0) + 1);
  const far = (i: number, k: number) => Math.abs(i - k) > OFF_TOPIC.window;
  // Tied by a fact to the other article or to a sentence beyond the neighbours: on topic, whatever its words.
  const tied = (i: number) => aligned.has(i) || (ties?.other[i] ?? false) || (ties?.own[i]!.some((k) => far(i, k)) ?? false);
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
  article.sentences.forEach((_, i) => {
    if (off.has(i) || tied(i) || coverage[i]! >= OFF_TOPIC.alone) return;
    // A sentence that goes on from a well-connected neighbour ("They set off from Syria") belongs to it.
    // So does one beside an aligned sentence with a fact of a kind the other article reports ("The 38 people on
    // board were killed instantly" after the sentence of the downing): a detail of the story in other words.
    const carried = [i - 1, i + 1].some((k) => k >= 0 && k < n && coverage[k]! >= OFF_TOPIC.anchor && shares(i, k))
      || (i > 0 && coverage[i - 1]! >= OFF_TOPIC.alone && continues(article, i))
      || ((ties?.kind[i] ?? false) && [i - 1, i + 1].some((k) => aligned.has(k)));
    if (!carried) off.add(i);
  });
  // Junk comes in runs: a nearby sentence that shares words of their own with the junk and little with
  // the story joins it, and so does a weakly connected sentence caught between two pieces of junk, unless
  // it names what the other article names and shares no such words with them ("Search teams were combing the
  // Drake Passage" between a quote and a president's words). Words of the other article or of an aligned
  // sentence are the story's: a weather report and a quote at the end of a report that share "airport" are
  // two details of it, not a run of another story.
  const story = new Set([...aligned].flatMap((i) => [...fams[i]!.keys()]));
  const sharesAside = (i: number, k: number) => {
    let shared = 0;
    for (const p of fams[i]!.keys()) {
      if (fams[k]!.has(p) && !other.has(p) && !story.has(p) && ++shared >= OFF_TOPIC.runWords) return true;
    }
    return false;
  };
  let grew = true;
  while (grew) {
    grew = false;
    for (let k = 0; k < n; k++) {
      if (off.has(k) || tied(k)) continue;
      let near = false;
      for (let d = 1; d <= OFF_TOPIC.window && !near; d++) {
        near = [k - d, k + d].some((i) => off.has(i) && fams[i]!.size > 0 && sharesAside(i, k));
      }
      const between = off.has(k - 1) && off.has(k + 1) && fams[k - 1]!.size > 0 && fams[k + 1]!.size > 0
        && (!naming[k] || sharesAside(k - 1, k) || sharesAside(k + 1, k));
      if ((near && coverage[k]! < OFF_TOPIC.run) || (between && coverage[k]! < OFF_TOPIC.between)) {
        off.add(k);
        grew = true;
      }
    }
  }
  // Junk is a run: a lone weakly tied sentence between sentences of the story is a terse detail of it.
  const junk = (i: number) => off.has(i) && !furniture.has(i);
  for (const i of [...off]) {
    if (junk(i) && !junk(i - 1) && !junk(i + 1)) off.delete(i);
  }
  return off;
}

import type { Article } from '../input.js';
import { MONTHS, SEARCH_OCCASION, WEEKDAYS } from '../lexicon/time.js';
import { NEWS_OUTLETS } from '../lexicon/boilerplate.js';
import { fold, matchAny } from '../lexicon/match.js';
import { AIRCRAFT_MAKERS } from '../lexicon/aircraft.js';
import { ORGANISATION_WORDS, TITLE_WORDS } from '../lexicon/titles.js';
import { FOLLOW_UP_DAYS } from '../claims/scope.js';
import { eventDays, namesType } from '../facets/time.js';
import { rangeLabel, shiftDay, type TimeValue } from '../text/dates.js';
import { maskMarkup } from '../text/markup.js';
import type { EventEvidence, Fact } from '../types.js';
import type { AlignResult } from './align.js';
import { backgroundIdf } from './idf.js';
import type { PreparedArticle } from './prepare.js';

/** Signals that tell one event from another of the same kind, each in [0, 1] (years, dates, weekdays, months: -1, 0 or 1). */
export interface EventSignals {
  /** Rarity-weighted cosine of the two articles' words. */
  words: number;
  /** Overlap of names (capitalised words): people and places decide, not topic words. */
  names: number;
  /** Cosine of names counted by how often each article repeats them: the story's protagonists weigh most. */
  protagonists: number;
  /** Overlap of numbers. */
  numbers: number;
  /** 1 when both mention a year and share one, -1 when both mention years and share none, else 0. */
  years: number;
  /** 1 when event dates overlap, -1 when both give dates and none overlap, else 0. */
  dates: number;
  /** Share of sentences aligned, both sides averaged. */
  aligned: number;
  /** Share of each article's repeated names found in the other, the smaller of the two: a story's
   * protagonists missing from the other article point to another event of the same kind. */
  leads: number;
  /** 1 when a date of one article lies inside a date of the other or equals it, else 0. */
  sameDay: number;
  /** Shared share (Jaccard) of both articles' names, each weighted by its rarity in news at large:
   * "Harry Winston" shared says more than "Paris" shared. */
  rareNames: number;
  /** {@link rareNames} of the first three sentences: the people and places of the lead, which says
   * what the story is. */
  leadNames: number;
  /** 1 when both name weekdays and share one, -1 when both do and share none, else 0. */
  weekdays: number;
  /** The same for month names. */
  months: number;
}

/** Sentences that make an article's lead. */
const LEAD = 3;

/** The signal names, in the order of the model's weights. */
export const SIGNALS = [
  'words', 'names', 'protagonists', 'numbers', 'years', 'dates', 'aligned', 'leads', 'sameDay', 'rareNames',
  'leadNames', 'weekdays', 'months',
] as const satisfies readonly (keyof EventSignals)[];

/**
 * A logistic model fitted on ECB+ topics 1-22 by `scripts/fit-event.ts`, its L2 penalty chosen by
 * leave-one-topic-out cross-validation. Each signal has two weights: `weights` for long articles, and
 * `short`, which is multiplied by the shortness of the pair (1 / the smaller sentence count): two
 * one-sentence reports share few names even when they tell one event, so what is missing counts for less.
 */
export const EVENT: {
  bias: number;
  /** Weight of the shortness itself. */
  shortness: number;
  weights: Readonly<Record<(typeof SIGNALS)[number], number>>;
  short: Readonly<Record<(typeof SIGNALS)[number], number>>;
  /** Score at or above which the articles report one event (best accuracy on topics 1-22). */
  same: number;
  /**
   * Two articles whose event facts state no calendar days within this many days of each other report two
   * events (two flights of one kind to one city, months apart), however alike their words: their score is
   * at most `apartScore`. ECB+ counts follow-up reports up to about two months later as one event.
   */
  apartDays: number;
  apartScore: number;
  /**
   * Two reports that each date their event within `freshDays` before their own publication are reports of
   * the day: events more than `freshApartDays` apart are then two events (two crashes of one type seven
   * weeks apart), where a follow-up, which dates the event before it, is still held to `apartDays`.
   */
  freshDays: number;
  freshApartDays: number;
} = {
  bias: -3.59,
  shortness: -0.87,
  weights: {
    words: 5.34, names: 1.45, protagonists: 2.57, numbers: 1.69, years: 1.17, dates: -0.2, aligned: -2.07, leads: 1.31,
    sameDay: 2.08, rareNames: 4.79, leadNames: 7.07, weekdays: 0.67, months: 0.38,
  },
  short: {
    words: 1.87, names: -0.28, protagonists: -3.29, numbers: -0.26, years: 6.16, dates: -0.76, aligned: 3.55, leads: 0.12,
    sameDay: 0.14, rareNames: 1.78, leadNames: -2.99, weekdays: 0.58, months: 0.87,
  },
  same: 0.49,
  apartDays: 60,
  apartScore: 0.2,
  freshDays: 3,
  freshApartDays: 7,
};

/** Do both articles report one event? Score in [0, 1], with the evidence a reader can check. */
export function matchEvent(
  a: Article,
  b: Article,
  factsA: Fact[],
  factsB: Fact[],
  aligned: AlignResult,
): { score: number; same: boolean; evidence: EventEvidence[] } {
  const docs = documentsOf(aligned);
  const s = eventSignals(a, b, factsA, factsB, aligned, docs);
  const shortness = shortnessOf(a, b);
  let z = EVENT.bias + EVENT.shortness * shortness;
  for (const k of SIGNALS) z += (EVENT.weights[k] + shortness * EVENT.short[k]) * s[k];
  let score = Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
  if (apartEvents(a, b, factsA, factsB)) score = Math.min(score, EVENT.apartScore);
  return { score, same: score >= EVENT.same, evidence: eventEvidence(a, b, factsA, factsB, aligned, docs) };
}

/** Most names one piece of evidence lists, and most words shown of one name. */
const SHOWN_NAMES = 5;
/** The letters of an abbreviation before its last one: "U." of "U.S.". */
const INITIALS_BEFORE = /(?<![\p{L}.])(?:\p{Lu}\.){1,4}$/u;
const NAME_WORDS = 6;
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)]);
const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);
/** Aircraft makers by the code of their models: "Il" -> "Ilyushin". */
const MAKER_OF_CODE: ReadonlyMap<string, string> = new Map(AIRCRAFT_MAKERS.flatMap((m) => m.codes.map((c) => [c, m.name] as const)));
/** Keys of merged synonyms ("~us" for "United States", "U.S.", "US"), which may stand for two words. */
const SYNONYM_TAIL = /^~/;
const ORGANISATIONS: ReadonlySet<string> = new Set(ORGANISATION_WORDS);
const TITLE_OF_BEFORE = new RegExp(`\\b(?:${matchAny(TITLE_WORDS)})\\s+of\\s+(?:the\\s+)?$`);
const OUTLETS: ReadonlySet<string> = new Set(NEWS_OUTLETS);

/**
 * What a reader can check behind the score: the event days both give (or how far apart they lie), the
 * years both name (or that they share none), the rarest names both mention, and each article's recurring
 * names that the other never mentions.
 */
export function eventEvidence(
  a: Article,
  b: Article,
  factsA: readonly Fact[],
  factsB: readonly Fact[],
  aligned: AlignResult,
  [docA, docB] = documentsOf(aligned),
): EventEvidence[] {
  const out: EventEvidence[] = [];
  const apart = daysApart(factsA, factsB);
  const day = sharedDay(factsA, factsB);
  if (apartEvents(a, b, factsA, factsB)) {
    const fresh = apart <= EVENT.apartDays ? ', each within days of its report' : '';
    const shown = (facts: readonly Fact[]) => eventSpans(facts).map((s) => (s.from === s.to ? s.from : `${s.from}..${s.to}`)).join(', ');
    out.push({ points: 'different', says: `event dates ${Math.round(apart)} days apart${fresh}: a ${shown(factsA)}; b ${shown(factsB)}` });
  } else if (day && !/^\d{4}$/.test(day)) {
    // A whole year in common is said with the years below.
    out.push({ points: 'same', says: `event date in common: ${day}` });
  }
  const ya = yearsOf(a), yb = yearsOf(b);
  const both = [...ya].filter((y) => yb.has(y)).sort();
  if (both.length) out.push({ points: 'same', says: `years in common: ${both.join(', ')}` });
  else if (ya.size && yb.size) out.push({ points: 'different', says: `no year in common: a ${[...ya].sort().join(', ')}; b ${[...yb].sort().join(', ')}` });

  const { prepared } = aligned;
  const rarest = (keys: Iterable<string>) => [...keys].sort((x, y) => backgroundIdf(y) - backgroundIdf(x) || (x < y ? -1 : 1));
  // Only the words both write make a name in both: "Russian" of "Russian Il-76" against "Russian An-124".
  const inB = (k: string) => docB.words.has(k) || docB.numbers.has(k);
  const shared = written(prepared.a, a, docA.names, rarest([...docA.names.keys()].filter((k) => docB.names.has(k))), undefined, inB);
  if (shared) out.push({ points: 'same', says: `names in both: ${shared}` });
  for (const [side, other, x, y, article, source] of [['a', 'b', docA, docB, prepared.a, a], ['b', 'a', docB, docA, prepared.b, b]] as const) {
    const missing = written(article, source, x.names, rarest(recurringNames(x).filter((k) => !y.words.has(k))), (k) => y.words.has(k));
    if (missing) out.push({ points: 'different', says: `${side}'s recurring names absent from ${other}: ${missing}` });
  }
  return out;
}

/**
 * The first {@link SHOWN_NAMES} of `keys` (name terms, in order) as the article writes them. A name of
 * several words (adjacent `names` of the article) is shown whole ("Betty Ford") and counts once; a name
 * with a word for which `drop` holds is left out (a name only partly absent from the other article is not
 * absent). Only words (and a model number joined by a hyphen: "Il-76", not "Il") for which `within` holds
 * are read as part of a name.
 */
function written(
  article: PreparedArticle,
  source: Article,
  names: ReadonlyMap<string, unknown>,
  keys: readonly string[],
  drop: (key: string) => boolean = () => false,
  within: (key: string) => boolean = () => true,
): string {
  if (!keys.length) return '';
  const wanted = new Set(keys);
  const byKey = new Map<string, { text: string; keys: string[] }>();
  for (let s = 0; s < article.tokens.length; s++) {
    const tokens = article.tokens[s]!, terms = article.terms[s]!;
    const name = (u: number) => terms[u]!.capital && names.has(terms[u]!.key) && within(terms[u]!.key);
    // Two words of one name: names of the article, next to each other with one space or hyphen between them.
    const joined = (u: number, v: number) => name(u) && name(v) && terms[v]!.token === terms[u]!.token + 1
      && tokens[terms[v]!.token]!.start - tokens[terms[u]!.token]!.end === 1;
    for (let t = 0; t < terms.length; t++) {
      if (!name(t) || !wanted.has(terms[t]!.key) || byKey.has(terms[t]!.key)) continue;
      let start = t, end = t;
      while (start > 0 && t - start < NAME_WORDS - 1 && joined(start - 1, start)) start--;
      while (end + 1 < terms.length && end - start < NAME_WORDS - 1 && joined(end, end + 1)) end++;
      let last = terms[end]!.token;
      // "United States" is one term on its first word: the second, which has no term of its own, is part of it.
      const rest = tokens[last + 1];
      if (rest && terms[end + 1]?.token !== last + 1 && /^\p{Lu}/u.test(rest.text) && rest.start - tokens[last]!.end === 1
        && SYNONYM_TAIL.test(terms[end]!.key)) last++;
      const next = tokens[last + 1], number = terms[end + 1];
      const model = next?.kind === 'number' && number?.token === last + 1 && within(number.key)
        && source.sentences[s]!.text.slice(tokens[last]!.end, next.start) === '-';
      const words = tokens.slice(terms[start]!.token, last + 1).map((k) => k.text);
      if (model) words[words.length - 1] += `-${next.text}`;
      // "U.S.": the term stands on the abbreviation's last letter; the name is all of it.
      const sentence = source.sentences[s]!.text, first = tokens[terms[start]!.token]!;
      const initials = INITIALS_BEFORE.exec(sentence.slice(Math.max(0, first.start - 8), first.start));
      if (initials) words[0] = `${initials[0]}${words[0]}${sentence[first.end] === '.' && start === end ? '.' : ''}`;
      // "President Nicolás Maduro", "German Chancellor Angela Merkel": the name is what follows the title.
      let title = words.length - 2;
      while (title >= 0 && !TITLES.has(words[title]!)) title--;
      // "Secretary of State Mike Pompeo": after "<title> of", the office's words end the title too.
      if (title < 0 && TITLE_OF_BEFORE.test(sentence.slice(Math.max(0, first.start - 30), first.start))) {
        while (title + 2 < words.length && ORGANISATIONS.has(words[title + 1]!)) title++;
      }
      // "Il" of "Il-62" against "Il-76": the maker both name, by its name (not "DC" of "Washington DC").
      const coded = !model && /^-\d/.test(sentence.slice(tokens[last]!.end, tokens[last]!.end + 2));
      if (coded) words[words.length - 1] = MAKER_OF_CODE.get(words[words.length - 1]!) ?? words[words.length - 1]!;
      const text = words.slice(title + 1).join(' ').replace(/['’]s$/, '');
      const phrase = { text, keys: terms.slice(start, end + 1).map((x) => x.key) };
      for (const k of phrase.keys) if (!byKey.has(k)) byKey.set(k, phrase);
    }
  }
  const phrases: string[] = [];
  for (const k of keys) {
    const phrase = byKey.get(k);
    // Weekdays and months are capitalised but name no one, and an agency named in every dateline tells
    // nothing of the event.
    if (!phrase || phrases.includes(phrase.text) || CALENDAR_WORDS.has(phrase.text) || OUTLETS.has(fold(phrase.text))
      || phrase.keys.some(drop)) continue;
    phrases.push(phrase.text);
    if (phrases.length === SHOWN_NAMES) break;
  }
  return phrases.join(', ');
}

export function eventSignals(
  a: Article,
  b: Article,
  factsA: Fact[],
  factsB: Fact[],
  aligned: AlignResult,
  [docA, docB] = documentsOf(aligned),
): EventSignals {
  const { prepared, status } = aligned;
  const share = (st: readonly string[]) => (st.length ? st.filter((x) => x === 'aligned').length / st.length : 0);
  return {
    words: cosine(docA.words, docB.words),
    names: overlap(docA.names, docB.names),
    protagonists: cosine(docA.nameCounts, docB.nameCounts),
    numbers: overlap(docA.numbers, docB.numbers),
    years: agreement(yearsOf(a), yearsOf(b)),
    dates: dateAgreement(factsA, factsB),
    aligned: (share(status[0]) + share(status[1])) / 2,
    leads: Math.min(leadShare(docA, docB), leadShare(docB, docA)),
    sameDay: sameDay(factsA, factsB),
    rareNames: rareNames(prepared.a, prepared.b),
    leadNames: rareNames(prepared.a, prepared.b, LEAD),
    weekdays: agreement(namedIn(a, WEEKDAY_NAMES), namedIn(b, WEEKDAY_NAMES)),
    months: agreement(namedIn(a, MONTH_NAMES), namedIn(b, MONTH_NAMES)),
  };
}

/**
 * The fewest days between a day one article's event facts state and a day the other's state, when both
 * state days the calendar can place; else 0. One day in common, or near, is enough: a report that also
 * recalls an earlier flight by its date is not apart from a report of the later one.
 */
function daysApart(factsA: readonly Fact[], factsB: readonly Fact[]): number {
  const a = eventSpans(factsA), b = eventSpans(factsB);
  if (!a.length || !b.length) return 0;
  let fewest = Infinity;
  for (const x of a) for (const y of b) {
    const gap = Math.max(Date.parse(x.from) - Date.parse(y.to), Date.parse(y.from) - Date.parse(x.to), 0);
    fewest = Math.min(fewest, gap / 86_400_000);
  }
  return fewest;
}

/** Occasions of the days after the event, within FOLLOW_UP_DAYS of it: a search, what followed. */
const AFTER_EVENT: ReadonlySet<string> = new Set([SEARCH_OCCASION, 'follow-up']);

/**
 * The days an article's event facts put the event on: the days they state (eventDays), or where they state none,
 * the few days before a search or a follow-up they date ("Soldiers on Tuesday recovered bodies from the wreckage
 * of a Pakistani jetliner that slammed into a mountain"): the event lay within FOLLOW_UP_DAYS before it.
 */
function eventSpans(facts: readonly Fact[]): { from: string; to: string }[] {
  const days = eventDays(facts);
  if (days.length) return days.map((d) => ({ from: d, to: d }));
  const later = facts.flatMap((f) => {
    const v = f.value as TimeValue;
    const day = f.facet === 'time' && f.scope !== 'background' && v.precision === 'day' && !v.statement && !v.planned
      && v.occasion !== undefined && AFTER_EVENT.has(v.occasion) && v.date?.from === v.date?.to ? v.date?.from : undefined;
    return day ? [day] : [];
  });
  return [...new Set(later)].sort().map((d) => ({ from: shiftDay(d, -FOLLOW_UP_DAYS), to: d }));
}

/**
 * Whether the articles' event days lie too far apart for one event: more than `apartDays`, or more than
 * `freshApartDays` when each article dates its event within `freshDays` before its own publication.
 */
function apartEvents(a: Article, b: Article, factsA: readonly Fact[], factsB: readonly Fact[]): boolean {
  const apart = daysApart(factsA, factsB);
  if (apart > EVENT.apartDays) return true;
  const fresh = (facts: readonly Fact[], published?: string) => {
    const spans = eventSpans(facts);
    return published !== undefined && spans.length > 0 && spans.every((d) => {
      const before = (Date.parse(published) - Date.parse(d.to)) / 86_400_000;
      return before >= 0 && before <= EVENT.freshDays;
    });
  };
  return apart > EVENT.freshApartDays && fresh(factsA, a.publishedAt) && fresh(factsB, b.publishedAt);
}

/** 1 / the smaller sentence count of the two articles (1 when one is empty). */
export function shortnessOf(a: Article, b: Article): number {
  return 1 / Math.max(1, Math.min(a.sentences.length, b.sentences.length));
}

/** Jaccard of the two articles' names, each weighted by its rarity in the background corpus. */
function rareNames(x: PreparedArticle, y: PreparedArticle, sentences = Infinity): number {
  const namesOf = (p: PreparedArticle) => {
    const out = new Map<string, number>();
    for (const v of p.vectors.slice(0, sentences)) for (const k of v.names) out.set(k, backgroundIdf(k));
    return out;
  };
  const nx = namesOf(x), ny = namesOf(y);
  let shared = 0, total = 0;
  for (const [k, w] of nx) {
    total += w;
    if (ny.has(k)) shared += w;
  }
  for (const w of ny.values()) total += w;
  return total - shared > 0 ? shared / (total - shared) : 0;
}

// Weekdays and months as written, capitalised; an abbreviated month only before a day ("Dec. 14").
const WEEKDAY_NAMES = new RegExp(`\\b(?:${Object.keys(WEEKDAYS).join('|')})\\b`, 'g');
const MONTH_NAMES = new RegExp(
  `\\b(?:${Object.keys(MONTHS).filter((m) => m.length > 3 && m !== 'Sept').join('|')})\\b|\\b(?:${Object.keys(MONTHS).filter((m) => m.length <= 4).join('|')})\\.? ?(?=\\d)`,
  'g',
);

/** The weekdays or months an article names, by their first three letters. */
function namedIn(article: Article, names: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of maskMarkup(article.text).matchAll(names)) out.add(m[0].slice(0, 3));
  return out;
}

/** Both articles' terms, read once for the signals and the evidence. */
function documentsOf({ prepared, status }: AlignResult): [DocumentTerms, DocumentTerms] {
  return [documentOf(prepared.a, status[0]), documentOf(prepared.b, status[1])];
}

interface DocumentTerms {
  words: Map<string, number>;
  names: Map<string, number>;
  nameCounts: Map<string, number>;
  numbers: Map<string, number>;
}

/** Sums an article's sentence vectors, leaving out off-topic sentences. */
function documentOf(article: PreparedArticle, status: readonly string[]): DocumentTerms {
  const words = new Map<string, number>(), names = new Map<string, number>(), numbers = new Map<string, number>();
  const nameCounts = new Map<string, number>();
  article.vectors.forEach((v, i) => {
    if (status[i] === 'off-topic') return;
    for (const [k, w] of v.weights) {
      words.set(k, (words.get(k) ?? 0) + w);
      if (v.names.has(k)) {
        names.set(k, w);
        nameCounts.set(k, (nameCounts.get(k) ?? 0) + w);
      }
      else if (k.startsWith('#') && !isYear(k.slice(1))) numbers.set(k, w);
    }
  });
  return { words, names, nameCounts, numbers };
}

function cosine(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let dot = 0, nx = 0, ny = 0;
  for (const [k, w] of x) {
    nx += w * w;
    const v = y.get(k);
    if (v !== undefined) dot += w * v;
  }
  for (const w of y.values()) ny += w * w;
  return nx && ny ? dot / Math.sqrt(nx * ny) : 0;
}

/** Weighted share of the smaller set found in the larger. */
function overlap(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let shared = 0, tx = 0, ty = 0;
  for (const [k, w] of x) {
    tx += w;
    if (y.has(k)) shared += w;
  }
  for (const w of y.values()) ty += w;
  const smaller = Math.min(tx, ty);
  return smaller > 0 ? shared / smaller : 0;
}

function isYear(s: string): boolean {
  return /^(?:19|20)\d\d$/.test(s);
}

function yearsOf(article: Article): Set<string> {
  const out = new Set<string>();
  if (article.publishedAt) out.add(article.publishedAt.slice(0, 4));
  const text = maskMarkup(article.text);
  // "a Mirage 2000": the number of a type, no year.
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) if (!namesType(text, m.index)) out.add(m[0]);
  return out;
}

function agreement(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  for (const v of x) if (y.has(v)) return 1;
  return -1;
}

interface DateRange {
  from: string;
  to: string;
}

function datesOf(facts: readonly Fact[]): DateRange[] {
  const out: DateRange[] = [];
  for (const f of facts) {
    if (f.facet !== 'time' || typeof f.value !== 'object' || f.value === null) continue;
    const date = (f.value as { date?: unknown }).date;
    if (typeof date !== 'object' || date === null) continue;
    const { from, to } = date as { from?: unknown; to?: unknown };
    if (typeof from === 'string' && typeof to === 'string') out.push({ from, to });
  }
  return out;
}

/** Event dates that overlap agree; dates that are all apart (by more than a week) disagree. */
function dateAgreement(factsA: readonly Fact[], factsB: readonly Fact[]): number {
  const x = datesOf(factsA), y = datesOf(factsB);
  if (!x.length || !y.length) return 0;
  const week = 7 * 86_400_000;
  for (const p of x) {
    for (const q of y) {
      if (Date.parse(p.from) - week <= Date.parse(q.to) && Date.parse(q.from) - week <= Date.parse(p.to)) return 1;
    }
  }
  return -1;
}

/** Weighted share of x's names repeated in x (its protagonists, places) that y mentions at all. */
function leadShare(x: DocumentTerms, y: DocumentTerms): number {
  let total = 0, found = 0;
  for (const k of recurringNames(x)) {
    const once = x.names.get(k)!;
    total += once;
    if (y.words.has(k)) found += once;
  }
  return total > 0 ? found / total : 0.5;
}

/** Names an article gives in more than one sentence: its protagonists and places. */
function recurringNames(x: DocumentTerms): string[] {
  const out: string[] = [];
  for (const [k, w] of x.nameCounts) if (w >= 2 * (x.names.get(k) ?? w) - 1e-9) out.push(k);
  return out;
}

/** 1 when the articles give two event dates of one day, or one inside the other ("Saturday" inside "September"). */
function sameDay(factsA: readonly Fact[], factsB: readonly Fact[]): number {
  return sharedDay(factsA, factsB) ? 1 : 0;
}

/** The first such date both give, the narrower of the two, as reports write it: "2019-03-23", "March 2019", "2019". */
function sharedDay(factsA: readonly Fact[], factsB: readonly Fact[]): string | undefined {
  const x = datesOf(factsA), y = datesOf(factsB);
  for (const p of x) {
    for (const q of y) {
      const inner = p.from <= q.from && q.to <= p.to ? q : q.from <= p.from && p.to <= q.to ? p : undefined;
      if (inner) return rangeLabel(inner);
    }
  }
  return undefined;
}

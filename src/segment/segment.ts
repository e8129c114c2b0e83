import {
  ambiguousAbbreviations,
  clockAbbreviations,
  inSentenceAbbreviations,
  lineContinuationWords,
  numberAbbreviations,
  quoteAttributionVerbs,
  sentenceStarters,
  titleAbbreviations,
} from '../lexicon/abbreviations.js';
import { fail } from '../errors.js';
import { fold, matchAny } from '../lexicon/match.js';
import { MONTHS, WEEKDAYS, ZONES } from '../lexicon/time.js';
import { POSTS } from '../lexicon/titles.js';
import { plainText } from '../text/markup.js';

/** A sentence as UTF-16 offsets into the segmented text, trimmed of surrounding whitespace. */
export interface Span { start: number; end: number }

/**
 * Splits news text into sentences in one left-to-right scan. Only three kinds of place can end a
 * sentence: a terminator run (. ! ? … and runs like "?!") with its closing quotes and brackets, a line
 * break, and a period stuck between two words ("end.Next"). Each is judged by a bounded look at its
 * neighbours, so the scan is linear in the length of the text.
 *
 * The text between consecutive boundaries becomes one span, so every visible character lies in
 * exactly one span, whatever the input.
 */
export function segment(text: string): Span[] {
  return spansBetween(text, findBoundaries(text));
}

/**
 * The sentences `compare` reads from an article's `text`, with their offsets into it. Embed these
 * to give an article `vectors` of your own model. HTML tags between sentences belong to none.
 */
export function splitSentences(text: string): { text: string; start: number; end: number }[] {
  if (typeof text !== 'string') fail('INVALID_TYPE', 'text', `expected a string, got ${text === null ? 'null' : typeof text}`);
  // Sentences are found in the text a reader sees ("landed.</p><p>Crowds" is two), and quoted as written.
  const plain = plainText(text);
  return segment(plain.text).map((s) => {
    const start = plain.outerStart(s.start), end = plain.outerEnd(s.end);
    return { text: text.slice(start, end), start, end };
  });
}

/** How an abbreviation before a period bears on a split; earlier kinds win when lists overlap. */
type AbbreviationKind = 'title' | 'inSentence' | 'beforeNumber' | 'ambiguous' | 'clock';

const abbreviationKinds: ReadonlyMap<string, AbbreviationKind> = (() => {
  const kinds = new Map<string, AbbreviationKind>();
  const lists: Array<[AbbreviationKind, readonly string[]]> = [
    ['clock', clockAbbreviations],
    ['ambiguous', ambiguousAbbreviations],
    ['beforeNumber', numberAbbreviations],
    ['inSentence', inSentenceAbbreviations],
    ['title', titleAbbreviations],
  ];
  for (const [kind, terms] of lists) {
    for (const term of terms) {
      kinds.set(term, kind);
      // A one-letter entry ("p", "v") upper-cased would swallow every initial ("P.", "V.").
      if (term.replace(/\./g, '').length > 1) kinds.set(term.toUpperCase(), kind);
    }
  }
  return kinds;
})();

const starters: ReadonlySet<string> = new Set(sentenceStarters);
/** An airline's code and a flight number: "TU 154", "SU1492". */
const codeNumberAt = /^\p{Lu}{2,3}\s?\d{1,4}\b/u;
/** A word in lower case right before: "on X." */
const lowerWordBefore = /(?:^|\s)\p{Ll}[\p{Ll}'’-]*\s{1,3}$/u;
/** A post in lower case right before an initial: "foreign minister S. Jaishankar". */
const postBefore = new RegExp(String.raw`(?:^|\s)(?:${matchAny(POSTS)})\s{1,3}$`, 'u');
/**
 * What a clock time goes on with after "p.m.": its day, its month or its zone ("5 p.m. Tuesday", "9 p.m. Moscow
 * time"), or the time elsewhere in brackets ("7 p.m. (1100 GMT)", "8:20 a.m. (local time)").
 */
const clockGoesOn = new RegExp(
  String.raw`^(?:${matchAny([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), ...Object.keys(ZONES).filter((z) => /^\p{Lu}/u.test(z))])}|\p{Lu}{2,5}|\p{Lu}\p{Ll}+ time|\((?=\d|GMT|UTC|local))(?!\p{L})`,
  'u',
);
const continuationWords: ReadonlySet<string> = new Set(lineContinuationWords.map(fold));
const attributionVerbs: ReadonlySet<string> = new Set(quoteAttributionVerbs);

/** Longest word worth looking up as an abbreviation or dateline; longer ones are ordinary words. */
const maxToken = 40;

const lowerAt = /\p{Ll}/uy;
const upperAt = /[\p{Lu}\p{Lt}]/uy;
const digitAt = /\p{N}/uy;
const wordAt = /\p{L}{1,20}(?!\p{L})/uy;
const wordCharAt = /[\p{L}\p{N}]/uy;
const capitalisedWordAt = /\p{Lu}\p{Ll}/uy;
/** One to three capitalised names, then a lowercase word that may be a speech verb. */
const attributionAt = /(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}[ \t\u00a0]{1,3}){1,3}(\p{Ll}{1,20})(?!\p{L})/uy;
const dottedInitialism = /^(?:\p{L}\.){1,8}\p{L}$/u;
const singleCapital = /^\p{Lu}$/u;
/** "OREANDA-NEWS", "NEW YORK": a dateline of up to three words in capitals opening a paragraph. */
const dateline = /^\p{Lu}[\p{Lu}\p{N}&'’-]{2,39}$|^\p{Lu}[\p{Lu}\p{N}&'’-]{0,39}(?: [\p{Lu}\p{N}&'’-]{1,39}){1,2}$/u;
/**
 * "MOSCOW, December 10", "MOSCOW, December 10. /TASS/": a dated dateline, with the agency's tag after it,
 * runs on into its story.
 */
const datedDateline = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}'’-]{1,39}(?: \p{Lu}[\p{Lu}'’-]{1,39}){0,2}, (?:${matchAny(Object.keys(MONTHS))})\.? \p{N}{1,2}(?:\. \/[\p{Lu}\p{N}][\p{L}\p{N} -]{0,30}\/)?$`,
  'u',
);
/**
 * "SAVANNAH, Ga. (Reuters) -", "EL PASO, Texas (AP) —": a city in capitals, then its state as wire copy writes it,
 * in two words too: "HUNTINGTON, W. Va. (UPI) -".
 */
const stateDateline = /^\p{Lu}[\p{Lu}'’-]{1,39}(?: \p{Lu}[\p{Lu}'’-]{1,39}){0,2}, \p{Lu}[\p{L}.]{0,5}(?: \p{Lu}\p{Ll}{0,3})?$/u;
/** "CARACAS (Reuters) -", "WASHINGTON, March 24 –": a dateline opening the next line. */
const datelineAt = /\p{Lu}[\p{Lu}'’-]{1,39}(?: \p{Lu}[\p{Lu}'’-]{1,39}){0,2}\s{0,3}(?:,|\(|[-–—]\s)/uy;
/**
 * "DUBAI, May 20 (Reuters) - ", "KARACHI, Pakistan (AP) — ": a dateline with its date or agency and the
 * dash that opens the story, which no hard-wrapped line starts with.
 */
const storyDateline = /\p{Lu}[\p{Lu}'’-]{1,39}(?: \p{Lu}[\p{Lu}'’-]{1,39}){0,2}(?:,\s{1,3}[\p{L}.]{3,12}(?:\s{1,3}\d{1,2})?)?\s{0,3}(?:\([^()\n]{2,30}\)\s{0,3})?[-–—]\s/uy;
/** "1", "b", "iv": a list marker opening a line. */
const listMarker = /^(?:\p{N}{1,3}|\p{L}|[ivxlcdmIVXLCDM]{1,6})$/u;

function test(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** Exactly the characters String.prototype.trim removes, so spans come out trimmed. */
function isTrimmable(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680
    || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}

/** Zero-width and bidi controls: blank when judging a boundary, kept in spans since trim keeps them. */
function isInvisible(c: number): boolean {
  return c === 0x85 || c === 0x061c || c === 0x180e || (c >= 0x200b && c <= 0x200f)
    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069);
}

function isBlank(c: number): boolean {
  return isTrimmable(c) || isInvisible(c);
}

function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019
    || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || c === 0x201e || c === 0x201a;
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a
    || c === 0x29 || c === 0x5d || c === 0x7d;
}

function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039
    || c === 0x201e || c === 0x201a || c === 0x28 || c === 0x5b || c === 0x7b || c === 0xbf || c === 0xa1;
}

/** Punctuation that continues a sentence rather than opening one: , ; : ) ] } % and closing quotes. */
function isContinuationMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x25
    || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** A line ending with one of these (",", "-", "(", "&") was wrapped mid-sentence. */
function isLineJoiner(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x2d || c === 0x2013 || c === 0x2014
    || c === 0x2f || c === 0x26 || c === 0x2b;
}

/** What the text looks like where a new sentence would begin. */
type StartKind = 'lower' | 'upper' | 'digit' | 'opener' | 'continuation' | 'other';

function startKind(text: string, at: number): StartKind {
  const ascii = text.charCodeAt(at);
  if (ascii >= 0x61 && ascii <= 0x7a) return 'lower';
  if (ascii >= 0x41 && ascii <= 0x5a) return 'upper';
  if (ascii >= 0x30 && ascii <= 0x39) return 'digit';
  if (test(lowerAt, text, at)) return 'lower';
  if (test(upperAt, text, at)) return 'upper';
  if (test(digitAt, text, at)) return 'digit';
  const c = text.charCodeAt(at);
  if (isOpener(c)) {
    let after = at + 1;
    while (after < text.length && after - at < 4 && isOpener(text.charCodeAt(after))) after++;
    return test(lowerAt, text, after) ? 'lower' : 'opener';
  }
  return isContinuationMark(c) ? 'continuation' : 'other';
}

function canStartSentence(kind: StartKind): boolean {
  return kind !== 'lower' && kind !== 'continuation';
}

function isStarterAt(text: string, at: number): boolean {
  wordAt.lastIndex = at;
  return wordAt.test(text) && starters.has(text.slice(at, wordAt.lastIndex));
}

interface Gap {
  /** First non-blank position after the gap (or the text length). */
  end: number;
  /** Line breaks in the gap; a paragraph separator or form feed counts as two (a blank line). */
  breaks: number;
}

function readGap(text: string, from: number): Gap {
  let at = from;
  let breaks = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (!isBlank(c)) break;
    if (c === 0x2029 || c === 0x0c) breaks += 2;
    else if (c === 0x0d) {
      breaks++;
      if (text.charCodeAt(at + 1) === 0x0a) at++;
    } else if (c === 0x0a || c === 0x0b || c === 0x85 || c === 0x2028) breaks++;
    at++;
  }
  return { end: at, breaks };
}

interface Scan {
  readonly text: string;
  readonly boundaries: number[];
  /** Where the word being read began (just after the last blank). */
  wordStart: number;
  /** First non-blank character of the current sentence. */
  sentenceStart: number;
  /** The current sentence opens a line (or the text): where datelines and list markers live. */
  sentenceOpensLine: boolean;
}

function findBoundaries(text: string): number[] {
  const first = readGap(text, 0).end;
  const scan: Scan = { text, boundaries: [], wordStart: first, sentenceStart: first, sentenceOpensLine: true };
  let at = first;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (isTerminator(c)) at = afterTerminator(scan, at);
    else if (isBlank(c)) at = afterBlank(scan, at);
    else at++;
  }
  return scan.boundaries;
}

function cut(scan: Scan, at: number, next: number, opensLine: boolean): void {
  scan.boundaries.push(at);
  scan.sentenceStart = next;
  scan.sentenceOpensLine = opensLine;
}

/** A run of blanks not after a terminator: only a line break in it can end the sentence. */
function afterBlank(scan: Scan, at: number): number {
  const { text } = scan;
  const gap = readGap(text, at);
  if (gap.breaks > 0 && gap.end < text.length && (gap.breaks > 1 || lineEndsSentence(scan, at, gap.end))) {
    cut(scan, at, gap.end, true);
  }
  scan.wordStart = gap.end;
  return gap.end;
}

/**
 * A single line break without a terminator before it ends a headline, caption or junk line
 * ("Comments"), unless the text was hard-wrapped: the next line starts lowercase, or this one ends
 * with a joining mark (",", "-") or a word no headline ends with ("of", "the").
 */
function lineEndsSentence(scan: Scan, lineEnd: number, next: number): boolean {
  const { text } = scan;
  if (!canStartSentence(startKind(text, next))) return false;
  if (lineEnd === 0 || isLineJoiner(text.charCodeAt(lineEnd - 1))) return false;
  if (lineEnd - scan.wordStart > maxToken) return true;
  // "..., state media says" above "DUBAI, May 20 (Reuters) - ...": a dateline opens a story's first line.
  return !continuationWords.has(fold(text.slice(scan.wordStart, lineEnd))) || test(storyDateline, text, next);
}

function afterTerminator(scan: Scan, at: number): number {
  const { text } = scan;
  let end = at;
  while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
  const lonePeriod = end === at + 1 && text.charCodeAt(at) === 0x2e;
  let closed = end;
  let quoted = false;
  while (closed < text.length && isCloser(text.charCodeAt(closed))) {
    if (isQuote(text.charCodeAt(closed))) quoted = true;
    closed++;
  }
  if (closed >= text.length) return closed;

  if (!isBlank(text.charCodeAt(closed))) {
    if (lonePeriod && closed === end && isStuckBoundary(scan, at)) {
      cut(scan, at + 1, at + 1, false);
      scan.wordStart = at + 1;
    }
    return closed;
  }

  const gap = readGap(text, closed);
  if (gap.end < text.length) {
    const ends = gap.breaks > 1
      || (hasWordBefore(scan, at) && (lonePeriod
        ? periodEndsSentence(scan, at, gap)
        : runEndsSentence(text, quoted, gap.end)));
    if (ends) cut(scan, closed, gap.end, gap.breaks > 0);
  }
  scan.wordStart = gap.end;
  return gap.end;
}

/** Stray punctuation (". . !") is no sentence of its own: it stays with what follows it. */
function hasWordBefore(scan: Scan, at: number): boolean {
  if (at - scan.sentenceStart > maxToken) return true;
  for (let i = scan.sentenceStart; i < at; i++) if (isWordChar(scan.text, i)) return true;
  return false;
}

function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const folded = c | 0x20;
  if (c < 0x80) return (folded >= 0x61 && folded <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return test(wordCharAt, text, at);
}

/** "?", "!", "…" and runs: a sentence end before a plausible start, unless a quote's attribution follows. */
function runEndsSentence(text: string, quoted: boolean, next: number): boolean {
  if (!canStartSentence(startKind(text, next))) return false;
  if (quoted) {
    attributionAt.lastIndex = next;
    const attribution = attributionAt.exec(text);
    if (attribution?.[1] !== undefined && attributionVerbs.has(attribution[1])) return false;
  }
  return true;
}

function periodEndsSentence(scan: Scan, period: number, gap: Gap): boolean {
  const { text } = scan;
  const next = gap.end;
  const kind = startKind(text, next);
  if (!canStartSentence(kind)) return false;
  if (period - scan.wordStart > maxToken) return true;

  // A dateline runs on into its story on the same line; a capitalised line of its own is a headline.
  if (scan.sentenceOpensLine && gap.breaks === 0 && period - scan.sentenceStart <= maxToken) {
    const head = text.slice(scan.sentenceStart, period);
    if (dateline.test(head) || listMarker.test(head) || datedDateline.test(head) || stateDateline.test(head)) return false;
  }

  const word = abbreviationCore(text.slice(scan.wordStart, period));
  // An initial follows a name ("John F. Kennedy"); after a word in lower case a capital is a word of its own:
  // "the air force said on X. NATO jets ...".
  // After a post, though, it is one: "foreign minister S. Jaishankar said".
  const before = text.slice(Math.max(0, scan.wordStart - 24), scan.wordStart);
  const initial = singleCapital.test(word) && (!lowerWordBefore.test(before) || postBefore.test(before));
  const abbreviation = abbreviationKinds.get(word)
    ?? (dottedInitialism.test(word) || initial ? 'ambiguous' : undefined);
  switch (abbreviation) {
    case 'title':
    case 'inSentence':
      return false;
    case 'beforeNumber':
      // "Flight No. 5", "flight No. TU 154": a number, or an airline's code before one.
      return kind !== 'digit' && !codeNumberAt.test(text.slice(next, next + 12));
    case 'clock':
      return !clockGoesOn.test(text.slice(next, next + 40));
    case 'ambiguous':
      // "U.S. State Department" goes on; "in the U.S. The next day" or "U.S. “We…" starts anew, and so
      // does a headline ending in "U.S." above a dateline ("CARACAS (Reuters) - ...").
      return kind === 'opener' || isStarterAt(text, next) || (gap.breaks > 0 && test(datelineAt, text, next));
    case undefined:
      return true;
  }
}

/** The part of a word an abbreviation lookup sees: "(U.S" → "U.S", "anti-U.S" → "U.S". */
function abbreviationCore(word: string): string {
  let start = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2f) start = i + 1;
    else if (i === start && isOpener(c)) start = i + 1;
  }
  return word.slice(start);
}

/**
 * "…end.Next": a period between a lowercase letter and a capitalised word, with no space, ends a
 * sentence unless the left word is an abbreviation or the whole token is a domain, address or path.
 */
function isStuckBoundary(scan: Scan, period: number): boolean {
  const { text } = scan;
  if (period === 0 || !test(lowerAt, text, period - 1)) return false;
  if (!test(capitalisedWordAt, text, period + 1)) return false;
  if (period - scan.wordStart > maxToken) return false;
  const left = text.slice(scan.wordStart, period);
  if (/[.@/:]/.test(left) || abbreviationKinds.has(abbreviationCore(left))) return false;
  let right = period + 1;
  while (right < text.length && right - period <= 64 && !isBlank(text.charCodeAt(right))) right++;
  return !/[@/]|\.\p{L}/u.test(text.slice(period + 1, right));
}

/** Cuts the text at the boundaries and trims each piece; a piece with only invisible marks joins the next. */
function spansBetween(text: string, boundaries: readonly number[]): Span[] {
  const spans: Span[] = [];
  let pendingStart = -1;
  let pendingEnd = -1;
  let from = 0;
  for (let b = 0; b <= boundaries.length; b++) {
    const to = boundaries[b] ?? text.length;
    let start = from;
    let end = to;
    from = to;
    while (start < end && isTrimmable(text.charCodeAt(start))) start++;
    while (end > start && isTrimmable(text.charCodeAt(end - 1))) end--;
    if (start === end) continue;
    if (!hasVisible(text, start, end)) {
      if (pendingStart < 0) pendingStart = start;
      pendingEnd = end;
      continue;
    }
    spans.push({ start: pendingStart >= 0 ? pendingStart : start, end });
    pendingStart = -1;
  }
  if (pendingStart >= 0) {
    const last = spans[spans.length - 1];
    if (last) last.end = pendingEnd;
    else spans.push({ start: pendingStart, end: pendingEnd });
  }
  return spans;
}

function hasVisible(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlank(text.charCodeAt(i))) return true;
  return false;
}

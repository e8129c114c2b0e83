import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { fold } from '../lexicon/match.js';
import { MONTH_NAMES, NUMBER_SCALES, NUMBER_TENS, NUMBER_UNITS } from '../lexicon/numbers.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { SYNONYMS } from '../lexicon/synonyms.js';
import { maskMarkup } from './markup.js';

/** A word or a number of a text, with its offsets. */
export interface Token {
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Lower-cased, accents stripped, possessive dropped; numbers without thousands separators. */
  norm: string;
  kind: 'word' | 'number';
  /** Starts with a capital letter and is not the first word of the text: likely part of a name. */
  capital: boolean;
}

/** A content word reduced for comparison: its stem (or synonym group), and whether it looks like a name. */
export interface Term {
  key: string;
  kind: 'word' | 'number';
  capital: boolean;
  /** Index of the token it came from. */
  token: number;
}

// Words are letters with inner apostrophes; numbers keep their decimal point and thousands separators.
// Both alternatives are single runs with no nested quantifier, so matching stays linear.
const TOKEN = /\p{L}[\p{L}\p{M}'’]{0,60}|\p{N}{1,40}(?:[.,]\p{N}{1,20}){0,10}/gu;
const STOP = new Set(STOPWORDS);
const UPPER = /^\p{Lu}/u;

/** Splits a text into words and numbers. Never throws; linear in the length of the text. */
export function tokenize(written: string): Token[] {
  // Tags and entities are no words ("href", "nbsp"); blanked at the same length, offsets still hold.
  const text = maskMarkup(written);
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const isNumber = /^\p{N}/u.test(raw);
    const norm = isNumber ? normaliseNumber(raw) : wordNorm(raw);
    if (!norm) continue;
    out.push({
      text: raw,
      start,
      end: start + raw.length,
      norm,
      kind: isNumber ? 'number' : 'word',
      capital: !isNumber && out.length > 0 && UPPER.test(raw) && !afterSentenceMark(text, start),
    });
  }
  return out;
}

function wordNorm(raw: string): string {
  const folded = fold(raw);
  // Most words have no apostrophe: skip the two replacements for them.
  if (!folded.includes('\'') && !folded.includes('’')) return folded;
  return folded.replace(/['’]s$/, '').replace(/['’]/g, '');
}

function afterSentenceMark(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 6; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === ':' || c === '"' || c === '“') return true;
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\'' && c !== '‘') return false;
  }
  return false;
}

function normaliseNumber(raw: string): string {
  // "1,500" and "1,500,000" are thousands; "49.9" is a decimal; "3,5" (European decimal) stays as written.
  const thousands = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw);
  const n = thousands ? raw.replace(/,/g, '') : raw;
  return n.replace(/\.0+$/, '');
}

/** A stemmer that remembers its answers; make one per comparison, not one per program. */
export type Stem = (word: string) => string;

/**
 * `known` holds precomputed Porter stems of common words (see src/align/stem-data.ts): stemming is most
 * of the cost of reading a short article.
 */
export function createStemmer(known?: ReadonlyMap<string, string>): Stem {
  const memo = new Map<string, string>();
  return (word) => {
    let s = memo.get(word);
    if (s === undefined) {
      const stemmed = known?.get(word) ?? porter.stem(word);
      s = SYNONYM_OF.get(word) ?? SYNONYM_OF.get(`=${stemmed}`) ?? stemmed;
      memo.set(word, s);
    }
    return s;
  };
}

const SYNONYM_OF: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYMS) {
    const head = `~${porter.stem(fold(group[0]!).replace(/\./g, ''))}`;
    for (const w of group) {
      // "=airliner": this word only, not every word of its stem ("Airlines").
      const exact = w.startsWith('=');
      const f = fold(exact ? w.slice(1) : w).replace(/\./g, '');
      map.set(f, head);
      if (!exact && !f.includes(' ')) map.set(`=${porter.stem(f)}`, head);
    }
  }
  return map;
})();

/**
 * The content terms of a text: stop words dropped, words stemmed and synonyms merged, two-word
 * synonyms ("touched down") read as one. "US" in capitals is the country, not the pronoun.
 */
export function termsOf(tokens: readonly Token[], stem: Stem): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const day = dayOfMonth(tokens, i);
    if (day) {
      out.push({ key: day.key, kind: 'number', capital: false, token: i });
      i += 1;
      continue;
    }
    if (t.kind === 'number') {
      out.push({ key: `#${t.norm}`, kind: 'number', capital: false, token: i });
      continue;
    }
    const next = tokens[i + 1];
    const spelled = spelledNumber(tokens, i);
    if (spelled) {
      out.push({ key: `#${spelled.value}`, kind: 'number', capital: false, token: i });
      i += spelled.length - 1;
      continue;
    }
    if (next && next.kind === 'word' && next.start - t.end <= 2) {
      const phrase = SYNONYM_OF.get(`${t.norm} ${next.norm}`);
      if (phrase) {
        out.push({ key: phrase, kind: 'word', capital: t.capital, token: i });
        i++;
        continue;
      }
    }
    let norm = t.norm;
    if (norm === 'us' && (t.text === 'US' || t.text.startsWith('U.'))) norm = 'usa';
    if (norm === 'u' && next?.norm === 's' && t.text === 'U') {
      norm = 'usa';
      i++;
    }
    if (STOP.has(norm) || norm.length < 2) continue;
    out.push({ key: stem(norm), kind: 'word', capital: t.capital, token: i });
  }
  return out;
}

const MONTHS: ReadonlyMap<string, string> = new Map(MONTH_NAMES.map((m) => [fold(m).replace(/\.$/, ''), fold(m).slice(0, 3)]));

/**
 * A day of a month ("March 23", "23 March") read as one date term, so the 23 of a date never meets
 * the 23 of a count.
 */
function dayOfMonth(tokens: readonly Token[], i: number): { key: string } | undefined {
  const t = tokens[i]!, next = tokens[i + 1];
  if (!next) return undefined;
  const [month, day] = t.kind === 'word' ? [MONTHS.get(t.norm), next] : [MONTHS.get(next.norm), t];
  if (!month || day.kind !== 'number' || !/^\d{1,2}$/.test(day.norm) || Number(day.norm) > 31) return undefined;
  if (next.start - t.end > 2) return undefined;
  return { key: `@${month}-${Number(day.norm)}` };
}

/**
 * A number written in words at token i ("twenty-three", "ninety nine", "a hundred"), read as its
 * value so that it meets the same number in digits.
 */
function spelledNumber(tokens: readonly Token[], i: number): { value: number; length: number } | undefined {
  const t = tokens[i]!;
  const tens = own(NUMBER_TENS, t.norm);
  const unit = own(NUMBER_UNITS, t.norm);
  const scale = own(NUMBER_SCALES, t.norm);
  if (scale !== undefined) {
    const prev = tokens[i - 1]?.norm;
    return prev === 'a' || prev === 'one' ? { value: scale, length: 1 } : undefined;
  }
  if (tens !== undefined) {
    const u = own(NUMBER_UNITS, tokens[i + 1]?.norm ?? '');
    if (u !== undefined && u > 0 && u < 10 && tokens[i + 1]!.start - t.end <= 1) return { value: tens + u, length: 2 };
    return { value: tens, length: 1 };
  }
  if (unit !== undefined && t.norm !== 'one') return { value: unit, length: 1 };
  return undefined;
}

// Lexicon records are plain objects: "constructor" must not read as a number word. Read them as maps.
const RECORDS = new Map<Readonly<Record<string, number>>, ReadonlyMap<string, number>>(
  [NUMBER_TENS, NUMBER_UNITS, NUMBER_SCALES].map((r) => [r, new Map(Object.entries(r))]),
);

function own(record: Readonly<Record<string, number>>, key: string): number | undefined {
  return RECORDS.get(record)!.get(key);
}

/** Content terms of a text in one call. */
export function terms(text: string, stem: Stem = createStemmer()): Term[] {
  return termsOf(tokenize(text), stem);
}

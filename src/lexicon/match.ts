/**
 * Compiles a word list into a regular-expression alternation: escaped, longest term first (so
 * "Il-62M" wins over "Il-62"), whitespace in a term matching any run of spaces. Lexicons stay data;
 * only this helper turns them into patterns.
 */
export function matchAny(terms: Iterable<string>): string {
  const unique = [...new Set(terms)].filter((t) => t.length > 0);
  unique.sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  return unique.map((t) => escape(t).replace(/ +/g, '\\s+')).join('|');
}

/**
 * Escapes what a pattern would read as syntax. Not a hyphen: outside a character class it is literal, and its
 * escape is invalid under the `u` flag ("Il-76" would break a pattern that needs \p{L}).
 */
export function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-cases and strips accents, for looking terms up in a lexicon: "Nicolás" -> "nicolas". */
export function fold(text: string): string {
  // Most words are plain ASCII, which has no accents to strip: normalising them only costs time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const ASCII_WORD = /[A-Za-z0-9]+/g;
const NOT_ASCII_WORD = /[^A-Za-z0-9]+/;

/**
 * A quick test that a text may hold one of a lexicon's terms, to skip scanning it with the lexicon's
 * pattern when it cannot: false only when no word of the text (a run of ASCII letters and digits) is the
 * key word of a term, case-insensitively. A term's key word is its longest such run ("was diverted" ->
 * "diverted"), as long words are the rare ones: a text holding the term holds each of its words.
 *
 * Sound only for a pattern built by {@link matchAny} from the same terms, without the `u` flag (which
 * would let "ſ" match "s"), that admits no ASCII letter or digit right before or after a term (`\b`,
 * `(?<![A-Za-z0-9-])`... on both sides). A term without a letter or digit lets every text pass.
 */
export function lexiconGate(terms: Iterable<string>): (text: string) => boolean {
  const keys = new Set<string>();
  for (const t of terms) {
    if (t.length === 0) continue;
    let key = '';
    for (const w of t.match(ASCII_WORD) ?? []) if (w.length >= key.length) key = w;
    if (!key) return () => true;
    keys.add(key.toLowerCase());
  }
  if (gateCount >= MAX_GATES) {
    return (text) => asciiWordsOf(text).some((w) => keys.has(w));
  }
  // Gates are made when modules load: each takes a bit, and a sentence's words are looked up once for all.
  const bit = 2 ** gateCount++;
  for (const k of keys) GATE_BITS.set(k, (GATE_BITS.get(k) ?? 0) | bit);
  return (text) => (gateBitsOf(text) & bit) !== 0;
}

/** Word -> the bits of the gates whose key words include it. Filled as modules load, then only read. */
const GATE_BITS = new Map<string, number>();
/** Bits stay exact in 31-bit integer arithmetic. */
const MAX_GATES = 31;
let gateCount = 0;

const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * Every match of a global pattern built from `terms` (see {@link lexiconGate} for what it may be), or
 * none at once when no word of the text can start a term.
 */
export function gatedScan(terms: Iterable<string>, pattern: RegExp): (text: string) => Iterable<RegExpExecArray> {
  const gate = lexiconGate(terms);
  return (text) => (gate(text) ? text.matchAll(pattern) : NO_MATCHES);
}

// One entry, keyed by the sentence: the facets and claims of one sentence ask in turn, then the next
// sentence replaces it. It holds only what the text says, so it cannot change any result.
let lastText: string | undefined;
let lastWords: readonly string[] = [];
let lastBits = 0;
let lastBitsFor = -1;

/** The lower-cased runs of ASCII letters and digits of a text (and empty strings between separators). */
function asciiWordsOf(text: string): readonly string[] {
  if (text !== lastText) {
    const words = text.split(NOT_ASCII_WORD);
    for (let i = 0; i < words.length; i++) words[i] = words[i]!.toLowerCase();
    lastText = text;
    lastWords = words;
    lastBitsFor = -1;
  }
  return lastWords;
}

/** The bits of the gates a text passes. */
function gateBitsOf(text: string): number {
  const words = asciiWordsOf(text);
  if (lastBitsFor !== gateCount) {
    let bits = 0;
    for (const w of words) bits |= GATE_BITS.get(w) ?? 0;
    lastBits = bits;
    lastBitsFor = gateCount;
  }
  return lastBits;
}

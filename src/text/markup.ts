import { BLOCK_ELEMENTS, HIDDEN_ELEMENTS, INLINE_ELEMENTS, NAMED_ENTITIES } from '../lexicon/markup.js';

/**
 * Scraped articles keep HTML: "Two <b>Il-76</b> planes landed.</p><p>They carried 35&nbsp;tonnes".
 * The reader sees "Two Il-76 planes landed." and "They carried 35 tonnes"; so do the segmenter and the
 * facets, through {@link plainText}, which maps every offset back so that quotes still slice the
 * caller's own text. Tokens for alignment read {@link maskMarkup}, the same text at the same length.
 */

/** A text as a reader sees it, with the way back to the offsets of the text as written. */
export interface PlainText {
  text: string;
  /** Offset in the written text of the character at `offset` of the plain text. */
  start(offset: number): number;
  /** Offset in the written text just after the character before `offset` of the plain text. */
  end(offset: number): number;
  /** As `start`, but before the inline tags that open there ("<i>Crowds" rather than "Crowds"). */
  outerStart(offset: number): number;
  /** As `end`, but after the inline tags that close there ("Il-76</b>" rather than "Il-76"). */
  outerEnd(offset: number): number;
}

/** A stretch of the written text and what a reader sees in its place; `inline` for an inline element's tag. */
interface Piece { start: number; end: number; replacement: string; inline?: true }

/**
 * Zero-width spaces, word joiners, byte-order marks and control characters: invisible to a reader, but
 * "landed in\u200b Caracas" escapes every pattern that expects a space. They read as a space, at the
 * same length. Joiners inside words and emoji (ZWJ, ZWNJ) are left alone.
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b\u2060\ufeff]/g;

// A tag names a known element and holds no other bracket; "<!DOCTYPE html>" is markup too. Bounded, and
// `[^<>]` stops at the next bracket, so the scans of two tags never overlap: linear in the text.
const TAG = /<(?:(\/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])|!(?=[A-Za-z]))[^<>]{0,2000}>/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));/y;
const BLOCK = new Set(BLOCK_ELEMENTS);
const INLINE = new Set(INLINE_ELEMENTS);
const HIDDEN = new Set(HIDDEN_ELEMENTS);

/** The written text as a reader sees it, but for invisible characters. Linear in the length of the text; identity when it has no markup. */
export function plainText(raw: string): PlainText {
  const pieces = markupIn(raw);
  if (pieces.length === 0) {
    const same = (k: number) => k;
    return { text: raw, start: same, end: same, outerStart: same, outerEnd: same };
  }
  // For each piece: where its replacement starts in the plain text, and the shift of offsets after it.
  const at: number[] = [], shift: number[] = [];
  let text = '', from = 0, delta = 0;
  for (const p of pieces) {
    text += raw.slice(from, p.start);
    at.push(text.length);
    text += p.replacement;
    delta += p.end - p.start - p.replacement.length;
    shift.push(delta);
    from = p.end;
  }
  text += raw.slice(from);
  // The last piece whose replacement starts at or before plain offset k.
  const lastAt = (k: number): number => {
    let lo = 0, hi = at.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= k) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  const start = (k: number): number => {
    const i = lastAt(k);
    if (i < 0) return k;
    const p = pieces[i]!;
    if (k < at[i]! + p.replacement.length) return p.start;
    return k + shift[i]!;
  };
  const end = (k: number): number => {
    if (k <= 0) return start(0);
    const i = lastAt(k - 1);
    if (i >= 0 && k - 1 < at[i]! + pieces[i]!.replacement.length) return pieces[i]!.end;
    return start(k - 1) + 1;
  };
  // A sentence takes the inline tags that open before it and those that close after it, so two sentences
  // that meet at "landed.<b>Il-62" never share the "<b>".
  const closing = (p: Piece) => raw.startsWith('</', p.start);
  const outerStart = (k: number): number => {
    let at0 = start(k);
    for (let i = lastAt(k); i >= 0 && at[i] === k && pieces[i]!.inline && !closing(pieces[i]!) && pieces[i]!.end === at0; i--) at0 = pieces[i]!.start;
    return at0;
  };
  const outerEnd = (k: number): number => {
    let at0 = end(k);
    for (let i = lastAt(k - 1) + 1; i < pieces.length && at[i] === k && pieces[i]!.inline && closing(pieces[i]!) && pieces[i]!.start === at0; i++) at0 = pieces[i]!.end;
    return at0;
  };
  return { text, start, end, outerStart, outerEnd };
}

/** The text with its invisible characters read as spaces, at the same length. */
export function blankInvisible(text: string): string {
  return text.replace(INVISIBLE, ' ');
}

/** The written text with its markup blanked at the same length, an entity leaving its character. */
export function maskMarkup(raw: string): string {
  if (!raw.includes('<') && !raw.includes('&')) return raw;
  const pieces = markupIn(raw);
  if (pieces.length === 0) return raw;
  let out = '', from = 0;
  for (const p of pieces) {
    out += raw.slice(from, p.start) + p.replacement.padEnd(p.end - p.start, ' ');
    from = p.end;
  }
  return out + raw.slice(from);
}

/** Whether a text holds HTML tags or character references. */
export function hasMarkup(raw: string): boolean {
  return (raw.includes('<') || raw.includes('&')) && markupIn(raw).length > 0;
}

/** The tags, comments, hidden elements and character references of a text, in order. */
function markupIn(raw: string): Piece[] {
  const pieces: Piece[] = [];
  if (!raw.includes('<') && !raw.includes('&')) return pieces;
  let lower: string | undefined;
  // Where the next closer was found, so that a run of unclosed openers searches the text once.
  const closers = new Map<string, { from: number; at: number }>();
  const closerAfter = (needle: string, from: number): number => {
    const known = closers.get(needle);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const at = (lower ??= raw.toLowerCase()).indexOf(needle, from);
    closers.set(needle, { from, at });
    return at;
  };
  let nextLt = raw.indexOf('<'), nextAmp = raw.indexOf('&');
  let i = 0;
  while (nextLt >= 0 || nextAmp >= 0) {
    const p = nextLt < 0 ? nextAmp : nextAmp < 0 ? nextLt : Math.min(nextLt, nextAmp);
    const piece = raw[p] === '<' ? tagAt(raw, p, closerAfter) : entityAt(raw, p);
    if (piece) pieces.push(piece);
    i = piece ? piece.end : p + 1;
    if (nextLt >= 0 && nextLt < i) nextLt = raw.indexOf('<', i);
    if (nextAmp >= 0 && nextAmp < i) nextAmp = raw.indexOf('&', i);
  }
  return pieces;
}

function tagAt(raw: string, p: number, closerAfter: (needle: string, from: number) => number): Piece | undefined {
  if (raw.startsWith('<!--', p)) {
    const close = closerAfter('-->', p + 4);
    return close < 0 ? undefined : { start: p, end: close + 3, replacement: '' };
  }
  TAG.lastIndex = p;
  const m = TAG.exec(raw);
  if (!m) return undefined;
  const end = p + m[0].length;
  const name = m[2]?.toLowerCase();
  if (name === undefined) return { start: p, end, replacement: '' };
  if (BLOCK.has(name)) return { start: p, end, replacement: '\n' };
  if (INLINE.has(name)) return { start: p, end, replacement: '', inline: true };
  if (!HIDDEN.has(name)) return undefined;
  if (m[1] || m[0].endsWith('/>')) return { start: p, end, replacement: ' ' };
  // An element of no prose goes with its content, up to its closing tag when it has one.
  const close = closerAfter(`</${name}`, end);
  if (close < 0) return { start: p, end, replacement: ' ' };
  const closing = raw.indexOf('>', close);
  return { start: p, end: closing < 0 ? raw.length : closing + 1, replacement: ' ' };
}

function entityAt(raw: string, p: number): Piece | undefined {
  ENTITY.lastIndex = p;
  const m = ENTITY.exec(raw);
  if (!m) return undefined;
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : undefined;
  let replacement: string | undefined;
  if (code !== undefined) {
    if (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) replacement = String.fromCodePoint(code);
  } else {
    const name = m[3]!;
    const known = Object.hasOwn(NAMED_ENTITIES, name) ? name : name.toLowerCase();
    if (Object.hasOwn(NAMED_ENTITIES, known)) replacement = NAMED_ENTITIES[known];
  }
  if (replacement === undefined) return undefined;
  // A soft hyphen only marks where a word may break: "air&shy;craft" is one word.
  if (replacement === '\u00ad') replacement = '';
  return { start: p, end: p + m[0].length, replacement };
}

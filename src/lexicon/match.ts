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

export function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-cases and strips accents, for looking terms up in a lexicon: "Nicolás" -> "nicolas". */
export function fold(text: string): string {
  // Most words are plain ASCII, which has no accents to strip: normalising them only costs time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

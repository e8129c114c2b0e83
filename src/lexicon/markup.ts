/**
 * HTML that scraped articles keep: the elements whose tags are read as markup rather than words, and the
 * character references (entities) read as the character they stand for. A `<` before any other name
 * ("temperatures <5 degrees", "<unk>") stays text.
 */

/** Elements that break a line: their tags read as a line break, so "landed.</p><p>Crowds" splits. */
export const BLOCK_ELEMENTS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
];

/** Elements inside a line: their tags vanish, so "Two <b>Il-76</b> planes" reads "Two Il-76 planes". */
export const INLINE_ELEMENTS: readonly string[] = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins',
  'kbd', 'label', 'link', 'mark', 'meta', 'picture', 'q', 's', 'samp', 'small', 'source', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
];

/** Elements whose content is no prose (code, styles, embedded media): skipped with their tags. */
export const HIDDEN_ELEMENTS: readonly string[] = ['iframe', 'noscript', 'script', 'style', 'svg', 'template'];

/** Named character references news pages use, and the characters they stand for. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', shy: '\u00ad', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', middot: '·', bull: '•', deg: '°', times: '×',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', sect: '§', para: '¶',
  frac12: '½', frac14: '¼', frac34: '¾', plusmn: '±', minus: '−', prime: '′', Prime: '″',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã',
  aring: 'å', iacute: 'í', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ',
  oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ntilde: 'ñ', ccedil: 'ç', szlig: 'ß',
  Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Ccedil: 'Ç', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä',
};

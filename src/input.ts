import { fail } from './errors.js';
import { splitSentences } from './segment/segment.js';
import type { ArticleInput, CompareOptions } from './types.js';

/** Default of `CompareOptions.maxLength`: 2 million UTF-16 code units (about 2 MB of English). */
export const DEFAULT_MAX_LENGTH = 2_000_000;

/** A sentence with its place in the article text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** An article checked and split: what every later stage reads. */
export interface Article {
  id: string;
  source?: string;
  title?: string;
  /** The text offsets refer to: the input text, or the given sentences joined by one space. */
  text: string;
  /** `YYYY-MM-DD` (UTC) when a publication date was given. */
  publishedAt?: string;
  sentences: Sentence[];
  /** The caller's sentence vectors, one per sentence, all of one length (checked). */
  vectors?: readonly ArrayLike<number>[];
}

/** Checks both inputs and splits them into sentences. Throws `CorroborateError` on misuse only. */
export function readArticles(a: unknown, b: unknown, maxLength = DEFAULT_MAX_LENGTH): [Article, Article] {
  const articles: [Article, Article] = [readArticle(a, 'a', maxLength), readArticle(b, 'b', maxLength)];
  checkTogether(articles, ['a', 'b']);
  return articles;
}

/** Checks a list of two or more articles (named `articles[k]` in errors) and splits each into sentences. */
export function readArticleList(inputs: unknown, maxLength = DEFAULT_MAX_LENGTH): Article[] {
  if (!Array.isArray(inputs)) fail('INVALID_TYPE', 'articles', `expected an array of articles, got ${kindOf(inputs)}`);
  if (inputs.length < 2) fail('INVALID_ARGUMENT', 'articles', `give at least two articles to compare, got ${inputs.length}`);
  // Array.from visits holes too: a sparse list fails on its missing article instead of skipping it.
  const names = Array.from(inputs, (_, k) => `articles[${k}]`);
  const articles = Array.from(inputs, (input: unknown, k) => readArticle(input, names[k]!, maxLength));
  checkTogether(articles, names);
  return articles;
}

/** What articles compared together must share: distinct ids, and vectors on all or none, of one length. */
function checkTogether(articles: readonly Article[], names: readonly string[]): void {
  const seen = new Map<string, number>();
  articles.forEach((article, k) => {
    const first = seen.get(article.id);
    if (first !== undefined) {
      fail('DUPLICATE_ID', `${names[k]}.id`, `${names[first]} has the id "${article.id}" too; give each article its own id`);
    }
    seen.set(article.id, k);
  });
  const has = articles.findIndex((x) => x.vectors), lacks = articles.findIndex((x) => !x.vectors);
  if (has >= 0 && lacks >= 0) {
    fail('MISSING_FIELD', `${names[lacks]}.vectors`, `${names[has]} gives sentence vectors and ${names[lacks]} does not; give vectors for every article or for none`);
  }
  const dims = articles.map((x) => x.vectors?.[0]?.length);
  const model = dims.findIndex((d) => d !== undefined);
  const other = dims.findIndex((d) => d !== undefined && d !== dims[model]);
  if (model >= 0 && other >= 0) {
    fail('INVALID_ARGUMENT', `${names[other]}.vectors`, `${names[other]}'s vectors have ${dims[other]} numbers and ${names[model]}'s have ${dims[model]}; embed every article with one model`);
  }
}

/** A user scorer and sentence vectors are two ways to replace the built-in similarity: one at a time. */
export function checkScoring(options: CompareOptions, articles: readonly Article[]): void {
  if (options.similarity && articles.some((a) => a.vectors)) {
    fail('CONFLICTING_FIELDS', 'options.similarity', 'give either your own `similarity` or sentence `vectors`, not both');
  }
}

export function readArticle(input: unknown, name: string, maxLength = DEFAULT_MAX_LENGTH): Article {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('INVALID_ARGUMENT', name, `expected an article object ({ id, text } or { id, sentences }), got ${kindOf(input)}`);
  }
  const o = input as Record<string, unknown>;
  if (o.id === undefined || o.id === null) fail('MISSING_FIELD', `${name}.id`, 'every article needs an id');
  if (typeof o.id !== 'string') fail('INVALID_TYPE', `${name}.id`, `expected a string, got ${kindOf(o.id)}`);
  if (o.id.trim() === '') fail('INVALID_ARGUMENT', `${name}.id`, 'the id is empty');
  const hasText = o.text !== undefined, hasSentences = o.sentences !== undefined;
  if (hasText && hasSentences) {
    fail('CONFLICTING_FIELDS', `${name}.text`, 'give either `text` or `sentences`, not both');
  }
  if (!hasText && !hasSentences) {
    fail('MISSING_FIELD', `${name}.text`, 'give the article as `text` (a string) or `sentences` (an array of strings)');
  }
  for (const field of ['source', 'title'] as const) {
    if (o[field] !== undefined && typeof o[field] !== 'string') {
      fail('INVALID_TYPE', `${name}.${field}`, `expected a string, got ${kindOf(o[field])}`);
    }
  }
  const publishedAt = o.publishedAt === undefined ? undefined : readDate(o.publishedAt, `${name}.publishedAt`);

  let text: string;
  let sentences: Sentence[];
  if (hasText) {
    if (typeof o.text !== 'string') fail('INVALID_TYPE', `${name}.text`, `expected a string, got ${kindOf(o.text)}`);
    text = o.text;
    checkLength(text.length, `${name}.text`, maxLength);
    sentences = splitSentences(text).map((s, index) => ({ index, ...s }));
  } else {
    if (!Array.isArray(o.sentences)) {
      fail('INVALID_TYPE', `${name}.sentences`, `expected an array of strings, got ${kindOf(o.sentences)}`);
    }
    let length = 0;
    o.sentences.forEach((s, i) => {
      if (typeof s !== 'string') fail('INVALID_TYPE', `${name}.sentences[${i}]`, `expected a string, got ${kindOf(s)}`);
      length += s.length + 1;
    });
    checkLength(Math.max(0, length - 1), `${name}.sentences`, maxLength);
    const given = o.sentences as string[];
    text = given.join(' ');
    sentences = [];
    let at = 0;
    given.forEach((s, index) => {
      sentences.push({ index, text: s, start: at, end: at + s.length });
      at += s.length + 1;
    });
  }
  const article: Article = { id: o.id, text, sentences };
  if (o.vectors !== undefined) article.vectors = readVectors(o.vectors, `${name}.vectors`, sentences.length);
  if (typeof o.source === 'string') article.source = o.source;
  if (typeof o.title === 'string') article.title = o.title;
  if (publishedAt) article.publishedAt = publishedAt;
  return article;
}

/** Checks sentence vectors: one per sentence, each a non-empty list of finite numbers, all of one length. */
function readVectors(value: unknown, field: string, sentences: number): readonly ArrayLike<number>[] {
  if (!Array.isArray(value)) {
    fail('INVALID_TYPE', field, `expected an array of vectors (arrays of numbers), one per sentence, got ${kindOf(value)}`);
  }
  if (value.length !== sentences) {
    fail('INVALID_ARGUMENT', field, `${value.length} vectors for ${sentences} sentences; give one per sentence (split a text with \`splitSentences\` and embed those sentences)`);
  }
  value.forEach((v: unknown, i) => {
    const at = `${field}[${i}]`;
    if (!Array.isArray(v) && !(ArrayBuffer.isView(v) && !(v instanceof DataView))) {
      fail('INVALID_TYPE', at, `expected an array of numbers or a typed array, got ${kindOf(v)}`);
    }
    const vector = v as ArrayLike<unknown>;
    if (vector.length === 0) fail('INVALID_ARGUMENT', at, 'the vector is empty');
    if (vector.length !== (value[0] as ArrayLike<unknown>).length) {
      fail('INVALID_ARGUMENT', at, `has ${vector.length} numbers and ${field}[0] has ${(value[0] as ArrayLike<unknown>).length}; all vectors must have one length`);
    }
    for (let k = 0; k < vector.length; k++) {
      const x = vector[k];
      if (typeof x !== 'number') fail('INVALID_TYPE', `${at}[${k}]`, `expected a number, got ${kindOf(x)}`);
      if (!Number.isFinite(x)) fail('INVALID_ARGUMENT', `${at}[${k}]`, `expected a finite number, got ${x}`);
    }
  });
  return value as ArrayLike<number>[];
}

function readDate(value: unknown, field: string): string {
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string') {
    // A bare calendar date is that day wherever the reader is; anything longer goes through Date.
    const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    date = bare ? new Date(Date.UTC(+bare[1]!, +bare[2]! - 1, +bare[3]!)) : new Date(value);
    if (bare && date.toISOString().slice(0, 10) !== value.trim()) date = new Date(NaN);
  } else fail('INVALID_TYPE', field, `expected an ISO date string or a Date, got ${kindOf(value)}`);
  if (Number.isNaN(date.getTime())) fail('INVALID_DATE', field, `"${String(value)}" is not a valid date`);
  return date.toISOString().slice(0, 10);
}

function checkLength(length: number, field: string, maxLength: number): void {
  if (length > maxLength) {
    fail('TOO_LARGE', field, `the article is ${length} characters long; the limit is ${maxLength} (option \`maxLength\`)`);
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'bigint') return 'a bigint';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)?.slice(0, 40) ?? ''}`.trim();
}

/** Checks the options object; every field is optional, but a given field must make sense. */
export function readOptions(options: unknown): CompareOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', 'options', `expected an options object, got ${kindOf(options)}`);
  }
  const o = options as Record<string, unknown>;
  if (o.maxLength !== undefined) {
    if (typeof o.maxLength !== 'number') fail('INVALID_TYPE', 'options.maxLength', `expected a number, got ${kindOf(o.maxLength)}`);
    if (!(o.maxLength >= 0)) fail('INVALID_ARGUMENT', 'options.maxLength', `must be a non-negative number, got ${o.maxLength}`);
  }
  if (o.alignThreshold !== undefined) {
    if (typeof o.alignThreshold !== 'number') fail('INVALID_TYPE', 'options.alignThreshold', `expected a number, got ${kindOf(o.alignThreshold)}`);
    if (!(o.alignThreshold >= 0 && o.alignThreshold <= 1)) {
      fail('INVALID_ARGUMENT', 'options.alignThreshold', `must lie in [0, 1], got ${o.alignThreshold}`);
    }
  }
  if (o.similarity !== undefined && typeof o.similarity !== 'function') {
    fail('INVALID_TYPE', 'options.similarity', `expected a function (a, b) => number, got ${kindOf(o.similarity)}`);
  }
  return o as CompareOptions;
}

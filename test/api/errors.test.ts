// Misuse of the API throws a CorroborateError with a code and the path of the field; odd content never
// throws and is reported in `warnings` instead.
import { describe, expect, it } from 'vitest';
import { compare, CorroborateError, type ArticleInput, type CompareOptions, type ErrorCode } from '../../src/index.js';

const PLAIN: ArticleInput = { id: 'plain', text: 'A cargo plane landed in Nairobi on Tuesday. It carried 20 tonnes of supplies.', publishedAt: '2019-03-25' };
const OTHER: ArticleInput = { id: 'other', text: 'The aircraft touched down in Nairobi. Officials said it brought aid.', publishedAt: '2019-03-25' };

const TWO: ArticleInput = { id: 'two', sentences: ['A cargo plane landed in Nairobi.', 'It carried supplies.'] };
const TWO_V: ArticleInput = { ...TWO, vectors: [[1, 0], [0, 1]] };
const OTHER_TWO: ArticleInput = { id: 'other-two', sentences: ['The aircraft touched down.', 'Officials said it brought aid.'] };

/** Calls compare() with anything, as untyped JavaScript callers can. */
const call = (a: unknown, b: unknown, options?: unknown) =>
  compare(a as ArticleInput, b as ArticleInput, options as CompareOptions | undefined);

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected compare() to throw, and it returned a report');
}

type Misuse = [string, ErrorCode, string, unknown, unknown, unknown];

const MISUSE: Misuse[] = [
  ['a is null', 'INVALID_ARGUMENT', 'a', null, OTHER, undefined],
  ['a is undefined', 'INVALID_ARGUMENT', 'a', undefined, OTHER, undefined],
  ['a is a string', 'INVALID_ARGUMENT', 'a', 'Two planes landed.', OTHER, undefined],
  ['a is an array', 'INVALID_ARGUMENT', 'a', ['Two planes landed.'], OTHER, undefined],
  ['b is a number', 'INVALID_ARGUMENT', 'b', PLAIN, 42, undefined],
  ['no id', 'MISSING_FIELD', 'a.id', { text: 'Two planes landed.' }, OTHER, undefined],
  ['id is null', 'MISSING_FIELD', 'a.id', { id: null, text: 'Two planes landed.' }, OTHER, undefined],
  ['id is a number', 'INVALID_TYPE', 'a.id', { id: 7, text: 'Two planes landed.' }, OTHER, undefined],
  ['id is an object', 'INVALID_TYPE', 'b.id', PLAIN, { id: { name: 'x' }, text: 'Two planes landed.' }, undefined],
  ['id is blank', 'INVALID_ARGUMENT', 'a.id', { id: '  ', text: 'Two planes landed.' }, OTHER, undefined],
  ['both text and sentences', 'CONFLICTING_FIELDS', 'a.text', { id: 'x', text: 'A.', sentences: ['A.'] }, OTHER, undefined],
  ['neither text nor sentences', 'MISSING_FIELD', 'a.text', { id: 'x' }, OTHER, undefined],
  ['neither, on b', 'MISSING_FIELD', 'b.text', PLAIN, { id: 'y', title: 'Planes land' }, undefined],
  ['text is a number', 'INVALID_TYPE', 'a.text', { id: 'x', text: 42 }, OTHER, undefined],
  ['text is null', 'INVALID_TYPE', 'a.text', { id: 'x', text: null }, OTHER, undefined],
  ['text is an array', 'INVALID_TYPE', 'a.text', { id: 'x', text: ['A.', 'B.'] }, OTHER, undefined],
  ['sentences is a string', 'INVALID_TYPE', 'a.sentences', { id: 'x', sentences: 'A. B.' }, OTHER, undefined],
  ['sentences is null', 'INVALID_TYPE', 'a.sentences', { id: 'x', sentences: null }, OTHER, undefined],
  ['a non-string sentence', 'INVALID_TYPE', 'a.sentences[2]', { id: 'x', sentences: ['A.', 'B.', 3] }, OTHER, undefined],
  ['a null sentence on b', 'INVALID_TYPE', 'b.sentences[0]', PLAIN, { id: 'y', sentences: [null] }, undefined],
  ['publishedAt "yesterday"', 'INVALID_DATE', 'a.publishedAt', { ...PLAIN, publishedAt: 'yesterday' }, OTHER, undefined],
  ['publishedAt "2019-02-30"', 'INVALID_DATE', 'a.publishedAt', { ...PLAIN, publishedAt: '2019-02-30' }, OTHER, undefined],
  ['publishedAt "2019-13-01"', 'INVALID_DATE', 'b.publishedAt', PLAIN, { ...OTHER, publishedAt: '2019-13-01' }, undefined],
  ['publishedAt an invalid Date', 'INVALID_DATE', 'a.publishedAt', { ...PLAIN, publishedAt: new Date(NaN) }, OTHER, undefined],
  ['publishedAt a number', 'INVALID_TYPE', 'a.publishedAt', { ...PLAIN, publishedAt: 20190325 }, OTHER, undefined],
  ['source a number', 'INVALID_TYPE', 'a.source', { ...PLAIN, source: 1 }, OTHER, undefined],
  ['title an object', 'INVALID_TYPE', 'b.title', PLAIN, { ...OTHER, title: {} }, undefined],
  ['two articles with one id', 'DUPLICATE_ID', 'b.id', PLAIN, { ...OTHER, id: PLAIN.id }, undefined],
  ['text over maxLength', 'TOO_LARGE', 'a.text', { id: 'x', text: 'x'.repeat(101) }, OTHER, { maxLength: 100 }],
  ['sentences over maxLength', 'TOO_LARGE', 'b.sentences', PLAIN, { id: 'y', sentences: ['x'.repeat(60), 'y'.repeat(40)] }, { maxLength: 100 }],
  ['text over the default limit of 2,000,000', 'TOO_LARGE', 'a.text', { id: 'x', text: 'x'.repeat(2_000_001) }, OTHER, undefined],
  // Options are part of the API too: a bad option must not surface as a TypeError or be silently ignored.
  ['options null', 'INVALID_ARGUMENT', 'options', PLAIN, OTHER, null],
  ['options.maxLength not a number', 'INVALID_TYPE', 'options.maxLength', PLAIN, OTHER, { maxLength: '100' }],
  ['options.maxLength negative', 'INVALID_ARGUMENT', 'options.maxLength', PLAIN, OTHER, { maxLength: -1 }],
  ['options.alignThreshold above 1', 'INVALID_ARGUMENT', 'options.alignThreshold', PLAIN, OTHER, { alignThreshold: 1.5 }],
  ['options.similarity not a function', 'INVALID_TYPE', 'options.similarity', PLAIN, OTHER, { similarity: 'cosine' }],
  // Sentence vectors: one per sentence, of one length, finite numbers, on both articles or neither.
  ['vectors not an array', 'INVALID_TYPE', 'a.vectors', { ...TWO, vectors: 'embedded' }, OTHER_TWO, undefined],
  ['vectors a single typed array', 'INVALID_TYPE', 'a.vectors', { ...TWO, vectors: new Float32Array(4) }, OTHER_TWO, undefined],
  ['fewer vectors than sentences', 'INVALID_ARGUMENT', 'a.vectors', { ...TWO, vectors: [[1, 0]] }, OTHER_TWO, undefined],
  ['vectors for the text split otherwise', 'INVALID_ARGUMENT', 'a.vectors', { ...PLAIN, vectors: [[1, 0]] }, OTHER, undefined],
  ['a vector that is a string', 'INVALID_TYPE', 'a.vectors[1]', { ...TWO, vectors: [[1, 0], '0,1'] }, OTHER_TWO, undefined],
  ['an empty vector', 'INVALID_ARGUMENT', 'a.vectors[0]', { ...TWO, vectors: [[], []] }, OTHER_TWO, undefined],
  ['vectors of two lengths', 'INVALID_ARGUMENT', 'b.vectors[1]', TWO_V, { ...OTHER_TWO, vectors: [[1, 0], [1, 0, 0]] }, undefined],
  ['a NaN in a vector', 'INVALID_ARGUMENT', 'a.vectors[1][0]', { ...TWO, vectors: [[1, 0], [NaN, 1]] }, OTHER_TWO, undefined],
  ['a string in a vector', 'INVALID_TYPE', 'a.vectors[0][1]', { ...TWO, vectors: [[1, '0'], [0, 1]] }, OTHER_TWO, undefined],
  ['a bigint in a vector', 'INVALID_TYPE', 'a.vectors[0][0]', { ...TWO, vectors: [new BigInt64Array(2), [0, 1]] }, OTHER_TWO, undefined],
  ['vectors on a only', 'MISSING_FIELD', 'b.vectors', TWO_V, OTHER_TWO, undefined],
  ['vectors on b only', 'MISSING_FIELD', 'a.vectors', TWO, { ...OTHER_TWO, vectors: [[1, 0], [0, 1]] }, undefined],
  ['vectors of two models', 'INVALID_ARGUMENT', 'b.vectors', TWO_V, { ...OTHER_TWO, vectors: [[1, 0, 0], [0, 1, 0]] }, undefined],
  ['vectors and a scorer', 'CONFLICTING_FIELDS', 'options.similarity', TWO_V, { ...OTHER_TWO, vectors: [[1, 0], [0, 1]] }, { similarity: () => 1 }],
];

describe('misuse of the API', () => {
  it.each(MISUSE)('%s → %s at %s', (_name, code, field, a, b, options) => {
    const error = thrown(() => call(a, b, options));
    expect(error).toBeInstanceOf(CorroborateError);
    expect(error).toBeInstanceOf(Error);
    const e = error as CorroborateError;
    expect({ name: e.name, code: e.code, field: e.field }).toEqual({ name: 'CorroborateError', code, field });
    expect(e.message, 'the message names the field').toContain(field);
  });

  it.each([
    ['text of exactly maxLength', { id: 'x', text: 'x'.repeat(100) }],
    ['sentences joined to exactly maxLength', { id: 'x', sentences: ['x'.repeat(59), 'y'.repeat(40)] }],
  ])('%s is accepted', (_name, a) => {
    expect(() => call(a, OTHER, { maxLength: 100 })).not.toThrow();
  });

  it.each([
    ['arrays', [[1, 0], [0, 1]], [[0.6, 0.8], [0, -1]]],
    ['typed arrays', [new Float32Array([1, 0]), new Float64Array([0, 1])], [Float32Array.of(0.6, 0.8), Float32Array.of(0, 1)]],
    ['zero vectors', [[0, 0], [0, 0]], [[0, 0], [1, 1]]],
  ])('vectors as %s are accepted', (_name, va, vb) => {
    expect(() => call({ ...TWO, vectors: va }, { ...OTHER_TWO, vectors: vb })).not.toThrow();
  });

  it('vectors for an article with no sentences are an empty array', () => {
    expect(() => call({ id: 'x', text: '', vectors: [] }, { ...OTHER_TWO, vectors: [[1, 0], [0, 1]] })).not.toThrow();
  });

  it.each([
    ['an ISO date', '2019-03-25'],
    ['an ISO timestamp', '2019-03-25T08:30:00Z'],
    ['a Date', new Date(Date.UTC(2019, 2, 25))],
    ['a leap day', '2020-02-29'],
  ])('publishedAt as %s is accepted', (_name, publishedAt) => {
    expect(() => call({ ...PLAIN, publishedAt }, OTHER)).not.toThrow();
  });
});

describe('odd content does not throw and is reported in warnings', () => {
  const warningsOf = (a: ArticleInput) => {
    const report = compare(a, OTHER);
    expect(report.warnings.filter((w) => w.article === OTHER.id), 'the plain article draws no warning').toEqual([]);
    return report.warnings.filter((w) => w.article === a.id);
  };

  it.each([
    ['empty text', { id: 'x', text: '', publishedAt: '2019-03-25' }, 'NO_SENTENCES'],
    ['whitespace only', { id: 'x', text: ' \n\t\r\n ', publishedAt: '2019-03-25' }, 'NO_SENTENCES'],
    ['no sentences given', { id: 'x', sentences: [], publishedAt: '2019-03-25' }, 'NO_SENTENCES'],
    ['HTML tags', { id: 'x', text: '<p>A cargo plane <b>landed</b> in Nairobi.</p>', publishedAt: '2019-03-25' }, 'MARKUP'],
    ['HTML entities', { id: 'x', text: 'A cargo plane landed in Nairobi&nbsp;on Tuesday &amp; left.', publishedAt: '2019-03-25' }, 'MARKUP'],
    ['no publication date', { id: 'x', text: 'A cargo plane landed in Nairobi on Tuesday.' }, 'NO_DATE'],
  ] as [string, ArticleInput, string][])('%s → %3$s', (_name, a, code) => {
    expect(warningsOf(a).map((w) => w.code)).toContain(code);
  });

  it.each([
    ['Russian', 'Грузовой самолёт приземлился в Найроби во вторник. Он доставил 20 тонн гуманитарной помощи.'],
    ['Arabic', 'هبطت طائرة شحن في نيروبي يوم الثلاثاء. وحملت 20 طنا من المساعدات.'],
    ['Chinese', '一架货机周二降落在内罗毕。机上载有20吨救援物资。'],
  ])('text in %s draws a warning (the extractors read English)', (_name, text) => {
    const warnings = warningsOf({ id: 'x', text, publishedAt: '2019-03-25' });
    expect(warnings.length, 'some warning says the text may not be English').toBeGreaterThan(0);
  });

  it('warnings are plain messages naming the article', () => {
    const report = compare({ id: 'x', text: '' }, OTHER);
    for (const w of report.warnings) {
      expect(typeof w.code).toBe('string');
      expect(w.message).toContain(w.article ?? '');
    }
  });
});

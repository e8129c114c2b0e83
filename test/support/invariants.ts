// Invariants every report must satisfy whatever the input, and generators of inputs to check them on.
// Used by the robustness tests; written against the public types only, so they hold across rewrites of
// the pipeline's modules.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ArticleInput, ComparisonReport, Fact } from '../../src/index.js';
import { maskMarkup } from '../../src/text/markup.js';

const STATUSES = new Set(['aligned', 'unique', 'off-topic']);
const VERDICTS = new Set(['agree', 'partial', 'conflict', 'disputed', 'only-a', 'only-b']);

/** The text offsets of an article refer to: its text, or its sentences joined by one space. */
export function textOf(input: ArticleInput): string {
  return input.text ?? (input.sentences ?? []).join(' ');
}

/**
 * Checks the report's structure against its two inputs. Each failed expectation names the place, so a
 * property failure shows which invariant broke.
 */
export function checkReport(report: ComparisonReport, inputs: [ArticleInput, ArticleInput]): void {
  expect(report.articles).toHaveLength(2);
  for (const side of [0, 1] as const) {
    const input = inputs[side];
    const view = report.articles[side];
    const text = textOf(input);
    expect(view.id, `articles[${side}].id`).toBe(input.id);
    let previousEnd = 0;
    view.sentences.forEach((s, i) => {
      const where = `articles[${side}].sentences[${i}]`;
      expect(s.index, `${where}.index`).toBe(i);
      expect(STATUSES.has(s.status), `${where}.status = ${String(s.status)}`).toBe(true);
      expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${where} offsets are integers`).toBe(true);
      expect(s.start, `${where}.start ≥ end of the previous sentence`).toBeGreaterThanOrEqual(previousEnd);
      expect(s.end, `${where}.end ≥ start`).toBeGreaterThanOrEqual(s.start);
      expect(s.end, `${where}.end within the text`).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end), `${where}: text.slice(start, end) === text`).toBe(s.text);
      if (input.text !== undefined) expect(s.text.trim(), `${where} is not blank`).not.toBe('');
      previousEnd = s.end;
    });
    if (input.sentences !== undefined) {
      expect(view.sentences.map((s) => s.text), `articles[${side}]: the given sentences, in order`).toEqual(input.sentences);
      let at = 0;
      input.sentences.forEach((given, i) => {
        expect(view.sentences[i]?.start, `articles[${side}].sentences[${i}].start in the space-joined text`).toBe(at);
        at += given.length + 1;
      });
    } else {
      expect(uncovered(text, view.sentences), `articles[${side}]: no text lost between sentences`).toEqual([]);
    }
  }

  const counts = [report.articles[0].sentences.length, report.articles[1].sentences.length] as const;
  const alignedIn: [Set<number>, Set<number>] = [new Set(), new Set()];
  report.alignments.forEach((al, i) => {
    const where = `alignments[${i}]`;
    expect(al.a.length, `${where}.a is not empty`).toBeGreaterThan(0);
    expect(al.b.length, `${where}.b is not empty`).toBeGreaterThan(0);
    for (const [side, indices] of [[0, al.a], [1, al.b]] as const) {
      for (const index of indices) {
        expect(Number.isInteger(index) && index >= 0 && index < counts[side], `${where}: index ${index} valid on side ${side}`).toBe(true);
        alignedIn[side].add(index);
      }
    }
    expect(al.score >= 0 && al.score <= 1, `${where}.score = ${al.score} in [0, 1]`).toBe(true);
  });
  for (const side of [0, 1] as const) {
    for (const s of report.articles[side].sentences) {
      expect(s.status === 'aligned', `articles[${side}].sentences[${s.index}] is 'aligned' exactly when it sits in an alignment`)
        .toBe(alignedIn[side].has(s.index));
    }
  }

  expect(report.eventMatch.score >= 0 && report.eventMatch.score <= 1, `eventMatch.score = ${report.eventMatch.score} in [0, 1]`).toBe(true);
  expect(typeof report.eventMatch.same).toBe('boolean');

  const kinds = report.facets.map((f) => f.facet);
  expect(new Set(kinds).size, `at most one facet row per kind: ${kinds.join(', ')}`).toBe(kinds.length);
  for (const row of report.facets) {
    const where = `facets[${row.facet}]`;
    expect(VERDICTS.has(row.verdict), `${where}.verdict = ${row.verdict}`).toBe(true);
    expect(row.a.length + row.b.length, `${where}: a row only where a side says something`).toBeGreaterThan(0);
    if (row.verdict === 'only-a') expect([row.a.length > 0, row.b.length], `${where} only-a`).toEqual([true, 0]);
    if (row.verdict === 'only-b') expect([row.a.length, row.b.length > 0], `${where} only-b`).toEqual([0, true]);
    for (const f of row.a) checkFact(f, 0, row.facet, 'event');
    for (const f of row.b) checkFact(f, 1, row.facet, 'event');
  }
  for (const f of report.background.a) checkFact(f, 0, f.facet, 'background');
  for (const f of report.background.b) checkFact(f, 1, f.facet, 'background');

  const count = (v: string) => report.facets.filter((f) => f.verdict === v).length;
  expect(report.summary).toEqual({
    agree: count('agree'), partial: count('partial'), conflict: count('conflict'),
    disputed: count('disputed'), onlyA: count('only-a'), onlyB: count('only-b'),
  });
  expect(Array.isArray(report.warnings)).toBe(true);

  function checkFact(f: Fact, side: 0 | 1, facet: string, scope: 'event' | 'background'): void {
    const text = textOf(inputs[side]);
    const where = `${scope} fact ${f.rule} "${f.text}" of side ${side}`;
    expect(f.facet, `${where}: facet`).toBe(facet);
    expect(f.scope, `${where}: scope`).toBe(scope);
    const sentence = report.articles[side].sentences[f.sentence];
    expect(sentence, `${where}: sentence ${f.sentence} exists`).toBeDefined();
    if (!sentence) return;
    expect(f.start >= sentence.start && f.end <= sentence.end && f.start <= f.end, `${where}: [${f.start}, ${f.end}) inside its sentence [${sentence.start}, ${sentence.end})`).toBe(true);
    expect(text.slice(f.start, f.end), `${where}: text.slice(start, end) === text`).toBe(f.text);
    if (f.attribution) {
      const at = f.attribution;
      expect(at.start >= 0 && at.end <= text.length && at.start <= at.end, `${where}: attribution offsets within the text`).toBe(true);
      expect(text.slice(at.start, at.end), `${where}: attribution.text slices back`).toBe(at.text);
    }
  }
}

/**
 * Stretches of non-whitespace that no sentence covers (empty when no text is lost). HTML tags, and the
 * scripts and styles they hold, are no text: a reader never sees them.
 */
export function uncovered(written: string, sentences: readonly { start: number; end: number }[]): string[] {
  const text = maskMarkup(written);
  const covered = new Uint8Array(text.length);
  for (const s of sentences) covered.fill(1, s.start, s.end);
  const lost: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!covered[i] && !/\s/u.test(ch)) run += ch;
    else if (run) {
      lost.push(run);
      run = '';
    }
  }
  if (run) lost.push(run);
  return lost;
}

/** Freezes a value and everything it holds, so a write by the library throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

// ---- generators ----

// Invented, news-shaped material: subjects, actions, numbers, dates and places of many kinds, so the
// extractors fire on random combinations rather than on one story.
const SUBJECTS = [
  'Two military transport planes', 'An Airbus A320 of the carrier', 'A Boeing 737-800', 'The Il-76 cargo aircraft',
  'Three helicopters', 'A drone', 'The frigate', 'About 40 soldiers', 'The ministry', 'Police in the province',
  'Rescue teams', 'Mr. Okafor', 'The spokeswoman, Dr. Lindqvist,', 'A U.S. delegation', 'The U.N. envoy',
];
const ACTIONS = [
  'landed in', 'took off from', 'arrived at', 'crashed near', 'set off from', 'was bound for', 'made a stopover in',
  'flew over', 'was shot down over', 'returned to', 'left',
];
const PLACES = [
  'Lisbon', 'Nairobi', 'the capital', 'the port city of Valparaíso', 'a village 40 km north of Tromsø',
  'São Paulo', 'Ulaanbaatar', 'the airbase outside Quito', 'New York', 'St. Petersburg',
];
const TAILS = [
  'on Saturday', 'on March 3', 'at 11:15 a.m. local time', 'in December', 'in 2017', 'last week', 'yesterday',
  'carrying 12 tonnes of medical supplies', 'with 150 passengers and 6 crew on board', 'killing all 10 on board',
  'according to local media', 'the agency reported', 'officials said', 'reportedly', 'for a technical inspection',
  'after an engine failure', 'almost a hundred troops', 'more than 2,000 people', '"We are safe," she said',
  '(see map)', 'amid protests', '',
];
const ENDS = ['.', '.', '.', '!', '?', '...', '."', '.)', ''];
const SEPARATORS = [' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t'];

/** One invented news sentence. */
export const newsSentence = fc
  .tuple(
    fc.constantFrom(...SUBJECTS), fc.constantFrom(...ACTIONS), fc.constantFrom(...PLACES),
    fc.constantFrom(...TAILS), fc.integer({ min: 0, max: 99_999 }), fc.boolean(), fc.constantFrom(...ENDS),
  )
  .map(([subject, action, place, tail, n, withNumber, end]) =>
    `${subject} ${action} ${place}${tail ? ` ${tail}` : ''}${withNumber ? `, ${n.toLocaleString('en')} of them` : ''}${end}`);

// Characters that trouble segmenters and regular expressions: sentence ends, quotes, brackets, digits,
// abbreviations, line breaks, zero-width and bidi controls, combining marks, emoji, other scripts and a
// lone surrogate.
const TRICKY = [
  '.', '!', '?', '…', '"', '“', '”', "'", '(', ')', '[', ']', '{', '}', '-', '–', '—', ',', ';', ':', '/', '%', '$',
  '1', '9', '0', '1,000', '3.5', 'U.S.', 'Mr.', 'a.m.', 'No.', 'An-124', 'Il-62', ' ', ' ', '\n', '\r\n', '\r', '\t',
  '\u00a0', '\u200b', '\u200d', '\u200e', '\u202e', '\u2066', '\ufeff', 'e\u0301', '\u0301', '👨‍👩‍👧', '🇺🇦', '😀',
  'Москва', 'القاهرة', '北京', 'ß', 'İ', '<b>', '&amp;', '&#39;', '\ud800', 'from', 'The', 'killed', 'tons',
];

/** Short strings from any code point mixed with the tricky pieces above. */
export const hostileString = fc
  .array(fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 2, arbitrary: fc.lorem({ maxCount: 3 }) },
  ), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** An article's text: news sentences (sometimes with hostile bits) joined by assorted whitespace. */
export const articleText = fc
  .array(
    fc.tuple(fc.oneof({ weight: 4, arbitrary: newsSentence }, { weight: 1, arbitrary: hostileString }), fc.constantFrom(...SEPARATORS)),
    { maxLength: 12 },
  )
  .chain((parts) => fc.tuple(fc.constantFrom('', ' ', '\n', '\ufeff'), fc.constantFrom('', ' ', '\n'))
    .map(([lead, trail]) => lead + parts.map(([s, sep]) => s + sep).join('') + trail));

/** An article input: text or given sentences, with or without a publication date. */
export function articleInput(id: string): fc.Arbitrary<ArticleInput> {
  return fc.record({
    text: articleText,
    sentences: fc.array(fc.oneof({ weight: 4, arbitrary: newsSentence }, { weight: 1, arbitrary: hostileString }), { maxLength: 10 }),
    useSentences: fc.boolean(),
    publishedAt: fc.option(fc.constantFrom('2019-03-25', '2020-02-29', '2023-12-31T23:30:00Z'), { nil: undefined }),
  }).map(({ text, sentences, useSentences, publishedAt }) => {
    const input: ArticleInput = useSentences ? { id, sentences } : { id, text };
    if (publishedAt !== undefined) input.publishedAt = publishedAt;
    return input;
  });
}

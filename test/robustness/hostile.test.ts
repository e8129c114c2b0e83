// Whatever a scraper brings back, compare() returns a sound report in bounded time and never throws.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { compare, type ArticleInput, type ComparisonReport } from '../../src/index.js';
import { checkReport, deepFreeze } from '../support/invariants.js';

/** `unit` repeated up to exactly `length` UTF-16 code units. */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// A plain article to compare the hostile one against, so the aligner and the judge have work to do.
const PLAIN = [
  'A cargo plane carrying 20 tonnes of medical supplies landed in Nairobi on Tuesday, officials said.',
  'The Boeing 747 had set off from Liège and made a stopover in Cairo.',
  'About 30 aid workers were on board, according to the charity.',
  'Nobody was hurt.',
].join(' ');

// Invented sentences with varying figures; joined to 1 MB they look like a very long report.
function longReport(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const s = `Flight ${i} of the relief operation landed in Nairobi on day ${i % 31 + 1} with ${(i * 37) % 900} tonnes of supplies, officials said.`;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

const HOSTILE: [string, string][] = [
  ['empty text', ''],
  ['whitespace only', ' \t\n\r\n  \u00a0 \u2003 \n'],
  ['one 100,000-character sentence without punctuation', fill('the plane flew low over the city and the crowd watched it turn ', 100_000)],
  ['"U.S. " x 20,000', 'U.S. '.repeat(20_000)],
  ['abbreviations of every kind in a row', fill('Mr. Dr. St. No. a.m. p.m. Jan. Gen. Lt. Col. e.g. i.e. etc. ', 100_000)],
  ['a 100,000-digit number', '7'.repeat(100_000)],
  ['digit runs with separators', fill('1,234,567.890.123 ', 100_000)],
  ['emoji and combining marks', fill('👨‍👩‍👧‍👦 🇺🇦 e\u0301\u0302\u0303 a\u0308 ✈️ 😀. ', 50_000)],
  ['zero-width and bidi control characters', fill('The\u200b plane\u200c landed\u200d \u202eni\u202c \u2066Lisbon\u2069 \ufeff\u200e\u200f. ', 50_000)],
  ['CRLF line ends', 'Two planes landed in Lisbon.\r\nThey carried 35 tons of cargo.\r\n\r\nOfficials confirmed it.\r\n'],
  ['lone CR line ends', 'Two planes landed in Lisbon.\rThey carried 35 tons of cargo.\r\rOfficials confirmed it.\r'],
  ['HTML tags and entities', '<p>Two planes <b>landed</b> in Lisbon&nbsp;on Saturday.</p><script>var x = "</p>";</script><br/>They carried 35&#160;tons &amp; more.&lt;/p&gt;'],
  ['unclosed comments, scripts and tags', fill('<!-- <script> <style> <p class="x <b ', 100_000)],
  ['tags without a closing bracket', fill('<a href=', 100_000)],
  ['entities without a semicolon', fill('&amp &#12 &#x1F &nbsp', 100_000)],
  ['Cyrillic text', 'Два российских военных самолёта приземлились в Каракасе в субботу. На борту было около ста военнослужащих и 35 тонн груза.'],
  ['Arabic text', 'هبطت طائرتان عسكريتان روسيتان في كاراكاس يوم السبت. وكان على متنهما نحو مئة جندي و35 طنا من البضائع.'],
  ['Chinese text', '两架俄罗斯军用飞机周六降落在加拉加斯。机上载有近百名军人和35吨货物。官员证实了这一消息！'],
  ['mixed scripts in one sentence', 'The An-124 (Ан-124, أنتونوف) landed in 加拉加斯 on Saturday with 35 tons.'],
  ['unpaired quotes and brackets', '"He said (that the plane [landed in "Lisbon on {Saturday. She said: «no. “It never came. ) ] } » ” \' ‘ ’'],
  ['quotes and brackets only', fill('"(\'[{«“', 50_000)],
  ['terminators only', fill('.!?…', 50_000)],
  ['a lone surrogate and a NUL', 'The plane \ud800 landed \udfff in\u0000 Lisbon.'],
];

function timed(run: () => ComparisonReport): { report: ComparisonReport; ms: number } {
  const t0 = performance.now();
  const report = run();
  return { report, ms: performance.now() - t0 };
}

describe('compare() on hostile text', () => {
  it.each(HOSTILE)('%s: against a plain article', (_name, text) => {
    const a = deepFreeze<ArticleInput>({ id: 'hostile', text, publishedAt: '2019-03-25' });
    const b = deepFreeze<ArticleInput>({ id: 'plain', text: PLAIN, publishedAt: '2019-03-25' });
    const { report, ms } = timed(() => compare(a, b));
    checkReport(report, [a, b]);
    expect(ms, 'a generous bound: a hang or catastrophic backtracking takes far longer').toBeLessThan(10_000);
  });

  it.each(HOSTILE)('%s: on both sides', (_name, text) => {
    const a: ArticleInput = { id: 'a', text };
    const b: ArticleInput = { id: 'b', text };
    const { report, ms } = timed(() => compare(a, b));
    checkReport(report, [a, b]);
    expect(ms).toBeLessThan(10_000);
  });

  it.each(HOSTILE)('%s: as given sentences', (_name, text) => {
    const a: ArticleInput = { id: 'a', sentences: [text, '', '   ', text.slice(0, 100)] };
    const b: ArticleInput = { id: 'b', sentences: PLAIN.split(/(?<=\.) /) };
    const { report, ms } = timed(() => compare(a, b));
    checkReport(report, [a, b]);
    expect(ms).toBeLessThan(10_000);
  });

  it('1 MB of text against a plain article', () => {
    const a: ArticleInput = { id: 'long', text: longReport(1_000_000), publishedAt: '2019-03-25' };
    const b: ArticleInput = { id: 'plain', text: PLAIN, publishedAt: '2019-03-25' };
    const { report, ms } = timed(() => compare(a, b));
    checkReport(report, [a, b]);
    expect(report.articles[0].sentences.length).toBeGreaterThan(5_000);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('1 MB of text with no sentence end and no line break', () => {
    const a: ArticleInput = { id: 'blob', text: fill('word ', 1_000_000) };
    const b: ArticleInput = { id: 'plain', text: PLAIN };
    const { report, ms } = timed(() => compare(a, b));
    checkReport(report, [a, b]);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});

describe('compare() on long sentences that differ', () => {
  // Two long unpunctuated sentences on one subject align, and their word diff is then computed. A diff
  // that costs length x differences (Myers) hangs on scraped pages that lack sentence ends.
  const WORDS = 'the plane flew low over the city and the crowd watched it turn north toward the coast'.split(' ');
  function shuffledWords(count: number, seed: number): string {
    let state = seed;
    const next = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
    return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ');
  }

  it('two different 30,000-character sentences, as text', () => {
    const a: ArticleInput = { id: 'a', text: shuffledWords(6_000, 1) };
    const b: ArticleInput = { id: 'b', text: shuffledWords(6_000, 2) };
    const { report, ms } = timed(() => compare(a, b));
    checkReport(report, [a, b]);
    expect(ms).toBeLessThan(3_000);
  });
});

describe('compare() on invisible characters', () => {
  const facetOf = (report: ComparisonReport, facet: string) => report.facets.find((f) => f.facet === facet);
  const plain = { id: 'b', text: 'Two Il-76 planes landed in Caracas on Saturday, officials said.' };

  it('reads a zero-width space, a byte-order mark or a NUL as a space, and quotes the text as given', () => {
    for (const mark of ['\u200b', '\ufeff', '\u0000', '\u2060']) {
      const a = { id: 'a', text: `Two Il-76 planes landed in${mark}Caracas on Saturday,${mark}officials said.` };
      const report = compare(a, plain);
      checkReport(report, [a, plain]);
      const destination = facetOf(report, 'destination');
      expect(destination?.verdict, JSON.stringify(mark)).toBe('agree');
      expect(destination?.a[0]?.text).toBe(`landed in${mark}Caracas`);
      expect(destination?.a[0]?.attribution?.text).toBe(`officials said`);
    }
  });

  it('leaves joiners alone: a zero-width joiner is no space', () => {
    const a = { id: 'a', text: 'Two Il-76 planes landed in\u200dCaracas on Saturday, officials said.' };
    expect(facetOf(compare(a, plain), 'destination')?.verdict).toBe('only-b');
  });
});

describe('compare() on HTML', () => {
  const facetOf = (report: ComparisonReport, facet: string) => report.facets.find((f) => f.facet === facet);
  const plain: ArticleInput = {
    id: 'b',
    text: 'Two Russian Il-76 planes landed in Caracas on Saturday with 99 soldiers. Moscow said the flights were part of military cooperation.',
    publishedAt: '2019-03-25',
  };
  const html: ArticleInput = {
    id: 'a',
    text: '<p>Two Russian <b>Il-76</b> planes landed in <a href="https://example.org/caracas">Caracas</a> on Saturday,&nbsp;carrying 99 troops.</p>'
      + '<p>The Russian defence ministry said the flights were part of military cooperation.</p>',
    publishedAt: '2019-03-25',
  };

  it('splits paragraphs, reads the facts a reader sees, and quotes them as written', () => {
    const report = compare(html, plain);
    checkReport(report, [html, plain]);
    expect(report.articles[0].sentences.map((s) => s.text)).toEqual([
      'Two Russian <b>Il-76</b> planes landed in <a href="https://example.org/caracas">Caracas</a> on Saturday,&nbsp;carrying 99 troops.',
      'The Russian defence ministry said the flights were part of military cooperation.',
    ]);
    for (const facet of ['aircraft', 'destination', 'time', 'people']) expect(facetOf(report, facet)?.verdict, facet).toBe('agree');
    expect(facetOf(report, 'destination')?.a[0]?.text).toBe('landed in <a href="https://example.org/caracas">Caracas');
    // The ministry speaks in its own paragraph, not for the facts of the one before.
    expect(facetOf(report, 'aircraft')?.a[0]?.attribution).toBeUndefined();
    expect(report.warnings.map((w) => `${w.code} ${w.article}`)).toContain('MARKUP a');
  });

  it('aligns on words, not on tag names or links, and diffs the words a reader sees', () => {
    const report = compare(html, plain);
    const first = report.alignments.find((al) => al.a.includes(0));
    expect(first?.b).toEqual([0]);
    expect(first?.diff.map((p) => p.value).join('')).not.toMatch(/<|href/);
    expect(report.eventMatch.evidence.map((e) => e.says).join(' ')).not.toMatch(/href|example/);
  });

  it('leaves a text with a less-than sign alone, and warns of no markup', () => {
    const a: ArticleInput = { id: 'a', text: 'Two Il-76 planes landed in Caracas on Saturday at <5 degrees.', publishedAt: '2019-03-25' };
    const report = compare(a, plain);
    expect(report.warnings.map((w) => w.code)).not.toContain('MARKUP');
    expect(facetOf(report, 'destination')?.verdict).toBe('agree');
  });
});

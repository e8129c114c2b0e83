import { describe, expect, it } from 'vitest';
import { renderDiff, toMarkdown } from '../../src/report/markdown.js';
import type { ComparisonReport, Fact } from '../../src/types.js';

const fact = (over: Partial<Fact>): Fact => ({
  facet: 'destination', value: { place: 'havana' }, text: 'Havana', sentence: 0, start: 0, end: 6,
  rule: 'destination/test', scope: 'event', ...over,
});

function report(over: Partial<ComparisonReport> = {}): ComparisonReport {
  return {
    articles: [
      { id: 'wire', source: 'Wire | Service', sentences: [
        { index: 0, text: 'A plane landed in Havana.', start: 0, end: 25, status: 'aligned' },
        { index: 1, text: 'Share this', start: 26, end: 36, status: 'off-topic' },
      ] },
      { id: 'local', sentences: [
        { index: 0, text: 'The jet arrived in Havana.', start: 0, end: 26, status: 'aligned' },
        { index: 1, text: 'The crew rested.', start: 27, end: 43, status: 'unique' },
      ] },
    ],
    alignments: [{ a: [0], b: [0], score: 0.61, diff: [
      { value: 'A plane landed', removed: true }, { value: 'The jet arrived', added: true }, { value: ' in Havana.' },
    ] }],
    facets: [{
      facet: 'destination', verdict: 'agree', explanation: 'both state compatible values',
      a: [fact({ attribution: { source: 'tass', text: 'according to TASS', start: 0, end: 1 } })],
      b: [fact({ hedges: ['reportedly'] })],
    }],
    eventMatch: { score: 0.9, same: true, evidence: [{ points: 'same', says: 'event date in common: 2019-03-23' }, { points: 'different', says: 'no year in common: a 2008; b 2013' }] },
    background: { a: [], b: [fact({ facet: 'time', text: 'in 2018', scope: 'background', scopeReason: 'time: 2018' })] },
    summary: { agree: 1, partial: 0, conflict: 0, disputed: 0, onlyA: 0, onlyB: 0 },
    warnings: [],
    ...over,
  };
}

describe('toMarkdown', () => {
  const md = toMarkdown(report());

  it.each([
    ['the event verdict', '**Same event:** yes (score 0.90)'],
    ['the facet row with its verdict', '| destination | ✅ agree'],
    ['who said it', 'source: “according to TASS”'],
    ['the hedge', 'hedged: reportedly'],
    ['an escaped table cell', 'wire (Wire \\| Service) says'],
    ['the aligned pair', '**a 0 ↔ b 0** (similarity 0.61)'],
    ['what only b says', '- (1) The crew rested.'],
    ['background with its reason', '- time: “in 2018” (sentence 0; time: 2018)'],
    ['off-topic sentences set aside', '### Off-topic in wire (Wire | Service) (set aside)'],
    ['what points to one event', '- For one event: event date in common: 2019-03-23.'],
    ['what points to two events', '- For two events: no year in common: a 2008; b 2013.'],
  ])('shows %s', (_, expected) => {
    expect(md).toContain(expected);
  });

  it('ends a line of evidence that ends with "U.S." with no second full stop', () => {
    const out = toMarkdown(report({ eventMatch: { score: 0.9, same: true, evidence: [{ points: 'same', says: 'names in both: Qatar, U.S.' }] } }));
    expect(out).toContain('- For one event: names in both: Qatar, U.S.\n');
  });

  it('says nothing of evidence when there is none', () => {
    const out = toMarkdown(report({ eventMatch: { score: 0.2, same: false, evidence: [] } }));
    expect(out).toContain('**Same event:** no (score 0.20)');
    expect(out).not.toContain('For one event');
    expect(out).not.toContain('For two events');
  });

  it('does not list off-topic or aligned sentences as unique', () => {
    const onlyA = md.split('## Only in wire')[1]!.split('###')[0]!;
    expect(onlyA).not.toContain('Share this');
    expect(onlyA).not.toContain('A plane landed');
  });

  it('shows disputes side by side with their sources', () => {
    const claims = [
      { side: 'a' as const, source: 'russia', facts: [fact({ facet: 'cargo', text: 'prisoners' })] },
      { side: 'a' as const, source: 'ukraine', facts: [fact({ facet: 'cargo', text: 'missiles' })] },
    ];
    const out = toMarkdown(report({ facets: [{ facet: 'cargo', verdict: 'disputed', explanation: 'a reports competing claims', a: [], b: [], claims }] }));
    expect(out).toContain('## Disputes');
    expect(out).toMatch(/\| a \| russia \| “prisoners” \|\n\| a \| ukraine \| “missiles” \|/);
  });

  it('says so when nothing could be compared, instead of an empty table', () => {
    const out = toMarkdown(report({ facets: [], alignments: [] }));
    expect(out).toContain('Neither article states a fact');
    expect(out).toContain('No sentence of one article reports what a sentence of the other does.');
  });
});

describe('renderDiff', () => {
  it.each([
    [[{ value: 'same ' }, { value: 'old', removed: true }, { value: 'new', added: true }], 'same ~~old~~**new**'],
    [[{ value: 'two  words', removed: true }, { value: ' kept' }], '~~two words~~ kept'],
    [[{ value: ' ', added: true }], ' '],
  ])('%j → %s', (parts, expected) => {
    expect(renderDiff(parts)).toBe(expected);
  });
});

describe('toMarkdown differences', () => {
  it('leaves out a diff that has no words in common, which would only repeat both sides', () => {
    const base = report();
    const disjoint = { ...base.alignments[0]!, diff: [{ value: 'A plane landed', removed: true }, { value: 'The crew rested', added: true }] };
    expect(toMarkdown({ ...base, alignments: [disjoint] })).not.toContain('Differences:');
    expect(toMarkdown(base)).toContain('Differences: ~~A plane landed~~**The jet arrived** in Havana.');
  });
});

describe('toMarkdownAll', () => {
  const articles = [
    { id: 'wire', text: 'A Cessna 208 carrying 12 people crashed near Lake Naivasha on Saturday.', publishedAt: '2024-05-06' },
    { id: 'daily', source: 'The Daily', text: 'A light aircraft with 12 people on board came down near Naivasha on May 4.', publishedAt: '2024-05-06' },
    { id: 'blog', text: 'A Cessna 208 crashed near Lake Naivasha on Sunday with 15 people on board.', publishedAt: '2024-05-06' },
  ];

  it('opens with every facet verdict per pair, then each pair one heading level down', async () => {
    const { compareAll } = await import('../../src/compare.js');
    const { toMarkdownAll } = await import('../../src/report/markdown.js');
    const all = compareAll(articles);
    const md = toMarkdownAll(all);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 3 articles: wire, daily (The Daily), blog');
    expect(lines).toContain('| Facet | wire – daily (The Daily) | wire – blog | daily (The Daily) – blog |');
    expect(lines.find((l) => l.startsWith('| time |'))).toBe('| time | ✅ agree | ❌ conflict | ❌ conflict |');
    expect(lines.find((l) => l.startsWith('| same event |'))).toMatch(/^\| same event \| yes \(\d\.\d\d\) \| yes/);
    // One cell per pair on every facet row; a pair that judges nothing on the facet shows a dash.
    for (const row of all.facets) {
      const line = lines.find((l) => l.startsWith(`| ${row.facet} |`))!;
      expect(line.split(' | ').length - 1).toBe(3);
      expect(line.split(' | ').filter((c) => c === '—' || c === '— |').length).toBe(3 - row.verdicts.length);
    }
    for (const heading of ['## wire vs daily (The Daily)', '## wire vs blog', '## daily (The Daily) vs blog']) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain('### Facts');
    expect(lines.filter((l) => /^# /.test(l))).toHaveLength(1);
  });
});

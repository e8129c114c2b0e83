import { describe, expect, it } from 'vitest';
import { ALIGN, align } from '../../src/align/align.js';
import { CONTEXT } from '../../src/align/context.js';
import { readArticles } from '../../src/input.js';
import { compare } from '../../src/compare.js';

const A = [
  'Two Boeing C-17 transport planes landed in Niamey on Friday with 120 French troops and 50 tonnes of equipment.',
  'The mayor of Niamey welcomed the deployment.',
  'Share',
  'Stock markets in Tokyo closed lower as exporters slid on a stronger yen.',
  'Nikkei futures traders expect exporters to recover next quarter.',
  'French officials said the troops would train local forces for six months.',
].join('\n');
const B = [
  'A C-17 aircraft touched down at Niamey airport on Friday.',
  'It carried 120 French soldiers.',
  'A second plane brought 50 tons of equipment to Niamey.',
  'The soldiers will train local forces for six months, French officials said.',
  'Niger has hosted foreign forces for a decade.',
  'Comments',
].join('\n');

function run(options = {}) {
  const [a, b] = readArticles({ id: 'a', text: A }, { id: 'b', text: B });
  return align(a, b, [], [], options);
}
const alignedPairsOf = (r: ReturnType<typeof run>) => new Set(r.alignments.flatMap((al) => al.a.flatMap((i) => al.b.map((j) => `${i}:${j}`))));
const alignedPairs = alignedPairsOf;

describe('align', () => {
  it.each([['0:0'], ['0:1'], ['0:2'], ['5:3']])('aligns %s (many to many)', (pair) => {
    expect(alignedPairs(run()).has(pair)).toBe(true);
  });

  it.each([['3'], ['4'], ['2']])('does not align a sentence %s', (i) => {
    expect([...alignedPairs(run())].some((p) => p.startsWith(`${i}:`))).toBe(false);
  });

  it.each([
    [0, 2, 'off-topic'],
    [0, 3, 'off-topic'],
    [0, 4, 'off-topic'],
    [1, 5, 'off-topic'],
    [1, 4, 'unique'],
    [0, 0, 'aligned'],
  ] as const)('side %i sentence %i is %s', (side, i, status) => {
    expect(run().status[side][i]).toBe(status);
  });

  it('gives every sentence exactly one status', () => {
    const r = run();
    expect(r.status[0]).toHaveLength(6);
    expect(r.status[1]).toHaveLength(6);
    for (const s of [...r.status[0], ...r.status[1]]) expect(['aligned', 'unique', 'off-topic']).toContain(s);
  });

  it('carries a plain word diff of the joined sentences', () => {
    const al = run().alignments.find((x) => x.a.includes(0))!;
    expect(al.diff.length).toBeGreaterThan(0);
    for (const part of al.diff) expect(Object.keys(part).every((k) => ['value', 'added', 'removed'].includes(k))).toBe(true);
    const squash = (x: string) => x.replace(/\s+/g, '');
    expect(squash(al.diff.filter((p) => !p.added).map((p) => p.value).join(''))).toBe(squash(al.a.map((i) => A.split('\n')[i]).join(' ')));
    expect(al.score).toBeGreaterThan(0);
    expect(al.score).toBeLessThanOrEqual(1);
  });

  it.each([
    // Every pair but those with page furniture ("Share", "Comments"): 5 x 5.
    [() => 1, 25],
    [() => 0, 0],
  ])('uses a user scorer instead of the built-in one', (scorer, count) => {
    const pairs = alignedPairs(run({ similarity: scorer }));
    expect(pairs.size).toBe(count);
  });

  it('never aligns timestamp lines, however alike, but aligns the news beside them', () => {
    const [a, b] = readArticles(
      { id: 'a', text: 'Updated: May 3, 2013 at 9:56 AM EDT\nLindsay Lohan checked into the Betty Ford Center on Thursday.' },
      { id: 'b', text: 'May 3, 2013 9:56 am EDT\nLohan checked into Betty Ford Center in California on Thursday.' },
    );
    const r = align(a, b, [], [], {});
    expect(alignedPairsOf(r)).toEqual(new Set(['1:1']));
    expect(r.status[0][0]).toBe('off-topic');
    expect(r.status[1][0]).toBe('off-topic');
  });

  it('sentences that share only names (the same people, not the same happening) count for less', () => {
    const [a, b] = readArticles(
      { id: 'a', sentences: ['On Tuesday a Los Angeles judge sentenced Lindsay Lohan to 90 days in jail.'] },
      {
        id: 'b',
        sentences: [
          'Yesterday Lindsay Lohan checked into a rehab clinic near Los Angeles for a month of treatment after a relapse.',
          'A judge in Los Angeles sentenced Lindsay Lohan.',
        ],
      },
    );
    expect(alignedPairsOf(align(a, b, [], []))).toEqual(new Set(['0:1']));
    // The same pair at full weight would be aligned.
    const namesOnly = ALIGN.namesOnly;
    (ALIGN as { namesOnly: number }).namesOnly = 1;
    try {
      expect(alignedPairsOf(align(a, b, [], []))).toEqual(new Set(['0:0', '0:1']));
    } finally {
      (ALIGN as { namesOnly: number }).namesOnly = namesOnly;
    }
  });

  it('a higher threshold aligns fewer pairs', () => {
    expect(alignedPairs(run({ threshold: 0.5 })).size).toBeLessThan(alignedPairs(run()).size);
  });

  it('finds candidates through an index on long articles without comparing all pairs', () => {
    const long = Array.from({ length: 1500 }, (_, k) => `Report ${k} on topic${k} mentions item${k} and place${k % 300}.`);
    const t0 = performance.now();
    const r = compare({ id: 'x', sentences: long }, { id: 'y', sentences: long.slice().reverse() });
    expect(r.alignments.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('align: context from a restated sentence', () => {
  const FIRE_A = 'Fire swept through a crowded night club in Bucharest on Friday, killing 27 people.';
  const FIRE_B = 'A fire at a Bucharest night club killed 27 people on Friday night.';
  // Says what FIRE_A says in other words, and shares only "club" and "blaze" (fire) with FIRE_B: below the
  // threshold, above half of it.
  const RESTATED = 'The blaze swept through the crowded Colectiv club within seconds, trapping hundreds of concert-goers, survivors said.';
  // Restates FIRE_A too, but shares almost nothing with FIRE_B: less than half the threshold.
  const LOOSE = 'Panic spread as flames swept through the crowded venue, survivors said.';
  const pairsOf = (A: string[], B: string[]) => {
    const [a, b] = readArticles({ id: 'a', sentences: A }, { id: 'b', sentences: B });
    return alignedPairsOf(align(a, b, [], []));
  };

  it('aligns a sentence with what the sentence it restates is aligned with', () => {
    expect(pairsOf([FIRE_A, RESTATED], [FIRE_B])).toEqual(new Set(['0:0', '1:0']));
  });

  it('does so from either article', () => {
    expect(pairsOf([FIRE_B], [FIRE_A, RESTATED])).toEqual(new Set(['0:0', '0:1']));
  });

  it('the same sentences without context leave the restating sentence alone', () => {
    const weight = CONTEXT.weight;
    CONTEXT.weight = 0;
    try {
      expect(pairsOf([FIRE_A, RESTATED], [FIRE_B])).toEqual(new Set(['0:0']));
    } finally {
      CONTEXT.weight = weight;
    }
  });

  it('does not pair two sentences on the strength of their neighbours alone', () => {
    expect(pairsOf([FIRE_A, LOOSE], [FIRE_B])).toEqual(new Set(['0:0']));
  });

  it('tells judges which pairs are aligned on their own words', () => {
    const [a, b] = readArticles({ id: 'a', sentences: [FIRE_A, RESTATED] }, { id: 'b', sentences: [FIRE_B] });
    const r = align(a, b, [], []);
    expect(alignedPairsOf(r)).toEqual(new Set(['0:0', '1:0']));
    expect(r.alignedOnOwn(0, 0)).toBe(true);
    expect(r.alignedOnOwn(1, 0)).toBe(false);
  });

  it('the restating sentence gains whether it comes before or after the one it restates', () => {
    expect(pairsOf([RESTATED, FIRE_A], [FIRE_B])).toEqual(new Set(['0:0', '1:0']));
  });
});

describe('align: deeper pairs need more', () => {
  const QUAKE_A = 'An earthquake of magnitude 6.1 struck the Greek island of Kefalonia on Sunday.';
  const QUAKE_B = 'A strong quake shook Kefalonia on Sunday, damaging the port of Argostoli.';
  // Sentences that share no word with the pair nor with each other, to push it down the articles.
  const fillerA = Array.from({ length: 9 }, (_, k) => `Zorblat${k} quibbled near Frandor${k}.`);
  const fillerB = Array.from({ length: 9 }, (_, k) => `Mentrix${k} hovered over Palvo${k}.`);
  const lead = readArticles({ id: 'a', sentences: [QUAKE_A, ...fillerA] }, { id: 'b', sentences: [QUAKE_B, ...fillerB] });
  const deep = readArticles({ id: 'a', sentences: [...fillerA, QUAKE_A] }, { id: 'b', sentences: [...fillerB, QUAKE_B] });
  // The pair's own score, read at the lead: the articles hold the same sentences either way.
  const score = align(...lead, [], []).alignments.find((al) => al.a.includes(0) && al.b.includes(0))!.score;
  // A threshold just under it (the score is rounded): the pair clears it at the lead, not at the bottom,
  // where the bar stands 0.9 x the rise higher.
  const threshold = score - 0.01;

  it('aligns the pair at the leads of the two articles', () => {
    expect(alignedPairsOf(align(...lead, [], [], { threshold }))).toEqual(new Set(['0:0']));
  });

  it('does not align the same pair at the bottom of both articles', () => {
    expect(alignedPairsOf(align(...deep, [], [], { threshold }))).toEqual(new Set());
    expect(align(...deep, [], [], { threshold }).status[0][9]).toBe('unique');
  });

  it('nor when only one of the two lies deep', () => {
    const [a] = lead, [, b] = deep;
    expect(alignedPairsOf(align(a, b, [], [], { threshold }))).toEqual(new Set());
  });

  it('aligns it at the bottom with no rise', () => {
    const rise = ALIGN.depthRise;
    (ALIGN as { depthRise: number }).depthRise = 0;
    try {
      expect(alignedPairsOf(align(...deep, [], [], { threshold }))).toEqual(new Set(['9:9']));
    } finally {
      (ALIGN as { depthRise: number }).depthRise = rise;
    }
  });

  it("leaves a caller's scorer one bar for every pair: the rise is on the built-in scale", () => {
    const similarity = (x: string, y: string) => (x === QUAKE_A && y === QUAKE_B ? 0.5 : 0);
    expect(alignedPairsOf(align(...deep, [], [], { similarity, threshold: 0.5 }))).toEqual(new Set(['9:9']));
  });
});

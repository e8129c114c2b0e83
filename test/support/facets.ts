import type { Facet } from '../../src/facets/facet.js';
import type { Fact } from '../../src/types.js';

/**
 * Runs one facet over sentences (sentence i at index i, offsets relative to it) and returns its facts as
 * the pipeline would before scoping: for unit tests of a facet's extract, relate and compare.
 */
export function factsOf<V>(
  facet: Facet<V>,
  sentences: readonly string[],
  options: { publishedAt?: string; source?: string } = {},
): Fact<V>[] {
  return sentences.flatMap((text, sentence) =>
    facet.extract({ index: sentence, text, ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}) }).map((f) => {
      const fact: Fact<V> = {
        facet: facet.kind, value: f.value, text: text.slice(f.start, f.end), sentence,
        start: f.start, end: f.end, rule: f.rule, scope: 'event',
      };
      if (options.source) fact.attribution = { source: options.source, text: options.source, start: 0, end: 0 };
      return fact;
    }),
  );
}

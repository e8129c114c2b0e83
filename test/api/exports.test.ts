// The package's public surface, as users import it: the contract's exports exist and typed facet values
// can be read without casts.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as lib from '../../src/index.js';
import type { Fact, FacetValues, PeopleValue } from '../../src/index.js';

describe('the public API', () => {
  it.each(['compare', 'compareAll', 'similarity', 'splitSentences', 'toMarkdown', 'toMarkdownAll', 'renderDiff', 'defineFacet', 'judgeByRelation'])('exports the function %s', (name) => {
    expect(typeof (lib as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the error class and the facet registry, one facet per kind of the contract', () => {
    expect(new lib.CorroborateError('MISSING_FIELD', 'a.id', 'x')).toBeInstanceOf(Error);
    expect(lib.FACETS.map((f) => f.kind)).toEqual([
      'aircraft', 'origin', 'destination', 'location', 'time', 'people', 'cargo', 'casualties', 'purpose', 'cause', 'actors',
    ]);
  });

  it('types each facet value', () => {
    expectTypeOf<FacetValues['people']>().toEqualTypeOf<PeopleValue>();
    const report = lib.compare({ id: 'a', text: 'The plane carried 12 passengers.' }, { id: 'b', text: 'It had 12 passengers.' });
    const people = report.facets.find((f) => f.facet === 'people')?.a as Fact<FacetValues['people']>[] | undefined;
    expect(people?.[0]?.value.role).toBe('passengers');
  });
});

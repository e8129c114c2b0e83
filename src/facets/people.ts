// PLACEHOLDER until the people facet lands.
import { defineFacet } from './facet.js';
export const people = defineFacet<string>({
  kind: 'people',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

// PLACEHOLDER until the purpose facet lands.
import { defineFacet } from './facet.js';
export const purpose = defineFacet<string>({
  kind: 'purpose',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

// PLACEHOLDER until the cargo facet lands.
import { defineFacet } from './facet.js';
export const cargo = defineFacet<string>({
  kind: 'cargo',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

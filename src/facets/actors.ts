// PLACEHOLDER until the actors facet lands.
import { defineFacet } from './facet.js';
export const actors = defineFacet<string>({
  kind: 'actors',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

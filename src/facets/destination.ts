// PLACEHOLDER until the destination facet lands.
import { defineFacet } from './facet.js';
export const destination = defineFacet<string>({
  kind: 'destination',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

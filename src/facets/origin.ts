// PLACEHOLDER until the origin facet lands.
import { defineFacet } from './facet.js';
export const origin = defineFacet<string>({
  kind: 'origin',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

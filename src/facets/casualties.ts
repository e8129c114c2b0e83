// PLACEHOLDER until the casualties facet lands.
import { defineFacet } from './facet.js';
export const casualties = defineFacet<string>({
  kind: 'casualties',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

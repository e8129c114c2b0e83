// PLACEHOLDER until the location facet lands.
import { defineFacet } from './facet.js';
export const location = defineFacet<string>({
  kind: 'location',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

// PLACEHOLDER until the cause facet lands.
import { defineFacet } from './facet.js';
export const cause = defineFacet<string>({
  kind: 'cause',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

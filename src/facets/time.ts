// PLACEHOLDER until the time facet lands.
import { defineFacet } from './facet.js';
export const time = defineFacet<string>({
  kind: 'time',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

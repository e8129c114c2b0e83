// PLACEHOLDER until the aircraft facet lands.
import { defineFacet } from './facet.js';
export const aircraft = defineFacet<string>({
  kind: 'aircraft',
  extract: () => [],
  relate: (x, y) => (x === y ? 'equal' : 'conflict'),
  describe: (v) => v,
});

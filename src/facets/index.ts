import type { Facet } from './facet.js';
import { aircraft } from './aircraft.js';
import { origin } from './origin.js';
import { destination } from './destination.js';
import { location } from './location.js';
import { time } from './time.js';
import { people } from './people.js';
import { cargo } from './cargo.js';
import { casualties } from './casualties.js';
import { purpose } from './purpose.js';
import { cause } from './cause.js';
import { actors } from './actors.js';

/** Every facet, in report order. Adding a facet: write its module, then add it here. */
export const FACETS: readonly Facet<any>[] = [
  aircraft, origin, destination, location, time, people, cargo, casualties, purpose, cause, actors,
];

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

/** The value type of each facet's facts: `Fact<FacetValues['people']>` is a people fact. */
export interface FacetValues {
  aircraft: import('./aircraft.js').AircraftValue;
  origin: import('./origin.js').OriginValue;
  destination: import('./destination.js').DestinationValue;
  location: import('./location.js').LocationValue;
  time: import('./time.js').TimeValue;
  people: import('./people.js').PeopleValue;
  cargo: import('./cargo.js').CargoValue;
  casualties: import('./casualties.js').CasualtiesValue;
  purpose: import('./purpose.js').PurposeValue;
  cause: import('./cause.js').CauseValue;
  actors: import('./actors.js').ActorValue;
}

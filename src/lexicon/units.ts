/**
 * Units of measure as data: how many of the base unit (tonne, kilometre, minute) one unit is, as an
 * interval when the unit itself is ambiguous (a "ton" may be short, long or metric).
 */

export type MeasureKind = 'weight' | 'distance' | 'duration';

export interface UnitDefinition {
  kind: MeasureKind;
  /** Canonical short name for reports: "t", "ton", "km", "mi", "min". */
  name: string;
  /** One unit in base units (t, km, minutes): [low, high]; the two differ for an ambiguous unit. */
  factor: readonly [number, number];
  /** The spellings, singular and plural. */
  spellings: readonly string[];
}

/** Base units: weights in tonnes, distances in kilometres, durations in minutes. */
export const BASE_UNIT: Readonly<Record<MeasureKind, string>> = { weight: 't', distance: 'km', duration: 'min' };

export const UNITS: readonly UnitDefinition[] = [
  // A bare "ton" is a short ton (US), a long ton (UK) or, loosely, a tonne: all three are possible.
  { kind: 'weight', name: 'ton', factor: [0.907185, 1.016047], spellings: ['ton', 'tons', 'tonnage of'] },
  { kind: 'weight', name: 't', factor: [1, 1], spellings: ['t', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 'mt'] },
  { kind: 'weight', name: 'short ton', factor: [0.907185, 0.907185], spellings: ['short ton', 'short tons'] },
  { kind: 'weight', name: 'long ton', factor: [1.016047, 1.016047], spellings: ['long ton', 'long tons'] },
  { kind: 'weight', name: 'kg', factor: [0.001, 0.001], spellings: ['kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'] },
  { kind: 'weight', name: 'lb', factor: [0.000453592, 0.000453592], spellings: ['lb', 'lbs', 'pound', 'pounds'] },
  { kind: 'distance', name: 'km', factor: [1, 1], spellings: ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'klicks'] },
  { kind: 'distance', name: 'mi', factor: [1.609344, 1.609344], spellings: ['mile', 'miles', 'mi'] },
  { kind: 'distance', name: 'nmi', factor: [1.852, 1.852], spellings: ['nautical mile', 'nautical miles', 'nm', 'nmi'] },
  { kind: 'distance', name: 'm', factor: [0.001, 0.001], spellings: ['metre', 'metres', 'meter', 'meters'] },
  { kind: 'distance', name: 'ft', factor: [0.0003048, 0.0003048], spellings: ['ft', 'foot', 'feet'] },
  { kind: 'duration', name: 's', factor: [1 / 60, 1 / 60], spellings: ['second', 'seconds', 'sec', 'secs'] },
  { kind: 'duration', name: 'min', factor: [1, 1], spellings: ['minute', 'minutes', 'min', 'mins'] },
  { kind: 'duration', name: 'h', factor: [60, 60], spellings: ['hour', 'hours', 'hr', 'hrs', 'h'] },
  { kind: 'duration', name: 'day', factor: [1440, 1440], spellings: ['day', 'days'] },
  { kind: 'duration', name: 'week', factor: [10080, 10080], spellings: ['week', 'weeks'] },
];

/** What after a unit makes it a rate, not a measure: "km/h", "tons per day". */
export const RATE_MARKERS: readonly string[] = ['/', 'per', 'an hour', 'a day', 'a year', 'a month', 'a week'];

/**
 * What an aircraft carries, by category. Kept beside the units because a cargo is what a weight weighs;
 * people carried are named by the roles lexicon.
 */
export type CargoCategory = 'weapons' | 'aid' | 'equipment' | 'money' | 'cargo' | 'people';

export const CARGO_ITEMS: Readonly<Record<Exclude<CargoCategory, 'people'>, readonly string[]>> = {
  weapons: [
    'missiles', 'missile', 'S-300', 'S-300s', 'S-400', 'S-400s', 'weapons', 'weaponry', 'arms', 'ammunition',
    'munitions', 'rockets', 'shells', 'explosives', 'bombs', 'warheads', 'rifles', 'guns', 'air defence systems',
    'air defense systems', 'military hardware', 'grenades', 'mortars', 'artillery',
  ],
  aid: [
    'humanitarian aid', 'humanitarian cargo', 'humanitarian supplies', 'aid', 'relief', 'relief supplies',
    'relief goods', 'medicine', 'medicines', 'medical supplies', 'medical equipment', 'food', 'food aid',
    'vaccines', 'tents', 'blankets', 'drinking water',
  ],
  equipment: [
    'equipment', 'military equipment', 'spare parts', 'parts', 'machinery', 'vehicles', 'hardware',
    'technical equipment', 'communications equipment',
  ],
  money: ['cash', 'gold', 'banknotes', 'currency', 'gold bars'],
  cargo: ['cargo', 'freight', 'goods', 'supplies', 'mail', 'packages', 'luggage', 'baggage', 'load'],
};

/** Verbs whose object is what the aircraft carried. */
export const CARGO_VERBS: readonly string[] = [
  'carrying', 'carried', 'carries', 'loaded with', 'laden with', 'transporting', 'transported', 'delivering',
  'delivered', 'delivers', 'bringing', 'brought', 'ferrying', 'ferried', 'with a cargo of', 'airlifting',
  'airlifted', 'flew in', 'flying in', 'together with', 'along with',
];

/** Vehicles that are not aircraft: "a convoy carrying aid" says nothing of the plane's cargo. */
export const OTHER_CARRIERS: readonly string[] = [
  'convoy', 'convoys', 'truck', 'trucks', 'lorry', 'lorries', 'ship', 'ships', 'vessel', 'vessels', 'train',
  'trains', 'bus', 'buses', 'boat', 'boats', 'car', 'cars', 'van', 'vans', 'ferry', 'ferries', 'caravan',
  'freighter ship', 'container ship', 'submarine', 'column', 'motorcade',
];

/** Words that refer to the aircraft or its flight without naming it. */
export const AIRCRAFT_REFERENCES: readonly string[] = ['flight', 'flights', 'it', 'they', 'which', 'airlift', 'mission'];

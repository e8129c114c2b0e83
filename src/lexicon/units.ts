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

/**
 * What an aircraft carries and the words around a cargo: the verbs that introduce it, the other vehicles
 * that may carry it instead, and the words that stand for the aircraft. Data only: src/facets/cargo.ts
 * compiles it.
 */

/**
 * What an aircraft carries, by category; people carried are named by the roles lexicon.
 */
export type CargoCategory = 'weapons' | 'aid' | 'equipment' | 'money' | 'cargo' | 'people';

export const CARGO_ITEMS: Readonly<Record<Exclude<CargoCategory, 'people'>, readonly string[]>> = {
  weapons: [
    'missiles', 'missile', 'S-300', 'S-300s', 'S-400', 'S-400s', 'weapons', 'weaponry', 'arms', 'ammunition',
    'munitions', 'rockets', 'shells', 'explosives', 'bombs', 'warheads', 'rifles', 'guns', 'air defence systems',
    'air defense systems', 'air defence system', 'air defense system', 'air-defence system', 'air-defense system',
    'missile system', 'missile systems', 'launchers', 'howitzers', 'military hardware', 'grenades', 'mortars',
    'artillery', 'anti-aircraft system', 'anti-aircraft systems', 'anti-aircraft weapons', 'anti-aircraft missiles',
    // Drones flown in as a load: "denied that it had supplied drones to Russia".
    'drones', 'attack drones', 'kamikaze drones', 'combat drones', 'UAVs',
    'air defence batteries', 'air defense batteries', 'air-defence batteries', 'missile batteries', 'anti-aircraft batteries',
    'air defence equipment', 'air defense equipment',
    // Aid that kills: "nearly 200,000 pounds of lethal aid".
    'lethal aid', 'lethal assistance', 'lethal military aid', 'lethal military assistance',
  ],
  aid: [
    'humanitarian aid', 'humanitarian cargo', 'humanitarian supplies', 'aid', 'relief', 'relief supplies',
    'relief goods', 'medicine', 'medicines', 'medical supplies', 'medical equipment', 'food', 'food aid',
    'vaccines', 'vaccine', 'vaccine doses', 'tents', 'blankets', 'drinking water', 'baby formula', 'infant formula', 'formula',
  ],
  equipment: [
    'equipment', 'military equipment', 'spare parts', 'parts', 'machinery', 'vehicles', 'hardware',
    'technical equipment', 'communications equipment',
  ],
  money: ['cash', 'gold', 'banknotes', 'currency', 'gold bars'],
  // "carried 40 coffins": the dead flown home.
  cargo: ['cargo', 'freight', 'goods', 'supplies', 'mail', 'packages', 'luggage', 'baggage', 'load', 'coffins', 'caskets', 'wooden coffins',
    // A freighter's trade: "loaded with textiles", "about 40 tons of fabric", "bales of clothing material".
    'textiles', 'fabric', 'fabrics', 'clothing', 'clothes', 'garments', 'flowers', 'seafood', 'fruit', 'electronics'],
};

/**
 * Nouns of a load: between a weight and what it weighs ("a 35-tonne load of aid"), and before what it held,
 * whether or not its craft is named ("the first shipment included small-diameter bombs").
 */
export const LOAD_NOUNS: readonly string[] = ['load', 'shipment', 'consignment', 'cargo', 'delivery', 'batch'];

/** Verbs whose object is what the aircraft carried. */
export const CARGO_VERBS: readonly string[] = [
  'carrying', 'carried', 'carries', 'loaded with', 'laden with', 'transporting', 'transported', 'delivering',
  'delivered', 'delivers', 'bringing', 'brought', 'ferrying', 'ferried', 'with a cargo of', 'airlifting',
  'airlifted', 'flew in', 'flying in', 'together with', 'along with',
  // "whose private jet was used to fly $9.3 million in cash to South Africa".
  'to fly',
  // What a government sends or supplies, denied mostly: "China has never provided weapons to any party".
  'sent', 'supplied', 'provided',
  // What a load is said to hold: "the first shipment included small-diameter bombs and munitions".
  ...LOAD_NOUNS.flatMap((n) => [`${n} included`, `${n} includes`, `${n} contained`, `${n} consisted of`]),
  // And what it was of: "Russia has received a first shipment of Iranian-made drones".
  ...LOAD_NOUNS.map((n) => `${n} of`),
];

/**
 * Verbs after what was carried, named as their subject: "instructors and an air defence system were flown into
 * Niamey". Those of flight say the aircraft carried it even when no aircraft is named in the sentence.
 */
export const CARGO_PASSIVES: Readonly<Record<string, 'by air' | 'any'>> = {
  'were flown': 'by air', 'was flown': 'by air', 'were airlifted': 'by air', 'was airlifted': 'by air',
  'were flown in': 'by air', 'was flown in': 'by air',
  'were delivered': 'any', 'was delivered': 'any', 'were transported': 'any', 'was transported': 'any',
  'were brought': 'any', 'was brought': 'any', 'were ferried': 'any', 'was ferried': 'any',
};

/**
 * Verbs of a relative clause that says what came in an aircraft named after them: "$9.3 million in cash that
 * arrived on a private jet from Nigeria", "weapons which came aboard a Russian cargo plane".
 */
export const CAME_ABOARD_VERBS: readonly string[] = ['arrived', 'came', 'landed', 'was flown', 'were flown'];

/**
 * "with" names what was carried after a verb of arrival or departure in its clause: "arrived in Niger on
 * Wednesday with an air defence system". Elsewhere it does not ("met with aid agencies", "armed with missiles"),
 * nor after verbs that as often mean fleeing ("took off with their weapons", "left with the cash").
 */
export const WITH_AFTER_VERBS: readonly string[] = [
  'arrived', 'arrives', 'arriving', 'landed', 'lands', 'landing', 'flew', 'flown', 'flying', 'came', 'returned',
  'touched down', 'departed',
];

/**
 * Words that deny the cargo verb after them, with at most a few words between: "denied that it carried
 * weapons", "was not carrying arms", "never delivered missiles". Not "did not say whether it carried".
 */
export const CARGO_DENIALS: readonly string[] = [
  'denied', 'denies', 'deny', 'denying', 'did not', "didn't", 'was not', "wasn't", 'were not', "weren't", 'never',
  'had not', "hadn't", 'not',
];

/** Vehicles that are not aircraft: "a convoy carrying aid" says nothing of the plane's cargo. */
export const OTHER_CARRIERS: readonly string[] = [
  'convoy', 'convoys', 'truck', 'trucks', 'lorry', 'lorries', 'ship', 'ships', 'vessel', 'vessels', 'train',
  'trains', 'bus', 'buses', 'boat', 'boats', 'car', 'cars', 'van', 'vans', 'ferry', 'ferries', 'caravan',
  'freighter ship', 'container ship', 'submarine', 'column', 'motorcade',
];

/**
 * What a craft burns, whose weight is no load: "lost about 2,600 pounds of fuel", "carried more than 18,000 pounds
 * of fuel when it set off".
 */
export const OWN_FUEL: readonly string[] = ['fuel', 'jet fuel', 'aviation fuel', 'kerosene'];

/**
 * Words after a weight that make it the sum of several days' flights: "flew 384 tons of food into Berlin over the
 * week-end", "has delivered 1,200 tonnes so far". One day's load is a part of it.
 */
export const OVER_A_SPAN_AFTER: readonly string[] = [
  'over the weekend', 'over the week-end', 'over the past', 'over the last', 'over two days', 'over three days', 'over four days',
  'over several days', 'over the following days', 'in the first week', 'in the past week', 'so far', 'in all', 'in total', 'altogether',
];

/**
 * A blast measured in the weight of an explosive, no load: "The bomb, which has more power than 20,000 tons of TNT",
 * "a yield equivalent to 15 kilotons". Not "carrying 20 tons of TNT".
 */
export const YIELD_BEFORE: readonly string[] = ['power than', 'power of', 'force than', 'force of', 'blast of', 'yield of',
  'equivalent of', 'equivalent to'];

/**
 * A trade carried on over years by a group, whose weights are no flight's load: "he oversaw a cartel that smuggled
 * more than 200 tons of cocaine into the United States".
 */
export const TRADING_GROUPS = {
  groups: ['cartel', 'cartels', 'gang', 'gangs', 'ring', 'network', 'syndicate', 'organization', 'organisation', 'empire'],
  verbs: ['smuggled', 'smuggles', 'smuggling', 'trafficked', 'trafficking', 'shipped', 'moved', 'sold', 'exported', 'imported'],
} as const;

/**
 * Words after a weight's goods that say they lay in store, not in an aircraft: "some 2,750 tonnes of ammonium
 * nitrate stored in a warehouse", "200 tonnes of grain kept at the port".
 */
export const STORED_AFTER: readonly string[] = [
  'stored', 'kept', 'stockpiled', 'warehoused', 'left at', 'left in', 'sitting in', 'in storage', 'in a warehouse',
  'in warehouses',
];

/** Words that refer to the aircraft or its flight without naming it. */
export const AIRCRAFT_REFERENCES: readonly string[] = ['flight', 'flights', 'it', 'they', 'which', 'airlift', 'mission'];

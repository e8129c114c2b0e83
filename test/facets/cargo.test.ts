import { describe, expect, it } from 'vitest';
import { cargo, type CargoValue } from '../../src/facets/cargo.js';
import { judgeFacets } from '../../src/judge.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const extract = (text: string) =>
  cargo.extract({ index: 0, text }).map((f) => `${text.slice(f.start, f.end)} = ${cargo.describe(f.value)}`);

function facts(sentences: string[], source?: string): Fact<CargoValue>[] {
  return factsOf(cargo, sentences, source ? { source } : {});
}
const verdict = (a: string[], b: string[]) => cargo.compare!(facts(a), facts(b)).verdict;

describe('cargo.extract', () => {
  it.each([
    ['The An-26 carried 12 tonnes of medicine.', ['12 tonnes of medicine = 12 t medicine (aid)']],
    ['The freighter flew in with 40 tons of freight.', ['40 tons of freight = 36.3-40.6 t (short, long or metric tons) cargo']],
    // The hedge widens the span; the value never passes for a figure nobody wrote ("36 t").
    ['The jet landed carrying about 40 tons of ammunition.', ['about 40 tons of ammunition = 32.7-44.7 t (short, long or metric tons) ammunition (weapons)']],
    ['An Il-76 loaded with spare parts landed in Belgrade.', ['loaded with spare parts = spare parts (equipment)']],
    ['The plane was carrying Buk missiles, officials said.', ['carrying Buk missiles = missiles (weapons)']],
    ['Y-20 planes landed, delivering the FK-3 air defence system.', ['delivering the FK-3 air defence system = air defence system (weapons)']],
    ['The jet was carrying 52 detainees to the border.', ['carrying 52 detainees = detainees (people)']],
    // Whose officials they are is no load; what follows "and" is.
    ['The helicopters were carrying officials of the allied relief operation for Kurds.', ['carrying officials = officials (people)']],
    ['The plane was carrying officials and relief supplies.', ['carrying officials = officials (people)', 'carrying officials and relief supplies = relief supplies (aid)']],
    // A word of a craft's name is no load.
    ['A passenger jet carrying dozens of children and a DHL cargo plane collided.', ['carrying dozens of children = children (people)']],
    // The dead flown home.
    ['A Dutch C-130 Hercules and an Australian C-17 transport plane carried 40 coffins.', ['carried 40 coffins = coffins (cargo)']],
    // A freighter's trade.
    ['A cargo jet loaded with textiles crashed.', ['loaded with textiles = textiles (cargo)']],
    ['The flight was carrying bales of clothing material.', ['carrying bales of clothing = clothing (cargo)']],
    // A sum in money, and an aside in brackets, do not end what was carried; a place after "in" does.
    ['The plane was carrying $470,000 in cash.', ['carrying $470,000 in cash = cash (money)']],
    ['The jet was used to fly $9.3 million in cash to South Africa.', ['to fly $9.3 million in cash = cash (money)']],
    // What it carried, and not: the second is denied.
    ['The jetliner had been carrying radar equipment, not weapons.', ['carrying radar equipment = equipment (equipment)', 'carrying radar equipment, not weapons = no weapons (weapons)']],
    ['The plane carried aid, not to Syria but to Iraq.', ['carried aid = aid (aid)']],
    // Goods said to be aboard; none aboard is a denial, and a ship's are no aircraft's.
    ['Officials said the team did not have permits for the weapons on board.', ['weapons on board = weapons (weapons)']],
    ['There were no weapons on board the plane.', ['weapons on board = no weapons (weapons)']],
    ['The ship had weapons on board.', []],
    ['He wanted to fly to Paris with his family.', []],
    // What a relative clause says came in an aircraft it names; not in a ship, nor people.
    ['Officials seized $9.3 million in cash that arrived on a private jet from Nigeria.', ['cash that arrived on a private jet = cash (money)']],
    ['Officials seized weapons that arrived on a ship from Iran.', []],
    ['The jet was carrying (officials said) medicine.', ['carrying (officials said) medicine = medicine (aid)']],
    ['The plane was carrying aid in Syria.', ['carrying aid = aid (aid)']],
    // A bare round weight is shown as written, in tonnes; the span it allows is for comparing.
    ['It delivered 800 kg of vaccines.', ['800 kg of vaccines = 0.8 t vaccines (aid)']],
    ['A plane carrying 600,000 doses of coronavirus vaccine landed.', ['carrying 600,000 doses of coronavirus vaccine = vaccine (aid)']],
    // What was carried, named before its weight.
    ['The aid, weighing 33 tonnes, was handed over to the government.', ['aid, weighing 33 tonnes = 33 t aid (aid)']],
    ['The truck, weighing 12 tonnes, overturned.', []],
    // Goods in store are no load: the blast's cause, not what the planes brought.
    ['The blast was caused by some 2,750 tonnes of ammonium nitrate stored in a warehouse.', []],
    ['The port held 500 tonnes of grain kept at the docks.', []],
    ['The plane carried 500 tonnes of grain to the port.', ['500 tonnes = 500 t']],
    // Nor is a group's trade over the years; a group's plane still carries its load.
    ['He oversaw a cartel that smuggled more than 200 tons of cocaine into the United States.', []],
    // Nor is the craft's own fuel.
    ['The plane mysteriously lost about 2,600 pounds of fuel early in the flight.', []],
    ['The aircraft carried more than 18,000 pounds of fuel when it set off.', []],
    // Nor is a blast measured in an explosive's weight; a load of the explosive is a load.
    ['The bomb, which has more power than 20,000 tons of TNT, was carried by a B-29.', []],
    ['The plane was carrying 20 tons of TNT.', ['20 tons = 18.1-20.3 t (short, long or metric tons)']],
    ['The cartel\'s plane carried 2 tons of cocaine.', ['2 tons = 1.81-2.03 t (short, long or metric tons)']],
    // The load of one flight of a series says so.
    ['A third plane carrying 18 tonnes of medical aid was expected on Thursday.', ['18 tonnes of medical aid = 18 t aid (aid) on one flight of a series']],
    // A load says what it held, with or without its craft named; a package of measures holds no cargo.
    ['The Pentagon said the first shipment included small-diameter bombs and munitions.', ['shipment included small-diameter bombs and munitions = bombs, munitions (weapons)']],
    ['The package included sanctions on banks.', []],
    // A weight set off by commas, carried by an aircraft named later; not the weight of the aircraft itself.
    ['The first shipment of formula, some 35 tonnes, arrived in the US aboard an Air Force cargo jet.', ['shipment of formula = formula (aid)', 'some 35 tonnes = 31.5-38.5 t']],
    // What a load was of, and what a party denies it sent, with or without an aircraft named.
    ['Russia has received a first shipment of Iranian-made drones, officials said.', ['shipment of Iranian-made drones = drones (weapons)']],
    ['Iran denied that it had supplied drones to Russia.', ['supplied drones = no drones (weapons)']],
    ['We have not sent any weapons to either side, the spokesman said.', ['sent any weapons = no weapons (weapons)']],
    ['The trucks did not deliver weapons.', []],
    // What was sent on a mission flew it: no load.
    ['Hezbollah said it had sent the drones on a reconnaissance mission.', []],
    ['The plane sent the drones to Russia last month, officials said.', ['sent the drones = drones (weapons)']],
    ['The ministry supplied weapons to the army.', []],
    ['The plane, some 35 tonnes, landed in Lyon.', []],
    ['The shipment, about 20 tonnes, arrived by ship in Odessa.', []],
    // What it weighs, when the words after "of" name nothing the lexicon knows, is left out of the quote.
    ['The C-17 carried 78,000 pounds of Similac.', ['78,000 pounds = 35.4 t']],
    ['The plane carried 35,000 kg of cargo.', ['35,000 kg of cargo = 35 t cargo']],
    ['The plane carried about 40,000 kg of cargo.', ['about 40,000 kg of cargo = 36-44 t cargo']],
    // A load noun between the weight and what it weighs.
    ['A 35-tonne load of aid arrived.', ['35-tonne load of aid = 35 t aid (aid)']],
    ['Six Y-20 planes landed, carrying a sophisticated anti-aircraft system.', ['carrying a sophisticated anti-aircraft system = anti-aircraft system (weapons)']],
    ['The Y-20s landed in Belgrade, bringing HQ-22 air defence batteries.', ['bringing HQ-22 air defence batteries = air defence batteries (weapons)']],
    // What a passive verb of carrying says was carried: by air, or by an aircraft named before it.
    ['About 100 instructors and an air defence system were flown into Niamey.', [
      'instructors and an air defence system were flown = instructors (people)', 'air defence system were flown = air defence system (weapons)',
    ]],
    ['The Il-76 landed at dawn, and medicine was delivered to the hospital.', ['medicine was delivered = medicine (aid)']],
    // Goods after "with" in the clause of an arrival.
    ['Russian instructors arrived in Niger on Wednesday with an air defence system.', ['with an air defence system = air defence system (weapons)']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    ['The government denied that the plane carried weapons.', ['carried weapons = no weapons (weapons)']],
    ['The ministry said the Il-76 was not carrying weapons.', ['carrying weapons = no weapons (weapons)']],
    ['The aircraft brought food, and the ministry denied that it carried weapons.', ['brought food = food (aid)', 'carried weapons = no weapons (weapons)']],
    ['China on Monday denied that cargo flights to Iran had carried weapons.', ['carried weapons = no weapons (weapons)']],
    ["China's foreign ministry said it had not sent weapons to any party in the conflict.", ['sent weapons = no weapons (weapons)']],
    // A denial of something else, with a clause between, denies no cargo.
    ['China denied the report and said the jets carried weapons.', ['carried weapons = weapons (weapons)']],
  ])('reads what is denied: %s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    ['A convoy carrying humanitarian aid was stopped at the border.'],
    ['Engineers will service French equipment delivered to the army.'],
    ['The truck carried 20 tonnes of grain and food.'],
    ['A 10-tonne crane lifted the wreck.'],
    ['The 40-tonne plane landed.'],
    ['The truck brought a 20-tonne load of grain.'],
    ['The ship brought medicine to the island.'],
    ['The An-124 can carry 150 tonnes of cargo.'],
    // A question asserts nothing.
    ['Officials did not say whether the plane carried weapons.'],
    ['It was unclear if the jet was carrying aid.'],
    // "with" elsewhere than after an arrival, people after it, or a weight's.
    ['The minister met with aid agencies after he arrived.'],
    ['The fighter jet, armed with missiles, landed in Minsk.'],
    ['The plane arrived in Minsk with 19 crew members.'],
    ['The suspect took off with their weapons.'],
    // A passive verb with another vehicle, or none named and not by air.
    ['Weapons were delivered by ship to the port.'],
    ['The wounded were flown to Moscow.'],
    // What a craft can carry.
    ['Two Tu-160 strategic bombers capable of carrying nuclear weapons landed in Venezuela.'],
    ['The An-124 can carry tanks and helicopters.'],
  ])('finds no cargo of the aircraft in %s', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('cargo.relate and compare', () => {
  it.each([
    [['The plane carried 30 tons of cargo.'], ['The plane carried 30 tonnes of cargo.'], 'agree'],
    [['The plane carried 30 tons of cargo.'], ['The plane carried 45 tonnes of cargo.'], 'conflict'],
    [['The jet was carrying 40 prisoners.'], ['The jet was carrying rockets.'], 'conflict'],
    [['The jet was carrying humanitarian aid.'], ['The jet was carrying weapons.'], 'conflict'],
    [['The jet was carrying humanitarian aid.'], ['The jet carried 3 tonnes of cargo.'], 'partial'],
    [['The plane, carrying 80 soldiers, brought 5 tonnes of cargo.'], ['The plane brought 5 tonnes of cargo.'], 'agree'],
    [['The Il-76 was carrying 60 captured soldiers.'], ['The Il-76 was carrying missiles.'], 'conflict'],
    [['The Il-76 was carrying six crew.'], ['The Il-76 was carrying ammunition.'], 'partial'],
    [['The plane was carrying 80 soldiers.'], ['The plane was carrying rifles.'], 'partial'],
    [['It delivered 20 tonnes of humanitarian aid.'], ['It delivered 22 tons of humanitarian aid.'], 'agree'],
    [['The drone carried 40 pounds of explosives.'], ['The drone carried 18 kg of explosives.'], 'agree'],
    [['The drone carried 40 pounds of explosives.'], ['The drone carried 25 kg of explosives.'], 'conflict'],
    // Two planes' 15 tonnes and a third plane's 18 are loads of different flights.
    [['Two military planes left carrying 15 tonnes of medical equipment.'], ['A third plane carrying 18 tonnes of medical aid was expected.'], 'partial'],
    [['Two military planes left carrying 15 tonnes of medical equipment.'], ['The two planes landed with 18 tonnes of medical aid.'], 'conflict'],
    // One day's load is a part of the days' sum, not more than it.
    [['About 80 tons of supplies were flown in on the first day.'], ['The Air Force flew 384 tons of food into Berlin over the week-end.'], 'agree'],
    [['About 500 tons of supplies were flown in on the first day.'], ['The Air Force flew 384 tons of food into Berlin over the week-end.'], 'conflict'],
    [['About 80 tons of supplies were flown in on the first day.'], ['The Air Force flew 384 tons of food into Berlin on Saturday.'], 'conflict'],
    // A denial against what the other side says was carried, and against what it does not.
    [['The government denied that the plane carried weapons.'], ['The plane was carrying weapons.'], 'conflict'],
    [['The government denied that the plane carried weapons.'], ['The plane was not carrying weapons.'], 'agree'],
    [['The government denied that the plane carried weapons.'], ['The plane carried food and medicine.'], 'partial'],
  ])('%o vs %o: %s', (a, b, expected) => {
    expect(verdict(a, b)).toBe(expected);
  });

  it('keeps a weight and an item list apart', () => {
    const [w] = facts(['The plane carried 30 tons of cargo.']);
    const [i] = facts(['The jet was carrying weapons.']);
    expect(cargo.relate(w!.value, i!.value)).toBe('unrelated');
    // A weight of named things is told by them.
    const [named] = facts(['The plane landed with nearly 200,000 pounds of lethal aid, including ammunition for the front line.']);
    expect(named!.value.items).toEqual(['lethal aid', 'ammunition']);
    expect(cargo.relate(named!.value, facts(['The jet was carrying ammunition.'])[0]!.value)).toBe('compatible');
    expect(cargo.relate(named!.value, facts(['The jet was carrying medicines.'])[0]!.value)).toBe('conflict');
  });

  it('reports a side quoting a party that denies what another says was carried as disputed', () => {
    const a = [...facts(['The Il-76 was carrying weapons.'], 'security sources'), ...facts(['The government denied that the plane carried weapons.'], 'malian government')];
    const [row] = judgeFacets(a, facts(['The plane brought food.']), [cargo]);
    expect(row?.verdict).toBe('disputed');
  });

  it('reports a side quoting two parties on what was carried as disputed', () => {
    const a = [...facts(['The Il-76 was carrying 65 prisoners of war.'], 'russian defence ministry'), ...facts(['The Il-76 was carrying missiles.'], 'ukrainian military')];
    const b = facts(['The Il-76 was carrying 65 prisoners of war.']);
    const [row] = judgeFacets(a, b, [cargo]);
    expect(row?.verdict).toBe('disputed');
  });

  it('makes no row of people carried alone: how many flew is the people row', () => {
    expect(judgeFacets(facts(['A regional jet carrying 64 people collided with a helicopter.']), facts(['The Black Hawk was carrying three soldiers.']), [cargo])).toEqual([]);
    expect(judgeFacets(facts(['The plane was carrying 62 passengers.']), [], [cargo])).toEqual([]);
    const [row] = judgeFacets(facts(['The Il-76 was carrying 65 prisoners of war.']), facts(['The Il-76 was carrying missiles.']), [cargo]);
    expect(row?.verdict).toBe('conflict');
  });
});

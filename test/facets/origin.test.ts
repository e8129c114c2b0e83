import { describe, expect, it } from 'vitest';
import { origin, type OriginValue } from '../../src/facets/origin.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const extract = (text: string) => origin.extract({ index: 0, text }).map((f) => origin.describe(f.value));

function facts(...sentences: string[]): Fact<OriginValue>[] {
  return factsOf(origin, sentences);
}
const verdict = (a: string[], b: string[]) => origin.compare!(facts(...a), facts(...b)).verdict;

describe('origin.extract', () => {
  it.each([
    ['The Il-76 set off from Hmeimim air base.', ['Hmeimim (Latakia, Syria), departure']],
    ['The jet took off from Vnukovo and stopped in Minsk.', ['Vnukovo (Moscow, Russia), departure', 'Minsk (Belarus), stopover']],
    ['The plane departed Damascus on Friday.', ['Damascus (Syria), departure']],
    // Where a traveller's journey began, from the home he left; a thing come from by its owner.
    ['Mr. Cutting, 46, was returning to Washington from his home in Santa Fe.', ["Santa Fe (United States), a traveller's start"]],
    ['The crew was returning from their base in Seville.', ['Seville (Spain), departure']],
    // A flight of two legs, each place it set off from named.
    ['TWA Flight 514 from Indianapolis and Columbus crashed on Sunday.', ['Indianapolis (United States), departure', 'Columbus (United States), departure']],
    // Camps in a country, where those airlifted set off.
    ['Israel airlifted thousands of Ethiopian Jews from refugee camps in Sudan.', ['Sudan, departure']],
    // Warsaw's airport by its old name.
    ['The Il-62 had taken off from Okecie airport.', ['Warsaw Chopin Airport (Warsaw, Poland), departure']],
    ['The plane had left Orlando, Florida, bound for Dallas.', ['Orlando (United States), departure']],
    ['Flight 232 from Denver to Chicago lost all hydraulic power.', ['Denver (United States), departure']],
    ['The Boeing 737 was flying from Hilo to Honolulu.', ['Hilo (United States), departure']],
    // Where what one came from was held is where one set off; not a bearing, nor a place of its own.
    ['Trump arrived from the G7 summit in Quebec.', ['Quebec, departure']],
    ['The troops arrived from the north in Kherson.', []],
    ['The plane arrived from Moscow in Caracas.', ['Moscow (Russia), departure']],
    // A stop "there", at the place it went back to.
    ['The plane, flying from Karachi to Jeddah, had turned back to Riyadh after a stop there.', ['Karachi (Pakistan), departure', 'Riyadh (Saudi Arabia), stopover']],
    ['The plane, flying from Karachi, turned back to Riyadh, and the crew stayed there.', ['Karachi (Pakistan), departure']],
    ["The plane, flying from London's Heathrow airport to Belfast, lost an engine.", ['Heathrow (London, United Kingdom), departure']],
    // A flight that goes on from where it was diverted stopped there.
    ['Morales left Vienna on Wednesday, some 13 hours after his jet was diverted there.', ['Vienna (Austria), stopover']],
    ['The plane left Minsk after it was forced to land there.', ['Minsk (Belarus), stopover']],
    ['The crew flew in from St Petersburg.', ['Saint Petersburg (Russia), departure']],
    ['The jet had been flying too low as it approached Maputo from Lusaka.', ['Lusaka (Zambia), departure']],
    // Where those of an aside come from is no departure of the flight.
    ['A charter plane carrying 160 people, most of them tourists from the French island of Martinique, crashed.', []],
    // A town the gazetteer lacks, with its country after it.
    ['Flight 261 was flying from Puerto Vallarta, Mexico, to San Francisco.', ['Puerto Vallarta, departure']],
    ['The plane was bound for Beirut with stops in Kufra, Libya, and Dubai.', ['Kufra, stopover', 'Dubai (United Arab Emirates), stopover']],
    ['The hijackers flew it to Kandahar after stops in Amritsar and Lahore.', ['Amritsar (India), stopover', 'Lahore (Pakistan), stopover']],
    ['The jet had stopped at Gander, with an earlier stop in Cologne.', ['Gander (Canada), stopover', 'Cologne (Germany), stopover']],
    ["An American Airlines DC-10 lost an engine on takeoff from O'Hare International Airport.", ["O'Hare International Airport (Chicago, United States), departure"]],
    ['The plane had taken off from Chkalovsky airfield near Moscow.', ['Chkalovsky (Moscow, Russia), departure']],
    ['The rocket lifted off from Baikonur.', ['Baikonur, departure']],
    // An owner the gazetteer lacks is no part of the place it owns; a possessive that is all of a name stays.
    ["The helicopter was flying oil workers from Statoil's Gullfaks B platform.", ['Gullfaks, departure']],
    ["The jet flew from Putin's Novo-Ogaryovo residence.", ['Novo-Ogaryovo, departure']],
    ["The plane took off from McDonald's Field.", ["McDonald's Field, departure"]],
    // The craft's own base, by its possessive.
    ['The helicopter had flown from its base in Dublin.', ['Dublin (Ireland), departure']],
    // An airline's hub, and the run it flies as a matter of course.
    ["The Airbus A300 was flying from the company's hub in Louisville, Kentucky.", ['Louisville (United States), departure']],
    ['Flight 1354 was on its regular overnight run from Louisville to Birmingham.', ['Louisville (United States), departure']],
    ['The sprinter was on a run from the stadium.', []],
    // An airfield the gazetteer lacks, by the possessive of a town it lacks too.
    ["The generators failed shortly after takeoff from Springfield's Capital Airport.", ['Capital Airport, departure']],
    // A journey on land is no flight's leg; the flight of the same sentence still is.
    ['Kim arrived after a 60-hour train journey from Pyongyang.', []],
    ['Kim made the trip from Pyongyang by train through China.', []],
    ['Trump flew from Washington and then travelled by road to the summit.', ['Washington (United States), departure']],
    ['Flight 203 had just left Reno for Minneapolis when the pilot reported a vibration.', ['Reno (United States), departure']],
    // A stronghold is described like a town, and a person's possessive stands before it.
    ["Zaire's ousted president flew out of his northern stronghold of Gbadolite on Sunday.", ['Gbadolite (Congo), departure']],
    // A two-word name that describes the settlement named after it.
    ['The flight from the Black Sea resort of Sochi was diverted.', ['Sochi (Russia), departure']],
    // A state after a located point says again where it lies.
    ['Conviasa flew 190 migrants home from Fort Bliss in El Paso, Texas, on Monday.', ['Fort Bliss (El Paso, United States), departure']],
    ['The troops were flown from Camp Swift in El Paso, Texas, on Monday.', ['Camp Swift, departure']],
    // A country after a place of its own says where the place is: no second stopover.
    ['The flight had refuelled in Jeddah, Saudi Arabia.', ['Jeddah (Saudi Arabia), stopover']],
    // A landing to refuel, or one the flight went on from, is a stop on the way.
    ['A cargo plane landed in Pakistan for refuelling and then continued on its route.', ['Pakistan, stopover']],
    ['The plane landed in Anchorage only to refuel.', ['Anchorage (United States), stopover']],
    ['The plane landed in Caracas, and then continued talks.', []],
    // A stop refused is none: "refused ... permission" before the stop's own "to refuel".
    ['Peru refused the plane permission to refuel in Lima, and it stopped instead in Asuncion.', ['Asunción (Paraguay), stopover']],
    ['The plane had permission to refuel in Lima.', ['Lima (Peru), stopover']],
    ['The plane flew via Minsk, Belarus, and Tehran.', ['Minsk (Belarus), stopover', 'Tehran (Iran), stopover']],
    // A stop yet to come, after words of a plan.
    ['The flight was due to stop in Bangkok to refuel.', ['Bangkok (Thailand), stopover']],
    ['The jet will stop in Dakar on its way.', ['Dakar (Senegal), stopover']],
    // A place the words after it name as a stop.
    ['It took off from Minsk and was flying to Amman in Jordan, its first stop, when it turned back.', ['Minsk (Belarus), departure', 'Amman (Jordan), stopover']],
    // An Arabic name joined by its article is one name.
    ['The convoy crossed via the Bab al-Hawa crossing.', ['Bab al-Hawa, stopover']],
    // A town's own airport, by the town's possessive, is the town.
    ["The plane crashed shortly after taking off from Savannah's airport.", ['Savannah, departure']],
    // A second name of a list, located by a known state after it.
    ['The planes left from San Diego and El Paso, Texas, on Tuesday.', ['San Diego (United States), departure', 'El Paso (United States), departure']],
    ['The planes left from San Diego and Smith, the envoy, said so.', ['San Diego (United States), departure']],
    // So is a Spanish one joined by its particle.
    ['The aircraft had flown from San Jose de Buenavista on Sunday.', ['San Jose de Buenavista, departure']],
    // A country before its forces or its base is no place of the route.
    ['It had taken off from the U.S. Marine Corps Air Station Iwakuni.', []],
    ['Troops flew from the US to Kuwait.', ['United States, departure']],
    // So does a state or province: "Wichita, Kansas" is one point, and "Paris, Texas" is not in France.
    ['The jet had departed from Wichita, Kansas.', ['Wichita (United States), departure']],
    // The preposition is part of the cue.
    ['The Boeing 737-800 was returning from Bangkok with 175 passengers.', ['Bangkok (Thailand), departure']],
    ['The crew flew back from Minsk to Havana.', ['Minsk (Belarus), departure']],
    ['The plane flew back to Moscow.', []],
    ['The two Y-20 planes, which departed from a base in Chongqing, carried water.', ['Chongqing (China), departure']],
    ["The plane ditched minutes after leaving New York's LaGuardia airport.", ['LaGuardia Airport (New York, United States), departure']],
    ['The plane flew from Paris, Texas, to Moscow.', ['Paris, Texas, departure']],
    ['The plane took off from Toronto, Ontario.', ['Toronto (Canada), departure']],
    // The clock it set off at stands between the verb and its place.
    ['The plane took off at 10:45 p.m. from Toronto.', ['Toronto (Canada), departure']],
    // A trip come back from went where the flight set off; a trip set off on goes where the flight goes.
    ['The president was flying back from a business trip to Paris.', ['Paris (France), departure']],
    ['The minister left on a trip to Paris.', []],
    // States in a row are a list.
    ['Flights left from Texas, Oklahoma and Kansas.', ['Texas (United States), departure', 'Oklahoma (United States), departure', 'Kansas (United States), departure']],
    // Another country is another point.
    ['The plane stopped in Dakar, Algeria and Mali.', ['Dakar (Senegal), stopover', 'Algeria, stopover', 'Mali, stopover']],
    ['It refuelled in Dakar before crossing the Atlantic.', ['Dakar (Senegal), stopover']],
    ['The charter flew to Havana via Tehran.', ['Tehran (Iran), stopover']],
    ['The planes arrived from Syria after a stop in Senegal.', ['Syria, departure', 'Senegal, stopover']],
    ['The plane, en route from Amsterdam to Kuala Lumpur, was hit.', ['Amsterdam (Netherlands), departure']],
    ['The aircraft had departed from a military airfield near Moscow.', ['Moscow (Russia), departure']],
    // A route written as a pair; the region a known city names locates a site, it is no second point.
    ['It flew Moscow-Caracas via Dakar.', ['Moscow (Russia), departure', 'Dakar (Senegal), stopover']],
    ['The jets flew from Engels air base, in Saratov region, to Caracas.', ['Engels air base (Engels, Russia), departure']],
    // A take-off told as a noun, and a flight "out of" a place.
    ["The jet crashed shortly after takeoff from Tehran's main airport.", ['Tehran (Iran), departure']],
    ['The C-17 flew 640 Afghans out of Kabul on Sunday.', ['Kabul (Afghanistan), departure']],
    ['About 200 U.S. citizens flown out of Wuhan landed in California.', ['Wuhan (China), departure']],
    ['The jet flew out of Kabul on Monday.', ['Kabul (Afghanistan), departure']],
    ['It took off from Hamid Karzai International Airport.', ['Hamid Karzai International Airport (Kabul, Afghanistan), departure']],
    // The craft itself, "from" right after it or after its type.
    ['People were hurt after the Boeing 737-800 from Istanbul plunged into a field.', ['Istanbul (Turkey), departure']],
    ['The plane from Dubai crashed.', ['Dubai (United Arab Emirates), departure']],
    ['The flight passed through Dubai.', ['Dubai (United Arab Emirates), stopover']],
    // A hamlet by its port, a field by its town and an airport by its letters.
    ['He left Les Baraques, near Calais, at dawn.', ['Les Baraques (France), departure']],
    ["They took off from Lester's Field, near St. John's.", ["Lester's Field (St. John's, Canada), departure"]],
    ['The jet crashed minutes after leaving JFK for Paris.', ['John F. Kennedy International Airport (New York, United States), departure']],
    // A crossing's shores; a stop the flight made, and one it did without.
    ['He crossed from Calais to Dover in 37 minutes.', ['Calais (France), departure']],
    // A town the craft left, named by its maker, located by the state after it.
    ['The Convair had left Greenville, South Carolina, two hours earlier.', ['Greenville, departure']],
    ['They flew the Atlantic with a stop at Gander.', ['Gander (Canada), stopover']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    'Talks on the Moscow-Kyiv conflict went on.',
    'Belarusian military planes landed in Havana.',
    'The military group from Syria arrived in Minsk.',
    'Troops from Belarus were seen in Havana.',
    'A diplomat in Tehran confirmed the report.',
    // Kept from leaving: no departure.
    'A judge has barred the crew from leaving Argentina.',
    'The authorities prevented the plane from taking off from Ezeiza.',
    // "flight" in another noun is no flight.
    'Investigators recovered both flight recorders from the Voepass turboprop.',
    'Flight attendants from Kenya were aboard.',
    // A stop that is no flight's.
    'The fighting must stop in Gaza.',
    'Fighting spread through Kigali on Thursday.',
    // Diverted from where it was bound: no departure.
    'The flight was diverted at the last minute from Vnukovo airport.',
    // A craft with more words before "from": what came from the place is not the craft.
    'The plane was hit by fire from Syria.',
    "The plane's crew included experts from Damascus.",
    'The first to fly the Atlantic without a stop were received at Galway.',
    'They flew on without refuelling at Gander.',
    // Where a person of a craft's trade comes from is no departure.
    'Douglas Corrigan, a 31-year-old airplane mechanic from Los Angeles, landed in Dublin.',
    'The helicopter pilot from Moscow was hurt.',
  ])('no origin in "%s"', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('origin.compare', () => {
  it.each([
    [['The jet set off from Minsk.'], ['The plane took off from Minsk airport.'], 'agree'],
    [['The jet set off from Belarus.'], ['The plane took off from Minsk.'], 'partial'],
    [['The jet set off from Minsk.'], ['The plane took off from Havana.'], 'conflict'],
    // A town the gazetteer lacks lies in the country named after it.
    [['The jet was flying from Puerto Vallarta, Mexico, to Seattle.'], ['The plane took off from Mexico.'], 'partial'],
    [['The jet was flying from Puerto Vallarta, Mexico, to Seattle.'], ['The plane took off from Peru.'], 'conflict'],
    [['The jet set off from Minsk.'], ['The plane left Minsk and made a stopover in Dakar.'], 'partial'],
    // A departure the other side names as a stop may be where the last leg began: told, not a clash.
    [['The jet set off from Dakar.'], ['The plane left Minsk, stopping in Dakar.'], 'partial'],
    [['The An-24 was flying from Blagoveshchensk.'], ['The An-24, flying from Khabarovsk via Blagoveshchensk, crashed.'], 'partial'],
    [['It made a stopover in Dakar.'], ['It refuelled in Tehran.'], 'partial'],
    // The last leg's start beside the flight's own, the stop the same side names: the flight set off from the other.
    [['The flight from Thunder Bay stopped at Dryden.', 'It crashed shortly after taking off from Dryden.'], ['The plane, bound for Winnipeg from Thunder Bay, had landed at Dryden for fuel.'], 'agree'],
    [['It crashed shortly after taking off from Dryden.'], ['The plane, bound for Winnipeg from Thunder Bay, had landed at Dryden for fuel.'], 'partial'],
    [['It made a stopover in Dakar.'], ['It set off from Minsk.'], 'partial'],
    // A side that names the stop and no departure leaves room for the other telling the last leg.
    [['Putin landed after a stop in the Siberian city of Yakutsk.'], ['Putin flew in from Yakutsk.'], 'partial'],
    // A city's airport some way out of town is the city's.
    [['Flight JL516 had departed from Shin Chitose airport in Hokkaido.'], ['The A350 had flown from Sapporo.'], 'agree'],
    [['Flight JL516 had departed from Shin Chitose airport in Hokkaido.'], ['The A350 had flown from Osaka.'], 'conflict'],
    // An airfield the gazetteer lacks, in a town it lacks, named by the town's possessive.
    [['The plane was flying from Springfield to Carbondale.'], ["It failed shortly after takeoff from Springfield's Capital Airport."], 'partial'],
    [['The plane was flying from Decatur to Carbondale.'], ["It failed shortly after takeoff from Springfield's Capital Airport."], 'conflict'],
    // Where a traveller aboard set off may be before the flight; two travellers' starts still clash.
    [['The plane was bound from Albuquerque to Kansas City.'], ['Senator Cutting was returning to Washington from his home in Santa Fe.'], 'partial'],
    [['Senator Cutting was returning to Washington from his home in Taos.'], ['Senator Cutting was returning to Washington from his home in Santa Fe.'], 'conflict'],
  ])('%j vs %j is %s', (a, b, expected) => {
    expect(verdict(a, b)).toBe(expected);
  });

  it.each([
    ['set off from Minsk', 'took off from Minsk', 'equal'],
    ['set off from Minsk', 'took off from Havana', 'conflict'],
    ['stopped in Dakar', 'stopped in Tehran', 'compatible'],
    ['set off from Minsk', 'stopped in Minsk', 'unrelated'],
  ])('relate(%s, %s) is %s', (x, y, expected) => {
    expect(origin.relate(facts(x)[0]!.value, facts(y)[0]!.value)).toBe(expected);
  });
});

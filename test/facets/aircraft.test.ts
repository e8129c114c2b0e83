import { describe, expect, it } from 'vitest';
import { aircraft, type AircraftValue } from '../../src/facets/aircraft.js';
import { compare } from '../../src/compare.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const extract = (text: string) =>
  aircraft.extract({ index: 0, text }).map((f) => `${text.slice(f.start, f.end)} = ${aircraft.describe(f.value)}`);

function facts(...sentences: string[]): Fact<AircraftValue>[] {
  return factsOf(aircraft, sentences);
}
const verdict = (a: string, b: string) => aircraft.compare!(facts(a), facts(b)).verdict;

describe('aircraft.extract', () => {
  it.each([
    ['An Il-76 landed in Minsk.', ['Il-76 = Il-76 (Ilyushin, transport)']],
    ['The IL-76MD took off.', ['IL-76MD = Il-76 MD (Ilyushin, transport)']],
    ['An Antonov An-26 crashed.', ['Antonov An-26 = An-26 (Antonov, transport)']],
    ['An AN 26 was seen.', ['AN 26 = An-26 (Antonov, transport)']],
    // Glued letters and a number are a type when the type is known, a flight number otherwise.
    ['A Tu154 crashed.', ['Tu154 = Tu-154 (Tupolev, airliner)']],
    ['An AN124 landed.', ['AN124 = An-124 (Antonov, transport)']],
    ['An Ilyushin-96 flew the delegation.', ['Ilyushin-96 = Il-96 (Ilyushin, airliner)']],
    ['Two Tu-95 bombers patrolled the coast.', ['Two Tu-95 = 2 × Tu-95 (Tupolev, bomber)']],
    ['Three Su-35s escorted the convoy.', ['Three Su-35 = 3 × Su-35 (Sukhoi, fighter) (escort, interceptor or searcher)']],
    // A second escort that took over from the first.
    ['Italian fighter jets escorted the Boeing 767-300 over Italy, and French jets then took over.', [
      'Italian fighter jets = 2+ × fighter plane (escort, interceptor or searcher)', 'Boeing 767-300 = Boeing 767-300 (Boeing, airliner)',
      'French jets = 2+ × plane (escort, interceptor or searcher)']],
    ['A Mi-8 helicopter went down.', ['Mi-8 = Mi-8 (Mil, helicopter)']],
    ['The Ilyushin Il-76MD-90A landed.', ['Ilyushin Il-76MD-90A = Il-76 MD-90A (Ilyushin, transport)']],
    ['The giant Mriya landed in Warsaw.', ['Mriya = An-225 (Antonov, transport)']],
    // A type built under licence, by its own name.
    ['The Sepahan Airlines IrAn-140 crashed.', ['IrAn-140 = An-140 (Antonov, airliner)']],
    ['An Iranian Mohajer-6 was shot down.', ['Mohajer-6 = Mohajer-6 (Qods Aviation, drone)']],
    // A call sign of no one type: the president's plane.
    ['Air Force One touched down at Ben Gurion airport.', ['Air Force One = military plane']],
    // A count over an abbreviation with its dots.
    ['Three U.S. Air Force C-17 cargo planes landed.', ['Three U.S. Air Force C-17 = 3 × C-17 (Boeing, transport)']],
    ['About 30 Iranian-made Shahed drones flew in.', ['About 30 Iranian-made Shahed = 27-33 × Shahed-136 (Shahed Aviation, drone)']],
    ['Su-25 ground-attack jets struck.', ['Su-25 = 2+ × Su-25 (Sukhoi, attack)']],
    ['A Zeppelin NT airship drifted.', ['Zeppelin NT airship = airship']],
    ['The Boeing 737-800 was delayed.', ['Boeing 737-800 = Boeing 737-800 (Boeing, airliner)']],
    ['An Airbus A330 diverted.', ['Airbus A330 = A330 (Airbus, airliner)']],
    ['A C-17 Globemaster unloaded tanks.', ['C-17 Globemaster = C-17 (Boeing, transport)']],
    ['The Hercules plane landed at dawn.', ['Hercules = C-130 (Lockheed Martin, transport)']],
    // A type's name before an airline's word is the airline's: no KC-46 Pegasus flew.
    ['A Pegasus Airlines plane skidded off the runway.', ['Pegasus Airlines plane = plane']],
    ['The Pegasus tanker refuelled the fighters.', ['Pegasus = KC-46 (Boeing, tanker)']],
    ['A Condor Airways jet landed.', ['Condor Airways jet = plane']],
    ['An Air France Concorde supersonic jet crashed.', ['Concorde = Concorde (Aerospatiale-BAC, airliner)']],
    ['It was the first crash of a Concorde.', ['Concorde = Concorde (Aerospatiale-BAC, airliner)']],
    ['The Z-9 helicopter had taken off from Accra.', ['Z-9 = Z-9 (Harbin, helicopter)']],
    ['An MH-60R Sea Hawk helicopter went down.', ['MH-60R Sea Hawk = SH-60 (Sikorsky, helicopter)']],
    ['An Indian Air Force Tejas fighter jet crashed.', ['Tejas = Tejas (HAL, fighter)']],
    ["The Lanhsa airline's Jetstream 32 was flying to La Ceiba.", ['Jetstream 32 = Jetstream (British Aerospace, airliner)']],
    // The maker before its nickname is one name, not a second aircraft.
    ['The Sikorsky Black Hawk was carrying three soldiers.', ['Sikorsky Black Hawk = UH-60 (Sikorsky, helicopter)']],
    // The aircraft that shot the story's down is no aircraft of the story; the one shot down is.
    ['A U.S. F-22 fighter jet shot down a suspected Chinese surveillance balloon.', [
      'F-22 = F-22 (Lockheed Martin, fighter) (escort, interceptor or searcher)', 'Chinese surveillance balloon = balloon',
    ]],
    ['The Russian Su-24 was shot down by Turkish F-16 jets.', ['Su-24 = Su-24 (Sukhoi, bomber)', 'F-16 = 2+ × F-16 (Lockheed Martin, fighter) (escort, interceptor or searcher)']],
    ['The Su-24 downed near the border was a bomber.', ['Su-24 = Su-24 (Sukhoi, bomber)', 'bomber = bomber plane']],
    // The list after an escort's cue goes on with escorts; the escorted are not.
    ['The bombers, accompanied by an An-124 transport plane and an Il-62 passenger jet, flew 11,000 km.', [
      'bombers = 2+ × bomber plane', 'An-124 = An-124 (Antonov, transport) (escort, interceptor or searcher)', 'Il-62 = Il-62 (Ilyushin, airliner) (escort, interceptor or searcher)',
    ]],
    // The aircraft that may have shot the story's down is not the story's.
    ['Russia said a Ukrainian fighter jet may have shot the airliner down.', [
      'Ukrainian fighter jet = fighter plane (escort, interceptor or searcher)', 'airliner = airliner plane',
    ]],
    // A craft whose pilots brought it down safely landed it.
    ['Officials praised the pilots of a Tupolev 154 who brought the plane down safely.', ['Tupolev 154 = Tu-154 (Tupolev, airliner)', 'plane = plane']],
    // Sent "to accompany" the story's aircraft.
    ['Lukashenko ordered a MiG-29 warplane to accompany the airliner.', [
      'MiG-29 = MiG-29 (Mikoyan, military) (escort, interceptor or searcher)', 'airliner = airliner plane',
    ]],
    ['Two Su-35 escorted the An-26 and an Il-76.', [
      'Two Su-35 = 2 × Su-35 (Sukhoi, fighter) (escort, interceptor or searcher)', 'An-26 = An-26 (Antonov, transport)', 'Il-76 = Il-76 (Ilyushin, transport)',
    ]],
    // Aircraft come whole: "two dozen" is 22-26 of them.
    ['Some two dozen drones flew over the region.', ['Some two dozen drones = 22-26 × drone']],
    // Drones said to be downed are some of those that came, before the verb or after it.
    ['Some two dozen drones were shot down over the region.', ['Some two dozen drones = 22+ × drone']],
    ['Tusk said three or four drones had been shot down.', ['three or four drones = 3+ × drone']],
    ['Tusk said four drones had crossed the border.', ['four drones = 4 × drone']],
    // Attacks by drones are several drones, never the one aircraft of the story.
    ['Air defences were repelling Ukrainian drone attacks near Grozny.', ['Ukrainian drone = 2+ × drone']],
    ['A drone strike hit the base.', ['drone = drone']],
    // The count of a type over the nation and service that fly it.
    ['Two Chinese air force Y-20 transport aircraft landed in Tonga.', ['Two Chinese air force Y-20 = 2 × Y-20 (Xian, transport)']],
    ['In 2019 Chinese Y-20 planes landed.', ['Y-20 = 2+ × Y-20 (Xian, transport)']],
    ['A Lockheed Hercules landed.', ['Lockheed Hercules = C-130 (Lockheed Martin, transport)']],
    ['The Dassault Falcon 900EX was seized.', ['Dassault Falcon 900EX = Falcon 900 EX (Dassault, business jet)']],
    // The turboprop Brasilia, by its code or its number after the maker: no ERJ jet.
    ['The Embraer EMB 120 crashed near Bardale.', ['Embraer EMB 120 = EMB-120 (Embraer, airliner)']],
    ['The Embraer 120 had been cleared to land.', ['Embraer 120 = EMB-120 (Embraer, airliner)']],
    // The Bandeirante likewise; an ERJ jet by its code stays one.
    ['An Embraer EMB-110 crashed in heavy rain.', ['Embraer EMB-110 = EMB-110 (Embraer, airliner)']],
    ['An EMB-145 landed in Recife.', ['EMB-145 = ERJ-145 (Embraer, airliner)']],
    ['The British-made Avro RJ85 was operated by LaMia.', ['Avro RJ85 = Avro RJ (British Aerospace, airliner)']],
    ['A BAe 146 landed in Darwin.', ['BAe 146 = BAe 146 (British Aerospace, airliner)']],
    ['Their Bell UH-1H Huey helicopter came down on Thursday.', ['Bell UH-1H Huey = UH-1 H (Bell, helicopter)']],
    ['The Voepass turboprop crashed.', ['Voepass turboprop = plane']],
    // A nickname given as a name, and a city of the same name.
    ['The Houthis said they had used a new drone they called "Yafa".', ['new drone = drone', 'Yafa = Yafa (Houthi forces, drone)']],
    ['Israel said it was an Iranian-made Samad-3.', ['Samad-3 = Samad-3 (Houthi forces, drone)']],
    ['Tourists visited Jaffa on Monday.', []],
    // A nickname in a title names no aircraft.
    ['Sikorsky said the Black Hawk Down film was old.', []],
    // A one-digit variant, and the family's number before its nickname (no count of 787 aircraft).
    ['An Air India Boeing 787-8 Dreamliner crashed.', ['Boeing 787-8 Dreamliner = Boeing 787-8 (Boeing, airliner)']],
    ['The 787 Dreamliner lost height.', ['787 Dreamliner = Boeing 787 (Boeing, airliner)']],
    ['The Boeing 777-200ER had left Kuala Lumpur.', ['Boeing 777-200ER = Boeing 777-200ER (Boeing, airliner)']],
    // "737-9 MAX" is the 737 MAX 9.
    ['The Boeing 737-9 MAX returned to Portland.', ['Boeing 737-9 MAX = Boeing 737 MAX 9 (Boeing, airliner)']],
    ['The Airbus A320neo caught fire.', ['Airbus A320neo = A320 neo (Airbus, airliner)']],
    ['An A321 Neo landed.', ['A321 Neo = A321 neo (Airbus, airliner)']],
    ['A Bayraktar TB2 hit the depot.', ['Bayraktar TB2 = TB2 (Baykar, drone)']],
    ['Six Y-20 planes of the Chinese air force landed.', ['Six Y-20 = 6 × Y-20 (Xian, transport)']],
    ['Two H-6 bombers and a KJ-500 flew near Taiwan.', ['Two H-6 = 2 × H-6 (Xian, bomber)', 'KJ-500 = KJ-500 (Shaanxi, reconnaissance)']],
    ['A Brazilian KC-390 landed in Warsaw.', ['KC-390 = C-390 (Embraer, transport)']],
    ['An Iranian Bell 212 helicopter crashed in fog.', ['Bell 212 = Bell 212 (Bell, helicopter)']],
    // Leonardo's and Airbus Helicopters' types, by the maker's old names, by their codes and by their names.
    ['The AgustaWestland AW139 and the Eurocopter Fennec were rehearsing.', ['AgustaWestland AW139 = AW139 (Leonardo, helicopter)', 'Eurocopter Fennec = AS550 (Airbus Helicopters, helicopter)']],
    ['A Eurocopter AS350 crashed into the river.', ['Eurocopter AS350 = AS350 (Airbus Helicopters, helicopter)']],
    ['An EC135 air ambulance landed.', ['EC135 = H135 (Airbus Helicopters, helicopter)']],
    ['Flights from AS 12 were cancelled.', []],
    ['A squirrel ran across the runway.', []],
    ['An Embraer Legacy business jet vanished.', ['Embraer Legacy = Legacy 600 (Embraer, business jet)']],
    ['The Legacy jet had taken off from Moscow.', ['Legacy = Legacy 600 (Embraer, business jet)']],
    ['Four Chinese fighter jets approached.', ['Four Chinese fighter jets = 4 × fighter plane']],
    ['A military transport plane arrived.', ['military transport plane = military transport plane']],
    ['Helicopters circled the stadium.', ['Helicopters = 2+ × helicopter']],
    ['A blimp drifted over the bay.', ['blimp = airship']],
    // Two-word roles before the noun, and "a pair of".
    ['A pair of Russian air force planes landed.', ['A pair of Russian air force planes = 2 × military plane']],
    ['Two Russian Air Force jets touched down.', ['Two Russian Air Force jets = 2 × military plane']],
    ['The force of the planes was felt.', ['planes = 2+ × plane']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    ['The airport was closed.'],
    ['The air force said the airline would resume flights.'],
    ['A suicide bomber struck the market.'],
    ['Jet fuel prices rose.'],
    ['The aircraft carrier sailed.'],
    // A programme or a deal names no aircraft that flew.
    ['The United States has said Turkey will be removed from the F-35 fighter jet programme.'],
    ['Airlines placed a Boeing 737 order worth billions.'],
    ['Leaders met at the G20 summit.'],
    ['Ruslan Kravets, a spokesman, declined to comment.'],
    ['The pilot Ruslan said the engine failed.'],
    ['He took the Tejas Express to Mumbai.'],
    ['Boeing said its shares fell.'],
    ['He took an 11-hour train.'],
    ['Pirates seized the freighter off Somalia.'],
    ['Two freighters collided in the strait.'],
    // One-letter codes name a plane only in a known family.
    ['Apartment Y-21 and exit J-1 were closed.'],
    ['The H-1B visa rules changed.'],
    ['The Legacy Fund gave money to the airport.'],
    // A model number alone is a number, unless a variant only a model takes follows it.
    ['The 737 passengers were rebooked.'],
    ['Between 737-800 votes were counted.'],
    ['Revenue rose to 737.5 million.'],
    ['Call 737-8000 for details.'],
    ['Flight 737 landed on time.'],
    ['The new Boeing chief said profits fell.'],
    // Sikorsky's S names helicopters it made, not missile systems.
    ['Russia delivered S-300 missiles.'],
    ['The S-400 system arrived.'],
    // "Q" and "Dash" are no type codes by themselves.
    ['He drove on the Q4 road.'],
    ['The Dash 10 race starts at noon.'],
    // An airline's code and a flight number: Aeroflot's SU, Tunisair's TU.
    ['Flight SU1492 returned to Sheremetyevo.'],
    ['The SU1492 returned to Moscow.'],
    ['Passengers of flight TU 514 were rebooked.'],
    ['Passengers of flight No. TU 154 were rebooked.'],
  ])('finds no aircraft in %s', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it.each([
    ['A 737 Max 8 crashed.', ['737 Max 8 = Boeing 737 Max 8 (Boeing, airliner)']],
    ['A Lion Air 737 MAX 8 plunged into the sea.', ['737 MAX 8 = Boeing 737 MAX 8 (Boeing, airliner)']],
    ['The 737-800 skidded off the runway.', ['737-800 = Boeing 737-800 (Boeing, airliner)']],
    ['Two 737 MAX jets were grounded.', ['Two 737 MAX = 2 × Boeing 737 MAX (Boeing, airliner)']],
    ['A 777-200ER landed in Kuala Lumpur.', ['777-200ER = Boeing 777-200ER (Boeing, airliner)']],
    ['A 787-9 diverted to Anchorage.', ['787-9 = Boeing 787-9 (Boeing, airliner)']],
    ['The speaker flew on a U.S. Air Force C-40C.', ['C-40C = C-40 C (Boeing, transport)']],
    ['The Sikorsky S-76B took off in fog.', ['Sikorsky S-76B = S-76 B (Sikorsky, helicopter)']],
    ['A Sea King helicopter crashed.', ['Sea King = S-61 (Sikorsky, helicopter)']],
    ['The 1950s Hawker Hunter came down at the air show.', ['Hawker Hunter = Hunter (Hawker, fighter)']],
    // A bare model number after an airline, or before an aircraft noun.
    ['The Singapore Airlines 777, carrying 229 people, landed in Bangkok.', ['777 = Boeing 777 (Boeing, airliner)']],
    ['A 737 jet skidded off the runway.', ['737 = Boeing 737 (Boeing, airliner)']],
    // A maker after a describing word still names the maker.
    ['A new Boeing jet went down.', ['Boeing = Boeing aircraft']],
    ['An old Ilyushin cargo plane landed.', ['Ilyushin = Ilyushin aircraft']],
    // De Havilland Canada's turboprops, built by Bombardier for a time: the maker before a name is part of it.
    ["The coast guard's Bombardier Dash 8 was preparing.", ['Bombardier Dash 8 = DHC-8 (De Havilland Canada, airliner)']],
    ['The plane, a Bombardier DHC-8, had been due to fly.', ['plane = plane', 'Bombardier DHC-8 = DHC-8 (De Havilland Canada, airliner)']],
    ['A De Havilland Canada DHC-8-400 crashed.', ['De Havilland Canada DHC-8-400 = DHC-8-400 (De Havilland Canada, airliner)']],
    ['A Q400 crashed.', ['Q400 = DHC-8 (De Havilland Canada, airliner)']],
    ['The single-engine Piper PA-46 Malibu was flying from Nantes.', ['Piper PA-46 Malibu = PA-46 (Piper, light aircraft)']],
    ['The Piper Malibu went missing.', ['Piper Malibu = PA-46 (Piper, light aircraft)']],
    // A nationality between the article and the nickname.
    ['The Dutch Hercules and an Australian C-17 had flown in.', ['Hercules = C-130 (Lockheed Martin, transport)', 'C-17 = C-17 (Boeing, transport)']],
    ['A de Havilland Twin Otter landed.', ['de Havilland Twin Otter = DHC-6 (De Havilland Canada, light aircraft)']],
    // The type's own nickname, perhaps after its maker, before the designation: one mention.
    // "Dassault Falcon" names the line; its number names the type.
    ['The Dassault Falcon 50 was hit by two missiles.', ['Dassault Falcon 50 = Falcon 50 (Dassault, business jet)']],
    ['A Dassault Falcon business jet landed.', ['Dassault = Dassault aircraft']],
    // "jumbo jet" holds its own noun: an airline's name may stand before it.
    ["The death toll from Sunday's crash of an El Al jumbo jet could reach 250.", ['jumbo jet = Boeing 747 (Boeing, airliner)']],
    ['A Qantas jumbo jet landed.', ['jumbo jet = Boeing 747 (Boeing, airliner)']],
    ['The jumbo shrimp were served.', []],
    ['An American Airlines DC-10 jumbo jet lost an engine.', ['DC-10 jumbo jet = DC-10 (McDonnell Douglas, airliner)']],
    // Douglas's airliners before the merger, not a fighter whose letters end theirs.
    ['A Cuban air force DC-4 carried him and his party.', ['DC-4 = DC-4 (McDonnell Douglas, airliner)']],
    ['The F-4 Phantom took off.', ['F-4 Phantom = F-4 (McDonnell Douglas, fighter)']],
    // The Second World War's German fighters, by their maker's name and number.
    ['Hess bailed out of a Messerschmitt 110 fighter, which crashed.', ['Messerschmitt 110 = Bf 110 (Messerschmitt, fighter)']],
    ['The Bf 109 was shot down over Kent.', ['Bf 109 = Bf 109 (Messerschmitt, fighter)']],
    // The Storch that flew Mussolini off the Gran Sasso, the bomber that took him on, and the raid's gliders.
    ['A Storch piloted by Captain Gerlach took off with Mussolini aboard.', ['Storch = Fi 156 (Fieseler, light aircraft)']],
    ['He was flown off the mountain in a small Fieseler Storch plane.', ['Fieseler Storch = Fi 156 (Fieseler, light aircraft)']],
    ['A Heinkel 111 carried them to Vienna.', ['Heinkel 111 = He 111 (Heinkel, bomber)']],
    // "Storch" is a name too: the type only with an article, its maker or an aircraft noun.
    ['Storch said the plane was late.', ['plane = plane']],
    ['The commandos came down in a dozen DFS 230 gliders.', ['a dozen DFS 230 = 12 × DFS 230 (DFS, glider)']],
    ['The troops landed in gliders beside the hotel.', ['gliders = 2+ × glider']],
    // Lindbergh's plane by its name, no B-2 Spirit; the B-2 by its own.
    ['He landed the Spirit of St. Louis at Le Bourget.', ['Spirit of St. Louis = Ryan NYP (Ryan, light aircraft)']],
    ['The B-2 Spirit bomber flew from Missouri.', ['B-2 Spirit = B-2 (Northrop Grumman, bomber)']],
    ['He flew 3,600 miles in his single-engined monoplane.', ['single-engined monoplane = plane']],
    // Hughes's flying boat by its names; its own name "Hercules", in apposition to a craft of another kind, is no C-130.
    ['The Hughes H-4 flying boat, which critics call the Spruce Goose, flew once.', ['Hughes H-4 = Hughes H-4 (Hughes, amphibian)', 'Spruce Goose = Hughes H-4 (Hughes, amphibian)']],
    ['Hughes lifted his giant flying boat, the Hercules, off the harbor.', ['giant flying boat = amphibian plane']],
    ['The freighter, a Hercules, landed.', ['Hercules = C-130 (Lockheed Martin, transport)']],
    ['The warplane, a Hercules, landed.', ['warplane = military plane', 'Hercules = C-130 (Lockheed Martin, transport)']],
    // Khrushchev's turboprop to Washington, and de Gaulle's helicopter to Baden-Baden.
    ['He stepped from a giant Tu-114 turboprop airliner.', ['Tu-114 = Tu-114 (Tupolev, airliner)']],
    ['He changed to an Alouette helicopter for the flight to Baden-Baden.', ['Alouette = Alouette (Sud Aviation, helicopter)']],
    // Blériot's monoplane and Alcock and Brown's bomber; the man and the ridge are no aircraft.
    ['He crossed the Channel in a Bleriot XI monoplane.', ['Bleriot XI = Blériot XI (Blériot, light aircraft)']],
    ['Their Vickers Vimy biplane came down in a bog.', ['Vickers Vimy = Vimy (Vickers, bomber)']],
    ['Louis Bleriot flew on Sunday.', []],
    ['The Canadians took Vimy Ridge.', []],
    // The record-breakers of the 1920s and 1930s; "Moth" and "Robin" alone name no craft.
    ['The Southern Cross, a three-engined Fokker F.VII, left Oakland.', ['Fokker F.VII = F.VII (Fokker, airliner)']],
    ['Her Gipsy Moth biplane touched down at Darwin.', ['Gipsy Moth = DH.60 Moth (de Havilland, light aircraft)']],
    ['His single-engined Curtiss Robin carried no radio.', ['Curtiss Robin = Robin (Curtiss-Wright, light aircraft)']],
    ['A BOAC de Havilland Comet broke up off Elba.', ['de Havilland Comet = Comet (de Havilland, airliner)']],
    ['A moth flew into the lamp, and Robin watched.', []],
    // A describing word before a maker alone, and the old word for an aircraft.
    ['A small Cessna crashed near the lake.', ['Cessna = Cessna aircraft']],
    ['The big Fokker monoplane touched down at 10:50.', ['Fokker = Fokker aircraft']],
    ['The flying machine rose from a rail at Kill Devil Hill.', ['flying machine = plane']],
    // Doolittle's bombers, and the pedalled craft of the Channel; "Mitchell" alone is a man.
    ['Doolittle led the raid with 16 Army B-25 bombers.', ['16 Army B-25 = 16 × B-25 (North American, bomber)']],
    ['General Mitchell flew the bomber.', ['bomber = bomber plane']],
    ['He pedalled the Gossamer Albatross to France.', ['Gossamer Albatross = Gossamer Albatross (AeroVironment, light aircraft)']],
    // TWA's propliner, by its airline's letters; a ship of the name, and an exercise's, are none.
    ['The United DC-7 struck the TWA Constellation.', ['DC-7 = DC-7 (McDonnell Douglas, airliner)', 'Constellation = Constellation (Lockheed Martin, airliner)']],
    ['The USS Constellation sailed from San Diego.', []],
    ['The NATO Trident exercise began.', []],
    ['The Bell X-1 was flown by Captain Yeager.', ['Bell X-1 = X-1 (Bell, military)']],
    ['They landed their helium balloon in a wheat field.', ['helium balloon = balloon']],
    // Lockheed's Orion of 1931 by maker and name; the P-3 by its own. Redding's Beech 18; a Fokker trimotor is no F.VII.
    ['The plane, a Lockheed Orion fitted with Explorer wings, plunged into a lagoon.', ['plane = plane', 'Lockheed Orion = Orion (Lockheed Martin, light aircraft)']],
    ['A P-3 Orion flew over the sea.', ['P-3 Orion = P-3 (Lockheed Martin, patrol)']],
    ['Six of the seven people aboard the Beechcraft H18 were killed.', ['Beechcraft H18 = Beech 18 (Beechcraft, light aircraft)']],
    ['The Fokker trimotor crashed in a wheat field.', ['Fokker = Fokker aircraft']],
    // The year a craft was built is no count of it; a count with its comma is.
    ['The 1944 Douglas DC-3 had been bought from Jerry Lee Lewis.', ['Douglas DC-3 = DC-3 (McDonnell Douglas, airliner)']],
    ['The airline bought 1,944 Douglas DC-3 planes.', ['1,944 Douglas DC-3 = 1944 × DC-3 (McDonnell Douglas, airliner)']],
    // Patsy Cline's Comanche, John Denver's Long-EZ, Glenn Miller's Norseman.
    ['The single-engine Piper Comanche disappeared last night.', ['Piper Comanche = PA-24 (Piper, light aircraft)']],
    ['He had bought the home-built Rutan Long-EZ only weeks ago.', ['Rutan Long-EZ = Long-EZ (Rutan Aircraft Factory, light aircraft)']],
    ['The aircraft, a Norseman, carried Major Miller.', ['aircraft = plane', 'Norseman = Norseman (Noorduyn, light aircraft)']],
    ['The pilot of Gov. Mel Carnahan\'s Cessna 335 had reported a problem.', ['Cessna 335 = Cessna 335 (Cessna, light aircraft)']],
    ['A Ford trimotor of the SACO line was taking off for Cali.', ['Ford trimotor = Ford Trimotor (Stout Metal Airplane, airliner)']],
    ['Ford said its trucks were recalled.', []],
    ['The Graf Zeppelin landed at Lakehurst.', ['Graf Zeppelin = LZ 127 (Luftschiffbau Zeppelin, airship)']],
    // Hughes's round the world, by the model's number and by its name.
    ['His twin-engined Lockheed 14 came down at 2:37 p.m.', ['Lockheed 14 = Lockheed 14 (Lockheed Martin, airliner)']],
    ['The Lockheed Super Electra flew 14,672 miles.', ['Lockheed Super Electra = Lockheed 14 (Lockheed Martin, airliner)']],
    // Earhart's Vega, by its maker's name or after an article; not the rocket, nor a name.
    ['She landed her red Lockheed Vega monoplane in a pasture.', ['Lockheed Vega = Vega (Lockheed Martin, light aircraft)']],
    ['She left in the single-engined Vega she flew in 1928.', ['Vega = Vega (Lockheed Martin, light aircraft)']],
    ['The Vega rocket lifted off from Kourou.', []],
    ['Juan Vega said the plane was late.', ['plane = plane']],
    // The US Air Force's DC-9.
    ['The Air Force C-9 that brought them touched down at 1:35 p.m.', ['C-9 = C-9 (McDonnell Douglas, transport)']],
    // Digits that end a name are no count.
    ['The Solar Impulse 2 plane landed in Abu Dhabi.', ['plane = plane']],
    ['Russia sent 3 planes.', ['3 planes = 3 × plane']],
    // So does "Bombardier Challenger": the 300 is another jet than the 600 series.
    ['He switched to a smaller Bombardier Challenger 300.', ['Bombardier Challenger 300 = Challenger 300 (Bombardier, business jet)']],
    ['A Bombardier Challenger 604 crashed.', ['Bombardier Challenger 604 = Challenger 604 (Bombardier, business jet)']],
    ['A Bombardier Challenger business jet landed.', ['Bombardier = Bombardier aircraft']],
    // A business of aircraft is no aircraft, nor the aircraft noun in its name.
    ['Turkish private jet operator MNG Jet said one of its employees had falsified records.', []],
    ['The airline Jet Airways said its jet landed.', ['jet = plane']],
    ['A private jet landed in Beirut.', ['private jet = business jet plane']],
    ['The Aermacchi MB-339 jets of the Frecce Tricolori collided.', ['Aermacchi MB-339 = 2+ × MB-339 (Aermacchi, trainer)']],
    ['The RH-53D Sea Stallion helicopters had flown in from the carrier Nimitz.', ['RH-53D Sea Stallion = 2+ × CH-53 (Sikorsky, helicopter)']],
    ['The Airspeed Ambassador had 38 passengers and six crew on board.', ['Airspeed Ambassador = Ambassador (Airspeed, airliner)']],
    ['The Summit Air Let L-410 turboprop was bound for Manthali.', ['Let L-410 = L-410 (Let Kunovice, airliner)']],
    ['Let the record show that the plane landed.', ['plane = plane']],
    // An aircraft noun inside a company's name.
    ['The United Aircraft Corporation said the crew had been test pilots.', []],
    ['The aircraft crashed near Kubinka.', ['aircraft = plane']],
    ['South Korea scrambled F-15K and KF-16 fighters in response.', ['F-15K = F-15 K (McDonnell Douglas, fighter) (escort, interceptor or searcher)', 'KF-16 = F-16 (Lockheed Martin, fighter) (escort, interceptor or searcher)']],
    ['The twin-engine Elizabethan was bringing the team home from Belgrade.', ['Elizabethan = Ambassador (Airspeed, airliner)']],
    ['The ambassador said the plane had landed.', ['plane = plane']],
    // The water bombers: a Canadair by type or by maker; "water bomber" is a craft of any make, no bomber.
    ['A Canadair CL-215 crashed on Evia.', ['Canadair CL-215 = CL-215 (Canadair, amphibian)']],
    ['The Canadair went down near Karystos.', ['Canadair = Canadair aircraft']],
    ['Two pilots were killed when their water bomber crashed.', ['water bomber = plane']],
    ['A B-52 bomber flew over the water.', ['B-52 = B-52 (Boeing, bomber)']],
    // The rest of a fleet counts none of the story's aircraft.
    ["The airline's other Embraer 190 planes were grounded.", ['Embraer 190 = E190 (Embraer, airliner)']],
    ['Japan demanded that the U.S. military suspend flights of its CH-53 helicopters.', ['CH-53 = CH-53 (Sikorsky, helicopter)']],
    ['Two other Embraer 190 planes landed.', ['Two other Embraer 190 = 2 × E190 (Embraer, airliner)']],
    // Craft of no type counted apart from the story's give no count of all its aircraft.
    ['Two other planes carrying members of his government left for the United States.', ['Two other planes = plane']],
    ['Two planes carrying members of his government left for the United States.', ['Two planes = 2 × plane']],
    // What a search brought back makes its craft a searcher; a craft that recovered from a stall is the story's.
    ['Ships and helicopters recovered dozens of bodies from the sea.', ['helicopters = 2+ × helicopter (escort, interceptor or searcher)']],
    ['The plane recovered from a stall and landed.', ['plane = plane']],
    ['The CASA C-212 had flown from Santiago.', ['CASA C-212 = C-212 (Airbus, transport)']],
    // Light aircraft and an old airliner by name, and with a seat count or an owner before the name alone.
    ['The single-engine Beechcraft Bonanza had left the Mason City airport.', ['Beechcraft Bonanza = Bonanza (Beechcraft, light aircraft)']],
    ['The four-seat Bonanza went down.', ['Bonanza = Bonanza (Beechcraft, light aircraft)']],
    ['Her Electra left Lae with fuel for 24 hours.', ['Electra = Electra (Lockheed Martin, airliner)']],
    ['The Bonanza Creek ranch was sold.', []],
    // Fokker's lettered types and the Chinese MA60, by name alone; another letter is no F28.
    ['Forty-five of the 69 people on the twin-engined Fokker F28 survived.', ['Fokker F28 = F28 (Fokker, airliner)']],
    ['The Fokker F-28, with 69 people aboard, crashed.', ['Fokker F-28 = F28 (Fokker, airliner)']],
    ['A Fokker F27 Friendship crashed.', ['Fokker F27 = F27 (Fokker, airliner)']],
    // The float planes of tours, by the maker's name and the type's; an otter is no aircraft.
    ['A de Havilland Beaver with five people aboard went down.', ['de Havilland Beaver = DHC-2 (De Havilland Canada, light aircraft)']],
    ['The Northwest Seaplanes DHC-3 Otter went down.', ['DHC-3 Otter = DHC-3 (De Havilland Canada, light aircraft)']],
    ['A sea otter swam past the wreck.', []],
    ['The Chinese-made MA60 turboprop crashed.', ['MA60 = MA60 (Xian, airliner)']],
    ['A Xian MA-60 crashed.', ['Xian MA-60 = MA60 (Xian, airliner)']],
    ['The Fokker company went bankrupt in 1996.', []],
    // What a part was made for is no aircraft of the story.
    ['The gauge fitted to the Tuninter ATR 72 was made for a smaller ATR 42.', ['ATR 72 = ATR 72 (ATR, airliner)']],
    ['A smaller ATR 42 made the flight.', ['ATR 42 = ATR 42 (ATR, airliner)']],
    // A maker after an airline's name, its words capitalised; not after words of another kind.
    ['The Pinnacle Airlines Canadair regional jet crashed.', ['Canadair = Canadair aircraft']],
    ['A Delta Boeing jet landed.', ['Boeing = Boeing aircraft']],
    ['The airline said the old leased Boeing was grounded.', []],
    ['Singer Carmen Electra arrived.', []],
    // Britain's security services are no Mil helicopters; the helicopters are.
    ['Among the dead were senior officers of MI5 and the army.', []],
    ['A Mi-6 and an MI-17 landed.', ['Mi-6 = Mi-6 (Mil)', 'MI-17 = Mi-17 (Mil, helicopter)']],
    // A place named for a maker is no aircraft.
    ['Russian forces captured the Antonov airfield at Hostomel.', []],
    ['The plane was parked at the Beriev aircraft plant in Taganrog.', ['plane = plane']],
    // A base named for the craft flown from it is no craft.
    ['The United States handed over the drone base in Agadez.', []],
    ['A drone flew over the base.', ['drone = drone']],
    ['An Antonov landed at Hostomel.', ['Antonov = Antonov aircraft']],
    // A fleet counted with words describing it between: none of the story's aircraft.
    ['India grounded its fleet of 14 new Airbus A320 jets after one of them crashed.', ['Airbus A320 = A320 (Airbus, airliner)']],
    ['Two new Airbus A320 jets landed.', ['Two new Airbus A320 = 2 × A320 (Airbus, airliner)']],
    ['U.S. Air Force Dakotas flew food into Berlin.', ['Dakotas = 2+ × C-47 (McDonnell Douglas, transport)']],
    ['American C-47 transport planes began flying food into Berlin.', ['C-47 = 2+ × C-47 (McDonnell Douglas, transport)']],
    ['The plane crashed in a field in North Dakota.', ['plane = plane']],
    ['The 18 F-111 bombers had flown from RAF Lakenheath.', ['18 F-111 = 18 × F-111 (General Dynamics, bomber)']],
    ['The stealth-modified Black Hawk clipped a wall of the compound.', ['Black Hawk = UH-60 (Sikorsky, helicopter)']],
    ['The commandos left aboard a backup Chinook.', ['Chinook = CH-47 (Boeing, helicopter)']],
    ['The Cougar Helicopters Sikorsky S-92 went down.', ['Sikorsky S-92 = S-92 (Sikorsky, helicopter)']],
    ['Cougar Helicopters grounded its fleet.', []],
    ['Two Russian Helicopters Land in Minsk', ['Two Russian Helicopters = 2 × helicopter']],
    ['The Airbus Super Puma EC225 crashed.', ['Airbus Super Puma EC225 = H225 (Airbus Helicopters, helicopter)']],
    ['A Lockheed Hercules C-130 landed.', ['Lockheed Hercules C-130 = C-130 (Lockheed Martin, transport)']],
    // The Hercules built for another task keeps its type.
    ['A WC-130 Hercules crashed.', ['WC-130 = C-130 (Lockheed Martin, transport)']],
    ['Search teams found the wreckage of the Dornier 228.', ['Dornier 228 = Do 228 (Dornier, light aircraft)']],
    ['A Do-228 went missing.', ['Do-228 = Do 228 (Dornier, light aircraft)']],
    ['A vintage Junkers Ju-52 plane crashed into a mountainside.', ['Junkers Ju-52 = Ju 52 (Junkers, transport)']],
    // A maker's code as written: McDonnell Douglas wrote both DC and MD.
    // A model of the MD-80 series, read as the series told finer.
    ['The MD-83, leased from Swiftair, disappeared over Mali.', ['MD-83 = MD-83 (McDonnell Douglas, airliner)']],
    ['The McDonnell Douglas MD-82 had been headed to Phoenix.', ['McDonnell Douglas MD-82 = MD-82 (McDonnell Douglas, airliner)']],
    ['A DC-9 landed.', ['DC-9 = DC-9 (McDonnell Douglas, airliner)']],
    // British airliners of the 1960s and 1970s; "Trident" alone is also a missile.
    ['A British European Airways Trident airliner crashed near Staines.', ['Trident = Trident (Hawker, airliner)']],
    ['The Hawker Siddeley Trident carried 112 passengers.', ['Hawker Siddeley Trident = Trident (Hawker, airliner)']],
    ['The Trident missile was test-fired.', []],
    ['Parliament voted to renew the Trident nuclear deterrent.', []],
    // An airline's name may stand between the article and the nickname; the BA fleet's "Trident 3" is the type too.
    ['A British Airways Trident and a Yugoslav charter DC-9 collided.', ['Trident = Trident (Hawker, airliner)', 'DC-9 = DC-9 (McDonnell Douglas, airliner)']],
    ['All 63 people on the British Airways Trident 3 were killed.', ['Trident 3 = Trident (Hawker, airliner)']],
    ['Britain kept a British Trident missile at sea.', []],
    ['The Royal Navy Trident submarine left Faslane.', []],
    // The French twin-jet of the 1960s.
    ['The Iberia Caravelle jet struck the peak.', ['Caravelle = Caravelle (Sud Aviation, airliner)']],
    ['The twin-engined Sud Aviation Caravelle had left Valencia.', ['Sud Aviation Caravelle = Caravelle (Sud Aviation, airliner)']],
    ['The explorers sailed in a caravel to the Canaries.', []],
    // The Lancaster made an airliner, the Argosy biplane and Pan American's clipper: in context, or by their makers.
    ['The four-engined Lancastrian, named Star Dust, sent a message.', ['Lancastrian = Lancastrian (Avro, airliner)']],
    ['A proud Lancastrian, he flew the plane home.', ['plane = plane']],
    ['The plane, an Argosy, had left Brussels for Croydon.', ['plane = plane', 'Argosy = Argosy (Armstrong Whitworth, airliner)']],
    ['The big Martin clipper left Guam yesterday.', ['Martin clipper = M-130 (Glenn L. Martin, amphibian)']],
    ['Martin said the clipper ship was late.', []],
    // Martin's twin-engined airliner, Bristol's turboprop and Canadair's Argonaut; not Britannia the nation.
    ['The twin-engined Martin 404 had stopped at Denver.', ['Martin 404 = 4-0-4 (Glenn L. Martin, airliner)']],
    ['A Globe Air Britannia turboprop bound for Basel crashed.', ['Britannia = Britannia (Bristol, airliner)']],
    ['Britannia ruled the waves.', []],
    // Pan American's name for each craft it flew is no type; the C-40 by its designation.
    ['Pan American said its Samoan Clipper, a four-engined Sikorsky flying boat, was lost.', ['Sikorsky = Sikorsky aircraft']],
    ['A Navy C-40 Clipper landed.', ['C-40 Clipper = C-40 (Boeing, transport)']],
    ['The Canadair Argonaut was on a flight from Palma.', ['Canadair Argonaut = C-4 (Canadair, airliner)']],
    ['A BAC One-Eleven and a Vickers VC10 landed.', ['BAC One-Eleven = One-Eleven (British Aircraft Corporation, airliner)', 'Vickers VC10 = VC10 (Vickers, airliner)']],
    ['The Viscount said he would not attend.', []],
    ['The Partnair Convair 580 crashed.', ['Convair 580 = Convair 580 (Convair, airliner)']],
    ['The pilot of an Air Illinois Hawker Siddeley 748 kept flying toward Carbondale.', ['Hawker Siddeley 748 = HS 748 (Hawker, airliner)']],
    ['A floatplane slammed into a mountainside.', ['floatplane = plane']],
    ['A Royal Air Force Liberator bomber plunged into the sea.', ['Liberator bomber = B-24 (Convair, bomber)']],
    ['Simon Bolivar, the Liberator, was born in Caracas.', []],
    // The racing Mustang, the Buffalo transport, the light twins: names that are a car or a city alone.
    ['The modified P-51D Mustang crashed.', ['P-51D Mustang = P-51 D (North American, fighter)']],
    ['He drove a Ford Mustang to the race.', []],
    ['The Fiat G.212 had stopped at Barcelona.', ['Fiat G.212 = G.212 (Fiat, airliner)']],
    ['He drove a Fiat to Turin.', []],
    ['The Saab 340 turboprop came down near Nassenwil.', ['Saab 340 = Saab 340 (Saab, airliner)']],
    ['The four-engine Vickers Vanguard struck the trees.', ['Vickers Vanguard = Vanguard (Vickers, airliner)']],
    ['He was in the vanguard of the campaign.', []],
    ['The Zambian Air Force DHC-5 Buffalo crashed.', ['DHC-5 Buffalo = DHC-5 (De Havilland Canada, transport)']],
    ['The Buffalo transport plunged into the sea.', ['Buffalo = DHC-5 (De Havilland Canada, transport)']],
    ['The plane crashed on approach to Buffalo.', ['plane = plane']],
    ['The twin-engine Cessna 402 went down.', ['Cessna 402 = Cessna 402 (Cessna, light aircraft)']],
    ['The B-17 Flying Fortress landed.', ['B-17 Flying Fortress = B-17 (Boeing, bomber)']],
    ['The Beechcraft King Air A100 crashed near Eveleth.', ['Beechcraft King Air = King Air (Beechcraft, light aircraft)']],
    // A part of an order or a group, counted: the part is the story's.
    ['The first five of 36 Rafale fighter jets India bought landed at Ambala.', ['five of 36 Rafale = 5 × Rafale (Dassault, fighter)']],
    ['Two of the four F-16s returned.', ['Two of the four F-16 = 2 × F-16 (Lockheed Martin, fighter)']],
    // A model's code after a nickname in capitals is no name; a country is.
    ['The twin-engine King Air C90 had taken off from Campo de Marte.', ['King Air = King Air (Beechcraft, light aircraft)']],
    ['The King Air Sierra Leone bought was sold.', []],
    // Cessna's business jets, by the model's number.
    ['The Cessna 560XL jet was flying from Rio de Janeiro.', ['Cessna 560XL = Citation (Cessna, business jet)']],
    ['The single-engine Piper Saratoga left Essex County Airport.', ['Piper Saratoga = PA-32 (Piper, light aircraft)']],
    ['The Navy recalled the Saratoga to port.', []],
    ['An Ан-124 landed.', ['Ан-124 = An-124 (Antonov, transport)']],
    // The Mi-17's export variants.
    ['The Russian-made Mi-17V5 helicopter went down near Coonoor.', ['Mi-17V5 = Mi-17 V5 (Mil, helicopter)']],
    ['An Mi-17V-5 crashed.', ['Mi-17V-5 = Mi-17 V-5 (Mil, helicopter)']],
    ['The Ju 52, built in 1939, hit the ground.', ['Ju 52 = Ju 52 (Junkers, transport)']],
    // "Do" is no maker's code: a question is no aircraft.
    ['Do 12 people know?', []],
    // Travellers who changed planes name no aircraft; the planes they boarded do.
    ['Many of the passengers had flown from Paris to Sanaa, where they changed planes.', []],
    ['In Sanaa they boarded two planes.', ['two planes = 2 × plane']],
    ['Two Dassault Rafales flew over.', ['Two Dassault Rafales = 2 × Rafale (Dassault, fighter)']],
    // A fleet's count is none of the story's aircraft; the 9 of "MAX 9" is no count.
    ['The FAA ordered the temporary grounding of 171 Boeing 737 MAX 9 planes.', ['Boeing 737 MAX 9 = Boeing 737 MAX 9 (Boeing, airliner)']],
    ['FAA grounds 171 Boeing 737 MAX 9 jets', ['Boeing 737 MAX 9 = Boeing 737 MAX 9 (Boeing, airliner)']],
    ['Alaska grounded its fleet of 65 MAX 9 aircraft for inspections.', ['aircraft = plane']],
    ["It was the first loss of one of the Air Force's 21 B-2s.", ['21 B-2 = B-2 (Northrop Grumman, bomber)']],
    // Every one of a type is a fleet: no count of the story's.
    ['Russia plans to retire all Tu-134s from passenger service by 2012.', ['Tu-134 = Tu-134 (Tupolev, airliner)']],
    ['All three Tu-134s landed.', ['All three Tu-134 = 3 × Tu-134 (Tupolev, airliner)']],
    ['Russia ordered two Il-76 planes to land.', ['two Il-76 = 2 × Il-76 (Ilyushin, transport)']],
    ['Russia has only a handful of A-50s, which spot air defences.', ['A-50 = A-50 (Beriev, reconnaissance)']],
    ['Russia has sent two Il-76 planes.', ['two Il-76 = 2 × Il-76 (Ilyushin, transport)']],
    ["Ellsworth is home to about two dozen of the Air Force's 45 remaining B-1 bombers.", ['B-1 = B-1 (Boeing, bomber)']],
    ['Qantas kept its six Airbus A380s grounded on Friday.', ['Airbus A380 = A380 (Airbus, airliner)']],
    ['SAS kept more than two dozen turboprop planes on the ground on Monday.', ['more than two dozen turboprop planes = plane']],
    ['SAS kept two turboprop planes on standby.', ['two turboprop planes = 2 × plane']],
    ['The airline said it would check the landing gear of all 27 of its Bombardier Q400 planes.', ['Bombardier Q400 = DHC-8 (De Havilland Canada, airliner)']],
    ['All three of its Mi-8 helicopters returned safely.', ['All three of its Mi-8 = 3 × Mi-8 (Mil, helicopter)']],
    ['The air force kept two Su-30 jets on alert.', ['two Su-30 = 2 × Su-30 (Sukhoi, fighter)']],
    // The type another is built on.
    ['The A-50 is based on the Il-76 transport.', ['A-50 = A-50 (Beriev, reconnaissance)']],
  ])('reads a model number with its variant, and a described maker: %s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it('reads "freighter" as an aircraft after a type', () => {
    const [x] = facts('A Boeing 747 freighter landed in Liege.');
    expect(x?.value.designation).toBe('Boeing 747');
    expect(facts('A Boeing 747 freighter landed in Liege.').some((f) => f.value.generic)).toBe(false);
  });

  it('reads a maker alone as the other side\'s type of that maker, told less precisely', () => {
    const j = aircraft.compare!(facts('An Il-76 landed in Khartoum.'), facts('An Ilyushin cargo plane landed in Khartoum.'));
    expect(j).toEqual({ verdict: 'partial', explanation: 'a names the type: Il-76' });
    // The side that names the maker alone may name the type too: then neither is finer.
    expect(aircraft.compare!(facts('An Ethiopian Airlines Boeing 737 MAX 8 crashed.'), facts('A new Boeing jet, a 737 Max 8, went down.')))
      .toEqual({ verdict: 'agree', explanation: 'both name Boeing 737' });
    // Another maker's type is no such thing.
    expect(aircraft.compare!(facts('An An-124 landed.'), facts('An Ilyushin cargo plane landed.')).explanation)
      .toBe('only a names An-124; only b names Ilyushin aircraft');
    // A maker whose line passed to another names that other's types: Canadair's regional jet is Bombardier's CRJ.
    expect(aircraft.compare!(facts('A Canadair regional jet crashed.'), facts('The CRJ-200 crashed.')))
      .toEqual({ verdict: 'partial', explanation: 'b names the type: CRJ-200' });
    expect(aircraft.compare!(facts('A Bombardier plane crashed.'), facts('A Dash 8 crashed.')))
      .toEqual({ verdict: 'partial', explanation: 'b names the type: DHC-8' });
    expect(aircraft.compare!(facts('A Canadair regional jet crashed.'), facts('The Embraer 190 crashed.')).explanation)
      .toBe('only a names Canadair aircraft; only b names E190');
  });

  it('marks escorts and interceptors, and says so', () => {
    expect(extract('An Il-76 escorted by two Su-35 fighters landed.')).toEqual([
      'Il-76 = Il-76 (Ilyushin, transport)', 'two Su-35 = 2 × Su-35 (Sukhoi, fighter) (escort, interceptor or searcher)',
    ]);
    const escorts = (text: string) => facts(text).map((f) => `${f.text}${f.value.escort ? ' (escort)' : ''}`);
    expect(escorts('Two Su-35 fighters escorted the Il-76.')).toEqual(['Two Su-35 (escort)', 'Il-76']);
    expect(escorts('NATO F-16 jets intercepted two Tu-95 bombers.')).toEqual(['F-16 (escort)', 'two Tu-95']);
    expect(escorts('Eurofighters shadowed the Il-20, and Russian Su-27 jets had also been scrambled.')).toEqual(['Eurofighters (escort)', 'Il-20', 'Su-27 (escort)']);
    expect(escorts('Two Su-27 fighters scrambled to intercept the drone.')).toEqual(['Two Su-27 (escort)', 'drone']);
    expect(escorts('An F-15 fighter jet watched over the C-40B as it crossed the Atlantic.')).toEqual(['F-15 (escort)', 'C-40B']);
    // The jet that fired at the story's aircraft, over where it came from, or the one a missile was fired from.
    expect(escorts('An F-22 fighter from Langley Air Force Base in Virginia fired a single AIM-9X Sidewinder missile at the balloon.')).toEqual(['F-22 (escort)']);
    expect(escorts('The balloon was brought down by a missile fired from an F-22 jet on Saturday.')).toEqual(['F-22 (escort)']);
    expect(escorts('U.S. fighter jet shoots down suspected Chinese spy balloon')).toEqual(['U.S. fighter jet (escort)', 'Chinese spy balloon']);
    expect(escorts('Israel said an F-16 fighter jet shot down one of the drones.')).toEqual(['F-16 (escort)', 'drones']);
    expect(escorts('State media said a MiG-29 warplane was sent to accompany the Boeing 737-800.')).toEqual(['MiG-29 (escort)', 'Boeing 737-800']);
    expect(escorts('A MiG-29 was sent to Minsk.')).toEqual(['MiG-29']);
    expect(escorts('Air Force F-16 fighters were sent to follow the Learjet.')).toEqual(['F-16 (escort)', 'Learjet']);
    expect(escorts('Two F-16 fighters were sent to Poland to follow orders.')).toEqual(['Two F-16']);
    // Not the aircraft fired at, nor one that fired at the ground.
    expect(escorts('The Il-76 landed in Belgorod after Ukraine fired two missiles at the plane.')).toEqual(['Il-76', 'plane']);
    expect(escorts('Two Su-25 jets fired rockets at the village.')).toEqual(['Two Su-25']);
    // A passive: the subject is the aircraft escorted.
    expect(escorts('An Il-76 was escorted by fighter jets.')).toEqual(['Il-76', 'fighter jets (escort)']);
    expect(escorts('The Il-76 escorted by fighter jets landed.')).toEqual(['Il-76', 'fighter jets (escort)']);
    expect(escorts('Two Tu-95 bombers were intercepted by U.S. F-22 fighter jets.')).toEqual(['Two Tu-95', 'F-22 (escort)']);
    // The object of "scrambled" is the defence's.
    expect(escorts('Poland scrambled two F-16 jets after the bombers approached.')).toEqual(['two F-16 (escort)', 'bombers']);
    // A searcher's craft is not the story's.
    expect(escorts('A rescue helicopter found the burning fuselage on a forested hillside.')).toEqual(['helicopter (escort)']);
    expect(escorts('A Mi-8 helicopter spotted wreckage near Tynda.')).toEqual(['Mi-8 (escort)']);
    expect(escorts('A Mi-8 helicopter found itself in a storm and crashed.')).toEqual(['Mi-8']);
    expect(escorts('An Mi-17 helicopter taking part in the search found the debris.')).toEqual(['Mi-17 (escort)']);
    expect(escorts('An Mi-17 helicopter taking part in a training flight crashed.')).toEqual(['Mi-17']);
    expect(escorts('Brazilian air force planes spotted a trail of debris in the Atlantic.')).toEqual(['Brazilian air force planes (escort)']);
    // Nor are the craft that rescued those aboard or searched for them.
    expect(escorts('Eight were rescued by helicopters within about 40 minutes.')).toEqual(['helicopters (escort)']);
    expect(escorts('A Park Police helicopter plucked survivors from the water.')).toEqual(['Park Police helicopter (escort)']);
    expect(escorts('The helicopter was rescued from the sea.')).toEqual(['helicopter']);
    expect(escorts('Navy ships and aircraft searched nearly 1,000 square nautical miles.')).toEqual(['aircraft (escort)']);
    expect(escorts('The C-2 was carrying 11 sailors when it went down.')).toEqual(['C-2']);
    expect(escorts('The Coast Guard said it had sent a C-130 aircraft to help with the search.')).toEqual(['C-130 (escort)']);
    expect(escorts('The battleship Colorado launched three seaplanes on Monday to join the hunt for Amelia Earhart.')).toEqual(['three seaplanes (escort)']);
    expect(escorts('The seaplane on Monday joined the fleet.')).toEqual(['seaplane']);
    expect(escorts('Searchers in planes and on snowmobiles were hampered by snow.')).toEqual(['planes (escort)']);
    expect(escorts('The Coast Guard sent a C-130 aircraft to Nome.')).toEqual(['C-130']);
    expect(escorts('Ships and helicopters have recovered 131 bodies from the sea.')).toEqual(['helicopters (escort)']);
    // Where the escorts came from may stand between them and their verb.
    expect(escorts('U.S. F-15 fighters from the Netherlands had shadowed the unmanned jet.')).toEqual(['F-15 (escort)', 'jet']);
    expect(escorts('U.S. F-15 fighters from the Netherlands had landed at the base.')).toEqual(['F-15']);
    expect(escorts('The wounded were airlifted by a C-17 to Germany.')).toEqual(['C-17']);
  });

  it('gives a variant named alone its own role beside the family\'s', () => {
    const [rf4] = facts('The RF-4E was hit 13 nautical miles from the coast.');
    expect([rf4?.value.designation, rf4?.value.role, rf4?.value.statedRole]).toEqual(['F-4', 'fighter', 'reconnaissance']);
    const [ep3] = facts('The crippled EP-3 made an emergency landing.');
    expect([ep3?.value.designation, ep3?.value.statedRole]).toEqual(['P-3', 'reconnaissance']);
    // The export name of 2001's reports is the J-8's.
    expect(facts('The Chinese F-8 fighter crashed.').map((f) => f.value.designation)).toEqual(['J-8']);
    expect(facts('A Phantom F-4 took off.').map((f) => f.value.statedRole)).toEqual([undefined]);
    // The Marines' Osprey, and a business jet by its maker and number.
    expect(facts('The crash of an MV-22B Osprey killed three Marines.').map((f) => f.value.designation)).toEqual(['V-22']);
    expect(facts('The Learjet 55 was bound for Missouri.').map((f) => f.value.designation)).toEqual(['Learjet 55']);
    // The Navy's carrier delivery plane, by its variant or its name.
    expect(facts('The C-2A Greyhound went down.').map((f) => [f.value.designation, f.value.role])).toEqual([['C-2', 'transport']]);
    expect(facts('The Greyhound went down.').map((f) => f.value.designation)).toEqual(['C-2']);
    // The Hercules by its letters: the Marines' tanker, and a variant letter after the number.
    expect(facts('The KC-130T crashed in a field.').map((f) => f.value.designation)).toEqual(['C-130']);
    expect(facts('The C-130H crashed in a field.').map((f) => f.value.variant)).toEqual(['H']);
  });

  it('reads a glued two-digit code only as an aircraft: "F16 jets", "F16s", not "the A10 road"', () => {
    expect(extract('Two F16 jets and a C17 transport plane landed.')).toEqual([
      'Two F16 = 2 × F-16 (Lockheed Martin, fighter)', 'C17 = C-17 (Boeing, transport)',
    ]);
    expect(extract('Poland sent F16s.')).toEqual(['F16 = 2+ × F-16 (Lockheed Martin, fighter)']);
    for (const text of ['Take the A10 road to Cambridge.', 'Print it on A4 paper.', 'He scored a B52 at bingo.']) {
      expect(extract(text)).toEqual([]);
    }
  });

  it('counts of one wave say at least how many the story holds', () => {
    expect(extract('A first wave of 25 aircraft, including 18 J-16 fighters and four H-6 bombers, was followed by a second wave of 13 aircraft.')).toEqual([
      '25 aircraft = 25+ × plane', '18 J-16 = 18+ × J-16 (Shenyang, fighter)', 'four H-6 = 4+ × H-6 (Xian, bomber)', '13 aircraft = 13+ × plane',
    ]);
    expect(extract('The first two Il-76 planes landed.')).toEqual(['two Il-76 = 2 × Il-76 (Ilyushin, transport)']);
    // A tally so far is at least that many.
    expect(extract('Nine Il-76 had arrived by Monday morning, with more expected.')).toEqual(['Nine Il-76 = 9+ × Il-76 (Ilyushin, transport)']);
    expect(extract('Nine Il-76 had arrived by Monday morning.')).toEqual(['Nine Il-76 = 9 × Il-76 (Ilyushin, transport)']);
    expect(extract('In the first round, 12 Su-25 jets struck the base.')).toEqual(['12 Su-25 = 12 × Su-25 (Sukhoi, attack)']);
  });

  it('reads a name in the plural as several of the type', () => {
    expect(extract('Two Rafales and German Eurofighters flew past.')).toEqual([
      'Two Rafales = 2 × Rafale (Dassault, fighter)', 'Eurofighters = 2+ × Eurofighter (Eurofighter, fighter)',
    ]);
  });

  it('reads no aircraft in what the craft was mistaken for', () => {
    expect(extract('The cruiser shot down an Iranian airliner after mistaking it for an attacking F-14 fighter jet.')).toEqual(['Iranian airliner = airliner plane']);
    expect(extract('The crew mistook it for a military plane.')).toEqual([]);
    // With what was taken between the verb and "for".
    expect(extract('The fighter pilots had mistaken the helicopters for Iraqi Hind helicopters.')).toEqual(['helicopters = 2+ × helicopter']);
    expect(extract('Two F-14 jets took off from the carrier.')).toEqual(['Two F-14 = 2 × F-14 (Northrop Grumman, fighter)']);
  });

  it('reads no aircraft in a bomber who is a person', () => {
    expect(extract('The man sucked out of the plane was the suspected bomber.')).toEqual(['plane = plane']);
    expect(extract('The bomber who blew himself up had boarded the jet.')).toEqual(['jet = plane']);
    // A plane suspected of something is still one.
    expect(extract('The suspected Russian bomber flew over the island.')).toEqual(['Russian bomber = bomber plane']);
  });

  it('reads no aircraft in the types a load is for', () => {
    expect(extract('The helicopter was carrying spare parts for Su-27 and Su-30 fighter jets.')).toEqual(['helicopter = helicopter']);
    expect(extract('The plane carried engines for two MiG-29s.')).toEqual(['plane = plane']);
    // The load's type, then the story's own aircraft.
    expect(extract('An An-124 brought parts for the Su-30 fleet, and two Su-30 jets landed.')).toEqual(['An-124 = An-124 (Antonov, transport)', 'two Su-30 = 2 × Su-30 (Sukhoi, fighter)']);
  });

  it('reads a nickname in the plural as several of the type only after a count', () => {
    expect(extract('Two Black Hawks went down in Kentucky.')).toEqual(['Two Black Hawks = 2 × UH-60 (Sikorsky, helicopter)']);
    expect(extract('Two Concordes flew past the Queen.')).toEqual(['Two Concordes = 2 × Concorde (Aerospatiale-BAC, airliner)']);
    // What is left of a fleet is no count of the story's aircraft.
    expect(extract("Air France's five remaining Concordes were grounded.")).toEqual(['Concordes = Concorde (Aerospatiale-BAC, airliner)']);
    // Without a count a plural nickname may be a team or a name.
    expect(extract('The Raptors beat the Celtics.')).toEqual([]);
    expect(extract('Three Toronto Raptors scored.')).toEqual([]);
    expect(extract('Protesters filled the Place de la Concorde.')).toEqual([]);
  });

  it('gives named types the role the sentence states', () => {
    const [x, y] = facts('A Tu-154 and an An-12 military transport planes landed.');
    expect([x?.value.designation, y?.value.designation]).toEqual(['Tu-154', 'An-12']);
    expect(x?.value.statedRole).toBe('transport');
  });
});

describe('aircraft operators', () => {
  const operators = (text: string) => aircraft.extract({ index: 0, text }).map((f) => `${text.slice(f.start, f.end)}: ${f.value.operator ?? '-'}`);
  it.each([
    // A nationality right before the aircraft, over words of its service or role.
    ['Pakistan said it shot down two Indian military jets.', ['two Indian military jets: india']],
    ['Indian jets shot down a Pakistani Air Force F-16.', ['Indian jets: india', 'F-16: pakistan']],
    // A party's own loss or its own aircraft, the party named earlier in the sentence.
    ['India said on Wednesday it had lost one MiG-21 fighter jet.', ['one MiG-21: india']],
    ['Pakistan denied that any of its own planes had been hit.', ['planes: pakistan']],
    // The country that opens the clause owns what "its" names.
    ['Iran denied that its drone had violated Israeli airspace.', ['drone: iran']],
    ['Israel said one of its F-16s crashed near Harduf.', ['F-16: israel']],
    ['The airline said its Boeing 737 landed safely.', ['Boeing 737: -']],
    ['The F-16 crashed in the north, and Iran denied that its drone had entered Israeli airspace.', ['F-16: -', 'drone: iran']],
    // A nationality of something else before the aircraft names no operator.
    ['Reports in Pakistani media said the aircraft was carrying military equipment.', ['aircraft: -']],
    ['The MiG-21 crashed.', ['MiG-21: -']],
    // Where it was made is not whose it is.
    ['Russia has received Iranian-made drones.', ['Iranian-made drones: -']],
    // Nor is the first word of a maker's name.
    ['The British Aerospace Jetstream went down off Roatan.', ['British Aerospace Jetstream: -']],
    ['A British Boeing 737 landed.', ['Boeing 737: united kingdom']],
    // Nor are the nations of its makers, joined by a hyphen.
    ['The French-Italian ATR 72 has been grounded before.', ['ATR 72: -']],
    ['An Italian ATR 72 landed.', ['ATR 72: italy']],
    // A maker's name of two words is all of the span, with or without a nationality before it.
    ['The McDonnell Douglas jet skidded off the runway.', ['McDonnell Douglas: -']],
    ['A Dutch McDonnell Douglas jet landed.', ['McDonnell Douglas: netherlands']],
    // Lower-case words before another article are no operator's name: the maker after it is found.
    ['The pilot brought the McDonnell Douglas jet down at the Cincinnati airport.', ['McDonnell Douglas: -']],
  ])('%s', (text, expected) => {
    expect(operators(text)).toEqual(expected);
  });

  it('a follow-up the next day still names the story\'s aircraft; a helicopter it brings in is not the story\'s', () => {
    const a = { id: 'a', publishedAt: '2012-05-09', text: 'A Sukhoi Superjet 100 disappeared near Mount Salak on Wednesday.' };
    const b = (extra: string) => ({ id: 'b', publishedAt: '2012-05-10', text: `Rescuers reached the wreckage of a Sukhoi Superjet 100 on Thursday.${extra} The jet had left Jakarta on Wednesday.` });
    expect(compare(a, b('')).facets.find((f) => f.facet === 'aircraft')?.verdict).toBe('agree');
    expect(compare(a, b(' Rescuers used an Mi-8 helicopter on Thursday.')).facets.find((f) => f.facet === 'aircraft')?.verdict).toBe('agree');
  });

  it('an aircraft named without a country in a clash is that of the country whose aircraft it fits', () => {
    const a = {
      id: 'a',
      text: 'A U.S. Navy surveillance plane made an emergency landing after colliding with a Chinese fighter jet, U.S. officials said. '
        + 'The EP-3E Aries II, carrying a crew of 24, landed on Hainan, the Pacific Command said.',
    };
    const b = { id: 'b', text: 'The crippled EP-3 made an emergency landing on Hainan island.' };
    const row = compare(a, b).facets.find((f) => f.facet === 'aircraft')!;
    expect(row.verdict).not.toBe('disputed');
    expect(row.a.find((f) => f.text === 'EP-3E')?.value).toMatchObject({ operator: 'united states' });
    // With one country's aircraft only, nothing is inferred.
    const one = compare({ id: 'a', text: 'A Chinese fighter jet crashed. The J-8 was lost.' }, b).facets.find((f) => f.facet === 'aircraft')!;
    expect(one.a.find((f) => f.text === 'J-8')?.value).not.toHaveProperty('operator');
  });

  it('one side quoting each country on its own losses reports no competing claims', () => {
    const b = { id: 'b', text: 'India said it had lost one MiG-21. The foreign ministry said Indian jets had shot down a Pakistani F-16.' };
    const row = compare({ id: 'a', text: 'Pakistan said it shot down two Indian military jets.' }, b).facets.find((f) => f.facet === 'aircraft');
    expect(row?.verdict).toBe('conflict');
    expect(row?.explanation).toBe('aircraft of India: a counts 2 aircraft, b 1; only one side names aircraft of Pakistan');
  });
});

describe('aircraft.compare', () => {
  it.each([
    ['Two military planes landed.', 'A Tu-154 and an An-12 landed.', 'partial'],
    ['Three planes landed.', 'A Tu-154 and an An-12 landed.', 'conflict'],
    ['An Il-76 landed.', 'An IL 76 landed.', 'agree'],
    ['An Il-76 landed.', 'An An-26 landed.', 'conflict'],
    // Types of two roles, where one side's other mention fits the other side's type, are two craft.
    ['A U.S. helicopter collided with a C-130 transport plane.', 'The RH-53D Sea Stallion helicopters had flown in from the carrier.', 'partial'],
    ['A helicopter landed beside an Il-76.', 'An An-26 landed.', 'conflict'],
    ['Two bombers flew over.', 'A Boeing 777 flew over.', 'conflict'],
    ['A Russian-flagged aircraft was seen.', 'Two Il-76 transport planes landed.', 'partial'],
    ['Two planes landed.', 'Two planes landed.', 'agree'],
    ['Two planes landed.', 'Four planes landed.', 'conflict'],
    // An open count above the closed ones leaves the total open.
    ['At least eight military aircraft and three passenger planes were destroyed.', '26 planes were destroyed or damaged.', 'agree'],
    ['Three passenger planes were destroyed.', '26 planes were destroyed or damaged.', 'conflict'],
    // Two countries' aircraft in a clash: each country's aircraft are compared with its own.
    ['Pakistan said it shot down two Indian military jets.', 'India said it had lost one MiG-21, and its jets shot down a Pakistani F-16.', 'conflict'],
    ['Pakistan said it shot down one Indian jet.', 'India said it had lost one MiG-21, and its jets shot down a Pakistani F-16.', 'partial'],
    ['A Russian Su-27 struck a US MQ-9 drone.', 'The MQ-9 was hit by a Russian Su-27.', 'agree'],
    // A plural after "any of" counts none.
    ['Pakistan denied that any of its own planes had been hit.', 'One Pakistani F-16 was shot down.', 'partial'],
    // The count a side gives holds the types it names "including": it is not their sum.
    ['More than 20 Russian military aircraft, including an An-124 Ruslan, landed.', 'Twenty-two planes, among them an Antonov cargo jet, landed.', 'partial'],
    ['More than 20 Russian military aircraft, including an An-124 Ruslan, landed.', 'Twelve planes landed.', 'conflict'],
    // The types named add up to all a side's craft only where every craft it describes could be one of them.
    ['Dozens of Russian helicopters flew in. The airport is home to the An-225.', 'More than 200 helicopters landed.', 'partial'],
    ['An An-26 transport plane and an Il-76 landed.', 'Five planes landed.', 'conflict'],
    // A generic type that fits nothing on the other side clashes, unless the sides share another aircraft.
    ['A helicopter hovered over the ship.', 'A reconnaissance aircraft circled the ship.', 'conflict'],
    ['A helicopter hovered over the ship.', 'A reconnaissance aircraft and a navy helicopter circled the ship.', 'partial'],
    // One type counted by both sides in numbers that cannot meet.
    ['Three Tu-22M3 bombers flew over the Baltic.', 'Two Tu-22M3 bombers flew over the Baltic.', 'conflict'],
    // Escorts and interceptors are no aircraft of the story: they are not counted with it.
    ['An Il-76 escorted by two Su-35 fighters landed.', 'One Il-76 landed.', 'agree'],
    ['Two Tu-95 bombers, intercepted by NATO jets, flew over the sea.', 'Two Tu-95 bombers flew over the sea.', 'agree'],
    // Not escorts: more aircraft, which the other side does not name.
    ['An Il-76 and two Su-35 fighters landed.', 'One Il-76 landed.', 'partial'],
    // Two lists of types are compared type by type, not by their sums: "a Su-27 collided" names the jet
    // that struck, not every jet there.
    ['A Su-27 collided with an MQ-9 drone.', 'Two Su-27 jets met the MQ-9 drone.', 'partial'],
    ['Two Su-27 jets collided with an MQ-9 drone.', 'Three Su-27 jets met the MQ-9 drone.', 'conflict'],
    // One side lists the escort among the aircraft, the other says it escorted: both name it.
    ['F-22 jets intercepted two Tu-95 bombers and two Su-35 fighters.', 'Two Tu-95 bombers flew, escorted by Su-35 fighters.', 'agree'],
    // Drones that attacked and the planes they hit: the drones' count is no count of the planes.
    ['Russia said it destroyed 24 drones. A drone attack damaged four Il-76 planes.', 'Ukraine launched about 40 drones. Two Il-76 planes were destroyed and two more damaged.', 'agree'],
    // Two names of one turboprop; a variant named by one side.
    ['The coast guard Bombardier Dash 8 was hit.', 'The coast guard plane, a Bombardier DHC-8, was hit.', 'agree'],
    ['A Q400 crashed.', 'A DHC-8-400 crashed.', 'partial'],
    ['A Dash 8 crashed.', 'An ATR 72 crashed.', 'conflict'],
    // The jet that fired is no rival to the craft it fired at, in either report.
    ['An F-22 fired a missile at the balloon.', 'The airship was shot down by an F-22.', 'partial'],
    ['An F-22 fired a missile at the balloon.', 'The airship was shot down by a Su-27.', 'conflict'],
    ['An F-22 fired a missile at the balloon.', 'The airship crashed.', 'partial'],
    // A count of one kind beside a craft of another is no count of all: only of the craft of its kind.
    ['Mali received four Mi-171 helicopters, flown in on an Antonov An-124 cargo plane.', 'Russia delivered four transport helicopters on a Russian cargo plane.', 'partial'],
    ['Mali received four Mi-171 helicopters.', 'Russia delivered four transport helicopters on a Russian cargo plane.', 'partial'],
    ['Mali received four Mi-171 helicopters, flown in on an Antonov An-124 cargo plane.', 'Russia delivered three transport helicopters on a Russian cargo plane.', 'conflict'],
    // Flights of a series are counted when each report was told: no clash of totals.
    ['An An-124 cargo plane landed at the base.', 'A third Russian cargo plane landed. Two planes delivered the first parts on Friday.', 'partial'],
    ['An An-124 cargo plane landed at the base.', 'Two planes delivered the first parts on Friday.', 'conflict'],
    // A tally updated in the sentence: counts of two moments.
    ['Taiwan reported 52 Chinese military aircraft, including 34 J-16 fighters.', 'China flew 56 military aircraft, adding four that flew in at night to the 52 reported earlier, including 36 J-16 fighters.', 'partial'],
    ['Taiwan reported 52 Chinese military aircraft, including 34 J-16 fighters.', 'China flew 56 military aircraft, including 36 J-16 fighters.', 'conflict'],
  ])('%s vs %s: %s', (a, b, expected) => {
    expect(verdict(a, b)).toBe(expected);
  });

  it.each([
    [{ designation: 'Il-76', generic: false }, { designation: 'Il-76', variant: 'MD', generic: false }, 'broader'],
    [{ designation: 'Il-76', generic: false }, { designation: 'An-26', generic: false }, 'unrelated'],
    [{ designation: 'Tu-160', role: 'bomber', generic: false }, { role: 'airliner', generic: true }, 'conflict'],
    [{ designation: 'An-12', role: 'transport', generic: false }, { role: 'military', generic: true }, 'narrower'],
  ] as [AircraftValue, AircraftValue, string][])('relate %o %o is %s', (x, y, relation) => {
    expect(aircraft.relate(x, y)).toBe(relation);
  });

  it.each([
    ['The Boeing 737-800 landed.', 'The Boeing 737 MAX landed.', 'conflict'],
    ['The Il-76MD landed.', 'The Il-76TD landed.', 'conflict'],
    ['A Boeing 737 MAX landed.', 'A Boeing 737 MAX 8 landed.', 'partial'],
    ['A Boeing 737 MAX 9 landed.', 'A Boeing 737-9 MAX landed.', 'agree'],
    ['The Boeing 787-8 Dreamliner crashed.', 'The 787 Dreamliner crashed.', 'partial'],
    ['The Boeing 787-8 Dreamliner crashed.', 'The Boeing 787-9 crashed.', 'conflict'],
    ['A Boeing 777 vanished.', 'A Boeing 777-200ER vanished.', 'partial'],
    ['A Boeing 737 MAX 9 landed.', 'A Boeing 737-8 MAX landed.', 'conflict'],
    ['An Army Black Hawk helicopter crashed.', 'The Sikorsky Black Hawk crashed.', 'agree'],
    ['An Il-76 landed.', 'An Il-76MD landed.', 'partial'],
    ['An Il-76MD landed.', 'An Il-76MD-90A landed.', 'partial'],
    // A series and one model of it; two models of one series.
    ['The McDonnell Douglas MD-80 crashed.', 'The MD-82 crashed.', 'partial'],
    ['The MD-82 crashed.', 'The MD-83 crashed.', 'conflict'],
    ['The MD-82 crashed.', 'The McDonnell Douglas MD-82 crashed.', 'agree'],
    ['The MD-82 crashed.', 'The DC-9 crashed.', 'conflict'],
  ])('variants: %s vs %s is %s', (a, b, expected) => {
    expect(verdict(a, b)).toBe(expected);
  });

  // A dispute inside one article needs relate() to call two single types a conflict; a list or a count
  // of several stays two aircraft.
  it.each([
    ['The downed plane was an Il-76.', 'Officials said it was an An-26.', 'conflict'],
    ['A Boeing crashed.', 'An Airbus crashed.', 'conflict'],
    ['An An-124 and an Il-62 landed.', 'An Il-76 landed.', 'unrelated'],
    ['Two Il-76s landed.', 'An An-26 landed.', 'unrelated'],
    ['Il-76 planes landed.', 'An An-26 landed.', 'unrelated'],
    ['A second Il-76 landed.', 'An An-26 landed.', 'unrelated'],
    ['An Il-62 also landed.', 'An An-124 landed.', 'unrelated'],
    ['A Su-34 escorted the An-26.', 'An Il-76 landed.', 'unrelated'],
  ])('relate across sentences: %s / %s is %s', (x, y, relation) => {
    const [fx] = facts(x).filter((f) => !f.value.generic);
    const [fy] = facts(y).filter((f) => !f.value.generic);
    expect(aircraft.relate(fx!.value, fy!.value)).toBe(relation);
  });

  // Craft of two kinds are one aircraft told two ways only when each side names one.
  it.each([
    ['Air defences destroyed 24 drones.', 'The attack damaged four Il-76 planes.', 'unrelated'],
    ['A drone was seen.', 'An Il-76 landed.', 'conflict'],
  ])('relate craft of two kinds: %s / %s is %s', (x, y, relation) => {
    const [fx] = facts(x), [fy] = facts(y).filter((f) => !f.value.generic);
    expect(aircraft.relate(fx!.value, fy!.value)).toBe(relation);
  });

  it.each([
    // The drones downed are some of those that came; more may have got through.
    ['Russian air defences destroyed 24 Ukrainian drones overnight.', ['24 Ukrainian drones = 24+ × drone']],
    ['Air defences shot down 30 Shahed drones.', ['30 Shahed = 30+ × Shahed-136 (Shahed Aviation, drone)']],
    ['Ukraine launched about 40 drones.', ['about 40 drones = 36-44 × drone']],
    // "and two more": at least the two counted.
    ['Two Il-76 aircraft were destroyed and two more damaged.', ['Two Il-76 = 2+ × Il-76 (Ilyushin, transport)']],
    ['Two Il-76 landed in Caracas.', ['Two Il-76 = 2 × Il-76 (Ilyushin, transport)']],
  ])('counts that are at least: %s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it('keeps two types in separate clauses of one sentence single', () => {
    const named = facts('The ministry said the downed plane was an Il-76, while Kyiv said it was an An-26.').filter((f) => !f.value.generic);
    expect(named.map((f) => [f.value.designation, f.value.single])).toEqual([['Il-76', true], ['An-26', true]]);
  });

  it('judges a pair of articles end to end', () => {
    const report = compare(
      { id: 'x', text: 'Two military planes landed in Minsk on Friday.' },
      { id: 'y', text: 'An Il-76 and an An-26 military transport planes landed in Minsk on Friday.' },
    );
    expect(report.facets.find((f) => f.facet === 'aircraft')?.verdict).toBe('partial');
  });

  it('stays fast on 100 KB of designation-like text', () => {
    const t0 = performance.now();
    aircraft.extract({ index: 0, text: 'An-1 An-12 Il 7 planes '.repeat(4_500) });
    aircraft.extract({ index: 0, text: 'A'.repeat(100_000) });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('aircraft.withinArticle', () => {
  const described = (...sentences: string[]) => aircraft.withinArticle!(facts(...sentences)).map((f) => `${f.text} = ${aircraft.describe(f.value)}`);

  it('takes "jumbo jet" for the wide-body type the report names, and for a 747 where it names none', () => {
    expect(described('An Eastern Air Lines jumbo jet crashed into the Everglades.', 'The Lockheed L-1011 TriStar went down west of the airport.'))
      .toEqual(['jumbo jet = airliner plane', 'Lockheed L-1011 TriStar = L-1011 (Lockheed Martin, airliner)']);
    expect(described('A Japan Air Lines jumbo jet crashed into a mountain.', 'The plane had 524 people on board.'))
      .toEqual(['jumbo jet = Boeing 747 (Boeing, airliner)', 'plane = plane']);
    // A narrow-body named beside it is no other wide-body: the jumbo jet stays a 747.
    expect(described('A jumbo jet and a Boeing 737 were damaged.')).toEqual(['jumbo jet = Boeing 747 (Boeing, airliner)', 'Boeing 737 = Boeing 737 (Boeing, airliner)']);
  });
});

describe('aircraft owners in an article', () => {
  const owners = (...sentences: string[]) => aircraft.withinArticle!(facts(...sentences)).map((f) => `${f.text}: ${f.value.operator ?? '-'}`);

  it('gives a type the country the article names it with, though an escort, and a generic craft the one country it fits', () => {
    expect(owners('Turkish F-16 fighter jets shot down a Syrian warplane.', 'Our F-16s took off and hit this plane.'))
      .toEqual(['F-16: turkey', 'Syrian warplane: syria', 'F-16: turkey', 'plane: syria']);
    // Two countries' F-16s in one article: the type alone names neither.
    expect(owners('Turkish F-16s and Pakistani F-16s flew in the drill.', 'An F-16 crashed.'))
      .toEqual(['F-16: turkey', 'F-16: pakistan', 'F-16: -']);
  });
});

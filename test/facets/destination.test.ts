import { describe, expect, it } from 'vitest';
import { destination, type DestinationValue } from '../../src/facets/destination.js';
import { compare } from '../../src/compare.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const extract = (text: string) => destination.extract({ index: 0, text }).map((f) => destination.describe(f.value));

function facts(...sentences: string[]): Fact<DestinationValue>[] {
  return factsOf(destination, sentences);
}
const verdict = (a: string[], b: string[]) => destination.compare!(facts(...a), facts(...b)).verdict;

describe('destination.extract', () => {
  it.each([
    ['Two Il-76 planes arrived in Havana on Sunday.', ['Havana (Cuba)']],
    // Those a flight brings, to a settlement described before its name.
    ['The Tu-154 was bringing coal miners and their families to the Russian mining settlement of Barentsburg.', ['Barentsburg (Norway)']],
    // An empty aircraft flown where it is needed.
    ['The empty CRJ-200 was being repositioned from Little Rock to Minneapolis.', ['Minneapolis (United States)']],
    ['Flight 1354, an A300-600 freighter, was on its regular overnight run from Louisville to Birmingham.', ['Birmingham']],
    ['The bank run spread from Louisville to Birmingham.', []],
    ['Flight 203 had just left Reno for Minneapolis when the pilot reported a vibration.', ['Minneapolis (United States)']],
    ['He flew to Islamabad and then travelled by road to Kabul.', ['Islamabad (Pakistan)']],
    ['The motorcade headed to the summit venue in Hanoi.', []],
    ['A day after he flew his MiG-25 Foxbat to Hakodate on the island of Hokkaido.', ['Hakodate (Japan)']],
    ['An Italian airliner flew into the Stadlerberg hill about 10 km short of Zurich airport.', []],
    ['The jet flew into Stadlerberg on Monday.', ['Stadlerberg']],
    ["The Super Puma was returning to Aberdeen from BP's Miller platform.", ['Aberdeen (United Kingdom)']],
    // Twin cities joined by a dash after a preposition are one place, no route.
    ['The CRJ900 from Minneapolis-St. Paul flipped on landing in Toronto.', ['Toronto (Canada)']],
    ['The Moscow-Havana flight landed on Friday.', ['Havana (Cuba)']],
    // A visit or a trip made to a place.
    ['President Bush made a surprise Thanksgiving visit to Baghdad on Thursday.', ['Baghdad (Iraq)']],
    ['The king was on his first trip to Berlin as monarch.', ['Berlin (Germany)']],
    // A journey of the aftermath whose errand needs no aftermath noun beside a crash's own flight.
    ['The Il-76 flew to Caracas to deliver supplies for the search.', ['Caracas (Venezuela)']],
    ['Most passengers were flying home to Manila to see their families.', ['Manila (Philippines)']],
    ['The jet was flying to Kigali to attend the funeral of the president.', ['Kigali (Rwanda)']],
    ["Two planes landed in Venezuela's capital Caracas on Saturday.", ['Caracas (Venezuela)']],
    ["Two planes landed in Russia's ally Belarus on Saturday.", ['Belarus']],
    // A landing a hijacking forced; not the place the flight was bound for, told in the same clause.
    ['The hijacked plane landed in Poland after the hijackers demanded fuel.', ['Poland (forced down)']],
    ['Hijackers forced an Indian Airlines plane with 189 people on board to land in Dubai on Saturday.', ['Dubai (United Arab Emirates) (forced down)']],
    ['The hijackers had forced the plane, on a flight from Athens to Cairo, to land in Malta.', ['Cairo (Egypt)', 'Malta (forced down)']],
    // An airstrip near a town, of any make.
    ['Guerrillas forced them to land at a desert airstrip near Zarqa, Jordan.', ['near Zarqa (forced down)']],
    ['Mobutu flew out of Gbadolite aboard a cargo plane bound for Lome, the capital of Togo.', ['Lome (Togo)']],
    ['U.S. fighters forced it to land at a NATO base in Sicily.', ['Sicily (Italy) (forced down)']],
    ['The plane landed in Caracas, Venezuela, on Saturday.', ['Caracas (Venezuela)']],
    ['The plane landed in Anchorage to refuel before flying on to Moscow.', ['Moscow (Russia)']],
    // After a flight from a place, "to" takes a name the gazetteer lacks.
    ['The aircraft was flying from Caracas to Mzuzu.', ['Mzuzu (Malawi)']],
    ['The aircraft was flying from Caracas to Nkhotakota.', ['Nkhotakota']],
    // So after a flight from a place.
    ['The turboprop was on a scheduled flight from Caracas to Nkhotakota when it vanished.', ['Nkhotakota']],
    // And after a heading.
    ['The Hercules was heading to Ngabang when it went down.', ['Ngabang']],
    // The airport of a city named before it by its possessive.
    ["The plane touched down at the capital's N'Djili airport on Tuesday.", ["N'djili International Airport (Kinshasa, Congo)"]],
    // Not one the words after it name as a stop.
    ['It was flying to Amman in Jordan, its first stop, when it turned back.', []],
    ['It was flying to Amman in Jordan, its capital.', ['Amman (Jordan)']],
    // A flight "to" a name is a flight to a place.
    ['It lost contact 15 minutes after taking off on a 20-minute flight to Nkhotakota.', ['Nkhotakota']],
    ['The aid was sent from Caracas to Maduro.', []],
    // A flight said to be planned, before or after its place.
    ['Two more flights were planned, including one to Rome for Italian citizens.', ['Rome (Italy) (planned)']],
    ['Two flights to Rome were planned.', ['Rome (Italy) (planned)']],
    // A flight called off never flew: where it was to go stays a plan.
    ["Britain's first deportation flight to Rwanda was cancelled minutes before take-off.", ['Rwanda (planned)']],
    ['The flights landed in Rome.', ['Rome (Italy)']],
    // A continent by its adjective.
    ['It was the first time the Tu-160 planes had flown to the African continent.', ['Africa']],
    ['The plane landed in Caracas, and then continued talks.', ['Caracas (Venezuela)']],
    // A movement in a report a party rejects is nobody's; the flights a denial takes for granted are.
    ['The ministry denied social media reports that it had delivered weapons to Islamabad.', []],
    ['Moscow denied that the plane had landed in Caracas.', []],
    ['China on Monday denied that cargo flights to Iran had carried weapons.', ['Iran']],
    // The place it lies in, said again, is no second destination; another country is.
    ['The aircraft arrived at Simon Bolivar International Airport in Venezuela.', ['Simón Bolívar International Airport (Caracas, Venezuela)']],
    ['The planes flew to the Arctic city of Murmansk.', ['Murmansk (Russia)']],
    ["The plane was flying to China's southern city of Guangzhou.", ['Guangzhou (China)']],
    // After a flight from a described place, "to" takes a name the gazetteer lacks as the next place.
    ['The plane was flying from the state capital Manaus to Barcelos.', ['Barcelos']],
    ['The plane was carrying tourists on a sport fishing trip from Manaus to Barcelos.', ['Barcelos']],
    ['The shop was selling maps from Manaus to Barcelos.', []],
    // A country's possessive before what it owns: the country is not the place.
    ["Twenty-two planes touched down at Russia's base in Syria.", ['Syria']],
    ['The Moscow–Havana flight was delayed.', ['Havana (Cuba)']],
    ['The planes landed at Hmeimim air base in Latakia province.', ['Hmeimim (Latakia, Syria)']],
    // A place that holds a located point, after a comma, says again where it lies; a list goes on.
    ['The plane landed at Hmeimim air base in Latakia, Syria, on Friday.', ['Hmeimim (Latakia, Syria)']],
    ['Putin landed at Joint Base Elmendorf-Richardson in Anchorage, Alaska, on Friday.', ['Joint Base Elmendorf-Richardson (Anchorage, United States)']],
    ['The plane landed at Hmeimim air base in Latakia, Damascus and Aleppo.', ['Hmeimim (Latakia, Syria)', 'Damascus (Syria)', 'Aleppo (Syria)']],
    ['The airliner landed at José Martí airport.', ['José Martí International Airport (Havana, Cuba)']],
    ['The transport touched down outside the capital Minsk.', ['near Minsk (Belarus)']],
    ['The flight was bound for Tehran.', ['Tehran (Iran)']],
    // Where a flight set off for, and where it took people.
    ['The Superjet had taken off for the northern city of Murmansk.', ['Murmansk (Russia)']],
    ['The delegation departed for Moscow on Monday.', ['Moscow (Russia)']],
    ['The Il-76 was carrying 120 evacuees to Doha.', ['Doha (Qatar)']],
    ['Il-76 aircraft continued to ferry troops to Almaty on Friday.', ['Almaty (Kazakhstan)']],
    // A region the gazetteer lacks, after a known place, says where that place lies.
    ['The aircraft landed at Josefa Camejo airport in Falcon state.', ['Josefa Camejo International Airport (Punto Fijo, Venezuela)']],
    ['The jets headed to the Syrian capital.', ['Damascus (Syria)']],
    ['Flights to Latakia resumed.', ['Latakia (Syria)']],
    ['The convoy reached Kherson.', ['Kherson (Ukraine)']],
    // A place and its state are one destination; Ontario, California is not the Canadian province.
    ['Flight 1282 was headed to Ontario, California, with 171 passengers.', ['Ontario, California']],
    ['The flight was headed to Ontario in Southern California.', ['Ontario, California']],
    ['The jet flew to Ontario in Canada.', ['Ontario (Canada)']],
    // A region's capital, named after it.
    ['The flight was bound for the Chechen capital, Grozny, before it was diverted.', ['Grozny (Russia)']],
    ['Chechen fighters flew to Syria.', ['Syria']],
    // After a verb of flying, "to" takes a name the gazetteer lacks.
    ['The pilots had diverted to Aktau after a bird strike.', ['Aktau (diverted)']],
    // Where a craft was about to land; not where troops drew near.
    ['The jet had been flying too low as it approached Maputo from Lusaka.', ['Maputo (Mozambique)']],
    ['The Tu-134 crashed on its approach to Perm.', ['Perm (Russia)']],
    ['Russian troops approached Kyiv from the north.', []],
    // A craft named by its type, the approach's subject.
    ['The Southern Airways DC-9 was approaching Perm in rain and fog when it clipped trees.', ['Perm (Russia)']],
    ['The 3rd Battalion was approaching Kyiv.', []],
    // Where the thing gone to was held is where the flight went; not the weather it flew in.
    ['A small plane carrying him to a birthday party in Des Moines crashed in a pasture.', ['Des Moines (United States)']],
    ['The jet flew the president to a summit in Brussels.', ['Brussels (Belgium)']],
    ['The jet flew to the island in a storm.', []],
    ['The plane was one of two carrying the team to a game at Logan, Utah.', ['Logan (United States)']],
    // An approach a crash was told in, the craft by its type's name; Boston's airport is not Logan in Utah.
    ['The four-engined Argonaut came down between buildings while approaching Ringway Airport.', ['Ringway Airport (Manchester, United Kingdom)']],
    ["The jet landed at Boston's Logan Airport.", ['Logan International Airport (Boston, United States)']],
    // The last of a list of where one flight was bound is a later leg.
    ['The DC-9 was bound for Salt Lake City and Seattle.', ['Salt Lake City', 'Seattle (United States) (a later leg)']],
    // Where a traveller by title and name was going; not the crew by their rank, nor a craft of the subject.
    ['Mr. Cutting, 46, was returning to Washington from his home in Santa Fe.', ["Washington (United States) (a traveller's journey)"]],
    ['Captain Ruiz was returning to Madrid.', ['Madrid (Spain)']],
    ["Mr. Cutting's plane was returning to Washington.", ['Washington (United States)']],
    ['The jet was on a flight to Dubai and London.', ['Dubai (United Arab Emirates)', 'London (United Kingdom) (a later leg)']],
    ['The C-130 went down minutes after leaving Bahawalpur for Islamabad.', ['Islamabad (Pakistan)']],
    // Wounded flown out with no word of being hurt in the event's clause: the flight may be the story.
    ['Wounded soldiers were airlifted to Kabul on Monday.', ['Kabul (Afghanistan)']],
    // Where those of an aside were going is no destination of the flight.
    ['The L-1011 carried 287 passengers, many of them pilgrims bound for Mecca, and 14 crew members.', []],
    ['The Super Constellation vanished with 107 persons aboard, 93 of them Army men bound for South Viet Nam.', []],
    ['The L-1011, bound for Mecca, carried 287 passengers.', ['Mecca (Saudi Arabia)']],
    ['The jet was approaching Lindbergh Field on a flight from Sacramento.', ['Lindbergh Field (San Diego, United States)']],
    ['The MD-82 was flying from Panama City to Fort-de-France.', ['Fort-de-France (France)']],
    // A flight under way keeps its end, planned or not.
    ['The aircraft was scheduled to land at Guarulhos.', ['Guarulhos']],
    ['The Boeing 737 had been due to land in the Lithuanian capital at 10:25 a.m.', ['Vilnius (Lithuania)']],
    ['The jet flew to Ushuaia on Monday.', ['Ushuaia']],
    // An airport the gazetteer lacks, after the possessive of the city it serves.
    ["The turboprop was flying to Sao Paulo's Guarulhos international airport.", ['Guarulhos']],
    // A town the gazetteer lacks, with its state after it.
    ['The jet was flown on Monday from the Dominican Republic to Fort Lauderdale, Florida.', ['Fort Lauderdale (United States)']],
    // A word before "capital" describes the city after it; it is no place of its own.
    ['The jets landed in the Ruritanian capital, Strelsau, at noon.', ['Strelsau']],
    ["They landed in the Tongan capital, Nuku'alofa, after refuelling in Port Moresby.", ["Nuku'alofa (Tonga)"]],
    // A name the gazetteer lacks, after "bound for".
    ['Flight 1549 had taken off from LaGuardia Airport bound for Charlotte, North Carolina.', ['Charlotte']],
    ["The minister flew to Brussels for Monday's talks.", ['Brussels (Belgium)']],
    // "Ocean City" is a town, and a flight to a sea is bound there.
    ['The seaplane landed in Ocean City.', ['Ocean City']],
    ['The bombers flew to the Mediterranean.', ['Mediterranean']],
    // An occasion's word alone is no place; in a longer name it may be.
    ['The plane landed on Christmas Island.', ['Christmas Island']],
    // "the capital, Niamey": the city after the comma.
    ['The planes landed at the airport in the capital, Niamey, in the afternoon.', ['Niamey (Niger)']],
    // An air force base is a base: the city it lies near only locates it.
    ['Two Tu-160 bombers landed at Waterkloof Air Force Base near Pretoria on Wednesday.', ['Waterkloof Air Force Base']],
    // Landed "there": at the most specific place the sentence named before, not where the flight came from.
    ['About 200 U.S. citizens flown out of Wuhan are being held at March Air Reserve Base near Riverside, California, after their plane landed there.',
      ['March Air Reserve Base (Riverside, United States)']],
    // A plan kept: a flight under way lands where it was due. The airport is California's, not the Canadian province's.
    ['The flight was scheduled to land at Ontario International Airport.', ['Ontario International Airport (United States)']],
    // A flight yet to come: where it is to go.
    ['From Jeddah they will be flown home to India, the minister said.', ['India (planned)']],
    ['Zelenskiy is due to fly back to Poland after the speech.', ['Poland (planned)']],
    // A participle after a plan's comma goes on with it, and so does the list it names.
    ['The Premier will spend 13 days in the country, travelling to New York, Los Angeles and Iowa.', ['New York (United States) (planned)', 'Los Angeles (United States) (planned)', 'Iowa (United States) (planned)']],
    ['He landed in Rome, travelling on to Milan.', ['Milan (Italy)']],
    // An aircraft "back to" a place flies there.
    ['Griner was on a plane back to the United States, Biden said.', ['United States']],
    // A plan told in the present is yet to come; one that was due in the past may never have flown.
    ['He is then expected to fly home to Australia.', ['Australia (planned)']],
    ['The jets are scheduled to fly on to Minsk.', ['Minsk (Belarus) (planned)']],
    ['Snowden landed in Moscow and was booked on a flight to Havana on Monday.', ['Moscow (Russia)', 'Havana (Cuba) (planned)']],
    // A later leg, after a stop.
    ['Hours later the party flew on to Guam aboard two planes.', ['Guam (United States) (a later leg)']],
    // The day of the leg between its two places.
    ['Mubarak left Cairo on Friday for the Red Sea resort of Sharm el-Sheikh.', ['Sharm el-Sheikh (Egypt)']],
    // A relative day between the leg's two places too; not a thing set off for.
    ['The liner was missing since it left Albuquerque yesterday morning for Los Angeles.', ['Los Angeles (United States)']],
    ['The jet left Paris tonight for New York.', ['New York (United States)']],
    ['He left Paris yesterday for a meeting.', []],
    // Exile's country.
    ['Charles Taylor resigned on Monday and flew into exile in Nigeria.', ['Nigeria']],
    ['The shah went into exile in 1979 and lived in Cairo.', []],
    ['The jet flew from Moscow late on Friday to Havana.', ['Havana (Cuba)']],
    ['The flight had been due to fly to Minsk.', []],
    // A stop on the way, then the end: the end is not "the capital of the U.S." the territory is named after.
    ['The flight was due to stop in Bangkok to refuel before flying on to Saipan, the capital of the U.S. Pacific territory.',
      ['Saipan (United States) (planned)']],
    // Diverted from where it was bound, to where it landed; two airports of one city are two places.
    ['The flight was diverted at the last minute from Vnukovo airport, where supporters had gathered, to Sheremetyevo airport.',
      ['Vnukovo (Moscow, Russia)', 'Sheremetyevo (Moscow, Russia)']],
    ['The flight was diverted to Sheremetyevo airport.', ['Sheremetyevo (Moscow, Russia) (diverted)']],
    // The next step of a plan: "will ... before returning".
    ['The bombers will conduct training flights before returning to their home bases in Russia.', ['Russia (planned)']],
    ['The bombers conducted training flights before returning to their home bases in Russia.', ['Russia']],
    ['A third plane landed at the Murted military airbase outside Ankara on Saturday.', ['Murted Air Base (Ankara, Turkey)']],
    // A part of the country that locates the place is no second destination.
    ['The ATR 72 crashed while coming in to land at the tourist city of Pokhara in central Nepal.', ['Pokhara (Nepal)']],
    ['The plane landed in Minsk in northern Belarus.', ['Minsk (Belarus)']],
    // Flying the wounded out may be the story; so is what survivors say.
    ['The wounded soldiers were airlifted to Kabul.', ['Kabul (Afghanistan)']],
    ['Survivors said the plane landed in Kabul.', ['Kabul (Afghanistan)']],
    // An airstrip the gazetteer lacks, located by the country after its noun: no second destination.
    ["The Embraer 120 had been cleared to land at Berdale airstrip in Somalia's Bay region.", ['Berdale']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    // Where a missile fell, and where hijackers wanted to go.
    'He had no doubt that the missile that landed in Poland was not Ukrainian.',
    'The hijackers demanded to be flown to Australia.',
    // Where a wreck stopped, and water named after a state, are no arrival.
    'The MD-82 came to rest on the bank of the Arkansas River.',
    'The jet came to rest in a field near Kazan.',
    'A source in Havana confirmed the flight.',
    // "for" after a departure takes a place, not a purpose or a launch's target.
    'The plane took off for a training flight.',
    'Missiles were launched for Kyiv.',
    'The strike took the death toll to 50.',
    // A place that stands for its government.
    "Russia had sent the plane at Ankara's request.",
    // A movement ordered in the subjunctive says nothing of whether it happened.
    'The judge had ordered that any planes in the air be returned to the United States.',
    // People leave for another job as often as for a place.
    'Larry Brown left for Detroit following the 2002-03 season.',
    'Cuban officials welcomed the crew.',
    'The staff of the embassy in Minsk met the crew upon arrival by the head of the department.',
    'The plane crashed near Minsk.',
    'The jets landed in the Ruritanian capital.',
    'He worked for Aeroflot in Moscow.',
    'The plane was headed for Christmas celebrations.',
    'A US Airways plane landed in the Hudson River on January 15.',
    // A movement that did not happen.
    'It attempted to reach Montevideo, but Uruguay denied it permission to enter its airspace.',
    'The plane tried to fly on to Uruguay on June 8.',
    'The jet was unable to land in Kabul.',
    'The evacuees included people who had no way to reach Port Sudan.',
    'Controllers denied the plane permission to land in Montevideo.',
    'Uruguay refused it clearance to fly to Montevideo.',
    // A flight planned and not begun.
    'The coast guard plane had been due to fly to Niigata to deliver aid.',
    'The plane was preparing to fly to Niigata when it was hit.',
    // A plan since changed.
    'The flight had originally been scheduled to land at Ontario International Airport.',
    'The jet was initially due to land in Minsk.',
    // A landing denied, or made by no aircraft; and "there" with nothing named before.
    'The plane did not land in Caracas.',
    'The bombers have never flown to Tehran.',
    'No plane landed in Caracas on Monday.',
    'None of the Russian jets has landed in Minsk.',
    'The airport in Caracas was closed, and no plane landed there.',
    'Officials said the plane landed there on Monday.',
    // Those moved after a crash, on a journey of their own.
    'The two survivors were flown to Nairobi for treatment.',
    'The bodies were taken to Moscow for identification.',
    'The pilot and a flight attendant were injured and flown to Kathmandu for treatment.',
    'The injured were flown to Lima for treatment.',
    'The bodies of Will Rogers and Wiley Post will be flown to Seattle from Point Barrow, Alaska.',
    // Journeys made to tend a crash's aftermath.
    'Defense Minister Federico Trillo flew to Trabzon to oversee the return of the bodies.',
    'Investigators flew to Lagos on Monday to join the investigation.',
    'Lauda flew to Bangkok on Monday to visit the crash site.',
    'A second plane landed in Havana to collect the remains of the victims.',
    // A visit not made, and two countries joined to name a meeting.
    'A planned visit to France was postponed because of protests there.',
    'The bombers landed in what Moscow called a goodwill visit. The visit coincided with a Russia-Africa summit.',
    // An airport named for two towns.
    'The King Air crashed about two miles from the Eveleth-Virginia airport.',
    // An alliance is no place.
    'Romania confirmed that debris had landed in the NATO country.',
    // "back" that is no movement.
    'The drone was traced back to Iran.',
    'The alliance dates back to Moscow in 1955.',
    'The club wants to bring the pitcher back to Maryland.',
    // "to" and a name the gazetteer lacks, with no verb of flying: a person as often as a place.
    'The aid was delivered to Maduro on Monday.',
    'The plane was sent to Ruritania.',
    "Officials praised Sao Paulo's Guarulhos airport staff.",
    // A landing on open ground is where an incident happened.
    'The A320 landed in a field near the village of Kamenka.',
  ])('no destination in "%s"', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('keeps the point of a movement that happened beside one that did not', () => {
    expect(extract('The jet was unable to land in Kabul and diverted to Doha.')).toEqual(['Doha (Qatar) (diverted)']);
    expect(extract('The plane landed in Minsk and was unable to fly to Havana.')).toEqual(['Minsk (Belarus)']);
    expect(extract('The plane tried to fly on to Uruguay but returned to Buenos Aires.')).toEqual(['Buenos Aires (Argentina)']);
    expect(extract('Controllers denied it permission to land in Montevideo, forcing it back to Ezeiza.')).toEqual(['Ezeiza (Buenos Aires, Argentina)']);
    expect(extract('The plane was given permission to land in Minsk.')).toEqual(['Minsk (Belarus)']);
    expect(extract('The jet landed at an airfield near Moscow.')).toEqual(['near Moscow (Russia)']);
  });

  it.each([
    ['The plane turned back to Moscow after a technical fault.', ['Moscow (Russia)']],
    ['The pilots were ordered back to Latakia.', ['Latakia (Syria)']],
    ['Uruguay sent the jet back to Buenos Aires.', ['Buenos Aires (Argentina)']],
    ['She was getting on a flight back to New York.', ['New York (United States)']],
    ['The air ambulance was carrying the girl back to Mexico.', ['Mexico']],
    // The people of an exchange: a list may repeat its count before the preposition.
    ['Ten prisoners were transferred to Russia, 13 to Germany and three to the United States.', ['Russia', 'Germany', 'United States']],
    ['Five were sent to Germany and two to Russia.', ['Germany', 'Russia']],
  ])('reads people and flights sent, transferred or turned back as arriving: %s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it('takes no party for the next place of a list', () => {
    expect(extract("The plane returned to Buenos Aires, Uruguay's defence ministry said.")).toEqual(['Buenos Aires (Argentina)']);
    expect(extract("The plane was flown to Iran, Ukraine's deputy foreign minister Yevgeny Yenin was quoted as saying.")).toEqual(['Iran']);
    expect(extract('Some 175 instructors have been deployed to the Central African Republic, Moscow said.')).toEqual(['Central African Republic']);
    expect(extract('Snowden took a flight to Moscow, the Hong Kong government said.')).toEqual(['Moscow (Russia)']);
    expect(extract('The jets flew to Minsk, Moscow and Kazan.')).toEqual(['Minsk (Belarus)', 'Moscow (Russia)', 'Kazan (Russia)']);
    expect(extract('The planes flew to Caracas, Havana and Managua.')).toEqual(['Caracas (Venezuela)', 'Havana (Cuba)', 'Managua (Nicaragua)']);
  });
});

describe('destination.compare', () => {
  it.each([
    [['It arrived in Havana.'], ['It landed in Havana.', 'The group arrived in Cuba.'], 'agree'],
    [['It landed at José Martí airport.'], ['It arrived in Havana.'], 'agree'],
    [['It touched down outside Havana.'], ['It arrived in Havana.'], 'agree'],
    [['It arrived in Cuba.'], ['It arrived in Havana.'], 'partial'],
    [['It arrived in Havana.'], ['It arrived in Minsk.'], 'conflict'],
    [['It arrived in Havana.'], ['One landed in Havana, another landed in Minsk.'], 'partial'],
    [['It landed at Waterkloof Air Force Base near Pretoria.'], ['It touched down in South Africa.'], 'partial'],
    [['It landed at Waterkloof Air Force Base near Pretoria.'], ['It touched down in Kenya.'], 'conflict'],
    // One side locates a site the gazetteer lacks: the other's site of that name lies there too.
    [['It landed at the Nevatim air base in southern Israel.'], ['It arrived in Israel.', 'It landed at Nevatim Airbase.'], 'agree'],
    [['It landed at the Nevatim air base in southern Israel.'], ['It arrived in Israel.'], 'partial'],
    [['It was headed to Ontario, California.'], ['It was bound for California.'], 'partial'],
    [['It was headed to Ontario, California.'], ['It was bound for Ontario.'], 'conflict'],
    // Where a flight was bound and where it was diverted are two places of one flight.
    [['A jet bound for Dallas made an emergency landing.'], ['The flight was diverted to Philadelphia International Airport.'], 'partial'],
    [['The flight was diverted to Philadelphia.'], ['The flight was diverted to Baltimore.'], 'conflict'],
    // A hijacked flight is forced down at one place and then another: each side names some of its stops.
    [['Hijackers forced the Indian Airlines plane to land in Dubai.'], ['The hijacked Indian Airlines jet landed in Kandahar.'], 'partial'],
    [['Hijackers forced the plane, bound for New Delhi, to land in Dubai.'], ['The flight was bound for Mumbai.'], 'conflict'],
    // An airport the gazetteer lacks, in a region that holds a city it knows, may serve the city.
    [['The plane was flying from Miami to Houston.'], ['The plane was preparing to land at Hobby Field Airport.'], 'conflict'],
    [['The plane was flying from Miami to Houston.'], ['The plane was preparing to land at Hobby Field Airport in Texas.'], 'partial'],
    [['The plane was flying from Miami to Houston.'], ['The plane was preparing to land at Hobby Field Airport in Ohio.'], 'conflict'],
    [['The plane was flying from Miami to Houston.'], ['The plane was preparing to land at Wichita.'], 'conflict'],
    // An airport the gazetteer lacks, after the possessive of a city it knows, lies in that city.
    [["A medical evacuation plane landed at Cincinnati's Lunken Airport shortly after 10 p.m."], ['It landed in Cincinnati late that night.'], 'partial'],
    [["A medical evacuation plane landed at Cincinnati's Lunken Airport shortly after 10 p.m."], ['It landed in Dallas late that night.'], 'conflict'],
    [['The planes landed at Tempelhof airfield with milk and flour.'], ['U.S. Air Force Dakotas flew food into Berlin.'], 'agree'],
    [['The planes landed at Tempelhof airfield with milk and flour.'], ['U.S. Air Force Dakotas flew food into Frankfurt.'], 'conflict'],
    // An air base on an island of an archipelago.
    [['The plane landed at the Lajes air base on Terceira island.'], ['The pilots glided it to a landing in the Azores.'], 'partial'],
    [['The plane landed at the Lajes air base on Terceira island.'], ['The pilots glided it to a landing in the Canary Islands.'], 'conflict'],
    // A city lies in its state or province.
    [['The cargo plane was bound for Honolulu.'], ['The plane was headed to Hawaii.'], 'partial'],
    [['The jet was bound for Toronto.'], ['The jet was headed to Ontario.'], 'partial'],
    [['The cargo plane was bound for Honolulu.'], ['The plane was headed to Alaska.'], 'conflict'],
    [['The jet was bound for Dallas.', 'It was diverted to Philadelphia.'], ['The jet was bound for Houston.', 'It was diverted to Philadelphia.'], 'conflict'],
    // Where a flight is yet to go is a plan, which a place reached does not contradict.
    [['The plane landed in Jeddah.', 'From there they will be flown home to India.'], ['The flight arrived in New Delhi.'], 'partial'],
    [['The evacuees will be flown to Mumbai.'], ['The evacuees would be flown to New Delhi.'], 'conflict'],
    // A side that tells a journey going on after a landing names stops of the other side's journey, or its end.
    [['Helicopters carried the party to Clark Air Base.', 'Hours later the party flew on to Guam.'], ['The party landed at Hickam Air Force Base after a stop in Guam.'], 'partial'],
    [['Helicopters carried the party to Clark Air Base.', 'Hours later the party flew to Guam.'], ['The party landed at Hickam Air Force Base.'], 'conflict'],
    [['The plane flew on to Guam.'], ['The plane flew on to Okinawa.'], 'conflict'],
    [['The plane flew on to Guam.'], ['The plane landed in Guam.'], 'agree'],
    // Where a traveller aboard was going may lie beyond the flight's end; two travellers' ends still clash.
    [['The plane was bound from Albuquerque to Kansas City.'], ['Senator Cutting was returning to Washington.'], 'partial'],
    [['Senator Cutting was returning to Chicago.'], ['Senator Cutting was returning to Washington.'], 'conflict'],
    [['The plane was bound from Albuquerque to Kansas City.'], ['The plane was returning to Washington.'], 'conflict'],
  ])('%j vs %j is %s', (a, b, expected) => {
    expect(verdict(a, b)).toBe(expected);
  });

  it('judges through compare()', () => {
    const report = compare(
      { id: 'x', text: 'Two Il-76 planes landed at José Martí airport on Sunday. Cuban officials met them.', publishedAt: '2020-06-08' },
      { id: 'y', text: 'Russian transport planes arrived in Havana on June 7. A source in Minsk said so.', publishedAt: '2020-06-08' },
    );
    const row = report.facets.find((f) => f.facet === 'destination');
    expect(row?.verdict).toBe('agree');
    expect(report.facets.find((f) => f.facet === 'origin')).toBeUndefined();
  });
});

describe('destination: a place reached and one yet to go are no competing claims', () => {
  it('does not dispute "landed in Jeddah" (ministry) and "will be flown home to India" (minister)', () => {
    const r = compare(
      { id: 'a', text: 'A C-130J landed in the Saudi city of Jeddah on Tuesday, the foreign ministry said. From Jeddah they will be flown home to India, the minister said.' },
      { id: 'b', text: 'The evacuees arrived in New Delhi on Wednesday.' },
    );
    expect(r.facets.find((f) => f.facet === 'destination')?.verdict).toBe('partial');
  });

  it('disputes destinations only inside one sentence: in two they may be two flights of a swap', () => {
    const row = (a: string) => compare({ id: 'a', text: a }, { id: 'b', text: 'The plane arrived in Moscow.' }).facets.find((f) => f.facet === 'destination')!;
    expect(row('Bout had been flown home to Moscow, the ministry said. Griner was on a plane back to the United States, Biden said.').verdict).toBe('partial');
    expect(row('The plane landed in Moscow, the ministry said, while Biden said it landed in Washington.').verdict).toBe('disputed');
  });
});

import { describe, expect, it } from 'vitest';
import { location, type LocationValue } from '../../src/facets/location.js';
import { judgeByRelation } from '../../src/facets/facet.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const extract = (text: string) => location.extract({ index: 0, text }).map((f) => location.describe(f.value));

function facts(...sentences: string[]): Fact<LocationValue>[] {
  return factsOf(location, sentences);
}
const one = (text: string) => facts(text)[0]!.value;
const verdict = (a: string[], b: string[]) => judgeByRelation(location, facts(...a), facts(...b)).verdict;

describe('location.extract', () => {
  it("takes no place after a possessive for the site when a preposition stands between", () => {
    expect(extract("The drone was shot down in Russia's war against Ukraine.").join(' ')).not.toMatch(/Ukraine/);
  });

  it.each([
    ['An An-26 crashed near the village of Ozerki, 120 kilometres east of the capital.', ['near Ozerki, 116-124 km east of the capital']],
    ['The jet slammed into the ground near the village of Lisa, killing all aboard.', ['near Lisa']],
    // A settlement described by up to three words; a third that is an article or a preposition describes none.
    ['The Yak-42 crashed in fog in mountains near the Turkish Black Sea city of Trabzon on Monday.', ['Trabzon (Turkey)']],
    ['The plane came down a kilometre short of the runway near the village of Besovets.', ['near Besovets']],
    // A crash's site, not ended by another clause's errand.
    ['The jet crashed at Mangalore airport, as relatives gathered at a hospital to identify the dead.', ['Mangalore']],
    ['The jet slammed into the ground minutes after it left Lagos.', []],
    ['The prototype rolled over and plunged to the ground near Kubinka.', ['near Kubinka (Moscow, Russia)']],
    // The craft between the verb and its particle.
    ['A Soviet rocket brought the plane down near Sverdlovsk on May 1.', ['near Yekaterinburg (Russia)']],
    ['The rebels brought the plane down with a missile, then fled to Sverdlovsk.', []],
    // What the crash destroyed on the ground tells no crash site.
    ['Fifteen houses were destroyed in the village of Goussainville, police said.', []],
    ['The airliner was destroyed in the village of Goussainville.', ['Goussainville']],
    ['The helicopter went down 40 km north of Belgorod.', ['40 km north of Belgorod (Russia)']],
    // A distance from a reference named by a noun, or from a name the gazetteer lacks.
    ['The Su-24 crashed in Syria, 4 km from the Turkish border.', ['Syria, 4 km from the border']],
    // A bearing after a site locates that site, by a name the gazetteer lacks or knows, through a conversion.
    ['The plane crashed near Yablonovo, 40 km north of Korocha.', ['near Yablonovo, 40 km north of Korocha']],
    ['The plane came down near the town of Bishoftu, 62 km (38 miles) southeast of the capital Addis Ababa.', ['near Bishoftu (Ethiopia), 62 km southeast of Addis Ababa (Ethiopia)']],
    ['The plane came down 62 km (38 miles) southeast of the capital Addis Ababa.', ['62 km southeast of Addis Ababa (Ethiopia)']],
    ['Flight 6136 plunged into the water about 20 km (12 miles) from Dalian airport.', ['19-20 km from Dalian (China)']],
    // From nothing a report can name, a distance locates nothing.
    ['The drone crashed in Kursk, 10 km from the crash site.', ['Kursk (Russia)']],
    ['The drone was shot down over Crimea.', ['Crimea (Ukraine)']],
    ['The plane crashed inside South Africa near the border with Mozambique.', ['South Africa']],
    ['A ValuJet DC-9 crashed into the Florida Everglades on Saturday.', ['Everglades (United States)']],
    // What the land is like is no other place.
    ['A small plane went missing in mountainous Nepal on Sunday.', ['Nepal']],
    ['Officials feared it had crashed into the Himalayan foothills.', ['Himalayas']],
    // Lost from view over a town: near it, not the site.
    ['The An-24 lost contact with air traffic control over the Salang pass.', ['near Salang']],
    ['The tanker crashed in rural Mississippi.', ['Mississippi (United States)']],
    ['The wreckage was found outside Latakia.', ['near Latakia (Syria)']],
    ['The jet made an emergency landing in Minsk.', ['Minsk (Belarus)']],
    // A country's possessive names the country of the place that follows: the place is the site.
    ["A private jet crashed in Russia's Tver region on Wednesday.", ['Tver region (Russia)']],
    ['A private jet crashed in Russia on Wednesday.', ['Russia']],
    // What lies around the site: "in the mountains of", "off the coast of".
    ['The helicopter crashed in fog in the mountains of East Azerbaijan province.', ['East Azerbaijan']],
    ['The helicopter crashed in the hills of the Tver region.', ['Tver region (Russia)']],
    ['The drone went down in the waters of the Black Sea.', ['Black Sea']],
    // Where an interception happened.
    ['Two Tu-95 bombers were intercepted by U.S. F-22 fighter jets off the coast of Alaska.', ['near Alaska (United States)']],
    // A part of a country, a city's airport by its possessive.
    ['A Boeing 777 crashed in eastern Ukraine on Thursday.', ['Ukraine']],
    ['An American Eagle plane crashed in a soybean field in northwest Indiana on Monday.', ['Indiana (United States)']],
    // Where a crash came in the act of landing: where it landed; not a landing the crash came after.
    ['A Dutch jet crashed and broke in two as it landed in a thunderstorm at Faro airport on Monday.', ['Faro (Portugal)']],
    ['The jet skidded off the runway while landing at Faro.', ['Faro (Portugal)']],
    ['The jet landed at Faro airport and was damaged later.', []],
    ['A jetliner crashed and flipped over on takeoff in a snowstorm at Stapleton International Airport on Sunday.', ['Stapleton International Airport (Denver, United States)']],
    ['A floatplane slammed into a mountainside near Aleknagik early Tuesday.', ['near Aleknagik']],
    // Soon after taking off, or on the approach to land: near the airport.
    ['An Air Algerie Boeing 737 crashed shortly after taking off from the desert town of Tamanrasset on Thursday.', ['near Tamanrasset (Algeria)']],
    ['The plane landed safely shortly after taking off from Tamanrasset.', []],
    ['A Delta jet crashed and exploded in a thunderstorm on Friday as it approached Dallas-Fort Worth International Airport.', ['near Dallas/Fort Worth International Airport (Dallas, United States)']],
    ['The jet approached Dallas-Fort Worth International Airport and landed safely.', []],
    // A ditching on the approach to land, and what a plane plunged into, placed after it.
    ['The helicopter ditched on its approach to Sumburgh on Friday.', ['near Sumburgh (United Kingdom)']],
    ['A fighter plane plunged into a crowd of spectators in Reno, Nevada, on Friday.', ['Reno (United States)']],
    ['Shares plunged into negative territory in Tokyo on Monday.', []],
    ['The Boeing 727 ran off the end of the runway on the island of Madeira.', ['Madeira (Portugal)']],
    ['A Spantax DC-10 aborted its takeoff at Malaga airport on Monday.', ['Malaga (Spain)']],
    ['The bomber plunged into the sea seconds after taking off from Gibraltar.', ['near Gibraltar (United Kingdom)']],
    // High ground flown into is where it crashed.
    ['An Italian airliner flew into the Stadlerberg hill about 10 km short of Zurich airport.', ['Stadlerberg']],
    ["The jet burst into flames during an emergency landing at Moscow's Sheremetyevo airport.", ['Sheremetyevo (Moscow, Russia)']],
    // A cue that takes no such preposition leaves the place to the cue before it: a take-off is from somewhere.
    ['The jet crashed on takeoff in Tehran.', ['Tehran (Iran)']],
    // A flight into water named as such came down there.
    ['The death toll from the crash of a Precision Air flight into Lake Victoria rose to 19.', ['Lake Victoria']],
    // Where the wreck stopped.
    ['The jet came to rest in a field near Kazan.', ['near Kazan (Russia)']],
    // Off the end or side of a runway.
    ['A passenger plane skidded off a runway at Muan International Airport on Sunday.', ['Muan International Airport']],
    ['The plane overshot the runway at Kozhikode airport.', ['Calicut International Airport (Kozhikode, India)']],
    // An airport the gazetteer lacks, after the possessive of the town it serves.
    ["The plane skidded off the runway at Pokhran's Lathi airport.", ['Lathi']],
    ['The jet veered off the runway in Kathmandu.', ['Kathmandu (Nepal)']],
    // An aircraft that fell, and only an aircraft.
    ['The governor said the plane fell in a field near the village of Yablonovo.', ['Yablonovo']],
    ['Videos showed a large aircraft falling from the sky near Kyiv.', ['near Kyiv (Ukraine)']],
    // A part of a town is the town.
    ['A plane crashed in a residential area of Vinhedo in Sao Paulo state.', ['Vinhedo']],
    ['The turboprop crashed in a gated community in Vinhedo.', ['Vinhedo']],
    ['A police helicopter crashed onto the roof of a crowded pub in the centre of Glasgow.', ['Glasgow (United Kingdom)']],
    ['The jet crashed in downtown Dallas.', ['Dallas (United States)']],
    ['An Irish Coast Guard helicopter crashed off the west coast of Ireland.', ['near Ireland']],
    // A division's noun between a name the gazetteer lacks and what locates it.
    ['The Chinook helicopter crashed overnight in the Sayedabad district of Wardak province.', ['Sayedabad']],
    // Where those who speak are, after the site: "officials in Belgium and France said".
    ['The jet was shot down over Kigali on Wednesday evening, officials in Belgium and France said.', ['Kigali (Rwanda)']],
    ['The jet was shot down over Kigali, diplomats in Paris said.', ['Kigali (Rwanda)']],
    // Near a city's own airport is in the city; near the city itself is beside it.
    ["A plane crashed in a crowded neighborhood near Karachi's airport on Friday.", ['Karachi (Pakistan)']],
    ["The plane crashed near Karachi's main airport.", ['Karachi (Pakistan)']],
    ['The plane crashed near Karachi.', ['near Karachi (Pakistan)']],
    ['The airliner ditched in the Hudson River off Manhattan.', ['Hudson River', 'near Manhattan']],
    // A landing on water is where the incident happened.
    ['A US Airways plane landed in the Hudson River on January 15.', ['Hudson River']],
    // So is a landing on open ground: a field, a highway.
    ['The A320 landed in a field near the village of Kamenka.', ['Kamenka']],
    // Ground described by a word, and ground short of an airport.
    ['The plane came down in an open field near Kamenka.', ['near Kamenka']],
    ["The jet crashed into a muddy field just short of Amsterdam's Schiphol airport.", ['Schiphol (Amsterdam, Netherlands)']],
    ['The airliner crashed in the Amazon jungle on Friday.', ['Amazon']],
    // The craft named at length between the incident and its place.
    ['The death toll from the crash of an Indonesian air force Hercules transport plane into a residential neighbourhood of Medan rose.', ['Medan (Indonesia)']],
    // A landing cut short by the crash places the crash by the field it was trying to reach.
    ['The plane crashed while trying to land at Jolo airport.', ['near Jolo']],
    ['The plane missed the runway while trying to land at Jolo airport.', ['near Jolo']],
    ['The plane crashed, and the crew had tried to land at Jolo.', []],
    // The craft a noun of the crash belongs to is no part of the way to the place.
    ['The death toll from the crash of a Russian warplane into an apartment building in the port city of Yeysk has risen to 13.', ['Yeysk (Russia)']],
    ['The plane landed in a wheat field in the Novosibirsk region.', ['Novosibirsk (Russia)']],
    ['The light aircraft landed on a highway near Kuala Lumpur.', ['near Kuala Lumpur (Malaysia)']],
    // Into the water: a river the gazetteer lacks, after "into" and a crash or a plunge.
    ['The jet and the helicopter collided, sending both plunging into the icy Potomac River.', ['Potomac River']],
    ['The plane crashed into the Hudson River.', ['Hudson River']],
    ['The Boeing plummeted into the Java Sea minutes after takeoff.', ['Java Sea']],
    // Into the water off or near a place: beside it, not in it.
    ['Divers searched for the bodies of those killed when the Tu-154 plunged into the sea off Sochi.', ['near Sochi (Russia)']],
    ['The jet landed in the sea off Bali after overshooting the runway.', ['near Bali']],
    ['A passenger jet and an Army helicopter collide near Washington.', ['near Washington (United States)']],
    ['The jet collided with a helicopter near Reagan National Airport.', ['near Ronald Reagan Washington National Airport (Washington, United States)']],
    // A crash while taking off is at the place it set off from.
    ["A plane crashed while taking off from Kathmandu's airport on Wednesday.", ['Kathmandu (Nepal)']],
    ["The plane collided with a fire truck while taking off from Kathmandu's airport on Friday.", ['Kathmandu (Nepal)']],
    ['The plane collided with a fire truck on the runway, and it was taking off from Kathmandu.', []],
    ['The jet crashed on take-off from Almaty airport.', ['Almaty (Kazakhstan)']],
    // When it came down, between the crash and its place.
    ['A Yak-42 crashed shortly after take-off near the Russian city of Yaroslavl on Wednesday.', ['near Yaroslavl (Russia)']],
    // The weather it came down in, between the verb and the place.
    ['The small plane crashed in rain and fog near St. Louis.', ['near Saint Louis (United States)']],
    // So is the clock it came down at, its zone and the hour in GMT: no clause of its own. Not a colon that ends one.
    ['The jets collided at about 11:35 p.m. (2135 GMT) near the town of Ueberlingen.', ['near Ueberlingen (Germany)']],
    ['The plane crashed at 7:36 p.m. EST near St. Louis.', ['near Saint Louis (United States)']],
    ['It came down about 8:10 a.m. near St. Louis, six miles from the airport.', ['near Saint Louis (United States), 10 km from the airport']],
    ['The plane crashed at dawn: near St. Louis, police said.', []],
    // The fire after the crash, and the drill it came in.
    ['The jet crashed and burned near Perm.', ['near Perm (Russia)']],
    ['The jet crashed and burned while practicing landings at Akron-Canton Regional Airport.', ['Akron-Canton Regional Airport (United States)']],
    ['The jet crashed and burned, and rescuers flew in from Perm.', []],
    // A side of the town before its name: a part of it.
    ['The light plane crashed in fog on a golf course in north London.', ['London (United Kingdom)']],
    // A place's record is no site of it; the mountain's slopes are.
    ['The jet slammed into a mountain, the worst single-plane crash in United States history.', []],
    ['The jetliner crashed in flames on the slopes of Mount Fuji today.', ['Mount Fuji (Japan)']],
    ['The airliner disappeared over the Bay of Biscay on Tuesday.', ['Bay of Biscay']],
    // An aircraft's strike, and where an attack took place.
    ['Three soldiers were killed in a drone attack on a U.S. military outpost in northeastern Jordan.', ['Jordan']],
    ['A one-way attack drone struck a U.S. base in Jordan early Sunday.', ['Jordan']],
    ['The spokesman said the attack took place at the al-Tanf base in Syria.', ['Al-Tanf (Syria)']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    'The plane landed in Minsk.',
    'Officials in Belgorod said the crash was an accident.',
    'The 2018 crash killed 71 people.',
    'The helicopter crashed in the mountains.',
    'Prices skidded in Tokyo.',
    'Shares plunged in Tokyo.',
    'Shares plunged into Monday in Tokyo.',
    'Shares plunged near Tokyo on Monday.',
    'The ship sank into the sea off Sochi.',
    'Shares fell in Tokyo.',
    'Snow fell in Moscow on the day the plane landed.',
    'The drone slammed into Building 5 of the plant.',
    'The jet flew into Taiwan\'s air defence zone.',
    'The jet took off from Almaty and crashed.',
    'The jet crashed after a fire broke out in Moscow.',
    // A strike by no aircraft, and outside a country, which is anywhere else.
    'The minister struck a deal in Geneva.',
    'Protesters attacked the embassy in Baghdad.',
    'The spokesman said the attack took place outside Jordan.',
    // A base named for the water it lies on is land: the landing is an arrival.
    'A U.S. military plane landed at the Guantanamo Bay naval base in Cuba.',
  ])('no location in "%s"', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('location.relate', () => {
  it.each([
    ['It crashed 300 km north of Belgorod.', 'It crashed more than 100 km north of Belgorod.', 'narrower'],
    ['It crashed 300 km north of Belgorod.', 'It crashed 30 km north of Belgorod.', 'conflict'],
    ['It crashed 300 km north of Belgorod.', 'It crashed 300 km south of Belgorod.', 'conflict'],
    ['It crashed near the village of Ozerki.', 'It crashed 300 km north of Belgorod.', 'compatible'],
    ['It crashed near Latakia.', 'It crashed in Latakia.', 'equal'],
    ['It crashed in Syria, 4 km from the border.', 'It crashed in Syria, 12 km from the Turkish border.', 'conflict'],
    ['It crashed in Syria, 4 km from the border.', 'It crashed in Syria, 120 km north of the capital.', 'equal'],
    ['It crashed in Latakia.', 'It crashed in Minsk.', 'conflict'],
    ['It crashed into a village near Le Bourget airport.', 'It crashed at the Paris Air Show.', 'equal'],
    ['The balloon exploded over the ancient city of Luxor.', 'The balloon crashed in Egypt.', 'narrower'],
    ['The jet crashed at Yichun in northeastern China.', 'The jet crashed in fog in Heilongjiang province.', 'narrower'],
    ['The jet crashed at Yichun in northeastern China.', 'The jet crashed into a frozen lake in Baotou.', 'conflict'],
    ['The balloon exploded over the ancient city of Luxor.', "The balloon crashed in Turkey's Cappadocia region.", 'conflict'],
    // A town on an island: Kahului lies on Maui, Hilo on another island of Hawaii.
    ['It made an emergency landing at Kahului airport.', 'It made an emergency landing on Maui.', 'narrower'],
    ['It made an emergency landing at Hilo.', 'It made an emergency landing on Maui.', 'conflict'],
    ['It crashed near Latakia.', 'It crashed in Syria.', 'narrower'],
    ['It crashed near Korocha.', 'It crashed in the Belgorod region.', 'narrower'],
    ['It crashed in Russia.', 'It crashed in the village of Yablonovo.', 'broader'],
    ['It crashed in the village of Yablonovo.', 'It crashed in Korocha.', 'conflict'],
    // A report often leaves out "International" of an airport's name.
    ['It skidded off a runway at Muan International Airport.', 'It crash-landed at Muan airport.', 'equal'],
    ['It crashed at Wadi Halfa International Airport.', 'It crashed at Port Sudan airport.', 'conflict'],
    // A feature word that one report leaves out: "the Potomac River" and "the Potomac".
    ['It crashed into the Potomac River.', 'It crashed over the Potomac.', 'equal'],
    ['It crashed near Lamjura Pass.', 'It crashed near Lamjura.', 'equal'],
    ['It crashed near Mount Erebus.', 'It crashed near Erebus.', 'equal'],
    ['It crashed into the Potomac River.', 'It crashed into the Anacostia River.', 'conflict'],
    // A river the gazetteer lacks lies in the island it names; an island of another country is elsewhere.
    ['It crashed into a river in southern Sumatra.', 'It went down in the Musi River.', 'broader'],
    ['It crashed into a river in southern Sumatra.', 'It went down near Palembang.', 'broader'],
    ['It crashed in Sumatra.', 'It went down in Jakarta.', 'conflict'],
    // A ditching and a break-up in the sea are sites; a mountain the gazetteer lacks lies on the island it names.
    ['A gauge caused the airliner to run out of fuel and ditch off Sicily.', 'The plane broke into three pieces in the sea off Palermo.', 'broader'],
    ['It crashed into a mountain on the Arctic island of Spitsbergen.', 'It slammed into the Operafjellet mountain.', 'broader'],
    ['The B-52 crashed seven miles from Thule Air Base.', 'The B-52 crashed in Greenland.', 'narrower'],
    ['Pilot error caused the jet to plunge into the sea off Beirut.', 'The jet crashed in Lebanon.', 'narrower'],
    ['It crashed near Lamjura Pass.', 'It crashed near Lamjura Valley.', 'compatible'],
    // A canyon the gazetteer lacks may be a part of the town the other names; a town it lacks is another town.
    ['The jet slammed into homes in Murphy Canyon.', 'The jet crashed into a San Diego neighbourhood.', 'narrower'],
    ['It crashed in Clarksburg.', 'It crashed in San Diego.', 'conflict'],
    // A neighbourhood the gazetteer lacks lies in the town named after it.
    ['The jet plowed into homes in the Gardanibagh neighbourhood of Patna.', 'It crashed in Patna.', 'narrower'],
    ['The jet plowed into homes in the Gardanibagh neighbourhood of Patna.', 'It crashed in Kolkata.', 'conflict'],
    ['Flight 587 went down in the Belle Harbor section of the Rockaway peninsula.', 'It crashed into a Queens neighborhood.', 'narrower'],
    // A country since split holds the sites of the countries that followed it.
    ['The planes collided at 33,000 feet over northern Yugoslavia.', 'The planes collided near Zagreb.', 'compatible'],
  ])('%s / %s: %s', (x, y, expected) => {
    expect(location.relate(one(x), one(y))).toBe(expected);
  });

  it('judges sets by relation', () => {
    expect(verdict(['It crashed near Latakia.'], ['It crashed in Minsk.'])).toBe('conflict');
    // A district the gazetteer lacks, said to lie in the province the other side names.
    const district = location.extract({ index: 0, text: 'The Chinook helicopter crashed overnight in the Sayedabad district of Wardak province, west of Kabul.' });
    expect(district.map((f) => [f.value.place, f.value.within])).toEqual([['sayedabad', 'wardak']]);
    expect(verdict(['It crashed near Latakia.'], ['The wreckage was found outside Latakia.'])).toBe('agree');
  });

  it('calls sites that only may coincide partial, not agreement', () => {
    expect(location.compare!(facts('It crashed near the village of Yablonovo.'), facts('It went down near Korocha.')).verdict).toBe('partial');
    expect(location.compare!(facts('It crashed in the Belgorod region.'), facts('It went down near Korocha.')).verdict).toBe('partial');
    expect(location.compare!(facts('It crashed near Korocha.'), facts('The wreckage lay near Korocha.')).verdict).toBe('agree');
    // A country the gazetteer puts around the other side's site is that site told coarser.
    expect(location.compare!(facts('The jet crashed at Faro airport.'), facts('The jet crashed in Portugal.', 'It skidded off the runway at Faro.')).verdict).toBe('agree');
    // Where contact was lost against where the wreckage lay: maybe one place, maybe not.
    expect(location.compare!(facts('The plane lost contact with air traffic control over the Salang pass.'),
      facts('The plane was found on a mountain in the Shakar Dara district.')).verdict).toBe('partial');
    // A district the gazetteer lacks may hold a pass it lacks too; two such districts are two places.
    expect(location.compare!(facts('The plane crashed over the Salang pass.'),
      facts('The plane crashed in the Shakar Dara district.')).verdict).toBe('partial');
    expect(location.compare!(facts('The plane crashed in the Salang district.'),
      facts('The plane crashed in the Shakar Dara district.')).verdict).toBe('conflict');
  });

  it('keeps a site told by an approach where the side names only a region that holds it, not beside another site', () => {
    const kirksville = 'The plane crashed and burned while approaching the airport in Kirksville.';
    expect(location.compare!(facts(kirksville), facts('The plane crashed in northern Missouri.', kirksville)).verdict).toBe('agree');
    // Beside a site of its own, an approach's town is vaguer than that site: only the lake counts.
    expect(location.compare!(facts('The plane crashed into Lake Victoria as it approached the airport in Bukoba.'),
      facts('The plane crashed into Lake Victoria.')).verdict).toBe('agree');
  });

  it('keeps a site of a country over an area of none beside it', () => {
    const ocean = facts('The jumbo jet crashed into the Indian Ocean off Mauritius.');
    expect(location.compare!(ocean, facts('The plane plunged into the sea off Mauritius.')).verdict).toBe('agree');
    // Alone, the area is the site.
    expect(location.compare!(facts('The jumbo jet crashed into the Indian Ocean.'), facts('The plane plunged into the sea off Mauritius.')).verdict).toBe('partial');
  });

  it('places a town the gazetteer lacks in the region named after it, with or without "the"', () => {
    const inRegion = (text: string) => location.relate(one('It crashed in the Ashanti region.'), one(text));
    expect(inRegion('It came down near the town of Adansi Akrofuom in the Ashanti region.')).toBe('broader');
    expect(inRegion('It came down near the town of Adansi Akrofuom in Ashanti.')).toBe('broader');
  });
});

describe('location: airspace', () => {
  const lastOf = (text: string) => facts(text).at(-1)!.value;
  it.each([
    ['The jet violated Turkish airspace.', 'in the airspace of Turkey'],
    ['The ministry said the plane never left Syrian airspace.', 'only in the airspace of Syria throughout'],
    ['The bombers did not enter US airspace.', 'not in the airspace of United States'],
    ['The bombers remained in international airspace.', 'only in international airspace throughout'],
  ])('%s reads %j', (text, described) => {
    expect(location.describe(lastOf(text))).toBe(described);
  });

  it.each([
    // One airspace: in and out of it cannot both be true; "never left" is the more specific.
    ['The jet violated Turkish airspace.', "The jet strayed into Turkey's airspace.", 'equal'],
    ['The jet violated Turkish airspace.', 'Russia denied that the jet had violated Turkish airspace.', 'conflict'],
    ['The jet never left Syrian airspace.', 'The jet was shot down in Syrian airspace.', 'narrower'],
    ['The jets did not enter Estonian airspace.', 'There was no violation of Estonian airspace.', 'equal'],
    // Two countries' air: both may hold of one flight, unless one side keeps it in one throughout.
    ['The jet violated Turkish airspace.', 'The jet was flying in Syrian airspace.', 'unrelated'],
    ['The jet violated Turkish airspace.', 'The jet stayed within Syrian airspace throughout.', 'conflict'],
    ['The jet did not enter Turkish airspace.', 'The jet stayed within Syrian airspace throughout.', 'unrelated'],
    // The air of no country is no country's air.
    ['The jets flew over neutral waters.', 'The jets violated Estonian airspace.', 'conflict'],
    ['The jets flew over neutral waters.', 'The bombers remained in international airspace.', 'broader'],
    ['The jets flew over neutral waters.', 'The jets did not enter Estonian airspace.', 'unrelated'],
    ['The planes were downed in international waters.', 'The planes were shot down over Cuban territorial waters.', 'conflict'],
    // A site and an airspace are different things: shot down in Turkish air, a jet may crash in Syria.
    ['The jet violated Turkish airspace.', 'The jet crashed in Syria.', 'unrelated'],
  ])('%s / %s: %s', (x, y, expected) => {
    expect(location.relate(lastOf(x), lastOf(y))).toBe(expected);
  });

  it('judges two reports of the same incursion as agreeing, and an incursion against a denial as a conflict', () => {
    expect(verdict(['Three MiG-31s entered Estonian airspace.'], ["The fighters violated Estonia's airspace for 12 minutes."])).toBe('agree');
    expect(verdict(['Three MiG-31s entered Estonian airspace.'], ['The fighters did not violate Estonian airspace.'])).toBe('conflict');
    expect(verdict(['The jet crashed in Syria after it violated Turkish airspace.'], ['The jet crashed in Syria.'])).toBe('partial');
  });
});

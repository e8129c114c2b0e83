/**
 * The gazetteer: countries with their demonyms and capitals, cities, airports and air bases with the
 * places they serve. Data only; src/text/places.ts compiles it into a lookup.
 *
 * Aliases written all in capitals ("US", "UAE") match only in capitals, so the pronoun "us" is no place.
 */

export type PlaceKind = 'country' | 'region' | 'city' | 'airport' | 'base';

export interface PlaceEntry {
  /** Display name; its folded form is the place's id. */
  name: string;
  kind: PlaceKind;
  /** Other spellings, transliterations and official names. */
  aliases: readonly string[];
  /** Display name of the place it lies in or serves: an airport's city, a city's country. */
  parent?: string;
  /** Adjectives of nationality, for countries and regions ("Senegalese", "Chechen"). */
  demonyms?: readonly string[];
  /** Display name of a country's capital. */
  capital?: string;
}

/** [country, demonyms, capital, other names of the country] */
type CountryRow = readonly [string, readonly string[], string, readonly string[]];

const COUNTRY_ROWS: readonly CountryRow[] = [
  ['Afghanistan', ['Afghan'], 'Kabul', []],
  ['Albania', ['Albanian'], 'Tirana', []],
  ['Algeria', ['Algerian'], 'Algiers', []],
  ['Angola', ['Angolan'], 'Luanda', []],
  ['Argentina', ['Argentine', 'Argentinian'], 'Buenos Aires', []],
  ['Armenia', ['Armenian'], 'Yerevan', []],
  ['Australia', ['Australian'], 'Canberra', []],
  ['Austria', ['Austrian'], 'Vienna', []],
  ['Azerbaijan', ['Azerbaijani', 'Azeri'], 'Baku', []],
  ['Bahamas', ['Bahamian'], 'Nassau', ['The Bahamas']],
  ['Bahrain', ['Bahraini'], 'Manama', []],
  ['Bangladesh', ['Bangladeshi'], 'Dhaka', []],
  ['Barbados', ['Barbadian', 'Bajan'], 'Bridgetown', []],
  ['Belarus', ['Belarusian', 'Belarussian', 'Byelorussian'], 'Minsk', ['Byelorussia', 'Belorussia']],
  ['Belgium', ['Belgian'], 'Brussels', []],
  ['Belize', ['Belizean'], 'Belmopan', []],
  ['Benin', ['Beninese'], 'Porto-Novo', []],
  ['Bhutan', ['Bhutanese'], 'Thimphu', []],
  ['Bolivia', ['Bolivian'], 'La Paz', []],
  ['Bosnia and Herzegovina', ['Bosnian'], 'Sarajevo', ['Bosnia']],
  ['Botswana', ['Motswana', 'Batswana'], 'Gaborone', []],
  ['Brazil', ['Brazilian'], 'Brasília', ['Brasil']],
  ['Brunei', ['Bruneian'], 'Bandar Seri Begawan', []],
  ['Bulgaria', ['Bulgarian'], 'Sofia', []],
  ['Burkina Faso', ['Burkinabe'], 'Ouagadougou', []],
  ['Burundi', ['Burundian'], 'Bujumbura', []],
  ['Cambodia', ['Cambodian'], 'Phnom Penh', []],
  ['Cameroon', ['Cameroonian'], 'Yaoundé', []],
  ['Canada', ['Canadian'], 'Ottawa', []],
  ['Cape Verde', ['Cape Verdean'], 'Praia', ['Cabo Verde']],
  ['Central African Republic', ['Central African'], 'Bangui', ['CAR']],
  ['Chad', ['Chadian'], "N'Djamena", []],
  ['Chile', ['Chilean'], 'Santiago', []],
  ['China', ['Chinese'], 'Beijing', ["People's Republic of China", 'PRC']],
  ['Colombia', ['Colombian'], 'Bogotá', []],
  ['Comoros', ['Comorian'], 'Moroni', ['Comoro Islands']],
  // Zaire from 1971 to 1997.
  ['Congo', ['Congolese', 'Zairean', 'Zairian'], 'Kinshasa', ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC', 'Zaire']],
  ['Costa Rica', ['Costa Rican'], 'San José', []],
  ['Croatia', ['Croatian', 'Croat'], 'Zagreb', []],
  ['Cuba', ['Cuban'], 'Havana', []],
  ['Cyprus', ['Cypriot'], 'Nicosia', []],
  ['Czech Republic', ['Czech'], 'Prague', ['Czechia']],
  ['Denmark', ['Danish'], 'Copenhagen', []],
  ['Djibouti', ['Djiboutian'], 'Djibouti City', []],
  ['Dominican Republic', ['Dominican'], 'Santo Domingo', []],
  ['Ecuador', ['Ecuadorian', 'Ecuadorean'], 'Quito', []],
  ['Egypt', ['Egyptian'], 'Cairo', []],
  ['El Salvador', ['Salvadoran', 'Salvadorean'], 'San Salvador', []],
  ['Equatorial Guinea', ['Equatoguinean'], 'Malabo', []],
  ['Eritrea', ['Eritrean'], 'Asmara', []],
  ['Estonia', ['Estonian'], 'Tallinn', []],
  ['Eswatini', ['Swazi'], 'Mbabane', ['Swaziland']],
  ['Ethiopia', ['Ethiopian'], 'Addis Ababa', []],
  ['Fiji', ['Fijian'], 'Suva', []],
  ['Finland', ['Finnish'], 'Helsinki', []],
  ['France', ['French'], 'Paris', []],
  ['Gabon', ['Gabonese'], 'Libreville', []],
  ['Gambia', ['Gambian'], 'Banjul', ['The Gambia']],
  ['Georgia', ['Georgian'], 'Tbilisi', []],
  // The Federal Republic before 1990, one country with today's for a report of then and one of now.
  ['Germany', ['German'], 'Berlin', ['West Germany']],
  ['Ghana', ['Ghanaian'], 'Accra', []],
  ['Greece', ['Greek'], 'Athens', []],
  ['Guatemala', ['Guatemalan'], 'Guatemala City', []],
  ['Guinea', ['Guinean'], 'Conakry', []],
  ['Guyana', ['Guyanese'], 'Georgetown', []],
  ['Haiti', ['Haitian'], 'Port-au-Prince', []],
  ['Honduras', ['Honduran'], 'Tegucigalpa', []],
  ['Hungary', ['Hungarian'], 'Budapest', []],
  ['Iceland', ['Icelandic'], 'Reykjavík', []],
  ['India', ['Indian'], 'New Delhi', []],
  ['Indonesia', ['Indonesian'], 'Jakarta', []],
  ['Iran', ['Iranian'], 'Tehran', ['Islamic Republic of Iran', 'Persia']],
  ['Iraq', ['Iraqi'], 'Baghdad', []],
  ['Ireland', ['Irish'], 'Dublin', []],
  ['Israel', ['Israeli'], 'Jerusalem', []],
  ['Italy', ['Italian'], 'Rome', []],
  ['Ivory Coast', ['Ivorian'], 'Yamoussoukro', ["Côte d'Ivoire"]],
  ['Jamaica', ['Jamaican'], 'Kingston', []],
  ['Japan', ['Japanese'], 'Tokyo', []],
  ['Jordan', ['Jordanian'], 'Amman', []],
  ['Kazakhstan', ['Kazakh', 'Kazakhstani'], 'Astana', []],
  ['Kenya', ['Kenyan'], 'Nairobi', []],
  ['Kosovo', ['Kosovar', 'Kosovan'], 'Pristina', []],
  ['Kuwait', ['Kuwaiti'], 'Kuwait City', []],
  ['Kyrgyzstan', ['Kyrgyz'], 'Bishkek', ['Kirghizia']],
  ['Laos', ['Lao', 'Laotian'], 'Vientiane', []],
  ['Latvia', ['Latvian'], 'Riga', []],
  ['Lebanon', ['Lebanese'], 'Beirut', []],
  ['Lesotho', ['Basotho'], 'Maseru', []],
  ['Liberia', ['Liberian'], 'Monrovia', []],
  ['Libya', ['Libyan'], 'Tripoli', []],
  ['Lithuania', ['Lithuanian'], 'Vilnius', []],
  ['Luxembourg', ['Luxembourgish'], 'Luxembourg City', []],
  ['Madagascar', ['Malagasy'], 'Antananarivo', []],
  ['Malawi', ['Malawian'], 'Lilongwe', []],
  ['Malaysia', ['Malaysian'], 'Kuala Lumpur', []],
  ['Maldives', ['Maldivian'], 'Male', []],
  ['Mali', ['Malian'], 'Bamako', []],
  ['Malta', ['Maltese'], 'Valletta', []],
  ['Mauritania', ['Mauritanian'], 'Nouakchott', []],
  ['Mauritius', ['Mauritian'], 'Port Louis', []],
  ['Mexico', ['Mexican'], 'Mexico City', []],
  ['Micronesia', ['Micronesian'], 'Palikir', ['Federated States of Micronesia']],
  ['Moldova', ['Moldovan'], 'Chișinău', []],
  ['Mongolia', ['Mongolian'], 'Ulaanbaatar', []],
  ['Montenegro', ['Montenegrin'], 'Podgorica', []],
  ['Morocco', ['Moroccan'], 'Rabat', []],
  ['Mozambique', ['Mozambican'], 'Maputo', []],
  ['Myanmar', ['Burmese'], 'Naypyidaw', ['Burma']],
  ['Namibia', ['Namibian'], 'Windhoek', []],
  ['Nepal', ['Nepalese', 'Nepali'], 'Kathmandu', []],
  ['Netherlands', ['Dutch'], 'Amsterdam', ['Holland']],
  ['New Zealand', ['New Zealander'], 'Wellington', []],
  ['Nicaragua', ['Nicaraguan'], 'Managua', []],
  ['Niger', ['Nigerien'], 'Niamey', []],
  ['Nigeria', ['Nigerian'], 'Abuja', []],
  ['North Korea', ['North Korean'], 'Pyongyang', ['DPRK']],
  ['North Macedonia', ['Macedonian'], 'Skopje', ['Macedonia']],
  ['Norway', ['Norwegian'], 'Oslo', []],
  ['Oman', ['Omani'], 'Muscat', []],
  ['Pakistan', ['Pakistani'], 'Islamabad', []],
  ['Palestine', ['Palestinian'], 'Ramallah', ['Palestinian territories']],
  ['Panama', ['Panamanian'], 'Panama City', []],
  ['Papua New Guinea', ['Papua New Guinean'], 'Port Moresby', ['PNG']],
  ['Paraguay', ['Paraguayan'], 'Asunción', []],
  ['Peru', ['Peruvian'], 'Lima', []],
  ['Philippines', ['Philippine', 'Filipino'], 'Manila', []],
  ['Poland', ['Polish'], 'Warsaw', []],
  ['Portugal', ['Portuguese'], 'Lisbon', []],
  ['Qatar', ['Qatari'], 'Doha', []],
  ['Republic of the Congo', [], 'Brazzaville', ['Congo-Brazzaville', 'Congo Republic']],
  ['Romania', ['Romanian'], 'Bucharest', []],
  ['Russia', ['Russian'], 'Moscow', ['Russian Federation', 'RF']],
  ['Rwanda', ['Rwandan'], 'Kigali', []],
  ['Samoa', ['Samoan'], 'Apia', []],
  ['Saudi Arabia', ['Saudi', 'Saudi Arabian'], 'Riyadh', []],
  ['Senegal', ['Senegalese'], 'Dakar', []],
  ['Serbia', ['Serbian', 'Serb'], 'Belgrade', []],
  ['Seychelles', ['Seychellois'], 'Victoria, Seychelles', []],
  ['Sierra Leone', ['Sierra Leonean'], 'Freetown', []],
  ['Singapore', ['Singaporean'], 'Singapore City', []],
  ['Slovakia', ['Slovak', 'Slovakian'], 'Bratislava', []],
  ['Slovenia', ['Slovenian', 'Slovene'], 'Ljubljana', []],
  ['Somalia', ['Somali'], 'Mogadishu', []],
  ['South Africa', ['South African'], 'Pretoria', []],
  ['South Korea', ['South Korean'], 'Seoul', ['Republic of Korea', 'ROK']],
  ['South Sudan', ['South Sudanese'], 'Juba', []],
  ['Spain', ['Spanish'], 'Madrid', []],
  ['Sri Lanka', ['Sri Lankan'], 'Colombo', []],
  ['Sudan', ['Sudanese'], 'Khartoum', []],
  ['Suriname', ['Surinamese'], 'Paramaribo', []],
  ['Sweden', ['Swedish'], 'Stockholm', []],
  ['Switzerland', ['Swiss'], 'Bern', []],
  ['Syria', ['Syrian'], 'Damascus', ['Syrian Arab Republic']],
  ['Taiwan', ['Taiwanese'], 'Taipei', []],
  ['Tajikistan', ['Tajik'], 'Dushanbe', []],
  ['Tanzania', ['Tanzanian'], 'Dodoma', []],
  ['Thailand', ['Thai'], 'Bangkok', []],
  ['Togo', ['Togolese'], 'Lome', []],
  ['Tonga', ['Tongan'], "Nuku'alofa", []],
  ['Trinidad and Tobago', ['Trinidadian'], 'Port of Spain', ['Trinidad']],
  ['Tunisia', ['Tunisian'], 'Tunis', []],
  ['Turkey', ['Turkish'], 'Ankara', ['Türkiye', 'Turkiye']],
  ['Turkmenistan', ['Turkmen'], 'Ashgabat', []],
  ['Uganda', ['Ugandan'], 'Kampala', []],
  ['Ukraine', ['Ukrainian'], 'Kyiv', []],
  ['United Arab Emirates', ['Emirati'], 'Abu Dhabi', ['UAE', 'Emirates']],
  ['United Kingdom', ['British'], 'London', ['UK', 'U.K.', 'Britain', 'Great Britain', 'England']],
  ['United States', ['American'], 'Washington', ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America']],
  ['Uruguay', ['Uruguayan'], 'Montevideo', []],
  ['Uzbekistan', ['Uzbek'], 'Tashkent', []],
  ['Venezuela', ['Venezuelan'], 'Caracas', ['Bolivarian Republic of Venezuela']],
  ['Vietnam', ['Vietnamese'], 'Hanoi', ['Viet Nam']],
  ['Yemen', ['Yemeni'], "Sana'a", []],
  ['Zambia', ['Zambian'], 'Lusaka', []],
  ['Zimbabwe', ['Zimbabwean'], 'Harare', []],
];

/** [city, country (or the region of a country it lies in), other spellings] — capitals and other cities that flights and incidents name. */
type CityRow = readonly [string, string, readonly string[]];

const CITY_ROWS: readonly CityRow[] = [
  // Capitals with other spellings (capitals without any are added from COUNTRY_ROWS).
  ['Kyiv', 'Ukraine', ['Kiev']],
  ['Beijing', 'China', ['Peking']],
  ['Kinshasa', 'Congo', ['Leopoldville', 'Léopoldville']],
  // The Dominican capital's name under Trujillo, 1936-1961.
  ['Santo Domingo', 'Dominican Republic', ['Ciudad Trujillo']],
  ['Washington', 'United States', ['Washington, D.C.', 'Washington DC', 'Washington D.C.']],
  ['Bogotá', 'Colombia', []],
  ["Sana'a", 'Yemen', ['Sanaa']],
  ['Chișinău', 'Moldova', ['Chisinau', 'Kishinev']],
  ['Ulaanbaatar', 'Mongolia', ['Ulan Bator']],
  ['Astana', 'Kazakhstan', ['Nur-Sultan']],
  ['Ashgabat', 'Turkmenistan', ['Ashkhabad']],
  ['Tbilisi', 'Georgia', ['Tiflis']],
  ['Yangon', 'Myanmar', ['Rangoon']],
  ['Davao', 'Philippines', ['Davao City']],
  ['Tacloban', 'Leyte', ['Tacloban City']],
  ['Cagayan de Oro', 'Philippines', []],
  ['Mandalay', 'Myanmar', []],
  ['Heho', 'Shan State', []],
  ['New Delhi', 'India', ['Delhi']],
  ['Kuwait City', 'Kuwait', []],
  ['Singapore City', 'Singapore', []],
  // Russia
  ['Saint Petersburg', 'Russia', ['St. Petersburg', 'St Petersburg', 'Sankt-Peterburg', 'Leningrad', 'Petersburg']],
  ['Belgorod', 'Belgorod region', []],
  ['Kursk', 'Kursk region', []],
  ['Bryansk', 'Russia', []],
  ['Voronezh', 'Russia', []],
  ['Rostov-on-Don', 'Russia', ['Rostov', 'Rostov-na-Donu']],
  ['Krasnodar', 'Russia', []],
  ['Sochi', 'Russia', []],
  ['Volgograd', 'Russia', ['Stalingrad']],
  ['Kazan', 'Russia', []],
  ['Samara', 'Russia', []],
  ['Yekaterinburg', 'Russia', ['Ekaterinburg', 'Sverdlovsk']],
  ['Novosibirsk', 'Siberia', []],
  ['Omsk', 'Siberia', []],
  ['Krasnoyarsk', 'Siberia', []],
  ['Tyumen', 'Siberia', []],
  ['Surgut', 'Siberia', []],
  ['Irkutsk', 'Siberia', []],
  ['Khabarovsk', 'Russia', []],
  ['Vladivostok', 'Russia', []],
  ['Murmansk', 'Russia', []],
  ['Arkhangelsk', 'Russia', ['Archangel']],
  ['Kaliningrad', 'Russia', []],
  ['Pskov', 'Russia', []],
  ['Tver', 'Tver region', []],
  ['Smolensk', 'Russia', []],
  ['Yaroslavl', 'Russia', []],
  ['Nizhny Novgorod', 'Russia', []],
  ['Ulyanovsk', 'Russia', []],
  ['Orenburg', 'Russia', []],
  ['Chelyabinsk', 'Russia', []],
  ['Perm', 'Russia', []],
  ['Ufa', 'Russia', []],
  ['Saratov', 'Russia', []],
  ['Engels', 'Russia', []],
  ['Ivanovo', 'Russia', []],
  ['Taganrog', 'Russia', []],
  ['Yeysk', 'Russia', ['Yeisk']],
  ['Grozny', 'Chechnya', []],
  ['Makhachkala', 'Dagestan', []],
  ['Petropavlovsk-Kamchatsky', 'Kamchatka', []],
  ['Yakutsk', 'Yakutia', []],
  ['Polyarny', 'Yakutia', []],
  ['Izhma', 'Komi', []],
  ['Ulan-Ude', 'Buryatia', []],
  ['Nizhneangarsk', 'Buryatia', []],
  ['Norilsk', 'Siberia', []],
  ['Tiksi', 'Russia', []],
  ['Sevastopol', 'Ukraine', []],
  ['Simferopol', 'Ukraine', []],
  // Ukraine, Belarus
  ['Kharkiv', 'Ukraine', ['Kharkov']],
  ['Odesa', 'Ukraine', ['Odessa']],
  ['Lviv', 'Ukraine', ['Lvov', 'Lwów']],
  ['Dnipro', 'Ukraine', ['Dnipropetrovsk', 'Dnepropetrovsk']],
  ['Donetsk', 'Ukraine', []],
  ['Luhansk', 'Ukraine', ['Lugansk']],
  ['Mariupol', 'Ukraine', []],
  ['Zaporizhzhia', 'Ukraine', ['Zaporizhia', 'Zaporozhye']],
  ['Kherson', 'Ukraine', []],
  ['Mykolaiv', 'Ukraine', ['Nikolaev', 'Nikolayev']],
  ['Gomel', 'Belarus', ['Homel']],
  ['Brest', 'Belarus', []],
  ['Vitebsk', 'Belarus', []],
  ['Grodno', 'Belarus', ['Hrodna']],
  // Middle East
  ['Latakia', 'Syria', ['Lattakia', 'Al-Ladhiqiyah']],
  ['Aleppo', 'Syria', []],
  ['Homs', 'Syria', []],
  ['Tartus', 'Syria', ['Tartous']],
  ['Idlib', 'Syria', []],
  ['Palmyra', 'Syria', []],
  ['Deir ez-Zor', 'Syria', ['Deir el-Zour', 'Deir ez Zor']],
  ['Raqqa', 'Syria', []],
  ['Istanbul', 'Turkey', []],
  ['Izmir', 'Turkey', []],
  ['Antalya', 'Turkey', []],
  ['Adana', 'Turkey', []],
  ['Trabzon', 'Turkey', []],
  ['Port Sudan', 'Sudan', []],
  ['Omdurman', 'Sudan', []],
  ['Mosul', 'Iraq', []],
  ['Basra', 'Iraq', []],
  ['Erbil', 'Kurdistan', ['Arbil']],
  ['Isfahan', 'Iran', ['Esfahan']],
  ['Tabriz', 'Iran', []],
  ['Mashhad', 'Iran', []],
  ['Yasuj', 'Iran', ['Yasouj']],
  ['Shiraz', 'Iran', []],
  ['Tabas', 'Iran', []],
  ['Tel Aviv', 'Israel', []],
  ['Lod', 'Israel', ['Lydda']],
  ['Haifa', 'Israel', []],
  ['Gaza', 'Palestine', ['Gaza City']],
  ['Jeddah', 'Saudi Arabia', ['Jidda']],
  ['Mecca', 'Saudi Arabia', ['Makkah']],
  ['Dubai', 'United Arab Emirates', []],
  ['Aden', 'Yemen', []],
  ['Benghazi', 'Libya', []],
  ['Alexandria', 'Egypt', []],
  // The airport nearest Gaza, where aid for the Strip lands.
  ['El Arish', 'Sinai', ['Al-Arish', 'El-Arish', 'Arish', 'Al Arish']],
  // Europe
  ['Munich', 'Bavaria', ['München']],
  ['Frankfurt', 'Germany', []],
  ['Düsseldorf', 'Germany', ['Dusseldorf', 'Duesseldorf']],
  ['Hamburg', 'Germany', []],
  ['Leipzig', 'Germany', []],
  ['Dresden', 'Germany', []],
  ['Stuttgart', 'Germany', []],
  ['Nuremberg', 'Bavaria', ['Nürnberg']],
  ['Bremen', 'Germany', []],
  ['Cologne', 'Germany', ['Köln']],
  ['Milan', 'Italy', ['Milano']],
  ['Naples', 'Italy', []],
  ['Barcelona', 'Catalonia', []],
  ['Marseille', 'France', ['Marseilles']],
  ['Lyon', 'France', ['Lyons']],
  // De Gaulle's secret journey of May 1968: from the Paris heliport at Issy, by the air base at Saint-Dizier, to the
  // French forces' headquarters at Baden-Baden, and home to Colombey.
  ['Issy-les-Moulineaux', 'France', ['Issy']],
  ['Saint-Dizier', 'France', ['St-Dizier', 'St. Dizier']],
  ['Baden-Baden', 'Germany', []],
  ['Colombey-les-Deux-Églises', 'France', ['Colombey-les-Deux-Eglises', 'Colombey']],
  // The Channel port, and the hamlet beside it that Blériot took off from in 1909 to cross to Dover.
  ['Calais', 'France', []],
  ['Les Baraques', 'Calais', []],
  // The cape across the Channel from Folkestone, where the Gossamer Albatross came down in 1979.
  ['Cap Gris-Nez', 'France', ['Cap Gris Nez', 'Cape Gris-Nez']],
  // Normandy's town, and the village by it where Double Eagle II came down in 1978.
  ['Évreux', 'France', ['Evreux']],
  ['Miserey', 'Évreux', []],
  ['Geneva', 'Switzerland', ['Genève']],
  ['Zurich', 'Switzerland', ['Zürich']],
  ['Manchester', 'United Kingdom', []],
  ['Edinburgh', 'United Kingdom', []],
  ['Glasgow', 'United Kingdom', []],
  ['Belfast', 'United Kingdom', []],
  // Northern Ireland's second city, where Amelia Earhart came down in 1932 (at Culmore, a village outside it).
  ['Londonderry', 'Northern Ireland', ['Derry']],
  ['Culmore', 'Northern Ireland', []],
  ['Staines', 'United Kingdom', ['Staines-upon-Thames']],
  // The Channel port; the American town of the name is known by its air base (Dover Air Force Base).
  ['Dover', 'United Kingdom', []],
  ['Folkestone', 'United Kingdom', []],
  // Newfoundland's harbour town whose airstrip the transatlantic fliers of the 1920s and 1930s took off from.
  ['Harbour Grace', 'Newfoundland', ['Harbor Grace']],
  // Newfoundland's capital, whose field Alcock and Brown took off from in 1919, and the airport where transatlantic
  // flights stopped to refuel (and where 38 airliners were diverted on September 11, 2001).
  ['St. John\'s', 'Newfoundland', ['St John\'s', 'Saint John\'s']],
  ['Gander', 'Newfoundland', []],
  ['Gdańsk', 'Poland', ['Gdansk']],
  ['Kraków', 'Poland', ['Krakow', 'Cracow']],
  ['Rzeszów', 'Poland', ['Rzeszow']],
  ['Constanța', 'Romania', ['Constanta']],
  ['Varna', 'Bulgaria', []],
  ['Thessaloniki', 'Greece', []],
  ['Rotterdam', 'Netherlands', []],
  ['Wiesbaden', 'Germany', []],
  ['The Hague', 'Netherlands', []],
  ['Antwerp', 'Belgium', []],
  // Americas
  // A city lies in its state, so that "bound for Honolulu" is within "headed to Hawaii"; Seattle, Atlanta and New York
  // stay in the country, their states' names being a city's or a country's first.
  ['New York', 'United States', ['New York City', 'NYC']],
  ['Los Angeles', 'California', []],
  ['Miami', 'Florida', []],
  ['Chicago', 'Illinois', []],
  ['Dallas', 'Texas', []],
  ['Philadelphia', 'Pennsylvania', []],
  ['Houston', 'Texas', []],
  ['El Paso', 'Texas', []],
  ['San Francisco', 'California', []],
  ['Seattle', 'United States', []],
  ['Boston', 'Massachusetts', []],
  ['Hyannis', 'Massachusetts', []],
  ['Martha\'s Vineyard', 'Massachusetts', ['Marthas Vineyard']],
  ['Cincinnati', 'Ohio', []],
  ['Tampa', 'Florida', []],
  ['Orlando', 'Florida', []],
  ['Denver', 'Colorado', []],
  ['Atlanta', 'United States', []],
  ['Anchorage', 'Alaska', []],
  ['Honolulu', 'Hawaii', []],
  ['Hilo', 'Hawaii', []],
  ['Kahului', 'Maui', []],
  ['Papeete', 'Tahiti', []],
  ['Little Rock', 'Arkansas', []],
  ['Mason City', 'Iowa', []],
  ['Fargo', 'North Dakota', []],
  ['Moorhead', 'Minnesota', []],
  ['Minneapolis', 'Minnesota', []],
  ['Reno', 'Nevada', []],
  ['Boise', 'Idaho', []],
  ['Saint Paul', 'Minnesota', ['St. Paul', 'St Paul']],
  ['Eveleth', 'Minnesota', []],
  ['Jefferson City', 'Missouri', []],
  ['Saint Louis', 'Missouri', ['St. Louis', 'St Louis']],
  ['Kirksville', 'Missouri', []],
  ['Dayton', 'Ohio', []],
  ['Cleveland', 'Ohio', []],
  ['Columbus', 'Ohio', []],
  ['Huntsville', 'Alabama', []],
  ['Fort Lauderdale', 'Florida', []],
  ['Ketchikan', 'Alaska', []],
  ['Rancho Cordova', 'California', []],
  ['Winnipeg', 'Manitoba', []],
  ['Thunder Bay', 'Ontario', []],
  ['Dryden', 'Ontario', []],
  ['Palembang', 'South Sumatra', []],
  ['Sorong', 'West Papua', []],
  ['Kaimana', 'West Papua', []],
  ['Lae', 'Papua New Guinea', []],
  ['Inverness', 'Scotland', []],
  ['Maracaibo', 'Venezuela', []],
  ['Maracay', 'Venezuela', []],
  ['Barquisimeto', 'Venezuela', []],
  ['Ciudad Bolívar', 'Venezuela', []],
  ['Ciudad Guayana', 'Venezuela', []],
  ['San Cristóbal', 'Venezuela', []],
  ['Cúcuta', 'Colombia', ['Cucuta']],
  ['Medellín', 'Colombia', ['Medellin']],
  ['Cali', 'Colombia', []],
  ['San José del Guaviare', 'Colombia', ['San Jose del Guaviare']],
  ['Santiago de Cuba', 'Cuba', []],
  ['Holguin', 'Cuba', ['Holguín']],
  ['São Paulo', 'Brazil', ['Sao Paulo']],
  // Not Santos, the port beside it: a surname as often.
  ['Guarujá', 'Brazil', ['Guaruja']],
  ['Paraty', 'Brazil', ['Parati']],
  ['Rio de Janeiro', 'Brazil', ['Rio']],
  // Where flights to Chile's Antarctic bases set off.
  ['Punta Arenas', 'Chile', []],
  ['Guadalajara', 'Mexico', []],
  ['Monterrey', 'Mexico', []],
  ['Toronto', 'Ontario', []],
  ['Montreal', 'Canada', ['Montréal']],
  ['Vancouver', 'British Columbia', []],
  // Africa and Asia
  ['Lagos', 'Nigeria', []],
  ['Kano', 'Nigeria', []],
  ['Port Harcourt', 'Nigeria', []],
  ['Calabar', 'Nigeria', []],
  ['Johannesburg', 'South Africa', []],
  ['Cape Town', 'South Africa', []],
  ['Casablanca', 'Morocco', []],
  ['Mombasa', 'Kenya', []],
  ['Blantyre', 'Malawi', []],
  ['Mzuzu', 'Malawi', []],
  // Renamed in 1998; reports still use both names.
  ['Bishoftu', 'Ethiopia', ['Debre Zeit', 'Debre Zeyit']],
  ['Goma', 'Congo', []],
  ['Kisangani', 'Congo', []],
  // Katanga's capital, Elisabethville until 1966.
  ['Lubumbashi', 'Katanga', ['Elisabethville', 'Élisabethville']],
  ['Siem Reap', 'Cambodia', []],
  ['Sihanoukville', 'Cambodia', []],
  ['Gbadolite', 'Congo', []],
  ['Timbuktu', 'Mali', []],
  ['Gao', 'Mali', []],
  ['Shanghai', 'China', []],
  ['Chongqing', 'China', []],
  ['Hong Kong', 'China', []],
  ['Guangzhou', 'China', ['Canton']],
  ['Wuhan', 'China', []],
  ['Harbin', 'China', []],
  ['Osaka', 'Japan', []],
  ['Sapporo', 'Hokkaido', []],
  ['Hakodate', 'Hokkaido', []],
  ['Niigata', 'Japan', []],
  ['Nagoya', 'Japan', []],
  ['Fukuoka', 'Japan', []],
  ['Yokohama', 'Japan', []],
  ['Kyoto', 'Japan', []],
  ['Naha', 'Okinawa', []],
  ['Mumbai', 'India', ['Bombay']],
  ['Kozhikode', 'India', ['Calicut']],
  ['Kolkata', 'West Bengal', ['Calcutta']],
  ['Patna', 'Bihar', []],
  ['Vrbovec', 'Croatia', []],
  ['Guasimal', 'Sancti Spiritus', []],
  ['Oum El Bouaghi', 'Algeria', []],
  ['Tamanrasset', 'Algeria', []],
  ['Mokpo', 'South Korea', []],
  // The town across the estuary from Freetown whose airport serves the capital.
  ['Lungi', 'Sierra Leone', []],
  ['Karachi', 'Pakistan', []],
  // The Falklands' capital. "Stanley" alone is a name as often: only its airport is named so.
  ['Port Stanley', 'Falkland Islands', []],
  ['Lahore', 'Pakistan', []],
  ['Peshawar', 'Pakistan', []],
  // Pakistan's garrison city beside Islamabad, whose air base Kissinger's secret flight to Peking left from.
  ['Rawalpindi', 'Pakistan', []],
  ['Bahawalpur', 'Pakistan', []],
  ['Kandahar', 'Afghanistan', []],
  ['Bagram', 'Afghanistan', []],
  ['Almaty', 'Kazakhstan', ['Alma-Ata']],
  ['Samarkand', 'Uzbekistan', []],
  ['Ho Chi Minh City', 'Vietnam', ['Saigon']],
  ['Sydney', 'Australia', []],
  ['Melbourne', 'Australia', []],
  ['Perth', 'Australia', []],
  ['Mataram', 'Lombok', []],
  ['Yogyakarta', 'Indonesia', ['Jogjakarta', 'Jogja']],
  ['Surakarta', 'Central Java', []],
  ['Resolute', 'Nunavut', ['Resolute Bay']],
  ['Iqaluit', 'Nunavut', []],
  ['Yellowknife', 'Northwest Territories', []],
  ['Whitehorse', 'Yukon', []],
  ['Cordoba', 'Argentina', ['Córdoba']],
  ['Neuquen', 'Argentina', ['Neuquén']],
  ['Comodoro Rivadavia', 'Argentina', []],
  ['Mendoza', 'Argentina', []],
  ['Rosario', 'Argentina', []],
  ['Brisbane', 'Australia', []],
  ['Adelaide', 'Australia', []],
  ['Darwin', 'Australia', []],
  ['Auckland', 'New Zealand', []],
  ['Christchurch', 'New Zealand', []],
  ['Busan', 'South Korea', ['Pusan']],
  ['Pokhara', 'Nepal', []],
  ['Jomsom', 'Mustang', []],
  ['Indianapolis', 'Indiana', []],
  ['Bergamo', 'Italy', []],
  ['Punto Fijo', 'Venezuela', []],
  ['Santa Ana', 'California', []],
  ['Riverside', 'California', []],
  // Nixon's home town of his last years in office, the harbour of the Spruce Goose's one flight, and the desert town
  // of the Voyager's builders.
  ['San Clemente', 'California', []],
  ['Long Beach', 'California', []],
  ['Mojave', 'California', []],
  // Monterey, whose airport John Denver's Long-EZ left in 1997, and Pacific Grove, the town it came down off.
  ['Monterey', 'California', []],
  ['Pacific Grove', 'California', []],
  ['Kunming', 'Yunnan', []],
  ['Dalian', 'Liaoning', []],
  ['Wuzhou', 'Guangxi', []],
  ['Yichun', 'Heilongjiang', []],
  ['Baotou', 'Inner Mongolia', []],
  ['Abha', 'Saudi Arabia', []],
  ['Marib', 'Yemen', ["Ma'rib"]],
  ['Mokha', 'Yemen', ['Mocha']],
  ['Biak', 'Indonesia', []],
  ['Jayapura', 'Papua', []],
  ['Surabaya', 'Indonesia', []],
  // Pacific islands: a report names the island, the town or the state; the airport lies in the town.
  ['Weno', 'Micronesia', ['Chuuk']],
  ['Pohnpei', 'Micronesia', []],
  ['Saipan', 'Northern Mariana Islands', []],
  ['Louisville', 'Kentucky', []],
  ['Nome', 'Alaska', []],
  ['Hodeidah', 'Yemen', ['Hudaydah', 'Al Hudaydah']],
  ['Kavala', 'Greece', []],
  ['Nis', 'Serbia', ['Niš']],
  ['Unalakleet', 'Alaska', []],
  ['Jackson', 'Mississippi', []],
  ['Iwakuni', 'Japan', []],
  ['Amritsar', 'India', []],
  ['Thiruvananthapuram', 'India', ['Trivandrum']],
  ['Chitral', 'Khyber Pakhtunkhwa', []],
  ['Pontianak', 'Indonesia', []],
  ['Everett', 'United States', []],
  ['Stepanakert', 'Nagorno-Karabakh', ['Khankendi']],
  ['Havelian', 'Khyber Pakhtunkhwa', []],
  ['San Antonio', 'Texas', []],
  ['Tomsk', 'Russia', []],
  ['Manaus', 'Brazil', []],
  ['Belo Horizonte', 'Minas Gerais', []],
  ['Blagoveshchensk', 'Amur region', []],
  ['Tynda', 'Amur region', []],
  ['Las Palmas', 'Gran Canaria', ['Las Palmas de Gran Canaria']],
  ['Tanjung Pinang', 'Riau Islands', ['Tanjungpinang']],
  ['Medan', 'North Sumatra', []],
  ['Obuasi', 'Ashanti', []],
  ['Ganja', 'Azerbaijan', []],
  ['Chita', 'Russia', []],
  ['La Ceiba', 'Honduras', []],
  ['San Diego', 'California', []],
  ['Sacramento', 'California', []],
  ['Lakehurst', 'New Jersey', []],
  ['Teterboro', 'New Jersey', []],
  ['Newark', 'New Jersey', []],
  ['Wichita', 'Kansas', []],
  ['Baton Rouge', 'Louisiana', []],
  ['Nashville', 'Tennessee', []],
  ['Juneau', 'Alaska', []],
  // Missouri's city of the name, where TWA had its base.
  ['Kansas City', 'Missouri', []],
  // Alaska's towns of Will Rogers and Wiley Post's last flight (1935): from Fairbanks, for Barrow (Utqiagvik since
  // 2016).
  ['Fairbanks', 'Alaska', []],
  ['Point Barrow', 'Alaska', ['Barrow', 'Utqiagvik', 'Utqiaġvik']],
  // Maine's town that Double Eagle II, the first balloon across the Atlantic, set off from in 1978.
  ['Presque Isle', 'Maine', []],
  // New York's boroughs (American 587 came down in Queens), and the beach district of Queens.
  ['Queens', 'New York', ['borough of Queens']],
  ['Brooklyn', 'New York', ['borough of Brooklyn']],
  ['Staten Island', 'New York', ['borough of Staten Island']],
  // Brooklyn's district where the United DC-8 of the 1960 collision came down.
  ['Park Slope', 'Brooklyn', []],
  ['Rockaway', 'Queens', ['Rockaways', 'Rockaway Peninsula']],
  ['Belle Harbor', 'Rockaway', ['Belle Harbour']],
  ['Sighnaghi', 'Georgia', ['Signagi']],
  ['Lockerbie', 'Scotland', []],
  // Long Island's town whose airport, Long Island MacArthur, took El Chapo's extradition flight.
  ['Islip', 'Long Island', []],
  ["Peggy's Cove", 'Nova Scotia', ['Peggys Cove']],
  ['Jorhat', 'Assam', []],
  ['Mechuka', 'Arunachal Pradesh', ['Menchuka']],
  ['Kumasi', 'Ashanti', []],
  ['Gonesse', 'France', []],
  ['Sharm el-Sheikh', 'Egypt', ['Sharm el Sheikh', 'Sharm al-Sheikh']],
  ['Luxor', 'Egypt', []],
  ['Aswan', 'Egypt', []],
  ['Halifax', 'Nova Scotia', []],
  ['Lexington', 'Kentucky', []],
  ['Durango', 'Mexico', []],
  ['Dar es Salaam', 'Tanzania', []],
  ['Bergen', 'Norway', []],
  ['Stavanger', 'Norway', []],
  ['Aalborg', 'Denmark', []],
  ['Faro', 'Algarve', []],
  ['Bilbao', 'Spain', []],
  ['Aberdeen', 'Scotland', []],
  ['Peterhead', 'Scotland', []],
  ['Sumburgh', 'Shetland', []],
  ['Lerwick', 'Shetland', []],
  ['Kirkwall', 'Orkney', []],
  ['Marsh Harbour', 'Abaco Islands', ['Marsh Harbor']],
  // A town of Miami's county, whose airfield reports place "near Miami".
  ['Opa-locka', 'Miami', ['Opa-Locka', 'Opa Locka']],
  ['Malaga', 'Spain', ['Málaga']],
  ['Seville', 'Spain', ['Sevilla']],
  ['Gibraltar', 'United Kingdom', []],
  ['Funchal', 'Madeira', []],
  ['Hirtshals', 'Denmark', []],
  ['Palermo', 'Sicily', []],
  ['Bari', 'Italy', []],
  ['Hanover', 'Germany', ['Hannover']],
  ['Chania', 'Crete', []],
  ['Heraklion', 'Crete', ['Iraklion']],
  ['Sabha', 'Libya', ['Sebha']],
  ['Longyearbyen', 'Spitsbergen', []],
  ['Barentsburg', 'Spitsbergen', []],
  ['Balcad', 'Somalia', ['Balad', 'Bal\'ad']],
  ['Sligo', 'Ireland', []],
  // The town by the bog where Alcock and Brown came down after the first nonstop flight across the Atlantic, and its
  // county town.
  ['Clifden', 'County Galway', []],
  ['Galway', 'County Galway', []],
  ['Paisley', 'Scotland', []],
  ['Farnborough', 'United Kingdom', []],
  ['Eindhoven', 'Netherlands', []],
  ['Nantes', 'France', []],
  ['Bandar Abbas', 'Iran', []],
  ['Ueberlingen', 'Germany', ['Überlingen', 'Uberlingen']],
  ['Lake Constance', 'Germany', []],
  ['Qeshm', 'Iran', []],
  ['Cardiff', 'United Kingdom', []],
  ['Abidjan', 'Ivory Coast', []],
  ['Korhogo', 'Ivory Coast', []],
  ['Burbank', 'California', []],
  ['Misawa', 'Japan', []],
  // The popes' summer residence in the hills south-east of Rome.
  ['Castel Gandolfo', 'Italy', []],
  ['Eaglesham', 'Scotland', []],
  // Bolivia's largest city; "Santa Cruz" alone is as often Tenerife's or California's.
  ['Santa Cruz de la Sierra', 'Bolivia', []],
  ['Cagliari', 'Sardinia', []],
  ['Los Mochis', 'Sinaloa', []],
  ['Ciudad Juarez', 'Mexico', ['Ciudad Juárez']],
  ['Entebbe', 'Uganda', []],
  ['Cotonou', 'Benin', []],
  ['Dhahran', 'Saudi Arabia', []],
  ['Shymkent', 'Kazakhstan', ['Chimkent']],
  ['Pittsburgh', 'Pennsylvania', []],
  ['Fort-de-France', 'Martinique', []],
  ['Hilversum', 'Netherlands', []],
  ['Cooma', 'Australia', []],
  ['Larnaca', 'Cyprus', ['Larnaka']],
  ['Marrakech', 'Morocco', ['Marrakesh']],
  ['Kenitra', 'Morocco', []],
  ['Guelmim', 'Morocco', ['Goulimine']],
  // Dakhla lies in Western Sahara, which Morocco holds and the Polisario Front claims: an area of no one country.
  ['Dakhla', 'Western Sahara', []],
  ['Myeik', 'Myanmar', ['Mergui']],
  ['Porto Alegre', 'Brazil', []],
  ['Douala', 'Cameroon', []],
  ['Hussain Abad', 'Pakistan', []],
  ['Dawei', 'Myanmar', ['Tavoy']],
  ['Zaragoza', 'Spain', ['Saragossa']],
  ['Grammatiko', 'Greece', []],
  ['Palma', 'Mallorca', ['Palma de Mallorca']],
  ['Tindouf', 'Algeria', []],
  ['Bechar', 'Algeria', ['Béchar']],
  ['Blida', 'Algeria', []],
  // The towns by the hillside where the Marshall University football team's DC-9 came down in 1970.
  ['Huntington', 'West Virginia', []],
  ['Ceredo', 'West Virginia', []],
  ['Kenova', 'West Virginia', []],
  // Thurman Munson's home town and the city its airport is named for with Canton (which names Guangzhou here).
  ['Akron', 'Ohio', []],
  ['North Canton', 'Ohio', []],
  // Where Jim Croce's chartered Beech 18 struck a tree on take-off in 1973.
  ['Natchitoches', 'Louisiana', []],
  // The town north-east of Moscow by the forest where Yuri Gagarin's MiG-15 trainer came down.
  ['Kirzhach', 'Russia', []],
  // Home of the University of Evansville, whose basketball team's DC-3 went down after take-off in 1977.
  ['Evansville', 'Indiana', []],
  // The north London village by the golf course where Graham Hill's Aztec hit trees in fog in 1975.
  ['Arkley', 'London', []],
  // The towns of Audie Murphy's last flight, which came down on Brush Mountain in 1971.
  ['Roanoke', 'Virginia', []],
  ['Martinsville', 'Virginia', []],
  // The Maryland town by the cornfield where Pan Am's Flight 214 fell after a lightning strike in 1963, and the
  // flight's ports before it.
  ['Elkton', 'Maryland', []],
  ['Baltimore', 'Maryland', []],
  ['San Juan', 'Puerto Rico', []],
  // Where Rocky Marciano's Cessna was bound on the eve of his 46th birthday in 1969.
  ['Des Moines', 'Iowa', []],
  // Where Eastern's Flight 66 set off for New York in 1975.
  ['New Orleans', 'Louisiana', []],
  // The Lombard towns by the rice fields where Enrico Mattei's jet came down in 1962.
  ['Pavia', 'Italy', []],
  ['Bascapè', 'Italy', ['Bascape']],
  // The Bombay suburb off whose shore Air India's Emperor Ashoka went into the sea in 1978.
  ['Bandra', 'Mumbai', []],
  // The Yorkshire port the airship R38 broke up over in 1921, and the airship station it had left.
  ['Hull', 'United Kingdom', ['Kingston upon Hull']],
  ['Howden', 'United Kingdom', []],
  // New Mexico's largest city, where TWA's Flight 6 set off in 1935, and its capital.
  ['Albuquerque', 'New Mexico', []],
  ['Santa Fe', 'New Mexico', []],
  // The town of the naval air station the airships Akron and Macon were based at.
  ['Sunnyvale', 'California', []],
  // The Aargau village Swissair's Flight 306 came down by in 1963, and the Zurich village that lost 43 aboard.
  ['Dürrenäsch', 'Aargau', ['Durrenasch', 'Duerrenaesch']],
  ['Humlikon', 'Switzerland', []],
  // The Azores town searchers of Marcel Cerdan's Constellation set out from in 1949.
  ['Ponta Delgada', 'São Miguel Island', []],
  // The Alpine town below Mont Blanc, where the Malabar Princess's rescuers set out in 1950.
  ['Chamonix', 'France', ['Chamonix-Mont-Blanc']],
  // The Colorado town United Air Lines Flight 629 was bombed over in 1955.
  ['Longmont', 'Colorado', []],
  // The Flemish town Imperial Airways' City of Liverpool came down near in 1933 (the French airship was named for it).
  ['Diksmuide', 'Belgium', ['Dixmude', 'Dixmuide']],
  // The Colorado mining town near which the Wichita State team's Martin 4-0-4 came down in 1970, and the Utah town
  // it was bound for (Boston's airport of the name is an airport row of its own).
  ['Silver Plume', 'Colorado', []],
  ['Logan', 'Utah', []],
  // The Cheshire town a British Midland Argonaut came down in in 1967, and the Swiss city Globe Air flew home to.
  ['Stockport', 'United Kingdom', []],
  ['Basel', 'Switzerland', ['Basle']],
  // The harbour of American Samoa the Samoan Clipper turned back to in 1938.
  ['Pago Pago', 'American Samoa', []],
  // The Michigan shore town near which Northwest's Flight 2501 was lost in the lake in 1950.
  ['Benton Harbor', 'Michigan', []],
  // The East Bay town near which Pacific Air Lines' Flight 773 came down in 1964.
  ['San Ramon', 'California', []],
  // The Virginia village near which Pennsylvania-Central's Flight 19 came down in 1940, Senator Lundeen aboard.
  ['Lovettsville', 'Virginia', []],
];

/** [name, kind, the city or country it serves or lies in, other names] */
type SiteRow = readonly [string, 'airport' | 'base', string, readonly string[]];

const SITE_ROWS: readonly SiteRow[] = [
  ['Simón Bolívar International Airport', 'airport', 'Caracas', ['Maiquetía', 'Maiquetia', 'Simon Bolivar International Airport', 'Simón Bolívar Airport', 'Maiquetía airport', 'Maiquetia airport', 'Maiquetía International Airport']],
  ['Sheremetyevo', 'airport', 'Moscow', ['Sheremetyevo airport', 'Sheremetyevo International Airport', 'Sheremetievo']],
  ['Vnukovo', 'airport', 'Moscow', ['Vnukovo airport', 'Vnukovo International Airport']],
  ['Domodedovo', 'airport', 'Moscow', ['Domodedovo airport']],
  // Warsaw's airport, called Okecie after its district until 2001.
  ['Warsaw Chopin Airport', 'airport', 'Warsaw', ['Okecie', 'Okęcie', 'Okecie airport', 'Okęcie airport', 'Chopin Airport', 'Warsaw Chopin airport']],
  ['Soewondo', 'base', 'Medan', ['Soewondo air base', 'Soewondo air force base', 'Soewondo airport']],
  ['Congonhas', 'airport', 'São Paulo', ['Congonhas airport']],
  ['Campo de Marte', 'airport', 'São Paulo', ['Campo de Marte airport']],
  ['Santos Dumont', 'airport', 'Rio de Janeiro', ['Santos Dumont airport']],
  ['Benazir Bhutto International Airport', 'airport', 'Islamabad', ['Benazir Bhutto airport']],
  ['Newark Liberty International Airport', 'airport', 'Newark', ['Newark Liberty', 'Newark International Airport', 'Newark airport']],
  ['Menara', 'airport', 'Marrakech', ['Menara airport', 'Marrakech Menara airport', 'Marrakesh Menara airport']],
  ['Zaragoza air base', 'base', 'Zaragoza', []],
  ['Barajas', 'airport', 'Madrid', ['Barajas airport', 'Madrid-Barajas', 'Madrid Barajas']],
  ['San Pablo Airport', 'airport', 'Seville', ['San Pablo airport', 'Seville airport']],
  ['Stanfield', 'airport', 'Halifax', ['Halifax Stanfield', 'Stanfield airport', 'Halifax Stanfield International Airport']],
  ['Linate', 'airport', 'Milan', ['Linate airport', 'Milan Linate']],
  // Mogadishu's airport, whose name starts with another city's.
  ['Aden Adde', 'airport', 'Mogadishu', ['Aden Adde International Airport', 'Aden Adde airport']],
  ['Blue Grass', 'airport', 'Lexington', ['Blue Grass Airport', 'Bluegrass Airport']],
  ['Zhukovsky', 'airport', 'Moscow', ['Zhukovsky airport', 'Ramenskoye']],
  ['Boufarik', 'base', 'Blida', ['Boufarik air base', 'Boufarik base', 'Boufarik military airport']],
  ['Lingshui', 'base', 'Hainan', ['Lingshui air base', 'Lingshui airfield']],
  ['Tower 22', 'base', 'Jordan', []],
  ['Paine Field', 'airport', 'Everett', ['Paine Field airport', 'Snohomish County Airport']],
  ['Al-Jufra', 'base', 'Libya', ['al-Jufra', 'Jufra', 'al-Jufra air base', 'Al-Jufra air base']],
  ['Batajnica', 'base', 'Belgrade', ['Batajnica air base', 'Batajnica military airport', 'Batajnica airport']],
  ['Guantanamo Bay', 'base', 'Cuba', ['Guantanamo', 'Guantánamo Bay', 'Guantanamo Bay naval base', 'Naval Station Guantanamo Bay']],
  ['Al-Tanf', 'base', 'Syria', ['al-Tanf', 'Tanf', 'al-Tanf base', 'At-Tanf']],
  ['Fiumicino', 'airport', 'Rome', ['Fiumicino airport', 'Leonardo da Vinci airport', 'Rome Fiumicino']],
  ['Ciampino', 'airport', 'Rome', ['Ciampino airport', 'Rome Ciampino']],
  ['Tegel', 'airport', 'Berlin', ['Tegel airport', 'Berlin Tegel', 'Berlin-Tegel']],
  ['Sri Guru Ram Dass Jee International Airport', 'airport', 'Amritsar', ['Amritsar airport', 'Sri Guru Ram Dass Jee airport']],
  ['Chkalovsky', 'base', 'Moscow', ['Chkalovsky air base', 'Chkalovsky airfield', 'Chkalovskiy']],
  ['Kubinka', 'base', 'Moscow', ['Kubinka air base']],
  ['Lajes', 'base', 'Terceira', ['Lajes air base', 'Lajes Field']],
  ['Pulkovo', 'airport', 'Saint Petersburg', ['Pulkovo airport']],
  ['Manas International Airport', 'airport', 'Bishkek', ['Manas', 'Manas airport']],
  ['Kotoka International Airport', 'airport', 'Accra', ['Kotoka', 'Kotoka airport', 'Kotoka International']],
  ['Roshchino', 'airport', 'Tyumen', ['Roshchino airport', 'Roshchino International Airport']],
  ['Lambert-St. Louis International Airport', 'airport', 'Saint Louis', ['Lambert Field', 'Lambert airport', 'St. Louis Lambert International Airport']],
  ['Hmeimim', 'base', 'Latakia', ['Khmeimim', 'Hmeymim', 'Humaymim', 'Hmeimim air base', 'Khmeimim air base', 'Bassel Al-Assad International Airport']],
  ['Damascus International Airport', 'airport', 'Damascus', []],
  ['Léopold Sédar Senghor International Airport', 'airport', 'Dakar', ['Leopold Sedar Senghor International Airport', 'Léopold Sédar Senghor airport', 'Leopold Sedar Senghor airport', 'Dakar-Yoff', 'Yoff airport']],
  ['Blaise Diagne International Airport', 'airport', 'Dakar', ['Blaise Diagne airport', 'Dakar Blaise Diagne']],
  ['Arlanda', 'airport', 'Stockholm', ['Stockholm Arlanda Airport', 'Arlanda airport', 'Stockholm-Arlanda']],
  ['Henri Coanda International Airport', 'airport', 'Bucharest', ['Otopeni', 'Otopeni airport', 'Henri Coanda airport', 'Henri Coandă International Airport']],
  ['Findel', 'airport', 'Luxembourg City', ['Luxembourg Findel Airport', 'Findel airport', 'Luxembourg airport', 'Luxembourg-Findel']],
  ['José Martí International Airport', 'airport', 'Havana', ['Jose Marti International Airport', 'José Martí airport', 'Jose Marti airport']],
  ['Minsk National Airport', 'airport', 'Minsk', ['Minsk-2', 'Minsk International Airport']],
  ['Machulishchy', 'base', 'Minsk', ['Machulishchy air base', 'Machulishchi']],
  ['Imam Khomeini International Airport', 'airport', 'Tehran', ['Imam Khomeini airport']],
  ['Mehrabad', 'airport', 'Tehran', ['Mehrabad airport']],
  ['Beijing Capital International Airport', 'airport', 'Beijing', ['Beijing Capital airport']],
  ['Esenboğa', 'airport', 'Ankara', ['Esenboga', 'Esenboğa airport', 'Esenboga airport']],
  ['Boryspil', 'airport', 'Kyiv', ['Borispol', 'Boryspil airport']],
  ['Zhuliany', 'airport', 'Kyiv', ['Zhulyany', 'Zhuliany airport']],
  ['Hostomel', 'airport', 'Kyiv', ['Gostomel', 'Antonov Airport', 'Hostomel airport']],
  ['Dulles International Airport', 'airport', 'Washington', ['Dulles', 'Washington Dulles']],
  ['Long Island MacArthur Airport', 'airport', 'Islip', ['MacArthur Airport', 'Islip airport']],
  // The Long Island airfield that Lindbergh and the other transatlantic fliers of the 1920s took off from.
  ['Roosevelt Field', 'airport', 'Long Island', ['Roosevelt Field airfield']],
  // Brooklyn's airport of the 1930s, where Corrigan and Wiley Post took off and landed.
  ['Floyd Bennett Field', 'airport', 'Brooklyn', []],
  // The Irish Air Corps' aerodrome outside Dublin (Casement Aerodrome since 1965), where Corrigan landed in 1938.
  ['Baldonnel', 'base', 'Dublin', ['Baldonnel Airport', 'Baldonnel Aerodrome', 'Casement Aerodrome']],
  // Brisbane's aerodrome until 1988, where Kingsford Smith's Southern Cross landed from across the Pacific in 1928.
  ['Eagle Farm', 'airport', 'Brisbane', ['Eagle Farm aerodrome', 'Eagle Farm airport']],
  // The meadow outside St. John's that Alcock and Brown's Vimy took off from in 1919.
  ['Lester\'s Field', 'airport', 'St. John\'s', ['Lesters Field']],
  // Rawalpindi's air base (now Nur Khan), which Kissinger's secret flight to Peking left from.
  ['Chaklala', 'base', 'Rawalpindi', ['Chaklala air base', 'PAF Base Nur Khan', 'Nur Khan air base']],
  ['Jinnah International Airport', 'airport', 'Karachi', ['Jinnah airport', 'Quaid-e-Azam International Airport']],
  ['Stanley Airport', 'airport', 'Port Stanley', ['Stanley airport', 'Port Stanley airport']],
  // The Air Force's flight-test base in the Mojave desert (Muroc until 1949), where the X-1 first flew faster than
  // sound in 1947 and the Voyager took off and landed in 1986.
  ['Edwards Air Force Base', 'base', 'California', ['Edwards AFB', 'Edwards air base', 'Muroc Air Force Base', 'Muroc Army Air Field', 'Muroc']],
  // The Marine Corps air station in Orange County where Nixon landed after he resigned.
  ['El Toro', 'base', 'California', ['El Toro Marine Corps Air Station', 'Marine Corps Air Station El Toro', 'El Toro Marine base', 'El Toro air station']],
  // The U.S. Air Force's base at Frankfurt's airport until 2005.
  ['Rhein-Main Air Base', 'base', 'Frankfurt', ['Rhein-Main', 'Rhein-Main air base', 'Rhine-Main Air Base']],
  ['Hollywood Burbank Airport', 'airport', 'Burbank', ['Bob Hope Airport', 'Burbank airport', 'Hollywood Burbank']],
  ['Misawa Air Base', 'base', 'Misawa', ['Misawa air base', 'Misawa AB']],
  // Managua's airport, called Las Mercedes in Somoza's time.
  ['Augusto C. Sandino International Airport', 'airport', 'Managua', ['Las Mercedes', 'Las Mercedes airport', 'Managua International Airport', 'Augusto Sandino airport']],
  // Havana's army headquarters and airfield, which Batista flew out of: "the Columbia military airport".
  ['Camp Columbia', 'base', 'Havana', ['Columbia military airport', 'Columbia airfield', 'Campamento Columbia']],
  ["Bangui M'Poko International Airport", 'airport', 'Bangui', ["M'Poko", "M'Poko airport", 'Mpoko', 'Bangui-Mpoko']],
  // Amman's old airport, a military one as well, called by its district's name.
  ['Amman Civil Airport', 'airport', 'Amman', ['Marka', 'Marka airport', 'Marka military airport', 'Marka International Airport']],
  // Iceland's international airport, a U.S. air base until 2006.
  ['Keflavik', 'airport', 'Iceland', ['Keflavík', 'Keflavik airport', 'Keflavik air base', 'Keflavik International Airport']],
  ['Ronald Reagan Washington National Airport', 'airport', 'Washington', ['Reagan National Airport', 'Reagan Washington National Airport', 'Washington National Airport', 'Reagan National', 'Reagan airport']],
  ['Joint Base Andrews', 'base', 'Washington', ['Andrews Air Force Base']],
  // Where the military's dead come home: in Delaware, not at the Channel port.
  ['Dover Air Force Base', 'base', 'Delaware', ['Dover AFB', 'Dover air base']],
  ['Wright-Patterson Air Force Base', 'base', 'Dayton', ['Wright-Patterson', 'Wright Patterson Air Force Base', 'Wright-Patterson AFB']],
  ['Joint Base Pearl Harbor-Hickam', 'base', 'Honolulu', ['Hickam Air Force Base', 'Hickam', 'Hickam Field', 'Hickam AFB']],
  ['Andersen Air Force Base', 'base', 'Guam', ['Andersen AFB']],
  ['RAF Lakenheath', 'base', 'United Kingdom', ['Lakenheath']],
  ['RAF Brize Norton', 'base', 'United Kingdom', ['Brize Norton']],
  // West London's air base, which takes government and private flights.
  ['RAF Northolt', 'base', 'London', ['Northolt']],
  ['RAF Waddington', 'base', 'Lincolnshire', ['Waddington']],
  ['RAAF Base Learmonth', 'base', 'Western Australia', ['RAAF Learmonth', 'Learmonth']],
  ['Thule Air Base', 'base', 'Greenland', ['Pituffik Space Base', 'Thule', 'Pituffik']],
  ['Marine Corps Air Station Iwakuni', 'base', 'Iwakuni', ['MCAS Iwakuni', 'Iwakuni air base']],
  // Idlewild until December 1963.
  ['John F. Kennedy International Airport', 'airport', 'New York', ['JFK airport', 'JFK', 'Kennedy airport', 'Kennedy International Airport',
    'John F Kennedy International Airport', 'Idlewild', 'Idlewild Airport']],
  ['LaGuardia Airport', 'airport', 'New York', ['LaGuardia', 'La Guardia airport']],
  ['Dallas Love Field', 'airport', 'Dallas', ['Love Field']],
  ['Indira Gandhi International Airport', 'airport', 'New Delhi', ['Indira Gandhi airport', 'Indira Gandhi International']],
  // The Indian Air Force's base at Ghaziabad, on the edge of Delhi, which it serves.
  ['Hindon Air Force Station', 'base', 'New Delhi', ['Hindon air base', 'Hindon airbase', 'Hindon']],
  ["O'Hare International Airport", 'airport', 'Chicago', ["O'Hare", 'O’Hare', "Chicago O'Hare", "O'Hare airport"]],
  ['Philadelphia International Airport', 'airport', 'Philadelphia', []],
  ["Fua'amotu International Airport", 'airport', "Nuku'alofa", ["Fua'amotu airport", "Fua'amotu"]],
  ['Heathrow', 'airport', 'London', ['Heathrow airport']],
  // London's airport between the wars, where the long-distance fliers of the 1920s and 1930s set off.
  ['Croydon Airport', 'airport', 'London', ['Croydon aerodrome', 'Croydon']],
  ['Gatwick', 'airport', 'London', ['Gatwick airport']],
  ['Charles de Gaulle Airport', 'airport', 'Paris', ['Charles de Gaulle', 'Roissy']],
  ['Le Bourget', 'airport', 'Paris', ['Le Bourget airport', 'Le Bourget airfield']],
  // Paris's airport south of the city, where Air France's Château de Sully failed to take off in 1962.
  ['Orly Airport', 'airport', 'Paris', ['Orly', 'Orly airport', 'Paris-Orly', 'Paris Orly Airport']],
  ['Tempelhof', 'airport', 'Berlin', ['Tempelhof airport', 'Tempelhof airfield']],
  // The British sector's airfield in Berlin, and the RAF base its airlift flew from in 1948 and 1949.
  ['Gatow', 'airport', 'Berlin', ['Gatow airfield', 'RAF Gatow']],
  ['Wunstorf', 'base', 'Germany', ['RAF Wunstorf', 'Wunstorf air base']],
  ['Lindbergh Field', 'airport', 'San Diego', ['San Diego International Airport']],
  ['Monterey Peninsula Airport', 'airport', 'Monterey', ['Monterey Regional Airport', 'Monterey airport']],
  ['Schiphol', 'airport', 'Amsterdam', ['Schiphol airport']],
  ['Ramstein', 'base', 'Germany', ['Ramstein Air Base']],
  ['Pratica di Mare', 'base', 'Rome', ['Pratica di Mare air base', 'Pratica di Mare military airport', 'Pratica di Mare airport']],
  ['Indianapolis International Airport', 'airport', 'Indianapolis', ['Indianapolis airport']],
  ['John Wayne Airport', 'airport', 'Santa Ana', ['John Wayne Airport in Orange County', 'Orange County airport']],
  // The city of Ontario, California shares its name with the Canadian province: only the airport's full name is known.
  ['Ontario International Airport', 'airport', 'California', ['Ontario airport in California']],
  ['Stapleton International Airport', 'airport', 'Denver', ['Stapleton airport', 'Stapleton']],
  ['Dallas/Fort Worth International Airport', 'airport', 'Dallas', ['Dallas-Fort Worth International Airport', 'Dallas/Fort Worth airport', 'Dallas-Fort Worth airport', 'DFW airport']],
  ['Louisville Muhammad Ali International Airport', 'airport', 'Louisville', ['Muhammad Ali International Airport', 'Louisville International Airport']],
  ['Kelly Field', 'airport', 'San Antonio', ['Kelly Field Annex', 'Port San Antonio']],
  // Kinshasa's older airfield in the city, of cargo and domestic flights.
  ["N'Dolo", 'airport', 'Kinshasa', ["N'Dolo airport", "N'dolo", 'Ndolo', 'Ndolo airport']],
  ["N'djili International Airport", 'airport', 'Kinshasa', ["N'Djili International Airport", "N'Djili airport", "N'djili airport", "N'Djili", "N'djili", 'Ndjili']],
  ['George Bush Intercontinental Airport', 'airport', 'Houston', ['Bush Intercontinental Airport', 'Houston Intercontinental Airport']],
  ['Marine Corps Air Station Cherry Point', 'base', 'North Carolina', ['MCAS Cherry Point', 'Cherry Point']],
  ['Naval Air Facility El Centro', 'base', 'California', ['NAF El Centro', 'El Centro']],
  ['March Air Reserve Base', 'base', 'Riverside', ['March ARB', 'March Air Force Base', 'March Field']],
  ['Josefa Camejo International Airport', 'airport', 'Punto Fijo', ['Josefa Camejo airport', 'Josefa Camejo', 'Las Piedras airport']],
  ['Incirlik Air Base', 'base', 'Adana', ['Incirlik', 'Incirlik airbase']],
  ['Murted Air Base', 'base', 'Ankara', ['Murted', 'Murted airbase', 'Murted military airbase', 'Murted air base', 'Akinci Air Base', 'Akıncı Air Base']],
  // Lod airport until 1973.
  ['Ben Gurion Airport', 'airport', 'Tel Aviv', ['Ben Gurion', 'Ben-Gurion airport', 'Lod airport', 'Lydda airport']],
  ['Rafic Hariri International Airport', 'airport', 'Beirut', ['Beirut airport', 'Rafik Hariri', 'Rafic Hariri', 'Rafik Hariri airport', 'Rafic Hariri airport', 'Rafik Hariri International Airport']],
  ['Baghdad International Airport', 'airport', 'Baghdad', []],
  ['Engels air base', 'base', 'Engels', ['Engels-2']],
  ['Belbek', 'base', 'Sevastopol', ['Belbek air base']],
  ['Saki air base', 'base', 'Ukraine', ['Saky air base']],
  ['Mozdok', 'base', 'Russia', ['Mozdok air base']],
  ['Kant air base', 'base', 'Kyrgyzstan', []],
  ['Markulesti', 'base', 'Moldova', ['Mărculești', 'Markulesti air base']],
  ['Camp Lemonnier', 'base', 'Djibouti', []],
  ['Roberts International Airport', 'airport', 'Monrovia', ['Robertsfield', 'Roberts airport']],
  ['Wonderboom', 'airport', 'Pretoria', ['Wonderboom airport']],
  ['Erebuni', 'base', 'Yerevan', ['Erebuni air base']],
  ['Hamad International Airport', 'airport', 'Doha', []],
  ['Taipei Songshan Airport', 'airport', 'Taipei', ['Songshan Airport', 'Songshan airport', 'Songshan', 'Sungshan', 'Sungshan airport']],
  ['Suvarnabhumi Airport', 'airport', 'Bangkok', ['Suvarnabhumi', 'Suvarnabhumi airport']],
  ['Don Mueang International Airport', 'airport', 'Bangkok', ['Don Mueang', 'Don Muang']],
  ['Taoyuan International Airport', 'airport', 'Taipei', ['Taoyuan airport', 'Taiwan Taoyuan International Airport']],
  // Reports of flights to it often say they landed "in Doha", some 30 km away, as for Hmeimim and Latakia.
  ['Al Udeid Air Base', 'base', 'Doha', ['Al Udeid', 'Al-Udeid', 'Al Udeid airbase', 'Al-Udeid Air Base']],
  ['Pochentong International Airport', 'airport', 'Phnom Penh', ['Pochentong airport', 'Pochentong']],
  // The Thai navy's airfield on the Gulf of Thailand, an American bomber base in the Vietnam war.
  ['U-Tapao', 'base', 'Thailand', ['U-Tapao air base', 'U-Tapao International Airport', 'U-Tapao airport', 'Utapao', 'U Tapao']],
  ['Hamid Karzai International Airport', 'airport', 'Kabul', ['Hamid Karzai airport', 'Kabul International Airport', 'Kabul airport']],
  ['Addis Ababa Bole International Airport', 'airport', 'Addis Ababa', ['Bole International Airport', 'Bole airport']],
  ['Jomo Kenyatta International Airport', 'airport', 'Nairobi', ['Jomo Kenyatta airport']],
  ['Dubai International Airport', 'airport', 'Dubai', []],
  // Dubai's second airport, in the Dubai World Central district, where the Dubai Airshow is held.
  ['Al Maktoum International Airport', 'airport', 'Dubai', ['Al Maktoum airport', 'Dubai World Central']],
  ['Atatürk Airport', 'airport', 'Istanbul', ['Ataturk Airport']],
  ['Istanbul Airport', 'airport', 'Istanbul', []],
  ['Sabiha Gökçen', 'airport', 'Istanbul', ['Sabiha Gokcen', 'Sabiha Gökçen airport', 'Sabiha Gokcen airport', 'Sabiha Gokcen International Airport']],
  ['El Dorado International Airport', 'airport', 'Bogotá', ['El Dorado airport']],
  ['Jorge Chávez International Airport', 'airport', 'Lima', ['Jorge Chavez International Airport']],
  ['Benito Juárez International Airport', 'airport', 'Mexico City', ['Benito Juarez International Airport']],
  ['Haneda Airport', 'airport', 'Tokyo', ['Haneda', 'Tokyo International Airport']],
  ['Tribhuvan International Airport', 'airport', 'Kathmandu', ['Tribhuvan airport', 'Tribhuvan']],
  ['Pyongyang Sunan International Airport', 'airport', 'Pyongyang', ['Sunan airport', 'Sunan International Airport', 'Sunan']],
  ['Narita International Airport', 'airport', 'Tokyo', ['Narita', 'Narita airport']],
  // In Chitose, 40 km away; reports of flights from it say they came "from Sapporo".
  ['New Chitose Airport', 'airport', 'Sapporo', ['New Chitose', 'Shin Chitose', 'Shin-Chitose', 'Chitose airport']],
  ['Kansai International Airport', 'airport', 'Osaka', ['Kansai airport']],
  ['Ezeiza', 'airport', 'Buenos Aires', ['Ezeiza airport', 'Ministro Pistarini International Airport']],
  // The city's domestic airport on the river, called by its name or "Aeroparque".
  ['Jorge Newbery', 'airport', 'Buenos Aires', ['Jorge Newbery airport', 'Jorge Newbery Airfield', 'Aeroparque', 'Aeroparque Jorge Newbery']],
  ['La Carlota', 'base', 'Caracas', ['La Carlota air base', 'Generalissimo Francisco de Miranda Air Base']],
  ['El Libertador Air Base', 'base', 'Maracay', ['El Libertador']],
  // Near Homestead, some 40 km from Miami; reports of flights from it say "an air base near Miami", and of landings
  // there "landed at Homestead, south of Miami".
  ['Homestead Air Reserve Base', 'base', 'Miami', ['Homestead air base', 'Homestead ARB', 'Homestead Air Force Base', 'Homestead']],
  ['Halim Perdanakusuma International Airport', 'airport', 'Jakarta', ['Halim Perdanakusuma airport', 'Halim Perdanakusuma', 'Halim airport']],
  ['Incheon International Airport', 'airport', 'Seoul', ['Incheon', 'Incheon airport']],
  ['Gimhae International Airport', 'airport', 'Busan', ['Gimhae airport', 'Gimhae']],
  ['Fort Bliss', 'base', 'El Paso', []],
  ['Joint Base Elmendorf-Richardson', 'base', 'Anchorage', ['Elmendorf-Richardson', 'Elmendorf Air Force Base', 'Elmendorf air base', 'JBER']],
  ['Gimpo International Airport', 'airport', 'Seoul', ['Gimpo', 'Gimpo airport', 'Kimpo']],
  ['San Francisco International Airport', 'airport', 'San Francisco', ['SFO']],
  ['Chuuk International Airport', 'airport', 'Weno', ['Chuuk airport']],
  ['Frans Kaisiepo International Airport', 'airport', 'Biak', ['Frans Kaisiepo airport', 'Frans Kaisiepo']],
  ['Ukrainka air base', 'base', 'Amur region', ['Ukrainka', 'Ukrainka airfield']],
  ['Istres air base', 'base', 'France', ['Istres', 'Istres-Le Tubé air base']],
  ['Calicut International Airport', 'airport', 'Kozhikode', ['Karipur', 'Karipur airport', 'Calicut airport', 'Kozhikode airport', 'Calicut International Airport']],
  // Huntington's airport, short of which the Marshall University team's DC-9 came down in 1970.
  ['Tri-State Airport', 'airport', 'Huntington', ['Tri-State airport', 'Huntington Tri-State Airport']],
  // Evansville's airport, Dress Regional until 1991.
  ['Evansville Regional Airport', 'airport', 'Evansville', ['Dress Regional Airport', 'Dress Memorial Airport', 'Evansville airport']],
  // The airfield north of London that Graham Hill's Aztec was approaching in 1975.
  ['Elstree Aerodrome', 'airport', 'United Kingdom', ['Elstree Airfield', 'Elstree airfield', 'Elstree']],
  // San Juan's airport at Isla Verde, named for Luis Muñoz Marín in 1985.
  ['Luis Muñoz Marín International Airport', 'airport', 'San Juan', ['Luis Munoz Marin International Airport', 'San Juan International Airport', 'Isla Verde International Airport']],
  // Zurich's airport at Kloten, which Swissair's Flight 330 was turning back to in 1970.
  ['Zurich Airport', 'airport', 'Zurich', ['Kloten airport', 'Zurich-Kloten', 'Zurich Kloten airport', 'Kloten']],
  // The RAF airfield in the Vale of Glamorgan where the Avro Tudor carrying Welsh rugby fans came down in 1950.
  ['RAF Llandow', 'base', 'Wales', ['Llandow airfield', 'Llandow']],
  // Toronto International at Malton until 1984.
  ['Toronto Pearson International Airport', 'airport', 'Toronto', ['Pearson International Airport', 'Pearson airport', 'Toronto International Airport', 'Malton airport']],
  // Montreal's airport at Dorval, named for Pierre Trudeau in 2004.
  ['Montréal–Trudeau International Airport', 'airport', 'Montreal', ['Montreal-Trudeau International Airport', 'Trudeau airport', 'Dorval Airport', 'Dorval airport', 'Montreal-Dorval']],
  // Nashville's airport, Berry Field until 1988.
  ['Nashville International Airport', 'airport', 'Nashville', ['Berry Field', 'Nashville airport']],
  // Bombay's airport at Santa Cruz and Sahar; "Santa Cruz" alone is as often Tenerife's or California's.
  ['Chhatrapati Shivaji Maharaj International Airport', 'airport', 'Mumbai', ['Santa Cruz airport', 'Santacruz airport', 'Sahar airport', 'Bombay airport', 'Mumbai airport']],
  // Chicago's older airport; "Midway" alone is the atoll and its battle.
  ['Midway International Airport', 'airport', 'Chicago', ['Midway Airport', 'Midway airport', 'Chicago Midway']],
  // Between Akron and Canton, Ohio, where Thurman Munson's Citation came down practising landings.
  ['Akron-Canton Regional Airport', 'airport', 'Ohio', ['Akron-Canton airport', 'Akron-Canton Airport']],
  // The naval air station at Sunnyvale, home of the airship Macon.
  ['Moffett Field', 'airport', 'Sunnyvale', ['Naval Air Station Moffett Field', 'Moffett Federal Airfield']],
  // Manchester's airport by its old name, Ringway ("Manchester airport" is the city's, as any city's airport is);
  // Boston's, which "Logan" alone does not name.
  ['Ringway Airport', 'airport', 'Manchester', ['Ringway airport', 'Manchester Ringway']],
  ['Logan International Airport', 'airport', 'Boston', ['Logan Airport', 'Logan airport', 'Boston Logan International Airport']],
  // Munich's airport until 1992, which the U.S. Air Force Convair of December 1960 had just left.
  ['Munich-Riem Airport', 'airport', 'Munich', ['Riem Airport', 'Riem airport', 'Munich-Riem', 'Riem']],
];

/** [region, country, other names, adjectives of its people ('Chechen')]: regions and peninsulas that incidents are located by. */
type RegionRow = readonly [string, string, readonly string[], (readonly string[])?];

const REGION_ROWS: readonly RegionRow[] = [
  // The island of the central Philippines where Tacloban lies.
  ['Leyte', 'Philippines', ['Leyte island']],
  ['Crimea', 'Ukraine', ['Crimean Peninsula'], ['Crimean']],
  ['Donbas', 'Ukraine', ['Donbass']],
  ['Belgorod region', 'Russia', ['Belgorod oblast']],
  ['Kursk region', 'Russia', ['Kursk oblast']],
  ['Tver region', 'Russia', ['Tver oblast']],
  ['Moscow region', 'Russia', ['Moscow oblast']],
  ['Amur region', 'Russia', ['Amur oblast']],
  ['Siberia', 'Russia', [], ['Siberian']],
  ['Chechnya', 'Russia', [], ['Chechen']],
  ['Dagestan', 'Russia', [], ['Dagestani']],
  ['Kamchatka', 'Russia', []],
  ['Hokkaido', 'Japan', []],
  ['Guangxi', 'China', ['Guangxi Zhuang Autonomous Region', 'Guangxi region']],
  ['Heilongjiang', 'China', ['Heilongjiang province']],
  ['Inner Mongolia', 'China', ['Inner Mongolia Autonomous Region']],
  ['Yunnan', 'China', ['Yunnan province']],
  ['Liaoning', 'China', ['Liaoning province']],
  ['Shan State', 'Myanmar', ['Shan state']],
  ['Okinawa', 'Japan', [], ['Okinawan']],
  ['Latakia province', 'Syria', ['Latakia governorate']],
  ['Idlib province', 'Syria', ['Idlib governorate']],
  ['Kurdistan', 'Iraq', ['Iraqi Kurdistan']],
  ['Sinai', 'Egypt', ['Sinai Peninsula']],
  // Indonesia's province; "Papua New Guinea" is a country of its own, the longer name.
  ['Papua', 'Indonesia', ['Papua province']],
  ['Gaza Strip', 'Palestine', []],
  ['West Bank', 'Palestine', []],
  ['Golan Heights', 'Syria', ['Golan']],
  ['Xinjiang', 'China', []],
  ['Tibet', 'China', [], ['Tibetan']],
  ['Kashmir', 'India', [], ['Kashmiri']],
  ['Darfur', 'Sudan', []],
  ['Catalonia', 'Spain', [], ['Catalan']],
  ['Bavaria', 'Germany', [], ['Bavarian']],
  ['French Alps', 'France', []],
  ['Swiss Alps', 'Switzerland', []],
  ['Mato Grosso', 'Brazil', ['Mato Grosso state']],
  ['Margalla Hills', 'Pakistan', []],
  ['Riau Islands', 'Indonesia', ['Riau Islands province']],
  ['Sumatra', 'Indonesia', [], ['Sumatran']],
  ['Svalbard', 'Norway', []],
  // Denmark's Arctic island, whose north holds the American base at Thule (Pituffik since 2023).
  ['Greenland', 'Denmark', [], ['Greenlandic']],
  ['Sicily', 'Italy', [], ['Sicilian']],
  ['Crete', 'Greece', [], ['Cretan']],
  // The sound north of Seattle, and the island in it: "crashed in Puget Sound", "off Whidbey Island".
  ['Puget Sound', 'United States', []],
  ['Whidbey Island', 'Puget Sound', ['Whidbey']],
  // The Tunisian resort island, with an airport of its own.
  ['Djerba', 'Tunisia', []],
  ['Spitsbergen', 'Svalbard', []],
  ['North Sumatra', 'Sumatra', ['North Sumatra province']],
  ['South Sumatra', 'Sumatra', ['South Sumatra province']],
  // "Papua" names the whole of Indonesia's New Guinea as often as the province: West Papua lies in it.
  ['West Papua', 'Papua', ['West Papua province']],
  ['Ashanti', 'Ghana', ['Ashanti region', 'Ashanti Region']],
  ['County Mayo', 'Ireland', []],
  ['County Galway', 'Ireland', []],
  ['Wardak', 'Afghanistan', ['Wardak province', 'Maidan Wardak']],
  ['Everglades', 'Florida', ['Florida Everglades']],
  ['Mojave Desert', 'California', []],
  ['Monterey Bay', 'California', []],
  // An overseas region of France, in the Caribbean.
  ['Martinique', 'France', []],
  ['North Ossetia', 'Russia', ['North Ossetia-Alania']],
  ['Assam', 'India', []],
  ['Roatan', 'Honduras', ['Roatán']],
  ['Lake Ranco', 'Chile', ['Ranco']],
  ['Gunma', 'Japan', ['Gunma prefecture']],
  ['Mount Osutaka', 'Gunma', ['Osutaka']],
  // The two German states of 1949 to 1990: parts of the Germany that followed them. "the East German border".
  ['East Germany', 'Germany', ['German Democratic Republic', 'GDR'], ['East German']],
  ['West Germany', 'Germany', ['Federal Republic of Germany'], ['West German']],
  // Japan's highest mountain, on whose slopes BOAC's Flight 911 broke up in 1966. "Fuji" alone is a company as often.
  ['Mount Fuji', 'Japan', ['Mt. Fuji', 'Mt Fuji', 'Fujiyama']],
  // The range west of Juneau where Alaska Airlines' Flight 1866 hit a ridge in 1971.
  ['Chilkat Range', 'Alaska', ['Chilkat Mountains']],
  ['Arunachal Pradesh', 'India', []],
  ['Penghu', 'Taiwan', ['Penghu islands', 'Penghu island', 'Pescadores']],
  ['Zagros Mountains', 'Iran', ['Zagros range', 'Zagros']],
  ['Ticino', 'Switzerland', ['canton of Ticino']],
  ['Canary Islands', 'Spain', ['Canaries'], ['Canarian']],
  ['Gran Canaria', 'Canary Islands', []],
  ['Tenerife', 'Canary Islands', []],
  ['Azores', 'Portugal', ['Azores islands']],
  ['Algarve', 'Portugal', []],
  ['Madeira', 'Portugal', ['Madeira island']],
  ['Maui', 'Hawaii', ['Maui island']],
  ['Cappadocia', 'Turkey', ['Cappadocia region']],
  ['Terceira', 'Azores', ['Terceira island']],
  ['French Polynesia', 'France', []],
  ['Tahiti', 'French Polynesia', ['Tahiti island']],
  ['Moorea', 'French Polynesia', ['Moorea island']],
  ['Mull of Kintyre', 'Scotland', ['Kintyre']],
  ['Shetland', 'Scotland', ['Shetland Islands', 'Shetland Isles', 'Shetlands']],
  ['Orkney', 'Scotland', ['Orkney Islands', 'Orkneys']],
  ['Lombok', 'Indonesia', ['Lombok island']],
  ['San Andres', 'Colombia', ['San Andrés', 'San Andres island']],
  // Not Rio de Janeiro: "in Rio Negro province".
  ['Rio Negro', 'Argentina', ['Río Negro', 'Rio Negro province']],
  ['Patagonia', 'Argentina', []],
  ['Central Java', 'Indonesia', []],
  ['Abaco Islands', 'Bahamas', ['Abaco', 'Abacos', 'Abaco island']],
  ['Balearic Islands', 'Spain', ['Balearics']],
  ['Mallorca', 'Balearic Islands', ['Majorca']],
  ['Ibiza', 'Balearic Islands', ['Eivissa']],
  ['Menorca', 'Balearic Islands', ['Minorca']],
  ['Scotland', 'United Kingdom', [], ['Scottish']],
  ['Northern Ireland', 'United Kingdom', []],
  // British territories of the South Atlantic: the islands of the 1982 war, and the staging post on the way to them.
  ['Falkland Islands', 'United Kingdom', ['Falklands']],
  ['Ascension Island', 'United Kingdom', []],
  ['Lincolnshire', 'United Kingdom', []],
  ['Katanga', 'Congo', []],
  ['Sardinia', 'Italy', []],
  ['Sinaloa', 'Mexico', []],
  ['Wales', 'United Kingdom', [], ['Welsh']],
  ['Alaska', 'United States', [], ['Alaskan']],
  // Territories of the United States in the Pacific.
  ['Northern Mariana Islands', 'United States', ['Northern Marianas', 'Mariana Islands']],
  ['Guam', 'United States', []],
  ['California', 'United States', [], ['Californian']],
  ['Texas', 'United States', [], ['Texan']],
  ['Florida', 'United States', []],
  // The other states and provinces; Washington, Georgia and New York name a city or a country first.
  ['Alabama', 'United States', []],
  ['Arizona', 'United States', []],
  ['Arkansas', 'United States', []],
  ['Colorado', 'United States', []],
  ['Connecticut', 'United States', []],
  ['Delaware', 'United States', []],
  ['Hawaii', 'United States', []],
  ['Idaho', 'United States', []],
  ['Illinois', 'United States', []],
  ['Indiana', 'United States', []],
  ['Long Island', 'United States', []],
  ['Iowa', 'United States', []],
  ['Kansas', 'United States', []],
  ['Kentucky', 'United States', []],
  ['Louisiana', 'United States', []],
  ['Maine', 'United States', []],
  ['Maryland', 'United States', []],
  ['Massachusetts', 'United States', []],
  ['Michigan', 'United States', []],
  ['Minnesota', 'United States', []],
  ['Mississippi', 'United States', []],
  ['Missouri', 'United States', []],
  ['Montana', 'United States', []],
  ['Nebraska', 'United States', []],
  ['Nevada', 'United States', []],
  ['New Hampshire', 'United States', []],
  ['New Jersey', 'United States', []],
  ['New Mexico', 'United States', []],
  ['North Carolina', 'United States', []],
  ['North Dakota', 'United States', []],
  ['Ohio', 'United States', []],
  ['Oklahoma', 'United States', []],
  ['Oregon', 'United States', []],
  ['Pennsylvania', 'United States', []],
  ['Rhode Island', 'United States', []],
  ['South Carolina', 'United States', []],
  ['South Dakota', 'United States', []],
  ['Tennessee', 'United States', []],
  ['Utah', 'United States', []],
  ['Vermont', 'United States', []],
  ['Virginia', 'United States', []],
  ['West Virginia', 'United States', []],
  // An island territory of the United States.
  ['Puerto Rico', 'United States', [], ['Puerto Rican']],
  ['Wisconsin', 'United States', []],
  ['Wyoming', 'United States', []],
  ['Ontario', 'Canada', []],
  ['Western Australia', 'Australia', []],
  ['British Columbia', 'Canada', []],
  ['Alberta', 'Canada', []],
  ['Manitoba', 'Canada', []],
  ['Saskatchewan', 'Canada', []],
  ['Nova Scotia', 'Canada', []],
  ['Nunavut', 'Canada', []],
  ['Northwest Territories', 'Canada', []],
  ['Yukon', 'Canada', []],
  ['New Brunswick', 'Canada', []],
  ['Newfoundland', 'Canada', []],
  ['Prince Edward Island', 'Canada', []],
  ['Zulia', 'Venezuela', ['Zulia state']],
  ['Táchira', 'Venezuela', ['Tachira']],
  ['Minas Gerais', 'Brazil', ['Minas Gerais state']],
  ['Hainan', 'China', ['Hainan island', 'Hainan Island', 'Hainan province']],
  ['Nagorno-Karabakh', 'Azerbaijan', ['Nagorno Karabakh', 'Karabakh']],
  ['Khyber Pakhtunkhwa', 'Pakistan', ['Khyber Pakhtunkhwa province']],
  ['Haryana', 'India', []],
  ['Mustang', 'Nepal', ['Mustang district']],
  ['Gujarat', 'India', []],
  ['West Bengal', 'India', []],
  ['Tripura', 'India', []],
  ['Uttar Pradesh', 'India', []],
  ['Bihar', 'India', []],
  ['Yakutia', 'Russia', ['Sakha Republic', 'Republic of Sakha']],
  ['Komi', 'Russia', ['Komi Republic', 'Komi republic']],
  ['Buryatia', 'Russia', ['Republic of Buryatia']],
  ['Sancti Spiritus', 'Cuba', ['Sancti Spíritus']],
  ['Aargau', 'Switzerland', ['canton of Aargau']],
  // The estuary at Hull the R38 fell into, and the headland of California the Macon came down off.
  ['Humber', 'United Kingdom', ['Humber estuary', 'Humber Estuary', 'River Humber']],
  ['Point Sur', 'California', []],
  // The American territory of the Samoan islands; the lake Northwest's Flight 2501 fell into; the peak in British
  // Columbia Trans-Canada's Flight 810 flew into in 1956.
  ['American Samoa', 'United States', []],
  ['Lake Michigan', 'United States', []],
  ['Mount Slesse', 'British Columbia', ['Slesse']],
  // The river the Yankee Clipper came down in in 1943, by its estuary at Lisbon, where reports of the air place it;
  // the southern state of Vietnam of 1955 to 1975.
  ['Tagus', 'Lisbon', ['Tagus River', 'River Tagus', 'Tagus estuary', 'Tejo']],
  ['South Vietnam', 'Vietnam', ['South Viet Nam', 'Republic of Vietnam']],
  // The Azores islands of the airfield the transatlantic airliners of the 1940s stopped at, and of Monte Redondo.
  ['Santa Maria', 'Azores', ['Santa Maria Island', 'Santa Maria island']],
  ['São Miguel Island', 'Azores', ['Sao Miguel Island', 'Sao Miguel', 'São Miguel']],
  // Britain's island colony on the way from the Azores to the Caribbean, where the Star Tiger was to land in 1948.
  ['Bermuda', 'United Kingdom', []],
  // The tidal strait off LaGuardia Airport that American Airlines Flight 320 came down in in 1959.
  ['East River', 'New York', []],
];

/** Regions without one country: they contain no entry and lie in none. */
const AREA_NAMES: readonly (readonly [string, readonly string[]])[] = [
  ['Europe', ['European continent']],
  ['Amazon', ['Amazon jungle', 'Amazon rainforest', 'Amazon rain forest', 'Amazonia']],
  ['Africa', ['African continent']],
  ['Latin America', ['South America', 'Central America']],
  ['Middle East', []],
  ['Caribbean', []],
  ['Black Sea', []],
  ['Baltic Sea', ['Baltic']],
  ['Mediterranean', ['Mediterranean Sea']],
  ['Atlantic', ['Atlantic Ocean']],
  ['Pacific', ['Pacific Ocean']],
  ['Arctic', []],
  ['Balkans', []],
  ['Asia', ['Asian continent']],
  ['Antarctica', []],
  ['Caucasus', []],
  ['Sahel', []],
  ['Western Sahara', []],
  ['North Sea', []],
  ['Red Sea', []],
  ['Caspian Sea', []],
  ['Sea of Azov', ['Azov Sea']],
  ['South China Sea', []],
  ['Persian Gulf', []],
  ['Gulf of Aden', []],
  ['Indian Ocean', []],
  ['Drake Passage', []],
  ['Java Sea', []],
  ['East China Sea', []],
  ['Sea of Japan', ['East Sea']],
  ['Yellow Sea', []],
  ['Philippine Sea', []],
  ['Arabian Sea', []],
  ['Andaman Sea', []],
  ['Bay of Bengal', []],
  ['Bay of Biscay', ['Biscay']],
  ['Gulf of Mexico', []],
  ['Gulf of Oman', []],
  ['Aegean Sea', ['Aegean']],
  ['Adriatic Sea', ['Adriatic']],
  ['Ionian Sea', []],
  ['Barents Sea', []],
  ['Sea of Okhotsk', []],
  ['Bering Sea', []],
  ['Taiwan Strait', []],
  ['Strait of Hormuz', []],
  ['Bosphorus', []],
  ['English Channel', []],
  ['Irish Sea', []],
  ['Norwegian Sea', []],
  // The strait between Norway, Sweden and Denmark's northern tip.
  ['Skagerrak', []],
  ['Tasman Sea', []],
  ['Coral Sea', []],
  ['Jamaica Bay', []],
  // The range along the west of South America, through seven countries.
  ['Andes', ['Andes mountains', 'Andean mountains']],
  // The Alpine summit on the French-Italian border that the Malabar Princess flew into in 1950.
  ['Mont Blanc', ['Mont Blanc massif']],
  // And the range of Nepal, India, Bhutan and China: "crashed into the Himalayan foothills".
  ['Himalayas', ['Himalaya', 'Himalayan foothills', 'Himalayan mountains', 'Himalayan range']],
  // Countries of the last century split since: areas of the countries that followed them.
  ['Yugoslavia', ['former Yugoslavia']],
  ['Soviet Union', ['USSR', 'former Soviet Union']],
  ['Czechoslovakia', []],
];

const capitalNames = new Set(COUNTRY_ROWS.map((c) => c[2]));
const listedCities = new Set(CITY_ROWS.map((c) => c[0]));

/** Every place of the gazetteer. */
export const PLACES: readonly PlaceEntry[] = [
  ...COUNTRY_ROWS.map(([name, demonyms, capital, aliases]): PlaceEntry =>
    ({ name, kind: 'country', aliases, demonyms, capital })),
  ...COUNTRY_ROWS.filter((c) => !listedCities.has(c[2])).map(([country, , capital]): PlaceEntry =>
    ({ name: capital, kind: 'city', aliases: [], parent: country })),
  ...CITY_ROWS.map(([name, parent, aliases]): PlaceEntry => ({ name, kind: 'city', aliases, parent })),
  ...SITE_ROWS.map(([name, kind, parent, aliases]): PlaceEntry => ({ name, kind, aliases, parent })),
  ...REGION_ROWS.map(([name, parent, aliases, demonyms]): PlaceEntry => ({ name, kind: 'region', aliases, parent, ...(demonyms ? { demonyms } : {}) })),
  ...AREA_NAMES.map(([name, aliases]): PlaceEntry => ({ name, kind: 'region', aliases })),
];

/** Whether a city is its country's capital ("the capital" in a sentence may refer to it). */
export function isCapitalName(name: string): boolean {
  return capitalNames.has(name);
}

/**
 * Nouns that introduce a place name the gazetteer may not know: "the village of Kuzhenkino",
 * "Kuzhenkino village". Mapped to the kind of place they name.
 */
export const SETTLEMENT_NOUNS: Readonly<Record<string, PlaceKind>> = {
  village: 'city', town: 'city', city: 'city', settlement: 'city', hamlet: 'city', township: 'city',
  municipality: 'city', port: 'city', 'port city': 'city', island: 'region', region: 'region',
  province: 'region', district: 'region', oblast: 'region', state: 'region', county: 'region',
  // A part of a town: "came down in the Iju-Ishaga neighbourhood" of Lagos.
  neighbourhood: 'region', neighborhood: 'region', quarter: 'region', suburb: 'region',
  airport: 'airport', airfield: 'airport', aerodrome: 'airport', 'air base': 'base', airbase: 'base',
  'military base': 'base', 'naval base': 'base', base: 'base', 'research station': 'base', 'air force base': 'base',
  'air station': 'base',
};

/**
 * Last words of a name the gazetteer lacks that make it a part of a town or of the land around one, no town of
 * its own: "slammed into homes in Murphy Canyon" may be in the San Diego another report names.
 */
export const AREA_NAME_ENDINGS: readonly string[] = ['Canyon', 'Heights', 'Park', 'Hills', 'Estates', 'Gardens', 'Valley'];

/**
 * Settlement nouns also written capitalised, as the last word of a name: "Al Udeid Air Base", "Ozerki
 * Village". Not "City", "State" or "Town", which end names of their own ("Kansas City", "Islamic State").
 */
export const NAME_PART_NOUNS: readonly string[] = [
  'Village', 'Region', 'Province', 'District', 'Oblast', 'County', 'Island', 'Airport', 'Airfield', 'Aerodrome',
  'Air Base', 'Airbase', 'Military Base', 'Naval Base', 'Research Station', 'Air Force Base', 'Air Station',
];

/**
 * Words that name a base before its own name, in the American way: "Marine Corps Air Station Miramar", "Naval Air
 * Station Pensacola". The name after them is the base's.
 */
export const BASE_NAME_PREFIXES: readonly string[] = [
  'Marine Corps Air Station', 'Naval Air Station', 'Naval Air Facility', 'Naval Station', 'Coast Guard Air Station', 'Joint Base',
  // "CFB Trenton": Canada's way. Not "RAF", which stands before aircraft too ("RAF Typhoon jets"): its bases are listed.
  'Canadian Forces Base', 'CFB',
];

/** What a country owns abroad: after its possessive the country is no place ("Russia's base in Syria"). */
export const OWNED_SITES: readonly string[] = [
  'base', 'bases', 'airfield', 'embassy', 'consulate', 'facility', 'garrison', 'outpost', 'contingent',
  // "flew into Taiwan's air defence zone": a zone it claims, where no flight lands.
  'air defence zone', 'air defense zone', 'air defence identification zone', 'air defense identification zone', 'airspace',
];

/**
 * What a government does, after a place's possessive: "sent the plane to Turkey at Ankara's request". The place
 * stands for its government there, and is no point of a route.
 */
export const GOVERNMENT_ACTS: readonly string[] = [
  'request', 'invitation', 'behest', 'urging', 'insistence', 'initiative', 'order', 'orders', 'consent', 'approval',
  'permission', 'decision', 'demand', 'expense',
];

/**
 * Those who speak from a place, before "in" and it: "shot down over Kigali on Wednesday evening, officials in
 * Belgium and France said". With a verb of saying after it, the place is where they are, no point of a route.
 */
export const SOURCES_IN_PLACE: readonly string[] = [
  'officials', 'sources', 'diplomats', 'authorities', 'analysts', 'experts', 'observers', 'correspondents', 'reporters',
  'journalists', 'residents', 'witnesses', 'police', 'officers', 'people',
];

/**
 * What an abbreviated country ("U.S.", "UK") qualifies right after it, as an adjective would, besides the
 * aircraft nouns: "on a U.S. deportation flight", "U.S. officials said". It is then no place.
 */
export const ABBREVIATED_COUNTRY_OF = {
  describing: ['deportation', 'military', 'cargo', 'charter', 'chartered', 'government', 'evacuation'],
  nouns: ['flight', 'flights', 'official', 'officials', 'authorities', 'diplomat', 'diplomats', 'envoy', 'spokesman',
    'spokeswoman', 'citizens', 'nationals'],
} as const;

/** Cities that share their name with a state, which a city of the country names after a comma: "Everett, Washington". */
export const CITIES_NAMED_AS_STATES: readonly string[] = ['Washington', 'New York'];

/** Nouns for a capital city: "the Senegalese capital", "the capital of Venezuela". */
export const CAPITAL_NOUNS: readonly string[] = ['capital', 'capital city'];

/** Compass directions as written, with their normalised form. */
export const DIRECTIONS: Readonly<Record<string, string>> = {
  north: 'north', south: 'south', east: 'east', west: 'west',
  northeast: 'northeast', 'north-east': 'northeast', 'north east': 'northeast',
  northwest: 'northwest', 'north-west': 'northwest', 'north west': 'northwest',
  southeast: 'southeast', 'south-east': 'southeast', 'south east': 'southeast',
  southwest: 'southwest', 'south-west': 'southwest', 'south west': 'southwest',
};

/**
 * Compass words that, capitalised before a known name, make another place of it: "East Azerbaijan" is a
 * province of Iran, not Azerbaijan, and "West Virginia" is not Virginia. Names the gazetteer knows whole
 * ("North Korea", "South Sudan") are read as they are.
 */
export const NAME_DIRECTIONS: readonly string[] = ['East', 'West', 'North', 'South'];

/** Words that, capitalised after a known name, make another place of it: "Kansas City", "Panama City". */
export const NAME_SUFFIXES: readonly string[] = ['City'];

/**
 * Words of a name that make it water: a plane that "landed in the Hudson River" came down there, it did
 * not arrive. "Ocean City" is a town: a name that ends with a suffix above is none.
 */
export const WATER_WORDS: readonly string[] = [
  'River', 'Sea', 'Ocean', 'Lake', 'Bay', 'Gulf', 'Strait', 'Channel', 'Passage', 'Lagoon', 'Atlantic', 'Pacific',
  'Mediterranean', 'Baltic',
];

/**
 * The words of {@link WATER_WORDS} that end a name of water, not the seas' own names ("Atlantic"). After a known
 * place they name the water, not the place: "the Arkansas River", "the Taiwan Strait".
 */
export const WATER_NAME_ENDS: readonly string[] = ['River', 'Sea', 'Ocean', 'Lake', 'Bay', 'Gulf', 'Strait', 'Channel', 'Lagoon'];

/**
 * The wire services' abbreviations of the states, read only right after a town and its comma ("MADISON, Wis.", "from
 * Greenville, S.C., to Baton Rouge"): alone, most are words or titles ("Ill.", "Mass", "Miss").
 */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Tex.': 'Texas',
  'Vt.': 'Vermont', 'Va.': 'Virginia', 'W.Va.': 'West Virginia', 'W. Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/**
 * Words between an airport's name and "Airport" that reports often leave out: "Muan International Airport"
 * is "Muan airport", "Reagan National Airport" is "Reagan airport".
 */
export const AIRPORT_QUALIFIERS: readonly string[] = ['International', 'Intl', 'Regional', 'Municipal', 'National', 'Intercontinental'];

/**
 * Last words of a name that make it a building or an organisation, not a town: "at a West Coast Bank",
 * "at Wasilla Bible Church"; or the lower-case noun right after it: "into the Hotelissimo hotel", "outside the
 * Premier League club's stadium". Airports and bases are sites of the gazetteer and are not listed here.
 */
export const FACILITY_NOUNS: readonly string[] = [
  'Bank', 'Church', 'Cathedral', 'Chapel', 'Mosque', 'Temple', 'Synagogue', 'Hotel', 'Motel', 'Hospital', 'Clinic',
  'School', 'University', 'College', 'Academy', 'Club', 'Mall', 'Store', 'Shop', 'Restaurant', 'Cafe', 'Bar', 'Pub',
  'Stadium', 'Arena', 'Theater', 'Theatre', 'Museum', 'Library', 'Company', 'Corporation', 'Corp', 'Inc', 'Ltd',
  'Group', 'Bureau', 'Department', 'Ministry', 'Agency', 'Council', 'Court', 'Party', 'Center', 'Centre', 'Office',
  'Building', 'Tower', 'Plant', 'Factory', 'Warehouse', 'Prison', 'Jail', 'League', 'Team', 'Firm',
];

/** Last words of a name that make it a street or a square of the place named before: "Banstead High Street". */
export const STREET_NOUNS: readonly string[] = [
  'Street', 'Road', 'Avenue', 'Square', 'Boulevard', 'Lane', 'Drive', 'Highway', 'Bridge', 'Market', 'Station', 'Park',
];

/**
 * Words of a natural feature's name that reports often leave out: "the Potomac River" and "the Potomac",
 * "Lamjura Pass" and "Lamjura", "Mount Erebus" and "Erebus" name one place.
 */
export const FEATURE_WORDS: readonly string[] = [
  'River', 'Lake', 'Bay', 'Creek', 'Lagoon', 'Pass', 'Mount', 'Mountain', 'Mountains', 'Hills', 'Valley', 'Canyon',
  'Gorge', 'Glacier', 'Forest', 'Desert', 'Island', 'Islands', 'Peninsula', 'Reef', 'Volcano',
];

/**
 * What a distance may be measured from when no place is named: "north of the capital", "4 km from the
 * border". The first two may stand for any city another report names; the others only for themselves.
 */
export const DISTANCE_REFERENCES: readonly string[] = ['capital', 'city', 'border', 'frontier', 'coast', 'shore', 'runway', 'airport', 'airfield'];
export const VAGUE_REFERENCES: readonly string[] = ['capital', 'city'];

/** Capitalised words that start a sentence or a phrase but name no place ("The airport", "Military base"). */
export const NOT_PLACE_NAMES: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'Your', 'My',
  'Military', 'International', 'Main', 'Local', 'Regional', 'Civil', 'Civilian', 'Private', 'Secret',
  'Nearby', 'Former', 'Old', 'Small', 'Large', 'Big', 'Remote', 'Coastal', 'Border', 'National', 'Federal',
  'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Air', 'Naval', 'Army', 'Government', 'Another',
  'Every', 'Each', 'Some', 'Any', 'No', 'One', 'Two', 'Three', 'Which', 'What', 'Where', 'Capital',
  'City', 'Town', 'Village', 'Home', 'Same', 'Next', 'Last', 'First', 'Second', 'Key',
  // An alliance or a body whose base it is: "forced it to land at a NATO base in Sicily".
  'NATO', 'UN', 'U.N.', 'Allied', 'Coalition',
  // A part of an airfield named by its number: "slammed into a field short of Runway 19".
  'Runway', 'Gate', 'Hangar', 'Terminal',
];

/**
 * The words of an armed force's name, which owns a base and is no place: "the Royal Air Force base at Waddington" is
 * at Waddington. A name of these words alone is no place; "Andrews Air Force Base" is one.
 */
export const FORCE_NAME_WORDS: readonly string[] = ['Royal', 'Air', 'Force', 'Navy', 'Naval', 'Army', 'Marine', 'Marines', 'Corps', 'Coast', 'Guard'];

/**
 * Words that, alone after a preposition, name an occasion or a body, not a place a flight is bound for:
 * "headed for Christmas celebrations", "for Congress". As part of a longer name they may be a place
 * ("Christmas Island").
 */
export const NOT_BARE_PLACES: readonly string[] = ['Christmas', 'Easter', 'Thanksgiving', 'Ramadan', 'Eid', 'Congress', 'Parliament', 'Court', 'Talks',
  // An alliance: "debris had landed in the NATO country".
  'NATO', 'Nato'];

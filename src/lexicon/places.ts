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
  ['Bahrain', ['Bahraini'], 'Manama', []],
  ['Bangladesh', ['Bangladeshi'], 'Dhaka', []],
  ['Belarus', ['Belarusian', 'Belarussian', 'Byelorussian'], 'Minsk', ['Byelorussia', 'Belorussia']],
  ['Belgium', ['Belgian'], 'Brussels', []],
  ['Benin', ['Beninese'], 'Porto-Novo', []],
  ['Bolivia', ['Bolivian'], 'La Paz', []],
  ['Bosnia and Herzegovina', ['Bosnian'], 'Sarajevo', ['Bosnia']],
  ['Brazil', ['Brazilian'], 'Brasília', ['Brasil']],
  ['Bulgaria', ['Bulgarian'], 'Sofia', []],
  ['Burkina Faso', ['Burkinabe'], 'Ouagadougou', []],
  ['Cambodia', ['Cambodian'], 'Phnom Penh', []],
  ['Cameroon', ['Cameroonian'], 'Yaoundé', []],
  ['Canada', ['Canadian'], 'Ottawa', []],
  ['Central African Republic', ['Central African'], 'Bangui', ['CAR']],
  ['Chad', ['Chadian'], "N'Djamena", []],
  ['Chile', ['Chilean'], 'Santiago', []],
  ['China', ['Chinese'], 'Beijing', ["People's Republic of China", 'PRC']],
  ['Colombia', ['Colombian'], 'Bogotá', []],
  ['Comoros', ['Comorian'], 'Moroni', ['Comoro Islands']],
  ['Congo', ['Congolese'], 'Kinshasa', ['Democratic Republic of the Congo', 'DR Congo', 'DRC']],
  ['Costa Rica', ['Costa Rican'], 'San José', []],
  ['Croatia', ['Croatian', 'Croat'], 'Zagreb', []],
  ['Cuba', ['Cuban'], 'Havana', []],
  ['Bahamas', ['Bahamian'], 'Nassau', ['The Bahamas']],
  ['Cyprus', ['Cypriot'], 'Nicosia', []],
  ['Czech Republic', ['Czech'], 'Prague', ['Czechia']],
  ['Denmark', ['Danish'], 'Copenhagen', []],
  ['Dominican Republic', ['Dominican'], 'Santo Domingo', []],
  ['Ecuador', ['Ecuadorian', 'Ecuadorean'], 'Quito', []],
  ['Egypt', ['Egyptian'], 'Cairo', []],
  ['El Salvador', ['Salvadoran', 'Salvadorean'], 'San Salvador', []],
  ['Eritrea', ['Eritrean'], 'Asmara', []],
  ['Estonia', ['Estonian'], 'Tallinn', []],
  ['Ethiopia', ['Ethiopian'], 'Addis Ababa', []],
  ['Finland', ['Finnish'], 'Helsinki', []],
  ['France', ['French'], 'Paris', []],
  ['Georgia', ['Georgian'], 'Tbilisi', []],
  ['Germany', ['German'], 'Berlin', []],
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
  ['Malta', ['Maltese'], 'Valletta', []],
  ['Ivory Coast', ['Ivorian'], 'Yamoussoukro', ["Côte d'Ivoire"]],
  ['Jamaica', ['Jamaican'], 'Kingston', []],
  ['Japan', ['Japanese'], 'Tokyo', []],
  ['Jordan', ['Jordanian'], 'Amman', []],
  ['Kazakhstan', ['Kazakh', 'Kazakhstani'], 'Astana', []],
  ['Kenya', ['Kenyan'], 'Nairobi', []],
  ['Kuwait', ['Kuwaiti'], 'Kuwait City', []],
  ['Kyrgyzstan', ['Kyrgyz'], 'Bishkek', ['Kirghizia']],
  ['Laos', ['Lao', 'Laotian'], 'Vientiane', []],
  ['Latvia', ['Latvian'], 'Riga', []],
  ['Lebanon', ['Lebanese'], 'Beirut', []],
  ['Libya', ['Libyan'], 'Tripoli', []],
  ['Lithuania', ['Lithuanian'], 'Vilnius', []],
  ['Madagascar', ['Malagasy'], 'Antananarivo', []],
  ['Malawi', ['Malawian'], 'Lilongwe', []],
  ['Malaysia', ['Malaysian'], 'Kuala Lumpur', []],
  ['Mali', ['Malian'], 'Bamako', []],
  ['Mauritania', ['Mauritanian'], 'Nouakchott', []],
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
  ['Romania', ['Romanian'], 'Bucharest', []],
  ['Russia', ['Russian'], 'Moscow', ['Russian Federation', 'RF']],
  ['Rwanda', ['Rwandan'], 'Kigali', []],
  ['Saudi Arabia', ['Saudi', 'Saudi Arabian'], 'Riyadh', []],
  ['Senegal', ['Senegalese'], 'Dakar', []],
  ['Serbia', ['Serbian', 'Serb'], 'Belgrade', []],
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
  ['Sweden', ['Swedish'], 'Stockholm', []],
  ['Switzerland', ['Swiss'], 'Bern', []],
  ['Syria', ['Syrian'], 'Damascus', ['Syrian Arab Republic']],
  ['Taiwan', ['Taiwanese'], 'Taipei', []],
  ['Tajikistan', ['Tajik'], 'Dushanbe', []],
  ['Tanzania', ['Tanzanian'], 'Dodoma', []],
  ['Thailand', ['Thai'], 'Bangkok', []],
  ['Tonga', ['Tongan'], "Nuku'alofa", []],
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
  ['Washington', 'United States', ['Washington, D.C.', 'Washington DC', 'Washington D.C.']],
  ['Bogotá', 'Colombia', []],
  ["Sana'a", 'Yemen', ['Sanaa']],
  ['Chișinău', 'Moldova', ['Chisinau', 'Kishinev']],
  ['Ulaanbaatar', 'Mongolia', ['Ulan Bator']],
  ['Astana', 'Kazakhstan', ['Nur-Sultan']],
  ['Ashgabat', 'Turkmenistan', ['Ashkhabad']],
  ['Tbilisi', 'Georgia', ['Tiflis']],
  ['Yangon', 'Myanmar', ['Rangoon']],
  ['New Delhi', 'India', ['Delhi']],
  ['Kuwait City', 'Kuwait', []],
  ['Singapore City', 'Singapore', []],
  // Russia
  ['Saint Petersburg', 'Russia', ['St. Petersburg', 'St Petersburg', 'Sankt-Peterburg', 'Leningrad', 'Petersburg']],
  ['Belgorod', 'Russia', []],
  ['Kursk', 'Russia', []],
  ['Bryansk', 'Russia', []],
  ['Voronezh', 'Russia', []],
  ['Rostov-on-Don', 'Russia', ['Rostov', 'Rostov-na-Donu']],
  ['Krasnodar', 'Russia', []],
  ['Sochi', 'Russia', []],
  ['Volgograd', 'Russia', ['Stalingrad']],
  ['Kazan', 'Russia', []],
  ['Samara', 'Russia', []],
  ['Yekaterinburg', 'Russia', ['Ekaterinburg']],
  ['Novosibirsk', 'Russia', []],
  ['Omsk', 'Russia', []],
  ['Krasnoyarsk', 'Russia', []],
  ['Irkutsk', 'Russia', []],
  ['Khabarovsk', 'Russia', []],
  ['Vladivostok', 'Russia', []],
  ['Murmansk', 'Russia', []],
  ['Arkhangelsk', 'Russia', ['Archangel']],
  ['Kaliningrad', 'Russia', []],
  ['Pskov', 'Russia', []],
  ['Tver', 'Russia', []],
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
  ['Grozny', 'Russia', []],
  ['Makhachkala', 'Russia', []],
  ['Petropavlovsk-Kamchatsky', 'Russia', []],
  ['Yakutsk', 'Russia', []],
  ['Norilsk', 'Russia', []],
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
  ['Cologne', 'Germany', ['Köln']],
  ['Milan', 'Italy', ['Milano']],
  ['Naples', 'Italy', []],
  ['Barcelona', 'Catalonia', []],
  ['Marseille', 'France', ['Marseilles']],
  ['Lyon', 'France', ['Lyons']],
  ['Geneva', 'Switzerland', ['Genève']],
  ['Zurich', 'Switzerland', ['Zürich']],
  ['Manchester', 'United Kingdom', []],
  ['Edinburgh', 'United Kingdom', []],
  ['Glasgow', 'United Kingdom', []],
  ['Belfast', 'United Kingdom', []],
  ['Staines', 'United Kingdom', ['Staines-upon-Thames']],
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
  ['Saint Paul', 'Minnesota', ['St. Paul', 'St Paul']],
  ['Eveleth', 'Minnesota', []],
  ['Jefferson City', 'Missouri', []],
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
  ['Johannesburg', 'South Africa', []],
  ['Cape Town', 'South Africa', []],
  ['Casablanca', 'Morocco', []],
  ['Mombasa', 'Kenya', []],
  ['Blantyre', 'Malawi', []],
  ['Mzuzu', 'Malawi', []],
  // Renamed in 1998; reports still use both names.
  ['Bishoftu', 'Ethiopia', ['Debre Zeit', 'Debre Zeyit']],
  ['Goma', 'Congo', []],
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
  ['Niigata', 'Japan', []],
  ['Nagoya', 'Japan', []],
  ['Fukuoka', 'Japan', []],
  ['Yokohama', 'Japan', []],
  ['Kyoto', 'Japan', []],
  ['Naha', 'Okinawa', []],
  ['Mumbai', 'India', ['Bombay']],
  ['Kozhikode', 'India', ['Calicut']],
  ['Karachi', 'Pakistan', []],
  ['Lahore', 'Pakistan', []],
  ['Bahawalpur', 'Pakistan', []],
  ['Kandahar', 'Afghanistan', []],
  ['Bagram', 'Afghanistan', []],
  ['Almaty', 'Kazakhstan', ['Alma-Ata']],
  ['Samarkand', 'Uzbekistan', []],
  ['Ho Chi Minh City', 'Vietnam', ['Saigon']],
  ['Sydney', 'Australia', []],
  ['Melbourne', 'Australia', []],
  ['Busan', 'South Korea', ['Pusan']],
  ['Pokhara', 'Nepal', []],
  ['Jomsom', 'Mustang', []],
  ['Indianapolis', 'Indiana', []],
  ['Bergamo', 'Italy', []],
  ['Punto Fijo', 'Venezuela', []],
  ['Santa Ana', 'California', []],
  ['Riverside', 'California', []],
  ['Kunming', 'Yunnan', []],
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
  ['Wichita', 'Kansas', []],
  // New York's borough where American 587 came down, and its beach district.
  ['Queens', 'New York', ['borough of Queens']],
  ['Rockaway', 'Queens', ['Rockaways', 'Rockaway Peninsula']],
  ['Sighnaghi', 'Georgia', ['Signagi']],
  ['Lockerbie', 'Scotland', []],
  ["Peggy's Cove", 'Nova Scotia', ['Peggys Cove']],
  ['Jorhat', 'Assam', []],
  ['Mechuka', 'Arunachal Pradesh', ['Menchuka']],
  ['Kumasi', 'Ashanti', []],
  ['Gonesse', 'France', []],
  ['Sharm el-Sheikh', 'Egypt', ['Sharm el Sheikh', 'Sharm al-Sheikh']],
  ['Luxor', 'Egypt', []],
  ['Halifax', 'Nova Scotia', []],
  ['Lexington', 'Kentucky', []],
  ['Durango', 'Mexico', []],
  ['Dar es Salaam', 'Tanzania', []],
  ['Bergen', 'Norway', []],
  ['Stavanger', 'Norway', []],
  ['Aalborg', 'Denmark', []],
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
  ['Benazir Bhutto International Airport', 'airport', 'Islamabad', ['Benazir Bhutto airport']],
  ['Menara', 'airport', 'Marrakech', ['Menara airport', 'Marrakech Menara airport', 'Marrakesh Menara airport']],
  ['Zaragoza air base', 'base', 'Zaragoza', []],
  ['Barajas', 'airport', 'Madrid', ['Barajas airport', 'Madrid-Barajas', 'Madrid Barajas']],
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
  ['Tegel', 'airport', 'Berlin', ['Tegel airport', 'Berlin Tegel', 'Berlin-Tegel']],
  ['Sri Guru Ram Dass Jee International Airport', 'airport', 'Amritsar', ['Amritsar airport', 'Sri Guru Ram Dass Jee airport']],
  ['Chkalovsky', 'base', 'Moscow', ['Chkalovsky air base', 'Chkalovsky airfield', 'Chkalovskiy']],
  ['Kubinka', 'base', 'Moscow', ['Kubinka air base']],
  ['Lajes', 'base', 'Terceira', ['Lajes air base', 'Lajes Field']],
  ['Pulkovo', 'airport', 'Saint Petersburg', ['Pulkovo airport']],
  ['Hmeimim', 'base', 'Latakia', ['Khmeimim', 'Hmeymim', 'Humaymim', 'Hmeimim air base', 'Khmeimim air base', 'Bassel Al-Assad International Airport']],
  ['Damascus International Airport', 'airport', 'Damascus', []],
  ['Léopold Sédar Senghor International Airport', 'airport', 'Dakar', ['Leopold Sedar Senghor International Airport', 'Léopold Sédar Senghor airport', 'Leopold Sedar Senghor airport', 'Dakar-Yoff', 'Yoff airport']],
  ['Blaise Diagne International Airport', 'airport', 'Dakar', ['Blaise Diagne airport', 'Dakar Blaise Diagne']],
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
  // Iceland's international airport, a U.S. air base until 2006.
  ['Keflavik', 'airport', 'Iceland', ['Keflavík', 'Keflavik airport', 'Keflavik air base', 'Keflavik International Airport']],
  ['Ronald Reagan Washington National Airport', 'airport', 'Washington', ['Reagan National Airport', 'Reagan Washington National Airport', 'Washington National Airport', 'Reagan National', 'Reagan airport']],
  ['Joint Base Andrews', 'base', 'Washington', ['Andrews Air Force Base']],
  ['RAF Lakenheath', 'base', 'United Kingdom', ['Lakenheath']],
  ['Thule Air Base', 'base', 'Greenland', ['Pituffik Space Base', 'Thule', 'Pituffik']],
  ['Marine Corps Air Station Iwakuni', 'base', 'Iwakuni', ['MCAS Iwakuni', 'Iwakuni air base']],
  ['John F. Kennedy International Airport', 'airport', 'New York', ['JFK airport', 'Kennedy airport', 'John F Kennedy International Airport']],
  ['LaGuardia Airport', 'airport', 'New York', ['LaGuardia', 'La Guardia airport']],
  ['Dallas Love Field', 'airport', 'Dallas', ['Love Field']],
  ['Indira Gandhi International Airport', 'airport', 'New Delhi', ['Indira Gandhi airport', 'Indira Gandhi International']],
  ["O'Hare International Airport", 'airport', 'Chicago', ["O'Hare", 'O’Hare', "Chicago O'Hare", "O'Hare airport"]],
  ['Philadelphia International Airport', 'airport', 'Philadelphia', []],
  ["Fua'amotu International Airport", 'airport', "Nuku'alofa", ["Fua'amotu airport", "Fua'amotu"]],
  ['Heathrow', 'airport', 'London', ['Heathrow airport']],
  ['Gatwick', 'airport', 'London', ['Gatwick airport']],
  ['Charles de Gaulle Airport', 'airport', 'Paris', ['Charles de Gaulle', 'Roissy']],
  ['Le Bourget', 'airport', 'Paris', ['Le Bourget airport', 'Le Bourget airfield']],
  ['Tempelhof', 'airport', 'Berlin', ['Tempelhof airport', 'Tempelhof airfield']],
  ['Lindbergh Field', 'airport', 'San Diego', ['San Diego International Airport']],
  ['Schiphol', 'airport', 'Amsterdam', ['Schiphol airport']],
  ['Ramstein', 'base', 'Germany', ['Ramstein Air Base']],
  ['Pratica di Mare', 'base', 'Rome', ['Pratica di Mare air base', 'Pratica di Mare military airport', 'Pratica di Mare airport']],
  ['Indianapolis International Airport', 'airport', 'Indianapolis', ['Indianapolis airport']],
  ['John Wayne Airport', 'airport', 'Santa Ana', ['John Wayne Airport in Orange County', 'Orange County airport']],
  // The city of Ontario, California shares its name with the Canadian province: only the airport's full name is known.
  ['Ontario International Airport', 'airport', 'California', ['Ontario airport in California']],
  ['Louisville Muhammad Ali International Airport', 'airport', 'Louisville', ['Muhammad Ali International Airport', 'Louisville International Airport']],
  ['Kelly Field', 'airport', 'San Antonio', ['Kelly Field Annex', 'Port San Antonio']],
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
  ['Erebuni', 'base', 'Yerevan', ['Erebuni air base']],
  ['Hamad International Airport', 'airport', 'Doha', []],
  ['Taipei Songshan Airport', 'airport', 'Taipei', ['Songshan Airport', 'Songshan airport', 'Songshan']],
  ['Suvarnabhumi Airport', 'airport', 'Bangkok', ['Suvarnabhumi', 'Suvarnabhumi airport']],
  ['Don Mueang International Airport', 'airport', 'Bangkok', ['Don Mueang', 'Don Muang']],
  ['Taoyuan International Airport', 'airport', 'Taipei', ['Taoyuan airport', 'Taiwan Taoyuan International Airport']],
  // Reports of flights to it often say they landed "in Doha", some 30 km away, as for Hmeimim and Latakia.
  ['Al Udeid Air Base', 'base', 'Doha', ['Al Udeid', 'Al-Udeid', 'Al Udeid airbase', 'Al-Udeid Air Base']],
  ['Hamid Karzai International Airport', 'airport', 'Kabul', ['Hamid Karzai airport', 'Kabul International Airport', 'Kabul airport']],
  ['Addis Ababa Bole International Airport', 'airport', 'Addis Ababa', ['Bole International Airport', 'Bole airport']],
  ['Jomo Kenyatta International Airport', 'airport', 'Nairobi', ['Jomo Kenyatta airport']],
  ['Dubai International Airport', 'airport', 'Dubai', []],
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
  ['La Carlota', 'base', 'Caracas', ['La Carlota air base', 'Generalissimo Francisco de Miranda Air Base']],
  ['El Libertador Air Base', 'base', 'Maracay', ['El Libertador']],
  // Near Homestead, some 40 km from Miami; reports of flights from it say "an air base near Miami".
  ['Homestead Air Reserve Base', 'base', 'Miami', ['Homestead air base', 'Homestead ARB']],
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
];

/** [region, country, other names] — regions and peninsulas that incidents are located by. */
/** [region, country, other names, adjectives of its people ('Chechen')] */
type RegionRow = readonly [string, string, readonly string[], (readonly string[])?];

const REGION_ROWS: readonly RegionRow[] = [
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
  ['Wardak', 'Afghanistan', ['Wardak province', 'Maidan Wardak']],
  ['Everglades', 'Florida', ['Florida Everglades']],
  // An overseas region of France, in the Caribbean.
  ['Martinique', 'France', []],
  ['North Ossetia', 'Russia', ['North Ossetia-Alania']],
  ['Assam', 'India', []],
  ['Roatan', 'Honduras', ['Roatán']],
  ['Lake Ranco', 'Chile', ['Ranco']],
  ['Gunma', 'Japan', ['Gunma prefecture']],
  ['Mount Osutaka', 'Gunma', ['Osutaka']],
  ['Arunachal Pradesh', 'India', []],
  ['Penghu', 'Taiwan', ['Penghu islands', 'Penghu island', 'Pescadores']],
  ['Zagros Mountains', 'Iran', ['Zagros range', 'Zagros']],
  ['Ticino', 'Switzerland', ['canton of Ticino']],
  ['Canary Islands', 'Spain', ['Canaries'], ['Canarian']],
  ['Gran Canaria', 'Canary Islands', []],
  ['Tenerife', 'Canary Islands', []],
  ['Azores', 'Portugal', ['Azores islands']],
  ['Maui', 'Hawaii', ['Maui island']],
  ['Cappadocia', 'Turkey', ['Cappadocia region']],
  ['Terceira', 'Azores', ['Terceira island']],
  ['French Polynesia', 'France', []],
  ['Tahiti', 'French Polynesia', ['Tahiti island']],
  ['Moorea', 'French Polynesia', ['Moorea island']],
  ['Mull of Kintyre', 'Scotland', ['Kintyre']],
  ['Balearic Islands', 'Spain', ['Balearics']],
  ['Mallorca', 'Balearic Islands', ['Majorca']],
  ['Scotland', 'United Kingdom', [], ['Scottish']],
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
  ['Wisconsin', 'United States', []],
  ['Wyoming', 'United States', []],
  ['Ontario', 'Canada', []],
  ['British Columbia', 'Canada', []],
  ['Alberta', 'Canada', []],
  ['Manitoba', 'Canada', []],
  ['Saskatchewan', 'Canada', []],
  ['Nova Scotia', 'Canada', []],
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

/** Nouns for a capital city: "the Senegalese capital", "the capital of Venezuela". */
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
];

/**
 * Words that, alone after a preposition, name an occasion or a body, not a place a flight is bound for:
 * "headed for Christmas celebrations", "for Congress". As part of a longer name they may be a place
 * ("Christmas Island").
 */
export const NOT_BARE_PLACES: readonly string[] = ['Christmas', 'Easter', 'Thanksgiving', 'Ramadan', 'Eid', 'Congress', 'Parliament', 'Court', 'Talks',
  // An alliance: "debris had landed in the NATO country".
  'NATO', 'Nato'];

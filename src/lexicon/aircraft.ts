/**
 * Aircraft makers, type families and the generic words for aircraft. Data only: the aircraft facet
 * compiles it into patterns, and src/text/numbers.ts uses the code prefixes to tell the 124 of "An-124"
 * from a count.
 */

export type AircraftRole =
  | 'transport'
  | 'bomber'
  | 'fighter'
  | 'attack'
  | 'airliner'
  | 'business jet'
  | 'helicopter'
  | 'drone'
  | 'airship'
  | 'balloon'
  | 'glider'
  | 'tanker'
  | 'reconnaissance'
  | 'patrol'
  | 'trainer'
  | 'light aircraft'
  | 'amphibian'
  | 'military';

export interface AircraftMaker {
  /** Canonical name: "Antonov". */
  name: string;
  /** Other spellings and transliterations, the name included: "Antonov", "Antonow". */
  aliases: readonly string[];
  /** Type-code prefixes used with a number: "An" of "An-124". The first one is canonical. */
  codes: readonly string[];
}

export interface AircraftFamily {
  /** Canonical designation: "An-124", "Boeing 737", "A320". */
  designation: string;
  maker: string;
  role: AircraftRole;
  /** Names used alone for the type: "Ruslan", "Hercules". */
  nicknames?: readonly string[];
  /** Type names without a number: "Legacy", "Rafale". Matched like nicknames but need no context. */
  names?: readonly string[];
  /** The role of the variants those names give, where it is not the family's: the RF-4E reconnoitres. */
  namesRole?: AircraftRole;
  /**
   * The number alone names the type when a variant follows: "the 737 MAX 8", "a 777-200ER". Only for
   * numbers that are rarely anything else; a bare "737" stays a number.
   */
  numberWithVariant?: true;
  /**
   * The models of a series that reports name by the series: "the MD-82" is one of the MD-80s, told finer;
   * two models of one series are two types.
   */
  models?: readonly string[];
}

export const AIRCRAFT_MAKERS: readonly AircraftMaker[] = [
  { name: 'Antonov', aliases: ['Antonov', 'Antonow', 'Antonov Design Bureau'], codes: ['An', 'Ан'] },
  { name: 'Ilyushin', aliases: ['Ilyushin', 'Iljuschin', 'Ilyoushine', 'Iljushin', 'Ilyuschin', 'Ilushin', 'Ilioushine', 'Ilyshin'], codes: ['Il', 'Ил'] },
  { name: 'Tupolev', aliases: ['Tupolev', 'Tupolew', 'Toupolev'], codes: ['Tu', 'Ту'] },
  { name: 'Sukhoi', aliases: ['Sukhoi', 'Suchoi', 'Soukhoï', 'Sukhoy'], codes: ['Su', 'Су'] },
  { name: 'Mikoyan', aliases: ['Mikoyan', 'Mikoyan-Gurevich', 'Mikojan'], codes: ['MiG', 'МиГ'] },
  { name: 'Yakovlev', aliases: ['Yakovlev', 'Jakowlew', 'Iakovlev'], codes: ['Yak', 'Як'] },
  { name: 'Beriev', aliases: ['Beriev', 'Berijew'], codes: ['Be', 'Бе'] },
  { name: 'Mil', aliases: ['Mil'], codes: ['Mi', 'Ми'] },
  { name: 'Kamov', aliases: ['Kamov', 'Kamow'], codes: ['Ka', 'Ка'] },
  { name: 'Boeing', aliases: ['Boeing'], codes: [] },
  { name: 'Airbus', aliases: ['Airbus'], codes: [] },
  { name: 'Embraer', aliases: ['Embraer'], codes: ['ERJ', 'EMB'] },
  { name: 'Lockheed Martin', aliases: ['Lockheed Martin', 'Lockheed'], codes: [] },
  // Fiat's aircraft works; "Fiat" alone is the carmaker.
  { name: 'Fiat', aliases: ['Fiat Aviazione'], codes: [] },
  // Builder of the Mustang; "North American" alone is an adjective.
  { name: 'North American', aliases: ['North American Aviation'], codes: [] },
  { name: 'McDonnell Douglas', aliases: ['McDonnell Douglas', 'McDonnell-Douglas', 'Douglas'], codes: ['DC', 'MD'] },
  { name: 'Northrop Grumman', aliases: ['Northrop Grumman', 'Northrop'], codes: [] },
  { name: 'General Atomics', aliases: ['General Atomics'], codes: [] },
  { name: 'Bombardier', aliases: ['Bombardier'], codes: ['CRJ'] },
  { name: 'De Havilland Canada', aliases: ['De Havilland Canada', 'de Havilland Canada', 'De Havilland', 'de Havilland'], codes: ['DHC'] },
  { name: 'Cessna', aliases: ['Cessna'], codes: [] },
  { name: 'Gulfstream', aliases: ['Gulfstream'], codes: [] },
  { name: 'Dassault', aliases: ['Dassault'], codes: [] },
  // The French maker of the MS.760 Paris, the four-seat twin-jet of the 1950s (Enrico Mattei's). Its "MS" is no code
  // here: "MS-13" is a gang.
  { name: 'Morane-Saulnier', aliases: ['Morane-Saulnier', 'Morane Saulnier'], codes: [] },
  { name: 'ATR', aliases: ['ATR', 'Avions de Transport Régional'], codes: ['ATR'] },
  { name: 'Hawker', aliases: ['Hawker', 'Hawker Siddeley'], codes: [] },
  { name: 'Sikorsky', aliases: ['Sikorsky'], codes: [] },
  { name: 'Bell', aliases: ['Bell'], codes: [] },
  { name: 'Fokker', aliases: ['Fokker'], codes: [] },
  { name: 'Dornier', aliases: ['Dornier'], codes: [] },
  { name: 'British Aerospace', aliases: ['British Aerospace', 'BAE Systems'], codes: [] },
  // A. V. Roe, maker of the Lancaster and the Tudor, in Hawker Siddeley from 1963; its name lived on in the Avro RJ.
  { name: 'Avro', aliases: ['Avro', 'A.V. Roe'], codes: [] },
  // Britain's maker of the Argosy airliners of the 1920s, in Hawker Siddeley from 1935.
  { name: 'Armstrong Whitworth', aliases: ['Armstrong Whitworth', 'Armstrong-Whitworth'], codes: [] },
  // The Glenn L. Martin Company, maker of the Pacific clippers of the 1930s; "Martin" alone is a name as often.
  { name: 'Glenn L. Martin', aliases: ['Glenn L. Martin', 'Glenn L. Martin Company'], codes: [] },
  // The Bristol Aeroplane Company, maker of the Britannia, in the British Aircraft Corporation from 1960.
  { name: 'Bristol', aliases: ['Bristol Aeroplane Company'], codes: [] },
  { name: 'Comac', aliases: ['Comac', 'COMAC'], codes: [] },
  { name: 'Baykar', aliases: ['Baykar'], codes: [] },
  { name: 'Shahed Aviation', aliases: ['Shahed Aviation Industries'], codes: [] },
  { name: 'Qods Aviation', aliases: ['Qods Aviation Industry', 'Qods'], codes: [] },
  { name: 'Airbus Helicopters', aliases: ['Eurocopter', 'Airbus Helicopters'], codes: [] },
  { name: 'Leonardo', aliases: ['AgustaWestland', 'Agusta', 'Leonardo Helicopters'], codes: ['AW'] },
  { name: 'Saab', aliases: ['Saab'], codes: [] },
  { name: 'Learjet', aliases: ['Learjet', 'Lear'], codes: [] },
  // The German maker of the Second World War's fighters, whose types go by "Bf" or "Me".
  { name: 'Messerschmitt', aliases: ['Messerschmitt'], codes: ['Bf', 'Me'] },
  // Makers of the Storch, of the He 111 bomber and (the German gliding institute) of the DFS 230 glider. "He" is a
  // pronoun as often, so the bomber is named whole; so is "Fi" ("Fi 156").
  { name: 'Heinkel', aliases: ['Heinkel'], codes: [] },
  { name: 'Fieseler', aliases: ['Fieseler'], codes: [] },
  { name: 'DFS', aliases: ['Deutsche Forschungsanstalt für Segelflug'], codes: [] },
  // The San Diego builder of Lindbergh's plane; "Ryan" alone is a name.
  { name: 'Ryan', aliases: ['Ryan Airlines', 'Ryan Aeronautical'], codes: [] },
  // Louis Blériot's firm, maker of the monoplane of the first crossing of the Channel (1909); "Blériot" alone is the
  // man.
  { name: 'Blériot', aliases: ['Blériot Aéronautique', 'Bleriot Aeronautique'], codes: [] },
  // The British de Havilland of the Moths and the Comet, part of Hawker Siddeley from 1960. "de Havilland" alone is
  // read as De Havilland Canada, the maker of most such craft flying today.
  { name: 'de Havilland', aliases: ['de Havilland Aircraft Company', 'de Havilland Aircraft'], codes: ['DH'] },
  // Burt Rutan's firm of home-built designs; "Rutan" alone is the man (or his brother Dick, the Voyager's pilot).
  { name: 'Rutan Aircraft Factory', aliases: ['Rutan Aircraft Factory'], codes: [] },
  // The builder of the German rigid airships; "Zeppelin" alone is the count, and any airship of the kind.
  { name: 'Luftschiffbau Zeppelin', aliases: ['Luftschiffbau Zeppelin'], codes: [] },
  // The Ford division that built the Trimotor; "Ford" alone is the carmaker and a name.
  { name: 'Stout Metal Airplane', aliases: ['Stout Metal Airplane'], codes: [] },
  // The Canadian maker of the Norseman bush plane; only its name.
  { name: 'Noorduyn', aliases: ['Noorduyn'], codes: [] },
  // Paul MacCready's firm, builder of the human-powered craft that crossed the Channel in 1979.
  { name: 'AeroVironment', aliases: ['AeroVironment'], codes: [] },
  // The American maker of the Robin and the C-46; "Curtiss" alone is a name.
  { name: 'Curtiss-Wright', aliases: ['Curtiss-Wright', 'Curtiss Aeroplane'], codes: [] },
  // Howard Hughes's company, builder of the H-4 flying boat; "Hughes" alone is the man as often.
  { name: 'Hughes', aliases: ['Hughes Aircraft'], codes: [] },
  { name: 'Aermacchi', aliases: ['Aermacchi', 'Leonardo Aermacchi'], codes: [] },
  { name: 'General Dynamics', aliases: ['General Dynamics'], codes: [] },
  { name: 'Grumman', aliases: ['Grumman'], codes: [] },
  { name: 'Vought', aliases: ['Vought'], codes: [] },
  { name: 'Beechcraft', aliases: ['Beechcraft'], codes: [] },
  { name: 'Piper', aliases: ['Piper'], codes: ['PA'] },
  // The maker of the twin-engined high-wing Commanders (Rockwell's from 1967); Audie Murphy died in one.
  { name: 'Aero Commander', aliases: ['Aero Commander'], codes: [] },
  { name: 'Xian', aliases: ['Xian', "Xi'an", 'Xian Aircraft Industrial Corporation'], codes: [] },
  { name: 'Shaanxi', aliases: ['Shaanxi', 'Shaanxi Aircraft'], codes: [] },
  { name: 'Chengdu', aliases: ['Chengdu Aircraft', 'Chengdu Aerospace'], codes: [] },
  { name: 'Shenyang', aliases: ['Shenyang Aircraft'], codes: [] },
  { name: 'Harbin', aliases: ['Harbin Aircraft'], codes: [] },
  { name: 'Junkers', aliases: ['Junkers'], codes: ['Ju'] },
  { name: 'Airspeed', aliases: ['Airspeed'], codes: [] },
  // The amphibious water bombers, built by Bombardier and De Havilland Canada since: "a Canadair CL-415", "the Canadair".
  { name: 'Canadair', aliases: ['Canadair'], codes: ['CL'] },
  // The Czech maker of the L-410; "Let" alone is an English word, so only the full name.
  { name: 'Let Kunovice', aliases: ['Let Kunovice'], codes: [] },
  // The San Diego maker of the 1950s propliners, many re-engined as turboprops: "a Convair 580".
  { name: 'Convair', aliases: ['Convair'], codes: [] },
  // British airliner makers whose lines passed to British Aerospace in 1977. "BAC" alone is also blood alcohol.
  { name: 'Vickers', aliases: ['Vickers', 'Vickers-Armstrongs'], codes: [] },
  { name: 'British Aircraft Corporation', aliases: ['British Aircraft Corporation'], codes: [] },
  // The French maker of the Caravelle, merged into Aerospatiale in 1970.
  { name: 'Sud Aviation', aliases: ['Sud Aviation', 'Sud-Aviation'], codes: [] },
];

/**
 * Makers whose aircraft lines passed to another, and that other: Bombardier bought Canadair in 1986 and De
 * Havilland Canada in 1992, Boeing McDonnell Douglas in 1997; Hawker Siddeley (de Havilland's since 1960, Avro's
 * since 1963) and the British Aircraft Corporation (Vickers' airliners among them) became British Aerospace in 1977.
 * "The Canadair regional jet" is the CRJ-200 another report credits to Bombardier.
 */
export const MAKER_SUCCESSORS: Readonly<Record<string, string>> = {
  Canadair: 'Bombardier',
  'De Havilland Canada': 'Bombardier',
  'McDonnell Douglas': 'Boeing',
  'de Havilland': 'Hawker',
  Avro: 'Hawker',
  Hawker: 'British Aerospace',
  Vickers: 'British Aerospace',
  'British Aircraft Corporation': 'British Aerospace',
};

/**
 * Type codes that belong to no single maker (US military designations, Airbus's A-numbers): a code with
 * one of these prefixes is a designation only when the family table knows it ("F-16" yes, "F-1" no).
 */
export const SHARED_CODES: readonly string[] = [
  'A', 'B', 'C', 'E', 'F', 'F/A', 'G', 'KC', 'P', 'U', 'V', 'RQ', 'MQ', 'AH', 'UH', 'CH', 'MH', 'SSJ', 'TB',
  'Shahed', 'Orlan', 'Heron', 'Hermes', 'Global', 'Falcon', 'Mirage', 'Citation', 'Legacy', 'Phenom',
  'Challenger', 'Fokker', 'Cessna', 'Bell', 'Lear', 'Learjet', 'Saab', 'C', 'Akinci', 'Samad', 'Mohajer',
  // Sikorsky's S: the S-76 is a helicopter, the S-300 a missile system.
  'S',
  // Chinese designations: Y transports, J fighters, H bombers, KJ radar planes, Z helicopters.
  'Y', 'J', 'H', 'KJ', 'Z',
];

export const AIRCRAFT_FAMILIES: readonly AircraftFamily[] = [
  // Antonov
  { designation: 'An-2', maker: 'Antonov', role: 'light aircraft' },
  { designation: 'An-12', maker: 'Antonov', role: 'transport' },
  { designation: 'An-22', maker: 'Antonov', role: 'transport', nicknames: ['Antei', 'Antheus'] },
  { designation: 'An-24', maker: 'Antonov', role: 'airliner' },
  { designation: 'An-26', maker: 'Antonov', role: 'transport' },
  { designation: 'An-30', maker: 'Antonov', role: 'reconnaissance' },
  { designation: 'An-32', maker: 'Antonov', role: 'transport' },
  { designation: 'An-72', maker: 'Antonov', role: 'transport' },
  { designation: 'An-124', maker: 'Antonov', role: 'transport', nicknames: ['Ruslan', 'Condor'] },
  // Built under licence in Iran as the IrAn-140 (HESA).
  { designation: 'An-140', maker: 'Antonov', role: 'airliner', names: ['IrAn-140'] },
  { designation: 'An-148', maker: 'Antonov', role: 'airliner' },
  { designation: 'An-225', maker: 'Antonov', role: 'transport', nicknames: ['Mriya'] },
  // Ilyushin
  { designation: 'Il-18', maker: 'Ilyushin', role: 'airliner' },
  { designation: 'Il-20', maker: 'Ilyushin', role: 'reconnaissance' },
  { designation: 'Il-38', maker: 'Ilyushin', role: 'patrol' },
  { designation: 'Il-62', maker: 'Ilyushin', role: 'airliner' },
  { designation: 'Il-76', maker: 'Ilyushin', role: 'transport', nicknames: ['Candid'] },
  { designation: 'Il-78', maker: 'Ilyushin', role: 'tanker' },
  { designation: 'Il-80', maker: 'Ilyushin', role: 'military' },
  { designation: 'Il-96', maker: 'Ilyushin', role: 'airliner' },
  { designation: 'Il-112', maker: 'Ilyushin', role: 'transport' },
  { designation: 'Il-114', maker: 'Ilyushin', role: 'airliner' },
  // Tupolev
  { designation: 'Tu-22', maker: 'Tupolev', role: 'bomber', nicknames: ['Backfire'] },
  { designation: 'Tu-95', maker: 'Tupolev', role: 'bomber', nicknames: ['Bear'] },
  // The long-range turboprop airliner of 1957 that flew Khrushchev nonstop to Washington in 1959. (Its name, Rossiya,
  // is an airline's too.)
  { designation: 'Tu-114', maker: 'Tupolev', role: 'airliner' },
  { designation: 'Tu-134', maker: 'Tupolev', role: 'airliner' },
  { designation: 'Tu-142', maker: 'Tupolev', role: 'patrol' },
  { designation: 'Tu-154', maker: 'Tupolev', role: 'airliner' },
  { designation: 'Tu-160', maker: 'Tupolev', role: 'bomber', nicknames: ['White Swan', 'Blackjack'] },
  { designation: 'Tu-204', maker: 'Tupolev', role: 'airliner' },
  { designation: 'Tu-214', maker: 'Tupolev', role: 'airliner' },
  // Sukhoi
  { designation: 'Su-24', maker: 'Sukhoi', role: 'bomber', nicknames: ['Fencer'] },
  { designation: 'Su-25', maker: 'Sukhoi', role: 'attack', nicknames: ['Frogfoot'] },
  { designation: 'Su-27', maker: 'Sukhoi', role: 'fighter', nicknames: ['Flanker'] },
  { designation: 'Su-30', maker: 'Sukhoi', role: 'fighter' },
  { designation: 'Su-34', maker: 'Sukhoi', role: 'bomber', nicknames: ['Fullback'] },
  { designation: 'Su-35', maker: 'Sukhoi', role: 'fighter' },
  { designation: 'Su-57', maker: 'Sukhoi', role: 'fighter', nicknames: ['Felon'] },
  { designation: 'SSJ-100', maker: 'Sukhoi', role: 'airliner', names: ['Superjet 100', 'Sukhoi Superjet', 'Superjet'] },
  // Mikoyan
  { designation: 'MiG-21', maker: 'Mikoyan', role: 'fighter' },
  { designation: 'MiG-23', maker: 'Mikoyan', role: 'fighter' },
  { designation: 'MiG-25', maker: 'Mikoyan', role: 'fighter', nicknames: ['Foxbat'] },
  { designation: 'MiG-29', maker: 'Mikoyan', role: 'fighter', nicknames: ['Fulcrum'] },
  { designation: 'MiG-31', maker: 'Mikoyan', role: 'fighter', nicknames: ['Foxhound'] },
  // Yakovlev
  { designation: 'Yak-40', maker: 'Yakovlev', role: 'airliner' },
  { designation: 'Yak-42', maker: 'Yakovlev', role: 'airliner' },
  { designation: 'Yak-130', maker: 'Yakovlev', role: 'trainer' },
  // Beriev
  { designation: 'A-50', maker: 'Beriev', role: 'reconnaissance', nicknames: ['Mainstay'] },
  { designation: 'Be-200', maker: 'Beriev', role: 'amphibian' },
  { designation: 'CL-215', maker: 'Canadair', role: 'amphibian' },
  { designation: 'CL-415', maker: 'Canadair', role: 'amphibian' },
  // Mil and Kamov helicopters
  { designation: 'Mi-8', maker: 'Mil', role: 'helicopter', nicknames: ['Hip'] },
  { designation: 'Mi-17', maker: 'Mil', role: 'helicopter' },
  { designation: 'Mi-24', maker: 'Mil', role: 'helicopter', nicknames: ['Hind'] },
  { designation: 'Mi-26', maker: 'Mil', role: 'helicopter' },
  { designation: 'Mi-28', maker: 'Mil', role: 'helicopter' },
  { designation: 'Mi-35', maker: 'Mil', role: 'helicopter' },
  { designation: 'Ka-27', maker: 'Kamov', role: 'helicopter' },
  { designation: 'Ka-52', maker: 'Kamov', role: 'helicopter', nicknames: ['Alligator'] },
  // US military
  { designation: 'C-5', maker: 'Lockheed Martin', role: 'transport', nicknames: ['Galaxy'] },
  { designation: 'C-17', maker: 'Boeing', role: 'transport', nicknames: ['Globemaster'] },
  // The Second World War's transport, the DC-3's military version: the Berlin airlift's first planes.
  { designation: 'C-47', maker: 'McDonnell Douglas', role: 'transport', nicknames: ['Dakota', 'Skytrain'] },
  // The military DC-9, the US Air Force's medical evacuation and VIP transport: "The Air Force C-9 that brought them".
  { designation: 'C-9', maker: 'McDonnell Douglas', role: 'transport', nicknames: ['Nightingale', 'Skytrain II'] },
  // The 737 of the U.S. Air Force and Navy that flies officials.
  // "Clipper" alone is Pan American's name for each craft it flew ("its Samoan Clipper, a four-engined Sikorsky
  // flying boat"): the C-40 only by its designation.
  { designation: 'C-40', maker: 'Boeing', role: 'transport', names: ['C-40 Clipper'] },
  { designation: 'C-32', maker: 'Boeing', role: 'transport' },
  // The Navy's carrier onboard delivery plane: "The C-2A Greyhound ... used to ferry people and cargo to carriers".
  { designation: 'C-2', maker: 'Grumman', role: 'transport', nicknames: ['Greyhound'], names: ['C-2A'] },
  // The Hercules built for other tasks keeps its type: "a WC-130 Hercules" (weather), "an HC-130" (rescue).
  { designation: 'C-130', maker: 'Lockheed Martin', role: 'transport', nicknames: ['Hercules', 'Super Hercules'],
    names: ['WC-130', 'HC-130', 'MC-130', 'EC-130', 'AC-130', 'LC-130', 'KC-130', 'WC-130J', 'HC-130J', 'MC-130J', 'AC-130J', 'KC-130J',
      'KC-130T', 'KC-130R', 'HC-130H', 'LC-130H', 'EC-130H', 'MC-130H', 'AC-130U', 'AC-130W', 'MC-130W'] },
  { designation: 'KC-10', maker: 'McDonnell Douglas', role: 'tanker', nicknames: ['Extender'] },
  { designation: 'KC-135', maker: 'Boeing', role: 'tanker', nicknames: ['Stratotanker'] },
  { designation: 'KC-46', maker: 'Boeing', role: 'tanker', nicknames: ['Pegasus'] },
  { designation: 'B-1', maker: 'Boeing', role: 'bomber', nicknames: ['Lancer'] },
  { designation: 'B-2', maker: 'Northrop Grumman', role: 'bomber', nicknames: ['Spirit'] },
  { designation: 'B-52', maker: 'Boeing', role: 'bomber', nicknames: ['Stratofortress'] },
  // Bombers of the Second World War. Consolidated, which built the Liberator, became Convair.
  { designation: 'B-17', maker: 'Boeing', role: 'bomber', nicknames: ['Flying Fortress'] },
  { designation: 'B-29', maker: 'Boeing', role: 'bomber', nicknames: ['Superfortress'] },
  // The twin-engined bomber of the Doolittle raid on Tokyo (1942). "Mitchell" alone is a surname: only beside "bomber".
  { designation: 'B-25', maker: 'North American', role: 'bomber', names: ['B-25 Mitchell', 'Mitchell bomber', 'Mitchell bombers'] },
  // The three-engined airliner of the late 1940s that carried the Torino team into the Superga hill.
  { designation: 'G.212', maker: 'Fiat', role: 'airliner', names: ['Fiat G.212', 'Fiat G212', 'G.212'] },
  // The fighter of the war, raced since: "the P-51D Mustang". "Mustang" alone is a car too: only with an aircraft noun.
  { designation: 'P-51', maker: 'North American', role: 'fighter', nicknames: ['Mustang'] },
  // "Liberator" alone is also a title ("Simon Bolivar, the Liberator"): only with its maker or an aircraft noun.
  { designation: 'B-24', maker: 'Convair', role: 'bomber', names: ['Consolidated B-24', 'Consolidated Liberator', 'Liberator bomber', 'Liberator bombers', 'Liberator plane', 'Liberator aircraft'] },
  // The reconnaissance Phantom: "the RF-4E was hit 13 nautical miles from the Syrian coast".
  { designation: 'F-4', maker: 'McDonnell Douglas', role: 'fighter', nicknames: ['Phantom'], names: ['RF-4', 'RF-4E', 'RF-4C'], namesRole: 'reconnaissance' },
  { designation: 'F-14', maker: 'Northrop Grumman', role: 'fighter', nicknames: ['Tomcat'] },
  { designation: 'F-15', maker: 'McDonnell Douglas', role: 'fighter', nicknames: ['Strike Eagle'] },
  // South Korea's licence-built F-16s are the KF-16.
  { designation: 'F-16', maker: 'Lockheed Martin', role: 'fighter', nicknames: ['Fighting Falcon'], names: ['KF-16', 'KF-16C', 'KF-16D'] },
  // Cold War strike jets: the swing-wing F-111 and the Navy's.
  { designation: 'F-111', maker: 'General Dynamics', role: 'bomber', nicknames: ['Aardvark'] },
  { designation: 'A-6', maker: 'Grumman', role: 'attack', nicknames: ['Intruder'] },
  { designation: 'A-7', maker: 'Vought', role: 'attack', nicknames: ['Corsair'] },
  { designation: 'F-22', maker: 'Lockheed Martin', role: 'fighter', nicknames: ['Raptor'] },
  { designation: 'F-35', maker: 'Lockheed Martin', role: 'fighter' },
  { designation: 'F-117', maker: 'Lockheed Martin', role: 'attack', nicknames: ['Nighthawk'] },
  { designation: 'F/A-18', maker: 'McDonnell Douglas', role: 'fighter', nicknames: ['Super Hornet'] },
  { designation: 'A-10', maker: 'Fairchild Republic', role: 'attack', nicknames: ['Warthog', 'Thunderbolt II'] },
  { designation: 'E-3', maker: 'Boeing', role: 'reconnaissance', nicknames: ['AWACS'] },
  // The signals-intelligence Orion: "The crippled EP-3 made an emergency landing".
  { designation: 'P-3', maker: 'Lockheed Martin', role: 'patrol', nicknames: ['Orion'], names: ['EP-3', 'EP-3E'], namesRole: 'reconnaissance' },
  { designation: 'P-8', maker: 'Boeing', role: 'patrol', nicknames: ['Poseidon'] },
  { designation: 'U-2', maker: 'Lockheed Martin', role: 'reconnaissance', nicknames: ['Dragon Lady'] },
  // The Marines' and the Air Force's versions: "the crash of an MV-22B Osprey".
  { designation: 'V-22', maker: 'Bell', role: 'transport', nicknames: ['Osprey'], names: ['MV-22', 'MV-22B', 'CV-22', 'CV-22B'] },
  { designation: 'RQ-4', maker: 'Northrop Grumman', role: 'drone', nicknames: ['Global Hawk'] },
  { designation: 'MQ-1', maker: 'General Atomics', role: 'drone', nicknames: ['Predator'] },
  { designation: 'MQ-9', maker: 'General Atomics', role: 'drone', nicknames: ['Reaper'] },
  { designation: 'AH-64', maker: 'Boeing', role: 'helicopter', nicknames: ['Apache'] },
  { designation: 'UH-60', maker: 'Sikorsky', role: 'helicopter', nicknames: ['Black Hawk', 'Blackhawk'] },
  // The Navy's version: "an MH-60R Sea Hawk helicopter".
  { designation: 'SH-60', maker: 'Sikorsky', role: 'helicopter', nicknames: ['Seahawk', 'Sea Hawk'], names: ['MH-60R', 'MH-60S', 'SH-60B', 'MH-60'] },
  { designation: 'UH-1', maker: 'Bell', role: 'helicopter', nicknames: ['Huey', 'Iroquois'] },
  { designation: 'CH-47', maker: 'Boeing', role: 'helicopter', nicknames: ['Chinook'] },
  // The heavy Sikorsky of the Marines and the Navy, with its minesweeping and special forces variants.
  { designation: 'CH-53', maker: 'Sikorsky', role: 'helicopter', nicknames: ['Sea Stallion', 'Super Stallion', 'Sea Dragon'], names: ['RH-53', 'RH-53D', 'MH-53', 'MH-53E', 'MH-53J'] },
  { designation: 'CH-53', maker: 'Sikorsky', role: 'helicopter' },
  { designation: 'S-76', maker: 'Sikorsky', role: 'helicopter' },
  { designation: 'S-92', maker: 'Sikorsky', role: 'helicopter' },
  { designation: 'S-61', maker: 'Sikorsky', role: 'helicopter', nicknames: ['Sea King'] },
  // Airliners
  { designation: 'Boeing 707', maker: 'Boeing', role: 'airliner', numberWithVariant: true },
  { designation: 'Boeing 727', maker: 'Boeing', role: 'airliner', numberWithVariant: true },
  { designation: 'Boeing 737', maker: 'Boeing', role: 'airliner', numberWithVariant: true },
  { designation: 'Boeing 747', maker: 'Boeing', role: 'airliner', nicknames: ['Jumbo Jet', 'jumbo jet'], numberWithVariant: true },
  { designation: 'Boeing 757', maker: 'Boeing', role: 'airliner', numberWithVariant: true },
  { designation: 'Boeing 767', maker: 'Boeing', role: 'airliner', numberWithVariant: true },
  { designation: 'Boeing 777', maker: 'Boeing', role: 'airliner', numberWithVariant: true },
  { designation: 'Boeing 787', maker: 'Boeing', role: 'airliner', nicknames: ['Dreamliner'], numberWithVariant: true },
  { designation: 'A300', maker: 'Airbus', role: 'airliner' },
  { designation: 'A310', maker: 'Airbus', role: 'airliner' },
  { designation: 'A318', maker: 'Airbus', role: 'airliner' },
  { designation: 'A319', maker: 'Airbus', role: 'airliner' },
  { designation: 'A320', maker: 'Airbus', role: 'airliner' },
  { designation: 'A321', maker: 'Airbus', role: 'airliner' },
  { designation: 'A330', maker: 'Airbus', role: 'airliner' },
  { designation: 'A340', maker: 'Airbus', role: 'airliner' },
  { designation: 'A350', maker: 'Airbus', role: 'airliner' },
  { designation: 'A380', maker: 'Airbus', role: 'airliner', nicknames: ['Superjumbo'] },
  { designation: 'A400', maker: 'Airbus', role: 'transport', nicknames: ['Atlas'] },
  { designation: 'C295', maker: 'Airbus', role: 'transport' },
  // The CASA light transport of the 1970s the C295 grew from, flown by air forces and island airlines: "The CASA C-212".
  { designation: 'C-212', maker: 'Airbus', role: 'transport', names: ['CASA C-212', 'C-212 Aviocar', 'CASA 212'], nicknames: ['Aviocar'] },
  { designation: 'E170', maker: 'Embraer', role: 'airliner' },
  { designation: 'E175', maker: 'Embraer', role: 'airliner' },
  { designation: 'E190', maker: 'Embraer', role: 'airliner' },
  { designation: 'E195', maker: 'Embraer', role: 'airliner' },
  { designation: 'ERJ-145', maker: 'Embraer', role: 'airliner' },
  // The turboprop Brasilia, "EMB 120" or "Embraer 120": no jet of the ERJ family.
  { designation: 'EMB-120', maker: 'Embraer', role: 'airliner', names: ['EMB-120 Brasilia', 'Embraer Brasilia'], nicknames: ['Brasilia'] },
  // The twin turboprop Bandeirante, of commuter lines and air taxis.
  { designation: 'EMB-110', maker: 'Embraer', role: 'airliner', names: ['EMB-110 Bandeirante', 'Embraer Bandeirante'], nicknames: ['Bandeirante'] },
  { designation: 'Legacy 600', maker: 'Embraer', role: 'business jet', names: ['Embraer Legacy'], nicknames: ['Legacy'] },
  { designation: 'Phenom 300', maker: 'Embraer', role: 'business jet', names: ['Embraer Phenom'] },
  { designation: 'CRJ-200', maker: 'Bombardier', role: 'airliner' },
  { designation: 'CRJ-700', maker: 'Bombardier', role: 'airliner' },
  { designation: 'CRJ-900', maker: 'Bombardier', role: 'airliner' },
  // De Havilland Canada's turboprops, built by Bombardier from 1992 to 2019: "a Bombardier Dash 8" is a DHC-8.
  { designation: 'DHC-8', maker: 'De Havilland Canada', role: 'airliner', names: ['Dash 8', 'Dash-8', 'Q400', 'Q300', 'Q200', 'Q100'] },
  { designation: 'DHC-6', maker: 'De Havilland Canada', role: 'light aircraft', names: ['Twin Otter'] },
  // The military short-field transport: "a Zambian Air Force DHC-5 Buffalo". "Buffalo" alone is a city: only with an aircraft noun.
  { designation: 'DHC-5', maker: 'De Havilland Canada', role: 'transport', names: ['DHC-5 Buffalo', 'de Havilland Buffalo'], nicknames: ['Buffalo'] },
  // The single-engined bush planes of float-plane tours: "a de Havilland Beaver", "the DHC-3 Otter".
  { designation: 'DHC-2', maker: 'De Havilland Canada', role: 'light aircraft', names: ['DHC-2 Beaver', 'de Havilland Beaver'] },
  { designation: 'DHC-3', maker: 'De Havilland Canada', role: 'light aircraft', names: ['DHC-3 Otter', 'de Havilland Otter', 'Single Otter'] },
  // "Bombardier Challenger" alone names the maker's line: the 300 and 350 are another jet than the 600 series.
  ...['Challenger 300', 'Challenger 350', 'Challenger 600', 'Challenger 601', 'Challenger 604', 'Challenger 605', 'Challenger 650']
    .map((designation) => ({ designation, maker: 'Bombardier', role: 'business jet' as const })),
  { designation: 'Global 6000', maker: 'Bombardier', role: 'business jet', names: ['Global Express'] },
  { designation: 'ATR 42', maker: 'ATR', role: 'airliner' },
  { designation: 'ATR 72', maker: 'ATR', role: 'airliner' },
  // The four-engined British regional jet, and the Avro RJ built from it: "a British-made Avro RJ85".
  { designation: 'BAe 146', maker: 'British Aerospace', role: 'airliner', names: ['BAe 146', 'BAe-146', 'British Aerospace 146', 'BAE 146'] },
  { designation: 'Avro RJ', maker: 'British Aerospace', role: 'airliner', names: ['Avro RJ85', 'Avro RJ100', 'Avro RJ70', 'RJ85', 'RJ100', 'RJ70', 'Avro RJ'] },
  // The twin turboprop of commuter lines: "the Lanhsa airline's Jetstream 32", "The British Aerospace Jetstream".
  { designation: 'Jetstream', maker: 'British Aerospace', role: 'airliner', names: ['Jetstream 31', 'Jetstream 32', 'Jetstream 41', 'BAe Jetstream'], nicknames: ['Jetstream'] },
  // The Anglo-French supersonic airliner, flown by Air France and British Airways from 1976 to 2003.
  { designation: 'Concorde', maker: 'Aerospatiale-BAC', role: 'airliner', nicknames: ['Concorde'] },
  // Douglas's piston and first jet airliners, before the merger with McDonnell (whose name the maker takes, as for
  // the C-47): "A Cuban air force DC-4", not an F-4.
  ...['DC-3', 'DC-4', 'DC-6', 'DC-7', 'DC-8'].map((designation) => ({ designation, maker: 'McDonnell Douglas', role: 'airliner' as const })),
  { designation: 'DC-9', maker: 'McDonnell Douglas', role: 'airliner' },
  { designation: 'DC-10', maker: 'McDonnell Douglas', role: 'airliner' },
  { designation: 'MD-11', maker: 'McDonnell Douglas', role: 'airliner' },
  // Lockheed's wide-body trijet of the 1970s and 1980s.
  { designation: 'L-1011', maker: 'Lockheed Martin', role: 'airliner', nicknames: ['TriStar', 'Tristar'], names: ['L-1011', 'L1011', 'L-1011 TriStar'] },
  // Lockheed's twin-engine airliner of the 1930s (Amelia Earhart's) and the turboprop of 1959 that took its name.
  { designation: 'Electra', maker: 'Lockheed Martin', role: 'airliner', names: ['Lockheed Electra'], nicknames: ['Electra'] },
  // Lockheed's four-engined propliner of 1943 to 1958, TWA's mainstay: "a TWA Super Constellation", "the Connie".
  { designation: 'Constellation', maker: 'Lockheed Martin', role: 'airliner', names: ['Lockheed Constellation', 'Super Constellation', 'L-049', 'L-749', 'L-1049', 'L-1649'], nicknames: ['Constellation', 'Connie'] },
  // The rocket plane that first flew faster than sound (1947). "X-1" alone is the code of many things: only with its
  // maker.
  { designation: 'X-1', maker: 'Bell', role: 'military', names: ['Bell X-1', 'Bell XS-1'] },
  // Lockheed's twin-engined airliner of 1937, Howard Hughes's round the world in 1938: "the Lockheed 14".
  { designation: 'Lockheed 14', maker: 'Lockheed Martin', role: 'airliner', names: ['Lockheed Model 14', 'Lockheed Super Electra', 'Super Electra'] },
  // Lockheed's single-engined airliner of 1931, whose airframe Wiley Post flew to his death with Will Rogers (1935).
  // The name alone is the P-3's as often: only with the maker, whose "Lockheed Orion" is this one.
  { designation: 'Orion', maker: 'Lockheed Martin', role: 'light aircraft', names: ['Lockheed Orion', 'Lockheed Model 9'] },
  // Lockheed's single-engined monoplane of the record flights of 1928 to 1932 (Earhart's Atlantic crossing, Post's
  // round-the-world). "Vega" alone is a star, a rocket and a name: only with an article, its maker or an aircraft noun.
  { designation: 'Vega', maker: 'Lockheed Martin', role: 'light aircraft', names: ['Lockheed Vega'], nicknames: ['Vega'] },
  // Lindbergh's monoplane of the first solo crossing of the Atlantic (1927), "the Spirit of St. Louis": no B-2 Spirit.
  { designation: 'Ryan NYP', maker: 'Ryan', role: 'light aircraft', names: ['Spirit of St. Louis', 'Spirit of St Louis', 'Spirit of Saint Louis', 'Ryan NYP'] },
  // The monoplane Blériot flew across the Channel in 1909, and the bomber of Alcock and Brown's nonstop crossing of
  // the Atlantic in 1919. "Vimy" alone is a ridge and a town: only with its maker.
  { designation: 'Blériot XI', maker: 'Blériot', role: 'light aircraft', names: ['Blériot XI', 'Bleriot XI', 'Blériot 11', 'Bleriot 11'] },
  { designation: 'Vimy', maker: 'Vickers', role: 'bomber', names: ['Vickers Vimy'] },
  // The record-breakers of 1928 to 1938: Kingsford Smith's three-engined Fokker across the Pacific, Amy Johnson's
  // Gipsy Moth to Australia, Corrigan's Robin to Dublin. "Moth" and "Robin" alone are no aircraft.
  { designation: 'F.VII', maker: 'Fokker', role: 'airliner', names: ['Fokker F.VII', 'F.VII', 'F.VIIa', 'F.VIIb/3m', 'F.VII-3m', 'F.VIIb-3m', 'Fokker F7'] },
  { designation: 'DH.60 Moth', maker: 'de Havilland', role: 'light aircraft', names: ['Gipsy Moth', 'DH.60', 'DH 60', 'de Havilland Moth', 'de Havilland Gipsy Moth'] },
  { designation: 'DH.82 Tiger Moth', maker: 'de Havilland', role: 'light aircraft', names: ['Tiger Moth', 'DH.82', 'DH 82'] },
  { designation: 'Robin', maker: 'Curtiss-Wright', role: 'light aircraft', names: ['Curtiss Robin'] },
  // Burt Rutan's home-built canard of 1979 (John Denver's), and Noorduyn's bush plane, the Army's UC-64 (Glenn
  // Miller's). "Norseman" alone is a Viking: only with an article, the maker or an aircraft noun.
  { designation: 'Long-EZ', maker: 'Rutan Aircraft Factory', role: 'light aircraft', names: ['Long-EZ', 'Long EZ', 'Rutan Long-EZ'] },
  { designation: 'Norseman', maker: 'Noorduyn', role: 'light aircraft', names: ['Noorduyn Norseman', 'UC-64', 'UC-64 Norseman'], nicknames: ['Norseman'] },
  // Pedalled, not powered: the Gossamer Condor (1977) and the Albatross that crossed the Channel (1979).
  { designation: 'Gossamer Albatross', maker: 'AeroVironment', role: 'light aircraft', names: ['Gossamer Albatross'] },
  { designation: 'Gossamer Condor', maker: 'AeroVironment', role: 'light aircraft', names: ['Gossamer Condor'] },
  // The airship that made the first flight around the world by an airship (1929).
  { designation: 'LZ 127', maker: 'Luftschiffbau Zeppelin', role: 'airship', names: ['Graf Zeppelin', 'LZ 127', 'LZ-127'] },
  // The all-metal airliner of 1926 to 1933, the "Tin Goose" (Carlos Gardel's, at Medellin in 1935).
  { designation: 'Ford Trimotor', maker: 'Stout Metal Airplane', role: 'airliner', names: ['Ford Trimotor', 'Ford Tri-Motor', 'Ford trimotor', 'Tin Goose'] },
  // The first jet airliner (1952), whose early crashes were found to be metal fatigue. "Comet" alone is also a comet.
  { designation: 'Comet', maker: 'de Havilland', role: 'airliner', names: ['de Havilland Comet', 'DH.106 Comet', 'DH.106', 'Comet 1', 'Comet 4'], nicknames: ['Comet'] },
  // Hughes's wooden flying boat of 1947, flown once: "the Spruce Goose", "the Hughes H-4". Its own name, Hercules, is
  // the C-130's nickname too (see the apposition in src/facets/aircraft.ts). "H-4" alone is also a visa.
  { designation: 'Hughes H-4', maker: 'Hughes', role: 'amphibian', names: ['Hughes H-4', 'H-4 Hercules', 'Spruce Goose', 'HK-1'] },
  { designation: 'MD-80', maker: 'McDonnell Douglas', role: 'airliner', models: ['MD-81', 'MD-82', 'MD-83', 'MD-87', 'MD-88'] },
  { designation: 'Fokker 100', maker: 'Fokker', role: 'airliner' },
  // British airliners of the 1950s to the 1970s. "Trident" alone is also a missile: the name needs an article
  // or an aircraft noun beside it ("the BEA Trident airliner"), and no missile word after it.
  { designation: 'Trident', maker: 'Hawker', role: 'airliner', names: ['Hawker Siddeley Trident', 'HS Trident', 'HS 121', 'Trident 1C', 'Trident 2E', 'Trident 3B', 'Trident 3'], nicknames: ['Trident'] },
  // The French twin-jet of 1959, its engines at the tail: "the Iberia Caravelle jet".
  { designation: 'Caravelle', maker: 'Sud Aviation', role: 'airliner', names: ['Sud Aviation Caravelle', 'SE 210 Caravelle', 'SE 210', 'SE-210'], nicknames: ['Caravelle'] },
  // Sud Aviation's light turbine helicopters, flown by France's forces and leaders: "an Alouette helicopter".
  { designation: 'Alouette', maker: 'Sud Aviation', role: 'helicopter', names: ['Alouette II', 'Alouette III', 'SA 316', 'SA 319', 'SE 3130'], nicknames: ['Alouette'] },
  // The four-engined airliner of 1945 (Llandow's in 1950); "Tudor" alone is a royal house: only with the maker or a
  // mark.
  { designation: 'Tudor', maker: 'Avro', role: 'airliner', names: ['Avro Tudor', 'Tudor V', 'Tudor IV', 'Tudor II'] },
  // The Lancaster bomber made an airliner (1945), BSAA's Star Dust of 1947. "Lancastrian" alone is a person of
  // Lancashire too: only in context ("the four-engined Lancastrian").
  { designation: 'Lancastrian', maker: 'Avro', role: 'airliner', nicknames: ['Lancastrian'], names: ['Avro Lancastrian'] },
  // Imperial Airways' three-engined biplane of 1926, the City of Liverpool of 1933.
  { designation: 'Argosy', maker: 'Armstrong Whitworth', role: 'airliner', nicknames: ['Argosy'], names: ['Armstrong Whitworth Argosy'] },
  // Pan American's flying boat of 1935: the China, Philippine and Hawaii Clippers.
  { designation: 'M-130', maker: 'Glenn L. Martin', role: 'amphibian', names: ['Martin M-130', 'M-130', 'Martin clipper', 'Martin flying boat'] },
  // Martin's twin-engined airliners of 1947 and 1951; the 4-0-4 carried the Wichita State team in 1970.
  { designation: '2-0-2', maker: 'Glenn L. Martin', role: 'airliner', names: ['Martin 2-0-2', 'Martin 202'] },
  { designation: '4-0-4', maker: 'Glenn L. Martin', role: 'airliner', names: ['Martin 4-0-4', 'Martin 404'] },
  // The four-engined turboprop of 1957, "the Whispering Giant". "Britannia" alone is Britain: only with its maker or
  // a noun.
  { designation: 'Britannia', maker: 'Bristol', role: 'airliner', nicknames: ['Britannia'], names: ['Bristol Britannia'] },
  // The Merlin-engined DC-4 built in Canada (1947): the Argonaut of BOAC and British Midland, the North Star of TCA.
  { designation: 'C-4', maker: 'Canadair', role: 'airliner', nicknames: ['Argonaut', 'North Star'], names: ['Canadair Argonaut', 'Canadair North Star', 'Canadair C-4'] },
  // The twin turboprop of 1961, built on as the British Aerospace ATP.
  { designation: 'HS 748', maker: 'Hawker', role: 'airliner', names: ['Hawker Siddeley 748', 'Hawker Siddeley HS 748', 'HS 748', 'HS-748', 'Avro 748', 'BAe 748'] },
  { designation: 'One-Eleven', maker: 'British Aircraft Corporation', role: 'airliner', names: ['BAC One-Eleven', 'BAC 1-11', 'BAC 111', 'One-Eleven', 'One Eleven'] },
  { designation: 'VC10', maker: 'Vickers', role: 'airliner', names: ['VC10', 'VC-10', 'Vickers VC10', 'Vickers VC-10'] },
  // "Viscount" alone is also a peer: only with its maker.
  { designation: 'Viscount', maker: 'Vickers', role: 'airliner', names: ['Vickers Viscount'] },
  // Its four-engined successor: "the Invicta Airways Vanguard". "Vanguard" alone is a word too: with an aircraft noun, its maker or an airline's name.
  { designation: 'Vanguard', maker: 'Vickers', role: 'airliner', names: ['Vickers Vanguard'], nicknames: ['Vanguard'] },
  ...['Convair 240', 'Convair 340', 'Convair 440', 'Convair 580', 'Convair 880', 'Convair 990']
    .map((designation) => ({ designation, maker: 'Convair', role: 'airliner' as const })),
  // The 1950s piston airliner; British European Airways called its fleet the Elizabethan class.
  { designation: 'Ambassador', maker: 'Airspeed', role: 'airliner', names: ['Airspeed Ambassador', 'AS.57 Ambassador'], nicknames: ['Elizabethan'] },
  // Twin turboprops that air forces and small airlines fly: "the Dornier 228", "a Do 228".
  { designation: 'Do 228', maker: 'Dornier', role: 'light aircraft', names: ['Dornier 228', 'Do-228', 'Do 228'] },
  { designation: 'Do 328', maker: 'Dornier', role: 'airliner', names: ['Dornier 328', 'Do-328', 'Do 328'] },
  { designation: 'Fokker 50', maker: 'Fokker', role: 'airliner' },
  // Saab's regional turboprops: "the Saab 340 turboprop".
  { designation: 'Saab 340', maker: 'Saab', role: 'airliner' },
  { designation: 'Saab 2000', maker: 'Saab', role: 'airliner' },
  // Fokker's jet and turboprop of the 1960s, named by letter: "the Fokker F-28", "a Fokker F27 Friendship".
  { designation: 'F28', maker: 'Fokker', role: 'airliner', names: ['Fokker F28', 'Fokker F-28', 'F28 Fellowship', 'F-28 Fellowship', 'Fokker Fellowship'] },
  { designation: 'F27', maker: 'Fokker', role: 'airliner', names: ['Fokker F27', 'Fokker F-27', 'F27 Friendship', 'F-27 Friendship', 'Fokker Friendship'] },
  // The Czech twin turboprop of short mountain strips: "The Summit Air Let L-410 turboprop".
  { designation: 'L-410', maker: 'Let Kunovice', role: 'airliner', names: ['L-410', 'L 410', 'Let L-410', 'L-410 Turbolet'], nicknames: ['Turbolet'] },
  { designation: 'C919', maker: 'Comac', role: 'airliner' },
  // Business and light aircraft
  { designation: 'G450', maker: 'Gulfstream', role: 'business jet' },
  { designation: 'G550', maker: 'Gulfstream', role: 'business jet' },
  { designation: 'G650', maker: 'Gulfstream', role: 'business jet' },
  // "Dassault Falcon" alone names the maker's line, no one type of it.
  ...['Falcon 10', 'Falcon 20', 'Falcon 50', 'Falcon 900', 'Falcon 2000', 'Falcon 7X', 'Falcon 8X', 'Falcon 6X']
    .map((designation) => ({ designation, maker: 'Dassault', role: 'business jet' as const })),
  { designation: 'Rafale', maker: 'Dassault', role: 'fighter', names: ['Rafale'] },
  { designation: 'Mirage 2000', maker: 'Dassault', role: 'fighter' },
  // India's light combat aircraft; its name alone is also a train's, so it needs an aircraft word or an article.
  { designation: 'Tejas', maker: 'HAL', role: 'fighter', nicknames: ['Tejas'] },
  // A 1930s trimotor still flown on sightseeing trips: "a vintage Junkers Ju-52".
  { designation: 'Ju 52', maker: 'Junkers', role: 'transport', names: ['Ju-52', 'Ju 52', 'Ju52'] },
  // German aircraft of the Second World War: the fighters, the bomber that carried Mussolini from Rome to Vienna,
  // the short-field Storch that flew him off the Gran Sasso, and the assault glider of the raid.
  { designation: 'Bf 109', maker: 'Messerschmitt', role: 'fighter', names: ['Messerschmitt 109', 'Me 109', 'Me-109', 'Bf-109', 'Bf109'] },
  { designation: 'Bf 110', maker: 'Messerschmitt', role: 'fighter', names: ['Messerschmitt 110', 'Me 110', 'Me-110', 'Bf-110', 'Bf110'] },
  { designation: 'Me 262', maker: 'Messerschmitt', role: 'fighter', names: ['Messerschmitt 262', 'Me-262', 'Me262'] },
  { designation: 'He 111', maker: 'Heinkel', role: 'bomber', names: ['Heinkel 111', 'Heinkel He 111', 'He 111', 'He-111'] },
  { designation: 'Fi 156', maker: 'Fieseler', role: 'light aircraft', names: ['Fieseler Storch', 'Fieseler Fi 156', 'Fi 156', 'Fi-156'], nicknames: ['Storch'] },
  { designation: 'DFS 230', maker: 'DFS', role: 'glider', names: ['DFS 230', 'DFS-230'] },
  // A 1950s jet still flown at air shows.
  { designation: 'Hunter', maker: 'Hawker', role: 'fighter', names: ['Hawker Hunter'] },
  // The Italian jet trainer the Frecce Tricolori fly.
  { designation: 'MB-339', maker: 'Aermacchi', role: 'trainer', names: ['MB-339', 'MB 339', 'MB339'] },
  { designation: 'Beechcraft 1900', maker: 'Beechcraft', role: 'airliner', names: ['Beech 1900'] },
  // The twin turboprop of charters and officials: "the Beechcraft King Air A100".
  { designation: 'King Air', maker: 'Beechcraft', role: 'light aircraft', names: ['Beechcraft King Air', 'Beech King Air', 'King Air 90', 'King Air 100', 'King Air A100', 'King Air 200', 'King Air 350'], nicknames: ['King Air'] },
  // The single-engine four-seater of private flying since 1947: "a Beechcraft Bonanza", "the four-seat Bonanza".
  { designation: 'Bonanza', maker: 'Beechcraft', role: 'light aircraft', names: ['Beechcraft Bonanza', 'Beech Bonanza'], nicknames: ['Bonanza'] },
  // The four-seat twin-jet of 1954 (Enrico Mattei's): "The French-built MS.760 Paris".
  { designation: 'MS.760 Paris', maker: 'Morane-Saulnier', role: 'business jet', names: ['MS.760 Paris', 'MS.760', 'MS 760', 'Morane-Saulnier Paris', 'Morane-Saulnier MS.760'] },
  // The Bonanza with a conventional tail, sold as the Debonair from 1960 (Jim Reeves's); "debonair" alone is a word.
  { designation: 'Beech 33', maker: 'Beechcraft', role: 'light aircraft', names: ['Beechcraft Debonair', 'Beech Debonair', 'Beech 33 Debonair'] },
  // The twin-engined Model 18 of 1937 to 1969, airliner, military trainer and band plane: "the Beechcraft H18".
  { designation: 'Beech 18', maker: 'Beechcraft', role: 'light aircraft', names: ['Beechcraft H18', 'Beechcraft 18', 'Beechcraft Model 18', 'Beech 18', 'Beech H18', 'Twin Beech',
    // Its post-war models, the D18S and the E18S of Jim Croce's last flight.
    'Beech D18S', 'Beechcraft D18S', 'Beech E18S', 'Beechcraft E18S'] },
  { designation: 'Cessna 150', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 152', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 172', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 182', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 206', maker: 'Cessna', role: 'light aircraft' },
  // The light twins of air taxis and charters: "the twin-engine Cessna 402".
  { designation: 'Cessna 310', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 335', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 340', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 402', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 414', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 421', maker: 'Cessna', role: 'light aircraft' },
  { designation: 'Cessna 208', maker: 'Cessna', role: 'light aircraft', names: ['Cessna Caravan'] },
  // The single-engine Piper that carried Emiliano Sala: "a Piper PA-46 Malibu", "the Piper Malibu".
  { designation: 'PA-46', maker: 'Piper', role: 'light aircraft', names: ['Piper Malibu'], nicknames: ['Malibu'] },
  // The six-seat single: "the single-engine Piper Saratoga". "Saratoga" alone is also a carrier and a town.
  { designation: 'PA-32', maker: 'Piper', role: 'light aircraft', names: ['Piper Saratoga', 'PA-32R', 'Piper Cherokee Six'] },
  // The four-seater of 1958 to 1972 (Patsy Cline's). "Comanche" alone is a people and a helicopter: only with the
  // maker.
  { designation: 'PA-24', maker: 'Piper', role: 'light aircraft', names: ['Piper Comanche', 'PA-24 Comanche'] },
  // The twin of 1952 to 1981, Apache then Aztec (Graham Hill's). "Aztec" alone is a people: only with the maker.
  { designation: 'PA-23', maker: 'Piper', role: 'light aircraft', names: ['Piper Aztec', 'PA-23 Aztec', 'Piper Apache', 'PA-23 Apache'] },
  // The twin-engined high-wing Commander of the 1950s (Audie Murphy's).
  { designation: 'Aero Commander 680', maker: 'Aero Commander', role: 'light aircraft', names: ['Aero Commander 680', 'Commander 680'] },
  // Cessna's business jets, named by the model's number as often: "the Cessna 560XL", "a Citation Excel".
  { designation: 'Citation', maker: 'Cessna', role: 'business jet', names: ['Cessna Citation', 'Citation Excel', 'CitationJet',
    ...['500', '501', '525', '550', '551', '560', '560XL', '650', '680', '750'].map((model) => `Cessna ${model}`)] },
  { designation: 'Learjet 35', maker: 'Learjet', role: 'business jet' },
  { designation: 'Learjet 45', maker: 'Learjet', role: 'business jet' },
  { designation: 'Learjet 55', maker: 'Learjet', role: 'business jet' },
  { designation: 'Learjet 60', maker: 'Learjet', role: 'business jet' },
  { designation: 'Bell 206', maker: 'Bell', role: 'helicopter' },
  { designation: 'Bell 412', maker: 'Bell', role: 'helicopter' },
  { designation: 'Bell 212', maker: 'Bell', role: 'helicopter' },
  { designation: 'Bell 407', maker: 'Bell', role: 'helicopter' },
  { designation: 'AW139', maker: 'Leonardo', role: 'helicopter' },
  { designation: 'AW101', maker: 'Leonardo', role: 'helicopter', nicknames: ['Merlin'] },
  { designation: 'AW169', maker: 'Leonardo', role: 'helicopter' },
  { designation: 'AW189', maker: 'Leonardo', role: 'helicopter' },
  { designation: 'AS350', maker: 'Airbus Helicopters', role: 'helicopter', names: ['AS350', 'H125', 'AS350 Ecureuil', 'AStar', 'Eurocopter AS350', 'Airbus H125'], nicknames: ['Ecureuil', 'Squirrel'] },
  { designation: 'AS550', maker: 'Airbus Helicopters', role: 'helicopter', names: ['AS550', 'AS555', 'AS550 Fennec', 'AS555 Fennec', 'Eurocopter AS550', 'Eurocopter AS555'], nicknames: ['Fennec'] },
  { designation: 'H135', maker: 'Airbus Helicopters', role: 'helicopter', names: ['H135', 'EC135', 'Eurocopter EC135', 'Airbus H135'] },
  { designation: 'H145', maker: 'Airbus Helicopters', role: 'helicopter', names: ['H145', 'EC145', 'Eurocopter EC145', 'Airbus H145'] },
  { designation: 'H225', maker: 'Airbus Helicopters', role: 'helicopter', names: ['H225', 'EC225', 'EC225 Super Puma', 'H225 Super Puma', 'AS332', 'AS332 Super Puma'], nicknames: ['Super Puma'] },
  { designation: 'Gripen', maker: 'Saab', role: 'fighter', names: ['Gripen'] },
  { designation: 'Eurofighter', maker: 'Eurofighter', role: 'fighter', names: ['Eurofighter Typhoon', 'Eurofighter'] },
  { designation: 'C-390', maker: 'Embraer', role: 'transport', names: ['C-390 Millennium', 'KC-390'], nicknames: ['Millennium'] },
  // Chinese military
  { designation: 'Y-8', maker: 'Shaanxi', role: 'transport' },
  { designation: 'Y-9', maker: 'Shaanxi', role: 'transport' },
  { designation: 'Y-20', maker: 'Xian', role: 'transport', nicknames: ['Kunpeng'] },
  { designation: 'H-6', maker: 'Xian', role: 'bomber' },
  // The Chinese twin turboprop of small airlines in Asia and Africa: "the Chinese-made MA60".
  { designation: 'MA60', maker: 'Xian', role: 'airliner', names: ['MA60', 'MA-60', 'MA 60'] },
  { designation: 'J-10', maker: 'Chengdu', role: 'fighter' },
  { designation: 'J-20', maker: 'Chengdu', role: 'fighter' },
  { designation: 'J-11', maker: 'Shenyang', role: 'fighter' },
  // Western reports of 2001 called it by its export name: "The Chinese F-8 fighter crashed".
  { designation: 'J-8', maker: 'Shenyang', role: 'fighter', nicknames: ['Finback'], names: ['F-8', 'F-8II'] },
  { designation: 'J-15', maker: 'Shenyang', role: 'fighter' },
  { designation: 'J-16', maker: 'Shenyang', role: 'fighter' },
  { designation: 'KJ-500', maker: 'Shaanxi', role: 'reconnaissance' },
  { designation: 'Z-20', maker: 'Harbin', role: 'helicopter' },
  // The Harbin Z-9, a licence-built Dauphin, flown by China's and several African air forces.
  { designation: 'Z-9', maker: 'Harbin', role: 'helicopter' },
  { designation: 'Wing Loong', maker: 'Chengdu', role: 'drone', names: ['Wing Loong II', 'Wing Loong'] },
  // Drones
  { designation: 'TB2', maker: 'Baykar', role: 'drone', names: ['Bayraktar TB2', 'Bayraktar'] },
  { designation: 'Akinci', maker: 'Baykar', role: 'drone', names: ['Bayraktar Akinci'] },
  // "Shahed drones" in war reports are the Shahed-136 (Geran-2 in Russian service).
  { designation: 'Shahed-136', maker: 'Shahed Aviation', role: 'drone', names: ['Geran-2'], nicknames: ['Shahed'] },
  { designation: 'Shahed-131', maker: 'Shahed Aviation', role: 'drone', names: ['Geran-1'] },
  { designation: 'Shahed-129', maker: 'Shahed Aviation', role: 'drone' },
  { designation: 'Mohajer-6', maker: 'Qods Aviation', role: 'drone' },
  { designation: 'Orlan-10', maker: 'Special Technology Center', role: 'drone' },
  // The Houthis' long-range drones, of Iranian design; "Yafa" (Jaffa) is the name they gave the one that hit
  // Tel Aviv in July 2024, which Israel called an upgraded Samad-3.
  { designation: 'Samad-3', maker: 'Houthi forces', role: 'drone' },
  { designation: 'Samad-2', maker: 'Houthi forces', role: 'drone' },
  { designation: 'Yafa', maker: 'Houthi forces', role: 'drone', nicknames: ['Yafa', 'Jaffa'] },
];

/** Variant suffixes glued to a designation: the M of "Il-62M", the -100 of "An-124-100", "MAX 9" (also written "-9 MAX"). */
// "A320neo": Airbus's new-engine option, glued to the number.
export const VARIANT_SUFFIX_PATTERN = String.raw`(?:\s?neo(?![A-Za-z])|-?(?:MTV-?\d|V-?\d|MKI|MD|MF|MS|TD|TS|SM|SMT|SM3|MP|MK|M2|M3|EX|LX|DX|ER|LR|XR|M|A|B|C|D|E|F|G|H|J|K|N|Q|S|T|P|R|U|V|W|X)(?:-\d{2,3}[A-Z]?)?|-\d{1,2}\s?MAX|-\d{1,4}[A-Z]{0,2}|\s?MAX(?:\s?\d{1,2})?|\s?Max)`;

/** Nouns for an aircraft, with the role each implies. Singular and plural. */
export const AIRCRAFT_NOUNS: Readonly<Record<string, AircraftRole | undefined>> = {
  plane: undefined, planes: undefined, aircraft: undefined, aircrafts: undefined, airplane: undefined,
  airplanes: undefined, aeroplane: undefined, aeroplanes: undefined, jet: undefined, jets: undefined,
  airliner: 'airliner', airliners: 'airliner', jetliner: 'airliner', jetliners: 'airliner',
  turboprop: undefined, turboprops: undefined,
  // The planes of the early days: "his single-engined Ryan monoplane", "The flying machine rose from a rail".
  monoplane: undefined, monoplanes: undefined, biplane: undefined, biplanes: undefined, 'flying machine': undefined, 'flying machines': undefined,
  glider: 'glider', gliders: 'glider',
  // A hull that floats, the plane's own: "his giant flying boat, the Hercules".
  'flying boat': 'amphibian', 'flying boats': 'amphibian',
  // A plane on floats, of any size: "the de Havilland Otter floatplane".
  floatplane: undefined, floatplanes: undefined, 'float plane': undefined, 'float planes': undefined, seaplane: undefined, seaplanes: undefined,
  freighter: 'transport', freighters: 'transport', airlifter: 'transport', airlifters: 'transport',
  bomber: 'bomber', bombers: 'bomber', 'fighter jet': 'fighter', 'fighter jets': 'fighter', warplane: 'military',
  warplanes: 'military', gunship: 'helicopter', gunships: 'helicopter',
  // A firefighting craft of any make, a plane or a helicopter: no bomber.
  'water bomber': undefined, 'water bombers': undefined, 'air tanker': undefined, 'air tankers': undefined,
  helicopter: 'helicopter', helicopters: 'helicopter', chopper: 'helicopter', choppers: 'helicopter',
  drone: 'drone', drones: 'drone', UAV: 'drone', UAVs: 'drone', 'unmanned aerial vehicle': 'drone',
  'unmanned aerial vehicles': 'drone', airship: 'airship', airships: 'airship', blimp: 'airship',
  blimps: 'airship', zeppelin: 'airship', zeppelins: 'airship', dirigible: 'airship', dirigibles: 'airship',
  'spy balloon': 'balloon', 'spy balloons': 'balloon', 'hot-air balloon': 'balloon', 'hot air balloon': 'balloon', 'helium balloon': 'balloon',
  'gas balloon': 'balloon',
  'surveillance balloon': 'balloon', 'weather balloon': 'balloon',
  // The call sign of whichever US Air Force plane carries the president: no one type.
  'Air Force One': 'military',
};

/**
 * Airlines written by their letters, which may stand before a type's nickname as an airline's name does: "struck the
 * TWA Constellation", "a BEA Trident". Not every set of capitals: "the NATO Trident exercise" is no airliner.
 */
export const AIRLINE_LETTERS: readonly string[] = ['TWA', 'BEA', 'BOAC', 'KLM', 'SAS', 'PIA', 'JAL', 'ANA', 'TAP', 'LOT', 'CSA', 'UTA', 'SAA',
  'THY', 'MEA', 'BWIA', 'LAN', 'TAM', 'TAA', 'BA'];

/** Aircraft nouns that name a ship as often: an aircraft only after a type ("a Boeing 747 freighter"). */
export const SHIP_OR_AIRCRAFT_NOUNS: readonly string[] = ['freighter', 'freighters'];

/** Words before an aircraft noun that give it a role ("military transport plane", "passenger jet"). */
export const AIRCRAFT_ROLE_WORDS: Readonly<Record<string, AircraftRole>> = {
  military: 'military', army: 'military', 'air force': 'military', warplane: 'military',
  transport: 'transport', cargo: 'transport', freight: 'transport', 'heavy-lift': 'transport', airlift: 'transport',
  passenger: 'airliner', commercial: 'airliner', civilian: 'airliner', charter: 'airliner',
  'business': 'business jet', private: 'business jet', executive: 'business jet',
  bomber: 'bomber', 'strategic bomber': 'bomber', fighter: 'fighter', combat: 'fighter', attack: 'attack',
  'ground-attack': 'attack', 'close-air-support': 'attack',
  reconnaissance: 'reconnaissance', spy: 'reconnaissance', surveillance: 'reconnaissance',
  tanker: 'tanker', refuelling: 'tanker', refueling: 'tanker', training: 'trainer', trainer: 'trainer',
  'light': 'light aircraft', 'small': 'light aircraft', patrol: 'patrol',
};

/** Words between a count and an aircraft noun that say nothing of its type (nationality aside). */
export const AIRCRAFT_FILLER_WORDS: readonly string[] = [
  'other', 'more', 'large', 'heavy', 'huge', 'giant', 'unmarked', 'state', 'government', 'presidential',
  'strategic', 'long-range', 'supersonic', 'twin-engine', 'four-engine', 'single-engine', 'jet', 'turboprop', 'wide-body',
  // "the twin-engined Fokker F28", "a Canadair regional jet".
  'twin-engined', 'four-engined', 'single-engined', 'three-engined', 'three-engine', 'regional',
  // "The twin-jet Morane-Saulnier", "the French-built Paris".
  'twin-jet', 'French-built', 'British-built', 'American-built', 'Soviet-built', 'Russian-built', 'German-built', 'Italian-built',
  // "the four-seat Bonanza", "a 19-seat Dornier".
  'two-seat', 'four-seat', 'six-seat', 'nine-seat', 'single-seat',
  'narrow-body', 'old', 'new', 'modern', 'Soviet-era', 'Soviet-made', 'Russian-made', 'US-made',
  'American-made', 'aging', 'ageing', 'chartered', 'leased', 'special', 'VIP', 'nuclear-capable',
  'unidentified', 'mysterious', 'suspicious', 'same', 'two', 'first', 'second',
  // "aboard a backup Chinook", "The stealth-modified Black Hawk".
  'backup', 'stealth-modified', 'stealth', 'modified',
  // "A small Cessna crashed", "the big Fokker monoplane".
  'small', 'big', 'tiny', 'little',
  // "two Chinese air force Y-20 planes": the service that flies them.
  'air', 'force', 'navy', 'army', 'naval', 'aerospace', 'forces',
];

/**
 * Words of a sentence that updates a tally given before: "adding four aircraft that flew in at night to the 52
 * reported earlier", "bringing the total to 56". Its counts, and the other side's, are of two moments.
 */
export const TALLY_UPDATES: readonly string[] = [
  'reported earlier', 'reported earlier in the day', 'bringing the total to', 'raising the total to', 'taking the total to',
  'bringing the number to', 'raising the number to', 'taking the number to', 'updated figure', 'updated count', 'revised count',
];

/**
 * Words after a count of aircraft that make it a tally so far: "Nine Il-76 had arrived by Monday morning, with
 * more expected" is at least nine.
 */
export const RUNNING_COUNT_AFTER: readonly string[] = [
  'with more expected', 'more are expected', 'more were expected', 'more expected', 'with more to come', 'more to come',
  'with more on the way', 'so far', 'thus far', 'to date', 'as of now',
];

/**
 * A group that is a part of the story's aircraft: "a first wave of 25 aircraft, including 18 J-16 fighters".
 * Its counts say at least how many the story holds.
 */
export const PART_ORDINALS: readonly string[] = ['first', 'second', 'third', 'fourth', 'last', 'final', 'initial', 'another', 'later', 'earlier'];
export const PART_GROUPS: readonly string[] = ['wave', 'waves', 'group', 'groups', 'batch', 'formation', 'sortie', 'round'];

/** Words before a type that make it one more aircraft, not the one of the story: "a second Il-76". */
export const ANOTHER_AIRCRAFT_BEFORE: readonly string[] = [
  'another', 'second', 'third', 'other', 'additional', 'further', 'more', 'escorting', 'escorted by',
];

/**
 * Words before an aircraft that make it one that met or went with the story's aircraft, not one of them:
 * "escorted by Su-27 fighters", "intercepted by NATO jets", "Taiwan scrambled combat aircraft". Never
 * counted with the story's aircraft.
 */
export const ESCORT_AIRCRAFT_BEFORE: readonly string[] = [
  'escorted by', 'accompanied by', 'intercepted by', 'shadowed by', 'tailed by', 'chased by', 'met by', 'flanked by',
  'scrambled', 'scrambling', 'scrambles', 'shot down by', 'downed by',
  // "brought down by a missile fired from an F-22 jet".
  'fired from', 'launched from', 'fired by',
  // Those who searched in them: "Searchers in planes and on snowmobiles were hampered by snow".
  'searchers in', 'rescuers in', 'search teams in', 'rescue teams in',
  // The craft that rescued those aboard: "Eight were rescued by helicopters within about 40 minutes".
  'rescued by', 'picked up by', 'winched up by', 'winched aboard',
];

/**
 * What a searcher's craft did, right after it: "A rescue helicopter found the burning fuselage", "Brazilian
 * air force planes spotted a trail of debris". Its role and its reason ("a rescue helicopter") are none of
 * the story's flight. Not "found itself in a storm".
 */
export const SEARCHER_ACTS: readonly string[] = [
  ...['found', 'spotted', 'located'].flatMap((verb) => ['the', 'wreckage', 'debris'].map((what) => `${verb} ${what}`)),
  'spotted a', 'spotted an', 'located a', 'located an',
  // "Navy and Japanese ships and aircraft searched nearly 1,000 square nautical miles".
  'searched', 'were searching', 'was searching', 'scoured', 'combed',
  // "it had sent a C-130 aircraft to help with the search".
  // "launched three seaplanes on Monday to join the hunt for Amelia Earhart".
  ...['to help with', 'to help in', 'to join', 'to assist in', 'to assist with', 'to aid'].flatMap((to) => [`${to} the search`, `${to} the hunt`]), 'to search for',
  // "An Mi-17 helicopter taking part in the search found the debris".
  ...['taking part in', 'involved in', 'joining', 'part of'].flatMap((part) => [`${part} the search`, `${part} the hunt`]),
  // "Ships and helicopters have recovered 131 bodies from the sea".
  'have recovered', 'had recovered', 'has recovered',
  // A rescuer's craft: "A Park Police helicopter plucked survivors from the water".
  'plucked', 'rescued', 'winched', 'hoisted survivors', 'pulled survivors', 'lifted survivors',
  // What the search brought back: "Ships and helicopters recovered dozens of bodies from the sea".
  ...['recovered', 'retrieved'].flatMap((verb) => ['bodies', 'the bodies', 'dozens of', 'more bodies', 'debris', 'wreckage', 'the wreckage'].map((what) => `${verb} ${what}`)),
];

/**
 * Verbs after an aircraft that make it the escort, the interceptor or a searcher: "Eurofighters escorted the
 * bombers", "A rescue helicopter found the burning fuselage".
 */
export const ESCORT_AIRCRAFT_AFTER: readonly string[] = [
  'escorted', 'escorting', 'escort', 'intercepted', 'intercepting', 'intercept', 'shadowed', 'shadowing',
  'accompanied', 'accompanying', 'accompany', 'shadow', 'scrambled', 'were scrambled', 'was scrambled', 'been scrambled',
  'also been scrambled', 'were also scrambled', 'tailed', 'chased', 'watched over', 'kept watch over',
  // "An F-22 fighter jet shot down the balloon": the shooter is not the story's aircraft. With its object
  // only: "the Su-24 downed near the border" is the one shot down.
  ...['shot down', 'downed'].flatMap((verb) => ['a', 'an', 'the', 'two', 'three', 'one of', 'both', 'all'].map((object) => `${verb} ${object}`)),
  // A headline's present tense is active: "U.S. fighter jet shoots down suspected Chinese spy balloon".
  'shoots down', 'shoot down',
  // A second escort after the first: "Italian fighter jets escorted the Boeing 767 over Italy, and French jets then
  // took over".
  'then took over', 'took over the escort', 'later took over',
  // "a MiG-29 warplane was sent to accompany the Boeing 737-800", "Air Force F-16 fighters were sent to follow
  // the plane".
  ...['was sent to', 'were sent to', 'was dispatched to', 'were dispatched to'].flatMap((sent) =>
    ['accompany', 'escort', 'intercept', 'shadow', 'follow', 'chase', 'track'].map((verb) => `${sent} ${verb}`)),
  // "a Ukrainian fighter jet may have shot the airliner down".
  ...['shot', 'brought'].flatMap((verb) => ['the plane', 'the jet', 'the aircraft', 'the airliner', 'it'].map((object) => `${verb} ${object} down`)),
  // A searcher's craft: "A rescue helicopter found the burning fuselage on a forested hillside".
  ...SEARCHER_ACTS,
];

/**
 * Wide-body types a report of the 1970s on may also call a "jumbo jet": beside one of them in the same report,
 * "jumbo jet" describes that aircraft and names no Boeing 747.
 */
export const WIDE_BODY_TYPES: readonly string[] = ['DC-10', 'MD-11', 'L-1011', 'A300', 'A310', 'A330', 'A340', 'A350', 'Boeing 767',
  'Boeing 777', 'Boeing 787', 'Il-86', 'Il-96'];

/**
 * Words before a count of a type that make it a fleet, not the story's aircraft: "ordered the grounding
 * of 171 Boeing 737 MAX 9 planes", "FAA grounds 171 jets", "its fleet of 65 MAX 9 aircraft".
 */
export const FLEET_COUNT_BEFORE: readonly string[] = [
  'grounding of', 'grounded', 'grounds', 'ground', 'fleet of', 'fleets of', 'operates', 'operated', 'inspections of',
  // "demanded that the U.S. military suspend flights of its CH-53 helicopters".
  'suspend flights of', 'suspended flights of', 'suspending flights of', 'halt flights of', 'halted flights of',
  'inspection of', 'order for', 'orders for',
  // What a country has: "Russia has only a handful of A-50s".
  'has', 'have', 'owns', 'possesses',
  // Where a fleet is based, and what is left of it: "home to about two dozen of the Air Force's 45 remaining B-1 bombers".
  'home to', 'remaining',
  // A fleet held on the ground: "Qantas kept its six Airbus A380s grounded".
  'kept its', 'kept all', 'kept all its', 'keeps its',
];

/** Words right after a type that make it one more aircraft: "an Il-62 also landed". */
export const ANOTHER_AIRCRAFT_AFTER: readonly string[] = ['also', 'too', 'as well', 'followed', 'later'];

/**
 * Words that open a new clause, where another party may name another type for the same aircraft: "the
 * ministry said it was an Il-76, while Kyiv said it was an An-26".
 */
export const AIRCRAFT_CLAUSE_BREAKS: readonly string[] = ['while', 'whereas', 'but', 'however', 'although'];

/**
 * Plural nouns after an aircraft noun that make it many craft: "repelling Ukrainian drone attacks" is
 * several drones, never the one aircraft a story is about.
 */
export const MANY_AIRCRAFT_AFTER: readonly string[] = ['attacks', 'strikes', 'raids', 'swarms', 'sorties', 'barrages'];

/** Words before a plural that counts none: "denied that any of its own planes had been hit", "one of the jets". */
export const NONE_COUNTED_BEFORE: readonly string[] = ['any of', 'none of', 'some of', 'one of', 'each of', 'either of', 'neither of'];

/** Verbs of a party's own loss, after "it had": "India said it had lost one MiG-21". */
export const OWN_LOSS_VERBS: readonly string[] = ['lost', 'lose', 'loses', 'losing'];

/**
 * Words that contain an aircraft noun but are not aircraft ("airport", "air force", "airline"), and words
 * before one that make it an idiom of travellers: "where they changed planes".
 */
export const NOT_AIRCRAFT_BEFORE: readonly string[] = ['suicide', 'anti', 'car', 'pipe', 'water', 'ski', 'jet-', 'changed', 'changing', 'change'];

/**
 * Words around "bomber" that make it a person: "the man who was sucked out of the plane was the suspected
 * bomber", "the bomber who blew himself up". A plane is no suspect and no "who".
 */
export const PERSON_BOMBER_BEFORE: readonly string[] = ['suspected', 'alleged', 'would-be', 'accused', 'convicted', 'failed', 'shoe', 'underwear'];
export const PERSON_BOMBER_AFTER: readonly string[] = ['who', 'whom', 'whose', 'himself', 'herself'];

/** Words before a type that make it what a load is for, no aircraft that flew: "spare parts for Su-27 and Su-30 fighter jets". */
export const LOAD_FOR_BEFORE: readonly string[] = [
  'parts for', 'spare parts for', 'spares for', 'components for', 'engines for', 'ammunition for', 'munitions for', 'missiles for',
  // A part built for another type: "The gauge ... was made for a smaller ATR 42".
  'made for', 'designed for', 'meant for', 'intended for',
];

/** Words before a type that make it what the story's craft was taken for: "after mistaking it for an attacking F-14". */
export const MISTAKEN_FOR_BEFORE: readonly string[] = [
  'mistaking it for', 'mistook it for', 'mistaken for', 'mistake it for', 'confused it with', 'misidentified it as', 'misidentified as',
  'thought it was', 'believed it was', 'taking it for', 'took it for',
];

/**
 * Verbs of taking one thing for another, with what was taken between and "for", "with" or "as" after: "had
 * mistaken the helicopters for Iraqi Hind helicopters".
 */
export const MISTAKING_VERBS: readonly string[] = ['mistaken', 'mistook', 'mistaking', 'mistake', 'confused', 'misidentified'];

/** Words before a type that make it the one another is built on: "a plane based on the Il-76 transport". */
export const BASE_TYPE_BEFORE: readonly string[] = ['based on the', 'based on an', 'based on a', 'derived from the', 'developed from the'];

/**
 * Capitalised words after a type's name that make it a company's: "a Pegasus Airlines plane" is no KC-46
 * Pegasus, "Condor Airlines" no An-124. Case matters.
 */
export const COMPANY_AFTER_NAME: readonly string[] = ['Airlines', 'Airways', 'Air Lines', 'Aviation', 'Aero', 'Air', 'Cargo', 'Express', 'Holding', 'Group'];

/**
 * Capitalised words right after an aircraft noun written with a capital that make it part of a company's or a
 * body's name: "The United Aircraft Corporation said", "the Kazan Helicopter Plant". Case matters.
 */
export const COMPANY_AFTER_NOUN: readonly string[] = ['Corporation', 'Corp', 'Company', 'Industries', 'Industry', 'Group', 'Holding',
  'Holdings', 'Ltd', 'Inc', 'Plant', 'Factory', 'Works', 'Museum', 'Association'];

/**
 * Nouns right before a company's name: "private jet operator MNG Jet", "the airline Jet Airways". An aircraft
 * noun written with a capital inside that name is part of it.
 */
export const COMPANY_NAME_BEFORE: readonly string[] = ['operator', 'company', 'firm', 'airline', 'carrier', 'charterer', 'lessor'];

/** Names written as a type is, case and all, that are none: Britain's security services "MI5" and "MI6" (the Mil helicopter is "Mi-6"). */
export const NOT_DESIGNATIONS: readonly string[] = ['MI5', 'MI6'];

export const NOT_AIRCRAFT_AFTER: readonly string[] = [
  'engine', 'engines', 'fuel', 'maker', 'makers', 'manufacturer', 'carrier', 'carriers', 'parts', 'lag',
  'stream', 'set', 'ski', 'skis', 'carrier', 'hangar', 'hangars', 'tickets', 'ticket', 'crash investigators',
  ...['programme', 'program'],
  // A business of aircraft, no aircraft: "Turkish private jet operator MNG Jet said".
  ...['operator', 'operators', 'company', 'companies', 'firm', 'firms', 'charter company', 'charter firm', 'leasing'],
  // A place named for a maker: "the Antonov airfield at Hostomel", "Boeing's plant". Or for the craft flown from
  // it: "the drone base in Agadez".
  ...['airfield', 'airport', 'plant', 'factory', 'factories', 'assembly line', 'base', 'bases'],
  // "at the Beriev aircraft plant in Taganrog".
  ...['aircraft plant', 'aircraft factory', 'aviation plant', 'aircraft works', 'aircraft company'],
  // A name shared with a weapon: "the Trident missile", "the Trident nuclear deterrent".
  ...['missile', 'missiles', 'submarine', 'submarines', 'nuclear', 'deterrent'],
  // And with a launcher or a family: "the Vega rocket", "the Vega family".
  ...['rocket', 'rockets', 'launcher', 'family'],
];

/**
 * Nouns after a type, a few words on, that make it a programme or a deal, no aircraft of the story: "removed
 * from the F-35 fighter jet programme", "a Boeing 737 order".
 */
export const DEAL_AFTER_TYPE: readonly string[] = [
  'programme', 'program', 'programmes', 'programs', 'project', 'deal', 'deals', 'contract', 'contracts', 'order', 'orders',
  'purchase', 'purchases', 'sale', 'sales', 'consortium',
];

/**
 * Words that, written right before a figure ("Antonov 124", "Boeing 747", "An 124"), make it part of a
 * designation. Case matters: "an 80-strong unit" is a count, "An 124" a plane.
 */
export const DESIGNATION_PREFIXES: readonly string[] = [
  ...new Set([
    ...AIRCRAFT_MAKERS.flatMap((m) => [...m.aliases, ...m.codes]),
    ...SHARED_CODES.filter((c) => c.length > 1),
    // "its fleet of 65 MAX 9 aircraft": the 9 is the model's.
    'MAX', 'Max',
    // "All 150 people aboard Flight 9525 were killed": a flight's number, no count.
    'Flight',
    // "All 63 people on the British Airways Trident 3 were killed": a nickname that some of the type's names
    // number.
    ...AIRCRAFT_FAMILIES.flatMap((f) => (f.nicknames ?? []).filter((n) => f.names?.some((name) => name.startsWith(`${n} `) && /\d/.test(name[n.length + 1]!)))),
    // "left Air Base 201 aboard C-17 transport planes": a base's number.
    'Air Base',
  ]),
].flatMap((w) => (w.toUpperCase() === w ? [w] : [w, w.toUpperCase()]));

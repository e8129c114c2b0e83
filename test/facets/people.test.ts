import { describe, expect, it } from 'vitest';
import { people, type PeopleValue } from '../../src/facets/people.js';
import { judgeByRelation } from '../../src/facets/facet.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const extract = (text: string) => people.extract({ index: 0, text }).map((f) => people.describe(f.value));

function facts(...sentences: string[]): Fact<PeopleValue>[] {
  return factsOf(people, sentences);
}
const verdict = (a: string[], b: string[]) => people.compare!(facts(...a), facts(...b)).verdict;

describe('people.extract', () => {
  it.each([
    // A bare round figure is shown as written; the interval it allows (232.8-247.2) is for comparing.
    ['The ferry brought 240 marines to the island.', ['240 military']],
    // Those flown to settle, and a people airlifted.
    ['More than 300 Ethiopian immigrants arrived in Israel.', ['301-3000 evacuees (More than)']],
    ['A plane carrying 316 Ethiopian Jews landed in Israel.', ['316 on board']],
    // A list of groups shares the fate told after its last: the dead, not how many flew; without a fate, both flew.
    ['Rescuers searched for the remains of the 172 passengers and 11 crew members killed when it crashed.', []],
    ['The plane carried 172 passengers and 11 crew members.', ['172 passengers', '11 crew']],
    // The staff of an embassy are its officials; staff alone are no group.
    ['U.S. helicopters evacuated about 70 American embassy staff.', ['63-77 officials (about)']],
    ['The airline cut 70 staff.', []],
    // One named and the others of a group are some of it.
    ['The Russian pilot and two other crew members were arrested.', ['3+ crew']],
    ['The plane carried 12 soldiers and two other passengers.', ['12 military', '2 passengers']],
    // A group promised is none that flew; a deployment told ahead is.
    ['Kenya has pledged 1,000 officers to the mission.', []],
    ['Under the deal, Russia will deploy 1,960 troops.', ['1960 military']],
    // The victims of a crime are no one aboard; a people flown are.
    ['The plane carried 120 Jews from Yemen to Israel.', ['120 on board']],
    // A base's number is no count.
    ['The last troops left Air Base 201 aboard C-17 transport planes.', []],
    // A crowd on the airfield is no count of those aboard.
    ['The plane, which had about 640 Afghans aboard, was swarmed by hundreds of people on the runway.', ['576-704 on board (about)', '200-999 people']],
    // The lost are the dead, no count of who flew; all of those aboard lost is still everyone aboard.
    ['The airship was destroyed at Hull with the loss of 16 American officers and men.', []],
    ['The ship sank with the loss of all 49 men aboard.', ['49 on board']],
    // A period that starts at a day is no clause of what started it: those aboard still count.
    ['The Navy gave up hope for the dirigible Dixmude, missing since Friday with 50 men aboard.', ['50 on board']],
    // A load told aside, the craft's fate after it: those aboard, not the missing.
    ['The flying boat Hawaii Clipper, with 15 persons aboard, was missing today.', ['15 on board']],
    // Those a craft has with it, past its fate; not those of a flight of an airlift, nor a meeting's.
    ['The search for a chartered airliner missing with 107 persons was widened today.', ['107 on board']],
    ['A plane with 107 persons crashed.', ['107 on board']],
    ['A second flight with 250 people arrived in Delhi.', ['250 people']],
    ['The team met with 30 people at the airport.', ['30 people']],
    // An aside before a fate that is no casualty keeps the count.
    ['Three people, including a child, were on board.', ['3 on board']],
    // Those who fly a balloon are its crew.
    ['The three balloonists were received at the embassy.', ['3 crew']],
    // One named aboard after two words of what she does, and the rest.
    ['A light plane carrying country singer Patsy Cline and three other people crashed.', ['4 on board']],
    // Passengers and crew counted as one, unless the crew has its own count after it.
    ['Her 20 passengers and crew of about 40 were greeted by a crowd.', ['20 passengers']],
    ['The 20 passengers and crew of the airship landed.', ['20 on board']],
    // Men swept off with the wreck are no one the craft carried; men flown off a mountain are.
    ['Six men were carried away with the wrecked envelope of the airship.', ['6 men']],
    ['He was flown off the mountain with six men.', ['6 on board']],
    // A craft that went missing with its load: everyone aboard, no count of the missing.
    ['A C-130 Hercules transport plane carrying 38 people went missing on Monday evening.', ['38 on board']],
    ['The C-130 had 38 people aboard when it went missing.', ['38 on board']],
    ['38 people went missing after the ferry sank.', []],
    // One named aboard and the others.
    ['A military aircraft carrying Vice President Saulos Chilima and nine other people went missing.', ['10 on board']],
    ['A medical jet carrying a child patient and five other people crashed.', ['6 on board']],
    ['A Learjet carrying golfer Payne Stewart and five other people crashed.', ['6 on board']],
    // The dead, one named and the others, are no count of those aboard: some may have died on the ground.
    ['R&B singer Aaliyah was killed along with eight other people on Saturday.', []],
    // "in all" before what it qualifies is no running total; after the group it is.
    ['A Boeing 747 with 263 people on board lost power in all four engines.', ['263 on board']],
    ['The airlift carried 1,200 people in all.', []],
    // The dead aboard, then the dead on the ground: no count of those who flew.
    ['Sixty-three people aboard the plane and two people on the ground died.', []],
    // A crew counted after its noun is no one more of the list; the others beside a list of the named are no total.
    ['The jet had left Bristol with 139 passengers and a crew of six.', ['139 passengers', '6 crew']],
    ['The crash killed former Senator John Tower, his daughter Marian and 21 other people.', []],
    // One person found is a victim or a survivor, unless said to be aboard.
    ['Coast guard vessels recovered one person, who was later pronounced dead.', []],
    ['The plane carried one person on board.', ['1 on board']],
    ['The crash killed the pilot and seven other officers.', []],
    ['An evacuation flight carrying 219 Indian students from Ukraine landed in Mumbai.', ['219 on board']],
    // One count of two groups is of neither alone.
    ['A team of 52 Cuban doctors and nurses arrived in Milan.', ['52 doctors and nurses']],
    ['The brigade of 36 doctors, 15 nurses and two specialists landed.', ['36 rescuers', '2 military']],
    ['Five soldiers and two civilians were on the plane.', ['5 military', '2 civilians']],
    // A crowd of them is no count of people.
    ['Tens of thousands of students marched through Athens.', []],
    // Those a country has somewhere are no load, whatever flies them out.
    ['India has about 16,000 citizens in Ukraine and is flying them out through Romania.', []],
    ['The plane had 111 passengers and six crew members on board when it crashed in Ogun state.', ['111 passengers', '6 crew']],
    // Two words before the name are no description of one aboard.
    ['A plane carrying aid to Haiti and five other people crashed.', ['5 on board']],
    // Victims on the ground are none of those aboard; troops on the ground of a deployment are its people.
    ['The death toll has risen to 50, including three civilians on the ground.', []],
    ['The crash killed 113 people: the nine crew members and four people in the hotel it hit.', ['9 crew']],
    ['The jet killed four people in a nearby house.', []],
    ['The jet skidded off the runway, sending 23 people to hospital.', []],
    ['Eight people on the ground suffered minor injuries.', []],
    ['The plane carried 20 people in the cabin.', ['20 on board']],
    ['Four soldiers in the village greeted the plane.', ['4 military']],
    // A part of the dead is no group aboard; a part of those aboard is.
    ['The death toll has risen to 13, including three children, officials said.', []],
    ['The plane was carrying 62 people, including three children.', ['62 on board', '3 children']],
    ['Russia has about 100 troops on the ground in Venezuela.', ['90-110 military (about)']],
    ['Twelve passengers were killed when the plane crashed.', []],
    // A company's staff aboard: "company" and "airline" describe them.
    ['The flight was taking 17 company technicians to Pokhara.', ['17 technicians']],
    ['The jet carried 12 airline employees.', ['12 on board']],
    ['The ICRC completed the transfer of 887 former detainees.', ['887 prisoners']],
    ['The planes brought about 100 military medical specialists.', ['90-110 military (about)']],
    // A count per craft is that many on each of them.
    ['The two C-17 aircraft took off with about 80 Colombians each.', ['144-176 Colombians (72-88 on each of 2) (about)']],
    ['Three buses with 50 tourists each arrived.', ['150 tourists (50 on each of 3)']],
    ['The planes carried 40 passengers each.', ['40 passengers on each craft']],
    ['Each of the 12 soldiers got a medal.', ['12 military']],
    // Not aboard after all.
    ['The airline said one passenger had not boarded.', []],
    // Held up on the ground by the event, not aboard.
    ['The runway was closed, which has stranded thousands of passengers.', []],
    ['The closure delayed more than 2,000 travellers.', []],
    ['The stranded jet had 162 passengers on board.', ['162 passengers']],
    // A running total of an operation of many flights is no count of one.
    ['India has brought more than 2,000 of its citizens out of Sudan so far.', []],
    ['The plane carried 121 people, so far the largest group.', ['121 on board']],
    ['Two crew members were not aboard.', []],
    // Suspects held on the ground, when they are people at large; passengers arrested flew.
    ['Police said about 20 people had been arrested in connection with the attack.', ['18-22 arrested (about)']],
    ['Police arrested at least 12 people after the plane landed.', ['12+ arrested (at least)']],
    ['Two passengers were arrested after the plane landed.', ['2 passengers']],
    ['Four people on the passenger list turned out not to have boarded.', []],
    // A count in a question is no claim.
    ['Officials investigated whether two passengers had boarded using stolen passports.', []],
    ['Whether 12 or 14 crew were aboard remained unclear.', []],
    // One of a group, who did something: no count of the group. Carried alone, one is a count.
    ['One passenger tried to leave the base on Wednesday.', []],
    ['One crew member was placed in quarantine.', []],
    ['The Cessna was carrying one passenger.', ['1 passengers']],
    ['One passenger and two crew members were aboard the small plane.', ['1 passengers', '2 crew']],
    // The fate of one of them, in a clause of its own, leaves the group's count.
    ['The jet carried 12 passengers, and one passenger was taken to hospital.', ['12 passengers']],
    // A fate after a rescue that describes the group: the group is the casualty count's.
    ['Three women pulled from the wreckage remain in critical condition.', []],
    ['Four children, including an 11-month-old baby, are still missing.', []],
    ['Four children, including a baby, are aboard.', ['4 on board']],
    // The last of a list of those aboard, named before it without a count, is no count of them all.
    ['Agustin Escobar, the head of Siemens in Spain, his wife and their three children were on board.', ['3 children']],
    ['The jet landed and 74 people on board were safe.', ['74 on board']],
    ['The plane came down in a lagoon on Friday, and all 47 passengers and crew were on board.', ['47 on board']],
    ['Rescuers pulled 12 people from the wreckage.', ['12 people']],
    ['The smaller plane crashed, killing its two occupants.', []],
    // One more of a list, counted by its article.
    ['There were 169 passengers, six crew members and an engineer on board.', ['169 passengers', '6 crew', '1 engineer']],
    ['The jet carried two pilots and a flight attendant.', ['2 crew', '1 crew']],
    ['The Dash 8 was carrying 44 passengers, four crew members and an off-duty pilot.', ['44 passengers', '4 crew', '1 crew']],
    // Not one more across a number or two words.
    ['The jet carried 44 passengers and a further 20 crew.', ['44 passengers', '20 crew']],
    ['The plane carried 12 crew members, but one of them was injured.', ['12 crew']],
    ['Twelve passengers and two crew were killed.', []],
    // A role noun before another describes it; a participle after the group does not.
    ['Russia has sent five military officers and 170 civilian instructors to the country.', ['5 military', '170 military']],
    ['A plane carrying 195 Americans evacuated from Wuhan landed.', ['195 on board']],
    // The sources of a report are no people of the event.
    ['Two Somali officials told Reuters the plane had been shot down.', []],
    ['Thirty officials said on Monday that 40 passengers were aboard.', ['40 passengers']],
    ['The plane carried 12 officials, who said nothing.', ['12 officials']],
    // A dotted abbreviation before the noun.
    ['About 200 U.S. citizens flown out of Wuhan landed in California.', ['180-220 on board (About)']],
    // A first figure corrected in the same sentence: the correction counts, for the same group.
    ['The airline initially said there were 61 people on board but later revised the number to 62.', ['62 on board']],
    ['Officials first said 12 soldiers were aboard, then corrected the figure to 14.', ['14 military']],
    ['The airline initially said there were 61 people on board.', ['61 on board']],
    ['The airline said 61 people were on board and revised its schedule to 62 flights.', ['61 on board']],
    // A hedged one by the whole numbers it allows.
    ['An estimated 99 Russian military staff arrived.', ['90-108 military (An estimated)']],
    ['Nearly 50 paratroopers jumped over the valley.', ['45-49 military (Nearly)']],
    ['Some 30 Turkish military advisers landed in Tripoli.', ['27-33 military (Some)']],
    ['The Airbus had 143 passengers and seven crew members.', ['143 passengers', '7 crew']],
    ['A crew of four flew the cargo jet.', ['4 crew']],
    ['The bus carried 12 prisoners of war and two guards.', ['12 prisoners', '2 escorts']],
    ['There were 57 people on board the ferry.', ['57 on board']],
    ['All 57 aboard were tourists.', ['57 on board']],
    // "all" of those aboard: the dead or the survivors are everyone who flew.
    ['The plane crashed, killing all 74 people on board.', ['74 on board']],
    ['All 57 aboard survived.', ['57 on board']],
    ['None of the 12 people on board survived.', ['12 on board']],
    ['Rescuers said there were no survivors among the eight people aboard.', ['8 on board']],
    ['The crash killed all 74 people aboard, including 65 prisoners.', ['74 on board', '65 prisoners']],
    ['Dozens of evacuees waited at the gate.', ['24-99 evacuees']],
    ['The plane brought back 88 Brazilian deportees.', ['88 evacuees']],
    ['It flew 104 deported Indian nationals home.', ['104 evacuees']],
    // Others carried with a group: the group is not everyone aboard.
    ['The United States flew 238 Venezuelans to El Salvador, along with 23 alleged members of MS-13.', ['238 Venezuelans']],
    ['The United States flew 238 Venezuelans to El Salvador, along with their guards.', ['238 on board']],
    ['The jet carried two aviators.', ['2 crew']],
    // The fate after another figure is not this group's.
    ['Rescuers found the helicopter that went missing with 22 people on board, and recovered 17 bodies.', ['22 on board']],
    // A group listed with the crew is not everyone aboard.
    ['The helicopter was carrying 19 tourists and three crew members.', ['19 tourists', '3 crew']],
    // So is a crew counted after its noun, the list's last group.
    ['Aboard were 37 players, 25 fans and boosters and a crew of five.', ['37 players', '25 fans and boosters', '5 crew']],
    ['The plane carried 25 people and a crew of five.', ['25 people', '5 crew']],
    ['The plane carried 25 people, among them a crew of five.', ['25 on board', '5 crew']],
    // Who a group were, after a dash: a part of them.
    ['All 29 aboard — 14 players, the coach and 14 others — were killed.', ['29 on board', '14 players']],
    ['The plane carried 40 people — a record for the route.', ['40 on board']],
    // Groups drawn from those who flew: the flight held at least as many.
    ['Twenty-two passengers and eight crew members from a Singapore Airlines flight were still in hospital.', ['22+ passengers', '8+ crew']],
    ['The C-17 flew some 640 Afghans out of Kabul.', ['576-704 on board (some)']],
    ['It carried 65 captured Ukrainian servicemen and six crew.', ['65 prisoners', '6 crew']],
    ['Three crew members walked away without injuries.', ['3 crew']],
    ['Forty-one of the 78 people on board were killed.', ['78 on board']],
    // A manifest's two groups are one whole whose part a verb counts.
    ['Only five of the 74 passengers and five crew members survived.', ['74 passengers', '5 crew']],
    // The groups of a list whose fate follows the last are victims, no count of those aboard.
    ['Three hostages, all seven hijackers and about 20 Ugandan soldiers were killed in the raid.', []],
    ['Nine passengers and 16 members of the GIGN police unit were injured.', []],
    ['The crash killed 176 passengers and 13 crew members.', []],
    ['The crash killed 10 passengers, and the plane carried 150 passengers and six crew.', ['150 passengers', '6 crew']],
    ['The plane carried 150 passengers and six crew members.', ['150 passengers', '6 crew']],
    ['Twenty-three passengers boarded in Minsk.', ['23 passengers']],
    ['Of the 71 people on board, 65 were passengers.', ['71 on board', '65 passengers']],
    // One count of passengers and crew is everyone aboard.
    ['There was a sole survivor among the 242 passengers and crew.', ['242 on board']],
    ['It had 20 crew and passengers aboard.', ['20 on board']],
    ['The plane carried 150 passengers and five crew members.', ['150 passengers', '5 crew']],
    ['All 67 people aboard a passenger jet and an Army helicopter died.', ['67 on board (of several craft)']],
    ['The jets collided, killing all 71 people on board the two aircraft.', ['71 on board (of several craft)']],
    ['All 12 people aboard both planes survived.', ['12 on board (of several craft)']],
    ['The jets collided, killing all 71 people on the two planes.', ['71 on board (of several craft)']],
    ['The fire killed all 12 people on the two floors.', []],
    ['All 12 people aboard the plane survived.', ['12 on board']],
    // A group whose fate follows an aside is a casualty count; one with an aside and another clause is not.
    ['One passenger, a British national seated in 11A, survived.', []],
    ['The plane carried 150 passengers, the airline said, and two were injured.', ['150 passengers']],
    ['The flight from Bangkok carried 173 South Koreans and two Thais.', ['173 South Koreans', '2 Thais']],
    ['The flight carried five Indians, four Russians and two South Koreans among its 68 passengers.', ['5 Indians', '4 Russians', '2 South Koreans', '68 passengers']],
    ['The plane carried 640 Afghans.', ['640 on board']],
    // A nationality that is an adjective too counts people with no noun after it.
    ['Among the passengers were 61 French, 58 Brazilians and 26 Germans.', ['61 French', '58 Brazilians', '26 Germans']],
    ['The dead included 40 Chinese and 12 Japanese.', ['40 Chinese', '12 Japanese']],
    // A list of who the travellers were, its verb said once: each a part, not all aboard.
    ['Most of those aboard were New Zealanders; 24 were Japanese and 22 Americans.', ['22 Americans']],
    ['Most of those aboard were New Zealanders; 24 were Japanese, 22 Americans.', ['22 Americans']],
    ['Most were tourists; the other 22 Americans were aboard.', ['22 on board']],
    ['Two Chinese fighter jets flew past.', []],
    ['The 61 French paratroopers landed.', ['61 military']],
    // The whole stays aboard whatever part of it a verb counts.
    ['Of the 67 people on board, 38 were killed and 29 were taken to hospital.', ['67 on board']],
    ['Most of the 67 people on board were killed.', ['67 on board']],
    // A whole that is itself a casualty count, and those still in hospital days on, count no one aboard.
    ['Of the 182 people taken to hospitals, 49 were seriously injured.', []],
    ['Of the 67 people on board, 38 were killed.', ['67 on board']],
    ['Six passengers remained in hospital on Saturday.', []],
    // Who started a period is no one aboard.
    ['It was the first repatriation flight since thousands of migrants gathered at the border.', []],
    ['Since the crash, 40 soldiers have been flown home.', ['40 military']],
    // What a field hospital flown in can treat is its capacity.
    ['The planes brought a field hospital able to treat 500 people.', []],
    ["It was the first flight under Trump's plan to hold up to 30,000 migrants there.", []],
    ['The government had originally hoped to send 130 people on the first flight.', []],
    // Everyone several craft carried: craft in the plural that carried them, or flights counted after them.
    ['The planes brought 500 people.', ['500 on board (of several craft)']],
    ['India evacuated more than 390 people from Afghanistan on Sunday in three flights.', ['391-3900 people (of several craft) (more than)']],
    ['The plane brought 500 people.', ['500 on board']],
    ['India evacuated 390 people from Afghanistan in three hours.', ['390 people']],
    // Words of a service between the figure and its role noun.
    ['France is sending two planes carrying 55 civil security personnel.', ['55 military']],
    ['A third plane carrying six emergency doctors was expected.', ['6 rescuers']],
    ['The 67 people on board were killed.', []],
    ['More than 10,000 people were evacuated by air.', ['10001-100000 people (More than)']],
    // A generic count is everyone aboard only when the sentence carries them.
    ['A plane carrying 74 people crashed.', ['74 on board']],
    ['The bus was transporting 30 tourists.', ['30 on board']],
    ['The plane crashed while carrying 74 people.', ['74 on board']],
    // Not a count in a clause of another subject: the band's audience, not the helicopter's three.
    ['The helicopter, with a pilot on board, came down on the bar while a band was playing to around 120 people.', ['108-132 people (around)']],
    ['Some 2.44 million people live in the region.', ['2196000-2684000 people (Some)']],
    // "All" of a group aboard is all of it, and of the groups listed with it: that many flew.
    ['All 167 passengers and nine crew members died.', ['167 passengers', '9 crew']],
    ['All 149 passengers and eight crew on the flight were killed.', ['149 passengers', '8 crew']],
    // Any group said to be aboard, all of it killed, is how many of it flew; not a group elsewhere.
    ['The missile downed the Il-20, killing all 15 servicemen on board.', ['15 military']],
    // One named and all the others aboard are everyone aboard; others elsewhere are no one aboard.
    ['The helicopter crashed, killing him and all seven others aboard.', ['8 on board']],
    ['The jet crashed, killing the pilot and two others.', []],
    // What a type carries as a rule is no count of the story.
    ['The A-50 carries a crew of up to 15.', []],
    ['The plane had a crew of six.', ['6 crew']],
    // A crew by another name.
    ['An Il-62 carrying about 100 flight personnel landed.', ['90-110 crew (about)']],
    ['The jet carried 10 aircrew.', ['10 crew']],
    ['The strike killed all 15 soldiers at the base.', []],
    // A part of those aboard is no count of everyone aboard; it is named by its noun.
    ['Passengers from 35 countries were on board, including 32 Kenyans and 18 Canadians.', ['32 Kenyans', '18 Canadians']],
    // A part in an aside, then the fate of the craft that carried them all; not a part with a fate of its own.
    ['A plane carrying 22 people, including 13 South Korean tourists, went missing on Monday.', ['22 on board', '13 tourists']],
    ['A plane carrying 22 people, including 13 tourists who went missing, crashed.', ['22 on board']],
    ['The passengers were 13 South Koreans and three Czechs.', ['13 South Koreans', '3 Czechs']],
    ['A plane carrying 12 Ethiopians landed.', ['12 on board']],
    // A group's size before its noun: "a 16-strong crew"; engineers are people of no other role.
    ['The planes delivered a 16-strong crew of engineers.', ['16 crew']],
    ['The team of 12 engineers arrived.', ['12 engineers']],
    ['A 40-strong team of Russian military technicians arrived.', ['40 military']],
    // Everyone on one craft, and the next craft's in a list that leaves the noun out.
    ['All 63 people on the British Airways Trident 3 and all 113 on the Inex-Adria Aviopromet DC-9 were killed.', ['63 on board', '113 on board']],
    ['All 63 people on the plane were killed.', ['63 on board']],
    ['About 200 people on the runway cheered.', ['180-220 people (About)']],
    ['All 63 people on board and all 113 on the jet died.', ['63 on board']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    ['About 50,000 people in Kherson were evacuated.', ['45000-55000 people (About)']],
    ['The U.S. has evacuated more than 120,000 people from Kabul.', ['120001-1200000 people (more than)']],
    ['The plane carried 300 people of several nationalities.', ['300 on board']],
  ])('large counts of the event stay: %s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    ['Forty-one countries backed the resolution.'],
    ['Three soldiers were killed in the shelling.'],
    ['The blast killed 14 passengers.'],
    ['Two F-16 fighters and an F-35 flew over the base.'],
    ['Four military planes landed in 2020.'],
    ['The soldiers standing guard at 11:30 were relieved.'],
    ['The crash killed 74 people on board.'],
    ['All 12 soldiers were killed.'],
    ['The C-17 can carry 102 paratroopers.'],
    ['The crew had expected to carry about 150 passengers.'],
    ['Two Chinese fighter jets shadowed the plane.'],
    ['Twenty-three passengers and four crew were hurt.'],
    ['All 40 soldiers and three journalists were killed.'],
    ['Dozens of Kenyans were killed.'],
    // An army massed on the ground.
    ["Russia has massed about 100,000 troops near Ukraine's borders."],
    // The victims of a crime or a war.
    ['Eichmann, who directed the extermination of millions of Jews, had been brought to Israel.'],
    ['He was tried for the murder of 23 passengers.'],
    // Casualties over an aside or a severity are the casualties facet's.
    ['Three people, including a child, were critically injured.'],
    ['Twelve passengers suffered minor injuries.'],
    // Populations: the people who live somewhere.
    ['Pelosi spoke of solidarity with the 23 million people of Taiwan.'],
    ["Taiwan's 23 million people watched the landing."],
    ['Kabul, a city of 4.6 million people, was in chaos.'],
  ])('finds no count of people in %s', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('people.relate', () => {
  const v = (min: number, max: number, role: string): PeopleValue => ({ count: { min, max }, role });
  it.each([
    [v(90, 99, 'military'), v(99, 99, 'military'), 'compatible'],
    [v(12, 12, 'crew'), v(12, 12, 'crew'), 'equal'],
    [v(90, 99, 'military'), v(101, 1000, 'military'), 'conflict'],
    [v(6, 6, 'crew'), v(150, 150, 'passengers'), 'unrelated'],
    [v(80, 80, 'on board'), v(65, 65, 'prisoners'), 'broader'],
    [v(10, 10, 'passengers'), v(8, 8, 'on board'), 'conflict'],
    // Generic groups: one noun is one group; other groups, and everyone aboard, are another matter.
    [{ ...v(90, 110, 'people'), noun: 'people' }, { ...v(300, 300, 'people'), noun: 'persons' }, 'conflict'],
    [{ ...v(56, 56, 'people'), noun: 'women' }, { ...v(2e6, 3e6, 'people'), noun: 'people' }, 'unrelated'],
    [{ ...v(5, 5, 'people'), noun: 'women' }, { ...v(5, 5, 'people'), noun: 'Women' }, 'equal'],
    [{ ...v(2e6, 3e6, 'people'), noun: 'people' }, v(11, 11, 'on board'), 'unrelated'],
    [{ ...v(18, 18, 'people'), noun: 'Somalis' }, v(11, 11, 'military'), 'unrelated'],
  ])('%o vs %o is %s', (x, y, relation) => {
    expect(people.relate(x, y)).toBe(relation);
  });
});

describe('people.compare', () => {
  it.each([
    [['Almost a hundred troops arrived.'], ['The jet brought 99 servicemen.'], 'agree'],
    [['Almost a hundred troops arrived.'], ['More than 100 soldiers arrived.'], 'conflict'],
    [['The jet brought 99 servicemen.'], ['The jet brought 100 soldiers.'], 'agree'],
    [['It carried 40 prisoners, five crew and two escorts.'], ['There were 47 people on board.'], 'agree'],
    [['There were 47 people on board.'], ['It carried 40 prisoners, five crew and two escorts.'], 'agree'],
    [['It carried 40 prisoners, five crew and two escorts.'], ['There were 30 people on board.'], 'conflict'],
    [['It carried 40 prisoners.'], ['There were 47 people on board.'], 'partial'],
    // Everyone aboard each of two craft adds up to everyone aboard both.
    [['All 176 people aboard the two planes were killed.'], ['All 63 people on the Trident 3 and all 113 on the DC-9 were killed.'], 'agree'],
    [['All 176 people aboard the two planes were killed.'], ['All 63 people on the Trident 3 and all 123 on the DC-9 were killed.'], 'conflict'],
    // A part of those named before the verb "included" is no count of them.
    [['The plane had 22 people on board.'], ['The passengers included four people from India.'], 'partial'],
    // A part of a group named before says only that there were at least as many.
    [['Fifteen Marines and a Navy sailor were aboard.'], ['Six of the Marines were elite Raiders.'], 'agree'],
    [['Fifteen Marines were aboard.'], ['Six Marines were aboard.'], 'conflict'],
    // Passengers of one nationality, told alone, are some of them; listed with the crew, they are all.
    [['The jet was flying with about 35 passengers.'], ['Russia asked about the 17 Russian passengers aboard.'], 'agree'],
    [['The jet carried 35 passengers and two crew.'], ['The jet carried 17 Russian passengers and two crew.'], 'conflict'],
    [['The fighters carried two pilots.'], ['Pakistan said it held only one Indian pilot.'], 'conflict'],
    // The whole group is no part of it.
    [['Fifteen Marines were aboard.'], ['All six of the Marines were Raiders.'], 'conflict'],
    [['Three pilots were aboard.'], ['Both of the pilots were Raiders.'], 'conflict'],
    // One count aboard, split two ways between passengers and crew: told, not a clash; other totals clash.
    [['The jet had 62 people on board: 50 passengers and 12 crew.'], ['The jet carried 62 people.', '56 passengers and six crew members were aboard.'], 'partial'],
    [['The jet had 62 people on board: 50 passengers and 12 crew.'], ['The jet carried 64 people.', '58 passengers and six crew members were aboard.'], 'conflict'],
    [['There were 50 passengers and 12 crew on board.'], ['There were 56 passengers and six crew on board.'], 'conflict'],
    // One more of a list, counted by its article: passengers and crew then are not all who flew.
    [['All 176 people on board were evacuated.'], ['There were 169 passengers, six crew members and an engineer on board.'], 'partial'],
    [['All 176 people on board were evacuated.'], ['There were 169 passengers and six crew members on board.'], 'conflict'],
    [['The jet carried 12 soldiers and a pilot.'], ['The jet carried 12 soldiers and two pilots.'], 'conflict'],
    // Carried with one more, a group is no longer all who flew.
    [['The helicopter was carrying five Italian tourists and a pilot.'], ['There were six people aboard.'], 'partial'],
    [['The helicopter was carrying five Italian tourists.'], ['There were six people aboard.'], 'conflict'],
    // Per craft against all of them.
    [['Two planes landed with 100 soldiers each.'], ['The planes brought 200 troops.'], 'agree'],
    [['Two planes landed with 100 soldiers each.'], ['The planes brought 100 troops.'], 'conflict'],
    [['The planes carried 40 soldiers each.'], ['The planes brought 90 troops.'], 'agree'],
    // Passengers and crew told together are everyone aboard: too few is a clash, other groups leave room.
    [['There were 42 passengers and five crew members on board.'], ['Of the 67 people on board, 38 were killed.'], 'conflict'],
    [['There were 62 passengers and five crew members on board.'], ['Of the 67 people on board, 38 were killed.'], 'agree'],
    [['The jet had 42 passengers.', 'Five crew members were on duty.'], ['There were 67 people on board.'], 'partial'],
    [['It carried 40 prisoners and five crew.'], ['There were 67 people on board.'], 'partial'],
    // A group named among those counted before it is part of them, not one more.
    [['Seventeen crew members and 21 passengers were on board, among them three civilians.'], ['The plane was carrying 38 people.'], 'partial'],
    [['Seventeen crew members, 21 passengers and three civilians were on board.'], ['The plane was carrying 38 people.'], 'conflict'],
    [['It carried 181 passengers, including one child, as well as two pilots and six cabin crew.'], ['The plane was carrying 189 people.'], 'agree'],
    // A list of parts closed by "and" and a comma: the groups after it are no parts of the first.
    [['There were 56 passengers, including a child and two infants, seven crew members and three security personnel on board.'], ['The jet had 66 people aboard.'], 'agree'],
    // A part set off by commas, then ", and": the crew are no children.
    [['There were 55 passengers, including four children, and seven crew on board.'], ['The jet had 62 people aboard.'], 'partial'],
    [['It carried 50 people, including three children, two women, and five men.'], ['The jet had 60 people aboard.'], 'conflict'],
    // So does a share of the group told of in an aside: the crew are none of the vacationers.
    [['It carried 73 passengers, most of them returning from vacations in Puerto Rico, and eight crew members.'], ['The jet had 81 people aboard.'], 'agree'],
    [['It carried 73 passengers, most of them returning from vacations in Puerto Rico, and eight crew members.'], ['The jet had 91 people aboard.'], 'conflict'],
    // The sum meets b's count; the children only a names.
    [['There were 155 passengers, including 16 children and one infant, and seven crew on board.'], ['The jet had 162 people aboard.'], 'partial'],
    [['There were 155 passengers, including 16 children and one infant, and seven crew on board.'], ['The jet had 178 people aboard.'], 'conflict'],
    // Both give everyone aboard; one also splits them: a split that adds up restates the count, one that
    // does not tells more.
    [['All 47 people on board died.', 'It carried 40 prisoners, five crew and two escorts.'], ['There were 47 people on board.'], 'agree'],
    [['All 47 people on board died.', 'It carried 40 prisoners.'], ['There were 47 people on board.'], 'partial'],
    [['All 47 people on board died.', 'It carried 40 prisoners, five crew and two escorts.'], ['There were 50 people on board.'], 'conflict'],
    [['The plane had six crew.'], ['The plane had 150 passengers.'], 'partial'],
    // Parts of the crew listed together add up; a part "including" in the crew does not.
    [['It carried 181 passengers, as well as two pilots and six cabin crew.'], ['There were 189 people on board.'], 'agree'],
    [['The jet had two pilots and six cabin crew.'], ['The jet had eight crew members.'], 'agree'],
    [['The jet had six crew, including two pilots.'], ['The jet had eight crew members.'], 'conflict'],
    // A part of the crew alone ("the two pilots") is fewer than the whole crew, not a clash; more than it is.
    [['The jet had six crew members.'], ['Prosecutors questioned the two pilots.'], 'partial'],
    [['The jet had six crew members.'], ['Prosecutors questioned the seven pilots.'], 'conflict'],
    [['The jet had two pilots.'], ['The jet had three pilots.'], 'conflict'],
    [['Prosecutors questioned the two pilots.'], ['The four flight attendants were questioned.'], 'conflict'],
    [['Four bodies so far.', 'Six crew members.'], ['A crew of six.'], 'agree'],
    [['A plane carrying 74 people crashed.'], ['The jet had 74 people on board.'], 'agree'],
    [['A plane carrying 74 people crashed.'], ['The jet had 80 people on board.'], 'conflict'],
    [['The An-124 brought 99 people to Caracas.'], ['The plane carried 99 servicemen.'], 'agree'],
    // Groups of the story that nothing says are aboard, or are one group.
    [['Police said 56 are women.'], ['Some 2.44 million people live in the region.'], 'partial'],
    [['Some 2.44 million people live in the region.'], ['There were 11 people on board.'], 'partial'],
    [['Officials said 18 Indian sailors were freed.'], ['The ship held 11 Yemeni nationals.'], 'partial'],
    [['Police arrested about 100 people.'], ['Police arrested 300 people.'], 'conflict'],
    // Those arrested are no count of those aboard.
    [['The jet was carrying 74 people.'], ['The jet was carrying 74 people.', 'Police said 80 people had been arrested.'], 'partial'],
    // Two counts of one role that cannot be one count are not the span between them.
    [['About 100 instructors arrived.', 'The US has 1,000 troops there.'], ['Some 500 soldiers arrived.'], 'conflict'],
    [['About 100 instructors arrived.', 'The US has 1,000 troops there.'], ['Some 100 soldiers arrived.'], 'partial'],
    [['About 100 instructors arrived.', 'The US has 1,000 troops there.'], ['Some 100 soldiers arrived.', 'The US has 1,000 troops.'], 'agree'],
    // Officers and instructors listed together add up to the other side's instructors.
    [['Russia has sent five military officers and 170 civilian instructors.'], ['Some 175 Russian instructors have been deployed.'], 'agree'],
    [['Russia has sent five military officers and 170 civilian instructors.'], ['Some 300 Russian instructors have been deployed.'], 'conflict'],
  ])('%o vs %o: %s', (a, b, expected) => {
    expect(verdict(a, b)).toBe(expected);
  });

  it('says which count met and which a side gives alone', () => {
    const j = people.compare!(facts('About 100 instructors arrived.', 'The US has 1,000 troops there.'), facts('Some 100 soldiers arrived.'));
    expect(j.explanation).toBe('military: 90-110 / 90-110; a also counts 1000 military');
  });

  it('says which side gives its clashing count as a correction of an earlier one', () => {
    const a = facts('A plane carrying 134 people crashed.');
    const revised = people.compare!(a, facts('The plane was carrying 135 people, the airline said, revising its earlier figure.'));
    expect(revised).toEqual({ verdict: 'conflict', explanation: 'on board: 134 in a, 135 in b (b gives its figure as a correction of an earlier one)' });
    // A figure after the words is the earlier one, not the correction; with no such words, nothing is said.
    expect(facts('The airline said 42 passengers were aboard, revising an earlier figure of 49 passengers.').map((f) => f.value.revised))
      .toEqual([true, undefined]);
    expect(facts('All 154 people aboard were killed, officials said, revising the toll from 155.').map((f) => f.value.revised)).toEqual([true]);
    expect(facts('All 154 people aboard were killed, officials said, revising the toll.').map((f) => f.value.revised)).toEqual([undefined]);
    expect(facts('The plane was carrying 122 people, said the air force, which revised its figure up from 113.').map((f) => f.value.revised)).toEqual([true]);
    // The earlier figure, where given, is the other side's: a count of an earlier moment, no clash.
    const raised = facts('The C-17 carried 823 people to Qatar, the Pentagon said on Monday, raising its earlier count of 640.');
    expect(raised.map((f) => f.value.revisedFrom)).toEqual([{ min: 640, max: 640 }]);
    expect(people.compare!(facts('A C-17 carried about 640 Afghans out of Kabul.'), raised)).toEqual({
      verdict: 'partial', explanation: 'b gives 823 on board as a correction of an earlier 640, the figure a gives' });
    expect(people.compare!(facts('A C-17 carried about 500 Afghans out of Kabul.'), raised).verdict).toBe('conflict');
    expect(facts('The plane was carrying 122 people, said the air force, which revised its figure up from 113.').map((f) => f.value.revisedFrom)).toEqual([{ min: 113, max: 113 }]);
    // The group named before the figure: "revised the number of people on board to 187".
    expect(facts('The airline revised the number of people on board to 187.').map((f) => people.describe(f.value))).toEqual(['187 on board']);
    expect(facts('The airline revised the number of passengers to 181.').map((f) => f.value)).toEqual([{ count: { min: 181, max: 181 }, role: 'passengers', noun: 'passengers', revised: true }]);
    // The dead are no count aboard.
    expect(facts('The ministry revised the number of people killed to 14.')).toEqual([]);
    // The counts after a figure said to be wrong correct it; those before it do not.
    expect(facts('The toll rose to 39 after the ministry said it had given a wrong figure, and that 33 passengers and six crew members had been on board.')
      .map((f) => f.value.revised)).toEqual([true, true]);
    expect(facts('The plane carried 26 passengers, though the ministry later said it had given a wrong figure.').map((f) => f.value.revised)).toEqual([undefined]);
    expect(people.compare!(a, facts('The plane was carrying 135 people, the airline said.')).explanation).toBe('on board: 134 in a, 135 in b');
  });

  it('never compares a crew count with a passenger count', () => {
    const j = judgeByRelation(people, facts('The plane had six crew.'), facts('The plane had 150 passengers.'));
    expect(j.verdict).toBe('partial');
  });
});

describe('people.compare in a comparison, which knows the aligned sentences', () => {
  const judged = (a: string[], b: string[], pairs: [number, number][]) =>
    people.compare!(facts(...a), facts(...b), { aligned: (i, j) => pairs.some(([x, y]) => x === i && y === j) });

  it('two generic counts in sentences that report different things count different groups', () => {
    const j = judged(['Up to 1,000 people were evacuated.'], ['A handful of people stayed behind.'], []);
    expect(j.verdict).toBe('partial');
    expect(j.explanation).toContain('in sentences that report different things');
  });

  it('the same counts in sentences that report the same thing conflict', () => {
    expect(judged(['Up to 1,000 people were evacuated.'], ['A handful of people stayed behind.'], [[0, 0]]).verdict).toBe('conflict');
  });

  it('counts of a role conflict wherever they stand', () => {
    expect(judged(['Almost a hundred troops arrived.'], ['More than 100 soldiers arrived.'], []).verdict).toBe('conflict');
  });

  it('generic counts that agree still agree', () => {
    expect(judged(['Police arrested about 100 people.'], ['Police arrested 100 people.'], []).verdict).toBe('agree');
  });

  it("people in a sentence aligned with the other side's count of everyone aboard are those aboard", () => {
    const a = ['German air force planes have flown 311 people out of Sudan.'];
    const b = ['Germany has evacuated more than 300 people from Sudan on three military flights.'];
    expect(judged(a, b, [[0, 0]])).toMatchObject({ verdict: 'agree', explanation: 'on board: 311 / 301-3000' });
    expect(judged(a, ['Germany has evacuated 150 people from Sudan.'], [[0, 0]]).verdict).toBe('conflict');
    // Not where the sentences report different things.
    expect(judged(a, b, []).verdict).toBe('partial');
    // Nor a part of them: "included four people" are four of those aboard, not everyone.
    const part = judged(['A small plane carrying 22 people went missing.'], ['The passengers included four people from India.'], [[0, 0]]);
    expect(part.explanation).toBe('only a counts on board; only b counts people');
    // Nor a group its sentence sets apart from those carried: the band's audience.
    const apart = judged(['The helicopter, with a pilot on board, came down on the bar while a band was playing to around 120 people.'],
      ['There were three people on board the helicopter.'], [[0, 0]]);
    expect(apart.verdict).toBe('partial');
    // Nor a crowd on the ground, which stays a count of people.
    const crowd = judged(['A charter plane carrying 160 people crashed in Venezuela.'],
      ['Thousands of people packed the churches of Martinique to mourn the tourists killed when their charter plane crashed.'], [[0, 0]]);
    expect(crowd.verdict).toBe('partial');
    expect(people.extract({ index: 0, text: 'About 200 people attended the vigil.' }).map((f) => [f.value.count.min, f.value.role, f.value.apart]))
      .toEqual([[180, 'people', true]]);
    // A crowd that sought to get out, beside the flight that carried some of them.
    const fleeing = judged(['A C-17 carried about 640 Afghans out of Kabul on Sunday as thousands of people sought to flee.'],
      ['The C-17 carried 640 people to Qatar.'], [[0, 0]]);
    expect(fleeing.verdict).toBe('partial');
    expect(fleeing.explanation).toMatch(/^on board: 576-704 \/ 640; only a counts people/);
    expect(people.extract({ index: 0, text: 'The jet carried 300 people fleeing the fighting.' }).map((f) => f.value.apart)).toEqual([undefined]);
    // A crowd in the streets as a ruler is flown out.
    expect(people.extract({ index: 0, text: 'Hundreds of thousands of people celebrated in Tahrir Square.' }).map((f) => f.value.apart)).toEqual([true]);
    expect(people.extract({ index: 0, text: 'Thousands of Haitians poured into the streets to celebrate.' }).map((f) => f.value.apart)).toEqual([true]);
    expect(people.extract({ index: 0, text: 'The plane carrying 20 people landed in Grenoble.' }).map((f) => f.value.apart)).toEqual([undefined]);
    // Those who welcomed the flight, told before the group: no count of those aboard, whatever carried him.
    expect(people.extract({ index: 0, text: 'He arrived, welcomed by about 5,000 people at the base, where the jet that had carried him landed.' })
      .map((f) => [f.value.role, f.value.apart])).toEqual([['people', true]]);
    expect(people.extract({ index: 0, text: 'The jet that carried about 50 people landed at the base.' }).map((f) => f.value.role)).toEqual(['on board']);
    // A welcome as a noun, and a crowd that breaks through to greet the fliers.
    expect(people.extract({ index: 0, text: 'The airmen flew here today from Brisbane to a welcome by 300,000 people.' })
      .map((f) => [f.value.role, f.value.apart])).toEqual([['people', true]]);
    expect(people.extract({ index: 0, text: 'About 25,000 people broke through the barriers to greet the four airmen.' })
      .map((f) => [f.value.role, f.value.apart])).toEqual([['people', true], ['military', undefined]]);
    expect(people.extract({ index: 0, text: 'The plane carrying 25 people broke through the fence at the end of the runway.' })
      .map((f) => f.value.apart)).toEqual([undefined]);
    // Those who saw it come down, on the waterfront or anywhere: a crowd, not those aboard.
    expect(people.extract({ index: 0, text: 'Thousands of persons on the waterfront saw the ship crumple in the middle.' })
      .map((f) => [f.value.role, f.value.apart])).toEqual([['people', true]]);
    expect(people.extract({ index: 0, text: 'Hundreds of people watched the airship burn.' }).map((f) => f.value.apart)).toEqual([true]);
    expect(people.extract({ index: 0, text: 'The airship carrying 49 men crumpled over the waterfront.' }).map((f) => f.value.role)).toEqual(['on board']);
  });

  it("one craft's count is a part of everyone several flights carried, not a rival count", () => {
    const b = ['India evacuated more than 390 people from Afghanistan on Sunday in three flights.'];
    expect(judged(['An Indian Air Force C-17 carrying 168 people landed on Sunday.'], b, [[0, 0]])).toMatchObject({
      verdict: 'partial', explanation: "b's 391-3900 aboard several craft hold a's 168 aboard one",
    });
    // Not more than they all: one craft cannot hold more than the flights together.
    expect(judged(['An Indian Air Force C-17 carrying 450 people landed on Sunday.'], ['India evacuated 392 people in three flights.'], [[0, 0]]).verdict).toBe('conflict');
    // Nor two counts, one of each craft, which add up or not.
    expect(judged(['One C-17 carried 168 people and another carried 100 people.'], ['India evacuated 390 people in two flights.'], [[0, 0]]).verdict).toBe('conflict');
  });

  it("everyone aboard two craft is the sum of the other side's count of each", () => {
    const a = ['A Saudi Boeing 747 and a Kazakh Il-76 collided, killing all 349 people aboard the two aircraft.'];
    expect(judged(a, ['The Saudi Boeing 747 was carrying 312 people and the Kazakh Il-76 had 37 on board.'], [[0, 0]]).verdict).toBe('agree');
    expect(judged(a, ['The Saudi Boeing 747 was carrying 312 people and the Kazakh Il-76 had 57 on board.'], [[0, 0]]).verdict).toBe('conflict');
  });

  it("everyone aboard two craft holds the other side's groups aboard one of them", () => {
    const a = ['A Tu-154 and a Boeing 757 collided, killing all 71 people aboard the two aircraft.'];
    const j = judged(a, ['The Tu-154 carried 60 passengers and nine crew members.'], [[0, 0]]);
    expect(j.verdict).toBe('partial');
    expect(j.explanation).toContain("a's 71 on board count several craft, b's groups 68-70");
    // One craft's 71 aboard are all of its groups.
    expect(judged(['A Tu-154 crashed, killing all 71 people aboard.'], ['The Tu-154 carried 60 passengers and nine crew members.'], [[0, 0]]).verdict).toBe('conflict');
    // Nor may one craft's groups outnumber everyone aboard both.
    expect(judged(a, ['The Tu-154 carried 80 passengers and nine crew members.'], [[0, 0]]).verdict).toBe('conflict');
  });

  it('everyone aboard two craft and everyone aboard one of them are no competing claims', () => {
    expect(people.relate!({ count: { min: 71, max: 71 }, role: 'on board', severalCraft: true }, { count: { min: 69, max: 69 }, role: 'on board' })).toBe('broader');
    expect(people.relate!({ count: { min: 69, max: 69 }, role: 'on board' }, { count: { min: 71, max: 71 }, role: 'on board', severalCraft: true })).toBe('narrower');
    // One craft cannot hold more than both.
    expect(people.relate!({ count: { min: 71, max: 71 }, role: 'on board', severalCraft: true }, { count: { min: 80, max: 80 }, role: 'on board' })).toBe('conflict');
  });

  it("everyone aboard two craft is one side's count of one of them and the groups it counts apart", () => {
    const a = ['An American Airlines regional jet carrying 64 people collided with a U.S. Army Black Hawk helicopter.', 'The helicopter, a UH-60 with three soldiers on board, was on a training flight.'];
    const b = ['All 67 people aboard a passenger jet and an Army helicopter died.', 'The jet, a CRJ-700 flying from Wichita with 60 passengers and four crew members, broke apart.', 'The Sikorsky Black Hawk was carrying three soldiers.'];
    const j = judged(a, b, []);
    expect(j.verdict).toBe('partial');
    expect(j.explanation).toContain("a's 64 on board + 3 military = b's 67");
    // One craft: three crew are among everyone aboard, so 64 and 67 still clash.
    expect(judged(['The plane carried 64 people.', 'It had three crew.'], ['The plane carried 67 people.', 'It had three crew.'], []).verdict).toBe('conflict');
  });

  it('two counts of everyone aboard that cannot be one are two craft, each met by the groups of one sentence', () => {
    const a = ['The jet struck a coast guard plane, killing five of the six crew on the smaller plane.', 'All 367 passengers and 12 crew on the JAL flight escaped.'];
    const b = ['A jetliner carrying 379 people hit a coast guard aircraft.', 'Five of the six people aboard the coast guard plane died.'];
    const j = judged(a, b, []);
    expect(j.verdict).toBe('agree');
    expect(j.explanation).toBe("b's 6 on board = a's 6 crew; b's 379 on board = a's 367 passengers + 12 crew");
    // A count no sentence of the other side meets is not claimed as one craft's.
    const wrong = judged(a, ['A jetliner carrying 389 people hit a coast guard aircraft.', 'Five of the six people aboard the coast guard plane died.'], []);
    expect(wrong.explanation).not.toContain("b's 389 on board = a's");
  });

  it('takes a group carried for the group the other side counts among everyone aboard', () => {
    const apart = judged(['A plane carrying 176 Canadians landed.'], ['A plane carrying 211 people, including 176 Canadians, landed.'], [[0, 0]]);
    expect(apart.verdict).toBe('partial');
    expect(apart.explanation).toContain('people (canadians): 176 / 176');
    // Without that count of the group, the two are counts of everyone aboard that cannot meet.
    expect(judged(['A plane carrying 176 Canadians landed.'], ['A plane carrying 211 people landed.'], [[0, 0]]).verdict).toBe('conflict');
  });

  it('groups of one list are parts of who flew, not each everyone aboard', () => {
    const j = judged(['The jet carried 181 people.'], ['The flight from Bangkok carried 173 South Koreans and two Thais.'], [[0, 0]]);
    expect(j.verdict).toBe('partial');
    expect(j.explanation).not.toMatch(/b also counts/);
  });
});

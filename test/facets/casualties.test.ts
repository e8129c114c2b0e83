import { describe, expect, it } from 'vitest';
import { casualties, type CasualtiesValue } from '../../src/facets/casualties.js';
import { judgeByRelation } from '../../src/facets/facet.js';
import type { Fact } from '../../src/types.js';
import { factsOf } from '../support/facets.js';

const extract = (text: string) =>
  casualties.extract({ index: 0, text }).map((f) => `${text.slice(f.start, f.end)} = ${casualties.describe(f.value)}`);

function facts(...sentences: string[]): Fact<CasualtiesValue>[] {
  return factsOf(casualties, sentences);
}
const judge = (a: string, b: string) => judgeByRelation(casualties, facts(a), facts(b));

describe('casualties.extract', () => {
  it.each([
    ['The Yak-42 crashed, killing all 44 on board.', ['killing all 44 on board = 44 killed on board (all)']],
    ['A bus carrying 30 people overturned, killing everyone on board.', ['everyone on board = 30 killed on board (everyone on board)']],
    // All but those spared after "except".
    ['A plane carrying 104 people crashed, killing everyone on board except a Dutch child, officials said.',
      ['everyone on board except a Dutch child = 103 killed on board (everyone on board except a Dutch child)']],
    ['A plane carrying 104 people crashed, killing everyone on board but two.', ['everyone on board but two = 102 killed on board (everyone on board but two)']],
    ['A plane carrying 104 people crashed, killing everyone on board but the pilot was rescued by fishermen later that day.', ['everyone on board = 104 killed on board (everyone on board)']],
    ['Divers have recovered six bodies so far.', ['six bodies = 6 bodies (so far)']],
    ['Nine bodies were found on Tuesday.', ['Nine bodies = 9 bodies']],
    ['At least 15 people were injured.', ['At least 15 people were injured = 15+ injured people (At least)']],
    ['Three crew members are missing.', ['Three crew members are missing = 3 missing crew']],
    ['There were no survivors.', ['There were no survivors = 0 survivors']],
    // A fear is no count.
    ['Rescue officials feared there were no survivors.', []],
    ['Nobody was injured in the landing.', ['Nobody was injured = 0 injured']],
    // "one" of "no one" is nobody, not a casualty of its own.
    ['No one was hurt, police said.', ['No one was hurt = 0 injured']],
    ['No-one died in the blaze.', ['No-one died = 0 killed']],
    ['One was hurt and no one died.', ['One was hurt = 1 injured', 'no one died = 0 killed']],
    // One count for two groups is a count of everyone, not of either group.
    ['All 157 passengers and crew died.', ['All 157 passengers and crew died = 157 killed (All)']],
    ['The crash killed all 189 passengers and crew.', ['killed all 189 passengers and crew = 189 killed (all)']],
    // A crash's toll in a clause of its own stays the crash's; a war's does not (see below).
    ['The crash that killed 40 people was blamed on ice.', ['killed 40 people = 40 killed people']],
    ['The blast killed 10 passengers and injured 20.', ['killed 10 passengers = 10 killed passengers', 'injured 20 = 20 injured']],
    // The next group of the verb's list shares its fate.
    ['The crash killed 62 passengers and four crew members.', ['killed 62 passengers = 62 killed passengers', 'four crew members = 4 killed crew members']],
    ['The crash killed 10 passengers and 3 dogs.', ['killed 10 passengers = 10 killed passengers']],
    ['The death toll rose to 61.', ['death toll rose to 61 = 61 killed (a rising toll)']],
    ['Forty-one of the 78 people on board were killed.', ['Forty-one of the 78 people on board were killed = 41 killed on board']],
    // A manifest's two groups are one whole: the crew's figure is no survivors of its own.
    ['Only five of the 74 passengers and five crew members survived.', ['five of the 74 passengers and five crew members survived = 5 survivors on board']],
    ['Five of the 74 passengers survived.', ['Five of the 74 passengers survived = 5 survivors passengers']],
    ['Two of the 10 soldiers and three police officers were hurt.', ['Two of the 10 soldiers and three police officers were hurt = 2 injured soldiers', 'three police officers were hurt = 3 injured police']],
    // "All but two of the 181": the verb counts what the whole leaves.
    ['All but two of the 181 people aboard a Jeju Air jet were killed.', [
      'All but two of the 181 people aboard a Jeju Air jet were killed = 179 killed on board',
    ]],
    ['All but one of the 12 passengers survived.', ['All but one of the 12 passengers survived = 11 survivors passengers']],
    // A share of the whole is no count of all of it.
    ['Most of the 67 people on board were killed.', ['Most of the 67 people on board were killed = 34-67 killed on board (most)']],
    ['Half of the 40 soldiers were wounded.', ['Half of the 40 soldiers were wounded = 20 injured soldiers (half)']],
    ['Of the 67 people on board, 38 were killed and 29 were taken to hospital.', ['38 were killed = 38 killed on board', '29 were taken to hospital = 29 injured']],
    // The whole before the part: the victims aboard, or a group of them.
    ['Of the 242 people on board the London-bound Boeing 787, 241 were killed.', ['241 were killed = 241 killed on board']],
    ['Of the 181 passengers and crew, 179 died.', ['179 died = 179 killed on board']],
    ['Of the 12 passengers, three died.', ['three died = 3 killed passengers']],
    ['Of the 12 people, three died.', ['three died = 3 killed']],
    // A toll far from its figure.
    ["The death toll from Thursday's crash of an Air India passenger jet in the western Indian city of Ahmedabad rose to 241 on Saturday.", [
      "death toll from Thursday's crash of an Air India passenger jet in the western Indian city of Ahmedabad rose to 241 = 241 killed (a rising toll)",
    ]],
    ['Twenty-three passengers and four crew were hurt.', [
      'Twenty-three passengers and four crew were hurt = 23 injured passengers', 'four crew were hurt = 4 injured crew',
    ]],
    ['The death toll has risen to 12.', ['death toll has risen to 12 = 12 killed (a rising toll)']],
    ['Officials said 74 people were on board and that all of them died.', ['all of them = 74 killed (all of them)']],
    // Over an aside to the verb.
    ['All nine people on board, including the foreign minister, were killed.', [
      'All nine people on board, including the foreign minister, were killed = 9 killed on board (All)',
    ]],
    // Over the craft they were on, to the verb.
    ['Twelve soldiers aboard the helicopter were killed.', ['Twelve soldiers aboard the helicopter were killed = 12 killed soldiers']],
    // And over the clause of its crash.
    ['All 15 people aboard a Russian military transport plane that crashed shortly after take-off in the Ivanovo region on Tuesday were killed.', [
      'All 15 people aboard a Russian military transport plane that crashed shortly after take-off in the Ivanovo region on Tuesday were killed = 15 killed on board (All)',
    ]],
    ['All 15 people aboard a plane that crashed on Tuesday survived.', ['All 15 people aboard a plane that crashed on Tuesday survived = 15 survivors on board (All)']],
    ['All 67 people aboard a passenger jet and an Army helicopter died.', ['All 67 people aboard a passenger jet and an Army helicopter died = 67 killed on board (of several craft) (All)']],
    ['All 149 passengers and eight crew on an Ethiopian Airlines flight to Nairobi were killed.', [
      'All 149 passengers and eight crew on an Ethiopian Airlines flight to Nairobi were killed = 149 killed passengers (All)',
      'eight crew on an Ethiopian Airlines flight to Nairobi were killed = 8 killed crew',
    ]],
    // Over a verb that reports the fate.
    ['At least 5 people were reported missing.', ['At least 5 people were reported missing = 5+ missing people (At least)']],
    ['Two passengers were declared dead at the scene.', ['Two passengers were declared dead = 2 killed passengers']],
    ['The jet skidded off the runway, sending 23 people to hospital.', ['23 people to hospital = 23 injured people']],
    ['At least 78 people were treated for injuries, most of them minor.', ['At least 78 people were treated for injuries = 78+ injured people (At least)']],
    // Victims aboard, as a part of everyone aboard, and victims on the ground.
    ['The plane crashed, killing 241 of the 242 people on board.', ['killing 241 = 241 killed on board']],
    ['At least 19 people on the ground were also killed.', ['At least 19 people on the ground were also killed = 19+ killed on the ground (At least)']],
    ['Six persons on the ground in Brooklyn were also killed.', ['Six persons on the ground in Brooklyn were also killed = 6 killed on the ground']],
    ['It crashed, killing all 109 people on board and four people on the ground.', ['killing all 109 people on board = 109 killed on board (all)', 'four people on the ground = 4 killed on the ground']],
    ['Two of the 12 soldiers were killed.', ['Two of the 12 soldiers were killed = 2 killed soldiers']],
    // Over an aside in apposition, and one survivor in words.
    ['One passenger, a British national seated in 11A, survived.', ['One passenger, a British national seated in 11A, survived = 1 survivors passenger']],
    ['There was a sole survivor among the 242 passengers and crew.', ['a sole survivor = 1 survivors']],
    ['There was one survivor.', ['one survivor = 1 survivors']],
    // A survivor who speaks is a witness, not a count of survivors.
    ['"It was a miracle," said one survivor, who said the plane dropped suddenly.', []],
    ['One survivor told Reuters the plane had dropped suddenly.', []],
    ['Two survivors later recalled a loud bang.', []],
    // One, stated in words.
    ['The only survivor, flight engineer Alexander Sizov, was badly burned.', ['The only survivor = 1 survivors']],
    // "None of the 12 ... survived": none did.
    ['None of the 12 people on board survived.', ['None of the 12 people on board survived = 0 survivors on board']],
    ['Officials said there was no sign that any of the 104 people aboard had survived.', ['no sign that any of the 104 people aboard had survived = 0 survivors on board']],
    // Whether any survived is no count.
    ['It was not clear whether any of the 104 people aboard had survived.', []],
    // Over the craft they flew on, named by its type, and a relative clause about it.
    ['All 298 people on board the Boeing 777, which was flying from Amsterdam to Kuala Lumpur, were killed.', [
      'All 298 people on board the Boeing 777, which was flying from Amsterdam to Kuala Lumpur, were killed = 298 killed on board (All)',
    ]],
    ['All 74 people aboard the Il-76MD were killed.', ['All 74 people aboard the Il-76MD were killed = 74 killed on board (All)']],
    ['The health ministry put the death toll at 471.', ['death toll at 471 = 471 killed']],
    ['Police said the death toll from the air show crash had risen to 11.', ['death toll from the air show crash had risen to 11 = 11 killed (a rising toll)']],
    // One more death that raised the toll is among it; a death told alone is one.
    ['The death toll rose to 24 on Sunday when a passenger died in hospital.', ['death toll rose to 24 = 24 killed (a rising toll)']],
    ['Two crew members were hurt and a passenger died.', ['Two crew members were hurt = 2 injured crew', 'a passenger died = 1 killed']],
    ['She is the sole known survivor of the crash.', ['the sole known survivor = 1 survivors']],
    // The victims after the verb's figure, over describing names; and the next group of the list.
    ['Insurgents shot down a helicopter, killing 31 U.S. special forces soldiers and seven Afghan troops.', [
      'killing 31 U.S. special forces soldiers = 31 killed soldiers', 'seven Afghan troops = 7 killed troops']],
    ['The crash killed 15 Marines and a Navy corpsman.', ['killed 15 Marines = 15 killed marines']],
    // A flight by its number, between the group and its fate; the number is no count.
    ['All but eight of the 166 people on board Flight 812 from Dubai were killed.', ['All but eight of the 166 people on board Flight 812 from Dubai were killed = 158 killed on board']],
    ['All 150 people aboard Flight 9525 were killed.', ['All 150 people aboard Flight 9525 were killed = 150 killed on board (All)']],
    // The toll of an outbreak, beside its cases, is none of the flight's.
    ['Italy has reported more than 12,000 cases and 827 deaths.', []],
    ['The crash killed 12 people, and cases of looting were reported.', ['killed 12 people = 12 killed people']],
    // An age is no count of survivors.
    ['A girl aged about 12 was rescued from the sea.', []],
    ['Authorities revised the death toll from the crash in Brovary to 14, down from 18.', ['revised the death toll from the crash in Brovary to 14 = 14 killed (a revised toll)']],
    ['They revised the figure for the crash to 14.', []],
    // The crew after "none of the passengers and" are among the none, not eight survivors.
    ['None of the 149 passengers and eight crew members survived.', [
      'None of the 149 passengers and eight crew members survived = 0 survivors passengers', 'eight crew members survived = 0 survivors crew',
    ]],
    ['None of the 149 passengers survived, but eight crew members survived.', [
      'None of the 149 passengers survived = 0 survivors passengers', 'eight crew members survived = 8 survivors crew',
    ]],
    // How badly: the critically injured are some of the injured; "fatally wounded" are dead.
    ['Three people, including a child, were critically injured.', [
      'Three people, including a child, were critically injured = 3 critically injured people',
    ]],
    ['Two crew members were seriously injured and 12 passengers suffered minor injuries.', [
      'Two crew members were seriously injured = 2 seriously injured crew', '12 passengers suffered minor injuries = 12 slightly injured passengers',
    ]],
    ['Two Chinese teenagers were killed.', ['Two Chinese teenagers were killed = 2 killed teenagers']],
    // Those aboard a vehicle a plane hit were on the ground; a bus's own crash keeps them aboard.
    ['The cargo plane overshot the runway and hit a minibus, killing 10 people on board the bus.', ['killing 10 people on board = 10 killed on the ground']],
    ['The bus overturned, killing 10 people on board the bus.', ['killing 10 people on board = 10 killed on board']],
    ['All 123 people aboard a Peruvian jetliner were killed.', ['All 123 people aboard a Peruvian jetliner were killed = 123 killed on board (All)']],
    // The others who died with one told before: he and they.
    ['Six other people, including three crew members and a bodyguard, died with him.', ['Six other people, including three crew members and a bodyguard, died = 7 killed']],
    ['Six other people died in the crash.', ['Six other people died = 6 killed others']],
    // One named, and the others.
    ['The helicopter crashed, killing him and all seven others aboard.', ['killing him and all seven others aboard = 8 killed on board (all)']],
    // A list's groups share the verb after the last, each named by its noun; a bare figure after an aside does not.
    ['Three hostages, all seven hijackers and about 20 Ugandan soldiers were killed in the raid.', [
      'Three hostages, all seven hijackers and about 20 Ugandan soldiers were killed = 3 killed hostages',
      'about 20 Ugandan soldiers were killed = 18-22 killed soldiers (about)']],
    ['The plane carried 150 passengers, the airline said, and two were injured.', ['two were injured = 2 injured']],
    ['Thirty U.S. troops, most of them elite Navy SEALs, were killed.', ['Thirty U.S. troops, most of them elite Navy SEALs, were killed = 30 killed troops']],
    ['Nigeria declared three days of mourning for 247 pilgrims killed when their jet crashed.', ['247 pilgrims killed = 247 killed pilgrims']],
    // A name may hold lower-case words.
    ['The crash of the plane killed President Zia ul-Haq and 29 others.', ['killed President Zia ul-Haq and 29 others = 30 killed']],
    // An aside between everyone and their fate.
    ['Everyone on board, including several senior Pakistani generals, was killed.', ['Everyone on board = 1+ killed on board (Everyone on board)']],
    ['Everyone on board, the airline said, was safe.', ['Everyone on board = 1+ survivors on board (Everyone on board)']],
    ['Everyone on board, whom rescuers reached at dawn.', []],
    ['The jet crashed, killing the pilot and two others.', ['killing the pilot and two others = 3 killed']],
    ['The helicopter crashed, killing the island\'s chief of general staff and seven other officers.', ['killing the island\'s chief of general staff and seven other officers = 8 killed']],
    // Other things are no victims.
    ['The crash killed the pilot and damaged two other aircraft.', []],
    ['Fourteen passengers were treated for minor injuries, the airline said.', ['Fourteen passengers were treated for minor injuries = 14 slightly injured passengers']],
    ['Twelve people were treated for injuries at the scene.', ['Twelve people were treated for injuries = 12 injured people']],
    ['Japan Airlines said 17 passengers were injured, none seriously.', ['17 passengers were injured, none seriously = 17 slightly injured passengers']],
    ['Five people were in critical condition on Monday.', ['Five people were in critical condition = 5 critically injured people']],
    // How badly, beyond still being in hospital; a rescue that describes the group before its fate.
    ['Two people remain in critical condition.', ['Two people remain in critical condition = 2 critically injured people']],
    ['Three women pulled from the wreckage remain in critical condition.', ['Three women pulled from the wreckage remain in critical condition = 3 critically injured women']],
    ['Two passengers rescued from the sea later died.', ['Two passengers rescued from the sea later died = 2 killed passengers']],
    // A relative clause that tells the group's fate; not one that tells what the group did.
    ['Four children who survived the crash were found alive.', ['Four children who survived = 4 survivors children']],
    ['Two passengers who were seriously injured were flown to Lima.', ['Two passengers who were seriously injured = 2 seriously injured passengers']],
    ['Two men who killed a guard fled.', []],
    ['Ten naval personnel were killed when two helicopters collided.', ['Ten naval personnel were killed = 10 killed personnel']],
    // A craft's people by its possessive; none of those aboard a craft, or on the ground.
    ['The smaller plane crashed, killing its two occupants.', ['killing its two occupants = 2 killed occupants']],
    ['Nobody on the Safarilink flight to Diani was hurt, the airline said.', ['Nobody on the Safarilink flight to Diani was hurt = 0 injured on board']],
    ['No one on the ground was injured.', ['No one on the ground was injured = 0 injured on the ground']],
    ['No one on the ground floor was evacuated.', []],
    // Body parts are no bodies.
    ['Emergency workers have recovered more than 400 body parts from the site.', []],
    ['Rescuers recovered four bodies.', ['four bodies = 4 bodies']],
    // A standing toll of a war is not the event's; a toll of a day is.
    ['Turks were flown out of Sudan, where fighting between the army and a paramilitary force has killed hundreds.', []],
    // A war's toll told in a clause of its own.
    ['Taylor flew into exile in Nigeria, ending 14 years of civil war that killed tens of thousands of people.', []],
    // A toll of what lasted, told after its figure or with "in which" before it; not a day's fighting, nor a crash in a war.
    ['More than 3,000 people were killed or disappeared during his 17-year rule, according to an official report.', []],
    ['Some 3,197 people were killed or disappeared under his regime, a truth commission found.', []],
    ['About 3,000 people were killed in the months of fighting after the election.', []],
    ['More than 20,000 Cubans were killed during Batista\'s rule, his opponents say.', []],
    ['Some six million Jews were killed by the Nazis during World War II.', []],
    ['More than 300,000 civilians were killed in 13 years of civil war.', []],
    ['He was flown to The Hague over the crisis, in which some 3,000 people died.', []],
    ['Twelve people were killed in the fighting on Sunday.', ['Twelve people were killed = 12 killed people']],
    ['Two soldiers were killed in the war in Afghanistan when their helicopter crashed.', ['Two soldiers were killed = 2 killed soldiers']],
    ['All 298 people aboard were killed in the conflict zone.', ['All 298 people aboard were killed = 298 killed on board (All)']],
    // A toll of a crime a court judged; not one the story tells.
    ['He was the only person convicted of the bombing of Pan Am Flight 103 over the town, which killed 270 people.', []],
    ['Megrahi, the man convicted of killing 270 people in the Lockerbie bombing, flew home.', []],
    ['The bombing, which killed 270 people, shocked the world.', ['killed 270 people = 261.9-278.1 killed people']],
    // The toll of unrest that broke out, in its sentence; not the craft's told after the outbreak.
    ['Riots broke out in Khartoum after the news, and at least 24 people were killed, police said.', []],
    ['Riots broke out after the jet crashed, killing 40 people.', ['killing 40 people = 40 killed people']],
    ['Clashes on Monday killed five people.', ['killed five people = 5 killed people']],
    // Those still in hospital days on are some of the injured.
    ['Six passengers remained in hospital on Saturday.', ['Six passengers remained in hospital = 6 still hospitalised injured passengers']],
    ['Two people were still missing.', ['Two people were still missing = 2 missing people']],
    ['Four people were badly hurt.', ['Four people were badly hurt = 4 seriously injured people']],
    ['One soldier was fatally wounded.', ['One soldier was fatally wounded = 1 killed soldier']],
    ['Two soldiers were shot dead.', ['Two soldiers were shot dead = 2 killed soldiers']],
    ['Gunmen shot dead three soldiers.', ['shot dead three soldiers = 3 killed soldiers']],
    ['Both pilots were killed.', ['Both pilots were killed = 2 killed pilots']],
    // A group of the victims.
    ['Moscow says 65 Ukrainian prisoners of war were among those killed.', ['65 Ukrainian prisoners of war were among those killed = 65 killed prisoners']],
    ['Two children were among the injured.', ['Two children were among the injured = 2 injured children']],
    ['The bomber crashed, killing both pilots.', ['killing both pilots = 2 killed pilots']],
    ['Twelve people were injured, three of them critically.', ['Twelve people were injured = 12 injured people']],
    // One person, with the article for a figure.
    ['The engine blew apart, killing a passenger who was partially sucked out of the plane.', ['killing a passenger = 1 killed']],
    ['A crew member died in the crash.', ['A crew member died = 1 killed']],
    ['The driver fled after fatally injuring a woman in Queens.', ['fatally injuring a woman = 1 killed']],
    // The name of the one counted between the count and the fate; others beside those named.
    ['One passenger, Jennifer Riordan, died after being partially sucked out of a window.', ['One passenger, Jennifer Riordan, died = 1 killed passenger']],
    ['Seven others were treated for minor injuries.', ['Seven others were treated for minor injuries = 7 slightly injured others']],
    ['Seventy-four people sought medical help after the jet landed in a cornfield.', ['Seventy-four people sought medical help = 74 injured people']],
    // Rescued, then hurt: the fate after the rescue.
    ['Forty-nine people were rescued and taken to hospital.', ['Forty-nine people were rescued and taken to hospital = 49 injured people']],
    // Rescued alone, or pulled alive: they survived.
    ['Forty-nine people were rescued.', ['Forty-nine people were rescued = 49 survivors people']],
    // A rescue before no fate is a rescue.
    ['Eight people were rescued and were in good condition.', ['Eight people were rescued = 8 survivors people']],
    ['Fifteen people were rescued and 12 were still missing.', ['Fifteen people were rescued = 15 survivors people', '12 were still missing = 12 missing']],
    ['Divers raised the death toll from the crash to 40.', ['raised the death toll from the crash to 40 = 40 killed (a rising toll)']],
    ['Twenty-two people were pulled alive from the wreckage.', ['Twenty-two people were pulled alive = 22 survivors people']],
    // One more of another group, by its article.
    ['The two pilots and a crewman were also killed.', ['two pilots and a crewman were also killed = 3 killed']],
    ['Two farm workers were killed when the missile struck the village.', ['Two farm workers were killed = 2 killed farm workers']],
    // One of the crew named by the role alone, before or after the counted group.
    ['The pilot and three others also died.', ['The pilot and three others also died = 4 killed']],
    ['The crash killed 19 passengers and its pilot.', ['killed 19 passengers and its pilot = 20 killed']],
    ['The crash killed 19 passengers and the pilot survived.', ['killed 19 passengers and the = 19 killed']],
    ['Her husband and three others also died.', ['three others also died = 3 killed others']],
    ['The two pilots and the crew were also killed.', []],
    // A fate told of the one an aside names, not of the group.
    ['The plane had 91 passengers and five crew members, including the pilot, who survived.', []],
    ['All nine people on board, including the foreign minister, were killed.', ['All nine people on board, including the foreign minister, were killed = 9 killed on board (All)']],
    ['Ghana mourned eight people, among them two government ministers, who were killed when the helicopter crashed.', ['eight people, among them two government ministers, who were killed = 8 killed people']],
    // Aboard a craft named by its operator and type in capitals.
    ['All 301 people aboard a Saudi Arabian Airlines TriStar died when the plane caught fire.', ['All 301 people aboard a Saudi Arabian Airlines TriStar died = 301 killed on board (All)']],
    // Pulled alive, but died: no survivor. Others who died later are others.
    ['One passenger was pulled alive from the wreckage but died on the way to hospital.', []],
    ['Two people were rescued but later died in hospital.', []],
    ['Two people were rescued, and the pilot later died in hospital.', ['Two people were rescued = 2 survivors people']],
    ['Two flight attendants were rescued from the tail section.', ['Two flight attendants were rescued = 2 survivors flight attendants']],
    // One of the injured who died: the injured are the whole, not the one.
    ['The toll rose after one of the two injured died in hospital.', ['two injured = 2 injured']],
    // An abbreviated nationality between the count and the group.
    ['Three U.S. service members were killed in the attack.', ['Three U.S. service members were killed = 3 killed service members']],
    // A fighter's one pilot.
    ['The Chinese F-8 fighter crashed, and its pilot was missing.', ['its pilot was missing = 1 missing']],
    // The group after the verb with its article; one of the crew named first, and the rest.
    ['A cargo jet crashed, killing the three crew members and a security guard aboard.', ['killing the three crew members = 3 killed crew members']],
    ['A plane crashed on Friday, killing the pilot and two passengers.', ['killing the pilot and two passengers = 3 killed']],
    // The dead of two craft, and of one.
    ['The jets collided, killing all 67 people aboard the two aircraft.', ['killing all 67 people aboard = 67 killed on board (of several craft) (all)']],
    ['Sixty-four people died on the Aeromexico DC-9.', ['Sixty-four people died = 64 killed on board']],
    // A toll that stands at a figure; one who lived, described.
    ['The death toll in the crash of an Algerian military plane is 77.', ['death toll in the crash of an Algerian military plane is 77 = 77 killed']],
    ['The death toll is expected to rise to 80.', []],
    ['The rise in the death toll came after the bodies of two more victims were found in the village of Ziranag which is one of the worst hit.',
      ['the bodies of two = 2 bodies']],
    ['A 14-month-old Thai boy survived.', ['A 14-month-old Thai boy survived = 1+ survivors']],
    ['A baby boy was pulled alive from the wreckage.', ['A baby boy was pulled alive = 1+ survivors']],
    // The craft named between the group and its verb, and a list of each craft's dead: all aboard each.
    ['All 63 people on the British Airways Trident 3 and all 113 on the Inex-Adria Aviopromet DC-9 were killed.', [
      'All 63 people on the British Airways Trident 3 and all 113 on the Inex-Adria Aviopromet DC-9 were killed = 63 killed on board (All)',
      'all 113 on the Inex-Adria Aviopromet DC-9 were killed = 113 killed on board (all)']],
    ['All 67 people aboard the two aircraft were killed.', ['All 67 people aboard the two aircraft were killed = 67 killed on board (of several craft) (All)']],
    ['The jets collided, killing all 71 people on the two planes.', ['killing all 71 people = 71 killed on board (of several craft) (all)']],
    ['The fire killed all 12 people on the two floors.', ['killed all 12 people = 12 killed people (all)']],
    ['Three people on the ground and all five on the plane were killed.', ['Three people on the ground and all five on the plane were killed = 3 killed on the ground',
      'all five on the plane were killed = 5 killed on board (all)']],
    ['The jet crashed, killing at least 100 people on the plane and on the ground.', ['killing at least 100 people = 100+ killed people (at least)']],
    // Everyone, feared dead: the fate over the fear.
    ['A helicopter with 14 people on board crashed into the sea, and all on board are feared dead.', ['all on board = 14 killed on board (all on board)']],
    ['Everyone on board is feared.', []],
    // Two victims, one each; not one killed and another hurt.
    ['The jet came down short of the runway, killing a tour guide and a motorcyclist.', ['killing a tour guide and a motorcyclist = 2 killed']],
    ['The captain and the flight engineer were killed.', ['The captain and the flight engineer were killed = 2 killed']],
    ['The captain and the crew were praised.', []],
    ['The crash killed the pilot and a passenger.', ['killed the pilot and a passenger = 2 killed']],
    ['The crash killed a passenger and injured a woman.', ['killed a passenger = 1 killed']],
    // One named, and the others: the subject "along with" them, or a name after what the person does.
    ['R&B singer Aaliyah was killed along with eight other people on Saturday.', ['was killed along with eight other people = 9 killed']],
    ['Jim Croce died with five others Thursday night when his plane crashed.', ['died with five others = 6 killed']],
    ['The singer died with his guitar in his hands.', []],
    ['The plane crashed, killing singer Aaliyah and all eight others on board.', ['killing singer Aaliyah and all eight others on board = 9 killed on board (all)']],
    // Who the group were, set off by dashes between the group and its fate.
    ['All 29 aboard — 14 players, the coach, Bobby Watson, and 14 others — were killed.', ['All 29 aboard — 14 players, the coach, Bobby Watson, and 14 others — were killed = 29 killed on board (All)']],
    ['All 29 aboard — a record for the route — landed safely.', []],
    // Others by an irregular plural, and the members of the one's own company.
    ['Audie Murphy died with five other men when their plane slammed into a mountain.', ['died with five other men = 6 killed']],
    ['Graham Hill was killed with five members of his racing team.', ['was killed with five members of his racing team = 6 killed']],
    ['Five members of his racing team watched the crash.', []],
    // An aside's participle: the one named before it, and the rest. Not one who met them.
    ['Italy mourned Enrico Mattei, the oil chief, killed with two other men when his plane crashed.', ['killed with two other men = 3 killed']],
    ['Italy mourned Enrico Mattei, the oil chief, seen with two other men before he flew.', []],
    // The lives an event took are its dead; not lives saved, nor a war's standing toll.
    ["Britain's worst air disaster claimed 80 lives when a plane plunged into a farm.", ['claimed 80 lives = 77.6-82.4 killed']],
    ['The crash cost 29 lives.', ['cost 29 lives = 29 killed']],
    ['The pilot saved 80 lives.', []],
    ['The war has claimed more than 10,000 lives.', []],
    // A loss of lives or of people is the dead; a loss of things is none.
    ['The Caravelle crashed near Durrenasch yesterday with the loss of 80 lives.', ['the loss of 80 lives = 77.6-82.4 killed']],
    ['The airship was destroyed at Hull with the loss of 16 American officers and men.', ['the loss of 16 American officers = 16 killed officers']],
    ['The ship sank with the loss of all 49 men aboard.', ['the loss of all 49 men aboard = 49 killed men (all)']],
    ['The closure meant the loss of 300 jobs.', []],
    ['The plane suffered the loss of two engines.', []],
    // The old wires' deaths: those carried or sent to them.
    ['The airship fell into the Humber, carrying 44 men to their deaths.', ['44 men to their deaths = 44 killed men']],
    ['Nine men plunged to their deaths.', ['Nine men plunged to their deaths = 9 killed men']],
    ['The airship fell in flames into the Humber, carrying to death 44 of the 49 men aboard.', ['carrying to death 44 = 44 killed']],
    ['Five men were sent to the scene by the Navy.', []],
    // The saved are survivors, the craft told by its pronoun, or an aside about one of them passed over.
    ['The dirigible sank off Point Sur, but 81 of the 83 men aboard her were saved.', ['81 of the 83 men aboard her were saved = 81 survivors men']],
    ['Five men, one of them an American, were picked up alive.', ['Five men, one of them an American, were picked up alive = 5 survivors men']],
    ['Five men were picked up at the airport.', []],
    // A bomber is a craft the group was aboard; a bare toll is the dead when the crash follows it.
    ['Three men aboard the bomber were killed.', ['Three men aboard the bomber were killed = 3 killed men']],
    ["The toll in the crash of the team's plane rose to 31 today.", ["toll in the crash of the team's plane rose to 31 = 31 killed (a rising toll)"]],
    ['The toll in the region rose to 31 today.', []],
    // One named and his crew are all the dead; those lost at sea are dead, no things lost.
    ['The clipper exploded, killing Capt. Edwin C. Musick, the pioneer ocean flier, and his crew of six.',
      ['killing Capt. Edwin C. Musick, the pioneer ocean flier, and his crew of six = 7 killed']],
    ['The crash killed 10 people and his crew of six.', ['killed 10 people = 10 killed people']],
    ['Three persons were lost when the big plane sank.', ['Three persons were lost = 3 killed persons']],
    ['Two engines were lost in the fire.', []],
    // The trade of the workers, and a freighter between the group and its fate.
    ['Police named the four offshore workers who died.', ['four offshore workers who died = 4 killed workers']],
    ['The four people on board the DC-8-61 freighter died.', ['four people on board the DC-8-61 freighter died = 4 killed on board']],
    // The injured who then died are dead; a list of the named and the others; a group before its figure; one named.
    ['The toll rose to 108 as three more injured women died in hospital.', ['toll rose to 108 = 108 killed (a rising toll)', 'three more injured women died = 3 killed others']],
    ['Two people were injured and one died.', ['Two people were injured = 2 injured people', 'one died = 1 killed']],
    ['The plane crashed, killing former Senator John Tower, his daughter Marian and 21 other people.',
      ['killing former Senator John Tower, his daughter Marian and 21 other people = 23 killed']],
    ['The plane crashed, killing its crew of four, police said.', ['killing its crew of four = 4 killed crew']],
    // The one named may be described before or after the name; neither description is another of the dead.
    ['Knute Rockne, the Notre Dame football coach, and seven other men were killed today.', ['seven other men were killed = 8 killed']],
    ['The plane crashed, killing the band\'s lead singer, Ronnie Van Zant, and at least five other people.',
      ['killing the band\'s lead singer, Ronnie Van Zant, and at least five other people = 6+ killed (at least)']],
    // One or two of the crew beside the subject's group share its fate; not where the crew's own fate follows.
    ['Six passengers and the pilot and co-pilot died.', ['Six passengers and the pilot and co-pilot died = 8 killed']],
    ['Six passengers and the pilot died.', ['Six passengers and the pilot died = 7 killed']],
    ['The crash killed 19 passengers and the pilot survived.', ['killed 19 passengers and the = 19 killed']],
    ['A stewardess, Santi Anggraeni, was killed when the tail section broke open.', ['A stewardess, Santi Anggraeni, was killed = 1 killed']],
    ['The jet broke into three pieces, but only one person died, officials said.', ['one person died = 1 killed person']],
    // The ground is the next group's, not the first's.
    ['Sixty-three people aboard the plane and two people on the ground died.',
      ['Sixty-three people aboard the plane and two people on the ground died = 63 killed on board', 'two people on the ground died = 2 killed on the ground']],
  ])('%s', (text, expected) => {
    expect(extract(text)).toEqual(expected);
  });

  it.each([
    ['The 12 passengers suffered smoke inhalation.'],
    ['Its pilot was praised for the landing.'],
    ['Two pilots were critically praised.'],
    ['Both sides blamed each other.'],
    ['Three rockets were shot down.'],
    ['The helicopter carried 12 passengers.'],
    ['Eleven countries condemned the strike.'],
    // A mother of two is one woman, whatever befell her.
    ['A 59-year-old mother of two died when a driver struck her.'],
    ['Debris hit the window of a passenger who was unhurt.'],
    // A rise to a figure is a toll only when a death toll rose.
    ['Fares had risen to 11 dollars after the crash.'],
    // A part of the victims, not how many there were.
    ['Seven of the injured were in critical condition.'],
    ['Two of the dead were children.'],
    ['Five of them were among the first to arrive.'],
    ['The F-16 circled the range twice.'],
    ['In 2014 a similar crash happened.'],
    ['Three crew members walked away without injuries.'],
    ['Twelve soldiers aboard the helicopter landed safely.'],
    // Treated for what is no injury.
    ['Five people were treated for shock.'],
    ['Three passengers were treated at the scene.'],
    ['He thanked the pilot and two others.'],
    // A year after the article is no count; the trade's noun counts no drums.
    ['The crash killed the 1990 champion.'],
    ['The helicopter carried four oil drums.'],
  ])('finds no casualties in %s', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('casualties.relate', () => {
  it.each([
    ['Rescuers found four bodies so far.', 'Eight bodies were found.', 'conflict'],
    ['The crash killed 10 people.', 'All 10 passengers were killed.', 'agree'],
    ['At least 10 people died.', 'The crash killed 14 people.', 'agree'],
    ['Two soldiers were killed.', 'Five soldiers were injured.', 'partial'],
    ['The crash killed all 10 on board.', 'Divers recovered nine bodies so far.', 'partial'],
    ['The crash killed all 10 on board.', 'Divers recovered 12 bodies.', 'conflict'],
    // A group of the dead is no bound on the bodies of all of them.
    ['Ships recovered dozens of bodies from the sea.', 'The crash killed all 307 passengers and 22 crew.', 'partial'],
    ['Divers recovered 40 bodies.', 'The crash killed 22 crew.', 'partial'],
    ['Ships recovered dozens of bodies from the sea.', 'A bomb exploded at the airport, killing two baggage handlers.', 'partial'],
    // Survivors the rescuers pulled out are some of those who survived.
    ['Rescuers pulled about 50 survivors from the wreckage.', '58 people survived.', 'agree'],
    ['About 50 people survived.', '58 people survived.', 'conflict'],
    ['Ships recovered dozens of bodies from the sea.', 'A bomb exploded at the airport, killing two people.', 'conflict'],
    // The victims aboard are part of all the dead: more died on the ground.
    ['The crash killed at least 265 people.', 'Of the 242 people on board, 241 were killed.', 'partial'],
    ['The crash killed 200 people.', 'Of the 242 people on board, 241 were killed.', 'conflict'],
    ['Forty-one of the 78 people on board were killed.', 'The fire killed 41 people.', 'agree'],
    ['All but two of the 181 people aboard were killed.', 'The crash killed 179 people.', 'agree'],
    ['All but two of the 181 people aboard were killed.', 'The crash killed two people.', 'conflict'],
    // A named group of the victims is part of the toll: fewer of them than the toll is no clash.
    ['Three people died in the blast.', 'The blast killed two women.', 'partial'],
    ['Two people died in the blast.', 'The blast killed three women.', 'conflict'],
    ['Three soldiers were killed.', 'Two civilians were killed.', 'partial'],
    ['Three soldiers were killed.', 'Two troops were killed.', 'conflict'],
    // A toll that rose meets a lower figure as an earlier count, a higher one as a later count.
    ['The death toll from the quake rose to 10.', 'Three people were killed in the quake.', 'partial'],
    ['The death toll from the quake rose to 10.', 'More than a dozen people were killed.', 'partial'],
    ['The quake killed 10 people.', 'Three people were killed in the quake.', 'conflict'],
    // The critically injured are some of the injured: fewer is no clash, more is.
    ['Twelve people were injured.', 'Three people were critically injured.', 'partial'],
    ['Three people were injured.', 'Three people were critically injured.', 'agree'],
    ['Two people were injured.', 'Three people were critically injured.', 'conflict'],
    ['Twenty-three people were injured.', 'One passenger remained in hospital.', 'partial'],
    ['No one was injured.', 'Two officers suffered minor injuries.', 'conflict'],
    // None of one group says nothing of the others.
    ['No crew members were injured.', 'Two passengers were injured.', 'partial'],
    ['No crew members were injured.', 'Two crew members were injured.', 'conflict'],
    // The badly and the slightly hurt are different people.
    ['Three people were critically injured.', 'Nine people suffered minor injuries.', 'partial'],
    ['Three people were critically injured.', 'Five people were critically injured.', 'conflict'],
    // Everyone surviving and no one dying are one fact; some survivors say nothing of the dead.
    ['All 80 people on board survived.', '"We are very thankful there is no fatality," she said.', 'agree'],
    ['Everyone on board survived.', 'There were no fatalities.', 'agree'],
    ['Two people survived.', 'There were no fatalities.', 'partial'],
  ])('%s vs %s: %s', (a, b, expected) => {
    expect(judge(a, b).verdict).toBe(expected);
  });

  it('takes the badly hurt, fewer than all the hurt, for a part of them', () => {
    const [hurt] = facts('Twenty-one people were taken to hospital.');
    const [critical] = facts('Three people were critically injured.');
    expect(casualties.relate(critical!.value, hurt!.value)).toBe('narrower');
    expect(casualties.relate(hurt!.value, critical!.value)).toBe('broader');
    const [soldiers] = facts('Twenty-one soldiers were injured.');
    const [civilians] = facts('Three civilians were critically injured.');
    expect(casualties.relate(civilians!.value, soldiers!.value)).toBe('unrelated');
  });

  it('shows the provisional hedge of an outdated figure', () => {
    const [x] = facts('Rescuers found four bodies so far.');
    expect(x?.value.hedge).toBe('so far');
    expect(casualties.describe(x!.value)).toBe('4 bodies (so far)');
  });
});

describe('casualties.lasting', () => {
  it('keeps survivors told on a later day the event\'s, but not a toll', () => {
    expect(casualties.lasting!({ kind: 'survivors', count: { min: 1, max: 1 } })).toBe(true);
    expect(casualties.lasting!({ kind: 'survivors', count: { min: 0, max: 0 } })).toBe(true);
    expect(casualties.lasting!({ kind: 'killed', count: { min: 49, max: 49 } })).toBe(false);
    expect(casualties.lasting!({ kind: 'injured', count: { min: 49, max: 49 } })).toBe(false);
  });
});

describe('casualties.compare', () => {
  const verdict = (a: string, b: string) => casualties.compare!(facts(a), facts(b)).verdict;

  it.each([
    // Groups that add up to the other side's count of everyone are everyone.
    ['A jet with 155 people on board ditched in the river, and everyone survived.', 'All 150 passengers and five crew members survived.', 'agree'],
    ['The crash killed 66 people.', 'It killed 62 passengers and four crew members.', 'agree'],
    ['The missile hit the jet, killing all 176 people on board.', 'All 167 passengers and nine crew members died.', 'agree'],
    ['The missile hit the jet, killing all 176 people on board.', 'All 167 passengers and 19 crew members died.', 'conflict'],
    ['The crash killed 66 people.', 'It killed 62 passengers and six crew members.', 'conflict'],
    // One group alone, or groups that add up to fewer, are still part of everyone.
    ['The crash killed 66 people.', 'It killed 62 passengers.', 'partial'],
    // The dead of one craft are some of those of two; never more.
    ['The jets collided, killing all 67 people aboard the two aircraft.', 'Sixty-four people died on the Aeromexico DC-9.', 'partial'],
    ['The jets collided, killing all 67 people aboard the two aircraft.', 'Seventy people died on the Aeromexico DC-9.', 'conflict'],
    ['The jets collided, killing all 176 people aboard the two aircraft.', 'All 63 people on the Trident 3 and all 113 on the DC-9 were killed.', 'partial'],
    ['The jets collided, killing all 176 people aboard the two aircraft.', 'All 183 people on the DC-9 were killed.', 'conflict'],
    ['The jet crashed, killing all 67 people aboard.', 'Sixty-four people died on the jet.', 'conflict'],
    ['The crash killed 100 people.', 'It killed 62 passengers and four crew members.', 'partial'],
    // Victims aboard and on the ground add up to everyone; those aboard alone are part of them.
    ['More than 260 people died.', 'The crash killed 241 of the 242 people on board. At least 19 people on the ground were also killed.', 'agree'],
    ['More than 260 people died.', 'The crash killed 241 of the 242 people on board.', 'partial'],
    ['The crash killed 241 people.', 'The crash killed 241 of the 242 people on board.', 'agree'],
    // Those aboard and those on the ground are all the victims there are: fewer than the other's toll is a clash.
    ['The crash killed 113 people.', 'It killed all 109 people on board and four people on the ground.', 'agree'],
    ['The crash killed 130 people.', 'It killed all 109 people on board and four people on the ground.', 'conflict'],
    // Victims aboard against victims aboard: all 74 against 12 of 15 is a clash.
    ['The Il-76 crashed, killing all 74 people on board.', 'All but three of the 15 people aboard were killed.', 'conflict'],
    ['The Il-76 crashed, killing all 74 people on board.', 'The crash killed 74 people.', 'agree'],
    ['The Il-76 crashed, killing all 74 people on board.', 'The crash killed 70 people.', 'conflict'],
    // Everyone aboard told also as its passengers and crew: those are among the aboard, not more victims.
    ['The plane crashed, killing all 62 on board. All 58 passengers and four crew members died.', 'The crash killed 62 people.', 'partial'],
    // Children, women, foreigners are some of those aboard or killed, never more victims beside them.
    ['The jet burst into flames, killing 41 of the 78 people on board. Two children were among the dead.', 'Forty-one people died.', 'partial'],
    // The named and "seven other people" are all the dead.
    ['Kobe Bryant, his daughter and seven other people were killed.', 'Nine people died.', 'agree'],
    ['Kobe Bryant, his daughter and seven other people were killed.', 'Five people died.', 'conflict'],
    ['Vice President Saulos Chilima and nine other people were killed.', 'Ten people died.', 'agree'],
    ['Vice President Saulos Chilima and nine other people were killed.', 'Nine people died.', 'conflict'],
    ["India's defence chief General Bipin Rawat, his wife and 11 other people were killed.", 'Gen. Bipin Rawat, his wife Madhulika and 11 other military personnel died.', 'agree'],
    ['General Bipin Rawat, his wife Madhulika and 11 other military personnel died.', 'Twelve people died.', 'conflict'],
    // Those named are not counted where a capital opens a phrase: the others are all the dead but those named, who
    // fit a toll above them, no part more specific than it. More others than the toll clash.
    ['On Tuesday, Chilima and nine other people were killed.', 'Ten people died.', 'agree'],
    ['The pilot, his wife and two others were killed.', 'Four people died.', 'agree'],
    ['Senator Bronson M. Cutting was killed. Four others, including the pilot and co-pilot, died.', 'Five persons were killed.', 'agree'],
    ['Four others, including the pilot and co-pilot, died.', 'Three persons were killed.', 'conflict'],
    // A group of the dead by who they were stays a part of the toll.
    ['Four passengers died.', 'Five persons were killed.', 'partial'],
    ['Insurgents shot down a helicopter, killing 31 U.S. special forces soldiers and seven Afghan troops.', 'Thirty-eight people were killed.', 'agree'],
    ['Insurgents shot down a helicopter, killing 31 U.S. special forces soldiers and seven Afghan troops.', 'Thirty people were killed.', 'conflict'],
    // Groups of one kind of person still add up: two Americans and three Germans are five.
    ['The crash killed five people.', 'Two Americans and three Germans were killed.', 'agree'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(verdict(a, b)).toBe(expected);
  });

  // Reports of two days: a later report's higher figure of the same victims is a later count.
  const dated = (text: string, publishedAt: string) => factsOf(casualties, [text], { publishedAt });
  it.each([
    ['The bomb killed 12 people.', '2024-05-20', 'The bomb killed 14 people.', '2024-05-21', 'partial'],
    ['It killed all 109 people on board and four people on the ground.', '2000-07-25', 'The crash killed 130 people.', '2000-07-26', 'partial'],
    ['30 people were injured.', '2024-05-20', '71 people were hurt.', '2024-05-21', 'partial'],
    ['Rescuers found four bodies.', '2024-05-20', 'Rescuers have found nine bodies.', '2024-05-22', 'partial'],
    // Fewer on a later day, or more on the same day, is a clash; so is another group.
    ['The bomb killed 14 people.', '2024-05-20', 'The bomb killed 12 people.', '2024-05-21', 'conflict'],
    ['The bomb killed 12 people.', '2024-05-20', 'The bomb killed 14 people.', '2024-05-20', 'conflict'],
    ['Three soldiers were killed.', '2024-05-20', 'Five troops were killed.', '2024-05-21', 'partial'],
    ['The jet flipped on landing, and 18 people were hurt.', '2025-02-17', '21 passengers were taken to hospital.', '2025-02-18', 'partial'],
    ['The jet flipped on landing, and 18 people were hurt.', '2025-02-17', '21 passengers were taken to hospital.', '2025-02-17', 'conflict'],
    ['Five soldiers were killed.', '2024-05-20', 'Three people were killed.', '2024-05-21', 'conflict'],
    // Missing people are found as the days go by: fewer later is a later count, more later a clash.
    ['Four people are missing.', '2024-05-20', 'Two people are missing.', '2024-05-21', 'partial'],
    ['Two people are missing.', '2024-05-20', 'Four people are missing.', '2024-05-21', 'conflict'],
    ['Four people are missing.', '2024-05-20', 'Two people are missing.', '2024-05-20', 'conflict'],
    // Survivors only fall, as the injured die: fewer later is a later count, more later a clash.
    ['Two people survived.', '2011-09-07', 'A flight engineer is now the sole survivor.', '2011-09-12', 'partial'],
    ['A flight engineer was the sole survivor.', '2011-09-07', 'Two people survived.', '2011-09-12', 'conflict'],
    ['Two people survived.', '2011-09-07', 'A flight engineer is now the sole survivor.', '2011-09-07', 'conflict'],
    // A toll raised by a death the sentence tells.
    ['The crash killed 43 people.', '2011-09-07', 'The player died on Monday, raising the death toll to 44.', '2011-09-12', 'partial'],
    // A toll revised down is a figure of another moment too; a lower figure of a later day, not revised, clashes.
    ['The crash killed 18 people.', '2023-01-18', 'Authorities revised the death toll from the helicopter crash in Brovary to 14.', '2023-01-19', 'partial'],
    ['The crash killed 18 people.', '2023-01-18', 'The crash killed 14 people.', '2023-01-19', 'conflict'],
    // So is a toll that stands at a figure, its clause saying it replaces an earlier one, against everyone aboard but one.
    ['The C-130 carrying 103 people crashed, killing everyone on board except one.', '2014-02-11', 'The death toll is 77, the ministry said, revising an earlier figure of 103.', '2014-02-12', 'partial'],
    ['The C-130 carrying 103 people crashed, killing everyone on board except one.', '2014-02-11', 'The death toll is 77, the ministry said.', '2014-02-12', 'conflict'],
  ])('%s (%s) / %s (%s): %s', (a, pa, b, pb, expected) => {
    expect(casualties.compare!(dated(a, pa), dated(b, pb)).verdict).toBe(expected);
  });

  it("a group's survivors a day later are some of the survivors, no later count of them all", () => {
    const j = casualties.compare!(dated('Forty-eight people survived.', '1993-07-26'), dated('Two of the six crew members survived.', '1993-07-27'));
    expect(j.explanation).not.toMatch(/later count/);
    expect(casualties.compare!(dated('Forty-eight people survived.', '1993-07-26'), dated('Forty-four people survived.', '1993-07-27')).explanation).toMatch(/later count/);
  });

  it('a later count is one of the same fate: a higher injured count a day later is none of the dead', () => {
    const j = casualties.compare!(dated('The crash killed five people.', '2024-01-02'), dated('The crash killed five people. 17 passengers were injured.', '2024-01-03'));
    expect(j.explanation).not.toMatch(/later count than "killed five/);
  });

  it('says which figure is the later count, and which toll rose', () => {
    const later = casualties.compare!(dated('The bomb killed 12 people.', '2024-05-20'), dated('The bomb killed 14 people.', '2024-05-21'));
    expect(later.explanation).toBe('"killed 14 people" (b, 2024-05-21) is a later count than "killed 12 people" (a, 2024-05-20)');
    const rose = casualties.compare!(facts('The death toll rose to 10.'), facts('Three people were killed.'));
    expect(rose.explanation).toBe('"death toll rose to 10" (a) is a toll that rose, and "Three people were killed" (b) a count of another moment');
  });

  it('names neither count of two moments as said by one side alone', () => {
    const j = casualties.compare!(dated('Six people were taken to hospital.', '2022-10-17'), dated('Nineteen people were injured.', '2022-10-18'));
    expect(j.verdict).toBe('partial');
    expect(j.explanation).toBe('"Nineteen people were injured" (b, 2022-10-18) is a later count than "Six people were taken to hospital" (a, 2022-10-17)');
    // A count of something else is still one side's alone.
    const other = casualties.compare!(dated('Six people were taken to hospital.', '2022-10-17'), dated('Nineteen people were injured. Two people are missing.', '2022-10-18'));
    expect(other.explanation).toMatch(/only b names "Two people are missing"$/);
  });
});

// Whole reports of air crashes, flights and blasts other than the seed's, written for these tests, with the verdicts a
// careful reader would give: each pair once fooled a rule (a note says which), and the last pair reports two
// different crashes, where the verdicts must conflict.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import type { ArticleInput, FacetKind, Verdict } from '../../src/types.js';

interface Story {
  name: string;
  a: ArticleInput;
  b: ArticleInput;
  same: boolean;
  expected: Partial<Record<FacetKind, Verdict>>;
}

/** One report of the Hudson tour helicopter of 2025, read against the next day's report and against the collision of 2009. */
const hudsonTour2025: ArticleInput = {
  id: 'a', publishedAt: '2025-04-10',
  text: 'A sightseeing helicopter broke apart in the air and plunged upside down into the Hudson River near Manhattan on Thursday, killing all six people on board, officials said. '
    + 'The Bell 206 had taken off from the Downtown Manhattan Heliport at about 3 p.m. and flew up the river toward the George Washington Bridge before turning south. '
    + 'The victims were the pilot and a family of five from Spain, including three children, Mayor Eric Adams said. Divers pulled the victims from the water.',
};

const stories: Story[] = [
  {
    // 179 killed on both sides; "returning from Bangkok" and "the flight from the Thai capital, Bangkok"
    // agree; b lists nationalities a does not.
    name: 'a runway overrun: "All but two of the 181 people aboard" against "killing 179 of the 181"',
    a: {
      id: 'a', publishedAt: '2024-12-29',
      text: 'A Jeju Air passenger plane skidded off a runway at Muan International Airport in South Korea on Sunday and burst into flames after hitting a wall, killing 179 of the 181 people on board. '
        + 'The Boeing 737-800 was returning from Bangkok with 175 passengers and six crew members. Two flight attendants were rescued from the tail section, officials said. '
        + 'Transport ministry officials said the pilot had warned of a bird strike shortly before the crash. The landing gear appeared not to have been deployed, according to video footage.',
    },
    b: {
      id: 'b', publishedAt: '2024-12-30',
      text: 'All but two of the 181 people aboard a Jeju Air jet were killed on December 29 when the plane crash-landed at Muan airport, about 290 km south of Seoul. '
        + 'The flight from the Thai capital, Bangkok, carried 173 South Koreans and two Thais, the fire agency said. The control tower had issued a bird strike warning, and the pilot issued a mayday call minutes later. '
        + 'Investigators said it was too early to say whether birds or a landing gear failure caused the crash. It was the deadliest disaster on South Korean soil in a decade.',
    },
    same: true,
    expected: { casualties: 'partial', origin: 'agree', time: 'agree', people: 'partial' },
  },
  {
    // 241 aboard and at least 19 on the ground add up to more than 260; "242 passengers and crew" is
    // everyone aboard; a names the 787-8.
    name: 'a crash into a hostel: victims aboard and on the ground against "more than 260 people died"',
    a: {
      id: 'a', publishedAt: '2025-06-12',
      text: 'An Air India Boeing 787-8 Dreamliner bound for London Gatwick crashed into a medical college hostel moments after taking off from Ahmedabad on Thursday, killing 241 of the 242 people on board. '
        + 'The flight was carrying 230 passengers and 12 crew members, including 169 Indian nationals, 53 Britons, seven Portuguese and one Canadian, the airline said. '
        + 'One passenger, a British national seated in 11A, survived. At least 19 people on the ground were also killed, police said.',
    },
    b: {
      id: 'b', publishedAt: '2025-06-14',
      text: 'More than 260 people died when Air India flight AI171 came down in a residential area of Ahmedabad on June 12, officials said on Saturday. '
        + 'The 787 Dreamliner, which was headed to London, lost height seconds after takeoff. There was a sole survivor among the 242 passengers and crew. '
        + 'Investigators have recovered both black boxes. The cause of the crash has not been determined.',
    },
    same: true,
    expected: { casualties: 'agree', aircraft: 'partial', destination: 'agree', people: 'partial' },
  },
  {
    // A landing on water is no destination: only a says the flight was bound for Charlotte.
    name: 'a ditching: "landed in the Hudson River", "LaGuardia", "everyone survived" against 150 passengers and five crew',
    a: {
      id: 'a', publishedAt: '2009-01-15',
      text: 'A US Airways jetliner with 155 people on board ditched in the Hudson River off Manhattan on Thursday afternoon after both engines failed, and everyone survived. '
        + 'Flight 1549, an Airbus A320, had taken off from LaGuardia Airport bound for Charlotte, North Carolina, when it struck a flock of birds, officials said. '
        + 'The pilot, Chesley Sullenberger, glided the plane onto the river. Ferries and rescue boats pulled passengers from the wings. At least 78 people were treated for injuries, most of them minor.',
    },
    b: {
      id: 'b', publishedAt: '2009-01-16',
      text: 'All 150 passengers and five crew members survived when a US Airways plane landed in the Hudson River on January 15, minutes after leaving New York\'s LaGuardia airport. '
        + 'The Airbus 320 lost power in both engines after a bird strike, the National Transportation Safety Board said. Captain Chesley "Sully" Sullenberger, 57, a former Air Force fighter pilot, was the last to leave the sinking aircraft. '
        + 'One flight attendant suffered a broken leg.',
    },
    same: true,
    expected: { origin: 'agree', destination: 'only-a', people: 'agree', cause: 'agree', aircraft: 'agree' },
  },
  {
    // "33 tonnes" of aid and "more than 30 tons" fit; the Y-20s are two on both sides.
    name: 'an aid flight: "the Tongan capital, Nuku\'alofa", "Two Chinese air force Y-20"',
    a: {
      id: 'a', publishedAt: '2022-01-27',
      text: 'Two Chinese air force Y-20 transport aircraft carrying drinking water, food, tents and other relief supplies landed in Tonga on Thursday, the Chinese embassy said. '
        + 'The planes took off from Chongqing and landed at Fua\'amotu International Airport after a stopover in Papua New Guinea. The aid, weighing 33 tonnes, was handed over to the Tongan government.',
    },
    b: {
      id: 'b', publishedAt: '2022-01-28',
      text: 'China\'s military has flown more than 30 tons of emergency supplies to Tonga, state media reported on January 27. '
        + 'The two Y-20 planes, which departed from a base in Chongqing, carried water purifiers, generators, food and medicine, the People\'s Liberation Army said. They landed in the Tongan capital, Nuku\'alofa, after refuelling in Port Moresby.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'agree', cargo: 'agree', time: 'agree' },
  },
  {
    // "bound for the Chechen capital, Grozny" is Grozny; "Embraer 190" and "Embraer E190" are one type.
    name: 'an airliner downed: a bird strike against air defences, reported by one side as a dispute',
    a: {
      id: 'a', publishedAt: '2024-12-25',
      text: 'An Azerbaijan Airlines passenger jet crashed near the city of Aktau in Kazakhstan on Wednesday, killing 38 people, officials said. '
        + 'The Embraer 190 was flying from Baku to Grozny in Russia\'s Chechnya region when it diverted across the Caspian Sea. Kazakh authorities said 29 people survived the crash, including two children. '
        + 'The plane was carrying 62 passengers and five crew members, the airline said. Russia\'s aviation watchdog Rosaviatsia said the pilots had decided to divert after a bird strike. '
        + 'Three U.S. officials said early indications suggested the plane had been hit by a Russian air defence system. Kazakhstan\'s Deputy Prime Minister Kanat Bozumbayev said it was too early to determine the cause.',
    },
    b: {
      id: 'b', publishedAt: '2024-12-26',
      text: 'An Embraer E190 of Azerbaijan Airlines went down on December 25 about three kilometres from Aktau airport, Kazakhstan\'s emergencies ministry said. Of the 67 people on board, 38 were killed and 29 were taken to hospital. '
        + 'The flight, J2-8243, had taken off from Baku and was bound for the Chechen capital, Grozny, before it was diverted. Azerbaijani government sources told Reuters that the aircraft was shot down by a Russian Pantsir-S air defence system. '
        + 'The Kremlin cautioned against speculation. Azerbaijan declared Thursday a day of mourning.',
    },
    same: true,
    expected: { cause: 'disputed', destination: 'agree', aircraft: 'agree', location: 'agree', time: 'agree' },
  },
  {
    // Everyone aboard two craft against one craft's count and the soldiers of the other; a maker before a
    // nickname ("Sikorsky Black Hawk") and "Wichita, Kansas" as one place.
    name: 'a midair collision: "all 67 people aboard a passenger jet and an Army helicopter" against "64 people" and "three soldiers"',
    a: {
      id: 'a', publishedAt: '2025-01-30',
      text: 'An American Airlines regional jet carrying 64 people collided with a U.S. Army Black Hawk helicopter on Wednesday night as it approached Ronald Reagan Washington National Airport, and both aircraft plunged into the Potomac River. '
        + 'The Bombardier CRJ700, operated by PSA Airlines as American Eagle Flight 5342, had departed from Wichita, Kansas. The helicopter, a UH-60 with three soldiers on board, was on a training flight. '
        + 'No survivors were expected, Washington fire chief John Donnelly said on Thursday. Officials said at least 40 bodies had been recovered from the river.',
    },
    b: {
      id: 'b', publishedAt: '2025-01-30',
      text: 'All 67 people aboard a passenger jet and an Army helicopter died after the two aircraft collided in midair near Washington\'s Reagan National Airport late Wednesday, officials said. '
        + 'The jet, a CRJ-700 flying from Wichita with 60 passengers and four crew members, broke apart and fell into the icy Potomac. The Sikorsky Black Hawk was carrying three soldiers on a routine training mission. '
        + 'President Donald Trump suggested without evidence that diversity hiring policies were to blame. The National Transportation Safety Board is leading the investigation.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', people: 'partial', purpose: 'agree', cause: 'agree', time: 'agree' },
  },
  {
    // "a report that there was a bomb on board" is a threat, as "bomb threat" and "a potential security
    // threat" are; the MiG-29 sent "to accompany the airliner" is an escort on both sides; "travelling from
    // Greece" is where the flight came from.
    name: 'a diverted airliner: "bomb threat" against "a report that there was a bomb on board"',
    a: {
      id: 'a', publishedAt: '2021-05-23',
      text: 'VILNIUS, May 23 (Reuters) - Belarus scrambled a MiG-29 fighter jet on Sunday to escort a Ryanair passenger plane carrying an opposition journalist to Minsk, where he was arrested, prompting European leaders to accuse Minsk of hijacking the aircraft. '
        + 'Ryanair flight FR4978, a Boeing 737-800 flying from Athens to Vilnius with 171 passengers on board, was diverted to Minsk after Belarusian air traffic control told the crew of a bomb threat, the airline said. '
        + 'No bomb was found, Belarusian authorities said later. '
        + 'Roman Protasevich, 26, who ran a Telegram channel that helped organise mass protests against President Alexander Lukashenko, was detained at Minsk airport, opposition leader Sviatlana Tsikhanouskaya said. '
        + 'The plane was allowed to leave Minsk about seven hours later and landed in Vilnius on Sunday evening without Protasevich and his Russian girlfriend. '
        + 'Lithuanian President Gitanas Nauseda called the incident an \'unprecedented\' act and urged NATO and EU allies to respond.',
    },
    b: {
      id: 'b', publishedAt: '2021-05-24',
      text: 'A Ryanair jet travelling from Greece to Lithuania was forced to land in the Belarusian capital on Sunday, and a dissident journalist on board was taken into custody. '
        + 'The Boeing 737, with about 170 people aboard, was approaching Lithuanian airspace when it was turned around and told to land in Minsk, according to flight tracking data. '
        + 'Belarus state media said Lukashenko personally ordered a MiG-29 warplane to accompany the airliner after a report that there was a bomb on board. '
        + 'Ryanair said in a statement that the crew were notified by Belarus air traffic control of a potential security threat and were instructed to divert to Minsk, the nearest airport. '
        + 'Opposition figures said the bomb threat was a pretext to seize Roman Protasevich, a 26-year-old journalist and activist who fled Belarus in 2019. '
        + 'After several hours on the ground, the plane flew on to Vilnius, where it landed on Sunday night. '
        + 'The European Union accused Belarus of \'state-sponsored hijacking\'.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', time: 'agree', people: 'agree', cause: 'agree' },
  },
  {
    // "revising an earlier figure of 640" corrects a count of this flight: no earlier event, so a's first
    // sentence is compared, and its 823 is given as a correction of b's 640, a count of an earlier moment, no
    // clash. "carried 823 Afghans out of Kabul" says where
    // the flight left; "flew to Qatar, a U.S. defense official told" names no second destination.
    name: 'an evacuation flight: 823 aboard against "some 640 Afghans", Al Udeid against Doha',
    a: {
      id: 'a', publishedAt: '2021-08-20',
      text: 'WASHINGTON (AP) - A U.S. Air Force C-17 cargo plane carried 823 Afghans out of Kabul on Sunday, a record for the aircraft, the Pentagon said on Friday, revising an earlier figure of 640. '
        + 'The flight, call sign Reach 871, left Hamid Karzai International Airport as crowds overran the tarmac and landed safely at Al Udeid Air Base in Qatar, officials said. '
        + "Air Force Special Operations Command said the earlier count had not included 183 children who were sitting on their parents' laps. "
        + 'The crew decided to take off rather than try to force the panicked people off the plane, a defense official said. '
        + 'The United States has evacuated more than 7,000 people from Kabul since Aug. 14.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-17',
      text: 'A photograph of some 640 Afghans crammed into the hold of a U.S. military transport jet has become an image of the chaotic evacuation from Kabul. '
        + 'The C-17 Globemaster III took off from Kabul on Sunday evening and flew to Qatar, a U.S. defense official told Defense One, which first published the picture. '
        + 'The official said about 640 people were on board when the plane landed in Doha. '
        + 'Desperate Afghans had pushed their way onto the half-open ramp of the jet, and the crew made the decision to go, the official said. '
        + 'On Monday, several people died after clinging to the outside of another departing C-17, U.S. officials said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', time: 'agree', people: 'partial' },
  },
  {
    // "a 737 Max 8" without its maker is the type; its delivery "in November", in an aside before "crashed",
    // dates no sentence; the eight crew after "none of the 149 passengers and" did not survive; Debre Zeit
    // is Bishoftu's old name. The Lion Air crash "in October" stays another event.
    name: 'a crash after take-off: "all 157 people on board" against "none of the 149 passengers and eight crew members"',
    a: {
      id: 'a', publishedAt: '2019-03-10',
      text: "ADDIS ABABA (Reuters) - An Ethiopian Airlines Boeing 737 MAX 8 bound for Nairobi crashed six minutes after take-off on Sunday, killing all 157 people on board, the airline said. "
        + "Flight ET302 came down near the town of Bishoftu, 62 km (38 miles) southeast of the capital Addis Ababa, at 8:44 a.m. local time (0544 GMT). "
        + "The pilot had reported difficulties and asked to return to Addis Ababa, Ethiopian Airlines Chief Executive Tewolde GebreMariam told reporters. "
        + "Passengers from 35 countries were on board, including 32 Kenyans, 18 Canadians and nine Ethiopians, the airline said. "
        + "It was the second crash of the new Boeing model in five months, after a Lion Air 737 MAX 8 plunged into the Java Sea off Indonesia in October, killing 189 people.",
    },
    b: {
      id: 'b', publishedAt: '2019-03-10',
      text: "NAIROBI, March 10 (AP) - A new Boeing jet flying from Ethiopia to Kenya went down minutes after taking off from Bole International Airport on Sunday morning, and none of the 149 passengers and eight crew members survived. "
        + "The plane, a 737 Max 8 delivered to the airline in November, crashed in a field near Debre Zeit. "
        + "Ethiopian Airlines CEO Tewolde GebreMariam said the captain had sent a distress call and was given clearance to turn back. "
        + "The victims came from more than 30 countries. Kenya lost 32 citizens, Canada 18. "
        + "Ethiopian Prime Minister Abiy Ahmed's office offered condolences to the families on Twitter.",
    },
    same: true,
    expected: { aircraft: 'agree', location: 'agree', time: 'partial', casualties: 'agree', destination: 'partial' },
  },
  {
    // A visit: the greeter "greeted on the tarmac by" and the one who "welcomed her" are one person; the
    // C-40C lands at "Taipei's Songshan airport", the "Songshan Airport" of b; Chinese jets that "flew into
    // Taiwan's air defence zone" go to no destination, and "the 23 million people of Taiwan" flew nowhere.
    name: 'a visit: "greeted on the tarmac by" against "welcomed her", Songshan against Taipei',
    a: {
      id: 'a', publishedAt: '2022-08-02',
      text: "TAIPEI, Aug 2 (Reuters) - U.S. House of Representatives Speaker Nancy Pelosi arrived in Taiwan on Tuesday, defying a series of stark warnings from Beijing, which sent fighter jets buzzing the line dividing the Taiwan Strait. "
        + "Pelosi's plane, a U.S. Air Force C-40C with the call sign SPAR19, landed at Taipei's Songshan airport at 10:43 p.m. (1443 GMT) after flying from Kuala Lumpur. "
        + "She was greeted on the tarmac by Foreign Minister Joseph Wu. "
        + "Pelosi, who is leading a congressional delegation of five other Democrats, said the visit \"honors America's unwavering commitment to supporting Taiwan's vibrant democracy.\" "
        + "China's defence ministry said its military would launch \"targeted military operations\" in response, and state media said 21 Chinese aircraft flew into Taiwan's air defence zone on Tuesday.",
    },
    b: {
      id: 'b', publishedAt: '2022-08-03',
      text: "Nancy Pelosi landed in Taipei late on Tuesday night, becoming the highest-ranking American official to visit the island in 25 years. "
        + "The U.S. government plane carrying the House speaker and a delegation of six lawmakers touched down at Songshan Airport after an eight-hour flight from Malaysia, avoiding the South China Sea. "
        + "Taiwanese foreign minister Joseph Wu welcomed her as she stepped off the aircraft. "
        + "Pelosi said the trip showed \"America's solidarity with the 23 million people of Taiwan.\" "
        + "Beijing condemned the visit and announced live-fire drills around the island. Taiwan's defence ministry said 27 Chinese warplanes entered its air defence identification zone on Wednesday.",
    },
    same: true,
    expected: { destination: 'agree', origin: 'partial', actors: 'agree', time: 'partial' },
  },
  {
    // Years after: a reports the investigators' finding and Russia's rival claim, so its cause is disputed;
    // "All 298 people on board the Boeing 777, which was flying ..., were killed" and "killing all 298
    // people aboard" agree; "broke apart over the Donetsk region" is where, in eastern Ukraine.
    name: 'a downing years later: investigators against Russia on who shot the airliner down',
    a: {
      id: 'a', publishedAt: '2016-09-28',
      text: "THE HAGUE (Reuters) - Malaysia Airlines flight MH17 was shot down over eastern Ukraine in July 2014 by a Russian-made Buk missile fired from territory held by pro-Russian separatists, international investigators said on Wednesday. "
        + "All 298 people on board the Boeing 777, which was flying from Amsterdam to Kuala Lumpur, were killed when the plane broke apart over the Donetsk region on July 17, 2014. "
        + "Two-thirds of the victims were Dutch. "
        + "The Joint Investigation Team said the missile launcher had come from Russia and was returned there after the plane was downed. "
        + "Russia denied any involvement and said a Ukrainian fighter jet may have shot the airliner down.",
    },
    b: {
      id: 'b', publishedAt: '2018-09-17',
      text: "MOSCOW (AP) - Russia's Defense Ministry on Monday rejected the findings of the Dutch-led inquiry into the downing of Malaysia Airlines Flight 17, saying the missile that hit the jet belonged to Ukraine. "
        + "The Boeing 777 was flying from Amsterdam to Kuala Lumpur when it was destroyed over rebel-held eastern Ukraine on July 17, 2014, killing all 298 people aboard. "
        + "Lt. Gen. Nikolai Parshin told reporters that the Buk missile's serial number showed it had been delivered to a military unit in Soviet Ukraine in 1986. "
        + "The Joint Investigation Team concluded in May that the missile was fired by a Russian military unit, the 53rd anti-aircraft brigade based in Kursk. "
        + "The Netherlands and Australia have said they hold Russia responsible.",
    },
    same: true,
    expected: { cause: 'disputed', casualties: 'agree', people: 'agree', origin: 'agree', destination: 'agree', time: 'agree', location: 'partial' },
  },
  {
    // A blast with rival accounts on both sides: a reports the ministry's air strike and the army's misfired
    // rocket; b reports U.S. intelligence's toll of 100 to 300 and the ministry's 471.
    name: 'a hospital blast: an air strike against a misfired rocket, 471 dead against 100 to 300',
    a: {
      id: 'a', publishedAt: '2023-10-17',
      text: "GAZA, Oct 17 (Reuters) - An explosion at al-Ahli Arab hospital in Gaza City killed 471 people on Tuesday, the Gaza health ministry said, blaming an Israeli air strike. "
        + "The Israeli military said the blast was caused by a rocket misfired by the Palestinian Islamic Jihad militant group, which denied responsibility. "
        + "Hundreds of displaced Palestinians had been sheltering in the hospital grounds.",
    },
    b: {
      id: 'b', publishedAt: '2023-10-19',
      text: "A blast at a Gaza hospital on Tuesday night killed between 100 and 300 people, according to a U.S. intelligence assessment released on Wednesday. "
        + "U.S. officials said the evidence pointed to a failed rocket launch by Palestinian militants, not an Israeli air strike. "
        + "The Hamas-run health ministry put the death toll at 471. "
        + "Islamic Jihad said the explosion was caused by an Israeli bomb.",
    },
    same: true,
    expected: { cause: 'disputed', casualties: 'disputed' },
  },
  {
    // An airlift: "Wadi Seidna air base near Khartoum" is more specific than "an airfield outside Khartoum",
    // though both also name Sudan; "flew the evacuees to Al-Azraq in Jordan" names a place the gazetteer
    // lacks; 311 people against 313 is a real difference between the reports.
    name: 'an evacuation airlift: Wadi Seidna against "an airfield outside Khartoum", 311 against 313',
    a: {
      id: 'a', publishedAt: '2023-04-24',
      text: "BERLIN, April 24 (Reuters) - German military planes have flown 311 people out of Sudan, including 101 Germans, the defence ministry said on Monday, as foreign governments raced to evacuate their citizens from the fighting in Khartoum. "
        + "Three A400M transport aircraft took off from Wadi Seidna air base near Khartoum on Sunday and Monday and flew the evacuees to Al-Azraq in Jordan, the ministry said. "
        + "A fourth flight was planned for Monday evening. "
        + "Defence Minister Boris Pistorius said the operation had been \"extremely risky\".",
    },
    b: {
      id: 'b', publishedAt: '2023-04-24',
      text: "Germany's armed forces said on Monday they had evacuated 313 people from Sudan on three flights, among them nationals of more than 20 countries. "
        + "The Airbus A400M planes flew from an airfield outside Khartoum to Jordan, where the evacuees were put on commercial flights to Berlin. "
        + "About 1,000 soldiers had been put on standby for the mission, the Bundeswehr said.",
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', people: 'conflict' },
  },
  {
    // Two days apart: "at least seven" on the day, "the death toll ... had risen to 11" two days on; the
    // Hawker Hunter is named by both.
    name: 'an air show crash: "at least seven" on the day against a toll that "had risen to 11"',
    a: {
      id: 'a', publishedAt: '2015-08-22',
      text: "LONDON (Reuters) - A vintage Hawker Hunter jet crashed onto a busy road during an air show in Shoreham, southern England, on Saturday, killing at least seven people on the ground, police said. "
        + "The pilot, Andy Hill, was pulled from the wreckage alive and was in a critical condition in hospital. "
        + "The jet, a former military plane built in the 1950s, failed to pull out of a loop and hit several cars on the A27 road.",
    },
    b: {
      id: 'b', publishedAt: '2015-08-24',
      text: "Police said on Monday that the death toll from the Shoreham air show crash had risen to 11, all of them motorists or spectators on the A27. "
        + "The 1950s Hawker Hunter came down on Saturday afternoon after attempting a loop manoeuvre. "
        + "Its pilot survived and remains in a coma.",
    },
    same: true,
    expected: { aircraft: 'agree', time: 'agree', casualties: 'agree' },
  },
  {
    // A drone raid on an airfield, told by each side: the drones Russia "destroyed" are some of those
    // Ukraine "launched"; the Il-76s hit are counted apart from the drones, and "two more damaged" adds to
    // the two destroyed. No party's drones are a rival claim to another's Il-76s.
    name: 'a drone raid: 24 drones destroyed against about 40 launched, four Il-76 against two destroyed and two more damaged',
    a: {
      id: 'a', publishedAt: '2023-08-30',
      text: "MOSCOW, Aug 30 (Reuters) - Russian air defences destroyed 24 Ukrainian drones over the Bryansk, Kursk and Oryol regions overnight, the defence ministry said on Wednesday. "
        + "A drone attack on the airport in the city of Pskov damaged four Il-76 military transport planes, the regional governor said.",
    },
    b: {
      id: 'b', publishedAt: '2023-08-30',
      text: "Ukraine launched about 40 drones at six Russian regions overnight into Wednesday, a Ukrainian military intelligence source said, in one of the largest such attacks of the war. "
        + "Two Il-76 transport aircraft were destroyed and two more damaged at the Pskov airfield, the source said.",
    },
    same: true,
    expected: { aircraft: 'agree' },
  },
  {
    // The reasons "not immediately clear" hedge no fact; a's prosecutor-general ("external interference")
    // and aviation watchdog ("a bird strike") are rival claims; "on Christmas Day" is a's Wednesday.
    name: 'a diverted airliner downed: "external interference" against "a bird strike", Christmas Day against Wednesday',
    a: {
      id: 'a', publishedAt: '2024-12-25',
      text: "ASTANA (Reuters) - An Azerbaijan Airlines Embraer 190 flying from Baku to Grozny in Russia crashed near the city of Aktau in Kazakhstan on Wednesday, killing 38 people, after diverting for reasons that were not immediately clear. "
        + "Twenty-nine people survived, Kazakh officials said. "
        + "The plane was carrying 62 passengers and five crew members, Kazakhstan's emergencies ministry said. "
        + "Azerbaijan's prosecutor-general said the aircraft had been hit by external interference, while Russia's aviation watchdog said a bird strike had forced the pilots to divert.",
    },
    b: {
      id: 'b', publishedAt: '2024-12-26',
      text: "Azerbaijani officials believe a Russian Pantsir-S air defence system shot down the Embraer jet that crashed in Kazakhstan on Christmas Day, killing 38 of the 67 people on board, four sources told Reuters. "
        + "The jet had been bound for the Chechen capital Grozny from Baku. "
        + "Russian authorities have not commented on the claims.",
    },
    same: true,
    expected: { cause: 'disputed', time: 'agree', people: 'agree', origin: 'agree', destination: 'agree', location: 'partial' },
  },
  {
    // a's river is b's "Potomac"; "collide near Washington" and "near Reagan National Airport" are one site.
    name: 'a mid-air collision: "plunging into the icy Potomac River" against "collide over Potomac"',
    a: {
      id: 'a', publishedAt: '2025-01-30',
      text: "Passenger jet and Army helicopter collide near Washington, killing 67\n\n"
        + "WASHINGTON (AP) — An American Eagle jet carrying 64 people collided with an Army Black Hawk helicopter on Wednesday night while landing at Ronald Reagan Washington National Airport, sending both aircraft plunging into the icy Potomac River.\n\n"
        + "There were no survivors, officials said Thursday. The jet, a Bombardier CRJ700 operated by PSA Airlines, had taken off from Wichita, Kansas, with 60 passengers and four crew members. Three soldiers were aboard the helicopter, which was on a training flight.\n\n"
        + "\"We are now at a point where we are switching from a rescue operation to a recovery operation,\" said John Donnelly, chief of the District of Columbia fire department.\n\n"
        + "The collision happened shortly before 9 p.m. as the jet approached runway 33. Air traffic controllers had asked the helicopter crew whether they had the jet in sight, according to audio recordings.\n\n"
        + "It was the deadliest U.S. air disaster since November 2001, when an American Airlines flight crashed in the Queens neighborhood of New York, killing 265 people.",
    },
    b: {
      id: 'b', publishedAt: '2025-01-31',
      text: "67 dead after regional jet and Black Hawk collide over Potomac\n\n"
        + "Rescuers pulled bodies from the Potomac River on Thursday after a regional airliner and a U.S. Army UH-60 Black Hawk collided in mid-air near Reagan National Airport late on Wednesday.\n\n"
        + "All 67 people on the two aircraft were killed, authorities said. The CRJ-700, flying as American Airlines Flight 5342 from Wichita, was carrying 60 passengers and four crew; the helicopter had a crew of three.\n\n"
        + "Several figure skaters returning from a development camp in Wichita were among the passengers, U.S. Figure Skating said.\n\n"
        + "The Army said the Black Hawk, from the 12th Aviation Battalion at Fort Belvoir, Virginia, was on an annual proficiency evaluation flight.\n\n"
        + "The National Transportation Safety Board has opened an investigation. Investigators recovered the jet's flight data and cockpit voice recorders, officials said.",
    },
    same: true,
    expected: { location: 'agree', casualties: 'agree', origin: 'agree', aircraft: 'agree', cause: 'agree' },
  },
  {
    // b's 241 killed are those aboard, part of a's "at least 265"; b's toll "rose to 270" two days later.
    name: 'a toll that rose: "Of the 242 people on board ..., 241 were killed" against "killing at least 265 people"',
    a: {
      id: 'a', publishedAt: '2025-06-12',
      text: "Air India plane bound for London crashes after takeoff in Ahmedabad\n\n"
        + "AHMEDABAD, India (Reuters) - An Air India Boeing 787-8 Dreamliner bound for London's Gatwick airport crashed into a medical college hostel moments after taking off from Ahmedabad on Thursday, killing at least 265 people, police said.\n\n"
        + "The aircraft was carrying 242 people, including 169 Indian nationals, 53 British nationals, seven Portuguese and one Canadian, the airline said.\n\n"
        + "One passenger, a British national seated in 11A, survived, police said.\n\n"
        + "Flight AI171 issued a mayday call immediately after takeoff from runway 23 at 1:39 p.m. (0809 GMT), India's civil aviation regulator said. The plane lost height and came down about a minute later.\n\n"
        + "It was the first fatal crash of a Boeing 787.",
    },
    b: {
      id: 'b', publishedAt: '2025-06-14',
      text: "Sole survivor recounts escape as Air India crash toll rises\n\n"
        + "The death toll from Thursday's crash of an Air India passenger jet in the western Indian city of Ahmedabad rose to 270 on Saturday, as rescuers recovered more bodies from the site, officials said.\n\n"
        + "Of the 242 people on board the London-bound Boeing 787, 241 were killed. The rest of the dead were on the ground, where the plane struck a hostel for medical students.\n\n"
        + "Vishwash Kumar Ramesh, 40, who was sitting in seat 11A near an emergency exit, told state broadcaster DD News he jumped out of the wreckage.\n\n"
        + "Investigators have recovered the flight data recorder. Authorities have ordered checks of Air India's fleet of 787s.\n\n"
        + "Prime Minister Narendra Modi visited the crash site and met the survivor in hospital on Friday.",
    },
    same: true,
    expected: { casualties: 'partial', people: 'partial', aircraft: 'partial' },
  },
  {
    // "4 km from the border" and "1 km from the Turkish border" are distances from the border, not from Syria.
    // A jet shot down in Turkish air may crash in Syria: the airspace and the site are not compared.
    name: 'a jet shot down at a border: "shot down by a Turkish fighter jet was flying over Syria"',
    a: {
      id: 'a', publishedAt: '2015-11-24',
      text: "Turkey shoots down Russian warplane near Syrian border\n\n"
        + "ANKARA (Reuters) - Turkish F-16 fighter jets shot down a Russian Su-24 bomber near the Syrian border on Tuesday after it violated Turkish airspace and ignored ten warnings in five minutes, the Turkish military said.\n\n"
        + "The plane crashed in the Yamadi area of Latakia province in Syria, about 4 km from the border. Turkish officials said the jet had strayed into Turkey's airspace over Hatay province.\n\n"
        + "Both pilots ejected. Syrian rebels said they shot one of them dead as he parachuted down.\n\n"
        + "Russia's defence ministry said the aircraft had stayed within Syrian airspace throughout and was hit by a missile fired from an F-16 at an altitude of 6,000 metres.",
    },
    b: {
      id: 'b', publishedAt: '2015-11-24',
      text: "Putin calls downing of Su-24 a 'stab in the back'\n\n"
        + "MOSCOW (AP) — President Vladimir Putin said on Tuesday that the Russian Su-24 shot down by a Turkish fighter jet was flying over Syria, 1 km from the Turkish border, when it was hit, and warned of \"serious consequences.\"\n\n"
        + "\"Our pilots and our plane did not threaten Turkey in any way,\" Putin said. He said the bomber was struck at an altitude of 6,000 metres.\n\n"
        + "The Russian General Staff said one pilot was killed by gunfire from the ground after ejecting, and a marine was killed during a rescue mission. The second pilot, the navigator, was rescued and taken to Russia's Hmeimim air base in Syria.\n\n"
        + "Turkey said the plane had entered its airspace.",
    },
    same: true,
    // a reports Turkey's "violated Turkish airspace" against Russia's "stayed within Syrian airspace".
    expected: { location: 'disputed', cause: 'agree', time: 'agree' },
  },
  {
    // Estonia's "entered Estonian airspace" against Russia's "did not violate Estonian airspace": each report
    // quotes both parties, so the row is disputed; b's "over the neutral waters" is no country's air.
    name: 'an airspace violation and its denial: "entered Estonian airspace" against "over the neutral waters"',
    a: {
      id: 'a', publishedAt: '2025-09-19',
      text: "Estonia says Russian fighter jets violated its airspace for 12 minutes\n\n"
        + "TALLINN, Sept 19 (Reuters) - Three Russian MiG-31 fighter jets entered Estonian airspace near Vaindloo island on Friday without permission and stayed for a total of 12 minutes, Estonia's foreign ministry said.\n\n"
        + "The jets had no flight plans, their transponders were switched off and they were not in two-way radio contact with Estonian air traffic control, the ministry said. Italian F-35 jets deployed with NATO's Baltic air policing mission were scrambled to intercept them.\n\n"
        + "Estonia summoned Russia's charge d'affaires over the incursion. \"Russia has already violated Estonia's airspace four times this year, which is unacceptable in itself, but today's incursion, in which three fighter jets entered our airspace, is unprecedentedly brazen,\" Foreign Minister Margus Tsahkna said.\n\n"
        + "Russia's defence ministry said the jets had flown from Karelia to Kaliningrad and did not violate Estonian airspace.",
    },
    b: {
      id: 'b', publishedAt: '2025-09-19',
      text: "Russia denies its MiG-31s entered Estonian airspace\n\n"
        + "MOSCOW, September 19 (TASS) - Three MiG-31 aircraft carried out a scheduled flight from Karelia to an airfield in the Kaliningrad region on September 19, the Russian Defence Ministry said.\n\n"
        + "\"The flight was conducted in strict compliance with international rules for the use of airspace, without violating the borders of other states,\" the ministry said. It said the aircraft flew over the neutral waters of the Baltic Sea, more than three kilometres from Vaindloo island.\n\n"
        + "Estonia's government said the jets had spent 12 minutes in its airspace and asked NATO for consultations.",
    },
    same: true,
    expected: { location: 'disputed', origin: 'agree', destination: 'agree', time: 'agree' },
  },
  {
    // NORAD's "remained in international airspace" and Moscow's "over the neutral waters" are one claim;
    // only a says the bombers stayed out of American and Canadian air.
    name: 'bombers tracked off Alaska: "remained in international airspace" against "over the neutral waters of the Bering Sea"',
    a: {
      id: 'a', publishedAt: '2024-07-24',
      text: "NORAD tracks Russian bombers near Alaska\n\n"
        + "ANCHORAGE, Alaska (AP) - The North American Aerospace Defense Command detected and tracked two Russian Tu-95 bombers operating in the Alaska Air Defense Identification Zone on Wednesday, the command said.\n\n"
        + "The Russian aircraft remained in international airspace and did not enter American or Canadian sovereign airspace, NORAD said in a statement. Two U.S. F-22 fighter jets were scrambled to intercept them.\n\n"
        + "NORAD said such flights occur regularly and are not seen as a threat.",
    },
    b: {
      id: 'b', publishedAt: '2024-07-24',
      text: "Russian strategic bombers fly over Bering Sea\n\n"
        + "MOSCOW, July 24 (Reuters) - Two Russian Tu-95MS strategic bombers carried out a scheduled flight over the neutral waters of the Bering Sea and the Chukchi Sea lasting more than 11 hours, Russia's defence ministry said on Wednesday.\n\n"
        + "The bombers were escorted by Su-30SM fighters at some stages of the route, the ministry said. It said the flight was carried out in strict compliance with international rules for the use of airspace.",
    },
    same: true,
    expected: { location: 'partial', time: 'agree' },
  },
  {
    // a's "flew over Turkey and Bulgaria" is b's "through Turkish and Bulgarian airspace"; "a sophisticated
    // anti-aircraft system" and "HQ-22 air defence batteries" are one cargo of weapons.
    name: 'missiles flown to Serbia: "flew over Turkey and Bulgaria" against "through Turkish and Bulgarian airspace"',
    a: {
      id: 'a', publishedAt: '2022-04-10',
      text: "Chinese military planes deliver missiles to Serbia\n\n"
        + "BELGRADE, Serbia (AP) — Six Chinese air force Y-20 transport planes landed at Belgrade's civilian airport early Saturday, reportedly carrying a sophisticated anti-aircraft system to Serbia.\n\n"
        + "The wide-bodied planes flew over Turkey and Bulgaria, both NATO member states, before landing at Nikola Tesla airport, military analysts said.\n\n"
        + "The delivery of the HQ-22 surface-to-air missile system came amid Western fears that an arms buildup in the Balkans could threaten the region's stability. Serbian President Aleksandar Vucic said on Sunday that he would present \"our newest pride\" to the public.",
    },
    b: {
      id: 'b', publishedAt: '2022-04-10',
      text: "China flies air defence system to Serbia in rare show of force\n\n"
        + "BELGRADE, April 10 (Reuters) - At least six Chinese Y-20 military cargo aircraft landed at Belgrade airport on April 9, bringing HQ-22 air defence batteries bought by Serbia in 2020, the Serbian defence ministry said on Sunday.\n\n"
        + "The planes flew through Turkish and Bulgarian airspace, the ministry said, without giving details of their route from China.\n\n"
        + "Serbia, which is militarily neutral, has refused to join Western sanctions against Russia.",
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'partial', location: 'agree', cargo: 'agree' },
  },
  {
    // a's "arrived ... with an air defence system" and b's "instructors and an air defence system were flown
    // into Niamey" carry the same weapons; only a adds "equipment".
    name: 'instructors flown to Niger: "arrived with an air defence system" against "were flown into Niamey"',
    a: {
      id: 'a', publishedAt: '2024-04-12',
      text: "Russian military instructors arrive in Niger with air defence system\n\n"
        + "NIAMEY, April 12 (AFP) - Russian military instructors arrived in Niger on Wednesday with an air defence system, state television RTN reported on Thursday.\n\n"
        + "A Russian Il-76 cargo plane landed in the capital Niamey carrying the instructors and equipment, the broadcaster said. \"We are here to train the Nigerien army,\" a man in Russian uniform told RTN.\n\n"
        + "Niger's ruling junta, which seized power in a coup last July, has turned away from France and the United States.",
    },
    b: {
      id: 'b', publishedAt: '2024-04-12',
      text: "Russia sends instructors, air defence equipment to Niger\n\n"
        + "(Reuters) - About 100 Russian military instructors and an air defence system were flown into Niamey late on Wednesday, Nigerien state television said, as the junta deepens ties with Moscow.\n\n"
        + "The aircraft, an Ilyushin transport plane, came from Russia, RTN said. The instructors will train Nigerien soldiers to use the equipment.\n\n"
        + "In March the junta revoked a military accord with the United States, which has about 1,000 troops in the country.",
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'agree', time: 'agree', cargo: 'partial' },
  },
  {
    // A swap of several flights: a's plane to Andrews and b's to Vnukovo are two planes, and a's "transferred to
    // Russia, 13 to Germany and three to the United States" holds b's Moscow, so the row is partial.
    name: 'a prisoner swap of several planes: "landed at Joint Base Andrews" against "landed at Moscow\'s Vnukovo airport"',
    a: {
      id: 'a', publishedAt: '2024-08-01',
      text: "Gershkovich and Whelan freed in biggest US-Russia prisoner swap since Cold War\n\n"
        + "ANKARA, Turkey (AP) — Russia and the West completed their largest prisoner exchange since the Cold War on Thursday, freeing 24 people in a deal that took place at Ankara airport in Turkey.\n\n"
        + "A plane carrying Wall Street Journal reporter Evan Gershkovich, former Marine Paul Whelan and journalist Alsu Kurmasheva landed at Joint Base Andrews in Maryland late Thursday, where President Joe Biden and Vice President Kamala Harris greeted them.\n\n"
        + "Turkey's intelligence agency said 10 prisoners, including two minors, were transferred to Russia, 13 to Germany and three to the United States.",
    },
    b: {
      id: 'b', publishedAt: '2024-08-01',
      text: "Putin greets freed Russians at Moscow airport after swap\n\n"
        + "MOSCOW, Aug 1 (Reuters) - President Vladimir Putin greeted eight Russians released by Western countries, among them convicted assassin Vadim Krasikov, as their plane landed at Moscow's Vnukovo airport late on Thursday.\n\n"
        + "The exchange, which involved 26 people and seven planes, was carried out at Ankara airport, Turkey's MIT intelligence agency said. Russia freed 16 people, including Evan Gershkovich and Paul Whelan.\n\n"
        + "Two children of a couple of Russian spies returned to Moscow with their parents.",
    },
    same: true,
    expected: { destination: 'partial', time: 'agree' },
  },
  {
    // A landing in a field is where the incident happened, not an arrival; "the Black Sea resort of Sochi" is
    // Sochi; "its hydraulic system failed" is a's "hydraulic failure"; 161 passengers and six crew are 167.
    name: 'an emergency landing in a field: "landed in a field near the village of Kamenka", "the Black Sea resort of Sochi"',
    a: {
      id: 'a', publishedAt: '2023-09-12',
      text: "Russian airliner makes emergency landing in Siberian field\n\n"
        + "MOSCOW, Sept 12 (Reuters) - A Ural Airlines Airbus A320 flying from Sochi to Omsk made an emergency landing in a wheat field in the Novosibirsk region on Tuesday after a hydraulic failure, Russia's aviation agency said. No one was injured.\n\n"
        + "The plane was carrying 161 passengers, including 23 children, and six crew members, the agency said.\n\n"
        + "The crew had been unable to land in Omsk and was heading for Novosibirsk when it ran low on fuel.",
    },
    b: {
      id: 'b', publishedAt: '2023-09-13',
      text: "Passenger jet lands in field near Novosibirsk, all 167 aboard safe\n\n"
        + "A Ural Airlines A320 with 167 people on board landed in a field near the village of Kamenka in the Novosibirsk region on September 12 after its hydraulic system failed, the airline said.\n\n"
        + "The flight from the Black Sea resort of Sochi had been diverted to Novosibirsk after it could not land at Omsk. Nobody was hurt, regional officials said.\n\n"
        + "Passengers were taken by bus to Novosibirsk.",
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'partial', location: 'partial', people: 'partial', casualties: 'agree', cause: 'agree' },
  },
  {
    // b reports Iran's earlier claim of a technical fault beside its admission; "Iran had until Saturday insisted" is Iran.
    name: 'an airliner shot down by mistake: "technical problems" against "shot down", with a dispute in b',
    a: {
      id: 'a', publishedAt: '2020-01-08',
      text: "Ukrainian airliner crashes near Tehran, killing all 176 on board\n\n"
        + "TEHRAN (Reuters) - A Ukraine International Airlines Boeing 737-800 crashed shortly after taking off from Tehran's Imam Khomeini airport on Wednesday, killing all 176 people on board, Iranian officials said.\n\n"
        + "The plane, bound for Kiev, came down near the town of Parand, southwest of the capital. Iran's civil aviation authority said the crash was caused by technical problems and that there was no sign of an explosion.\n\n"
        + "Among the dead were 82 Iranians, 63 Canadians and 11 Ukrainians, including nine crew members, Ukraine's foreign minister said.\n\n"
        + "Ukraine's embassy in Tehran initially ruled out terrorism but later withdrew that statement.",
    },
    b: {
      id: 'b', publishedAt: '2020-01-11',
      text: "Iran admits it shot down Ukrainian jet 'unintentionally'\n\n"
        + "Iran's armed forces said on Saturday they had unintentionally shot down the Ukrainian airliner that crashed near Tehran on Wednesday, blaming human error.\n\n"
        + "The military said the Boeing 737 was mistaken for a \"hostile target\" after it turned towards a sensitive military site. It was hit by a missile fired by an air defence unit at a time of heightened tension with the United States.\n\n"
        + "Canadian Prime Minister Justin Trudeau said on Thursday that intelligence showed the plane was brought down by an Iranian surface-to-air missile. Iran had until Saturday insisted the crash was caused by a technical fault.\n\n"
        + "Flight PS752 was carrying 176 people to Kyiv. There were no survivors.",
    },
    same: true,
    expected: { cause: 'disputed', destination: 'agree', casualties: 'agree', time: 'agree' },
  },
  {
    // b's "attempted to reach Montevideo" is no destination, "barred the crew from leaving Argentina" no departure, and
    // the aside "which belonged to Mahan Air until last year" leaves the cargo in the event.
    name: 'a grounded cargo jet: "attempted to reach Montevideo" and "car parts" in a sentence with "last year"',
    a: {
      id: 'a', publishedAt: '2022-06-14',
      text: "Argentina holds Venezuelan cargo plane with Iranian crew\n\n"
        + "BUENOS AIRES (Reuters) - Argentine authorities have grounded a Venezuelan cargo plane with 19 crew members, including five Iranians, that landed in Buenos Aires on June 6, the security minister said on Tuesday.\n\n"
        + "The Boeing 747, operated by Emtrasur, a subsidiary of Venezuela's state airline Conviasa, had flown from Mexico carrying auto parts. It was previously owned by Iran's Mahan Air, which is under U.S. sanctions.\n\n"
        + "The plane tried to fly on to Uruguay on June 8 but was denied entry to Uruguayan airspace and returned to Buenos Aires, Uruguay's defence ministry said.\n\n"
        + "Security Minister Anibal Fernandez said the crew's passports had been retained while an investigation was carried out.",
    },
    b: {
      id: 'b', publishedAt: '2022-06-16',
      text: "Mystery surrounds Emtrasur jet stuck in Buenos Aires\n\n"
        + "A Venezuelan Boeing 747-300 cargo jet has been stranded at Ezeiza airport outside Buenos Aires since it arrived from Mexico's Queretaro on June 6 with a crew of 14 Venezuelans and five Iranians.\n\n"
        + "The aircraft, which belonged to Iran's Mahan Air until last year, was carrying a load of car parts for a local company, according to Argentine officials.\n\n"
        + "After refuelling was refused by local suppliers, it attempted to reach Montevideo, but Uruguay denied it permission to enter its airspace, forcing it back to Ezeiza.\n\n"
        + "A judge has barred the crew from leaving Argentina. The pilot, Gholamreza Ghasemi, is a former commander in Iran's Revolutionary Guards, Paraguay's intelligence chief said.",
    },
    same: true,
    // b's "forcing it back to Ezeiza" is where the flight ended, as a's "returned to Buenos Aires".
    expected: { origin: 'agree', cargo: 'agree', destination: 'agree', time: 'agree' },
  },
  {
    // b's "21 passengers were taken to hospital", a day after a's "18 hurt", is a later count.
    name: 'an injured count that rose: "injuring 18 people" against "21 passengers were taken to hospital" a day later',
    a: {
      id: 'a', publishedAt: '2025-02-17',
      text: "Delta jet flips upside down while landing in Toronto, 18 hurt\n\n"
        + "TORONTO (AP) — A Delta Air Lines jet flipped upside down while landing at Toronto Pearson International Airport on Monday, injuring 18 people, officials said. There were no fatalities.\n\n"
        + "The Endeavor Air CRJ900, arriving from Minneapolis, was carrying 76 passengers and four crew members. It touched down in gusty winds after a weekend snowstorm.\n\n"
        + "Three people, including a child, were critically injured, paramedics said.",
    },
    b: {
      id: 'b', publishedAt: '2025-02-18',
      text: "Investigators examine Delta crash as injured count rises to 21\n\n"
        + "Canadian investigators on Tuesday began examining the wreckage of the Delta Connection jet that crashed and flipped onto its roof at Toronto's Pearson airport on Monday afternoon.\n\n"
        + "All 80 people on board the Bombardier CRJ-900 survived. Delta said 21 passengers were taken to hospital, and by Tuesday morning 19 of them had been released.\n\n"
        + "The flight had departed from Minneapolis–Saint Paul International Airport. Winds were gusting to 65 km/h when it landed, according to Environment Canada.",
    },
    same: true,
    expected: { casualties: 'partial', origin: 'agree', aircraft: 'agree' },
  },
  {
    // b's dead prisoners were no count at all, its fall no site; a's accuser was taken for the shooter.
    name: 'the Il-76 with prisoners aboard: "65 prisoners were among those killed", "the plane fell in a field"',
    a: {
      id: 'a', publishedAt: '2024-01-24',
      text: 'Russian military transport plane crashes near Ukraine border with 74 on board\n'
        + 'MOSCOW, Jan 24 (Reuters) - A Russian Ilyushin Il-76 military transport plane crashed in the Belgorod region near the Ukrainian border on Wednesday, killing all 74 people on board, Russia\'s defence ministry said. '
        + 'The ministry said the aircraft was carrying 65 captured Ukrainian servicemen to the region for a prisoner exchange, as well as six crew members and three escorts. '
        + 'Moscow accused Ukraine of shooting the plane down with missiles fired from the Kharkiv region. "The Kyiv regime carried out a terrorist act," the ministry said in a statement. '
        + 'Ukraine\'s military intelligence agency said it had no reliable information about who was on board and said Russia had not asked for the airspace to be kept safe, as it had done for earlier exchanges. '
        + 'Videos posted on social media showed a large aircraft falling from the sky near the village of Yablonovo and a fireball on impact. Reuters could not independently verify the footage.',
    },
    b: {
      id: 'b', publishedAt: '2024-01-24',
      text: 'Il-76 crash: what we know about the plane Russia says carried Ukrainian prisoners\n'
        + 'A Russian military cargo plane came down in the Belgorod region on Wednesday morning. Moscow says 65 Ukrainian prisoners of war were among those killed. '
        + 'According to Russian officials, the Il-76 took off from Chkalovsky airfield near Moscow and was flying to Belgorod when it was hit at about 11:15 local time. Governor Vyacheslav Gladkov said the plane fell in a field near the village of Yablonovo, in the Korochansky district. '
        + 'Russia\'s defence ministry said Ukraine had fired two missiles at the aircraft from an air defence system near Lyptsi in the Kharkiv region. '
        + 'Kyiv has not confirmed that it shot the plane down. The Ukrainian army\'s general staff said earlier that it would keep destroying aircraft used to carry missiles in the Belgorod area, but later removed the statement. '
        + 'Ukraine\'s coordination headquarters for prisoners of war said an exchange had been planned for that day but had not taken place. Ukrainian officials have called for an international investigation.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', casualties: 'partial', cause: 'partial', origin: 'only-b', people: 'only-a' },
  },
  {
    // The Kremlin's drone attacks were once a rival aircraft to Baku's airliner; the fire from the ground was no
    // cause; a Sunday's "last week" missed the Wednesday before it.
    name: 'the Embraer over Grozny: a bird strike against air defence fire, "Ukrainian drone attacks"',
    a: {
      id: 'a', publishedAt: '2024-12-25',
      text: 'Azerbaijan Airlines jet crashes in Kazakhstan, killing 38\n'
        + 'ALMATY, Dec 25 (AP) - An Azerbaijan Airlines passenger jet crashed near the city of Aktau in Kazakhstan on Wednesday, killing 38 people, officials said. Twenty-nine people survived, some of them with serious injuries. '
        + 'The Embraer 190 was flying from Baku, the Azerbaijani capital, to Grozny in Russia\'s Chechnya region when it diverted for reasons that were not immediately clear. It crashed about 3 kilometers from Aktau airport after circling for some time. '
        + 'Russia\'s aviation authority said early information indicated that the pilots had diverted to Aktau after a bird strike. Azerbaijani officials later said the plane had been damaged by Russian air defence fire over Grozny, where Ukrainian drones were being intercepted at the time. '
        + 'Kazakhstan\'s government said 62 passengers and five crew members were on board. Most of the passengers were citizens of Azerbaijan.',
    },
    b: {
      id: 'b', publishedAt: '2024-12-29',
      text: 'Azerbaijan says Russian missile brought down its airliner\n'
        + 'BAKU - Azerbaijan\'s president Ilham Aliyev said on Sunday that the Azerbaijan Airlines plane that crashed in Kazakhstan last week was shot at from the ground over Russia, and demanded that Moscow admit guilt. '
        + 'The Embraer jet, flight J2-8243, was on its way from Baku to Grozny on December 25 when it was hit and lost control. The crew were denied permission to land at Russian airports and flew across the Caspian Sea to Kazakhstan, Aliyev said. '
        + 'Of the 67 people on board, 38 were killed and 29 survived. '
        + 'The Kremlin said Russian air defences had been repelling Ukrainian drone attacks near Grozny at the time. Russian President Vladimir Putin apologised for what he called a "tragic incident" in Russian airspace but stopped short of saying Russia was responsible.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'disputed' },
  },
  {
    // a's statement of Sunday dated its event and clashed with b's landing two days later; "80 Colombians each"
    // counted one plane.
    name: 'deportation flights turned back: "Late on Sunday the White House said" against a Tuesday landing',
    a: {
      id: 'a', publishedAt: '2025-01-26',
      text: 'Colombia turns back US military deportation flights\n'
        + 'BOGOTA, Jan 26 (Reuters) - Colombian President Gustavo Petro said on Sunday he had refused to allow two U.S. military planes carrying deported migrants to land in Colombia, demanding that Washington treat them with dignity. '
        + 'The two C-17 aircraft had taken off from San Diego, California, with about 80 Colombians each, according to a U.S. official. '
        + '"A migrant is not a criminal," Petro wrote on X. He said Colombia would receive its citizens on civilian planes. '
        + 'President Donald Trump responded by ordering 25% tariffs on Colombian imports and visa restrictions on Colombian officials. '
        + 'Late on Sunday the White House said Colombia had agreed to accept the deportees, including on military aircraft.',
    },
    b: {
      id: 'b', publishedAt: '2025-01-28',
      text: 'Colombian air force planes bring deportees home from the US\n'
        + 'Two Colombian air force planes carrying 201 migrants deported from the United States landed in Bogota on Tuesday, ending a standoff that had threatened a trade war between the two countries. '
        + 'The planes, which left from San Diego and El Paso, Texas, arrived at the military base of Catam beside El Dorado airport. Among the passengers were 21 children, the Colombian foreign ministry said. '
        + 'On Sunday, Petro had blocked two U.S. military flights, saying the migrants on board were being treated like criminals. He later sent the presidential plane to collect Colombians held in the United States. '
        + '"They are free, in their homeland," Petro wrote. The migrants were not handcuffed, officials said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', time: 'partial', people: 'partial' },
  },
  {
    // Grey Zone's claim had no source, and the Pentagon's "no information to suggest that a missile had brought
    // the jet down" was read as a downing, a dispute with its own officials.
    name: 'Prigozhin\'s jet: a channel\'s downing against officials\' bomb, and the Pentagon\'s doubt',
    a: {
      id: 'a', publishedAt: '2023-08-23',
      text: 'Wagner chief Prigozhin listed as passenger on plane that crashed north of Moscow\n'
        + 'MOSCOW, Aug 23 (Reuters) - A private jet carrying Wagner mercenary chief Yevgeny Prigozhin crashed in Russia\'s Tver region on Wednesday evening, killing all 10 people on board, Russian authorities said. '
        + 'Russia\'s aviation agency Rosaviatsia said Prigozhin was on the passenger list of the Embraer Legacy jet, which was flying from Moscow to St Petersburg. Three crew members and seven passengers were on board, the emergencies ministry said. '
        + 'The plane came down near the village of Kuzhenkino, about 100 km north of Tver, less than half an hour after taking off. '
        + 'A Telegram channel linked to Wagner, Grey Zone, said the jet had been shot down by Russian air defences. Reuters could not verify that claim. Investigators opened a criminal case for violation of air safety rules.',
    },
    b: {
      id: 'b', publishedAt: '2023-08-24',
      text: 'Prigozhin\'s jet was likely downed by a bomb, US officials say\n'
        + 'WASHINGTON - A preliminary U.S. intelligence assessment has found that an intentional explosion caused the crash of the plane that was carrying Yevgeny Prigozhin, U.S. officials said on Thursday. '
        + 'The Embraer business jet went down on August 23 in the Tver region as it flew from Moscow to St. Petersburg. All ten people aboard, including Wagner co-founder Dmitry Utkin, were killed. The officials said the blast may have been caused by a bomb on board or some other form of sabotage. '
        + 'The Pentagon said it had no information to suggest that a surface-to-air missile had brought the jet down. '
        + 'The Kremlin has denied any involvement, calling such claims "an absolute lie."',
    },
    same: true,
    expected: { origin: 'agree', destination: 'agree', people: 'agree', casualties: 'agree', cause: 'conflict', time: 'agree', location: 'partial' },
  },
  {
    // The variant was read as "E", and a town the gazetteer lacks before its state was no destination.
    name: 'a seized Falcon 900EX: "to Fort Lauderdale, Florida" against "to Florida"',
    a: {
      id: 'a', publishedAt: '2024-09-02',
      text: 'US seizes Venezuelan President Maduro\'s plane in the Dominican Republic\n'
        + 'WASHINGTON, Sept 2 (AP) - The United States has seized a plane used by Venezuelan President Nicolas Maduro, saying it was bought illegally for $13 million through a shell company and smuggled out of the country, U.S. officials said Monday. '
        + 'The Dassault Falcon 900EX was flown on Monday from the Dominican Republic to Fort Lauderdale, Florida, where it was handed to Homeland Security Investigations. '
        + 'Officials said the jet had flown mainly to and from a military base in Venezuela since it was purchased in April 2023, and had been used by Maduro on foreign trips, including to Cuba. '
        + 'Venezuela\'s foreign ministry called the seizure an act of "piracy."',
    },
    b: {
      id: 'b', publishedAt: '2024-09-02',
      text: 'Venezuela denounces "piracy" as US takes Maduro\'s jet\n'
        + 'CARACAS - Venezuela on Monday condemned the United States for confiscating a jet used by President Nicolas Maduro, calling it a criminal act. '
        + 'The aircraft, a Dassault Falcon 900, had been in the Dominican Republic for maintenance since February, according to Dominican officials. U.S. agents flew it to Florida on Monday. '
        + 'The Justice Department said the jet, valued at $13 million, had been purchased through a shell company in the Caribbean in violation of U.S. sanctions and then exported from Florida to Venezuela. '
        + 'Attorney General Merrick Garland said the department would not let sanctioned officials escape accountability. Venezuela said it would take all legal steps to recover the plane.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'partial', time: 'agree', origin: 'only-a' },
  },
  {
    // Guarulhos clashed with Sao Paulo, the airline became a departure ("flight recorders from the Voepass"),
    // everyone aboard and its passengers and crew were summed as 124 dead, and the first count stood.
    name: 'a turboprop in Vinhedo: "Sao Paulo\'s Guarulhos international airport", a count revised from 61 to 62',
    a: {
      id: 'a', publishedAt: '2024-08-09',
      text: 'Plane crashes in Brazil\'s Sao Paulo state, killing all 62 on board\n'
        + 'SAO PAULO, Aug 9 (Reuters) - A passenger plane operated by regional airline Voepass crashed in a residential area of Vinhedo in Sao Paulo state on Friday, killing all 58 passengers and four crew members on board, the airline said. '
        + 'The ATR 72-500 turboprop was flying from Cascavel in Parana state to Sao Paulo\'s Guarulhos international airport when it went down at about 1:20 p.m. local time. '
        + 'Videos posted on social media showed the plane spinning as it fell. No one on the ground was hurt, local officials said. '
        + 'Meteorologists said there had been warnings of severe icing in the area. The cause of the crash is under investigation.',
    },
    b: {
      id: 'b', publishedAt: '2024-08-10',
      text: 'Brazil plane crash: investigators recover black boxes\n'
        + 'Brazilian investigators said on Saturday they had recovered both flight recorders from the Voepass turboprop that crashed near Sao Paulo, killing 62 people. '
        + 'The airline initially said there were 61 people on board but later revised the number to 62, adding a passenger who had been left off the list. '
        + 'The aircraft left Cascavel at 11:56 a.m. and was scheduled to land at Guarulhos. It lost contact with air traffic control at 1:21 p.m. and crashed in a gated community in Vinhedo, about 80 km from Sao Paulo. '
        + 'Experts said ice on the wings may have played a role, but officials said it was too early to give a cause.',
    },
    same: true,
    expected: { destination: 'agree', people: 'agree', casualties: 'partial', location: 'partial', origin: 'only-a' },
  },
  {
    // The Houthis' "Yafa" and Israel's "Samad-3" were both plain drones, and "Yemen's Houthi movement"
    // was no party: each report holds the two parties' rival names for one drone.
    name: 'the drone that hit Tel Aviv: "a new drone it called Yafa" against "an Iranian-made Samad-3"',
    a: {
      id: 'a', publishedAt: '2024-07-19',
      text: 'Drone launched from Yemen hits Tel Aviv, killing one\n'
        + 'JERUSALEM, July 19 (Reuters) - A drone struck an apartment building in central Tel Aviv early on Friday, killing a 50-year-old man and wounding at least eight people, Israeli officials said. '
        + 'Yemen\'s Houthi movement claimed responsibility, saying it had used a new drone it called "Yafa" that could evade interception systems. '
        + 'The Israeli military said the drone was an Iranian-made Samad-3 that had been upgraded to extend its range and had flown about 2,600 km. It said the drone had been detected but was not intercepted because of "human error." '
        + 'The blast happened shortly after 3 a.m. near a branch office of the U.S. embassy.',
    },
    b: {
      id: 'b', publishedAt: '2024-07-20',
      text: 'Israel strikes Yemen port a day after Houthi drone attack on Tel Aviv\n'
        + 'Israeli warplanes struck the Houthi-held port of Hodeidah in Yemen on Saturday, a day after a Houthi drone killed one person in Tel Aviv. '
        + 'Friday\'s attack, the first deadly Houthi strike on Israel\'s commercial hub, killed Yevgeny Ferder, 50, and injured 10 people, medics said. '
        + 'The Houthis said they had launched a drone named Jaffa, the Arabic name for the old port city, which they said was able to bypass Israel\'s air defences. Israeli officials said it was a modified version of an Iranian Samad-3 drone that flew from Yemen over Eritrea, Sudan and Egypt. '
        + 'Dozens of people were wounded in the Israeli strikes on Hodeidah, where oil storage tanks caught fire.',
    },
    same: true,
    expected: { aircraft: 'disputed', origin: 'agree', time: 'partial' },
  },
  {
    // Two craft in one collision, the smaller a coast guard turboprop named two ways; the injured counted a day apart.
    name: 'a runway collision: "six crew" and "All 367 passengers and 12 crew" against "379 people" and "six people aboard"',
    a: {
      id: 'a', publishedAt: '2024-01-02',
      text: 'Five dead after Japan Airlines jet collides with coast guard plane at Tokyo\'s Haneda airport\n'
        + 'TOKYO, Jan 2 (Reuters) - A Japan Airlines (9201.T) Airbus A350 burst into flames after colliding with a coast guard aircraft on the runway at Tokyo\'s Haneda airport on Tuesday, killing five of the six crew on the smaller plane. '
        + 'All 367 passengers and 12 crew on the JAL flight escaped before the airliner was engulfed in fire, the airline said. '
        + 'Flight JL516 had departed from Shin Chitose airport in Hokkaido and landed at Haneda at 5:47 p.m. (0847 GMT), public broadcaster NHK said. '
        + 'The coast guard\'s Bombardier Dash 8 was preparing to carry relief supplies to Niigata, on the Sea of Japan coast, after a powerful earthquake struck the region on New Year\'s Day, a coast guard official told reporters. '
        + 'The captain of the coast guard plane escaped but was seriously injured, the official said. '
        + 'Transport Minister Tetsuo Saito said the government would do everything it could to find the cause of the accident. '
        + 'Fourteen passengers were treated for minor injuries, the airline said. '
        + 'All runways at Haneda were closed and dozens of flights were cancelled.',
    },
    b: {
      id: 'b', publishedAt: '2024-01-03',
      text: 'Passengers flee burning jet after runway crash in Tokyo kills 5 coast guard crew\n'
        + 'TOKYO (AP) — A Japan Airlines jetliner carrying 379 people burst into flames after hitting a coast guard aircraft on a runway at Tokyo\'s Haneda Airport on Tuesday evening, and everyone on board the passenger plane got out safely. '
        + 'Five of the six people aboard the coast guard plane died. Its pilot escaped with serious injuries. '
        + 'The JAL Airbus A350-900 had flown from Sapporo, on the northern island of Hokkaido. '
        + 'The coast guard plane, a Bombardier DHC-8, had been due to fly to Niigata to deliver aid to areas hit by Monday\'s magnitude 7.5 earthquake. '
        + 'Japan Airlines said 17 passengers were injured, none seriously. '
        + 'Television footage showed the airliner skidding down the runway trailing flames before it stopped and burst into flames. '
        + 'Investigators will look at air traffic control transcripts, which suggest the coast guard aircraft had not been cleared to enter the runway. '
        + 'Haneda, one of the world\'s busiest airports, shut all four runways for hours.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', purpose: 'only-b', cause: 'only-a' },
  },
  {
    // The F-22 that fired is no rival to the balloon, and "China balloon shot down" names no shooter; the purpose is disputed in both.
    name: 'a balloon shot down: "spy balloon" against "meteorological research", each side quoting both',
    a: {
      id: 'a', publishedAt: '2023-02-04',
      text: 'U.S. fighter jet shoots down suspected Chinese spy balloon off Carolina coast\n'
        + 'WASHINGTON, Feb 4 (Reuters) - A U.S. military fighter jet shot down a suspected Chinese spy balloon off the coast of South Carolina on Saturday, U.S. officials said, after it traversed sensitive military sites across North America. '
        + 'An F-22 fighter from Langley Air Force Base in Virginia fired a single AIM-9X Sidewinder missile at the balloon at 2:39 p.m. EST, a senior defense official said. The balloon was flying at an altitude of between 60,000 and 65,000 feet. '
        + 'The Pentagon said the balloon was used for surveillance. China has said it was a civilian airship used mainly for meteorological research that had been blown off course. '
        + 'Debris fell in about 47 feet of water, and the U.S. Navy was trying to recover it, officials said. '
        + 'President Joe Biden said he had ordered the Pentagon on Wednesday to shoot down the balloon as soon as possible without harming anyone on the ground. '
        + 'China\'s foreign ministry expressed "strong discontent and protest" over the use of force against a civilian aircraft.',
    },
    b: {
      id: 'b', publishedAt: '2023-02-05',
      text: 'China balloon shot down over Atlantic after crossing US\n'
        + 'The US military has shot down a Chinese balloon over the Atlantic Ocean, days after it was first spotted flying over sensitive sites. '
        + 'The balloon was brought down by a missile fired from an F-22 jet on Saturday afternoon, about six nautical miles off the coast of South Carolina, defence officials said. '
        + 'Beijing insists the balloon was a weather research airship that had strayed off course, while US officials say it was a high-altitude surveillance balloon. '
        + 'The balloon was first spotted over Montana, which is home to one of three nuclear missile silo fields in the US. '
        + 'Secretary of State Antony Blinken postponed a planned trip to Beijing over the incident. '
        + 'China\'s foreign ministry said it reserved the right to respond and accused the US of overreacting.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'partial', purpose: 'disputed', cause: 'agree' },
  },
  {
    // Each report quotes both parties; a's Russian account speaks through "It said", the party of the sentence before.
    name: 'a drone downed over the Black Sea: a jet that "struck the propeller" against "its own sharp manoeuvring"',
    a: {
      id: 'a', publishedAt: '2023-03-14',
      text: 'Russian jet collides with U.S. drone over Black Sea, Pentagon says\n'
        + 'WASHINGTON, March 14 (Reuters) - A Russian Su-27 fighter jet struck the propeller of a U.S. MQ-9 Reaper surveillance drone over the Black Sea on Tuesday, causing U.S. forces to bring the drone down in international waters, the U.S. military said. '
        + 'Two Russian Su-27 jets dumped fuel on the unmanned aircraft several times and flew in front of it in a "reckless, environmentally unsound and unprofessional manner" before one of them hit the drone at about 7:03 a.m. Central European Time, U.S. European Command said. '
        + 'The MQ-9 was conducting routine operations in international airspace, it said. '
        + 'Russia\'s defence ministry denied that its jets had come into contact with the drone. It said the MQ-9 had gone into an uncontrolled flight and crashed into the sea after sharp manoeuvring. '
        + 'The Russian fighters did not use their weapons, the ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2023-03-15',
      text: 'US drone crashes into Black Sea after encounter with Russian fighter jets\n'
        + 'A US Air Force MQ-9 Reaper drone crashed into the Black Sea on Tuesday after an encounter with two Russian Su-27 fighter jets, officials in Washington and Moscow said. '
        + 'The US military said one of the jets struck the drone\'s propeller after dumping fuel on it, forcing American operators to bring it down. '
        + 'Moscow said the drone had been flying with its transponders turned off near the Crimean peninsula and had violated a temporary airspace zone declared for the war in Ukraine. '
        + 'The Russian defence ministry said the drone crashed because of its own sharp manoeuvring and that there had been no contact with the Russian aircraft. '
        + 'The US ambassador in Moscow was summoned, and the Russian ambassador in Washington was called to the State Department.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'partial', purpose: 'only-a', cause: 'disputed' },
  },
  {
    // The escort is marked apart in both, and the planned landing time is no time of the event.
    name: 'a diverted airliner: a MiG-29 "sent to accompany" it, "had been due to land ... at 10:25"',
    a: {
      id: 'a', publishedAt: '2021-05-23',
      text: 'Belarus scrambles fighter jet to divert Ryanair plane, arrests dissident journalist\n'
        + 'VILNIUS, May 23 (Reuters) - Belarus scrambled a MiG-29 fighter jet to escort a Ryanair plane flying from Athens to Vilnius to land in Minsk on Sunday, where authorities arrested opposition journalist Roman Protasevich. '
        + 'The Belarusian president\'s press service said Alexander Lukashenko personally ordered the plane to be diverted after a bomb threat. No bomb was found. '
        + 'Ryanair said the crew had been notified by Belarusian air traffic control of a potential security threat on board and were instructed to divert to Minsk, the nearest airport. '
        + 'The Boeing 737 had been due to land in the Lithuanian capital at 10:25 a.m. '
        + 'Flight FR4978 was carrying 171 passengers, Lithuania\'s state airport authority said. It eventually landed in Vilnius more than seven hours late. '
        + 'Lithuanian President Gitanas Nauseda called the incident a state-sponsored hijacking.',
    },
    b: {
      id: 'b', publishedAt: '2021-05-24',
      text: 'Outrage as Belarus forces down Ryanair flight to seize activist\n'
        + 'A Ryanair jet carrying about 170 passengers from Greece to Lithuania was forced to land in Belarus on Sunday, and a prominent opposition activist on board was arrested, in what European leaders called an act of state piracy. '
        + 'Belarusian state media said a MiG-29 warplane was sent to accompany the Boeing 737-800 after a report that there was a bomb on board. Police found no explosives. '
        + 'Opposition figures said the real reason for the diversion was to detain Roman Protasevich, 26, the former editor of the Nexta channel. '
        + 'The plane was over Belarusian airspace, about 45 miles from the Lithuanian border, when it was ordered to turn around and fly to Minsk. '
        + 'Passengers were made to disembark and their luggage was searched by sniffer dogs. '
        + 'After some six hours on the ground, the flight was allowed to continue to Vilnius.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', location: 'only-b', time: 'partial', people: 'agree', cause: 'agree' },
  },
  {
    // A real discrepancy between two reports of one crash: the first day's figures were wrong.
    name: 'a crash into homes: "107 people on board" and "99 passengers" against "99 people" and "91 passengers"',
    a: {
      id: 'a', publishedAt: '2020-05-22',
      text: 'Pakistan passenger plane crashes into Karachi homes\n'
        + 'KARACHI, May 22 (Reuters) - A Pakistan International Airlines passenger plane with 107 people on board crashed into a residential area of Karachi on Friday as it came in to land, officials said. '
        + 'The Airbus A320, flight PK8303 from Lahore, went down in the Model Colony neighbourhood, a short distance from Jinnah International Airport. '
        + 'The plane was carrying 99 passengers and eight crew members, a spokesman for the Civil Aviation Authority said. '
        + 'The pilot had told air traffic control that the aircraft had lost both engines, according to a recording of the conversation posted online. '
        + 'At least two passengers survived, officials said. Several houses were damaged and residents were among the injured.',
    },
    b: {
      id: 'b', publishedAt: '2020-05-23',
      text: '97 dead, 2 survive as Pakistani jet crashes in Karachi\n'
        + 'KARACHI, Pakistan (AP) — A Pakistan International Airlines plane carrying 99 people crashed in a crowded neighborhood near Karachi\'s airport on Friday, killing 97 people, officials said Saturday. '
        + 'The Airbus A320 was arriving from the eastern city of Lahore with 91 passengers and eight crew members aboard. '
        + 'Two passengers survived, including the president of the Bank of Punjab, Zafar Masud. '
        + 'Eleven people on the ground were injured, the provincial health ministry said. '
        + 'Officials said the pilot had reported a technical fault before the crash, and had aborted a first landing attempt.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'partial', time: 'agree', people: 'conflict', casualties: 'partial', cause: 'partial' },
  },
  {
    // One type, one country, one ministry: only the days, places and counts tell the two crashes apart.
    name: 'two Il-76 crashes seven weeks apart, each reported on its day',
    a: {
      id: 'a', publishedAt: '2024-01-24',
      text: 'Russian military transport plane crashes near Ukraine border with 74 on board\n'
        + 'MOSCOW, Jan 24 (Reuters) - A Russian Ilyushin Il-76 military transport plane crashed in the Belgorod region near the Ukrainian border on Wednesday, killing all 74 people on board, Russia\'s defence ministry said. '
        + 'The ministry said the aircraft was carrying 65 captured Ukrainian servicemen to the region for a prisoner exchange, as well as six crew members and three escorts. '
        + 'Moscow accused Ukraine of shooting the plane down with missiles fired from the Kharkiv region. "The Kyiv regime carried out a terrorist act," the ministry said in a statement. '
        + 'Ukraine\'s military intelligence agency said it had no reliable information about who was on board and said Russia had not asked for the airspace to be kept safe, as it had done for earlier exchanges. '
        + 'Videos posted on social media showed a large aircraft falling from the sky near the village of Yablonovo and a fireball on impact. Reuters could not independently verify the footage.',
    },
    b: {
      id: 'b', publishedAt: '2024-03-12',
      text: 'Russian military transport plane crashes with 15 on board\n'
        + 'MOSCOW, March 12 (Reuters) - A Russian Ilyushin Il-76 military transport plane with 15 people on board crashed in the Ivanovo region northeast of Moscow on Tuesday after an engine caught fire during take-off, the defence ministry said. '
        + 'The ministry said eight crew members and seven passengers were on board. There were no survivors, the regional governor said later. '
        + 'Video posted on social media showed the four-engined plane trailing smoke and flames as it came down. '
        + 'The Il-76 had taken off from the Ivanovo Severny military airfield on a scheduled flight.',
    },
    same: false,
    expected: { aircraft: 'agree', origin: 'only-b', location: 'partial', time: 'conflict', people: 'conflict', casualties: 'agree', purpose: 'only-a', cause: 'conflict' },
  },
  {
    // Both reports give one cause and one shooter; the Israeli jets' airspace is read as the plane's (left as it is).
    name: 'a reconnaissance plane downed by an ally: "Syrian anti-aircraft fire" and "shot down by Syrian government forces responding to an Israeli air strike"',
    a: {
      id: 'a', publishedAt: '2018-09-18',
      text: 'Russia blames Israel after Syrian missile downs Russian plane\n'
        + 'MOSCOW, Sept 18 (Reuters) - Russia\'s defence ministry said on Tuesday that Syrian air defences had accidentally shot down a Russian Il-20 reconnaissance plane, killing all 15 servicemen on board, but blamed Israel for creating the dangerous situation. '
        + 'The Il-20 disappeared from radar screens on Monday evening over the Mediterranean Sea, about 35 km off the Syrian coast, as it was returning to Hmeimim air base. '
        + 'The ministry said four Israeli F-16 jets had used the Russian plane as cover while attacking targets in Syria\'s Latakia province, exposing it to fire from a Syrian S-200 missile system. '
        + 'The Israeli military said its jets were back in Israeli airspace when the Russian plane was hit, and that Syrian anti-aircraft fire had been extensive and inaccurate.',
    },
    b: {
      id: 'b', publishedAt: '2018-09-18',
      text: 'Putin calls downing of Russian plane off Syria a chain of tragic accidents\n'
        + 'A Russian military plane with 15 people aboard was shot down by Syrian government forces responding to an Israeli air strike, Moscow said. '
        + 'The Ilyushin Il-20 was hit by a missile from a Russian-made S-200 system late on Monday near the coastal city of Latakia. '
        + 'Russia initially said it held Israel responsible, accusing Israeli pilots of using the larger Russian aircraft as a shield. '
        + 'President Vladimir Putin later struck a softer tone, saying the loss appeared to be the result of "a chain of tragic accidental circumstances." '
        + 'Israel expressed sorrow for the deaths of the aircrew but said it bore no responsibility. '
        + 'Wreckage and bodies were recovered from the sea.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-a', location: 'only-a', time: 'agree', people: 'agree', casualties: 'only-a', purpose: 'only-a', cause: 'agree' },
  },
  {
    // The quake's day dates no sentence of the flight, and aid sent earlier through Turkey is no stopover.
    name: 'an aid flight after a quake: "35 tonnes" against "35 tons", "last week\'s deadly earthquake", "Riyadh had earlier sent aid"',
    a: {
      id: 'a', publishedAt: '2023-02-14',
      text: 'Saudi aid plane lands in Syria\'s Aleppo after quake\n'
        + 'DUBAI, Feb 14 (Reuters) - A Saudi plane carrying 35 tonnes of food aid for earthquake victims landed at Aleppo airport in government-held Syria on Tuesday, the first such flight since Riyadh cut ties with Damascus more than a decade ago. '
        + 'The aid, which included tents, blankets and food baskets, was sent by the King Salman Humanitarian Aid and Relief Centre (KSrelief), the Saudi state news agency SPA said. '
        + 'The plane took off from King Khalid International Airport in Riyadh. '
        + 'Saudi Arabia has already sent several planes with aid to opposition-held northwest Syria through Turkey, where the earthquake struck on Feb. 6.',
    },
    b: {
      id: 'b', publishedAt: '2023-02-14',
      text: 'First Saudi relief flight lands in government-held Syria\n'
        + 'A Saudi relief plane landed in the Syrian city of Aleppo on Tuesday, bringing 35 tons of aid for survivors of last week\'s deadly earthquake, Syria\'s transport ministry said. '
        + 'It was the first Saudi aircraft to land in regime-held territory since the start of the war in 2011. '
        + 'The Ilyushin cargo plane, chartered by KSrelief, flew from Riyadh carrying food, tents and medical supplies. '
        + 'Riyadh had earlier sent aid to rebel-held areas via the Bab al-Hawa crossing from Turkey. '
        + 'The Feb. 6 quake killed more than 35,000 people in Turkey and more than 5,000 in Syria.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', time: 'partial', cargo: 'agree', purpose: 'only-b' },
  },
  {
    // What the bombers can carry is no cargo; the airport's two names are one place; two reasons given, neither against the other.
    name: 'bombers flown to Venezuela: "capable of carrying nuclear weapons", "about 100 flight personnel", Maiquetia against Simon Bolivar',
    a: {
      id: 'a', publishedAt: '2018-12-10',
      text: 'Russian nuclear-capable bombers land in Venezuela\n'
        + 'CARACAS, Dec 10 (Reuters) - Two Russian Tu-160 strategic bombers capable of carrying nuclear weapons landed in Venezuela on Monday, in a show of support for President Nicolas Maduro\'s socialist government that drew a sharp rebuke from Washington. '
        + 'The bombers flew some 10,000 km (6,200 miles) to Simon Bolivar International Airport outside Caracas, accompanied by an An-124 military transport plane and an Il-62 passenger jet, Russia\'s defence ministry said. '
        + 'Venezuelan Defence Minister Vladimir Padrino said the aircraft would take part in joint exercises with the Venezuelan air force. '
        + 'U.S. Secretary of State Mike Pompeo called the flight "two corrupt governments squandering public funds."',
    },
    b: {
      id: 'b', publishedAt: '2018-12-11',
      text: 'Russia sends strategic bombers to Venezuela\n'
        + 'Two Russian strategic bombers arrived at Maiquetia airport near Caracas on Monday after a flight of more than 10,000 kilometres, a deployment that Moscow said was part of military cooperation with its ally. '
        + 'The Tu-160 supersonic bombers, known in NATO as Blackjacks, were accompanied by an Antonov An-124 heavy cargo plane and an Ilyushin Il-62 carrying about 100 flight personnel. '
        + 'Defence Minister Vladimir Padrino Lopez greeted the Russian crews and said the two air forces would conduct joint flights. '
        + 'Russian officials did not say how long the aircraft would stay. Tu-160s last visited Venezuela in 2013.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'agree', time: 'agree', people: 'only-b', purpose: 'partial', actors: 'only-b' },
  },
  {
    // Fleet counts are no counts of the story's jet, and both reports send it to the Californian Ontario.
    name: 'a door plug blown out: "the grounding of 171 Boeing 737 MAX 9 planes", "its fleet of 65 MAX 9 aircraft", "Ontario in Southern California"',
    a: {
      id: 'a', publishedAt: '2024-01-06',
      text: 'FAA grounds 171 Boeing 737 MAX 9 jets after mid-air blowout\n'
        + 'Jan 6 (Reuters) - The U.S. Federal Aviation Administration on Saturday ordered the temporary grounding of 171 Boeing 737 MAX 9 planes after a panel blew off an Alaska Airlines jet in mid-air on Friday, leaving a gaping hole in the side of the cabin. '
        + 'Alaska Airlines Flight 1282 had just taken off from Portland, Oregon, bound for Ontario, California, when the panel tore away at about 16,000 feet. The pilots turned back and landed safely in Portland. '
        + 'The plane was carrying 171 passengers and six crew members. A few passengers suffered minor injuries, the airline said. '
        + 'The aircraft had only been in service since November, according to FAA records.',
    },
    b: {
      id: 'b', publishedAt: '2024-01-06',
      text: 'Alaska Airlines jet makes emergency landing after window blows out\n'
        + 'An Alaska Airlines Boeing 737-9 MAX with 177 people aboard made an emergency landing in Portland on Friday night after a section of the fuselage blew out shortly after takeoff. '
        + 'The plane had climbed to 16,000 feet when the panel, a plug covering an unused emergency exit, detached, the National Transportation Safety Board said. '
        + 'No one was seriously hurt, although the rapid decompression tore the shirt off a teenage boy seated nearby. '
        + 'The flight was headed to Ontario in Southern California. '
        + 'Alaska grounded its fleet of 65 MAX 9 aircraft for inspections.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'partial', location: 'only-b', time: 'partial', people: 'agree', casualties: 'only-a' },
  },
  {
    // Reports of the crash really differed on how many flew; both blame the weather.
    name: 'a president\'s helicopter down in fog: "Nine people were on board" against "him and all seven others aboard"',
    a: {
      id: 'a', publishedAt: '2024-05-20',
      text: 'Iran\'s President Raisi killed in helicopter crash, state media says\n'
        + 'DUBAI, May 20 (Reuters) - Iranian President Ebrahim Raisi and Foreign Minister Hossein Amirabdollahian were killed when their helicopter crashed in fog in the mountains of northwest Iran, officials and state media said on Monday. '
        + 'Rescuers found the wreckage of the Bell 212 helicopter early on Monday after an overnight search in blizzard conditions. There was no sign of survivors, state television said. '
        + 'The helicopter went down on Sunday near the town of Varzaqan in East Azerbaijan province as Raisi was returning from the inauguration of a dam on the border with Azerbaijan. '
        + 'Nine people were on board, including the provincial governor and three crew members, state media reported.',
    },
    b: {
      id: 'b', publishedAt: '2024-05-20',
      text: 'Helicopter carrying Iran\'s president found crashed, no survivors\n'
        + 'The helicopter carrying Iranian President Ebrahim Raisi crashed on Sunday in a mountainous, fog-shrouded area of the country\'s northwest, killing him and all seven others aboard, state media reported Monday. '
        + 'The wreckage was found near the village of Tavil after a search that lasted through the night, the Red Crescent said. '
        + 'The U.S.-made helicopter, flying in poor weather, was one of three in a convoy returning from a ceremony at the Qiz Qalasi dam on the border with Azerbaijan. The other two landed safely. '
        + 'Iranian officials have not said what caused the crash.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'partial', people: 'conflict', casualties: 'only-b', cause: 'agree' },
  },
  {
    // The base the Osprey left is no departure from the United States; missing counts fall as the days go by (left as unrelated groups).
    // "the eight U.S. Air Force airmen" are the eight on board.
    name: 'an Osprey down off Japan: "seven crew members were still missing" against "five airmen remain missing" a day later',
    a: {
      id: 'a', publishedAt: '2023-11-29',
      text: 'U.S. military Osprey crashes off Japan, one crew member dead\n'
        + 'TOKYO, Nov 29 (Reuters) - A U.S. military CV-22 Osprey aircraft with eight people on board crashed into the sea off southern Japan on Wednesday, killing at least one crew member, Japan\'s coast guard said. '
        + 'The tilt-rotor aircraft went down near Yakushima island at about 2:47 p.m. (0547 GMT) during a training mission, the coast guard said. It had taken off from the U.S. Marine Corps Air Station Iwakuni. '
        + 'Coast guard vessels recovered one person, who was later pronounced dead. Seven crew members were still missing. '
        + 'Witnesses told broadcaster NHK that one of the aircraft\'s engines was on fire before it went down.',
    },
    b: {
      id: 'b', publishedAt: '2023-11-30',
      text: 'Divers find more remains after Osprey crash off Japan\n'
        + 'Search teams have recovered the remains of three of the eight U.S. Air Force airmen killed when their CV-22B Osprey crashed off Japan\'s Yakushima island on Wednesday, the Air Force said Thursday. '
        + 'Five airmen remain missing. '
        + 'The Osprey, assigned to the 353rd Special Operations Wing at Kadena Air Base on Okinawa, was flying from Iwakuni to Kadena on a routine training mission. '
        + 'Japan asked the U.S. military to suspend Osprey flights in the country until their safety could be confirmed.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', purpose: 'agree' },
  },
  {
    // What the type is built on, what the fleet holds and what the type carries are no facts of the story.
    name: 'an A-50 downed over the Sea of Azov: "Russia has only a handful of A-50s", "based on the Il-76", "carries a crew of up to 15"',
    a: {
      id: 'a', publishedAt: '2024-01-15',
      text: 'Ukraine says it shot down Russian A-50 spy plane over Sea of Azov\n'
        + 'KYIV, Jan 15 (Reuters) - Ukraine\'s military said on Monday it had destroyed a Russian A-50 early warning and control aircraft and an Il-22 airborne command post over the Sea of Azov on Sunday night. '
        + '"The Ukrainian Air Force destroyed an enemy long-range radar detection aircraft A-50 and an enemy air control aircraft Il-22," armed forces commander Valery Zaluzhnyi said on Telegram. '
        + 'Russia\'s defence ministry did not comment. Russian military bloggers said the Il-22 had been damaged but managed to land in Anapa, and that the A-50 had been lost with its crew. '
        + 'Russia has only a handful of A-50s, which are used to spot air defences and coordinate strikes.',
    },
    b: {
      id: 'b', publishedAt: '2024-01-15',
      text: 'Russian military plane downed over Azov Sea, Kyiv claims\n'
        + 'Ukraine\'s commander-in-chief said on Monday that his forces had shot down a Russian A-50 surveillance plane and hit an Il-22 command aircraft over the Sea of Azov late on Sunday. '
        + 'A Russian source told Reuters the A-50 had been lost, possibly to friendly fire, while the damaged Il-22 landed at an airfield in Anapa with wounded crew members on board. '
        + 'Moscow did not officially confirm any losses. '
        + 'The A-50, a Beriev-built plane based on the Il-76 transport, carries a crew of up to 15.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'agree', location: 'agree', time: 'agree', purpose: 'agree', cause: 'agree' },
  },
  {
    // Two zones give two days for one landing (the GMT day in brackets says so); the stop in Yakutsk is the last
    // leg's start, not another departure; "North Korean leader Kim Jong Un" is one greeter; "would last until
    // Thursday" is the Thursday ahead.
    name: 'a leader\'s night arrival: "early on Wednesday" against "late Tuesday", "a stop in Yakutsk" against "flew in from Yakutsk"',
    a: {
      id: 'a', publishedAt: '2024-06-19',
      text: 'Putin lands in North Korea for first visit in 24 years\n'
        + 'SEOUL, June 19 (Reuters) - Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for a two-day visit, and was greeted at the airport by North Korean leader Kim Jong Un, state media said. '
        + 'Putin\'s Il-96 plane landed at Pyongyang\'s Sunan airport shortly before 3 a.m. local time (1800 GMT Tuesday), hours later than expected, after a stop in the Siberian city of Yakutsk. '
        + 'The two leaders are expected to sign a partnership agreement, the Kremlin said. '
        + 'The United States and South Korea have accused Pyongyang of supplying Russia with artillery shells and ballistic missiles for its war in Ukraine, which both countries deny.',
    },
    b: {
      id: 'b', publishedAt: '2024-06-18',
      text: 'Vladimir Putin touched down in North Korea late Tuesday, beginning his first trip to the isolated country since 2000.\n'
        + 'Kim Jong Un hugged the Russian leader on the tarmac before the two rode together in a limousine into the capital, according to footage broadcast by Russian state television. '
        + 'Putin flew in from Yakutsk, in Russia\'s far east, where he met local officials earlier in the day. '
        + 'Washington says North Korea has shipped more than 10,000 containers of munitions to Russia since September. '
        + 'The Kremlin said the visit would last until Thursday, when Putin travels on to Vietnam.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'partial', destination: 'partial', time: 'partial', actors: 'partial' },
  },
  {
    // "killing 41 of the 78" against "Forty-one people died": the children are among the 41; "taken off for
    // Murmansk" and "bound for Murmansk" name one destination; SU is Aeroflot's code.
    name: 'a jet that turned back: "Flight SU1492" is no Sukhoi, "Two children were among the dead" are no more dead',
    a: {
      id: 'a', publishedAt: '2019-05-05',
      text: 'MOSCOW (AP) — A Russian passenger jet burst into flames as it made an emergency landing at Moscow\'s Sheremetyevo airport on Sunday, killing 41 of the 78 people on board, officials said.\n'
        + 'The Aeroflot Sukhoi Superjet 100 had taken off for the northern city of Murmansk but turned back shortly after departure, reporting a technical problem. '
        + 'Video showed the plane bouncing on the runway before its rear half was engulfed in fire. Passengers escaped down inflatable slides. '
        + 'Two children were among the dead, the Investigative Committee said.',
    },
    b: {
      id: 'b', publishedAt: '2019-05-06',
      text: 'Forty-one people died on May 5 when an Aeroflot flight bound for Murmansk caught fire on landing in Moscow, Russian investigators said.\n'
        + 'Flight SU1492, with 73 passengers and five crew, returned to Sheremetyevo about 30 minutes after take-off. The pilot said the aircraft had been struck by lightning, which knocked out communications. '
        + 'Investigators are looking at pilot error, the weather and a technical fault as possible causes. '
        + 'Thirty-seven people survived. Eleven of them were taken to hospital.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'partial', location: 'agree', time: 'agree', people: 'agree', casualties: 'partial', cause: 'partial' },
  },
  {
    // Tribhuvan is Kathmandu's airport, and a crash while taking off from it is there; "17 company
    // technicians" are staff aboard; the Yeti crash of 2023 stays background.
    name: 'a ferry flight for maintenance: "heading to Pokhara for maintenance" against "due to undergo a check"',
    a: {
      id: 'a', publishedAt: '2024-07-24',
      text: 'KATHMANDU, Nepal (AP) — A plane carrying airline staff crashed while taking off from Kathmandu\'s airport on Wednesday, killing 18 people. The pilot was the only survivor.\n'
        + 'The Saurya Airlines CRJ200 was heading to the tourist city of Pokhara for maintenance, airport officials said. It had 19 people on board, including two crew. '
        + 'The plane veered to the right of the runway shortly after take-off and burst into flames. '
        + 'The captain, Manish Shakya, was pulled from the wreckage and taken to hospital with injuries.',
    },
    b: {
      id: 'b', publishedAt: '2024-07-25',
      text: 'Eighteen people were killed on July 24 when a Bombardier jet of the domestic carrier Saurya Airlines crashed during take-off at Tribhuvan International Airport.\n'
        + 'The flight was taking 17 company technicians and employees to Pokhara, where the aircraft was due to undergo a check. '
        + 'Among the dead was a Yemeni national, officials said. The pilot survived with head injuries. '
        + 'Nepal has a poor air safety record. In January 2023, a Yeti Airlines ATR 72 crashed on approach to Pokhara, killing all 72 people on board.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'agree', time: 'agree', people: 'partial', casualties: 'partial', purpose: 'agree', actors: 'only-a' },
  },
  {
    // "Sanaa" is Yemen's capital, not Yemen; a deadline ("by Sunday") dates no other moment, so the
    // planned total stays the event's; a's Friday and b's Saturday fall within the three days both reports
    // give.
    name: 'a three-day prisoner exchange: "318 prisoners" on the first day, "nearly 900 detainees are due to be released by Sunday" against "887 former detainees"',
    a: {
      id: 'a', publishedAt: '2023-04-14',
      text: 'ADEN/SANAA, April 14 (Reuters) - Planes carrying hundreds of prisoners flew between Yemen\'s warring sides on Friday in the first phase of a three-day exchange brokered by the United Nations and the International Committee of the Red Cross.\n'
        + 'Four ICRC-chartered aircraft flew 318 prisoners between Aden and the Houthi-held capital Sanaa, the ICRC said. '
        + 'In all, nearly 900 detainees are due to be released by Sunday, including prisoners held in Saudi Arabia. '
        + 'The swap was agreed last month in Switzerland and follows talks between Riyadh and the Houthis on ending the eight-year war.',
    },
    b: {
      id: 'b', publishedAt: '2023-04-16',
      text: 'The International Committee of the Red Cross said on Sunday it had completed the transfer of 887 former detainees in Yemen and Saudi Arabia over three days.\n'
        + 'The operation involved 15 flights linking Sanaa, Aden, Marib, Mokha and the Saudi city of Abha, it said. '
        + '"Many families across Yemen will be reunited," said Fabrizio Carboni, the ICRC\'s regional director for the Near and Middle East. '
        + 'On the first day, 318 people were flown between Sanaa and Aden. Saudi-led coalition prisoners were flown from Sanaa to Abha on Saturday.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-b', destination: 'only-b', time: 'partial', people: 'partial' },
  },
  {
    // Wuzhou lies in Guangxi, which is the Guangxi Zhuang Autonomous Region; "3:05 p.m." ends its sentence,
    // so the next day's black box does not date the flight's times.
    name: 'a jet down in the mountains: "near the city of Wuzhou in the Guangxi region" against "in Teng county, in the Guangxi Zhuang Autonomous Region"',
    a: {
      id: 'a', publishedAt: '2022-03-21',
      text: 'BEIJING (AP) — A China Eastern passenger jet carrying 132 people crashed in a remote mountainous area of southern China on Monday, setting off a fire big enough to be seen on NASA satellite images.\n'
        + 'There was no word on survivors. '
        + 'The Boeing 737-800 was flying from Kunming, the capital of Yunnan province, to Guangzhou when it went down near the city of Wuzhou in the Guangxi region, the Civil Aviation Administration of China said. '
        + 'The plane had 123 passengers and nine crew members aboard. Flight-tracking data showed it plunged from 29,100 feet in about three minutes.',
    },
    b: {
      id: 'b', publishedAt: '2022-03-27',
      text: 'China Eastern flight MU5735 crashed into a hillside in Teng county, in the Guangxi Zhuang Autonomous Region, on March 21.\n'
        + 'Rescue teams searched for four days before officials said on Saturday that all 132 people on board had been killed. '
        + 'The 737-800 had taken off from Kunming at 1:11 p.m. and was due to land in Guangzhou at 3:05 p.m. '
        + 'One of the two black boxes, the cockpit voice recorder, was found on Wednesday. '
        + 'It was China\'s deadliest air disaster in 28 years.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b' },
  },
  {
    // Two pilots and six cabin crew listed together are eight crew, not a crew of two to six; the previous
    // flight from Denpasar stays background.
    name: 'a jet into the sea: "189 people" against "181 passengers ... as well as two pilots and six cabin crew"',
    a: {
      id: 'a', publishedAt: '2018-10-29',
      text: 'JAKARTA (Reuters) - A Lion Air jet carrying 189 people crashed into the sea off Indonesia\'s Java island on Monday, 13 minutes after taking off from Jakarta, officials said.\n'
        + 'The Boeing 737 MAX 8, which had been in service for only a few months, was heading to Pangkal Pinang, the main city on the tin-mining island of Bangka. '
        + 'The pilot had asked to return to base shortly before the plane lost contact, the head of the search and rescue agency said. '
        + 'Body parts and debris were recovered from the water. The agency said it did not expect to find survivors.',
    },
    b: {
      id: 'b', publishedAt: '2018-11-01',
      text: 'Flight JT610 plunged into the Java Sea on October 29 with 181 passengers, including one child and two babies, as well as two pilots and six cabin crew on board.\n'
        + 'The aircraft, delivered to Lion Air in August, had had an airspeed indicator problem on its previous flight, from Denpasar on Bali to Jakarta, according to a technical log. '
        + 'Divers found one of the flight recorders on Thursday, about 30 metres below the surface. '
        + 'Indonesia\'s transport ministry ordered inspections of all 737 MAX 8 jets flown by Indonesian airlines.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'agree', people: 'agree' },
  },
  {
    // The force as planned (about 2,500) against the contingent counted (2,030) is a discrepancy a reader should
    // see, so the people row conflicts; "ferry troops to Almaty" meets "landed at an airfield near Almaty". "on Friday,
    // a day after the first units ... arrived" dates the first arrivals Thursday, which only b names.
    name: 'an alliance\'s airlift: "continued to ferry troops to Almaty", "would number about 2,500 troops" against "2,030 troops"',
    a: {
      id: 'a', publishedAt: '2022-01-07',
      text: 'MOSCOW, Jan 7 (Reuters) - Russian military transport planes flew paratroopers into Kazakhstan on Friday as part of a peacekeeping force sent by the Collective Security Treaty Organization (CSTO) to help quell unrest, the defence ministry said.\n'
        + 'More than 70 Il-76 and five An-124 aircraft were involved in the airlift, the ministry said, adding that the planes landed at an airfield near Almaty. '
        + 'The alliance said the total force would number about 2,500 troops. '
        + 'Kazakh President Kassym-Jomart Tokayev said on Friday he had ordered security forces to shoot to kill.',
    },
    b: {
      id: 'b', publishedAt: '2022-01-07',
      text: 'Russian Il-76 aircraft continued to ferry troops to Almaty on Friday, a day after the first units of the Russian-led alliance arrived.\n'
        + 'The contingent, which includes soldiers from Belarus, Armenia, Tajikistan and Kyrgyzstan, is made up of 2,030 troops and 250 pieces of equipment, the CSTO said. '
        + 'Moscow said the troops\' mission was to guard government buildings and strategic sites, not to fight protesters. '
        + 'The Kremlin said the forces would stay for a limited period. Tokayev has blamed the unrest on "terrorists" trained abroad.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'partial', people: 'conflict', purpose: 'partial' },
  },
  {
    // Vienna is where the flight was diverted and went on from, a stop, not a rival departure; Wednesday is the
    // day it left, a moment after Tuesday night's landing.
    name: 'a president\'s jet forced down: "flying from Moscow to La Paz" against "left Vienna ... some 13 hours after his jet was diverted there"',
    a: {
      id: 'a', publishedAt: '2013-07-03',
      text: 'VIENNA (AP) — Bolivian President Evo Morales\'s plane was forced to land in Austria on Tuesday night after several European countries refused to let it cross their airspace over suspicions that NSA leaker Edward Snowden was aboard.\n'
        + 'The plane, flying from Moscow to La Paz, landed at Vienna\'s Schwechat airport shortly before midnight, Austrian officials said. '
        + 'Bolivia\'s foreign minister, David Choquehuanca, said France and Portugal had withdrawn permission for the flight. "It is a lie, it is a falsehood," he said of the rumours that Snowden was on the plane. '
        + 'Austrian officials said Snowden was not on board.',
    },
    b: {
      id: 'b', publishedAt: '2013-07-03',
      text: 'Evo Morales left Vienna on Wednesday, some 13 hours after his jet was diverted there on its way home from an energy conference in Moscow.\n'
        + 'Bolivia said France, Portugal, Italy and Spain had closed their airspace to the plane. France denied it had refused permission and apologised for what it called a delay in confirming the authorisation. '
        + 'Spain later said its airspace had been open to the jet. '
        + 'Austria\'s deputy chancellor said the plane had been checked and that nobody who was not a Bolivian citizen was aboard.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', time: 'partial' },
  },
  {
    // b's only route ("its ambassador had also left Haiti for the Dominican Republic") is another person's
    // journey, which the route facets cannot tell apart: left out of the assertions.
    name: 'an embassy airlift by helicopter: "to reinforce security" and "airlifted out nonessential staff" against "to evacuate ... and to bring in additional security"',
    a: {
      id: 'a', publishedAt: '2024-03-10',
      text: 'PORT-AU-PRINCE, Haiti (AP) — The U.S. military said Sunday it had flown in troops to reinforce security at the U.S. Embassy in Haiti and had airlifted out nonessential staff, as gang violence engulfed the capital.\n'
        + 'The operation was carried out overnight by helicopter, U.S. Southern Command said, adding that no Haitians were on board. '
        + 'The embassy remains open, the State Department said. '
        + 'Gangs have attacked police stations and freed about 4,000 inmates from the country\'s two largest prisons.',
    },
    b: {
      id: 'b', publishedAt: '2024-03-10',
      text: 'U.S. forces used helicopters to evacuate nonessential embassy personnel from Port-au-Prince late on Saturday and to bring in additional security, officials said on Sunday.\n'
        + 'It was unclear how many people were flown out. Germany said its ambassador had also left Haiti for the Dominican Republic. '
        + 'Haiti\'s acting government extended a state of emergency in the capital region for a month. '
        + 'Armed gangs have controlled much of Port-au-Prince for months.',
    },
    same: true,
    expected: { aircraft: 'agree', time: 'agree', people: 'only-a', purpose: 'agree' },
  },
  {
    // A tally so far is at least that many, no rival count; "Pratica di Mare military airport south of Rome" is
    // the base near Rome that a names too.
    name: 'an aid airlift counted as it landed: "Nine Il-76 ... had arrived by Monday morning, with more expected" against "Fifteen Russian Il-76 planes"',
    a: {
      id: 'a', publishedAt: '2020-03-23',
      text: 'ROME (Reuters) - Russian military planes carrying medical equipment and virologists began landing at an Italian air base near Rome on Sunday, after President Vladimir Putin offered help to Italy in its fight against the coronavirus.\n'
        + 'Nine Il-76 transport aircraft had arrived at Pratica di Mare by Monday morning, Russia\'s defence ministry said, with more expected. '
        + 'The flights carry eight mobile brigades of military virologists and medical staff, as well as disinfection vehicles, the ministry said. '
        + 'Italy has recorded more than 5,000 deaths from the virus, the highest toll in the world.',
    },
    b: {
      id: 'b', publishedAt: '2020-03-23',
      text: 'Fifteen Russian Il-76 planes landed in Italy over the weekend, bringing about 100 military medical specialists and equipment to help fight the coronavirus outbreak, Moscow said.\n'
        + 'The aircraft touched down at the Pratica di Mare military airport south of Rome, where they were met by Italian Foreign Minister Luigi Di Maio. '
        + 'The trucks, painted with the slogan "From Russia with love", then drove north to Bergamo, the hardest-hit city. '
        + 'Some Italian officials questioned whether the help was useful, La Stampa newspaper reported.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'agree', time: 'partial', people: 'only-b', cargo: 'partial', casualties: 'only-a', actors: 'only-b' },
  },
  {
    // Pounds against tonnes agree; a weight set off by commas is the cargo the jet carried; "States on May 22" is
    // no verb of saying, so the day is the landing's; "a Nestle distribution centre" is no place.
    name: 'a formula airlift: "78,000 pounds of baby formula" against "some 35 tonnes", "in the United States on May 22"',
    a: {
      id: 'a', publishedAt: '2022-05-22',
      text: 'A U.S. military plane carrying 78,000 pounds of baby formula from Germany landed in Indianapolis on Sunday, the first flight of an operation to ease a nationwide shortage, the White House said.\n'
        + 'The C-17 brought 132 pallets of Nestle formula from Ramstein Air Base, enough for more than 500,000 bottles. '
        + 'Agriculture Secretary Tom Vilsack greeted the plane at the airport. '
        + 'President Joe Biden last week invoked the Defense Production Act to speed up production.',
    },
    b: {
      id: 'b', publishedAt: '2022-05-23',
      text: 'The first shipment of imported infant formula, some 35 tonnes, arrived in the United States on May 22 aboard an Air Force cargo jet.\n'
        + 'The plane flew from Germany to Indianapolis International Airport, where the formula was loaded on trucks bound for a Nestle distribution centre in Pennsylvania. '
        + 'A second flight carrying formula was expected in the coming days, officials said. '
        + 'The shortage followed the closure of an Abbott Nutrition plant in Michigan in February.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', time: 'agree', cargo: 'agree', actors: 'only-a' },
  },
  {
    // The victims listed by kind add to no clash with the eight; "at Ankara's request" names Turkey's government,
    // no second destination.
    name: 'a firefighting plane down: "Five Russian servicemen and three Turkish citizens were killed" against "Eight people died", "at Ankara\'s request"',
    a: {
      id: 'a', publishedAt: '2021-08-14',
      text: 'ANKARA (Reuters) - A Russian Be-200 firefighting plane crashed in southern Turkey on Saturday, killing all eight people on board, Russia\'s defence ministry said.\n'
        + 'The amphibious aircraft was helping to fight forest fires and came down while trying to land near the town of Kahramanmaras, Turkish officials said. '
        + 'Five Russian servicemen and three Turkish citizens were killed, the ministry said. '
        + 'Russia had sent the plane to Turkey at Ankara\'s request.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-15',
      text: 'Eight people died when a Russian amphibious plane helping Turkey battle wildfires crashed in the province of Kahramanmaras on August 14.\n'
        + 'The Beriev Be-200 had a crew of five Russian military personnel and three Turkish forestry officials, according to the Turkish agriculture ministry. '
        + 'Preliminary reports suggested the aircraft hit a hill while landing in poor visibility.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'only-a', location: 'partial', time: 'agree', people: 'partial', casualties: 'partial', purpose: 'only-a', cause: 'only-b' },
  },
  {
    // b quotes both accounts, so its cause is disputed; "said on Wednesday that the 2010 crash" dates the
    // statement seven years after an event b places in 2010, so the two reports are of one event.
    name: 'a crash told again years later: "caused by explosions on board" (a Polish panel) against "pilot error" (Russian investigators)',
    a: {
      id: 'a', publishedAt: '2011-01-12',
      text: 'MOSCOW (Reuters) - Russian investigators said on Wednesday that the crew of the Polish presidential plane that crashed near Smolensk last April had tried to land in thick fog under pressure from Poland\'s air force commander.\n'
        + 'The Tu-154 crashed on April 10, 2010, while approaching Smolensk\'s military airfield, killing President Lech Kaczynski and all 95 others on board. '
        + 'The Interstate Aviation Committee (MAK) said pilot error was the cause of the crash and that the crew had ignored warnings from air traffic controllers. '
        + 'The plane had flown from Warsaw for a ceremony marking the 70th anniversary of the Katyn massacre.',
    },
    b: {
      id: 'b', publishedAt: '2018-04-11',
      text: 'A Polish government panel said on Wednesday that the 2010 crash of the presidential Tupolev near Smolensk was caused by explosions on board, a finding Russia has rejected.\n'
        + 'The panel, set up by the ruling Law and Justice party, said a blast in the left wing and another in the fuselage had destroyed the aircraft before it hit the ground. '
        + 'All 96 people aboard died, including President Lech Kaczynski and his wife Maria. '
        + 'Russian and earlier Polish investigations blamed pilot error in heavy fog.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'agree', time: 'agree', people: 'agree', casualties: 'agree', cause: 'disputed' },
  },
  {
    // One airport under two names; "in Falcon state" only locates it. Each side's cargo is a different party's
    // account (US officials, Venezuelan officials), goods that may both be true: partial.
    name: 'cargo flights of two accounts: "Las Piedras airport" against "Josefa Camejo airport in Falcon state", chemicals against medical supplies',
    a: {
      id: 'a', publishedAt: '2020-04-25',
      text: 'CARACAS (Reuters) - Iran\'s Mahan Air has flown at least eight flights to Venezuela over the past week, landing at an airport near the country\'s largest refinery complex, according to flight-tracking data.\n'
        + 'The Airbus A340 planes took off from Tehran and stopped in Algeria before landing at Las Piedras airport on the Paraguana peninsula, a Venezuelan opposition lawmaker said. '
        + 'U.S. officials have said the flights carried chemicals and parts to help restart Venezuela\'s idle refineries. '
        + 'Venezuela\'s oil ministry did not respond to a request for comment.',
    },
    b: {
      id: 'b', publishedAt: '2020-04-25',
      text: 'Two more planes of the Iranian airline Mahan Air arrived in Venezuela on Friday, bringing the total to nine flights this month, Bloomberg reported.\n'
        + 'The aircraft landed at Josefa Camejo airport in Falcon state, close to the Cardon refinery. '
        + 'Washington has sanctioned Mahan Air for ferrying weapons and personnel for Iran\'s Revolutionary Guards. '
        + 'Venezuelan officials said the flights were carrying medical supplies and equipment for the fight against the coronavirus.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', cargo: 'partial' },
  },
  {
    // Everything agrees or is told by one side only; the grounding of all Fokker 100s counts no aircraft of the
    // story.
    name: 'a crash on take-off: "98 people on board" against "93 passengers and five crew members", "at least 12" against "Twelve"',
    a: {
      id: 'a', publishedAt: '2019-12-27',
      text: 'ALMATY, Kazakhstan (AP) — A passenger plane with 98 people on board crashed into a two-story building shortly after taking off from Almaty early Friday, killing at least 12 people, officials said.\n'
        + 'The Bek Air Fokker 100 was heading to the capital, Nur-Sultan, when it lost altitude and broke through a concrete fence. '
        + 'Officials said 49 people were hospitalized, some of them in critical condition. '
        + 'Investigators are looking at pilot error and icing as possible causes.',
    },
    b: {
      id: 'b', publishedAt: '2019-12-28',
      text: 'Twelve people were killed when a Bek Air jet carrying 93 passengers and five crew members crashed on take-off from Almaty airport on December 27.\n'
        + 'The plane\'s tail hit the runway twice before it crashed through a fence and into a house, according to a preliminary report. '
        + 'Kazakhstan grounded all Fokker 100 planes after the crash. '
        + 'The pilot was among the dead.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // The order is no arrival, so San Salvador against El Salvador's airport is the only destination; "The United
    // States flew 238 Venezuelans" names no visitor. Left alone: b's 261 deportees are a's 238 Venezuelans and 23
    // alleged MS-13 members, which no count reads ("deportees", "members" are no role nouns).
    name: 'deportation flights a judge ordered back: "ordered that any planes in the air be returned to the United States"',
    a: {
      id: 'a', publishedAt: '2025-03-16',
      text: 'WASHINGTON (Reuters) - The United States flew 238 Venezuelans it accused of being members of the Tren de Aragua gang to El Salvador over the weekend, along with 23 alleged members of MS-13, Salvadoran President Nayib Bukele said on Sunday.\n'
        + 'The flights landed in San Salvador even though a federal judge had on Saturday ordered the planes to turn around. '
        + 'The White House said the order came after the planes had already left U.S. territory. '
        + 'The men were taken to a maximum-security prison known as CECOT.',
    },
    b: {
      id: 'b', publishedAt: '2025-03-17',
      text: 'Three planes carrying 261 deportees took off from Harlingen, Texas, on Saturday evening and landed at El Salvador\'s international airport early Sunday, flight-tracking data showed.\n'
        + 'Judge James Boasberg had ordered that any planes in the air be returned to the United States. '
        + 'Two of the flights were over international waters when the order was issued, the administration said. '
        + 'Bukele posted a video of shackled men being led off the aircraft and wrote: "Oopsie... Too late."',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'partial', location: 'only-b', time: 'partial', people: 'partial' },
  },
  {
    // "overnight" in a Wednesday's report is Tuesday's night, which "early on Wednesday" may tell; "in
    // retaliation for last month's attack" dates the attack answered, no time of the strikes. Left alone: b's
    // "three fighter jets had crashed in the region" (local sources) against Islamabad's "five Indian aircraft"
    // reads as a dispute over one count, though three may be some of the five: unasserted.
    name: 'strikes told by both sides: "during Indian strikes on Pakistani territory overnight" against "early on Wednesday", "last month\'s attack"',
    a: {
      id: 'a', publishedAt: '2025-05-07',
      text: 'ISLAMABAD (Reuters) - Pakistan\'s military said on Wednesday its air force had shot down five Indian fighter jets, including three French-made Rafales, during Indian strikes on Pakistani territory overnight.\n'
        + '"Five Indian jets were brought down in retaliation," military spokesman Lieutenant General Ahmed Sharif Chaudhry told reporters. India\'s defence ministry did not respond to a request for comment. '
        + 'A senior French intelligence official told CNN that at least one Rafale had been lost. '
        + 'Indian missiles struck nine sites in Pakistan and Pakistan-administered Kashmir, killing 31 people, Pakistan said.',
    },
    b: {
      id: 'b', publishedAt: '2025-05-07',
      text: 'India struck nine "terrorist infrastructure" sites in Pakistan and Pakistan-administered Kashmir early on Wednesday in retaliation for last month\'s attack on Hindu tourists in Pahalgam, the defence ministry in New Delhi said.\n'
        + 'Pakistan said 26 civilians were killed. Islamabad claimed its forces downed five Indian aircraft, a claim India did not address. '
        + 'Local government sources in Indian-administered Kashmir said three fighter jets had crashed in the region, without saying whose they were.',
    },
    same: true,
    expected: { time: 'partial', casualties: 'partial', cause: 'only-a' },
  },
  {
    // a quotes both accounts ("had not sent weapons to any party"), so its cargo is disputed; b's denial and its
    // airline source's "commercial cargo" say one thing.
    name: 'cargo flights and a denial: "carrying missile components" (Israeli officials) against "denied that cargo flights to Iran had carried weapons"',
    a: {
      id: 'a', publishedAt: '2025-06-19',
      text: 'At least three Chinese Boeing 747 cargo planes flew towards Iran in the days after Israel\'s strikes began, flight-tracking data showed, prompting speculation that Beijing was sending military supplies.\n'
        + 'The aircraft took off from Shanghai and disappeared from tracking as they approached Iranian airspace, the data showed. '
        + 'Israeli officials said the flights were carrying missile components. '
        + 'China\'s foreign ministry said it had not sent weapons to any party in the conflict.',
    },
    b: {
      id: 'b', publishedAt: '2025-06-23',
      text: 'China on Monday denied that cargo flights to Iran had carried weapons, calling the reports "groundless speculation".\n'
        + '"China has never provided weapons to any party in the conflict," foreign ministry spokesman Guo Jiakun told reporters. '
        + 'Flight-tracking websites showed several Chinese freighters flying west towards Iran last week before their transponders were switched off. '
        + 'The flights were carrying commercial cargo, a Chinese airline source said.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-a', destination: 'only-b', time: 'only-b', cargo: 'disputed' },
  },
  {
    // Kobe Bryant, his daughter and "seven other people" are the nine dead, as b counts them; John Wayne
    // Airport is Santa Ana's.
    name: 'a helicopter in fog: "Kobe Bryant, his 13-year-old daughter and seven other people were killed" against "Nine people", John Wayne Airport against Santa Ana',
    a: {
      id: 'a', publishedAt: '2020-01-26',
      text: 'CALABASAS, Calif. (AP) — Kobe Bryant, his 13-year-old daughter and seven other people were killed Sunday when their helicopter crashed into a hillside in thick fog in Calabasas, authorities said.\n'
        + 'The Sikorsky S-76 had taken off from John Wayne Airport in Orange County shortly after 9 a.m. and was heading to a youth basketball tournament in Thousand Oaks. '
        + 'The pilot, Ara Zobayan, had asked for and received permission to fly in the fog, air traffic recordings showed. '
        + 'Nobody survived the crash, the Los Angeles County Sheriff said.',
    },
    b: {
      id: 'b', publishedAt: '2020-02-10',
      text: 'Nine people, including former NBA star Kobe Bryant and his daughter Gianna, died on January 26 when a helicopter flying from Santa Ana to Camarillo slammed into a mountainside.\n'
        + 'Federal investigators later blamed the pilot, who they said became disoriented in clouds. '
        + 'The S-76B had been cleared to fly under special visual flight rules despite poor visibility.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', location: 'only-a', time: 'partial', casualties: 'agree', cause: 'partial', actors: 'only-a' },
  },
  {
    // A district the gazetteer lacks may lie in Omdurman, so b's two accounts (a military source, witnesses) are
    // no rival places; "At least 19" on the night and 46 the next day agree.
    name: 'a military plane on homes: "in a residential area of Omdurman" against "on homes in the Karari district"',
    a: {
      id: 'a', publishedAt: '2025-02-26',
      text: 'KHARTOUM (Reuters) - A Sudanese military plane crashed in a residential area of Omdurman on Tuesday night, killing 46 people, the Khartoum state government said.\n'
        + 'The Antonov aircraft went down shortly after taking off from Wadi Seidna air base, the army said, blaming a technical fault. '
        + 'Among the dead was Major General Bahr Ahmed, a senior army commander, military sources said. '
        + 'The Rapid Support Forces did not comment on the crash.',
    },
    b: {
      id: 'b', publishedAt: '2025-02-25',
      text: 'At least 19 people, including soldiers and civilians, were killed when an army Antonov crashed in Omdurman late on Tuesday, a military source said.\n'
        + 'The plane came down on homes in the Karari district, witnesses said. '
        + 'The military said the crash was caused by a technical malfunction. '
        + 'The toll is expected to rise as rescuers search the rubble.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // "the air force said on X." ends its sentence, so the next one's "had earlier tracked" recalls nothing of
    // this one; both sides' fighters are escorts; a reconnaissance plane and an electronic intelligence aircraft
    // fly for one reason.
    name: 'an intercept over the Baltic: "did not enter German airspace" against "over the neutral waters", Su-27s that "had also been scrambled"',
    a: {
      id: 'a', publishedAt: '2025-05-20',
      text: 'BERLIN (Reuters) - German Eurofighter jets scrambled on Tuesday to intercept a Russian Il-20M reconnaissance plane flying over the Baltic Sea without a transponder signal or a filed flight plan, the German air force said.\n'
        + 'The Russian aircraft did not enter German airspace and was escorted until it left the area, the air force said on X. '
        + 'NATO jets based in Estonia had earlier tracked the same plane as it flew from the Kaliningrad region.',
    },
    b: {
      id: 'b', publishedAt: '2025-05-21',
      text: 'Russia\'s defence ministry said an Il-20 electronic intelligence aircraft had carried out a scheduled flight over the neutral waters of the Baltic Sea on Tuesday in strict accordance with international rules.\n'
        + 'Two German Eurofighter Typhoon fighters accompanied the Russian plane for part of the route, the ministry said, adding that Russian Su-27 jets had also been scrambled. '
        + 'The flight lasted about four hours.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'agree', purpose: 'agree' },
  },
  {
    // "in the past few days" is lately, no history, so a's lead stays the event's; b's "sent to Venezuela to
    // protect Nicolas Maduro" is what the Kremlin dismissed as fake news, no purpose of b's.
    name: 'contractors flown to Caracas: "in the past few days to beef up security" against "to service military equipment"',
    a: {
      id: 'a', publishedAt: '2019-01-25',
      text: 'CARACAS (Reuters) - Private military contractors who do secret missions for Russia have flown into Venezuela in the past few days to beef up security for President Nicolas Maduro, according to two people close to them.\n'
        + 'Yevgeny Shabayev, leader of a local chapter of a Cossack paramilitary group, said the number of contractors in Venezuela could be about 400. '
        + 'A Russian Il-96 airliner landed in Caracas on Jan. 23 after flying from Moscow via Havana, flight-tracking data showed. '
        + 'Kremlin spokesman Dmitry Peskov declined to comment on the report, saying he had no information.',
    },
    b: {
      id: 'b', publishedAt: '2019-01-25',
      text: 'The Kremlin on Friday dismissed reports that Russian mercenaries had been sent to Venezuela to protect Nicolas Maduro as "fake news".\n'
        + 'A Russian government plane that landed in Caracas this week had brought specialists to service military equipment supplied under earlier contracts, a source in Moscow said. '
        + 'The Il-96 arrived on Wednesday, stopping in Havana on the way, according to flight data. '
        + 'Russia\'s foreign ministry said any talk of Russian troops in Venezuela was "pure speculation".',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', time: 'partial', people: 'only-a', purpose: 'partial' },
  },
  {
    // The next day's lead dates the search on Monday and the crash "a day earlier": no time conflict. A stop to
    // refuel is no purpose (the concert is), and causes thought unlikely are ruled out.
    name: 'a crash told the next day: "on Monday ... killed when ... plunged into the sea off Sochi a day earlier", "had stopped to refuel"',
    a: {
      id: 'a', publishedAt: '2016-12-25',
      text: 'A Russian military plane carrying 92 people, including dozens of members of the Red Army\'s famed Alexandrov Ensemble, crashed into the Black Sea on Sunday shortly after taking off from the resort city of Sochi, the Defence Ministry said. '
        + 'The Tu-154 had refuelled in Sochi after leaving Moscow\'s Chkalovsky military airport and was bound for Russia\'s Hmeimim air base in Syria\'s Latakia province, where the choir was to perform a New Year\'s concert for Russian troops. '
        + 'The plane disappeared from radar screens two minutes after take-off at 5:40 a.m. Moscow time, the ministry said. '
        + 'There were 84 passengers and eight crew members on board, among them 64 members of the choir, nine journalists and Elizaveta Glinka, a well-known charity worker. '
        + 'Rescuers found fragments of the plane about 1.5 kilometres off the coast. Transport Minister Maxim Sokolov said there were no signs of survivors. '
        + 'Officials said terrorism was not among the main theories, pointing instead to a technical fault or pilot error.',
    },
    b: {
      id: 'b', publishedAt: '2016-12-26',
      text: 'Divers and rescue ships searched the Black Sea on Monday for the bodies of the 92 people killed when a Defence Ministry Tu-154 plunged into the sea off Sochi a day earlier. '
        + 'The aircraft, on its way to Syria with the Alexandrov military choir aboard, had stopped to refuel at Sochi\'s Adler airport after flying from the Chkalovsky air base outside Moscow. '
        + 'It crashed about 70 seconds after take-off early on Sunday, according to investigators. Eleven bodies have been recovered so far, the ministry said. Russia held a national day of mourning on Monday. '
        + 'President Vladimir Putin ordered a full investigation. '
        + 'A source in the security services told Interfax that investigators were looking at human error and technical failure, and that a terrorist attack was considered unlikely. '
        + 'The choir had been scheduled to give a concert at the Hmeimim base for New Year.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', location: 'partial', time: 'partial', people: 'only-a', casualties: 'only-b', purpose: 'agree', cause: 'agree' },
  },
  {
    // An arrival "there" is at the base named before it; a plan since changed is no destination; a departure the
    // day before the landing is the same flight; "One passenger tried to leave" counts no one.
    name: 'an evacuation flight: "after their plane landed there", "had originally been scheduled to land at Ontario International Airport", "left Wuhan late on Tuesday"',
    a: {
      id: 'a', publishedAt: '2020-01-29',
      text: 'A chartered plane carrying 195 Americans evacuated from the Chinese city of Wuhan, the center of the coronavirus outbreak, landed at a military base in Southern California on Wednesday. '
        + 'The Kalitta Air Boeing 747 touched down at March Air Reserve Base in Riverside County shortly after 8 a.m. local time after a refuelling stop in Anchorage, Alaska, officials said. '
        + 'The flight had originally been scheduled to land at Ontario International Airport. '
        + 'The passengers, mostly diplomats and their families, were screened for the virus in Anchorage and will be monitored at the base for up to 72 hours, the Centers for Disease Control and Prevention said. '
        + 'None of them showed symptoms, officials said. The State Department said it was considering further flights.',
    },
    b: {
      id: 'b', publishedAt: '2020-01-30',
      text: 'About 200 U.S. citizens flown out of Wuhan are being held at March Air Reserve Base near Riverside, California, after their plane landed there early on Wednesday. '
        + 'The Boeing 747, chartered by the State Department, left Wuhan\'s Tianhe airport late on Tuesday local time and stopped in Anchorage to refuel and for health checks. '
        + 'It carried 195 passengers, most of them consulate staff and their families, along with crew and medical personnel. '
        + 'One passenger tried to leave the base on Wednesday and was placed under a quarantine order, Riverside County officials said. '
        + 'The evacuees will stay at the base for at least three days while they are tested for the coronavirus.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', time: 'partial', people: 'agree' },
  },
  {
    // Where the flight was bound and where it was diverted are two places of one flight; "since 2009" dates no event,
    // so the Tuesday diversion is the event's; "killing a passenger" is one dead.
    name: 'a diverted airliner: "bound for Dallas" against "was diverted to Philadelphia International Airport", "the first passenger killed ... since 2009"',
    a: {
      id: 'a', publishedAt: '2018-04-17',
      text: 'A Southwest Airlines jet bound for Dallas made an emergency landing in Philadelphia on Tuesday after one of its engines blew apart in mid-air, shattering a window and killing a passenger who was partially sucked out of the plane. '
        + 'Flight 1380, a Boeing 737-700, had taken off from New York\'s LaGuardia Airport with 144 passengers and five crew members on board, the airline said. '
        + 'The woman, identified as Jennifer Riordan, a bank executive from Albuquerque, New Mexico, died of her injuries at a hospital. Seven other passengers suffered minor injuries. '
        + 'The pilot, Tammie Jo Shults, a former Navy fighter pilot, calmly told air traffic controllers that part of the aircraft was missing. '
        + 'National Transportation Safety Board chairman Robert Sumwalt said a fan blade was missing from the left engine and showed signs of metal fatigue.',
    },
    b: {
      id: 'b', publishedAt: '2018-04-18',
      text: 'Federal investigators said on Wednesday that a fan blade that snapped off in the engine of Southwest Flight 1380 was cracked from metal fatigue. '
        + 'The flight from LaGuardia to Dallas Love Field was diverted to Philadelphia International Airport on Tuesday morning, about 20 minutes after takeoff, when the engine failed at 32,000 feet. '
        + 'Debris smashed a window, and Jennifer Riordan, 43, was pulled partway out before other passengers dragged her back inside. '
        + 'She was the first passenger killed in an accident on a U.S. airline since 2009. There were 149 people aboard. Eight people were hurt, the NTSB said. '
        + 'Southwest said it would inspect the fan blades of its CFM56 engines over the next 30 days.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'agree', destination: 'partial', location: 'only-a', time: 'agree', people: 'agree', casualties: 'partial', cause: 'agree', actors: 'only-a' },
  },
  {
    // One airstrip spelt two ways; the Brasilia by code and by number; the troops named as doers through what
    // describes them; the officials who told Reuters are no people of the flight.
    name: 'a cargo plane shot down: "Bardale" against "Berdale airstrip in Somalia", "Embraer EMB 120" against "Embraer 120", "Two Somali officials told Reuters"',
    a: {
      id: 'a', publishedAt: '2020-05-05',
      text: 'A Kenyan cargo plane carrying medical supplies to help fight the coronavirus crashed on Monday as it was about to land in the Somali town of Bardale, killing all six people on board, officials said. '
        + 'The Embraer EMB 120, operated by African Express Airways, had flown from Mogadishu with supplies including mosquito nets and personal protective equipment. '
        + 'Somalia\'s civil aviation authority said the cause of the crash was not yet known. '
        + 'Two Somali officials told Reuters the plane had been shot down by Ethiopian troops stationed in the area, who may have thought it was on a suicide mission.',
    },
    b: {
      id: 'b', publishedAt: '2020-05-10',
      text: 'Ethiopian troops serving with the African Union mission in Somalia shot down a civilian cargo plane last Monday, an internal AU report has found, killing six people. '
        + 'The Embraer 120 had been cleared to land at Berdale airstrip in Somalia\'s Bay region, but the troops were not informed of the flight and thought it might be used in a suicide attack, according to the report seen by the Associated Press. '
        + 'The aircraft, which was carrying humanitarian supplies from Mogadishu, was fired on as it came in to land. Ethiopia has said it is investigating the incident. '
        + 'Kenya, whose nationals were among the crew, has demanded answers.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', time: 'agree', people: 'only-a', cargo: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // The lead tells one flight of a series: the first day's flights are the story's and the counts are tallies of
    // two moments; the short name of the ministry is the ministry named in full; a programme is no aircraft.
    name: 'an airlift told on two days: "A third Russian military cargo plane" against one An-124, "the ministry said", "the F-35 fighter jet programme"',
    a: {
      id: 'a', publishedAt: '2019-07-12',
      text: 'The first parts of Russia\'s S-400 missile defence system arrived at an air base near Ankara on Friday, Turkey\'s defence ministry said, defying warnings from Washington that the purchase would trigger U.S. sanctions. '
        + 'A Russian Antonov An-124 cargo plane carrying the equipment landed at Murted Air Base, northwest of the capital, the ministry said in a statement. '
        + 'The delivery of the parts will continue in the coming days, it said. Turkey agreed to buy the S-400 in 2017. '
        + 'The United States has said Turkey will be removed from the F-35 fighter jet programme if it goes ahead with the purchase.',
    },
    b: {
      id: 'b', publishedAt: '2019-07-13',
      text: 'A third Russian military cargo plane carrying parts of the S-400 air defence system landed at the Murted military airbase outside Ankara on Saturday, Turkey\'s defence ministry said. '
        + 'Two planes delivered the first components on Friday. The ministry published footage of the aircraft being unloaded. '
        + 'Russia\'s military-technical cooperation service said deliveries would continue, with the system to be fully in place by April 2020. '
        + 'U.S. officials have warned that Ankara will face sanctions under a 2017 law.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'partial', cargo: 'partial' },
  },
  {
    // Five days on, one survivor has died: fewer survivors and a higher toll are later counts, and the toll,
    // told days later, is the event's.
    name: 'a toll that rose days later: "Two people survived" against "is now the sole survivor", "raising the death toll to 44"',
    a: {
      id: 'a', publishedAt: '2011-09-07',
      text: 'A Yak-42 passenger jet carrying the Lokomotiv Yaroslavl ice hockey team crashed shortly after take-off near the Russian city of Yaroslavl on Wednesday, killing 43 people, officials said. '
        + 'The plane, which was taking the team to Minsk for the opening game of the season, came down on the bank of the Volga River moments after leaving Yaroslavl\'s Tunoshna airport. '
        + 'There were 45 people on board, 37 passengers and eight crew members, the Emergencies Ministry said. Two people survived: player Alexander Galimov and a crew member, both in critical condition. '
        + 'Investigators were examining the wreckage. Witnesses said the plane had struggled to gain height.',
    },
    b: {
      id: 'b', publishedAt: '2011-09-12',
      text: 'Alexander Galimov, the only Lokomotiv Yaroslavl player to survive last week\'s plane crash, died in a Moscow hospital on Monday, raising the death toll to 44. '
        + 'Galimov had suffered burns to 90 percent of his body when the Yak-42 jet crashed on September 7 as it set off for Minsk. Flight engineer Alexander Sizov is now the sole survivor of the crash. '
        + 'Investigators have said the pilots may have mistakenly applied the brakes during take-off.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'only-a', time: 'agree', people: 'only-a', casualties: 'partial' },
  },
  {
    // A real conflict of the dead. The later report revises the count aboard from a's figure, which it names: a
    // count of an earlier moment. The pilot, not his aircraft, told controllers it had run out of fuel; the four
    // who did not board are no one aboard.
    name: 'a manifest revised: "81 people" and "killing 75" against "77 people had been aboard ... revising an earlier figure of 81" and "Seventy-one"',
    a: {
      id: 'a', publishedAt: '2016-11-29',
      text: 'A chartered plane carrying 81 people, including players of the Brazilian football club Chapecoense, crashed near the Colombian city of Medellin late on Monday, killing 75 people, officials said. '
        + 'The British-made Avro RJ85, operated by the Bolivian charter airline LaMia, was flying from Santa Cruz in Bolivia to Medellin\'s Jose Maria Cordova airport, where the team was to play the final of the Copa Sudamericana. '
        + 'Six people survived, including three players, officials said. The pilot had reported an electrical failure shortly before the plane went down in mountainous terrain.',
    },
    b: {
      id: 'b', publishedAt: '2016-11-30',
      text: 'Colombian authorities said on Wednesday that 77 people had been aboard the plane that crashed near Medellin, revising an earlier figure of 81 after four people on the passenger list turned out not to have boarded. '
        + 'Seventy-one people were killed and six survived. Leaked audio showed that the pilot of the Avro RJ85 told air traffic controllers the plane had run out of fuel minutes before the crash late on Monday. '
        + 'Investigators said the jet had no fuel when it hit the mountain near La Union.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'agree', people: 'partial', casualties: 'conflict', cause: 'partial' },
  },
  {
    // Scraped with its paragraphs and a page's furniture: "Share this article" and "Read more" are off-topic; a count in
    // a question counts no one; the local day of "1641 GMT Friday" is Saturday.
    name: 'a disappearance told as it happened and the day after: "whether two passengers had boarded", "(1641 GMT Friday)", page furniture',
    a: {
      id: 'a', publishedAt: '2014-03-08',
      text: '<p>KUALA LUMPUR (Reuters) - A Malaysia Airlines Boeing 777-200ER carrying 239 people lost contact with air traffic control early on Saturday on a flight from Kuala Lumpur to Beijing, the airline said.</p>\n<p>Flight MH370 took off at 12:41 a.m. local time (1641 GMT Friday) and was due to land in Beijing at 6:30 a.m. '
        + 'There were 227 passengers, including two infants, and 12 crew members on board.</p>\n<p>The passengers included 153 Chinese nationals and 38 Malaysians, the airline said. '
        + 'Vietnam\'s navy said the plane may have crashed into the sea off Vietnam\'s southern tip.</p>',
    },
    b: {
      id: 'b', publishedAt: '2014-03-09',
      text: 'Share this article\nSearch teams from several countries scoured the South China Sea on Sunday for a Malaysia Airlines jet that vanished with 239 people on board, as officials investigated whether two passengers had boarded using stolen passports.\nThe Boeing 777 disappeared from radar screens about an hour after it left Kuala Lumpur early on Saturday, bound for the Chinese capital.\nVietnamese aircraft spotted two large oil slicks off the southern tip of Vietnam, but there was no confirmation they were linked to the missing plane.\nMalaysia\'s civil aviation chief said the possibility of a hijacking had not been ruled out.\nRead more: MH370 timeline',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'only-a', time: 'partial', people: 'partial' },
  },
  {
    // a's flight ends in Jeddah, where b's sets off: the days and counts are the legs' own. The minister's "will be
    // flown home to India" is a plan, no rival to the ministry's Jeddah.
    name: 'two legs of one airlift: "landed in the Saudi city of Jeddah" on Tuesday with 135 against "a commercial flight from Jeddah" to New Delhi on Wednesday with 360',
    a: {
      id: 'a', publishedAt: '2023-04-25',
      text: 'An Indian Air Force C-130J transport aircraft carrying 135 Indian nationals evacuated from Sudan landed in the Saudi city of Jeddah on Tuesday, the foreign ministry said. '
        + 'The evacuees had been flown out of Port Sudan, where a first group of 278 had earlier left aboard the navy ship INS Sumedha. From Jeddah they will be flown home to India, External Affairs Minister S. '
        + 'Jaishankar said.',
    },
    b: {
      id: 'b', publishedAt: '2023-04-27',
      text: 'The first batch of 360 Indians evacuated from war-torn Sudan arrived in New Delhi on Wednesday night aboard a commercial flight from Jeddah, officials said. '
        + 'The evacuees had been brought to the Saudi port city by Indian Air Force planes and a navy ship under Operation Kaveri. Another flight carrying 246 evacuees landed in Mumbai on Thursday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', time: 'partial', people: 'partial' },
  },
  {
    // The officers and the instructors add up to the other side's 175; the lead's two spans date the event, so the
    // arrival in Bangui and its cargo stay the event's; "Moscow said" is who speaks.
    name: 'instructors flown to Bangui: "five military officers and 170 civilian instructors" against "Some 175 Russian instructors", "in late January and early February"',
    a: {
      id: 'a', publishedAt: '2018-03-22',
      text: 'Russia has sent five military officers and 170 civilian instructors to the Central African Republic to train its armed forces, the Russian foreign ministry said on Thursday. '
        + 'The instructors arrived in the capital Bangui in late January and early February aboard Russian military transport planes, along with a batch of small arms and ammunition, the ministry said. '
        + 'The deliveries were approved by a United Nations Security Council committee in December, as an exception to an arms embargo imposed in 2013.',
    },
    b: {
      id: 'b', publishedAt: '2018-03-23',
      text: 'Some 175 Russian instructors have been deployed to the Central African Republic, Moscow said, in what analysts describe as a push for influence in the resource-rich country. '
        + 'Two Ilyushin Il-76 cargo planes flew the trainers and weapons, including pistols, rifles and rocket-propelled grenade launchers, into Bangui in January and February, according to diplomats. '
        + 'France, the former colonial power, has voiced concern.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'partial', time: 'partial', people: 'agree', cargo: 'only-a' },
  },
  {
    // The later report updates the day's tally: its 56 aircraft and 36 J-16s are a later count, not a rival one.
    name: 'a record incursion counted twice: "52 Chinese military aircraft" against "a record 56 ..., adding four aircraft that flew in at night to the 52 reported earlier"',
    a: {
      id: 'a', publishedAt: '2021-10-04',
      text: 'Taiwan reported 52 Chinese military aircraft in its air defence identification zone on Monday, a record for a single day, the island\'s defence ministry said. '
        + 'The aircraft included 34 J-16 fighters and 12 H-6 bombers, which flew into the southwestern corner of the zone near the Pratas Islands. '
        + 'Taiwan scrambled combat aircraft to warn them away, and deployed missile systems to monitor them.',
    },
    b: {
      id: 'b', publishedAt: '2021-10-05',
      text: 'China flew a record 56 military aircraft into Taiwan\'s air defence zone on Monday, Taiwan\'s defence ministry said, adding four aircraft that flew in at night to the 52 reported earlier in the day. '
        + 'The ministry said 36 J-16 fighter jets and 12 nuclear-capable H-6 bombers were among them. The United States urged Beijing to stop its military pressure on Taiwan.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'agree' },
  },
  {
    // The next day's bodies and missing are counts of their own, no rival to the first day's toll; the country after
    // the city only locates it.
    name: 'a crash on landing told the next day: "killing at least 68" against "70 bodies" and "two people still missing", "Pokhara in central Nepal"',
    a: {
      id: 'a', publishedAt: '2023-01-15',
      text: 'A Yeti Airlines ATR 72 with 72 people on board crashed into a river gorge while coming in to land at the tourist city of Pokhara in central Nepal on Sunday, killing at least 68, officials said. '
        + 'The twin-engine turboprop was on a 27-minute flight from Kathmandu, with 68 passengers, including five Indians and four Russians, and four crew members. '
        + 'Rescuers pulled bodies from the burning wreckage on the edge of the Seti River. There was no sign of survivors.',
    },
    b: {
      id: 'b', publishedAt: '2023-01-16',
      text: 'Rescuers recovered 70 bodies from the wreckage of the Yeti Airlines plane that crashed on Sunday near Pokhara\'s new international airport, and were searching for the two people still missing, an army spokesman said on Monday. '
        + 'The aircraft, carrying 72 people from Kathmandu, went down minutes before it was due to land, Nepal\'s worst air crash in three decades. The cause of the crash was not yet known. '
        + 'The flight recorders have been found.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'agree', time: 'agree', people: 'partial', casualties: 'partial' },
  },
  {
    // Those who sought help are a later count of the injured, no count of who flew; the lead's Friday is of one who
    // stayed in hospital, not of the landing.
    name: 'a landing in a cornfield told the next day: "Seventy-four people sought medical help", "one remained in hospital on Friday", "a flock of gulls"',
    a: {
      id: 'a', publishedAt: '2019-08-15',
      text: 'A Ural Airlines Airbus A321 carrying 233 people made an emergency landing in a cornfield near Moscow on Thursday after hitting a flock of gulls shortly after take-off, and everyone on board survived. '
        + 'The plane, bound for Simferopol in Crimea, had just taken off from Zhukovsky airport when birds were sucked into both engines, the airline said. '
        + 'Twenty-three people, including five children, were injured, health officials said. The pilots were hailed as heroes.',
    },
    b: {
      id: 'b', publishedAt: '2019-08-16',
      text: 'Seventy-four people sought medical help after a Ural Airlines jet landed in a cornfield outside Moscow, and one remained in hospital on Friday, Russia\'s health ministry said. '
        + 'The A321, with 226 passengers and seven crew on board, came down about a kilometre from the runway with its landing gear retracted, after a bird strike crippled both engines. '
        + 'President Vladimir Putin awarded the two pilots the title of Hero of Russia.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // The Kremlin's plan puts Tuesday ahead, no week back; the greeter is named across a long where.
    name: 'a state visit told on arrival and the next day: "informal talks over dinner on Monday before formal negotiations on Tuesday", "welcomed on the red carpet ... by"',
    a: {
      id: 'a', publishedAt: '2023-03-20',
      text: 'Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, his first trip to Russia since the start of the war in Ukraine. '
        + 'Xi\'s Air China plane landed at Vnukovo airport shortly after noon, where he was greeted by Deputy Prime Minister Dmitry Chernyshenko, Russian state television showed. '
        + 'Xi and President Vladimir Putin will hold informal talks over dinner on Monday before formal negotiations on Tuesday, the Kremlin said.',
    },
    b: {
      id: 'b', publishedAt: '2023-03-21',
      text: 'Vladimir Putin and Xi Jinping held more than four hours of talks on Monday evening, a day after the Chinese leader flew into Moscow on a visit the West is watching closely. '
        + 'Xi was welcomed on the red carpet at Vnukovo-2 government airport by Russian Deputy Prime Minister Dmitry Chernyshenko. Formal talks were due to be held at the Kremlin on Tuesday.',
    },
    same: true,
    expected: { aircraft: 'only-a', destination: 'agree', time: 'partial', actors: 'partial' },
  },
  {
    // b's nine who died alongside the general are read as some of a's ten (partial, no clash); the survivors'
    // flight to Nairobi is no destination of the helicopter.
    name: 'a general\'s helicopter down: "among 10 people killed" against "Nine military personnel died alongside General Francis Ogolla", "The two survivors were flown to Nairobi"',
    a: {
      id: 'a', publishedAt: '2024-04-18',
      text: 'Kenya\'s military chief, General Francis Ogolla, was among 10 people killed when a military helicopter crashed shortly after take-off in the west of the country on Thursday, President William Ruto said. '
        + 'Two people on board survived, Ruto said in a televised address. '
        + 'The helicopter had taken off from a school in Elgeyo Marakwet county, where Ogolla had been visiting troops deployed against cattle rustlers.',
    },
    b: {
      id: 'b', publishedAt: '2024-04-19',
      text: 'Nine military personnel died alongside General Francis Ogolla when their Bell UH-1H Huey helicopter came down in Elgeyo Marakwet county on Thursday afternoon, the air force said. '
        + 'The two survivors were flown to Nairobi for treatment. Kenya has declared three days of national mourning. An investigation team has been sent to the crash site near the village of Sindar.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'only-b', time: 'agree', casualties: 'partial' },
  },
  {
    // The day after and two days on: the load of a craft that went missing, a group among those counted,
    // a clock in brackets that is no year, a base resupplied.
    name: 'a transport lost on its way to Antarctica: "carrying 38 people went missing", "among them three civilians", "(1955 GMT)"',
    a: {
      id: 'a', publishedAt: '2019-12-10',
      text: 'SANTIAGO (Reuters) - A Chilean Air Force C-130 Hercules transport plane carrying 38 people went missing on Monday evening on its way to a base in Antarctica, the air force said. '
        + 'The plane took off from the southern city of Punta Arenas at 4:55 p.m. local time (1955 GMT) and lost radio contact at 6:13 p.m., the air force said in a statement. '
        + 'It was headed to the Presidente Eduardo Frei Montalva base on King George Island to provide logistical support, including checking a floating fuel pipeline. '
        + 'Seventeen crew members and 21 passengers were on board, among them three civilians, the air force said. '
        + 'Air Force commander Eduardo Mosqueira told reporters the pilot was experienced and that the plane could have made an emergency landing. "We cannot rule out any hypothesis," he said. '
        + 'Search teams from Chile, Argentina and Uruguay were combing the Drake Passage, where conditions were described as difficult. '
        + 'President Sebastian Pinera said he was following the search with "consternation and concern".',
    },
    b: {
      id: 'b', publishedAt: '2019-12-12',
      text: 'PUNTA ARENAS, Chile (AP) - Searchers have found debris and human remains believed to be from a Chilean military plane that disappeared with 38 people aboard on its way to Antarctica, officials said Wednesday. '
        + 'Debris including pieces of the fuselage and foam from the fuel tanks was found floating in the Drake Passage about 30 kilometers (19 miles) from where the C-130 Hercules lost contact on Monday, the air force said. '
        + 'The four-engine transport had left Punta Arenas for the Eduardo Frei base on King George Island on a routine flight to supply the base and repair its fuel pipeline. Gen. '
        + 'Francisco Torres said it was "practically impossible" that anyone had survived. '
        + 'Those aboard included 17 crew members and 21 passengers, among them two army personnel, a navy member, three civilians and 15 air force personnel. The cause of the crash was not known. '
        + 'Brazil\'s navy said one of its ships had found the first debris.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'partial', location: 'only-b', time: 'partial', people: 'partial', purpose: 'partial' },
  },
  {
    // On the day and the next: the counts aboard differ (a real conflict), a toll that rose,
    // a crash placed by the landing it cut short, a name joined by a particle (Cagayan de Oro).
    name: 'a troop plane overshooting a runway: 92 against 96 aboard, "rescued and taken to hospital", "three civilians on the ground"',
    a: {
      id: 'a', publishedAt: '2021-07-04',
      text: 'MANILA (Reuters) - A Philippine Air Force C-130 plane carrying 92 people, most of them soldiers fresh from training, crashed and burst into flames while trying to land on the southern island of Jolo on Sunday, killing at least 29 people, the military said. '
        + 'The Lockheed C-130 Hercules was carrying troops from the southern city of Cagayan de Oro to be deployed to Sulu province, where government forces have been fighting Islamist militants. '
        + 'Forty-nine people were rescued and taken to hospital, armed forces chief Cirilito Sobejana told reporters. Five soldiers were still missing. '
        + 'The plane missed the runway while trying to land at Jolo airport, Sobejana said, adding there was no sign of an attack. '
        + 'Video on social media showed thick plumes of smoke rising from the crash site in a coconut plantation.',
    },
    b: {
      id: 'b', publishedAt: '2021-07-05',
      text: 'MANILA, Philippines (AP) - The death toll from the crash of a Philippine air force plane in the south has risen to 50, including three civilians on the ground, officials said Monday. '
        + 'The C-130 transport was carrying 96 people, mostly army troops who had recently graduated from basic training, when it overshot the runway at Jolo airport in Sulu province on Sunday and crashed into a village. '
        + 'Forty-nine soldiers were injured and were being treated in hospitals, military chief of staff Gen. Cirilito Sobejana said. '
        + 'The aircraft had flown from Cagayan de Oro, where the troops had been flown in from Manila. '
        + 'Military officials said there was no indication that the plane had been shot down by Abu Sayyaf militants, who have a presence in the area. '
        + 'The aircraft was one of two C-130s recently acquired from the United States.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'agree', time: 'agree', people: 'conflict', casualties: 'partial' },
  },
  {
    // A report of the landing and the ministry's answer the next day: a refuelling stop, a rejected report that
    // names no party and no destination, and talk that is the source of the claim the ministry denies.
    name: 'a transport plane and a denial: "landed in Pakistan only to refuel", "denying social media reports that it had delivered weapons to Islamabad", "Speculation that ..."',
    a: {
      id: 'a', publishedAt: '2025-05-05',
      text: 'A Turkish Air Force C-130 Hercules transport aircraft landed in Karachi on Sunday, according to flight tracking data, amid rising tensions between India and Pakistan. '
        + 'Reports in Pakistani media said the aircraft was carrying military equipment, and at least six more Turkish planes were said to have landed at Pakistani air bases. '
        + 'Pakistan\'s military did not comment on the flights. Turkey has close defence ties with Pakistan and has supplied it with drones and warships.',
    },
    b: {
      id: 'b', publishedAt: '2025-05-05',
      text: 'ANKARA (Reuters) - Turkey\'s defence ministry said on Monday that a Turkish cargo plane had landed in Pakistan only to refuel, denying social media reports that it had delivered weapons to Islamabad. '
        + '"A cargo plane belonging to our country landed in Pakistan for refuelling and then continued on its route," the ministry said in a statement. It did not say where the plane was headed. '
        + 'Speculation that Turkish planes had carried arms to Pakistan spread online after a C-130 was tracked flying there over the weekend.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'partial', time: 'partial', cargo: 'disputed' },
  },
  {
    // On the day and the next: a toll that rose, counts of the injured of two moments, the crash placed from
    // a noun of it, a part of the dead that is no group aboard.
    name: 'a fighter-bomber into homes: "the crash of a Russian warplane into an apartment building", "including three children", six taken to hospital against nineteen injured a day later',
    a: {
      id: 'a', publishedAt: '2022-10-17',
      text: 'A Russian Sukhoi Su-34 fighter-bomber crashed into a nine-storey apartment building in the southern Russian city of Yeysk on Monday after one of its engines caught fire during take-off, killing at least four people, officials said. '
        + 'The defence ministry said the plane had been on a training flight from a military airfield in the city on the Sea of Azov, and that both pilots had ejected. '
        + 'Fuel from the jet caused a large fire that engulfed several floors of the building, the regional governor said. Six people were taken to hospital. '
        + 'The crash occurred about 25 miles across the Sea of Azov from Russian-occupied Ukraine.',
    },
    b: {
      id: 'b', publishedAt: '2022-10-18',
      text: 'The death toll from the crash of a Russian warplane into an apartment building in the port city of Yeysk has risen to 13, including three children, emergency officials said Tuesday. '
        + 'Nineteen people were injured. The Su-34 bomber went down shortly after taking off from a nearby air base on Monday evening. '
        + 'Russia\'s Defense Ministry said one of the plane\'s engines caught fire on takeoff for a training mission. The two crew members bailed out before the crash. '
        + 'President Vladimir Putin ordered an investigation and sent the health minister to the region.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'agree', time: 'agree', people: 'agree', casualties: 'partial', purpose: 'agree', cause: 'agree' },
  },
  {
    // The ministry's report on the day and a wire report the next: escorts by type and by count, a continent
    // named by its adjective, reasons of two kinds that do not clash.
    name: 'bombers flown to South Africa: "the Waterkloof air base in South Africa" against "near Pretoria", an escort of two types against "two transport planes", "goodwill visit"',
    a: {
      id: 'a', publishedAt: '2019-10-23',
      text: 'MOSCOW, October 23 (RIA Novosti) - Two Tu-160 strategic bombers of the Russian Aerospace Forces have landed at the Waterkloof air base in South Africa, the Russian Defence Ministry said on Wednesday. '
        + 'The flight from the Engels airfield in the Saratov region lasted more than 13 hours, with refuelling in the air over the Atlantic, the ministry said. '
        + 'The bombers were accompanied by an An-124 Ruslan heavy transport plane and an Il-62 passenger aircraft. '
        + '"The visit is aimed at developing military cooperation between Russia and South Africa," the ministry said. The crews will take part in the Africa Aerospace and Defence exhibition.',
    },
    b: {
      id: 'b', publishedAt: '2019-10-24',
      text: 'PRETORIA (Reuters) - Two Russian nuclear-capable bombers landed in South Africa on Wednesday in what Moscow called a goodwill visit, the first time the Tu-160 planes have flown to the African continent. '
        + 'The supersonic bombers touched down at the Waterkloof air force base near Pretoria, accompanied by two transport planes carrying about 100 flight personnel, South Africa\'s defence department said. '
        + 'The visit coincided with a Russia-Africa summit hosted by President Vladimir Putin in the Black Sea resort of Sochi. '
        + 'Moscow has sought to expand its influence in Africa in recent years through arms sales and military training.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'agree', people: 'only-b', purpose: 'partial' },
  },
  {
    // Two reports on one day of an airlift from Niamey: each leads with another flight of the series; the later
    // report also counts the first, and a flight to come is no destination yet.
    name: 'two flights of one evacuation: "A first French evacuation flight ... with 262 people" against "A second evacuation flight ... with 350 people", "one to Rome" planned',
    a: {
      id: 'a', publishedAt: '2023-08-02',
      text: 'PARIS (Reuters) - A first French evacuation flight from Niger landed at Paris Charles de Gaulle airport early on Wednesday with 262 people on board, including 12 babies, France\'s foreign ministry said. '
        + 'Most of the passengers were French nationals, the ministry said. The flight, an Airbus A330 of the French air force, took off from Niamey late on Tuesday. '
        + 'France began the evacuation after a coup in its former colony last week and an attack on its embassy in Niamey on Sunday. A second flight was due to leave Niamey later on Wednesday.',
    },
    b: {
      id: 'b', publishedAt: '2023-08-02',
      text: 'A second evacuation flight from Niger landed in Paris on Wednesday with 350 people on board, France\'s foreign ministry said, after a first flight with 262 people arrived in the early hours. '
        + 'Two more flights were planned, including one to Rome for Italian citizens. In all, nearly 1,000 people are expected to be evacuated, among them about 600 French nationals. '
        + 'The Airbus A330 planes left from Niamey\'s airport, which reopened briefly for the evacuation.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', time: 'partial', people: 'partial', purpose: 'agree' },
  },
  {
    // A wire report with both sides and an Iranian report with one: a dispute inside a, a party named with its
    // initials and then by them, a variant against its type.
    name: 'a drone downed at a strait: "violated Iranian airspace" (the Guards) against "in international airspace" (a U.S. official), "Corps (IRGC) says"',
    a: {
      id: 'a', publishedAt: '2019-06-20',
      text: 'DUBAI/WASHINGTON (Reuters) - Iran\'s Revolutionary Guards shot down a U.S. military surveillance drone over the Strait of Hormuz on Thursday, the latest in a series of incidents in the Gulf. '
        + 'The Guards said the drone had violated Iranian airspace near the Kouhmobarak district in southern Hormozgan province. '
        + 'A U.S. official said the Navy RQ-4A Global Hawk was brought down by an Iranian surface-to-air missile in international airspace over the Strait of Hormuz. "This was an unprovoked attack," U.S. '
        + 'Central Command said.',
    },
    b: {
      id: 'b', publishedAt: '2019-06-20',
      text: 'Iran\'s Islamic Revolutionary Guard Corps (IRGC) says it has shot down an American spy drone that had violated the country\'s airspace in the southern province of Hormozgan. '
        + 'The IRGC said the US-made RQ-4 Global Hawk was targeted at 04:05 local time on Thursday after it entered Iranian airspace near the Kouh-e Mobarak region. '
        + 'The drone had taken off from a US base in the Persian Gulf, the IRGC said. IRGC commander Hossein Salami said the downing sent a clear message.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'disputed', time: 'partial', purpose: 'agree', cause: 'partial' },
  },
  {
    // Missing on the day, found the next: one named and the others as everyone, a route to a town the gazetteer
    // lacked, a type named by its maker, and a search that is no purpose of the flight.
    name: 'a vice-president lost in fog: "carrying Vice President Saulos Chilima and nine other people" against "Chilima and nine other people were killed", "flying from Lilongwe to Mzuzu"',
    a: {
      id: 'a', publishedAt: '2024-06-10',
      text: 'LILONGWE (Reuters) - A Malawi military aircraft carrying Vice President Saulos Chilima and nine other people went missing on Monday, President Lazarus Chakwera said. '
        + 'The plane left the capital Lilongwe at 9:17 a.m. and was due to land in Mzuzu, about 370 km to the north, about an hour later, but was turned back because of poor visibility, Chakwera said. '
        + 'Aviation authorities lost contact with the aircraft after it was told to return to Lilongwe. Chakwera ordered a search and rescue operation.',
    },
    b: {
      id: 'b', publishedAt: '2024-06-11',
      text: 'BLANTYRE, Malawi (AP) - Malawi\'s Vice President Saulos Chilima and nine other people were killed when their military plane crashed in a mountainous forest area in the north of the country, President Lazarus Chakwera said Tuesday. '
        + 'Search teams found the wreckage of the Dornier 228 near Chikangawa after a search of more than 24 hours. There were no survivors, Chakwera said. '
        + 'The aircraft had been flying from Lilongwe to Mzuzu on Monday morning when it was diverted back because of bad weather.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'only-b', time: 'partial', people: 'only-a', casualties: 'only-b', cause: 'agree' },
  },
  {
    // A wire report on the night and a live page the next morning: one airport by its two names, entry stamps that
    // date no event, a toll that rose.
    name: 'a repatriation flight off a tabletop runway: "Calicut airport" against "Kozhikode\'s Karipur airport", a live page stamped "0415 GMT:"',
    a: {
      id: 'a', publishedAt: '2020-08-07',
      text: 'KOZHIKODE, India (Reuters) - An Air India Express plane carrying 190 people from Dubai overshot the runway while landing in heavy rain in the southern Indian state of Kerala on Friday and broke in two, killing at least 17 people, officials said.\nThe Boeing 737 was bringing home Indians stranded abroad by the coronavirus pandemic under a government repatriation scheme.\nFlight IX1344 had 184 passengers and six crew on board, the civil aviation ministry said. '
        + 'Both pilots were among the dead.\nThe plane skidded off the tabletop runway at Calicut airport and plunged into a valley, police said.',
    },
    b: {
      id: 'b', publishedAt: '2020-08-08',
      text: 'Kerala plane crash LIVE updates\n0415 GMT: The death toll has risen to 18, district officials said.\n0350 GMT: Civil Aviation Minister Hardeep Singh Puri said the flight recorders had been recovered.\n0310 GMT: 149 injured passengers are being treated in hospitals in Kozhikode and Malappuram, officials said.\nFriday, 2200 GMT: The Air India Express flight from Dubai, carrying 190 people, skidded off the runway at Kozhikode\'s Karipur airport at 7:41 p.m. local time on Friday in heavy rain and broke into two pieces.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', purpose: 'only-a', cause: 'agree' },
  },
  {
    // Two reports of the first US airlift on the night: a site one side locates, a load said to hold its
    // munitions, a craft named by one side only.
    name: 'munitions flown to Israel: "the Nevatim air base in southern Israel" against "Nevatim Airbase", "the first shipment included small-diameter bombs and munitions"',
    a: {
      id: 'a', publishedAt: '2023-10-11',
      text: 'JERUSALEM (Reuters) - The first U.S. plane carrying munitions for Israel landed at the Nevatim air base in southern Israel on Tuesday evening, the Israeli military said. '
        + '"The ammunition will enable significant strikes and preparing for additional scenarios," the military said in a statement. It did not say how much was delivered. '
        + 'The United States has promised to send more arms, including interceptors for the Iron Dome air defence system.',
    },
    b: {
      id: 'b', publishedAt: '2023-10-11',
      text: 'The first shipment of U.S. military assistance arrived in Israel late Tuesday, the Israel Defense Forces said, as Washington moved to back its ally after the Hamas attack. A U.S. '
        + 'Air Force C-17 cargo plane landed at Nevatim Airbase, the IDF said on X, posting photos of pallets being unloaded. '
        + 'The Pentagon said the first shipment included small-diameter bombs and munitions, and that more would follow. Israel\'s embassy in Washington said the plane carried "advanced ammunition".',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'agree', cargo: 'agree' },
  },
  {
    // Two events of one kind at one airport, told three months apart: dates and years decide that they are two,
    // though the escorts of the first are the types of the second.
    name: 'two flights to Maiquetia months apart: Tu-160 bombers in December against an Il-62 and an An-124 in March',
    a: {
      id: 'a', publishedAt: '2018-12-11',
      text: 'CARACAS (Reuters) - Two Russian Tu-160 strategic bombers landed at Maiquetia airport outside Caracas on Monday, a show of support for President Nicolas Maduro\'s socialist government that drew criticism from Washington. '
        + 'Venezuelan Defence Minister Vladimir Padrino said the aircraft would take part in joint exercises with the Venezuelan air force. '
        + 'The bombers were accompanied by an An-124 transport plane and an Il-62 passenger plane carrying about 100 flight personnel. U.S. '
        + 'Secretary of State Mike Pompeo called the deployment "two corrupt governments squandering public funds".',
    },
    b: {
      id: 'b', publishedAt: '2019-03-25',
      text: 'CARACAS (Reuters) - Two Russian air force planes landed at Venezuela\'s main airport on Saturday carrying a Russian defence official and nearly 100 troops, according to flight tracking data and a local reporter. '
        + 'An Ilyushin Il-62 passenger jet and an Antonov An-124 cargo plane touched down at Maiquetia airport outside Caracas, reporter Javier Mayorca wrote on Twitter. '
        + 'The planes left for Syria on Sunday, flight data showed. The arrival came three months after two Russian nuclear-capable bombers flew to Venezuela, which Washington condemned.',
    },
    same: false,
    expected: { aircraft: 'partial', destination: 'agree', time: 'conflict', people: 'partial', purpose: 'only-a' },
  },
  {
    // Two reports of the morning: drones downed against drones that came, an airspace entered on both sides.
    name: 'drones over Poland: "three or four drones had been shot down" against "19 drones had entered Polish airspace, and that four of them had been downed"',
    a: {
      id: 'a', publishedAt: '2025-09-10',
      text: 'WARSAW (Reuters) - Poland shot down drones that entered its airspace overnight during a Russian attack on western Ukraine, the Polish military said on Wednesday, the first time a NATO member has fired on Russian assets during the war. '
        + 'Prime Minister Donald Tusk said there had been 19 violations of Polish airspace and that three or four drones had been shot down. '
        + 'Airports including Warsaw\'s Chopin airport were closed for several hours. Russia\'s defence ministry said it had not planned to strike targets in Poland.',
    },
    b: {
      id: 'b', publishedAt: '2025-09-10',
      text: 'Polish and NATO aircraft shot down Russian drones over Poland early Wednesday after they crossed into the country\'s airspace, officials said. '
        + 'Tusk told parliament that 19 drones had entered Polish airspace, and that four of them had been downed, while debris was found in several villages in the east. '
        + 'Moscow denied targeting Poland, saying the drones could not have flown that far.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'agree', cause: 'agree' },
  },
  {
    // The night of the crash and the day after: a toll that rose on a later day, a part of the injured who died,
    // the airfield it was coming in to land at as its destination.
    name: 'a training flight down near Chuhuiv: "killing 25 people and injuring two" against "rose to 26 on Saturday after one of the two injured died"',
    a: {
      id: 'a', publishedAt: '2020-09-25',
      text: 'KYIV (Reuters) - A Ukrainian military An-26 transport plane carrying air force cadets crashed and burst into flames near the city of Kharkiv on Friday evening, killing 25 people and injuring two, officials said. '
        + 'The plane, which had 27 people on board, including 20 cadets, was on a training flight and crashed while coming in to land at the Chuhuiv military airfield, the emergencies service said. '
        + 'The pilot had reported a failure of one of the engines shortly before the crash, regional governor Oleksiy Kucher said.',
    },
    b: {
      id: 'b', publishedAt: '2020-09-26',
      text: 'CHUHUIV, Ukraine (AP) - The death toll from the crash of a Ukrainian air force plane carrying cadets rose to 26 on Saturday after one of the two injured died in hospital, leaving one survivor, officials said. '
        + 'President Volodymyr Zelenskiy flew to the site near Chuhuiv and declared a day of mourning. The An-26 was on a training flight with 27 people aboard, including 20 cadets and seven crew members. '
        + 'Investigators are looking at pilot error and technical failure among possible causes.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'only-a', location: 'only-a', time: 'partial', people: 'partial', casualties: 'partial', purpose: 'agree', actors: 'only-b' },
  },
  {
    // The day of the crash and the next: a US dateline, a type by one of its variants, a town's own airport,
    // a flight to retirement, and the dead counted whole and by role; only a says no one on the ground was hurt.
    name: 'a Hercules on its last flight: "SAVANNAH, Ga. (Reuters)", "a WC-130 Hercules", "to be retired" against "to be decommissioned", "all nine" against "five crew members and four passengers"',
    a: {
      id: 'a', publishedAt: '2018-05-02',
      text: 'SAVANNAH, Ga. (Reuters) - A Puerto Rico Air National Guard C-130 cargo plane crashed onto a highway shortly after taking off from Savannah\'s airport on Wednesday, killing all nine people on board, officials said. '
        + 'The plane was on its way to Davis-Monthan Air Force Base in Arizona, where it was to be retired, the Guard said. Video showed the aircraft nose-diving onto Georgia Highway 21 and bursting into flames. '
        + 'No one on the ground was hurt.',
    },
    b: {
      id: 'b', publishedAt: '2018-05-03',
      text: 'The five crew members and four passengers killed when a WC-130 Hercules crashed near Savannah\'s airport were all members of Puerto Rico\'s Air National Guard, officials said Thursday. '
        + 'The 60-year-old aircraft, used for weather reconnaissance, was being flown to the "boneyard" in Tucson, Arizona, to be decommissioned. '
        + 'It came down less than a mile from the runway on Wednesday afternoon. Investigators have not said what caused the crash.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'agree', people: 'only-a', casualties: 'partial', purpose: 'partial' },
  },
  {
    // A superseded statement is set aside, not counted; those still in hospital are some of the injured, counted
    // the day after. "Chuuk" is the town of Weno and its airport, in Micronesia.
    name: 'a ditching told the next day: "all 47 ... were rescued" against "reversing its earlier statement that all 47 people on board had survived", "Six passengers remained in hospital"',
    a: {
      id: 'a', publishedAt: '2018-09-28',
      text: 'SYDNEY (Reuters) - An Air Niugini passenger plane missed the runway and came down in a lagoon while landing at Chuuk in the Federated States of Micronesia on Friday, and all 47 passengers and crew were rescued, the airline said. '
        + 'The Boeing 737-800 was flying from Pohnpei to Chuuk International Airport when it landed short of the runway at about 9.30 a.m. local time, Air Niugini said in a statement. '
        + 'Local fishing boats ferried passengers and crew to shore as the plane slowly sank into the shallow water. Seven people were taken to hospital with minor injuries, a hospital official said. '
        + 'The flight was due to continue to Port Moresby, Papua New Guinea, later on Friday.',
    },
    b: {
      id: 'b', publishedAt: '2018-09-29',
      text: 'PORT MORESBY, Papua New Guinea (AP) — Air Niugini said Saturday that one passenger is missing after its jet plunged into a lagoon in Micronesia, reversing its earlier statement that all 47 people on board had survived. '
        + 'The airline said it was working with local authorities and U.S. Navy divers to find the man, whose nationality was not given. '
        + 'The Boeing 737 was carrying 35 passengers and 12 crew from Pohnpei when it fell short of the runway at Weno, on Chuuk island, on Friday morning. '
        + 'Six passengers remained in hospital on Saturday, the airline said. Papua New Guinea\'s Accident Investigation Commission is leading the investigation, with help from the U.S. '
        + 'National Transportation Safety Board.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Goods in store are no load, a third plane's load is not the first two's, and a hospital's capacity counts no one.
    // "France is sending two military planes to Beirut" is where they went.
    name: 'aid flights after a blast: "2,750 tonnes of ammonium nitrate stored in a warehouse", "A third plane carrying 18 tonnes", "a field hospital able to treat 500 people"',
    a: {
      id: 'a', publishedAt: '2020-08-05',
      text: 'PARIS (Reuters) - France is sending two military planes to Beirut on Wednesday carrying 55 civil security personnel, 15 tonnes of medical equipment and a mobile clinic to help treat people injured in Tuesday\'s massive explosion, the French presidency said. '
        + 'The aircraft were to leave from the Istres air base in southern France in the afternoon, a defence ministry spokesman said. '
        + 'President Emmanuel Macron will travel to Lebanon on Thursday to meet political leaders, the Elysee said. '
        + 'More than 100 people were killed and 4,000 injured in the blast at Beirut\'s port, Lebanese officials said.',
    },
    b: {
      id: 'b', publishedAt: '2020-08-06',
      text: 'BEIRUT (AFP) - French President Emmanuel Macron arrived in Beirut on Thursday, the first foreign leader to visit Lebanon since a huge explosion devastated the city\'s port two days earlier. '
        + 'Two French air force planes landed at Beirut airport late on Wednesday with rescue workers trained to search for people trapped under rubble, medical supplies and a field hospital able to treat 500 people. '
        + 'A third plane carrying 18 tonnes of medical aid and six emergency doctors was expected on Thursday, the French embassy said. '
        + 'The blast, which killed at least 137 people and wounded about 5,000, was caused by some 2,750 tonnes of ammonium nitrate stored in a warehouse, the government said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'partial', people: 'partial', cargo: 'partial', casualties: 'partial', actors: 'only-b' },
  },
  {
    // The time of a clause that starts a period dates no event; the jet that watched over the flight is an escort;
    // "to meet President Joe Biden" is a visit.
    name: 'a leader flown abroad: "since Russia invaded his country in February", "boarded a U.S. Air Force C-40B at the airport in Rzeszow", "is due to fly back to Poland"',
    a: {
      id: 'a', publishedAt: '2022-12-21',
      text: 'WASHINGTON (Reuters) - Ukrainian President Volodymyr Zelenskiy arrived in Washington on Wednesday on his first known trip abroad since Russia invaded his country in February, to meet President Joe Biden at the White House and address the U.S. '
        + 'Congress. Zelenskiy landed at Joint Base Andrews outside Washington shortly after noon aboard a U.S. Air Force plane that had flown him from Rzeszow in southeastern Poland, a U.S. official said. '
        + 'The visit came as the Biden administration announced $1.85 billion in new military aid for Ukraine, including a Patriot air defence battery. Zelenskiy is due to fly back to Poland after the speech.',
    },
    b: {
      id: 'b', publishedAt: '2022-12-22',
      text: 'WASHINGTON (AP) — Volodymyr Zelenskyy\'s secret journey to Washington began with an overnight train ride from Kyiv to the Polish border on Tuesday. He then boarded a U.S. '
        + 'Air Force C-40B at the airport in Rzeszow, where a NATO AWACS surveillance plane and an F-15 fighter jet watched over the flight as it crossed the Atlantic, according to flight tracking data. '
        + 'The plane touched down at Joint Base Andrews in Maryland at about 12:30 p.m. on Wednesday. '
        + 'Zelenskyy spent about 10 hours in the U.S. capital, meeting Biden in the Oval Office and telling lawmakers that American aid was "not charity" but "an investment in global security".',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', time: 'partial', purpose: 'partial', actors: 'only-a' },
  },
  {
    // An island after its nationality is where they landed; the airport and the air base are in the gazetteer, so
    // the sides agree on the destination and b is more precise on the origin. Both give patrols as the reason.
    name: 'bombers flown to an island: "landed on the Indonesian island of Biak" against "Frans Kaisiepo airport", "an air base in Russia\'s Amur region" against "the Ukrainka airfield"',
    a: {
      id: 'a', publishedAt: '2017-12-06',
      text: 'JAKARTA (Reuters) - Two Russian strategic bombers landed on the Indonesian island of Biak on Wednesday for the first time, Indonesia\'s air force said, days after Moscow and Jakarta agreed to deepen defence ties. '
        + 'The two Tu-95MS bombers, which are capable of carrying nuclear weapons, flew from an air base in Russia\'s Amur region and will carry out patrols over the South Pacific during their stay, Russia\'s defence ministry said. '
        + 'They were accompanied by two Il-76 transport planes carrying about 110 crew and technical staff, the Indonesian air force said.',
    },
    b: {
      id: 'b', publishedAt: '2017-12-07',
      text: 'MOSCOW, Dec 7 (TASS) - Two Tu-95MS strategic missile carriers of Russia\'s Long-Range Aviation have flown to Indonesia for the first time, the Russian Defence Ministry said on Thursday. '
        + 'The aircraft landed at Frans Kaisiepo airport on the island of Biak after a flight of more than 12 hours from the Ukrainka airfield, the ministry said. '
        + 'During their stay the crews will fly patrol missions over the neutral waters of the Pacific Ocean and take part in joint training with the Indonesian air force.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'only-b', time: 'partial', people: 'only-a', purpose: 'agree' },
  },
  {
    // Incheon is Seoul's airport; a whole that is itself a casualty count counts no one aboard; where victims came
    // from is no crash site.
    name: 'a crash on landing: "The flight from Seoul" against "had flown from Incheon International Airport", "Of the 182 people taken to hospitals", "girls from China"',
    a: {
      id: 'a', publishedAt: '2013-07-06',
      text: 'SAN FRANCISCO (Reuters) - An Asiana Airlines Boeing 777 crashed while landing at San Francisco International Airport on Saturday, killing two people and injuring more than 180, officials said. '
        + 'The flight from Seoul was carrying 291 passengers and 16 crew members, the South Korean airline said. '
        + 'Passengers escaped down emergency slides as smoke poured from the plane, whose tail was torn off when it struck a sea wall at the end of the runway. The cause of the crash was not immediately known.',
    },
    b: {
      id: 'b', publishedAt: '2013-07-07',
      text: 'SAN FRANCISCO (AP) — The two passengers killed when Asiana Flight 214 crashed at San Francisco\'s airport were 16-year-old girls from China, the airline said Sunday. '
        + 'The Boeing 777 had flown from Incheon International Airport with 307 people aboard when it came in too low and too slow on Saturday morning, federal investigators said. '
        + 'Of the 182 people taken to hospitals, 49 were seriously injured, officials said. Most of the passengers were Chinese, South Korean or American.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'agree', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // A real conflict: each country's aircraft are compared with its own, so two Indian jets against one MiG-21
    // conflict, and India's own loss beside the F-16 it downed is no dispute. "captured two pilots" against "held only one
    // Indian pilot" is a real conflict too. "a day after Indian planes struck" dates the strike the day before.
    name: 'jets downed in a clash, told by each side: "two Indian military jets" against "lost one MiG-21" and "a Pakistani F-16"',
    a: {
      id: 'a', publishedAt: '2019-02-27',
      text: 'ISLAMABAD (Reuters) - Pakistan said on Wednesday it had shot down two Indian military jets in Pakistani airspace and captured two pilots, a day after Indian planes struck what New Delhi said was a militant camp in Pakistan. '
        + '"The PAF shot down two Indian aircraft inside Pakistani airspace," army spokesman Major General Asif Ghafoor said on Twitter, adding that one of the aircraft fell inside Pakistan-controlled Kashmir. '
        + 'Pakistan denied that any of its own planes had been hit.',
    },
    b: {
      id: 'b', publishedAt: '2019-02-27',
      text: 'NEW DELHI (Reuters) - India said on Wednesday it had lost one MiG-21 fighter jet in an aerial clash with Pakistan and that its pilot was missing in action. '
        + 'Foreign ministry spokesman Raveesh Kumar said Indian jets had shot down a Pakistani F-16 after Pakistani aircraft crossed into Indian-controlled Kashmir to target military installations. '
        + 'Pakistan later said it held only one Indian pilot.',
    },
    same: true,
    expected: { aircraft: 'conflict', location: 'only-a', time: 'partial', people: 'conflict', cause: 'partial' },
  },
  {
    // "Duesseldorf" and "Dusseldorf" are one city; "144 passengers and six crew" add up to "all 150 people on board".
    // b's "carrying 144 passengers and six crew from Barcelona" sets off where a's flight does.
    name: 'a crash in the Alps told the next day: "on a flight from Barcelona to Duesseldorf" against "from Barcelona, Spain, to Dusseldorf, Germany", "a day earlier"',
    a: {
      id: 'a', publishedAt: '2015-03-24',
      text: 'PARIS (Reuters) - A Germanwings Airbus A320 crashed in the French Alps on Tuesday on a flight from Barcelona to Duesseldorf, killing all 150 people on board, French and German officials said. '
        + 'The plane went down near the town of Barcelonnette after descending for eight minutes, the French civil aviation authority said. '
        + 'There were 144 passengers and six crew members aboard, Germanwings said. Among the passengers were 16 German schoolchildren and two teachers returning from an exchange trip in Spain, officials said. '
        + 'French President Francois Hollande said there were no survivors.',
    },
    b: {
      id: 'b', publishedAt: '2015-03-25',
      text: 'SEYNE-LES-ALPES, France (AP) — Investigators on Wednesday recovered the cockpit voice recorder from the site where Germanwings Flight 9525 crashed in the French Alps a day earlier. '
        + 'The Airbus A320 was carrying 144 passengers and six crew from Barcelona, Spain, to Dusseldorf, Germany, when it began an unexplained descent shortly after reaching cruising altitude. '
        + 'Spain said 51 of the victims were Spanish, and Germany said at least 72 were German. Helicopters ferried investigators and police to the remote mountainside, which can only be reached on foot.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-a' },
  },
  {
    // The list of parts ends with its "and"; the groups after it add up to 66. "a day after EgyptAir Flight 804 vanished"
    // dates the vanishing Thursday, so b's flight from Paris late on Wednesday is the story's, not background.
    name: 'a jet lost at sea told the next day: "56 passengers, including a child and two infants, seven crew members and three security personnel", "on Friday, a day after ... vanished"',
    a: {
      id: 'a', publishedAt: '2016-05-19',
      text: 'CAIRO (Reuters) - An EgyptAir jet flying from Paris to Cairo with 66 people aboard crashed into the Mediterranean early on Thursday, Egyptian officials said. '
        + 'The Airbus A320 vanished from radar screens at 2:30 a.m. Cairo time (0030 GMT) shortly after entering Egyptian airspace, about 280 km north of the Egyptian coast. '
        + 'There were 56 passengers, including a child and two infants, seven crew members and three security personnel on board, the airline said. '
        + 'Egypt\'s aviation minister said it was too early to rule out any cause.',
    },
    b: {
      id: 'b', publishedAt: '2016-05-20',
      text: 'ATHENS (AP) — Greek and Egyptian search teams found debris and human remains in the Mediterranean on Friday, a day after EgyptAir Flight 804 vanished with 66 people aboard. '
        + 'The Airbus A320 had left Charles de Gaulle airport in Paris late on Wednesday and was due to land in Cairo early Thursday. '
        + 'Greece\'s defence minister said the plane swerved 90 degrees left and then 360 degrees right before plunging from 37,000 feet. '
        + 'Egypt\'s aviation minister said a terrorist attack was more likely than a technical failure, but no group has claimed responsibility.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'only-a', time: 'partial', people: 'agree' },
  },
  {
    // The follow-up's lead dates its search; "two days after" dates the vanishing Sunday, which was a time conflict.
    // "leaving Surabaya for Singapore" is the same route as "from the Indonesian city of Surabaya to Singapore".
    // "at 6:17 a.m. (2317 GMT Saturday) over the Java Sea" is one sentence: where contact was lost, which b's
    // debris off Borneo narrows.
    name: 'a jet missing over the sea, told two days on: "went missing on Sunday" against "on Tuesday ..., two days after AirAsia Flight 8501 vanished"',
    a: {
      id: 'a', publishedAt: '2014-12-28',
      text: 'JAKARTA (Reuters) - An AirAsia plane with 162 people on board went missing on Sunday on a flight from the Indonesian city of Surabaya to Singapore, after the pilots asked to change course to avoid bad weather. '
        + 'The Airbus A320-200 lost contact with air traffic control at 6:17 a.m. (2317 GMT Saturday) over the Java Sea, Indonesia\'s transport ministry said. '
        + 'There were 155 passengers, including 16 children and one infant, and seven crew on board, the airline said.',
    },
    b: {
      id: 'b', publishedAt: '2014-12-30',
      text: 'PANGKALAN BUN, Indonesia (AP) — Indonesian search teams on Tuesday pulled bodies and debris from the Java Sea off Borneo, two days after AirAsia Flight 8501 vanished with 162 people aboard. '
        + 'Six bodies had been recovered by Tuesday evening, the search agency said. The Airbus A320 disappeared on Sunday morning about 40 minutes after leaving Surabaya for Singapore. '
        + 'AirAsia chief executive Tony Fernandes said he was "absolutely devastated".',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'only-b', cause: 'only-a' },
  },
  {
    // Air Force One is an aircraft of no one type; "the Oct. 7 attack" dates the attack. The hospital blast's toll and
    // cause in b are of another happening the library does not tell apart (casualties and cause only-b).
    name: 'a president flown to a war: "Air Force One touched down at Ben Gurion airport", "after the Oct. 7 attack", "A planned summit in Amman"',
    a: {
      id: 'a', publishedAt: '2023-10-18',
      text: 'TEL AVIV (Reuters) - U.S. President Joe Biden landed in Tel Aviv on Wednesday on a visit to show solidarity with Israel after the Oct. 7 attack by Hamas. '
        + 'Air Force One touched down at Ben Gurion airport, where Prime Minister Benjamin Netanyahu greeted him on the tarmac. '
        + 'A planned summit in Amman with Jordan\'s King Abdullah, Egypt\'s President Abdel Fattah al-Sisi and Palestinian President Mahmoud Abbas was cancelled after a blast at a Gaza hospital on Tuesday killed hundreds of people.',
    },
    b: {
      id: 'b', publishedAt: '2023-10-18',
      text: 'TEL AVIV, Israel (AP) — President Joe Biden arrived in Israel on Wednesday, flying into a war zone to meet Israeli leaders. '
        + 'Biden left Joint Base Andrews aboard Air Force One late Tuesday for the overnight flight. '
        + 'The second leg of his trip, to Jordan, was called off after Abbas withdrew in protest over the hospital blast, which Gaza health officials said killed 471 people. '
        + 'Biden said the blast appeared to have been caused by a misfired rocket from "the other team".',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'partial', time: 'partial', casualties: 'only-b', cause: 'only-b', actors: 'agree' },
  },
  {
    // Gunfire that hits a plane damages it, no downing; none of the crew hurt meets "no one was hurt"; the war's standing toll
    // ("fighting ... has killed hundreds") is not the flight's. Who fired (the army accuses the RSF, which denies it) is not read.
    name: 'an evacuation plane fired on: "hit by gunfire while landing" against "opening fire on ... as it came in to land", "No crew members were injured"',
    a: {
      id: 'a', publishedAt: '2023-04-28',
      text: 'ANKARA (Reuters) - A Turkish military C-130 evacuation plane was hit by gunfire while landing at the Wadi Seidna air base near Khartoum on Friday, Turkey\'s defence ministry said, adding that no one was hurt. '
        + 'The fuel system of the aircraft was damaged, the ministry said, and maintenance work was under way. '
        + 'The plane had been sent to evacuate Turkish citizens from Sudan, where fighting between the army and a paramilitary force has killed hundreds.',
    },
    b: {
      id: 'b', publishedAt: '2023-04-28',
      text: 'KHARTOUM (AFP) - Sudan\'s army accused the paramilitary Rapid Support Forces on Friday of opening fire on a Turkish evacuation plane as it came in to land at Wadi Seidna, north of Omdurman, damaging its fuel system. '
        + 'The RSF denied the accusation, saying its forces were not in the area and that the army was lying to cover up its own failures. No crew members were injured, the army said. '
        + 'Turkey has evacuated more than 1,500 of its citizens from Sudan by land and air since the fighting began on April 15.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'agree', casualties: 'agree', purpose: 'agree', cause: 'partial' },
  },
  {
    // A real conflict of cargo, across the reports: what a load was of, against what a party denies it sent. "Iranian-made"
    // names where the drones were made, not whose aircraft they are.
    name: 'drones flown from Iran and a denial: "a first shipment of Iranian-made drones" (US officials) against "denied that it had supplied drones to Russia"',
    a: {
      id: 'a', publishedAt: '2022-08-29',
      text: 'WASHINGTON (Reuters) - Russia has received a first shipment of Iranian-made drones for use in Ukraine, U.S. officials said on Monday. '
        + 'Russian transport planes loaded the Mohajer-6 and Shahed-series drones at an airfield in Iran and flew them to Russia on Aug. 19, the officials said. '
        + 'The Biden administration had said in July that Iran was preparing to provide Russia with up to several hundred drones.',
    },
    b: {
      id: 'b', publishedAt: '2022-08-30',
      text: 'DUBAI (Reuters) - Iran on Tuesday denied that it had supplied drones to Russia for use in the war in Ukraine, calling the U.S. reports baseless. '
        + '"We have not sent any weapons to either side of the war," foreign ministry spokesman Nasser Kanaani told a weekly news conference. '
        + 'The Kremlin declined to comment on the reports, which said Russian planes had flown drones from Iran to Russia this month.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'agree', time: 'partial', cargo: 'conflict' },
  },
  {
    // The sides agree on what happened (an An-26 shot down, eight aboard); who fired is a real disagreement the cause
    // row does not yet tell (it agrees on "shot down").
    name: 'a transport plane shot down, claimed by both sides: "fired ... from the territory of the Russian Federation" against "his fighters had used a portable missile"',
    a: {
      id: 'a', publishedAt: '2014-07-14',
      text: 'KIEV (Reuters) - A Ukrainian An-26 military transport plane was shot down in eastern Ukraine on Monday, Ukraine\'s defence ministry said, blaming Russia for firing the missile that hit it. '
        + 'The plane was flying at an altitude of 6,500 metres when it was struck, a height beyond the reach of the shoulder-fired missiles the rebels are known to have, Defence Minister Valeriy Heletey said. '
        + '"This powerful missile was fired, most probably, from the territory of the Russian Federation," he said. Two of the eight crew members bailed out, the ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2014-07-14',
      text: 'DONETSK, Ukraine (AP) — Pro-Russian separatists said Monday they had shot down a Ukrainian military transport plane over the Luhansk region. '
        + 'The An-26 was hit near the Russian border, rebel leader Valery Bolotov told reporters, saying his fighters had used a portable missile. Russia has denied that any fire came from its territory. '
        + 'The plane had eight people on board, Ukrainian officials said; the fate of six of them was unknown.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'agree', people: 'agree', cause: 'agree' },
  },
  {
    // Those who started the period ("since thousands of migrants gathered") are no one aboard; 431 aboard meets "some 430".
    name: 'a repatriation flight: "431 Iraqis ... the first repatriation flight since thousands of migrants gathered" against "Some 430 Iraqi migrants"',
    a: {
      id: 'a', publishedAt: '2021-11-18',
      text: 'MINSK (Reuters) - A plane carrying 431 Iraqis left Minsk for Iraq on Thursday, the first repatriation flight since thousands of migrants gathered at the Belarus-Poland border. '
        + 'The Iraqi Airways Boeing 747 was to land in Erbil, in Iraq\'s Kurdistan region, before flying on to Baghdad, Iraq\'s foreign ministry said. '
        + 'Iraq\'s ambassador said most of those on board had returned voluntarily.',
    },
    b: {
      id: 'b', publishedAt: '2021-11-19',
      text: 'ERBIL, Iraq (AFP) — Some 430 Iraqi migrants who had been stranded on the border between Belarus and Poland returned home on Thursday night on a repatriation flight that landed at Erbil airport. '
        + 'The Iraqi Airways flight continued to Baghdad with those from the rest of the country. Many of those on board said they had paid smugglers thousands of dollars to reach Europe.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-a', destination: 'agree', time: 'agree', people: 'agree', purpose: 'agree' },
  },
  {
    // Body parts are no bodies: 400 of them against 71 killed was a casualties conflict.
    name: 'a crash after take-off told the next day: "killing all 71 people on board" against "more than 400 body parts", "a day earlier"',
    a: {
      id: 'a', publishedAt: '2018-02-11',
      text: 'MOSCOW (Reuters) - A Russian passenger plane crashed outside Moscow on Sunday shortly after taking off from Domodedovo airport, killing all 71 people on board, officials said. '
        + 'The Saratov Airlines An-148, bound for the city of Orsk near the border with Kazakhstan, came down near the village of Argunovo, about 80 km southeast of the capital. '
        + 'There were 65 passengers and six crew on board, the Emergencies Ministry said. Investigators were looking at weather conditions, human error and technical failure as possible causes.',
    },
    b: {
      id: 'b', publishedAt: '2018-02-12',
      text: 'MOSCOW (AP) — Russian investigators said Monday that the Antonov An-148 that crashed a day earlier, killing everyone aboard, may have had faulty speed sensors that iced up. '
        + 'The plane disappeared from radar about four minutes after taking off from Moscow\'s Domodedovo Airport and crashed in a snowy field in the Ramensky district. '
        + 'Emergency workers have recovered more than 400 body parts from the site, officials said. '
        + 'All 71 people aboard were Russian citizens except one from Azerbaijan and one from Switzerland, the airline said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // A part set off by commas ends at ", and"; the aside's year dates the delivery, not the sentence, so b names the type too.
    // "the southern Russian airport of Rostov-on-Don" is where the landing was cut short.
    name: 'a crash on a second approach: "55 passengers, including four children, and seven crew", "a Boeing 737-800 delivered to the airline in 2011, had aborted a landing"',
    a: {
      id: 'a', publishedAt: '2016-03-19',
      text: 'MOSCOW (Reuters) - A Flydubai passenger jet crashed while trying to land in bad weather at the southern Russian airport of Rostov-on-Don early on Saturday, killing all 62 people on board, Russian officials said. '
        + 'The Boeing 737-800 was on a flight from Dubai and crashed on its second attempt to land, after circling for more than two hours, the Emergencies Ministry said. '
        + 'There were 55 passengers, including four children, and seven crew on board. Most of the passengers were Russian; the crew included citizens of Cyprus, Spain, Colombia and Russia.',
    },
    b: {
      id: 'b', publishedAt: '2016-03-19',
      text: 'DUBAI (AP) — All 62 people aboard a Flydubai plane were killed when it crashed at Rostov-on-Don airport in southern Russia at 3:42 a.m. local time Saturday, the Dubai-based airline said. '
        + 'Flight FZ981 from Dubai had 55 passengers and seven crew members on board, Flydubai said. '
        + 'The jet, a Boeing 737-800 delivered to the airline in 2011, had aborted a landing and was making a second approach when it went down in strong crosswinds. '
        + 'Russian authorities said the weather was the likely cause, but did not rule out pilot error.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'agree', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-a' },
  },
  {
    // A real conflict of counts: b corrects the first report a carries. "the wreckage of a ... Sukhoi Superjet 100 on
    // Thursday" still names Wednesday's aircraft.
    name: 'a demonstration flight into a volcano: "carrying 46 people" against "45 people were on board, not 46 as first reported"',
    a: {
      id: 'a', publishedAt: '2012-05-09',
      text: 'JAKARTA (Reuters) - A Russian Sukhoi Superjet 100 carrying 46 people on a demonstration flight for potential buyers disappeared from radar over mountains south of Jakarta on Wednesday, Indonesian officials said. '
        + 'The plane took off from Jakarta\'s Halim Perdanakusuma airport at 2 p.m. local time and lost contact about 20 minutes later near Mount Salak, a dormant volcano. '
        + 'The passengers included airline representatives and journalists, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2012-05-10',
      text: 'JAKARTA (AP) — Rescuers reached the wreckage of a Russian-made Sukhoi Superjet 100 on Thursday after it slammed into the side of Mount Salak during a demonstration flight, and said they had found no survivors. '
        + 'Officials said 45 people were on board, not 46 as first reported, including eight Russians and an American. '
        + 'The jet had left Halim Perdanakusuma airport in Jakarta on Wednesday for a short flight to show off the aircraft to Indonesian airlines.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'partial', time: 'partial', people: 'conflict', casualties: 'only-b' },
  },
  {
    // The base reports call "near Miami" is the one a names; the count reads over "U.S."; "will enter Venezuela on Feb. 23"
    // is a week ahead. "aid destined for Venezuela" gives b a destination a does not name (partial).
    name: 'aid flights to a border city: "took off from Homestead Air Reserve Base in Florida" against "flew from an air base near Miami", "Three U.S. Air Force C-17 cargo planes"',
    a: {
      id: 'a', publishedAt: '2019-02-16',
      text: 'CUCUTA, Colombia (Reuters) - Three U.S. '
        + 'Air Force C-17 cargo planes carrying humanitarian aid for Venezuela landed in the Colombian border city of Cucuta on Saturday, as opposition leader Juan Guaido pressed the military to let the supplies in. '
        + 'The planes, which took off from Homestead Air Reserve Base in Florida, brought food and hygiene kits, a U.S. official said. '
        + 'Venezuelan President Nicolas Maduro has called the aid a "show" and said it is a pretext for a U.S. invasion.',
    },
    b: {
      id: 'b', publishedAt: '2019-02-16',
      text: 'CUCUTA, Colombia (AP) — U.S. military planes landed in Colombia on Saturday with tons of humanitarian aid destined for Venezuela, where Nicolas Maduro\'s government has blocked a bridge to keep it out. '
        + 'The three C-17 transport planes flew from an air base near Miami and were met by U.S. and Colombian officials at Cucuta\'s airport. '
        + 'The shipment included high-energy food, nutritional supplements and hygiene kits, USAID said. Opposition leader Juan Guaido has said the aid will enter Venezuela on Feb. 23.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'partial', time: 'agree', cargo: 'agree' },
  },
  {
    // "7.5 tonnes" and "7.5 tons" agree; the airport outside Caracas is Caracas.
    name: 'medicine flown to Caracas: "landed in Caracas" against "delivered 7.5 tons of medicines and medical supplies to Venezuela" and "handed over at Simon Bolivar International Airport"',
    a: {
      id: 'a', publishedAt: '2019-03-27',
      text: 'CARACAS (Reuters) - A Russian plane carrying 7.5 tonnes of medicine landed in Caracas on Wednesday, Venezuela\'s government said, as the country struggles with shortages and power cuts. '
        + 'The aid was delivered by Russia\'s emergencies ministry and would be distributed to hospitals, Health Minister Carlos Alvarado said.',
    },
    b: {
      id: 'b', publishedAt: '2019-03-28',
      text: 'MOSCOW (TASS) - An Il-62 plane of the Russian Emergencies Ministry delivered 7.5 tons of medicines and medical supplies to Venezuela on Wednesday, the ministry said on Thursday. '
        + 'The humanitarian cargo, sent at the request of the Venezuelan government, was handed over at Simon Bolivar International Airport outside Caracas.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'agree', cargo: 'agree' },
  },
  {
    // The missing fall as bodies are found: a later count, no conflict. "Fifteen people were rescued" are survivors, as
    // b's "Fifteen people survived".
    name: 'a crash into a river told two days on: "12 were still missing" against "three people still missing", "raising the death toll from Wednesday\'s TransAsia Airways crash to 40"',
    a: {
      id: 'a', publishedAt: '2015-02-04',
      text: 'TAIPEI (Reuters) - A TransAsia Airways plane with 58 people on board clipped a highway bridge and crashed into a river shortly after take-off from Taipei on Wednesday, killing at least 31 people, officials said. '
        + 'The ATR 72-600 turboprop was flying from Taipei\'s Songshan airport to the island of Kinmen, off the coast of mainland China. '
        + 'Fifteen people were rescued and 12 were still missing, the fire department said. There were 53 passengers, including 31 tourists from mainland China, and five crew on board.',
    },
    b: {
      id: 'b', publishedAt: '2015-02-06',
      text: 'TAIPEI, Taiwan (AP) — Divers pulled more bodies from a river in Taipei on Friday, raising the death toll from Wednesday\'s TransAsia Airways crash to 40, with three people still missing. '
        + 'The ATR 72 had 58 people aboard when it banked sharply, clipped a taxi on an elevated highway and plunged into the Keelung River minutes after taking off for Kinmen. '
        + 'Investigators said one engine had flamed out and the pilots appeared to have shut off the other, working engine. Fifteen people survived the crash.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial' },
  },
  {
    // The follow-up day of the lead does not date the crash while "on Monday afternoon" is there, so b's flight and
    // its 71 aboard are the story's. "Twenty-two people were pulled alive" are survivors.
    name: 'a crash on landing told the next day: "The death toll ... rose to 51 on Tuesday" against "killing at least 49", "was carrying 67 passengers and four crew members when it crashed on Monday"',
    a: {
      id: 'a', publishedAt: '2018-03-12',
      text: 'KATHMANDU (Reuters) - A Bangladeshi passenger plane crashed and burst into flames while landing at Kathmandu\'s airport on Monday, killing at least 49 of the 71 people on board, police said. '
        + 'The US-Bangla Airlines Bombardier Q400 had flown from Dhaka, the Bangladeshi capital, and veered off the runway into a football field as it landed, officials said. '
        + 'Twenty-two people were pulled alive from the wreckage and taken to hospitals, police said.',
    },
    b: {
      id: 'b', publishedAt: '2018-03-13',
      text: 'KATHMANDU, Nepal (AP) — The death toll from a plane crash at Kathmandu\'s airport rose to 51 on Tuesday, as investigators began to look into conflicting accounts of the moments before the US-Bangla Airlines flight came down. '
        + 'The Dash 8 from Dhaka was carrying 67 passengers and four crew members when it crashed on Monday afternoon. '
        + 'Airport officials said the pilots had been given permission to land on one end of the runway but approached from the other, while the airline blamed air traffic controllers for giving confusing instructions.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // The day before a decision's clause is the decision's, not the landing's. Left alone: who paid for the cargo
    // ("had agreed to purchase" against "split the cost") is no facet the library reads.
    name: 'a cargo flight a day after an offer: "landed ... on Wednesday, a day after President Donald Trump accepted an offer of help"',
    a: {
      id: 'a', publishedAt: '2020-04-01',
      text: 'A Russian military cargo plane carrying medical equipment landed at New York\'s John F. '
        + 'Kennedy International Airport on Wednesday, a day after President Donald Trump accepted an offer of help from President Vladimir Putin. '
        + 'The Antonov An-124 Ruslan took off from the Chkalovsky military airfield outside Moscow early on Wednesday, Russia\'s Defence Ministry said. '
        + 'It carried ventilators, masks and other medical supplies to help the United States fight the coronavirus outbreak, the Kremlin said. '
        + 'State Department spokeswoman Morgan Ortagus said the United States had agreed to purchase the medical supplies, including ventilators and personal protective equipment, from Russia. '
        + 'Kremlin spokesman Dmitry Peskov said Russia and the United States had split the cost of the shipment, with half paid by the Russian Direct Investment Fund. '
        + 'The flight comes as New York, the epicentre of the U.S. outbreak, struggles with a shortage of ventilators.',
    },
    b: {
      id: 'b', publishedAt: '2020-04-02',
      text: 'A Russian plane loaded with medical equipment and masks landed in New York on Wednesday afternoon, a shipment the Kremlin cast as humanitarian aid. '
        + 'The giant An-124 cargo plane touched down at JFK airport carrying about 60 tonnes of supplies, Russian state television said. '
        + 'Kremlin spokesman Dmitry Peskov said the Russian Direct Investment Fund had paid for half of the cargo and U.S. officials the other half. '
        + 'The State Department said in a statement that the United States had paid for the supplies. '
        + 'Trump said on Monday that Putin had offered "a very large planeload of things, medical equipment, which was very nice." Critics said Moscow was using the flight as a propaganda coup.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'agree', cargo: 'partial' },
  },
  {
    // "suspected" doubts the poisoning, not the landing; "a day after Russian doctors agreed" dates their decision.
    name: 'a medical evacuation flight: "to be treated for suspected poisoning", "A plane carrying Russian opposition leader Alexei Navalny"',
    a: {
      id: 'a', publishedAt: '2020-08-22',
      text: 'A plane carrying Russian opposition leader Alexei Navalny landed in Berlin on Saturday, where he is to be treated for suspected poisoning, a day after Russian doctors agreed to let him leave. '
        + 'The air ambulance, chartered by the German group Cinema for Peace, touched down at Tegel airport shortly before 9 a.m. after a flight from the Siberian city of Omsk. '
        + 'Navalny, 44, was taken by ambulance to the Charite hospital under police escort. His wife Yulia Navalnaya travelled with him on the plane. '
        + 'Navalny fell ill on a flight from Tomsk to Moscow on Thursday, and the plane made an emergency landing in Omsk. '
        + 'His spokeswoman Kira Yarmysh said he had been poisoned with something mixed into his tea.',
    },
    b: {
      id: 'b', publishedAt: '2020-08-22',
      text: 'Kremlin critic Alexei Navalny arrived in Germany for treatment on Saturday, flown out of Omsk overnight on a medical evacuation flight after doctors there had said he was too ill to move. '
        + 'The specially equipped plane landed at Berlin\'s Tegel airport at about 8:45 a.m. (0645 GMT), according to Reuters witnesses. He was then driven to the Charite university hospital. '
        + 'Navalny, who was in a coma, was accompanied by his wife. Doctors at the Omsk hospital had said on Friday that they had found no trace of poison in his system. '
        + 'His allies believe he was poisoned by a cup of tea at Tomsk airport.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', time: 'partial', purpose: 'only-b', actors: 'partial' },
  },
  {
    // Left alone: "33 people from Haryana, 33 from Gujarat and 30 from Punjab" is read as one group of 33, not a breakdown of the 104.
    name: 'a deportation flight: "Sri Guru Ram Dass Jee International Airport", "had left San Antonio, Texas" against "flown from Texas"',
    a: {
      id: 'a', publishedAt: '2025-02-05',
      text: 'A U.S. military plane carrying 104 Indian migrants deported from the United States landed in the northern Indian city of Amritsar on Wednesday, the first such flight to India under President Donald Trump\'s immigration crackdown. '
        + 'The C-17 transport aircraft touched down at Sri Guru Ram Dass Jee International Airport in the afternoon, officials said. The plane had left San Antonio, Texas, on Tuesday. '
        + 'Among the deportees were 33 people from Haryana, 33 from Gujarat and 30 from Punjab, according to a list seen by Reuters. '
        + 'Some of the deportees said their hands and legs had been shackled during the flight.',
    },
    b: {
      id: 'b', publishedAt: '2025-02-06',
      text: 'The first U.S. military flight deporting Indian nationals landed in Amritsar on Wednesday with 104 people on board, including 25 women and 12 minors. '
        + 'The Air Force C-17 Globemaster had flown from Texas, with a refuelling stop on the way, according to Indian officials. Foreign Minister S. '
        + 'Jaishankar told parliament on Thursday that the deportations were not new and that India was engaging with Washington to ensure deportees were not mistreated. '
        + 'Opposition lawmakers protested in parliament over reports that the deportees had been handcuffed for the 40-hour flight. '
        + 'About 19 of those on board were women and minors from Punjab, the state government said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', time: 'partial', people: 'partial' },
  },
  {
    // A country in capitals before a flight qualifies it, no destination.
    name: 'a deportation flight stopped on the way: "arrived handcuffed on a U.S. flight", "88 Brazilians" against "88 Brazilian deportees"',
    a: {
      id: 'a', publishedAt: '2025-01-25',
      text: 'A U.S. deportation flight carrying 88 Brazilians landed in the Amazon city of Manaus late on Friday after a technical problem, and passengers said they had been handcuffed during the journey, Brazilian officials said. '
        + 'The chartered plane had been bound for Belo Horizonte, in Minas Gerais state. Brazilian federal police ordered the handcuffs removed on arrival in Manaus. '
        + 'Brazil\'s justice ministry called the treatment of the passengers "a flagrant disregard of the fundamental rights of Brazilian citizens". '
        + 'President Luiz Inacio Lula da Silva ordered a Brazilian Air Force plane to fly the deportees on to their destination.',
    },
    b: {
      id: 'b', publishedAt: '2025-01-26',
      text: 'Brazil said on Saturday it would demand an explanation from Washington over the "degrading treatment" of 88 Brazilian deportees who arrived handcuffed on a U.S. flight. '
        + 'The plane, which took off from Louisiana, stopped in Manaus on Friday night because of a technical problem, and its passengers were moved to an Air Force Embraer KC-390 that took them to Belo Horizonte on Saturday. '
        + 'Some of the passengers said the air conditioning had failed during the stop in Manaus and that some people fainted. '
        + 'The deportation flight was arranged under a 2017 bilateral agreement, Brazilian officials said. The foreign ministry summoned the U.S. charge d\'affaires.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'partial', time: 'partial', people: 'agree', cause: 'agree' },
  },
  {
    // b reports the dispute; a presence the jet ended is no place of the downing. Left alone: the quote of a's "over the
    // Mediterranean" runs from "shot down" over "Turkey said".
    name: 'a jet shot down off Syria: "in international airspace" (Turkey) against "inside its airspace" (Syria), "after it had briefly entered Syrian airspace and left it"',
    a: {
      id: 'a', publishedAt: '2012-06-23',
      text: 'Syria shot down a Turkish military jet on Friday, Turkey said, after the plane strayed into Syrian airspace over the Mediterranean. '
        + 'The F-4 Phantom went down in Syrian waters off the coastal province of Latakia, and its two pilots were missing, Turkish officials said. '
        + 'A Syrian military spokesman said air defences had fired at an unidentified target that entered Syrian airspace at very low altitude and high speed, about one kilometre off the coast. '
        + '"It was dealt with according to the laws that govern such situations," the spokesman told state news agency SANA. '
        + 'Turkish Prime Minister Tayyip Erdogan said the jet may have crossed into Syrian airspace briefly, as fast-flying planes sometimes do.',
    },
    b: {
      id: 'b', publishedAt: '2012-06-25',
      text: 'Turkey said on Sunday that Syria shot down its reconnaissance jet in international airspace without warning, and that the plane had been on a training flight to test Turkey\'s radar systems. '
        + 'Foreign Minister Ahmet Davutoglu said the RF-4E was hit 13 nautical miles from the Syrian coast, after it had briefly entered Syrian airspace and left it. '
        + 'The two-man crew remained missing, and a search of the sea off Latakia was continuing. Syria has said the plane was shot down inside its airspace, one kilometre from the coast. '
        + 'NATO ambassadors will meet on Tuesday at Turkey\'s request.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'disputed', time: 'partial', casualties: 'only-a', purpose: 'only-b', cause: 'agree' },
  },
  {
    // The aircraft without a country is the one whose country's aircraft it fits; an entry to land is no place of the
    // collision. Left alone: b's first sentence follows the event up (Monday), so its "spy plane" is background.
    name: 'a collision over the South China Sea: "EP-3E Aries II" and "F-8" against "EP-3" and "J-8", "were safe on Monday"',
    a: {
      id: 'a', publishedAt: '2001-04-01',
      text: 'A U.S. Navy surveillance plane made an emergency landing on China\'s Hainan island on Sunday after colliding with a Chinese fighter jet over the South China Sea, U.S. officials said. '
        + 'The EP-3E Aries II, carrying a crew of 24, landed at a military airfield on Hainan, the Pacific Command said in a statement. The Chinese F-8 fighter crashed, and its pilot was missing. '
        + 'The American plane had been flying a routine reconnaissance mission in international airspace about 70 miles southeast of Hainan when two Chinese jets intercepted it, the statement said. '
        + 'China\'s Foreign Ministry said the U.S. plane had suddenly veered into the Chinese jet, causing it to crash.',
    },
    b: {
      id: 'b', publishedAt: '2001-04-02',
      text: 'The 24 crew members of a U.S. spy plane that landed in China after a mid-air collision with a Chinese fighter were safe on Monday, U.S. officials said, as Washington demanded their prompt return. '
        + 'The crippled EP-3 made an emergency landing at Lingshui air base on Hainan island on Sunday morning. '
        + 'Beijing blamed the U.S. crew, saying the American plane had rammed the J-8 fighter, whose pilot, Wang Wei, parachuted into the sea and has not been found. Admiral Dennis Blair, the U.S. '
        + 'Pacific commander, said the Chinese pilot had been flying dangerously close. The Chinese government said the U.S. plane had entered Chinese airspace without permission when it landed on Hainan.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'only-a', purpose: 'only-a', cause: 'agree' },
  },
  {
    // Left alone: "26 members of the Polisario Front" is no count of people ("members" is no noun of a group).
    name: 'a military transport down after take-off: "bound for Bechar ... via Tindouf" against "heading to Tindouf", "national mourning on Thursday"',
    a: {
      id: 'a', publishedAt: '2018-04-11',
      text: 'An Algerian military plane crashed shortly after take-off near an air base outside Algiers on Wednesday, killing 257 people, most of them army personnel and their families, the defence ministry said. '
        + 'The Ilyushin Il-76 came down in a field near the Boufarik base, about 30 km southwest of the capital. The plane was bound for Bechar in southwest Algeria, via Tindouf, state media said. '
        + 'Among the dead were 10 crew members and 26 members of the Polisario Front, the Western Sahara independence movement, the FLN party said. It was Algeria\'s worst air disaster.',
    },
    b: {
      id: 'b', publishedAt: '2018-04-12',
      text: 'Algeria began three days of national mourning on Thursday for the 257 people killed when a military transport plane crashed into a field moments after take-off from the Boufarik air base. '
        + 'The Soviet-designed Il-76 had 247 passengers and 10 crew on board, the defence ministry said. There were no survivors. '
        + 'Witnesses said one of the plane\'s engines appeared to be on fire before it went down. '
        + 'The flight was heading to Tindouf, near the border with Western Sahara, where Algeria hosts refugee camps run by the Polisario Front. Army chief Ahmed Gaid Salah went to the crash site on Wednesday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree' },
  },
  {
    // a reports the dispute. Left alone: "dozens were injured" and "wounding more than 40 others" agree as counts
    // of one fate, though the first comes a day earlier.
    name: 'a drone attack on a base: "in northeastern Jordan" against "took place outside Jordan, at the al-Tanf base in Syria"',
    a: {
      id: 'a', publishedAt: '2024-01-28',
      text: 'Three U.S. service members were killed and dozens were injured in a drone attack on a U.S. military outpost in northeastern Jordan near the Syrian border overnight, President Joe Biden said on Sunday, blaming Iran-backed militant groups. '
        + 'The attack hit Tower 22, a logistics support base near the border with Syria, U.S. officials said. At least 34 personnel were being evaluated for possible traumatic brain injury, the Pentagon said. '
        + 'The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed attacks on three bases, including one on the Syria-Jordan border. '
        + 'Jordan\'s government spokesman said the attack took place outside Jordan, at the al-Tanf base in Syria.',
    },
    b: {
      id: 'b', publishedAt: '2024-01-29',
      text: 'A one-way attack drone struck a U.S. base in Jordan early Sunday, killing three American troops and wounding more than 40 others, U.S. officials said. '
        + 'The drone hit the living quarters at Tower 22, near Jordan\'s border with Syria, at a time when it was mistaken for a returning U.S. drone, officials said. The Pentagon on Monday named the dead as Sgt. '
        + 'William Jerome Rivers, Spc. Kennedy Ladon Sanders and Spc. Breonna Alexsondra Moffett, all Army reservists from Georgia. Iran denied any involvement in the attack.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'disputed', time: 'agree', people: 'only-a', casualties: 'agree' },
  },
  {
    // Left alone: "killed ... in Gaza City" names no location (no cue of a site), "a parachute failed to open"
    // no cause, and "dropped 11,500 meals" no cargo.
    name: 'an airdrop that killed people below: "Five people were killed ... when a parachute failed to open" against "At least five people"',
    a: {
      id: 'a', publishedAt: '2024-03-08',
      text: 'Five people were killed and several others injured in Gaza City on Friday when a parachute failed to open during an airdrop of aid and a pallet fell on them, the Gaza health ministry said. '
        + 'The aid was dropped near the Shati refugee camp, witnesses said. The United States, Jordan, France and Egypt have been dropping food into the enclave this week as famine looms. '
        + 'The U.S. military said its drop was not to blame, saying all its bundles had landed safely. Jordan\'s armed forces also denied that the pallets had come from its planes.',
    },
    b: {
      id: 'b', publishedAt: '2024-03-09',
      text: 'At least five people were killed in northern Gaza on Friday when aid packages dropped from planes fell on them after a parachute malfunctioned, medics said. '
        + 'Ten people were taken to al-Shifa hospital, the head of the hospital\'s ambulance department said. '
        + 'A U.S. official said American C-130s had dropped 11,500 meals over Gaza earlier in the day, and denied that U.S. aircraft were responsible. '
        + 'Footage showed a cluster of pallets plunging to the ground after one parachute failed to open.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'agree', people: 'only-b', casualties: 'partial' },
  },
  {
    // A real disagreement between the reports, which b explains; the row does not say b corrects a. "flying from
    // Blagoveshchensk" tells the last leg of b's flight from Khabarovsk.
    name: 'a count revised a day later: "carrying 49 people" and "43 passengers ... and six crew" against "42 passengers and six crew ..., revising an earlier figure of 49"',
    a: {
      id: 'a', publishedAt: '2025-07-24',
      text: 'A Soviet-era An-24 passenger plane carrying 49 people crashed in Russia\'s far eastern Amur region on Thursday, killing everyone on board, officials said. '
        + 'The plane, operated by Siberia-based Angara Airlines, disappeared from radar as it approached the town of Tynda, near the border with China. '
        + 'A rescue helicopter found the burning fuselage on a forested hillside about 15 km from Tynda, the regional emergencies ministry said. '
        + 'Regional Governor Vasily Orlov said there were 43 passengers, including five children, and six crew on board. The plane was flying from Blagoveshchensk, the regional capital.',
    },
    b: {
      id: 'b', publishedAt: '2025-07-25',
      text: 'All 48 people aboard a passenger plane were killed when it crashed in Russia\'s Far East, officials said Friday, as investigators looked into whether pilot error in poor visibility was to blame. '
        + 'The An-24, flying from Khabarovsk via Blagoveshchensk, was making a second landing attempt at Tynda when it disappeared from radar on Thursday. '
        + 'The emergencies ministry said 42 passengers and six crew were aboard, revising an earlier figure of 49. A preliminary investigation found no survivors, the ministry said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'partial', time: 'agree', people: 'conflict', casualties: 'conflict', cause: 'only-b' },
  },
  {
    // Left alone: the firefighter who died ("A firefighter was killed", "died while fighting the fire") is read by
    // neither side: a victim on the ground with no count the casualties facet reads.
    name: 'a crash landing all survived: "all passengers and crew escaped" against "all 300 people on board survived", a firefighter killed',
    a: {
      id: 'a', publishedAt: '2016-08-03',
      text: 'An Emirates airliner carrying 300 people crash-landed and burst into flames at Dubai International Airport on Wednesday, but all passengers and crew escaped, the airline said. '
        + 'The Boeing 777, flight EK521 from the southern Indian city of Thiruvananthapuram, had 282 passengers and 18 crew on board. '
        + 'A firefighter was killed battling the blaze, the Dubai civil aviation authority said. Thirteen people were taken to hospital with minor injuries. '
        + 'Video footage showed passengers sliding down emergency chutes as black smoke poured from the plane.',
    },
    b: {
      id: 'b', publishedAt: '2016-08-04',
      text: 'Investigators began examining the burnt-out wreckage of an Emirates jet at Dubai airport on Thursday, a day after all 300 people on board survived a fiery crash landing. '
        + 'The Boeing 777-300 hit the runway at about 12:45 p.m. local time on Wednesday and skidded along it before catching fire. '
        + 'Among the passengers were 226 Indians, 24 Britons and 11 Americans, the airline said. A member of Dubai\'s emergency services, Jassim Issa Mohammed Hasan, died while fighting the fire. '
        + 'Emirates chairman Sheikh Ahmed bin Saeed Al Maktoum said the crew had followed procedures.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'agree', time: 'partial', people: 'partial', casualties: 'partial' },
  },
  {
    // The search planes are searchers, not the story's aircraft.
    name: 'an airliner lost over the Atlantic: "228 people from Rio de Janeiro to Paris" against "216 passengers and 12 crew", search planes that "spotted a trail of debris"',
    a: {
      id: 'a', publishedAt: '2009-06-01',
      text: 'An Air France jet carrying 228 people from Rio de Janeiro to Paris disappeared over the Atlantic on Monday after flying into a zone of stormy weather, and officials said there was little hope of finding survivors. '
        + 'Flight AF447, an Airbus A330-200, vanished about four hours after leaving Rio on Sunday evening. '
        + 'The plane sent an automatic message reporting an electrical fault about 0214 GMT on Monday, Air France said. French President Nicolas Sarkozy said the chances of finding survivors were "very small". '
        + 'The passengers included 61 French nationals, 58 Brazilians and 26 Germans.',
    },
    b: {
      id: 'b', publishedAt: '2009-06-02',
      text: 'Brazilian air force planes spotted a trail of debris in the Atlantic on Tuesday, a day after an Air France Airbus with 228 people aboard disappeared on its way from Rio to Paris. '
        + 'The wreckage, including a seat and fuel slicks, was found about 650 km from the Fernando de Noronha islands, Brazil\'s defence minister said. The A330 had 216 passengers and 12 crew on board. '
        + 'Air France has said the jet probably hit turbulence and suffered an electrical failure. "There is no chance of finding survivors," a Brazilian official said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', cause: 'partial' },
  },
  {
    // A first name and an initial are a person's (here a ship's), no departure. b's "F/A-18F" names the variant. Left alone: "The two aviators ejected
    // and were rescued, with minor injuries to one" counts neither the aviators nor the injured.
    name: 'a fighter shot down by its own side: "taking off from the Harry S. Truman", "Two U.S. Navy pilots" against "The two aviators"',
    a: {
      id: 'a', publishedAt: '2024-12-22',
      text: 'Two U.S. Navy pilots ejected safely after their F/A-18 fighter jet was shot down over the Red Sea early on Sunday in an apparent case of friendly fire, the U.S. military said. '
        + 'The guided-missile cruiser USS Gettysburg mistakenly fired on the jet, which had taken off from the aircraft carrier USS Harry S. Truman, Central Command said. '
        + 'Both pilots were recovered alive, and one suffered minor injuries. The incident came as U.S. forces were carrying out strikes against Houthi targets in Yemen.',
    },
    b: {
      id: 'b', publishedAt: '2024-12-23',
      text: 'A U.S. Navy fighter jet was shot down by its own side over the Red Sea, the military said on Sunday, the most serious incident yet in more than a year of operations against Yemen\'s Houthi rebels. '
        + 'The F/A-18F Super Hornet, from Strike Fighter Squadron 11, was hit by a missile from the USS Gettysburg shortly after taking off from the Harry S. Truman. '
        + 'The two aviators ejected and were rescued, with minor injuries to one. '
        + 'The Houthis did not immediately claim responsibility, and Central Command said the jet had been downed in an "apparent case of friendly fire".',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'agree', time: 'agree', people: 'only-a', casualties: 'only-a', cause: 'partial' },
  },
  {
    // A base named for the water is land; a planned capacity counts no one; Fort Bliss is El Paso's base, one site
    // with it. Left alone: b's "flight of migrants to the U.S. naval base at Guantanamo Bay arrived" gives no destination.
    name: 'a migrant flight to Guantanamo: "landed at the Guantanamo Bay naval base", "plan to hold up to 30,000 migrants"',
    a: {
      id: 'a', publishedAt: '2025-02-04',
      text: 'A U.S. military plane carrying migrants landed at the Guantanamo Bay naval base in Cuba on Tuesday, the first such flight under President Donald Trump\'s plan to hold up to 30,000 migrants there, the Department of Homeland Security said. '
        + 'The C-17 took off from Fort Bliss in El Paso, Texas, with about 10 migrants on board, officials said. Homeland Security Secretary Kristi Noem said the migrants were "the worst of the worst". '
        + 'The migrants are members of the Tren de Aragua gang, the White House said.',
    },
    b: {
      id: 'b', publishedAt: '2025-02-05',
      text: 'The first flight of migrants to the U.S. naval base at Guantanamo Bay arrived on Tuesday evening, carrying 10 Venezuelan men the administration says belong to a criminal gang. '
        + 'The Air Force C-17 had departed from El Paso, Texas, earlier in the day. White House press secretary Karoline Leavitt said the men were members of Tren de Aragua. '
        + 'Lawyers for migrants said they had not been told who was on the plane.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', time: 'agree', people: 'agree' },
  },
  {
    // The day the dead were named is when it was said. Left alone: Melville Island is one of the Tiwi Islands, which the
    // gazetteer does not know.
    name: 'an Osprey down in a drill: "MV-22B Osprey", "on Monday named the three Marines killed", Melville Island against the Tiwi Islands',
    a: {
      id: 'a', publishedAt: '2023-08-27',
      text: 'Three U.S. Marines were killed when a V-22 Osprey aircraft carrying 23 personnel crashed on an island off northern Australia during a military exercise on Sunday, the Marine Corps said. '
        + 'The tilt-rotor aircraft came down on Melville Island, about 80 km north of Darwin, at around 9:30 a.m. local time. '
        + 'Five of the survivors were in serious condition and had been flown to Royal Darwin Hospital, Australian officials said. '
        + 'The Marines were taking part in Exercise Predators Run with Australian, Indonesian, Philippine and East Timorese forces.',
    },
    b: {
      id: 'b', publishedAt: '2023-08-28',
      text: 'The U.S. military on Monday named the three Marines killed in the crash of an MV-22B Osprey in northern Australia, as investigators began searching for the cause. '
        + 'Twenty other Marines were taken to hospital after the crash on Sunday on the Tiwi Islands, north of Darwin. '
        + 'One of them was in critical condition and had undergone surgery, the Northern Territory\'s chief minister said. '
        + 'The aircraft, part of Marine Rotational Force-Darwin, was one of two Ospreys flying troops to the exercise.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // One count aboard split two ways is told, not a clash.
    name: 'a jet into the Java Sea: "50 passengers ... and 12 crew" against "56 passengers and six crew members", "Six off-duty crew members were travelling as passengers"',
    a: {
      id: 'a', publishedAt: '2021-01-09',
      text: 'A Sriwijaya Air Boeing 737-500 with 62 people on board lost contact shortly after taking off from Jakarta on Saturday, and debris was found in the sea north of the Indonesian capital. '
        + 'Flight SJ182 was flying to Pontianak, in West Kalimantan province on Borneo island, and vanished from radar four minutes after take-off, the transport ministry said. '
        + 'Fishermen near the Thousand Islands said they had heard an explosion and seen debris, including cables and pieces of metal, in the water. '
        + 'There were 50 passengers, including seven children and three babies, and 12 crew on board.',
    },
    b: {
      id: 'b', publishedAt: '2021-01-10',
      text: 'Indonesian divers pulled body parts, clothing and pieces of wreckage from the Java Sea on Sunday, a day after a Sriwijaya Air jet carrying 62 people crashed soon after take-off from Jakarta. '
        + 'The 26-year-old Boeing 737-500 dropped about 10,000 feet in less than a minute before it disappeared from radar at 2:40 p.m. on Saturday, according to the tracking website Flightradar24. '
        + 'Officials said the plane went down near Laki Island, part of the Thousand Islands chain. The airline said 56 passengers and six crew members were aboard the domestic flight to Pontianak. '
        + 'Six off-duty crew members were travelling as passengers.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'partial' },
  },
  {
    // Left alone: "taking off from Northeast Philadelphia Airport" gives no departure (a compass word before a known
    // city makes another place), "back to Mexico" is too far from "carrying" to be read, and "Jet Rescue Air
    // Ambulance" gives a generic "Jet".
    name: 'an air ambulance into a neighbourhood: "a child patient and five other people" against "All six people on board", "killing seven people, including one on the ground"',
    a: {
      id: 'a', publishedAt: '2025-01-31',
      text: 'A medical transport jet carrying a child patient and five other people crashed into a Philadelphia neighbourhood on Friday evening, shortly after taking off from Northeast Philadelphia Airport, officials said. '
        + 'The Learjet 55 was bound for Springfield-Branson National Airport in Missouri, the Federal Aviation Administration said. '
        + 'All six people on board, who were Mexican nationals, were killed, Mexican President Claudia Sheinbaum said. '
        + 'Mayor Cherelle Parker said at least one person on the ground had also died and several others were injured.',
    },
    b: {
      id: 'b', publishedAt: '2025-02-01',
      text: 'Investigators searched a Philadelphia neighbourhood on Saturday for the flight recorder of an air ambulance that crashed on Friday night, killing seven people, including one on the ground. '
        + 'The Learjet, operated by Jet Rescue Air Ambulance, was carrying a girl who had been treated at a Philadelphia hospital, her mother and four crew members back to Mexico via Missouri. '
        + 'It went down about 30 seconds after take-off, hitting homes and cars near a shopping centre. Nineteen people on the ground were injured, officials said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-a', location: 'only-a', time: 'partial', people: 'partial', casualties: 'partial' },
  },
  {
    // Left alone: "a problem with the left engine" is no cause the lexicon reads.
    name: 'a turboprop into a mountainside: "47 people" against "42 passengers and five crew members", "all 47 bodies"',
    a: {
      id: 'a', publishedAt: '2016-12-07',
      text: 'A Pakistan International Airlines plane carrying 47 people crashed into a mountainside in the north of the country on Wednesday after one of its engines failed, officials said. '
        + 'Flight PK661 was travelling from the mountain town of Chitral to Islamabad when it came down near Havelian, in Khyber Pakhtunkhwa province. There were no survivors, a PIA spokesman said. '
        + 'Among the passengers was the pop star turned preacher Junaid Jamshed.',
    },
    b: {
      id: 'b', publishedAt: '2016-12-08',
      text: 'Rescuers recovered all 47 bodies from the wreckage of the Pakistan International Airlines plane that crashed on Wednesday, the army said on Thursday. '
        + 'The ATR 42 turboprop had 42 passengers and five crew members on board, including three foreigners. '
        + 'The pilot had reported a problem with the left engine shortly before the plane disappeared from radar, PIA chairman Azam Saigol said. The plane had left Chitral at 3:30 p.m.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // A plan the ministry tells and the landing told the next day agree.
    name: 'peacekeepers flown in: "will land in Yerevan" against "had landed at Yerevan\'s airport overnight", "1,960 troops" against "nearly 2,000 troops"',
    a: {
      id: 'a', publishedAt: '2020-11-10',
      text: 'Russian peacekeepers began deploying to Nagorno-Karabakh on Tuesday after Russia brokered a ceasefire between Armenia and Azerbaijan, Russia\'s defence ministry said. '
        + 'Il-76 military transport planes carrying troops of the 15th motorised rifle brigade took off from an air base near Ulyanovsk, the ministry said. '
        + 'Under the deal, Russia will deploy 1,960 troops, 90 armoured personnel carriers and 380 vehicles for at least five years. '
        + 'The planes will land in Yerevan, Armenia\'s capital, and the troops will then travel by road to Nagorno-Karabakh, the ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2020-11-11',
      text: 'Russian peacekeepers arrived in Nagorno-Karabakh on Wednesday, a day after Armenia and Azerbaijan agreed to end six weeks of fighting over the region. '
        + 'Eleven Il-76 planes carrying troops and armoured vehicles had landed at Yerevan\'s airport overnight, Russian military officials said. '
        + 'The first convoy reached Stepanakert, the region\'s capital, on Wednesday morning. Russia said its contingent of nearly 2,000 troops would monitor the ceasefire.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'partial', people: 'agree', cargo: 'partial' },
  },
  {
    // A figure parts the words around it: no visitor named "About 100 Russians". Left alone: helicopters against a
    // plane is partial (a "plane" takes no role of its own), and "mercenaries" against "instructors" is no dispute
    // the people facet reads.
    name: 'Russians flown into Timbuktu: "aboard Mali air force helicopters" against "arrived by plane", "About 100 Russians"',
    a: {
      id: 'a', publishedAt: '2022-01-06',
      text: 'Russian soldiers have deployed to the central Malian town of Timbuktu after French troops left the base there last month, Mali\'s army said on Thursday. '
        + 'Army spokesman Souleymane Dembele said the Russians were military trainers who had arrived under a bilateral agreement with Moscow. '
        + 'The troops were flown in aboard Mali air force helicopters, a local official said. '
        + 'Fifteen Western countries last month condemned what they called the deployment of mercenaries from Russia\'s Wagner Group in Mali, which the Malian government has denied.',
    },
    b: {
      id: 'b', publishedAt: '2022-01-07',
      text: 'Russian mercenaries from the Wagner Group have arrived in Timbuktu, a security source said on Thursday, days after French forces withdrew from their base in the desert city. '
        + 'Mali\'s army confirmed that Russian troops had been deployed but said they were instructors, not mercenaries. About 100 Russians arrived by plane at Timbuktu airport, the source said. '
        + 'Mali\'s junta has said it is working with Russian trainers under a state-to-state agreement.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'partial', people: 'only-b' },
  },
  {
    // Days of one series of flights do not clash. Left alone: "87 military doctors" (the first plane's) against
    // "about 100 military experts" counts two roles.
    name: 'an airlift over two days: "landed at Belgrade\'s Batajnica air base on Friday" against "The last of the Il-76 aircraft landed ... on Saturday morning"',
    a: {
      id: 'a', publishedAt: '2020-04-03',
      text: 'Russian military transport planes carrying medical equipment and military specialists landed at Belgrade\'s Batajnica air base on Friday to help Serbia fight the coronavirus, the Russian Defence Ministry said. '
        + 'The first of 11 Il-76 planes brought 87 military doctors, nurses and virologists, as well as 16 units of equipment, the ministry said. '
        + 'President Aleksandar Vucic met the planes at the airport and thanked Russian President Vladimir Putin. The specialists will disinfect hospitals and other facilities in Serbia, the ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2020-04-04',
      text: 'Eleven Russian military planes with medical aid and about 100 military experts have arrived in Serbia, the Serbian defence ministry said on Saturday. '
        + 'The last of the Il-76 aircraft landed at the Batajnica military airport near Belgrade on Saturday morning. '
        + 'The Russian team includes virologists and epidemiologists from the Russian army\'s radiation, chemical and biological protection units. '
        + 'Serbia has also received help from China, which sent a team of doctors and medical equipment last month.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'partial', people: 'partial', cargo: 'only-a' },
  },
  {
    // An arrival the flight went on from is a stop. Left alone: "old Libyan jets that had been restored" (the LNA)
    // is no dispute over where the jets came from.
    name: 'fighter jets flown to Libya: "to Hmeimim in Syria and then to al-Jufra" against "to Syria ... before landing at al-Jufra air base"',
    a: {
      id: 'a', publishedAt: '2020-05-26',
      text: 'Russia has sent at least 14 MiG-29 and Su-24 fighter jets to Libya to support Russian mercenaries fighting alongside Khalifa Haftar\'s forces, the U.S. military\'s Africa Command said on Tuesday. '
        + 'The planes flew from Russia to Syria, where they were repainted to hide their Russian markings, before landing at al-Jufra air base in central Libya, AFRICOM said. '
        + 'A Russian lawmaker dismissed the report as "fake". Haftar\'s Libyan National Army has said that the aircraft were old Libyan jets that had been restored.',
    },
    b: {
      id: 'b', publishedAt: '2020-05-27',
      text: 'The U.S. military says Russia has deployed fighter jets to Libya, in what it called an attempt to tip the scales in the country\'s civil war. '
        + 'Africa Command said the MiG-29 jets had been flown from an air base in Russia to Hmeimim in Syria and then to al-Jufra. '
        + 'The LNA\'s air force chief had earlier announced that the force would launch "the biggest air campaign in Libyan history" with new aircraft. Russia\'s foreign ministry did not comment.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', time: 'only-a' },
  },
  {
    // Left alone: Iran's denial that the plane landed in Iran and the ministry's denial of the hijacking are read as no
    // place and no dispute; b's "flown to Iran" is the report the ministry denies, given to the ministry.
    name: 'a hijacking reported and denied: "was practically hijacked, it was flown to Iran" against "No Ukrainian planes have been hijacked", "refuelled in ... Mashhad before flying on to Kyiv"',
    a: {
      id: 'a', publishedAt: '2021-08-24',
      text: 'A Ukrainian plane that landed in Kabul to evacuate Ukrainians was hijacked on Sunday by unidentified people and flown to Iran, Ukraine\'s deputy foreign minister Yevgeny Yenin was quoted as saying by the TASS news agency on Tuesday. '
        + '"Last Sunday, our plane was practically stolen from us, on Tuesday the plane was practically hijacked, it was flown to Iran with an unidentified group of passengers on board," Yenin said. '
        + 'Yenin did not say what happened to the plane or whether Ukraine was trying to get it back. Iran\'s civil aviation authority denied that the plane had landed in Iran.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-24',
      text: 'Ukraine\'s foreign ministry said on Tuesday that none of its planes had been hijacked in Afghanistan, hours after a deputy minister was quoted as saying one had been seized and flown to Iran. '
        + '"No Ukrainian planes have been hijacked either in Kabul or elsewhere," ministry spokesman Oleg Nikolenko told Reuters. '
        + 'A Ukrainian military plane evacuated 83 people, including 31 Ukrainians, from Kabul on Sunday, the president\'s office said. '
        + 'Iran\'s civil aviation organisation said a Ukrainian aircraft had refuelled in the northeastern city of Mashhad before flying on to Kyiv.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'partial', time: 'partial', people: 'only-b', purpose: 'only-a' },
  },
  {
    // Left alone: "nine members of one family, including six children, had died" is no count the casualties facet reads
    // ("members of one family" is no group noun; reading it made "one family" a count).
    name: 'a drone strike told again weeks later: "a vehicle carrying explosives" against "killed 10 civilians, including seven children", "the Aug. 29 strike"',
    a: {
      id: 'a', publishedAt: '2021-08-29',
      text: 'A U.S. drone strike in Kabul on Sunday destroyed a vehicle carrying explosives that posed an imminent threat to the city\'s airport, the U.S. military said. '
        + '"We are confident we successfully hit the target," Navy Captain Bill Urban, a spokesman for U.S. Central Command, said in a statement. '
        + 'Relatives of those killed said nine members of one family, including six children, had died in the strike. The Taliban said the strike had killed a suicide bomber in the car.',
    },
    b: {
      id: 'b', publishedAt: '2021-09-17',
      text: 'The Pentagon admitted on Friday that a drone strike in Kabul last month killed 10 civilians, including seven children, and not an Islamic State militant as it had claimed. '
        + 'General Frank McKenzie, the head of U.S. Central Command, called the Aug. 29 strike "a tragic mistake". '
        + 'The car hit by the MQ-9 Reaper was driven by an aid worker, Zemari Ahmadi, who had been mistaken for an Islamic State operative. '
        + 'McKenzie said the United States was considering making compensation payments to the victims\' families.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'agree', time: 'agree', cargo: 'only-a', casualties: 'only-b' },
  },
  {
    // The return after the training is planned.
    name: 'bombers sent for training: "Three Russian Tu-22M3" against "The three Tu-22M3 bombers", "before returning to their home bases in Russia"',
    a: {
      id: 'a', publishedAt: '2021-05-25',
      text: 'Three Russian Tu-22M3 long-range bombers have arrived at the Hmeimim air base in Syria for training flights over the Mediterranean, the Russian Defence Ministry said on Tuesday. '
        + 'It is the first time the bombers have been deployed at Hmeimim, which the ministry said had been upgraded to take heavy aircraft. '
        + 'The crews will practise missions in the airspace over the eastern Mediterranean, the ministry said. Russia has used Tu-22M3s flying from its own territory to strike targets in Syria since 2015.',
    },
    b: {
      id: 'b', publishedAt: '2021-05-25',
      text: 'Russia has sent long-range bombers to its air base in Syria for the first time, the defence ministry said on Tuesday, after the runway was extended. '
        + 'The three Tu-22M3 bombers will conduct training flights over the Mediterranean Sea before returning to their home bases in Russia. '
        + 'The ministry released video of the planes landing at Hmeimim, near the Syrian port city of Latakia. '
        + 'Russian warplanes have been based at Hmeimim since 2015, when Moscow intervened in the civil war on the side of President Bashar al-Assad.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'partial', time: 'agree', purpose: 'agree' },
  },
  {
    // Groups drawn from the flight say only that it held at least as many. Left alone: the relief flight's
    // "landed in Singapore" is read as the flight's destination, and "relief flight" as humanitarian aid.
    name: 'turbulence and a diversion: "211 passengers and 18 crew" against "Twenty-two passengers and eight crew members from a Singapore Airlines flight ... were still in hospital", a relief flight',
    a: {
      id: 'a', publishedAt: '2024-05-21',
      text: 'A British man died and more than 30 people were injured when a Singapore Airlines flight from London hit severe turbulence on Tuesday, forcing it to divert to Bangkok, the airline said. '
        + 'Flight SQ321, a Boeing 777-300ER with 211 passengers and 18 crew on board, landed at Bangkok\'s Suvarnabhumi Airport at 3:45 p.m. local time. '
        + 'The 73-year-old man may have suffered a heart attack, the airport\'s general manager said. Passengers described people and objects being thrown into the ceiling as the plane dropped sharply.',
    },
    b: {
      id: 'b', publishedAt: '2024-05-22',
      text: 'Twenty-two passengers and eight crew members from a Singapore Airlines flight hit by severe turbulence were still in hospital in Bangkok on Wednesday, a day after a 73-year-old British man died on the flight. '
        + 'The London-Singapore flight plunged 6,000 feet in about three minutes while over Myanmar before it was diverted to the Thai capital, according to tracking data. '
        + 'A total of 104 people were treated in hospital, the Samitivej Srinakarin hospital said. A relief flight carrying 131 passengers and 12 crew from the flight landed in Singapore early on Wednesday.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'agree', destination: 'partial', time: 'partial', people: 'agree', casualties: 'agree', purpose: 'only-b', cause: 'agree' },
  },
  {
    // A flight's number is no year, and a city named as its state is the state.
    name: 'a jet diverted after a pilot tried to cut the engines: "Flight 2059 was travelling from Everett, Washington" against "flying from Paine Field near Seattle"',
    a: {
      id: 'a', publishedAt: '2023-10-23',
      text: 'An off-duty Alaska Airlines pilot riding in the cockpit tried to shut down the engines of a Horizon Air jet in flight on Sunday evening, forcing the plane to divert to Portland, Oregon, officials said. '
        + 'Flight 2059 was travelling from Everett, Washington, to San Francisco with 80 passengers and four crew members. '
        + 'The captain and first officer quickly restored power and subdued the man, the airline said. The pilot, Joseph Emerson, 44, was arrested and charged with 83 counts of attempted murder.',
    },
    b: {
      id: 'b', publishedAt: '2023-10-24',
      text: 'An Alaska Airlines pilot who was riding off duty in the cockpit jump seat has been charged with 83 counts of attempted murder after he tried to cut the engines of a passenger jet mid-flight, prosecutors said on Tuesday. '
        + 'The Embraer 175 was flying from Paine Field near Seattle to San Francisco on Sunday when the pilot pulled the fire handles, the airline said. '
        + 'The crew diverted to Portland International Airport, where the plane landed safely and police took Emerson into custody. There were 80 passengers and four crew members on board, and nobody was hurt.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', time: 'agree', people: 'agree', casualties: 'only-b', actors: 'only-a' },
  },
  {
    // "No one on the plane or on the ground was injured" agrees with "none of the 241 people aboard were hurt".
    name: 'an engine failure over a suburb: "bound for Honolulu" against "Flight 328 to Hawaii", "231 passengers and 10 crew" against "none of the 241 people aboard"',
    a: {
      id: 'a', publishedAt: '2021-02-20',
      text: 'A United Airlines Boeing 777 suffered an engine failure shortly after take-off from Denver on Saturday, scattering debris over homes in the suburb of Broomfield before returning safely to the airport, officials said. '
        + 'Flight UA328 was bound for Honolulu with 231 passengers and 10 crew on board, the Federal Aviation Administration said. No one on the plane or on the ground was injured, Broomfield police said. '
        + 'Videos posted on social media showed the right engine on fire as the plane flew back to Denver.',
    },
    b: {
      id: 'b', publishedAt: '2021-02-21',
      text: 'United Airlines said on Sunday it was removing 24 Boeing 777s with Pratt & Whitney engines from service, a day after one of the jets dropped engine parts over Denver suburbs. '
        + 'Flight 328 to Hawaii landed safely back at Denver International Airport minutes after the engine failed, and none of the 241 people aboard were hurt. '
        + 'Pieces of the engine casing were found in the front yards of homes in Broomfield, police said. The FAA ordered immediate inspections of Boeing 777s fitted with PW4000 engines.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'partial', location: 'agree', time: 'agree', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // Left alone: "The search for the five other people" counts people but no missing.
    name: 'a helicopter lost on Kamchatka: "carrying 22 people" and "19 tourists and three crew members" against "with 22 people on board, and recovered 17 bodies"',
    a: {
      id: 'a', publishedAt: '2024-08-31',
      text: 'A Mi-8 helicopter carrying 22 people went missing on Russia\'s Kamchatka peninsula on Saturday after taking off near the Vachkazhets volcano, the federal air transport agency said. '
        + 'The helicopter, operated by Vityaz-Aero, was carrying 19 tourists and three crew members when it failed to make a scheduled contact. '
        + 'Rescuers were searching the area, but fog was hampering the operation, the emergencies ministry said. The helicopter had been flying to the village of Nikolaevka.',
    },
    b: {
      id: 'b', publishedAt: '2024-09-01',
      text: 'Rescuers found the wreckage of a Mi-8 helicopter that went missing on Kamchatka with 22 people on board, and recovered 17 bodies, Russian authorities said on Sunday. '
        + 'The wreckage was spotted at an altitude of about 900 metres on a slope near the volcano, the regional governor said. '
        + 'The search for the five other people was suspended for the night because of poor weather. Investigators opened a criminal case over violations of air safety rules.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'only-a', location: 'agree', time: 'partial', people: 'partial', casualties: 'only-b' },
  },
  {
    // An open question asserts no cause.
    name: 'two Black Hawks down in a drill: "Nine soldiers were killed" against "killing nine soldiers", "It was not immediately clear whether the helicopters had collided"',
    a: {
      id: 'a', publishedAt: '2023-03-30',
      text: 'Nine soldiers were killed when two Army Black Hawk helicopters crashed during a training mission in southwestern Kentucky on Wednesday night, the military said. '
        + 'The HH-60 Black Hawks, from the 101st Airborne Division at Fort Campbell, went down in a field in Trigg County at about 10 p.m. '
        + 'Five soldiers were aboard one helicopter and four on the other, officials said. It was not immediately clear whether the helicopters had collided.',
    },
    b: {
      id: 'b', publishedAt: '2023-03-31',
      text: 'The two Black Hawk helicopters that crashed in Kentucky, killing nine soldiers, were flying in formation on a medical evacuation training exercise, the Army said on Thursday. '
        + 'Brigadier General John Lubas said the crews were using night vision goggles and the cause of the crash was under investigation. '
        + 'The 101st Airborne Division said the names of the dead would be released after their families had been told. It was the deadliest military helicopter crash in the United States since 2015.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree', purpose: 'partial' },
  },
  {
    // Left alone: b's "flying over the sea between Miyako and Irabu islands" gives no location.
    name: 'an army helicopter lost at sea: "carrying 10 people, including a senior commander" against "the 10 aboard included five crew members"',
    a: {
      id: 'a', publishedAt: '2023-04-06',
      text: 'A Japanese army helicopter carrying 10 people, including a senior commander, disappeared off the southern island of Miyako on Thursday, the defence ministry said. '
        + 'The UH-60JA Black Hawk vanished from radar about 10 minutes after taking off from the Miyako base at 3:46 p.m., the ministry said. '
        + 'The Ground Self-Defense Force said the helicopter was carrying Lieutenant General Yuichi Sakamoto, commander of the 8th Division, on an aerial inspection of the area. '
        + 'Coast guard vessels found debris believed to be from the aircraft in the sea near Irabu island.',
    },
    b: {
      id: 'b', publishedAt: '2023-04-07',
      text: 'Searchers found what appeared to be a door and other parts of a missing Japanese military helicopter that vanished on Thursday with 10 people on board, officials said on Friday. '
        + 'The helicopter, from the Ground Self-Defense Force, lost contact while flying over the sea between Miyako and Irabu islands in Okinawa prefecture. '
        + 'Defence Minister Yasukazu Hamada said the 10 aboard included five crew members and the division commander. Japan\'s military did not say what caused the crash.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'only-a', time: 'partial', people: 'partial' },
  },
  {
    // A flight called off keeps its destination as a plan; a hoped-for 130 counts no one. Left alone: "No one was on
    // board when the Boeing 767 was stood down" is no count.
    name: 'a deportation flight grounded: "was cancelled minutes before it was due to take off", "seven asylum seekers" against "the seven men due to fly"',
    a: {
      id: 'a', publishedAt: '2022-06-14',
      text: 'Britain\'s first deportation flight to Rwanda was cancelled minutes before it was due to take off on Tuesday evening after a last-minute ruling by the European Court of Human Rights. '
        + 'The chartered Boeing 767 had been due to leave from a military airport in Wiltshire at 9:30 p.m., with seven asylum seekers on board. '
        + 'Interior minister Priti Patel said she was disappointed and that preparations for the next flight would begin at once. The government had originally hoped to send 130 people on the first flight.',
    },
    b: {
      id: 'b', publishedAt: '2022-06-15',
      text: 'The British government vowed on Wednesday to press on with its plan to send asylum seekers to Rwanda after a flight due to leave on Tuesday night was grounded by a European court ruling. '
        + 'No one was on board when the Boeing 767 was stood down at the Boscombe Down air base. '
        + 'The last of the seven men due to fly had been removed from the plane after the Strasbourg court intervened, lawyers said. Foreign Minister Liz Truss said the government would not be deterred.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'only-a', time: 'partial', people: 'partial' },
  },
  {
    // The past of the clause that starts the period does not set b's lead aside. Left alone: "28 Afghan convicted
    // criminals" is no count of people ("criminals" is no group noun).
    name: 'deportees flown to Kabul: "took off from Leipzig" against "left Leipzig-Halle airport", "since the Taliban took over three years ago"',
    a: {
      id: 'a', publishedAt: '2024-08-30',
      text: 'Germany deported 28 Afghan convicted criminals to Afghanistan on Friday, the first such flight since the Taliban returned to power in 2021, the government said. '
        + 'The Qatar Airways charter took off from Leipzig early on Friday and landed in Kabul in the afternoon. Each of the men was given 1,000 euros in cash, German media reported. '
        + 'Qatar helped arrange the flight, government spokesman Steffen Hebestreit said.',
    },
    b: {
      id: 'b', publishedAt: '2024-08-30',
      text: 'A plane carrying 28 Afghan men convicted of crimes in Germany landed in Kabul on Friday, the first deportation flight from Germany since the Taliban took over three years ago. '
        + 'The flight left Leipzig-Halle airport shortly before 7 a.m., news magazine Der Spiegel reported. The Taliban\'s foreign ministry said the men had been received at the airport. '
        + 'Interior Minister Nancy Faeser said the security interests of Germany were clear.',
    },
    same: true,
    expected: { aircraft: 'only-b', origin: 'agree', destination: 'agree', time: 'partial', people: 'only-b' },
  },
  {
    // A replacement or ferry flight is another aircraft. Left alone: "A replacement Air India plane" (a name between)
    // is not read as one, so b's lead and its landing in San Francisco stay the story's.
    name: 'a diversion and a replacement: "flight from Delhi to San Francisco" against "The ferry flight, which had flown from Mumbai to Magadan"',
    a: {
      id: 'a', publishedAt: '2023-06-06',
      text: 'An Air India flight from Delhi to San Francisco made an emergency landing in the Russian far eastern city of Magadan on Tuesday after one of its engines developed a fault, the airline said. '
        + 'Flight AI173, a Boeing 777, was carrying 216 passengers and 16 crew members. The airline said it would send a replacement aircraft to Magadan to take the passengers on to San Francisco. The U.S. '
        + 'State Department said it was aware of reports that American citizens were on board.',
    },
    b: {
      id: 'b', publishedAt: '2023-06-08',
      text: 'A replacement Air India plane carrying the passengers of a flight stranded in Russia landed in San Francisco on Thursday, two days after an engine problem forced the original flight to divert to Magadan. '
        + 'The ferry flight, which had flown from Mumbai to Magadan, picked up 216 passengers and 16 crew. Passengers had spent two nights in Magadan, some sleeping on mattresses in a school, the airline said. '
        + 'Air India said it had arranged for the stranded passengers to be fed and housed.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', people: 'only-a', cause: 'only-b' },
  },
  {
    // Left alone: b leads with the commander's dismissal on Friday, and its "had crashed" dates the crash Friday, a time
    // conflict with a's Monday; b's "went down on Monday" is then set aside.
    name: 'a fighter lost in an air raid: "had shot down three cruise missiles" and a lawmaker\'s "shot down by a Ukrainian Patriot missile" against "possible pilot error or a technical fault were being examined"',
    a: {
      id: 'a', publishedAt: '2024-08-29',
      text: 'A Ukrainian F-16 fighter jet crashed while repelling a massive Russian missile and drone attack on Monday, killing its pilot, the Ukrainian military said on Thursday. '
        + 'The pilot, Oleksiy Mes, had shot down three cruise missiles and a drone before the crash, the general staff said. A special commission was investigating the cause of the crash, the military said. '
        + 'A Ukrainian lawmaker, Mariana Bezuhla, said the jet had been shot down by a Ukrainian Patriot missile, which the air force denied.',
    },
    b: {
      id: 'b', publishedAt: '2024-08-30',
      text: 'President Volodymyr Zelenskiy dismissed Ukraine\'s air force commander on Friday, a day after the military disclosed that one of the country\'s first F-16s had crashed. '
        + 'The jet went down on Monday during Russia\'s largest air attack of the war, killing pilot Oleksiy Mes. '
        + 'The military said the crash was not caused by Russian fire, and that possible pilot error or a technical fault were being examined. '
        + 'The air force rejected a claim by a lawmaker that it had been hit by friendly fire.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'conflict', cause: 'only-a', actors: 'only-a' },
  },
  {
    // A particle joined to a name by a hyphen is part of the name.
    name: 'a papal visit: "greeted on the tarmac by Prime Minister Mustafa al-Kadhimi" against "Iraqi Prime Minister Mustafa al-Kadhimi welcomed him", "left Rome\'s Fiumicino airport"',
    a: {
      id: 'a', publishedAt: '2021-03-05',
      text: 'Pope Francis landed in Baghdad on Friday for the first papal visit to Iraq, defying the coronavirus pandemic and security concerns. '
        + 'The Alitalia plane carrying the pope, his entourage and about 75 journalists touched down at Baghdad International Airport shortly before 2 p.m. local time. '
        + 'He was greeted on the tarmac by Prime Minister Mustafa al-Kadhimi. During the four-day trip, the pope will visit Baghdad, Najaf, Ur, Erbil, Mosul and Qaraqosh.',
    },
    b: {
      id: 'b', publishedAt: '2021-03-05',
      text: 'Pope Francis arrived in Iraq on Friday on a historic visit meant to encourage the country\'s dwindling Christian community. '
        + 'His plane, which left Rome\'s Fiumicino airport in the morning, landed in Baghdad at 1:55 p.m., the Vatican said. '
        + 'Iraqi Prime Minister Mustafa al-Kadhimi welcomed him at the airport before a ceremony at the presidential palace. '
        + 'It is the pope\'s first trip abroad since the coronavirus pandemic began, and the first by a pope to Iraq.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'agree', time: 'partial', people: 'only-a', actors: 'agree' },
  },
  {
    // Two legs of one journey; "U.S." before "officials" qualifies them and is no place. Left alone: a's "Five
    // Americans" aboard and b's "Five Americans" held count the same five in two roles (partial).
    name: 'freed prisoners flown on: "landed in Doha on Monday" and "will fly on to Washington, U.S. officials said" against "arrived at Fort Belvoir ... after a flight from Doha"',
    a: {
      id: 'a', publishedAt: '2023-09-18',
      text: 'Five Americans freed by Iran in a prisoner swap landed in Doha on Monday aboard a Qatari plane, a day after $6 billion in Iranian funds was transferred to Qatari bank accounts. '
        + 'The Qatar Airways jet that flew them from Tehran also carried two relatives of the prisoners, officials said. The five will fly on to Washington, U.S. officials said. '
        + 'Five Iranians held in the United States are also being released under the deal.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-19',
      text: 'Five Americans who had been held in Iran arrived at Fort Belvoir in Virginia on Tuesday morning, after a flight from Doha. '
        + 'Siamak Namazi, Morad Tahbaz and Emad Sharghi, and two Americans who asked not to be named, were greeted by relatives on the tarmac. The group had been flown out of Tehran on Monday. '
        + 'Two of the five Iranians released by the United States chose to return to Iran, Iran\'s foreign ministry said.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'partial', destination: 'partial', time: 'partial', people: 'partial', purpose: 'only-a' },
  },
  {
    // An interception is the story's happening. Left alone: China's "approached the airspace of the Paracel Islands"
    // is no claim of where the plane was, so neither report holds a dispute.
    name: 'an intercept over the South China Sea: "intercepted an Australian P-8 ... last month", "the May 26 incident", "in international airspace" against China\'s "flew close to the Paracel Islands"',
    a: {
      id: 'a', publishedAt: '2022-06-05',
      text: 'A Chinese J-16 fighter jet intercepted an Australian P-8 surveillance aircraft over the South China Sea last month and released a bundle of chaff that was ingested into one of its engines, Australia\'s defence minister said on Sunday. '
        + 'Richard Marles said the May 26 incident had been "very dangerous" and that the P-8 had been conducting routine surveillance in international airspace. '
        + 'The crew responded professionally and returned the aircraft to base, he said. '
        + 'China\'s defence ministry said the Australian plane had approached the airspace of the Paracel Islands, which China claims, and had ignored repeated warnings.',
    },
    b: {
      id: 'b', publishedAt: '2022-06-07',
      text: 'China accused Australia on Tuesday of endangering its sovereignty after an Australian military surveillance plane flew close to the Paracel Islands, days after Canberra said a Chinese fighter had intercepted the aircraft. '
        + 'The Chinese defence ministry said the P-8A Poseidon had "seriously threatened China\'s sovereignty and security" and that the Chinese pilots had taken "professional" measures to drive it away. '
        + 'Australian officials said the plane had been in international airspace at the time. The incident took place on May 26, according to Australia.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'agree', purpose: 'agree' },
  },
  {
    // An arrival the flight went on from is a stop.
    name: 'an ambassador flown out: "took off from Niamey ... landed in N\'Djamena ... before flying on to Paris" against "arrived in Paris ... after leaving Niamey"',
    a: {
      id: 'a', publishedAt: '2023-09-27',
      text: 'France\'s ambassador to Niger left the country on Wednesday, a month after the military junta ordered him to go, French officials said. '
        + 'Sylvain Itte took off from Niamey early in the morning aboard a French military plane and landed in N\'Djamena, the capital of Chad, before flying on to Paris. '
        + 'President Emmanuel Macron announced on Sunday that the ambassador would return and that French troops would leave by the end of the year. About 1,500 French soldiers are stationed in Niger.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-27',
      text: 'The French ambassador to Niger, Sylvain Itte, arrived in Paris on Wednesday after leaving Niamey, the foreign ministry said. '
        + 'He had been confined to the embassy for weeks after the junta revoked his diplomatic immunity. The ambassador was flown out on a French air force plane, a source close to the matter said. '
        + 'Niger\'s military rulers welcomed his departure as "a new step towards the sovereignty of Niger".',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', time: 'agree', people: 'only-a' },
  },
  {
    // a reports the first leg as it set off; b the last as it landed, and tells the first as its past: the days are the legs' own.
    // "is then expected to fly home to Australia" is a plan, "the capital of the U.S. Pacific territory" no Washington.
    name: 'a leg told as the past: "left Britain on a chartered flight on Monday" against "landing in Canberra" on Wednesday and "flew from London to Saipan via Bangkok ... on Monday"',
    a: {
      id: 'a', publishedAt: '2024-06-25',
      text: 'LONDON (Reuters) - WikiLeaks founder Julian Assange left Britain on a chartered flight on Monday after being freed from a London prison, ahead of a court appearance in the Northern Mariana Islands where he is expected to plead guilty to a U.S. espionage charge. '
        + 'Assange, 52, boarded a private jet at London\'s Stansted Airport on Monday evening, WikiLeaks said. '
        + 'The flight, VJ199, was due to stop in Bangkok to refuel before flying on to Saipan, the capital of the U.S. Pacific territory. '
        + 'Australia\'s government paid for the charter, which cost A$520,000 ($345,000), WikiLeaks said. Under a deal with the U.S. '
        + 'Justice Department, Assange will plead guilty to one count of conspiring to obtain and disclose national defence information, and be sentenced to the 62 months he has already served in Britain\'s Belmarsh prison. '
        + 'He is then expected to fly home to Australia. His wife Stella said he had been released on bail by the High Court and handed to airport authorities on Monday afternoon.',
    },
    b: {
      id: 'b', publishedAt: '2024-06-26',
      text: 'CANBERRA, Australia (AP) — WikiLeaks founder Julian Assange returned to Australia on Wednesday, landing in Canberra a free man hours after pleading guilty in a U.S. courtroom on the island of Saipan to obtaining and publishing military secrets. '
        + 'The chartered jet carrying Assange touched down at Canberra Airport shortly before 8 p.m. local time. '
        + 'He raised a fist as he walked across the tarmac and embraced his wife, Stella, and his father, John Shipton. '
        + 'Earlier Wednesday, Assange pleaded guilty in federal court in Saipan, the capital of the Northern Mariana Islands, to a single felony count. U.S. '
        + 'District Judge Ramona Manglona sentenced him to the five years and two months he had already served in a British prison. '
        + 'Assange flew from London to Saipan via Bangkok after leaving Belmarsh prison on Monday. '
        + 'Australian Prime Minister Anthony Albanese said the government had paid 520,000 Australian dollars for the flight, which Assange will repay.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'partial' },
  },
  {
    // Vnukovo is where the flight was bound, not where it set off; two airports of one city are two places.
    name: 'a flight diverted on arrival: "was diverted at the last minute from Vnukovo airport, where supporters ... had gathered, to Sheremetyevo airport"',
    a: {
      id: 'a', publishedAt: '2021-01-17',
      text: 'MOSCOW (Reuters) - Kremlin critic Alexei Navalny was detained at a Moscow airport on Sunday shortly after flying home from Germany, where he had been recovering from a nerve agent poisoning. '
        + 'Navalny\'s flight from Berlin, operated by the low-cost airline Pobeda, was diverted at the last minute from Vnukovo airport, where supporters and journalists had gathered, to Sheremetyevo airport. '
        + 'Border police led him away at passport control as his wife Yulia looked on. The prison service said he had violated the terms of a suspended sentence. '
        + 'Police detained dozens of his supporters at Vnukovo, OVD-Info, a group that monitors arrests, said.',
    },
    b: {
      id: 'b', publishedAt: '2021-01-18',
      text: 'MOSCOW (AP) — A Moscow court on Monday ordered Russian opposition leader Alexei Navalny held for 30 days, a day after he was arrested at a Moscow airport upon his return from Germany. '
        + 'Navalny was detained at passport control at Sheremetyevo airport on Sunday evening after his plane from Berlin, which had been scheduled to land at Vnukovo, was diverted there. '
        + 'The Airbus A320 of the airline Pobeda circled over Moscow before landing at Sheremetyevo. '
        + 'More than 60 people were detained at Vnukovo, where thousands of supporters had gathered to meet him, according to OVD-Info. '
        + 'Navalny spent five months in Germany recovering from a nerve agent poisoning that he blames on the Kremlin. The Kremlin denies involvement.',
    },
    same: true,
    expected: { aircraft: 'only-b', origin: 'agree', destination: 'agree', time: 'partial', people: 'only-b' },
  },
  {
    // The craft that rescued and searched are not the story's; "Eight people were rescued and were in good condition" were rescued.
    name: 'a carrier plane lost at sea: "C-2A Greyhound" against "C-2 Greyhound", "rescued by helicopters", "ships and aircraft searched"',
    a: {
      id: 'a', publishedAt: '2017-11-22',
      text: 'TOKYO (Reuters) - A U.S. '
        + 'Navy aircraft carrying 11 crew and passengers crashed into the Pacific Ocean southeast of Okinawa on Wednesday while flying to the aircraft carrier USS Ronald Reagan, the Navy said. '
        + 'Eight people were rescued and were in good condition, while a search continued for three others. '
        + 'The C-2A Greyhound, a twin-engine propeller plane used to ferry people and cargo to carriers, went down at about 2:45 p.m. local time (0545 GMT) some 500 nautical miles (925 km) southeast of Okinawa. '
        + 'The Ronald Reagan was taking part in an exercise with the Japanese navy in the Philippine Sea. The cause of the crash was under investigation.',
    },
    b: {
      id: 'b', publishedAt: '2017-11-24',
      text: 'TOKYO (AP) — The U.S. Navy on Friday called off the search for three sailors missing after their plane crashed into the Philippine Sea on Wednesday, and named them. '
        + 'The C-2 Greyhound was carrying 11 sailors from Marine Corps Air Station Iwakuni in Japan to the USS Ronald Reagan when it went down. Eight were rescued by helicopters within about 40 minutes. '
        + 'Navy and Japanese ships and aircraft searched nearly 1,000 square nautical miles over two days. The missing were identified as Lt. '
        + 'Steven Combs, Airman Matthew Chialastri and Airman Apprentice Bryan Grosso.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Both say where it was bound and where it crashed; a's "The flight engineer survived" is no count, so only b names "the only survivor".
    name: 'a cargo jet at the wrong airfield: "had been due to land at Payam airport" against "had been bound for Payam International Airport but landed at the wrong airport"',
    a: {
      id: 'a', publishedAt: '2019-01-14',
      text: 'DUBAI (Reuters) - A Boeing 707 cargo plane carrying 16 people crashed near Tehran on Monday, killing 15 of them, Iran\'s army said. '
        + 'The plane, owned by the Iranian army and carrying meat from the Kyrgyz capital Bishkek, crashed at Fath airport in Karaj, west of Tehran, after overshooting the runway and hitting a wall, the army said. '
        + 'The flight engineer survived, state media reported. '
        + 'The plane had been due to land at Payam airport nearby, and it was not clear why it landed at Fath, a small airfield used by the Revolutionary Guards, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2019-01-14',
      text: 'TEHRAN, Iran (AP) — A Boeing 707 cargo jet carrying meat from Kyrgyzstan crashed Monday while trying to land at a military airfield west of Tehran, killing 15 of the 16 people on board, the Iranian military said. '
        + 'The plane, operated by Saha Airlines, skidded off the runway at Fath airport in Karaj and slammed into a wall before catching fire in a residential area. Its flight engineer was the only survivor. '
        + 'State TV said the plane had been bound for Payam International Airport but landed at the wrong airport amid bad weather. Iran\'s aging fleet has suffered from sanctions.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', location: 'partial', time: 'agree', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // A city lies in its state: Honolulu is in Hawaii. The toll rose between the reports.
    name: 'a cargo jet down on take-off: "bound for Honolulu" against "headed to Hawaii", "killing at least seven" against a toll that "rose to 13 on Thursday"',
    a: {
      id: 'a', publishedAt: '2025-11-05',
      text: 'LOUISVILLE, Ky. (Reuters) - A UPS cargo plane bound for Honolulu crashed and burst into flames shortly after taking off from Louisville, Kentucky, on Tuesday, killing at least seven people and injuring 11, Governor Andy Beshear said. '
        + 'The McDonnell Douglas MD-11 freighter, UPS Flight 2976, was carrying three crew members and about 38,000 gallons of fuel when it went down at about 5:15 p.m. local time (2215 GMT) near Louisville Muhammad Ali International Airport, the Federal Aviation Administration said. '
        + 'Video showed the plane\'s left wing on fire as it lifted off. It struck businesses south of the airport, including a petroleum recycling company. Beshear said the toll was expected to rise.',
    },
    b: {
      id: 'b', publishedAt: '2025-11-07',
      text: 'LOUISVILLE, Ky. (AP) — The death toll from the crash of a UPS cargo plane in Louisville rose to 13 on Thursday after more bodies were found in the debris, officials said. '
        + 'The three pilots aboard the MD-11 were among those killed when it crashed on takeoff Tuesday evening. '
        + 'National Transportation Safety Board investigators said the left engine separated from the wing as the plane accelerated down the runway. The plane was headed to Hawaii. '
        + 'Several people remained in hospital, some in critical condition, and two people were still unaccounted for, Mayor Craig Greenberg said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Two travellers' flights, told in two sentences by two parties: no dispute.
    name: 'a prisoner swap of two planes: "flown home to Moscow" (the ministry) and "on a plane back to the United States" (Biden) against "landed at Kelly Field in San Antonio"',
    a: {
      id: 'a', publishedAt: '2022-12-08',
      text: 'ABU DHABI (Reuters) - U.S. basketball star Brittney Griner was released by Russia on Thursday in exchange for Russian arms dealer Viktor Bout in a prisoner swap at Abu Dhabi airport, U.S. and Russian officials said. '
        + 'Griner, 32, had been held in Russia since February on drug charges. '
        + 'The swap took place on the tarmac of the airport in the United Arab Emirates, where two planes had landed, one from Moscow and one from the United States. '
        + 'Russia\'s foreign ministry said Bout had been flown home to Moscow. Griner was on a plane back to the United States, President Joe Biden said at the White House.',
    },
    b: {
      id: 'b', publishedAt: '2022-12-09',
      text: 'SAN ANTONIO (AP) — Brittney Griner landed at Kelly Field in San Antonio early Friday, less than a day after she was freed in a prisoner exchange with Russia. '
        + 'The WNBA star stepped off the plane shortly after 5 a.m. local time and was taken to Brooke Army Medical Center for evaluation. '
        + 'Griner was swapped for arms dealer Viktor Bout on Thursday in the United Arab Emirates. '
        + 'Bout, who had served more than a decade of a 25-year sentence in the United States, arrived in Moscow late Thursday and was greeted by his mother and wife at Vnukovo airport.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'partial', purpose: 'agree', actors: 'only-b' },
  },
  {
    // Six of the Marines are a part of them, at least six. Left alone: "killing 15 Marines and a Navy corpsman" counts the Marines only.
    name: 'a tanker down in a field: "KC-130" against "KC-130T", "Fifteen Marines and a Navy sailor" against "Six of the Marines were elite Raiders"',
    a: {
      id: 'a', publishedAt: '2017-07-11',
      text: 'ITTA BENA, Miss. (Reuters) - A U.S. Marine Corps KC-130 refueling plane crashed in a soybean field in rural Mississippi on Monday, killing all 16 people on board, officials said. '
        + 'The plane, which took off from Marine Corps Air Station Cherry Point in North Carolina, went down in Leflore County, about 100 miles (160 km) north of Jackson, at around 4 p.m. local time. '
        + 'Fifteen Marines and a Navy sailor were aboard, the Marine Corps said. Witnesses said they heard an explosion and saw the plane spiralling to the ground. The cause was under investigation.',
    },
    b: {
      id: 'b', publishedAt: '2017-07-12',
      text: '(AP) — The KC-130T that crashed in a Mississippi field on Monday, killing 15 Marines and a Navy corpsman, was carrying personnel and equipment from North Carolina to California, the Marine Corps said on Tuesday. '
        + 'The plane had left Marine Corps Air Station Cherry Point and was bound for Naval Air Facility El Centro. Six of the Marines were elite Raiders from Camp Lejeune, North Carolina. '
        + 'Debris was scattered over a distance of about 5 miles (8 km). "The aircraft had a problem at cruising altitude," Leflore County Emergency Management Director Frank Randle said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-b', location: 'partial', time: 'partial', people: 'partial', cargo: 'only-b', casualties: 'partial', purpose: 'only-a' },
  },
  {
    // The day of the search is the search's. "The passengers included four people from India" are a part of those aboard. Left alone: a's "including four Indians and two Germans" is not read.
    name: 'a turboprop lost in the mountains: "on a 20-minute flight to Jomsom" against "headed to Jomsom", "Rescuers on Monday found the wreckage of a plane that crashed ... a day earlier"',
    a: {
      id: 'a', publishedAt: '2022-05-29',
      text: 'KATHMANDU (Reuters) - A small plane carrying 22 people, including four Indians and two Germans, went missing in mountainous Nepal on Sunday, officials said. '
        + 'The Twin Otter aircraft operated by Tara Air lost contact with the control tower about 15 minutes after taking off from the tourist town of Pokhara on a 20-minute flight to Jomsom, civil aviation authority official Deo Chandra Lal Karna said. '
        + 'The plane was carrying 19 passengers and three Nepali crew members. The search was suspended for the night due to bad weather.',
    },
    b: {
      id: 'b', publishedAt: '2022-05-30',
      text: 'KATHMANDU, Nepal (AP) — Rescuers on Monday found the wreckage of a plane that crashed in Nepal\'s mountains a day earlier, and recovered 14 bodies, officials said. '
        + 'The Tara Air flight, a de Havilland Canada DHC-6 Twin Otter, had 22 people on board when it lost contact shortly after taking off from Pokhara on Sunday morning. '
        + 'The wreckage was scattered on a mountainside in Mustang district at an altitude of 14,500 feet (4,420 meters). '
        + 'The passengers included four people from India and two from Germany; the rest were Nepalis. The plane was headed to Jomsom, a popular trekking destination.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'only-b' },
  },
  {
    // Sunday is the search's day; the crash, told in its clause and in b's next sentence, is Saturday's. Left alone: "one of the three people killed" counts one killed.
    name: 'a cargo jet into a bay: "Searchers on Sunday recovered the body of one of the three people killed when a cargo jet crashed" against a crash on Saturday',
    a: {
      id: 'a', publishedAt: '2019-02-23',
      text: '(Reuters) - A Boeing 767 cargo plane carrying Amazon.com packages crashed into a bay near Houston on Saturday with three people aboard, authorities said. '
        + 'Atlas Air Flight 3591 was flying from Miami to Houston\'s George Bush Intercontinental Airport when it went down in Trinity Bay at about 12:45 p.m. local time, the Federal Aviation Administration said. '
        + 'The Chambers County sheriff said there were no survivors. The plane was operated for Amazon by Atlas Air.',
    },
    b: {
      id: 'b', publishedAt: '2019-02-24',
      text: 'ANAHUAC, Texas (AP) — Searchers on Sunday recovered the body of one of the three people killed when a cargo jet crashed into a shallow bay east of Houston, authorities said. '
        + 'The Boeing 767 operated by Atlas Air was preparing to land at Bush Intercontinental Airport on Saturday when air traffic controllers lost contact with it. '
        + 'Chambers County Sheriff Brian Hawthorne said human remains had been found, and that the wreckage lay in mud in Trinity Bay. The plane was carrying cargo for Amazon and the U.S. '
        + 'Postal Service from Miami.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'agree', time: 'partial', people: 'agree', cargo: 'only-b', casualties: 'agree' },
  },
  {
    // A real difference the library does not flag: b dates the aid's first arrival a day later than a, but as a follow-up of the floods, so the days do not clash. The toll that "stood at 11,300 on Thursday" is a later day's.
    name: 'aid flights after a flood: "The first aid flights ... landed in Benghazi on Wednesday" against "Aid began arriving in eastern Libya on Thursday, days after floods"',
    a: {
      id: 'a', publishedAt: '2023-09-13',
      text: 'BENGHAZI, Libya (Reuters) - The first aid flights from Turkey and the United Arab Emirates landed in Benghazi on Wednesday, carrying rescue teams and relief supplies for the flood-stricken city of Derna in eastern Libya, where thousands have died. '
        + 'Turkey sent three planes carrying 168 search and rescue personnel, tents and a field hospital, its disaster agency AFAD said. '
        + 'An Emirati plane carrying 150 tonnes of food, medical supplies and relief items landed at Benina airport, the UAE\'s state news agency WAM said. '
        + 'Officials in Derna said more than 5,000 people had died and 10,000 were missing after two dams burst.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-14',
      text: 'BENGHAZI, Libya (AP) — Aid began arriving in eastern Libya on Thursday, days after floods swept away entire neighbourhoods of the coastal city of Derna. '
        + 'Planes from Egypt, Jordan, Turkey and the United Arab Emirates landed at Benina International Airport in Benghazi, about 250 kilometres (155 miles) west of Derna, carrying rescue teams, food and medicine. '
        + 'The death toll in Derna stood at 11,300 on Thursday, the Libyan Red Crescent said, with 10,100 still missing. Roads into the city were damaged, slowing deliveries.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', cargo: 'partial', casualties: 'partial' },
  },
  {
    // The craft that searched are not the story's, and the day of the search is the search's. "on a scheduled flight from Unalakleet to Nome" names the destination.
    name: 'a commuter plane lost off Alaska: "went missing ... on Thursday" against "Rescuers on Friday found the wreckage of a commuter plane that disappeared", "sent a C-130 aircraft to help with the search"',
    a: {
      id: 'a', publishedAt: '2025-02-07',
      text: 'ANCHORAGE, Alaska (Reuters) - A small commuter plane carrying 10 people went missing over western Alaska on Thursday while flying from Unalakleet to Nome, officials said. '
        + 'The Bering Air Cessna Caravan, with nine passengers and a pilot aboard, lost contact about 12 miles offshore shortly before 4 p.m., the Alaska Department of Public Safety said. '
        + 'Searchers in planes and on snowmobiles were hampered by snow and poor visibility. The U.S. Coast Guard said it had sent a C-130 aircraft to help with the search.',
    },
    b: {
      id: 'b', publishedAt: '2025-02-08',
      text: 'NOME, Alaska (AP) — Rescuers on Friday found the wreckage of a commuter plane that disappeared over the sea ice off western Alaska, and said all 10 people on board were killed. '
        + 'The Bering Air single-engine turboprop was on a scheduled flight from Unalakleet to Nome when it vanished on Thursday afternoon. '
        + 'A Coast Guard helicopter crew spotted the wreckage about 34 miles (55 kilometers) southeast of Nome. The aircraft was carrying nine passengers and a pilot, the airline said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'only-a' },
  },
  {
    // Tuesday is the search's day. Left alone: "crashed while approaching Vilnius airport" and "short of the runway" place nothing in b.
    name: 'a cargo jet into a house: "killing one person" against "killing a crew member", "Investigators on Tuesday recovered both flight recorders from the DHL cargo plane that crashed"',
    a: {
      id: 'a', publishedAt: '2024-11-25',
      text: 'VILNIUS (Reuters) - A DHL cargo plane crashed into a house near Vilnius airport in Lithuania early on Monday, killing one person, officials said. '
        + 'The Boeing 737-400, operated by Swiftair on behalf of DHL, had flown from Leipzig in Germany. Its four crew members were a Spaniard, a German and two Lithuanians, police said. '
        + 'The Spanish citizen died, and the other three were taken to hospital. Residents of the house were evacuated unharmed.',
    },
    b: {
      id: 'b', publishedAt: '2024-11-26',
      text: 'VILNIUS, Lithuania (AP) — Investigators on Tuesday recovered both flight recorders from the DHL cargo plane that crashed while approaching Vilnius airport on Monday, killing a crew member. '
        + 'The Boeing 737 came down at 5:28 a.m. about 1.3 kilometers (0.8 miles) short of the runway, skidding into a two-story house. Lithuanian officials said there was no immediate indication of sabotage. '
        + 'The plane had taken off from Leipzig, where DHL has a hub. Three other crew members were injured.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', location: 'agree', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // The next leg is a plan of the coming Friday in both. The crowds of the road and of the Mass are different things.
    name: 'a papal flight: "landed at N\'djili International Airport in Kinshasa" against "touched down at the capital\'s N\'Djili airport", "will fly to Juba, the capital of South Sudan, on Friday"',
    a: {
      id: 'a', publishedAt: '2023-01-31',
      text: 'KINSHASA (Reuters) - Pope Francis arrived in Congo on Tuesday, the first papal visit to the country in 37 years, and was greeted at the airport by Prime Minister Jean-Michel Sama Lukonde. '
        + 'The papal plane landed at N\'djili International Airport in Kinshasa after a flight of about six hours from Rome. Tens of thousands of people lined the road into the capital. '
        + 'Francis, 86, will travel on to South Sudan on Friday.',
    },
    b: {
      id: 'b', publishedAt: '2023-02-01',
      text: 'KINSHASA, Congo (AP) — More than a million people attended a Mass celebrated by Pope Francis in Kinshasa on Wednesday, a day after he arrived in Congo. '
        + 'The pontiff flew in on an ITA Airways plane that touched down at the capital\'s N\'Djili airport on Tuesday afternoon. '
        + 'He will fly to Juba, the capital of South Sudan, on Friday for the second leg of his trip.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'partial', people: 'partial', actors: 'only-a' },
  },
  {
    // Tonnes and tons agree; a's Amman, "its first stop", is a stop, in b's Jordan ("a refueling stop planned in Jordan").
    name: 'munitions flown to Bangladesh: "flying to Amman in Jordan, its first stop" against "with a refueling stop planned in Jordan", "11 tonnes" against "about 11.5 tons"',
    a: {
      id: 'a', publishedAt: '2022-07-17',
      text: 'ATHENS (Reuters) - A Ukrainian-operated Antonov cargo plane carrying 11 tonnes of munitions from Serbia to Bangladesh crashed in northern Greece late on Saturday, killing all eight crew members, officials said. '
        + 'The An-12, operated by Meridian, had taken off from Nis in southern Serbia and was flying to Amman in Jordan, its first stop, when it reported engine trouble and tried to make an emergency landing at Kavala airport. '
        + 'It came down in fields near the village of Antiphilippi. Serbia\'s defence minister said the cargo was mortar rounds and training mines sold to Bangladesh\'s defence ministry.',
    },
    b: {
      id: 'b', publishedAt: '2022-07-18',
      text: 'KAVALA, Greece (AP) — Greek authorities on Monday allowed firefighters and soldiers to approach the wreckage of a cargo plane that crashed near Kavala on Saturday night, after bomb disposal experts found no danger from its load. '
        + 'The Antonov An-12 was carrying about 11.5 tons of Serbian-made mortar shells to Bangladesh when it went down, with a refueling stop planned in Jordan. All eight Ukrainian crew members were killed. '
        + 'Bangladesh\'s military said it had bought the ammunition, and that the shipment was due to arrive in Dhaka.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', location: 'partial', time: 'partial', people: 'agree', cargo: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // The officials confirm the loss, not the cause: no competing claims. The day of the Houthis' statement is the day of the loss.
    name: 'a drone claimed by one side: "said ... they had shot down a U.S. MQ-9" and "confirmed that an MQ-9 had crashed ... but did not say what caused it" against "went down over the Red Sea off Yemen"',
    a: {
      id: 'a', publishedAt: '2024-02-19',
      text: 'DUBAI (Reuters) - Yemen\'s Houthis said on Monday they had shot down a U.S. MQ-9 Reaper drone over the port city of Hodeidah. '
        + 'Houthi military spokesman Yahya Saree said the drone was downed with a surface-to-air missile. '
        + 'A U.S. defense official confirmed that an MQ-9 had crashed off Yemen\'s coast but did not say what caused it. The drone costs about $30 million.',
    },
    b: {
      id: 'b', publishedAt: '2024-02-20',
      text: 'WASHINGTON (AP) — An American MQ-9 Reaper drone went down over the Red Sea off Yemen on Monday, U.S. officials said, after Yemen\'s Houthi rebels claimed to have shot it down with a missile. '
        + 'The officials, who spoke on condition of anonymity, said the drone was flying a surveillance mission near Hodeidah. They said an investigation was under way. '
        + 'It was at least the fourth Reaper lost over Yemen since the Houthis began attacking ships in November.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'agree', purpose: 'only-b', cause: 'agree' },
  },
  {
    // The flight of the week before is background on both sides. Left alone: b's "urged its citizens to leave Lebanon" is read as a departure (it agrees).
    name: 'an evacuation flight out of Beirut: "left Beirut on Thursday" and "due to land in Berlin" against "landed at Berlin\'s BER airport late in the evening", "about 130"',
    a: {
      id: 'a', publishedAt: '2024-10-03',
      text: 'BERLIN (Reuters) - A German air force plane carrying about 130 German nationals left Beirut on Thursday, the foreign ministry said, as Israel stepped up its strikes on Lebanon. '
        + 'The Airbus A321 was due to land in Berlin later on Thursday. '
        + 'Most of those on board were family members of embassy staff, as well as people who were particularly vulnerable, a ministry spokesperson said. '
        + 'The ministry had already flown 111 people out of Lebanon last week.',
    },
    b: {
      id: 'b', publishedAt: '2024-10-04',
      text: 'BERLIN (AP) — Germany flew about 130 people out of Lebanon on Thursday on a military plane that landed at Berlin\'s BER airport late in the evening, the Foreign Office said on Friday. '
        + 'The passengers included relatives of German diplomats and other vulnerable people, it said. A previous flight last week brought 111 people to Germany. '
        + 'Germany has urged its citizens to leave Lebanon while commercial flights are still available.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', time: 'agree', people: 'agree' },
  },
  {
    // The fate is read over the clause of the crash; a cause named as such is a cause.
    name: 'a transport down on take-off: "carrying 15 people" against "All 15 people aboard a Russian military transport plane that crashed ... were killed", "An engine fire was the likely cause"',
    a: {
      id: 'a', publishedAt: '2024-03-12',
      text: 'MOSCOW (Reuters) - A Russian Il-76 military transport plane carrying 15 people crashed in the Ivanovo region northeast of Moscow on Tuesday after one of its engines caught fire during take-off, the defence ministry said. '
        + 'There were eight crew members and seven passengers on board, the ministry said. Video posted on social media showed the plane trailing smoke before it hit the ground and exploded. '
        + 'The plane was on a scheduled flight, the ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2024-03-13',
      text: 'MOSCOW (AP) — All 15 people aboard a Russian military transport plane that crashed shortly after take-off in the Ivanovo region on Tuesday were killed, the Defense Ministry said on Wednesday. '
        + 'The Il-76 had taken off from the Severny air base near the city of Ivanovo on a training flight. An engine fire was the likely cause, the ministry said. '
        + 'Investigators were examining the plane\'s flight recorders.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', location: 'partial', time: 'agree', people: 'agree', casualties: 'only-b', purpose: 'only-b', cause: 'agree' },
  },
  {
    // On the day and the day after: a possessive country before the town it describes, a toll that rose, a search's day.
    name: 'a turboprop into a gorge: "in Nepal\'s tourist town of Pokhara", "killing at least 68" against "bringing the death toll to 70"',
    a: {
      id: 'a', publishedAt: '2023-01-15',
      text: 'A Yeti Airlines plane carrying 72 people crashed in Nepal\'s tourist town of Pokhara on Sunday, killing at least 68 people in the Himalayan nation\'s deadliest air accident in three decades. '
        + 'The twin-engine ATR 72 aircraft was flying from the capital Kathmandu to Pokhara when it crashed into a river gorge while approaching the newly opened airport. '
        + 'There were 68 passengers and four crew members on board, including 15 foreigners, the airline said. Five Indians, four Russians and two South Koreans were among the foreigners, officials said. '
        + 'Rescuers were still searching for four people late on Sunday. "The weather was clear," a civil aviation official said.',
    },
    b: {
      id: 'b', publishedAt: '2023-01-16',
      text: 'Rescuers on Monday recovered more bodies from the gorge where a Yeti Airlines ATR 72-500 crashed a day earlier, bringing the death toll to 70, as hopes faded of finding any of the 72 people aboard alive. '
        + 'The flight from Kathmandu went down moments before landing at Pokhara International Airport, which opened two weeks ago. Officials said the search for the remaining two people would resume on Tuesday. '
        + 'The plane\'s flight data recorder and cockpit voice recorder were found on Monday, an official at the Civil Aviation Authority of Nepal said. '
        + 'Among the dead was co-pilot Anju Khatiwada, whose husband had died in the 2006 crash of a Yeti Airlines plane.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'only-a', time: 'partial', people: 'partial', casualties: 'agree' },
  },
  {
    // On the day and the day after: the critically injured are a part of all the injured; the weather and a closing quote,
    // which share only the story's words, are no run of junk.
    name: 'a jet flipped on landing: "injuring 18 people" against "Twenty-one people were taken to hospital", "no fatality"',
    a: {
      id: 'a', publishedAt: '2025-02-17',
      text: 'A Delta Air Lines jet flipped over as it landed at Toronto Pearson International Airport on Monday, injuring 18 people, officials said. All 80 people on board survived. '
        + 'The Delta Connection flight, operated by the subsidiary Endeavor Air, was arriving from Minneapolis. There were 76 passengers and four crew members on board, Delta said in a statement. '
        + 'Three people were critically injured, including a child, according to the air ambulance service Ornge. Strong winds were gusting at the airport, which had been hit by a snowstorm over the weekend. '
        + '"We are very thankful there is no fatality and relatively minor injuries," said Deborah Flint, the airport\'s chief executive.',
    },
    b: {
      id: 'b', publishedAt: '2025-02-18',
      text: 'Twenty-one people were taken to hospital after a Delta plane flipped upside down as it landed in Toronto on Monday afternoon, the airline said on Tuesday, revising its earlier count. '
        + 'All 80 people aboard the Bombardier CRJ900 from Minneapolis-St. Paul survived. Most of the injured have since been released, Delta said. '
        + 'Canada\'s Transportation Safety Board is leading the investigation, with help from the U.S. National Transportation Safety Board. '
        + 'Passengers described hanging upside down from their seatbelts before crawling out of the wreck. The airport reopened two runways on Tuesday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // On the night and the day after: an uncounted member of a list, a reason that is none, a crash recalled as the past.
    name: 'a fire before take-off: "forcing all 176 people on board to evacuate" against "169 passengers, six crew members and an engineer", "came a month after the Jeju Air crash"',
    a: {
      id: 'a', publishedAt: '2025-01-28',
      text: 'An Air Busan plane caught fire at Gimhae International Airport in South Korea\'s southeastern city of Busan on Tuesday night, forcing all 176 people on board to evacuate, the transport ministry said. '
        + 'The Airbus A321, bound for Hong Kong, was preparing to take off when the fire broke out in the rear of the aircraft. The passengers and crew escaped down emergency slides. '
        + 'Three people suffered minor injuries, fire officials said. The fire was put out about an hour later.',
    },
    b: {
      id: 'b', publishedAt: '2025-01-29',
      text: 'Seven people were slightly injured when fire engulfed an Air Busan jet before take-off in Busan late on Tuesday, officials said on Wednesday. '
        + 'There were 169 passengers, six crew members and an engineer on board the flight to Hong Kong, and all were evacuated via slides. '
        + 'Investigators were examining whether a portable battery in an overhead bin caused the blaze. The fire came a month after the Jeju Air crash at Muan that killed 179 people.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', location: 'only-a', time: 'agree', people: 'partial', casualties: 'partial' },
  },
  {
    // On the day and the day after: b tells the landing as the past and the flight home as its news; b's departure from
    // Alaska is the next leg, and b's stop in Magadan is where a's flight came from.
    name: 'a leader\'s flight to a summit: "landed at Joint Base Elmendorf-Richardson in Anchorage, Alaska" against "left Alaska late on Friday ... flying back to Moscow"',
    a: {
      id: 'a', publishedAt: '2025-08-15',
      text: 'Russian President Vladimir Putin landed at Joint Base Elmendorf-Richardson in Anchorage, Alaska, on Friday for a summit with U.S. '
        + 'President Donald Trump, his first visit to the United States in a decade. Trump, who arrived aboard Air Force One shortly before, greeted Putin on the tarmac and the two leaders shook hands. '
        + 'Putin\'s plane had flown in from Magadan in Russia\'s Far East, where he stopped on the way, the Kremlin said. The talks were expected to focus on the war in Ukraine.',
    },
    b: {
      id: 'b', publishedAt: '2025-08-16',
      text: 'Vladimir Putin left Alaska late on Friday after talks with Donald Trump that produced no ceasefire deal for Ukraine, and was flying back to Moscow on Saturday, the Kremlin said. '
        + 'The Russian leader had arrived in Anchorage on Friday after a stop in Magadan, where he visited an aviation plant. The meeting at the air base lasted nearly three hours. '
        + 'Putin invited Trump to hold their next meeting in Moscow.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'partial', destination: 'partial', time: 'partial', actors: 'only-a' },
  },
  {
    // On the day and the day after: a count aboard revised, a toll that rose, survivors told by how badly they are hurt.
    name: 'a crash after take-off: "110 people on board" against "113 people had been aboard ..., not 110 as first reported", "Three women pulled from the wreckage"',
    a: {
      id: 'a', publishedAt: '2018-05-18',
      text: 'A Cubana de Aviacion Boeing 737 with 110 people on board crashed shortly after taking off from Havana\'s Jose Marti airport on Friday, state media said. '
        + 'The domestic flight was bound for the eastern city of Holguin. There were 104 passengers and six crew members on board, the crew all Mexican. '
        + 'Three people survived and were taken to hospital in critical condition. The plane had been leased from a small Mexican company, Global Air.',
    },
    b: {
      id: 'b', publishedAt: '2018-05-19',
      text: 'The death toll from Friday\'s crash of a Cuban airliner rose to 110 on Saturday, as officials said 113 people had been aboard the Boeing 737-200, not 110 as first reported. '
        + 'Three women pulled from the wreckage remain in critical condition. The jet, operated for Cubana by Mexico\'s Damojh, went down in a field near Jose Marti airport on its way to Holguin. '
        + 'President Miguel Diaz-Canel visited the site and declared two days of national mourning.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', actors: 'only-b' },
  },
  {
    // Two weeks and forty days on: b's news is the children found alive and flown to Bogota; the crash of May 1, a's
    // flight, is the past of b's story.
    name: 'a crash told on the wreckage\'s day and on the children\'s: "to San Jose del Guaviare", "Four Indigenous children who survived", "crashed on May 1" as the past',
    a: {
      id: 'a', publishedAt: '2023-05-16',
      text: 'Rescuers searching the Colombian jungle have found the wreckage of a small plane that went missing two weeks ago with seven people aboard, and the bodies of three adults, the military said on Tuesday. '
        + 'The Cessna 206 was flying from Araracuara in Amazonas province to San Jose del Guaviare when the pilot reported an engine failure on May 1. '
        + 'Four children, including an 11-month-old baby, are still missing. Soldiers found a baby\'s bottle and a makeshift shelter, raising hopes that the children survived.',
    },
    b: {
      id: 'b', publishedAt: '2023-06-10',
      text: 'Four Indigenous children who survived a plane crash in the Colombian Amazon and spent 40 days alone in the jungle were found alive on Friday, President Gustavo Petro said. '
        + 'The children, aged 13, 9, 4 and 1, were flown to Bogota and taken to a military hospital. '
        + 'Their mother was among the three adults killed when the single-engine Cessna crashed on May 1 on its way to San Jose del Guaviare.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'partial', casualties: 'partial', cause: 'only-a' },
  },
  {
    // On the day and the day after: a route to a town the gazetteer lacks (after "a sport fishing trip from Manaus" too),
    // the Bandeirante by its code.
    name: 'an air taxi down in the rain: "from the state capital Manaus to Barcelos", "Embraer EMB-110", "Two Americans were among the 14 people killed"',
    a: {
      id: 'a', publishedAt: '2023-09-16',
      text: 'A small plane crashed in Brazil\'s Amazonas state on Saturday, killing all 14 people on board, Governor Wilson Lima said. '
        + 'The 12 passengers and two crew members were flying from the state capital Manaus to Barcelos, a town popular with sport fishermen. '
        + 'The twin-engine plane went down while attempting to land in heavy rain, officials said. "We are deeply saddened," Lima wrote on social media.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-17',
      text: 'Two Americans were among the 14 people killed when an Embraer EMB-110 crashed in heavy rain in the Brazilian Amazon on Saturday, the operator said. '
        + 'The plane, operated by Manaus Aerotaxi, was carrying tourists on a sport fishing trip from Manaus to Barcelos. The U.S. State Department confirmed the deaths of two American citizens. '
        + 'Brazil\'s air force said investigators had been sent to the site.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'only-a', time: 'agree', people: 'partial', casualties: 'agree', cause: 'agree' },
  },
  {
    // On the day and the day after: the last of a list of those aboard, a recovery's day.
    name: 'a tour helicopter into a river: "killing all six people on board" against "his wife and their three children were on board", "Investigators on Friday began recovering"',
    a: hudsonTour2025,
    b: {
      id: 'b', publishedAt: '2025-04-11',
      text: 'Investigators on Friday began recovering the wreckage of a tour helicopter that crashed into the Hudson River, killing a Spanish family of five and their pilot. '
        + 'The New York Helicopter Tours flight lasted about 16 minutes, the Federal Aviation Administration said. Agustin Escobar, the head of Siemens in Spain, his wife and their three children were on board. '
        + 'The pilot was a 36-year-old Navy veteran.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'only-a' },
  },
  {
    // Two events: a tour helicopter that broke apart in 2025 against a helicopter and a plane that collided in 2009.
    name: 'two helicopter crashes on the Hudson sixteen years apart',
    a: hudsonTour2025,
    b: {
      id: 'b', publishedAt: '2009-08-09',
      text: 'A small plane and a sightseeing helicopter collided over the Hudson River on Saturday, killing all nine people aboard the two aircraft, New York Mayor Michael Bloomberg said. '
        + 'The Piper PA-32 had taken off from Teterboro Airport in New Jersey with three people on board, and the Eurocopter AS350 was carrying five Italian tourists and a pilot. '
        + 'Divers recovered seven bodies by Saturday night.',
    },
    same: false,
    expected: { aircraft: 'conflict', origin: 'conflict', location: 'partial', time: 'conflict', people: 'conflict', casualties: 'conflict', cause: 'only-b' },
  },
  {
    // On the day and the day after: a craft missing, then found; a search's day; a group whose fate a relative clause tells.
    name: 'a transport lost on approach in fog: "went missing on Tuesday while trying to land in the town of Palana" against "Rescuers on Wednesday found the bodies of some of the 28 people who died"',
    a: {
      id: 'a', publishedAt: '2021-07-06',
      text: 'A Russian An-26 passenger plane with 28 people on board went missing on Tuesday while trying to land in the town of Palana on the Kamchatka peninsula, officials said. '
        + 'The plane was flying from Petropavlovsk-Kamchatsky and lost contact shortly before it was due to land. '
        + 'There were 22 passengers, including one child, and six crew members on board, the emergencies ministry said. The head of Palana\'s local government, Olga Mokhireva, was among the passengers.',
    },
    b: {
      id: 'b', publishedAt: '2021-07-07',
      text: 'Rescuers on Wednesday found the bodies of some of the 28 people who died when an Antonov An-26 crashed into a cliff on Russia\'s Kamchatka peninsula, officials said. '
        + 'The wreckage of the plane, which was approaching Palana in heavy fog on Tuesday, was spotted by a helicopter on the side of a coastal cliff. Nobody survived, the regional governor said. '
        + 'Investigators are examining whether bad weather or pilot error caused the crash.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'only-b' },
  },
  {
    // On the day and the day after: two types named by code, by name and by the maker's old name.
    name: 'two navy helicopters in a mid-air collision: "An AW139 carrying seven people clipped the rotor of a Fennec with three aboard" against "The AgustaWestland AW139 and the Eurocopter Fennec"',
    a: {
      id: 'a', publishedAt: '2024-04-23',
      text: 'Two Malaysian navy helicopters collided in mid-air during a rehearsal for a naval parade in the town of Lumut on Tuesday, killing all 10 crew members on board, the navy said. '
        + 'An AW139 carrying seven people clipped the rotor of a Fennec with three aboard. The AW139 crashed at a stadium and the Fennec into a nearby swimming pool, video footage showed.',
    },
    b: {
      id: 'b', publishedAt: '2024-04-24',
      text: 'Ten naval personnel were killed when two helicopters collided over the Lumut naval base in Perak state on Tuesday. '
        + 'The AgustaWestland AW139 and the Eurocopter Fennec were rehearsing for the navy\'s 90th anniversary celebrations. '
        + 'Defence Minister Mohamad Hasan said an investigation had been ordered and that the victims\' families would be compensated.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-b', time: 'agree', people: 'only-a', casualties: 'partial', cause: 'agree' },
  },
  {
    // On the day and the day after: a load by two units, a town the aid lands in on its way to Gaza.
    name: 'an aid flight for Gaza: "30 tonnes of medical supplies" against "30 metric tons of medical aid", "flown ... to El Arish"',
    a: {
      id: 'a', publishedAt: '2023-10-21',
      text: 'A plane carrying 30 tonnes of medical supplies from the United Arab Emirates landed at El Arish airport in Egypt\'s Sinai on Saturday, to be trucked into Gaza through the Rafah crossing, Egyptian officials said. '
        + 'It was the third aid flight to reach El Arish this week. Twenty trucks entered Gaza through Rafah earlier on Saturday.',
    },
    b: {
      id: 'b', publishedAt: '2023-10-22',
      text: 'The UAE said on Sunday it had flown 30 metric tons of medical aid to El Arish, the Egyptian city closest to the Gaza Strip, on Saturday. '
        + 'The shipment, carried by an Emirati air force C-17, included medicines and surgical equipment for hospitals in Gaza. The aid will be taken into Gaza by the Egyptian Red Crescent.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'agree', cargo: 'agree', purpose: 'only-a' },
  },
  {
    // The same night: one airport by two names, a clock before midnight, a base in a town in a state.
    name: 'a deportation flight home: "landed at Maiquetia airport outside Caracas late on Monday" against "touched down at Simon Bolivar International Airport shortly before midnight", "from Fort Bliss in El Paso, Texas"',
    a: {
      id: 'a', publishedAt: '2025-02-11',
      text: 'Two planes carrying 190 Venezuelan migrants deported from the United States landed at Maiquetia airport outside Caracas late on Monday, the first such flights since President Donald Trump took office. '
        + 'Interior Minister Diosdado Cabello greeted the returnees on the tarmac. The flights were operated by the state airline Conviasa, Cabello said.',
    },
    b: {
      id: 'b', publishedAt: '2025-02-11',
      text: 'Venezuela\'s state airline Conviasa flew 190 migrants home from Fort Bliss in El Paso, Texas, on Monday, the government said. '
        + 'The two planes touched down at Simon Bolivar International Airport shortly before midnight. '
        + 'Washington and Caracas agreed to resume the flights after a visit to Venezuela by U.S. envoy Richard Grenell.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', time: 'partial', people: 'agree', actors: 'only-a' },
  },
  {
    // The same day: two aircraft, one lost; the dead by the craft's possessive; none hurt aboard the other.
    name: 'a collision over a national park: "killing its two occupants" against "Two people died", "Nobody on the Safarilink flight to Diani was hurt"',
    a: {
      id: 'a', publishedAt: '2024-03-05',
      text: 'A Safarilink passenger plane collided with a training aircraft over Nairobi National Park on Tuesday, and the smaller plane crashed, killing its two occupants, the Kenya Civil Aviation Authority said. '
        + 'The Dash 8, bound for Diani on the coast with 39 passengers and five crew, returned to Wilson Airport and landed safely. The authority said it had begun an investigation.',
    },
    b: {
      id: 'b', publishedAt: '2024-03-05',
      text: 'Two people died when a Cessna 172 of a flying school crashed into Nairobi National Park after colliding with a Safarilink Dash 8 shortly after both took off from Wilson Airport on Tuesday morning. '
        + 'Nobody on the Safarilink flight to Diani was hurt, the airline said. Wildlife rangers reached the wreckage within minutes.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'partial', location: 'agree', time: 'agree', people: 'only-a', casualties: 'partial', purpose: 'only-a', cause: 'agree' },
  },
  {
    // On the day and the day after: a province the gazetteer knows now. Left alone: b's "It was also carrying 6.5 billion
    // rupiah ($470,000) in cash" names no aircraft, so no cargo is read.
    name: 'a turboprop lost in the mountains of Papua: "carrying 54 people lost contact on Sunday" against "Villagers found the wreckage ... on Monday, a day after it disappeared"',
    a: {
      id: 'a', publishedAt: '2015-08-16',
      text: 'An Indonesian passenger plane carrying 54 people lost contact on Sunday during a short flight in the remote eastern province of Papua, officials said. '
        + 'The Trigana Air ATR 42-300 was flying from the provincial capital Jayapura to Oksibil, a 42-minute flight, when it lost contact with air traffic control about 30 minutes after take-off. '
        + 'There were 49 passengers, including five children, and five crew members on board, the transport ministry said. Bad weather was hampering the search.',
    },
    b: {
      id: 'b', publishedAt: '2015-08-17',
      text: 'Villagers found the wreckage of a Trigana Air turboprop in the mountains of Papua on Monday, a day after it disappeared with 54 people aboard, officials said. '
        + 'The ATR 42 had been flying to Oksibil from Jayapura. It was also carrying 6.5 billion rupiah ($470,000) in cash from the post office, meant as aid for poor families, an official said. '
        + 'Rescuers had yet to reach the site, and there was no word on survivors.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'agree', time: 'partial', people: 'partial' },
  },
  {
    // The night after and the day after: a fleet named beside the story's bomber; crew and airmen are counted apart.
    name: 'a bomber down on landing: "all four crew members ejected safely" against "The four airmen who ejected", "the Air Force\'s 45 remaining B-1 bombers"',
    a: {
      id: 'a', publishedAt: '2024-01-05',
      text: 'A U.S. Air Force B-1B bomber crashed while trying to land at Ellsworth Air Force Base in South Dakota late on Thursday, and all four crew members ejected safely, the base said. '
        + 'The aircraft was on a training mission. Two of the airmen were taken to hospital with minor injuries.',
    },
    b: {
      id: 'b', publishedAt: '2024-01-06',
      text: 'The four airmen who ejected from a B-1 Lancer that crashed during a training mission at Ellsworth Air Force Base near Rapid City on Thursday night were in good condition, the base said on Friday. '
        + 'The bomber was destroyed. Ellsworth is home to about two dozen of the Air Force\'s 45 remaining B-1 bombers.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'agree', time: 'agree', people: 'partial', casualties: 'only-a', purpose: 'agree' },
  },
  {
    // The same day: the first flight of a series, and the next one planned; a's "after the Hamas attack on Israel last
    // week" dates the attack the operation answers, shown in the time row as said by a only.
    name: 'an evacuation flight home: "The first chartered flight carrying 212 Indian nationals" against "A second flight, with 235 people on board, was expected"',
    a: {
      id: 'a', publishedAt: '2023-10-13',
      text: 'The first chartered flight carrying 212 Indian nationals from Israel landed in New Delhi early on Friday under Operation Ajay, which India launched after the Hamas attack on Israel last week. '
        + 'The passengers, many of them students, were received at the airport by officials. "We are happy to be home," one student said.',
    },
    b: {
      id: 'b', publishedAt: '2023-10-13',
      text: 'An Air India flight carrying 212 Indians from Tel Aviv arrived at Delhi airport on Friday morning, where they were received by junior minister Rajeev Chandrasekhar. '
        + 'A second flight, with 235 people on board, was expected to leave Tel Aviv later on Friday. India has said it will bring back all its citizens who want to leave Israel.',
    },
    same: true,
    expected: { origin: 'partial', destination: 'agree', time: 'partial', people: 'partial', actors: 'only-b' },
  },
  {
    // The same day: escorts and interceptors are no more of the story's bombers; neutral waters and no entry into an
    // airspace agree.
    name: 'bombers over a sea, told by both sides: "escorted by Su-30SM and Su-35S fighter jets" against "Japan scrambled fighter jets", "over the neutral waters" against "did not enter Japanese airspace"',
    a: {
      id: 'a', publishedAt: '2024-09-12',
      text: 'Two Tu-95MS strategic bombers carried out a scheduled flight over the neutral waters of the Sea of Japan lasting more than seven hours, the Russian defence ministry said on Thursday. '
        + 'The bombers were escorted by Su-30SM and Su-35S fighter jets. "All flights of the Russian Aerospace Forces are carried out in strict accordance with international rules," the ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2024-09-12',
      text: 'Japan scrambled fighter jets on Thursday after two Russian Tu-95 bombers flew over the Sea of Japan and the Pacific, Japan\'s defence ministry said. '
        + 'The bombers did not enter Japanese airspace, the ministry said. It was the second such flight this year.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'agree' },
  },
  {
    // The same day: a landing on the nose, told as an emergency landing and as a landing. Left alone: b's "The Boeing 767
    // from Paris" gives no departure (a type before "from" is no cue of a route).
    name: 'a cargo jet down on its nose: "no one was injured" against "No one was hurt", "flying from Paris Charles de Gaulle airport"',
    a: {
      id: 'a', publishedAt: '2024-05-08',
      text: 'A FedEx Boeing 767 cargo plane made an emergency landing on its nose at Istanbul Airport on Wednesday after its front landing gear failed to deploy, the Turkish transport ministry said. '
        + 'The plane, which was flying from Paris Charles de Gaulle airport, landed safely and no one was injured, the ministry said. The crew had warned the tower of the problem before the landing.',
    },
    b: {
      id: 'b', publishedAt: '2024-05-08',
      text: 'No one was hurt when a FedEx cargo jet landed without its nose gear in Istanbul on Wednesday, officials said. '
        + 'The Boeing 767 from Paris skidded down the runway on its nose, sending up a shower of sparks, video footage showed. The runway was closed for several hours.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-b', location: 'only-a', time: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // The day and the day after: two tolls of two scopes, each at least; the source of a toll given after it.
    name: 'strikes on an airport as a UN chief boarded: "At least two people were killed at the airport" against "which killed at least six people across Yemen, according to Houthi media"',
    a: {
      id: 'a', publishedAt: '2024-12-26',
      text: 'Israeli air strikes hit Sanaa international airport on Thursday as World Health Organization chief Tedros Adhanom Ghebreyesus was about to board a flight, the WHO chief said. '
        + 'A crew member of the UN plane was injured. At least two people were killed at the airport, Houthi-run media said.',
    },
    b: {
      id: 'b', publishedAt: '2024-12-27',
      text: 'Tedros said on Friday that he and his UN colleagues were safe after Israeli strikes on Sanaa airport, which killed at least six people across Yemen, according to Houthi media. '
        + 'One member of the plane\'s crew was injured. Israel said it had struck military infrastructure used by the Houthis at the airport and at ports on the Red Sea coast.',
    },
    same: true,
    expected: { aircraft: 'agree', time: 'partial', casualties: 'agree', cause: 'only-a' },
  },
  {
    // The same day: a type whose number reads like a year, a region and a town in it.
    name: 'two fighters in a mid-air collision: "a Sukhoi Su-30MKI and a Mirage 2000" against "a Mirage 2000 and a Su-30 collided in mid-air near Morena"',
    a: {
      id: 'a', publishedAt: '2023-01-28',
      text: 'Two Indian Air Force fighter jets, a Sukhoi Su-30MKI and a Mirage 2000, crashed in Madhya Pradesh state on Saturday during a training exercise, killing one pilot, the air force said. '
        + 'The two pilots of the Sukhoi ejected safely. An inquiry has been ordered.',
    },
    b: {
      id: 'b', publishedAt: '2023-01-28',
      text: 'An Indian Air Force pilot was killed when a Mirage 2000 and a Su-30 collided in mid-air near Morena on Saturday, officials said. The jets had taken off from Gwalior air base for an exercise. '
        + 'The Sukhoi\'s two pilots ejected and were taken to hospital.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', location: 'partial', time: 'agree', people: 'only-a', casualties: 'only-a', cause: 'only-b' },
  },
  {
    // The named before "and 11 other" are among the dead, 13 on both sides; the bodies flown to New Delhi the next
    // day are no destination of the flight.
    name: 'a general\'s helicopter down in the hills: "General Bipin Rawat, his wife and 11 other people were killed" against "his wife Madhulika and 11 other military personnel died", "Mi-17V5"',
    a: {
      id: 'a', publishedAt: '2021-12-08',
      text: 'NEW DELHI, Dec 8 (Reuters) - India\'s defence chief General Bipin Rawat, his wife and 11 other people were killed on Wednesday when their air force helicopter crashed in the southern state of Tamil Nadu, the air force said. '
        + 'The Russian-made Mi-17V5 helicopter was carrying 14 people from the Sulur air base to the Defence Services Staff College in Wellington, where Rawat was due to address officers, when it went down in a forested area near the town of Coonoor. '
        + 'The sole survivor, Group Captain Varun Singh, was being treated for his injuries at the military hospital in Wellington, the air force said. An inquiry has been ordered into the cause of the accident. '
        + 'Rawat, 63, became India\'s first Chief of Defence Staff in January 2020, after serving as army chief. '
        + 'Television footage showed the wreckage burning on a hillside as local residents tried to put out the flames.',
    },
    b: {
      id: 'b', publishedAt: '2021-12-09',
      text: 'NEW DELHI (AP) — The helicopter carrying India\'s top military officer lost contact with air traffic control at 12:08 p.m. on Wednesday, about seven minutes before it was due to land, Defence Minister Rajnath Singh told Parliament on Thursday. '
        + 'The Mi-17V5 had taken off from Sulur at 11:48 a.m. for Wellington, Singh said. Gen. Bipin Rawat, his wife Madhulika and 11 other military personnel died in the crash. '
        + 'Group Captain Varun Singh, the only survivor, is on life support at a military hospital in Bengaluru, the minister said. '
        + 'A tri-service inquiry led by Air Marshal Manavendra Singh has begun its investigation. '
        + 'The bodies were flown to New Delhi on Thursday evening, where Prime Minister Narendra Modi paid his respects at the Palam air base. Rawat will be cremated on Friday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'only-a', time: 'partial', people: 'only-a', casualties: 'agree', actors: 'only-b' },
  },
  {
    // The off-duty pilot is one more aboard (49); Newark's airport is in Newark; the pilots' report of ice is
    // theirs, not the house's.
    name: 'a commuter plane into a house: "44 passengers, four crew members and an off-duty pilot", "Newark, New Jersey" against "Newark Liberty International Airport"',
    a: {
      id: 'a', publishedAt: '2009-02-13',
      text: 'BUFFALO, New York (Reuters) - A commuter plane crashed into a house near Buffalo late on Thursday, killing all 49 people on board and one person on the ground, officials said. '
        + 'Continental Connection Flight 3407, operated by Colgan Air, was flying from Newark, New Jersey, to Buffalo when it went down in the suburb of Clarence Center at about 10:20 p.m. EST (0320 GMT Friday). '
        + 'The twin-engine Bombardier Dash 8 Q400 was carrying 44 passengers, four crew members and an off-duty pilot, the airline said. '
        + 'Among the dead was Beverly Eckert, whose husband was killed in the September 11 attacks. Two people in the house escaped with minor injuries. '
        + 'It was the first fatal crash of a U.S. commercial airliner since August 2006.',
    },
    b: {
      id: 'b', publishedAt: '2009-02-14',
      text: 'CLARENCE CENTER, N.Y. (AP) — The pilots of the commuter plane that plunged into a house near Buffalo reported significant ice buildup on the wings shortly before the crash, federal investigators said Friday. '
        + 'The Q400 turboprop fell nose first onto the house about five miles from Buffalo Niagara International Airport on Thursday night, killing 50 people, including a man inside the home. '
        + 'His wife and daughter got out. The flight data recorder showed the plane pitched up and then down sharply before it hit the ground, said Steve Chealander of the National Transportation Safety Board. '
        + 'Continental Airlines said the flight had left Newark Liberty International Airport at 9:20 p.m. Investigators were recovering remains from the wreckage on Friday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', location: 'partial', time: 'agree', people: 'only-a', casualties: 'agree' },
  },
  {
    // Monday is the day of Ju-Air's answer, not the crash's; the year of the build is an aside, so the
    // take-off on Saturday is the story's.
    name: 'a vintage plane into the Alps told two days on: "suspended all flights ... on Monday after one of them crashed", "built in Germany in 1939"',
    a: {
      id: 'a', publishedAt: '2018-08-05',
      text: 'ZURICH (Reuters) - A vintage Junkers Ju-52 plane crashed into a mountainside in the Swiss Alps on Saturday, killing all 20 people on board, police said on Sunday. '
        + 'The plane, operated by Ju-Air, was returning from a two-day trip to the southern canton of Ticino to Duebendorf military airfield near Zurich when it crashed on the Piz Segnas mountain at an altitude of about 2,540 metres. '
        + 'The 17 passengers and three crew members were all killed, police said. The passengers were 11 men and six women aged between 42 and 84, including an Austrian couple and their son. '
        + 'The cause of the crash was not yet known, but there was no indication of a collision with a cable or another aircraft.',
    },
    b: {
      id: 'b', publishedAt: '2018-08-06',
      text: 'Ju-Air suspended all flights of its three vintage planes on Monday after one of them crashed in eastern Switzerland, killing 20 people. '
        + 'The Junkers Ju 52, built in Germany in 1939, had taken off from Locarno at 4:14 p.m. on Saturday and was due to land at Duebendorf, investigators said. '
        + 'The 79-year-old aircraft hit the ground almost vertically and at high speed, said Daniel Knecht of the Swiss Transportation Safety Investigation Board. '
        + 'It was the worst air accident in Switzerland since 2001, when a Crossair jet crashed near Zurich, killing 24 people. '
        + 'The victims included two pilots, a flight attendant and 17 passengers, most of them Swiss.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'only-b', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-a' },
  },
  {
    // The salvage on Tuesday dates no sentence, so the overrun late on Sunday is b's story; the passengers
    // the closed runway stranded are none of those aboard.
    name: 'a runway overrun told two days on: "on Tuesday were still trying to remove a Korean Air jetliner that overshot a runway", "stranded thousands of passengers"',
    a: {
      id: 'a', publishedAt: '2022-10-24',
      text: 'MANILA, Oct 24 (Reuters) - A Korean Air Lines Airbus A330 with 173 people on board overshot the runway while landing in bad weather at Mactan-Cebu International Airport in the central Philippines late on Sunday, but no one was hurt, officials said. '
        + 'Flight KE631 from Seoul\'s Incheon airport had attempted to land twice before it overran the runway on its third attempt at around 11:07 p.m., the Civil Aviation Authority of the Philippines said. '
        + 'All 162 passengers and 11 crew members were evacuated using the emergency slides. '
        + 'The airport\'s only runway was closed, forcing the cancellation of dozens of domestic and international flights on Monday. '
        + 'Korean Air president Woo Kee-hong apologised to the passengers and said the airline would cooperate with the investigation.',
    },
    b: {
      id: 'b', publishedAt: '2022-10-25',
      text: 'CEBU, Philippines (AP) — Airport authorities on Tuesday were still trying to remove a Korean Air jetliner that overshot a runway in the central Philippines, which has stranded thousands of passengers. '
        + 'The Airbus A330-300 with 162 passengers and 11 crew skidded off the runway in stormy weather late Sunday and came to rest in a grassy area with its nose wheel broken. No one was injured. '
        + 'More than 50 flights were cancelled on Monday and Tuesday at Mactan-Cebu International Airport, the second-busiest in the country. '
        + 'Korean Air said it would send a team from Seoul to help with the salvage.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // A toll that rose and a count b took back; the clock time in brackets keeps its sentence whole.
    name: 'a crash in a typhoon\'s wake told the next day: "killing 47 people and injuring 11" against "rose to 48" and "correcting an earlier count of 11 injured", "7 p.m. (1100 GMT)"',
    a: {
      id: 'a', publishedAt: '2014-07-23',
      text: 'TAIPEI, July 23 (Reuters) - A TransAsia Airways plane crashed while attempting an emergency landing in bad weather on Taiwan\'s Penghu island on Wednesday, killing 47 people and injuring 11, the government said. '
        + 'The ATR 72 turboprop, flying from the southern city of Kaohsiung with 54 passengers and four crew on board, crashed into houses near Magong airport at about 7 p.m. (1100 GMT), setting two homes on fire. '
        + 'Typhoon Matmo had swept across Taiwan earlier in the day, bringing heavy rain. Two French passengers were among those on board, the transport ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2014-07-24',
      text: 'MAGONG, Taiwan (AP) — The death toll from the crash of a TransAsia Airways plane on a Taiwanese island rose to 48 on Thursday, as investigators began examining the flight recorders. '
        + 'Ten people survived Wednesday evening\'s crash of Flight GE222 in the Penghu islands, the Civil Aeronautics Administration said, correcting an earlier count of 11 injured. '
        + 'Five people on the ground were also hurt when the plane hit houses in the village of Xixi. The pilot had asked to make a second approach after the first attempt to land failed, officials said. '
        + 'Taiwanese President Ma Ying-jeou called it a sad day for aviation in Taiwan.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'only-a' },
  },
  {
    // A toll revised down the next day is a count of another moment, dated by its statement; a suburb of Kyiv
    // is near it, no rival place for Brovary.
    name: 'a minister\'s helicopter into a suburb: "18 people, including three children" against "revised the death toll ... to 14, ..., down from 18", "in a Kyiv suburb"',
    a: {
      id: 'a', publishedAt: '2023-01-18',
      text: 'KYIV, Jan 18 (Reuters) - Ukraine\'s interior minister, Denys Monastyrskyi, was among 18 people, including three children, killed when a helicopter crashed near a kindergarten in a Kyiv suburb on Wednesday, officials said. '
        + 'The helicopter came down in fog in Brovary, on the eastern edge of the capital, at about 8:20 a.m. (0620 GMT), regional governor Oleksiy Kuleba said. '
        + 'Nine people were on board the State Emergency Service helicopter, including Monastyrskyi, his first deputy Yevhen Yenin and state secretary Yuriy Lubkovych. '
        + 'Twenty-nine people, including 15 children, were injured, Kuleba said. There was no immediate indication that the crash was anything other than an accident.',
    },
    b: {
      id: 'b', publishedAt: '2023-01-19',
      text: 'KYIV (AP) — Ukrainian authorities on Thursday revised the death toll from the helicopter crash in Brovary to 14, including one child, down from 18 given earlier. '
        + 'The Super Puma helicopter, carrying Interior Minister Denys Monastyrskyi and eight others, crashed on Wednesday morning near a kindergarten, killing all nine people on board and five people on the ground. '
        + 'Investigators were looking at a technical fault, a violation of flight rules and sabotage as possible causes, the Security Service of Ukraine said. '
        + 'The minister had been flying to a front-line area in the east, President Volodymyr Zelenskyy said.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // The manifest b revised is a real difference, as in the other revised manifests; the reach of the
    // wreckage on Monday is a search's day.
    name: 'a turboprop into the Zagros told the next day: "killing all 66 people on board" against "revising the number of those aboard from 66 to 65", "in the Zagros range"',
    a: {
      id: 'a', publishedAt: '2018-02-18',
      text: 'TEHRAN (Reuters) - An Iranian passenger plane crashed in a mountainous area of southern Iran on Sunday, killing all 66 people on board, the airline said. '
        + 'The Aseman Airlines ATR 72 turboprop was flying from Tehran to the city of Yasuj when it came down near the town of Semirom in Isfahan province, about 50 minutes after take-off. '
        + 'The plane was carrying 60 passengers, including one child, and six crew members, a spokesman for the airline told state television. '
        + 'Bad weather hampered rescue helicopters from reaching the crash site on Mount Dena, the Red Crescent said.',
    },
    b: {
      id: 'b', publishedAt: '2018-02-19',
      text: 'DUBAI (Reuters) - Iranian rescue teams on Monday reached the wreckage of a passenger plane that crashed into a mountain in the Zagros range, a day after the Aseman Airlines flight went down with 65 people on board. '
        + 'The airline said one passenger had missed the flight, revising the number of those aboard from 66 to 65. '
        + 'Search teams found the ATR 72 at an altitude of about 4,000 metres on Mount Dena, state media reported. '
        + 'The plane had left Tehran\'s Mehrabad airport at 8 a.m. on Sunday for Yasuj, some 500 km to the south. No bodies had been recovered by Monday evening because of heavy snow.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'conflict', casualties: 'only-a', purpose: 'only-a', cause: 'partial' },
  },
  {
    // An age is no count; the girl's flight home is a plan, which does not date b's story; the passengers' first
    // leg from Paris ends where the crashed flight set off.
    name: 'a jet into the sea with one survivor: "A girl aged about 12 was rescued" against "the sole known survivor", "is expected to be flown home to Paris ... on Thursday"',
    a: {
      id: 'a', publishedAt: '2009-06-30',
      text: 'MORONI, June 30 (Reuters) - A Yemeni Airbus A310 with 153 people on board crashed into the Indian Ocean as it tried to land in bad weather in the Comoros islands early on Tuesday, and a child was found alive, officials said. '
        + 'Yemenia flight 626 was flying from the Yemeni capital Sanaa to Moroni, the capital of the Comoros, with 142 passengers and 11 crew. '
        + 'Many of the passengers had flown from Paris and Marseille to Sanaa, where they changed planes. A girl aged about 12 was rescued from the sea and taken to hospital, an official at the airport said. '
        + 'Rescuers had found no other survivors by Tuesday evening.',
    },
    b: {
      id: 'b', publishedAt: '2009-07-01',
      text: 'PARIS (AP) — A 12-year-old girl who clung to wreckage in the sea for more than 13 hours is the sole known survivor of the Yemenia jet crash off the Comoros, French officials said Wednesday. '
        + 'Bahia Bakari was pulled from the water by rescuers on Tuesday, many hours after the Airbus A310 plunged into the Indian Ocean with 153 people aboard. '
        + 'Her mother, who was travelling with her, was among the dead. French officials said 66 French citizens were on board. '
        + 'The jet had made a stopover in Sanaa, where passengers from France boarded the older A310 for the last leg to Moroni. '
        + 'Bahia is expected to be flown home to Paris on a French government plane on Thursday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'agree', time: 'agree', people: 'partial', casualties: 'agree', cause: 'only-a' },
  },
  {
    // One described and seven others are the eight dead; the flight data recorder recovered on Friday is a
    // search's day.
    name: 'a general\'s Black Hawk down in the mountains: "among eight people killed" against "killing the island\'s chief of general staff and seven other officers", "13 people on board"',
    a: {
      id: 'a', publishedAt: '2020-01-02',
      text: 'TAIPEI (Reuters) - Taiwan\'s top military officer, General Shen Yi-ming, was among eight people killed when a Black Hawk helicopter crashed in mountains near Taipei on Thursday, the defence ministry said. '
        + 'The UH-60M had taken off from the Songshan air base in Taipei with 13 people on board and was heading to the Dongao military base in the northeastern county of Yilan, where Shen was due to visit troops ahead of the Lunar New Year. '
        + 'It lost contact with the base shortly after take-off and made an emergency landing in a mountainous area of New Taipei, the ministry said. Five people survived. '
        + 'President Tsai Ing-wen, who is campaigning for re-election in elections on Jan. 11, suspended her campaign activities for three days.',
    },
    b: {
      id: 'b', publishedAt: '2020-01-03',
      text: 'TAIPEI, Taiwan (AP) — Investigators on Friday recovered the flight data recorder of the military helicopter that crashed in the mountains outside Taiwan\'s capital a day earlier, killing the island\'s chief of general staff and seven other officers. '
        + 'The Black Hawk went down in Wulai district at 8:07 a.m. on Thursday, 13 minutes after it left Songshan, the defence ministry said. '
        + 'The five survivors, including two pilots\' assistants, were in stable condition in hospital. Gen. Shen Yi-ming, 62, had become chief of the general staff last July. '
        + 'The ministry said there was no sign of sabotage and that weather was being looked at as a possible factor.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // A real difference of the count aboard (b's 118 is wrong) stays a conflict; the troops that secured the
    // wreckage on Friday date no sentence; the French dead 'revising an earlier figure of 51' take it back.
    name: 'a jet lost over the Sahara: "carrying 116 people" against "with 118 people aboard", "MD-83" against "McDonnell Douglas MD-83"',
    a: {
      id: 'a', publishedAt: '2014-07-24',
      text: 'PARIS/ALGIERS (Reuters) - An Air Algerie flight carrying 116 people, including 51 French nationals, disappeared over Mali early on Thursday less than an hour after taking off from Ouagadougou in Burkina Faso, and is believed to have crashed, officials said. '
        + 'Flight AH5017 was on its way to Algiers when it lost contact with air navigation services at about 0155 GMT. '
        + 'The MD-83, leased from Spanish airline Swiftair, had 110 passengers and six crew on board, the Algerian state news agency APS said. '
        + 'The crew had asked to change course because of a storm, Burkina Faso\'s transport minister told reporters.',
    },
    b: {
      id: 'b', publishedAt: '2014-07-25',
      text: 'GOSSI, Mali (AP) — French soldiers on Friday secured the scattered wreckage of an Air Algerie plane in the Gossi region of Mali, where it came down in a sandstorm with 118 people aboard. '
        + 'French President Francois Hollande said there were no survivors. The McDonnell Douglas MD-83 had left Ouagadougou for Algiers at 1:17 a.m. on Thursday and vanished from radar about 50 minutes later. '
        + 'Hollande said 54 French citizens were among the dead, revising an earlier figure of 51. The black boxes had been found, he said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'conflict', casualties: 'only-b', cause: 'agree' },
  },
  {
    // Tonnes and tons of one load agree; the country's toll of the outbreak, beside its cases, is no casualty
    // of the flight.
    name: 'medical aid flown to Rome: "31 tonnes of medical supplies" against "some 30 tons of medical equipment", "arrived in Rome late on Thursday" against "landed at Rome\'s Fiumicino airport overnight"',
    a: {
      id: 'a', publishedAt: '2020-03-13',
      text: 'ROME (Reuters) - A team of nine Chinese medical experts arrived in Rome late on Thursday with 31 tonnes of medical supplies to help Italy fight the coronavirus outbreak, Italy\'s foreign minister said. '
        + 'The China Eastern Airlines flight from Shanghai carried ventilators, masks, electrocardiographs and other equipment, Luigi Di Maio said on Facebook. '
        + 'The experts, from the Chinese Red Cross and the Sichuan province health commission, had helped contain the outbreak in China, he said. '
        + 'Italy has reported more than 12,000 cases and 827 deaths, the highest toll outside China.',
    },
    b: {
      id: 'b', publishedAt: '2020-03-13',
      text: 'ROME (AP) — A charter flight carrying Chinese doctors and some 30 tons of medical equipment landed at Rome\'s Fiumicino airport overnight, a gesture of help from Beijing as Italy struggles with the worst outbreak of the virus in Europe. '
        + 'The plane left Shanghai on Thursday with the nine doctors and nurses on board, Chinese state media said. '
        + 'Italian officials said the equipment included respirators and masks, which hospitals in the north have run short of. China sent a similar team to Iran last month.',
    },
    same: true,
    expected: { aircraft: 'only-b', origin: 'agree', destination: 'agree', time: 'agree', people: 'only-b', cargo: 'partial' },
  },
  {
    // The operation's running total is no count of one flight; 'no way to reach Port Sudan' is no destination;
    // the initial after a post keeps its sentence whole.
    name: 'two evacuations of one operation: a ship of 278 from Port Sudan against a C-130J of 121 from Wadi Seidna, "foreign minister S. Jaishankar said"',
    a: {
      id: 'a', publishedAt: '2023-04-25',
      text: 'NEW DELHI, April 25 (Reuters) - India has begun evacuating its citizens from Sudan, with a first group of 278 people leaving Port Sudan aboard a naval ship bound for the Saudi city of Jeddah, the foreign ministry said on Tuesday. '
        + 'Two Indian Air Force C-130J transport aircraft are on standby in Jeddah to fly people out, foreign minister S. Jaishankar said. '
        + 'About 3,000 Indians are believed to be in Sudan, where fighting between the army and a paramilitary force has killed more than 400 people. The operation has been named Operation Kaveri.',
    },
    b: {
      id: 'b', publishedAt: '2023-04-29',
      text: 'NEW DELHI (AP) — An Indian Air Force C-130J evacuated 121 people from a small airstrip at Wadi Seidna, north of Khartoum, landing in darkness without runway lights, the air force said on Saturday. '
        + 'The plane flew the evacuees to Jeddah late on Thursday, from where Indians are being flown home on commercial and air force flights. '
        + 'The evacuees included a pregnant woman and people who had no way to reach Port Sudan, the air force said. India has brought more than 2,000 of its citizens out of Sudan so far under Operation Kaveri.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', people: 'partial' },
  },
  {
    // The manifest b revised is a real difference, as in the other revised manifests, so people and
    // casualties conflict; the wreckage examined on Friday is a search's day.
    name: 'a turboprop into a hillside told the next day: "with 49 people on board" against "revised the number of people aboard from 49 to 48", "the far eastern Amur region"',
    a: {
      id: 'a', publishedAt: '2025-07-24',
      text: 'MOSCOW, July 24 (Reuters) - A Russian An-24 passenger plane with 49 people on board crashed in the far eastern Amur region on Thursday, killing everyone on board, local officials said. '
        + 'The Angara Airlines plane disappeared from radar as it approached the town of Tynda, near the Chinese border, on a flight from Blagoveshchensk. '
        + 'A rescue helicopter spotted the burning fuselage on a forested hillside about 16 km (10 miles) from Tynda, the emergencies ministry said. '
        + 'Regional governor Vasily Orlov said 43 passengers, including five children, and six crew were on board. The plane had made a first attempt to land before it went around and lost contact.',
    },
    b: {
      id: 'b', publishedAt: '2025-07-25',
      text: 'TYNDA, Russia (AP) — Investigators on Friday examined the wreckage of a Soviet-era passenger plane that crashed in Russia\'s Far East, killing all 48 people on board. '
        + 'The Amur region\'s governor revised the number of people aboard from 49 to 48, saying 42 passengers and six crew members had been on the Antonov An-24 when it hit a hillside while making a second approach to Tynda in poor visibility on Thursday. '
        + 'The plane, built in 1976, had passed its technical inspection, Angara Airlines said. Russia\'s Investigative Committee opened a criminal case into violations of air safety rules.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'partial', people: 'conflict', casualties: 'conflict', cause: 'only-b' },
  },
  {
    // The group's claim is its own, and the airline's word rules out two causes and keeps one; b's Monday is
    // its statement's day.
    name: 'a jet down in the Sinai, told the next days: "Islamic State\'s Sinai branch said it had brought the plane down" against "ruling out technical failure and pilot error"',
    a: {
      id: 'a', publishedAt: '2015-10-31',
      text: 'CAIRO (Reuters) - A Russian airliner carrying 224 people crashed in a mountainous area of Egypt\'s Sinai peninsula on Saturday, killing everyone on board, Egyptian officials said. '
        + 'The Airbus A321, operated by Russian airline Kogalymavia under the brand name Metrojet, was flying from the Red Sea resort of Sharm el-Sheikh to St Petersburg when it disappeared from radar 23 minutes after take-off. '
        + 'Islamic State\'s Sinai branch said it had brought the plane down, but Egyptian officials said it was not possible to shoot down an aircraft at that altitude. '
        + 'Most of the 217 passengers were Russian tourists, and there were seven crew members.',
    },
    b: {
      id: 'b', publishedAt: '2015-11-02',
      text: 'MOSCOW (AP) — The Russian airline whose jet crashed in Egypt\'s Sinai desert said on Monday that only an external impact could explain why the plane broke up in mid-air, ruling out technical failure and pilot error. '
        + 'Metrojet Flight 9268 went down on Saturday in the Hassana area of central Sinai, 23 minutes after leaving Sharm el-Sheikh for St. Petersburg, killing all 224 people aboard. '
        + 'Russia\'s transport minister said it was premature to say what had caused the crash and dismissed a claim by militants that they had downed the plane. The first bodies were flown to St. '
        + 'Petersburg on Monday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'partial' },
  },
  {
    // Rescuers on Monday pulled bodies from the jet that slammed into the neighbourhood: a search's day; the
    // Iju-Ishaga neighbourhood is a part of Lagos.
    name: 'a jet into a Lagos neighbourhood told the next day: "killing everyone on board" against "the death toll rose to 163, including 10 people on the ground"',
    a: {
      id: 'a', publishedAt: '2012-06-03',
      text: 'LAGOS, June 3 (Reuters) - A passenger plane carrying 153 people crashed into a densely populated area of Nigeria\'s commercial capital Lagos on Sunday, killing everyone on board, officials said. '
        + 'The Dana Air MD-83 was flying from the capital Abuja when it came down in the Iju-Ishaga neighbourhood shortly before landing, setting a printing press and several homes on fire. '
        + 'The pilot had reported engine trouble minutes before the crash, an aviation official said. It was not clear how many people were killed on the ground.',
    },
    b: {
      id: 'b', publishedAt: '2012-06-04',
      text: 'LAGOS, Nigeria (AP) — Rescuers on Monday pulled more bodies from the charred wreckage of a passenger jet that slammed into a neighbourhood of Lagos, as the death toll rose to 163, including 10 people on the ground. '
        + 'All 153 people aboard the Dana Air flight from Abuja were killed when the McDonnell Douglas MD-83 crashed on Sunday afternoon. President Goodluck Jonathan declared three days of national mourning. '
        + 'Aviation officials suspended the airline\'s operating licence on Monday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // A flight by its number between the group and its fate; the passengers returning home from jobs in the
    // Gulf name no destination; the recorder recovered on Sunday is a search's day.
    name: 'a jet off a tabletop runway told the next day: "killing at least 158 people" against "All but eight of the 166 people on board Flight 812 from Dubai were killed"',
    a: {
      id: 'a', publishedAt: '2010-05-22',
      text: 'MANGALORE, India, May 22 (Reuters) - An Air India Express jet from Dubai overshot a hilltop runway while landing in the southern Indian city of Mangalore on Saturday, plunged into a gorge and burst into flames, killing at least 158 people, officials said. '
        + 'The Boeing 737-800 was carrying 160 passengers, including four infants, and six crew members. Eight people survived, some of them by jumping from the burning plane. '
        + 'The weather was clear at the time of the crash, shortly after 6 a.m. (0030 GMT), an airport official said. Most of the passengers were Indians returning home from jobs in the Gulf.',
    },
    b: {
      id: 'b', publishedAt: '2010-05-23',
      text: 'MANGALORE, India (AP) — Investigators on Sunday recovered the cockpit voice recorder of the Air India Express jet that crashed at Mangalore airport, as relatives gathered at a hospital to identify the dead. '
        + 'All but eight of the 166 people on board Flight 812 from Dubai were killed on Saturday when the plane overran the runway and plunged down a wooded slope. '
        + 'The survivors, several of them badly burned, were being treated at a hospital in Mangalore. '
        + 'Civil aviation minister Praful Patel said the pilot, a Serbian national with more than 10,000 hours of flying experience, had been cleared to land.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'only-b', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // On the day and the next: a toll that rose from one to three, and the pilots under investigation, a part of the crew.
    name: 'a jet off a runway told the next day: "A Pegasus Airlines plane" is no KC-46, "the two pilots" against "six crew members"',
    a: {
      id: 'a', publishedAt: '2020-02-05',
      text: 'ISTANBUL (Reuters) - A Pegasus Airlines plane skidded off the runway while landing at Istanbul\'s Sabiha Gokcen airport on Wednesday and broke into three pieces, killing one person and injuring 157, Turkish officials said. '
        + 'The Boeing 737, flying from the western city of Izmir, was carrying 177 passengers and six crew members, Transport Minister Mehmet Cahit Turhan told reporters at the scene. '
        + 'The plane overshot the runway in heavy rain and strong tailwinds and plunged about 50 metres down an embankment, Istanbul Governor Ali Yerlikaya said. '
        + 'Television footage showed passengers climbing out through a gap in the fuselage as rescue workers hosed down the wreckage. '
        + '"There was no fire but a fuel leak was seen," Yerlikaya said, adding that all the injured had been taken to hospitals. '
        + 'Sabiha Gokcen airport, on the Asian side of the city, was closed and flights were diverted to Istanbul Airport. '
        + 'Pegasus said in a statement it was working with the authorities and had set up an emergency centre.',
    },
    b: {
      id: 'b', publishedAt: '2020-02-06',
      text: 'ISTANBUL (AP) - The death toll from the crash of a Pegasus Airlines jet that skidded off a runway in Istanbul rose to three on Thursday, Health Minister Fahrettin Koca said, as investigators began examining the flight recorders. '
        + 'Koca said 179 people were injured, several of them seriously. '
        + 'The Boeing 737-800 with 183 people on board was landing at Sabiha Gokcen airport on Wednesday evening after a flight from Izmir when it slid off the runway, fell into a ditch and split apart. '
        + 'All three victims were Turkish citizens, Koca said. Prosecutors have opened an investigation into the two pilots, the state-run Anadolu news agency reported. '
        + 'Hours before the crash, another plane had skidded off the same runway in the rain, and the airport had warned pilots of strong winds. The airport reopened on Thursday morning.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', time: 'agree', people: 'partial', casualties: 'partial', cause: 'agree' },
  },
  {
    // A real difference of the count aboard, which b gives as a correction: kept as a conflict, and said so.
    // A survivor quoted is no count of survivors; "the Boeing 737-800 from Istanbul" is where it set off.
    name: 'a jet short of the runway told the next day: "just short of Amsterdam\'s Schiphol airport", "said one survivor", a count "revising its earlier figure"',
    a: {
      id: 'a', publishedAt: '2009-02-25',
      text: 'AMSTERDAM (Reuters) - A Turkish Airlines plane carrying 134 people crashed into a muddy field just short of Amsterdam\'s Schiphol airport on Wednesday, breaking into three pieces and killing at least nine people, Dutch officials said. '
        + 'More than 50 people were injured, 25 of them seriously, a spokesman for the Dutch safety board said. '
        + 'The Boeing 737-800, flight TK1951 from Istanbul, came down about a kilometre from the runway at around 10:40 a.m. (0940 GMT). '
        + 'Passengers walked away from the wreckage, which did not catch fire, and some used their mobile phones to call for help. '
        + '"It was a miracle," said one survivor, who said the plane had dropped suddenly just before landing. Turkish Airlines said there were 127 passengers and seven crew members on board. '
        + 'The cause of the crash was not immediately known; the weather at the time was misty but calm.',
    },
    b: {
      id: 'b', publishedAt: '2009-02-26',
      text: 'AMSTERDAM (AP) - The three pilots of the Turkish Airlines jet that crashed near Amsterdam\'s Schiphol airport were among the nine people killed, the airline said on Thursday, as Dutch investigators began reading the flight recorders. '
        + 'Eighty-four people were taken to hospitals after the Boeing 737-800 from Istanbul plunged into a field on Wednesday morning and broke apart, Dutch officials said. '
        + 'The plane was carrying 135 people, including 128 passengers and seven crew, the airline said, revising its earlier figure. '
        + 'Dutch safety board chief Pieter van Vollenhoven said the plane had fallen almost vertically, which suggested it had lost speed on its approach. '
        + 'Turkish officials said there was no sign of a bomb or of terrorism. Most of the passengers were Turkish, and four Americans were among the dead.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'agree', time: 'partial', people: 'conflict', casualties: 'partial' },
  },
  {
    // Witnesses' engine fire in a, ruled out by investigators in b: a real conflict of causes. Left alone: the prime minister who
    // "flew to Madrid" is read as a destination of a.
    name: 'a jet down on take-off told two days on: "bound for the Canary Islands" against "a flight to Gran Canaria", an engine fire "ruled out"',
    a: {
      id: 'a', publishedAt: '2008-08-20',
      text: 'MADRID (Reuters) - A Spanair plane bound for the Canary Islands crashed on take-off at Madrid\'s Barajas airport on Wednesday, killing 153 people in Spain\'s worst air disaster in 25 years, officials said. '
        + 'Nineteen people survived, several of them with serious burns, the government said. '
        + 'The MD-82, flight JK5022 to Las Palmas de Gran Canaria, was carrying 166 passengers and six crew members, Spanair said. '
        + 'Witnesses said the plane\'s left engine caught fire as it tried to take off at about 2:45 p.m. (1245 GMT), and the aircraft veered off the runway and broke up. '
        + 'The plane had turned back to the gate an hour earlier because of a technical problem, a Spanair spokesman said. Prime Minister Jose Luis Rodriguez Zapatero cut short his holiday and flew to Madrid.',
    },
    b: {
      id: 'b', publishedAt: '2008-08-22',
      text: 'MADRID (AP) - The death toll from Wednesday\'s Spanair crash in Madrid rose to 154 on Friday after one of the 19 survivors died in hospital, officials said. '
        + 'Investigators said they had ruled out an engine fire as the cause, contradicting early witness accounts, and were examining whether the wing flaps had been set correctly for take-off. '
        + 'The McDonnell Douglas MD-82 was carrying 172 people on a flight to Gran Canaria when it crashed shortly after leaving the ground at Barajas airport. '
        + 'The pilots had aborted an earlier attempt to take off after a sensor showed an overheating air intake, Spanair said. Spain declared three days of national mourning. '
        + 'Forensic teams have so far identified 120 of the victims, many of them burned beyond recognition.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'partial', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'conflict' },
  },
  {
    // A difference of the count aboard, which b gives as a correction of a's figure. Left alone: the business jet's own route
    // ("flown from Sao Jose dos Campos to the United States") is read beside the airliner's.
    name: 'a mid-air collision over the Amazon: "155 people on board" against "All 154 people ..., revising the toll from 155", the Legacy that landed',
    a: {
      id: 'a', publishedAt: '2006-09-30',
      text: 'BRASILIA (Reuters) - A Brazilian airliner with 155 people on board crashed in the Amazon jungle on Friday after colliding in mid-air with a small executive jet, and rescuers found no sign of survivors, officials said on Saturday. '
        + 'The Gol Airlines Boeing 737-800, flight 1907 from Manaus to Brasilia and Rio de Janeiro, disappeared from radar over the northern state of Mato Grosso late on Friday afternoon. '
        + 'The Embraer Legacy 600 business jet it struck made an emergency landing at the Cachimbo air force base with its seven occupants unhurt, including two American pilots. '
        + 'Air force helicopters spotted the wreckage on Saturday in dense forest about 200 km from Cachimbo. "There is no chance that anyone survived," an air force spokesman said. '
        + 'The Legacy, brand new, was being flown from Sao Jose dos Campos to the United States by its American owner.',
    },
    b: {
      id: 'b', publishedAt: '2006-10-02',
      text: 'SAO PAULO (AP) - Brazilian police seized the passports of the two American pilots of an executive jet that collided with a Gol airliner over the Amazon, as investigators tried to work out why the two planes were flying at the same altitude. '
        + 'All 154 people on the Boeing 737 were killed on Friday in Brazil\'s worst air disaster, officials said, revising the toll from 155 after a passenger turned out not to have boarded. '
        + 'The Legacy landed safely at a military base with damage to its wing and tail. Soldiers on Sunday recovered the first bodies from the jungle, where the airliner had broken apart and plunged nose first. '
        + 'The pilots, Joseph Lepore and Jan Paladino, said they had been cleared to fly at 37,000 feet. The Gol flight had left Manaus for Rio de Janeiro with a stop in Brasilia.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', location: 'partial', time: 'partial', people: 'partial', casualties: 'only-b', cause: 'agree' },
  },
  {
    // On the day: 12 crew and no count of passengers; the next day: 122 aboard and a toll of 141 with the dead on the ground.
    name: 'a transport into a city told the next day: "heading to Tanjung Pinang in the Riau Islands", "the crash of an Indonesian air force Hercules transport plane into a residential neighbourhood of Medan"',
    a: {
      id: 'a', publishedAt: '2015-06-30',
      text: 'MEDAN, Indonesia (Reuters) - An Indonesian military transport plane crashed into a residential area of the city of Medan on Tuesday shortly after taking off, killing at least 30 people, officials said. '
        + 'The C-130 Hercules had left the Soewondo air force base in Medan and was heading to Tanjung Pinang in the Riau Islands when it went down, an air force spokesman said. '
        + 'It was carrying 12 crew members, the spokesman said, and it was not clear how many passengers were on board. '
        + 'Television footage showed the burning wreckage of the plane among collapsed buildings and a crowd gathered in the street. '
        + 'The pilot had asked to return to base because of engine trouble shortly before the crash, an air force official said.',
    },
    b: {
      id: 'b', publishedAt: '2015-07-01',
      text: 'MEDAN, Indonesia (AP) - The death toll from the crash of an Indonesian air force Hercules transport plane into a residential neighbourhood of Medan rose to 141 on Wednesday, including people on the ground, officials said. '
        + 'The four-engine C-130 was carrying 122 people, most of them military personnel and their families, according to the air force, which revised its figure up from 113. '
        + 'Rescuers were still searching the rubble of a massage parlour and several houses hit by the plane for more bodies. '
        + 'Air force chief Agus Supriatna said the 51-year-old plane had been in good condition, and that investigators would examine whether an engine problem was to blame. '
        + 'President Joko Widodo ordered a review of the military\'s ageing fleet. Critics have questioned why civilians were flying on a military plane.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'partial', casualties: 'agree', cause: 'agree' },
  },
  {
    // The search's Monday is no day of the crash; the Sunday b gives is.
    name: 'a jet that flew on its own told the next day: "searched the wreckage ... on Monday for clues to why the pilots ... lost consciousness before the plane crashed", "with a stop in Athens" against "via Athens"',
    a: {
      id: 'a', publishedAt: '2005-08-14',
      text: 'ATHENS (Reuters) - A Cypriot airliner carrying 121 people crashed into a hillside north of Athens on Sunday, killing everyone on board, Greek officials said. '
        + 'The Helios Airways Boeing 737, flying from Larnaca to Prague with a stop in Athens, lost contact with air traffic controllers shortly after entering Greek airspace. '
        + 'Two Greek F-16 fighter jets were scrambled to intercept it, and their pilots saw the co-pilot slumped over the controls, a defence ministry official said. '
        + 'The plane circled for more than two hours before it went down near the village of Grammatiko, about 40 km northeast of the capital. '
        + 'Government spokesman Theodoros Roussopoulos said a terrorist attack was considered unlikely. Officials said the plane may have lost cabin pressure.',
    },
    b: {
      id: 'b', publishedAt: '2005-08-15',
      text: 'ATHENS (AP) - Investigators searched the wreckage of a Cypriot jetliner on Monday for clues to why the pilots apparently lost consciousness before the plane crashed near Athens, killing all 115 passengers and six crew members. '
        + 'Autopsies on some of the victims showed they had been alive when the Helios Airways jet hit the ground on Sunday, a coroner said. '
        + 'The Boeing 737-300 had taken off from Larnaca in Cyprus bound for Prague, via Athens. A text message reportedly sent by one passenger said the pilot had turned blue. '
        + 'Cyprus declared three days of mourning, and relatives of the dead gathered at Larnaca airport demanding answers.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // Left alone: b's "landed in the capital" names no place, and "leave for Rome on Monday", far from its "will", looks back.
    name: 'a papal visit told on arrival and the next day: "after an overnight flight of nearly 10 hours from Rome", "He will meet President Ukhnaagiin Khurelsukh on Saturday"',
    a: {
      id: 'a', publishedAt: '2023-09-01',
      text: 'ULAANBAATAR (Reuters) - Pope Francis arrived in Mongolia on Friday, becoming the first pope to visit the vast Asian country, where there are fewer than 1,500 Catholics. '
        + 'His ITA Airways plane landed at Chinggis Khaan International Airport outside Ulaanbaatar after an overnight flight of nearly 10 hours from Rome. '
        + 'He was greeted on the tarmac by Foreign Minister Battsetseg Batmunkh and a woman in traditional dress who offered him yogurt made from yak milk. '
        + 'The 86-year-old pope, who uses a wheelchair, has no public events on Friday so that he can rest. '
        + 'On the way, his plane flew over China, and Francis sent a telegram of greetings to President Xi Jinping, as is customary. He will meet President Ukhnaagiin Khurelsukh on Saturday.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-02',
      text: 'ULAANBAATAR (AP) - Pope Francis praised Mongolia\'s tradition of religious freedom on Saturday, a day after he landed in the capital on the first papal visit to the country. '
        + 'Francis met President Ukhnaagiin Khurelsukh in a tent at the government palace on Sukhbaatar Square, where mounted guards in blue, red and yellow uniforms lined up to greet him. '
        + 'The pope flew in from Rome on Friday morning, greeted at the airport by the foreign minister. '
        + 'Mongolia\'s Catholic community numbers about 1,450 people, and the pope has said he wants to encourage them. He will celebrate Mass on Sunday in an ice hockey arena and leave for Rome on Monday.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'agree', destination: 'only-a', location: 'only-a', time: 'partial', people: 'only-b', actors: 'only-a' },
  },
  {
    // b's lead is the search on Monday; the Spanish plane's Sunday night is its flight's day. Left alone: "56 members of
    // Spain's military emergency unit" counts no one.
    name: 'aid flights after a quake told by each side: "landed in Marrakech on Sunday" against "landed at Marrakech\'s Menara airport on Sunday night", "on Monday in the search for survivors"',
    a: {
      id: 'a', publishedAt: '2023-09-11',
      text: 'MADRID (Reuters) - A Spanish military plane carrying 56 rescue workers and four sniffer dogs landed in Marrakech on Sunday after Morocco accepted Spain\'s offer of help following Friday\'s earthquake, Spain\'s defence ministry said. '
        + 'The team from the military emergency unit UME took off from the Zaragoza air base, the ministry said. '
        + 'Morocco has so far accepted help from only four countries, Spain, Britain, Qatar and the United Arab Emirates, the Moroccan interior ministry said. '
        + 'Britain said it was sending 60 search and rescue specialists, four search dogs and rescue equipment. The earthquake, the strongest to hit Morocco in more than a century, killed more than 2,100 people.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-11',
      text: 'RABAT (AP) - Rescue teams from Spain and Britain joined Moroccan soldiers on Monday in the search for survivors in mountain villages devastated by the earthquake, which killed at least 2,497 people. '
        + 'A Spanish air force A400M landed at Marrakech\'s Menara airport on Sunday night with 56 members of Spain\'s military emergency unit and their dogs, Spanish officials said. '
        + 'A British team of 60 specialists arrived early on Monday. The Moroccan government has been criticised for accepting aid from only a handful of countries, turning down offers from France and others. '
        + 'More than 2,400 people were injured, the interior ministry said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // Causes looked at as possible ones are no causes given. "flying from Moscow's Domodedovo airport" against "flown from Moscow" agree.
    name: 'a jet into the ground on landing told the next day: "There were 44 passengers and six crew" against "killing 50 people", "as possible causes"',
    a: {
      id: 'a', publishedAt: '2013-11-17',
      text: 'MOSCOW (Reuters) - A Boeing 737 passenger plane crashed while trying to land in the Russian city of Kazan on Sunday, killing all 50 people on board, officials said. '
        + 'The Tatarstan Airlines plane, flying from Moscow\'s Domodedovo airport, burst into flames when it hit the ground near the runway at about 7:20 p.m. (1520 GMT), the Emergencies Ministry said. '
        + 'There were 44 passengers and six crew on board, it said. Among the dead was Irek Minnikhanov, the son of the president of Tatarstan, the regional government said. '
        + 'Investigators were looking at technical failure and pilot error as possible causes.',
    },
    b: {
      id: 'b', publishedAt: '2013-11-18',
      text: 'KAZAN, Russia (AP) - Investigators said on Monday that the pilots of a Boeing 737 that crashed in Kazan, killing 50 people, had aborted a landing and tried to climb steeply before the plane stalled and plunged nose-first into the ground. '
        + 'The jet, which had flown from Moscow, hit the ground at nearly 450 km an hour on Sunday evening, the Interstate Aviation Committee said. '
        + 'The victims included the head of the regional branch of the FSB security service, Alexander Antonov, and a son of Tatarstan\'s president. '
        + 'All flights at Kazan airport were suspended after the crash and resumed on Monday. The airline had been flying the 23-year-old Boeing since 2008.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'agree', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // The inquiry's Saturday is no day of the crash. Left alone: "flights were suspended until Saturday" looks back to the
    // Saturday before, and "accelerating for take-off to Juliaca" names no destination.
    name: 'a jet into a fire truck on take-off told the next day: "Airbus A320neo" against "A320", "prosecutors on Saturday opened an investigation into the crash"',
    a: {
      id: 'a', publishedAt: '2022-11-18',
      text: 'LIMA (Reuters) - A LATAM Airlines plane collided with a fire truck while taking off from Lima\'s Jorge Chavez International Airport on Friday, killing two firefighters, Peruvian officials said. '
        + 'The Airbus A320neo, bound for the southern city of Juliaca, caught fire after hitting the truck on the runway, but all 102 passengers and six crew members were evacuated. '
        + 'A third firefighter was seriously injured, the fire department said. LATAM said 20 passengers had been taken to hospital. '
        + 'The airport was closed after the accident, and flights were suspended until Saturday.',
    },
    b: {
      id: 'b', publishedAt: '2022-11-19',
      text: 'LIMA (AP) - Peruvian prosecutors on Saturday opened an investigation into the crash of a LATAM passenger jet into a fire engine at Lima\'s airport that killed two firefighters. '
        + 'The A320, with 108 people on board, was accelerating for take-off to Juliaca on Friday afternoon when the truck crossed the runway during what the airport operator called a rescue drill. '
        + 'None of the passengers and crew died, although about 20 were injured, officials said. Video showed the plane skidding down the runway in flames as the truck flipped over. '
        + 'Lima Airport Partners said the fire crew had been responding to an emergency exercise and that the control tower had not cleared the truck. The airport reopened on Saturday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Both Mondays are statements; the ejection on Sunday is the event.
    name: 'a fighter lost after its pilot ejected, told on two days: "on Monday asked the public for help finding an F-35" against "on Monday evening that they had found a debris field"',
    a: {
      id: 'a', publishedAt: '2023-09-18',
      text: 'WASHINGTON (Reuters) - The U.S. military on Monday asked the public for help finding an F-35 fighter jet that went missing over South Carolina after its pilot ejected on Sunday afternoon. '
        + 'The pilot of the F-35B, a Marine Corps jet, parachuted safely into a neighbourhood in North Charleston and was taken to hospital in stable condition, Joint Base Charleston said. '
        + 'The jet may have kept flying on autopilot after the pilot ejected, officials said. Search efforts were focused on two lakes north of Charleston, Lake Moultrie and Lake Marion. '
        + 'The cause of the mishap is under investigation.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-19',
      text: 'CHARLESTON, S.C. (AP) - Military officials said on Monday evening that they had found a debris field in rural South Carolina, a day after the pilot of an F-35 ejected and the stealth fighter jet flew on without him. '
        + 'The debris was found in Williamsburg County, about two hours northeast of Joint Base Charleston, the base said. '
        + 'The pilot, whose name has not been released, ejected on Sunday over North Charleston in what the military called a mishap. '
        + 'The Marine Corps ordered a two-day pause in flights by all its aircraft units to review safety. The F-35 costs about $80 million.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'agree' },
  },
  {
    // Left alone: "54 Lebanese" counts no one (an -ese nationality is an adjective as often), and b's "ruled out sabotage"
    // goes to the background with the "maintenance check in December" of its sentence.
    name: 'a jet into the sea after take-off told the next day: "taking off from Beirut" against "Beirut\'s Rafik Hariri airport", "21 bodies" against "34 bodies had been recovered so far"',
    a: {
      id: 'a', publishedAt: '2010-01-25',
      text: 'BEIRUT (Reuters) - An Ethiopian Airlines plane with 90 people on board crashed into the Mediterranean shortly after taking off from Beirut in a thunderstorm early on Monday, Lebanese officials said. '
        + 'The Boeing 737-800, flight ET409 to Addis Ababa, caught fire and went down about 3.5 km off the coast near the village of Naameh, witnesses said. '
        + 'There were 82 passengers and eight crew members on board, including 54 Lebanese and 22 Ethiopians, the airline said. '
        + 'Among the passengers was the wife of the French ambassador to Lebanon, the French embassy said. President Michel Suleiman said sabotage was unlikely, and officials blamed the bad weather. '
        + 'Rescuers had pulled 21 bodies from the sea by the afternoon.',
    },
    b: {
      id: 'b', publishedAt: '2010-01-26',
      text: 'BEIRUT (AP) - Navy divers searched the sea off Lebanon on Tuesday for the wreckage of an Ethiopian airliner that crashed in a storm, killing all 90 people aboard, as hopes of finding survivors faded. '
        + 'The jet plunged into the sea minutes after taking off from Beirut\'s Rafik Hariri airport early on Monday, bound for Ethiopia\'s capital. Lebanese officials said 34 bodies had been recovered so far. '
        + 'Ethiopian Airlines chief executive Girma Wake said the plane had passed a maintenance check in December and ruled out sabotage. A U.S. Navy ship joined the search.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial', cause: 'agree' },
  },
  {
    // A day of mourning is no day of the crash; a report of no survivors and one of 152 dead agree.
    name: 'a jet into the hills told the next day: "in heavy rain" against "in monsoon rain", "went down in the Margalla Hills"',
    a: {
      id: 'a', publishedAt: '2010-07-28',
      text: 'ISLAMABAD (Reuters) - A Pakistani passenger plane carrying 152 people crashed into hills overlooking Islamabad in heavy rain on Wednesday, killing everyone on board, officials said. '
        + 'The Airblue Airbus A321, flight ED202 from Karachi, went down in the Margalla Hills as it approached the capital\'s airport shortly before 10 a.m. '
        + 'There were 146 passengers and six crew members aboard, the airline said. "There are no survivors," said Interior Minister Rehman Malik. '
        + 'Television showed rescuers climbing through thick forest to reach the smouldering wreckage. Poor visibility was believed to have been a factor, aviation officials said.',
    },
    b: {
      id: 'b', publishedAt: '2010-07-29',
      text: 'ISLAMABAD (AP) - Pakistan declared a day of national mourning on Thursday for the 152 people killed when an Airblue jet slammed into the hills outside the capital, the country\'s deadliest air disaster. '
        + 'Rescue workers recovered the flight data recorder from the crash site in the Margalla Hills, officials said. '
        + 'The Airbus A321 had been trying to land in monsoon rain after a flight from Karachi when it hit a hillside. Two Americans were among the dead, the U.S. embassy said. '
        + 'Relatives gathered at a hospital in Islamabad to identify the bodies, many of them badly burned.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'agree', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'partial' },
  },
  {
    // Three counts of those aboard, a real difference kept as a conflict. "Navy ships on Thursday found bodies and wreckage ...
    // from a military plane that disappeared a day earlier" is a search's day.
    name: 'a transport lost at sea told the next day: "carrying 116 people" and "106 passengers and 14 crew members ..., correcting an earlier figure" against "122 people aboard"',
    a: {
      id: 'a', publishedAt: '2017-06-07',
      text: 'YANGON (Reuters) - A Myanmar military plane carrying 116 people, most of them soldiers and their families, went missing over the Andaman Sea on Wednesday, the army said. '
        + 'The Chinese-made Y-8 transport plane lost contact about half an hour after taking off from the southern town of Myeik at 1:06 p.m. on a flight to Yangon. '
        + 'There were 106 passengers and 14 crew members on board, including 15 children, the army said, correcting an earlier figure. '
        + 'Navy ships and air force planes were searching the sea about 70 km west of the town of Dawei, where the plane was last detected. The weather was cloudy with some rain, a military source said.',
    },
    b: {
      id: 'b', publishedAt: '2017-06-08',
      text: 'YANGON (AP) - Navy ships on Thursday found bodies and wreckage in the Andaman Sea from a military plane that disappeared a day earlier with 122 people aboard, Myanmar\'s army said. '
        + 'The Shaanxi Y-8 was flying from Myeik to Yangon when it lost contact near Dawei. '
        + 'Twenty-nine bodies had been recovered by Thursday evening, including those of six children, the army chief\'s office said. '
        + 'The army said bad weather may have been to blame, as the monsoon season had begun. Most of those on board were military personnel and their families, including 15 children.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'conflict', casualties: 'only-b' },
  },
  {
    // A real difference of the count aboard, which b gives as a correction.
    name: 'a jet off a wet runway into a building told the next day: "killing all 186 people on board" against "revised the number of people on board to 187", "at least 13 people on the ground"',
    a: {
      id: 'a', publishedAt: '2007-07-18',
      text: 'SAO PAULO (Reuters) - A TAM Airlines jet skidded off a rain-soaked runway while landing at Sao Paulo\'s Congonhas airport on Tuesday evening, crossed a busy avenue and slammed into a TAM cargo building, killing all 186 people on board, the airline said. '
        + 'The Airbus A320, flight 3054 from Porto Alegre, burst into flames on impact, and firefighters battled the blaze through the night. '
        + 'Officials said at least 13 people on the ground were also killed, bringing the toll to around 200. '
        + 'The runway had been resurfaced weeks earlier but had not yet had grooves cut into it to drain water, officials said. It was Brazil\'s deadliest air disaster.',
    },
    b: {
      id: 'b', publishedAt: '2007-07-19',
      text: 'SAO PAULO (AP) - Firefighters on Wednesday pulled bodies from the smouldering wreckage of a TAM Airbus that overshot a runway at Congonhas airport, as the airline revised the number of people on board to 187. '
        + 'The death toll, including people working in the building the jet hit and passers-by, is expected to reach about 200, officials said. '
        + 'The A320, arriving from Porto Alegre, was travelling too fast to stop on the short runway in heavy rain and veered left across the street, witnesses said. '
        + 'The government ordered a ban on larger jets landing at Congonhas in wet weather. Three days of national mourning were declared.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'only-b', time: 'partial', people: 'conflict', casualties: 'only-a', cause: 'only-b' },
  },
  {
    // The find's Sunday is a search's day; the take-off on Saturday, told by both, is the event's.
    name: 'a jet lost after take-off, found two days on: "went missing shortly after taking off from ... Douala" against "Rescuers on Sunday found the wreckage ... that crashed in a mangrove swamp near Douala"',
    a: {
      id: 'a', publishedAt: '2007-05-05',
      text: 'NAIROBI (Reuters) - A Kenya Airways plane carrying 114 people went missing shortly after taking off from the Cameroonian city of Douala in heavy rain early on Saturday, the airline said. '
        + 'The Boeing 737-800, flight KQ507 to Nairobi, lost contact with air traffic control minutes after leaving Douala at about 12:05 a.m. local time. '
        + 'There were 105 passengers and nine crew members on board, from 26 countries, Kenya Airways chief executive Titus Naikuni said. '
        + 'Cameroon\'s government said search teams were combing the dense forest south of Douala. The plane, delivered six months ago, had been in good condition, the airline said.',
    },
    b: {
      id: 'b', publishedAt: '2007-05-07',
      text: 'DOUALA, Cameroon (AP) - Rescuers on Sunday found the wreckage of a Kenya Airways jet that crashed in a mangrove swamp near Douala, and said there were no survivors among the 114 people on board. '
        + 'The Boeing 737 went down about 5 km from the end of the runway, shortly after take-off on Saturday, and was found by fishermen, officials said. '
        + 'Search teams had spent more than a day looking in the wrong area, south of the city. Relatives gathered at Nairobi\'s Jomo Kenyatta International Airport, where the plane had been due to land. '
        + 'The cause of the crash was not known, but the plane took off in a storm.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'agree' },
  },
  {
    // Neither report gives a cause: a question and speculation assert none. The search's Thursday is no day of the crash.
    name: 'a jumbo jet that exploded off Long Island told the next day: "too early to say whether a bomb or a mechanical failure brought the jet down", "raising speculation that it was hit by a missile"',
    a: {
      id: 'a', publishedAt: '1996-07-18',
      text: 'EAST MORICHES, N.Y. (Reuters) - A Trans World Airlines Boeing 747 bound for Paris exploded and crashed into the Atlantic Ocean off Long Island shortly after taking off from New York\'s Kennedy airport on Wednesday night, killing all 230 people on board. '
        + 'Flight 800 had 212 passengers and 18 crew members aboard, the airline said. '
        + 'Witnesses said they saw a fireball in the sky about 8:45 p.m. before the plane plunged into the water about 10 miles south of East Moriches. '
        + 'Officials said it was too early to say whether a bomb or a mechanical failure brought the jet down. Coast Guard boats recovered more than 100 bodies overnight.',
    },
    b: {
      id: 'b', publishedAt: '1996-07-19',
      text: 'NEW YORK (AP) - Investigators on Thursday searched the ocean off Long Island for the wreckage of TWA Flight 800, as the FBI said it was treating the explosion that killed all 230 people aboard as a possible criminal act. '
        + 'The jumbo jet, which had taken off from John F. Kennedy International Airport for Paris about 12 minutes earlier, blew up on Wednesday evening. '
        + 'Several witnesses reported seeing a streak of light rising toward the plane before it exploded, raising speculation that it was hit by a missile. '
        + 'Officials said there was no evidence so far of a missile strike. More than 100 bodies have been recovered.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'only-a', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // The collection's Saturday is a search's day; what investigators examine is no cause given.
    name: 'a jet into a village on approach told the next day: "Rescue workers on Saturday collected body parts ... where a Bhoja Air plane crashed on Friday evening", "examining whether bad weather or a fault"',
    a: {
      id: 'a', publishedAt: '2012-04-20',
      text: 'ISLAMABAD (Reuters) - A Pakistani passenger plane carrying 127 people crashed in bad weather near Islamabad on Friday as it came in to land, and officials said there was little hope of finding survivors. '
        + 'The Bhoja Air Boeing 737, flight 213 from Karachi, went down in a residential area near the village of Hussain Abad, a few km from Benazir Bhutto International Airport. '
        + 'There were 121 passengers and six crew members on board, the Civil Aviation Authority said. Witnesses said the plane was on fire before it hit the ground during a thunderstorm. '
        + 'It was Bhoja Air\'s first flight on the route in 12 years.',
    },
    b: {
      id: 'b', publishedAt: '2012-04-21',
      text: 'ISLAMABAD (AP) - Rescue workers on Saturday collected body parts from fields and houses where a Bhoja Air plane crashed on Friday evening, killing all 127 people aboard, as the airline\'s owner was barred from leaving the country. '
        + 'The Boeing 737-200 was 27 years old, and investigators were examining whether bad weather or a fault had caused the crash. '
        + 'The plane was making its approach to Islamabad\'s airport in a storm when it crashed in the village of Hussain Abad. Families gathered at a hospital in Islamabad to identify their relatives.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'agree' },
  },
  {
    // A real difference of the count aboard, which b gives as a correction: kept as a conflict, and said so.
    name: 'a transport down on landing told the next day: "all 32 people on board" against "said it had given a wrong figure, and that 33 passengers and six crew members had been on board"',
    a: {
      id: 'a', publishedAt: '2018-03-06',
      text: 'MOSCOW (Reuters) - A Russian An-26 military transport plane crashed as it came in to land at Russia\'s Hmeimim air base in Syria on Tuesday, killing all 32 people on board, the Defence Ministry said. '
        + 'The plane was carrying 26 passengers and six crew, the ministry said, adding that it had not come under fire. '
        + 'It crashed about 500 metres from the runway, and a technical fault may have been the cause, the ministry said. '
        + 'The plane had been flying from an airfield elsewhere in Syria, Russian news agencies reported.',
    },
    b: {
      id: 'b', publishedAt: '2018-03-07',
      text: 'MOSCOW (AP) - The death toll in the crash of a Russian military transport plane in Syria rose to 39 on Wednesday after the Defence Ministry said it had given a wrong figure, and that 33 passengers and six crew members had been on board. '
        + 'The An-26 went down near the Hmeimim base in Latakia province on Tuesday afternoon. The passengers included a major general, the ministry said. '
        + 'The ministry said the plane had not been shot down and that investigators were examining a technical failure.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'only-a', location: 'partial', time: 'agree', people: 'conflict', casualties: 'partial', cause: 'agree' },
  },
  {
    // Aeromexico 2431 at Durango, July 2018: a wire report on the day and an agency report the next; the examination of the wreckage is a search's day, not the crash's.
    name: 'a jet down on take-off in a hailstorm told the next day: "all 103 people on board survived" against "an accident that everyone aboard survived", "began examining the charred wreckage"',
    a: {
      id: 'a', publishedAt: '2018-07-31',
      text: 'MEXICO CITY (Reuters) - An Aeromexico passenger jet crashed shortly after taking off in a hailstorm from the northern Mexican city of Durango on Tuesday, but all 103 people on board survived, officials said. '
        + 'The Embraer 190 jet, operated by Aeromexico\'s regional unit Aeromexico Connect, was bound for Mexico City when it came down in a field near the end of the runway and caught fire. '
        + 'Durango state governor Jose Rosas Aispuro said 85 people had been injured, most of them lightly, and that there were no deaths. '
        + '"Fortunately, there were no fatalities," Rosas Aispuro told reporters at the airport. The pilot was among those seriously hurt, officials said. '
        + 'Passengers said the plane was hit by a strong gust of wind as it took off and fell back to the ground. Flight 2431 was carrying 99 passengers and four crew members, Aeromexico said in a statement.',
    },
    b: {
      id: 'b', publishedAt: '2018-08-01',
      text: 'DURANGO, Mexico (AP) — Mexican investigators on Wednesday began examining the charred wreckage of an Aeromexico jet that crashed during a violent storm as it took off from Durango, an accident that everyone aboard survived. '
        + 'Transportation Secretary Gerardo Ruiz Esparza said the pilot appeared to have tried to take off in bad weather, and that wind shear may have been to blame. '
        + 'The plane "received a very strong gust of wind that made it lose altitude," Ruiz Esparza told a local radio station. '
        + 'Of the 103 people aboard, 49 remained in hospitals on Wednesday, and the captain, who suffered a neck injury, was in serious condition. '
        + 'Aeromexico said the flight had 97 adult passengers, two infants and four crew members on board when it went down near the runway at Guadalupe Victoria International Airport. '
        + 'Survivors walked out through a hole in the fuselage before flames engulfed the plane.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial', cause: 'only-b' },
  },
  {
    // Leicester City owner's AW169, October 2018: the club's name names no site, the wreckage moved to Farnborough is not where it fell, and the owner's habit is no route of the flight.
    name: 'a helicopter down outside a stadium told on the night and the next day: "outside the Premier League club\'s stadium" is no place, "usually flew ... to London" a habit',
    a: {
      id: 'a', publishedAt: '2018-10-28',
      text: 'LEICESTER, England (Reuters) - A helicopter belonging to Leicester City\'s Thai owner Vichai Srivaddhanaprabha crashed and burst into flames in a car park outside the Premier League club\'s stadium on Saturday evening, shortly after taking off from the pitch. '
        + 'The club did not say who was on board, but a source close to the family told Reuters that Vichai, 60, had been on the aircraft. '
        + 'Police said the AgustaWestland AW169 came down just after 8:30 p.m. (1930 GMT), about an hour after Leicester\'s 1-1 draw with West Ham United. '
        + 'Witnesses said the helicopter cleared the stadium roof before it began to spin and plunged to the ground. "It was like a fireball," one witness told the BBC. '
        + 'Vichai usually flew from the stadium to London after home matches.',
    },
    b: {
      id: 'b', publishedAt: '2018-10-29',
      text: 'LONDON (AP) — Leicester City\'s billionaire owner Vichai Srivaddhanaprabha was among five people killed when his helicopter crashed outside the club\'s King Power Stadium, the Premier League club confirmed on Sunday. '
        + 'Police said the others who died were two members of Vichai\'s staff, Nusara Suknamai and Kaveporn Punpare, and the two pilots, Eric Swaffer and Izabela Roza Lechowicz. '
        + 'The helicopter had taken off from the centre of the pitch on Saturday night, about an hour after a home game, and crashed in a parking area next to the stadium. '
        + 'Britain\'s Air Accidents Investigation Branch said it had sent a team to the site and that the wreckage would be moved to its base in Farnborough. '
        + 'Fans left flowers, scarves and shirts outside the stadium on Sunday. Vichai bought the club in 2010, and it won the Premier League title in 2016 against odds of 5,000-1.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'partial', people: 'only-b', casualties: 'only-b' },
  },
  {
    // Comair 5191 at Lexington, August 2006: the survivor told beside how he fared on Monday is still the crash's survivor.
    name: 'a commuter jet off the wrong runway told the next day: "killing 49 of the 50 people on board" against "47 passengers and three crew members", "was the only person to survive" on a later day',
    a: {
      id: 'a', publishedAt: '2006-08-27',
      text: 'LEXINGTON, Kentucky (Reuters) - A Comair commuter jet crashed shortly after taking off from Lexington, Kentucky, early on Sunday, killing 49 of the 50 people on board, officials said. '
        + 'The lone survivor, a member of the crew, was in critical condition at the University of Kentucky hospital, a hospital spokeswoman said. '
        + 'Comair Flight 5191, a Bombardier CRJ-100 regional jet bound for Atlanta, went down in a field about a mile from the end of the runway at Blue Grass Airport at about 6:07 a.m. '
        + 'EDT (1007 GMT) and caught fire. The plane was carrying 47 passengers and three crew members, the airline said. Lexington Mayor Teresa Isaac said it was too early to say what caused the crash.',
    },
    b: {
      id: 'b', publishedAt: '2006-08-28',
      text: 'LEXINGTON, Ky. (AP) — The Comair jet that crashed in Kentucky on Sunday, killing 49 people, took off from the wrong runway, one that was far too short for the plane, federal investigators said on Monday. '
        + 'The National Transportation Safety Board said the flight data recorder showed the plane used Runway 26, a 3,500-foot strip meant for small planes, rather than the 7,000-foot main runway the crew had been cleared to use. '
        + '"It\'s a very short runway for that airplane," NTSB board member Debbie Hersman said. The first officer, James Polehinke, was the only person to survive and remained in critical condition on Monday. '
        + 'The plane, headed for Atlanta with 47 passengers and three crew members, plowed through a fence and crashed into trees beyond the end of the runway. '
        + 'Only one air traffic controller was on duty in the tower at the time, the Federal Aviation Administration said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // Air France 4590 at Gonesse, July 2000: those aboard and those on the ground add up to the toll; the Concorde is a type.
    name: 'a supersonic jet into a hotel told the next day: "all 109 people on board and four people on the ground" against "killed 113 people", "four people in the hotel it hit" were not aboard',
    a: {
      id: 'a', publishedAt: '2000-07-25',
      text: 'PARIS (Reuters) - An Air France Concorde supersonic jet crashed into a hotel shortly after taking off from Paris on Tuesday, killing all 109 people on board and four people on the ground, officials said. '
        + 'The plane, chartered by a German tour company, was bound for New York, where its passengers were to board a cruise ship. '
        + 'Witnesses said flames were pouring from one of the plane\'s engines as it took off from Charles de Gaulle airport. '
        + 'The jet plunged into the Hotelissimo hotel in the town of Gonesse, just outside the airport, at 4:44 p.m. (1444 GMT), two minutes after take-off. '
        + 'Air France said 100 passengers and nine crew members were aboard. Most of the passengers were German. It was the first crash of a Concorde since the jet entered service in 1976.',
    },
    b: {
      id: 'b', publishedAt: '2000-07-26',
      text: 'GONESSE, France (AP) — Investigators on Wednesday searched the charred remains of the Concorde that crashed outside Paris for clues to why one of its engines caught fire on take-off, as France grounded the rest of Air France\'s fleet of the supersonic jets. '
        + 'The crash on Tuesday killed 113 people: the 96 German passengers, a Danish and an Austrian passenger, two Americans and the nine crew members, and four people in the hotel it hit. '
        + 'Transport Minister Jean-Claude Gayssot said Air France\'s five remaining Concordes would stay on the ground until the cause was known. '
        + 'British Airways, the only other airline to fly the jet, resumed its Concorde flights on Wednesday after briefly grounding them. '
        + 'The flight, Air France 4590, had been chartered to fly the German tourists to New York\'s John F. Kennedy airport.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Afriqiyah 771 at Tripoli, May 2010: all but one of 104 is 103; the boy's day in hospital is after the crash, and b's lead, of that day, is its background.
    name: 'a jet short of the runway with one survivor told the next day: "killing everyone on board except a Dutch child" against "killed 103 people", "was recovering from surgery on Thursday"',
    a: {
      id: 'a', publishedAt: '2010-05-12',
      text: 'TRIPOLI (Reuters) - A Libyan Afriqiyah Airways plane carrying 104 people crashed on landing at Tripoli airport on Wednesday, killing everyone on board except a Dutch child, officials said. '
        + 'The Airbus A330, flying from Johannesburg, came down short of the runway at about 6 a.m. (0400 GMT) and broke into pieces. '
        + 'Libyan Transport Minister Mohammed Ali Zidan said 93 passengers and 11 crew members had been on board. "We have ruled out terrorism," Zidan told reporters. '
        + 'A boy of about 8 or 10 years old, believed to be Dutch, was the only survivor and was being treated in a Tripoli hospital, officials said. '
        + 'Many of the passengers were Dutch tourists returning from holidays in South Africa, a Dutch travel agency said.',
    },
    b: {
      id: 'b', publishedAt: '2010-05-13',
      text: 'THE HAGUE (AP) — A 9-year-old Dutch boy who was the sole survivor of a plane crash in Libya that killed 103 people was recovering from surgery on Thursday, as his relatives flew to Tripoli to bring him home. '
        + 'Ruben van Assouw, of Tilburg, lost his parents and his brother in the crash on Wednesday, the Dutch Foreign Ministry said. '
        + 'The Afriqiyah Airways Airbus A330-200 was arriving from Johannesburg when it crashed just short of the runway in Tripoli. Seventy of the dead were Dutch, the ministry said. '
        + 'Libyan officials said the cause of the crash was not yet known, but that they did not believe it was terrorism. The boy had multiple fractures in both legs, a hospital doctor said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // The Ghanaian Z-9 of August 2025: the mourning is the country's answer and dates no sentence; the town lies in the region a names.
    name: 'a military helicopter down in a forest told the next day: "on Thursday began three days of national mourning", "near the town of Adansi Akrofuom in the Ashanti region", "The Z-9 helicopter"',
    a: {
      id: 'a', publishedAt: '2025-08-06',
      text: 'ACCRA (Reuters) - A Ghanaian military helicopter crashed in the Ashanti region on Wednesday, killing all eight people on board, including Defence Minister Edward Omane Boamah and Environment Minister Ibrahim Murtala Muhammed, the government said. '
        + 'The Z-9 helicopter had taken off from the capital Accra on Wednesday morning and was heading to the gold mining town of Obuasi when it lost contact with radar, the Ghana Armed Forces said. '
        + 'Three crew members and five passengers were on board, the armed forces said. President John Mahama\'s chief of staff, Julius Debrah, called the crash "a national tragedy". '
        + 'The cause of the crash was not immediately known.',
    },
    b: {
      id: 'b', publishedAt: '2025-08-07',
      text: 'ACCRA, Ghana (AP) — Ghana on Thursday began three days of national mourning for eight people, among them two government ministers, who were killed when an air force helicopter crashed into a forest in the south of the country. '
        + 'The Harbin Z-9 came down in a forested area near the town of Adansi Akrofuom in the Ashanti region shortly after 9 a.m. on Wednesday, officials said. '
        + 'Defence Minister Edward Omane Boamah and Environment Minister Ibrahim Murtala Muhammed were travelling to Obuasi for an event on illegal mining, known locally as galamsey. '
        + 'Also killed were the deputy national security coordinator and a vice chairman of the ruling party, along with the three air force crew. Bad weather may have been a factor, a military source said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree' },
  },
  {
    // Flash Airlines 604 off Sharm el-Sheikh, January 2004: the divers' Sunday is a search's day; the relatives' flight is another flight.
    name: 'a charter jet into the sea after take-off told the next day: "ruling out terrorism" against "no sign that terrorism was involved", relatives who "flew from Paris to Sharm el-Sheikh on Sunday"',
    a: {
      id: 'a', publishedAt: '2004-01-03',
      text: 'SHARM EL-SHEIKH, Egypt (Reuters) - An Egyptian charter plane carrying 148 people, most of them French tourists, crashed into the Red Sea shortly after taking off from the resort of Sharm el-Sheikh on Saturday, killing everyone on board. '
        + 'The Flash Airlines Boeing 737 was bound for Paris via Cairo, Egyptian officials said. Civil Aviation Minister Ahmed Shafiq said there were 135 passengers and 13 crew members on the plane. '
        + 'Shafiq said a technical fault appeared to have caused the crash, ruling out terrorism. The plane went down about 15 km (9 miles) from the airport at about 4:45 a.m. (0245 GMT). '
        + 'Rescue boats recovered bodies and debris floating in the sea.',
    },
    b: {
      id: 'b', publishedAt: '2004-01-04',
      text: 'SHARM EL-SHEIKH, Egypt (AP) — Egyptian navy divers on Sunday searched the Red Sea for the flight recorders of a charter jet that plunged into the water after takeoff, killing all 148 people aboard, most of them French vacationers. '
        + 'French and Egyptian officials said there was no sign that terrorism was involved. '
        + 'The Boeing 737-300 of the private Egyptian company Flash Airlines was heading for Paris with a stop in Cairo when it banked sharply and crashed at dawn on Saturday, minutes after leaving Sharm el-Sheikh. '
        + 'Among the dead were 133 French citizens, officials said. Relatives of the victims flew from Paris to Sharm el-Sheikh on Sunday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'only-a', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Air Canada 624 at Halifax, March 2015: those sent to hospital are the injured, not a count aboard, and the next day's higher figure is a later count.
    name: 'a jet short of the runway in a snowstorm told the next day: "sending 23 people to hospital" against "Twenty-five people were taken to hospital", "133 passengers and five crew members" against "138 people aboard"',
    a: {
      id: 'a', publishedAt: '2015-03-29',
      text: 'HALIFAX, Nova Scotia (Reuters) - An Air Canada jet skidded off the runway while landing in a snowstorm at Halifax Stanfield International Airport early on Sunday, sending 23 people to hospital, officials said. '
        + 'Flight AC624, an Airbus A320 from Toronto, was carrying 133 passengers and five crew members, Air Canada said. '
        + 'The plane hit an antenna array before touching down about 335 metres short of the runway, the Transportation Safety Board said. None of the injuries was life-threatening, the airport said. '
        + 'The airport was closed for several hours after the accident.',
    },
    b: {
      id: 'b', publishedAt: '2015-03-30',
      text: 'HALIFAX, Nova Scotia (CP) — Federal investigators said on Monday that the Air Canada plane that crash-landed in Halifax early Sunday touched down well short of the runway, tearing off its landing gear and one of its engines. '
        + 'The Airbus A320, with 138 people aboard, hit power lines and an antenna array before skidding along the ground, the Transportation Safety Board said. '
        + 'Twenty-five people were taken to hospital, and all but one had been released by Monday, officials said. The flight from Toronto was landing in heavy snow and strong winds. '
        + 'Investigators have not said what caused the plane to come up short.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'partial' },
  },
  {
    // The Turkish C-130 in Georgia, November 2025: the crash timed from a step of its flight is the crash's day, and the search launched after it is no purpose of the flight.
    name: 'a military cargo plane down after crossing a border told the next day: "crashed in eastern Georgia on Tuesday, minutes after it crossed into Georgian airspace", "A search and rescue operation was launched"',
    a: {
      id: 'a', publishedAt: '2025-11-11',
      text: 'ISTANBUL (Reuters) - A Turkish military C-130 cargo plane carrying 20 personnel crashed in Georgia near the border with Azerbaijan on Tuesday, Turkey\'s defence ministry said. '
        + 'The plane had taken off from Azerbaijan and was returning to Turkey when it went down in Georgia\'s Sighnaghi municipality, the ministry said. '
        + 'Georgia\'s interior ministry said the aircraft disappeared from radar shortly after entering Georgian airspace and that the crash site was about 5 km from the Azerbaijani border. '
        + 'A search and rescue operation was launched with Georgian authorities, the Turkish ministry said. There was no immediate word on casualties.',
    },
    b: {
      id: 'b', publishedAt: '2025-11-12',
      text: 'ANKARA (AP) — Turkey\'s defence ministry said on Wednesday that all 20 military personnel aboard a Turkish air force cargo plane that crashed in Georgia had been killed, in the deadliest military air accident for the country in years. '
        + 'The C-130 Hercules had set off from the Azerbaijani city of Ganja, where it had taken part in events marking Azerbaijan\'s victory day, and was heading home to Turkey. '
        + 'It crashed in eastern Georgia on Tuesday, minutes after it crossed into Georgian airspace. '
        + 'Video on social media showed the plane spinning as it fell, trailing white smoke, and parts of it breaking away. Georgian and Turkish investigators were working at the site on Wednesday. '
        + 'President Recep Tayyip Erdogan offered condolences to the families.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'only-b' },
  },
  {
    // Pan Am 103 at Lockerbie, December 1988: the count aboard of the first day differs from the investigators' a week on, a real difference kept as a conflict; the bomb is told in the active.
    name: 'a jumbo jet onto a town told a week on: "A bomb destroyed the Pan Am jumbo jet", "258 people" against "all 259 people aboard"',
    a: {
      id: 'a', publishedAt: '1988-12-21',
      text: 'LOCKERBIE, Scotland (Reuters) - A Pan Am jumbo jet carrying 258 people crashed into the Scottish town of Lockerbie on Wednesday, killing everyone on board and several people on the ground, police said. '
        + 'Pan Am Flight 103, a Boeing 747 bound for New York\'s Kennedy airport from London\'s Heathrow, disappeared from radar screens at about 7:19 p.m. (1919 GMT) while flying at 31,000 feet. '
        + 'The airline said 243 passengers and 15 crew members were on board. Burning wreckage rained down on the town, destroying houses and setting a petrol station on fire, witnesses said. '
        + 'Police said it was too early to say what caused the crash.',
    },
    b: {
      id: 'b', publishedAt: '1988-12-28',
      text: 'LONDON (AP) — A bomb destroyed the Pan Am jumbo jet that crashed on the Scottish town of Lockerbie last week, killing all 259 people aboard and 11 people on the ground, British investigators said on Wednesday. '
        + 'Investigators found "conclusive evidence of a detonating high explosive" in the wreckage, the Air Accidents Investigation Branch said. '
        + 'The Boeing 747, flying from London to New York, blew up over Lockerbie on Dec. 21, less than an hour after leaving Heathrow airport. '
        + 'The death toll of 270 made it the worst air disaster in British history. Police have begun a murder investigation.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'agree', time: 'partial', people: 'conflict', casualties: 'partial', cause: 'only-b' },
  },
  {
    // Swissair 111, September 1998: the site named nearer on one side, the divers' day a search's.
    name: 'a jet into the sea off Nova Scotia told the next day: "went down about 8 km (5 miles) off Peggy\'s Cove" against "plunged into the sea off Nova Scotia", divers who "on Friday searched the ocean floor"',
    a: {
      id: 'a', publishedAt: '1998-09-03',
      text: 'HALIFAX, Nova Scotia (Reuters) - A Swissair jet carrying 229 people crashed into the Atlantic Ocean off Nova Scotia late on Wednesday after its pilots reported smoke in the cockpit, and rescuers said there was no hope of finding survivors. '
        + 'Swissair Flight 111, an MD-11 flying from New York\'s John F. Kennedy airport to Geneva, went down about 8 km (5 miles) off Peggy\'s Cove as it tried to make an emergency landing at Halifax. '
        + 'The plane was carrying 215 passengers and 14 crew members, the airline said. Fishing boats and military ships searched the waters through the night, recovering bodies and debris.',
    },
    b: {
      id: 'b', publishedAt: '1998-09-04',
      text: 'PEGGY\'S COVE, Nova Scotia (AP) — Navy divers on Friday searched the ocean floor for the flight recorders of Swissair Flight 111, which plunged into the sea off Nova Scotia two days ago, killing all 229 people aboard. '
        + 'The McDonnell Douglas MD-11 had been bound for Geneva when the crew reported smoke in the cockpit and turned toward Halifax International Airport. '
        + 'It went down about 20 minutes later, at 10:31 p.m. local time on Wednesday. Officials said the passengers included 136 Americans, among them a number of United Nations employees. '
        + 'Canadian officials said the cause of the crash was not known.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'only-b' },
  },
  {
    // The Indian An-32 lost over Arunachal Pradesh, June 2019: the searching helicopter is no aircraft of the story.
    name: 'a transport lost in the mountains found eight days on: "took off from Jorhat in Assam" against "set off from Jorhat air base in Assam on June 3", "An Mi-17 helicopter taking part in the search"',
    a: {
      id: 'a', publishedAt: '2019-06-03',
      text: 'NEW DELHI (Reuters) - An Indian Air Force transport plane with 13 people on board went missing on Monday over the northeastern state of Arunachal Pradesh, near the border with China, the air force said. '
        + 'The Soviet-made An-32 lost contact with ground controllers about 35 minutes after it took off from Jorhat in Assam at 12:25 p.m. (0655 GMT), the air force said. '
        + 'The plane was headed to the Mechuka advanced landing ground near the Chinese border. Eight crew members and five passengers were on board, an air force spokeswoman said.',
    },
    b: {
      id: 'b', publishedAt: '2019-06-11',
      text: 'NEW DELHI (AP) — The Indian air force said on Tuesday it had spotted the wreckage of a transport plane that went missing eight days ago with 13 people on board, in a remote mountainous area of Arunachal Pradesh state. '
        + 'An Mi-17 helicopter taking part in the search found the debris of the Antonov An-32 at an altitude of about 12,000 feet, north of Lipo, the air force said. '
        + 'Rescuers were trying to reach the site to look for survivors. The An-32 had set off from Jorhat air base in Assam on June 3 for Mechuka, near the border with China.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'only-a', time: 'partial', people: 'agree' },
  },
  {
    // The Mi-8 flown to Ukraine in August 2023: the lead of the day after tells the story's landing, the video's day is a statement's, and the types the spare parts are for flew nowhere.
    name: 'a pilot who defected with his helicopter told on two days: "landing in the Kharkiv region earlier this month" in a lead, "released video" on Thursday, "spare parts for Su-27 and Su-30 fighter jets"',
    a: {
      id: 'a', publishedAt: '2023-08-23',
      text: 'KYIV (Reuters) - A Russian military pilot flew his Mi-8 helicopter to Ukraine and landed it in the Kharkiv region after months of secret talks with Ukrainian military intelligence, the agency said on Wednesday. '
        + 'The HUR intelligence agency identified the pilot as Maxim Kuzminov and said the helicopter was carrying spare parts for Su-27 and Su-30 fighter jets. '
        + 'Two other crew members, who had not known of the plan, were killed after they tried to flee on landing, a Ukrainian intelligence official said. Russia\'s defence ministry did not comment on the report. '
        + 'The landing took place on Aug. 9, according to Ukrainian media.',
    },
    b: {
      id: 'b', publishedAt: '2023-08-24',
      text: 'KYIV, Ukraine (AP) — Ukraine\'s military intelligence service on Thursday released video of a Russian pilot who it said had defected with his Mi-8 helicopter, landing in the Kharkiv region earlier this month. '
        + 'In the video, the pilot, Maxim Kuzminov, 28, said he had been promised $500,000 and new documents for himself and his family. '
        + 'The helicopter had taken off from an airfield in Russia\'s Kursk region and flew at low altitude across the border, the agency said. '
        + 'Its two crew members were shot dead after they tried to run away, the agency\'s spokesman, Andriy Yusov, said. Russian state television called the pilot a traitor.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'agree', time: 'partial', people: 'only-a', cargo: 'only-a', casualties: 'partial', actors: 'only-b' },
  },
  {
    // Putin in Mongolia, September 2024: the airport is in the capital the other side names; Tuesday's talks and welcome are a later day.
    name: 'a leader flown to a country bound to arrest him: "landed at Chinggis Khaan International Airport outside Ulaanbaatar" against "flew into the Mongolian capital on Monday night from the Russian city of Chita"',
    a: {
      id: 'a', publishedAt: '2024-09-02',
      text: 'ULAANBAATAR (Reuters) - Russian President Vladimir Putin arrived in Mongolia late on Monday, his first visit to a member state of the International Criminal Court since it issued a warrant for his arrest last year. '
        + 'Putin\'s plane landed at Chinggis Khaan International Airport outside Ulaanbaatar, where he was greeted by a guard of honour, Russian state media showed. '
        + 'Mongolia, which is obliged under the court\'s founding treaty to arrest suspects, has made no move to detain him. '
        + 'Putin will hold talks with President Ukhnaagiin Khurelsukh on Tuesday and attend a ceremony marking the anniversary of a Soviet-Mongolian victory over Japanese forces in 1939.',
    },
    b: {
      id: 'b', publishedAt: '2024-09-03',
      text: 'ULAANBAATAR, Mongolia (AP) — Mongolia gave Vladimir Putin a red-carpet welcome on Tuesday, ignoring calls to arrest the Russian leader on an international warrant for alleged war crimes. '
        + 'Putin flew into the Mongolian capital on Monday night from the Russian city of Chita, where he had visited a military unit, the Kremlin said. '
        + 'He was met on Tuesday morning by President Ukhnaagiin Khurelsukh at a ceremony in Sukhbaatar Square before the two held talks. '
        + 'The International Criminal Court issued the warrant in March 2023, accusing Putin of responsibility for the deportation of children from Ukraine.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-b', destination: 'partial', time: 'partial', actors: 'only-a' },
  },
  {
    // B-52s to the Middle East, November 2024: the order's day is not the arrival's, and the earlier deployment is background.
    name: 'bombers flown to a region: "ordered the deployment on Friday" against "arrived in the Middle East on Saturday", "after a deployment in November 2023"',
    a: {
      id: 'a', publishedAt: '2024-11-02',
      text: 'WASHINGTON (Reuters) - U.S. Air Force B-52 bombers have arrived in the Middle East, the U.S. military said on Saturday, as Washington bolsters its forces in the region to deter Iran. '
        + 'The long-range bombers are from the 5th Bomb Wing at Minot Air Force Base in North Dakota, U.S. Central Command said in a post on X, without saying how many had been sent or where they landed. '
        + 'Defense Secretary Lloyd Austin ordered the deployment on Friday, along with additional fighter squadrons, tanker aircraft and Navy destroyers. '
        + 'The move is intended to warn Iran against retaliating for Israeli air strikes last month.',
    },
    b: {
      id: 'b', publishedAt: '2024-11-03',
      text: 'WASHINGTON (AP) — Several B-52 Stratofortress bombers arrived in the Middle East on Saturday, the U.S. military said, in a show of force aimed at Iran. '
        + 'The bombers flew from Minot Air Force Base in North Dakota, Central Command said. '
        + 'It was the second time in less than a year that B-52s had been sent to the region, after a deployment in November 2023. '
        + 'Officials said the bombers would be based at an undisclosed location in the region. The Pentagon said the deployment was meant to defend Israel and to protect U.S. troops.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'agree', time: 'partial', purpose: 'only-b' },
  },
  {
    // EgyptAir 990, October 1999: a craft sent into the water came down there; the FBI's word rules terrorism out, and Egypt's possible cause is another.
    name: 'a jet into the ocean told three weeks on: "deliberately sent the jet into the ocean off Nantucket" is no destination, "no indication of terrorism" against "a mechanical failure could have been to blame"',
    a: {
      id: 'a', publishedAt: '1999-10-31',
      text: 'NEWPORT, Rhode Island (Reuters) - An EgyptAir jetliner carrying 217 people plunged into the Atlantic Ocean off the Massachusetts island of Nantucket early on Sunday, and officials said there was little hope of finding survivors. '
        + 'EgyptAir Flight 990, a Boeing 767 bound for Cairo from New York\'s John F. Kennedy airport, disappeared from radar screens about 30 minutes after take-off at 1:52 a.m. EST (0652 GMT). '
        + 'The plane carried 203 passengers and 14 crew members, the airline said. More than 100 of the passengers were American. '
        + 'Coast Guard ships and aircraft found debris and bodies floating about 60 miles (100 km) south of Nantucket. The Federal Bureau of Investigation said there was no indication of terrorism.',
    },
    b: {
      id: 'b', publishedAt: '1999-11-19',
      text: 'WASHINGTON (AP) — U.S. investigators are examining whether the relief pilot of EgyptAir Flight 990 deliberately sent the jet into the ocean off Nantucket last month, killing all 217 people on board, officials said on Friday. '
        + 'The cockpit voice recorder captured the co-pilot saying a prayer shortly before the autopilot was switched off and the Boeing 767 began its plunge, the officials said. '
        + 'Egyptian officials rejected any suggestion that the pilot had crashed the plane on purpose and said a mechanical failure could have been to blame. '
        + 'The National Transportation Safety Board said it had not determined a cause.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'partial' },
  },
  {
    // American 587, November 2001: those aboard and on the ground add up to the toll; the Rockaways are in Queens, and the tail fin in Jamaica Bay is no Jamaica.
    name: 'a jet into a borough told the next day: "all 260 people on board and several people on the ground" against "killing 265 people", "went down in the Rockaway section of Queens" against "crashed into a Queens neighbourhood"',
    a: {
      id: 'a', publishedAt: '2001-11-12',
      text: 'NEW YORK (Reuters) - An American Airlines jet bound for the Dominican Republic crashed into a residential neighbourhood in the New York borough of Queens shortly after taking off on Monday, killing all 260 people on board and several people on the ground, officials said. '
        + 'Flight 587, an Airbus A300, went down in the Rockaway section of Queens minutes after leaving John F. Kennedy International Airport at 9:14 a.m. (1414 GMT). '
        + 'The plane was carrying 251 passengers and nine crew members, the airline said. Officials said there was no immediate sign of terrorism, two months after the Sept. 11 attacks.',
    },
    b: {
      id: 'b', publishedAt: '2001-11-13',
      text: 'NEW YORK (AP) — Investigators on Tuesday recovered the flight data recorder of American Airlines Flight 587, which crashed into a Queens neighbourhood on Monday, killing 265 people. '
        + 'The dead included all 260 people aboard the Airbus A300 and five people on the ground, officials said. '
        + 'The plane\'s tail fin was found in Jamaica Bay, about a quarter of a mile from the main crash site, the National Transportation Safety Board said. '
        + 'The flight to Santo Domingo was carrying many Dominican Americans going home for the holidays. Federal officials said the evidence pointed to an accident rather than terrorism.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'partial', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // JAL 123, August 1985: a fear is no count of survivors, so the four found the next day clash with nothing.
    name: 'a jumbo jet into a mountain told the next day: "rescue officials feared there were no survivors" against "pulled four survivors from the wreckage"',
    a: {
      id: 'a', publishedAt: '1985-08-12',
      text: 'TOKYO (Reuters) - A Japan Air Lines jumbo jet with 524 people on board crashed into a mountain in central Japan on Monday evening, and rescue officials feared there were no survivors. '
        + 'The Boeing 747 was flying from Tokyo\'s Haneda airport to Osaka when the pilot reported trouble with a rear door and lost control, the airline said. '
        + 'Flight 123 disappeared from radar at about 6:56 p.m. (0956 GMT) over Gunma prefecture, northwest of Tokyo. The plane was carrying 509 passengers and 15 crew members, JAL said.',
    },
    b: {
      id: 'b', publishedAt: '1985-08-13',
      text: 'UENO, Japan (AP) — Rescuers on Tuesday pulled four survivors from the wreckage of a Japan Air Lines jumbo jet that crashed into a mountain on Monday, but said all the other 520 people aboard were killed. '
        + 'The survivors, all women, included a 12-year-old girl and an off-duty flight attendant, officials said. '
        + 'Rescue teams reached the crash site on Mount Osutaka in Gunma prefecture at dawn, more than 12 hours after the crash. It was the worst single-plane disaster in aviation history.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'only-b', cause: 'agree' },
  },
  {
    // Tenerife, March 1977: two aircraft, their routes and counts told by one side only; the bomb at Las Palmas is read as a site (left alone).
    name: 'two jumbo jets on one runway told the next day: "killing at least 500 people" against "rose to 574", "All 248 people aboard the KLM jet" and "Of the 396 people on the Pan Am plane"',
    a: {
      id: 'a', publishedAt: '1977-03-27',
      text: 'SANTA CRUZ DE TENERIFE, Canary Islands (Reuters) - Two jumbo jets collided on a fog-covered runway on the Spanish island of Tenerife on Sunday, killing at least 500 people, officials said. '
        + 'A KLM Boeing 747 taking off crashed into a Pan Am Boeing 747 that was taxiing on the same runway at Los Rodeos airport, officials said. '
        + 'Both planes had been diverted to Tenerife after a bomb exploded at the airport of Las Palmas on the neighbouring island of Gran Canaria. '
        + 'There were survivors from the Pan Am plane, officials said, but none from the KLM jet.',
    },
    b: {
      id: 'b', publishedAt: '1977-03-28',
      text: 'SANTA CRUZ DE TENERIFE, Canary Islands (AP) — The death toll in the collision of two jumbo jets on a runway here rose to 574 on Monday, making it the worst disaster in aviation history. '
        + 'All 248 people aboard the KLM jet, which had been flying from Amsterdam, were killed, airport officials said. '
        + 'Of the 396 people on the Pan Am plane, which had flown from Los Angeles and New York, about 70 survived, many of them badly burned. '
        + 'Spanish officials said the KLM pilot began his take-off without clearance from the control tower.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'only-a', location: 'only-a', time: 'partial', people: 'only-b', casualties: 'partial', cause: 'only-a' },
  },
  {
    // The F/A-18E lost off the Truman, April 2025: the inquiry's Tuesday dates nothing, the handlers' Monday is the event's, and December's downing is another event.
    name: 'a fighter lost overboard told the next day: "was investigating how a Super Hornet ... slid off the hangar deck", "lost control of it on Monday", "In December, another Super Hornet ... was shot down"',
    a: {
      id: 'a', publishedAt: '2025-04-28',
      text: 'WASHINGTON (Reuters) - A U.S. Navy F/A-18 fighter jet fell off the aircraft carrier USS Harry S. '
        + 'Truman into the Red Sea on Monday and was lost, the Navy said, in the second loss of one of the carrier\'s jets in the region in months. '
        + 'The Super Hornet was being towed in the hangar bay when the crew lost control of it, and the jet and its tow tractor went overboard, the Navy said in a statement. '
        + 'Sailors moving the aircraft took immediate action to get out of the way, and one sailor suffered a minor injury, it said. '
        + 'A U.S. official said the carrier made a hard turn to avoid fire from Houthi forces in Yemen at about the time the jet fell. The Navy said an investigation was under way.',
    },
    b: {
      id: 'b', publishedAt: '2025-04-29',
      text: 'NORFOLK, Virginia (AP) — The Navy on Tuesday was investigating how a Super Hornet fighter jet worth about $60 million slid off the hangar deck of the USS Harry S. '
        + 'Truman and into the Red Sea, as the carrier turned sharply to evade Houthi fire. The F/A-18E was being towed when handlers lost control of it on Monday, officials said. One sailor was hurt. '
        + 'In December, another Super Hornet from the Truman was shot down by the cruiser USS Gettysburg in a friendly fire incident; both of its pilots ejected safely. '
        + 'The Truman has been in the Red Sea since December.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'partial' },
  },
  {
    // The 747 freighter at Hong Kong, October 2025: its slide places the incident, and Tuesday's examination of the wreckage is a search's day.
    name: 'a freighter into the sea at an airport told the next day: "killing two ground staff whose vehicle it struck" against "killing two airport security workers on the ground", "slid into the sea at Hong Kong\'s international airport"',
    a: {
      id: 'a', publishedAt: '2025-10-20',
      text: 'HONG KONG (Reuters) - A cargo plane skidded off a runway at Hong Kong\'s airport and into the sea while landing early on Monday, killing two ground staff whose vehicle it struck, the airport authority said. '
        + 'The Boeing 747 freighter, operated by Turkish carrier ACT Airlines for Emirates, had flown from Dubai, the authority said. Its four crew members were rescued and taken to hospital, officials said. '
        + 'The plane veered off the north runway at about 3:50 a.m. (1950 GMT Sunday) and hit an airport patrol car, pushing it into the water, the authority said. '
        + 'The north runway was closed, but the airport\'s other two runways were operating.',
    },
    b: {
      id: 'b', publishedAt: '2025-10-21',
      text: 'HONG KONG (AP) — Investigators on Tuesday were examining the wreckage of a cargo jet that slid into the sea at Hong Kong\'s international airport, killing two airport security workers on the ground. '
        + 'The Boeing 747-481 freighter, Emirates flight EK9788, veered to the left after touching down in the early hours of Monday and crashed through a fence, hitting a patrol car, officials said. '
        + 'The two men in the car, aged 30 and 41, died; the plane\'s four crew members survived. The flight had come from Dubai, Emirates said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', location: 'agree', time: 'partial', people: 'only-b', casualties: 'partial' },
  },
  {
    // The Citation into Murphy Canyon, San Diego, May 2025: victims on the ground are no count aboard, whichever way the injury is told.
    name: 'a business jet into homes in fog told the next day: "Eight people on the ground were hurt" against "Eight people on the ground suffered minor injuries", "with a refuelling stop in Wichita" against "had stopped in Wichita, Kansas"',
    a: {
      id: 'a', publishedAt: '2025-05-22',
      text: 'SAN DIEGO (Reuters) - A small private jet crashed into a San Diego neighbourhood in dense fog early on Thursday, setting homes and cars on fire and killing everyone on board, officials said. '
        + 'The Cessna 550 Citation had flown from Teterboro, New Jersey, with a refuelling stop in Wichita, Kansas, and was approaching Montgomery-Gibbs Executive Airport when it went down at about 3:45 a.m., the Federal Aviation Administration said. '
        + 'Six people were on board, according to the San Diego Fire Department. Among them was music agent Dave Shapiro, his company said. Eight people on the ground were hurt, none seriously, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2025-05-23',
      text: 'SAN DIEGO (AP) — Investigators said on Friday that the pilot of a private jet that crashed into a San Diego neighbourhood had been warned that the weather at the airport was poor, as they began collecting the wreckage. '
        + 'All six people aboard were killed when the plane clipped power lines and slammed into homes in Murphy Canyon early on Thursday, officials said. '
        + 'The jet had stopped in Wichita, Kansas, on its way from New Jersey to San Diego. Eight people on the ground suffered minor injuries.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-b', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'partial' },
  },
  {
    // India and Pakistan, May 2025: the night of the strikes runs into the day the other side names, and India's Thursday is a statement's; the unattributed "Three planes" are given to Pakistan by the clash rule (left alone).
    name: 'jets claimed downed in a clash, told by each side: "after India struck sites in Pakistan overnight" against "a day after Indian missile strikes", "India on Thursday did not confirm Pakistan\'s claim"',
    a: {
      id: 'a', publishedAt: '2025-05-07',
      text: 'ISLAMABAD (Reuters) - Pakistan\'s military said on Wednesday it had shot down five Indian fighter jets, including three French-made Rafales, after India struck sites in Pakistan overnight. '
        + 'The jets were downed in Indian airspace by Pakistani J-10C fighters and air defences, military spokesman Lt. Gen. Ahmed Sharif Chaudhry said. India\'s defence ministry did not comment on the claim. '
        + 'Three planes crashed in Indian-administered Kashmir and the Indian state of Punjab, local government sources in India told Reuters.',
    },
    b: {
      id: 'b', publishedAt: '2025-05-08',
      text: 'NEW DELHI (AP) — India on Thursday did not confirm Pakistan\'s claim that it had shot down five Indian warplanes, as both countries traded fire a day after Indian missile strikes on Pakistan. '
        + '"Losses are a part of combat," India\'s air operations chief, Air Marshal A.K. Bharti, told reporters when asked about the claim, without giving details. '
        + 'Wreckage of at least two aircraft was found in Indian-administered Kashmir and Punjab, residents and local officials said. Pakistan said it had lost no aircraft.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'only-a', time: 'agree', cause: 'agree' },
  },
  {
    // Air China 129 near Busan, April 2002: survivors that fall and a toll that rises by the next day are counts of two moments; "trying to land at Busan's Gimhae airport" is no destination reached.
    name: 'a jet into a hill on approach told the next day: "Thirty-nine people survived" against "Of the 166 people on board, 38 survived", "killing at least 111" against "raising the death toll to 122"',
    a: {
      id: 'a', publishedAt: '2002-04-15',
      text: 'SEOUL (Reuters) - An Air China Boeing 767 carrying 166 people crashed into a wooded hill near the South Korean port city of Busan in rain and fog on Monday, killing at least 111 people, officials said. '
        + 'Thirty-nine people survived the crash and were taken to hospitals, a fire department official said. '
        + 'Flight 129 from Beijing was trying to land at Busan\'s Gimhae airport when it went down at 11:21 a.m. (0221 GMT). '
        + 'The plane was carrying 155 passengers, most of them South Korean tourists, and 11 crew members, the airline said.',
    },
    b: {
      id: 'b', publishedAt: '2002-04-16',
      text: 'BUSAN, South Korea (AP) — Rescuers on Tuesday recovered more bodies from the wreckage of an Air China jetliner that slammed into a mountainside near Busan, raising the death toll to 122. '
        + 'Of the 166 people on board, 38 survived, officials said. Six people were still missing. '
        + 'The pilot, who survived, told investigators he had not seen the runway because of the bad weather, officials said. '
        + 'The Boeing 767 had been circling to land at Gimhae airport in heavy rain and fog after flying from Beijing.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // Qantas 32, November 2010: the first day's count aboard differs from the next day's, a real difference kept as a conflict; the grounded fleet is no count of the story's aircraft.
    name: 'a superjumbo\'s engine failure told the next day: "None of the 433 passengers and 26 crew" against "carrying 466 people", "kept its six Airbus A380s grounded"',
    a: {
      id: 'a', publishedAt: '2010-11-04',
      text: 'SINGAPORE (Reuters) - A Qantas Airbus A380 superjumbo made an emergency landing in Singapore on Thursday after one of its four engines blew apart shortly after take-off, scattering debris over the Indonesian island of Batam. '
        + 'None of the 433 passengers and 26 crew on board Flight QF32, bound for Sydney, was hurt, the airline said. '
        + 'Qantas grounded its fleet of six A380s after the incident, chief executive Alan Joyce told reporters in Sydney. "This is a significant engine failure," Joyce said.',
    },
    b: {
      id: 'b', publishedAt: '2010-11-05',
      text: 'SYDNEY (AP) — Qantas kept its six Airbus A380s grounded on Friday as investigators examined the Rolls-Royce engine that blew apart on one of the superjumbos over Indonesia a day earlier. '
        + 'The plane, carrying 466 people from Singapore to Sydney, returned to Singapore and landed safely, the airline said. '
        + 'Pieces of the engine casing fell on the island of Batam, where residents collected them. Rolls-Royce said it was working with Qantas and Airbus to find out what happened.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'partial', location: 'only-a', time: 'partial', people: 'conflict', cause: 'agree' },
  },
  {
    // British Airways 38 at Heathrow, January 2008: the passengers and crew add up to those aboard; a bird strike ruled out by one side only.
    name: 'a jet short of the runway that all survived told the next day: "all 152 people on board" against "136 passengers and 16 crew", "ruled out a bird strike"',
    a: {
      id: 'a', publishedAt: '2008-01-17',
      text: 'LONDON (Reuters) - A British Airways Boeing 777 arriving from Beijing crash-landed short of the runway at London\'s Heathrow airport on Thursday, but all 152 people on board escaped, officials said. '
        + 'Eighteen people were taken to hospital with minor injuries, the London Ambulance Service said. '
        + 'The plane came down on the grass just inside the airport\'s perimeter fence and slid onto the runway, losing its landing gear. '
        + 'The pilot told the airline the engines had lost power as the plane approached the airport.',
    },
    b: {
      id: 'b', publishedAt: '2008-01-18',
      text: 'LONDON (AP) — Investigators said on Friday that the engines of the British Airways jet that crash-landed at Heathrow failed to respond when the crew asked for more power, and they had ruled out a bird strike. '
        + 'Flight 38 from Beijing, carrying 136 passengers and 16 crew, landed on the grass about 1,000 feet short of the runway on Thursday. '
        + 'Thirteen people were treated for minor injuries, and one was kept in hospital with a broken leg. '
        + 'The Air Accidents Investigation Branch said the Boeing 777\'s engines had not responded to demands for increased thrust.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'agree', time: 'agree', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // The ACT Airlines 747 at Dacha-Suu, January 2017: a toll that rose is a later count; the workers' Tuesday dates b's story and clashes with a's Monday (left alone: a day of the wreckage's clearing told without the crash's clause).
    name: 'a freighter into a village told the next day: "killing 37 people" against "rose to 39 on Tuesday, including the four crew and 35 people on the ground", "cleared the wreckage ... on Tuesday"',
    a: {
      id: 'a', publishedAt: '2017-01-16',
      text: 'BISHKEK (Reuters) - A Turkish cargo plane crashed into a village near Kyrgyzstan\'s main airport on Monday while trying to land in thick fog, killing 37 people, most of them residents of the village, officials said. '
        + 'The Boeing 747 freighter, operated by Turkish carrier ACT Airlines, had flown from Hong Kong and was due to stop at Manas airport outside Bishkek on its way to Istanbul, Kyrgyz officials said. '
        + 'The four crew members were among the dead, the emergencies ministry said. At least 15 people were taken to hospital. The plane destroyed dozens of houses in the village of Dacha-Suu, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2017-01-17',
      text: 'BISHKEK, Kyrgyzstan (AP) — The death toll from the crash of a Turkish cargo jet onto a village outside Kyrgyzstan\'s capital rose to 39 on Tuesday, including the four crew and 35 people on the ground, among them 17 children. '
        + 'The Boeing 747 came down in fog as it tried to land at Manas airport, where it was to refuel on a flight from Hong Kong to Istanbul. '
        + 'Kyrgyz authorities said they were investigating whether pilot error had caused the crash. Emergency workers cleared the wreckage from the ruins of houses in the village of Dacha-Suu on Tuesday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'agree', time: 'conflict', casualties: 'partial', purpose: 'only-b', cause: 'agree' },
  },
  {
    // Blinken in Beijing, June 2023: a plan goes on past "and", and the trip once planned for February is background with its balloon.
    name: 'a secretary of state\'s landing told on arrival and the next day: "will meet Foreign Minister Qin Gang on Sunday and top diplomat Wang Yi on Monday", "had been planned for February"',
    a: {
      id: 'a', publishedAt: '2023-06-18',
      text: 'BEIJING (Reuters) - U.S. '
        + 'Secretary of State Antony Blinken arrived in Beijing on Sunday, the highest-level U.S. official to visit China since President Joe Biden took office, for talks aimed at easing tensions between the two powers. '
        + 'Blinken\'s plane landed at Beijing Capital International Airport, where he was greeted by Yang Tao, director-general of the Chinese foreign ministry\'s North American affairs department, and U.S. '
        + 'Ambassador Nicholas Burns. He will meet Foreign Minister Qin Gang on Sunday and top diplomat Wang Yi on Monday. '
        + 'Blinken postponed a planned trip in February after a Chinese surveillance balloon flew over the United States.',
    },
    b: {
      id: 'b', publishedAt: '2023-06-19',
      text: 'BEIJING (AP) — U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, at the end of a two-day visit meant to stabilise relations. '
        + 'Blinken flew into the Chinese capital on Sunday morning, becoming the first secretary of state to visit China in five years. '
        + 'He held more than seven hours of talks with Foreign Minister Qin Gang on Sunday. '
        + 'The trip had been planned for February but was called off after the U.S. shot down what it said was a Chinese spy balloon.',
    },
    same: true,
    expected: { aircraft: 'only-a', destination: 'agree', time: 'partial', actors: 'only-a' },
  },
  {
    // The Nimitz's Sea Hawk and Super Hornet, October 2025: the MH-60R is a type, so a counts two aircraft; a's "its three crew" (the helicopter's) against "all five crew members" still reads as a dispute (left alone).
    name: 'two aircraft from one carrier down half an hour apart told the next day: "A U.S. Navy helicopter and a fighter jet" against "Two U.S. Navy aircraft", "all five crew members" and "its three crew"',
    a: {
      id: 'a', publishedAt: '2025-10-27',
      text: 'WASHINGTON (Reuters) - A U.S. '
        + 'Navy helicopter and a fighter jet from the aircraft carrier USS Nimitz crashed into the South China Sea within about 30 minutes of each other on Sunday, and all five crew members were rescued, the Navy said. '
        + 'An MH-60R Sea Hawk helicopter went down at about 2:45 p.m. local time while conducting routine operations, and its three crew were recovered by search and rescue teams, the Navy\'s Pacific Fleet said. '
        + 'About 30 minutes later, an F/A-18F Super Hornet fighter also crashed, and its two pilots ejected and were rescued, it said. The causes of both incidents were under investigation.',
    },
    b: {
      id: 'b', publishedAt: '2025-10-28',
      text: 'MANILA (AP) — Two U.S. Navy aircraft from the USS Nimitz crashed in the South China Sea on Sunday in separate incidents about half an hour apart, the U.S. '
        + 'Pacific Fleet said, and everyone aboard both was safely recovered. The three crew of the Sea Hawk helicopter and the two aviators of the Super Hornet were in stable condition, the Navy said. '
        + 'President Donald Trump said on Monday that the crashes might have been caused by "bad fuel", without giving evidence. The Nimitz is on its final deployment before it is retired.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'agree', time: 'partial', people: 'disputed', casualties: 'only-a' },
  },
  {
    // The Tejas at the Dubai Airshow, November 2025: the plunge dates the story, and the type's earlier crash is background.
    name: 'a fighter down at an air show told the next day: "The jet plunged to the ground on Friday afternoon", "after one went down near Jaisalmer in March 2024"',
    a: {
      id: 'a', publishedAt: '2025-11-21',
      text: 'DUBAI (Reuters) - An Indian Air Force Tejas fighter jet crashed during a flying display at the Dubai Airshow on Friday, killing its pilot, India\'s air force said. '
        + 'The single-seat jet went down at about 2:10 p.m. local time (1010 GMT) near Al Maktoum International Airport in front of spectators, sending up a plume of black smoke. '
        + '"An IAF Tejas aircraft met with an accident during an aerial display at Dubai Air Show, today," the Indian Air Force said on X. "The pilot sustained fatal injuries." '
        + 'The air show\'s organisers suspended flying for the rest of the day.',
    },
    b: {
      id: 'b', publishedAt: '2025-11-22',
      text: 'NEW DELHI (AP) — India has ordered an inquiry into the crash of a Tejas fighter jet at the Dubai Airshow that killed its pilot, Wing Commander Namansh Syal, the air force said on Saturday. '
        + 'The jet plunged to the ground on Friday afternoon while performing a low-level manoeuvre at Dubai World Central, where the show is held. '
        + 'It was the second crash of the light combat aircraft, after one went down near Jaisalmer in March 2024, when its pilot ejected safely. Flying resumed at the show on Saturday.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'agree', time: 'partial', actors: 'only-b' },
  },
  {
    // Sebastian Pinera's helicopter in Lake Ranco, February 2024: the mourning dates no sentence, and the rain and the poor visibility are one cause.
    name: 'a former president\'s helicopter into a lake told the next day: "Three other people on board survived and swam to shore", "Chile on Wednesday began three days of national mourning"',
    a: {
      id: 'a', publishedAt: '2024-02-06',
      text: 'SANTIAGO (Reuters) - Former Chilean President Sebastian Pinera was killed on Tuesday when the helicopter he was piloting crashed into Lake Ranco in southern Chile, the government said. '
        + 'Three other people on board survived and swam to shore, Interior Minister Carolina Toha said. The navy recovered Pinera\'s body from the lake several hours later, she said. '
        + 'Pinera, 74, was a billionaire businessman who served two terms as president. The cause of the crash was not immediately known; there was heavy rain in the area at the time.',
    },
    b: {
      id: 'b', publishedAt: '2024-02-07',
      text: 'SANTIAGO, Chile (AP) — Chile on Wednesday began three days of national mourning for former President Sebastian Pinera, who died when the helicopter he was flying plunged into a lake in the country\'s south. '
        + 'Pinera, an experienced pilot, was with his sister, a friend and the friend\'s son when the aircraft went down in Lake Ranco on Tuesday afternoon shortly after taking off, officials said. '
        + 'All three escaped and swam to safety. Investigators said they were examining whether rain and poor visibility played a role. His body was taken to Santiago on Wednesday.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'agree', time: 'partial', casualties: 'only-a', cause: 'agree' },
  },
  {
    // Lanhsa's Jetstream off Roatan, March 2025: one type named two ways, and the British of the maker's name is no operator.
    name: 'a commuter plane into the sea after take-off told on the night and the next morning: "The Lanhsa airline\'s Jetstream 32" against "The British Aerospace Jetstream", "Five people were rescued alive" against "the five survivors"',
    a: {
      id: 'a', publishedAt: '2025-03-18',
      text: 'TEGUCIGALPA (Reuters) - A small passenger plane crashed into the sea shortly after taking off from the Honduran island of Roatan on Monday night, killing at least 12 people, authorities said. '
        + 'The Lanhsa airline\'s Jetstream 32 was flying to La Ceiba on the mainland with 17 people on board, including a crew of three, the civil aviation agency said. '
        + 'Five people were rescued alive, officials said. Among the dead was Aurelio Martinez, a well-known singer of the Garifuna community.',
    },
    b: {
      id: 'b', publishedAt: '2025-03-18',
      text: 'ROATAN, Honduras (AP) — Rescuers pulled bodies from the Caribbean on Tuesday after a commuter plane crashed into the water moments after taking off from Roatan, killing 12 of the 17 people aboard. '
        + 'The British Aerospace Jetstream, bound for La Ceiba, went down at about 8:20 p.m. on Monday, the fire department said. A pilot was among the five survivors, officials said. '
        + 'Passengers included an American, a French national and a child.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', time: 'partial', people: 'partial', casualties: 'agree' },
  },
  {
    // A wire report on the day and one four days on, when the bomb was confirmed: the man sucked out is a bomber who is a person,
    // those arrested are no group aboard, the airport's name starts with another city's, and the pilot's belief agrees with the finding.
    name: 'a bomb on a jet that flew on: "a bomb caused the blast", "the suspected bomber", "about 20 people had been arrested", "Mogadishu\'s Aden Adde International Airport"',
    a: {
      id: 'a', publishedAt: '2016-02-03',
      text: 'MOGADISHU (Reuters) - An explosion blew a hole in the side of a Daallo Airlines passenger jet shortly after it took off from Mogadishu on Tuesday, forcing it to make an emergency landing, and a body thought to have fallen from the aircraft was found north of the Somali capital. '
        + 'The Airbus A321, which was bound for Djibouti, returned safely to Mogadishu\'s Aden Adde International Airport with a gaping hole near its right wing. '
        + 'Daallo\'s chief executive, Mohammed Ibrahim Yassin, said 74 passengers were on board and that two of them had been slightly injured. '
        + 'Police in Balcad, about 30 km (19 miles) north of Mogadishu, said residents had found the body of an elderly man in a field. '
        + 'The plane\'s Serbian pilot, Vlatko Vodopivec, told Serbian media the blast happened at an altitude of about 11,000 feet, roughly 15 minutes after take-off. '
        + '"I think it was a bomb," he said, adding that the aircraft had not yet reached cruising altitude and that the cabin was therefore not fully pressurised. '
        + 'Somali officials said the cause of the blast was still being investigated and declined to speculate. '
        + 'Many of the passengers had been booked on a Turkish Airlines flight that was cancelled on Tuesday morning, airport officials said.',
    },
    b: {
      id: 'b', publishedAt: '2016-02-07',
      text: 'Somalia said on Saturday that a bomb caused the blast that tore a hole in a Daallo Airlines jet last week, and that the man who was sucked out of the plane was the suspected bomber. '
        + 'Transport Minister Ali Ahmed Jama said investigators had concluded that the bomb was meant to bring down the aircraft and kill everyone on board. '
        + 'The Airbus A321 was carrying 74 passengers when the explosion ripped through its fuselage on Tuesday, about 20 minutes into a flight from Mogadishu to Djibouti. '
        + 'The pilot managed to turn back and land in Mogadishu. The only person killed was the man whose body was found in the town of Balcad, north of the capital, officials said. '
        + 'Security camera footage released by the government shows two men, one of them wearing what appears to be an airport uniform, handing a laptop computer to a passenger in the departure hall. '
        + 'Officials believe the device was hidden inside the laptop. Police said about 20 people had been arrested in connection with the attack, including airport staff. '
        + 'No group has claimed responsibility, but officials suspect al Shabaab, the Islamist group that has carried out frequent bombings in the capital.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'only-a', time: 'agree', people: 'partial', casualties: 'only-b', cause: 'agree' },
  },
  {
    // A report the next morning and one two days on: the band's audience is set apart from those the helicopter carried, and the
    // toll that rose from eight to nine is a later count.
    name: 'a police helicopter onto a pub: "while a band was playing to around 120 people" against "three people on board", "in the centre of Glasgow"',
    a: {
      id: 'a', publishedAt: '2013-11-30',
      text: 'GLASGOW (Reuters) - A police helicopter crashed onto the roof of a crowded pub in the centre of Glasgow late on Friday, killing at least eight people and trapping others inside, Scottish police said. '
        + 'The helicopter, with two police officers and a civilian pilot on board, came down on the Clutha Vaults bar at about 10:25 p.m. while a band was playing to around 120 people. '
        + 'Police Scotland said eight people had died, including the three people on the helicopter, and that 32 people had been taken to hospital. '
        + 'Rescue workers were still trying to reach people trapped under the collapsed roof on Saturday, and police said the toll could rise. '
        + '"It was a dreadful sight," said one witness, who said the helicopter had fallen like a stone. '
        + 'The Eurocopter EC135 was returning to its base on the banks of the River Clyde, a short distance from the pub. '
        + 'Scotland\'s First Minister Alex Salmond called it a "black day for Glasgow and for Scotland". The Air Accidents Investigation Branch has sent a team to the city.',
    },
    b: {
      id: 'b', publishedAt: '2013-12-01',
      text: 'The death toll from the crash of a police helicopter onto a Glasgow pub rose to nine on Sunday after rescuers recovered another body from the wreckage. '
        + 'The three people on board the helicopter, pilot David Traill and police constables Tony Collins and Kirsty Nelis, were among the dead, police said. '
        + 'The other six were inside the Clutha bar when the aircraft crashed through its roof on Friday night. Twelve people remained in hospital, three of them in a critical condition. '
        + 'Police said the helicopter had been returning from a routine operation when it came down. Witnesses said they heard no explosion and saw no fire before the aircraft fell. '
        + 'Investigators lifted the wreckage out of the building with a crane on Sunday and will take it to Farnborough in southern England for examination. '
        + 'Police named the first of the victims in the bar as Gary Arthur, 48, from Paisley. The pilot had issued no distress call before the crash, the Air Accidents Investigation Branch said.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'only-a', time: 'partial', people: 'partial', casualties: 'partial' },
  },
  {
    // A wire report on the day and one the next: the nickname between maker and designation is one mention, and an owner's
    // possessive is no part of the place.
    name: 'a North Sea helicopter: "The Airbus Super Puma EC225", "from Statoil\'s Gullfaks B platform" against "from the Gullfaks B field"',
    a: {
      id: 'a', publishedAt: '2016-04-29',
      text: 'OSLO (Reuters) - A helicopter carrying 13 people from a North Sea oil platform crashed near the Norwegian city of Bergen on Friday, and police said they did not expect to find any survivors. '
        + 'The Airbus Super Puma EC225, operated by CHC Helikopter Service, was flying oil workers from Statoil\'s Gullfaks B platform to Bergen airport when it went down on a small island off the coast at around noon. '
        + 'Witnesses said they saw the main rotor separate from the helicopter before it fell and exploded. "We have found 11 bodies. We are still searching for two people," a police spokesman told reporters. '
        + 'The passengers were employees of Statoil and its contractors; the two pilots were both Norwegian, CHC said. '
        + 'Statoil said it had suspended all flights with the model, and the Norwegian aviation authority later grounded it for commercial flights. '
        + 'It was the worst helicopter accident in Norway in almost 20 years.',
    },
    b: {
      id: 'b', publishedAt: '2016-04-30',
      text: 'All 13 people on board a helicopter that crashed off Norway\'s west coast on Friday were killed, police confirmed on Saturday, as investigators began examining why the aircraft\'s rotor had come off in flight. '
        + 'Eleven of the victims were Norwegian, one was British and one Italian, police said. '
        + 'The Super Puma had been returning from the Gullfaks B field in the North Sea when it crashed on the islet of Turoy, just outside Bergen, shortly before noon. '
        + 'Divers recovered the last two bodies from the sea on Saturday morning. Video filmed by a witness showed the rotor spinning away as the fuselage plunged to the ground. '
        + 'Britain\'s Civil Aviation Authority said it would also ground the EC225 for commercial flights. The accident investigation board said it would examine the gearbox, which holds the main rotor in place.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'agree', time: 'partial', people: 'partial', casualties: 'partial' },
  },
  {
    // A report on the day and one when a second body was recovered: the find's Sunday is the search's, and the crash's day agrees.
    name: 'a coast guard helicopter lost at night: "off the west coast of Ireland", "from its base in Dublin", a co-pilot\'s body found two weeks on',
    a: {
      id: 'a', publishedAt: '2017-03-14',
      text: 'DUBLIN (Reuters) - An Irish Coast Guard helicopter crashed into the sea off the west coast of Ireland early on Tuesday, killing one of its four crew members and leaving three missing, the coast guard said. '
        + 'Contact with the Sikorsky S-92, call sign Rescue 116, was lost at about 1 a.m. as it provided cover for another helicopter in a rescue off County Mayo. '
        + 'Captain Dara Fitzpatrick was pulled from the water in a critical condition and later died in hospital in Sligo. '
        + 'Ships, lifeboats and aircraft were searching for the other three crew members near Blackrock island, about 13 km off the coast. '
        + '"Our thoughts are with the families," the coast guard\'s director, Chris Reynolds, told reporters. '
        + 'The helicopter had flown from its base in Dublin to support a Sligo-based helicopter evacuating an injured fisherman from a trawler.',
    },
    b: {
      id: 'b', publishedAt: '2017-03-27',
      text: 'Navy divers on Sunday recovered the body of Captain Mark Duffy from the wreckage of the Irish Coast Guard helicopter that crashed off County Mayo two weeks ago, the coast guard said. '
        + 'Duffy, 51, was the co-pilot of Rescue 116, which went down near Blackrock island in the early hours of March 14 while on a mission to help a fishing boat. '
        + 'His colleague Captain Dara Fitzpatrick, 45, died after she was pulled from the sea hours after the crash. '
        + 'The search is continuing for winchmen Paul Ormsby and Ciaran Smith, the other two members of the crew. The wreckage of the Sikorsky S-92 was found at a depth of about 40 metres close to the island. '
        + 'Investigators are examining whether the helicopter struck the island, which rises about 40 metres above the sea. '
        + 'The head of the Air Accident Investigation Unit said the flight recorder had been recovered and was being analysed.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'only-a', purpose: 'only-a' },
  },
  {
    // A report on the day and one two days on: the toll rose, a missile by military sources against a prosecutor's finding agree.
    name: 'a helicopter shot down over a minefield: "about 150 people" against "147 people", "at least 80" against a toll that "rose to 114"',
    a: {
      id: 'a', publishedAt: '2002-08-19',
      text: 'MOSCOW (AP) - A Russian military helicopter packed with soldiers crashed in a minefield near the main Russian base in Chechnya on Monday, killing at least 80 people, officials said. '
        + 'The giant Mi-26 transport helicopter caught fire and crashed as it was coming in to land at the Khankala base on the outskirts of Grozny, the Chechen capital. '
        + 'Officials said the helicopter was carrying about 150 people, far more than it was designed to carry. '
        + 'Russian news agencies quoted military sources as saying the helicopter had been hit by a missile fired by rebels, but the Defence Ministry said it was too early to say what caused the crash. '
        + 'Rescuers were slowed by mines planted around the base, Interfax said. The helicopter had flown from Mozdok, a town in the neighbouring region of North Ossetia.',
    },
    b: {
      id: 'b', publishedAt: '2002-08-21',
      text: 'The death toll from the crash of a Russian Mi-26 helicopter in Chechnya rose to 114 on Wednesday, making it the deadliest helicopter disaster in Russian military history. '
        + 'The chief military prosecutor, Mikhail Kislitsyn, said on Wednesday that rebels had shot the helicopter down with a shoulder-fired missile. '
        + 'The heavy-lift helicopter was carrying 147 people, most of them servicemen returning from leave, when it came down on Monday near the Khankala base, outside Grozny. '
        + 'The Mi-26 was designed to carry about 80 passengers, and prosecutors have opened a criminal case over breaches of flight rules. President Vladimir Putin ordered the defence minister to investigate. '
        + 'Dozens of the survivors remain in hospital with severe burns.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'partial' },
  },
  {
    // A report the next morning and one a day later: the sources' countries are no site, a tenure's start dates nothing, and the
    // Falcon 50 is no Falcon 7X.
    name: 'two presidents shot down over Kigali: "Falcon 50", "officials in Belgium and France said", "Rwanda\'s president since 1973"',
    a: {
      id: 'a', publishedAt: '1994-04-07',
      text: 'NAIROBI, Kenya (AP) - The presidents of Rwanda and Burundi were killed Wednesday night when their plane crashed as it came in to land at Kigali airport, Rwandan radio said. '
        + 'The radio said the plane carrying President Juvenal Habyarimana of Rwanda and President Cyprien Ntaryamira of Burundi had been shot down by unidentified attackers. '
        + 'The two leaders were returning from a regional summit in Dar es Salaam, Tanzania, on the ethnic violence that has plagued both countries. There was no word on survivors. '
        + 'The French-made Falcon 50 jet, a gift from the French government, was flown by a French crew. '
        + 'Heavy gunfire was heard in Kigali after the crash, and residents said soldiers had set up roadblocks across the city.',
    },
    b: {
      id: 'b', publishedAt: '1994-04-08',
      text: 'All 12 people aboard the jet carrying the presidents of Rwanda and Burundi were killed when it was shot down over Kigali on Wednesday evening, officials in Belgium and France said. '
        + 'The Dassault Falcon 50 was hit by two missiles as it approached Kigali international airport, a Belgian official said. It crashed in the grounds of the presidential palace. '
        + 'Among the dead were Juvenal Habyarimana, Rwanda\'s president since 1973, Cyprien Ntaryamira, who had been Burundi\'s president for two months, and the three French crew members. '
        + 'It was not clear who fired the missiles. The Rwandan army blamed Tutsi-led rebels of the Rwandan Patriotic Front, who denied any involvement. '
        + 'The leaders had flown back from Dar es Salaam, where they had attended a summit of regional leaders. '
        + 'Fighting spread through Kigali on Thursday, and the United Nations said 10 of its Belgian peacekeepers had been killed.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'agree', location: 'agree', time: 'agree', people: 'only-b', cause: 'agree' },
  },
  {
    // A report on the day quoting Afghanistan's president and one the next day quoting U.S. officials, which counted one American
    // fewer: a real conflict of counts, of the dead (a list's groups share the verb after the last, past an aside "most of
    // them ..."). The district lies in the province, and the toll of those aboard, in words of its own, is on topic.
    name: 'a Chinook shot down with SEALs aboard: "Thirty-one U.S. special forces soldiers" (Karzai) against "Thirty U.S. troops" (U.S. officials), a real difference',
    a: {
      id: 'a', publishedAt: '2011-08-06',
      text: 'KABUL (Reuters) - Thirty-one U.S. special forces soldiers and seven Afghan commandos were killed when their helicopter was shot down by Taliban insurgents in eastern Afghanistan, Afghan President Hamid Karzai said on Saturday. '
        + 'It was the deadliest single incident for foreign forces in the decade-long war. '
        + 'The Chinook helicopter crashed overnight in the Sayedabad district of Wardak province, west of Kabul, Karzai\'s office said in a statement. '
        + 'A Taliban spokesman, Zabihullah Mujahid, said insurgents had brought the helicopter down with a rocket-propelled grenade during a raid on a house where fighters had gathered. '
        + 'NATO confirmed that a coalition helicopter had crashed but did not say what caused it. "We are still in the process of recovering the aircraft," a NATO spokesman said.',
    },
    b: {
      id: 'b', publishedAt: '2011-08-07',
      text: 'Thirty U.S. troops, most of them elite Navy SEALs, were killed along with seven Afghan soldiers and an Afghan interpreter when insurgents shot down their CH-47 Chinook helicopter in Wardak province, U.S. officials said on Sunday. '
        + 'The helicopter was hit by a rocket-propelled grenade as it flew in to support a unit of Army Rangers in the Tangi Valley late on Friday, officials said. '
        + 'The 38 people on board were killed instantly, the officials said. A military working dog was also killed. '
        + 'Twenty-two of the Americans were Navy SEALs, many from the unit that killed Osama bin Laden in May, although none had taken part in that raid. '
        + 'President Barack Obama said the deaths were a reminder of the sacrifices made by the military. The bodies were flown to Bagram air base, north of Kabul.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'agree', people: 'only-b', casualties: 'conflict', cause: 'agree' },
  },
  {
    // A wire report the next morning and one two days on: the crash's day agrees across the statements of two days.
    name: 'a business jet into a snow plough: "The Dassault Falcon 50" against "The Falcon jet", "three French crew members" and "all four people on board"',
    a: {
      id: 'a', publishedAt: '2014-10-21',
      text: 'MOSCOW (Reuters) - The chief executive of French oil major Total, Christophe de Margerie, was killed when his private jet collided with a snow plough on take-off at a Moscow airport late on Monday, the company said on Tuesday. '
        + 'The Dassault Falcon 50 hit the snow-clearing vehicle as it was taking off from Vnukovo airport for Paris shortly before midnight, Russian investigators said. '
        + 'The three French crew members were also killed, and the driver of the snow plough was unhurt. Investigators said the driver had been drunk, according to his lawyer, who denied it. '
        + 'De Margerie, 63, had been in Moscow for a meeting of foreign investors with Prime Minister Dmitry Medvedev.',
    },
    b: {
      id: 'b', publishedAt: '2014-10-22',
      text: 'Russian investigators said on Wednesday that the driver of a snow plough that collided with a business jet at Moscow\'s Vnukovo airport, killing Total chief executive Christophe de Margerie, had been drunk, and they detained four airport employees. '
        + 'The Falcon jet, bound for Paris, struck the snow plough as it took off late on Monday night and burst into flames, killing all four people on board. '
        + 'The jet\'s wing hit the vehicle, which was on the runway in the dark, and the aircraft flipped over and caught fire, investigators said. '
        + 'The Investigative Committee said a trainee air traffic controller and the head of snow-clearing operations were among those detained. Vnukovo reopened the runway on Tuesday, and flights resumed.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'agree', time: 'partial', people: 'only-b', casualties: 'partial', cause: 'agree' },
  },
  {
    // A report on the day and one of the investigation's finding: the fleet's 21 counts none of the story's, and the crash's
    // month, day and base agree.
    name: 'a stealth bomber lost on take-off, told on the day and months later: "one of the Air Force\'s 21 B-2s", "on Feb. 23"',
    a: {
      id: 'a', publishedAt: '2008-02-23',
      text: 'HONOLULU (AP) - An Air Force B-2 stealth bomber crashed at Andersen Air Force Base on Guam on Saturday, the first crash of one of the $1.2 billion aircraft, but both pilots ejected safely, the military said. '
        + 'The bomber went down shortly after taking off from the base at about 10:30 a.m. local time, Air Force officials said. '
        + 'The two pilots were taken to the base hospital, where one was in good condition and the other was being kept for observation. '
        + 'The B-2 was one of four deployed to Guam from Whiteman Air Force Base in Missouri as part of a rotation of bombers to the Pacific, officials said. The Air Force has 21 of the batwing bombers. '
        + 'It was not known what caused the crash.',
    },
    b: {
      id: 'b', publishedAt: '2008-06-06',
      text: 'Moisture in sensors caused the crash of a B-2 stealth bomber on Guam in February, the first loss of one of the Air Force\'s 21 B-2s, an investigation board said on Thursday. '
        + 'Water had seeped into three of the plane\'s 24 air-data sensors during a heavy rainstorm, distorting the information sent to its flight-control computers, the report said. '
        + 'The computers pitched the bomber\'s nose up sharply as it took off from Andersen Air Force Base on Feb. 23, and it stalled and crashed on the airfield. '
        + 'Both pilots ejected; one suffered a compression fracture of the spine. The aircraft, the Spirit of Kansas, was destroyed, a loss estimated at $1.4 billion. '
        + 'The bomber had been deployed to Guam from Whiteman Air Force Base in Missouri.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'partial', time: 'partial', people: 'agree' },
  },
  {
    // A wire report on the day and one the next day naming the crew: the purpose is read from the work against the fire.
    name: 'an air tanker down while fighting bushfires: "while fighting bushfires" against "dropping fire retardant on a blaze", "near Cooma in the Snowy Monaro region"',
    a: {
      id: 'a', publishedAt: '2020-01-23',
      text: 'SYDNEY (Reuters) - Three American firefighters were killed on Thursday when their C-130 Hercules water-bombing plane crashed while fighting bushfires in southern New South Wales, Australian officials said. '
        + 'The large air tanker, operated by Canadian firm Coulson Aviation under contract to the state\'s Rural Fire Service, went down in the Snowy Monaro region, about 100 km south of Canberra. '
        + '"Tragically, the three crew members on board were killed," New South Wales Premier Gladys Berejiklian told reporters. '
        + 'The plane had taken off from Richmond air base near Sydney, and contact with it was lost at about 1:30 p.m., officials said. Coulson said it had grounded its other air tankers as a precaution.',
    },
    b: {
      id: 'b', publishedAt: '2020-01-24',
      text: 'The three crew members killed when their air tanker crashed while fighting a bushfire in Australia were all U.S. military veterans, Coulson Aviation said on Friday as it named them. '
        + 'Captain Ian McBeth, First Officer Paul Hudson and Flight Engineer Rick DeMorgan Jr. died when the Lockheed C-130 went down near Cooma in the Snowy Monaro region on Thursday afternoon. '
        + 'The tanker had been dropping fire retardant on a blaze near Peak View when it crashed, the Rural Fire Service said. Witnesses described a fireball as it hit the ground. '
        + 'The Australian Transport Safety Bureau said it had begun an investigation, and the company\'s other tankers resumed firefighting flights on Friday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'partial', casualties: 'partial', purpose: 'agree' },
  },
  {
    // A wire report from the departure and one from the arrival the same day: the nickname after a nationality, and the coffins
    // are a load both give.
    name: 'the first MH17 victims flown home: "A Dutch C-130 Hercules and an Australian C-17" against "The Dutch Hercules", "40 coffins", Kharkiv to Eindhoven',
    a: {
      id: 'a', publishedAt: '2014-07-23',
      text: 'KHARKIV, Ukraine (Reuters) - Two military planes carrying the remains of victims of the Malaysia Airlines plane shot down over eastern Ukraine took off from Kharkiv on Wednesday, bound for the Netherlands. '
        + 'A Dutch C-130 Hercules and an Australian C-17 transport plane carried 40 coffins, the first of the bodies to be flown out, a Dutch official said. '
        + 'The planes left Kharkiv airport after a brief ceremony attended by Ukrainian officials. The bodies had been brought to Kharkiv by train from the rebel-held town of Torez, near the crash site. '
        + 'The Boeing 777, flight MH17, was shot down on July 17 with 298 people on board, 193 of them Dutch.',
    },
    b: {
      id: 'b', publishedAt: '2014-07-23',
      text: 'EINDHOVEN, Netherlands (AP) - Two military aircraft bearing the first bodies of victims of the Malaysia Airlines disaster landed at Eindhoven air base on Wednesday afternoon, where King Willem-Alexander and Queen Maxima led a silent ceremony. '
        + 'The Dutch Hercules and an Australian C-17 had flown in from Kharkiv in eastern Ukraine with 40 wooden coffins. '
        + 'Church bells rang across the country as the planes touched down, and the Netherlands held its first day of national mourning since 1962. '
        + 'A convoy of hearses then carried the coffins to a military barracks in Hilversum, where forensic experts will work to identify the victims. '
        + 'The Netherlands lost 193 citizens when the plane was shot down over rebel-held territory in eastern Ukraine last Thursday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'partial', location: 'only-a', time: 'agree', cargo: 'agree', cause: 'only-a' },
  },
  {
    // Two reports of the arrival: a visit framed by the journey's 'for', and tomorrow's plan read ahead.
    name: 'a pope\'s flight to Baghdad: "for the first papal visit", "shortly before 2 p.m." against "1:55 p.m. local time", "On Saturday he is due to meet"',
    a: {
      id: 'a', publishedAt: '2021-03-05',
      text: 'BAGHDAD (Reuters) - Pope Francis arrived in Baghdad on Friday for the first papal visit to Iraq, defying the coronavirus pandemic and security risks to urge Iraqis to embrace peace and tolerance. '
        + 'The Alitalia plane carrying the pope, his entourage and about 75 journalists landed at Baghdad airport shortly before 2 p.m. (1100 GMT), after a flight of about four and a half hours from Rome. '
        + 'He was greeted on the tarmac by Prime Minister Mustafa al-Kadhimi, and a band played as children in traditional dress waved flags. '
        + 'The 84-year-old pontiff will visit Najaf, Ur, Mosul and Erbil during his four-day trip, travelling mostly by helicopter and armoured car. '
        + 'Some 10,000 members of Iraq\'s security forces have been deployed to protect him.',
    },
    b: {
      id: 'b', publishedAt: '2021-03-05',
      text: 'Pope Francis landed in Iraq on Friday on a historic trip, the first ever by a pope, flying in on an Alitalia Airbus A330 from Rome\'s Fiumicino airport. '
        + 'The plane touched down at Baghdad International Airport at 1:55 p.m. local time, and the pope was met by Iraqi Prime Minister Mustafa al-Kadhimi. '
        + 'Francis, who was accompanied by a delegation of Vatican officials and 74 reporters, told journalists on the plane that he felt a duty to make the trip, which he called "emblematic". '
        + 'On Saturday he is due to meet Iraq\'s top Shi\'ite cleric, Grand Ayatollah Ali al-Sistani, in the holy city of Najaf. It is his 33rd trip abroad as pope, and his first since the pandemic began.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'agree', time: 'partial', people: 'agree', purpose: 'only-a', actors: 'agree' },
  },
  {
    // A wire report on the day and one the next: a GMT day before the local one, and the investigators' Monday is the search's.
    name: 'a jet down on its approach to Perm: "at about 5:10 a.m. local time (2310 GMT Saturday)" against "in the early hours of Sunday", "82 passengers ... and six crew" against "killing 88 people"',
    a: {
      id: 'a', publishedAt: '2008-09-14',
      text: 'MOSCOW (Reuters) - A Russian passenger jet crashed on its approach to the Urals city of Perm early on Sunday, killing all 88 people on board, including a former general who led Russian forces in Chechnya, officials said. '
        + 'The Boeing 737, operated by Aeroflot-Nord, a subsidiary of the national carrier Aeroflot, was flying from Moscow\'s Sheremetyevo airport. '
        + 'It came down on the outskirts of Perm at about 5:10 a.m. local time (2310 GMT Saturday), setting fire to a railway line, the Emergencies Ministry said. '
        + 'Among the dead was Gennady Troshev, an adviser to the Kremlin and a former commander of troops in the North Caucasus. '
        + 'There were 82 passengers, including seven children, and six crew members on board, Aeroflot said.',
    },
    b: {
      id: 'b', publishedAt: '2008-09-15',
      text: 'Investigators on Monday began examining the flight recorders of an Aeroflot-Nord Boeing 737 that crashed near Perm, killing 88 people, as the airline said one of its engines had caught fire before the crash. '
        + 'The jet went down in the early hours of Sunday on its second attempt to land, scattering wreckage over a wide area near houses in the Sverdlovsky district of the city. '
        + 'Aeroflot said the crew had reported problems with the aircraft as it came in to land, and that an engine fire was the likely cause. Flight 821 had taken off from Moscow shortly after 1 a.m. '
        + 'Moscow time. Russia\'s President Dmitry Medvedev ordered an investigation, and Aeroflot said it would drop the Aeroflot-Nord name.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'only-b' },
  },
  {
    // A wire report the next morning and one three days on: the toll rose, the groups add up to those aboard, and the fleet to
    // be retired counts none of the story's aircraft.
    name: 'a Tu-134 onto a highway in fog: "killing 44 of the 52 people on board" against a toll that "rose to 47", "43 passengers and nine crew members", "retire all Tu-134s"',
    a: {
      id: 'a', publishedAt: '2011-06-21',
      text: 'MOSCOW (Reuters) - A Russian Tu-134 passenger plane crashed onto a highway and burst into flames as it came in to land in heavy fog near the northern city of Petrozavodsk late on Monday, killing 44 of the 52 people on board, officials said. '
        + 'Eight people, including a 10-year-old boy, survived and were taken to hospital with severe burns, the Emergencies Ministry said. '
        + 'The RusAir jet, flying from Moscow\'s Domodedovo airport, hit power lines and came down about a kilometre short of the runway near the village of Besovets, investigators said. '
        + 'Among the passengers were a Swede, a Dutch citizen and a U.S. citizen, officials said. '
        + 'President Dmitry Medvedev said the ageing Tu-134 should be taken out of service on commercial routes from next year.',
    },
    b: {
      id: 'b', publishedAt: '2011-06-23',
      text: 'The death toll from the crash of a Tu-134 airliner in northern Russia rose to 47 on Thursday after a third survivor died in a Moscow hospital, health officials said. '
        + 'Five people, among them two children, are still being treated for burns, two of them in a critical condition. '
        + 'The plane, carrying 43 passengers and nine crew members, crashed late on Monday onto a road outside Petrozavodsk, the capital of Karelia, as it tried to land in fog. '
        + 'Investigators have said the navigator, who was drunk, and the captain made a series of errors, and that the airport\'s landing beacon was faulty. '
        + 'Russia plans to retire all Tu-134s from passenger service by 2012.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial', cause: 'partial' },
  },
  {
    // A report the morning after and one when the body was identified weeks later: the type by its nickname, the day by its
    // date, and the weather that ended the recovery is no cause of the crash.
    name: 'a light plane lost over the Channel: "The single-engine Piper PA-46 Malibu" against "The Piper Malibu", "on Jan. 21", a recovery ended "because of bad weather"',
    a: {
      id: 'a', publishedAt: '2019-01-22',
      text: 'LONDON (Reuters) - A small plane carrying Argentine footballer Emiliano Sala, who had just signed for Premier League club Cardiff City, disappeared over the English Channel on Monday night, police on Guernsey said. '
        + 'The single-engine Piper PA-46 Malibu, which was flying from the French city of Nantes to Cardiff, lost contact with air traffic control near the Casquets lighthouse, north of Alderney, at about 8:23 p.m. '
        + 'Two people were on board, the police said, without naming them. Helicopters, planes and lifeboats searched an area of about 1,000 square miles overnight but found no trace of the aircraft. '
        + 'Sala, 28, had been Nantes\' top scorer this season and joined Cardiff for a club record fee of 15 million pounds ($19.3 million) on Saturday.',
    },
    b: {
      id: 'b', publishedAt: '2019-02-08',
      text: 'A body recovered from the wreckage of the plane that crashed in the English Channel last month has been identified as that of Cardiff City striker Emiliano Sala, police said on Thursday. '
        + 'The Piper Malibu carrying the 28-year-old Argentine and pilot David Ibbotson went missing on Jan. 21 on its way from Nantes to Cardiff. '
        + 'Its wreckage was found on the seabed about 21 miles north of Guernsey on Sunday by a search team funded by relatives. '
        + 'The body was brought ashore in Portland, on England\'s south coast, late on Wednesday, Dorset police said. '
        + 'Ibbotson remains missing, and the Air Accidents Investigation Branch said it had ended its attempt to recover the wreckage because of bad weather.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'only-a' },
  },
  {
    // A wire report quoting the Pentagon and one quoting Iran the next day: what the airliner was taken for is no aircraft of the
    // story. Where it flew and whether it climbed, which the two sides dispute, no facet reads.
    name: 'an airliner shot down by a warship: "after mistaking it for an attacking F-14 fighter jet", "all 290 people aboard" against "290 passengers and crew", Bandar Abbas to Dubai',
    a: {
      id: 'a', publishedAt: '1988-07-04',
      text: 'WASHINGTON (AP) - The U.S. '
        + 'Navy cruiser Vincennes shot down an Iranian airliner over the Persian Gulf on Sunday, killing all 290 people aboard, after mistaking it for an attacking F-14 fighter jet, the Pentagon said. '
        + 'Admiral William Crowe, chairman of the Joint Chiefs of Staff, said the plane had been flying outside the commercial air corridor and was descending toward the ship when it was hit by two missiles. '
        + 'The Iran Air Airbus A300 was on a flight from Bandar Abbas to Dubai. The Vincennes had been exchanging fire with Iranian gunboats when the plane was detected, Crowe said. '
        + 'President Ronald Reagan called the downing "an understandable accident" and expressed regret.',
    },
    b: {
      id: 'b', publishedAt: '1988-07-05',
      text: 'Iran said on Monday that the Iran Air jet shot down by an American warship was climbing on its normal route when it was hit, and accused the United States of a "barbaric massacre". '
        + 'Iranian officials said the Airbus, carrying 290 passengers and crew, was inside the internationally recognised air corridor and had taken off only minutes earlier from Bandar Abbas, bound for Dubai. '
        + 'Iran\'s state radio said the plane was ascending, not descending, when the missiles struck. '
        + 'Divers and helicopters recovered more than 100 bodies from the waters of the Gulf near the island of Qeshm, the official news agency said. Tehran vowed revenge for the attack.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // A wire report the next morning and one two days on: a count of two craft by their number is no rival of one craft's count,
    // and a word of a craft's name is no load.
    name: 'a mid-air collision at night: "all 71 people on board the two aircraft" against the Tu-154\'s "69 people", "a DHL cargo plane", "60 passengers and nine crew"',
    a: {
      id: 'a', publishedAt: '2002-07-02',
      text: 'BERLIN (Reuters) - A Russian passenger jet carrying dozens of children and a DHL cargo plane collided over southern Germany near the Swiss border late on Monday, killing all 71 people on board the two aircraft, police said. '
        + 'The Tupolev Tu-154 of Bashkirian Airlines was flying from Moscow to Barcelona with 69 people, among them 45 children from the Russian republic of Bashkortostan on a holiday trip, officials said. '
        + 'The Boeing 757 freighter, with two pilots on board, was flying from Bergamo in Italy to Brussels. Wreckage and bodies fell over a wide area around the town of Ueberlingen on Lake Constance. '
        + 'Swiss air traffic controllers, who were handling the flights, said they had told the Russian crew to descend less than a minute before the collision.',
    },
    b: {
      id: 'b', publishedAt: '2002-07-03',
      text: 'German investigators said on Wednesday that the Russian crew had followed a Swiss controller\'s order to descend, ignoring a warning from their own on-board collision alarm telling them to climb, seconds before the mid-air collision over Lake Constance that killed 71 people. '
        + 'The crew of the DHL Boeing 757 had obeyed the same system and begun to descend too, investigators said. '
        + 'The Bashkirian Airlines Tu-154 was carrying 60 passengers and nine crew, most of the passengers children from Ufa travelling to Spain for a holiday. '
        + 'Skyguide, the Swiss air traffic control company, admitted that only one controller had been on duty when the planes collided at 11:35 p.m. on Monday. '
        + 'Rescue workers have recovered most of the bodies from fields and woods around Ueberlingen.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'partial', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree', cause: 'agree' },
  },
  {
    // A wire report on the day and one the next: the day an inquiry opened is the inquiry's, and the tolls agree.
    name: 'a runway collision in fog: "on Monday morning" against "prosecutors on Tuesday opened a manslaughter investigation", 110 aboard and four on the ground against a toll of 118',
    a: {
      id: 'a', publishedAt: '2001-10-08',
      text: 'MILAN (Reuters) - A Scandinavian Airlines jet collided with a small private plane on the runway at Milan\'s Linate airport in thick fog on Monday morning and crashed into a baggage hangar, killing all 110 people on board the airliner and four people on the ground, officials said. '
        + 'The SAS MD-87, bound for Copenhagen, was taking off when it hit a Cessna business jet that had strayed onto the runway, airport officials said. '
        + 'The four people aboard the Cessna, two pilots and two passengers, were also killed, bringing the toll to 118. Officials ruled out terrorism and said the fog had reduced visibility to about 200 metres. '
        + 'The airport was closed for the rest of the day.',
    },
    b: {
      id: 'b', publishedAt: '2001-10-09',
      text: 'Italian prosecutors on Tuesday opened a manslaughter investigation into the collision at Milan\'s Linate airport, Italy\'s worst air disaster, in which 118 people died. '
        + 'The Cessna Citation had taken a wrong turn in the fog and crossed the active runway just as the SAS MD-87 was accelerating for take-off to Copenhagen, investigators said. '
        + 'The airliner\'s 104 passengers and six crew were killed, along with the four people on the Cessna and four airport workers in the hangar. '
        + 'Investigators said the airport\'s ground radar had been out of service. The airline said most of the passengers were Italian and Scandinavian.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-a', location: 'only-b', time: 'partial', people: 'partial', casualties: 'agree', cause: 'partial' },
  },
  {
    // Air France 447, June 2009: a wire report on the day and one the next; nationalities that are adjectives too count people, and a planned landing time is a plan.
    name: 'a jet lost over the Atlantic told the next day: "216 passengers ... and 12 crew members" against "228 people aboard", "61 French, 58 Brazilians and 26 Germans"',
    a: {
      id: 'a', publishedAt: '2009-06-01',
      text: 'PARIS (Reuters) - An Air France Airbus A330 carrying 228 people from Rio de Janeiro to Paris disappeared over the Atlantic Ocean early on Monday after flying into a zone of thunderstorms, the airline said. '
        + 'Flight AF447 left Rio at 7 p.m. local time (2200 GMT) on Sunday and had been due to land at Charles de Gaulle airport at 11:15 a.m. (0915 GMT). '
        + 'The plane sent an automatic message reporting an electrical short circuit about four hours after take-off, Air France said. '
        + 'There were 216 passengers, among them seven children and a baby, and 12 crew members on board. '
        + 'The Brazilian air force sent planes to search the ocean near the Fernando de Noronha islands, about 360 km off the coast of northeast Brazil. '
        + 'President Nicolas Sarkozy said the chances of finding survivors were very slim.',
    },
    b: {
      id: 'b', publishedAt: '2009-06-02',
      text: 'RIO DE JANEIRO (Reuters) - Brazilian air force planes on Tuesday spotted debris in the Atlantic Ocean that officials said came from the Air France jet that vanished on a flight from Rio to Paris with 228 people aboard. '
        + 'Defence Minister Nelson Jobim said an airplane seat, an orange life vest and a trail of kerosene had been seen about 650 km northeast of the Fernando de Noronha islands. '
        + '"There is no doubt that the debris is from the Air France plane," Jobim told reporters. The Airbus A330-200 disappeared early on Monday, about four hours into the flight. '
        + 'Among the passengers were 61 French, 58 Brazilians and 26 Germans, the airline said. French officials said it was too early to say what caused the crash, but did not rule out a bomb.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'agree', time: 'partial', people: 'partial' },
  },
  {
    // KAL 007, September 1983: one report of a plane missing, one of a plane shot down; Anchorage is a stopover and a departure, and the arrival time was a plan.
    name: 'an airliner shot down near Sakhalin told on the day and the next: "was due in Seoul at 6 a.m.", "flight from New York" against "flight from Anchorage"',
    a: {
      id: 'a', publishedAt: '1983-09-01',
      text: 'TOKYO (Reuters) - A Korean Air Lines Boeing 747 with 269 people aboard disappeared early on Thursday near the Soviet island of Sakhalin on a flight from New York to Seoul, Japanese officials said. '
        + 'Flight 007 had stopped to refuel in Anchorage, Alaska, and was due in Seoul at 6 a.m. Japanese radar lost track of the jumbo jet over the Sea of Japan, west of Sakhalin. '
        + 'There were 240 passengers and 29 crew on board, including a U.S. congressman, Larry McDonald of Georgia. '
        + 'Korean Air Lines said at first that the plane had been forced to land on Sakhalin and that all on board were safe, but later said it could not confirm the report.',
    },
    b: {
      id: 'b', publishedAt: '1983-09-02',
      text: 'WASHINGTON (Reuters) - Secretary of State George Shultz said on Thursday that a Soviet fighter had shot down the South Korean airliner with a missile, killing all 269 people on board. '
        + 'The Soviet interceptor tracked the Boeing 747 for more than two hours before firing, Shultz told a news conference. "The United States reacts with revulsion to this attack," he said. '
        + 'The Soviet news agency Tass said an unidentified plane had violated Soviet airspace over Sakhalin and that fighters had tried to guide it to a nearby airfield, but it made no mention of shooting the plane down. '
        + 'The plane, on a flight from Anchorage to Seoul, had strayed hundreds of miles off course.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // El Al 1862, October 1992: the mayor's forecast of 250 dead is not read (left alone); the crew and passenger add up to everyone aboard.
    name: 'a freighter into apartment blocks told the next day: "three crew and one passenger" against "All four people on board", "an El Al jumbo jet"',
    a: {
      id: 'a', publishedAt: '1992-10-04',
      text: 'AMSTERDAM (Reuters) - An Israeli El Al cargo jet crashed into two apartment blocks in a suburb of Amsterdam on Sunday evening shortly after taking off from Schiphol airport, killing at least 20 people, police said. '
        + 'The Boeing 747 freighter, bound for Tel Aviv, had been trying to return to the airport after reporting that two of its engines had failed. '
        + 'It ploughed into the Bijlmermeer housing estate, setting the buildings on fire. The plane carried three crew and one passenger, El Al said in Tel Aviv. '
        + 'Firefighters were battling the blaze late into the night.',
    },
    b: {
      id: 'b', publishedAt: '1992-10-05',
      text: 'AMSTERDAM (Reuters) - Rescue workers searched the ruins of two apartment blocks in Amsterdam on Monday as the mayor said the death toll from Sunday\'s crash of an El Al jumbo jet could reach 250. '
        + 'Mayor Ed van Thijn said many of the residents of the Bijlmermeer estate were immigrants from Surinam and Ghana who were not registered, making it hard to know how many people had been in the buildings. '
        + 'All four people on board the Boeing 747 cargo plane, which had flown from New York with a stop in Amsterdam, were killed. '
        + 'Investigators found that the two engines on the right wing had broken off shortly after take-off. Police said on Monday that 12 bodies had been recovered so far.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'only-a', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Carlos Ghosn, December 2019: two legs of one journey, a Challenger 300 that is no Challenger 600, and a jet operator that is no jet.
    name: 'an escape by private jet told on arrival and days on: "a private jet from Istanbul" against "a smaller Bombardier Challenger 300", "private jet operator MNG Jet"',
    a: {
      id: 'a', publishedAt: '2019-12-31',
      text: 'BEIRUT (Reuters) - Former Nissan chairman Carlos Ghosn, who was awaiting trial in Japan on charges of financial misconduct, said on Tuesday he was in Lebanon, having fled what he called a "rigged" justice system. '
        + 'Ghosn arrived in Beirut on Monday on a private jet from Istanbul, a source close to him said. '
        + 'It was not clear how he left Japan, where he had been under strict bail conditions that barred him from travelling abroad. His lawyers in Tokyo said they still held his three passports. '
        + 'Lebanon and Japan do not have an extradition treaty.',
    },
    b: {
      id: 'b', publishedAt: '2020-01-03',
      text: 'ISTANBUL (Reuters) - Turkish police detained seven people, including four pilots, on Thursday over Carlos Ghosn\'s passage through Istanbul on his escape from Japan to Lebanon. '
        + 'Ghosn flew from Osaka\'s Kansai airport to Istanbul on a Bombardier Global Express jet late on Sunday, hidden in a large black box used for audio equipment, people familiar with the matter said. '
        + 'At Istanbul\'s Ataturk airport he switched to a smaller Bombardier Challenger 300, which took him on to Beirut. '
        + 'Turkish private jet operator MNG Jet said one of its employees had falsified records so that Ghosn\'s name did not appear on them. Japanese prosecutors on Thursday raided Ghosn\'s house in Tokyo.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', time: 'partial', people: 'only-b' },
  },
  {
    // Air Florida 90, January 1982: a manifest's two groups are one whole of which five survived, and the rescuers' helicopter is no second aircraft of the crash.
    name: 'a jet into a bridge and a frozen river told the next day: "79 people aboard" against "Only five of the 74 passengers and five crew members survived", "A Park Police helicopter plucked survivors"',
    a: {
      id: 'a', publishedAt: '1982-01-13',
      text: 'WASHINGTON (AP) - An Air Florida Boeing 737 with 79 people aboard struck a crowded bridge over the Potomac River during a snowstorm on Wednesday afternoon seconds after taking off from National Airport and plunged into the icy water, police said. '
        + 'The jet, bound for Tampa and Fort Lauderdale, Florida, hit the 14th Street Bridge during the evening rush hour, crushing several cars before it broke apart in the river. '
        + 'Officials said at least 40 people were feared dead. A Park Police helicopter plucked survivors from the water as rescuers on the shore tried to reach the wreckage through the ice. '
        + 'National Airport had been closed for much of the day because of the snow.',
    },
    b: {
      id: 'b', publishedAt: '1982-01-14',
      text: 'WASHINGTON (AP) - Divers working in the freezing Potomac River on Thursday recovered more bodies from the wreckage of the Air Florida jetliner that crashed into a bridge a day earlier, and officials said 78 people had been killed, including four motorists on the bridge. '
        + 'Only five of the 74 passengers and five crew members survived. One of them, a flight attendant, was in critical condition in hospital. '
        + 'A government clerk, Lenny Skutnik, dived into the water to pull a woman to the shore. Investigators said they would examine whether ice on the wings had caused the crash.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'partial' },
  },
  {
    // Samora Machel, October 1986: where the jet was about to land and where from, and a cause the second report gives as a dispute.
    name: 'a president\'s jet into hills near a border told the next day: "crashed inside South Africa", "as it approached Maputo from Lusaka", bad weather against a downing',
    a: {
      id: 'a', publishedAt: '1986-10-20',
      text: 'MAPUTO (Reuters) - Mozambican President Samora Machel was killed when his plane crashed inside South Africa near the border with Mozambique late on Sunday, the Mozambican government said on Monday. '
        + 'The Soviet-built Tupolev Tu-134 was bringing Machel home from a summit in Zambia when it came down in hills near Mbuzini, just inside South Africa. '
        + 'Thirty-four people were killed and nine survived, South African officials said. Machel, 53, had led Mozambique since independence from Portugal in 1975. '
        + 'The government declared 50 days of national mourning.',
    },
    b: {
      id: 'b', publishedAt: '1986-10-21',
      text: 'JOHANNESBURG (Reuters) - South Africa on Tuesday denied any role in the plane crash that killed Mozambican President Samora Machel and said the Tu-134 had flown into a hillside in bad weather. '
        + 'Foreign Minister Pik Botha said the Soviet crew had made errors and that the jet had been flying too low as it approached Maputo from Lusaka. '
        + 'Mozambican officials suggested the plane had been lured off course by a false radio beacon, and some African leaders accused Pretoria of shooting it down. '
        + 'The Tu-134 was carrying 44 people, among them several ministers and officials, when it crashed late on Sunday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'only-b', location: 'only-a', time: 'agree', people: 'only-b', casualties: 'only-a', cause: 'disputed' },
  },
  {
    // Dag Hammarskjold, September 1961: a day of mourning dates no crash, and the way he was on gives the flight's reason.
    name: 'a secretary-general\'s plane down in a forest told the next day: "on Tuesday mourned Dag Hammarskjold", "on his way to ceasefire talks"',
    a: {
      id: 'a', publishedAt: '1961-09-18',
      text: 'NDOLA, Northern Rhodesia (AP) - The plane carrying United Nations Secretary-General Dag Hammarskjold crashed in a forest near Ndola on Sunday night, killing him and 14 others, Rhodesian officials said on Monday. '
        + 'Hammarskjold was flying from Leopoldville to Ndola to meet Katanga\'s leader Moise Tshombe for talks on a ceasefire in the Congo. '
        + 'The wreckage of the DC-6 was found on Monday afternoon, about nine miles west of the airport. One man, an American security guard, was found alive and taken to hospital.',
    },
    b: {
      id: 'b', publishedAt: '1961-09-19',
      text: 'NEW YORK (AP) - The United Nations on Tuesday mourned Dag Hammarskjold, the secretary-general killed when his airliner crashed in Northern Rhodesia on his way to ceasefire talks with Katanga\'s Moise Tshombe. '
        + 'The Douglas DC-6, chartered by the U.N. from a Swedish company, was carrying 16 people when it came down near Ndola. The sole survivor, Sgt. Harold Julien, was in serious condition. '
        + 'Rhodesian investigators said they had found no sign that the plane had been shot down, but some diplomats said it might have been attacked. Flags flew at half-staff at U.N. headquarters.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-b', casualties: 'partial', purpose: 'agree' },
  },
  {
    // Otto Warmbier, June 2017: an airport the gazetteer lacks lies in the city whose possessive it follows.
    name: 'a student flown home in a coma told on arrival and two days on: "Cincinnati\'s Lunken Airport" against "landing in Cincinnati", "with a stop to refuel in Sapporo"',
    a: {
      id: 'a', publishedAt: '2017-06-13',
      text: 'CINCINNATI (Reuters) - Otto Warmbier, an American student released by North Korea after 17 months in detention, arrived home in Ohio on Tuesday night in a coma, his family said. '
        + 'A medical evacuation plane carrying Warmbier landed at Cincinnati\'s Lunken Airport shortly after 10 p.m., and an ambulance took him to the University of Cincinnati Medical Center. '
        + 'Warmbier, 22, was sentenced to 15 years of hard labour in March 2016 for trying to steal a propaganda poster from his hotel in Pyongyang. '
        + 'His parents said they had been told he fell into a coma soon after his trial.',
    },
    b: {
      id: 'b', publishedAt: '2017-06-15',
      text: 'CINCINNATI (AP) - Doctors treating Otto Warmbier said on Thursday that the 22-year-old student had suffered severe brain damage and was in a state of unresponsive wakefulness. '
        + 'Warmbier was flown out of Pyongyang on Tuesday after the U.S. envoy Joseph Yun secured his release, with a stop to refuel in Sapporo, Japan, before landing in Cincinnati late that night. '
        + 'His father, Fred Warmbier, told reporters his son had been brutalized by North Korea. The doctors said they found no evidence of botulism, which North Korea had given as the cause of his coma.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-b', destination: 'partial', time: 'partial', purpose: 'only-a' },
  },
  {
    // Rodrigo Duterte, March 2025: two legs of one journey, and a daughter's flight that is hers.
    name: 'a former president flown to a court told on departure and arrival: "bound for The Hague" against "landed in Rotterdam ... after a stop in Dubai"',
    a: {
      id: 'a', publishedAt: '2025-03-11',
      text: 'MANILA (Reuters) - Former Philippine President Rodrigo Duterte was arrested on Tuesday at Manila\'s international airport on a warrant from the International Criminal Court and was flown out of the country hours later, the government said. '
        + 'Duterte, 79, was detained as he arrived on a flight from Hong Kong. '
        + 'A chartered jet carrying him left Manila at 11:03 p.m. (1503 GMT) bound for The Hague, President Ferdinand Marcos Jr. told a news conference. '
        + 'The ICC accuses Duterte of crimes against humanity over his war on drugs, in which thousands of people were killed.',
    },
    b: {
      id: 'b', publishedAt: '2025-03-12',
      text: 'THE HAGUE (Reuters) - The plane carrying former Philippine President Rodrigo Duterte landed in Rotterdam on Wednesday afternoon after a stop in Dubai, and he was taken to the International Criminal Court\'s detention centre. '
        + 'Duterte, who flew from Manila late on Tuesday, is the first former Asian head of state to face charges at the court. His daughter, Vice President Sara Duterte, flew to the Netherlands to be with him. '
        + 'He is expected to make his first appearance before the court in the coming days.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', time: 'partial', casualties: 'only-a', actors: 'only-b' },
  },
  {
    // Air India 182, June 1985: the helicopters that recovered bodies searched, so both name one Boeing 747; the bodies recovered are bounded by all the dead, not by the crew or the two killed at Narita; the Narita bomb's place and cause stand in b's rows (left alone).
    name: 'a jumbo jet lost off Ireland told the next day: "329 people aboard" against "all 307 passengers and 22 crew", "dozens of bodies" against "killing two baggage handlers" at Narita',
    a: {
      id: 'a', publishedAt: '1985-06-23',
      text: 'LONDON (Reuters) - An Air India Boeing 747 with 329 people aboard plunged into the Atlantic off the southwest coast of Ireland on Sunday, and rescuers said there was no hope of finding survivors. '
        + 'The jumbo jet, on a flight from Toronto and Montreal to London and Bombay, vanished from radar screens at 8:13 a.m. (0713 GMT) as it flew at 31,000 feet, the Irish government said. '
        + 'Shannon air traffic controllers said the pilot had given no warning. Irish navy ships and British helicopters recovered dozens of bodies from the sea. '
        + 'Most of the passengers were Canadians of Indian origin.',
    },
    b: {
      id: 'b', publishedAt: '1985-06-24',
      text: 'CORK, Ireland (Reuters) - Investigators on Monday were looking into whether a bomb destroyed the Air India jumbo jet that crashed off Ireland a day earlier, killing all 307 passengers and 22 crew. '
        + 'Less than an hour before the crash, a bomb hidden in a suitcase exploded at Tokyo\'s Narita airport as baggage was being moved to another Air India flight, killing two baggage handlers. '
        + 'Both suitcases had been checked in at Vancouver, Canadian police said. Sikh militants were suspected, but no group had claimed responsibility. By Monday evening 131 bodies had been recovered.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // ValuJet 592, May 1996: the reports differ by one aboard, a real difference kept; a fire as what brought it down is no downing.
    name: 'a jet into a swamp told two days on: "carrying 109 people" against "All 110 people on board", "a fire may have brought it down"',
    a: {
      id: 'a', publishedAt: '1996-05-11',
      text: 'MIAMI (AP) - A ValuJet DC-9 carrying 109 people crashed into the Florida Everglades on Saturday minutes after taking off from Miami International Airport, and officials said there was no sign of survivors. '
        + 'Flight 592, bound for Atlanta, went down in a swamp about 20 miles northwest of the airport after the pilot reported smoke in the cabin and tried to turn back. '
        + 'The plane left a crater in the mud and sawgrass, and rescuers in airboats and helicopters found only small pieces of wreckage. Alligators and the depth of the water hampered the search.',
    },
    b: {
      id: 'b', publishedAt: '1996-05-13',
      text: 'MIAMI (Reuters) - Investigators said on Monday that the ValuJet jet that crashed in the Everglades had been carrying oxygen generators in its cargo hold, and that a fire may have brought it down. '
        + 'All 110 people on board, 105 passengers and five crew members, were killed when the DC-9 dived into the swamp on Saturday. '
        + 'The canisters had been listed on the cargo manifest as empty, a federal official said. Divers have recovered only a few bodies from the water.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'agree', people: 'conflict', casualties: 'only-b', cause: 'agree' },
  },
  {
    // Alaska 261, January 2000: a search given up dates no crash, and a jammed part is no jamming of signals.
    name: 'a jet into the Pacific told the next day: "from Puerto Vallarta, Mexico", "Searchers on Tuesday gave up hope", "a jammed horizontal stabilizer"',
    a: {
      id: 'a', publishedAt: '2000-01-31',
      text: 'PORT HUENEME, Calif. (Reuters) - An Alaska Airlines jet carrying 88 people plunged into the Pacific Ocean off Southern California on Monday afternoon after the pilots reported trouble with the plane\'s controls, the Coast Guard said. '
        + 'Flight 261, an MD-83, was flying from Puerto Vallarta, Mexico, to San Francisco and Seattle when it went down about 10 miles off Point Mugu. '
        + 'The crew had asked to divert to Los Angeles International Airport shortly before the crash. Coast Guard cutters and fishing boats searched the water through the night.',
    },
    b: {
      id: 'b', publishedAt: '2000-02-01',
      text: 'OXNARD, Calif. (AP) - Searchers on Tuesday gave up hope of finding survivors from the Alaska Airlines jetliner that crashed into the ocean off Point Mugu, and began recovering bodies and wreckage. '
        + 'There were 83 passengers and five crew members aboard the McDonnell Douglas MD-83. '
        + 'Investigators said the pilots had fought a jammed horizontal stabilizer for several minutes before the jet dived into the sea. Many of the passengers were from the San Francisco Bay area and Seattle.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', cause: 'only-b' },
  },
  {
    // Cougar 491, March 2009: the operator's name counts no helicopters, and a called-off hunt dates no crash.
    name: 'an offshore helicopter into the sea told the next day: "18 people" against "16 passengers and two crew", "The Cougar Helicopters Sikorsky S-92"',
    a: {
      id: 'a', publishedAt: '2009-03-12',
      text: 'ST. '
        + 'JOHN\'S, Newfoundland (Reuters) - A helicopter carrying 18 people to an offshore oil platform crashed into the Atlantic Ocean off Newfoundland on Thursday, and one man was pulled alive from the water, officials said. '
        + 'The Cougar Helicopters Sikorsky S-92 had reported a problem with its gearbox and was trying to return to St. John\'s when it went down about 55 km (35 miles) east of the city. '
        + 'One body was recovered and 16 people were still missing in the frigid water. The helicopter was taking workers to the Hibernia oil platform.',
    },
    b: {
      id: 'b', publishedAt: '2009-03-13',
      text: 'ST. JOHN\'S, Newfoundland (CP) - Searchers on Friday called off the hunt for 16 oil workers missing since their helicopter ditched in the ocean, saying there was no chance anyone could still be alive. '
        + 'The Sikorsky S-92A had 16 passengers and two crew on board when it went down on Thursday morning on its way to the Hibernia and White Rose oil fields. '
        + 'The lone survivor, Robert Decker, was in critical condition in a St. John\'s hospital. Cougar Helicopters grounded its fleet of S-92s.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'only-a', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // American 191, May 1979: a description after a type is that type's, and O'Hare is Chicago's airport.
    name: 'a jet that lost an engine on take-off told the next day: "An American Airlines DC-10 jumbo jet", "killing all 271" and "Two people on the ground" against a toll that "rose to 273"',
    a: {
      id: 'a', publishedAt: '1979-05-25',
      text: 'CHICAGO (AP) - An American Airlines DC-10 jumbo jet lost an engine on takeoff from O\'Hare International Airport on Friday and crashed in a ball of fire, killing all 271 people aboard in the worst air disaster in U.S. history. '
        + 'Flight 191 was bound for Los Angeles with 258 passengers and 13 crew members on the start of the Memorial Day weekend. '
        + 'The plane rolled to the left and slammed into an open field near a trailer park about a mile from the end of the runway. Two people on the ground were also killed, police said.',
    },
    b: {
      id: 'b', publishedAt: '1979-05-26',
      text: 'CHICAGO (Reuters) - Investigators on Saturday found bolts from the engine mount of the American Airlines DC-10 that crashed at Chicago\'s O\'Hare airport, as the death toll rose to 273. '
        + 'The left engine tore away from the wing as the jet left the runway on Friday afternoon, witnesses said. The McDonnell Douglas DC-10 was carrying 271 people on a flight to Los Angeles. '
        + 'The Federal Aviation Administration ordered inspections of the engine mounts on all DC-10s in the United States.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'only-b', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Garuda 200, March 2007: a toll revised down is a count of another moment, and the airport the gazetteer lacks lies in the city named after it.
    name: 'a jet off the end of a runway told the next day: "killing at least 49" against a toll "lowered ... to 21", "Yogyakarta airport" against "Adisucipto airport in Yogyakarta"',
    a: {
      id: 'a', publishedAt: '2007-03-07',
      text: 'YOGYAKARTA, Indonesia (Reuters) - A Garuda Indonesia Boeing 737 carrying 140 people overshot the runway while landing at Yogyakarta airport on Wednesday and burst into flames, killing at least 49 people, officials said. '
        + 'The plane, on a flight from Jakarta, skidded through a fence and into a rice field before it caught fire. Some passengers escaped through the emergency exits and smashed windows, witnesses said. '
        + 'Five Australians, including diplomats and journalists travelling ahead of a visit by Foreign Minister Alexander Downer, were among the passengers.',
    },
    b: {
      id: 'b', publishedAt: '2007-03-08',
      text: 'JAKARTA (AP) - Indonesian officials on Thursday lowered the death toll from the crash of a Garuda Indonesia jetliner to 21, saying many people listed as missing had in fact survived. '
        + 'The Boeing 737-400 was carrying 133 passengers and seven crew when it landed too fast at Adisucipto airport in Yogyakarta on Wednesday morning and ran off the end of the runway. '
        + 'Five Australians were among the dead, the Australian government said. Investigators were examining the flight data recorders recovered from the burned-out wreckage.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'agree', people: 'partial', casualties: 'partial' },
  },
  {
    // Kenya Airways 431, January 2000: a recovery of bodies dates no crash, and Abidjan lies in Ivory Coast.
    name: 'a jet into the sea after take-off told two days on: "179 people" against "169 passengers and 10 crew", "Divers recovered more bodies from the wreckage on Tuesday"',
    a: {
      id: 'a', publishedAt: '2000-01-31',
      text: 'ABIDJAN (Reuters) - A Kenya Airways Airbus A310 carrying 179 people crashed into the Atlantic Ocean shortly after taking off from Abidjan on Sunday night, and rescuers pulled at least nine survivors from the sea, officials said. '
        + 'Flight 431 was bound for Nairobi with a stop in Lagos, Nigeria. Ivory Coast\'s transport minister said the plane went down about 2 km off the coast, near the airport. '
        + 'Fishermen in canoes joined navy boats in the search through the night.',
    },
    b: {
      id: 'b', publishedAt: '2000-02-01',
      text: 'NAIROBI (Reuters) - Kenya Airways said on Tuesday that 169 people had died when its Airbus plunged into the sea off Ivory Coast, and that 10 people had survived. '
        + 'The airline\'s chief executive said there were 169 passengers and 10 crew on the flight from Abidjan to Lagos and Nairobi. '
        + 'A stall warning sounded in the cockpit moments after take-off, investigators said. Divers recovered more bodies from the wreckage on Tuesday.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'partial', destination: 'partial', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Gulf Air 072, August 2000: the manifest adds up, and the recorders recovered the next day date no crash.
    name: 'a jet into the sea on approach told the next day: "143 people on board" against "all 135 passengers and eight crew members", "63 Egyptians, 34 Bahrainis and 12 Saudis"',
    a: {
      id: 'a', publishedAt: '2000-08-23',
      text: 'MANAMA (Reuters) - A Gulf Air Airbus A320 with 143 people on board crashed into the sea off Bahrain on Wednesday night as it came in to land, and there were no survivors, officials said. '
        + 'Flight 072 from Cairo went down about 5 km from Bahrain international airport after circling once, the airline said. Boats and helicopters pulled bodies from the shallow water. '
        + 'The passengers included 63 Egyptians, 34 Bahrainis and 12 Saudis.',
    },
    b: {
      id: 'b', publishedAt: '2000-08-24',
      text: 'MANAMA (AP) - Divers on Thursday recovered the flight data recorders of the Gulf Air jetliner that plunged into the Persian Gulf, killing all 135 passengers and eight crew members aboard. '
        + 'Bahrain\'s King Hamad declared three days of mourning. Officials said there was no sign of an explosion, and the weather had been clear. '
        + 'The pilot had made an unusual low turn before the crash, an airport official said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree' },
  },
  {
    // Zia ul-Haq, August 1988: a name with a lower-case word and an aside before a fate; the flight to Bahawalpur and the one from it are two legs.
    name: 'a president\'s plane down after take-off told the next day: "Everyone on board, including several senior Pakistani generals, was killed" against "killed President Zia ul-Haq and 29 others", "leaving Bahawalpur for Islamabad"',
    a: {
      id: 'a', publishedAt: '1988-08-17',
      text: 'ISLAMABAD (Reuters) - Pakistan\'s President Mohammad Zia ul-Haq was killed on Wednesday when his military plane exploded shortly after taking off from Bahawalpur, state radio said. '
        + 'The U.S. ambassador to Pakistan, Arnold Raphel, and a U.S. general were also on board the C-130 Hercules, which crashed about 10 km from the airport. '
        + 'Everyone on board, including several senior Pakistani generals, was killed. Zia had flown to Bahawalpur to watch a demonstration of a U.S. tank.',
    },
    b: {
      id: 'b', publishedAt: '1988-08-18',
      text: 'ISLAMABAD (AP) - Pakistan\'s acting president on Thursday said sabotage could not be ruled out in the crash of the plane that killed President Zia ul-Haq and 29 others. '
        + 'The Lockheed C-130 went down minutes after leaving Bahawalpur for Islamabad on Wednesday afternoon, witnesses said. Ghulam Ishaq Khan, chairman of the Senate, was sworn in as acting president. '
        + 'Zia, 64, had ruled Pakistan since a military coup in 1977.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'partial', time: 'agree', casualties: 'agree' },
  },
  {
    // China Airlines 140, April 1994: the day investigators began examining why it crashed dates no crash.
    name: 'a jet that stalled on landing told the next day: "most of the 271 people on board were dead" against "killing 264 of the 271", "began examining why ... crashed"',
    a: {
      id: 'a', publishedAt: '1994-04-26',
      text: 'TOKYO (Reuters) - A China Airlines Airbus A300 crashed and burst into flames while landing at Nagoya airport in central Japan late on Tuesday, and officials feared most of the 271 people on board were dead. '
        + 'The plane, on a flight from Taipei, came down beside the runway at 8:16 p.m. (1116 GMT), the Transport Ministry said. Rescue workers found several survivors in the burning wreckage. '
        + 'Most of the passengers were Japanese tourists returning from Taiwan.',
    },
    b: {
      id: 'b', publishedAt: '1994-04-27',
      text: 'NAGOYA, Japan (AP) - Investigators on Wednesday began examining why a Taiwanese jetliner stalled and crashed as it tried to land at Nagoya, killing 264 of the 271 people aboard. '
        + 'Seven people survived, among them three children, officials said. The co-pilot had mistakenly set the plane to abort the landing, and the crew fought the autopilot, a transport official said. '
        + 'China Airlines said 256 passengers and 15 crew had been aboard.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'agree', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // Gatwick, December 2018: an arrest over the event dates none of it; the passengers of one day against those of 33 hours stay a people conflict (left alone).
    name: 'drones that shut an airport told on the day and two days on: "Police on Saturday arrested two people over the drone sightings", "About 110,000 passengers" against "about 140,000 passengers"',
    a: {
      id: 'a', publishedAt: '2018-12-20',
      text: 'LONDON (Reuters) - Drones flying over Gatwick Airport halted all flights at Britain\'s second-busiest airport on Thursday, stranding tens of thousands of passengers just before Christmas. '
        + 'The runway was closed late on Wednesday after two drones were seen flying near the perimeter fence, and it remained shut for most of Thursday, the airport said. '
        + 'About 110,000 passengers on 760 flights had been due to fly from Gatwick on Thursday. Police said the drones were being flown deliberately to disrupt the airport, but there was no sign of terrorism.',
    },
    b: {
      id: 'b', publishedAt: '2018-12-22',
      text: 'LONDON (Reuters) - Police on Saturday arrested two people over the drone sightings that shut Gatwick Airport for 33 hours, causing chaos for about 140,000 passengers. '
        + 'Around 1,000 flights were cancelled or diverted after drones were spotted over the airfield from Wednesday night. The army deployed military technology to the airport to detect and block the drones. '
        + 'Flights resumed on Friday morning.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'partial', people: 'conflict', cause: 'only-a' },
  },
  {
    // Entebbe, July 1976: a list's groups share the fate told after the last, so the three hostages killed are no count of hostages against the hundred freed.
    name: 'a hostage rescue flown to Uganda told the next two days: "Three hostages, all seven hijackers and about 20 Ugandan soldiers were killed" against "20 Ugandan soldiers had been killed", "Four C-130 Hercules transport planes landed at Entebbe"',
    a: {
      id: 'a', publishedAt: '1976-07-04',
      text: 'TEL AVIV (Reuters) - Israeli commandos flew more than 2,500 miles to Uganda overnight and freed about 100 hostages held by pro-Palestinian hijackers at Entebbe airport, the Israeli government said on Sunday. '
        + 'Three hostages, all seven hijackers and about 20 Ugandan soldiers were killed in the raid, the army said. '
        + 'The hostages, mostly Israelis, had been held since an Air France airliner flying from Tel Aviv to Paris was hijacked after a stop in Athens a week ago. '
        + 'Israeli transport planes carrying the freed hostages landed at Ben Gurion airport on Sunday morning after refuelling in Nairobi.',
    },
    b: {
      id: 'b', publishedAt: '1976-07-05',
      text: 'KAMPALA (AP) - Uganda\'s President Idi Amin on Monday accused Kenya of helping the Israeli raid on Entebbe airport, in which 102 hostages were rescued. '
        + 'Four C-130 Hercules transport planes landed at Entebbe shortly before midnight on Saturday, and the commandos stormed the old terminal where the hostages were held, witnesses said. '
        + 'Uganda radio said 20 Ugandan soldiers had been killed and that several MiG fighter jets had been destroyed on the ground. '
        + 'One Israeli officer, Lieutenant Colonel Yonatan Netanyahu, who led the assault force, was killed. '
        + 'An elderly British-Israeli hostage, Dora Bloch, who had been taken to a hospital in Kampala, was missing.',
    },
    same: true,
    expected: { aircraft: 'only-b', destination: 'partial', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // Anwar Sadat, November 1977: the speech of the next day is a plan in the first report and the second report's own news.
    name: 'a leader\'s first flight to Israel told on arrival and the next day: "landed at Ben Gurion airport on Saturday night" against "flew into Tel Aviv late on Saturday", "Sadat will address the Knesset"',
    a: {
      id: 'a', publishedAt: '1977-11-19',
      text: 'TEL AVIV (Reuters) - Egyptian President Anwar Sadat landed at Ben Gurion airport on Saturday night, the first Arab leader to visit Israel, and was greeted on the tarmac by Prime Minister Menachem Begin. '
        + 'Sadat\'s Boeing 707 flew in from the Abu Suweir air base near Ismailia after a flight of about 40 minutes. Israeli fighter jets escorted the plane as it entered Israeli airspace. '
        + 'Sadat will address the Knesset in Jerusalem on Sunday.',
    },
    b: {
      id: 'b', publishedAt: '1977-11-20',
      text: 'JERUSALEM (AP) - President Anwar Sadat told the Israeli parliament on Sunday that Egypt was ready to live in peace with Israel, a day after his arrival on a historic visit. '
        + 'Sadat flew into Tel Aviv late on Saturday aboard an Egyptian presidential jet and drove to Jerusalem. He prayed at the al-Aqsa mosque in the morning before meeting Begin for talks. '
        + 'The visit was denounced by Syria and the Palestine Liberation Organisation.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'only-a', time: 'partial', actors: 'only-a' },
  },
  {
    // Sknyliv, July 2002: a resignation after the crash dates no crash, and the Su-27UB is a variant of the Su-27.
    name: 'a fighter into an air show crowd told two days on: "killing at least 77" against a toll that "rose to 83", "resigned on Monday after the crash"',
    a: {
      id: 'a', publishedAt: '2002-07-27',
      text: 'LVIV, Ukraine (Reuters) - A Ukrainian air force Su-27 fighter crashed into a crowd of spectators at an air show near the western city of Lviv on Saturday, killing at least 77 people, officials said. '
        + 'The jet clipped the ground during a low-altitude roll, cartwheeled into the crowd and exploded. Both pilots ejected and survived, the defence ministry said. '
        + 'More than 100 people were injured, many of them children. President Leonid Kuchma declared Sunday a day of mourning.',
    },
    b: {
      id: 'b', publishedAt: '2002-07-29',
      text: 'KIEV (AP) - Ukraine\'s defence minister resigned on Monday after the crash of a fighter jet into spectators at the Sknyliv airfield in Lviv, the world\'s deadliest air show disaster. '
        + 'The death toll rose to 83 on Monday, including 19 children, health officials said. The Sukhoi Su-27UB was carrying two pilots when it crashed on Saturday. '
        + 'Prosecutors said they had detained both pilots and three senior air force officers.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'only-b', time: 'partial', people: 'only-b', casualties: 'partial' },
  },
  {
    // Ramstein, August 1988: the type of the other report's three jets, and a toll that rose.
    name: 'jets of a display team that collided over a crowd told two days on: "Three Italian air force jets" against "The Aermacchi MB-339 jets", a toll that "rose to 46"',
    a: {
      id: 'a', publishedAt: '1988-08-28',
      text: 'RAMSTEIN, West Germany (Reuters) - Three Italian air force jets collided during an aerobatic display at the U.S. air base at Ramstein on Sunday, and one of them plunged into the crowd in a ball of fire, killing at least 30 people, officials said. '
        + 'The planes, from the Frecce Tricolori display team, touched as they performed a manoeuvre known as the pierced heart before some 300,000 spectators. '
        + 'Hundreds of people were injured, many with severe burns.',
    },
    b: {
      id: 'b', publishedAt: '1988-08-30',
      text: 'BONN (AP) - The death toll from Sunday\'s air show crash at Ramstein rose to 46 on Tuesday, as doctors fought to save dozens of spectators with severe burns. Three Italian pilots were among the dead. '
        + 'The Aermacchi MB-339 jets of the Frecce Tricolori team collided at low altitude, and one cartwheeled into the crowd. West German Defence Minister Rupert Scholz banned military aerobatic shows.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'only-b', time: 'partial', casualties: 'partial', cause: 'agree' },
  },
  {
    // Aeroflot 593, March 1994: a report two weeks on dates the crash by its date and by the month before its own.
    name: 'an airliner into Siberian hills told two weeks on: "75 people on board" against "all 63 passengers and 12 crew members", "Wednesday" against "on March 23" and "last month"',
    a: {
      id: 'a', publishedAt: '1994-03-23',
      text: 'MOSCOW (Reuters) - A Russian Airbus A310 with 75 people on board crashed in the Siberian region of Kemerovo on Wednesday, and rescuers found no survivors, Aeroflot said. '
        + 'The plane, on a flight from Moscow\'s Sheremetyevo airport to Hong Kong, went down in hills near the town of Mezhdurechensk. '
        + 'Among the passengers were 25 foreigners, many of them from Hong Kong and Taiwan.',
    },
    b: {
      id: 'b', publishedAt: '1994-04-06',
      text: 'MOSCOW (AP) - The pilot of the Aeroflot airliner that crashed in Siberia last month had let his 15-year-old son sit at the controls, according to a transcript of the cockpit voice recorder published on Wednesday. '
        + 'The boy had unknowingly disengaged part of the autopilot, and the Airbus A310-300 rolled and plunged into the ground, killing all 63 passengers and 12 crew members. '
        + 'The crash happened on March 23 as the plane flew from Moscow to Hong Kong. Aeroflot said it had dismissed the airline\'s head of flight operations.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree' },
  },
  {
    // Lauda Air 004, May 1991: the airline owner's flight to the crash site, on Monday, is an errand of the aftermath: no leg, no day of the crash.
    name: 'a jet that came apart over a jungle told the next day: "killing everyone on board" against "killed 213 passengers and 10 crew", "Lauda flew to Bangkok on Monday"',
    a: {
      id: 'a', publishedAt: '1991-05-27',
      text: 'BANGKOK (Reuters) - An Austrian Lauda Air Boeing 767 with 223 people aboard crashed in a jungle in western Thailand on Sunday night about 15 minutes after taking off from Bangkok, killing everyone on board, officials said. '
        + 'The plane, bound for Vienna via Hong Kong, exploded in the air and scattered wreckage over a wide area of Suphan Buri province. '
        + 'Looters stripped valuables from the bodies before rescuers arrived, police said.',
    },
    b: {
      id: 'b', publishedAt: '1991-05-28',
      text: 'VIENNA (AP) - Former racing champion Niki Lauda said on Tuesday that a thrust reverser on one engine of his airline\'s Boeing 767 may have deployed in flight, causing the crash in Thailand that killed 213 passengers and 10 crew. '
        + 'Lauda flew to Bangkok on Monday to visit the crash site. Most of the victims were Austrians and Hong Kong residents.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // Caspian 7908, July 2009: the manifest adds up and the airport lies in Tehran.
    name: 'a Tu-154 down after take-off from Tehran told the next day: "168 people" against "all 153 passengers and 15 crew members", "Imam Khomeini International Airport" against "Tehran"',
    a: {
      id: 'a', publishedAt: '2009-07-15',
      text: 'TEHRAN (Reuters) - An Iranian passenger plane carrying 168 people crashed and burst into flames shortly after taking off from Tehran on Wednesday, killing everyone on board, state media said. '
        + 'The Caspian Airlines Tupolev Tu-154, bound for the Armenian capital Yerevan, came down in a field near the village of Jannatabad outside the city of Qazvin, about 120 km northwest of Tehran. '
        + 'Witnesses said the plane was on fire before it hit the ground and left a crater 10 metres deep. '
        + 'Most of the passengers were Iranians and Armenians, among them members of Iran\'s national youth judo team.',
    },
    b: {
      id: 'b', publishedAt: '2009-07-16',
      text: 'TEHRAN (AP) - Iranian investigators on Thursday blamed an engine fire for the crash of a Russian-made airliner that killed all 153 passengers and 15 crew members near Qazvin a day earlier. '
        + 'The Tu-154M was 16 minutes into its flight from Imam Khomeini International Airport to Yerevan when the pilot reported a fire in one of the engines, officials said. '
        + 'Iran\'s aviation chief said the plane had been overhauled recently. Relatives gathered at Tehran\'s airport to wait for news.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'only-a', time: 'agree', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // S7 778, July 2006: survivors pulled out by rescuers are a floor, so the next day's count fits.
    name: 'a jet off a runway into garages told the next day: "Rescuers pulled about 50 survivors" against "58 people survived", a toll that "rose to 124"',
    a: {
      id: 'a', publishedAt: '2006-07-09',
      text: 'MOSCOW (Reuters) - A Russian Airbus A310 carrying about 200 people overshot the runway while landing in the Siberian city of Irkutsk on Sunday, smashed through a concrete barrier into a group of garages and caught fire, killing at least 120 people, officials said. '
        + 'The S7 Airlines jet was on a flight from Moscow\'s Domodedovo airport. Rescuers pulled about 50 survivors from the wreckage, the emergencies ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2006-07-10',
      text: 'IRKUTSK, Russia (AP) - Investigators on Monday said the crew of the S7 Airlines Airbus that crashed in Irkutsk may have failed to use the brakes properly, as the death toll rose to 124. '
        + 'The jet was carrying 195 passengers and eight crew members when it skidded off a wet runway on landing and burst into flames. '
        + 'Russia\'s emergencies ministry said 58 people survived, many of them with burns. The plane, an A310-300, had been leased from Airbus in 2004.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // West Caribbean 708, August 2005: a crowd of mourners is never everyone aboard, and the tourists' island is no departure.
    name: 'a charter jet down in Venezuela told the next day: "carrying 160 people, most of them tourists from ... Martinique", "Thousands of people packed ... to mourn"',
    a: {
      id: 'a', publishedAt: '2005-08-16',
      text: 'CARACAS (Reuters) - A Colombian charter plane carrying 160 people, most of them tourists from the French island of Martinique, crashed in western Venezuela on Tuesday, and officials said there were no survivors. '
        + 'The West Caribbean Airways MD-82 was flying from Panama City to Fort-de-France when the pilot reported trouble with both engines and asked to make an emergency landing in Maracaibo. '
        + 'It went down in a remote area near the town of Machiques in Zulia state, close to the border with Colombia.',
    },
    b: {
      id: 'b', publishedAt: '2005-08-17',
      text: 'FORT-DE-FRANCE, Martinique (AP) - Thousands of people packed the airport and churches of Martinique on Wednesday to mourn the 152 tourists from the island who were killed when their charter plane crashed in Venezuela. '
        + 'The McDonnell Douglas MD-82 was carrying 152 passengers and eight Colombian crew members. French President Jacques Chirac declared a day of national mourning. '
        + 'Investigators recovered both flight recorders from the wreckage on Wednesday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'only-a' },
  },
  {
    // Air France 358, August 2005: an inquiry into why it happened dates no crash.
    name: 'a jet off a runway into a ravine told the next day: "all 309 people on board" against "297 passengers and 12 crew members", "began examining why"',
    a: {
      id: 'a', publishedAt: '2005-08-02',
      text: 'TORONTO (Reuters) - An Air France Airbus A340 skidded off a runway while landing at Toronto\'s Pearson airport during a violent thunderstorm on Tuesday and burst into flames, but all 309 people on board escaped, officials said. '
        + 'Flight 358 from Paris overran the runway and came to rest in a ravine beside a highway. Some 43 people were taken to hospital with minor injuries, police said.',
    },
    b: {
      id: 'b', publishedAt: '2005-08-03',
      text: 'TORONTO (CP) - Investigators on Wednesday began examining why an Air France jetliner carrying 297 passengers and 12 crew members landed too far down the runway at Pearson International Airport. '
        + 'The A340-300 touched down in heavy rain and could not stop before the end of the runway, the Transportation Safety Board said. '
        + 'All those aboard got out within about two minutes before fire swept through the cabin.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', people: 'agree', casualties: 'only-a', cause: 'agree' },
  },
  {
    // Siberia 1812, October 2001: the first report's denial is not read (left alone); the missile, not an adverb, is the agent.
    name: 'an airliner shot down over the Black Sea told on the day and nine days on: a denial against "admitted that its military had probably shot down", "said earlier that a Ukrainian S-200 missile"',
    a: {
      id: 'a', publishedAt: '2001-10-04',
      text: 'MOSCOW (Reuters) - A Russian airliner carrying 78 people from Tel Aviv to the Siberian city of Novosibirsk exploded over the Black Sea on Thursday, and officials said there were no survivors. '
        + 'The Siberia Airlines Tu-154 blew up at 33,000 feet about 185 km off the Russian resort of Sochi, the Emergencies Ministry said. Most of the passengers were Israelis of Russian origin. '
        + 'Ukraine\'s defence ministry denied that one of its missiles, fired during an air defence exercise in Crimea, could have hit the plane.',
    },
    b: {
      id: 'b', publishedAt: '2001-10-13',
      text: 'KIEV (Reuters) - Ukraine on Saturday admitted that its military had probably shot down the Russian airliner that crashed into the Black Sea last week, killing all 66 passengers and 12 crew. '
        + 'President Leonid Kuchma said a stray missile fired during an exercise had likely hit the Tu-154, and offered condolences to Russia and Israel. '
        + 'Russian investigators had said earlier that a Ukrainian S-200 missile brought the plane down.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Pulkovo 612, August 2006: a recovery of bodies dates no crash, and the manifest adds up.
    name: 'a Tu-154 down in a thunderstorm over Ukraine told the next day: "170 people" against "all 160 passengers and 10 crew members", "Rescue workers on Wednesday recovered the bodies"',
    a: {
      id: 'a', publishedAt: '2006-08-22',
      text: 'MOSCOW (Reuters) - A Russian Tu-154 airliner carrying 170 people crashed in eastern Ukraine on Tuesday after the crew sent a distress signal while flying through a thunderstorm, and officials said there were no survivors. '
        + 'The Pulkovo Airlines plane, on a flight from the Black Sea resort of Anapa to St Petersburg, came down in a field near the village of Sukha Balka, about 45 km north of Donetsk. '
        + 'Many of the passengers were families returning from summer holidays, among them 45 children.',
    },
    b: {
      id: 'b', publishedAt: '2006-08-23',
      text: 'DONETSK, Ukraine (AP) - Rescue workers on Wednesday recovered the bodies of all 160 passengers and 10 crew members from the wreckage of a Russian airliner that crashed in a field in eastern Ukraine. '
        + 'The Tupolev Tu-154M went into a flat spin after climbing to avoid a storm, investigators said. Russia declared a national day of mourning on Thursday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial', cause: 'agree' },
  },
  {
    // UTA 141, December 2003: a town with its country inside a list of stops, and the bodies flown home by another plane.
    name: 'a jet into the sea on take-off told two days on: "with stops in Kufra, Libya, and Dubai", "crashed off Benin", a toll that "rose to 138"',
    a: {
      id: 'a', publishedAt: '2003-12-25',
      text: 'COTONOU, Benin (Reuters) - A Boeing 727 carrying more than 150 people crashed into the sea shortly after taking off from Cotonou on Thursday, killing at least 111 people, officials said. '
        + 'The plane, chartered by a Guinean company, was bound for Beirut with stops in Kufra, Libya, and Dubai. Most of the passengers were Lebanese going home for the holidays, witnesses said. '
        + 'Rescuers pulled 22 survivors from the water.',
    },
    b: {
      id: 'b', publishedAt: '2003-12-27',
      text: 'BEIRUT (AP) - Lebanon\'s government on Saturday said the Boeing 727 that crashed off Benin had been overloaded, as the bodies of 86 Lebanese victims were flown home aboard a Lebanese army plane. '
        + 'The jet clipped a building at the end of the runway at Cotonou airport as it tried to take off on Thursday and plunged into the Atlantic. The death toll rose to 138, officials in Benin said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'only-a', casualties: 'partial' },
  },
  {
    // Adam Air 574, January 2007: the retraction is a statement of its day; that it takes back the other report is not read (left alone).
    name: 'a jet reported found and then not: "Rescuers found the wreckage ... and 12 people survived" against "retracted reports that the wreckage ... had been found"',
    a: {
      id: 'a', publishedAt: '2007-01-02',
      text: 'JAKARTA (Reuters) - Rescuers found the wreckage of an Indonesian passenger jet missing with 102 people aboard in the mountains of Sulawesi island, and 12 people survived, Indonesian officials said on Tuesday. '
        + 'The Adam Air Boeing 737 disappeared from radar on Monday during a flight from Surabaya in East Java to Manado in North Sulawesi in bad weather. '
        + 'Officials said rescuers had reached the crash site near Polewali.',
    },
    b: {
      id: 'b', publishedAt: '2007-01-02',
      text: 'JAKARTA (AP) - Indonesian officials on Tuesday retracted reports that the wreckage of an Adam Air jet had been found, saying the search for the Boeing 737 and its 102 passengers and crew would go on. '
        + '"We apologise, the report was not true," said an air force official. The plane, flying from Surabaya to Manado, lost contact with air traffic controllers on Monday afternoon.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-b', location: 'only-a', time: 'agree', people: 'agree', casualties: 'only-a', cause: 'only-a' },
  },
  {
    // Trump's Gulf tour, May 2025: a plan's weekday lies ahead, so Doha is the tour's next leg, not another end of the flight.
    name: 'a president\'s Gulf tour told on two legs: "landed in Riyadh on Tuesday" and "before flying on to Qatar on Wednesday" against "arrived in Qatar on Wednesday", "Saudi Crown Prince Mohammed bin Salman"',
    a: {
      id: 'a', publishedAt: '2025-05-13',
      text: 'RIYADH (Reuters) - U.S. President Donald Trump landed in Riyadh on Tuesday at the start of a four-day tour of the Gulf, and was greeted at the airport by Saudi Crown Prince Mohammed bin Salman. '
        + 'Air Force One was escorted by Saudi F-15 fighter jets as it entered Saudi airspace. '
        + 'Trump is expected to announce investment deals worth hundreds of billions of dollars before flying on to Qatar on Wednesday and the United Arab Emirates on Thursday.',
    },
    b: {
      id: 'b', publishedAt: '2025-05-14',
      text: 'DOHA (AP) - President Donald Trump arrived in Qatar on Wednesday on the second leg of his Gulf tour, a day after he announced a $142 billion arms deal in Saudi Arabia. '
        + 'Air Force One touched down at Hamad International Airport in Doha in the afternoon, and Trump was met by Emir Sheikh Tamim bin Hamad Al Thani. '
        + 'Qatar has offered Trump a Boeing 747-8 to use as a new Air Force One, a gift that Democrats have criticised.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'partial', location: 'only-a', time: 'partial', actors: 'partial' },
  },
  {
    // Arrow Air 1285, December 1985: an earlier stop is the flight's own, mourning dates no crash, and a memorial service ahead is a plan.
    name: 'a charter of soldiers down after refuelling told the next day: "248 American soldiers" and "all 256 people on board" against "eight crew members", "with an earlier stop in Cologne", "as the Army mourned"',
    a: {
      id: 'a', publishedAt: '1985-12-12',
      text: 'GANDER, Newfoundland (Reuters) - A chartered DC-8 carrying 248 American soldiers home for Christmas crashed and exploded shortly after taking off from Gander on Thursday, killing all 256 people on board, Canadian officials said. '
        + 'The soldiers, of the 101st Airborne Division, were returning from six months of peacekeeping duty with the multinational force in the Sinai. '
        + 'The Arrow Air jet had stopped at Gander to refuel on a flight from Cairo to Fort Campbell, Kentucky, with an earlier stop in Cologne.',
    },
    b: {
      id: 'b', publishedAt: '1985-12-13',
      text: 'FORT CAMPBELL, Kentucky (AP) - Flags flew at half-staff at Fort Campbell on Friday as the Army mourned 248 soldiers killed when their plane crashed in Newfoundland. '
        + 'The McDonnell Douglas DC-8 also carried eight crew members, the charter airline said. Investigators said ice on the wings may have caused the crash, but they did not rule out an explosion. '
        + 'President Ronald Reagan will attend a memorial service at the base on Monday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial', cause: 'only-b' },
  },
  {
    // Nigeria Airways 2120, July 1991: the fire, not a downing, brought it down, and the pilgrims are a group of the dead.
    name: 'a pilgrims\' charter that caught fire after take-off told the next day: "killing all 261 people on board" against "247 pilgrims killed", "the fire that brought the plane down"',
    a: {
      id: 'a', publishedAt: '1991-07-11',
      text: 'JEDDAH, Saudi Arabia (Reuters) - A Nigeria Airways DC-8 carrying Muslim pilgrims home from Mecca caught fire and crashed shortly after taking off from Jeddah on Thursday, killing all 261 people on board, Saudi officials said. '
        + 'The jet, chartered to fly pilgrims to Sokoto in northern Nigeria, had tried to return to the airport after the crew reported a fire. '
        + 'There were 247 passengers and 14 crew members on board, most of the passengers Nigerians.',
    },
    b: {
      id: 'b', publishedAt: '1991-07-12',
      text: 'LAGOS (AP) - Nigeria on Friday declared three days of mourning for 247 pilgrims killed when their chartered jet crashed in Saudi Arabia. '
        + 'The DC-8 had been leased from a Canadian company, Nolisair, and was flown by a Canadian crew, the airline said. '
        + 'Investigators said an overheated tyre may have started the fire that brought the plane down.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'only-b' },
  },
  {
    // Indian Airlines 814, December 1999: the stops of the hijacked flight, and the hostages' flight home, another journey.
    name: 'a hijacked jet flown to Kandahar told on the second day and at the end: "after stops in Amritsar, Lahore and Dubai", "hijacked on Dec. 24", "flown back to New Delhi"',
    a: {
      id: 'a', publishedAt: '1999-12-25',
      text: 'NEW DELHI (Reuters) - Hijackers holding an Indian Airlines jet with 155 passengers and crew flew it to Kandahar in southern Afghanistan on Saturday after stops in Amritsar, Lahore and Dubai, Indian officials said. '
        + 'Flight IC814 was seized on Friday shortly after it took off from Kathmandu for New Delhi. At Dubai the hijackers freed 27 passengers and left the body of a passenger they had stabbed. '
        + 'The Taliban said they had surrounded the Airbus A300 with troops.',
    },
    b: {
      id: 'b', publishedAt: '1999-12-31',
      text: 'KANDAHAR, Afghanistan (Reuters) - India on Friday freed three militants in exchange for the release of the passengers and crew of a hijacked Indian Airlines jet, ending a week-long standoff at Kandahar airport. '
        + 'The Airbus, hijacked on Dec. 24 on a flight from Kathmandu to Delhi, had been held in Kandahar since Dec. 25. '
        + 'The freed hostages were flown back to New Delhi on a special Indian Airlines flight late on Friday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'partial', people: 'only-a' },
  },
  {
    // Air France 8969, December 1994: the wounded of a list are no count of those aboard; the two reports' counts of the wounded are not compared (left alone).
    name: 'a hijacked jet stormed at Marseille told on the day and the next: "Nine passengers and 16 members of the GIGN police unit were injured" against "Thirteen passengers, three crew members and nine commandos were wounded"',
    a: {
      id: 'a', publishedAt: '1994-12-26',
      text: 'MARSEILLE (Reuters) - French commandos stormed a hijacked Air France Airbus at Marseille airport on Monday, killing all four Islamist gunmen and freeing 173 hostages, officials said. '
        + 'The hijackers had seized the plane in Algiers on Saturday and forced it to fly to Marseille early on Monday. '
        + 'Nine passengers and 16 members of the GIGN police unit were injured, the interior ministry said. The gunmen had killed three passengers while the plane was held in Algiers.',
    },
    b: {
      id: 'b', publishedAt: '1994-12-27',
      text: 'PARIS (AP) - France on Tuesday said the Algerian gunmen who hijacked an Air France jet had planned to blow it up over Paris, after police found dynamite on board. '
        + 'The Airbus A300 landed at Marignane airport outside Marseille early on Monday, after the Algerian authorities let it leave Algiers. '
        + 'Commandos of the GIGN stormed the jet 54 hours into the hijacking, and all four hijackers were killed. Thirteen passengers, three crew members and nine commandos were wounded.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'partial', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // Charkhi Dadri, November 1996: the count of each craft adds up to everyone aboard both.
    name: 'two airliners that collided near Delhi told the next day: "all 349 people aboard the two aircraft" against "carrying 312 people" and "had 37 on board", each side blaming the other',
    a: {
      id: 'a', publishedAt: '1996-11-12',
      text: 'NEW DELHI (Reuters) - A Saudi Arabian Airlines Boeing 747 and a Kazakh Ilyushin Il-76 cargo plane collided in mid-air near New Delhi on Tuesday evening, killing all 349 people aboard the two aircraft, officials said. '
        + 'The Saudi jumbo jet had just taken off from New Delhi\'s Indira Gandhi airport for Dhahran, while the Kazakh plane was coming in to land from Shymkent. '
        + 'Wreckage fell in fields near the village of Charkhi Dadri, about 100 km west of the capital.',
    },
    b: {
      id: 'b', publishedAt: '1996-11-13',
      text: 'CHARKHI DADRI, India (AP) - Villagers and rescue workers on Wednesday pulled bodies from the wreckage of two planes that collided over northern India, in the world\'s worst mid-air collision. '
        + 'The Saudi Boeing 747 was carrying 312 people and the Kazakhstan Airlines Il-76 had 37 on board, officials said. '
        + 'Indian officials said the Kazakh crew had descended below its assigned altitude, but Kazakh officials blamed Indian air traffic controllers.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-a', cause: 'agree' },
  },
  {
    // USAir 427, September 1994: the investigators' day of sifting through the wreckage dates no crash.
    name: 'a jet that rolled and dived on approach told the next day: "132 people on board" against "all 127 passengers and five crew members", "on its approach to Pittsburgh"',
    a: {
      id: 'a', publishedAt: '1994-09-08',
      text: 'PITTSBURGH (Reuters) - A USAir Boeing 737 with 132 people on board crashed into a wooded ravine as it approached Pittsburgh International Airport on Thursday evening, killing everyone aboard, officials said. '
        + 'Flight 427 was on a flight from Chicago\'s O\'Hare airport and was due to continue to West Palm Beach, Florida. '
        + 'The plane rolled to the left and plunged nose-first into the ground near the town of Aliquippa, witnesses said.',
    },
    b: {
      id: 'b', publishedAt: '1994-09-09',
      text: 'ALIQUIPPA, Pennsylvania (AP) - Investigators on Friday began sifting through the shattered wreckage of USAir Flight 427, which crashed on its approach to Pittsburgh, killing all 127 passengers and five crew members. '
        + 'The National Transportation Safety Board said the Boeing 737-300 had been flying normally at 6,000 feet before it suddenly rolled and dived. There was no indication of a bomb, an FBI agent said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // Birgenair 301, February 1996: the groups of a killed list are the dead, no count of those aboard.
    name: 'a charter jet into the sea after take-off told two days on: "189 people" against "killed 176 passengers and 13 crew members", "the 167 Germans among the dead"',
    a: {
      id: 'a', publishedAt: '1996-02-07',
      text: 'SANTO DOMINGO (Reuters) - A Boeing 757 carrying 189 people, most of them German tourists, crashed into the Atlantic Ocean shortly after taking off from the Dominican resort of Puerto Plata late on Tuesday, and officials said there were no survivors. '
        + 'The plane, operated by the Turkish charter airline Birgenair, was flying to Frankfurt with stops in Gander and Berlin. Navy ships recovered dozens of bodies from the sea off the north coast.',
    },
    b: {
      id: 'b', publishedAt: '1996-02-08',
      text: 'BONN (AP) - German investigators said on Thursday that a faulty airspeed indicator may have caused the crash of the Birgenair Boeing 757 off the Dominican Republic that killed 176 passengers and 13 crew members. '
        + 'The jet, chartered by a German tour operator, had been parked at Puerto Plata for 20 days before the flight. Chancellor Helmut Kohl sent condolences to the families of the 167 Germans among the dead.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // Operation Eagle Claw, April 1980: the helicopters' type, which is no other name of the C-130 they collided with,
    // and a rescue mission both reports name.
    name: 'a rescue mission that ended in a collision in the desert, told by each side: "Eight American servicemen were killed" against "the eight Americans killed", "RH-53D Sea Stallion helicopters"',
    a: {
      id: 'a', publishedAt: '1980-04-25',
      text: 'WASHINGTON (Reuters) - Eight American servicemen were killed when a U.S. helicopter collided with a C-130 transport plane in the Iranian desert during an aborted mission to rescue the 53 American hostages held in Tehran, the White House said on Friday. '
        + 'President Jimmy Carter ordered the mission called off after three of the eight helicopters broke down. The collision happened as the force was withdrawing from a remote airstrip in central Iran.',
    },
    b: {
      id: 'b', publishedAt: '1980-04-26',
      text: 'TEHRAN (AP) - Iran on Saturday displayed the charred remains of the eight Americans killed in the failed rescue mission, and said it had found five abandoned U.S. helicopters at the desert site near Tabas. '
        + 'The RH-53D Sea Stallion helicopters had flown in from the aircraft carrier Nimitz in the Arabian Sea, U.S. officials said. Iran\'s foreign minister said the hostages would now be moved to other cities.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'partial', people: 'only-a', casualties: 'partial', purpose: 'agree', cause: 'only-a' },
  },
  {
    // El Dorado Canyon, April 1986: the F-111, A-6 and A-7 by type, and Lakenheath in Britain.
    name: 'an air raid on Libya told the day of it and the next: "F-111 bombers flew from bases in Britain" against "The 18 F-111 bombers ... from RAF Lakenheath", "One F-111 with two crew members was missing"',
    a: {
      id: 'a', publishedAt: '1986-04-15',
      text: 'WASHINGTON (Reuters) - U.S. warplanes bombed targets in Tripoli and Benghazi early on Tuesday in retaliation for what President Ronald Reagan called Libya\'s role in the bombing of a Berlin discotheque, the Pentagon said. '
        + 'F-111 bombers flew from bases in Britain, and Navy A-6 and A-7 jets took off from two aircraft carriers in the Mediterranean. '
        + 'One F-111 with two crew members was missing after the raid, Defense Secretary Caspar Weinberger said.',
    },
    b: {
      id: 'b', publishedAt: '1986-04-16',
      text: 'TRIPOLI (AP) - Libya said on Wednesday that 37 people were killed in the U.S. air strikes, among them the 15-month-old adopted daughter of Muammar Gaddafi. '
        + 'The 18 F-111 bombers that struck Tripoli had flown about 2,800 nautical miles from RAF Lakenheath, refuelling in the air because France and Spain refused them permission to fly over their territory. '
        + 'The Pentagon said it presumed that the two airmen of the missing F-111 had died.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // Libyan Arab Airlines 114, February 1973: the accused is the doer. The two reports are judged two events (0.17): Israel and Israeli are not matched as one name (left alone).
    name: 'an airliner shot down over the Sinai told the day of it and the next: "At least 74 of the 113 people aboard" against "108 people were killed", "accused Israel of a criminal act for shooting down"',
    a: {
      id: 'a', publishedAt: '1973-02-21',
      text: 'TEL AVIV (Reuters) - Israeli fighter jets shot down a Libyan Arab Airlines Boeing 727 over the occupied Sinai peninsula on Wednesday after it strayed into Israeli-held territory and ignored orders to land, the Israeli army said. '
        + 'At least 74 of the 113 people aboard were killed, and several survivors were taken to hospital in Beersheba. The airliner was on a flight from Tripoli to Cairo and had overflown the Suez Canal.',
    },
    b: {
      id: 'b', publishedAt: '1973-02-22',
      text: 'CAIRO (AP) - Egypt on Thursday accused Israel of a criminal act for shooting down the Libyan airliner, in which 108 people were killed. Only five people survived, among them the French co-pilot. '
        + 'Israel said the pilots had been warned by two Phantom jets but refused to follow them to Refidim air base; Libya said no warning had been given. '
        + 'Defence Minister Moshe Dayan said Israel regretted the loss of life.',
    },
    same: false,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'agree' },
  },
  {
    // KAL 902, April 1978: the plane sent to fetch the stranded is another flight, whose end and day are none of the story's.
    name: 'an airliner forced down on a frozen lake told the next day and two days on: "110 people aboard" against "Ninety-nine passengers and crew ... arrived in Helsinki ... aboard a Pan Am plane sent to fetch them"',
    a: {
      id: 'a', publishedAt: '1978-04-21',
      text: 'MOSCOW (Reuters) - A South Korean airliner with 110 people aboard made a forced landing on a frozen lake in the Soviet Union\'s Karelia region on Thursday night after Soviet fighters fired on it, Tass said. '
        + 'The Korean Air Lines Boeing 707, on a flight from Paris to Seoul via Anchorage, had strayed far off course over the Kola peninsula. '
        + 'Two passengers were killed and several were injured, Japanese officials said.',
    },
    b: {
      id: 'b', publishedAt: '1978-04-23',
      text: 'HELSINKI (AP) - Ninety-nine passengers and crew of the Korean Air Lines jet that landed on a frozen lake in northern Russia arrived in Helsinki on Saturday aboard a Pan Am plane sent to fetch them. '
        + 'The Soviet Union was still holding the pilot and the navigator for questioning, officials said. '
        + 'Two people died when a missile fired by a Soviet Su-15 interceptor tore into the wing of the Boeing 707, passengers said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'only-a', people: 'only-a', casualties: 'partial', cause: 'only-a' },
  },
  {
    // A Precision Air ATR 42 short of the runway at Bukoba (2022): the toll rose, survivors counted the next day; the
    // lake the toll's words name is where both reports put the crash.
    name: 'a turboprop into Lake Victoria: "killing at least three" on the day against a toll that "rose to 19", "via Mwanza" against "stopped in Mwanza"',
    a: {
      id: 'a', publishedAt: '2022-11-06',
      text: 'DAR ES SALAAM (Reuters) - A Precision Air passenger plane crashed into Lake Victoria on Sunday as it approached the airport in the Tanzanian town of Bukoba, killing at least three people, the regional police commander said. '
        + 'The ATR 42-500, flying from Dar es Salaam via Mwanza, was carrying 43 people, including 39 passengers and four crew members, the airline said. '
        + 'Rescuers and fishermen pulled 26 people from the water, regional commissioner Albert Chalamila told reporters. Officials said bad weather had hampered the landing.',
    },
    b: {
      id: 'b', publishedAt: '2022-11-07',
      text: 'BUKOBA, Tanzania (AP) - The death toll from the crash of a Precision Air flight into Lake Victoria rose to 19 on Monday, Prime Minister Kassim Majaliwa said, as divers recovered the last bodies from the submerged aircraft. '
        + 'Twenty-four people survived Sunday\'s crash, he said. The plane, an ATR 42 turboprop, plunged into the lake about 100 meters short of the runway in heavy rain and strong winds. '
        + 'The flight had taken off from Dar es Salaam and stopped in Mwanza before heading to Bukoba. The pilots were among the dead, the airline said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'agree', time: 'agree', people: 'only-a', casualties: 'partial', cause: 'only-b' },
  },
  {
    // A Buddha Air Beechcraft 1900D on a flight to view Everest (2011): the one pulled alive who died is no survivor.
    name: 'a sightseeing flight: "pulled alive from the wreckage but died", "killing all 19" against "all aboard were killed"',
    a: {
      id: 'a', publishedAt: '2011-09-25',
      text: 'KATHMANDU (Reuters) - A small plane carrying tourists on a sightseeing flight to view Mount Everest crashed on Sunday near Kathmandu, killing all 19 people on board, officials said. '
        + 'The Buddha Air Beechcraft 1900D went down in hills near the village of Kotdanda, south of the capital, while trying to land in poor visibility, a civil aviation official said. '
        + 'Ten of the dead were from India, two from the United States and one from Japan, the official said.',
    },
    b: {
      id: 'b', publishedAt: '2011-09-25',
      text: 'KATHMANDU, Nepal (AP) - A plane carrying 19 people on a mountain-viewing flight crashed into a hillside on Sunday as it returned to Kathmandu, and all aboard were killed, police said. '
        + 'Sixteen passengers and three crew were on board the Buddha Air plane, airline spokesman Rajesh Koirala said. '
        + 'One passenger was pulled alive from the wreckage but died on the way to hospital, police said. The passengers included 10 Indians, two Americans, a Japanese and three Nepalese.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-b', location: 'only-a', time: 'agree', people: 'partial', casualties: 'agree', cause: 'partial' },
  },
  {
    // The Payne Stewart Learjet (1999): the escort is not the story's aircraft, and the investigators' day is no crash day.
    name: 'a ghost flight: "F-16 fighters were sent to follow the plane", "carrying golfer Payne Stewart and five other people", "Investigators on Tuesday began sifting through the crater"',
    a: {
      id: 'a', publishedAt: '1999-10-25',
      text: 'WASHINGTON (Reuters) - A Learjet carrying golfer Payne Stewart and five other people flew for nearly four hours across the United States with no one at the controls before it crashed in a field in South Dakota on Monday, killing all aboard, officials said. '
        + 'The plane had left Orlando, Florida, bound for Dallas, Texas, on Monday morning, but air traffic controllers lost contact with it soon after take-off. '
        + 'Air Force F-16 fighters were sent to follow the plane, and their pilots reported that its windows appeared to be frosted over. '
        + 'The jet ran out of fuel and plunged into the ground near Mina, South Dakota, the Federal Aviation Administration said.',
    },
    b: {
      id: 'b', publishedAt: '1999-10-26',
      text: 'MINA, S.D. (AP) - Investigators on Tuesday began sifting through the crater left by the Learjet 35 that carried U.S. '
        + 'Open champion Payne Stewart to his death, trying to learn why the plane flew on for hundreds of miles after its occupants apparently lost consciousness. '
        + 'The six people aboard, including two pilots, were killed on Monday when the plane crashed in a pasture after flying on autopilot from Florida. '
        + 'The jet had been headed to Dallas, where Stewart was to discuss building a golf course, before going on to the Tour Championship in Houston. Officials suspect a loss of cabin pressure.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', location: 'only-a', time: 'partial', people: 'partial', casualties: 'agree', purpose: 'only-b', cause: 'only-a' },
  },
  {
    // Turkish Airlines 1951 (2009), on the day and at the Dutch Safety Board's finding a week on. The first count was one short; the conflict is real.
    name: 'a crash short of Schiphol and its finding: "carrying 134 people" against "128 passengers and seven crew members"',
    a: {
      id: 'a', publishedAt: '2009-02-25',
      text: 'AMSTERDAM (Reuters) - A Turkish Airlines Boeing 737 carrying 134 people crashed in a field and broke into three pieces as it approached Amsterdam\'s Schiphol airport on Wednesday, killing nine people, Dutch officials said. '
        + 'Fifty people were injured, six of them seriously, officials said. The plane, flight TK1951 from Istanbul, came down about a mile short of the runway. '
        + 'Turkish Airlines chief executive Temel Kotil said the pilot had been very experienced.',
    },
    b: {
      id: 'b', publishedAt: '2009-03-04',
      text: 'THE HAGUE (AP) - A faulty altimeter caused the autothrottle of a Turkish Airlines jet to cut engine power before it crashed near Amsterdam last week, Dutch investigators said on Wednesday. '
        + 'The Boeing 737-800 slowed and stalled on approach to Schiphol on Feb. 25, killing nine people, including three pilots, the Dutch Safety Board said. '
        + 'The radio altimeter had wrongly shown the plane at 8 feet below ground, and the crew did not notice the loss of speed in time. '
        + 'The plane had been flying from Istanbul with 128 passengers and seven crew members on board.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'agree', time: 'agree', people: 'conflict', casualties: 'partial' },
  },
  {
    // United Airlines 232 (1989), on the day and two days on. The first count aboard was three short; that conflict is real.
    name: 'a crash landing at Sioux City: "293 people aboard" against "185 of the 296 people on board survived", "At least 70" against a toll that "rose to 111"',
    a: {
      id: 'a', publishedAt: '1989-07-19',
      text: 'SIOUX CITY, Iowa (AP) - A United Airlines DC-10 with 293 people aboard cartwheeled and burst into flames while trying to make an emergency landing at the Sioux City airport on Wednesday, but more than 150 people survived, officials said. '
        + 'The plane, Flight 232 from Denver to Chicago, had lost hydraulic power after its tail engine failed, and the crew steered it using only the engine throttles. '
        + 'At least 70 people were killed, a hospital spokesman said.',
    },
    b: {
      id: 'b', publishedAt: '1989-07-21',
      text: 'SIOUX CITY, Iowa (Reuters) - The death toll from the crash of United Airlines Flight 232 rose to 111 on Friday, and 185 of the 296 people on board survived, officials said. '
        + 'Investigators said the explosion of the rear engine\'s fan disk had cut all three hydraulic lines of the DC-10, leaving the pilots with no way to steer it. '
        + 'Captain Al Haynes and his crew guided the jet to the runway by varying the thrust of its two remaining engines. The flight had been bound for Chicago and Philadelphia.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'partial', time: 'partial', people: 'conflict', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Air Transat 236 (2001): the air base lies on an island of the Azores, and a captain who brought the plane down landed it.
    name: 'a glide to the Azores: "landed at the Lajes air base on Terceira island" against "a landing in the Azores", "Captain Robert Piche brought the plane down"',
    a: {
      id: 'a', publishedAt: '2001-08-24',
      text: 'LISBON (Reuters) - An Air Transat Airbus A330 carrying 304 people made an emergency landing in the Azores on Friday after running out of fuel over the Atlantic and gliding for about 20 minutes with both engines stopped, Portuguese officials said. '
        + 'The plane, flying from Toronto to Lisbon, landed at the Lajes air base on Terceira island and burst several tyres. '
        + 'Eleven people were slightly injured as passengers left the aircraft down emergency slides, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2001-08-25',
      text: 'TORONTO (AP) - Canadian officials on Saturday were examining why an Air Transat jet ran out of fuel over the Atlantic, forcing its pilots to glide it to a landing in the Azores. '
        + 'The Airbus A330 had 291 passengers and 13 crew members on board when both engines flamed out on Friday. '
        + 'Captain Robert Piche brought the plane down at an air base on the island of Terceira after gliding for more than 100 kilometers. About a dozen people were treated for minor injuries. '
        + 'Air Transat said a fuel leak may have been to blame.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'partial', location: 'only-a', time: 'partial', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // British Midland 92 at Kegworth (1989), on the night and two days on.
    name: 'a crash beside a motorway: "118 passengers and eight crew" against "126 people aboard", "at least 44" against a toll that "rose to 46"',
    a: {
      id: 'a', publishedAt: '1989-01-08',
      text: 'KEGWORTH, England (Reuters) - A British Midland Boeing 737 crashed onto an embankment of the M1 motorway on Sunday night as it tried to make an emergency landing at East Midlands airport, killing at least 44 people, police said. '
        + 'The plane, flying from London\'s Heathrow airport to Belfast, was carrying 118 passengers and eight crew. The pilot had reported a problem with one of the engines shortly after take-off.',
    },
    b: {
      id: 'b', publishedAt: '1989-01-10',
      text: 'LONDON (AP) - The pilots of the British Midland jet that crashed beside a motorway shut down the wrong engine after the other one caught fire, investigators said on Tuesday. '
        + 'The death toll rose to 46 after two more passengers died in hospital, officials said. The Boeing 737-400 had 126 people aboard when it crashed on Sunday, short of the runway at East Midlands airport. '
        + 'Many of the 80 survivors remained in hospital with serious injuries.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // British European Airways 609 at Munich (February 1958), on the day and the next: one type under two names.
    name: 'the Munich air disaster: "The twin-engine Elizabethan" against "The Airspeed Ambassador", "44 people aboard" against "38 passengers and six crew"',
    a: {
      id: 'a', publishedAt: '1958-02-06',
      text: 'MUNICH (AP) - A British airliner carrying the Manchester United soccer team crashed and burst into flames on its third attempt to take off from Munich airport in a snowstorm on Thursday, killing at least 21 of the 44 people aboard, police said. '
        + 'The twin-engine Elizabethan was bringing the team home from a European Cup match in Belgrade and had stopped in Munich to refuel. '
        + 'Seven of the team\'s players were among the dead, along with club officials and eight newspapermen. Manager Matt Busby was seriously injured.',
    },
    b: {
      id: 'b', publishedAt: '1958-02-07',
      text: 'MUNICH (Reuters) - West German investigators on Friday began examining the wreckage of the British European Airways airliner that crashed on take-off here in snow on Thursday, killing 21 people. '
        + 'The Airspeed Ambassador had 38 passengers and six crew on board, the airline said. '
        + 'Twenty-three survivors were being treated in a Munich hospital, and doctors said Manchester United manager Matt Busby was in critical condition. '
        + 'Investigators were looking at whether ice or slush on the runway had stopped the plane from reaching take-off speed.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Aloha Airlines 243 (1988), on the day and the next.
    name: 'a roof torn away in flight: "landed the plane safely on the island of Maui" against "an emergency landing at Kahului airport on Maui", "Sixty-one people were injured" against "Seven people remained in hospital"',
    a: {
      id: 'a', publishedAt: '1988-04-28',
      text: 'HONOLULU (AP) - An Aloha Airlines jet lost a large section of its roof at 24,000 feet on Thursday, sucking a flight attendant out of the cabin, but the pilots landed the plane safely on the island of Maui, officials said. '
        + 'The Boeing 737 was flying from Hilo to Honolulu with 89 passengers and six crew members. Sixty-one people were injured, eight of them seriously, a hospital spokeswoman said. '
        + 'The flight attendant, Clarabelle Lansing, was missing and presumed dead.',
    },
    b: {
      id: 'b', publishedAt: '1988-04-29',
      text: 'KAHULUI, Hawaii (Reuters) - Federal safety investigators on Friday were examining metal fatigue and corrosion as possible causes of the accident in which an 18-foot section of the roof of an Aloha Airlines Boeing 737 tore away in flight. '
        + 'The 19-year-old jet, one of the oldest 737s in service, made an emergency landing at Kahului airport on Maui on Thursday with 95 people aboard. '
        + 'A flight attendant was swept out of the plane and is believed to have died. Seven people remained in hospital.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // Air Canada 143, the Gimli Glider (1983), on the night and two days on.
    name: 'a glide to a former air base: "none of the 61 passengers and eight crew was seriously hurt" against "Ten passengers suffered minor injuries", "which carried 69 people"',
    a: {
      id: 'a', publishedAt: '1983-07-24',
      text: 'WINNIPEG, Manitoba (CP) - An Air Canada Boeing 767 that ran out of fuel at 41,000 feet glided to a landing at a former air force base at Gimli, Manitoba, on Saturday night, and none of the 61 passengers and eight crew was seriously hurt, the airline said. '
        + 'The plane was flying from Montreal to Edmonton, with a stop in Ottawa. '
        + 'Both engines quit over northern Ontario, and Captain Robert Pearson steered the powerless jet to the abandoned runway, where families were holding a car race.',
    },
    b: {
      id: 'b', publishedAt: '1983-07-26',
      text: 'OTTAWA (AP) - A mistake in converting pounds to kilograms left an Air Canada jetliner with half the fuel it needed before it glided to an emergency landing in Manitoba, Transport Canada officials said on Monday. '
        + 'Ground crews in Montreal and Ottawa had used the wrong conversion factor when they calculated the fuel load of the Boeing 767, which carried 69 people. '
        + 'Ten passengers suffered minor injuries going down the emergency slides, the airline said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Air France 296 at Habsheim (1988), on the day and the next.
    name: 'an airliner into a forest at an air show: "136 people" against "130 passengers and six crew", "About 50 people were injured" against "dozens were hurt"',
    a: {
      id: 'a', publishedAt: '1988-06-26',
      text: 'MULHOUSE, France (Reuters) - A new Air France Airbus A320 carrying 136 people crashed into a forest on Sunday while making a low pass over an air show at Habsheim airfield in eastern France, killing three passengers, officials said. '
        + 'The plane, on a charter flight from Basel-Mulhouse airport, was flying at less than 100 feet with its landing gear down when it clipped the tops of trees and burst into flames. '
        + 'About 50 people were injured.',
    },
    b: {
      id: 'b', publishedAt: '1988-06-27',
      text: 'PARIS (AP) - Airbus Industrie said on Monday that its A320 had worked normally before it crashed at an air show near Mulhouse, and the pilot said the engines had failed to respond when he tried to climb. '
        + 'Three people died and dozens were hurt on Sunday when the Air France jet, with 130 passengers and six crew aboard, flew low over the Habsheim airfield and plunged into woods at the end of the runway. '
        + 'The captain, Michel Asseline, said the plane\'s computers had not given him full power.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'only-b', time: 'agree', people: 'agree', casualties: 'agree', actors: 'only-b' },
  },
  {
    // Kam Air 904 near Kabul (2005), on the day it vanished and the day its wreckage was found.
    name: 'an airliner lost in a snowstorm: "went missing on Thursday" against "found the wreckage" on Saturday, "no sign that any of the 104 people aboard had survived"',
    a: {
      id: 'a', publishedAt: '2005-02-04',
      text: 'KABUL (Reuters) - A Kam Air passenger jet with 104 people on board went missing on Thursday as it tried to land at Kabul airport in a heavy snowstorm, Afghan officials said. '
        + 'The Boeing 737 was flying from the western city of Herat to Kabul when it disappeared from radar screens. '
        + 'NATO helicopters were searching the mountains east of the capital, but snow and fog had hampered the search. '
        + 'Among the passengers were about 20 foreigners, including several Americans and Turks, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2005-02-05',
      text: 'KABUL (AP) - NATO troops on Saturday found the wreckage of an Afghan airliner on a snow-covered mountain east of Kabul, and officials said there was no sign that any of the 104 people aboard had survived. '
        + 'The Kam Air plane crashed in the Chaperi mountains about 20 miles east of the capital, a NATO spokesman said. '
        + 'Slovenian and Italian helicopters spotted the wreckage, which was scattered over a steep ridge. '
        + 'The pilot had been told to circle because of bad weather before the plane disappeared on Thursday afternoon.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'only-a', casualties: 'only-b', cause: 'agree' },
  },
  {
    // Armavia 967 off Sochi (2006), on the day and the next: the day of mourning dates no crash.
    name: 'an airliner into the Black Sea: "Armenia mourned on Thursday the 113 people killed", "105 passengers, including six children, and eight crew members"',
    a: {
      id: 'a', publishedAt: '2006-05-03',
      text: 'SOCHI, Russia (Reuters) - An Armenian Airbus A320 carrying 113 people crashed into the Black Sea near the Russian resort of Sochi early on Wednesday as it tried to land in heavy rain, and rescuers had found no survivors, officials said. '
        + 'The Armavia jet, on a flight from the Armenian capital Yerevan, went down about 6 km from the shore after the crew attempted a second approach. '
        + 'Rescuers had recovered about 50 bodies, the Emergencies Ministry said. Among the passengers were 26 Russians and a Georgian, the ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2006-05-04',
      text: 'YEREVAN (AP) - Armenia mourned on Thursday the 113 people killed when an Armavia airliner plunged into the Black Sea off Sochi, as Russian divers searched the seabed for the flight recorders. '
        + 'The plane had 105 passengers, including six children, and eight crew members on board. Russian officials said bad weather was the most likely cause, and ruled out terrorism. '
        + 'The A320 had turned back toward the sea to make a second attempt to land when it disappeared from radar.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'agree', time: 'partial', people: 'partial', casualties: 'partial', cause: 'partial' },
  },
  {
    // Bellview Airlines 210 (2005), on the day after and two days after: the investigators' question is no cause.
    name: 'a jet lost after take-off from Lagos: "there were no survivors" against "killing all 117 people aboard", "what brought it down"',
    a: {
      id: 'a', publishedAt: '2005-10-23',
      text: 'LAGOS (Reuters) - A Nigerian passenger plane with 117 people on board crashed shortly after taking off from Lagos late on Saturday, and officials said on Sunday that there were no survivors. '
        + 'The Bellview Airlines Boeing 737 was flying to the capital Abuja when it lost contact with the control tower three minutes after take-off. '
        + 'The wreckage was found on Sunday morning in a village in Ogun state, north of Lagos. The passengers included a senior official of the Economic Community of West African States.',
    },
    b: {
      id: 'b', publishedAt: '2005-10-24',
      text: 'LAGOS (AP) - Rescue workers on Monday recovered remains from a deep crater where a Bellview Airlines jet slammed into the ground near the village of Lisa, killing all 117 people aboard, as investigators tried to find out what brought it down. '
        + 'The plane had 111 passengers and six crew members, the airline said. '
        + 'Nigerian officials said there had been thunderstorms in the area, but some aviation experts said the plane may have been hit by lightning or had engine trouble. '
        + 'President Olusegun Obasanjo declared three days of national mourning.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Sosoliso Airlines 1145 at Port Harcourt (2005), on the day and the next.
    name: 'a crash landing in a thunderstorm: "killing at least 103" against a toll that "rose to 106", "Seven people were pulled alive"',
    a: {
      id: 'a', publishedAt: '2005-12-10',
      text: 'PORT HARCOURT, Nigeria (Reuters) - A Nigerian airliner carrying 110 people crashed and burst into flames while landing in a thunderstorm at Port Harcourt airport on Saturday, killing at least 103 people, many of them schoolchildren going home for Christmas, officials said. '
        + 'The Sosoliso Airlines DC-9 was flying from Abuja. Seven people were pulled alive from the burning wreckage, airport officials said.',
    },
    b: {
      id: 'b', publishedAt: '2005-12-11',
      text: 'LAGOS (AP) - The death toll from the crash of a Sosoliso Airlines jet at Port Harcourt rose to 106 on Sunday as two of the survivors died in hospital, officials said. '
        + 'The DC-9, which had 103 passengers and seven crew on board, slammed into a drainage ditch beside the runway during a storm. '
        + 'About 60 of the dead were pupils of a Jesuit school in Abuja, flying home for the holidays. Four people remained in critical condition.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // The Russian A-50 over the Dokdo islets (July 2019), in Seoul's account and Moscow's denial: the second report holds both claims.
    name: 'an airspace violation told by each side: "violated South Korean airspace twice over the Dokdo islets" against "denied on Tuesday that its aircraft had violated South Korean airspace", "no warning shots had been fired"',
    a: {
      id: 'a', publishedAt: '2019-07-23',
      text: 'SEOUL (Reuters) - South Korean fighter jets fired hundreds of warning shots on Tuesday at a Russian military plane that violated South Korean airspace twice over the Dokdo islets, South Korea\'s defence ministry said. '
        + 'The Russian A-50 airborne early warning and control aircraft flew into the airspace at about 9:09 a.m. and again at 9:33 a.m., the ministry said. '
        + 'Two Russian Tu-95 bombers and two Chinese H-6 bombers had earlier entered South Korea\'s air defence identification zone, it said. South Korea scrambled F-15K and KF-16 fighters in response.',
    },
    b: {
      id: 'b', publishedAt: '2019-07-23',
      text: 'MOSCOW (AP) - Russia\'s defence ministry denied on Tuesday that its aircraft had violated South Korean airspace, saying two Tu-95MS strategic bombers had carried out a planned patrol over the neutral waters of the Sea of Japan. '
        + 'The ministry said South Korean F-16 fighters had performed "unprofessional manoeuvres" and that no warning shots had been fired at the Russian planes. '
        + 'It said the bombers had flown jointly with Chinese Xian H-6K bombers, the first such joint long-range patrol in the Asia-Pacific region. '
        + 'The ministry did not mention the A-50 that Seoul said had entered its airspace.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'disputed', time: 'partial', cause: 'only-a' },
  },
  {
    // Nixon in Peking (February 1972), on the day and the next.
    name: 'a president\'s first visit to China: "Air Force One landed at 11:30 a.m. after a flight from Shanghai" against "The presidential Boeing 707 had flown in from Shanghai after a refuelling stop in Guam"',
    a: {
      id: 'a', publishedAt: '1972-02-21',
      text: 'PEKING (AP) - President Nixon arrived in Peking on Monday and was greeted at the airport by Premier Chou En-lai, beginning the first visit by an American president to Communist China. '
        + 'Air Force One landed at 11:30 a.m. after a flight from Shanghai, where it had stopped earlier in the morning to pick up Chinese navigators. '
        + 'Nixon and Chou shook hands at the foot of the ramp, and a military band played.',
    },
    b: {
      id: 'b', publishedAt: '1972-02-22',
      text: 'PEKING (Reuters) - President Richard Nixon met Chairman Mao Tse-tung for an hour on Monday afternoon, only hours after landing in the Chinese capital, officials said. '
        + 'The presidential Boeing 707 had flown in from Shanghai after a refuelling stop in Guam and an overnight stay in Hawaii. '
        + 'Premier Chou En-lai, who met Nixon at the airport, gave a banquet for the American delegation at the Great Hall of the People in the evening. '
        + 'About 300 people, including reporters and officials, came with the president on several planes.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', time: 'partial', people: 'only-b', actors: 'only-a' },
  },
  {
    // Obama in Havana (March 2016), on the day and the next: the one who did not greet him is no greeter.
    name: 'a president\'s visit to Cuba: "touched down at Havana\'s Jose Marti International Airport" against "flew into Havana", "not by President Raul Castro"',
    a: {
      id: 'a', publishedAt: '2016-03-20',
      text: 'HAVANA (Reuters) - Barack Obama arrived in Cuba on Sunday, the first sitting U.S. president to visit the communist-ruled island in 88 years. '
        + 'Air Force One touched down at Havana\'s Jose Marti International Airport in light rain shortly before 4:20 p.m., and Obama stepped off with his wife, Michelle, and their two daughters. '
        + 'He was greeted by Cuban Foreign Minister Bruno Rodriguez, not by President Raul Castro.',
    },
    b: {
      id: 'b', publishedAt: '2016-03-21',
      text: 'HAVANA (AP) - President Barack Obama met Cuban President Raul Castro at the Palace of the Revolution on Monday, a day after he became the first U.S. president since Calvin Coolidge in 1928 to set foot in Cuba. '
        + 'Obama flew into Havana on Sunday afternoon aboard Air Force One from Washington, accompanied by his family and a delegation of some 40 members of Congress. '
        + 'The two leaders are due to attend a baseball game on Tuesday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'agree', time: 'partial', actors: 'only-a' },
  },
  {
    // The Tu-144 at the Paris Air Show (June 1973), on the day and the next: houses destroyed in a village are no crash site.
    name: 'a supersonic airliner down at an air show: "crashed into a village near Le Bourget airport" against "crashed at the Paris Air Show", "Fifteen houses were destroyed"',
    a: {
      id: 'a', publishedAt: '1973-06-03',
      text: 'PARIS (AP) - A Soviet Tu-144 supersonic airliner exploded in the air and crashed into a village near Le Bourget airport during the Paris Air Show on Sunday, killing its six crew members and at least eight people on the ground, police said. '
        + 'The plane broke apart after a steep climb and sudden dive in front of thousands of spectators. Fifteen houses were destroyed in the village of Goussainville, police said.',
    },
    b: {
      id: 'b', publishedAt: '1973-06-04',
      text: 'MOSCOW (Reuters) - The Soviet Union on Monday named the six crew members killed when its Tu-144 supersonic jet crashed at the Paris Air Show, and said a commission would investigate. '
        + 'French officials said the death toll on the ground had risen to seven, with 25 people injured. '
        + 'The Tu-144, Moscow\'s rival to the Anglo-French Concorde, was making a demonstration flight when it went into a dive and broke up. '
        + 'Some experts said the pilot may have swerved to avoid a French Mirage jet that was photographing the airliner.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'agree', time: 'partial', casualties: 'partial' },
  },
  {
    // Lufthansa 181, the Landshut, at Mogadishu (October 1977), two reports of the same morning.
    name: 'a hijacked airliner stormed: "freed all 86 hostages, killing three of the four hijackers" against "killing three hijackers and wounding the fourth", "flown home to Frankfurt"',
    a: {
      id: 'a', publishedAt: '1977-10-18',
      text: 'MOGADISHU (Reuters) - West German commandos stormed a hijacked Lufthansa jetliner at Mogadishu airport early on Tuesday and freed all 86 hostages, killing three of the four hijackers, the West German government said. '
        + 'The Boeing 737, seized on a flight from Majorca to Frankfurt five days ago, had been flown to Rome, Cyprus, Bahrain, Dubai and Aden before landing in the Somali capital. '
        + 'The pilot, Juergen Schumann, was shot dead by the hijackers in Aden. Four hostages were slightly injured in the raid, which lasted seven minutes.',
    },
    b: {
      id: 'b', publishedAt: '1977-10-18',
      text: 'BONN (AP) - The 86 passengers and four remaining crew of the hijacked Lufthansa airliner Landshut were flown home to Frankfurt on Tuesday after a commando raid in Somalia freed them. '
        + 'The GSG-9 anti-terror unit attacked the plane shortly after midnight local time, killing three hijackers and wounding the fourth, a woman. '
        + 'The hijackers had demanded the release of 11 jailed members of the Red Army Faction. The plane had been hijacked on Oct. 13 over the Mediterranean shortly after taking off from Palma de Mallorca.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'partial', time: 'partial', people: 'partial', casualties: 'partial', actors: 'only-a' },
  },
  {
    // Operation Ganga (February 2022): each report leads with another flight of the airlift. Those a country has in Ukraine are no load.
    name: 'two evacuation flights from Bucharest: "A second Air India flight carrying 250 Indian nationals" against "An evacuation flight carrying 219 Indian students", "India has about 16,000 citizens in Ukraine"',
    a: {
      id: 'a', publishedAt: '2022-02-27',
      text: 'NEW DELHI (Reuters) - A second Air India flight carrying 250 Indian nationals who fled Ukraine landed in New Delhi early on Sunday from the Romanian capital Bucharest, the foreign ministry said. '
        + 'The first flight, with 219 people on board, landed in Mumbai on Saturday evening. '
        + 'India has about 16,000 citizens in Ukraine, most of them students, and is flying them out through Romania and Hungary because Ukrainian airspace is closed.',
    },
    b: {
      id: 'b', publishedAt: '2022-02-27',
      text: 'MUMBAI (AP) - An evacuation flight carrying 219 Indian students from Ukraine landed in Mumbai on Saturday night after flying from Bucharest, the first of several flights India is sending to bring home its citizens. '
        + 'Students had crossed the border into Romania by bus before boarding the Air India Boeing 787. A second flight with 250 people arrived in Delhi early on Sunday, officials said.',
    },
    same: true,
    expected: { aircraft: 'only-b', origin: 'partial', destination: 'partial', time: 'agree', people: 'partial', purpose: 'only-b' },
  },
  {
    // The Berlin airlift's first day (June 1948): one type under two names, the weight in tons and in tonnes.
    name: 'the first day of an airlift: "American C-47 transport planes" against "U.S. Air Force Dakotas", "about 80 tons of supplies" against "more than 80 tonnes of food"',
    a: {
      id: 'a', publishedAt: '1948-06-26',
      text: 'BERLIN (AP) - American C-47 transport planes began flying food into blockaded Berlin on Saturday, landing at Tempelhof airfield with milk, flour and medicine for the city\'s western sectors. '
        + 'Thirty-two flights carried about 80 tons of supplies on the first day, U.S. officials said. '
        + 'The airlift began two days after the Soviet Union cut the last road and rail links between the western zones of Germany and Berlin.',
    },
    b: {
      id: 'b', publishedAt: '1948-06-27',
      text: 'FRANKFURT (Reuters) - U.S. Air Force Dakotas flew more than 80 tonnes of food into Berlin on Saturday from Wiesbaden, officials said, as the western powers began supplying the city by air. '
        + 'The planes landed at Tempelhof airport in the American sector. General Lucius Clay ordered the airlift after the Russians closed the land routes on Thursday. '
        + 'Britain said its Royal Air Force would begin flights from Wunstorf on Monday.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'agree', time: 'agree', cargo: 'agree' },
  },
  {
    // Hezbollah's drones over the Karish field (July 2022), told from Jerusalem and from Beirut: the drones flew the mission, no load.
    name: 'drones shot down over a gas field: "One drone was downed by a fighter jet" against "an F-16 fighter jet shot down one of the drones", "sent the drones on a reconnaissance mission"',
    a: {
      id: 'a', publishedAt: '2022-07-02',
      text: 'JERUSALEM (Reuters) - Israel\'s military said it shot down three unarmed drones launched by Lebanon\'s Hezbollah on Saturday that were heading toward the Karish gas field in the Mediterranean. '
        + 'One drone was downed by a fighter jet and two by a missile fired from a navy ship, the military said. Hezbollah said it had sent the drones on a reconnaissance mission.',
    },
    b: {
      id: 'b', publishedAt: '2022-07-02',
      text: 'BEIRUT (AP) - Hezbollah said on Saturday it had launched three unarmed drones toward the disputed Karish gas field off Israel as a "message", after Israel said it had intercepted them. '
        + 'Israel said an F-16 fighter jet shot down one of the drones and a Barak missile fired from a warship downed the other two. The drones were sent on a reconnaissance mission, the group said. '
        + 'Lebanon and Israel both claim parts of the waters where the gas field lies.',
    },
    same: true,
    expected: { aircraft: 'agree', time: 'agree', purpose: 'agree', cause: 'agree' },
  },
  {
    // The Israeli F-16 downed over the Galilee (February 2018), from Jerusalem and from Damascus. The drone's entry and Iran's denial are a real conflict; so is Syria's 'more than one' warplane against Israel's one.
    name: 'a jet downed in a raid, told from each side: "an Iranian drone that entered Israeli airspace" against "Iran denied that its drone had violated Israeli airspace", "more than one Israeli warplane"',
    a: {
      id: 'a', publishedAt: '2018-02-10',
      text: 'JERUSALEM (Reuters) - An Israeli F-16 fighter jet crashed in northern Israel on Saturday after coming under Syrian anti-aircraft fire during a raid on Iranian targets in Syria, the Israeli military said. '
        + 'The two crew members ejected over Israeli territory and were taken to hospital, one of them seriously hurt. '
        + 'The raid was launched after an Iranian drone that entered Israeli airspace was shot down by an Apache helicopter, the military said.',
    },
    b: {
      id: 'b', publishedAt: '2018-02-10',
      text: 'DAMASCUS (AP) - Syrian air defences hit more than one Israeli warplane on Saturday as they attacked a military base in central Syria, state television said, citing a military official. '
        + 'The official said Syria had responded to Israeli "aggression" and that the air defences had fired at the planes over Syrian territory. '
        + 'Israel said one of its F-16s crashed near the kibbutz of Harduf after the pilot and navigator bailed out. Iran denied that its drone had violated Israeli airspace.',
    },
    same: true,
    expected: { aircraft: 'conflict', location: 'conflict', time: 'agree', people: 'only-a', cause: 'partial' },
  },
  {
    // The Luxor balloon fire (February 2013), on the day and the next.
    name: 'a balloon fire over Luxor: "killing 19 people" against "killing 19 foreign tourists", "Egypt suspended hot-air balloon flights on Wednesday, a day after"',
    a: {
      id: 'a', publishedAt: '2013-02-26',
      text: 'LUXOR, Egypt (Reuters) - A hot-air balloon carrying tourists caught fire and plunged about 300 metres into a sugar cane field near the Egyptian city of Luxor on Tuesday, killing 19 people, officials said. '
        + 'The dead included tourists from Hong Kong, Japan, Britain and France, a security source said. The pilot and a British passenger survived with burns.',
    },
    b: {
      id: 'b', publishedAt: '2013-02-27',
      text: 'CAIRO (AP) - Egypt suspended hot-air balloon flights on Wednesday, a day after a balloon exploded over the ancient city of Luxor, killing 19 foreign tourists in the deadliest such accident on record. '
        + 'Nine of the victims were from Hong Kong, four from Japan, two from Britain and two from France, officials said. '
        + 'The balloon caught fire as it was landing when a gas line leaked, and the pilot jumped out, officials said. Two people survived.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-b', time: 'partial', casualties: 'agree' },
  },
  {
    // Two events of one kind: the Luxor balloon fire (February 2013) and a hard landing in Cappadocia (March 2017). Judged two events; their conflicts are real.
    name: 'two balloon crashes four years apart: Luxor\'s "killing 19 people" on a Tuesday against Cappadocia\'s "killing one person" on a Monday',
    a: {
      id: 'a', publishedAt: '2013-02-26',
      text: 'LUXOR, Egypt (Reuters) - A hot-air balloon carrying tourists caught fire and plunged about 300 metres into a sugar cane field near the Egyptian city of Luxor on Tuesday, killing 19 people, officials said. '
        + 'The dead included tourists from Hong Kong, Japan, Britain and France, a security source said. The pilot and a British passenger survived with burns.',
    },
    b: {
      id: 'b', publishedAt: '2017-03-20',
      text: 'ANKARA (Reuters) - A hot-air balloon carrying 21 tourists crashed in a hard landing in Turkey\'s Cappadocia region on Monday, killing one person and injuring at least 20, officials said. '
        + 'Strong winds pushed the balloon off course as it came down near the town of Avanos, the governor\'s office said. Most of the passengers were from Brazil and China.',
    },
    same: false,
    expected: { aircraft: 'agree', destination: 'only-b', location: 'only-b', time: 'conflict', people: 'only-b', casualties: 'conflict', cause: 'only-b' },
  },
  {
    // The Hindenburg (May 1937), on the evening and the next day: the examination dates no fire, and a cause not ruled out is no cause.
    name: 'an airship in flames at Lakehurst: "killing at least 33 of the 97 people aboard" against a toll that "rose to 35", "investigators began examining the wreckage on Friday", "sabotage could not be ruled out"',
    a: {
      id: 'a', publishedAt: '1937-05-06',
      text: 'LAKEHURST, N.J. (AP) - The German airship Hindenburg burst into flames and crashed while landing at the Lakehurst naval air station on Thursday evening, killing at least 33 of the 97 people aboard. '
        + 'The giant zeppelin, on its first trip of the year from Frankfurt, had been delayed by thunderstorms. '
        + 'Witnesses said flames shot from the tail as the ship was being moored, and it fell to the ground in less than a minute.',
    },
    b: {
      id: 'b', publishedAt: '1937-05-07',
      text: 'LAKEHURST, N.J. (Reuters) - The death toll from the Hindenburg disaster rose to 35 on Friday, while 62 of the 97 passengers and crew survived, navy officials said. '
        + 'A member of the ground crew was also killed. '
        + 'German and American investigators began examining the wreckage on Friday, and the German Zeppelin company said hydrogen gas had caught fire but that sabotage could not be ruled out. '
        + 'The airship had flown from Frankfurt with 36 passengers and 61 crew.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Eastern 401 (December 1972), on the night and two days on: the jumbo jet is the TriStar.
    name: 'a jumbo jet into the Everglades: "An Eastern Air Lines jumbo jet" and "The Lockheed L-1011 TriStar" against "The TriStar", "at least 70 survived" against "77 survivors"',
    a: {
      id: 'a', publishedAt: '1972-12-30',
      text: 'MIAMI (AP) - An Eastern Air Lines jumbo jet with 176 people aboard crashed into the Everglades on Friday night as it approached Miami International Airport, and officials said at least 70 survived. '
        + 'The Lockheed L-1011 TriStar, Flight 401 from New York\'s Kennedy Airport, went down about 18 miles west of the airport. Rescue helicopters lifted survivors from the swamp throughout the night.',
    },
    b: {
      id: 'b', publishedAt: '1972-12-31',
      text: 'MIAMI (Reuters) - Investigators said on Sunday that the crew of the Eastern jetliner that crashed in the Everglades had been trying to fix a faulty landing gear light when the plane lost height. '
        + 'The death toll rose to 99, with 77 survivors, officials said. The TriStar was carrying 163 passengers and 13 crew members on a flight from New York to Miami.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // PSA 182 and a Cessna 172 (September 1978), on the day and the next.
    name: 'a midair collision over San Diego: "killing all 135 people aboard the airliner and the two people in the small plane" against a toll that "rose to 144"',
    a: {
      id: 'a', publishedAt: '1978-09-25',
      text: 'SAN DIEGO (AP) - A Pacific Southwest Airlines jetliner collided with a small private plane over San Diego on Monday and crashed into a residential neighbourhood, killing all 135 people aboard the airliner and the two people in the small plane, police said. '
        + 'The Boeing 727 was approaching Lindbergh Field on a flight from Sacramento when it struck the Cessna 172. At least 13 people on the ground were killed and 22 homes were destroyed or damaged.',
    },
    b: {
      id: 'b', publishedAt: '1978-09-26',
      text: 'SAN DIEGO (Reuters) - The death toll from Monday\'s midair collision over San Diego rose to 144 on Tuesday, making it the worst air disaster in U.S. history, officials said. '
        + 'The victims included 135 people on the PSA jet, two in the Cessna and seven on the ground. '
        + 'Federal investigators said the airliner\'s crew had been told of the smaller plane and reported they had it in sight.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'agree', time: 'partial', people: 'partial', casualties: 'partial', cause: 'agree' },
  },
  {
    // Saudia 163 at Riyadh (August 1980), on the night and the next day: the flight from Karachi stopped at Riyadh, where its last leg began.
    name: 'a fire after an emergency landing: "flying from Karachi to Jeddah, had turned back to Riyadh after a stop there" against "took off from Riyadh", "many of them pilgrims bound for Mecca"',
    a: {
      id: 'a', publishedAt: '1980-08-19',
      text: 'RIYADH (Reuters) - All 301 people aboard a Saudi Arabian Airlines TriStar died when the plane caught fire after making an emergency landing at Riyadh airport on Tuesday night, the airline said. '
        + 'The plane, flying from Karachi to Jeddah, had turned back to Riyadh after a stop there when smoke was seen in the cargo hold. '
        + 'It landed safely, but the crew did not open the doors before fire swept through the cabin.',
    },
    b: {
      id: 'b', publishedAt: '1980-08-20',
      text: 'JEDDAH, Saudi Arabia (AP) - The Saudi government on Wednesday ordered an investigation into the fire that killed all 301 people on a Saudia jetliner after it landed at Riyadh, the world\'s worst disaster on an airliner that did not crash. '
        + 'The Lockheed L-1011 carried 287 passengers, many of them pilgrims bound for Mecca, and 14 crew members. '
        + 'Officials said the fire had broken out in the rear cargo compartment shortly after the plane took off from Riyadh.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', location: 'only-a', time: 'partial', people: 'agree', casualties: 'agree' },
  },
  {
    // The Su-22 near Tabqa (June 2017), in the coalition's account and the Syrian army's.
    name: 'a Syrian jet shot down by a U.S. Navy fighter: "A U.S. Navy F/A-18E Super Hornet shot down a Syrian Su-22" against "a U.S.-led coalition aircraft shot down one of its warplanes over Raqqa province"',
    a: {
      id: 'a', publishedAt: '2017-06-18',
      text: 'WASHINGTON (Reuters) - A U.S. '
        + 'Navy F/A-18E Super Hornet shot down a Syrian Su-22 fighter-bomber on Sunday after it dropped bombs near U.S.-backed forces south of the town of Tabqa, the U.S.-led coalition said. '
        + 'The Syrian jet was downed in self-defence, the coalition said, after it failed to respond to warnings. The coalition said it had contacted Russia by telephone before the shootdown.',
    },
    b: {
      id: 'b', publishedAt: '2017-06-18',
      text: 'BEIRUT (AP) - The Syrian army said on Sunday that a U.S.-led coalition aircraft shot down one of its warplanes over Raqqa province while it was on a mission against Islamic State militants, and that the pilot was missing. '
        + 'The army said the plane had been hit in the Rasafa area, southwest of Raqqa, and called the attack "flagrant aggression". '
        + 'The coalition said the Su-22 had bombed Syrian Democratic Forces fighters near Tabqa.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-b', time: 'agree', casualties: 'only-b', cause: 'partial' },
  },
  {
    // The MiG-23 near Kassab (March 2014), told from Ankara and Damascus: the F-16s of the quote are Turkey's.
    name: 'a Syrian jet shot down at the Turkish border: "Our F-16s took off and hit this plane" (Erdogan) against "Syria accused Turkey on Sunday of shooting down one of its warplanes"',
    a: {
      id: 'a', publishedAt: '2014-03-23',
      text: 'ANKARA (Reuters) - Turkish F-16 fighter jets shot down a Syrian warplane on Sunday after it violated Turkish airspace near the border, Prime Minister Tayyip Erdogan said. '
        + '"A Syrian plane violated our airspace. Our F-16s took off and hit this plane," Erdogan told a rally. '
        + 'The Syrian MiG-23 crashed inside Syria, near the town of Kassab, and its pilot ejected, Turkish officials said.',
    },
    b: {
      id: 'b', publishedAt: '2014-03-23',
      text: 'DAMASCUS (AP) - Syria accused Turkey on Sunday of shooting down one of its warplanes over Syrian territory, calling it "a blatant aggression". '
        + 'A military official quoted by state media said the jet was chasing rebels near Kassab and was hit inside Syrian airspace, and that the pilot ejected safely. '
        + 'Turkey said the MiG-23 had entered its airspace despite four warnings.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'agree', cause: 'agree' },
  },
  {
    // The Shayrat strike (April 2017), told from Washington and Moscow: the strike is the event, not the attack it answered.
    name: 'a cruise-missile strike on an air base: "fired 59 Tomahawk cruise missiles at the Shayrat air base in Syria early on Friday" against "only 23 of the 59 U.S. cruise missiles ... had reached their target"',
    a: {
      id: 'a', publishedAt: '2017-04-07',
      text: 'WASHINGTON (Reuters) - U.S. warships fired 59 Tomahawk cruise missiles at the Shayrat air base in Syria early on Friday in response to a chemical weapons attack, U.S. officials said. '
        + 'The strikes destroyed aircraft, hardened shelters, fuel and ammunition storage, and radars, the Pentagon said. '
        + 'The base was used to launch the attack that killed at least 70 people in Khan Sheikhoun on Tuesday, the officials said.',
    },
    b: {
      id: 'b', publishedAt: '2017-04-07',
      text: 'MOSCOW (AP) - Russia said on Friday that only 23 of the 59 U.S. cruise missiles fired at a Syrian air base had reached their target, and that they destroyed six MiG-23 jets that were under repair. '
        + 'The Syrian military said six people were killed at the Shayrat base. Russia called the strike an act of aggression and suspended a deal to avoid mid-air incidents over Syria.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'agree', casualties: 'only-b', cause: 'only-b' },
  },
  {
    // Henan Airlines 8387 at Yichun (August 2010), on the night after and two days on: the pilot's survival is no count of survivors.
    name: 'a jet short of the runway in fog: "54 people survived" against "91 passengers and five crew members, including the pilot, who survived", "The airline\'s other Embraer 190 planes were grounded"',
    a: {
      id: 'a', publishedAt: '2010-08-25',
      text: 'BEIJING (Reuters) - A Henan Airlines passenger jet carrying 96 people crashed and caught fire while landing in heavy fog at Yichun in northeastern China late on Tuesday, killing 42 people, state media said. '
        + 'The Embraer E190, flying from Harbin, broke apart short of the runway, and 54 people survived, Xinhua news agency said. The injured were taken to hospitals in Yichun.',
    },
    b: {
      id: 'b', publishedAt: '2010-08-26',
      text: 'BEIJING (AP) - Chinese investigators on Thursday recovered the flight recorders of the Henan Airlines jet that crashed in fog in Heilongjiang province, killing 42 of the 96 people on board. '
        + 'The airline\'s other Embraer 190 planes were grounded. The plane had 91 passengers and five crew members, including the pilot, who survived, state media said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // China Eastern 5210 at Baotou (November 2004), on the day and the next.
    name: 'a regional jet into a frozen lake: "killing all 53 people on board and two people on the ground" against "47 passengers and six crew", "ice on the wings may have caused the crash"',
    a: {
      id: 'a', publishedAt: '2004-11-21',
      text: 'BEIJING (Reuters) - A China Eastern Airlines plane crashed into a frozen lake in a park shortly after taking off from the northern city of Baotou on Sunday, killing all 53 people on board and two people on the ground, Xinhua said. '
        + 'The Bombardier CRJ-200, bound for Shanghai, burst into flames as it fell, witnesses said. Divers were searching the lake for bodies.',
    },
    b: {
      id: 'b', publishedAt: '2004-11-22',
      text: 'BEIJING (AP) - Divers on Monday pulled more bodies from the icy lake where a Chinese regional jet crashed after take-off in Inner Mongolia, and officials said ice on the wings may have caused the crash. '
        + 'The Canadian-made CRJ200 of China Eastern had 47 passengers and six crew, and a park worker was also killed on the ground. Flights of the airline\'s other CRJ jets were suspended.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'only-a', cause: 'only-b' },
  },
  {
    // Air China 129 (April 2002), on the day and the next.
    name: 'a jet into a hill near Busan: "at least 38 people survived" and "at least 108 bodies" against a toll that "rose to 122" with "seven people still missing"',
    a: {
      id: 'a', publishedAt: '2002-04-15',
      text: 'BUSAN, South Korea (Reuters) - An Air China Boeing 767 carrying 166 people crashed into a wooded hill near Busan\'s Gimhae airport in heavy rain on Monday, and at least 38 people survived, officials said. '
        + 'The plane, on a flight from Beijing, was trying to land when it went down, South Korean officials said. Police said at least 108 bodies had been recovered.',
    },
    b: {
      id: 'b', publishedAt: '2002-04-16',
      text: 'SEOUL (AP) - The death toll from the crash of an Air China jet into a hillside near Busan rose to 122 on Tuesday, with seven people still missing, officials said. '
        + 'The Boeing 767 had 155 passengers and 11 crew members on board, most of them Chinese and South Korean tourists. '
        + 'The captain, who survived, told investigators he had lost sight of the runway in fog and rain.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'partial' },
  },
  {
    // Mandala Airlines 091 at Medan (September 2005), on the day and the next.
    name: 'a jet into a neighbourhood after take-off: "killing at least 100 people on the plane and dozens on the ground" against "raising the death toll to 147, including 47 people on the ground"',
    a: {
      id: 'a', publishedAt: '2005-09-05',
      text: 'MEDAN, Indonesia (Reuters) - An Indonesian passenger jet carrying 117 people crashed into a crowded neighbourhood shortly after taking off from the city of Medan on Monday, killing at least 100 people on the plane and dozens on the ground, officials said. '
        + 'The Mandala Airlines Boeing 737-200 was flying to Jakarta. About 15 passengers survived, hospital officials said. Among the dead was the governor of North Sumatra province, Rizal Nurdin.',
    },
    b: {
      id: 'b', publishedAt: '2005-09-06',
      text: 'JAKARTA (AP) - Rescuers on Tuesday pulled more bodies from the homes flattened when a Mandala Airlines jet crashed in the Indonesian city of Medan, raising the death toll to 147, including 47 people on the ground. '
        + 'The Boeing 737 had 112 passengers and five crew on board, and 17 of them survived, officials said. Investigators were examining whether the plane had been overloaded with durian fruit.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Cuba's brigade to Lombardy (March 2020): 52 against 53 is a real difference of the reports; 52 doctors and nurses is no count of doctors.
    name: 'a medical brigade flown to Italy: "A team of 52 Cuban doctors and nurses" against "Fifty-three Cuban medical workers" and "36 doctors, 15 nurses and two logistics specialists"',
    a: {
      id: 'a', publishedAt: '2020-03-22',
      text: 'MILAN (Reuters) - A team of 52 Cuban doctors and nurses arrived in Milan on Sunday to help fight the coronavirus in Lombardy, the Italian region worst hit by the outbreak. '
        + 'The medical brigade flew in on a charter flight from Havana and will work at a field hospital in Crema, regional officials said. '
        + 'Cuba has sent similar teams to Venezuela, Nicaragua, Jamaica, Suriname and Grenada in recent days.',
    },
    b: {
      id: 'b', publishedAt: '2020-03-22',
      text: 'ROME (AP) - Fifty-three Cuban medical workers landed at Milan\'s Malpensa airport on Sunday to help Italian hospitals overwhelmed by coronavirus patients, Lombardy\'s government said. '
        + 'The brigade of 36 doctors, 15 nurses and two logistics specialists will be based in the town of Crema. Italy has recorded more than 5,400 deaths from the virus.',
    },
    same: true,
    expected: { origin: 'only-a', destination: 'partial', time: 'agree', people: 'partial', casualties: 'only-b' },
  },
  {
    // The CH-53E window at Futenma (December 2017), two reports of the same day.
    name: 'a window dropped from a helicopter onto a school: "A window fell from a U.S. military CH-53E helicopter" against "suspend flights of its CH-53 helicopters"',
    a: {
      id: 'a', publishedAt: '2017-12-13',
      text: 'TOKYO (Reuters) - A window fell from a U.S. military CH-53E helicopter onto the grounds of an elementary school next to the Futenma air base in Okinawa on Wednesday, slightly injuring one boy, Japanese officials said. '
        + 'The metal-framed window, weighing about 7.7 kg, landed on the school\'s sports ground while about 60 children were playing there. The U.S. Marine Corps apologised and said it was investigating.',
    },
    b: {
      id: 'b', publishedAt: '2017-12-13',
      text: 'OKINAWA, Japan (AP) - Japan on Wednesday demanded that the U.S. military suspend flights of its CH-53 helicopters in Okinawa after a window fell from one of them onto a school playground. '
        + 'An emergency exit window of a Marine Corps CH-53E Super Stallion dropped onto the field of Futenma No. 2 Elementary School while students were taking a physical education class, local officials said. '
        + 'A 10-year-old boy was hit on the arm by a pebble thrown up by the impact. Okinawa\'s governor called the incident "unforgivable".',
    },
    same: true,
    expected: { aircraft: 'agree', time: 'agree', people: 'only-a', casualties: 'only-a' },
  },
  {
    // B-52s to Diego Garcia (October 2024): the day they were seen parked is no day they came.
    name: 'bombers sent to an island base: "arrived at the island base on Wednesday from Minot Air Force Base" against "parked at the remote British-owned island of Diego Garcia on Friday"',
    a: {
      id: 'a', publishedAt: '2024-10-31',
      text: 'WASHINGTON (Reuters) - The United States has sent six B-52 bombers to the Diego Garcia air base in the Indian Ocean, U.S. officials said on Thursday, as a warning to Iran. '
        + 'The bombers arrived at the island base on Wednesday from Minot Air Force Base in North Dakota, the officials said. The deployment came days after Israel struck military targets in Iran.',
    },
    b: {
      id: 'b', publishedAt: '2024-11-01',
      text: 'LONDON (AP) - Satellite photos showed at least four U.S. '
        + 'B-52 bombers parked at the remote British-owned island of Diego Garcia on Friday, days after the Pentagon said it was sending long-range bombers to the Middle East. '
        + 'The B-52s flew from Minot, North Dakota, the Air Force said. The U.S. has also sent B-2 stealth bombers to the base in the past.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'partial', time: 'partial' },
  },
  {
    // The Polish C-295 at Miroslawiec (January 2008), on the evening and the next day.
    name: 'a military transport down on approach: "killing all 20 people on board" against "20 air force officers and crew killed", "four crew members and 16 passengers", "declared three days of national mourning on Thursday"',
    a: {
      id: 'a', publishedAt: '2008-01-23',
      text: 'WARSAW (Reuters) - A Polish military transport plane crashed while landing at the Miroslawiec air base in northwest Poland on Wednesday evening, killing all 20 people on board, including several senior air force officers, the defence ministry said. '
        + 'The CASA C-295 was bringing officers back from an aviation safety conference in Warsaw.',
    },
    b: {
      id: 'b', publishedAt: '2008-01-24',
      text: 'WARSAW (AP) - Poland declared three days of national mourning on Thursday for the 20 air force officers and crew killed when a military plane crashed in bad weather as it approached a base in the north-west of the country. '
        + 'The Spanish-built CASA transport had four crew members and 16 passengers on board, most of them senior officers returning from a conference. '
        + 'The defence minister said the pilots had been flying in fog and that the cause was not yet known.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-a', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Lufthansa 2904 at Warsaw (September 1993), on the day and the next.
    name: 'an airliner off the end of a wet runway: "killing two people" against "All of the other 68 people on board survived", "64 passengers and six crew" against "70 people on board"',
    a: {
      id: 'a', publishedAt: '1993-09-14',
      text: 'WARSAW (Reuters) - A Lufthansa Airbus A320 overran the runway and burst into flames while landing in heavy rain at Warsaw\'s Okecie airport on Tuesday, killing two people, officials said. '
        + 'The plane, arriving from Frankfurt with 64 passengers and six crew, crashed into an embankment at the end of the runway. Fifty-one people were injured.',
    },
    b: {
      id: 'b', publishedAt: '1993-09-15',
      text: 'FRANKFURT (AP) - Lufthansa said on Wednesday that a sudden change in wind direction may have caused its Airbus A320 to land too fast and overrun the runway at Warsaw, killing the co-pilot and a passenger. '
        + 'All of the other 68 people on board survived, the airline said. The flight from Frankfurt had 70 people on board.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Sita Air 601 at Kathmandu (September 2012), on the day and the next.
    name: 'a trekkers\' flight down after a bird strike: "killing everyone on board" against "killing all 19 people on board", "bound for the Everest gateway town of Lukla"',
    a: {
      id: 'a', publishedAt: '2012-09-28',
      text: 'KATHMANDU (Reuters) - A Sita Air plane carrying 19 people, mostly foreign trekkers heading to the Everest region, crashed shortly after take-off from Kathmandu on Friday, killing everyone on board, police said. '
        + 'Seven Britons and five Chinese were among the dead, police said. The Dornier 228 was flying to Lukla when it came down on the bank of the Manohara river on the outskirts of the capital. '
        + 'The pilot had reported hitting a bird, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2012-09-29',
      text: 'KATHMANDU, Nepal (AP) - Investigators on Saturday were examining why a small plane carrying trekkers crashed minutes after taking off from Kathmandu, killing all 19 people on board. '
        + 'The twin-propeller Dornier plane, bound for the Everest gateway town of Lukla, had turned back after striking a vulture and crashed into a riverbank as it tried to return to the airport. '
        + 'The victims included seven British and five Chinese tourists, as well as seven Nepalese, including the three crew members.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', time: 'partial', people: 'partial', casualties: 'partial' },
  },
  {
    // The Pakistani Mi-17 at Naltar (May 2015), on the day and the next: the first report holds both claims of the cause.
    name: 'a helicopter carrying diplomats down in a valley: "The two pilots and a crewman were also killed" against a toll that "rose to eight", the Taliban\'s "shot the helicopter down" against the army\'s "technical failure"',
    a: {
      id: 'a', publishedAt: '2015-05-08',
      text: 'ISLAMABAD (Reuters) - A Pakistani military helicopter carrying foreign diplomats crashed into a school while trying to land in the Naltar valley near Gilgit on Friday, killing the ambassadors of Norway and the Philippines and the wives of the Indonesian and Malaysian ambassadors, the army said. '
        + 'The two pilots and a crewman were also killed. The Mi-17 was one of three helicopters flying diplomats to a ski resort for the opening of a chairlift project, the army said. '
        + 'The Pakistani Taliban said they had shot the helicopter down, but the army said it had suffered a technical failure.',
    },
    b: {
      id: 'b', publishedAt: '2015-05-09',
      text: 'ISLAMABAD (AP) - The death toll from the crash of a Pakistani army helicopter carrying diplomats in the country\'s north rose to eight on Saturday after the Indonesian ambassador died of his injuries, officials said. '
        + 'The Norwegian and Filipino ambassadors and the wives of the Malaysian and Indonesian envoys were among those killed on Friday, along with the two pilots and a crew member. '
        + 'The military said the Mi-17 helicopter had a technical fault and dismissed a claim by the Pakistani Taliban that its fighters had fired a missile at it.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-a', time: 'agree', people: 'only-b', casualties: 'partial', cause: 'disputed' },
  },
  {
    // Belarusian Mi-8 and Mi-24 helicopters near Bialowieza (August 2023), from Warsaw and Minsk: the first report holds both claims, the second the rejection.
    name: 'helicopters over a border, told by each side: "Two Belarusian military helicopters violated Polish airspace" against "rejected Poland\'s claim that two of its helicopters had flown into Polish airspace"',
    a: {
      id: 'a', publishedAt: '2023-08-01',
      text: 'WARSAW (Reuters) - Two Belarusian military helicopters violated Polish airspace on Tuesday during training near the border, Poland\'s defence ministry said, and Warsaw said it would send more troops to the frontier. '
        + 'The Mi-8 and Mi-24 helicopters crossed into Poland near the town of Bialowieza at a very low altitude, making them difficult to detect by radar, the ministry said. '
        + 'Belarus denied that its helicopters had entered Polish airspace.',
    },
    b: {
      id: 'b', publishedAt: '2023-08-01',
      text: 'MINSK (AP) - Belarus\'s defence ministry on Tuesday rejected Poland\'s claim that two of its helicopters had flown into Polish airspace, calling it "far-fetched" and an excuse to build up forces on the border. '
        + 'Poland said the Mi-24 and Mi-8 helicopters had crossed about 2 km into its territory near Bialowieza before returning to Belarus. The Polish military said it had informed NATO.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'only-b', location: 'disputed', time: 'agree' },
  },
  {
    // Drone debris near Plauru in Romania (September 2023), two reports of the same day: an alliance is no destination.
    name: 'drone debris found across a border: "found fragments of what appeared to be a drone on its territory" against "debris had landed in the NATO country"',
    a: {
      id: 'a', publishedAt: '2023-09-09',
      text: 'BUCHAREST (Reuters) - Romania said on Saturday it had found fragments of what appeared to be a drone on its territory near the border with Ukraine, after a Russian drone attack on the Ukrainian port of Izmail overnight. '
        + 'The debris was found near the village of Plauru, across the Danube from Izmail, the defence ministry said. Romania had earlier denied Ukrainian claims that Russian drones had fallen on its territory.',
    },
    b: {
      id: 'b', publishedAt: '2023-09-09',
      text: 'BUCHAREST, Romania (AP) - Romanian soldiers found pieces of a drone similar to those used by Russia\'s military near the village of Plauru on Saturday, the defence minister said, confirming for the first time that debris had landed in the NATO country. '
        + 'The fragments were discovered after overnight Russian drone strikes on Ukrainian ports across the Danube River. Defence Minister Angel Tilvar said there was no threat to Romanian citizens.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-a', time: 'agree' },
  },
  {
    // Pamir Airways 112 (May 2010), on the day it vanished and the day it was found. Where contact was lost is near the site; 44 against 43 is a real difference of the reports.
    name: 'a turboprop lost over a mountain pass: "lost contact with air traffic control over the Salang pass" against "found on a mountain in the Shakar Dara district", "44 people on board" against "all 43 people on board"',
    a: {
      id: 'a', publishedAt: '2010-05-17',
      text: 'KABUL (Reuters) - A passenger plane of the Afghan airline Pamir Airways with 44 people on board went missing on Monday on a flight from the northern city of Kunduz to Kabul, officials said. '
        + 'The Antonov An-24 lost contact with air traffic control over the Salang pass, a high mountain route, about 15 minutes after take-off. Several foreigners were among the passengers, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2010-05-19',
      text: 'KABUL (AP) - Afghan and NATO search teams on Wednesday found the wreckage of a Pamir Airways plane that disappeared two days earlier in mountains north of Kabul, and officials said all 43 people on board had been killed. '
        + 'The plane was found on a mountain in the Shakar Dara district, about 20 km north of the capital. Five foreigners, including a U.S. citizen and a Briton, were among the dead.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'conflict', casualties: 'only-b' },
  },
  {
    // Red Wings 9268 at Vnukovo (December 2012), on the day and the next.
    name: 'an empty airliner off the end of a runway: "killing at least four of the eight crew members on board" against a toll that "rose to five", "returning from Pardubice" against "returning empty from Pardubice in the Czech Republic"',
    a: {
      id: 'a', publishedAt: '2012-12-29',
      text: 'MOSCOW (Reuters) - A Tupolev Tu-204 passenger plane overshot the runway at Moscow\'s Vnukovo airport on Saturday, broke apart and caught fire, killing at least four of the eight crew members on board, the Emergencies Ministry said. '
        + 'The Red Wings plane was flying without passengers from the Czech Republic, returning from Pardubice after taking tourists there. The plane slid off the runway and onto a highway, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2012-12-30',
      text: 'MOSCOW (AP) - The death toll from the crash of a Red Wings jet at Moscow\'s Vnukovo airport rose to five on Sunday, and three crew members remained in hospital, officials said. '
        + 'The Tu-204 was returning empty from Pardubice in the Czech Republic when it overran the runway in strong crosswinds and smashed into a highway embankment. '
        + 'Investigators said the thrust reversers had failed to deploy.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'agree', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // The Il-112V prototype near Kubinka (August 2021), two reports of the same day: a company's name holds no aircraft.
    name: 'a prototype transport down near an air base: "killing all three crew members on board" against "killing its crew of three", "The United Aircraft Corporation said"',
    a: {
      id: 'a', publishedAt: '2021-08-17',
      text: 'MOSCOW (Reuters) - A prototype Ilyushin Il-112V military transport plane crashed during a test flight near Moscow on Tuesday, killing all three crew members on board, the Ilyushin company said. '
        + 'The plane caught fire in the air and went down in a wooded area near the Kubinka air base, the defence ministry said. An engine fire was the likely cause, state news agency RIA reported.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-17',
      text: 'MOSCOW (AP) - A new Russian military cargo plane crashed on Tuesday while preparing for an air show outside Moscow, killing its crew of three, officials said. '
        + 'Video showed the prototype Il-112V with one of its engines on fire before it rolled over and plunged to the ground near Kubinka. The United Aircraft Corporation said the crew had been test pilots.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'agree', time: 'agree', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // Siberian Light Aviation's An-28 (July 2021): the report of its loss and the report of its finding, the same day.
    name: 'a plane missing over Siberia, then found with all alive: "went missing over the Tomsk region" against "All 17 people on board a small passenger plane survived", "14 passengers and three crew"',
    a: {
      id: 'a', publishedAt: '2021-07-16',
      text: 'MOSCOW (Reuters) - An Antonov An-28 passenger plane carrying 17 people went missing over the Tomsk region of Siberia on Friday, Russia\'s emergencies ministry said. '
        + 'The Siberian Light Aviation plane, flying from the village of Kedrovy to Tomsk, disappeared from radar screens, and rescuers were sent to search for it.',
    },
    b: {
      id: 'b', publishedAt: '2021-07-16',
      text: 'MOSCOW (AP) - All 17 people on board a small passenger plane survived after it made a hard landing in a remote part of Siberia on Friday following an engine failure, Russian officials said. '
        + 'Rescuers found the An-28 upside down in a forest near the village of Kedrovy in the Tomsk region, and the 14 passengers and three crew were being evacuated by helicopter. '
        + 'Several people were injured, officials said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'agree', people: 'agree', casualties: 'only-b', cause: 'only-b' },
  },
  {
    // Angara Airlines' L-410 at Kazachinskoye (September 2021), two reports of the same day.
    name: 'an L-410 down short of a village strip: "killing four people" against "killing four people, including both pilots", "16 people" against "14 passengers and two crew members"',
    a: {
      id: 'a', publishedAt: '2021-09-12',
      text: 'MOSCOW (Reuters) - A Let L-410 plane carrying 16 people crashed in Irkutsk region in eastern Siberia on Sunday as it came in to land at the village of Kazachinskoye, killing four people, the emergencies ministry said. '
        + 'The Angara Airlines plane was flying from Irkutsk, officials said. Twelve people survived, several of them with injuries.',
    },
    b: {
      id: 'b', publishedAt: '2021-09-12',
      text: 'MOSCOW (AP) - A small passenger plane crashed in Siberia on Sunday, killing four people, including both pilots, Russian officials said. '
        + 'The L-410 belonging to Angara Airlines had 14 passengers and two crew members on board when it went down near the village of Kazachinskoye, some 500 kilometers north of Irkutsk. '
        + 'Investigators said engine failure was the likely cause.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // The Peruvian Mi-171 near Pichari (November 2024), two reports of the same day: the injured's journey is no leg or reason of the flight.
    name: 'an army helicopter down on an anti-drug mission: "killing two soldiers and injuring nine" against "Two Peruvian soldiers were killed and nine others hurt", "The injured were flown to Lima for treatment"',
    a: {
      id: 'a', publishedAt: '2024-11-30',
      text: 'LIMA (Reuters) - A Peruvian air force helicopter carrying troops crashed in the Cusco region on Friday, killing two soldiers and injuring nine, the military said. '
        + 'The Mi-171 was taking part in an operation against drug traffickers in the VRAEM valley when it came down, the armed forces command said. The injured were flown to Lima for treatment.',
    },
    b: {
      id: 'b', publishedAt: '2024-11-30',
      text: 'LIMA, Peru (AP) - Two Peruvian soldiers were killed and nine others hurt when a military helicopter crashed during an anti-drug mission in the remote VRAEM region, the armed forces said on Saturday. '
        + 'The Russian-made Mi-171 went down on Friday afternoon near the town of Pichari, in the Cusco region. The wounded were evacuated to a hospital in Lima.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'agree', casualties: 'agree' },
  },
  {
    // The Venezuelan Su-30 over Apure (April 2021), from Caracas and from Bogota.
    name: 'a fighter jet down at a border, told and rejected: "had been shot down by Colombian rebels" against "rejected Venezuela\'s claim that Colombian guerrillas had shot down a Venezuelan fighter jet"',
    a: {
      id: 'a', publishedAt: '2021-04-06',
      text: 'CARACAS (Reuters) - Venezuela\'s armed forces said on Tuesday that a Sukhoi Su-30 fighter jet had been shot down by Colombian rebels in the border state of Apure, and that its two pilots had ejected safely. '
        + 'The rebels fired a surface-to-air missile at the jet during clashes in the area, Defence Minister Vladimir Padrino said.',
    },
    b: {
      id: 'b', publishedAt: '2021-04-07',
      text: 'BOGOTA (AP) - Colombia\'s defence minister on Wednesday rejected Venezuela\'s claim that Colombian guerrillas had shot down a Venezuelan fighter jet, saying the plane had probably crashed because of a mechanical fault. '
        + 'Venezuela said on Tuesday that its Su-30 was hit by a missile over Apure state near the border, and that both pilots survived.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'agree', time: 'partial', people: 'only-a', casualties: 'only-b', cause: 'partial' },
  },
  {
    // Avianca 52 at Cove Neck (January 1990), on the night and the day after: a city and its country as departures, a stop beside them.
    name: 'a jet out of fuel on Long Island told the next day: "killing at least 73 people" against "Seventy-three of the 158 people aboard were killed", "from Bogota" with "a stop in Medellin" against "a flight from Colombia"',
    a: {
      id: 'a', publishedAt: '1990-01-26',
      text: 'COVE NECK, N.Y. (AP) - A Colombian jetliner carrying 158 people ran out of fuel and crashed into a wooded hillside on Long Island on Thursday night, killing at least 73 people, authorities said. '
        + 'Avianca Flight 52, a Boeing 707 from Bogota, had circled in a holding pattern for more than an hour because of fog and heavy traffic at Kennedy International Airport before it went down about 15 miles short of the runway. '
        + 'The plane had made a stop in Medellin. Rescuers carried dozens of injured survivors, many of them children, down the muddy slope to waiting ambulances.',
    },
    b: {
      id: 'b', publishedAt: '1990-01-27',
      text: 'Federal investigators said on Friday that they had found no fuel in the tanks of the Avianca jet that crashed on Long Island, and that the crew had told controllers minutes earlier that the plane was running low. '
        + 'The Boeing 707 came down in the village of Cove Neck shortly after 9:30 p.m. on Thursday as it approached Kennedy Airport at the end of a flight from Colombia. '
        + 'Seventy-three of the 158 people aboard were killed. The 85 survivors were taken to seven hospitals, officials said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-b', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Air New Zealand 901 on Mount Erebus (November 1979): a list of who the travellers were, its verb said once, is parts of those aboard.
    name: 'a sightseeing jet into a volcano told two days on: "all 257 people aboard" against "237 passengers and 20 crew members", "24 were Japanese and 22 Americans"',
    a: {
      id: 'a', publishedAt: '1979-11-29',
      text: 'AUCKLAND, New Zealand (AP) - An Air New Zealand DC-10 on a sightseeing flight over Antarctica crashed into the slopes of Mount Erebus on Wednesday, killing all 257 people aboard, the airline said on Thursday. '
        + 'The jetliner had left Auckland in the morning for an 11-hour round trip over the frozen continent and lost radio contact with the U.S. base at McMurdo Sound shortly before 1 p.m. '
        + 'A U.S. Navy plane spotted the wreckage on the mountain\'s lower slopes late on Wednesday.',
    },
    b: {
      id: 'b', publishedAt: '1979-11-30',
      text: 'Rescuers who reached the wreckage of the Air New Zealand jet on Mount Erebus found no survivors among the 237 passengers and 20 crew members, officials said on Friday. '
        + 'The McDonnell Douglas DC-10 was flying low so that passengers could view the Antarctic scenery when it hit the volcano at about 1,500 feet, according to a Navy spokesman. '
        + 'Most of those aboard were New Zealanders; 24 were Japanese and 22 Americans.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-a', time: 'partial', people: 'partial', casualties: 'agree' },
  },
  {
    // One-Two-Go 269 at Phuket (September 2007): a rising toll, and the weather told four ways. The second report's lede follows the crash up a day on; the airliner and the Phuket its toll's own words name are the event's.
    name: 'a budget airliner in a storm told the next day: "killing at least 88" against "rose to 89 on Monday", "130 people" against "123 passengers and seven crew"',
    a: {
      id: 'a', publishedAt: '2007-09-16',
      text: 'PHUKET, Thailand (Reuters) - A budget airliner carrying 130 people crashed and burst into flames while trying to land in heavy rain on the Thai resort island of Phuket on Sunday, killing at least 88 people, officials said. '
        + 'The One-Two-Go McDonnell Douglas MD-82, flying from Bangkok, skidded off the runway and broke in two. Many of the passengers were foreign tourists. '
        + 'Survivors said the plane was buffeted by strong winds as it came in to land.',
    },
    b: {
      id: 'b', publishedAt: '2007-09-17',
      text: 'The death toll from the crash of a One-Two-Go airliner in Phuket rose to 89 on Monday, and Thai officials said investigators would examine whether wind shear had caused the accident. '
        + 'Flight OG269 had 123 passengers and seven crew aboard when it landed in a storm on Sunday afternoon and slid into an embankment. Forty-one people survived, many with serious burns. '
        + 'The Indonesian pilot was among those killed.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'agree', time: 'agree', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // LAM 470 in the Bwabwata park (November 2013), at the crash and at the finding: a crash on purpose is a cause.
    name: 'an airliner flown into the ground told three weeks on: "The cause of the crash was not immediately known" against "deliberately flew the plane into the ground"',
    a: {
      id: 'a', publishedAt: '2013-11-30',
      text: 'WINDHOEK, Namibia (Reuters) - A Mozambican airliner flying from Maputo to the Angolan capital Luanda crashed in a remote national park in northern Namibia on Friday, killing all 33 people on board, police said. '
        + 'The LAM Mozambique Airlines Embraer 190 came down in the Bwabwata National Park. Rescuers found the wreckage burned out. The cause of the crash was not immediately known.',
    },
    b: {
      id: 'b', publishedAt: '2013-12-22',
      text: 'The captain of a Mozambican airliner that crashed in Namibia last month, killing all 33 aboard, deliberately flew the plane into the ground, Mozambique\'s civil aviation authority said on Saturday, citing preliminary findings from the flight recorders. '
        + 'The pilot locked the co-pilot out of the cockpit and manually changed the altitude settings, the authority said. '
        + 'LAM Flight 470 had 27 passengers and six crew members aboard when it went down on November 29.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Indian Airlines 605 at Bangalore (February 1990): the fleet grounded after the crash holds the story's one A320.
    name: 'an A320 short of the runway told two days on: "India grounded its fleet of 14 new Airbus A320 jets" is no count of the story\'s, "killing at least 89" against "killing 92 people"',
    a: {
      id: 'a', publishedAt: '1990-02-14',
      text: 'BANGALORE, India (AP) - An Indian Airlines Airbus A320 crashed while landing at Bangalore airport on Wednesday and burst into flames, killing at least 89 of the 146 people aboard, officials said. '
        + 'The plane, on a flight from Bombay, struck a golf course and an embankment short of the runway. Witnesses said it caught fire at once. '
        + 'Fire engines were delayed because a wall blocked the way, a police officer said.',
    },
    b: {
      id: 'b', publishedAt: '1990-02-16',
      text: 'India grounded its fleet of 14 new Airbus A320 jets on Friday, two days after one of them crashed at Bangalore, killing 92 people. '
        + 'The Indian Airlines flight from Bombay was carrying 139 passengers and seven crew members. Fifty-four people survived, many of them badly burned. '
        + 'Investigators said the cockpit voice recorder showed the plane had been flying too low and too slowly on its approach.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // The Greek Canadair on Evia (July 2023): a water bomber is no bomber, and the maker alone names the type.
    name: 'a water bomber down over a wildfire told the next day: "Canadair CL-215" against "their water bomber" and "The Canadair", "killing its two pilots" against "two air force pilots killed"',
    a: {
      id: 'a', publishedAt: '2023-07-25',
      text: 'ATHENS (Reuters) - A Greek firefighting plane crashed on Tuesday while dropping water on a wildfire on the island of Evia, killing its two pilots, the armed forces said. '
        + 'Video footage showed the Canadair CL-215 descending over a burning hillside near the village of Platanistos, then clipping trees and exploding in a fireball. '
        + 'Greece declared three days of mourning for the air force pilots.',
    },
    b: {
      id: 'b', publishedAt: '2023-07-26',
      text: 'Greece mourned on Wednesday two air force pilots killed when their water bomber crashed while fighting a fire in southern Evia, as blazes raged across the country for a ninth day. '
        + 'The Canadair, one of the fleet that has battled wildfires on Rhodes and Corfu, went down on Tuesday afternoon near Karystos. '
        + 'The pilots, aged 34 and 27, had taken off from Elefsina air base.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', location: 'only-b', time: 'partial', casualties: 'agree', purpose: 'agree' },
  },
  {
    // Hostomel (February 2022), from Kyiv and from Moscow: the An-225 the airport is home to, the Antonov airfield and the day the fighting reached are none of the landing's aircraft or day.
    name: 'an airborne assault on an airfield told by both sides: "Dozens of Russian helicopters" against "more than 200 helicopters", "fighting continued into Friday"',
    a: {
      id: 'a', publishedAt: '2022-02-24',
      text: 'KYIV (Reuters) - Russian airborne troops landed by helicopter at the Hostomel airport northwest of Kyiv on Thursday and fought Ukrainian forces for control of the airfield, Ukrainian officials said. '
        + 'Dozens of Russian helicopters flew in low over the Kyiv reservoir from Belarus, video footage showed. Ukraine\'s military said it had shot down three of the helicopters. '
        + 'The airport is home to the world\'s largest cargo plane, the Antonov An-225.',
    },
    b: {
      id: 'b', publishedAt: '2022-02-25',
      text: 'Russia\'s defence ministry said on Friday that its forces had captured the Antonov airfield at Hostomel outside Kyiv after a landing by more than 200 helicopters, and that 200 Ukrainian troops had been killed. '
        + 'Ukraine\'s government said on Thursday evening it had retaken the airfield, but fighting continued into Friday. '
        + 'Mi-8 transport helicopters escorted by Ka-52 gunships carried the paratroopers.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', time: 'partial', casualties: 'only-b', cause: 'only-a' },
  },
  {
    // The Transair Tu-154 at Sukhumi (September 1993): the downing of the day before, told in a sentence that counts from the one before it, is another event.
    name: 'an airliner downed on landing told by Tbilisi and by the separatists: "killing more than 100 people" against "108 people were killed", "A day earlier a Tu-134 was shot down over the Black Sea"',
    a: {
      id: 'a', publishedAt: '1993-09-22',
      text: 'TBILISI, Georgia (Reuters) - A Georgian airliner carrying troops and civilians was hit by a missile as it came in to land at Sukhumi on Wednesday and burst into flames on the runway, killing more than 100 people, Georgian officials said. '
        + 'The Tupolev Tu-154 had flown from Tbilisi with 132 people aboard. Georgia blamed Abkhaz separatists, who have besieged the Black Sea city for weeks. '
        + 'It was the second Georgian plane to be shot down near Sukhumi in two days.',
    },
    b: {
      id: 'b', publishedAt: '1993-09-23',
      text: 'Abkhaz separatists denied on Thursday that they had shot down a Georgian airliner at Sukhumi airport, but said their forces would fire on any aircraft bringing Georgian troops to the city. '
        + 'Georgian officials said 108 people were killed when the Transair Tu-154 was struck by a missile fired from a boat on Wednesday. '
        + 'A day earlier a Tu-134 was shot down over the Black Sea near Sukhumi, killing 27 people.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'agree', people: 'only-a', casualties: 'agree', cause: 'agree' },
  },
  {
    // The RAF Chinook on the Mull of Kintyre (June 1994): Britain's security service is no Mil helicopter. The second report's 25 officials are not read with its four crew (left alone).
    name: 'a military helicopter into a hillside told the next day: "killing all 29 people aboard" against "the 25 intelligence and security officials and four crew who died", "officers of ... MI5"',
    a: {
      id: 'a', publishedAt: '1994-06-03',
      text: 'LONDON (AP) - A Royal Air Force helicopter carrying some of Britain\'s top counterterrorism experts crashed into a fog-shrouded hillside on the Mull of Kintyre in Scotland on Thursday, killing all 29 people aboard, the Ministry of Defence said. '
        + 'The Chinook had taken off from RAF Aldergrove, near Belfast, and was flying to Fort George near Inverness for a security conference. '
        + 'Among the dead were senior officers of the Royal Ulster Constabulary, the army and MI5.',
    },
    b: {
      id: 'b', publishedAt: '1994-06-04',
      text: 'Investigators on Friday began examining the wreckage of the RAF Chinook that crashed on the Mull of Kintyre, as Prime Minister John Major paid tribute to the 25 intelligence and security officials and four crew who died. '
        + 'The twin-rotor helicopter was carrying almost all of Northern Ireland\'s senior intelligence staff from Belfast to a conference in the Scottish Highlands. '
        + 'Officials said there was no evidence of sabotage and that thick fog was reported in the area.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Roberto Clemente's DC-7 off San Juan (December 1972): the pilot named beside the three others is one more of the dead.
    name: 'a relief flight into the sea told two days on: "relief supplies for earthquake victims" against "food and medicine", "The pilot and three others also died"',
    a: {
      id: 'a', publishedAt: '1973-01-01',
      text: 'SAN JUAN, Puerto Rico (AP) - Baseball star Roberto Clemente was missing and feared dead after a cargo plane carrying relief supplies for earthquake victims in Nicaragua crashed into the sea shortly after takeoff from San Juan on Sunday night, the Coast Guard said. '
        + 'The four-engine DC-7 had five people aboard. Coast Guard cutters and helicopters searched the waters off Isla Verde through the night.',
    },
    b: {
      id: 'b', publishedAt: '1973-01-03',
      text: 'Divers found parts of the wreckage of the plane that carried Roberto Clemente to his death but no sign of the Pittsburgh Pirates star\'s body, the Coast Guard said on Tuesday. '
        + 'The DC-7 plunged into the Atlantic about a mile off the coast minutes after leaving San Juan International Airport for Managua on New Year\'s Eve. '
        + 'The plane was heavily loaded with food and medicine for survivors of the Managua earthquake. The pilot and three others also died.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-b', location: 'partial', time: 'agree', people: 'only-a', cargo: 'agree', casualties: 'only-b' },
  },
  {
    // Buddy Holly, Ritchie Valens and the Big Bopper near Clear Lake (February 1959): the Bonanza by name and by itself.
    name: 'a chartered light plane in a snowy field told the next day: "The single-engine Beechcraft Bonanza" against "The four-seat Bonanza", "killed Buddy Holly and two other singers"',
    a: {
      id: 'a', publishedAt: '1959-02-03',
      text: 'CLEAR LAKE, Iowa (AP) - Rock \'n\' roll singers Buddy Holly, Ritchie Valens and J.P. '
        + 'Richardson, known as the Big Bopper, were killed early on Tuesday when their chartered plane crashed in a snow-covered field near here shortly after takeoff, authorities said. '
        + 'The pilot, Roger Peterson, also died. The single-engine Beechcraft Bonanza had left the Mason City airport for Fargo, North Dakota, after a concert at the Surf Ballroom.',
    },
    b: {
      id: 'b', publishedAt: '1959-02-04',
      text: 'Investigators said on Wednesday that light snow and poor visibility may have played a part in the crash of the small plane that killed Buddy Holly and two other singers in northern Iowa. '
        + 'The four-seat Bonanza went down about five miles northwest of the Mason City airport around 1 a.m. on Tuesday. All four aboard died instantly. '
        + 'The musicians had chartered the plane to reach their next show in Moorhead, Minnesota.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'only-b', time: 'partial', people: 'only-b', casualties: 'only-b', cause: 'only-b', actors: 'only-a' },
  },
  {
    // Amelia Earhart's Electra (July 1937): the days of the search and the start of the journey date no moment of the disappearance.
    name: 'a round-the-world flight lost near Howland Island told by the searchers: "searched the Pacific on Saturday" against "launched three seaplanes on Monday to join the hunt", "a round-the-world flight that began in Oakland, California, in May"',
    a: {
      id: 'a', publishedAt: '1937-07-03',
      text: 'HONOLULU (AP) - Navy ships and planes searched the Pacific on Saturday for Amelia Earhart and her navigator, Fred Noonan, whose plane disappeared on Friday near tiny Howland Island on the longest leg of her flight around the world. '
        + 'The twin-engine Lockheed Electra had taken off from Lae, New Guinea, for the 2,556-mile flight to Howland. '
        + 'The Coast Guard cutter Itasca, waiting at the island, heard her last radio messages saying she was running low on fuel.',
    },
    b: {
      id: 'b', publishedAt: '1937-07-05',
      text: 'The battleship Colorado launched three seaplanes on Monday to join the hunt for Amelia Earhart, missing since Friday somewhere near Howland Island. '
        + 'Her Electra left Lae, in New Guinea, with enough fuel for about 24 hours, the Navy said. Miss Earhart and Mr. '
        + 'Noonan were on the last long leg of a round-the-world flight that began in Oakland, California, in May.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', time: 'partial' },
  },
  {
    // Busy Bee's Dornier 228 at Goma (November 2019): a toll that rose, a survivor and a witness's cause.
    name: 'a commuter plane into homes told the next day: "killing at least 24 people" against "rose to 29 on Monday", "one of the engines had caught fire"',
    a: {
      id: 'a', publishedAt: '2019-11-24',
      text: 'GOMA, Congo (Reuters) - A small passenger plane crashed into homes shortly after taking off from the eastern Congolese city of Goma on Sunday, killing at least 24 people, officials said. '
        + 'The Dornier 228, operated by the local carrier Busy Bee, was bound for Beni, about 350 km to the north, with 17 passengers and two crew members on board. '
        + 'Some people on the ground were also killed.',
    },
    b: {
      id: 'b', publishedAt: '2019-11-25',
      text: 'The death toll from the crash of a Busy Bee plane in a densely populated district of Goma rose to 29 on Monday, the provincial governor said. '
        + 'The 19-seat aircraft went down moments after takeoff on Sunday morning and hit at least two houses. One passenger survived, officials said. '
        + 'The cause of the crash was not known, but a witness said one of the engines had caught fire.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', time: 'agree', people: 'only-a', casualties: 'partial', cause: 'only-b' },
  },
  {
    // Air Moorea 1121 (August 2007): the pilot named after the passengers is one more of the dead; Papeete is on Tahiti.
    name: 'an island hopper into a lagoon told the next day: "killing all 20 people on board" against "killed 19 passengers and its pilot", "a seven-minute flight to Papeete" against "for Tahiti"',
    a: {
      id: 'a', publishedAt: '2007-08-09',
      text: 'PAPEETE, Tahiti (AP) - A small passenger plane crashed into the sea moments after taking off from the island of Moorea in French Polynesia on Thursday, killing all 20 people on board, officials said. '
        + 'The Air Moorea Twin Otter was on a seven-minute flight to Papeete, on Tahiti. Divers recovered bodies from the lagoon, about a kilometre from the runway.',
    },
    b: {
      id: 'b', publishedAt: '2007-08-10',
      text: 'Investigators in French Polynesia said on Friday that a broken elevator cable may have caused the crash of the Air Moorea plane that killed 19 passengers and its pilot a day earlier. '
        + 'The de Havilland Canada DHC-6 Twin Otter plunged into the water shortly after leaving Moorea\'s airport for Tahiti. It was the worst air disaster in the territory in years.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', time: 'agree', people: 'only-a', casualties: 'agree' },
  },
  {
    // American 1420 at Little Rock (June 1999): where the wreck stopped, and a river named for a state.
    name: 'a jet off the end of a runway in a storm told two days on: "came to rest on the bank of the Arkansas River" is no arrival in Arkansas, "killing nine people" against "the nine killed"',
    a: {
      id: 'a', publishedAt: '1999-06-02',
      text: 'LITTLE ROCK, Ark. (AP) - An American Airlines jet landing in a violent thunderstorm skidded off the end of a runway at Little Rock National Airport late on Tuesday, plowed through a light tower and broke apart, killing nine people and injuring more than 80, officials said. '
        + 'Flight 1420 from Dallas carried 139 passengers and six crew members. The MD-82 came to rest on the bank of the Arkansas River.',
    },
    b: {
      id: 'b', publishedAt: '1999-06-03',
      text: 'Federal investigators said on Thursday that the crew of American Airlines Flight 1420 landed in Little Rock despite warnings of strong winds and hail, and that the jet\'s spoilers did not deploy. '
        + 'The pilot was among the nine killed when the McDonnell Douglas MD-82 overran the runway just before midnight on Tuesday. More than 100 of the 145 people aboard survived.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-b', location: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // Avianca 203 near Soacha (November 1989): what investigators found of the bomb is a cause; the cartel's claim stands in b.
    name: 'a jetliner bombed over Bogota told the next day: "investigating whether a bomb had been placed on board" against "found traces of explosives in the wreckage", "killed all 107 people on board" and "Three people on the ground"',
    a: {
      id: 'a', publishedAt: '1989-11-27',
      text: 'BOGOTA, Colombia (AP) - An Avianca jetliner with 107 people aboard exploded in midair and crashed shortly after taking off from Bogota on Monday, and there were no survivors, officials said. '
        + 'The Boeing 727 was bound for Cali. Witnesses said the plane burst into flames before it fell on a hillside near the town of Soacha, south of the capital. '
        + 'Police said they were investigating whether a bomb had been placed on board.',
    },
    b: {
      id: 'b', publishedAt: '1989-11-28',
      text: 'The Medellin drug cartel claimed responsibility on Tuesday for the bombing of an Avianca airliner that killed all 107 people on board a day earlier, saying it had targeted informers on the flight. '
        + 'Investigators said they had found traces of explosives in the wreckage of Flight 203, which blew up five minutes after leaving El Dorado airport. '
        + 'Three people on the ground were also killed.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // National Airlines 102 at Bagram (April 2013): the first report holds both parties' word on a downing, a dispute; the second's shifted cargo is a question.
    name: 'a cargo 747 that stalled after take-off told by NATO and by investigators: "The Taliban said their fighters had shot the plane down" against "no indication of enemy activity"',
    a: {
      id: 'a', publishedAt: '2013-04-30',
      text: 'KABUL (Reuters) - A civilian cargo plane crashed shortly after taking off from Bagram air base north of Kabul on Monday, killing all seven crew members, NATO officials said. '
        + 'The Boeing 747, operated by National Airlines, was bound for Dubai. '
        + 'The Taliban said their fighters had shot the plane down, but a NATO spokesman said there was no indication of enemy activity.',
    },
    b: {
      id: 'b', publishedAt: '2013-05-02',
      text: 'Investigators looking into the crash of a National Airlines 747 freighter at Bagram were examining whether its cargo of five armoured vehicles shifted during takeoff, U.S. officials said on Wednesday. '
        + 'Video from a dashboard camera shows the jet climbing steeply and then stalling before it plunged to the ground on Monday. The seven American crew members were killed. '
        + 'The plane was carrying the 18-ton vehicles to Dubai.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'partial', time: 'agree', people: 'only-a', casualties: 'agree', cause: 'disputed' },
  },
  {
    // Ethiopian 961 off Grande Comore (November 1996): where the hijackers wanted to go is none of the flight's route.
    name: 'a hijacked jet ditched off a beach told the next day: "demanded to be flown to Australia" is no destination, "a flight to Nairobi" against "from Addis Ababa to Abidjan, with stops in Nairobi"',
    a: {
      id: 'a', publishedAt: '1996-11-24',
      text: 'MORONI, Comoros (Reuters) - A hijacked Ethiopian Airlines jet ran out of fuel and crashed into the Indian Ocean off the Comoros islands on Saturday, killing at least 120 of the 175 people on board, officials said. '
        + 'The Boeing 767 had been seized by three hijackers shortly after leaving Addis Ababa on a flight to Nairobi, and they demanded to be flown to Australia. '
        + 'The pilot tried to ditch the plane near a beach on Grande Comore.',
    },
    b: {
      id: 'b', publishedAt: '1996-11-25',
      text: 'Survivors of the Ethiopian Airlines jet that ditched off the Comoros on Saturday said the hijackers had fought with the pilot for the controls until the plane hit the water. '
        + 'Officials said 125 people were killed and 50 survived, among them the pilot and co-pilot. '
        + 'Flight 961 was flying from Addis Ababa to Abidjan, with stops in Nairobi and other cities, when it was hijacked. Tourists on the beach helped pull survivors from the sea.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', location: 'agree', time: 'agree', people: 'only-a', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Operation Solomon (May 1991): a span of hours past a day holds both days.
    name: 'an airlift of a people told as it began and as it ended: "began flying thousands of Ethiopian Jews out of Addis Ababa on Friday" against "completed a 36-hour airlift ... on Saturday"',
    a: {
      id: 'a', publishedAt: '1991-05-25',
      text: 'JERUSALEM (Reuters) - Israeli planes began flying thousands of Ethiopian Jews out of Addis Ababa on Friday in a secret airlift, as rebel forces closed in on the Ethiopian capital, Israeli officials said. '
        + 'Dozens of El Al jets and air force transport planes were taking part in the operation, named Operation Solomon. '
        + 'The first planes landed at Ben-Gurion airport near Tel Aviv on Friday evening.',
    },
    b: {
      id: 'b', publishedAt: '1991-05-26',
      text: 'Israel completed a 36-hour airlift of 14,400 Ethiopian Jews on Saturday. '
        + 'Thirty-five Israeli aircraft flew non-stop between Addis Ababa and Tel Aviv, and one El Al Boeing 747 carried more than 1,000 people on a single flight, a world record, officials said. '
        + 'Two babies were born on board. The Ethiopian government allowed the flights after Israel paid $35 million.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'partial' },
  },
  {
    // The Chilean C-212 off Robinson Crusoe Island (September 2011): the island's tsunami of the year before dates the island, not the flight told beside it.
    name: 'an air force plane lost off an island told the next day: "The CASA C-212 had flown from Santiago ... struck by last year\'s tsunami", "four bodies" against "six bodies by Saturday evening"',
    a: {
      id: 'a', publishedAt: '2011-09-03',
      text: 'SANTIAGO, Chile (AP) - A Chilean air force plane carrying 21 people, including popular television host Felipe Camiroaga, crashed into the Pacific on Friday while trying to land on Robinson Crusoe Island in the Juan Fernandez archipelago, officials said. '
        + 'The CASA C-212 had flown from Santiago with a team bringing help to the island, which was struck by last year\'s tsunami. Debris and four bodies were found in the sea.',
    },
    b: {
      id: 'b', publishedAt: '2011-09-04',
      text: 'Chile\'s defence minister said on Saturday there were no survivors among the 21 people aboard the air force plane that crashed off Robinson Crusoe Island a day earlier. '
        + 'Strong winds made the landing at the island\'s short airstrip difficult, the minister said. The twin-engine plane had made two attempts to land before it went down. '
        + 'Searchers had recovered six bodies by Saturday evening.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Przewodow (November 2022): where a missile fell, and who it killed.
    name: 'a missile on a border village told from Warsaw and from Kyiv: "the missile that landed in Poland" is no flight\'s arrival, "killed two people" against "Two farm workers were killed"',
    a: {
      id: 'a', publishedAt: '2022-11-16',
      text: 'WARSAW (Reuters) - A missile that killed two people in a Polish village near the Ukrainian border was probably fired by Ukraine\'s air defences, Poland\'s President Andrzej Duda said on Wednesday. '
        + 'The blast struck a grain drying facility in Przewodow on Tuesday afternoon, as Russia launched a barrage of missiles at Ukrainian cities. '
        + 'There was no indication that it was an intentional attack on Poland, Duda said.',
    },
    b: {
      id: 'b', publishedAt: '2022-11-16',
      text: 'Ukraine\'s President Volodymyr Zelenskiy said on Wednesday he had no doubt that the missile that landed in Poland was not Ukrainian, rejecting the findings of Poland and NATO. '
        + 'Two farm workers were killed when the missile struck the village of Przewodow, six km from the border, on Tuesday. '
        + 'NATO Secretary-General Jens Stoltenberg said the blast was likely caused by a Ukrainian air defence missile.',
    },
    same: true,
    expected: { time: 'agree', casualties: 'agree' },
  },
  {
    // Avianca 203 over Soacha (November 1989) against Avianca 52 on Long Island (January 1990): one airline and one city of departure, two events.
    name: 'two Avianca jets, two months apart: "Boeing 727" against "Boeing 707", "107 people aboard" against "158 people"',
    a: {
      id: 'a', publishedAt: '1989-11-27',
      text: 'BOGOTA, Colombia (AP) - An Avianca jetliner with 107 people aboard exploded in midair and crashed shortly after taking off from Bogota on Monday, and there were no survivors, officials said. '
        + 'The Boeing 727 was bound for Cali. Police said they were investigating whether a bomb had been placed on board.',
    },
    b: {
      id: 'b', publishedAt: '1990-01-26',
      text: 'COVE NECK, N.Y. (AP) - A Colombian jetliner carrying 158 people ran out of fuel and crashed into a wooded hillside on Long Island on Thursday night, killing at least 73 people, authorities said. '
        + 'Avianca Flight 52, a Boeing 707 from Bogota, had circled in a holding pattern for more than an hour because of fog and heavy traffic at Kennedy International Airport before it went down about 15 miles short of the runway. '
        + 'The plane had made a stop in Medellin. Rescuers carried dozens of injured survivors, many of them children, down the muddy slope to waiting ambulances.',
    },
    same: false,
    expected: { aircraft: 'conflict', origin: 'partial', destination: 'only-a', location: 'conflict', time: 'conflict', people: 'conflict', casualties: 'partial', cause: 'only-b' },
  },
  {
    // Itavia 870 off Ustica (June 1980): a reported missile hit, denied, is ruled out.
    name: 'an airliner into the sea near an island told five days on: "81 people aboard" against "All 77 passengers and four crew members", "denied reports that the plane had been hit by a missile"',
    a: {
      id: 'a', publishedAt: '1980-06-28',
      text: 'PALERMO, Italy (AP) - An Italian DC-9 airliner with 81 people aboard crashed into the Tyrrhenian Sea near the island of Ustica on Friday night, and rescuers found no survivors, officials said. '
        + 'The Itavia jet, on a flight from Bologna to Palermo, disappeared from radar about 20 minutes before it was due to land. '
        + 'Navy ships and helicopters recovered debris and 38 bodies on Saturday.',
    },
    b: {
      id: 'b', publishedAt: '1980-07-02',
      text: 'Italian investigators said on Wednesday they were examining whether the Itavia DC-9 that plunged into the sea off Ustica last Friday was destroyed by a bomb or by structural failure. '
        + 'A military spokesman denied reports that the plane had been hit by a missile during a NATO exercise. All 77 passengers and four crew members died.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Air Inter 148 on Mont Sainte-Odile (January 1992): the sites by a mountain, a massif and a distance from a city.
    name: 'an A320 into a mountain near Strasbourg told the next day: "96 people on board" against "the 90 passengers and six crew", "Nine people survived" against "nine survivors"',
    a: {
      id: 'a', publishedAt: '1992-01-20',
      text: 'STRASBOURG, France (Reuters) - An Air Inter Airbus A320 with 96 people on board crashed into a snowy mountainside in the Vosges on Monday evening as it approached Strasbourg airport, killing 87 people, officials said. '
        + 'Nine people survived. The flight from Lyon went down near Mont Sainte-Odile, about 20 km southwest of Strasbourg.',
    },
    b: {
      id: 'b', publishedAt: '1992-01-21',
      text: 'Rescuers who reached the wreckage of the Air Inter jet in the Vosges mountains four hours after it crashed found nine survivors among the 90 passengers and six crew, French officials said on Tuesday. '
        + 'The A320 was flying from Lyon to Strasbourg when it hit the mountain at 7:20 p.m. on Monday. Investigators said the crew may have set the wrong descent rate.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Korean Air 858 (November 1987): the bomb, probably, and who planted it.
    name: 'an airliner lost over the Andaman Sea told three days on: "There was no word of wreckage" against "a bomb had probably destroyed the Korean Air jet", "accused North Korea of planting the bomb"',
    a: {
      id: 'a', publishedAt: '1987-11-30',
      text: 'SEOUL (AP) - A Korean Air Boeing 707 carrying 115 people disappeared over the Andaman Sea near Burma on Sunday on a flight from Baghdad to Seoul, officials said. '
        + 'The plane had made a stop in Abu Dhabi, where two passengers travelling on Japanese passports got off. There was no word of wreckage or survivors.',
    },
    b: {
      id: 'b', publishedAt: '1987-12-02',
      text: 'South Korea said on Wednesday that a bomb had probably destroyed the Korean Air jet that vanished over the Andaman Sea on Sunday with 115 people aboard. '
        + 'The two passengers who left the flight in Abu Dhabi took poison when they were detained in Bahrain on Tuesday; one of them, a man, died. '
        + 'Seoul accused North Korea of planting the bomb.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', cause: 'only-b' },
  },
  {
    // Kim Jong Un to Singapore (June 2018): his own planes made the trip apart from him; "Trump arrived from the G7 summit in Quebec" is where Trump set off, beside "a flight from Canada".
    name: 'a leader flown to a summit on a borrowed jet told the next day: "aboard an Air China Boeing 747" against "a borrowed Chinese airliner", "an Ilyushin Il-76 cargo jet carrying his limousine and food"',
    a: {
      id: 'a', publishedAt: '2018-06-10',
      text: 'SINGAPORE (Reuters) - North Korean leader Kim Jong Un arrived in Singapore on Sunday aboard an Air China Boeing 747 for a historic summit with U.S. '
        + 'President Donald Trump, the first meeting between a sitting U.S. president and a North Korean leader. '
        + 'Kim was greeted at Changi airport by Singapore\'s foreign minister, Vivian Balakrishnan. '
        + 'Trump\'s Air Force One landed at Paya Lebar air base later in the evening after a flight from Canada.',
    },
    b: {
      id: 'b', publishedAt: '2018-06-11',
      text: 'Kim Jong Un flew to Singapore on Sunday on a borrowed Chinese airliner, a sign of Beijing\'s support, while two of his own planes, including an Ilyushin Il-76 cargo jet carrying his limousine and food, made the trip separately. '
        + 'The summit with Trump is set for Tuesday on Sentosa island. Trump arrived from the G7 summit in Quebec.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', time: 'agree', cargo: 'only-b', actors: 'partial' },
  },
  {
    // The C-17 out of Kabul (August 2021): a base in a country against the country, and one count told two ways.
    name: 'an overloaded evacuation flight told the next day: "carried 640 Afghans out of Kabul" against "about 640 Afghan civilians", "landed safely at Al Udeid air base in Qatar" against "flew to Qatar"',
    a: {
      id: 'a', publishedAt: '2021-08-16',
      text: 'KABUL (Reuters) - A U.S. '
        + 'Air Force C-17 transport plane carried 640 Afghans out of Kabul on Sunday, after hundreds of desperate people clambered aboard the half-open ramp, defense officials said. '
        + 'The flight landed safely at Al Udeid air base in Qatar. Several people fell to their deaths from another C-17 as it took off on Monday, video showed.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-17',
      text: 'The crew of a U.S. '
        + 'Air Force C-17 decided to take off from Kabul with about 640 Afghan civilians who had pushed their way onto the plane, rather than force them off, a defense official said on Tuesday. '
        + 'The Globemaster flew to Qatar. It was one of the largest loads ever carried by the aircraft.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'partial', time: 'partial', people: 'agree' },
  },
  {
    // Pan Am 759 at Kenner (July 1982): those aboard and those on the ground add up to the risen toll; the flight's first leg from Miami is b's alone.
    name: 'a jetliner into homes on take-off told two days on: "killing all 145 people aboard and at least eight people on the ground" against "The death toll rose to 153"',
    a: {
      id: 'a', publishedAt: '1982-07-09',
      text: 'KENNER, La. (AP) - A Pan American World Airways jetliner taking off in a thunderstorm crashed into a residential neighborhood near New Orleans International Airport on Friday, killing all 145 people aboard and at least eight people on the ground, officials said. '
        + 'The Boeing 727, Flight 759 to Las Vegas, clipped trees and plowed through several homes. Six houses were destroyed by fire.',
    },
    b: {
      id: 'b', publishedAt: '1982-07-11',
      text: 'Federal investigators said on Sunday that the Pan Am jet that crashed in Kenner, La., on Friday may have been forced down by wind shear moments after takeoff. '
        + 'The death toll rose to 153, including eight people in the neighborhood. A 16-month-old girl was pulled alive from the rubble of her home. '
        + 'The flight, from Miami to Las Vegas with a stop in New Orleans, had 137 passengers and eight crew members.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'only-b', location: 'partial', time: 'agree', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // United 811 (February 1989): a search that found nothing dates the search, not the blowout.
    name: 'a jumbo jet that lost a cargo door told the next day: "sucking nine passengers out" against "the nine passengers who were swept from", "Searchers found no trace on Saturday"',
    a: {
      id: 'a', publishedAt: '1989-02-24',
      text: 'HONOLULU (AP) - A cargo door blew off a United Airlines jumbo jet over the Pacific on Friday, ripping a hole in the side of the plane and sucking nine passengers out, officials said. '
        + 'The Boeing 747, Flight 811 from Honolulu to Auckland, New Zealand, turned back and landed safely in Honolulu with 328 passengers and 18 crew. '
        + 'Two engines on the right side were damaged by debris.',
    },
    b: {
      id: 'b', publishedAt: '1989-02-25',
      text: 'Searchers found no trace on Saturday of the nine passengers who were swept from a United Airlines 747 when a cargo door tore open at 23,000 feet south of Hawaii. The pilot, Capt. '
        + 'David Cronin, brought the crippled jet back to Honolulu International Airport about 20 minutes later. Officials said 27 people were injured. '
        + 'Investigators were examining whether the door\'s latches had failed.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'partial', casualties: 'only-b', actors: 'only-b' },
  },
  {
    // Delta 1141 at Dallas-Fort Worth (August 1988): a toll that grew by one, and everyone aboard told two ways.
    name: 'a 727 that failed to climb told the next day: "killing at least 13 of the 108 people aboard" against "Fourteen people died and 94 survived"',
    a: {
      id: 'a', publishedAt: '1988-08-31',
      text: 'DALLAS (AP) - A Delta Air Lines jet bound for Salt Lake City crashed and burst into flames on takeoff from Dallas-Fort Worth International Airport on Wednesday, killing at least 13 of the 108 people aboard, officials said. '
        + 'The Boeing 727 rose only a few feet before it hit an antenna array and broke apart. Survivors escaped through a hole in the fuselage.',
    },
    b: {
      id: 'b', publishedAt: '1988-09-01',
      text: 'Investigators said on Thursday the flaps of the Delta Boeing 727 that crashed at Dallas-Fort Worth airport appeared not to have been set for takeoff, and that the crew had been chatting in the cockpit while they taxied. '
        + 'Fourteen people died and 94 survived. Flight 1141 was carrying 101 passengers and seven crew members.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // On the day and at the findings: the river lies in Sumatra; the NTSB's "deliberate act by the pilot" is the NTSB's, not the Indonesians' who could not say.
    name: 'SilkAir 185 into the Musi River: "a river in southern Sumatra" against the river named, the safety board\'s finding three years on',
    a: {
      id: 'a', publishedAt: '1997-12-19',
      text: 'JAKARTA, Indonesia (Reuters) - A SilkAir Boeing 737 carrying 104 people crashed into a river in southern Sumatra on Friday, and officials said there was little hope of finding survivors. '
        + 'Flight MI185 was flying from Jakarta to Singapore when it disappeared from radar screens at about 4:15 p.m. local time. '
        + 'Villagers said they saw the plane plunge into the Musi River near Palembang. The jet was carrying 97 passengers and seven crew, SilkAir said. '
        + 'SilkAir is the regional arm of Singapore Airlines.',
    },
    b: {
      id: 'b', publishedAt: '2000-12-15',
      text: 'SINGAPORE (AP) - Indonesian investigators said Thursday they could not determine what caused a SilkAir jet to plunge into a river in 1997, killing all 104 people aboard, but U.S. safety officials disagreed and said the evidence pointed to a deliberate act by the pilot. '
        + 'The Boeing 737 went down in the Musi River on Dec. 19, 1997, on a flight from Jakarta to Singapore. '
        + 'Indonesia\'s National Transportation Safety Committee said it found no evidence of a mechanical failure. The U.S. '
        + 'National Transportation Safety Board said in a letter that the plane\'s nose-down dive was consistent with intentional pilot action.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'only-b' },
  },
  {
    // The day after and two days on: the passenger who died raised the toll and is among it; the Fokker F28 named two ways.
    name: 'Air Ontario 1363 at Dryden: "at least 21" against a toll that "rose to 24 ... when a passenger died"',
    a: {
      id: 'a', publishedAt: '1989-03-11',
      text: 'DRYDEN, Ontario (CP) - An Air Ontario jet crashed in flames moments after taking off in a snowstorm from the airport at Dryden on Friday, killing at least 21 people. '
        + 'The Fokker F-28, with 69 people aboard, was on a flight from Thunder Bay to Winnipeg and had stopped at Dryden to refuel. '
        + 'It came down in woods less than a kilometre beyond the runway. Survivors said snow had built up on the wings while the plane waited to take off.',
    },
    b: {
      id: 'b', publishedAt: '1989-03-13',
      text: 'WINNIPEG (CP) - The death toll from Friday\'s crash of Air Ontario Flight 1363 at Dryden rose to 24 on Sunday when a passenger died in hospital. '
        + 'Forty-five of the 69 people on the twin-engined Fokker F28 survived. The flight, bound for Winnipeg from Thunder Bay, had landed at Dryden for fuel. '
        + 'Investigators are examining whether ice on the wings kept the jet from climbing.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // On the day and at the safety board's finding: Canadair's regional jet is the CRJ-200 credited to Bombardier; an empty jet repositioned flew its route.
    name: 'Pinnacle 3701 near Jefferson City: "Canadair regional jet" against "CRJ-200", repositioned from Little Rock',
    a: {
      id: 'a', publishedAt: '2004-10-15',
      text: 'JEFFERSON CITY, Mo. (AP) - A commuter jet with only its two pilots aboard crashed into a residential neighborhood near Jefferson City late Thursday, killing both men. '
        + 'No one on the ground was hurt. '
        + 'The Pinnacle Airlines Canadair regional jet, which had no passengers, was flying from Little Rock, Ark., to Minneapolis when the pilots reported that both engines had failed. '
        + 'They tried to glide to the Jefferson City airport but came down about two miles short.',
    },
    b: {
      id: 'b', publishedAt: '2007-01-09',
      text: 'WASHINGTON (Reuters) - The pilots of a Pinnacle Airlines jet that crashed in Missouri in 2004 took the plane to its maximum altitude of 41,000 feet for fun and then lost both engines, federal safety investigators said on Tuesday. '
        + 'The National Transportation Safety Board said the captain and first officer, the only two people aboard Flight 3701, showed unprofessional behavior. '
        + 'The empty CRJ-200 was being repositioned from Little Rock to Minneapolis on Oct. 14, 2004.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'only-a', cause: 'agree' },
  },
  {
    // On the day and the day after: the second report revised the number aboard, a real difference of the two; the MA60 named two ways.
    name: 'Merpati 8968 off Kaimana: "all 27 people on board" against 19 passengers and six crew',
    a: {
      id: 'a', publishedAt: '2011-05-07',
      text: 'JAKARTA (Reuters) - A passenger plane operated by Indonesia\'s state-owned Merpati Nusantara Airlines crashed into the sea off Papua on Saturday as it tried to land in heavy rain, killing all 27 people on board, officials said. '
        + 'The Chinese-made MA60 turboprop was flying from Sorong to Kaimana in West Papua province. It crashed about 500 metres from the runway, a transport ministry spokesman said.',
    },
    b: {
      id: 'b', publishedAt: '2011-05-08',
      text: 'KAIMANA, Indonesia (AP) - Divers pulled more bodies on Sunday from the wreckage of a Merpati Nusantara plane that plunged into the sea off eastern Indonesia, and officials revised the number aboard to 25. '
        + 'The Xian MA60 went down on Saturday while approaching Kaimana airport in bad weather after a flight from Sorong. The plane carried 19 passengers and six crew, officials said. '
        + 'There were no survivors.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'conflict', casualties: 'agree', cause: 'agree' },
  },
  {
    // The day after and two days on: the cargo DC-8's crew were all aboard; the recorders found on Thursday date no crash.
    name: 'Emery Worldwide 17 at Rancho Cordova: "its three crew members" against "all three people aboard"',
    a: {
      id: 'a', publishedAt: '2000-02-17',
      text: 'RANCHO CORDOVA, Calif. (AP) - A cargo jet crashed into an auto salvage yard shortly after takeoff from Sacramento Mather Airport on Wednesday night, killing its three crew members. '
        + 'The Emery Worldwide DC-8 was bound for Dayton, Ohio. The pilot reported control problems moments after takeoff and was trying to return to the airport. '
        + 'No one on the ground was hurt.',
    },
    b: {
      id: 'b', publishedAt: '2000-02-18',
      text: 'SACRAMENTO (Reuters) - Federal investigators on Thursday recovered the flight recorders of the Emery Worldwide cargo plane that crashed near Sacramento, killing all three people aboard. '
        + 'The DC-8, Flight 17 to Dayton, Ohio, came down in a salvage yard in Rancho Cordova on Wednesday. '
        + 'The crew had told controllers of a severe center of gravity problem and was turning back to Mather.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'only-b', casualties: 'partial' },
  },
  {
    // On the day and the day after: the mountain lies on the island; bodies brought down on Friday date no crash; the miners' settlement named two ways.
    name: 'Vnukovo 2801 on Spitsbergen: "a mountain on the Arctic island of Spitsbergen" against "the Operafjellet mountain"',
    a: {
      id: 'a', publishedAt: '1996-08-29',
      text: 'OSLO (Reuters) - A Russian airliner carrying 141 people crashed into a mountain on the Arctic island of Spitsbergen on Thursday as it came in to land, and Norwegian officials said there were no survivors. '
        + 'The Tupolev Tu-154, chartered from Moscow\'s Vnukovo Airlines, was bringing coal miners and their families to the Russian mining settlement of Barentsburg. '
        + 'It hit a mountain about 14 km east of Longyearbyen airport in low cloud, the Norwegian governor\'s office said.',
    },
    b: {
      id: 'b', publishedAt: '1996-08-30',
      text: 'LONGYEARBYEN, Norway (AP) - Rescuers on Friday began bringing down bodies from the mountainside on Svalbard where a Russian Tu-154 slammed into the Operafjellet mountain, killing all 130 passengers and 11 crew. '
        + 'The charter flight from Moscow was carrying Russian and Ukrainian miners to Barentsburg. '
        + 'Norwegian investigators said the plane was off course as it approached the airport at Longyearbyen.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'partial', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // On the day and at the bomb's recovery: the Navy's Thursday is a search's; "its tanker plane" is the KC-135 told less precisely.
    name: 'Palomares: a B-52 and a KC-135 collided over Spain, and the last bomb lifted from the sea 80 days on',
    a: {
      id: 'a', publishedAt: '1966-01-18',
      text: 'MADRID (AP) - A U.S. '
        + 'Air Force B-52 bomber and a KC-135 jet tanker collided during a refueling operation over southern Spain on Monday and crashed near the coastal village of Palomares, killing seven of the 11 crewmen. '
        + 'Four of the B-52\'s seven crew members parachuted to safety. The U.S. Air Force refused to say whether the bomber was carrying nuclear weapons.',
    },
    b: {
      id: 'b', publishedAt: '1966-04-07',
      text: 'PALOMARES, Spain (UPI) - The U.S. '
        + 'Navy on Thursday lifted the last missing hydrogen bomb from the floor of the Mediterranean, 80 days after a B-52 bomber collided with its tanker plane over this village. '
        + 'The bomb had been lost at a depth of 2,850 feet about five miles off the coast. Three other bombs fell on land near Palomares when the bomber broke up on Jan. 17.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'only-a', time: 'partial', people: 'only-a', casualties: 'only-a', purpose: 'only-a', cause: 'agree' },
  },
  {
    // On the day and the day after: the river in southern Laos and the river near Pakse airport may be one site.
    name: 'Lao Airlines 301 into the Mekong: "all 49 people on board" against 44 passengers and five crew',
    a: {
      id: 'a', publishedAt: '2013-10-16',
      text: 'VIENTIANE (Reuters) - A Lao Airlines plane crashed into the Mekong River in southern Laos on Wednesday while trying to land in bad weather, killing all 49 people on board, the airline said. '
        + 'The ATR 72 turboprop was flying from the capital Vientiane to Pakse. The passengers included 16 Lao, seven French and six Australians, the airline said.',
    },
    b: {
      id: 'b', publishedAt: '2013-10-17',
      text: 'PAKSE, Laos (AP) - Divers searched the muddy Mekong on Thursday for the victims of a Lao Airlines flight that plunged into the river near Pakse airport, killing 44 passengers and five crew members. '
        + 'The plane had flown from Vientiane and was hit by strong winds from the remnants of Typhoon Nari as it approached the airport, officials said. '
        + 'Rescuers had recovered 24 bodies by Thursday afternoon.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'agree' },
  },
  {
    // On the day and at the findings: the lead's "last year" is the event's; the ATR 42 the gauge was made for is no aircraft; the pilot reported only the trouble.
    name: 'Tuninter 1153 off Palermo: "engine trouble" on the day against the faulty fuel gauge a year on',
    a: {
      id: 'a', publishedAt: '2005-08-07',
      text: 'ROME (Reuters) - A Tunisian passenger plane ditched into the sea off Sicily on Saturday, killing at least 13 people, Italian officials said. '
        + 'The Tuninter ATR 72, carrying 39 people from Bari in southern Italy to the Tunisian resort island of Djerba, came down about 20 km off Palermo after the pilot reported engine trouble. '
        + 'Rescue boats picked up 23 survivors.',
    },
    b: {
      id: 'b', publishedAt: '2006-08-05',
      text: 'ROME (AP) - A faulty fuel gauge caused a Tunisian airliner to run out of fuel and ditch off Sicily last year, Italian investigators said Saturday. '
        + 'The gauge fitted to the Tuninter ATR 72 was made for a smaller ATR 42 and showed the tanks to be full when they were nearly empty. '
        + 'Sixteen of the 39 people aboard died when the plane broke into three pieces in the sea off Palermo on Aug. 6, 2005.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'agree', people: 'agree', casualties: 'partial', cause: 'partial' },
  },
  {
    // On the day and the day after: a real difference of the two reports' survivors; "It came down ... during a storm" gives the weather.
    name: 'ADC Airlines 53 at Abuja: "six people had survived" against "Nine people survived"',
    a: {
      id: 'a', publishedAt: '2006-10-29',
      text: 'ABUJA, Nigeria (Reuters) - A Nigerian passenger plane crashed shortly after takeoff from Abuja on Sunday, killing at least 96 people, including the spiritual leader of Nigeria\'s Muslims, officials said. '
        + 'The ADC Airlines Boeing 737 was flying to the northwestern city of Sokoto with 105 people on board. It came down in a cornfield near the airport during a storm. '
        + 'Officials said six people had survived.',
    },
    b: {
      id: 'b', publishedAt: '2006-10-30',
      text: 'ABUJA (AP) - Nigeria\'s aviation minister said Monday the pilot of an ADC Airlines jet took off into a violent storm despite a warning from air traffic controllers, killing 96 of the 105 people aboard. '
        + 'The Boeing 737 crashed a minute after leaving Abuja\'s airport on Sunday. Among the dead was the Sultan of Sokoto, Muhammadu Maccido. Nine people survived.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', time: 'agree', people: 'agree', casualties: 'conflict', cause: 'agree' },
  },
  {
    // The day after and three days on: the search's Wednesday is no day of the crash; one of seven crewmen killed, told two ways.
    name: 'Thule: a B-52 on the ice of a bay in Greenland, and the bombs\' fragments found three days on',
    a: {
      id: 'a', publishedAt: '1968-01-22',
      text: 'COPENHAGEN (AP) - A U.S. '
        + 'Air Force B-52 bomber carrying nuclear weapons crashed on the ice of a bay about seven miles from Thule Air Base in Greenland on Sunday after a fire broke out in the cabin, the Pentagon said. '
        + 'Six of the seven crewmen parachuted to safety and one was killed. The Pentagon said there was no danger of a nuclear explosion.',
    },
    b: {
      id: 'b', publishedAt: '1968-01-24',
      text: 'THULE AIR BASE, Greenland (UPI) - Search teams working in Arctic darkness and temperatures of 30 below zero on Wednesday found fragments of the four hydrogen bombs carried by the B-52 that crashed into North Star Bay on Sunday. '
        + 'The bomber was on an airborne alert mission when a fire in the navigator\'s compartment forced the crew to abandon the plane. One of the seven crew members died.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-b', time: 'partial', people: 'agree', cargo: 'only-a', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Two events of one kind: the departures and the numbers flown clash; the first report's loose seven weeks are its own.
    name: 'Operation Moses against Operation Solomon: two airlifts of Ethiopian Jews, from Sudan in 1984 and from Addis Ababa in 1991',
    a: {
      id: 'a', publishedAt: '1985-01-06',
      text: 'JERUSALEM (AP) - Israel confirmed on Saturday that it had secretly airlifted thousands of Ethiopian Jews from refugee camps in Sudan over the past seven weeks. '
        + 'About 8,000 Ethiopian Jews were flown to Israel in the operation, code-named Moses, most of them on chartered Boeing 707 jets that stopped in Brussels. '
        + 'The airlift was halted after news of it leaked.',
    },
    b: {
      id: 'b', publishedAt: '1991-05-26',
      text: 'TEL AVIV (Reuters) - Israel flew 14,400 Ethiopian Jews from Addis Ababa to Tel Aviv in 36 hours on Friday and Saturday in an airlift code-named Operation Solomon. '
        + 'Thirty-four El Al jumbo jets and Israeli Air Force C-130 Hercules transports shuttled between the two cities nonstop. '
        + 'One El Al Boeing 747 carried more than 1,000 passengers, a world record.',
    },
    same: false,
    expected: { aircraft: 'partial', origin: 'conflict', destination: 'partial', time: 'partial', people: 'conflict' },
  },
  {
    // The day after and two days on: the helicopter found on Wednesday was lost on Tuesday; the base named after "Marine Corps Air Station".
    name: 'The CH-53E near Pine Valley: "found on Wednesday" after it went missing against "went down ... on Tuesday night"',
    a: {
      id: 'a', publishedAt: '2024-02-07',
      text: 'SAN DIEGO (AP) - A Marine Corps CH-53E Super Stallion helicopter carrying five Marines was found on Wednesday in the mountains outside San Diego after it went missing during a storm, officials said. '
        + 'The helicopter was flying from Creech Air Force Base in Nevada to Marine Corps Air Station Miramar in San Diego when it was reported overdue late Tuesday. '
        + 'Rescuers were searching for the crew in heavy snow.',
    },
    b: {
      id: 'b', publishedAt: '2024-02-08',
      text: 'SAN DIEGO (Reuters) - All five Marines aboard a CH-53E helicopter that crashed in the mountains east of San Diego during a storm were killed, the Marine Corps said on Thursday. '
        + 'The aircraft went down near the town of Pine Valley on Tuesday night during a training flight. It belonged to the 3rd Marine Aircraft Wing, based at Miramar.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b', purpose: 'only-b', cause: 'agree' },
  },
  {
    // On the day and the day after: the flights planned "by the end of January" are the next January, not the last.
    name: 'Operation Rock of Israel: "316 Ethiopian Jews" against "More than 300 Ethiopian immigrants"',
    a: {
      id: 'a', publishedAt: '2020-12-03',
      text: 'TEL AVIV (Reuters) - A plane carrying 316 Ethiopian Jews landed in Israel on Thursday, the first of several flights that will bring some 2,000 members of the community to the country by the end of January, the Israeli government said. '
        + 'The immigrants, who had waited years in camps in Gondar and Addis Ababa, were greeted at Ben Gurion Airport by Prime Minister Benjamin Netanyahu.',
    },
    b: {
      id: 'b', publishedAt: '2020-12-04',
      text: 'JERUSALEM (AP) - More than 300 Ethiopian immigrants arrived in Israel on a flight from Addis Ababa on Thursday under an operation dubbed Rock of Israel. '
        + 'Netanyahu and Immigration Minister Pnina Tamano-Shata, herself born in Ethiopia, met the new arrivals on the tarmac. '
        + 'Israel plans to bring 2,000 members of the Falash Mura community by the end of January.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-b', destination: 'agree', time: 'partial', people: 'agree', actors: 'only-a' },
  },
  {
    // Two reports of one day: the Beriev aircraft plant where it was parked is no aircraft.
    name: 'The Il-80 "doomsday" plane robbed at Taganrog: RIA\'s report against Russian media\'s',
    a: {
      id: 'a', publishedAt: '2020-12-08',
      text: 'MOSCOW (Reuters) - Thieves stole radio equipment from a Russian Il-80 "doomsday" plane designed to carry the country\'s top officials in the event of a nuclear war, the RIA news agency reported on Tuesday. '
        + 'The plane was undergoing repairs at an airfield in the southern city of Taganrog when the theft was discovered on Nov. 25, RIA said.',
    },
    b: {
      id: 'b', publishedAt: '2020-12-08',
      text: 'MOSCOW (AP) - Police in southern Russia are investigating the theft of 39 radio devices from an Ilyushin Il-80 airborne command post, Russian media reported Tuesday. '
        + 'The plane, known as a doomsday plane because it is meant to serve as a flying command post in a nuclear war, was parked for maintenance at the Beriev aircraft plant in Taganrog. '
        + 'Investigators found that hatches had been opened and equipment removed.',
    },
    same: true,
    expected: { aircraft: 'agree', time: 'partial', purpose: 'only-b' },
  },
  {
    // On the day and the day after: the smoke that hid the ground is the weather both give; the bodies pulled on Saturday date no crash.
    name: 'Garuda 152 near Medan: "in thick smoke from forest fires" against "haze so thick that visibility was barely 500 meters"',
    a: {
      id: 'a', publishedAt: '1997-09-26',
      text: 'JAKARTA (Reuters) - A Garuda Indonesia Airbus A300 carrying 234 people crashed in a ravine near the city of Medan on Friday as it came in to land in thick smoke from forest fires, killing everyone on board, officials said. '
        + 'The flight from Jakarta went down near the village of Buah Nabar, about 30 km south of Medan\'s airport.',
    },
    b: {
      id: 'b', publishedAt: '1997-09-27',
      text: 'MEDAN, Indonesia (AP) - Rescue workers on Saturday pulled bodies from the charred wreckage of a Garuda jetliner that slammed into a hillside in haze so thick that visibility was barely 500 meters. '
        + 'All 222 passengers and 12 crew members were killed. Investigators said the pilot had been given confusing directions by air traffic controllers as he turned toward the runway.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'only-a', time: 'partial', people: 'agree', casualties: 'agree', cause: 'partial' },
  },
  {
    // On the day and the day after: the flight bound for Tripoli and diverted to Malta, told two ways.
    name: 'The Afriqiyah A320 hijacked to Malta: "118 people on board" against 111 passengers and seven crew',
    a: {
      id: 'a', publishedAt: '2016-12-23',
      text: 'VALLETTA (Reuters) - Two hijackers who had threatened to blow up a Libyan airliner with 118 people on board surrendered at Malta\'s airport on Friday after releasing all the passengers and crew, the Maltese government said. '
        + 'The Afriqiyah Airways Airbus A320 was on an internal flight from Sabha to Tripoli when it was diverted to Malta. The hijackers had said they had hand grenades.',
    },
    b: {
      id: 'b', publishedAt: '2016-12-24',
      text: 'VALLETTA (AP) - The weapons used by two men who hijacked a Libyan plane and forced it to land in Malta were replicas, Malta\'s prime minister said on Saturday. '
        + 'Joseph Muscat said the two Libyans, who surrendered on Friday after freeing the 111 passengers and seven crew members, would be charged. The flight had been bound for Tripoli.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'agree', people: 'partial' },
  },
  {
    // On the day and the day after: Poland's F-16s are the other country's aircraft, not the four F-22s.
    name: 'F-22s to Lask: "Four U.S. Air Force F-22 Raptor stealth fighters" against "The four jets" and Polish F-16s',
    a: {
      id: 'a', publishedAt: '2022-08-30',
      text: 'WARSAW (Reuters) - Four U.S. '
        + 'Air Force F-22 Raptor stealth fighters arrived at Poland\'s Lask air base on Tuesday to help patrol NATO\'s eastern flank, the Polish defence ministry said. '
        + 'The jets, from Joint Base Langley-Eustis in Virginia, will police the skies over Poland until the end of the year.',
    },
    b: {
      id: 'b', publishedAt: '2022-08-31',
      text: 'LASK, Poland (AP) - American F-22 fighter jets have been deployed to central Poland to guard NATO\'s airspace, the U.S. Air Force said Wednesday. '
        + 'The four jets landed at the 32nd Tactical Air Base in Lask on Tuesday, joining Polish F-16s on the alliance\'s air policing mission.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'agree', purpose: 'partial' },
  },
  {
    // On the day and at the findings: the lead's "two years ago" is the event's; the airline that "rejected the finding and said" disputes it.
    name: 'Ethiopian 409 off Beirut: the thunderstorm on the day against pilot error and Ethiopian Airlines\' explosion two years on',
    a: {
      id: 'a', publishedAt: '2010-01-25',
      text: 'BEIRUT (Reuters) - An Ethiopian Airlines Boeing 737 with 90 people on board crashed into the Mediterranean shortly after taking off from Beirut in a thunderstorm on Monday, Lebanese officials said. '
        + 'The plane, bound for Addis Ababa, was carrying 82 passengers and eight crew. President Michel Suleiman ruled out sabotage.',
    },
    b: {
      id: 'b', publishedAt: '2012-01-17',
      text: 'BEIRUT (AP) - Lebanese investigators said Tuesday that pilot error caused an Ethiopian Airlines jet to plunge into the sea off Beirut two years ago, killing all 90 people on board. '
        + 'Ethiopian Airlines rejected the finding and said the Boeing 737 may have been brought down by an explosion on board, a lightning strike or sabotage.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'disputed' },
  },
  {
    // Two events of one kind: no legs of one journey years apart, so the types, the routes, the days and the counts clash.
    name: 'Ethiopian 409 off Beirut against Ethiopian 961 off the Comoros: a 737 bound for Addis Ababa and a 767 that left it, 14 years apart',
    a: {
      id: 'a', publishedAt: '2010-01-25',
      text: 'BEIRUT (Reuters) - An Ethiopian Airlines Boeing 737 with 90 people on board crashed into the Mediterranean shortly after taking off from Beirut in a thunderstorm on Monday, Lebanese officials said. '
        + 'The plane, bound for Addis Ababa, was carrying 82 passengers and eight crew.',
    },
    b: {
      id: 'b', publishedAt: '1996-11-24',
      text: 'MORONI, Comoros (AP) - A hijacked Ethiopian Airlines Boeing 767 ran out of fuel and crashed into the sea off the Comoros on Saturday, killing at least 123 of the 175 people aboard. '
        + 'The hijackers had demanded to be flown to Australia. The plane had taken off from Addis Ababa bound for Nairobi.',
    },
    same: false,
    expected: { aircraft: 'conflict', origin: 'conflict', destination: 'conflict', location: 'partial', time: 'conflict', people: 'conflict', casualties: 'only-b', cause: 'partial' },
  },
  {
    // The night after and the day after: the snowstorm and the ice on the wings, one cause told finer; the Fokker F-28 against "the twin-engine jet".
    name: 'USAir 405 into Flushing Bay: "At least 20 of the 51 people aboard were killed" against "killing 27 of the 51"',
    a: {
      id: 'a', publishedAt: '1992-03-23',
      text: 'NEW YORK (AP) - A USAir jet taking off in a snowstorm crashed into Flushing Bay at La Guardia Airport on Sunday night, breaking apart and catching fire, officials said. '
        + 'At least 20 of the 51 people aboard were killed. The Fokker F-28 was bound for Cleveland.',
    },
    b: {
      id: 'b', publishedAt: '1992-03-24',
      text: 'NEW YORK (Reuters) - Investigators on Monday examined whether ice on the wings brought down USAir Flight 405, which crashed on takeoff from La Guardia Airport, killing 27 of the 51 people aboard. '
        + 'The twin-engine jet had been de-iced twice but waited 35 minutes in the snow before taking off, officials said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'partial' },
  },
  {
    // Two events of one kind on one island: the types and the days clash; the sites, one inside the other, do not.
    name: 'Dan-Air 1008 on Tenerife against the Tenerife runway collision: a 727 into a mountain in 1980 and two 747s at Los Rodeos in 1977',
    a: {
      id: 'a', publishedAt: '1980-04-26',
      text: 'SANTA CRUZ DE TENERIFE, Canary Islands (Reuters) - A British Dan-Air Boeing 727 carrying 146 people crashed into a mountain on Tenerife on Friday as it approached the island\'s Los Rodeos airport, killing everyone aboard, officials said. '
        + 'The charter flight from Manchester was carrying British holidaymakers.',
    },
    b: {
      id: 'b', publishedAt: '1977-03-28',
      text: 'SANTA CRUZ DE TENERIFE, Canary Islands (AP) - Two Boeing 747 jumbo jets collided on a fog-shrouded runway at Tenerife\'s Los Rodeos airport on Sunday, killing at least 560 people in the worst disaster in aviation history. '
        + 'A KLM jet taking off struck a Pan Am jet taxiing on the same runway. Both planes had been diverted to Tenerife after a bomb exploded at the airport in Las Palmas.',
    },
    same: false,
    expected: { aircraft: 'conflict', origin: 'only-a', destination: 'only-b', location: 'partial', time: 'conflict', people: 'only-a', casualties: 'partial', cause: 'partial' },
  },
  {
    // On the day and the day after: the list of the dead counts none who flew; the airport by its old name.
    name: 'LOT 5055 in the Kabaty woods: "all 183 people aboard" against "the 172 passengers and 11 crew members killed"',
    a: {
      id: 'a', publishedAt: '1987-05-09',
      text: 'WARSAW (Reuters) - A Polish LOT airliner bound for New York crashed in a forest on the outskirts of Warsaw on Saturday while trying to return to the airport after an engine fire, killing all 183 people aboard, the state news agency PAP said. '
        + 'The Soviet-built Ilyushin Il-62 had taken off from Okecie airport about half an hour earlier.',
    },
    b: {
      id: 'b', publishedAt: '1987-05-10',
      text: 'WARSAW (AP) - Rescue workers on Sunday searched the Kabaty woods south of Warsaw for the remains of the 172 passengers and 11 crew members killed when a LOT jetliner crashed as its pilots tried to make an emergency landing. '
        + 'Officials said an engine had disintegrated and started a fire on board. The Il-62M was named Tadeusz Kosciuszko.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'only-a' },
  },
  {
    // On the day and the day after: the bodies recovered are all seven aboard; the Bahamas known.
    name: 'The AW139 off Big Grand Cay: "flying to Fort Lauderdale, Florida" against "bound for Florida"',
    a: {
      id: 'a', publishedAt: '2019-07-05',
      text: 'NASSAU, Bahamas (AP) - A helicopter carrying seven people, including West Virginia coal billionaire Chris Cline, crashed shortly after taking off from a private island in the Bahamas on Thursday, killing everyone aboard, police said. '
        + 'The AgustaWestland AW139 was flying to Fort Lauderdale, Florida, for a medical emergency.',
    },
    b: {
      id: 'b', publishedAt: '2019-07-06',
      text: 'FORT LAUDERDALE, Fla. (Reuters) - Divers recovered the bodies of all seven people aboard a helicopter that crashed in the Bahamas, including coal magnate Chris Cline and his daughter, the Royal Bahamas Police Force said on Friday. '
        + 'The helicopter went down in the ocean after leaving Big Grand Cay early on Thursday, bound for Florida.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'partial', location: 'agree', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // Two reports of one day: the train taken is no training; the flight of the day before is an earlier leg.
    name: 'Kishida to Kyiv: "had flown to Poland from India on Monday" against "left New Delhi on a chartered flight to Rzeszow, then took a train to Kyiv"',
    a: {
      id: 'a', publishedAt: '2023-03-21',
      text: 'KYIV (Reuters) - Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday on an unannounced visit to meet President Volodymyr Zelenskiy, Japan\'s foreign ministry said. '
        + 'Kishida had flown to Poland from India on Monday on a chartered plane and then travelled to Ukraine by train.',
    },
    b: {
      id: 'b', publishedAt: '2023-03-21',
      text: 'TOKYO (AP) - Prime Minister Fumio Kishida made a surprise trip to Ukraine on Tuesday, becoming the last leader of the Group of Seven nations to visit the country since Russia\'s invasion. '
        + 'Kishida left New Delhi on a chartered flight to Rzeszow in southeastern Poland, then took a train to Kyiv, Japanese media reported.',
    },
    same: true,
    expected: { origin: 'only-b', destination: 'agree', time: 'agree', purpose: 'only-a', actors: 'only-a' },
  },
  {
    // Two reports of one day: Camilla's title is "Queen Consort", not "Charles and Queen Consort".
    name: 'King Charles to Berlin: "landed in Berlin", "greeted at the airport by German President Frank-Walter Steinmeier" against "arrived in Germany on a three-day state visit"',
    a: {
      id: 'a', publishedAt: '2023-03-29',
      text: 'BERLIN (Reuters) - King Charles landed in Berlin on Wednesday for his first state visit as monarch, greeted at the airport by German President Frank-Walter Steinmeier. '
        + 'Charles and Queen Consort Camilla flew in on a Royal Air Force Voyager from London.',
    },
    b: {
      id: 'b', publishedAt: '2023-03-29',
      text: 'BERLIN (AP) - Britain\'s King Charles III arrived in Germany on Wednesday on a three-day state visit, his first foreign trip as king. '
        + 'The royal couple were welcomed with military honours at the Brandenburg Gate after their plane touched down at Berlin\'s airport. '
        + 'A planned visit to France was postponed because of protests there.',
    },
    same: true,
    expected: { aircraft: 'only-b', origin: 'only-a', destination: 'agree', time: 'agree', purpose: 'agree', actors: 'only-a' },
  },
  {
    // On the day and the day after: the crowds on the airfield are no count of those aboard.
    name: 'The C-17 out of Kabul: "Thousands of Afghans rushed onto the tarmac" against "about 640 Afghans aboard", "swarmed by hundreds of people on the runway"',
    a: {
      id: 'a', publishedAt: '2021-08-16',
      text: 'KABUL (Reuters) - Thousands of Afghans rushed onto the tarmac at Kabul airport on Monday, and several people fell to their deaths after clinging to a U.S. '
        + 'Air Force C-17 transport plane as it took off, witnesses said. At least seven people were killed in the chaos, U.S. officials said.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-17',
      text: 'WASHINGTON (AP) - The U.S. '
        + 'Air Force said Tuesday it is investigating the deaths of Afghans who fell from a C-17 cargo plane leaving Kabul on Monday, and that human remains were found in the wheel well of the aircraft after it landed in Qatar. '
        + 'The plane, which had about 640 Afghans aboard, was swarmed by hundreds of people on the runway.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'only-b', time: 'agree', people: 'partial', casualties: 'only-a' },
  },
  {
    // On the day and the day after: Russia's jets and the American drones are each side's aircraft; the Su-35 named finer by the second report.
    name: 'Su-35s drop flares on MQ-9s over Syria: the U.S. Air Force\'s account against Russia\'s denial and the Pentagon\'s',
    a: {
      id: 'a', publishedAt: '2023-07-06',
      text: 'WASHINGTON (Reuters) - Russian fighter jets harassed three U.S. MQ-9 Reaper drones over Syria on Wednesday, dropping parachute flares in front of them, the U.S. Air Force said. '
        + 'One of the drones was hit by a flare, which damaged its propeller, but it returned to base, said Lieutenant General Alexus Grynkewich.',
    },
    b: {
      id: 'b', publishedAt: '2023-07-07',
      text: 'MOSCOW (AP) - Russia\'s military denied on Thursday that its jets had damaged an American drone over Syria, saying that U.S. drones had flown dangerously close to Russian Su-35 fighters. '
        + 'The Pentagon said a Russian Su-35 had dropped flares in front of an MQ-9 Reaper on Wednesday, striking its propeller.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'agree' },
  },
  {
    // On the day and the day after: the base's number is no count of those aboard; the drone base names no drone.
    name: 'The last U.S. troops leave Niger: "left Air Base 201 aboard C-17 transport planes" against "The final C-17 flight departed Agadez"',
    a: {
      id: 'a', publishedAt: '2024-08-05',
      text: 'NIAMEY (Reuters) - The United States completed its military withdrawal from Niger on Monday, handing over its last base, the drone base in Agadez, to Nigerien authorities, the two countries said. '
        + 'The last U.S. troops and equipment left Air Base 201 aboard C-17 transport planes.',
    },
    b: {
      id: 'b', publishedAt: '2024-08-06',
      text: 'AGADEZ, Niger (AP) - The last American troops have left Niger, ending a decade of U.S. counterterrorism operations in the Sahel country, officials said Tuesday. '
        + 'Around 1,000 U.S. personnel had been stationed in Niger before the junta ordered them out. The final C-17 flight departed Agadez on Monday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', time: 'agree', people: 'only-b' },
  },
  {
    // On the day and the day after: Chania lies on Crete and Hannover is Hanover; 143 passengers against 142 is a real difference of the two reports.
    name: 'Hapag-Lloyd 3378 short of the runway at Vienna: "from the Greek island of Crete to Hanover" against "from Chania", "bound for Hannover"',
    a: {
      id: 'a', publishedAt: '2000-07-12',
      text: 'VIENNA (Reuters) - A German holiday jet carrying 143 passengers ran out of fuel and crash-landed short of the runway at Vienna airport on Wednesday, injuring 26 people, Austrian officials said. '
        + 'The Hapag-Lloyd Airbus A310 was flying from the Greek island of Crete to Hanover when the pilot diverted to Vienna because of a problem with the landing gear.',
    },
    b: {
      id: 'b', publishedAt: '2000-07-13',
      text: 'BERLIN (AP) - German investigators said on Thursday that the crew of a Hapag-Lloyd jet that crash-landed in Vienna had flown with the landing gear down for most of the flight from Chania, burning far more fuel than planned. '
        + 'The Airbus, bound for Hannover with 142 passengers and eight crew, came down in a field just short of the runway. None of the people aboard was seriously hurt.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', location: 'agree', time: 'partial', people: 'conflict', casualties: 'only-a', cause: 'only-a' },
  },
  {
    // The day after and two days on: the toll rose; the Beaver and the Otter are the DHC-2 and DHC-3.
    name: 'Two floatplanes collide near Ketchikan: "killing five people" against a toll that "rose to six", a de Havilland Beaver and Otter',
    a: {
      id: 'a', publishedAt: '2019-05-14',
      text: 'KETCHIKAN, Alaska (AP) - Two sightseeing planes carrying cruise ship passengers collided in midair near Ketchikan on Monday, killing five people and injuring 10, the Coast Guard said. '
        + 'A de Havilland Beaver with five people aboard and a de Havilland Otter with 11 aboard went down near George Inlet. '
        + 'Both were returning from a tour of the Misty Fjords National Monument.',
    },
    b: {
      id: 'b', publishedAt: '2019-05-15',
      text: 'JUNEAU, Alaska (Reuters) - The death toll from a midair collision of two floatplanes near Ketchikan rose to six on Tuesday after rescuers found the body of the last missing passenger. '
        + 'All of the dead were aboard the smaller plane, a DHC-2 Beaver, except one from the larger DHC-3 Otter. The passengers were from the Royal Princess cruise ship.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'agree' },
  },
  {
    // The day after and two days on: the bay lies in the sound; Friday Harbor is no Friday; the search suspended on Monday dates no crash.
    name: 'The floatplane into Mutiny Bay: "crashed into Mutiny Bay off Whidbey Island" against "crashed in Puget Sound"',
    a: {
      id: 'a', publishedAt: '2022-09-05',
      text: 'SEATTLE (Reuters) - A floatplane carrying 10 people crashed into Mutiny Bay off Whidbey Island in Washington state on Sunday afternoon, the U.S. Coast Guard said. '
        + 'One body was recovered and nine people were missing. The de Havilland Otter was flying from Friday Harbor to Renton.',
    },
    b: {
      id: 'b', publishedAt: '2022-09-06',
      text: 'SEATTLE (AP) - The Coast Guard on Monday suspended its search for nine people missing after a floatplane crashed in Puget Sound north of Seattle, officials said. '
        + 'The Northwest Seaplanes DHC-3 Otter went down off Whidbey Island on Sunday while flying from Friday Harbor in the San Juan Islands to Renton, near Seattle. '
        + 'One body was found on Sunday.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // The night after and two days on: the MD-82 is one of the MD-80s, told finer; the toll with those on the ground holds the one told first.
    name: 'Northwest 255 at Romulus: "McDonnell Douglas MD-80" against "The MD-82", "killing at least 154 people" against "killing 156 people, including two motorists"',
    a: {
      id: 'a', publishedAt: '1987-08-17',
      text: 'ROMULUS, Mich. (AP) - A Northwest Airlines jet bound for Phoenix crashed onto a highway moments after takeoff from Detroit Metropolitan Airport on Sunday night, killing at least 154 people, officials said. '
        + 'A 4-year-old girl pulled from the wreckage was the only known survivor. The McDonnell Douglas MD-80 carried 149 passengers and six crew members, Northwest said. '
        + 'Witnesses said the plane barely cleared the ground, clipped a light pole and exploded as it skidded across Interstate 94. "It was a ball of fire," said a motorist who saw the crash.',
    },
    b: {
      id: 'b', publishedAt: '1987-08-18',
      text: 'DETROIT (Reuters) - Federal investigators on Tuesday began examining whether the wing flaps of Northwest Flight 255 had been set for takeoff before the jet crashed in Romulus, Michigan, on Sunday, killing 156 people, including two motorists on the ground. '
        + 'The MD-82 had been headed to Phoenix and Santa Ana, California. Cecelia Cichan, 4, of Tempe, Arizona, survived with burns and was in serious condition, a hospital spokeswoman said. '
        + 'The National Transportation Safety Board said the cockpit voice recorder had been recovered.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // The day after and two days on: one Trident, named by its operator and by its maker; the manifest adds up.
    name: 'BEA 548 at Staines: "A British European Airways Trident airliner" against "The Hawker Siddeley Trident", "all 118 people on board" against "112 passengers and six crew members"',
    a: {
      id: 'a', publishedAt: '1972-06-19',
      text: 'LONDON (Reuters) - A British European Airways Trident airliner bound for Brussels crashed into a field near Staines minutes after taking off from London\'s Heathrow Airport on Sunday, killing all 118 people on board. '
        + 'It was the worst air disaster in Britain\'s history. The plane fell beside a main road and broke apart but did not burn fiercely, police said. '
        + 'A woman who saw the crash said the engines seemed to stop before it dropped.',
    },
    b: {
      id: 'b', publishedAt: '1972-06-20',
      text: 'STAINES, England (AP) - Investigators on Tuesday began searching the wreckage of the BEA jet that fell on Sunday for clues to why it lost height so soon after takeoff. '
        + 'The Hawker Siddeley Trident, Flight 548 to Brussels, carried 112 passengers and six crew members. '
        + 'Among the dead were 12 senior Irish businessmen on their way to a meeting in Brussels. The flight recorder was found intact, the Department of Trade and Industry said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'only-a', time: 'partial', people: 'agree', casualties: 'only-a' },
  },
  {
    // The day of and the day after: the minister's journey tends the aftermath, no leg of the flight; the crew and soldiers add up to all aboard.
    name: 'The Yak-42 of Spanish peacekeepers near Trabzon: "to fly the soldiers from Kyrgyzstan to Zaragoza" against "Defense Minister Federico Trillo flew to Trabzon to oversee the return of the bodies"',
    a: {
      id: 'a', publishedAt: '2003-05-26',
      text: 'ANKARA (Reuters) - A Ukrainian airliner carrying 62 Spanish peacekeepers home from Afghanistan crashed in fog in mountains near the Turkish Black Sea city of Trabzon on Monday, killing all 75 people on board, officials said. '
        + 'The Yakovlev-42 had been chartered by Spain\'s Defence Ministry to fly the soldiers from Kyrgyzstan to Zaragoza and was trying to land at Trabzon to refuel. '
        + '"There are no survivors," the governor of Trabzon told reporters.',
    },
    b: {
      id: 'b', publishedAt: '2003-05-27',
      text: 'MADRID (AP) - Spain mourned on Tuesday for 62 soldiers killed when their chartered plane crashed in Turkey on their way home from peacekeeping duty in Afghanistan. '
        + 'Defense Minister Federico Trillo flew to Trabzon to oversee the return of the bodies. '
        + 'The Yak-42, operated by a Ukrainian company, slammed into a mountainside in thick fog early Monday; its 13 crew members also died. '
        + 'Relatives said some soldiers had complained about the condition of the planes used to rotate troops.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree', purpose: 'only-a', cause: 'partial', actors: 'only-b' },
  },
  {
    // The day of and the day after: a night's setting off and the next day's visit are two moments of one journey, no clash.
    name: 'Bush to Baghdad at Thanksgiving: "a surprise Thanksgiving visit to Baghdad on Thursday" against "slipped out of his Texas ranch on Wednesday night"',
    a: {
      id: 'a', publishedAt: '2003-11-27',
      text: 'BAGHDAD, Iraq (AP) - President Bush made a surprise Thanksgiving visit to Baghdad on Thursday, flying secretly aboard Air Force One to have dinner with U.S. troops and thank them for their service. '
        + 'Bush spent about two and a half hours at Baghdad International Airport, where he served turkey to about 600 soldiers in a mess hall. '
        + '"I was just looking for a warm meal somewhere," he joked. The visit had been kept secret for security reasons.',
    },
    b: {
      id: 'b', publishedAt: '2003-11-28',
      text: 'WASHINGTON (Reuters) - President George W. '
        + 'Bush slipped out of his Texas ranch on Wednesday night, boarded Air Force One at Andrews Air Force Base near Washington and flew more than 6,000 miles to Baghdad with the window shades drawn, aides said. '
        + 'The Boeing 747 landed in darkness with its lights off. Only a handful of reporters traveled with him. He returned to Texas on Friday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'agree', time: 'partial', people: 'partial' },
  },
  {
    // The day of and the day after: the turboprop is the Convair told vaguer; the strait lies off Denmark.
    name: 'Partnair 394 off Denmark: "The Partnair Convair 580" against "The twin-engine turboprop", "crashed into the sea off northern Denmark" against "plunged into the Skagerrak"',
    a: {
      id: 'a', publishedAt: '1989-09-08',
      text: 'OSLO (Reuters) - A Norwegian charter plane carrying 55 people crashed into the sea off northern Denmark on Friday, and rescuers said there was little hope of survivors. '
        + 'The Partnair Convair 580 was flying from Oslo to Hamburg with employees of the shipping company Wilhelmsen, who were on their way to a ship naming ceremony, the company said.',
    },
    b: {
      id: 'b', publishedAt: '1989-09-09',
      text: 'HIRTSHALS, Denmark (AP) - Danish navy divers on Saturday recovered bodies from the wreckage of a Norwegian airliner that plunged into the Skagerrak off the Danish coast Friday, killing all 50 passengers and five crew members. '
        + 'The twin-engine turboprop broke apart in the air, witnesses said. Fishermen said they saw pieces fall into the water.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b' },
  },
  {
    // The day of and the day after: the investigators' Tuesday is an inquiry's, no day of the crash; the B is the Galaxy told finer.
    name: 'The C-5 at Dover: "An Air Force C-5 Galaxy" against "a C-5B transport", "everyone on board survived" against "All 17 crew members and passengers survived"',
    a: {
      id: 'a', publishedAt: '2006-04-03',
      text: 'DOVER, Del. (AP) - An Air Force C-5 Galaxy cargo plane with 17 people aboard crashed in a field just short of the runway at Dover Air Force Base on Monday, breaking apart, but everyone on board survived, officials said. '
        + 'The plane had taken off about 6:20 a.m. and was returning to the base after the crew reported a problem, a base spokeswoman said. Three people were seriously injured.',
    },
    b: {
      id: 'b', publishedAt: '2006-04-04',
      text: 'WASHINGTON (Reuters) - Air Force investigators on Tuesday began trying to determine why a C-5B transport broke in two while trying to land at Dover Air Force Base in Delaware. '
        + 'The huge jet, bound for Ramstein Air Base in Germany, turned back shortly after takeoff on Monday when the crew reported an engine problem. '
        + 'All 17 crew members and passengers survived.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-b', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // The day of and the day after: a flight of two legs, each place it set off from named by one side; the manifest adds up.
    name: 'TWA 514 on Mount Weather: "The flight from Columbus, Ohio" against "TWA Flight 514 from Indianapolis and Columbus", "92 people aboard" against "all 85 passengers and seven crew members"',
    a: {
      id: 'a', publishedAt: '1974-12-01',
      text: 'WASHINGTON (AP) - A Trans World Airlines Boeing 727 with 92 people aboard crashed on a wooded mountain in northern Virginia in rain and fog on Sunday while approaching Dulles International Airport, and state police said there were no survivors. '
        + 'The flight from Columbus, Ohio, had been diverted to Dulles because of high winds at Washington National Airport.',
    },
    b: {
      id: 'b', publishedAt: '1974-12-02',
      text: 'BERRYVILLE, Va. (UPI) - Rescue workers on Monday carried bodies down the slopes of Mount Weather, where TWA Flight 514 from Indianapolis and Columbus slammed into the ground on Sunday, killing all 85 passengers and seven crew members. '
        + 'The jet hit the mountain about 25 miles northwest of Dulles while descending for a landing, investigators said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // The day after and three days on: the toll rose; the highway's county and the Alabama city the jet left are one side's each.
    name: 'Southern 242 at New Hope: "killing at least 66 people" against a toll that "rose to 70 ... including eight people on the ground"',
    a: {
      id: 'a', publishedAt: '1977-04-05',
      text: 'NEW HOPE, Ga. (AP) - A Southern Airways DC-9 that lost power in a violent thunderstorm tried to land on a highway on Monday and crashed into a gas station and several homes, killing at least 66 people, police said. '
        + 'The jet, flying from Huntsville, Ala., to Atlanta, carried 81 passengers and four crew members. Twenty-two people aboard survived.',
    },
    b: {
      id: 'b', publishedAt: '1977-04-07',
      text: 'WASHINGTON (Reuters) - Federal safety investigators said on Wednesday that both engines of Southern Airways Flight 242 failed after the plane flew into hail and heavy rain, forcing the pilots to attempt a landing on a rural road in Paulding County, Georgia. '
        + 'The death toll rose to 70 on Wednesday, including eight people on the ground.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'agree' },
  },
  {
    // The day of each arrival: two leaders' flights to one summit, a day apart; Keflavik lies in Iceland.
    name: 'Reagan and Gorbachev to Reykjavik: "arrived in Iceland on Thursday" against "flew into Iceland on Friday ... a day after President Ronald Reagan arrived"',
    a: {
      id: 'a', publishedAt: '1986-10-09',
      text: 'REYKJAVIK, Iceland (AP) - President Reagan arrived in Iceland on Thursday for his weekend summit with Soviet leader Mikhail Gorbachev, saying he hoped the talks would lead to an arms control agreement. '
        + 'Air Force One landed at Keflavik air base in a light rain after an overnight flight from Washington.',
    },
    b: {
      id: 'b', publishedAt: '1986-10-10',
      text: 'REYKJAVIK (Reuters) - Soviet leader Mikhail Gorbachev flew into Iceland on Friday aboard an Aeroflot Ilyushin-62 with his wife Raisa, a day after President Ronald Reagan arrived for their two-day summit. '
        + 'Gorbachev told reporters at the airport that he had come to Reykjavik with "constructive proposals".',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'partial', actors: 'partial' },
  },
  {
    // The day of and the day after: one DC-9, one destination, and a manifest that adds up.
    name: 'Midwest Express 105 at Milwaukee: "A Midwest Express Airlines jet bound for Atlanta" against "The McDonnell Douglas DC-9, Flight 105 to Atlanta", "all 31 people aboard" against "27 passengers and four crew members"',
    a: {
      id: 'a', publishedAt: '1985-09-06',
      text: 'MILWAUKEE (AP) - A Midwest Express Airlines jet bound for Atlanta crashed seconds after takeoff from Milwaukee\'s General Mitchell International Airport on Friday, killing all 31 people aboard, officials said. '
        + 'Witnesses said the DC-9 rolled to the right and plunged into a wooded ravine just south of the airport.',
    },
    b: {
      id: 'b', publishedAt: '1985-09-07',
      text: 'MILWAUKEE (Reuters) - Investigators said on Saturday that the right engine of the Midwest Express jet that crashed on Friday had failed as the plane climbed out of Milwaukee. '
        + 'The McDonnell Douglas DC-9, Flight 105 to Atlanta, carried 27 passengers and four crew members.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'agree', people: 'agree', casualties: 'only-a' },
  },
  {
    // The day of and the day after: a DC-10 called a jumbo jet is no Boeing 747; the investigators' Monday is a search's, clues to the crash.
    name: 'Turkish 981 at Ermenonville: "A Turkish Airlines DC-10 jumbo jet" against "a Turkish Airlines DC-10", "killing at least 344 people" against "killed all 346 people aboard"',
    a: {
      id: 'a', publishedAt: '1974-03-03',
      text: 'PARIS (Reuters) - A Turkish Airlines DC-10 jumbo jet bound for London crashed in a forest north-east of Paris minutes after taking off from Orly airport on Sunday, killing at least 344 people, airport officials said. '
        + 'Many of the passengers were British rugby fans returning home from Saturday\'s match against France.',
    },
    b: {
      id: 'b', publishedAt: '1974-03-04',
      text: 'ERMENONVILLE, France (AP) - Investigators on Monday searched the Ermenonville forest for clues to the crash of a Turkish Airlines DC-10 that killed all 346 people aboard, the worst disaster in aviation history. '
        + 'The plane carried 335 passengers and 11 crew members. Many passengers had switched to the Turkish flight because of a strike by British European Airways engineers. '
        + 'Witnesses said the jet appeared to lose part of its fuselage before it fell.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'partial', people: 'only-b', casualties: 'agree' },
  },
  {
    // The day of and the day after: the divers' Thursday is a search's; 70 aboard are 61 passengers and nine crew.
    name: 'Aeroperu 603 off Lima: "crashed into the Pacific Ocean shortly after taking off from Lima" against "an Aeroperu jet bound for Santiago, Chile, plunged into the water"',
    a: {
      id: 'a', publishedAt: '1996-10-02',
      text: 'LIMA, Peru (Reuters) - An Aeroperu Boeing 757 with 70 people on board crashed into the Pacific Ocean shortly after taking off from Lima early on Wednesday, and there was no sign of survivors, officials said. '
        + 'The pilot had reported problems with his instruments and was trying to return to the airport.',
    },
    b: {
      id: 'b', publishedAt: '1996-10-03',
      text: 'LIMA, Peru (AP) - Navy divers on Thursday recovered more bodies from the sea off Peru, where an Aeroperu jet bound for Santiago, Chile, plunged into the water early Wednesday, killing all 61 passengers and nine crew members. '
        + 'The crew had radioed that their altimeter and speed readings made no sense, officials said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-b', location: 'only-a', time: 'partial', people: 'agree', casualties: 'only-b' },
  },
  {
    // The same day: the rescue flight is the story, not an errand of the aftermath; Monday's earthquake dates no flight.
    name: 'Indian rescuers to Turkey: "sent two Indian Air Force C-17 Globemaster aircraft to Turkey" against "landed in Adana", "to help in the search for survivors"',
    a: {
      id: 'a', publishedAt: '2023-02-07',
      text: 'NEW DELHI (Reuters) - India sent two Indian Air Force C-17 Globemaster aircraft to Turkey on Tuesday carrying rescue teams, sniffer dogs and medical supplies to help in the search for survivors of Monday\'s earthquake, the foreign ministry said. '
        + 'The mission has been named Operation Dost, the Turkish and Hindi word for friend.',
    },
    b: {
      id: 'b', publishedAt: '2023-02-07',
      text: 'ADANA, Turkey (AP) - An Indian military transport plane carrying 47 rescuers from India\'s National Disaster Response Force and specially trained dogs landed in Adana on Tuesday, the Indian embassy said. '
        + 'A second plane was carrying a field hospital. India flew the teams to help in the search for survivors.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'partial', time: 'partial', people: 'only-b', cargo: 'partial' },
  },
  {
    // The day of and the day after: everyone three flights carried holds the one C-17's count.
    name: 'Indians out of Kabul: "An Indian Air Force C-17 carrying 168 people" against "more than 390 people from Afghanistan on Sunday in three flights"',
    a: {
      id: 'a', publishedAt: '2021-08-22',
      text: 'NEW DELHI (Reuters) - An Indian Air Force C-17 carrying 168 people, including 107 Indians, landed at the Hindon air base near New Delhi on Sunday after flying out of Kabul, officials said. '
        + 'The passengers were tested for COVID-19 on arrival.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-23',
      text: 'NEW DELHI (AP) - India evacuated more than 390 people from Afghanistan on Sunday in three flights, including a military transport that brought 168 people from Kabul to an air base near the capital. '
        + 'Another 87 Indians who were flown to Tajikistan\'s capital Dushanbe on Saturday arrived in Delhi aboard an Air India flight.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'partial', destination: 'only-a', time: 'agree', people: 'partial' },
  },
  {
    // The day of and the day after: missing, then found; the Twin Otter is the DHC-6 either way, and 18 aboard are 15 passengers and three crew.
    name: 'Nepal Airlines 555: "went missing in bad weather on Sunday on a flight from Pokhara to Jumla" against "Rescuers on Monday found the wreckage ... that crashed on a hillside in Arghakhanchi district"',
    a: {
      id: 'a', publishedAt: '2014-02-16',
      text: 'KATHMANDU (Reuters) - A Nepal Airlines plane with 18 people on board went missing in bad weather on Sunday on a flight from Pokhara to Jumla, officials said. '
        + 'Contact with the Twin Otter was lost about 20 minutes after takeoff.',
    },
    b: {
      id: 'b', publishedAt: '2014-02-17',
      text: 'KATHMANDU, Nepal (AP) - Rescuers on Monday found the wreckage of a Nepal Airlines plane that crashed on a hillside in Arghakhanchi district, killing all 18 people aboard, including a Danish citizen. '
        + 'The de Havilland Canada Twin Otter, carrying 15 passengers and three crew members, lost contact with controllers on Sunday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'only-a' },
  },
  {
    // The day of and the day after: a named traveller and 34 others are the 35 aboard; the Croatian airport and the city are one site.
    name: 'Ron Brown\'s CT-43 near Dubrovnik: "carrying Commerce Secretary Ron Brown and 34 other people" against "All 35 people aboard the Air Force CT-43"',
    a: {
      id: 'a', publishedAt: '1996-04-03',
      text: 'DUBROVNIK, Croatia (Reuters) - A U.S. '
        + 'Air Force plane carrying Commerce Secretary Ron Brown and 34 other people crashed into a hillside in heavy rain near Dubrovnik airport on Wednesday, Croatian officials said. '
        + 'There was no word of survivors, a Croatian Defence Ministry spokesman said.',
    },
    b: {
      id: 'b', publishedAt: '1996-04-04',
      text: 'WASHINGTON (AP) - All 35 people aboard the Air Force CT-43 that crashed Wednesday near Dubrovnik, Croatia, including Commerce Secretary Ron Brown and a dozen business executives, were killed, the Pentagon said Thursday. '
        + 'The plane, a military version of the Boeing 737, had flown from Tuzla in Bosnia.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', location: 'agree', time: 'agree', people: 'agree', cause: 'only-a' },
  },
  {
    // The same day: a NATO base is no base named NATO; a forced landing is no destination; either side of midnight is one moment.
    name: 'The Achille Lauro hijackers forced down at Sigonella: "forced it to land at a NATO base in Sicily" late on Thursday against "forced down at the Sigonella air base in Sicily early on Friday", "flying from Cairo to Tunis"',
    a: {
      id: 'a', publishedAt: '1985-10-11',
      text: 'WASHINGTON (AP) - U.S. '
        + 'Navy F-14 fighters intercepted an Egyptian airliner carrying the four hijackers of the cruise ship Achille Lauro over the Mediterranean late on Thursday and forced it to land at a NATO base in Sicily, President Reagan said.',
    },
    b: {
      id: 'b', publishedAt: '1985-10-11',
      text: 'ROME (Reuters) - An EgyptAir Boeing 737 carrying the Palestinians who hijacked the Italian cruise ship Achille Lauro was forced down at the Sigonella air base in Sicily early on Friday by American fighter jets, Italian officials said. '
        + 'The plane had been flying from Cairo to Tunis.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'partial', location: 'only-a', time: 'agree' },
  },
  {
    // The day of and the day after: the toll rose; Malta is where the hijackers forced the flight down, not where it was bound.
    name: 'EgyptAir 648 stormed at Luqa: "at least 50 people were killed" against a toll that "rose to 60", "taking off from Athens for Cairo" against "forced the plane ... to land in Malta"',
    a: {
      id: 'a', publishedAt: '1985-11-24',
      text: 'VALLETTA, Malta (Reuters) - Egyptian commandos stormed a hijacked EgyptAir Boeing 737 at Malta\'s Luqa airport on Sunday, and at least 50 people were killed, Maltese officials said. '
        + 'The plane had been hijacked on Saturday shortly after taking off from Athens for Cairo.',
    },
    b: {
      id: 'b', publishedAt: '1985-11-25',
      text: 'VALLETTA (AP) - The death toll from the storming of a hijacked Egyptian jetliner at Luqa airport rose to 60 on Monday, the Maltese government said. '
        + 'The hijackers had forced the plane, on a flight from Athens to Cairo with 92 passengers and six crew members, to land in Malta on Saturday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', time: 'partial', people: 'only-b', casualties: 'agree' },
  },
  {
    // The same day: each side names some of the places the hijackers forced the flight down; the earlier stops are the flight's own route.
    name: 'IC-814 hijacked to Kandahar: "forced an Indian Airlines plane ... to land in Dubai" against "landed in Kandahar", "had earlier stopped in Amritsar and Lahore"',
    a: {
      id: 'a', publishedAt: '1999-12-25',
      text: 'NEW DELHI (Reuters) - Hijackers forced an Indian Airlines plane with 189 people on board to land in Dubai on Saturday after stops in Amritsar and Lahore, Indian officials said. '
        + 'The Airbus had been seized on Friday shortly after it took off from Kathmandu for New Delhi.',
    },
    b: {
      id: 'b', publishedAt: '1999-12-25',
      text: 'KANDAHAR, Afghanistan (AP) - A hijacked Indian Airlines jet landed in Kandahar on Saturday after the hijackers freed 27 passengers in Dubai. '
        + 'The Airbus A300, Flight 814 from Kathmandu to New Delhi, had earlier stopped in Amritsar and Lahore.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', time: 'partial', people: 'partial' },
  },
  {
    // The day after and five days on: the search's Saturday and the divers' Wednesday date no crash; the Piper Saratoga is the PA-32.
    name: 'John F. Kennedy Jr.\'s Piper off Martha\'s Vineyard: "disappeared on Friday night on a flight from New Jersey" against "crashed into the ocean off Martha\'s Vineyard on Friday night"',
    a: {
      id: 'a', publishedAt: '1999-07-17',
      text: 'WOODS HOLE, Mass. (AP) - The Coast Guard searched the waters off Martha\'s Vineyard on Saturday for a small plane carrying John F. '
        + 'Kennedy Jr., his wife and her sister, which disappeared on Friday night on a flight from New Jersey. '
        + 'The single-engine Piper Saratoga had left Essex County Airport in Fairfield, N.J., and was to drop off Lauren Bessette on Martha\'s Vineyard before going on to Hyannis.',
    },
    b: {
      id: 'b', publishedAt: '1999-07-21',
      text: 'HYANNIS, Mass. (Reuters) - Navy divers on Wednesday recovered the bodies of John F. '
        + 'Kennedy Jr., his wife Carolyn and her sister Lauren Bessette from the wreckage of his plane, which crashed into the ocean off Martha\'s Vineyard on Friday night. '
        + 'The Piper was found on Tuesday night in 116 feet of water about 7 miles off the island.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'only-b', time: 'partial' },
  },
  {
    // The day of and the day after: an airport named for two towns is no route to Virginia; the crash's Friday inside the investigators' clause stays the crash's.
    name: 'Senator Wellstone\'s King Air near Eveleth: "his wife, daughter and five other people were killed" against "all seven other people on board", "the Eveleth-Virginia airport"',
    a: {
      id: 'a', publishedAt: '2002-10-25',
      text: 'EVELETH, Minn. (AP) - Sen. '
        + 'Paul Wellstone, his wife, daughter and five other people were killed on Friday when his small plane crashed in freezing rain near Eveleth in northern Minnesota, officials said. '
        + 'The twin-engine plane was flying from St. Paul to Eveleth, where Wellstone was to attend a funeral.',
    },
    b: {
      id: 'b', publishedAt: '2002-10-26',
      text: 'WASHINGTON (Reuters) - Federal investigators on Saturday began examining the wreckage of the Beechcraft King Air A100 that crashed on Friday about two miles from the Eveleth-Virginia airport, killing Senator Paul Wellstone and all seven other people on board, including the two pilots. '
        + 'Icing was being looked at as a possible cause.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-b', casualties: 'partial' },
  },
  {
    // The same day: the hijacking's Monday starts the ordeal the storming ended, no clash; Lod is where the hijackers forced the flight down.
    name: 'Sabena 571 stormed at Lod: "stormed a hijacked Sabena Boeing 707 at Lod airport on Tuesday" against "was seized on Monday"',
    a: {
      id: 'a', publishedAt: '1972-05-09',
      text: 'TEL AVIV (Reuters) - Israeli soldiers disguised as airport mechanics stormed a hijacked Sabena Boeing 707 at Lod airport on Tuesday, killing two of the four Palestinian guerrillas and freeing about 90 passengers, the army said. '
        + 'Three passengers were wounded.',
    },
    b: {
      id: 'b', publishedAt: '1972-05-09',
      text: 'LOD, Israel (AP) - The Belgian jetliner, on a flight from Brussels to Tel Aviv via Vienna with 90 passengers and 10 crew members, was seized on Monday by two men and two women of the Black September group, who forced the pilot to land at Lod and demanded the release of 317 guerrillas held in Israeli jails.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'only-b', time: 'partial', people: 'partial', casualties: 'only-a' },
  },
  {
    // The same day: missing, then found; the finding's Wednesday dates no crash-landing, and the Antonov came down late on Tuesday in both.
    name: 'Arafat\'s plane in the Libyan desert: "was missing ... after it vanished in a sandstorm late on Tuesday" against "rescuers found him on Wednesday"',
    a: {
      id: 'a', publishedAt: '1992-04-08',
      text: 'TUNIS (Reuters) - A plane carrying PLO leader Yasser Arafat was missing over the Libyan desert on Wednesday after it vanished in a sandstorm late on Tuesday, Palestinian officials said. '
        + 'The plane was flying from Khartoum to Tunis when it lost contact.',
    },
    b: {
      id: 'b', publishedAt: '1992-04-08',
      text: 'TRIPOLI (AP) - Yasser Arafat survived the crash-landing of his plane in the Libyan desert, and rescuers found him on Wednesday, PLO officials said. '
        + 'The Soviet-built Antonov came down in a sandstorm near the Sarra oasis late on Tuesday, killing its two pilots and an engineer.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'agree', casualties: 'only-b', cause: 'agree' },
  },
  {
    // UPS 1354 at Birmingham, Alabama, August 2013: on the day, and the safety board's first findings the day after.
    name: 'a cargo jet short of the runway: "flying from the company\'s hub in Louisville" against "its regular overnight run from Louisville to Birmingham"',
    a: {
      id: 'a', publishedAt: '2013-08-14',
      text: 'BIRMINGHAM, Ala. (AP) - A UPS cargo plane crashed and burst into flames on Wednesday morning as it approached the airport in Birmingham, Alabama, killing both pilots, officials said. '
        + 'The Airbus A300 was flying from the company\'s hub in Louisville, Kentucky, and went down in a field about a half-mile short of the runway at Birmingham-Shuttlesworth International Airport shortly before 5 a.m. '
        + 'No one on the ground was hurt.',
    },
    b: {
      id: 'b', publishedAt: '2013-08-15',
      text: 'The National Transportation Safety Board said on Thursday that the UPS jet that crashed in Alabama had clipped trees before it hit a hillside and broke apart. '
        + 'Flight 1354, an A300-600 freighter with a captain and a first officer aboard, was on its regular overnight run from Louisville to Birmingham. '
        + 'Investigators have recovered both flight recorders, the board said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', casualties: 'only-a', cause: 'only-b' },
  },
  {
    // American Eagle 4184 at Roselawn, October 1994: on the day, and two days on.
    name: 'a turboprop in a holding pattern: "in northwest Indiana" against "near Roselawn, Indiana", "The French-Italian ATR 72" is no Italian operator',
    a: {
      id: 'a', publishedAt: '1994-10-31',
      text: 'ROSELAWN, Ind. (AP) - An American Eagle commuter plane carrying 68 people crashed in a soybean field in northwest Indiana on Monday afternoon, and authorities said there were no survivors. '
        + 'The twin-engine ATR-72 was on its way from Indianapolis to Chicago\'s O\'Hare International Airport and had been circling in a holding pattern in freezing rain when it disappeared from radar.',
    },
    b: {
      id: 'b', publishedAt: '1994-11-02',
      text: 'Investigators said on Wednesday that ice may have built up on the wings of the American Eagle turboprop that plunged into a field near Roselawn, Indiana, killing all 64 passengers and four crew members on Halloween. '
        + 'Flight 4184, operated by Simmons Airlines, had been ordered to hold for more than half an hour because of delays at O\'Hare. '
        + 'The French-Italian ATR 72 family has been grounded in icing conditions before, pilots\' union officials said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Comair 3272 near Monroe, Michigan, January 1997: on the day, and the day after.
    name: 'a commuter plane into a snowy field: "all 29 people on board" against "26 passengers and three crew members"',
    a: {
      id: 'a', publishedAt: '1997-01-09',
      text: 'MONROE, Mich. (Reuters) - A Comair commuter plane bound for Detroit crashed in a snowy field in southeastern Michigan on Thursday, killing all 29 people on board, officials said. '
        + 'The Embraer Brasilia turboprop had taken off from the Cincinnati/Northern Kentucky airport and was about 18 miles from Detroit Metropolitan Airport when it went down near Monroe.',
    },
    b: {
      id: 'b', publishedAt: '1997-01-10',
      text: 'Federal investigators began sifting through the wreckage of Comair Flight 3272 on Friday, a day after the twin-engine EMB-120 nose-dived into a farm field in Raisinville Township, killing 26 passengers and three crew members. '
        + 'The plane was descending toward Detroit in light snow when the crew lost control, the National Transportation Safety Board said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // Crossair 3597 at Bassersdorf, November 2001: that night, and the day after.
    name: 'a regional jet near Zurich: "killing at least 10 people" against "killed 24 of the 33", "Berlin" against "Berlin\'s Tegel airport"',
    a: {
      id: 'a', publishedAt: '2001-11-24',
      text: 'ZURICH (Reuters) - A Crossair jet flying from Berlin to Zurich crashed into a wooded hillside near Zurich airport on Saturday night, killing at least 10 people, police said. '
        + 'Nine of the 33 people aboard the Avro RJ100 survived. Among the passengers was American pop singer Melanie Thornton, police said.',
    },
    b: {
      id: 'b', publishedAt: '2001-11-25',
      text: 'BASSERSDORF, Switzerland (AP) - Rescuers searched the charred wreckage of a Swiss regional jet on Sunday after the crash near the village of Bassersdorf that killed 24 of the 33 people on board. '
        + 'Crossair Flight 3597 had left Berlin\'s Tegel airport on Saturday evening and was on its final approach to Zurich when it disappeared from radar. '
        + 'Two singers of the German pop group Passion Fruit were also killed, the band\'s management said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Martinair 495 at Faro, December 1992: on the day, and the day after from Amsterdam.
    name: 'a charter jet broken in two on landing: "as it landed ... at Faro airport" is the site too, "killing at least 50" against a toll that "rose to 54"',
    a: {
      id: 'a', publishedAt: '1992-12-21',
      text: 'FARO, Portugal (Reuters) - A Dutch charter jet carrying 340 people crashed and broke in two as it landed in a thunderstorm at Faro airport in southern Portugal on Monday, killing at least 50 people, officials said. '
        + 'The Martinair DC-10 had flown from Amsterdam with Dutch holidaymakers bound for the Algarve.',
    },
    b: {
      id: 'b', publishedAt: '1992-12-22',
      text: 'AMSTERDAM (AP) - The death toll from the crash of a Martinair DC-10 in Portugal rose to 54 on Tuesday, Dutch officials said, as survivors were flown home to Amsterdam on a military plane. '
        + 'The McDonnell Douglas jet, with 327 passengers and 13 crew members, skidded off the runway at Faro and burst into flames on Monday morning after being hit by a sudden wind shear.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'agree', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // Continental 1713 at Denver's Stapleton airport, November 1987: on the day, and the day after.
    name: 'a jet flipped over on takeoff: "examined whether ice on the wings caused the crash" on Monday is an inquiry\'s day, not the crash\'s',
    a: {
      id: 'a', publishedAt: '1987-11-15',
      text: 'DENVER (AP) - A Continental Airlines jetliner bound for Boise, Idaho, crashed and flipped over on takeoff in a snowstorm at Stapleton International Airport on Sunday, killing at least 11 people, authorities said. '
        + 'The DC-9 carried 77 passengers and five crew members.',
    },
    b: {
      id: 'b', publishedAt: '1987-11-16',
      text: 'Investigators on Monday examined whether ice on the wings caused the crash of Continental Flight 1713, which killed at least 25 people at Denver\'s Stapleton airport. '
        + 'The twin-engine jet had waited about 27 minutes after it was de-iced before it took off in heavy snow, officials said. Of the 82 people aboard, 57 survived.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-a', location: 'only-a', time: 'partial', people: 'agree', casualties: 'partial', cause: 'partial' },
  },
  {
    // Galaxy Airlines 203 at Reno, January 1985: on the day, and the day after.
    name: 'a charter plane just after takeoff: "home to Minneapolis" against "had just left Reno for Minneapolis"',
    a: {
      id: 'a', publishedAt: '1985-01-21',
      text: 'RENO, Nev. (AP) - A chartered Lockheed Electra carrying 71 people home to Minneapolis from a Super Bowl gambling weekend crashed moments after takeoff early Monday, killing at least 64 people, officials said. '
        + 'The four-engine turboprop went down in a parking lot for recreational vehicles about a mile from Reno Cannon International Airport and exploded.',
    },
    b: {
      id: 'b', publishedAt: '1985-01-22',
      text: 'Galaxy Airlines Flight 203 had just left Reno for Minneapolis when the pilot reported a heavy vibration and asked to return to the airport, federal investigators said on Tuesday. '
        + 'A 17-year-old, George Lamson Jr., was among the few survivors of the crash early Monday.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-b', destination: 'agree', time: 'agree', people: 'only-a', casualties: 'only-a' },
  },
  {
    // Air Illinois 710 near Pinckneyville, October 1983: on the day, and two days on.
    name: 'a commuter plane that lost its generators: "flying from Springfield" against "takeoff from Springfield\'s Capital Airport", "Hawker Siddeley 748"',
    a: {
      id: 'a', publishedAt: '1983-10-11',
      text: 'PINCKNEYVILLE, Ill. (UPI) - A twin-engine Air Illinois commuter plane flying from Springfield to Carbondale crashed in a rainstorm Tuesday night in a pasture near this southern Illinois town, killing all 10 people aboard.',
    },
    b: {
      id: 'b', publishedAt: '1983-10-13',
      text: 'The pilot of an Air Illinois Hawker Siddeley 748 kept flying toward Carbondale for more than half an hour after the plane\'s generators failed shortly after takeoff from Springfield\'s Capital Airport, federal investigators said Thursday. '
        + 'Seven passengers and three crew members died when the turboprop crashed near Pinckneyville on Tuesday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-a', location: 'only-b', time: 'agree', people: 'only-a', casualties: 'agree' },
  },
  {
    // The de Havilland Otter carrying former Senator Ted Stevens near Aleknagik, August 2010: two reports of the next day.
    name: 'a floatplane into a mountainside: "five people killed" and "four survivors" against "Ted Stevens and eight others aboard"',
    a: {
      id: 'a', publishedAt: '2010-08-10',
      text: 'ANCHORAGE, Alaska (Reuters) - Former U.S. '
        + 'Senator Ted Stevens was among five people killed when a small plane crashed in a remote area of southwest Alaska, officials said on Tuesday. '
        + 'Former NASA administrator Sean O\'Keefe and his teenage son were among four survivors. '
        + 'The single-engine de Havilland Otter had taken off from a fishing lodge on Lake Nerka owned by the telecommunications company GCI on Monday afternoon.',
    },
    b: {
      id: 'b', publishedAt: '2010-08-10',
      text: 'DILLINGHAM, Alaska (AP) - Rescuers reached the wreckage of a floatplane that slammed into a mountainside near Aleknagik early Tuesday, more than 12 hours after it went down on Monday with former Sen. '
        + 'Ted Stevens and eight others aboard. Bad weather kept rescue teams from the site overnight, the National Transportation Safety Board said.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'partial', time: 'partial', people: 'only-b', casualties: 'only-a' },
  },
  {
    // Kim Jong Un and Donald Trump to Hanoi, February 2019: two reports of the day both arrived.
    name: 'two leaders to one summit: Kim\'s "60-hour train journey from Pyongyang" is no departure of Air Force One\'s "flight ... from Washington"',
    a: {
      id: 'a', publishedAt: '2019-02-26',
      text: 'HANOI (Reuters) - North Korean leader Kim Jong Un arrived in Vietnam on Tuesday after a 60-hour train journey from Pyongyang, ahead of his second summit with U.S. '
        + 'President Donald Trump. Kim stepped off his armoured train at the border town of Dong Dang and was driven to Hanoi. '
        + 'Trump landed at Noi Bai International Airport late on Tuesday aboard Air Force One.',
    },
    b: {
      id: 'b', publishedAt: '2019-02-26',
      text: 'HANOI (AP) - President Donald Trump arrived in Hanoi on Tuesday night for his second summit with Kim Jong Un, who made the nearly 4,000-kilometer trip from Pyongyang by train through China. '
        + 'Air Force One touched down at Hanoi\'s Noi Bai airport after a flight of about 20 hours from Washington.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-b', destination: 'agree', time: 'agree', actors: 'partial' },
  },
  {
    // Delta 191 at Dallas-Fort Worth, August 1985: on the day, and the day after.
    name: 'a jumbo jet in a thunderstorm short of the runway: "as it approached Dallas-Fort Worth International Airport" against "due to stop in Dallas on its way from Fort Lauderdale to Los Angeles"',
    a: {
      id: 'a', publishedAt: '1985-08-02',
      text: 'DALLAS-FORT WORTH AIRPORT, Texas (AP) - A Delta Air Lines jumbo jet carrying 163 people crashed and exploded in a thunderstorm on Friday as it approached Dallas-Fort Worth International Airport, killing at least 122 people, officials said. '
        + 'The Lockheed L-1011 TriStar, Flight 191 from Fort Lauderdale, Florida, to Los Angeles, hit a car on a highway before it slammed into two water tanks north of the runway.',
    },
    b: {
      id: 'b', publishedAt: '1985-08-03',
      text: 'Federal investigators said on Saturday that a sudden downdraft from a thunderstorm, known as wind shear, may have slammed a Delta Air Lines L-1011 into the ground short of a runway at Dallas-Fort Worth airport on Friday, killing 133 people. '
        + 'Flight 191 had been due to stop in Dallas on its way from Fort Lauderdale to Los Angeles. Twenty-nine people survived, hospital officials said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', location: 'agree', time: 'agree', people: 'only-a', casualties: 'partial', cause: 'agree' },
  },
  {
    // Air Canada 797 at Cincinnati, June 1983: two reports of the day after.
    name: 'a fire on board and a burning landing: "searched the burned-out fuselage ... for the source of a fire" on Friday is a search\'s day, "brought the McDonnell Douglas jet down"',
    a: {
      id: 'a', publishedAt: '1983-06-03',
      text: 'COVINGTON, Ky. (UPI) - Fire and smoke swept through an Air Canada DC-9 after it made an emergency landing at the Greater Cincinnati International Airport on Thursday night, killing 23 of the 46 people on board, officials said. '
        + 'The jet, bound from Dallas to Toronto and Montreal, had reported smoke in a rear lavatory while flying over Louisville.',
    },
    b: {
      id: 'b', publishedAt: '1983-06-03',
      text: 'Investigators on Friday searched the burned-out fuselage of Air Canada Flight 797 for the source of a fire that began in a toilet at the back of the plane. '
        + 'The pilot brought the McDonnell Douglas jet down at the Cincinnati airport in northern Kentucky, but flames engulfed the cabin moments after the doors were opened. '
        + 'Canadian folk singer Stan Rogers was among the dead.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'partial', people: 'only-a', casualties: 'only-a' },
  },
  {
    // Air Algerie 6289 at Tamanrasset, March 2003: on the day, and the day after.
    name: 'a jet down just after take-off: "crashed shortly after taking off from ... Tamanrasset" is near it, "killing 102 of the 103" against "The only survivor"',
    a: {
      id: 'a', publishedAt: '2003-03-06',
      text: 'ALGIERS (Reuters) - An Air Algerie Boeing 737 crashed shortly after taking off from the southern desert town of Tamanrasset on Thursday, killing 102 of the 103 people on board, officials said. '
        + 'The plane was flying to Algiers with a stop in Ghardaia.',
    },
    b: {
      id: 'b', publishedAt: '2003-03-07',
      text: 'The only survivor of the crash of an Air Algerie airliner in the Sahara was a young soldier, Algerian officials said on Friday. '
        + 'An engine caught fire as the 737-200 lifted off from Tamanrasset airport on Thursday afternoon, and the plane slammed into the ground, killing six crew members and 96 passengers.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-a', location: 'partial', time: 'agree', people: 'only-a', casualties: 'partial', cause: 'only-b' },
  },
  {
    // The Dawson's Field hijackings, September 1970: two reports of the day after.
    name: 'airliners hijacked to a desert strip: "forced them to land at a desert airstrip near Zarqa" against "after leaving Frankfurt for New York"',
    a: {
      id: 'a', publishedAt: '1970-09-07',
      text: 'AMMAN, Jordan (AP) - Palestinian guerrillas hijacked a Trans World Airlines Boeing 707 and a Swissair DC-8 over Europe on Sunday and forced them to land at a desert airstrip near Zarqa, Jordan, holding about 300 passengers and crew hostage. '
        + 'A third hijacked plane, a Pan American World Airways 747, was flown to Beirut and then to Cairo, where the hijackers blew it up early on Monday after the passengers slid down emergency chutes.',
    },
    b: {
      id: 'b', publishedAt: '1970-09-07',
      text: 'The Popular Front for the Liberation of Palestine said on Monday it would blow up the TWA and Swissair jets parked at Dawson\'s Field, a former Royal Air Force strip in the Jordanian desert, unless Palestinian prisoners were freed. '
        + 'The TWA flight had been seized after leaving Frankfurt for New York, and the Swissair plane after taking off from Zurich.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'partial', time: 'partial', people: 'only-a' },
  },
  {
    // Mobutu Sese Seko's flight from Gbadolite to Lome, May 1997: on the day, and the day after.
    name: 'an ousted ruler\'s flight: "bound for Lome, the capital of Togo" against "arrived in Togo", "flew out of his northern stronghold of Gbadolite"',
    a: {
      id: 'a', publishedAt: '1997-05-18',
      text: 'KINSHASA (Reuters) - Zaire\'s ousted president Mobutu Sese Seko flew out of his northern stronghold of Gbadolite on Sunday aboard a cargo plane bound for Lome, the capital of Togo, aides said, as rebel leader Laurent Kabila\'s forces took control of Kinshasa.',
    },
    b: {
      id: 'b', publishedAt: '1997-05-19',
      text: 'LOME, Togo (AP) - Mobutu Sese Seko arrived in Togo late on Sunday after fleeing his palace in Gbadolite, Togolese officials said on Monday. '
        + 'Mobutu, who left Kinshasa on Friday as rebel forces closed in, is expected to fly on to Morocco.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-a', destination: 'partial', time: 'agree', actors: 'only-b' },
  },
  {
    // Air India 182 off the coast of Ireland, June 1985: on the day, and the day after (the Narita bomb of that morning is told in it too).
    name: 'a jumbo jet lost off Ireland: "329 people aboard" against "all 307 passengers and 22 crew members", "Ships and helicopters have recovered 131 bodies" are searchers',
    a: {
      id: 'a', publishedAt: '1985-06-23',
      text: 'CORK, Ireland (AP) - An Air India jumbo jet with 329 people aboard plunged into the Atlantic Ocean off the southwest coast of Ireland on Sunday, and rescuers said there appeared to be no survivors. '
        + 'The Boeing 747, flying from Toronto and Montreal to London and on to New Delhi, vanished from radar screens at 31,000 feet without a distress call.',
    },
    b: {
      id: 'b', publishedAt: '1985-06-24',
      text: 'Investigators said on Monday that a bomb may have destroyed the Air India Boeing 747 that crashed off Ireland, killing all 307 passengers and 22 crew members. '
        + 'Ships and helicopters have recovered 131 bodies from the sea. '
        + 'An hour before the crash, a bomb in baggage from a Canadian flight exploded at Tokyo\'s Narita airport, killing two baggage handlers.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // LOT 007 at Warsaw, March 1980: on the day, and the day after.
    name: 'an airliner down on its approach: "as it approached Warsaw\'s Okecie airport" is near it, "killing everyone aboard" against "77 passengers and 10 crew members died"',
    a: {
      id: 'a', publishedAt: '1980-03-14',
      text: 'WARSAW, Poland (AP) - A Polish airliner from New York carrying 87 people, including 22 members of a U.S. amateur boxing team, crashed on Friday as it approached Warsaw\'s Okecie airport, killing everyone aboard, officials said. '
        + 'The Soviet-built Ilyushin 62 went down in a moat of a 19th-century fort less than a mile from the runway.',
    },
    b: {
      id: 'b', publishedAt: '1980-03-15',
      text: 'Polish investigators on Saturday began examining the wreckage of the LOT Ilyushin jetliner in which 77 passengers and 10 crew members died near Warsaw on Friday. '
        + 'Popular Polish singer Anna Jantar was among the dead, as were 14 boxers and eight officials of the American team.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'partial', people: 'partial', casualties: 'agree' },
  },
  {
    // Viktor Belenko's MiG-25 to Hakodate, September 1976: on the day, and the day after.
    name: 'a defector\'s fighter: "landed a MiG-25 jet fighter at Hakodate airport" against "flew his MiG-25 Foxbat to Hakodate", asylum "in the United States" is no destination',
    a: {
      id: 'a', publishedAt: '1976-09-06',
      text: 'TOKYO (AP) - A Soviet air force pilot landed a MiG-25 jet fighter at Hakodate airport in northern Japan on Monday and asked for political asylum in the United States, police said. '
        + 'The pilot, Lt. Viktor Belenko, had taken off from a base near Vladivostok and flew low over the Sea of Japan to avoid radar.',
    },
    b: {
      id: 'b', publishedAt: '1976-09-07',
      text: 'Japan said on Tuesday it would allow Soviet defector Viktor Belenko to go to the United States, a day after he flew his MiG-25 Foxbat to Hakodate on the island of Hokkaido. '
        + 'The Soviet Union demanded the return of the pilot and of the warplane, the most advanced Soviet fighter ever to fall into Western hands.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'agree', actors: 'only-a' },
  },
  {
    // Mathias Rust's Cessna to Moscow, May 1987: the day after, and two days on.
    name: 'a light aircraft through air defences: "taken off from Helsinki" against "from Finland to Moscow", a minister dismissed two days after',
    a: {
      id: 'a', publishedAt: '1987-05-29',
      text: 'MOSCOW (Reuters) - A young West German pilot flew a light aircraft hundreds of miles through Soviet air defences and landed beside Red Square on Thursday evening, Soviet officials said on Friday. '
        + 'The pilot, identified as Mathias Rust, 19, had taken off from Helsinki in a single-engine Cessna.',
    },
    b: {
      id: 'b', publishedAt: '1987-05-30',
      text: 'The Soviet defence minister, Marshal Sergei Sokolov, was dismissed on Saturday, two days after a West German teenager flew a Cessna 172 from Finland to Moscow and landed near the Kremlin. '
        + 'Mathias Rust was being questioned by the KGB.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-b', time: 'partial' },
  },
  {
    // The Black Hawks shot down over northern Iraq, April 1994: on the day, and the day after.
    name: 'two helicopters downed by their own side: "mistaken the helicopters for Iraqi Hind helicopters" counts no Hinds, "officials of the allied relief operation" are no relief load',
    a: {
      id: 'a', publishedAt: '1994-04-14',
      text: 'WASHINGTON (AP) - Two U.S. Air Force F-15 fighters mistakenly shot down two U.S. Army helicopters over northern Iraq on Thursday, killing all 26 people on board, the Pentagon said. '
        + 'The UH-60 Black Hawk helicopters were carrying officials of the allied relief operation for Kurds, Operation Provide Comfort.',
    },
    b: {
      id: 'b', publishedAt: '1994-04-15',
      text: 'The 26 people killed when American fighter jets downed two Black Hawk helicopters in the no-fly zone over Iraq included 15 Americans, three Turks, two Britons, a Frenchman and five Kurds, officials said on Friday. '
        + 'The fighter pilots had mistaken the helicopters for Iraqi Hind helicopters, the Pentagon said.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'only-a', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Kuwait Airways 422, April 1988: on the day it was seized, and four days on at Larnaca.
    name: 'a jumbo jet hijacked for days: "forced it to land in the Iranian city of Mashhad" against a later leg "flew to Cyprus from Mashhad in Iran on Friday"',
    a: {
      id: 'a', publishedAt: '1988-04-05',
      text: 'KUWAIT (Reuters) - Gunmen hijacked a Kuwait Airways Boeing 747 with 112 people aboard on a flight from Bangkok to Kuwait on Tuesday and forced it to land in the Iranian city of Mashhad, the airline said. '
        + 'Among the passengers were three members of the Kuwaiti royal family.',
    },
    b: {
      id: 'b', publishedAt: '1988-04-09',
      text: 'LARNACA, Cyprus (AP) - Hijackers holding a Kuwaiti jumbo jet at Larnaca airport killed a second hostage on Saturday and dumped his body on the tarmac, officials said. '
        + 'The jet, seized on Tuesday on its way from Bangkok to Kuwait, flew to Cyprus from Mashhad in Iran on Friday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'only-a' },
  },
  {
    // TWA 847, June 1985: on the day it was seized, and two days on.
    name: 'an airliner hijacked between two capitals: "forced it to fly to Beirut, then on to Algiers" against "shuttled twice between Beirut and Algiers"',
    a: {
      id: 'a', publishedAt: '1985-06-14',
      text: 'BEIRUT, Lebanon (AP) - Two gunmen hijacked a Trans World Airlines jet with 153 people aboard shortly after it took off from Athens for Rome on Friday and forced it to fly to Beirut, then on to Algiers. '
        + 'TWA Flight 847, a Boeing 727, had originated in Cairo.',
    },
    b: {
      id: 'b', publishedAt: '1985-06-16',
      text: 'The hijackers of a TWA Boeing 727 killed an American passenger, a U.S. Navy diver, and threw his body onto the tarmac at Beirut airport on Saturday, officials said on Sunday. '
        + 'The plane has shuttled twice between Beirut and Algiers since it was seized on a flight from Athens to Rome on Friday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'only-a' },
  },
  {
    // Garuda 206, the Woyla, March 1981: on the day it was seized, and the day it was stormed at Bangkok.
    name: 'a hijacked jet stormed days later: "hijacked ... on Saturday" against "stormed a hijacked Garuda jetliner ... on Tuesday" is the ordeal\'s start and end',
    a: {
      id: 'a', publishedAt: '1981-03-28',
      text: 'JAKARTA (Reuters) - Five gunmen hijacked an Indonesian Garuda Airways DC-9 with 48 passengers aboard on a domestic flight from Palembang to Medan on Saturday, refuelled in Penang, Malaysia, and flew on to Bangkok, officials said.',
    },
    b: {
      id: 'b', publishedAt: '1981-03-31',
      text: 'BANGKOK (AP) - Indonesian commandos stormed a hijacked Garuda jetliner at Bangkok\'s Don Muang airport before dawn on Tuesday, killing four of the five hijackers and freeing the hostages, Thai officials said. '
        + 'The pilot and one commando were wounded and later died.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'only-a', casualties: 'only-b' },
  },
  {
    // The Soviet MiG-23 that crashed at Kortrijk, July 1989: on the day, and the day after.
    name: 'a pilotless fighter across Europe: "apologised on Wednesday" dates the apology, "F-15 fighters from the Netherlands had shadowed" are escorts',
    a: {
      id: 'a', publishedAt: '1989-07-04',
      text: 'BRUSSELS (Reuters) - A pilotless Soviet MiG-23 fighter crashed into a house in western Belgium on Tuesday, killing a teenager, after flying some 900 km across Europe, officials said. '
        + 'The pilot had ejected over Poland shortly after takeoff when the engine appeared to fail.',
    },
    b: {
      id: 'b', publishedAt: '1989-07-05',
      text: 'KORTRIJK, Belgium (AP) - Soviet officials apologised on Wednesday for the MiG-23 that crashed into a farmhouse near Kortrijk after its pilot bailed out near Kolobrzeg in Poland. '
        + 'U.S. F-15 fighters from the Netherlands had shadowed the unmanned jet until it ran out of fuel.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'partial', cause: 'only-b' },
  },
  {
    // TAP 425 at Funchal, November 1977: the day after, and two days on.
    name: 'an airliner off the end of the runway: "overshot the runway at Funchal airport" against "ran off the end of the runway on the island of Madeira", "killing at least 125" against a toll that "rose to 130"',
    a: {
      id: 'a', publishedAt: '1977-11-20',
      text: 'FUNCHAL, Madeira (Reuters) - A Portuguese airliner overshot the runway at Funchal airport in heavy rain on Saturday night and plunged onto a beach, killing at least 125 of the 164 people on board, officials said. '
        + 'The TAP Boeing 727 was on a flight from Brussels to Madeira with a stop in Lisbon.',
    },
    b: {
      id: 'b', publishedAt: '1977-11-21',
      text: 'LISBON (AP) - The death toll in the crash of a Portuguese Boeing 727 that ran off the end of the runway on the island of Madeira rose to 130 on Monday. '
        + 'Most of the dead were Portuguese returning home from Belgium and France, the airline said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Iberia 610 on Mount Oiz, February 1985: on the day, and the day after.
    name: 'an airliner into a mountain: "brought down the first bodies from Mount Oiz" on Wednesday is a search\'s day, "148 people aboard" against "141 passengers and seven crew"',
    a: {
      id: 'a', publishedAt: '1985-02-19',
      text: 'BILBAO, Spain (Reuters) - An Iberia Boeing 727 with 148 people aboard crashed into a mountain near Bilbao on Tuesday as it prepared to land, and rescuers said there were no survivors. '
        + 'The jet, on a flight from Madrid, clipped a television antenna on the summit of Mount Oiz and broke up, officials said.',
    },
    b: {
      id: 'b', publishedAt: '1985-02-20',
      text: 'Rescue workers on Wednesday brought down the first bodies from Mount Oiz, where an Iberia airliner crashed on Tuesday morning, killing all 141 passengers and seven crew. '
        + 'Spain\'s worst air disaster since 1983 occurred about 30 km east of Bilbao airport.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'only-a', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Avianca 011 near Madrid, November 1983: on the day, and the day after.
    name: 'a jumbo jet short of Barajas: "near Madrid\'s Barajas airport" against "near the village of Mejorada del Campo outside Madrid", "killing at least 180" against a toll that "rose to 181"',
    a: {
      id: 'a', publishedAt: '1983-11-27',
      text: 'MADRID (AP) - A Colombian Avianca jumbo jet carrying 192 people crashed and exploded in a field near Madrid\'s Barajas airport early on Sunday as it prepared to land, killing at least 180 people, officials said. '
        + 'The Boeing 747 had flown from Paris and was bound for Bogota with a stop in Caracas.',
    },
    b: {
      id: 'b', publishedAt: '1983-11-28',
      text: 'Eleven people survived the crash of an Avianca Boeing 747 near the village of Mejorada del Campo outside Madrid, hospital officials said on Monday. '
        + 'The death toll rose to 181 as one of the injured died in hospital. Among the dead was the Peruvian novelist Manuel Scorza.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // Spantax 995 at Malaga, September 1982: on the day, and the day after.
    name: 'a charter that aborted its take-off: "aborted its takeoff at Malaga airport" against "crashed at Malaga", "to New York" against "to New York\'s Kennedy airport"',
    a: {
      id: 'a', publishedAt: '1982-09-13',
      text: 'MALAGA, Spain (AP) - A Spantax DC-10 jetliner carrying 394 people to New York aborted its takeoff at Malaga airport on Monday, plowed through the airport fence and burst into flames, killing at least 45 people, officials said. '
        + 'Most of the passengers were Americans.',
    },
    b: {
      id: 'b', publishedAt: '1982-09-14',
      text: 'The pilot of the Spantax charter that crashed at Malaga told investigators he had abandoned the takeoff because of severe vibration, Spanish officials said on Tuesday. '
        + 'The death toll rose to 50. The McDonnell Douglas jet was flying to New York\'s Kennedy airport.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', location: 'agree', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // Alitalia 404 near Zurich, November 1990: on the day, and the day after.
    name: 'an airliner into a hill on its approach: "flew into the Stadlerberg hill" is the site, no destination against "approached Zurich airport"',
    a: {
      id: 'a', publishedAt: '1990-11-14',
      text: 'ZURICH (Reuters) - An Alitalia DC-9 with 46 people aboard crashed into a wooded hill near the village of Weiach on Wednesday evening as it approached Zurich airport, killing everyone on board, police said. '
        + 'The plane was on a flight from Milan.',
    },
    b: {
      id: 'b', publishedAt: '1990-11-15',
      text: 'Swiss investigators on Thursday were trying to determine why an Italian airliner flew into the Stadlerberg hill about 10 km short of Zurich airport, killing 40 passengers and six crew. '
        + 'Alitalia Flight 404 from Milan\'s Linate airport had been cleared for an instrument landing.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // General Sikorski's Liberator at Gibraltar, July 1943: the day after, and two days on.
    name: 'a wartime bomber into the sea: "a Royal Air Force Liberator bomber" is a B-24, "seconds after taking off from Gibraltar" is near it',
    a: {
      id: 'a', publishedAt: '1943-07-05',
      text: 'LONDON (AP) - General Wladyslaw Sikorski, Prime Minister of the Polish government in exile, was killed on Sunday when a Royal Air Force Liberator bomber carrying him plunged into the sea seconds after taking off from Gibraltar, the British government announced. '
        + 'His daughter was among those killed.',
    },
    b: {
      id: 'b', publishedAt: '1943-07-06',
      text: 'The Czech pilot of the plane in which General Sikorski died at Gibraltar was the only survivor, officials said on Tuesday. '
        + 'The Liberator had been taking the Polish leader back to London after a visit to Polish troops in the Middle East.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-b', location: 'only-a', time: 'partial', casualties: 'only-b' },
  },
  {
    // Manx2 7100 at Cork, February 2011: on the day, and the day after.
    name: 'a commuter plane in fog on its third attempt: "flipped over as it tried to land in fog at Cork airport" against "crashed at Cork airport", "Belfast" against "Belfast City Airport"',
    a: {
      id: 'a', publishedAt: '2011-02-10',
      text: 'CORK, Ireland (Reuters) - Six people were killed when a small passenger plane flying from Belfast crashed and flipped over as it tried to land in fog at Cork airport on Thursday, officials said. '
        + 'Six others survived. The Manx2 flight had made two failed attempts to land before the crash.',
    },
    b: {
      id: 'b', publishedAt: '2011-02-11',
      text: 'Irish investigators on Friday began examining the wreckage of the Fairchild Metro turboprop that crashed at Cork airport, killing both pilots and four passengers. '
        + 'The plane, operated for Manx2 by a Spanish company, had taken off from Belfast City Airport with 10 passengers and two crew.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', location: 'agree', time: 'partial', people: 'only-b', casualties: 'partial', cause: 'only-a' },
  },
  {
    // The Bond Super Puma off Peterhead, April 2009: on the day, and the day after.
    name: 'an offshore helicopter into the North Sea: "were brought ashore on Thursday" is a search\'s day, "returning to Aberdeen from BP\'s Miller platform"',
    a: {
      id: 'a', publishedAt: '2009-04-01',
      text: 'ABERDEEN, Scotland (Reuters) - A helicopter carrying 16 people back from an oil platform in the North Sea crashed off the coast of northeast Scotland on Wednesday, and rescuers said there was little hope of finding survivors. '
        + 'The Super Puma was returning to Aberdeen from BP\'s Miller platform.',
    },
    b: {
      id: 'b', publishedAt: '2009-04-02',
      text: 'The bodies of eight of the 16 men killed when their Super Puma helicopter plunged into the North Sea off Peterhead were brought ashore on Thursday, police said. '
        + 'The search for the other eight was called off.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'only-b' },
  },
  {
    // The Tamil Tigers' attack on Colombo's airport, July 2001: on the day, and the day after.
    name: 'rebels\' attack on an airport: "at least eight military aircraft and several SriLankan Airlines jets" against "26 planes were destroyed or damaged"',
    a: {
      id: 'a', publishedAt: '2001-07-24',
      text: 'COLOMBO (Reuters) - Tamil Tiger rebels attacked Sri Lanka\'s only international airport and an adjoining air force base before dawn on Tuesday, destroying at least eight military aircraft and several SriLankan Airlines jets, officials said. '
        + 'At least 18 people were killed, including 13 rebels.',
    },
    b: {
      id: 'b', publishedAt: '2001-07-25',
      text: 'Sri Lanka said on Wednesday that 26 planes were destroyed or damaged when Tamil Tiger guerrillas stormed the Bandaranaike International Airport near Colombo, including three Airbus airliners of the national carrier. '
        + 'Twenty-one people died in the attack, among them 14 rebels.',
    },
    same: true,
    expected: { aircraft: 'partial', time: 'partial', casualties: 'agree' },
  },
  {
    // Uzbekistan Airways' Yak-40 at Tashkent, January 2004: on the day, and the day after.
    name: 'a Yak-40 landing in fog: "while landing in fog at Tashkent airport" against "crashed at Tashkent\'s airport", "Yak-40" against "Yakovlev-40"',
    a: {
      id: 'a', publishedAt: '2004-01-13',
      text: 'TASHKENT, Uzbekistan (AP) - A Yak-40 passenger plane crashed and burst into flames while landing in fog at Tashkent airport on Tuesday night, killing all 37 people on board, officials said. '
        + 'The Uzbekistan Airways plane was arriving from the southern city of Termez.',
    },
    b: {
      id: 'b', publishedAt: '2004-01-14',
      text: 'An Uzbek airliner that crashed at Tashkent\'s airport killed 37 people including the head of the U.N. mission in Uzbekistan, Richard Conroy, officials said on Wednesday. '
        + 'The Yakovlev-40 had struck a building as it approached the runway in thick fog.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'agree' },
  },
  {
    // CHC's AS332 L2 off Sumburgh, August 2013: a rig's noun is no break in the route, and a ditching on the approach is near the airport.
    name: 'a Super Puma into the sea off Shetland: "carrying 16 passengers and two crew from the Borgsten Dolphin rig to Sumburgh Airport" against "ditched on its approach to Sumburgh", "the four offshore workers who died"',
    a: {
      id: 'a', publishedAt: '2013-08-24',
      text: 'Four people died when a Super Puma helicopter carrying workers from a North Sea drilling rig crashed into the sea off Shetland on Friday evening, police said on Saturday. '
        + 'The AS332 L2 Super Puma, operated by CHC Helicopters, was carrying 16 passengers and two crew from the Borgsten Dolphin rig to Sumburgh Airport when it came down about two miles west of the airport at around 6.20pm. '
        + 'Fourteen people were rescued by a coastguard helicopter and the Aith lifeboat, and several were taken to the Gilbert Bain Hospital in Lerwick. '
        + 'The bodies of three of the dead were recovered from the water overnight. "This is a tragic day for the offshore community," said Oil & Gas UK chief executive Malcolm Webb. '
        + 'The cause of the crash is not yet known, and investigators from the Air Accidents Investigation Branch are travelling to Shetland. '
        + 'The Helicopter Safety Steering Group recommended that all Super Puma flights to and from offshore installations be suspended.',
    },
    b: {
      id: 'b', publishedAt: '2013-08-26',
      text: 'Police in Shetland on Monday named the four offshore workers who died when a helicopter ditched on its approach to Sumburgh on August 23 as Duncan Munro, 46, Sarah Darnley, 45, Gary McCrossan, 59, and George Allison, 57. '
        + 'The Super Puma had been bringing 18 people ashore from the Borgsten Dolphin platform. '
        + 'Survivors have described how the aircraft lost power and dropped into the water without warning moments before it was due to land. '
        + 'The wreckage was recovered from the sea on Sunday and is being taken to Aberdeen for examination by accident investigators. '
        + 'Unions have demanded a full public inquiry, and the operator CHC has said it will cooperate fully with the investigation. '
        + 'It was the fifth incident involving a Super Puma in the North Sea since 2009.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // Fine Air 101 at Miami, August 1997: three crew killed are some of the four aboard, and a freighter's trade is its cargo.
    name: 'a freighter into a warehouse district: "killing the three crew members and a security guard aboard" against "The four people on board the McDonnell Douglas DC-8-61 freighter died", "textiles" against "bales of clothing material"',
    a: {
      id: 'a', publishedAt: '1997-08-07',
      text: 'MIAMI (AP) - A cargo jet loaded with textiles crashed into a busy street moments after taking off from Miami International Airport on Thursday, killing the three crew members and a security guard aboard and a man on the ground, authorities said. '
        + 'Fine Air Flight 101, a DC-8 bound for Santo Domingo in the Dominican Republic, pitched up steeply after takeoff at about 12:35 p.m., then plunged into a warehouse district less than a mile west of the airport. '
        + 'The crash set off a fire that engulfed several businesses and cars. "It just went straight up and then it came straight down," said a witness, Luis Valdes. '
        + 'Federal Aviation Administration spokeswoman Kathleen Bergen said the plane was carrying about 40 tons of fabric.',
    },
    b: {
      id: 'b', publishedAt: '1997-08-09',
      text: 'Federal investigators said Saturday they are focusing on how the cargo was loaded aboard the Fine Air jet that crashed after leaving Miami on Thursday. '
        + 'The four people on board the McDonnell Douglas DC-8-61 freighter died, as did a motorist whose car was struck as the plane slammed into the ground near 72nd Avenue. '
        + 'Jim Hall, chairman of the National Transportation Safety Board, said the plane\'s tail struck the runway on takeoff and that the pilots had reported a problem with the plane\'s balance before it went down. '
        + 'The flight to the Dominican Republic was carrying bales of clothing material. "We are looking at the weight and balance of that aircraft," Hall said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', location: 'only-a', time: 'partial', people: 'agree', cargo: 'partial', casualties: 'partial' },
  },
  {
    // The Galloping Ghost at the Reno air races, September 2011: where the pilot is from is no departure, and a plunge into a crowd in Reno places the crash.
    name: 'a racing Mustang into the grandstand: "killing the pilot and at least two people on the ground" against "The death toll ... rose to 11", "a veteran racer from Florida"',
    a: {
      id: 'a', publishedAt: '2011-09-17',
      text: 'RENO, Nev. (Reuters) - A World War Two-era fighter plane taking part in an air race plunged into a crowd of spectators in Reno, Nevada, on Friday, killing the pilot and at least two people on the ground and injuring more than 50, officials said. '
        + 'The P-51 Mustang, called the Galloping Ghost and flown by 74-year-old Jimmy Leeward, a veteran racer from Florida, pitched upward and then nosed straight down into a box seating area in front of the grandstand at Reno Stead Airport at about 4:30 p.m. '
        + '"It was like a bomb went off," said spectator Tim Linville. Witnesses said a part of the plane\'s tail appeared to fall off before the crash. '
        + 'The National Championship Air Races were cancelled for the rest of the weekend.',
    },
    b: {
      id: 'b', publishedAt: '2011-09-19',
      text: 'The death toll from Friday\'s crash at the Reno air races rose to 11 on Monday when two more spectators died in hospital, the Washoe County coroner\'s office said. '
        + 'Jimmy Leeward, the pilot of the modified P-51D Mustang, was among the dead, and about 70 people were injured when the plane slammed into the seats in front of the grandstand at the Reno-Stead airport north of the city. '
        + 'National Transportation Safety Board investigators said on Sunday they were examining a trim tab from the tail that was found on the runway, and that video showed the plane losing a piece of its tail before it went down. '
        + 'The board\'s vice chairman, Mark Rosekind, said the aircraft was flying at more than 400 miles per hour.',
    },
    same: true,
    expected: { aircraft: 'partial', location: 'agree', time: 'partial', casualties: 'agree', actors: 'agree' },
  },
  {
    // The Zambian football team's DHC-5 off Gabon, April 1993: the captain's own journey and the bodies flown home are no legs of the flight.
    name: 'a national team\'s transport into the sea off Libreville: "on its way from Lusaka to Dakar" against "travelling to Senegal separately from the Netherlands", "The bodies ... were flown home to Lusaka"',
    a: {
      id: 'a', publishedAt: '1993-04-28',
      text: 'LIBREVILLE, Gabon (AP) - A Zambian military plane carrying the national soccer team to a World Cup qualifying match in Senegal crashed into the Atlantic Ocean shortly after taking off from Libreville late Tuesday, killing all 30 people aboard, officials said. '
        + 'The Zambian Air Force DHC-5 Buffalo had stopped in Gabon to refuel on its way from Lusaka to Dakar. '
        + 'Eighteen players were among the dead, along with the team\'s coach, Godfrey Chitalu, and members of the Football Association of Zambia. The plane went down about 500 yards offshore. '
        + 'Gabonese navy divers were searching for bodies on Wednesday. Zambia declared a week of national mourning.',
    },
    b: {
      id: 'b', publishedAt: '1993-05-03',
      text: 'The bodies of the Zambian footballers killed in last week\'s plane crash off Gabon were flown home to Lusaka on Sunday, where tens of thousands of mourners lined the road from the airport. '
        + 'The team had been travelling to Dakar for Wednesday\'s qualifier against Senegal when the Buffalo transport plunged into the sea minutes after a refuelling stop in Libreville on April 27. '
        + 'Earlier stops had been made in Brazzaville, in the Congo. Zambian officials said the aircraft had had engine problems on an earlier flight. '
        + 'Captain Kalusha Bwalya, who plays for PSV Eindhoven, was not on the flight because he was travelling to Senegal separately from the Netherlands.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'only-a' },
  },
  {
    // Aaliyah's Cessna 402 at Marsh Harbour, August 2001: one named and eight others are the nine dead, and the time after the filming is the crash's.
    name: 'a singer\'s light twin after takeoff: "was killed along with eight other people" against "killing singer Aaliyah and all eight others on board", "bound for Opa-locka"',
    a: {
      id: 'a', publishedAt: '2001-08-26',
      text: 'MARSH HARBOUR, Bahamas (Reuters) - R&B singer Aaliyah was killed along with eight other people on Saturday when the small plane carrying them back to Florida crashed and burst into flames just after takeoff from an airstrip in the Abaco Islands of the Bahamas, police said. '
        + 'The twin-engine Cessna 402 went down about 200 feet from the end of the runway at Marsh Harbour airport at about 6:50 p.m., shortly after the 22-year-old singer and members of her entourage had finished filming a music video. '
        + 'The plane was bound for Opa-locka, near Miami. One passenger survived the crash but died later at a local clinic, police said.',
    },
    b: {
      id: 'b', publishedAt: '2001-08-28',
      text: 'U.S. investigators said on Tuesday the plane that crashed in the Bahamas on Aug. 25, killing singer Aaliyah and all eight others on board, may have been overloaded. '
        + 'The Cessna was carrying nine people and a large amount of luggage and equipment from the video shoot, said Jim Smith of the National Transportation Safety Board. '
        + 'The aircraft was certified to carry no more than eight people. Aaliyah\'s body was flown to New York on Monday, and a funeral is planned for Friday at St. '
        + 'Ignatius Loyola Church in Manhattan. The pilot, Luis Morales, was not licensed by the Federal Aviation Administration to fly the plane, officials said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-b', cargo: 'only-b', casualties: 'agree', actors: 'only-b' },
  },
  {
    // British Airways 9 over Java, June 1982: the ends of a leg are stops of the whole flight, and 'in all four engines' is no running total.
    name: 'a jumbo jet\'s four engines choked by volcanic ash: "on a flight from Kuala Lumpur to Perth" against "on the Kuala Lumpur-Perth leg of flight BA 9 from London to Auckland", "263 people on board" against "248 passengers and 15 crew"',
    a: {
      id: 'a', publishedAt: '1982-06-25',
      text: 'JAKARTA (Reuters) - A British Airways Boeing 747 with 263 people on board lost power in all four engines over Indonesia on Thursday night and glided for several minutes before the crew managed to restart them, the airline said. '
        + 'The jumbo jet, on a flight from Kuala Lumpur to Perth, made an emergency landing at Jakarta\'s Halim airport with three engines working. No one was hurt. '
        + 'Airline officials said the engines appeared to have been choked by volcanic ash from Mount Galunggung, which has been erupting in western Java. "We have a small problem. '
        + 'All four engines have stopped," the captain, Eric Moody, told the passengers.',
    },
    b: {
      id: 'b', publishedAt: '1982-06-28',
      text: 'LONDON - Engineers on Monday were examining the four Rolls-Royce engines of the British Airways jumbo jet that flew into a cloud of volcanic dust over Java last Thursday, and found them clogged with ash. '
        + 'The 747, on the Kuala Lumpur-Perth leg of flight BA 9 from London to Auckland, had been cruising at 37,000 feet when the engines flamed out one after another; it fell to about 12,000 feet before they came back to life. '
        + 'The 248 passengers and 15 crew landed safely in Jakarta. Passengers described sparks on the wings and a smell of sulphur in the cabin. '
        + 'Indonesian authorities have since closed the air corridor near the volcano.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', location: 'only-a', time: 'partial', people: 'agree', casualties: 'only-a', actors: 'only-a' },
  },
  {
    // The Grande Torino at Superga, May 1949: a dateline's date is the day its 'today' means, and the funeral's day is the funeral's.
    name: 'a football team\'s airliner into the Superga hill: "TURIN, Italy, May 4 (AP) ... today" against "on Wednesday", "today for the funeral"',
    a: {
      id: 'a', publishedAt: '1949-05-05',
      text: 'TURIN, Italy, May 4 (AP) - A plane carrying the Torino soccer team, champions of Italy, crashed into the hill of Superga outside Turin in fog and rain today, killing all 31 persons aboard. '
        + 'The three-engined Fiat airliner of the Avio Linee Italiane was bringing the team home from Lisbon, where it had played a friendly match against Benfica. '
        + 'It struck the wall behind the Basilica of Superga at about 5:05 p.m. while circling to land at Turin\'s Aeritalia airfield. '
        + 'Eighteen players died, together with team officials, three journalists and the crew of four.',
    },
    b: {
      id: 'b', publishedAt: '1949-05-07',
      text: 'Half a million people lined the streets of Turin today for the funeral of the Torino football players who were killed when their plane hit the Superga hill on Wednesday. '
        + 'The Fiat G.212 had stopped at Barcelona on its way from Lisbon. '
        + 'Investigators said the pilot, Pierluigi Meroni, appeared to have lost his bearings in low cloud and flown into the hillside at high speed. '
        + 'Of the 31 people on board there were no survivors. Italy\'s football federation declared Torino champions for the season.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-a', location: 'only-a', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-a', actors: 'only-b' },
  },
  {
    // Luxair 9642 at Niederanven, November 2002: coming in to land is an approach, and the toll rose.
    name: 'a turboprop short of the runway in fog: "as it came in to land at Luxembourg airport" against "near Luxembourg\'s Findel airport", "killing 17 of the 22 people on board" against "rose to 20"',
    a: {
      id: 'a', publishedAt: '2002-11-06',
      text: 'LUXEMBOURG (Reuters) - A Luxair passenger plane flying from Berlin crashed in fog as it came in to land at Luxembourg airport on Wednesday, killing 17 of the 22 people on board, officials said. '
        + 'The Fokker 50 turboprop came down in a field near the village of Niederanven, about 4 km from the runway, shortly before 10 a.m. '
        + 'Five people, including the pilot, were taken to hospital with serious injuries. "The plane simply fell out of the sky," a witness told RTL radio. '
        + 'Luxair said the aircraft was carrying 19 passengers and three crew.',
    },
    b: {
      id: 'b', publishedAt: '2002-11-08',
      text: 'The death toll from Wednesday\'s crash of a Luxair Fokker 50 near Luxembourg\'s Findel airport rose to 20 on Friday after two more passengers died in hospital, leaving the pilot and one passenger as the only survivors. '
        + 'Flight LG 9642 had left Berlin\'s Tempelhof airport with 22 people aboard. '
        + 'Investigators said the propellers had been put into a setting meant only for the ground as the plane descended. '
        + 'Luxembourg\'s prime minister Jean-Claude Juncker called it the worst air disaster in the country\'s history.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // The Hendrick Motorsports plane on Bull Mountain, October 2004: a town the gazetteer lacks, left by the aircraft and located by its state.
    name: 'a racing team\'s King Air into a mountain: "had left Concord, North Carolina, for Martinsville Speedway", "killing all 10 people aboard" against "Eight passengers and two pilots were killed"',
    a: {
      id: 'a', publishedAt: '2004-10-25',
      text: 'MARTINSVILLE, Va. (AP) - A plane carrying family members and employees of Hendrick Motorsports, one of NASCAR\'s top teams, crashed in fog on a mountain in southern Virginia on Sunday, killing all 10 people aboard. '
        + 'The twin-engine Beechcraft King Air 200 had left Concord, North Carolina, for Martinsville Speedway, where the team\'s drivers were racing. '
        + 'It slammed into Bull Mountain about seven miles west of the Blue Ridge Airport shortly after 12:30 p.m. '
        + 'Among the dead were Ricky Hendrick, the 24-year-old son of team owner Rick Hendrick, and John Hendrick, the team\'s president and Rick Hendrick\'s brother.',
    },
    b: {
      id: 'b', publishedAt: '2004-10-26',
      text: 'Federal investigators said Monday that the pilots of the Hendrick Motorsports plane that crashed into a Virginia mountain on Oct. 24 had been cleared for an instrument approach to the airport near Martinsville and then missed it. '
        + 'The King Air went down about 10 miles from the runway as it circled back in heavy fog. Eight passengers and two pilots were killed. '
        + 'Jimmie Johnson, the team\'s driver, won Sunday\'s race at Martinsville without knowing of the crash; the team\'s cars were later withdrawn from the winner\'s circle celebrations.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'partial' },
  },
  {
    // Tarom 371 at Balotesti, March 1995: a plunge beside a village places the crash, and Otopeni is Bucharest's airport.
    name: 'an airliner nose-first into a field after takeoff: "plunged nose-first near the village of Balotesti" against "crashed near Bucharest", "60 people on board" against "49 passengers and 11 crew"',
    a: {
      id: 'a', publishedAt: '1995-03-31',
      text: 'BUCHAREST (Reuters) - A Romanian Airbus A310 with 60 people on board crashed into a field shortly after taking off from Bucharest\'s Otopeni airport on Friday, killing everyone aboard, officials said. '
        + 'The Tarom jet, bound for Brussels, plunged nose-first near the village of Balotesti, about 10 km north of the airport, two minutes after take-off. '
        + 'Most of the passengers were Romanians and Belgians. Tarom, the state airline, said the crew had reported no problems before the plane disappeared from radar.',
    },
    b: {
      id: 'b', publishedAt: '1995-04-02',
      text: 'Romanian investigators said on Sunday that one of the engines of the Tarom A310 that crashed near Bucharest on March 31 may have been running at full power while the other was at idle as the aircraft climbed after take-off, sending it into a roll. '
        + 'The flight to Brussels had 49 passengers and 11 crew on board; none survived. Belgium sent a team of investigators to help with the inquiry. '
        + 'The flight data recorder was recovered from the crater on Saturday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree' },
  },
  {
    // SAS 751 at Gottrora, December 1991: a pilot praised for bringing the plane down landed it, and no one shot it down.
    name: 'a jet down in a snowy field, everyone alive: "was praised for bringing the plane down in the field" against "ice that had broken off the wings", "flying from Stockholm\'s Arlanda airport to Copenhagen and on to Warsaw"',
    a: {
      id: 'a', publishedAt: '1991-12-27',
      text: 'STOCKHOLM (Reuters) - A Scandinavian Airlines jet with 129 people on board crash-landed in a snow-covered field north of Stockholm on Friday after both its engines failed minutes after take-off, and everyone aboard survived, police said. '
        + 'The MD-81, flying from Stockholm\'s Arlanda airport to Copenhagen and on to Warsaw, broke into three pieces as it skidded through trees near the village of Gottrora. '
        + 'Eight people were seriously hurt. "It is a miracle," a police spokesman said. The pilot, Stefan Rasmussen, was praised for bringing the plane down in the field.',
    },
    b: {
      id: 'b', publishedAt: '1991-12-28',
      text: 'Swedish investigators said on Saturday that ice that had broken off the wings of the SAS jet that crash-landed on Friday was sucked into the rear-mounted engines, which then failed. '
        + 'The McDonnell Douglas MD-81 had been de-iced before leaving Arlanda, but clear ice had formed on its wings overnight. '
        + 'All 123 passengers and six crew members survived, though about 90 were treated for injuries. '
        + 'The plane, bound for Warsaw via Copenhagen, came down about 4 km from the runway after less than four minutes in the air.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'only-a', time: 'agree', people: 'agree', casualties: 'partial', cause: 'partial', actors: 'only-a' },
  },
  {
    // British Airtours 28M at Manchester, August 1985: a take-off at an airport is from it, and the toll rose.
    name: 'a charter jet on fire at the start of its takeoff: "as it began its takeoff at Manchester airport", "At least 54 people were killed" against "rose to 55"',
    a: {
      id: 'a', publishedAt: '1985-08-22',
      text: 'MANCHESTER, England (Reuters) - At least 54 people were killed on Thursday when fire swept through a British Airtours Boeing 737 as it began its takeoff at Manchester airport, police said. '
        + 'The charter jet, carrying holidaymakers to the Greek island of Corfu, was speeding down the runway at about 7:15 a.m. when the pilot heard a thud and aborted the takeoff. '
        + 'A fire in the left engine spread to the cabin, filling it with thick black smoke. Most of the victims were overcome by fumes before they could reach the exits. '
        + 'There were 131 passengers and six crew on board.',
    },
    b: {
      id: 'b', publishedAt: '1985-08-24',
      text: 'The death toll from Thursday\'s fire aboard a British Airtours jet at Manchester airport rose to 55 on Saturday when a passenger died in hospital. '
        + 'Investigators said a combustion chamber in the left engine had split open during the takeoff run, rupturing a fuel tank access panel. '
        + 'Of the 137 people aboard the Boeing 737, 82 escaped. Survivors said passengers fought to reach the exits in the smoke. '
        + 'Britain\'s Civil Aviation Authority said it would look at whether cabin evacuation rules should be changed.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // LAPA 3142 at Jorge Newbery, August 1999: the dead aboard are no count of those who flew, and the ground is the next group's.
    name: 'a jet through a fence and across an avenue on takeoff: "had 100 people aboard" against "Sixty-three people aboard the plane and two people on the ground died"',
    a: {
      id: 'a', publishedAt: '1999-08-31',
      text: 'BUENOS AIRES (AP) - A Boeing 737 taking off from Buenos Aires\' domestic airport failed to lift off, smashed through a fence, crossed a busy avenue and burst into flames near a golf course on Tuesday night, killing at least 65 people, officials said. '
        + 'The LAPA Airlines flight 3142, bound for the central city of Cordoba, had 100 people aboard. Some passengers escaped through holes in the burning fuselage. '
        + 'A car on the avenue was hit by the plane and its occupants were among the dead.',
    },
    b: {
      id: 'b', publishedAt: '1999-09-02',
      text: 'Argentine investigators said on Thursday the pilots of the LAPA jet that crashed at the end of the runway at Jorge Newbery airport had failed to extend the wing flaps for take-off, and had ignored a warning alarm. '
        + 'Sixty-three people aboard the plane and two people on the ground died; 37 passengers survived. '
        + 'The Boeing 737-200 overran the runway, crossed Costanera avenue and hit a gas regulator. '
        + 'The cockpit voice recorder showed the crew had been chatting about personal matters during the checklist.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // KLM 867 near Mount Redoubt, December 1989: a landing where it was to refuel is a stop, and the approach to it is partial against the flight's end.
    name: 'a jumbo jet through volcanic ash toward Anchorage: "on a flight from Amsterdam to Tokyo, landed safely in Anchorage, where it was to refuel" against "while descending toward Anchorage International Airport"',
    a: {
      id: 'a', publishedAt: '1989-12-16',
      text: 'ANCHORAGE, Alaska (AP) - A KLM Boeing 747 with 245 people aboard lost power in all four engines after flying into a cloud of ash from the erupting Redoubt volcano and dropped more than two miles before the crew restarted them, officials said Friday. '
        + 'The jumbo jet, on a flight from Amsterdam to Tokyo, landed safely in Anchorage, where it was to refuel. No one was injured. '
        + 'The plane\'s engines, cockpit windows and paint were badly damaged by the ash.',
    },
    b: {
      id: 'b', publishedAt: '1989-12-18',
      text: 'The Federal Aviation Administration said Monday that it had restricted flights near Mount Redoubt after a KLM jumbo jet lost all four engines on Friday while descending toward Anchorage International Airport through volcanic ash. '
        + 'The Royal Dutch Airlines 747-400, which had 231 passengers and 14 crew aboard, fell from 25,000 feet to about 12,000 feet before the pilots got the engines going again. '
        + 'The aircraft, only months old, may need all four engines replaced, KLM said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'agree', people: 'agree', casualties: 'only-a', purpose: 'only-a' },
  },
  {
    // Crossair 498, January 2000: two villages the gazetteer lacks may be one site, and the Saab 340 is a type.
    name: 'a commuter turboprop down after takeoff from Zurich: "near the village of Nassenwil" against "near Niederhasli, just north of Zurich airport", "the Saab 340 turboprop"',
    a: {
      id: 'a', publishedAt: '2000-01-10',
      text: 'ZURICH (Reuters) - A Crossair commuter plane bound for Dresden crashed in a field near Zurich shortly after take-off on Monday night, killing all 10 people on board, police said. '
        + 'The Saab 340 turboprop came down near the village of Nassenwil, about 5 km from the airport, two minutes after leaving Zurich at 5:54 p.m. It burst into flames on impact. '
        + 'There were seven passengers and three crew members aboard, the Swiss regional airline said. The weather was clear.',
    },
    b: {
      id: 'b', publishedAt: '2000-01-12',
      text: 'Swiss investigators said on Wednesday they had recovered both flight recorders from the wreckage of the Crossair Saab 340 that crashed on Monday near Niederhasli, just north of Zurich airport. '
        + 'The plane, flight LX 498 to Dresden, had turned right instead of left after take-off and then rolled and plunged to the ground. '
        + 'Its Moldovan captain had flown for Crossair for only a few months. The dead included passengers from Germany, Switzerland, France, Spain and the United States.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'only-a' },
  },
  {
    // Invicta 435 at Hochwald, April 1973: the injured who then died are more beside the toll, and a crew counted after its noun is no one more.
    name: 'a charter airliner into a snowy hillside: "killing at least 104 people" against "rose to 108 ... as three more injured women died", "139 passengers and a crew of six" against "145 people on board"',
    a: {
      id: 'a', publishedAt: '1973-04-10',
      text: 'BASEL, Switzerland (AP) - A British charter airliner carrying housewives on a day trip to a Swiss trade fair crashed into a wooded hillside in a snowstorm near Basel today, killing at least 104 people. '
        + 'Police said 41 survived. '
        + 'The four-engine Vickers Vanguard of Invicta International Airlines had left Bristol, England, with 139 passengers and a crew of six, and was trying to land at the Basel-Mulhouse airport when it struck the trees near the village of Hochwald, about 10 miles south of the city. '
        + 'Most of the passengers were women from villages in Somerset.',
    },
    b: {
      id: 'b', publishedAt: '1973-04-12',
      text: 'The death toll in the crash of the Invicta Airways Vanguard near Hochwald rose to 108 on Thursday as three more injured women died in Swiss hospitals. '
        + 'Of the 145 people on board, 37 are still alive. '
        + 'Swiss investigators said the crew appear to have become lost in heavy snow while approaching the airport, which serves both Basel and the French town of Mulhouse. '
        + 'In the Somerset villages of Axbridge, Cheddar and Congresbury, more than 50 children lost their mothers.',
    },
    same: true,
    expected: { aircraft: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial', cause: 'partial' },
  },
  {
    // Atlantic Southeast 2311 at Brunswick, April 1991: the named and the others are the 23 dead, no count of those aboard.
    name: 'a commuter turboprop on its final approach: "killing all 23 people aboard" against "killing former Senator John Tower, his daughter Marian and 21 other people"',
    a: {
      id: 'a', publishedAt: '1991-04-05',
      text: 'BRUNSWICK, Ga. (AP) - A commuter plane carrying former Senator John Tower of Texas and astronaut Manley Carter crashed in a field as it approached the airport here today, killing all 23 people aboard, officials said. '
        + 'The twin-engine Atlantic Southeast Airlines Embraer Brasilia, Flight 2311 from Atlanta, went down about 2:50 p.m. near a school on its final approach to Glynco Jetport. '
        + 'Witnesses said the plane rolled to the left and dived into the ground. Mr. Tower, 65, was the chairman of President Bush\'s foreign intelligence advisory board.',
    },
    b: {
      id: 'b', publishedAt: '1991-04-07',
      text: 'Federal investigators said on Sunday they were looking at a propeller control unit on the left engine of the Atlantic Southeast Airlines plane that crashed near Brunswick, Georgia, on Friday, killing former Senator John Tower, his daughter Marian and 21 other people. '
        + 'The EMB-120 had flown from Hartsfield International Airport in Atlanta. The National Transportation Safety Board said there was no distress call. Mr. '
        + 'Tower was on his way to promote a book he had written.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // First Air 6560, August 2011: the airport approached is where it came down near, and survivors flown out are no leg of the flight.
    name: 'a charter jet into a hill in the Arctic: "as it approached the airport at Resolute Bay" against "near Resolute", "Three survivors ... were flown to Ottawa for treatment"',
    a: {
      id: 'a', publishedAt: '2011-08-21',
      text: 'RESOLUTE, Nunavut (CP) - A First Air charter jet crashed into a hill as it approached the airport at Resolute Bay in Canada\'s Arctic on Saturday, killing 12 of the 15 people on board, the RCMP said. '
        + 'The Boeing 737, Flight 6560 from Yellowknife, went down shortly after noon in fog about 1.5 km east of the runway. '
        + 'Three survivors, including a seven-year-old girl, were flown to Ottawa for treatment. '
        + 'Hundreds of military personnel were in Resolute for a military exercise and were among the first to reach the wreckage.',
    },
    b: {
      id: 'b', publishedAt: '2011-08-23',
      text: 'Investigators from the Transportation Safety Board of Canada began examining the wreckage of First Air Flight 6560 near Resolute on Monday, two days after the crash killed eight passengers and four crew members. '
        + 'The 737-200 combi, carrying passengers and cargo, had been cleared to land on Runway 35T. The two adult survivors and the girl were in stable condition in an Ottawa hospital. '
        + 'Weather at the time was low cloud and drizzle.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-a', cargo: 'only-b', casualties: 'partial', purpose: 'only-a', cause: 'only-a' },
  },
  {
    // Flying Tiger 66 near Puchong, February 1989: a crew named before its figure is counted, and three pilots are some of the four.
    name: 'a freighter into a hillside short of the airport: "killing its crew of four" against "All three pilots and a flight engineer were killed", "from Singapore to Kuala Lumpur\'s Subang airport and on to Hong Kong"',
    a: {
      id: 'a', publishedAt: '1989-02-19',
      text: 'KUALA LUMPUR (Reuters) - A Flying Tiger Line Boeing 747 cargo plane crashed into a hillside near Kuala Lumpur on Sunday as it prepared to land in heavy rain, killing its crew of four, police said. '
        + 'The freighter, on a flight from Singapore to Kuala Lumpur\'s Subang airport and on to Hong Kong, came down near the town of Puchong, about 12 km from the airport. '
        + 'Police said the wreckage was scattered over a wide area of jungle and rubber estates.',
    },
    b: {
      id: 'b', publishedAt: '1989-02-21',
      text: 'Malaysian investigators said on Tuesday that the pilots of the Flying Tiger jumbo jet that crashed near Puchong on Sunday may have misunderstood an instruction from the control tower to descend to 2,400 feet. '
        + 'The 747 freighter, Flight 66, was carrying general cargo from Singapore. All three pilots and a flight engineer were killed. '
        + 'Federal Express, which is buying Flying Tiger, said it would help with the inquiry.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'partial', time: 'agree', people: 'partial', cargo: 'only-b', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Garuda 421 in the Bengawan Solo, January 2002: a town on an island is more specific than the island, and one named victim is one dead.
    name: 'a jet ditched in a river after both engines flamed out: "from Mataram on the island of Lombok" against "from Lombok", "A stewardess, Santi Anggraeni, was killed"',
    a: {
      id: 'a', publishedAt: '2002-01-16',
      text: 'JAKARTA (Reuters) - A Garuda Indonesia Boeing 737 with 60 people on board made an emergency landing in a river in Central Java on Wednesday after both its engines failed in a heavy storm, killing a flight attendant, officials said. '
        + 'The jet, on a domestic flight from Mataram on the island of Lombok to Yogyakarta, came down in the shallow Bengawan Solo river near the town of Solo. '
        + 'Most of the passengers waded ashore. "The pilot did an incredible job," a Garuda spokesman said. Twelve people were injured.',
    },
    b: {
      id: 'b', publishedAt: '2002-01-18',
      text: 'Indonesian investigators said on Friday that hail and heavy rain had put out both engines of the Garuda 737-300 that ditched in the Bengawan Solo river on Wednesday. '
        + 'The captain, Abdul Rozaq, tried twice to restart them before gliding down onto the river near Surakarta. '
        + 'A stewardess, Santi Anggraeni, was killed when the tail section broke open; the other 59 people on board survived. The aircraft was flying from Lombok to Yogyakarta.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', location: 'partial', time: 'agree', people: 'only-a', casualties: 'partial', cause: 'partial', actors: 'only-b' },
  },
  {
    // Continental Express 2574 near Eagle Lake, September 1991: overnight maintenance is no day of the crash.
    name: 'a commuter turboprop broken apart over a cornfield: "on Wednesday" against "removed during overnight maintenance", "all 14 people aboard" against "The 11 passengers and three crew members died"',
    a: {
      id: 'a', publishedAt: '1991-09-11',
      text: 'EAGLE LAKE, Texas (AP) - A Continental Express commuter plane broke apart in the air and crashed into a cornfield southwest of Houston on Wednesday, killing all 14 people aboard, authorities said. '
        + 'The twin-engine Embraer Brasilia, Flight 2574 from Laredo to Houston\'s Intercontinental Airport, went down about 10 a.m. near Eagle Lake, about 60 miles west of Houston. '
        + 'Witnesses said the plane appeared to explode and then spiralled into the field.',
    },
    b: {
      id: 'b', publishedAt: '1991-09-13',
      text: 'Safety board investigators said on Friday that screws holding part of the left horizontal stabilizer of the Continental Express plane that crashed near Eagle Lake had been removed during overnight maintenance and not put back. '
        + 'The leading edge of the tail came off in flight, and the EMB-120 pitched over. The 11 passengers and three crew members died. '
        + 'The airline grounded its other Brasilias for inspection.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree' },
  },
  {
    // Aires 8250 at San Andres, August 2010: a break-up as it landed places the crash, and one person is one of everyone.
    name: 'a jet in three pieces short of an island runway: "only one person died" against "Amparo Gomez, 60, died of a heart attack", "carrying 131 people" against "125 passengers and six crew"',
    a: {
      id: 'a', publishedAt: '2010-08-16',
      text: 'BOGOTA (Reuters) - A Colombian passenger jet carrying 131 people broke into three pieces as it landed in a storm on the Caribbean island of San Andres early on Monday, but only one person died, officials said. '
        + 'The Aires Boeing 737, flying from Bogota, hit the ground short of the runway at about 1:50 a.m. after apparently being struck by lightning, the airline said. '
        + 'An elderly woman died of a heart attack, and more than 100 passengers were treated for injuries.',
    },
    b: {
      id: 'b', publishedAt: '2010-08-17',
      text: 'Colombia\'s civil aviation agency said on Tuesday it was investigating whether wind shear or a lightning strike brought down the Aires jet that crashed on landing at San Andres on Monday. '
        + 'The Boeing 737-700 had 125 passengers and six crew on board. Amparo Gomez, 60, died of a heart attack after the crash; 119 others were injured. '
        + 'The plane came to rest about 80 metres short of the runway at Gustavo Rojas Pinilla airport.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Copa 201 in the Darien, June 1992: the dead found and flown back are no leg of the flight.
    name: 'a jet into the jungle of Darien at night: "bound for Colombia ... for Cali" against "The bodies of 38 of the 47 victims had been recovered by Monday night and flown to Panama City"',
    a: {
      id: 'a', publishedAt: '1992-06-07',
      text: 'PANAMA CITY (AP) - A Copa airlines Boeing 737 bound for Colombia crashed in a remote jungle area of eastern Panama on Saturday night, and rescuers said on Sunday that all 47 people aboard appeared to have died. '
        + 'Flight 201 left Panama City\'s Tocumen airport for Cali at 10:37 p.m. and disappeared from radar about 25 minutes later over the province of Darien. '
        + 'Rescue teams reached the wreckage by helicopter on Sunday morning and found no survivors. The plane was carrying 40 passengers and seven crew members.',
    },
    b: {
      id: 'b', publishedAt: '1992-06-09',
      text: 'Investigators said on Tuesday that a faulty instrument may have led the pilots of the Copa 737 that crashed in the Darien jungle on Saturday to put the plane into a dive. '
        + 'The jet broke apart in the air before hitting the ground near the Tupisa river, scattering wreckage over a wide area. '
        + 'The bodies of 38 of the 47 victims had been recovered by Monday night and flown to Panama City. Most of the passengers were Colombians, Panamanians and Americans.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // Sol 5428 near Prahuaniyeu, May 2011: a departure the other side names as a stop is where a last leg may have begun, and Rio Negro is no Rio de Janeiro.
    name: 'a turboprop down in Patagonia in icing: "had taken off from Neuquen" against "set out from Cordoba and stopped in Mendoza and Neuquen", "in Rio Negro province"',
    a: {
      id: 'a', publishedAt: '2011-05-19',
      text: 'BUENOS AIRES (Reuters) - A small Argentine passenger plane crashed in a remote area of Patagonia on Wednesday night, killing all 22 people on board, officials said on Thursday. '
        + 'The Sol airline Saab 340, which had taken off from Neuquen, was flying to Comodoro Rivadavia when it went down near the village of Prahuaniyeu in Rio Negro province. '
        + 'The pilot had reported ice forming on the wings shortly before contact was lost. There were 19 passengers and three crew aboard.',
    },
    b: {
      id: 'b', publishedAt: '2011-05-20',
      text: 'Rescuers on Friday finished recovering the bodies of the 22 people killed when a Sol Lineas Aereas turboprop crashed in Rio Negro province on May 18. '
        + 'The flight had set out from Cordoba and stopped in Mendoza and Neuquen before heading for Comodoro Rivadavia. Investigators said icing was the likely cause. '
        + 'The wreckage was spread over a wide area of rough terrain.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'agree' },
  },
  {
    // Air Midwest 5481 at Charlotte, January 2003: an airport named after a town, placed in a state that may hold it, is in that town.
    name: 'a commuter plane into a hangar: "bound for Greenville, S.C." against "heading to Greenville-Spartanburg International Airport in South Carolina", "The captain was Katie Leslie"',
    a: {
      id: 'a', publishedAt: '2003-01-08',
      text: 'CHARLOTTE, N.C. (AP) - A commuter plane bound for Greenville, S.C., crashed into an airline hangar moments after taking off from Charlotte\'s airport Wednesday morning, killing all 21 people aboard. '
        + 'The US Airways Express flight, a twin-engine Beech 1900 operated by Air Midwest, went down at 8:47 a.m., about a minute after leaving Charlotte Douglas International Airport. '
        + 'The plane carried 19 passengers and two crew members. Witnesses said the plane pitched up sharply, rolled and plunged nose-first into a corner of a US Airways maintenance hangar. '
        + 'Federal Aviation Administration spokeswoman Kathleen Bergen said the pilot reported an emergency shortly after takeoff. There was no indication of terrorism, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2003-01-09',
      text: 'CHARLOTTE, North Carolina (Reuters) - Investigators on Thursday began sifting through the wreckage of a commuter plane that crashed shortly after takeoff from Charlotte, North Carolina, killing 21 people, for clues to the worst U.S. air disaster in more than a year. '
        + 'Air Midwest Flight 5481 was heading to Greenville-Spartanburg International Airport in South Carolina when it nosed up, then dived into a hangar on Wednesday morning. '
        + 'National Transportation Safety Board member John Goglia said the cockpit voice recorder showed the crew struggled to control the aircraft\'s pitch. '
        + 'The 19-seat Beechcraft 1900D had undergone maintenance on its elevator control system two days earlier. '
        + 'The captain was Katie Leslie, 25, and the first officer was Jonathan Gibbs, 27.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', location: 'agree', time: 'partial', people: 'only-a', casualties: 'agree', actors: 'only-b' },
  },
  {
    // Corporate Airlines 5966 at Kirksville, October 2004: St. Louis read whole, and an approach told after a crash is the aircraft's.
    name: 'a commuter plane into trees short of the runway: "had left St. Louis" against "Flight 5966 from St. Louis", "while approaching the airport in Kirksville" against "crashed in northern Missouri"',
    a: {
      id: 'a', publishedAt: '2004-10-19',
      text: 'KIRKSVILLE, Mo. (AP) - A commuter plane carrying 15 people crashed and burned in a wooded area while approaching the airport in Kirksville on Tuesday night, killing 13 people, authorities said. '
        + 'Two passengers survived and were taken to a hospital. The AmericanConnection flight, operated by Corporate Airlines, had left St. '
        + 'Louis about 6:40 p.m. for the 45-minute flight to Kirksville. '
        + 'Many of the passengers were doctors on their way to a medical conference at the Kirksville College of Osteopathic Medicine. '
        + 'It was raining and cloudy at the time of the crash, about 7:40 p.m., about three miles south of the airport.',
    },
    b: {
      id: 'b', publishedAt: '2004-10-21',
      text: 'KIRKSVILLE, Missouri (Reuters) - The pilots of a commuter plane that crashed in northern Missouri on Tuesday, killing 13 of the 15 people aboard, were flying lower than they should have been when the aircraft hit trees, federal investigators said on Wednesday. '
        + 'The twin-engine BAE Jetstream 32, Corporate Airlines Flight 5966 from St. Louis, struck the trees about 3 miles short of the runway at Kirksville Regional Airport. '
        + 'Both pilots were among the dead. Two passengers, both doctors, survived with burns and broken bones. '
        + 'Most of the passengers were physicians or researchers heading to a conference at A.T. Still University.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // UTair 120 at Tyumen, April 2012: the city lies in Siberia, so the region and the airport are one departure told coarser and finer.
    name: 'a turboprop after takeoff in Siberia: "taking off from the Siberian city of Tyumen" against "takeoff in western Siberia" and "Tyumen\'s Roshchino airport"',
    a: {
      id: 'a', publishedAt: '2012-04-02',
      text: 'MOSCOW (Reuters) - A passenger plane carrying 43 people crashed shortly after taking off from the Siberian city of Tyumen on Monday, killing 31 people, emergency officials said. '
        + 'The UTair ATR-72 turboprop was bound for the oil town of Surgut when it came down in a snow-covered field and broke apart, the Emergencies Ministry said. '
        + 'Twelve survivors were taken to hospital in a serious condition. Russian news agencies said the plane had been in the air for less than two minutes.',
    },
    b: {
      id: 'b', publishedAt: '2012-04-03',
      text: 'TYUMEN, Russia (AP) - Investigators are examining whether ice on the wings caused a passenger plane to crash moments after takeoff in western Siberia, killing 31 of the 43 people on board. '
        + 'The ATR 72, operated by UTair, went down early Monday in a field near the village of Gorkovka soon after taking off from Tyumen\'s Roshchino airport, broke into pieces and caught fire. '
        + 'The plane was flying to Surgut with 39 passengers and four crew. Officials said the plane had not been sprayed with de-icing fluid before it took off.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'partial' },
  },
  {
    // Hewa Bora 952, July 2011: a toll revised down is no conflict, and a landing tried in the crash names where the flight was going.
    name: 'a 727 landing in a storm at Kisangani: "killing 127 people" against "revised the death toll ... to 74", "in northeastern Democratic Republic of Congo"',
    a: {
      id: 'a', publishedAt: '2011-07-08',
      text: 'KINSHASA (Reuters) - A Hewa Bora Airways passenger plane crashed as it tried to land in a storm at Kisangani in northeastern Democratic Republic of Congo on Friday, killing 127 people, a government minister said. '
        + 'The Boeing 727 was flying from the capital Kinshasa when it broke up on the runway and caught fire, the minister said. '
        + 'Some passengers were pulled alive from the wreckage and taken to hospital.',
    },
    b: {
      id: 'b', publishedAt: '2011-07-10',
      text: 'KINSHASA (AP) - Congo\'s government has revised the death toll from the crash of a Hewa Bora jet at Kisangani airport to 74, saying an earlier figure of 127 was wrong. '
        + 'The Boeing 727 was carrying 112 passengers and six crew members from Kinshasa when it crashed while landing in heavy rain on Friday afternoon. '
        + 'Transport Minister Laurent Simbanda said 44 people survived. '
        + 'Hewa Bora has had several accidents, and the airline is on the European Union\'s list of carriers banned from its airspace.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'agree', time: 'agree', people: 'only-b', casualties: 'partial', cause: 'agree' },
  },
  {
    // PMT Air 241, June 2007: the part in an aside is of those aboard, not of the fate after it.
    name: 'a missing An-24 found in the Bokor mountains: "including 13 South Korean tourists, went missing" against "The passengers were 13 South Koreans and three Czechs"',
    a: {
      id: 'a', publishedAt: '2007-06-25',
      text: 'PHNOM PENH (Reuters) - A Cambodian plane carrying 22 people, including 13 South Korean tourists, went missing in bad weather on Monday on a flight from the temple town of Siem Reap to the coastal resort of Sihanoukville, officials said. '
        + 'The Antonov An-24 of PMT Air lost contact with the control tower shortly before it was due to land, a civil aviation official said. '
        + 'Helicopters were searching the mountains near the coast.',
    },
    b: {
      id: 'b', publishedAt: '2007-06-27',
      text: 'PHNOM PENH (AP) - Rescuers found the wreckage of a Cambodian passenger plane on a mountainside in southern Cambodia on Wednesday, two days after it disappeared with 22 people aboard, and said there were no survivors. '
        + 'The Antonov An-24, operated by PMT Air, crashed in thick jungle in the Bokor mountains of Kampot province, about 30 miles from Sihanoukville. '
        + 'The passengers were 13 South Koreans and three Czechs, and the six crew members included an Uzbek pilot.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'partial', casualties: 'only-b', cause: 'only-a' },
  },
  {
    // China Northern 6136, May 2002: a distance given again in brackets still places the crash, and a fire the pilot radioed is a cause.
    name: 'a jetliner into the sea off Dalian: "crashed into the sea off the northeastern port of Dalian" against "plunged into the water about 20 km (12 miles) from Dalian airport", "the cabin was on fire"',
    a: {
      id: 'a', publishedAt: '2002-05-07',
      text: 'BEIJING (AP) - A China Northern Airlines jetliner carrying 112 people crashed into the sea off the northeastern port of Dalian on Tuesday night after the pilot reported a fire in the cabin, state media said. '
        + 'The MD-82, on a flight from Beijing, went down in Dalian Bay minutes before it was due to land, the official Xinhua News Agency said. There was no immediate word on survivors. '
        + 'Rescue boats were searching the water near the airport.',
    },
    b: {
      id: 'b', publishedAt: '2002-05-08',
      text: 'DALIAN, China (Reuters) - Rescuers pulled bodies from the sea off the Chinese port of Dalian on Wednesday, a day after a China Northern Airlines jet crashed with 112 people aboard, and officials said there was no hope of finding anyone alive. '
        + 'Flight 6136 from Beijing plunged into the water about 20 km (12 miles) from Dalian airport at 9:40 p.m. on Tuesday. The pilot had radioed that the cabin was on fire. '
        + 'The plane carried 103 passengers and nine crew, most of them Chinese.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', location: 'agree', time: 'partial', people: 'agree', cause: 'agree' },
  },
  {
    // Air Bagan 011, December 2012: the last leg's start is the other's stop, and two victims named one by one are two.
    name: 'a Fokker short of the runway at Heho: "flying from Mandalay to Heho" against "taken off from Yangon and stopped in Mandalay before continuing to Heho", "killing a tour guide and a motorcyclist"',
    a: {
      id: 'a', publishedAt: '2012-12-25',
      text: 'YANGON (Reuters) - A Myanmar passenger plane carrying 71 people crash-landed in a field and burst into flames near Heho airport in Shan state on Tuesday, killing two people, officials said. '
        + 'The Air Bagan Fokker 100 was flying from Mandalay to Heho, the gateway to the tourist destination of Inle Lake, when it came down in fog about 2 miles short of the runway. '
        + 'One passenger and a man riding a motorcycle on the road below were killed. Eleven people were injured, including several foreign tourists.',
    },
    b: {
      id: 'b', publishedAt: '2012-12-26',
      text: 'YANGON, Myanmar (AP) - Investigators are trying to determine why an Air Bagan jet carrying holiday tourists came down short of the runway in heavy fog on Christmas Day in Myanmar\'s Shan state, killing a tour guide and a motorcyclist. '
        + 'The Fokker 100, flight 11, had taken off from Yangon and stopped in Mandalay before continuing to Heho. '
        + 'The 65 passengers and six crew members got out of the burning plane, though 11 were hurt. Many of the passengers were foreigners on their way to Inle Lake.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // Sepahan Airlines 5915, August 2014: a toll that rose is of another moment, and the licence-built type is the An-140.
    name: 'an IrAn-140 into a Tehran street: "killing 39 of the 48 people on board" against "The death toll ... rose to 40", "The Sepahan Airlines IrAn-140"',
    a: {
      id: 'a', publishedAt: '2014-08-10',
      text: 'TEHRAN (Reuters) - A small Iranian passenger plane crashed shortly after taking off from Tehran\'s Mehrabad airport on Sunday, killing 39 of the 48 people on board, state media reported. '
        + 'The Sepahan Airlines IrAn-140, an Iranian-built version of the Antonov An-140, was flying to the eastern city of Tabas when it came down in a residential area near the airport. '
        + 'Nine people, including two children, were pulled alive from the wreckage, the Red Crescent said.',
    },
    b: {
      id: 'b', publishedAt: '2014-08-11',
      text: 'TEHRAN, Iran (AP) - The death toll from the crash of a passenger plane in the Iranian capital rose to 40 on Monday after one of the injured died in hospital, officials said. '
        + 'The twin-engine turboprop operated by Sepahan Airlines crashed on Sunday morning into a street in the Azadi district shortly after take-off, bound for Tabas. '
        + 'It was carrying 40 passengers and eight crew members. Officials said an engine had failed during the take-off.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'partial', time: 'agree', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // Ghana's AstraZeneca doses, February 2021: the last leg's start is the other's stop, and Africa holds Accra.
    name: 'the first COVAX vaccines landing in Accra: "flown from Mumbai via Dubai" against "The Emirates flight from Dubai", "the first shipment ... to reach Africa"',
    a: {
      id: 'a', publishedAt: '2021-02-24',
      text: 'ACCRA (Reuters) - Ghana on Wednesday became the first country to receive vaccines from the COVAX initiative, with 600,000 doses of the AstraZeneca vaccine arriving at Accra\'s international airport. '
        + 'The doses, made by the Serum Institute of India, were flown from Mumbai via Dubai on an Emirates flight, UNICEF said. '
        + 'Health workers will be the first to be vaccinated, starting next week, Ghana\'s health ministry said.',
    },
    b: {
      id: 'b', publishedAt: '2021-02-24',
      text: 'ACCRA, Ghana (AP) - A plane carrying 600,000 doses of coronavirus vaccine landed in Ghana\'s capital early Wednesday, the first shipment from the U.N.-backed COVAX program to reach Africa. '
        + 'The Emirates flight from Dubai touched down at Kotoka International Airport, where health officials and U.N. representatives were waiting. '
        + 'The AstraZeneca doses, produced in India, will be given first to health workers and people over 60, officials said.',
    },
    same: true,
    expected: { aircraft: 'only-b', origin: 'partial', destination: 'agree', time: 'agree', cargo: 'only-b' },
  },
  {
    // Mali's Mi-171s, September 2021: four helicopters of one kind are no count of all the aircraft beside the cargo plane.
    name: 'Russian helicopters delivered to Bamako: "four Mi-171 military helicopters ... flown in on an Antonov An-124" against "four transport helicopters" that came "on a Russian cargo plane"',
    a: {
      id: 'a', publishedAt: '2021-09-30',
      text: 'BAMAKO (Reuters) - Mali received four Mi-171 military helicopters from Russia on Thursday, along with weapons and ammunition, Defence Minister Sadio Camara said at a ceremony at Bamako airport. '
        + 'The helicopters were flown in on an Antonov An-124 cargo plane. '
        + 'Camara said the helicopters were bought under a contract signed with Russia in December 2020 and would help the army fight Islamist militants.',
    },
    b: {
      id: 'b', publishedAt: '2021-10-01',
      text: 'BAMAKO (AFP) - Russia has delivered four transport helicopters to Mali, the West African country\'s defence minister said, as tensions grow with France over reports that Bamako is close to hiring Russian mercenaries from the Wagner group. '
        + 'The Mi-171s arrived at the airport in the capital on Thursday night on a Russian cargo plane, along with arms and ammunition, Colonel Sadio Camara told reporters. '
        + 'France has some 5,000 troops in the region fighting jihadists.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'only-b', time: 'agree', people: 'only-b', cargo: 'agree', purpose: 'only-b' },
  },
  {
    // Benigno Aquino at Manila airport, August 1983: the day of a dispute is no day of the shooting.
    name: 'an opposition leader shot stepping off his flight: "was shot dead Sunday" against "disputed on Monday the government\'s account", "Two people died in the shooting on Sunday"',
    a: {
      id: 'a', publishedAt: '1983-08-21',
      text: 'MANILA (AP) - Former Senator Benigno Aquino Jr., the chief political rival of President Ferdinand Marcos, was shot dead Sunday as he stepped off a China Airlines jet at Manila International Airport, ending three years of exile in the United States. '
        + 'The military said a gunman in a maintenance worker\'s uniform shot Aquino in the back of the head and was then killed by soldiers. '
        + 'Aquino had flown to Manila from Taipei with a group of journalists.',
    },
    b: {
      id: 'b', publishedAt: '1983-08-22',
      text: 'MANILA, Philippines (Reuters) - Journalists who flew home with opposition leader Benigno Aquino disputed on Monday the government\'s account that a lone gunman killed him on the tarmac of Manila airport. '
        + 'They said soldiers led Aquino off the China Airlines Boeing 767 from Taipei and down the stairs, and shots rang out seconds later. '
        + 'The military says the gunman, who was shot dead by troops, was a communist hitman. Two people died in the shooting on Sunday.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'only-a', time: 'agree', casualties: 'only-b' },
  },
  {
    // Musharraf's PIA flight, October 1999: a country and its city are one departure told coarser and finer.
    name: 'an army chief\'s airliner kept from landing: "flying home from Sri Lanka" against "home from Colombo", "nearly 200 other passengers" against "198 passengers aboard"',
    a: {
      id: 'a', publishedAt: '1999-10-12',
      text: 'ISLAMABAD (Reuters) - Pakistan\'s army seized power on Tuesday after Prime Minister Nawaz Sharif tried to sack army chief General Pervez Musharraf while he was flying home from Sri Lanka. '
        + 'The PIA airliner carrying Musharraf and nearly 200 other passengers was refused permission to land in Karachi and told to leave Pakistani airspace, military sources said. '
        + 'Troops took control of Karachi airport, and the plane landed with only minutes of fuel left.',
    },
    b: {
      id: 'b', publishedAt: '1999-10-13',
      text: 'KARACHI, Pakistan (AP) - The Pakistan International Airlines jet carrying the army chief home from Colombo was ordered to land in Nawabshah, about 180 miles north of Karachi, and circled with dwindling fuel while troops loyal to Gen. '
        + 'Pervez Musharraf seized the airport, officials said Wednesday. '
        + 'The Airbus, with 198 passengers aboard, finally landed in Karachi on Tuesday evening with about seven minutes of fuel left.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-b', time: 'agree', people: 'agree' },
  },
  {
    // Omar al-Bashir's flight from South Africa, June 2015: where a summit come from was held is where the flight set off.
    name: 'a president leaving in defiance of a court: "took off from Waterkloof air force base in Pretoria" against "returned home on Monday from an African Union summit in South Africa"',
    a: {
      id: 'a', publishedAt: '2015-06-15',
      text: 'JOHANNESBURG (Reuters) - Sudanese President Omar al-Bashir left South Africa on Monday, defying a court order that he stay while judges decided whether he should be arrested on war crimes charges. '
        + 'His plane took off from Waterkloof air force base in Pretoria shortly before noon, a government source said. The International Criminal Court has issued two warrants for his arrest.',
    },
    b: {
      id: 'b', publishedAt: '2015-06-15',
      text: 'KHARTOUM, Sudan (AP) - Sudanese President Omar al-Bashir returned home on Monday from an African Union summit in South Africa, where a court had ordered him not to leave the country. '
        + 'His plane landed at Khartoum airport in the afternoon, and he was greeted by cheering supporters and government ministers. Bashir waved from the steps of the aircraft.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-b', time: 'partial' },
  },
  {
    // Ashraf Ghani, August 2021: the first report's destination was wrong, and the library says the two conflict.
    name: 'a president\'s flight from Kabul: "Ghani flew to Tajikistan" against "flew from Kabul to the Uzbek city of Termez before travelling on to Abu Dhabi"',
    a: {
      id: 'a', publishedAt: '2021-08-15',
      text: 'KABUL (Reuters) - Afghan President Ashraf Ghani left the country on Sunday as Taliban insurgents closed in on Kabul, two officials said. '
        + 'Ghani flew to Tajikistan with his wife and close aides, one of the officials said. The Taliban said their fighters had been ordered to wait at the gates of the capital.',
    },
    b: {
      id: 'b', publishedAt: '2021-08-18',
      text: 'ABU DHABI, United Arab Emirates (AP) - The United Arab Emirates said on Wednesday that it had welcomed Afghan President Ashraf Ghani and his family on humanitarian grounds, ending speculation about where he had gone after fleeing Kabul on Sunday. '
        + 'Ghani flew from Kabul to the Uzbek city of Termez before travelling on to Abu Dhabi, officials said.',
    },
    same: true,
    expected: { origin: 'only-b', destination: 'conflict', time: 'agree' },
  },
  {
    // Sheikh Hasina, August 2024: the source's destination and the landing told by Indian officials conflict, as they did.
    name: 'a prime minister\'s flight into exile: "bound for the Indian state of West Bengal" against "landed at the Hindon air base near New Delhi"',
    a: {
      id: 'a', publishedAt: '2024-08-05',
      text: 'DHAKA (Reuters) - Bangladesh Prime Minister Sheikh Hasina resigned and fled the country on Monday after weeks of deadly protests. '
        + 'Hasina and her sister left Dhaka in a military helicopter bound for the Indian state of West Bengal, a source close to her said.',
    },
    b: {
      id: 'b', publishedAt: '2024-08-06',
      text: 'NEW DELHI (AP) - Sheikh Hasina, who resigned as Bangladesh\'s prime minister, landed at the Hindon air base near New Delhi on Monday evening aboard a Bangladesh air force C-130J transport plane, Indian officials said. '
        + 'She met India\'s national security adviser Ajit Doval at the base.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'conflict', time: 'agree' },
  },
  {
    // Pulkovo 612 near Donetsk, August 2006: no survivors and all killed are one toll.
    name: 'a Tu-154 into a thunderstorm over eastern Ukraine: "there were no survivors" against "killing all 170 people on board, including 45 children"',
    a: {
      id: 'a', publishedAt: '2006-08-22',
      text: 'KIEV (Reuters) - A Russian airliner carrying 170 people crashed in eastern Ukraine on Tuesday and there were no survivors, Ukraine\'s Emergencies Ministry said. '
        + 'The Pulkovo Airlines Tupolev Tu-154 was flying from the Black Sea resort of Anapa to St Petersburg when it went down near the village of Sukha Balka, about 45 km north of Donetsk.',
    },
    b: {
      id: 'b', publishedAt: '2006-08-23',
      text: 'MOSCOW (AP) - The crew of a Russian airliner that crashed in Ukraine sent a distress signal before the plane went down in a thunderstorm, killing all 170 people on board, including 45 children, investigators said Wednesday. '
        + 'The Tu-154 was flying from Anapa to St. Petersburg. Russian officials said the plane may have been caught in a violent storm at high altitude.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Kalitta Air 207, May 2008: a runway overshot on take-off places the crash where the flight set off.
    name: 'a freighter off the runway at Brussels: "overshot the runway while taking off at Brussels airport" against "skidded off the end of a runway at Brussels\' Zaventem airport"',
    a: {
      id: 'a', publishedAt: '2008-05-25',
      text: 'BRUSSELS (Reuters) - A U.S. cargo plane overshot the runway while taking off at Brussels airport on Sunday and broke in two, but the five people on board escaped, officials said. '
        + 'The Kalitta Air Boeing 747, bound for Bahrain, came to rest in a field beside a railway line. Four of them were taken to hospital with minor injuries.',
    },
    b: {
      id: 'b', publishedAt: '2008-05-25',
      text: 'BRUSSELS, Belgium (AP) - A Boeing 747 cargo jet skidded off the end of a runway at Brussels\' Zaventem airport and split in two on Sunday, injuring four of the five people aboard. '
        + 'The plane, operated by Michigan-based Kalitta Air, was carrying 76 tons of cargo to Bahrain. Investigators said a bird may have been sucked into an engine during the takeoff.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', location: 'agree', time: 'agree', people: 'agree', cargo: 'only-b', casualties: 'only-b' },
  },
  {
    // Air Philippines 541 on Samal island, April 2000: a type's name says whose approach it was.
    name: 'a 737 into a coconut plantation on its approach: "while approaching Davao airport" against "had been cleared to land at Davao airport"',
    a: {
      id: 'a', publishedAt: '2000-04-19',
      text: 'DAVAO, Philippines (Reuters) - An Air Philippines Boeing 737 carrying 131 people crashed into a coconut plantation on Samal island while approaching Davao airport on Wednesday, killing everyone on board, officials said. '
        + 'The flight from Manila went down at about 7 a.m. in bad weather.',
    },
    b: {
      id: 'b', publishedAt: '2000-04-20',
      text: 'MANILA (AP) - Rescuers recovered the last of the bodies on Thursday from the wreckage of an Air Philippines jet that slammed into a coconut grove on an island near the southern city of Davao, killing all 131 people aboard in the country\'s worst air disaster. '
        + 'The Boeing 737-200 had been cleared to land at Davao airport when it went down on Wednesday. There were 124 passengers and seven crew members aboard.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Singapore Airlines 006, October 2000: the take-off's place is the other's stop, and why a runway was shut is no purpose.
    name: 'a jumbo jet on a closed runway at Taipei: "bound for Los Angeles ... as it took off in a typhoon from Taipei" against "Flight SQ006 from Singapore to Los Angeles had stopped in Taipei", "a runway closed for repairs"',
    a: {
      id: 'a', publishedAt: '2000-10-31',
      text: 'TAIPEI (Reuters) - A Singapore Airlines jumbo jet bound for Los Angeles crashed and burst into flames as it took off in a typhoon from Taipei\'s Chiang Kai-shek International Airport on Tuesday night, killing at least 78 of the 179 people aboard, officials said. '
        + 'Rescuers pulled dozens of survivors from the burning wreckage.',
    },
    b: {
      id: 'b', publishedAt: '2000-11-02',
      text: 'TAIPEI, Taiwan (AP) - The Singapore Airlines Boeing 747 that crashed in Taipei had started its takeoff on a runway closed for repairs and slammed into construction equipment, investigators said Thursday. '
        + 'Flight SQ006 from Singapore to Los Angeles had stopped in Taipei. The death toll from Tuesday\'s crash rose to 82 when an injured passenger died.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'agree', time: 'agree', people: 'only-a', casualties: 'partial' },
  },
  {
    // Aeromexico 498 and the Piper, August 1986: one craft's dead are some of both craft's.
    name: 'a midair collision over Cerritos: "killing all 67 people aboard the two aircraft" against "Sixty-four people died on the Aeromexico DC-9 and three on the Piper"',
    a: {
      id: 'a', publishedAt: '1986-08-31',
      text: 'CERRITOS, Calif. (AP) - An Aeromexico jetliner and a small private plane collided over a residential neighborhood Sunday, sending flaming wreckage onto homes and killing all 67 people aboard the two aircraft and at least 15 people on the ground, authorities said. '
        + 'The DC-9, on a flight from Tijuana, Mexico, to Los Angeles International Airport, was preparing to land when it collided with a single-engine Piper.',
    },
    b: {
      id: 'b', publishedAt: '1986-09-01',
      text: 'LOS ANGELES (Reuters) - The death toll from the collision of a Mexican airliner and a light plane over the Los Angeles suburb of Cerritos rose to 82 on Monday as searchers found more bodies in the burned homes. '
        + 'The Piper PA-28 had strayed into restricted airspace without clearance, federal officials said. Sixty-four people died on the Aeromexico DC-9 and three on the Piper.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', time: 'partial', people: 'only-a', casualties: 'partial', cause: 'only-a' },
  },
  {
    // The A400M at Seville, May 2015: where the craft was to be delivered is no destination of the flight.
    name: 'an A400M on its first test flight: "The plane, due to be delivered to Turkey" against "destined for the Turkish air force", "killing four of the six crew"',
    a: {
      id: 'a', publishedAt: '2015-05-09',
      text: 'MADRID (Reuters) - An Airbus A400M military transport plane crashed near Seville airport in southern Spain on Saturday during a test flight, killing four crew members and seriously injuring two, officials said. '
        + 'The plane, due to be delivered to Turkey, came down in a field shortly after taking off from San Pablo airport.',
    },
    b: {
      id: 'b', publishedAt: '2015-05-10',
      text: 'SEVILLE, Spain (AP) - Investigators on Sunday began examining the flight recorders of the Airbus A400M that crashed near Seville, killing four of the six crew on board. '
        + 'Airbus said the plane, which was destined for the Turkish air force, had been on its first test flight when the pilots reported a technical failure and tried to return to San Pablo airport. '
        + 'The two survivors were in serious condition.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'agree', time: 'partial', people: 'only-b', casualties: 'partial', cause: 'only-b' },
  },
  {
    // The Moroccan C-130, July 2011: a toll that rose is of another moment.
    name: 'a Hercules into a mountain near Guelmim: "killing at least 78 people" against "The death toll ... rose to 80", "from Dakhla in Western Sahara to Kenitra"',
    a: {
      id: 'a', publishedAt: '2011-07-26',
      text: 'RABAT (Reuters) - A Moroccan military transport plane crashed into a mountain in the south of the country on Tuesday, killing at least 78 people, the army said. '
        + 'The C-130 Hercules was flying from Dakhla in Western Sahara to Kenitra when it came down near Guelmim in bad weather. Three survivors were taken to hospital.',
    },
    b: {
      id: 'b', publishedAt: '2011-07-27',
      text: 'RABAT, Morocco (AP) - The death toll in the crash of a Moroccan military plane rose to 80 on Wednesday after two of the injured died, the armed forces said. '
        + 'The Hercules, carrying 60 soldiers, 12 crew members and nine civilians, slammed into a mountain near the southern town of Guelmim on Tuesday as it was preparing to land there in fog.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'agree', people: 'only-b', casualties: 'partial', cause: 'agree' },
  },
  {
    // Canada's Wuhan airlift, February 2020: the group carried is the one the other counts among all aboard, and CFB Trenton is Trenton's base.
    name: 'an evacuation flight from Wuhan: "A plane carrying 176 Canadians" against "carrying 211 people, including 176 Canadians", "the Canadian Forces Base in Trenton, Ontario" against "CFB Trenton"',
    a: {
      id: 'a', publishedAt: '2020-02-07',
      text: 'TORONTO (Reuters) - A plane carrying 176 Canadians evacuated from the Chinese city of Wuhan landed at the Canadian Forces Base in Trenton, Ontario, on Friday, where they will be quarantined for 14 days, officials said. '
        + 'The chartered flight stopped in Vancouver to refuel.',
    },
    b: {
      id: 'b', publishedAt: '2020-02-07',
      text: 'TRENTON, Ontario (AP) - A chartered plane carrying 211 people, including 176 Canadians, touched down at CFB Trenton early on Friday after a refuelling stop in Vancouver. '
        + 'The flight left Wuhan on Thursday. Those aboard will spend two weeks in quarantine at a hotel on the base.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', time: 'partial', people: 'partial' },
  },
  {
    // Australia's Wuhan airlift, February 2020: the first leg's end is a stop of the whole journey.
    name: 'Wuhan evacuees flown on to Christmas Island: "landed at the Learmonth air force base" against "flown from Learmonth on five smaller planes" to Christmas Island',
    a: {
      id: 'a', publishedAt: '2020-02-03',
      text: 'SYDNEY (Reuters) - A Qantas jet carrying 243 Australians evacuated from Wuhan landed at the Learmonth air force base in Western Australia on Monday, and the passengers were then flown on smaller planes to an immigration detention centre on Christmas Island to be quarantined, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2020-02-03',
      text: 'CHRISTMAS ISLAND, Australia (AP) - Australians evacuated from the Chinese city of Wuhan arrived on Christmas Island on Monday to spend two weeks in quarantine at a detention centre. '
        + 'They had been flown from Learmonth on five smaller planes after their Qantas flight from Wuhan landed there, the government said. Among the 243 evacuees were 89 children.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'partial', time: 'agree', people: 'partial' },
  },
  {
    // EAS Airlines 4226 at Kano, May 2002: the leg flown in on is no departure of the flight, and the dead told on the plane and on the ground are all the dead.
    name: 'a BAC 1-11 into homes after takeoff: "taking off from the northern city of Kano" against "which had flown in from Jos, crashed ... moments after takeoff", "at least 100 people on the plane and on the ground"',
    a: {
      id: 'a', publishedAt: '2002-05-04',
      text: 'KANO, Nigeria (Reuters) - A Nigerian airliner crashed into a crowded residential area shortly after taking off from the northern city of Kano on Saturday, killing at least 100 people on the plane and on the ground, officials said. '
        + 'The EAS Airlines BAC 1-11 was bound for Lagos with 77 people on board.',
    },
    b: {
      id: 'b', publishedAt: '2002-05-05',
      text: 'KANO, Nigeria (AP) - Rescue workers pulled more bodies from the ruins of homes on Sunday, and the death toll from the crash of a Nigerian jet in the northern city of Kano rose to 148, including 75 people on the ground. '
        + 'The twin-engine jet, which had flown in from Jos, crashed in the Gwammaja district moments after takeoff. Four passengers survived.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'only-a', location: 'only-b', time: 'partial', people: 'only-a', casualties: 'partial' },
  },
  {
    // The Slovak peacekeepers' flight from Pristina, January 2006: a survivor's condition dates no crash.
    name: 'a Slovak An-24 into a Hungarian hillside: "on Thursday" against "was in stable condition on Friday" and "on Thursday night", "killing 42 of the 43" against "the lone survivor"',
    a: {
      id: 'a', publishedAt: '2006-01-19',
      text: 'BUDAPEST (Reuters) - A Slovak military plane carrying peacekeepers home from Kosovo crashed in northeastern Hungary on Thursday, killing 42 of the 43 people on board, officials said. '
        + 'The Antonov An-24 was flying from Pristina to the eastern Slovak city of Kosice when it went down in a forest near the village of Hejce, close to the Slovak border.',
    },
    b: {
      id: 'b', publishedAt: '2006-01-20',
      text: 'BRATISLAVA, Slovakia (AP) - The lone survivor of a Slovak military plane crash in Hungary was in stable condition on Friday, doctors said. '
        + 'The plane, carrying soldiers who had served with NATO peacekeepers in Kosovo, slammed into a snowy hillside about 20 kilometers (12 miles) from the Slovak border on Thursday night. '
        + 'Slovakia declared a day of mourning for the 42 dead.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'agree', people: 'only-a', casualties: 'partial' },
  },
  {
    // Boris Trajkovski near Mostar, February 2004: one named and eight others are the nine aboard.
    name: 'a president\'s King Air into a Bosnian mountainside: "carrying Trajkovski and eight others" against "killing all nine people aboard"',
    a: {
      id: 'a', publishedAt: '2004-02-26',
      text: 'SARAJEVO (Reuters) - Macedonian President Boris Trajkovski was killed on Thursday when his plane crashed in bad weather in southern Bosnia, officials said. '
        + 'The King Air 200 carrying Trajkovski and eight others crashed near the village of Huskovici, south of Mostar, on its way to an investment conference in the town.',
    },
    b: {
      id: 'b', publishedAt: '2004-02-27',
      text: 'SKOPJE, Macedonia (AP) - Macedonia mourned President Boris Trajkovski on Friday, a day after his plane slammed into a mountainside in fog and rain as it approached Mostar airport in Bosnia-Herzegovina, killing all nine people aboard. '
        + 'The plane had taken off from Skopje.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'only-b', location: 'only-a', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'partial' },
  },
  {
    // Copterline's S-76, August 2005: everyone feared dead is a toll of everyone aboard, which the bodies recovered meet.
    name: 'a shuttle helicopter into the sea off Tallinn: "all on board are feared dead" against "Divers recovered the bodies of all 14 people"',
    a: {
      id: 'a', publishedAt: '2005-08-10',
      text: 'HELSINKI (Reuters) - A Finnish passenger helicopter with 14 people on board crashed into the Baltic Sea shortly after taking off from the Estonian capital Tallinn on Wednesday, and all on board are feared dead, officials said. '
        + 'The Copterline Sikorsky S-76 was on a regular shuttle flight to Helsinki.',
    },
    b: {
      id: 'b', publishedAt: '2005-08-11',
      text: 'TALLINN, Estonia (AP) - Divers recovered the bodies of all 14 people killed when a Finnish helicopter plunged into the sea off Tallinn, officials said Thursday. '
        + 'The Sikorsky S-76C+ went down about three minutes after it took off for Helsinki on Wednesday. The 12 passengers and two pilots included Finns, Estonians and two Americans.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', location: 'partial', time: 'agree', people: 'partial', casualties: 'partial' },
  },
  {
    // Iberia 602, January 1972: a Caravelle named by its nickname after the airline's, and high ground flown into, which is where it crashed.
    name: 'an airliner into a mountain on Ibiza: "flew into a mountainside on Ibiza" against "crashed into a mountain on the Mediterranean island of Ibiza"',
    a: {
      id: 'a', publishedAt: '1972-01-07',
      text: 'MADRID (AP) - A Spanish airliner carrying 104 people crashed into a mountain on the Mediterranean island of Ibiza on Friday as it came in to land, and officials said there were no survivors. '
        + 'The Iberia Caravelle jet, on a flight from Madrid by way of Valencia, struck the Atalayasa peak about 12 miles from Ibiza airport shortly after the pilot radioed that he was beginning his descent. '
        + 'The airline said 98 passengers and a crew of six were aboard. Many of the passengers were islanders returning home after the Christmas and Epiphany holidays. '
        + 'Civil Guards and soldiers climbed to the wreckage, which was scattered near the summit of the 1,560-foot mountain.',
    },
    b: {
      id: 'b', publishedAt: '1972-01-08',
      text: 'PALMA DE MALLORCA, Spain (Reuters) - Rescue teams recovered bodies on Saturday from the wreck of an Iberia airliner that flew into a mountainside on Ibiza, killing all 104 people on board. '
        + 'The twin-engined Sud Aviation Caravelle had left Valencia on the last leg of a flight from Madrid and was descending towards the island\'s airport in good weather when it hit Mount Atalayasa, just below the top. '
        + 'Investigators from Madrid were trying to establish why the jet was flying so low. It was the worst air disaster in Spain\'s history, the Civil Aviation Ministry said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', location: 'agree', time: 'partial', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // The Zagreb mid-air collision, September 1976: each craft's dead add up to everyone aboard both, and Yugoslavia may hold a site near Zagreb.
    name: 'two airliners collided over Yugoslavia: "all 176 people aboard the two planes" against "All 63 people on the British Airways Trident 3 and all 113 on the Inex-Adria Aviopromet DC-9"',
    a: {
      id: 'a', publishedAt: '1976-09-10',
      text: 'BELGRADE (Reuters) - A British Airways Trident and a Yugoslav charter DC-9 collided in mid-air near Zagreb on Friday, killing all 176 people aboard the two planes, Yugoslav officials said. '
        + 'The British jet, flight BA476 from London to Istanbul, was carrying 54 passengers and nine crew. '
        + 'The Inex-Adria DC-9, flying from Split to Cologne with mostly West German holidaymakers, had 108 passengers and five crew. '
        + 'Wreckage fell on fields near the village of Vrbovec, about 20 miles northeast of Zagreb. Air traffic controllers at Zagreb were being questioned, officials said.',
    },
    b: {
      id: 'b', publishedAt: '1976-09-11',
      text: 'ZAGREB, Yugoslavia (AP) - Investigators on Saturday began examining the wreckage of two airliners that collided at 33,000 feet over northern Yugoslavia, the worst mid-air collision in aviation history. '
        + 'All 63 people on the British Airways Trident 3 and all 113 on the Inex-Adria Aviopromet DC-9 were killed when the planes hit on Friday near Vrbovec. '
        + 'The Trident had left Heathrow airport bound for Istanbul. The DC-9 was taking German tourists from the Adriatic resort of Split to Cologne. '
        + 'Yugoslav authorities said several air traffic controllers had been detained.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'partial', time: 'partial', people: 'partial', casualties: 'partial', cause: 'agree' },
  },
  {
    // SAS 1209, September 2007: a fleet kept on the ground counts none of the story's aircraft, and keeping it dates no landing.
    name: 'a landing gear gave way at Aalborg: "SAS kept more than two dozen turboprop planes on the ground on Monday" against one Dash 8 on Sunday',
    a: {
      id: 'a', publishedAt: '2007-09-09',
      text: 'COPENHAGEN (Reuters) - A Scandinavian Airlines plane with 73 people on board skidded off the runway and caught fire after its landing gear collapsed at Aalborg airport in northern Denmark on Sunday, but all passengers escaped, police said. '
        + 'Five people were slightly injured. The Bombardier Dash 8 Q400 was flying from Copenhagen with 69 passengers and four crew. '
        + 'Television pictures showed the plane lying on its side with a wing torn off. SAS said it was grounding its fleet of Dash 8 Q400 aircraft for inspection.',
    },
    b: {
      id: 'b', publishedAt: '2007-09-10',
      text: 'STOCKHOLM (AP) - SAS kept more than two dozen turboprop planes on the ground on Monday after the right landing gear of one of them gave way as it touched down in Aalborg, Denmark. '
        + 'The SAS flight from Copenhagen landed on its belly Sunday afternoon and the right engine caught fire, but all 69 passengers and four crew members got out. '
        + 'A handful of passengers were treated for minor injuries. The airline said it would check the landing gear of all 27 of its Bombardier Q400 planes.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Alliance Air 7412, July 2000: a neighbourhood the gazetteer lacks lies in the town named after it.
    name: 'an airliner into homes in Patna: "a crowded residential area of the eastern city of Patna" against "the Gardanibagh neighbourhood of Patna"',
    a: {
      id: 'a', publishedAt: '2000-07-17',
      text: 'NEW DELHI (Reuters) - An Indian airliner crashed into a crowded residential area of the eastern city of Patna on Monday as it came in to land, killing at least 55 people, officials said. '
        + 'The Alliance Air Boeing 737, on a flight from Calcutta to New Delhi with a stop in Patna, was carrying 52 passengers and six crew. '
        + 'It came down on a row of houses about two kilometres from the airport. Officials said several people on the ground were also killed. '
        + 'Six passengers were pulled alive from the wreckage.',
    },
    b: {
      id: 'b', publishedAt: '2000-07-18',
      text: 'PATNA, India (AP) - Rescue workers on Tuesday pulled more bodies from the debris of an Alliance Air jet that plowed into homes in the Gardanibagh neighbourhood of Patna, raising the toll to 60, including five people on the ground. '
        + 'The Boeing 737-200, a subsidiary of state-run Indian Airlines, was approaching Patna airport on its way from Calcutta to Delhi on Monday morning when it banked sharply and fell. '
        + 'Fifty-five of the 58 people on board died. Aviation Minister Sharad Yadav said the pilot had not reported any problem.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', location: 'partial', time: 'partial', people: 'agree', casualties: 'partial' },
  },
  {
    // The Togo sports minister's Mi-8, June 2007: a shuttle names where it was to land.
    name: 'a helicopter exploded landing at Lungi: "shuttling the delegation to Lungi airport" against "crashed and burst into flames at Sierra Leone\'s Lungi international airport"',
    a: {
      id: 'a', publishedAt: '2007-06-03',
      text: 'FREETOWN (Reuters) - A helicopter carrying Togo\'s sports minister and fans returning from a football match crashed and burst into flames at Sierra Leone\'s Lungi international airport on Sunday, killing 22 people, officials said. '
        + 'The Russian-built Mi-8, operated by the local Paramount Airlines, was flying the Togolese delegation from Freetown across the estuary to the airport, where a plane was waiting to take them home. '
        + 'Sports Minister Richard Attipoe was among the dead. One person survived. Togo had lost 1-0 to Sierra Leone in an African Nations Cup qualifier on Saturday.',
    },
    b: {
      id: 'b', publishedAt: '2007-06-04',
      text: 'LOME (AFP) - Togo declared three days of national mourning on Monday after a helicopter crash in Sierra Leone killed its sports minister and 21 other people. '
        + 'The helicopter was shuttling the delegation to Lungi airport after Saturday\'s qualifying match in Freetown when it exploded as it came in to land on Sunday afternoon. '
        + 'President Faure Gnassingbe said Minister Richard Attipoe had died serving his country. A member of the delegation was the only survivor.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-b', location: 'partial', time: 'partial', casualties: 'agree' },
  },
  {
    // January 2022: lethal aid is weapons, what a weighed load included is named, and troops massed near a border are no load.
    name: 'the first U.S. aid flight to Kyiv: "nearly 200,000 pounds of lethal aid, including ammunition" against "about 90 tonnes of military assistance, including ammunition"',
    a: {
      id: 'a', publishedAt: '2022-01-22',
      text: 'KYIV (Reuters) - A first shipment of U.S. military aid under a new $200 million package arrived in Kyiv on Saturday, the U.S. embassy said, as Washington sought to bolster Ukraine against a possible Russian invasion. '
        + 'The cargo plane landed at Boryspil airport with nearly 200,000 pounds of lethal aid, including ammunition for the front line defenders of Ukraine, the embassy said on Facebook. '
        + 'Ukrainian Defence Minister Oleksii Reznikov thanked the United States on Twitter. Russia has massed about 100,000 troops near Ukraine\'s borders but denies planning an attack.',
    },
    b: {
      id: 'b', publishedAt: '2022-01-23',
      text: 'WASHINGTON (AP) - The first U.S. weapons delivery under a $200 million package approved by President Joe Biden in December reached Ukraine late Saturday. '
        + 'The Boeing 747 freighter touched down at Kyiv\'s Boryspil International Airport carrying about 90 tonnes of military assistance, including ammunition, U.S. officials said. '
        + 'The Pentagon said more shipments would follow in the coming days. '
        + 'Britain has flown anti-tank weapons to Ukraine this week, and the Baltic states have said they will send Stinger and Javelin missiles.',
    },
    same: true,
    expected: { aircraft: 'partial', destination: 'agree', time: 'partial', cargo: 'agree' },
  },
  {
    // South African Airways 295, the Helderberg, November 1987: an ocean beside a site of a country is the vaguer telling of it, and smoke a crew reports is a fire on board.
    name: 'a jumbo jet into the sea off Mauritius: "crashed into the Indian Ocean off Mauritius ... after the crew reported smoke in the cabin" against "had reported a fire in the cargo hold"',
    a: {
      id: 'a', publishedAt: '1987-11-28',
      text: 'PORT LOUIS, Mauritius (Reuters) - A South African Airways Boeing 747 with 159 people aboard crashed into the Indian Ocean off Mauritius early on Saturday after the crew reported smoke in the cabin, airline officials said. '
        + 'The jumbo jet, flight SA295 from Taipei to Johannesburg, was due to refuel in Mauritius. '
        + 'The pilot radioed the control tower at Plaisance airport that there was smoke on board and asked for permission to make an emergency landing. Contact was lost minutes later. '
        + 'Search ships and aircraft found floating debris and bodies about 250 km northeast of the island.',
    },
    b: {
      id: 'b', publishedAt: '1987-11-29',
      text: 'JOHANNESBURG (AP) - South African Airways said on Sunday there was no hope of finding survivors among the 140 passengers and 19 crew of its Boeing 747 Combi that plunged into the sea off Mauritius. '
        + 'The airliner, named Helderberg, was carrying passengers and cargo on the main deck on a flight from Taiwan. '
        + 'Its captain, Dawie Uys, had reported a fire in the cargo hold before radio contact was lost on Saturday. Rescue teams have recovered eight bodies.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'agree', time: 'agree', people: 'agree', cargo: 'only-b', casualties: 'only-b', purpose: 'only-a', cause: 'agree' },
  },
  {
    // Aerosvit 241, December 1997: the stop of one report is where the other's last leg began, and high ground slammed into is a terrain collision.
    name: 'an airliner into a mountain near Thessaloniki: "flying from Kiev to Thessaloniki by way of Odessa" against "carrying 62 passengers and eight crew from Odessa"',
    a: {
      id: 'a', publishedAt: '1997-12-18',
      text: 'ATHENS (Reuters) - Rescuers on Thursday found the wreckage of a Ukrainian airliner that disappeared while trying to land at Thessaloniki in northern Greece with 70 people on board, and officials said there were no survivors. '
        + 'The Aerosvit Yak-42 had been flying from Kiev to Thessaloniki by way of Odessa. '
        + 'It crashed into a mountain near the village of Pieria, about 60 km southwest of the city, on Wednesday night after missing its approach in fog.',
    },
    b: {
      id: 'b', publishedAt: '1997-12-19',
      text: 'KIEV (AP) - Ukraine on Friday declared a day of mourning for the 70 people killed when an Aerosvit Yakovlev-42 slammed into a snow-covered mountain in northern Greece. '
        + 'The plane, carrying 62 passengers and eight crew from Odessa, lost contact with Thessaloniki airport on Wednesday as it circled in bad weather. '
        + 'Greek officials said the crew had not followed instructions from the control tower. Most of the passengers were Greek citizens returning home for Christmas.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // Asiana 733, July 1993: a group's survivors are some of all the survivors, no later count of them.
    name: 'a jet into a mountain near Mokpo: "Forty-eight people survived" against "two of the six crew members survived" a day on',
    a: {
      id: 'a', publishedAt: '1993-07-26',
      text: 'SEOUL (Reuters) - An Asiana Airlines Boeing 737 with 116 people on board crashed into a mountain in heavy rain on Monday as it tried to land at the southwestern port city of Mokpo, killing at least 66 people, police said. '
        + 'The domestic flight from Seoul\'s Kimpo airport was making its third attempt to land when it hit Mount Ungeo, about 10 km from the airport. '
        + 'Forty-eight people survived, many of them badly injured.',
    },
    b: {
      id: 'b', publishedAt: '1993-07-27',
      text: 'MOKPO, South Korea (AP) - The death toll from the crash of an Asiana Airlines jetliner in southwestern South Korea rose to 68 on Tuesday, officials said. '
        + 'The Boeing 737-500 slammed into a hillside on Monday afternoon after circling for about 30 minutes in a storm. '
        + 'Forty-four of the 110 passengers and two of the six crew members survived. Transport Minister Lee Kye-ik said the pilot should not have tried to land in such poor visibility.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'agree', casualties: 'partial', cause: 'agree' },
  },
  {
    // Vietnam Airlines 815, September 1997: grounding the fleet on Thursday dates no crash, and a boy pulled alive is a survivor.
    name: 'a jet short of the runway at Phnom Penh: "A baby boy was pulled alive" against "on Thursday grounded its remaining Tu-134 planes pending an investigation into the crash"',
    a: {
      id: 'a', publishedAt: '1997-09-03',
      text: 'PHNOM PENH (Reuters) - A Vietnam Airlines Tupolev 134 crashed in a rice field as it came in to land at Phnom Penh\'s Pochentong airport in heavy rain on Wednesday, killing 64 people, Cambodian officials said. '
        + 'A baby boy was pulled alive from the wreckage and taken to hospital. The flight from Ho Chi Minh City was carrying 60 passengers and six crew. '
        + 'Witnesses said the plane clipped a row of palm trees before it broke apart.',
    },
    b: {
      id: 'b', publishedAt: '1997-09-04',
      text: 'HANOI (AP) - Vietnam Airlines on Thursday grounded its remaining Tu-134 planes pending an investigation into the crash near Phnom Penh, which killed 65 of the 66 people aboard. '
        + 'A 14-month-old Thai boy survived. '
        + 'The Soviet-built jet went down about 300 meters short of the runway on Wednesday after the pilot ignored instructions from the control tower to abort the landing, Cambodian officials said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-a' },
  },
  {
    // Aerocaribbean 883, November 2010: Guasimal lies in Sancti Spiritus, and everyone aboard is the passengers and crew.
    name: 'a turboprop down in Sancti Spiritus: "68 people" against "all 61 passengers and seven crew members"',
    a: {
      id: 'a', publishedAt: '2010-11-04',
      text: 'HAVANA (Reuters) - A Cuban airliner carrying 68 people, including 28 foreigners, crashed in the central province of Sancti Spiritus on Thursday and there were no survivors, Cuban state media said. '
        + 'The Aerocaribbean ATR-72 turboprop was flying from Santiago de Cuba to Havana when it reported an emergency and lost contact. '
        + 'It came down near the village of Guasimal in a mountainous area. The foreigners included nine Argentines, seven Mexicans, a Dutchman and a Spaniard.',
    },
    b: {
      id: 'b', publishedAt: '2010-11-05',
      text: 'HAVANA (AP) - Rescue workers on Friday recovered the flight recorders of a Cuban turboprop that crashed in the center of the island a day earlier, killing all 61 passengers and seven crew members on board. '
        + 'The ATR 72 had left the eastern city of Santiago de Cuba for the capital when it went down in bad weather in Sancti Spiritus province. '
        + 'State television said 28 of the passengers were from other countries.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', location: 'partial', time: 'partial', people: 'partial', casualties: 'agree', cause: 'only-b' },
  },
  {
    // The Algerian C-130 of February 2014: a toll that replaces an earlier figure is one of another moment. Left alone: the earlier figure of 103 people on board, which b names, is read as b's own count aboard.
    name: 'a Hercules into a mountain in Algeria: "carrying 103 people ... killing everyone on board except one" against "The death toll ... is 77, ... revising an earlier figure of 103"',
    a: {
      id: 'a', publishedAt: '2014-02-11',
      text: 'ALGIERS (Reuters) - An Algerian military transport plane carrying 103 people crashed into a mountain in the east of the country on Tuesday, killing everyone on board except one, state media said. '
        + 'The Hercules C-130 was flying from Tamanrasset in the far south to Constantine when it went down in bad weather near Oum El Bouaghi. '
        + 'Soldiers and their families were among the passengers.',
    },
    b: {
      id: 'b', publishedAt: '2014-02-12',
      text: 'ALGIERS (AP) - The death toll in the crash of an Algerian military plane is 77, the defense ministry said on Wednesday, revising an earlier figure of 103 people on board. '
        + 'One soldier survived with head injuries and was in hospital. '
        + 'The C-130 transport, carrying 74 passengers and four crew, slammed into Mount Fortas in Oum El Bouaghi province on Tuesday after it was caught in a snowstorm. '
        + 'President Abdelaziz Bouteflika declared three days of national mourning.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'partial', time: 'agree', people: 'partial', casualties: 'partial', cause: 'partial' },
  },
  {
    // Santa Barbara 518, February 2008: the Andes is an area of no one country, and the airport of Merida is in Merida.
    name: 'a turboprop into the Andes after leaving Merida: "crashed in the Andes mountains" against "slammed into a mountain in the Andes"',
    a: {
      id: 'a', publishedAt: '2008-02-22',
      text: 'CARACAS (Reuters) - Venezuelan rescuers on Friday found the wreckage of an airliner that crashed in the Andes mountains shortly after taking off from the city of Merida with 46 people on board, and said there were no survivors. '
        + 'The Santa Barbara Airlines ATR 42 was headed to Caracas on Thursday evening when it lost contact with controllers about five minutes into the flight. '
        + 'The wreckage was spotted from a helicopter at about 4,000 metres near the Mucuchies area.',
    },
    b: {
      id: 'b', publishedAt: '2008-02-23',
      text: 'MERIDA, Venezuela (AP) - Soldiers began recovering the bodies on Saturday of the 43 passengers and three crew members killed when a Santa Barbara Airlines turboprop slammed into a mountain in the Andes on Thursday. '
        + 'The twin-engine plane, bound for Caracas, went down in the Paramo de Mucuchies minutes after leaving Merida\'s Alberto Carnevalli airport in fog. '
        + 'Transportation Minister Isidro Rondon said the pilots had taken an unauthorised route.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', location: 'partial', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Kolavia 348, New Year's Day 2011: everyone aboard is the passengers and crew, and a fire that broke out in the cabin is a fire on board.
    name: 'a Tu-154 burned while taxiing at Surgut: "124 passengers and eight crew" against "three of the 132 people on board"',
    a: {
      id: 'a', publishedAt: '2011-01-01',
      text: 'MOSCOW (Reuters) - A Russian Tu-154 airliner caught fire and exploded as it taxied for take-off at the Siberian city of Surgut on Saturday, killing three people and injuring 43, officials said. '
        + 'The Kolavia plane, bound for Moscow\'s Domodedovo airport with 124 passengers and eight crew, was preparing to take off when a fire broke out in the cabin. '
        + 'Most of those on board escaped down emergency chutes before the fuel tanks exploded.',
    },
    b: {
      id: 'b', publishedAt: '2011-01-02',
      text: 'SURGUT, Russia (AP) - Investigators on Sunday were examining the charred wreckage of a Tupolev Tu-154 that burst into flames on the runway at Surgut airport in western Siberia, killing three of the 132 people on board. '
        + 'The fire started near the rear engines as the plane was taxiing on New Year\'s Day, the Investigative Committee said. '
        + 'Officials said 43 people were taken to hospitals, most with burns and smoke inhalation.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'only-b', time: 'partial', people: 'agree', casualties: 'agree', cause: 'only-a' },
  },
  {
    // Alrosa 514, September 2010: a plane its pilots brought down safely landed, and downed nothing.
    name: 'a Tu-154 without power landed on a disused strip at Izhma: "praised the pilots of a Tupolev 154 who brought the plane down safely"',
    a: {
      id: 'a', publishedAt: '2010-09-07',
      text: 'MOSCOW (Reuters) - A Russian Tu-154 airliner that lost all electrical power at high altitude made an emergency landing on a disused airstrip in the northern Komi republic on Tuesday, and none of the 81 people on board was hurt, officials said. '
        + 'The Alrosa plane, flying from Yakutia to Moscow, skidded off the end of the short runway in the village of Izhma and came to rest in a forest. '
        + 'The crew had lost navigation and fuel pumps and had fuel for only a few minutes.',
    },
    b: {
      id: 'b', publishedAt: '2010-09-08',
      text: 'MOSCOW (AP) - Russian aviation officials on Wednesday praised the pilots of a Tupolev 154 who brought the plane down safely on an abandoned airstrip near the village of Izhma after an electrical failure knocked out its navigation equipment. '
        + 'The plane, carrying 72 passengers and nine crew members from Polyarny in Yakutia to Moscow\'s Domodedovo airport, overran the 1,300-meter runway on Tuesday but nobody was injured. '
        + 'Izhma\'s airfield had been closed to airliners for years.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'agree', location: 'only-a', time: 'agree', people: 'agree', casualties: 'agree', cause: 'only-b' },
  },
  {
    // Angara Airlines, June 2019: two named victims before their fate are two dead.
    name: 'an An-24 off the runway at Nizhneangarsk: "killing both pilots" against "The captain and the flight engineer were killed"',
    a: {
      id: 'a', publishedAt: '2019-06-27',
      text: 'MOSCOW (Reuters) - A passenger plane overshot the runway and crashed into a building as it landed in Nizhneangarsk in the Siberian region of Buryatia on Thursday, killing both pilots, Russian officials said. '
        + 'The Angara Airlines Antonov An-24, flying from the regional capital Ulan-Ude, caught fire after hitting a sewage treatment plant. '
        + 'Forty-three of the 47 people on board were evacuated, and more than 20 were taken to hospital.',
    },
    b: {
      id: 'b', publishedAt: '2019-06-28',
      text: 'ULAN-UDE, Russia (AP) - Russian investigators on Friday opened a criminal case after an An-24 plane made an emergency landing in Nizhneangarsk, on the shores of Lake Baikal, veered off the runway and burst into flames. '
        + 'The captain and the flight engineer were killed. The plane had 43 passengers and four crew members on board, officials said. '
        + 'The crew had reported an engine failure shortly before the landing.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'agree', time: 'partial', people: 'agree', casualties: 'partial', cause: 'only-b' },
  },
  {
    // The Equatorial Guinea coup plot, March 2004: a company's reason and a government's, told by one report, are a dispute.
    name: 'a Boeing 727 seized at Harare with 64 men: guarding mines against "a plot to overthrow the government"',
    a: {
      id: 'a', publishedAt: '2004-03-08',
      text: 'HARARE, March 8 (Reuters) - Zimbabwe has seized a U.S.-registered cargo plane carrying 64 suspected mercenaries and military equipment, Home Affairs Minister Kembo Mohadi said on Monday. '
        + 'The Boeing 727 was impounded at Harare International Airport late on Sunday after its crew made a false declaration of its cargo and crew, Mohadi said in a statement read on state television. '
        + 'The plane had flown in from South Africa, he said. "The aircraft was carrying 64 people of various nationalities who are suspected to be mercenaries," the statement said. '
        + 'The men included South Africans, Namibians, Angolans and Congolese, officials said. Zimbabwe has not said where it believes the plane was going.',
    },
    b: {
      id: 'b', publishedAt: '2004-03-09',
      text: 'JOHANNESBURG (AFP) - A South African security company said on Tuesday that the 64 men held in Zimbabwe were on their way to guard mines in the Democratic Republic of Congo, rejecting claims that they were mercenaries. '
        + 'Logo Logistics said the men had been hired to provide security at mining operations in eastern Congo and that the Boeing 727 had stopped in Harare to pick up equipment. '
        + 'The plane left Wonderboom airport near Pretoria on Sunday. '
        + 'Zimbabwe\'s government has said the men were part of a plot to overthrow the government of Equatorial Guinea, where authorities arrested 15 suspected mercenaries on Monday. '
        + 'President Teodoro Obiang Nguema\'s government said the group was planning a coup. Former British special forces officer Simon Mann was among those held in Harare, officials said.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', time: 'agree', people: 'partial', cargo: 'only-a', purpose: 'disputed' },
  },
  {
    // July 2007: six medics freed by Libya, told on the day and the day after; the children infected and dead are no toll of the flight.
    name: 'the Bulgarian medics flown from Tripoli to Sofia on a French government plane',
    a: {
      id: 'a', publishedAt: '2007-07-24',
      text: 'SOFIA, July 24 (Reuters) - Five Bulgarian nurses and a Palestinian doctor jailed in Libya for eight years landed in Sofia on Tuesday aboard a French government plane, hours after Libya agreed to send them home. '
        + 'Bulgarian President Georgi Parvanov pardoned the six medics minutes after they arrived, freeing them from the life sentences they had been due to serve in Bulgaria. '
        + 'The medics had been sentenced to death in Libya for infecting hundreds of children with HIV, charges they always denied. '
        + 'They flew from Tripoli with Cecilia Sarkozy, the wife of the French president, and European Commissioner Benita Ferrero-Waldner. '
        + 'Hundreds of relatives and well-wishers cheered as they stepped off the plane.',
    },
    b: {
      id: 'b', publishedAt: '2007-07-25',
      text: 'SOFIA, Bulgaria (AP) - Six medics freed by Libya after more than eight years in prison were back in Bulgaria on Wednesday, a day after a French presidential jet flew them to Sofia. '
        + 'The five nurses and the doctor, who was given Bulgarian citizenship last month, were pardoned by President Georgi Parvanov shortly after the Airbus landed on Tuesday morning. '
        + 'Libya said the pardon violated the prisoner transfer agreement under which it handed them over, and the Arab League condemned it. '
        + 'The medics had been convicted of deliberately infecting 438 children with the AIDS virus at a hospital in Benghazi; 56 of the children have died. '
        + 'International experts said the infections were caused by poor hygiene at the hospital before the medics arrived.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'agree', time: 'partial', people: 'agree' },
  },
  {
    // March 2006: a lead that follows up within hours dates the event near it, and a war's dead in its years are no toll.
    name: 'Charles Taylor flown to Monrovia, then by U.N. helicopter to Freetown: "on Wednesday, hours after he was arrested"',
    a: {
      id: 'a', publishedAt: '2006-03-29',
      text: 'MONROVIA, March 29 (Reuters) - Former Liberian President Charles Taylor was flown back to Liberia on Wednesday, hours after he was arrested in northeastern Nigeria trying to flee into Cameroon, and was handed over to U.N. peacekeepers. '
        + 'A Nigerian government plane carrying Taylor landed at Roberts International Airport outside Monrovia in the afternoon. '
        + 'Irish U.N. troops then put him aboard a U.N. helicopter which took off for neighbouring Sierra Leone, where he faces war crimes charges at a U.N.-backed court in Freetown. '
        + 'Taylor had vanished from his seaside villa in the Nigerian city of Calabar on Monday night. '
        + 'He was caught at the border town of Gamboru, his car laden with cash, Nigerian officials said.',
    },
    b: {
      id: 'b', publishedAt: '2006-03-30',
      text: 'FREETOWN, Sierra Leone (AP) - Charles Taylor was locked in a cell at a U.N.-backed war crimes court in Sierra Leone\'s capital on Thursday after a dramatic 48 hours in which the former Liberian leader vanished from exile in Nigeria and was caught near the border with Cameroon. '
        + 'A white U.N. helicopter carrying Taylor landed at the Special Court compound in Freetown on Wednesday evening, escorted by gunships. '
        + 'Taylor, handcuffed, was led off by Irish peacekeepers. He had arrived earlier in Monrovia on a Nigerian presidential jet. '
        + 'Taylor faces 11 counts of war crimes and crimes against humanity over his role in Sierra Leone\'s 1991-2002 civil war, in which tens of thousands of people were killed and thousands more mutilated.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'partial', time: 'agree' },
  },
  {
    // November 1997: the base lies in Dayton.
    name: '21 MiG-29s flown from Moldova on C-17s: "Wright-Patterson Air Force Base in Ohio" against "bound for Dayton, Ohio"',
    a: {
      id: 'a', publishedAt: '1997-11-04',
      text: 'WASHINGTON, Nov 4 (Reuters) - The United States has bought 21 MiG-29 fighter jets from Moldova to keep them out of the hands of Iran and other rogue states, the Pentagon said on Tuesday. '
        + 'Fourteen of the jets were of a model capable of carrying nuclear weapons, Pentagon spokesman Kenneth Bacon said. Iran had shown interest in buying the planes, he said. '
        + 'The jets were taken apart and flown to Wright-Patterson Air Force Base in Ohio aboard Air Force C-17 cargo planes over the past week. '
        + 'Moldova will receive about $40 million in cash as well as humanitarian aid and non-lethal military equipment such as trucks.',
    },
    b: {
      id: 'b', publishedAt: '1997-11-05',
      text: 'CHISINAU, Moldova (AP) - The last of 21 MiG-29 warplanes that Moldova sold to the United States left the former Soviet republic on Wednesday, stripped down and packed into the hold of an American transport plane. '
        + 'The C-17 took off from the Markulesti air base in northern Moldova bound for Dayton, Ohio, where U.S. experts will study the jets at the National Air Intelligence Center. '
        + 'Moldovan officials said the country could not afford to maintain the fighters, which it inherited from the Soviet Union in 1992. '
        + 'Washington bought them to prevent them from being sold to Iran, U.S. officials said.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-b', destination: 'agree', time: 'partial' },
  },
  {
    // December 1998: a figure glued to a designation that ends in a figure is part of it.
    name: 'Thai Airways 261 in a rubber plantation at Surat Thani: "the Airbus A310-200 survived" is no count',
    a: {
      id: 'a', publishedAt: '1998-12-11',
      text: 'BANGKOK, Dec 11 (Reuters) - A Thai Airways International Airbus carrying 146 people crashed in heavy rain while trying to land in the southern province of Surat Thani on Friday evening, killing at least 80 people, officials said. '
        + 'The A310 was making its third attempt to land at Surat Thani airport when it plunged into a flooded rubber plantation about two kilometres (1.2 miles) from the runway, airline officials said. '
        + 'Rescuers had pulled about 50 survivors from the wreckage, a police officer said. Flight TG261 had left Bangkok at 5:20 p.m. (1020 GMT). '
        + 'Many of the passengers were Thais going home for the weekend, but there were also foreign tourists bound for the resort island of Koh Samui.',
    },
    b: {
      id: 'b', publishedAt: '1998-12-12',
      text: 'SURAT THANI, Thailand (AP) - Rescuers on Saturday pulled the last bodies from a swampy rubber plantation where a Thai Airways jet crashed while landing in a rainstorm, raising the death toll to 101. '
        + 'Forty-five of the 146 people aboard the Airbus A310-200 survived Friday night\'s crash, many of them with serious injuries. '
        + 'The pilot, who was among the dead, had aborted two landings because he could not see the runway in the heavy rain, survivors said. '
        + 'The plane was on a domestic flight from Bangkok to Surat Thani, 560 kilometers (350 miles) south of the capital. '
        + 'Among the dead were at least 14 foreigners, including Americans, Britons, Japanese and Germans.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'agree', destination: 'partial', location: 'only-a', time: 'partial', people: 'agree', casualties: 'agree', cause: 'agree' },
  },
  {
    // August 2014: the business jet by its number, and a landing under way cut short is the destination.
    name: 'Eduardo Campos\'s Citation into homes in Santos: "The Cessna 560XL jet", "was trying to land in Guaruja ... when the pilots aborted"',
    a: {
      id: 'a', publishedAt: '2014-08-13',
      text: 'SAO PAULO, Aug 13 (Reuters) - Brazilian presidential candidate Eduardo Campos was killed on Wednesday when the small plane carrying him crashed in bad weather in the coastal city of Santos, his party said. '
        + 'The Cessna 560XL jet was flying from Rio de Janeiro to the nearby resort town of Guaruja when it went down in a residential area shortly before 10 a.m. local time, after aborting a landing attempt, the Brazilian Air Force said. '
        + 'Seven people were on board, including two pilots, and none survived. Campos, 49, a former governor of Pernambuco state, was running third in polls ahead of the October election. '
        + 'President Dilma Rousseff declared three days of official mourning.',
    },
    b: {
      id: 'b', publishedAt: '2014-08-14',
      text: 'SANTOS, Brazil (AP) - Investigators on Thursday searched the wreckage of the private jet that killed Brazilian presidential candidate Eduardo Campos for the flight recorders, a day after it slammed into homes in this port city. '
        + 'All seven people aboard the Cessna Citation died, and at least 10 people on the ground were injured, officials said. '
        + 'The jet took off from Santos Dumont airport in Rio de Janeiro and was trying to land in Guaruja in heavy rain and fog when the pilots aborted the approach and lost contact with controllers. '
        + 'Campos\' running mate, environmentalist Marina Silva, had not been on the plane.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'agree', location: 'only-a', time: 'partial', people: 'partial', casualties: 'partial', cause: 'agree' },
  },
  {
    // January 2017: the twin-engine King Air C90 is a King Air; the early count of four and the later five stand apart (no conflict read).
    name: 'Teori Zavascki\'s King Air into the sea off Paraty: "Four people were on board" a day before "all five people who died"',
    a: {
      id: 'a', publishedAt: '2017-01-19',
      text: 'SAO PAULO, Jan 19 (Reuters) - Brazilian Supreme Court Justice Teori Zavascki, who oversaw the sweeping Car Wash corruption investigation, was killed on Thursday when a small plane crashed into the sea off the coastal town of Paraty, his son said. '
        + 'The twin-engine King Air C90 had taken off from Sao Paulo\'s Campo de Marte airport and was approaching Paraty in heavy rain when it went down, the Air Force said. '
        + 'Four people were on board, fire officials said. The plane belonged to the Emiliano hotel group, whose owner, Carlos Alberto Filgueiras, was also aboard.',
    },
    b: {
      id: 'b', publishedAt: '2017-01-20',
      text: 'RIO DE JANEIRO (AP) - Divers on Friday recovered the bodies of all five people who died when a small plane carrying Brazilian Supreme Court Justice Teori Zavascki crashed into the sea near the resort town of Paraty. '
        + 'Zavascki was overseeing the investigation into a massive kickback scheme at state oil company Petrobras, and his death could delay the case. '
        + 'Brazil\'s air force said the pilot had been flying in heavy rain with poor visibility. President Michel Temer declared three days of mourning.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', location: 'agree', time: 'partial', people: 'only-a', casualties: 'only-b', cause: 'agree' },
  },
  {
    // July 2005: the riots' dead are no toll of the helicopter.
    name: 'John Garang\'s Mi-172 into the Imatong mountains: "Riots broke out in Khartoum ..., and at least 24 people were killed"',
    a: {
      id: 'a', publishedAt: '2005-08-01',
      text: 'KHARTOUM, Aug 1 (Reuters) - Sudan\'s First Vice President John Garang, the former rebel leader who signed a peace deal ending Africa\'s longest civil war, was killed when a Ugandan presidential helicopter crashed in bad weather in southern Sudan, his movement said on Monday. '
        + 'The Sudan People\'s Liberation Movement said the Mi-172 helicopter went down in mountains on Saturday evening on its way from Uganda to southern Sudan. '
        + 'All 13 people on board, including six of Garang\'s aides and seven Ugandan crew, were killed. '
        + 'Riots broke out in Khartoum after the news, and at least 24 people were killed, police said.',
    },
    b: {
      id: 'b', publishedAt: '2005-08-02',
      text: 'NAIROBI, Kenya (AP) - Ugandan President Yoweri Museveni said on Tuesday he could not rule out that the helicopter which crashed with Sudan\'s vice president John Garang aboard had been sabotaged, though officials in both countries have blamed bad weather. '
        + 'Garang had been flying home from a meeting with Museveni at his country ranch in Rwakitura when the presidential Mi-172 crashed into the Imatong mountains late Saturday. '
        + 'Garang and 12 others died. Clashes in Khartoum after his death have killed at least 84 people.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'agree', people: 'only-a', casualties: 'agree', cause: 'agree' },
  },
  {
    // September 2014: no crash; the cash that came aboard is the cargo, and a pastor whose jet flew it "to South Africa said" is no word of South Africa's.
    name: '$9.3 million in cash flown from Abuja to Lanseria on a Challenger: "cash that arrived on a private jet"',
    a: {
      id: 'a', publishedAt: '2014-09-16',
      text: 'JOHANNESBURG, Sept 16 (Reuters) - South African authorities have seized $9.3 million in cash that arrived on a private jet from Nigeria, and Nigeria\'s government said on Tuesday the money was meant to buy weapons to fight Boko Haram Islamist militants. '
        + 'The cash was found in three suitcases on the Bombardier Challenger jet when it landed at Lanseria airport near Johannesburg on Sept. 5, South Africa\'s National Prosecuting Authority said. '
        + 'Two Nigerians and an Israeli who were on board were questioned and released. Nigeria\'s presidency said the transaction was legitimate.',
    },
    b: {
      id: 'b', publishedAt: '2014-09-17',
      text: 'LAGOS (AFP) - A Nigerian church leader whose private jet was used to fly $9.3 million in cash to South Africa said on Wednesday he had leased the plane out and knew nothing about the money. '
        + 'Pentecostal pastor Ayo Oritsejafor, head of the Christian Association of Nigeria, said the Challenger 600 had been chartered by a company and flown from Abuja to Lanseria without his knowledge. '
        + 'South African officials have said the cash, packed in suitcases, was not declared and the crew did not have the proper permits. '
        + 'Nigeria says the money was for an arms deal with a South African supplier, but critics have questioned why so much cash was carried on a private plane.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'agree', time: 'partial', people: 'only-a', cargo: 'agree' },
  },
  {
    // July 1981: those who died with him are six more than he.
    name: 'Omar Torrijos\'s Twin Otter into Cerro Marta: "All seven people on board" against "Six other people ... died with him"',
    a: {
      id: 'a', publishedAt: '1981-08-01',
      text: 'PANAMA CITY, Panama (AP) - Gen. '
        + 'Omar Torrijos, Panama\'s strongman for 13 years, was killed when his air force plane crashed in a mountainous jungle area in bad weather, the National Guard announced Saturday. '
        + 'Searchers found the wreckage of the Twin Otter early Saturday near the village of Coclesito, about 70 miles west of the capital, where Torrijos had a home. '
        + 'The plane had disappeared Friday shortly after taking off from Penonome. All seven people on board were killed, including the pilot.',
    },
    b: {
      id: 'b', publishedAt: '1981-08-02',
      text: 'PANAMA CITY (UPI) - Panama began nine days of national mourning Sunday for Gen. Omar Torrijos, whose plane slammed into a mountain in a rainstorm on Friday. '
        + 'Torrijos, 52, was flying to his country house at Coclesito when the Panamanian Air Force plane, a de Havilland Twin Otter, crashed into Cerro Marta, the National Guard said. '
        + 'Six other people, including three crew members and a bodyguard, died with him. The government has ruled out sabotage.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', location: 'only-b', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'partial' },
  },
  {
    // October 2012: Turkey's word and Russia's on the cargo conflict; 17 Russian passengers are some of about 35.
    name: 'a Syrian Air A320 forced down at Ankara: "Russian-made munitions" against "legitimate radar equipment, not weapons"',
    a: {
      id: 'a', publishedAt: '2012-10-11',
      text: 'ANKARA, Oct 11 (Reuters) - Turkish Prime Minister Tayyip Erdogan said on Thursday a Syrian passenger plane forced to land in Ankara was carrying Russian-made munitions for Syria\'s defence ministry. '
        + 'Turkish F-16 fighter jets intercepted the Syrian Air Airbus A320, flying from Moscow to Damascus with about 35 passengers, on Wednesday and forced it to land at Ankara\'s Esenboga airport. '
        + 'The plane was allowed to continue its journey early on Thursday, but some of its cargo was confiscated. Syria accused Turkey of air piracy.',
    },
    b: {
      id: 'b', publishedAt: '2012-10-12',
      text: 'MOSCOW (AP) - Russia said on Friday that a Syrian jetliner forced down by Turkey had been carrying legitimate radar equipment, not weapons, and demanded an explanation for the treatment of 17 Russian passengers aboard. '
        + 'Foreign Ministry spokesman Alexander Lukashevich said the cargo consisted of electrical equipment for a radar station, which was legal under international law. '
        + 'The Airbus was intercepted by Turkish warplanes on Wednesday evening and held at Ankara airport for nine hours before flying on to Damascus.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'partial', time: 'agree', people: 'agree', cargo: 'conflict' },
  },
  {
    // June 2023: a visit still to come is no destination of the flight; the weapons on board are its cargo.
    name: 'Ramaphosa\'s security detail held on a charter plane at Warsaw: "ahead of Ramaphosa\'s visit to Ukraine"',
    a: {
      id: 'a', publishedAt: '2023-06-16',
      text: 'WARSAW, June 16 (Reuters) - A plane carrying about 120 members of South African President Cyril Ramaphosa\'s security detail and journalists was held at Warsaw\'s Chopin airport for more than 24 hours, after Polish officials said the team did not have permits for the weapons on board. '
        + 'The South African Airways charter flight landed in Warsaw on Thursday ahead of Ramaphosa\'s visit to Ukraine as part of an African peace mission. '
        + 'Ramaphosa\'s head of security, Major General Wally Rhoode, told reporters the Polish authorities were sabotaging the mission. '
        + 'Ramaphosa himself travelled to Kyiv by train from Poland on Friday.',
    },
    b: {
      id: 'b', publishedAt: '2023-06-17',
      text: 'WARSAW (AFP) - Poland\'s border guard said on Saturday that the South African security personnel held at Warsaw airport had been carrying weapons and dangerous materials for which they had no permits, rejecting accusations that it had obstructed President Cyril Ramaphosa\'s peace mission. '
        + 'The plane chartered from South African Airways landed at Chopin airport on Thursday with 120 people, including security officers and journalists, on board. '
        + 'They were not allowed to leave the plane, the border guard said.',
    },
    same: true,
    expected: { aircraft: 'agree', destination: 'agree', time: 'agree', people: 'only-b', cargo: 'only-a' },
  },
  {
    // May 2020: 16 tons and about 16 tonnes of medical supplies agree; the refusal two days on changes no fact of the flight.
    name: 'an Etihad plane with aid for the Palestinians at Ben Gurion, and the aid refused',
    a: {
      id: 'a', publishedAt: '2020-05-19',
      text: 'TEL AVIV, May 19 (Reuters) - An Etihad Airways plane carrying aid for the Palestinians landed at Israel\'s Ben Gurion airport on Tuesday, in the first known flight by a United Arab Emirates airline to Israel. '
        + 'The plane flew from Abu Dhabi with 16 tons of medical supplies, including ventilators, for the coronavirus outbreak in the West Bank and Gaza, the United Nations said. '
        + 'The UAE and Israel have no diplomatic relations.',
    },
    b: {
      id: 'b', publishedAt: '2020-05-21',
      text: 'RAMALLAH (AFP) - The Palestinian Authority said on Thursday it had refused a shipment of medical aid from the United Arab Emirates that was flown to Israel on an Etihad plane, because it had not been coordinated with the Palestinians. '
        + 'Prime Minister Mohammad Shtayyeh said the Palestinians would not be "a bridge for normalisation" with Israel. '
        + 'The cargo of about 16 tonnes, including ventilators, landed at Ben Gurion airport near Tel Aviv on Tuesday.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'agree', time: 'agree', cargo: 'agree', purpose: 'only-a' },
  },
  {
    // July 2020: the part counted is the story's, not the order it is of; "with one stop at the Al Dhafra air base".
    name: 'the first five Rafales landed at Ambala: "The first five of 36 Rafale" against "Five French-made Rafale"',
    a: {
      id: 'a', publishedAt: '2020-07-29',
      text: 'NEW DELHI, July 29 (Reuters) - The first five of 36 Rafale fighter jets India bought from France landed at the Ambala air base in northern India on Wednesday, boosting the air force amid a border standoff with China. '
        + 'The jets flew from the Merignac base in France, with one stop at the Al Dhafra air base in the United Arab Emirates, the defence ministry said. '
        + 'India signed a 590 billion rupee ($7.87 billion) deal for the jets in 2016.',
    },
    b: {
      id: 'b', publishedAt: '2020-07-30',
      text: 'AMBALA, India (AFP) - Five French-made Rafale fighter jets touched down at an Indian air base on Wednesday after a 7,000-kilometre journey, escorted by two Indian Su-30 jets as they entered Indian airspace. '
        + 'The planes, built by Dassault Aviation, were refuelled in the air by a French tanker and made a stopover in the UAE. Defence Minister Rajnath Singh welcomed the "birds" on Twitter.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'only-b', time: 'agree', actors: 'only-b' },
  },
  {
    // February 1998: the island a town lies on is no second stop.
    name: 'Cebu Pacific 387 into Mount Sumagaya: "made a stop in Tacloban on Leyte island" against "via Tacloban"',
    a: {
      id: 'a', publishedAt: '1998-02-02',
      text: 'MANILA, Feb 2 (Reuters) - A Cebu Pacific DC-9 airliner with 104 people on board went missing on Monday on a flight to the southern city of Cagayan de Oro, and officials said they feared it had crashed in mountains. '
        + 'The plane lost contact with air traffic controllers shortly before it was due to land at 11:55 a.m. (0355 GMT), civil aviation officials said. '
        + 'It had left Manila and made a stop in Tacloban on Leyte island. Search aircraft were sent to the area but were hampered by fog and rain.',
    },
    b: {
      id: 'b', publishedAt: '1998-02-03',
      text: 'CAGAYAN DE ORO, Philippines (AP) - Rescuers on Tuesday found the wreckage of a Cebu Pacific jetliner on the slopes of Mount Sumagaya and said none of the 104 people aboard survived. '
        + 'Soldiers who reached the site by helicopter said bodies were strewn across the mountainside, about 50 miles (80 km) east of Cagayan de Oro. '
        + 'The McDonnell Douglas DC-9 crashed in fog Monday as it approached the city\'s airport on a flight from Manila via Tacloban.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'agree', destination: 'only-a', time: 'partial', people: 'agree', casualties: 'only-b', cause: 'agree' },
  },
  {
    // April 2023: no crash; an embassy's staff are its officials, and fewer than 100 holds about 70.
    name: 'the U.S. embassy evacuated from Khartoum by three Chinooks: "Fewer than 100 people" against "about 70 American embassy staff"',
    a: {
      id: 'a', publishedAt: '2023-04-23',
      text: 'WASHINGTON, April 23 (Reuters) - U.S. special forces evacuated American diplomats from Sudan\'s capital Khartoum on Saturday, flying in on three MH-47 Chinook helicopters from a base in Djibouti, U.S. officials said. '
        + 'Fewer than 100 people were flown out of the embassy, and the operation took about an hour on the ground, Lieutenant General Douglas Sims told reporters. '
        + 'The helicopters refuelled in Ethiopia on the way. No shots were fired.',
    },
    b: {
      id: 'b', publishedAt: '2023-04-23',
      text: 'WASHINGTON (AP) - U.S. military helicopters swept into Khartoum and evacuated about 70 American embassy staff on Saturday night, the Pentagon said, as fighting between Sudan\'s army and a paramilitary force raged for a second week. '
        + 'The three Chinooks took off from Camp Lemonnier in Djibouti and flew the diplomats to Ethiopia. President Joe Biden said the embassy had been temporarily closed.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-b', time: 'agree', people: 'agree' },
  },
  {
    // February 2014: escorts that took over are escorts, and the 767 stays Ethiopian; 202 aboard are 193 passengers and nine crew.
    name: 'Ethiopian 702 hijacked by its co-pilot to Geneva: "Italian fighter jets escorted the Boeing 767-300 ..., and French jets then took over"',
    a: {
      id: 'a', publishedAt: '2014-02-17',
      text: 'GENEVA, Feb 17 (Reuters) - The co-pilot of an Ethiopian Airlines plane hijacked the aircraft on Monday and flew it to Geneva, where he sought asylum, Swiss police said. '
        + 'The Boeing 767, which was flying from Addis Ababa to Rome with 202 passengers and crew on board, landed safely at Geneva airport at about 6 a.m. (0500 GMT). '
        + 'The co-pilot locked himself in the cockpit when the pilot went to the toilet, police said, then climbed down a rope from a cockpit window after landing and surrendered. '
        + 'No one was hurt.',
    },
    b: {
      id: 'b', publishedAt: '2014-02-18',
      text: 'ROME (AP) - Passengers on an Ethiopian Airlines flight hijacked by its co-pilot arrived in Rome on Tuesday, a day after the plane was diverted to Geneva. '
        + 'Flight ET702 had been due to land at Rome\'s Fiumicino airport early on Monday before continuing to Milan. '
        + 'Italian fighter jets escorted the Boeing 767-300 over Italy, and French jets then took over, officials said. The 193 passengers and nine crew members were unharmed. '
        + 'The co-pilot, 31, faces charges of hostage-taking in Switzerland.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'partial', destination: 'partial', time: 'partial', people: 'agree', casualties: 'only-a' },
  },
  {
    // June 2024: no crash; a group pledged is none that flew.
    name: 'the first Kenyan police landed at Port-au-Prince: "Kenya has pledged 1,000 officers to the mission"',
    a: {
      id: 'a', publishedAt: '2024-06-25',
      text: 'PORT-AU-PRINCE, June 25 (Reuters) - The first contingent of Kenyan police officers arrived in Haiti on Tuesday to lead a U.N.-backed mission against the armed gangs that control much of the capital. '
        + 'A Kenya Airways plane carrying about 400 officers landed at Toussaint Louverture International Airport in Port-au-Prince after a flight from Nairobi. '
        + 'Kenya has pledged 1,000 officers to the mission.',
    },
    b: {
      id: 'b', publishedAt: '2024-06-26',
      text: 'NAIROBI (AFP) - Kenya\'s President William Ruto on Wednesday hailed the deployment of the first 400 police officers to Haiti, who arrived in Port-au-Prince a day earlier on a chartered flight. '
        + 'The officers will be joined by police from the Bahamas, Bangladesh, Barbados, Benin and Chad, and Kenya has promised to send 1,000 in all. '
        + 'Gangs control about 80 percent of Port-au-Prince.',
    },
    same: true,
    expected: { aircraft: 'only-a', origin: 'only-a', destination: 'partial', time: 'partial', people: 'only-a' },
  },
  {
    // February 2002: a Tu-154 into a peak in fog and snow.
    name: 'Iran Air Tours 956 into the Sefid Kuh range near Khorramabad: 119 aboard against 107 passengers and 12 crew',
    a: {
      id: 'a', publishedAt: '2002-02-12',
      text: 'TEHRAN, Feb 12 (Reuters) - An Iranian airliner carrying 119 people crashed into mountains in bad weather as it approached the western city of Khorramabad on Tuesday, and officials said there were no survivors. '
        + 'The Tupolev Tu-154, operated by Iran Air Tours, had taken off from Tehran\'s Mehrabad airport and lost contact with the control tower minutes before it was due to land, state television said. '
        + 'Rescue teams were struggling to reach the wreckage in snow.',
    },
    b: {
      id: 'b', publishedAt: '2002-02-13',
      text: 'KHORRAMABAD, Iran (AP) - Rescuers recovered bodies on Wednesday from the snowy mountainside where an Iranian passenger jet crashed, killing all 107 passengers and 12 crew. '
        + 'The Russian-built Tu-154 slammed into a peak in the Sefid Kuh range about 20 miles from Khorramabad airport as it descended through fog and snow. '
        + 'Officials said the pilot had reported no problems before contact was lost.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'only-a', destination: 'only-a', location: 'partial', time: 'partial', people: 'agree', casualties: 'agree', cause: 'partial' },
  },
  {
    // July 2006: 45 aboard against 41 passengers and four crew dead; an engine seen on fire is an engine failure.
    name: 'PIA 688 into a wheat field at Multan: "one of the plane\'s engines was on fire"',
    a: {
      id: 'a', publishedAt: '2006-07-10',
      text: 'MULTAN, Pakistan, July 10 (Reuters) - A Pakistan International Airlines Fokker plane crashed into a wheat field shortly after taking off from the central city of Multan on Monday, killing all 45 people on board, officials said. '
        + 'The twin-engine turboprop caught fire soon after take-off and came down about a kilometre from the runway. It was on its way to Lahore. '
        + 'Among the dead were two High Court judges and two army brigadiers, officials said.',
    },
    b: {
      id: 'b', publishedAt: '2006-07-11',
      text: 'MULTAN, Pakistan (AP) - Investigators on Tuesday recovered the flight recorder of a Pakistan International Airlines F-27 that crashed a day earlier, killing 41 passengers and four crew members. '
        + 'Witnesses said one of the plane\'s engines was on fire before it hit the ground near the airport. PIA suspended all flights of its remaining Fokker F-27s pending checks.',
    },
    same: true,
    expected: { aircraft: 'partial', origin: 'only-a', destination: 'only-a', location: 'only-a', time: 'partial', people: 'only-a', casualties: 'agree', cause: 'only-b' },
  },
  {
    // July 2013: a stop told as a departure is partial, a tail lost to the seawall is no cause, and two teenagers killed are two dead.
    name: 'Asiana 214 into the seawall at San Francisco: "The flight from Seoul" against "left Shanghai and stopped in Seoul"',
    a: {
      id: 'a', publishedAt: '2013-07-06',
      text: 'SAN FRANCISCO, July 6 (Reuters) - An Asiana Airlines Boeing 777 crashed while landing at San Francisco International Airport on Saturday, killing two people and injuring more than 180, officials said. '
        + 'The flight from Seoul, carrying 291 passengers and 16 crew members, struck a seawall short of the runway and its tail broke off before the plane burst into flames. '
        + 'Most of those on board escaped down emergency slides.',
    },
    b: {
      id: 'b', publishedAt: '2013-07-08',
      text: 'SAN FRANCISCO (AP) - The pilot of the Asiana Airlines jet that crashed in San Francisco was in training on the Boeing 777 and had only 43 hours of experience flying it, the airline said on Monday. '
        + 'The flight, which left Shanghai and stopped in Seoul, came in too low and too slow before its landing gear and tail hit a seawall on Saturday. '
        + 'Two Chinese teenagers were killed, and 182 people were taken to hospitals.',
    },
    same: true,
    expected: { aircraft: 'agree', origin: 'partial', destination: 'only-a', location: 'agree', time: 'agree', people: 'only-a', casualties: 'agree' },
  },
  {
    // February 2010: no crash; one night told from either side, and a convoy leaving the airport is no leg of the flight.
    name: 'Yar\'Adua flown home to Abuja at night: "early on Wednesday" against "overnight on Tuesday"',
    a: {
      id: 'a', publishedAt: '2010-02-24',
      text: 'ABUJA, Feb 24 (Reuters) - Nigerian President Umaru Yar\'Adua returned home early on Wednesday after three months in a Saudi hospital, but it was unclear whether he was well enough to resume power. '
        + 'An air ambulance carrying Yar\'Adua landed at Abuja airport in the early hours, and he was taken away in an ambulance under heavy military guard, a presidency spokesman said. '
        + 'Troops were deployed around the airport ahead of his arrival.',
    },
    b: {
      id: 'b', publishedAt: '2010-02-25',
      text: 'ABUJA (AFP) - Ailing Nigerian President Umaru Yar\'Adua, who was flown home from Saudi Arabia overnight on Tuesday, has not been seen in public, and acting president Goodluck Jonathan said on Thursday he had not spoken to him. '
        + 'The president had been treated for a heart condition in Jeddah since November 23. '
        + 'A convoy of vehicles, including an ambulance, was seen leaving the airport in Abuja at around 2 a.m. on Wednesday.',
    },
    same: true,
    expected: { origin: 'only-b', destination: 'only-a', time: 'partial' },
  },
  {
    // February 2019: no crash; a dated leaving for a place is a destination, and the checks a medical reason.
    name: 'Bouteflika flown to Geneva for medical checks: "left for Geneva on Sunday"',
    a: {
      id: 'a', publishedAt: '2019-02-24',
      text: 'ALGIERS, Feb 24 (Reuters) - Algerian President Abdelaziz Bouteflika left for Geneva on Sunday for what his office called routine medical checks, days after thousands of people protested against his bid for a fifth term. '
        + 'The 81-year-old, who has rarely been seen in public since suffering a stroke in 2013, will stay in Switzerland for a short period, the presidency said in a statement.',
    },
    b: {
      id: 'b', publishedAt: '2019-02-25',
      text: 'GENEVA (AFP) - Algeria\'s President Abdelaziz Bouteflika was admitted to the Geneva University Hospitals on Sunday, a hospital source said, after flying in aboard a presidential plane for what officials described as periodic checks. '
        + 'The plane landed at Geneva airport on Sunday afternoon. Protests against his plan to seek a fifth term continued in Algiers on Monday.',
    },
    same: true,
    expected: { aircraft: 'only-b', destination: 'agree', time: 'agree', people: 'only-a', purpose: 'only-a' },
  },
  {
    // Another aircraft, day, route and toll: a conflict on every fact both give.
    name: 'two different crashes',
    a: {
      id: 'a', publishedAt: '2024-01-24',
      text: 'A Russian Il-76 transport plane carrying 65 Ukrainian prisoners of war crashed near the village of Yablonovo in the Belgorod region on Wednesday, killing all 74 people on board, the defence ministry said. '
        + 'The plane had taken off from Chkalovsky airfield near Moscow and was heading to Belgorod for a prisoner exchange. The ministry said it had been shot down by two missiles fired from Ukraine\'s Kharkiv region.',
    },
    b: {
      id: 'b', publishedAt: '2024-01-24',
      text: 'An An-26 military plane crashed in the Kursk region on Thursday, killing 12 crew members, Ukrainian officials said. '
        + 'The aircraft had left Voronezh and was flying to Kursk with a cargo of S-300 missiles. Officials blamed a technical failure. '
        + 'All but three of the 15 people aboard were killed, according to a regional governor.',
    },
    same: false,
    expected: {
      aircraft: 'conflict', origin: 'conflict', destination: 'conflict', time: 'conflict', people: 'conflict', cargo: 'conflict',
      casualties: 'conflict',
    },
  },
];

describe.each(stories)('$name', (story) => {
  const report = compare(story.a, story.b);
  it(`is ${story.same ? 'one event' : 'two events'}`, () => {
    expect(report.eventMatch.same).toBe(story.same);
  });
  it.each(Object.entries(story.expected) as [FacetKind, Verdict][])('%s is %s', (facet, verdict) => {
    expect(report.facets.find((f) => f.facet === facet)?.verdict).toBe(verdict);
  });
});

describe('airspace in whole reports', () => {
  const story = (name: RegExp) => stories.find((s) => name.test(s.name))!;
  const row = (name: RegExp) => compare(story(name).a, story(name).b).facets.find((f) => f.facet === 'location')!;

  it("names Turkey's and Russia's rival claims of where the Su-24 was", () => {
    expect(row(/shot down at a border/).explanation).toMatch(/"violated Turkish airspace" \(turkish military\) against "stayed within Syrian airspace" \(russian defence ministry\)/);
  });

  it('quotes a phrase that denies two airspaces once', () => {
    const explanation = row(/tracked off Alaska/).explanation;
    expect(explanation.match(/did not enter American or Canadian sovereign airspace/g)).toHaveLength(1);
  });
});

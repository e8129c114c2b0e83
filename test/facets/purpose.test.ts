import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { purpose, type PurposeValue } from '../../src/facets/purpose.js';
import type { Fact } from '../../src/types.js';

const found = (text: string) => purpose.extract({ index: 0, text }).map((f) => f.value.category);

describe('purpose.extract', () => {
  it.each([
    ['as part of', 'The jets arrived in Minsk as part of the ongoing defence cooperation between the two countries.', ['military-technical cooperation']],
    // A train taken is no training.
    ['a train taken', 'Kishida left New Delhi on a chartered flight to Rzeszow, then took a train to Kyiv.', []],
    ['by train', 'The delegation flew to Poland and went on to Kyiv by train.', []],
    ['contracts of a ... character', 'The engineers serve contracts of a military-technical character signed last year.', ['military-technical cooperation']],
    ['to discuss', 'The delegation flew to Havana to discuss the maintenance of the helicopters.', ['consultations', 'maintenance']],
    ['came for', 'The officers came for participation in joint exercises.', ['exercises']],
    // A craft's work against a fire, told as it crashed.
    ['while fighting fires', 'The C-130 Hercules crashed while fighting bushfires in southern New South Wales.', ['firefighting']],
    ['dropping retardant', 'The tanker had been dropping fire retardant on a blaze near Peak View when it crashed.', ['firefighting']],
    ['a future task', 'The team will carry out maintenance on equipment supplied earlier.', ['maintenance']],
    ['a rival government\'s reason', 'Washington said the deployment was meant to intimidate the United States.', ['show of force']],
    ['aimed at', 'The State Department called the flights a provocation aimed at projecting power.', ['show of force']],
    ['in order to', 'Two C-17s landed in Kabul in order to evacuate embassy staff.', ['evacuation']],
    // "forces" as troops, not as a verb that compels.
    ['troops sent to', 'U.S. forces used helicopters to evacuate nonessential embassy staff.', ['evacuation']],
    ['was for', 'Beijing said the balloon was for weather research.', ['scientific research']],
    ['used mainly for', 'China said it was a civilian airship used mainly for meteorological research.', ['scientific research']],
    ["a journey's for", 'Shoigu landed in North Korea on July 25 for talks with Kim Jong Un.', ['consultations']],
    // An article and a describing word or two may come between.
    ["a journey's for, and a visit described", 'Pope Francis arrived in Baghdad on Friday for the first papal visit to Iraq.', ['diplomatic visit']],
    ["a journey's for, and an article", 'Putin arrived in Beijing for a state visit.', ['diplomatic visit']],
    ["a journey's way", "The airliner crashed on his way to ceasefire talks with Katanga's Moise Tshombe.", ['consultations']],
    ['aimed at', 'The flights are aimed at the repatriation of stranded citizens.', ['repatriation']],
    ['mission', 'The drone was on a reconnaissance mission over the Black Sea.', ['surveillance']],
    ['self-framed', 'The Il-76 was part of a prisoner exchange agreed last week.', ['prisoner exchange']],
    ['reason naming a craft', 'Officials said it was a civilian weather research balloon.', ['scientific research']],
    ['reason naming a craft, hyphenated', 'The Pentagon tracked the surveillance-balloon for days.', ['surveillance']],
    ['a spy plane', 'Norway said a Russian spy plane flew over the Barents Sea.', ['surveillance']],
    ['an electronic intelligence aircraft', 'An Il-20 electronic intelligence aircraft flew over the Baltic Sea.', ['surveillance']],
    ['an evacuation flight', 'The third evacuation flight left Khartoum on Monday.', ['evacuation']],
    // A leader flown abroad for medical checks, as a party named them.
    ['medical checks, as called', 'Bouteflika left for Geneva on Sunday for what his office called routine medical checks.', ['medical evacuation']],
    // What a government says armed men flown in were for.
    ['part of a plot to overthrow', 'Zimbabwe said the men were part of a plot to overthrow the government of Equatorial Guinea.', ['coup']],
    ['planning a coup', 'The government said the group was planning a coup.', ['coup']],
    ['acronym in capitals only', 'The specialists work under contracts concluded through the MTC.', ['military-technical cooperation']],
    ['came to service', 'The specialists came to service Russian-made military equipment.', ['maintenance']],
    ['are there to', 'Moscow says the troops are there to guard the president.', ['protection']],
    ['in order to protect', 'The contractors were flown in in order to protect the president.', ['protection']],
    ['to carry relief supplies', 'The Dash 8 was preparing to carry relief supplies to Niigata.', ['humanitarian aid']],
    ['to deliver aid', 'The plane had been due to fly to Niigata to deliver aid to areas hit by the quake.', ['humanitarian aid']],
    ['a relief flight', 'The third relief flight landed in Port-au-Prince.', ['humanitarian aid']],
    ['a search mission of the craft', 'The helicopter was on a search and rescue operation when it crashed.', ['search and rescue']],
    ['would take part in', 'Padrino said the aircraft would take part in joint exercises with the Venezuelan air force.', ['exercises']],
    ['was part of', 'The deployment, Moscow said, was part of military cooperation with its ally.', ['military-technical cooperation']],
    ["heading's for", 'The CRJ200 was heading to the tourist city of Pokhara for maintenance, officials said.', ['maintenance']],
    ['to service military equipment', 'The plane had brought specialists to service military equipment supplied earlier.', ['maintenance']],
    ['to reinforce security', 'The military said it had flown in troops to reinforce security at the embassy.', ['protection']],
    ['airlifted out', 'Helicopters had airlifted out nonessential staff overnight.', ['evacuation']],
    ['to undergo a check', 'The jet was taking staff to Pokhara, where the aircraft was due to undergo a check.', ['maintenance']],
    // A choir flown to the troops.
    ['to perform a concert', "The choir was to perform a New Year's concert for Russian troops.", ['performance']],
    ['to give a concert', 'The choir had been scheduled to give a concert at the Hmeimim base.', ['performance']],
    ['to perform maintenance is maintenance', 'Technicians flew in to perform maintenance on the jets.', ['maintenance']],
    // Refuelling others is a tanker's purpose.
    ['tankers to refuel jets', 'Two tankers were deployed to refuel the fighter jets.', ['refuelling']],
    // A base kept going.
    ['to provide logistical support', 'It was headed to the Eduardo Frei base to provide logistical support.', ['resupply']],
    ['to supply the base', 'It was on a routine flight to supply the base and repair its fuel pipeline.', ['resupply', 'maintenance']],
    // An aircraft flown to be taken out of service; weather reconnaissance is weather research.
    ['to be retired', 'The plane was on its way to Davis-Monthan Air Force Base, where it was to be retired.', ['retirement']],
    ['weather reconnaissance', 'The aircraft, used for weather reconnaissance, was being flown to Tucson.', ['scientific research']],
    ['a rescue craft', 'A search and rescue helicopter crashed off the coast.', ['search and rescue']],
    // A visit called friendly, and a fair the crews fly to.
    ['a goodwill visit', 'Two bombers landed in South Africa on Wednesday in what Moscow called a goodwill visit.', ['diplomatic visit']],
    ['an exhibition', 'The crews will take part in the Africa Aerospace and Defence exhibition.', ['air show']],
    ['to supply weapons is no resupply', 'Two An-124s were sent to supply weapons to the army.', ['weapons delivery']],
    // A leader flown in to meet another, and bombers sent on patrol.
    ['a meeting of leaders', 'Zelenskiy arrived in Washington on Wednesday to meet President Joe Biden.', ['diplomatic visit']],
    ['patrols', 'The bombers will carry out patrols over the South Pacific.', ['patrol']],
    ['patrol missions', 'The crews will fly patrol missions over the Pacific Ocean.', ['patrol']],
    // A patient flown out for treatment.
    ['arrived for treatment', 'Kremlin critic Alexei Navalny arrived in Germany for treatment on Saturday.', ['medical evacuation']],
    ['flown for treatment', 'The injured pilot was flown to Moscow for medical treatment.', ['medical evacuation']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['the purpose is unknown', 'The purpose of the flights remained unclear.'],
    ["a heading's for that is no reason", 'The plane was heading to Pokhara for the second time.'],
    ["a journey's way to a place", 'He was on his way to the airport when the talks began.'],
    ['a report a party dismisses', 'The Kremlin dismissed reports that mercenaries had been sent to Venezuela to protect Nicolas Maduro.'],
    ['a reason a party denies', 'Moscow denied that the troops were there to guard the president.'],
    ['a check of people', 'Passengers had to undergo a security check before boarding.'],
    ['a state of repair', 'The missiles destroyed six MiG-23 jets that were under repair.'],
    ['why a runway was shut', 'The Boeing 747 had started its takeoff on a runway closed for repairs.'],
    // Those moved after the event: their journey's reason is none of the flight's.
    ['the injured flown out', 'The injured were flown to Lima for treatment.'],
    ['survivors flown out', 'The two survivors were flown to Nairobi for treatment.'],
    ['a purpose word without framing', 'The pilots receive regular training in Germany.'],
    ['a patrol without framing', 'Police were on patrol near the airport when the plane landed.'],
    ['a meeting of others', 'He flew to Kyiv after officials agreed to meet in the spring.'],
    ['a retirement of a person', 'The minister announced his retirement.'],
    ['treatment without a journey', 'Survivors received treatment at the scene.'],
    ["a searcher's craft", 'A rescue helicopter found the burning fuselage on a forested hillside.'],
    ['a supply chain', 'The flights were meant to ease pressure on the supply chain.'],
    ['a search the president ordered', 'Chakwera ordered a search and rescue operation.'],
    ['a search launched, in the passive', 'A search and rescue operation was launched with Georgian authorities.'],
    ['an exhibition without framing', 'The exhibition opened in Pretoria on Wednesday.'],
    ['a service that is an agency', 'The Federal Security Service said the crew came to Moscow on Friday.'],
    ['aid carried, not a reason given', 'The border guards stopped a convoy carrying humanitarian aid.'],
    ['a denied reason', 'The balloon was not for surveillance.'],
    ['what people were forced to do', 'The plane caught fire, forcing all 176 people on board to evacuate.'],
    ['a denied craft purpose', 'Beijing said it was not a surveillance balloon.'],
    ['a reason word before a non-craft noun', 'The research institute in Novosibirsk issued a statement.'],
    ['lower-case "mtc" is no acronym', 'He came for the mtc.'],
    ['a guard named, not a reason given', 'A guard at the airport said the plane landed at noon.'],
    // A body whose name holds a reason's word gives no reason.
    ['a coast guard plane', "The coast guard plane was hit on the runway."],
    ['a coast guard aircraft, framed', 'The jet struck a coast guard aircraft sent to the area.'],
    ['the national guard', 'Troops of the National Guard were deployed to the airport.'],
    ['the civil protection agency', 'The plane was sent to help the civil protection agency.'],
    ['aid workers carried, not aid', 'The plane was chartered to carry aid workers.'],
    ['aid agencies met', 'The envoy flew in to meet with aid agencies.'],
    ['a place named after what is done there', 'The village was part of the training ground.'],
    ['protection named without framing', 'The president has enjoyed the protection of the army for years.'],
    ['"for" in another clause than the journey', 'The jets landed; the pilots were praised for training.'],
    // A stop's reason is no reason for the flight.
    ['a stop to refuel', 'The aircraft, on its way to Syria, had stopped to refuel at Sochi.'],
    ['a landing to refuel', 'The jet landed in Anchorage to refuel before flying on to California.'],
    ['a stop asked for', 'Peru refused the plane permission to refuel in Lima.'],
    ['what someone is charged with', 'Snowden flew to Moscow, escaping possible arrest on espionage charges.'],
    ['a fire fought on the ground', 'Troops were fighting the fire at the depot.'],
    ['a journey for the first time', 'The jets flew to Minsk for the first time since 2019.'],
    ['a coup that happened', 'The plane left Niamey days after a coup toppled the president.'],
    ['held under guard', 'He was taken away in an ambulance under heavy military guard.'],
    ['a government overthrown', 'The general who overthrew the president flew to Moscow.'],
  ])('none: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the acronym with its words and gives the span that names the reason', () => {
    const text = 'The group arrived as part of military-technical cooperation (MTC) between the two states.';
    const [f] = purpose.extract({ index: 0, text });
    expect(f!.value).toEqual({ category: 'military-technical cooperation', detail: 'military-technical cooperation (MTC)' });
    expect(text.slice(f!.start, f!.end)).toBe('as part of military-technical cooperation (MTC)');
  });
});

describe('purpose.relate', () => {
  const v = (category: string): PurposeValue => ({ category });
  it.each([
    ['training', 'training', 'equal'],
    ['military-technical cooperation', 'maintenance', 'broader'],
    ['training', 'military-technical cooperation', 'narrower'],
    ['training', 'maintenance', 'compatible'],
    ['scientific research', 'surveillance', 'conflict'],
    ['humanitarian aid', 'weapons delivery', 'conflict'],
    ['weapons delivery', 'prisoner exchange', 'conflict'],
    ['exercises', 'evacuation', 'unrelated'],
  ])('%s / %s → %s', (x, y, expected) => {
    expect(purpose.relate(v(x), v(y))).toBe(expected);
  });
});

describe('purpose.compare', () => {
  let n = 0;
  const fact = (category: string): Fact<PurposeValue> => ({
    facet: 'purpose', value: { category }, text: category, sentence: n++, start: 0, end: 1, rule: 'purpose/test', scope: 'event',
  });
  it.each([
    ['same categories', ['exercises'], ['exercises', 'exercises'], 'agree'],
    ['one side names more related reasons', ['military-technical cooperation'], ['military-technical cooperation', 'training', 'maintenance'], 'partial'],
    ['different reasons, no contradiction', ['exercises'], ['evacuation'], 'partial'],
    ['incompatible reasons', ['humanitarian aid'], ['weapons delivery'], 'conflict'],
    // A reason both give is not contradicted by the other reason one side reports beside it.
    ['a reason confirmed beside a clashing one', ['surveillance', 'scientific research'], ['scientific research'], 'partial'],
    ['incompatible reasons, neither confirmed', ['surveillance'], ['scientific research'], 'conflict'],
  ])('%s → %s', (_, a, b, verdict) => {
    expect(purpose.compare!(a.map(fact), b.map(fact)).verdict).toBe(verdict);
  });
});

describe('purpose through compare()', () => {
  it('a side that reports two governments giving incompatible reasons is disputed', () => {
    const report = compare(
      { id: 'x', text: 'A white balloon crossed Montana on Thursday. The government said the balloon was for weather research; the Pentagon said it was for surveillance.', publishedAt: '2023-02-04' },
      { id: 'y', text: 'A large balloon was seen over Montana on Thursday. It was used for weather research, the embassy said.', publishedAt: '2023-02-04' },
    );
    const row = report.facets.find((f) => f.facet === 'purpose')!;
    expect(row.verdict).toBe('disputed');
    expect(row.claims?.map((c) => [c.side, c.source]).sort()).toEqual([['a', 'government'], ['a', 'pentagon']]);
  });

  it('a company that says its men went to guard mines against a government that says they plotted a coup is a dispute', () => {
    const report = compare(
      { id: 'x', text: 'Zimbabwe seized a Boeing 727 carrying 64 men at Harare airport on Sunday.', publishedAt: '2004-03-09' },
      { id: 'y', text: 'The company said the 64 men were on their way to guard mines in Congo. The government said the group was planning a coup.', publishedAt: '2004-03-09' },
    );
    expect(report.facets.find((f) => f.facet === 'purpose')?.verdict).toBe('disputed');
  });

  it('two reports giving one reason agree', () => {
    const report = compare(
      { id: 'x', text: 'Two C-17s landed in Kabul on Sunday in order to evacuate embassy staff.', publishedAt: '2021-08-16' },
      { id: 'y', text: 'The planes came for the evacuation of diplomats, officials said.', publishedAt: '2021-08-16' },
    );
    expect(report.facets.find((f) => f.facet === 'purpose')?.verdict).toBe('agree');
  });
});

import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { cause, type CauseValue } from '../../src/facets/cause.js';

const found = (text: string) => cause.extract({ index: 0, text }).map((f) => f.value);

describe('cause.extract', () => {
  it.each([
    ['shot down by an agent', 'Officials said the Il-76 was shot down by Ukrainian air defence near Belgorod.', [{ category: 'shot down', agent: 'Ukrainian air defence' }]],
    ['hit by a missile', 'The transport plane was hit by a Russian missile shortly after take-off.', [{ category: 'shot down', agent: 'Russian missile' }]],
    ['the agent of a reduced relative clause stops at the main verb', 'Putin said the Su-24 shot down by a Turkish fighter jet was flying over Syria.', [{ category: 'shot down', agent: 'Turkish fighter jet' }]],
    ['engine failure', 'The helicopter crashed due to engine failure.', [{ category: 'engine failure' }]],
    ['explosions on board', 'The panel said the 2010 crash was caused by explosions on board.', [{ category: 'explosion on board' }]],
    ['technical failure', 'The An-26 went down after a technical failure, the ministry said.', [{ category: 'technical failure' }]],
    ['a system that failed', 'The A320 landed in a field after its hydraulic system failed.', [{ category: 'technical failure' }]],
    ['pilot error', 'Investigators blamed the crash on pilot error.', [{ category: 'pilot error' }]],
    ['weather', 'The small plane crashed in bad weather near the airfield.', [{ category: 'bad weather' }]],
    ['bird strike', 'A bird strike forced the airliner into an emergency landing.', [{ category: 'bird strike' }]],
    ['fuel', 'The jet ran out of fuel before reaching the runway.', [{ category: 'fuel shortage' }]],
    ['icing', 'Icing on the wings brought the turboprop down, the report found.', [{ category: 'icing' }]],
    ['ice that built up', 'Ice may have built up on the wings of the turboprop, investigators said.', [{ category: 'icing' }]],
    ['ice reported forming', 'The pilot of the turboprop that crashed had reported ice forming on the wings.', [{ category: 'icing' }]],
    ['ice shed into the engines', 'Ice that had broken off the wings was sucked into the engines of the jet that crash-landed.', [{ category: 'icing' }]],
    ['ice that was not there', 'The runway was clear of ice, officials said.', []],
    // A cause the sentence keeps, beside two it rules out.
    ['one kept, two ruled out', 'Only an external impact could explain why the plane broke up in mid-air, ruling out technical failure and pilot error.',
      [{ category: 'external interference' }, { category: 'technical failure', ruledOut: true }, { category: 'pilot error', ruledOut: true }]],
    ['explosion on board', 'An explosion on board destroyed the aircraft over Sinai.', [{ category: 'explosion on board' }]],
    // A sentence that names an aircraft type speaks of an aircraft, with no word of an incident.
    ['a named type hit by a weapon of several words', 'Officials said the Boeing 737 was hit by an Iranian surface-to-air missile.', [{ category: 'shot down', agent: 'Iranian surface-to-air missile' }]],
    ['a link before the subject is no part of it', 'The military said its jets were back home when the plane was hit, and that Syrian anti-aircraft fire had been inaccurate.', [{ category: 'weapons fire', agent: 'Syrian' }]],
    ['an agent before a participle', 'A Russian military plane was shot down by Syrian government forces responding to an Israeli air strike, Moscow said.', [{ category: 'shot down', agent: 'Syrian government forces' }]],
    ['both engines lost', 'The pilot told air traffic control that the aircraft had lost both engines.', [{ category: 'engine failure' }]],
    ['a named type and an engine fire', 'Tehran said the Boeing 737 suffered an engine fire.', [{ category: 'engine failure' }]],
    ['a cause named as such', 'An engine fire was the likely cause, the ministry said.', [{ category: 'engine failure' }]],
    ['monsoon rain', 'The Airbus had been trying to land in monsoon rain when it crashed into a hillside.', [{ category: 'bad weather' }, { category: 'terrain collision' }]],
    // The subject of an active "shot down" did it, past a verb of saying.
    ['the subject of an active verb', 'Turkish F-16 fighter jets shot down a Russian Su-24 bomber on Tuesday.', [{ category: 'shot down', agent: 'Turkish F-16 fighter jets' }]],
    ['the subject after a verb of saying', 'Kyiv says Russian missiles shot down the plane.', [{ category: 'shot down', agent: 'Russian missiles' }]],
    ['a passive has no subject agent', 'A Russian plane was shot down near the border.', [{ category: 'shot down' }]],
    // One aircraft hitting another, and the other party's account of how it came down.
    ['a jet struck the propeller', 'A Russian Su-27 fighter jet struck the propeller of a U.S. MQ-9 Reaper drone.', [{ category: 'collision' }]],
    ['a headline collides', 'Russian jet collides with U.S. drone over Black Sea', [{ category: 'collision' }]],
    ['contact with the drone', 'Officials said the jet came into contact with the drone.', [{ category: 'collision' }]],
    ['own manoeuvring', 'The ministry said the drone crashed because of its own sharp manoeuvring.', [{ category: 'own manoeuvring' }]],
    ['a denial leaves the clause after the comma', 'Moscow denied that its jets had come into contact with the drone, saying it crashed after sharp manoeuvring.', [{ category: 'own manoeuvring' }]],
    // A headline drops the "was": with no object after it, the downing is a passive.
    ["a headline's passive", 'China balloon shot down over Atlantic after crossing US', [{ category: 'shot down' }]],
    ["a headline's passive at its end", 'Russian jet shot down', [{ category: 'shot down' }]],
    ["a headline's present tense is active", 'U.S. fighter jet shoots down suspected Chinese spy balloon', [{ category: 'shot down', agent: 'U.S. fighter jet' }]],
    ['"over" a count is no place', 'Russian air defences shot down over 20 drones overnight.', [{ category: 'shot down', agent: 'Russian air defences' }]],
    ['a subject after a dateline\'s dash', 'WASHINGTON, Feb 4 (Reuters) - A U.S. military fighter jet shot down a suspected Chinese spy balloon.', [{ category: 'shot down', agent: 'U.S. military fighter jet' }]],
    ['a pronoun is no agent', 'The pilots said they had shot down a drone.', [{ category: 'shot down' }]],
    ['the day of a saying is no part of the agent', 'Turkey said on Sunday that Syria shot down its reconnaissance jet.', [{ category: 'shot down', agent: 'Syria' }]],
    ['colliding with another aircraft', 'The plane landed on Hainan after colliding with a Chinese fighter jet.', [{ category: 'collision' }]],
    ['an open question asserts nothing', 'It was not immediately clear whether the helicopters had collided.', []],
    ['nor does one too early to answer', 'He said it was too early to know whether wind shear or a mechanical problem caused the crash.', []],
    ['nor one under study', 'Investigators said they were studying whether a downdraft from the storm had forced the plane down.', []],
    ['a cause being examined is left open', 'The military said possible pilot error or a technical fault were being examined after the crash.', []],
    ["the jet's own downing of missiles", 'The pilot had shot down three cruise missiles and a drone before the crash.', []],
    ['an auxiliary is no part of the subject', 'Rebel leaders said Ukrainian forces had brought the plane down.', [{ category: 'shot down', agent: 'Ukrainian forces' }]],
    ['the accused, past the words of the charge', 'Egypt accused Israel of a criminal act for shooting down the Libyan airliner.', [{ category: 'shot down', agent: 'Israel' }]],
    ["an adverb of the saying is no part of the subject", 'Russian investigators had said earlier that a Ukrainian S-200 missile brought the plane down.', [{ category: 'shot down', agent: 'Ukrainian S-200 missile' }]],
    // "downed", "hit" with an aircraft as object: a downing when a nation's forces do it.
    ['a nation\'s system downed an aircraft', "Syria's S-200 air defence system mistakenly downed a Russian military aircraft.", [{ category: 'shot down', agent: "Syria's S-200 air defence system" }]],
    ['air defences hit the plane', 'The ministry said Syrian air defences hit the plane by mistake.', [{ category: 'shot down', agent: 'Syrian air defences' }]],
    ['lightning', 'The captain said the aircraft had been struck by lightning.', [{ category: 'bad weather' }]],
    ['a rainstorm', 'His plane slammed into a mountain in a rainstorm on Friday.', [{ category: 'terrain collision' }, { category: 'bad weather' }]],
    ['a line squall', 'The dirigible broke in two in a line squall over the hills of Ohio.', [{ category: 'bad weather' }]],
    ['power lines', 'The jet crashed after hitting power lines.', [{ category: 'terrain collision' }]],
    ['a mountainside flown into', 'The Iberia airliner flew into a mountainside on Ibiza.', [{ category: 'terrain collision' }]],
    ['a snow-covered mountain slammed into', 'An Aerosvit Yakovlev-42 slammed into a snow-covered mountain in northern Greece.', [{ category: 'terrain collision' }]],
    // Smoke and fire a crew reports, said of the captain; a part lost in flight.
    ['smoke in the cabin', 'The jet crashed into the sea after the crew reported smoke in the cabin.', [{ category: 'fire on board' }]],
    ['a fire the captain reported', 'Its captain had reported a fire in the cargo hold before radio contact was lost.', [{ category: 'fire on board' }]],
    ['an engine lost', 'Witnesses said they saw an engine fall from the plane before it crashed.', [{ category: 'technical failure' }]],
    ['a cliff gone into', 'The Airbus slammed into a cliff in clouds on Friday.', [{ category: 'terrain collision' }]],
    ['a part lost, its craft between', 'Investigators said the tail fin of American Airlines Flight 587 had broken off before the jetliner crashed.', [{ category: 'technical failure' }]],
    ['an engine seen on fire', "Witnesses said one of the plane's engines was on fire before it hit the ground.", [{ category: 'engine failure' }]],
    ['jamming', 'The drone crashed after its signal was jammed.', [{ category: 'electronic warfare' }]],
    // A part that jammed is no jamming of signals.
    ['a jammed part', 'The pilots had fought a jammed horizontal stabilizer before the jet dived into the sea.', [{ category: 'technical failure' }]],
    ['a part that jammed', 'The landing gear jammed and the plane skidded off the runway.', [{ category: 'technical failure' }]],
    // What brought it down, when that is no nation's forces.
    ['a fire as the subject', 'Investigators said a fire may have brought it down.', [{ category: 'fire on board' }]],
    ['shots fired at a plane', 'Seoul said warning shots had been fired at the Russian plane.', [{ category: 'weapons fire' }]],
    ['the accused, without the day of the charge', 'Syria accused Turkey on Sunday of shooting down one of its warplanes.', [{ category: 'shot down', agent: 'Turkey' }]],
    ['the owner of the fire met', 'The F-16 crashed after coming under Syrian anti-aircraft fire.', [{ category: 'weapons fire', agent: 'Syrian' }]],
    ['forces that brought it down in a field', 'Officials said Ukrainian forces had brought the plane down in a field.', [{ category: 'shot down', agent: 'Ukrainian forces' }]],
    ['a fire in the hold', 'A fire in the cargo hold brought down the plane.', [{ category: 'fire on board' }]],
    ['a fire the crew radioed', 'The pilot had radioed that the cabin was on fire.', [{ category: 'fire on board' }]],
    ['a fire in a clause of its own', 'An overheated tyre may have started the fire that brought the plane down.', [{ category: 'fire on board' }]],
    ['a bomb threat is no explosion', 'The flight was forced to land in Minsk, citing a bomb threat.', [{ category: 'bomb threat' }]],
    ['technical reasons', 'Aeroflot said the plane returned because of technical reasons.', [{ category: 'technical failure' }]],
    // An error beside a downing explains the downing: no rival cause.
    ['human error behind a downing', "Iran's military admitted it had shot down the plane, citing human error.", [{ category: 'shot down' }]],
    // The agent's name may take six words.
    ['a named air defence system', 'Sources said the aircraft was shot down by a Russian Pantsir-S air defence system.', [{ category: 'shot down', agent: 'Russian Pantsir-S air defence system' }]],
    ['an engine on fire', 'The Il-76 crashed after one of its engines caught fire during takeoff.', [{ category: 'engine failure' }]],
    ['two aircraft that collided', 'The jet and an Army helicopter collided in midair near the airport.', [{ category: 'collision' }]],
    // A report of a bomb is a threat: the bomb itself was never found.
    ['a report of a bomb on board', 'Minsk ordered the jet to land after a report that there was a bomb on board.', [{ category: 'bomb threat' }]],
    ['a suspected bomb', 'The flight diverted to Shannon over a suspected bomb in the hold.', [{ category: 'bomb threat' }]],
    ['a security threat', 'The crew were told of a potential security threat.', [{ category: 'security threat' }]],
    // A bomb that brought a plane down is no shooting.
    ['brought down by a bomb', 'Investigators said the jet was brought down by a bomb on board over Sinai.', [{ category: 'explosion on board' }]],
    ['a bomb that destroyed it, in the active', 'A bomb destroyed the Pan Am jumbo jet that crashed on Lockerbie, investigators said.', [{ category: 'explosion on board' }]],
    ['an explosive found in the wreckage', 'Investigators found evidence of a detonating high explosive in the wreckage of the jet.', [{ category: 'explosion on board' }]],
    // Where it went off aboard, and who put it there, in the passive.
    ['a bomb in the hold', 'Investigators said a bomb had exploded in the forward baggage compartment of the DC-9.', [{ category: 'explosion on board' }]],
    ['a bomb planted by someone', 'The jet crashed, and officials suspected a bomb planted by Croatian nationalists.', [{ category: 'explosion on board' }]],
    ['a bomb on the ground', 'Hours after the jet landed, a bomb exploded in a market in the city.', []],
    // The agent after where and when: "shot down over eastern Ukraine in July 2014 by a Buk missile".
    ['an agent past where and when', 'MH17 was shot down over eastern Ukraine in July 2014 by a Russian-made Buk missile fired from territory held by separatists.', [{ category: 'shot down', agent: 'Russian-made Buk missile' }]],
    // A blast on the ground: a strike from the air, or a rocket that fell short.
    ['an air strike blamed', 'An explosion at the hospital killed 471 people, the ministry said, blaming an Israeli air strike.', [{ category: 'air strike' }]],
    ['a misfired rocket with who fired it', 'The military said the blast was caused by a rocket misfired by the Islamic Jihad group.', [{ category: 'misfired rocket', agent: 'Islamic Jihad group' }]],
    ['a failed launch, the strike ruled out', 'Officials said the evidence pointed to a failed rocket launch by militants, not an Israeli air strike.', [{ category: 'misfired rocket', agent: 'militants' }]],
    ['disorientation', 'Investigators said the pilot likely became disoriented in the clouds.', [{ category: 'pilot error' }]],
    ['brought down by a missile', 'Investigators said the jet was brought down by a missile over Donetsk.', [{ category: 'shot down' }]],
    // Fired on, whether or not it came down.
    ['shot at from the ground', 'Aliyev said the Azerbaijan Airlines plane was shot at from the ground over Russia.', [{ category: 'weapons fire' }]],
    ['damaged by air defence fire', 'Officials said the plane had been damaged by Russian air defence fire over Grozny.', [{ category: 'weapons fire', agent: 'Russian air defence fire' }]],
    // Gunfire that hits a craft damages it; a missile that hits it downs it.
    ['hit by gunfire', 'A Turkish C-130 was hit by gunfire while landing near Khartoum.', [{ category: 'weapons fire', agent: 'gunfire' }]],
    ['opening fire on', 'The army accused the RSF of opening fire on a Turkish evacuation plane.', [{ category: 'weapons fire' }]],
    ['missiles fired at the aircraft', "Russia's defence ministry said Ukraine had fired two missiles at the aircraft from the Kharkiv region.", [{ category: 'weapons fire', agent: 'Ukraine' }]],
    ['an aircraft under fire', 'The helicopter came under fire as it landed.', [{ category: 'weapons fire' }]],
    // A clause that rules nothing out ends at its comma.
    ['a cause after a doubt', 'There was no indication of what caused the crash, but officials said the jet was shot down.', [{ category: 'shot down' }]],
    // The accused did it, not the accuser.
    ['the accused is the doer', 'Moscow accused Ukraine of shooting the plane down with missiles.', [{ category: 'shot down', agent: 'Ukraine' }]],
    ['a nation\'s missile brought down a plane', 'A Russian missile brought down the airliner, Baku says.', [{ category: 'shot down', agent: 'Russian missile' }]],
    // Investigators look into an incident: their causes are its causes, but for one they rule out after it.
    ['what investigators look at, less what they think unlikely', 'A source told Interfax that investigators were looking at human error and technical failure, and that a terrorist attack was considered unlikely.',
      [{ category: 'pilot error' }, { category: 'technical failure' }]],
    // A doer described after its name.
    ['a subject described by a participle', 'Ethiopian troops serving with the African Union mission in Somalia shot down a civilian cargo plane.', [{ category: 'shot down', agent: 'Ethiopian troops' }]],
    ['an agent described by a participle', 'Two officials said the plane had been shot down by Ethiopian troops stationed in the area.', [{ category: 'shot down', agent: 'Ethiopian troops' }]],
    ['a flock of gulls', 'The Airbus A321 made an emergency landing in a cornfield after hitting a flock of gulls.', [{ category: 'bird strike' }]],
    ['fuel run out', 'The pilot told controllers the plane had run out of fuel minutes before the crash.', [{ category: 'fuel shortage' }]],
    // Flown into the ground on purpose; not a craft flown on purpose to do something else.
    ['flown into the ground on purpose', 'The captain deliberately flew the plane into the ground, the authority said.', [{ category: 'deliberate crash' }]],
    ['a co-pilot locked out', 'The pilot locked the co-pilot out of the cockpit before the jet went down.', [{ category: 'deliberate crash' }]],
    ['drones flown on purpose to disrupt', 'Police said the drones were being flown deliberately to disrupt the airport.', []],
    ['a pilot who steered clear on purpose', 'The pilot deliberately avoided the mountains before the plane landed.', []],
    // What a safety board finds of the pilot's act; not an act of someone else.
    ['a deliberate act by the pilot', 'U.S. officials said the evidence pointed to a deliberate act by the pilot of the SilkAir jet.', [{ category: 'deliberate crash' }]],
    ['intentional pilot action', "The board said the jet's dive was consistent with intentional pilot action.", [{ category: 'deliberate crash' }]],
    ['a deliberate act by the hijackers', 'Officials said the seizure of the jet was a deliberate act by the hijackers.', []],
    ['engines that had failed', 'The pilots of the jet reported that both engines had failed.', [{ category: 'engine failure' }]],
    // A craft that came down, named by a pronoun, is an incident; prices that came down are none.
    ['it came down in a storm', 'It came down in a cornfield near the airport during a storm.', [{ category: 'bad weather' }]],
    ['prices came down after a storm', 'Prices came down after the storm.', []],
    ['a plan ditched after a storm', 'The government ditched the plan after a storm of criticism.', []],
    // Smoke of fires that hid the ground, as fog does.
    ['thick smoke from forest fires', 'The Airbus crashed as it came in to land in thick smoke from forest fires.', [{ category: 'bad weather' }]],
    ['smoke of a fire the crash set', 'The crash sent smoke over the town.', []],
    // An engine that came apart, and worn metal.
    ['an engine that blew apart', 'The jet made an emergency landing after one of its engines blew apart in mid-air.', [{ category: 'engine failure' }]],
    // A missile's hit, denied as reported; a bomb that probably destroyed the jet, and who planted it.
    ['a reported hit denied', 'A military spokesman denied reports that the plane had been hit by a missile during a NATO exercise.', [{ category: 'shot down', ruledOut: true }]],
    ['a hit by a missile', 'The plane had been hit by a missile over the sea.', [{ category: 'shot down', agent: 'missile' }]],
    ['a bomb that probably destroyed the jet', 'South Korea said that a bomb had probably destroyed the Korean Air jet.', [{ category: 'explosion on board' }]],
    ['who planted the bomb', 'Seoul accused North Korea of planting the bomb on the jet.', [{ category: 'explosion on board' }]],
    ['a plant of trees', 'Villagers were planting trees near the airport where the jet landed.', []],
    // What investigators find of a bomb; fire from an enemy, ruled out.
    ['traces of explosives', 'Investigators said they had found traces of explosives in the wreckage of Flight 203.', [{ category: 'explosion on board' }]],
    // A time bomb placed aboard, or that went off; not a fleet called one.
    ['a time bomb placed', "Graham was charged with placing a time bomb in his mother's luggage aboard the plane that exploded.", [{ category: 'explosion on board' }]],
    ['a time bomb gone off', 'The plane crashed after a time bomb exploded in the cabin.', [{ category: 'explosion on board' }]],
    ['a time bomb as a figure of speech', 'Critics had called the aging plane a ticking time bomb before it crashed.', []],
    // Lightning as the doer, hedged; not lightning that struck no craft.
    ['lightning that may have struck', 'Investigators said that lightning may have struck the airliner before it crashed.', [{ category: 'bad weather' }]],
    ['lightning at a tree', 'Lightning struck a tree near the village.', []],
    ['no enemy activity', 'A NATO spokesman said there was no indication of enemy activity in the crash of the plane.', [{ category: 'weapons fire', ruledOut: true }]],
    ['enemy activity with no aircraft', 'Patrols reported enemy activity near the village.', []],
    ['an engine that had caught fire', 'A witness said one of the engines had caught fire before the plane went down.', [{ category: 'engine failure' }]],
    ['an engine that broke apart', 'A fan blade was missing from the engine that broke apart on a Southwest Airlines jet.', [{ category: 'engine failure' }]],
    ['metal fatigue', 'Investigators said a fan blade that snapped off in the engine of the flight was cracked from metal fatigue.', [{ category: 'technical failure' }]],
    ['a cause kept beside one ruled out after it', 'Investigators said the plane was brought down by a bomb, and sabotage by the crew has been ruled out.',
      [{ category: 'explosion on board' }, { category: 'sabotage', ruledOut: true }]],
    // Ruled out in so many words: kept as ruled out, to weigh against the other side's word that it was the cause.
    ['a ruled-out cause', 'Investigators ruled out sabotage in the crash.', [{ category: 'sabotage', ruledOut: true }]],
    // A party's claim another party rejects: ruled out by the one that rejects it.
    ['a rejected claim of a downing', "Colombia rejected Venezuela's claim that Colombian guerrillas had shot down a Venezuelan fighter jet, blaming a mechanical fault.",
      [{ category: 'shot down', ruledOut: true }, { category: 'technical failure' }]],
    ['a claim of a downing made', "Venezuela claimed that Colombian guerrillas had shot down a Venezuelan fighter jet.", [{ category: 'shot down', agent: 'Colombian guerrillas' }]],
    ['causes a list rules out', 'The airline said the crash was a mystery, ruling out technical failure and pilot error.',
      [{ category: 'technical failure', ruledOut: true }, { category: 'pilot error', ruledOut: true }]],
    ['a cause ruled out after it', 'Sabotage has been ruled out, investigators said.', [{ category: 'sabotage', ruledOut: true }]],
    // A passive whose subject is none of the craft; not one whose subject is those aboard.
    ['none of the raiders downed', 'None was shot down over Japan, the War Department said.', [{ category: 'shot down', ruledOut: true }]],
    ['a downing, none hurt', 'The drone was shot down, and none was hurt.', [{ category: 'shot down' }]],
    ['an engine fire ruled out', 'Investigators said they had ruled out an engine fire as the cause of the crash.', [{ category: 'engine failure', ruledOut: true }]],
    ['terrorism ruled out', 'The minister said a technical fault appeared to have caused the crash, ruling out terrorism.',
      [{ category: 'technical failure' }, { category: 'terrorism', ruledOut: true }]],
    ['no sign that it was terrorism', 'Officials said there was no sign that terrorism was involved in the crash.', [{ category: 'terrorism', ruledOut: true }]],
    ['terrorism given', 'Officials said terrorism caused the crash.', [{ category: 'terrorism' }]],
    // A bomb told as what did the damage, and a witness's belief.
    ['a bomb that caused the blast', 'Somalia said a bomb caused the blast that tore a hole in the Daallo Airlines jet.', [{ category: 'explosion on board' }]],
    ['a bomb hidden in a laptop', 'Officials said a bomb hidden in a laptop caused the explosion on the plane.', [{ category: 'explosion on board' }]],
    ["a pilot's belief", '"I think it was a bomb," the pilot said.', [{ category: 'explosion on board' }]],
    // A bomb's term before the noun of a threat is the threat.
    ['a bomb threat said so', 'The flight diverted to Shannon; officials said it was a bomb threat.', [{ category: 'bomb threat' }]],
    ['a bomb hoax', 'The jet returned to Dublin after what police said was a bomb hoax.', [{ category: 'bomb threat' }]],
    ['a searcher that crashed', 'A helicopter searching for survivors crashed because of bad weather.', [{ category: 'bad weather' }]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a blackout blamed on sabotage is no aircraft incident', 'The president blamed the power cut on sabotage by foreign agents.'],
    ['a likely cause of no incident', 'Heavy traffic was the likely cause of the delays.'],
    ['a grid fault', 'Engineers said the blackout was likely caused by a technical problem with transmission lines.'],
    ['a denied cause', 'The army said the plane was not shot down.'],
    ['no cause given', 'The plane crashed near the village, killing all 12 on board.'],
    ['a type that carries missiles is no downing', 'The An-124 delivered surface-to-air missiles.'],
    ['what hits a plane with no nation behind it', 'The ball hit the plane.'],
    ['a downed plane found', 'Rescuers reached the downed plane.'],
    ['a cause still unknown', 'The cause of the crash is being investigated.'],
    ['cars that collided', 'Two cars collided on the highway.'],
    ["a car's engine", "The car's engine caught fire."],
    ['a launch put off by weather', 'NASA postponed the rocket launch because of bad weather.'],
    // Fire on anything but an aircraft.
    ['police fired on a crowd', 'Police fired on the crowd outside the court.'],
    ['a convoy under fire', 'The convoy came under fire near the crash site.'],
    ['missiles fired at a city', 'Russia fired 40 missiles at the city overnight.'],
    ['a government brought down', 'The scandal brought down the government.'],
    // A pilot who brought the plane down landed it.
    ['a captain who landed it', 'Captain Robert Piche brought the plane down at an air base on the island of Terceira.'],
    ['a crew that landed it safely', 'The crew brought the jet down safely in a field.'],
    ['a pilot praised for the landing', 'The pilot, Stefan Rasmussen, was praised for bringing the plane down in the field.'],
    // What brought it down, asked.
    ['a question of what brought it down', 'Investigators tried to find out what brought it down.'],
    ['what may have brought it down', 'Officials would not say what may have brought the plane down.'],
    // Ruled out however far the clause goes on.
    ['no information to suggest it', 'The Pentagon said it had no information to suggest that a surface-to-air missile had brought the jet down.'],
    ['a contact denied', "Russia's defence ministry denied that its jets had come into contact with the drone."],
    ['no shots fired', 'The ministry said no warning shots had been fired at the Russian planes.'],
    ['a ball that hit the wing', 'The striker hit the wing of the stand.'],
    ["a driver's manoeuvring", 'The truck overturned after sharp manoeuvring on the highway.'],
    // Ruled out by the words after it.
    ['a cause thought unlikely', 'Officials said a terrorist attack on the plane was considered unlikely.'],
    ['a cause not among the theories', 'Investigators said terrorism was not among the main theories for the crash.'],
    // An open question or speculation asserts nothing.
    ['a question of which cause', 'Officials said it was too early to say whether a bomb or a mechanical failure brought the jet down.'],
    ['speculation of a downing', 'Witnesses saw a streak of light before the plane exploded, raising speculation that it was hit by a missile.'],
    // Left open as one of several possible causes.
    ['causes looked at as possible ones', 'Investigators were looking at technical failure and pilot error as possible causes of the crash.'],
    // Not ruled out: left open, so nothing is said either way.
    ['a cause not ruled out', 'Russian authorities said the weather was to blame for the crash, but did not rule out pilot error.'],
    // The end of a compound word names no cause.
    ['an anti-terrorism prosecutor', 'The anti-terrorism prosecutor opened an investigation into the crash.'],
    ["a cause they can't rule out", "Investigators said they can't rule out sabotage in the crash."],
    ['a cause that could not be ruled out', 'The company said hydrogen gas had caught fire but that sabotage could not be ruled out.'],
    // Why a search or a recovery stopped, not why the craft came down.
    ['a recovery ended by weather', 'The AAIB said it had ended its attempt to recover the wreckage of the plane because of bad weather.'],
    ['a search suspended', 'The search for the crashed plane was suspended due to strong winds.'],
    // A doubt in the first person.
    ["a bomb the pilot doubts", '"I don\'t think it was a bomb," the pilot said.'],
    ['a bomb doubted in full words', 'The pilot said he did not think it was a bomb.'],
    // A wing of a party, and a team's captain.
    ["a party's wing", 'The team captain said the wing separated from the club.'],
    ['a part of no craft', 'The tail of the queue broke off when the plane crashed.'],
    ['a part lost to an impact told before it', 'The jet struck a seawall short of the runway and its tail broke off.'],
  ])('none: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('cause.relate', () => {
  const v = (category: string, agent?: string): CauseValue => (agent ? { category, agent } : { category });
  const out = (category: string): CauseValue => ({ category, ruledOut: true });
  it.each([
    [v('shot down'), v('technical failure'), 'conflict'],
    [v('shot down', 'Ukrainian air defence'), v('shot down', 'Russian missile'), 'conflict'],
    [v('shot down', 'Ukrainian air defence'), v('shot down', "Ukraine's forces"), 'equal'],
    [v('shot down', 'a Polish fighter'), v('shot down'), 'narrower'],
    [v('engine failure'), v('technical failure'), 'narrower'],
    [v('technical failure'), v('engine failure'), 'broader'],
    [v('pilot error'), v('bad weather'), 'unrelated'],
    [v('bomb threat'), v('security threat'), 'narrower'],
    [v('air strike'), v('misfired rocket'), 'conflict'],
    // "external interference" says something hit the plane from outside, without saying what.
    [v('shot down'), v('external interference'), 'narrower'],
    [v('external interference'), v('bird strike'), 'conflict'],
    [v('security threat'), v('explosion on board'), 'unrelated'],
    // Brought down is a kind of fired on, and so of outside interference; a bird strike rules both out.
    [v('shot down'), v('weapons fire'), 'narrower'],
    [v('weapons fire'), v('shot down', 'Russian missile'), 'broader'],
    [v('weapons fire'), v('external interference'), 'narrower'],
    [v('weapons fire'), v('bird strike'), 'conflict'],
    [v('weapons fire'), v('technical failure'), 'conflict'],
    // A jet that struck the drone against the drone's own manoeuvring: two accounts of one crash.
    [v('collision'), v('own manoeuvring'), 'conflict'],
    [v('own manoeuvring'), v('bad weather'), 'unrelated'],
    // A crash on purpose is no failure of the craft, the weather or the pilot's skill.
    [v('deliberate crash'), v('technical failure'), 'conflict'],
    [v('deliberate crash'), v('pilot error'), 'conflict'],
    [v('deliberate crash'), v('sabotage'), 'unrelated'],
    // A cause ruled out clashes with the word that it, or a kind of it, was the cause.
    [out('engine failure'), v('engine failure'), 'conflict'],
    [v('engine failure'), out('technical failure'), 'conflict'],
    [out('engine failure'), v('technical failure'), 'unrelated'],
    [out('sabotage'), v('bad weather'), 'unrelated'],
    [out('sabotage'), out('sabotage'), 'equal'],
    [out('sabotage'), out('pilot error'), 'unrelated'],
  ])('%j / %j → %s', (x, y, expected) => {
    expect(cause.relate(x, y)).toBe(expected);
  });
});

describe('cause through compare()', () => {
  it('a side that reports each party blaming the other is disputed', () => {
    const report = compare(
      {
        id: 'x',
        sentences: [
          'An Il-76 military transport plane crashed near Belgorod on Wednesday.',
          'Moscow says the Il-76 transport plane that crashed near Belgorod was shot down by Ukrainian air defence.',
          'Kyiv says the Il-76 transport plane that crashed near Belgorod was hit by a Russian missile.',
        ],
        publishedAt: '2024-01-25',
      },
      { id: 'y', sentences: ['An Il-76 transport plane crashed in the Belgorod region on Wednesday, killing everyone on board.'], publishedAt: '2024-01-25' },
    );
    const row = report.facets.find((f) => f.facet === 'cause')!;
    expect(row.verdict).toBe('disputed');
    expect(row.claims?.map((c) => c.source).sort()).toEqual(['russia', 'ukraine']);
  });

  it('a bird strike and fire from the ground, each from its party, are competing claims', () => {
    const report = compare(
      {
        id: 'x',
        sentences: [
          'An Embraer 190 crashed near Aktau on Wednesday.',
          "Russia's aviation authority said the pilots had diverted after a bird strike.",
          'Azerbaijani officials later said the plane had been damaged by Russian air defence fire.',
        ],
      },
      { id: 'y', sentences: ['The Embraer 190 crashed near Aktau on Wednesday after it was shot at from the ground.'] },
    );
    const row = report.facets.find((f) => f.facet === 'cause')!;
    expect(row.verdict).toBe('disputed');
    expect(row.explanation).toContain('"bird strike" (russian aviation authority)');
  });

  it('a cause one side gives and the other says was ruled out is a conflict', () => {
    const report = compare(
      { id: 'x', sentences: ["Witnesses said the jet's left engine caught fire as it took off, and the plane crashed."], publishedAt: '2008-08-20' },
      { id: 'y', sentences: ['Investigators said they had ruled out an engine fire as the cause of the crash.'], publishedAt: '2008-08-22' },
    );
    const row = report.facets.find((f) => f.facet === 'cause')!;
    expect(row.verdict).toBe('conflict');
    expect(row.b.map((f) => f.value)).toEqual([{ category: 'engine failure', ruledOut: true }]);
  });

  it('a downing against a technical failure is a conflict', () => {
    const report = compare(
      { id: 'x', sentences: ['The airliner was shot down over the desert on Monday.'], publishedAt: '2020-01-10' },
      { id: 'y', sentences: ['The airliner crashed over the desert on Monday after a technical failure.'], publishedAt: '2020-01-10' },
    );
    expect(report.facets.find((f) => f.facet === 'cause')?.verdict).toBe('conflict');
  });
});

it('cause.extract stays fast on 100 KB of near-matches', () => {
  const text = 'plane hit by the the the '.repeat(4_000) + 'shot down by ' + 'a '.repeat(5_000);
  const t0 = performance.now();
  cause.extract({ index: 0, text });
  expect(performance.now() - t0).toBeLessThan(2000);
});

import { describe, expect, it } from 'vitest';
import { actors, samePerson, type ActorValue } from '../../src/facets/actors.js';
import { judgeByRelation } from '../../src/facets/facet.js';
import type { Fact } from '../../src/types.js';

const found = (text: string) => actors.extract({ index: 0, text }).map((f) => f.value);

describe('actors.extract', () => {
  it.each([
    ['headed by, with a long title', 'The 40 instructors were headed by the Deputy Commander of the Airborne Troops Andrei Kholzakov.', [{ name: 'Andrei Kholzakov', role: 'leader', title: 'Deputy Commander of the Airborne Troops' }]],
    ['led by a rank', 'The delegation, led by Gen. Ivan Petrov, arrived in Damascus on Monday.', [{ name: 'Ivan Petrov', role: 'leader', title: 'Gen.' }]],
    ['a rank and a surname only', 'The battalion was commanded by Colonel Okafor.', [{ name: 'Okafor', role: 'leader', title: 'Colonel' }]],
    ['piloted by, with a particle', 'The plane was piloted by Captain Juan de la Cruz, who had flown the route before.', [{ name: 'Juan de la Cruz', role: 'pilot', title: 'Captain' }]],
    ['apposition', 'The pilot, Captain Anna Kowalska, landed the damaged jet safely.', [{ name: 'Anna Kowalska', role: 'pilot', title: 'Captain' }]],
    ['the role after the name', 'Jimmy Leeward, the pilot of the modified P-51D Mustang, was among the dead.', [{ name: 'Jimmy Leeward', role: 'pilot' }]],
    ['the role after a reported name', 'Officials said John Smith, the captain of the jet, survived.', [{ name: 'John Smith', role: 'pilot' }]],
    ['the role, then who held it', 'The captain was Katie Leslie, 25, and the first officer was Jonathan Gibbs, 27.', [
      { name: 'Katie Leslie', role: 'pilot' }, { name: 'Jonathan Gibbs', role: 'pilot' },
    ]],
    ['accents and a compound surname', 'The troops were welcomed by Defence Minister Vladimir Padrino López at the airport.', [{ name: 'Vladimir Padrino López', role: 'greeter', title: 'Defence Minister' }]],
    ['a list of greeters', 'They were met upon arrival by the head of the Civil Aviation Authority Kofi Mensah, the mayor of the city Ama Owusu and the staff of the French embassy.', [
      { name: 'Kofi Mensah', role: 'greeter', title: 'head of the Civil Aviation Authority' },
      { name: 'Ama Owusu', role: 'greeter', title: 'mayor of the city' },
    ]],
    ['a name without a title', 'The evacuation was organised by Sarah Lindqvist.', [{ name: 'Sarah Lindqvist', role: 'organiser' }]],
    ['a demonym of two words starts the title', 'Putin was greeted at the airport by North Korean leader Kim Jong Un.', [{ name: 'Kim Jong Un', role: 'greeter', title: 'North Korean leader' }]],
    ['a hug on the tarmac', 'Kim Jong Un hugged the Russian leader on the tarmac.', [{ name: 'Kim Jong Un', role: 'greeter' }]],
    ['a visitor after a dateline', 'SEOUL, June 19 (Reuters) - Russian President Vladimir Putin arrived in Pyongyang early on Wednesday.', [{ name: 'Vladimir Putin', role: 'visitor', title: 'Russian President' }]],
    ['a title after the name', 'The mission, headed by Omar Haddad, head of the logistics directorate, reached Amman.', [{ name: 'Omar Haddad', role: 'leader', title: 'head of the logistics directorate' }]],
    ['a rank before and a post after', 'It was led by Maj. Gen. Li Wei, deputy commander of the Western Theatre, on Friday.', [{ name: 'Li Wei', role: 'leader', title: 'Maj. Gen. deputy commander of the Western Theatre' }]],
    ['a post after the name, cut at the next clause', 'The team was headed by Ana Ruiz, ambassador to Cuba, on Monday.', [{ name: 'Ana Ruiz', role: 'leader', title: 'ambassador' }]],
    ['no title from a relative clause', 'The team was headed by Ana Ruiz, who arrived on Monday.', [{ name: 'Ana Ruiz', role: 'leader' }]],
    ['no title from the subject of a reporting verb', 'The team was headed by Ana Ruiz, the defence minister said.', [{ name: 'Ana Ruiz', role: 'leader' }]],
    ['no title from a verb after the comma', 'The team was headed by Ana Ruiz, landing in Havana on Monday.', [{ name: 'Ana Ruiz', role: 'leader' }]],
    // The person who came: named right before a journey's verb, at the start of the clause.
    ['a visitor', 'Russian Defence Minister Sergei Shoigu arrived in Pyongyang on Tuesday.', [{ name: 'Sergei Shoigu', role: 'visitor', title: 'Russian Defence Minister' }]],
    ['a visitor with a possessive title', "Russia's defense chief Sergei Shoigu landed in North Korea on July 25.", [{ name: 'Sergei Shoigu', role: 'visitor', title: "Russia's defense chief" }]],
    ['no visitor where planes came', 'Russian military planes arrived in Caracas.', []],
    // A name alone, then "and" and a titled name: the title is the second one's, not "Putin and Defence Minister".
    ['a name alone, then a titled one', 'Putin and Defence Minister Sergei Shoigu flew to Minsk.', [{ name: 'Sergei Shoigu', role: 'visitor', title: 'Defence Minister' }]],
    ['a queen consort', 'Charles and Queen Consort Camilla flew in from London.', [{ name: 'Camilla', role: 'visitor', title: 'Queen Consort' }]],
    ['no visitor in a count of nationals', 'About 100 Russians arrived by plane at Timbuktu airport.', []],
    // A particle joined to a name by a hyphen is part of it.
    ['a greeter with a joined particle', 'He was greeted on the tarmac by Prime Minister Mustafa al-Kadhimi.', [{ name: 'Mustafa al-Kadhimi', role: 'greeter', title: 'Prime Minister' }]],
    ['a lower-case word joined to no name ends it', 'He was greeted on the tarmac by Prime Minister Mustafa al-qaeda-style guards.', [{ name: 'Mustafa', role: 'greeter', title: 'Prime Minister' }]],
    // The plane that carried the person is no part of their title.
    ['a visitor the plane carried', 'A plane carrying Russian opposition leader Alexei Navalny landed in Berlin.', [{ name: 'Alexei Navalny', role: 'visitor', title: 'Russian opposition leader' }]],
    // Reported speech: the person starts the reported clause.
    ['a visitor inside a report', 'Officials said Sergei Shoigu arrived.', [{ name: 'Sergei Shoigu', role: 'visitor' }]],
    ['a visitor inside a dated report', 'Officials said on Tuesday that Sergei Shoigu arrived.', [{ name: 'Sergei Shoigu', role: 'visitor' }]],
    ['no visitor where his plane came', "Officials said Sergei Shoigu's plane arrived.", []],
    // Greeters: the passive with where before "by", and the active with the greeter first.
    ['a greeter with where they met', 'She was greeted on the tarmac by Foreign Minister Joseph Wu.', [{ name: 'Joseph Wu', role: 'greeter', title: 'Foreign Minister' }]],
    ['a crown prince', 'He was greeted at the airport by Saudi Crown Prince Mohammed bin Salman.', [{ name: 'Mohammed bin Salman', role: 'greeter', title: 'Saudi Crown Prince' }]],
    ['a greeter with a longer where', 'Xi was welcomed on the red carpet at Vnukovo-2 government airport by Russian Deputy Prime Minister Dmitry Chernyshenko.',
      [{ name: 'Dmitry Chernyshenko', role: 'greeter', title: 'Russian Deputy Prime Minister' }]],
    ['a greeter who welcomed', 'Taiwanese foreign minister Joseph Wu welcomed her as she stepped off the aircraft.', [{ name: 'Joseph Wu', role: 'greeter', title: 'Taiwanese foreign minister' }]],
    ['no greeter of an idea', 'The proposal was welcomed on Monday by analysts.', []],
    ['no greeter the role is denied to', 'He was greeted by Cuban Foreign Minister Bruno Rodriguez, not by President Raul Castro.',
      [{ name: 'Bruno Rodriguez', role: 'greeter', title: 'Cuban Foreign Minister' }]],
    ['two greeters of a list', 'He was greeted by Foreign Minister Bruno Rodriguez, and by Vice President Miguel Diaz-Canel.',
      [{ name: 'Bruno Rodriguez', role: 'greeter', title: 'Foreign Minister' }, { name: 'Miguel Diaz-Canel', role: 'greeter', title: 'Vice President' }]],
    ['no greeter in a meeting', 'Vladimir Putin met Nicolas Maduro in Moscow.', []],
    // A verb of the past ends a list that began with a place ("left"), not a title's "left-wing".
    ['no sender after a place and its verb', 'The jet sent by Rome left Villa Nueva Alta on Sunday.', []],
    ['a sender with a left-wing title', 'The aid was sent by left-wing Governor Ana Perez.', [{ name: 'Ana Perez', role: 'sender', title: 'left-wing Governor' }]],
    ['a pilot with initials', 'The pilot, Flight Officer John R. S. Morgan, was aboard.', [{ name: 'John R. S. Morgan', role: 'pilot', title: 'Flight Officer' }]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a president who only speaks', 'President Gustavo Petro said the flights would continue.'],
    ['a place before the role of a speaker', 'The plane hit Smith Tower, the pilot said.'],
    ['people named in passing', 'Foreign Minister Sergei Lavrov called Secretary of State Antony Blinken on Tuesday.'],
    ['led by someone unnamed', 'The convoy was led by a local guide.'],
    ['an organisation, not a person', 'The jets were met by the staff of the Russian embassy in Caracas.'],
    ['a relief body named after a king', 'The aid was sent by the King Salman Humanitarian Aid and Relief Centre (KSrelief).'],
    ['a charity', 'The plane was chartered by the Turkish Red Crescent Society.'],
    ['an idea embraced', 'Chancellor Olaf Scholz embraced the idea of a ceasefire.'],
    ['a country that flew people', 'The United States flew 238 Venezuelans to El Salvador.'],
    ['a demonym of two words alone', 'The jets were met by North Korean officials.'],
    ['a role and what befell its holder', 'The captain was killed and the first officer was injured.'],
    ['a count of a people', 'Three Americans landed their balloon in a wheat field here tonight.'],
    ['an airship by its name', 'The Graf Zeppelin landed here this morning.'],
  ])('none: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('spans the cue and the name', () => {
    const text = 'The crew was headed by Lt. Col. Maria Santos.';
    const [f] = actors.extract({ index: 0, text });
    expect(text.slice(f!.start, f!.end)).toBe('headed by Lt. Col. Maria Santos');
  });
});

describe('samePerson', () => {
  it.each([
    ['Nicolás Maduro', 'Nicolas Maduro', true],
    ['Vasily Tonkoshkurov', 'Vasily Tonkoshkurow', true],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', true],
    ['Petrov', 'Ivan Petrov', true],
    ['I. Petrov', 'Ivan Petrov', true],
    ['Jean-Pierre Dupont', 'Jean Pierre Dupont', true],
    ['Raúl Castro', 'Fidel Castro', false],
    ['Ivan Petrov', 'Ivan Sidorov', false],
  ])('%s / %s → %s', (x, y, expected) => {
    expect(samePerson(x, y)).toBe(expected);
  });
});

describe('actors.relate', () => {
  const v = (name: string, title?: string, role = 'leader'): ActorValue => (title ? { name, role, title } : { name, role });
  it.each([
    ['different people', v('Ivan Petrov', 'General'), v('Oleg Sidorov', 'General'), 'unrelated'],
    ['one person, one title', v('Ivan Petrov', 'Chief of Staff of the Ground Forces'), v('Ivan Petrow', 'chief of staff of the ground forces'), 'equal'],
    ['one person, incompatible posts', v('Ivan Petrov', 'chief of staff of the ground forces'), v('Ivan Petrov', 'head of the mobilisation directorate'), 'conflict'],
    ['a rank and a post can both hold', v('Ivan Petrov', 'Gen.'), v('Ivan Petrov', 'Deputy Defence Minister'), 'compatible'],
    ['an abbreviated rank is the rank', v('Ivan Petrov', 'Col.'), v('Ivan Petrov', 'Colonel'), 'equal'],
    ['two ranks clash', v('Ivan Petrov', 'Colonel'), v('Ivan Petrov', 'Major'), 'conflict'],
    ['a title against none', v('Ivan Petrov', 'Captain'), v('Ivan Petrov'), 'narrower'],
    ['none against a title', v('Petrov'), v('Ivan Petrov', 'Captain'), 'broader'],
    ['one person in two roles', v('Ivan Petrov', undefined, 'leader'), v('Ivan Petrov', undefined, 'greeter'), 'compatible'],
    // One post said of one nation two ways; a post of another field is another post.
    ['one post, two ways', v('Sergei Shoigu', 'Russian Defence Minister'), v('Sergei Shoigu', "Russia's defense chief"), 'compatible'],
    ['two fields', v('Sergei Shoigu', 'foreign minister'), v('Sergei Shoigu', 'defence minister'), 'conflict'],
    // The post below is another post, not the same one told less precisely.
    ['a deputy against the minister', v('Alexander Fomin', 'Deputy Defence Minister'), v('Alexander Fomin', 'Defence Minister'), 'conflict'],
    ['a vice president against the president', v('Kamala Harris', 'Vice President'), v('Kamala Harris', 'President'), 'conflict'],
    ['one deputy post, two ways', v('Alexander Fomin', 'Russian Deputy Defence Minister'), v('Alexander Fomin', "Russia's deputy defence minister"), 'compatible'],
  ])('%s', (_, x, y, expected) => {
    expect(actors.relate(x, y)).toBe(expected);
  });

  let n = 0;
  const fact = (value: ActorValue): Fact<ActorValue> => ({
    facet: 'actors', value, text: value.name, sentence: n++, start: 0, end: 1, rule: 'actors/test', scope: 'event',
  });
  it.each([
    ['spelling variants of one leader agree', [v('Nicolás Maduro')], [v('Nicolas Maduro')], 'agree'],
    ['a title on one side only is partial', [v('Ivan Petrov')], [v('Ivan Petrov', 'Colonel')], 'partial'],
    ['a person with two posts is a conflict, not a new person', [v('Ivan Petrov', 'head of the air force')], [v('Ivan Petrov', 'commander of the navy')], 'conflict'],
  ])('%s', (_, a, b, verdict) => {
    expect(judgeByRelation(actors, a.map(fact), b.map(fact)).verdict).toBe(verdict);
  });
});

it('actors.extract stays fast on 100 KB of capitalised words and cues', () => {
  const text = 'led by '.repeat(3_000) + 'Aaa Bbb, '.repeat(6_000) + 'de '.repeat(5_000);
  const t0 = performance.now();
  actors.extract({ index: 0, text });
  expect(performance.now() - t0).toBeLessThan(2000);
});

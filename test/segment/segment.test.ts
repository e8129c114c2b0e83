import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, type Span } from '../../src/segment/segment.js';

const sentences = (text: string): string[] => segment(text).map((s) => text.slice(s.start, s.end));

/** Every non-whitespace character in exactly one span; spans ordered, trimmed and non-empty. */
function expectWellFormed(text: string, spans: readonly Span[]): void {
  let previousEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const { start, end } of spans) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    const slice = text.slice(start, end);
    expect(slice).toBe(slice.trim());
    covered.fill(1, start, end);
    previousEnd = end;
  }
  for (let i = 0; i < text.length; i++) {
    if (/\S/.test(text[i] ?? '') && covered[i] !== 1) {
      throw new Error(`character ${JSON.stringify(text[i])} at ${i} lies in no span`);
    }
  }
}

describe('segment: terminators', () => {
  it.each<[string, string, string[]]>([
    ['full stop then capital', 'The ship docked. Crews unloaded it.', ['The ship docked.', 'Crews unloaded it.']],
    ['question and exclamation', 'Was it late? Nobody knew! Then it came.', ['Was it late?', 'Nobody knew!', 'Then it came.']],
    ['terminator run', 'Really?! The minister laughed.', ['Really?!', 'The minister laughed.']],
    ['ellipsis character', 'He paused… Then he left.', ['He paused…', 'Then he left.']],
    ['three dots', 'He paused... Then he left.', ['He paused...', 'Then he left.']],
    ['closing quote stays', '“We will not wait.” He walked out.', ['“We will not wait.”', 'He walked out.']],
    ['closing bracket stays', 'Prices rose (again.) Shops closed.', ['Prices rose (again.)', 'Shops closed.']],
    ['digit starts next', 'Trade fell. 2018 was worse.', ['Trade fell.', '2018 was worse.']],
    ['opening quote starts next', 'He spoke. "No deal," he said.', ['He spoke.', '"No deal," he said.']],
    ['year before period', 'The treaty dates from 1987. It expired.', ['The treaty dates from 1987.', 'It expired.']],
  ])('splits: %s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['lowercase continuation', 'The port (see map. below) reopened.'],
    ['comma after quote', '“Talks went well,” an aide said.'],
    ['lowercase attribution after question', '"Why now?" she asked the envoy.'],
    ['capitalised attribution after question', '"Why now?" Lavrov asked reporters.'],
    ['attribution after exclamation', '‘Enough!’ the mayor shouted at the crowd.'],
    ['straight single quotes and comma', "'We are ready to talk,' Blinken said."],
  ])('keeps together: %s', (_name, text) => {
    expect(sentences(text)).toEqual([text]);
  });
});

describe('segment: abbreviations', () => {
  it.each<[string]>([
    ['Mr. Smith met Gen. Miller and Lt. Col. Rhodes.'],
    ['Dr. Ivanova and Prof. Lee spoke with Sen. Warren and Gov. Abbott.'],
    ['The U.S. Navy and U.K. forces joined U.N. monitors.'],
    ['E.U. ministers met at 9 a.m. Tuesday and left at 4 p.m. Wednesday.'],
    // A clock time goes on with its zone or its month.
    ['It landed at 9 p.m. Moscow time on Friday.'],
    ['It landed at 11 a.m. GMT and left at 4 p.m. Sept. 3.'],
    // ... or with the time elsewhere in brackets.
    ['It crashed at about 7 p.m. (1100 GMT), setting two homes on fire.'],
    ['It came down at 8:20 a.m. (local time) in fog.'],
    ['Fuel, e.g. kerosene, and parts, i.e. engines, were shipped.'],
    ['Flight No. 5 landed on Sept. 12 near St. Petersburg.'],
    ['Passengers of flight No. TU 154 were rebooked.'],
    ['Acme Inc. Chairman Jones and Boeing Co. executives met in Ft. Worth.'],
    ['He was born in Jan. 1970 and moved to Mt. Vernon.'],
    ['The vote was 10 vs. 4 with approx. 30 abstentions.'],
    ['The memo reached John F. Kennedy in 1961.'],
    // An initial after a post in lower case.
    ['Two aircraft are on standby, foreign minister S. Jaishankar said.'],
    ['Martin Luther King Jr. Day is a holiday.'],
    ['He moved to Washington, D.C. Bureau chief Ames hired him.'],
  ])('no split: %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it.each<[string, string[]]>([
    ['They flew back to the U.S. The next day they met.', ['They flew back to the U.S.', 'The next day they met.']],
    ['Talks ended at 5 p.m. He then left.', ['Talks ended at 5 p.m.', 'He then left.']],
    // After a clock time, any other capitalised word starts a sentence, not only common starters.
    ['It was due to land at 3:05 p.m. One of the boxes was found.', ['It was due to land at 3:05 p.m.', 'One of the boxes was found.']],
    ['He left at 5 p.m. Officials said so.', ['He left at 5 p.m.', 'Officials said so.']],
    ['He left at 5 p.m. (The plane had been delayed.)', ['He left at 5 p.m.', '(The plane had been delayed.)']],
    // A capital after a word in lower case is a word, not an initial.
    ['The air force said on X. NATO jets had tracked it.', ['The air force said on X.', 'NATO jets had tracked it.']],
    ['The firm is Acme Inc. It makes drones.', ['The firm is Acme Inc.', 'It makes drones.']],
    ['They sold oil, gas, etc. Prices fell.', ['They sold oil, gas, etc.', 'Prices fell.']],
    ['The answer was No. Officials declined.', ['The answer was No.', 'Officials declined.']],
    ['He lives on Elm St. But he works downtown.', ['He lives on Elm St.', 'But he works downtown.']],
    ['The capital is Washington, D.C. In May it hosted talks.', ['The capital is Washington, D.C.', 'In May it hosted talks.']],
  ])('split after a sentence-final abbreviation: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('segment: numbers, designations and addresses', () => {
  it.each<[string]>([
    ['Two An-124 and an Il-62M flew with F-16 and Tu-160 escorts.'],
    ['Turnout was 49.9 percent after a $1.5 billion loan.'],
    ['Inflation hit 3.5% and version 2.0.1 shipped.'],
    ['Details are at www.example.com and press@example.org today.'],
    ['See https://news.example.com/Story.Html for more.'],
    ['The U.S.-based firm and anti-U.S. protesters clashed.'],
  ])('no split: %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it.each<[string, string[]]>([
    ['The talks ended.Negotiators left at dawn.', ['The talks ended.', 'Negotiators left at dawn.']],
    ['Troops arrived on Monday.Officials confirmed it.', ['Troops arrived on Monday.', 'Officials confirmed it.']],
  ])('splits a period stuck between words: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string]>([
    ['Visit news.Example.com for updates.'],
    ['Mail john.Smith@example.com now.'],
    ['Ask Gen.Miller about it.'],
  ])('no split at a stuck period in a name or address: %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });
});

describe('segment: datelines', () => {
  it.each<[string, string[]]>([
    ['KYIV-PRESS. On May 2, drones struck a depot. Fires burned.', ['KYIV-PRESS. On May 2, drones struck a depot.', 'Fires burned.']],
    ['NEW YORK. Markets rallied. Bonds fell.', ['NEW YORK. Markets rallied.', 'Bonds fell.']],
    ['LIMA – Peruvian jets landed today. Crowds watched.', ['LIMA – Peruvian jets landed today.', 'Crowds watched.']],
    ['BERLIN (Reuters) - Talks resumed. They stalled.', ['BERLIN (Reuters) - Talks resumed.', 'They stalled.']],
    ['PARIS, June 4 (AP) — Strikes spread. Trains stopped.', ['PARIS, June 4 (AP) — Strikes spread.', 'Trains stopped.']],
    ['Intro.\n\nTASS-WIRE. On Friday, ships sailed.', ['Intro.', 'TASS-WIRE. On Friday, ships sailed.']],
    // A dated dateline, with or without the agency's tag.
    ['MOSCOW, December 10. /TASS/. Two bombers landed. Crowds watched.', ['MOSCOW, December 10. /TASS/. Two bombers landed.', 'Crowds watched.']],
    ['RIO DE JANEIRO, Sept. 3. Floods hit the city. Roads closed.', ['RIO DE JANEIRO, Sept. 3. Floods hit the city.', 'Roads closed.']],
  ])('keeps the dateline with the first sentence: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Rain fell on the CAPITAL. Roads flooded.', ['Rain fell on the CAPITAL.', 'Roads flooded.']],
    ['TROOPS LAND IN CARACAS.\nOn Saturday two jets arrived.', ['TROOPS LAND IN CARACAS.', 'On Saturday two jets arrived.']],
    ['WE WILL NOT BACK DOWN NOW. Crowds chanted.', ['WE WILL NOT BACK DOWN NOW.', 'Crowds chanted.']],
    ['The talks began on March 10. Both sides met.', ['The talks began on March 10.', 'Both sides met.']],
    // A state's abbreviation ends a sentence before a sentence's start, not in a dateline.
    ['He moved to Atlanta, Ga. The next day he left.', ['He moved to Atlanta, Ga.', 'The next day he left.']],
  ])('splits capitals that are no dateline: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // A headline ending in an abbreviation, above a dateline, is a sentence of its own; a wrapped line is not.
    ['Bombers land, angering U.S.\nCARACAS (Reuters) - Two jets landed.', ['Bombers land, angering U.S.', 'CARACAS (Reuters) - Two jets landed.']],
    ['Talks with the U.S.\nNavy officials resumed on Monday.', ['Talks with the U.S.\nNavy officials resumed on Monday.']],
    // A headline ending in "says" above a story's dateline; a wrapped line ending in "says" is not one.
    ["Raisi killed in helicopter crash, state media says\nDUBAI, May 20 (Reuters) - Iran's president was killed.",
      ['Raisi killed in helicopter crash, state media says', "DUBAI, May 20 (Reuters) - Iran's president was killed."]],
    ['Crash kills 97, officials say\nKARACHI, Pakistan (AP) — A plane crashed.', ['Crash kills 97, officials say', 'KARACHI, Pakistan (AP) — A plane crashed.']],
    // A US dateline writes the state short: "SAVANNAH, Ga. (Reuters) -" runs on into its story.
    ['SAVANNAH, Ga. (Reuters) - A plane crashed. It burned.', ['SAVANNAH, Ga. (Reuters) - A plane crashed.', 'It burned.']],
    // In two words too; not a sentence whose last words are a name's initial and its surname.
    ['HUNTINGTON, W. Va. (UPI) - A plane crashed. It burned.', ['HUNTINGTON, W. Va. (UPI) - A plane crashed.', 'It burned.']],
    ['The plane was flown by the pilot, A. Pate. The jet burned.', ['The plane was flown by the pilot, A. Pate.', 'The jet burned.']],
    ['The minister says\nNATO, which met on Friday, agreed.', ['The minister says\nNATO, which met on Friday, agreed.']],
  ])('a line break after an abbreviation: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('segment: line breaks', () => {
  it.each<[string, string, string[]]>([
    ['headline without full stop', 'Floods hit northern towns\nRivers burst their banks.', ['Floods hit northern towns', 'Rivers burst their banks.']],
    ['junk lines', 'Ships left port.\nShare this\nAdvertisement\nThey returned.', ['Ships left port.', 'Share this', 'Advertisement', 'They returned.']],
    ['trailing junk after blank lines', 'Ships left port.\n\n\n\nComments', ['Ships left port.', 'Comments']],
    ['paragraph break even before lowercase', 'Part one ends here\n\nand part two begins.', ['Part one ends here', 'and part two begins.']],
    ['CRLF', 'Storm warning issued\r\nSchools closed.', ['Storm warning issued', 'Schools closed.']],
    ['lone CR', 'Storm warning issued\rSchools closed.', ['Storm warning issued', 'Schools closed.']],
    ['line separator', 'Storm warning issued\u2028Schools closed.', ['Storm warning issued', 'Schools closed.']],
    ['paragraph separator', 'Crews worked\u2029and rested.', ['Crews worked', 'and rested.']],
    ['after a terminator', 'Crews worked.\nThey rested.', ['Crews worked.', 'They rested.']],
  ])('splits: %s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['hard wrap, lowercase next line', 'The convoy crossed the border\nat dawn and reached the city.'],
    ['hard wrap after a function word', 'The convoy reached the outskirts of\nDonetsk before noon.'],
    ['hard wrap after a comma', 'The convoy, escorted by police,\nMoscow officials said, was late.'],
    ['dateline ending in a dash', 'MOSCOW (Reuters) -\nRussian jets landed.'],
    ['abbreviation at line end', 'Reporters met Gen.\nPetrov in the hall.'],
  ])('joins: %s', (_name, text) => {
    expect(sentences(text)).toEqual([text]);
  });
});

describe('segment: odd input', () => {
  it.each<[string, string, string[]]>([
    ['empty', '', []],
    ['only blanks', ' \n\t \u00a0 ', []],
    ['stray punctuation', '. . !', ['. . !']],
    ['lone quote', '"', ['"']],
    ['emoji between sentences', 'Great news! 🎉 Fans cheered.', ['Great news!', '🎉 Fans cheered.']],
    ['HTML kept as text', '<p>Jets landed.</p> <b>Crowds</b> cheered &amp; waved.', ['<p>Jets landed.</p> <b>Crowds</b> cheered &amp; waved.']],
    ['zero-width space as a blank', 'Jets landed.\u200b Crowds cheered.', ['Jets landed.', '\u200b Crowds cheered.']],
    ['bidi mark inside a sentence', 'Talks in \u200fDoha\u200f ended. Envoys left.', ['Talks in \u200fDoha\u200f ended.', 'Envoys left.']],
    ['only invisible marks', '\u200b\u200e', ['\u200b\u200e']],
    ['list markers', '1. First point\n2. Second point', ['1. First point', '2. Second point']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
    expectWellFormed(text, segment(text));
  });
});

describe('segment: invariants', () => {
  const alphabet = [
    'a', 'B', ' ', '\n', '\r', '.', '!', '?', '…', '"', '“', '”', "'", '’', '(', ')', ',', 'U.S.', 'Gen.', 'Mr.',
    'The', '49.9', 'An-124', '\u200b', '\u2028', '\u2029', '🎉', '<b>', '&amp;', 'x@y.com', 'OREANDA-NEWS.',
  ];
  const articleLike = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((parts) => parts.join(''));

  it('covers every non-whitespace character once, with trimmed ordered spans', () => {
    fc.assert(fc.property(fc.oneof(articleLike, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
      expectWellFormed(text, segment(text));
    }), { numRuns: 2000 });
  });

  it('is linear on adversarial input', () => {
    const cases = [
      'U.S. '.repeat(100_000),
      'word '.repeat(20_000),
      'a.'.repeat(100_000),
      '.'.repeat(200_000),
      ')'.repeat(100_000),
      ' '.repeat(100_000) + '\n' + ' '.repeat(100_000),
      'The plane landed. Mr. Smith met Gen. Lee in the U.S. at 5 p.m. on Jan. 3.\n'.repeat(14_000),
    ];
    for (const text of cases) {
      const started = performance.now();
      const spans = segment(text);
      expect(performance.now() - started).toBeLessThan(1000);
      expectWellFormed(text, spans);
    }
  });

  it('keeps a long sentence without punctuation as one span', () => {
    const text = 'word '.repeat(20_000).trim();
    expect(segment(text)).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('segment: seed articles', () => {
  const read = (name: string): string => readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), 'utf8');
  const spanWith = (list: string[], phrase: string): number => list.findIndex((s) => s.includes(phrase));

  it('splits seed a at its structural boundaries', () => {
    const text = read('000_e7b5c02546696438.txt');
    const list = sentences(text);
    expectWellFormed(text, segment(text));
    expect(list.some((s) => s.startsWith('U.S. State Department spokesman'))).toBe(true);
    expect(list).toContain('Comments');
    expect(list).toContain('Palestinians say Israeli fire kills 2 at Gaza-Israel fence');
    const ally = spanWith(list, 'its ally, Maduro.');
    const media = spanWith(list, 'Media earlier reported');
    expect(ally).toBeGreaterThanOrEqual(0);
    expect(media).toBeGreaterThanOrEqual(0);
    expect(ally).not.toBe(media);
  });

  it('keeps the dateline of seed b with its first sentence', () => {
    const text = read('004_1efb7abd375c0c7f.txt');
    const list = sentences(text);
    expectWellFormed(text, segment(text));
    expect(list[0]).toMatch(/^OREANDA-NEWS\. On March 23/);
  });
});

describe('splitSentences, the public face of the segmenter', () => {
  const text = 'Two Il-62 planes landed in Caracas on Saturday.  "We came to help," an officer said.\nShare\nThe U.S. objected.';

  it('gives the sentences compare() reads from a text, with their offsets', async () => {
    const { compare, splitSentences } = await import('../../src/index.js');
    const split = splitSentences(text);
    const view = compare({ id: 'a', text }, { id: 'b', text: 'Planes landed.' }).articles[0].sentences;
    expect(split).toEqual(view.map(({ text: t, start, end }) => ({ text: t, start, end })));
    for (const s of split) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(split.map((s) => s.text)).toEqual(['Two Il-62 planes landed in Caracas on Saturday.', '"We came to help," an officer said.', 'Share', 'The U.S. objected.']);
  });

  it.each<[string, string, string[]]>([
    ['paragraphs with no space between', '<p>Two Il-76 planes landed.</p><p>They carried 99 troops.</p>', ['Two Il-76 planes landed.', 'They carried 99 troops.']],
    ['a heading before a paragraph', '<h1>Russian jets in Caracas</h1><p>Two planes landed.</p>', ['Russian jets in Caracas', 'Two planes landed.']],
    ['inline tags stay inside a sentence', 'Two <b>Il-76</b> planes landed. <i>Crowds</i> cheered.', ['Two <b>Il-76</b> planes landed.', '<i>Crowds</i> cheered.']],
    ['a script between paragraphs', '<p>Jets landed.</p><script>ads.push("Buy now. Today.")</script><p>Crowds cheered.</p>', ['Jets landed.', 'Crowds cheered.']],
    ['entities are text', 'Ben &amp; Jerry&rsquo;s closed.&nbsp;Fans wept.', ['Ben &amp; Jerry&rsquo;s closed.', 'Fans wept.']],
    ['no markup: as before', 'Temperatures fell <5 degrees. Crowds cheered.', ['Temperatures fell <5 degrees.', 'Crowds cheered.']],
    // Two sentences that meet at a tag never share it: an opening tag goes with the next, a closing one with the last.
    ['an opening tag right after a period', 'The plane landed.<b>Il-62</b> crews waved.', ['The plane landed.', '<b>Il-62</b> crews waved.']],
    ['a closing and an opening tag between', 'It landed.</b><b>Then</b> it left.', ['It landed.</b>', '<b>Then</b> it left.']],
  ])('reads HTML as a reader sees it, and quotes it as written: %s', async (_name, text, expected) => {
    const { splitSentences } = await import('../../src/index.js');
    const split = splitSentences(text);
    expect(split.map((s) => s.text)).toEqual(expected);
    for (const s of split) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives nothing for empty or blank text, and a typed error for a non-string', async () => {
    const { splitSentences, CorroborateError } = await import('../../src/index.js');
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
    for (const bad of [null, undefined, 42, ['A.']]) {
      expect(() => splitSentences(bad as unknown as string)).toThrow(CorroborateError);
    }
  });
});

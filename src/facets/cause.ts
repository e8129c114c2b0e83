import { defineFacet, type Found, type Relation } from './facet.js';
import { COUNTRY_ADJECTIVES } from '../lexicon/attribution.js';
import {
  CAUSE_INCOMPATIBLE, CAUSE_NEGATIONS, CAUSE_PARENTS, CAUSE_TERMS, HIT_BY, INCIDENT_TERMS, WEAPON_WORDS,
} from '../lexicon/cause.js';
import { fold, lexiconGate, matchAny } from '../lexicon/match.js';

/** The cause given for an incident, and who caused it when the sentence says ("Ukrainian air defence"). */
export interface CauseValue {
  category: string;
  agent?: string;
}

const bounded = (alternation: string, flags: string) =>
  new RegExp(`(?<![A-Za-z0-9])(?:${alternation})(?![A-Za-z0-9])`, flags);

const CATEGORY_OF = new Map<string, string>();
for (const [category, terms] of Object.entries(CAUSE_TERMS)) {
  for (const t of terms) CATEGORY_OF.set(fold(t).replace(/\s+/g, ' '), category);
}
const TERM = bounded(matchAny(Object.values(CAUSE_TERMS).flat()), 'gi');
const HIT = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(HIT_BY)})\\s+((?:[^\\s.,;]{1,30}\\s+){0,3}?(?:${matchAny(WEAPON_WORDS)}))(?![A-Za-z0-9])`, 'gi');
const INCIDENT = bounded(matchAny(INCIDENT_TERMS), 'i');
const MAY_NAME_INCIDENT = lexiconGate(INCIDENT_TERMS);
const NEGATED = new RegExp(`(?<![A-Za-z0-9])(?:${matchAny(CAUSE_NEGATIONS)})\\s+(?:[^\\s.,;]{1,20}\\s+){0,2}$`, 'i');
const AGENT = /^\s+by\s+((?:[^\s.,;]{1,30}\s+){0,4}?[^\s.,;]{1,30})(?=\s*(?:[.,;]|$|\s(?:on|at|in|near|over|while|after|when|and|as|,)\s))/;
const NATION = new RegExp(`(?<![A-Za-z])(${matchAny([...Object.keys(COUNTRY_ADJECTIVES), ...Object.values(COUNTRY_ADJECTIVES)])})(?![A-Za-z])`);
const ADJECTIVE_OF = new Map<string, string>(Object.entries(COUNTRY_ADJECTIVES));
const INCOMPATIBLE = new Set(CAUSE_INCOMPATIBLE.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));

/**
 * Finds the causes a sentence gives for an aircraft incident or an explosion. Conservative: a cause counts
 * only in a sentence that speaks of such an incident (a blackout blamed on sabotage gives nothing), and
 * not when the sentence rules it out ("not shot down", "ruled out sabotage").
 */
function extract({ text }: { text: string }): Found<CauseValue>[] {
  if (!MAY_NAME_INCIDENT(text) || !INCIDENT.test(text)) return [];
  const out: Found<CauseValue>[] = [];
  const add = (category: string, start: number, end: number, rule: string) => {
    if (NEGATED.test(text.slice(Math.max(0, start - 40), start))) return;
    if (out.some((f) => start < f.end && f.start < end)) return;
    const value: CauseValue = { category };
    let spanEnd = end;
    const agent = AGENT.exec(text.slice(end, end + 120));
    if (agent && /^by\b/.test(text.slice(end).trimStart())) {
      value.agent = agent[1]!.replace(/^(?:the|an?)\s+/i, '');
      spanEnd = end + agent[0].length;
    }
    out.push({ value, start, end: spanEnd, rule });
  };
  for (const m of text.matchAll(HIT)) {
    const weapon = m[1]!.replace(/^(?:the|an?)\s+/i, '');
    const start = m.index;
    if (NEGATED.test(text.slice(Math.max(0, start - 40), start))) continue;
    out.push({ value: { category: 'shot down', agent: weapon }, start, end: start + m[0].length, rule: 'hit-by' });
  }
  for (const m of text.matchAll(TERM)) {
    const category = CATEGORY_OF.get(fold(m[0]).replace(/\s+/g, ' '));
    if (category) add(category, m.index, m.index + m[0].length, 'term');
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The nation behind an agent, as an adjective: "Ukrainian air defence" and "Ukraine's forces" → "ukrainian". */
function nationOf(agent: string | undefined): string | undefined {
  if (!agent) return undefined;
  const m = NATION.exec(fold(agent));
  return m ? (ADJECTIVE_OF.get(m[1]!) ?? m[1]!) : undefined;
}

function relate(x: CauseValue, y: CauseValue): Relation {
  if (x.category === y.category) {
    const nx = nationOf(x.agent), ny = nationOf(y.agent);
    if (nx && ny) return nx === ny ? 'equal' : 'conflict';
    if (x.agent && !y.agent) return 'narrower';
    if (y.agent && !x.agent) return 'broader';
    return 'equal';
  }
  if (INCOMPATIBLE.has(`${x.category}|${y.category}`)) return 'conflict';
  if (CAUSE_PARENTS[x.category] === y.category) return 'narrower';
  if (CAUSE_PARENTS[y.category] === x.category) return 'broader';
  return 'unrelated';
}

export const cause = defineFacet<CauseValue>({
  kind: 'cause',
  extract,
  relate,
  describe: (v) => (v.agent ? `${v.category} (by ${v.agent})` : v.category),
});

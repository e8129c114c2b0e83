import { FACETS } from '../facets/index.js';
import type { Facet, Relation } from '../facets/facet.js';
import type { Fact } from '../types.js';

const FACET_BY_KIND = new Map<string, Facet<unknown>>(FACETS.map((f) => [f.kind, f]));

/** Facts of both articles reduced to distinct values, so each pair of values is related once. */
export interface FactValues {
  /** Per value id: its facet and value. */
  values: { facet: Facet<unknown>; value: unknown }[];
  /** Distinct value ids of each sentence of a and b. */
  a: Map<number, number[]>;
  b: Map<number, number[]>;
  /** `facet.relate` of two value ids, memoised; `unrelated` across facets or when relate throws. */
  relate(x: number, y: number): Relation;
}

/**
 * Reads both articles' facts once. A scraped sentence repeating one date a thousand times gives one value,
 * and at most `perSentence` distinct values are kept per sentence, so no later step is quadratic in facts.
 */
export function factValues(factsA: readonly Fact[], factsB: readonly Fact[], perSentence: number): FactValues {
  const ids = new Map<string, number>();
  const values: FactValues['values'] = [];
  const bySentence = (facts: readonly Fact[]) => {
    const out = new Map<number, number[]>();
    for (const f of facts) {
      const facet = FACET_BY_KIND.get(f.facet);
      if (!facet) continue;
      const key = `${f.facet}\u0000${JSON.stringify(f.value) ?? ''}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = values.length;
        ids.set(key, id);
        values.push({ facet, value: f.value });
      }
      let list = out.get(f.sentence);
      if (!list) out.set(f.sentence, (list = []));
      if (list.length < perSentence && !list.includes(id)) list.push(id);
    }
    return out;
  };
  const a = bySentence(factsA), b = bySentence(factsB);
  const memo = new Map<number, Relation>();
  const relate = (x: number, y: number): Relation => {
    const key = x * values.length + y;
    let r = memo.get(key);
    if (r === undefined) {
      const vx = values[x]!, vy = values[y]!;
      r = 'unrelated';
      if (vx.facet === vy.facet) {
        try {
          r = x === y ? 'equal' : vx.facet.relate(vx.value, vy.value);
        } catch {
          r = 'unrelated';
        }
      }
      memo.set(key, r);
    }
    return r;
  };
  return { values, a, b, relate };
}

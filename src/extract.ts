import { claimOf, readClaims, scopeFacts } from './claims/index.js';
import type { Facet, SentenceContext } from './facets/facet.js';
import type { Article } from './input.js';
import type { Fact, SentenceStatus } from './types.js';

/**
 * Zero-width spaces, word joiners, byte-order marks and control characters: invisible to a reader, but
 * "landed in\u200b Caracas" escapes every pattern that expects a space. Facets read each as a space;
 * the text stays the same length, so their offsets quote the caller's own text. Joiners inside words and
 * emoji (ZWJ, ZWNJ) are left alone.
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b\u2060\ufeff]/g;

/** What a facet sees of each sentence of an article. */
export function contextsOf(article: Article): SentenceContext[] {
  return article.sentences.map((s) => {
    const context: SentenceContext = { index: s.index, text: s.text.replace(INVISIBLE, ' ') };
    if (article.publishedAt) context.publishedAt = article.publishedAt;
    return context;
  });
}

/**
 * Runs every facet over every sentence and attaches who says each fact and how hedged it is.
 * Offsets are turned from sentence offsets into article offsets.
 */
export function findFacts(article: Article, facets: readonly Facet<any>[]): Fact[] {
  const facts: Fact[] = [];
  for (const [i, context] of contextsOf(article).entries()) {
    const s = article.sentences[i]!;
    // Who says it is read only for sentences that state a fact: most do not.
    let claims: ReturnType<typeof readClaims> | undefined;
    for (const facet of facets) {
      for (const found of facet.extract(context)) {
        const fact: Fact = {
          facet: facet.kind,
          value: found.value,
          text: s.text.slice(found.start, found.end),
          sentence: s.index,
          start: s.start + found.start,
          end: s.start + found.end,
          rule: `${facet.kind}/${found.rule}`,
          scope: 'event',
        };
        const claim = claimOf((claims ??= readClaims(context)), found.start, found.end);
        if (claim.attribution) {
          const { source, start, end } = claim.attribution;
          fact.attribution = { source, text: s.text.slice(start, end), start: s.start + start, end: s.start + end };
        }
        if (claim.hedges.length) fact.hedges = claim.hedges;
        facts.push(fact);
      }
    }
  }
  return facts;
}

/**
 * Separates the event's facts from background (other events and times). Off-topic sentences (scraped
 * junk) contribute nothing. Each facet says which of its values stay true after the event.
 */
export function scopeEvent(
  article: Article,
  facts: readonly Fact[],
  status: readonly SentenceStatus[],
  facets: readonly Facet<any>[],
): { event: Fact[]; background: Fact[] } {
  const onTopic = facts.filter((f) => status[f.sentence] !== 'off-topic');
  const lasting = (f: Fact) => facets.find((x) => x.kind === f.facet)?.lasting?.(f.value) ?? false;
  const scoped = scopeFacts(contextsOf(article), onTopic, lasting);
  return {
    event: scoped.filter((f) => f.scope === 'event'),
    background: scoped.filter((f) => f.scope === 'background'),
  };
}

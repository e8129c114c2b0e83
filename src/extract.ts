import { claimOf, readClaims, scopeFacts } from './claims/index.js';
import type { Facet, SentenceContext } from './facets/facet.js';
import type { Article } from './input.js';
import type { Fact, SentenceStatus } from './types.js';

/**
 * Runs every facet over every sentence that belongs to the article's story, attaches who says each fact
 * and how hedged it is, then separates the event's facts from background (other events and times).
 * Off-topic sentences (scraped junk) yield no facts.
 */
export function extractFacts(
  article: Article,
  status: readonly SentenceStatus[],
  facets: readonly Facet<any>[],
): { event: Fact[]; background: Fact[] } {
  const contexts: SentenceContext[] = [];
  const facts: Fact[] = [];
  for (const s of article.sentences) {
    const context: SentenceContext = { index: s.index, text: s.text };
    if (article.publishedAt) context.publishedAt = article.publishedAt;
    contexts.push(context);
    if (status[s.index] === 'off-topic') continue;
    const claims = readClaims(context);
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
        const claim = claimOf(claims, found.start, found.end);
        if (claim.attribution) {
          const { source, text, start, end } = claim.attribution;
          fact.attribution = { source, text, start: s.start + start, end: s.start + end };
        }
        if (claim.hedges.length) fact.hedges = claim.hedges;
        facts.push(fact);
      }
    }
  }
  const scoped = scopeFacts(contexts, facts);
  return {
    event: scoped.filter((f) => f.scope === 'event'),
    background: scoped.filter((f) => f.scope === 'background'),
  };
}

import { claimOf, readClaims, scopeFacts } from './claims/index.js';
import type { Facet, SentenceContext } from './facets/facet.js';
import type { Article } from './input.js';
import { blankInvisible, plainText, type PlainText } from './text/markup.js';
import type { Fact, SentenceStatus } from './types.js';

/**
 * What a facet sees of each sentence of an article: the text a reader sees (no HTML, no invisible
 * characters; src/text/markup.ts), and the way back to the offsets of the sentence as written.
 */
export function contextsOf(article: Article): Array<SentenceContext & { written: PlainText }> {
  return article.sentences.map((s) => {
    const written = plainText(s.text);
    const context: SentenceContext & { written: PlainText } = { index: s.index, text: blankInvisible(written.text), written };
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
        const start = context.written.start(found.start), end = context.written.end(found.end);
        const fact: Fact = {
          facet: facet.kind,
          value: found.value,
          text: s.text.slice(start, end),
          sentence: s.index,
          start: s.start + start,
          end: s.start + end,
          rule: `${facet.kind}/${found.rule}`,
          scope: 'event',
        };
        const claim = claimOf((claims ??= readClaims(context)), found.start, found.end);
        if (claim.attribution) {
          const { source } = claim.attribution;
          const start = context.written.start(claim.attribution.start), end = context.written.end(claim.attribution.end);
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

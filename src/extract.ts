import { claimOf, pronounSpeaker, readClaims, scopeFacts, type Span } from './claims/index.js';
import type { Facet, SentenceContext } from './facets/facet.js';
import { filedOn } from './facets/time.js';
import type { Article } from './input.js';
import { blankInvisible, plainText, type PlainText } from './text/markup.js';
import type { Fact, SentenceStatus } from './types.js';

/**
 * What a facet sees of each sentence of an article: the text a reader sees (no HTML, no invisible
 * characters; src/text/markup.ts), and the way back to the offsets of the sentence as written.
 */
export function contextsOf(article: Article): Array<SentenceContext & { written: PlainText }> {
  let previous: SentenceContext | undefined;
  // A dateline's date, days before publication, is the day the report speaks from ("today", "on Wednesday").
  const first = article.sentences[0];
  const publishedAt = (first && filedOn(blankInvisible(plainText(first.text).text), article.publishedAt)) ?? article.publishedAt;
  return article.sentences.map((s) => {
    const written = plainText(s.text);
    const context: SentenceContext & { written: PlainText } = { index: s.index, text: blankInvisible(written.text), written };
    if (publishedAt) context.publishedAt = publishedAt;
    if (previous) context.previous = previous;
    previous = context;
    return context;
  });
}

/**
 * Runs every facet over every sentence and attaches who says each fact and how hedged it is.
 * Offsets are turned from sentence offsets into article offsets.
 */
export function findFacts(article: Article, facets: readonly Facet<any>[]): Fact[] {
  const facts: Fact[] = [];
  const contexts = contextsOf(article);
  const speakers = pronounSpeakers(contexts);
  for (const [i, context] of contexts.entries()) {
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
        claims ??= readClaims(context);
        const claim = claimOf(claims, found.start, found.end);
        // "It said the MQ-9 had gone into an uncontrolled flight": the party of the sentence before.
        if (!claim.attribution && claims.attributions.length === 0) {
          const speaker = speakers(i);
          if (speaker) claim.attribution = speaker;
        }
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
  return withFullParties(facts);
}

/**
 * "Turkey's defence ministry said ... the ministry said in a statement": a party named by its head noun
 * alone is the last party named in full before it whose name ends so. Two claims of one party are then no
 * competing claims of two.
 */
function withFullParties(facts: Fact[]): Fact[] {
  const named: string[] = [];
  for (const f of facts) {
    const party = f.attribution?.source;
    if (!party) continue;
    if (party.includes(' ')) {
      if (named[named.length - 1] !== party) named.push(party);
      continue;
    }
    const full = [...named].reverse().find((p) => p.endsWith(` ${party}`) || initialsOf(p, party));
    if (full) f.attribution = { ...f.attribution!, source: full };
  }
  return facts;
}

/** "irgc" of "iranian islamic revolutionary guard corps": the initials of the name's last words. */
function initialsOf(full: string, short: string): boolean {
  const words = full.split(' ');
  return short.length >= 2 && words.length >= short.length && words.slice(-short.length).map((w) => w[0]).join('') === short;
}

/** How many sentences back a pronoun's party is followed: "It said ... It added ...". */
const PRONOUN_CHAIN = 3;

/**
 * For each sentence that speaks through a pronoun ("It said ...", "..., it said."), the party of the
 * sentence before it: its last named party, or the one its own pronoun stood for. Read only on demand.
 */
function pronounSpeakers(contexts: readonly SentenceContext[]): (i: number) => (Span & { source: string }) | undefined {
  const memo = new Map<number, (Span & { source: string }) | undefined>();
  const partyOf = (i: number, depth: number): string | undefined => {
    if (i < 0 || depth > PRONOUN_CHAIN) return undefined;
    const named = readClaims(contexts[i]!).attributions;
    if (named.length) return named[named.length - 1]!.source;
    return pronounSpeaker(contexts[i]!.text) ? partyOf(i - 1, depth + 1) : undefined;
  };
  return (i) => {
    if (memo.has(i)) return memo.get(i);
    const span = pronounSpeaker(contexts[i]!.text);
    const source = span ? partyOf(i - 1, 1) : undefined;
    const found = span && source ? { ...span, source } : undefined;
    memo.set(i, found);
    return found;
  };
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

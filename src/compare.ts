import { align } from './align/align.js';
import { matchEvent } from './align/event.js';
import { findFacts, scopeEvent } from './extract.js';
import { FACETS } from './facets/index.js';
import { checkScoring, DEFAULT_MAX_LENGTH, readArticleList, readArticles, readOptions, type Article } from './input.js';
import { judgeFacets } from './judge.js';
import { hasMarkup } from './text/markup.js';
import type {
  ArticleInput, ArticleView, CompareOptions, ComparisonReport, Fact, MultiComparisonReport, MultiFacetRow, SentenceStatus, Warning,
} from './types.js';

/**
 * Compares two articles about one event: segment → align → extract → compare → report.
 * Throws `CorroborateError` only when the API is misused; odd content yields warnings instead.
 */
export function compare(a: ArticleInput, b: ArticleInput, given?: CompareOptions): ComparisonReport {
  const options = readOptions(given);
  const [first, second] = readArticles(a, b, options.maxLength ?? DEFAULT_MAX_LENGTH);
  checkScoring(options, [first, second]);
  return comparePair(first, second, findFacts(first, FACETS), findFacts(second, FACETS), options);
}

/**
 * Compares two or more articles about one event, every pair once, as {@link compare} would; each
 * article's facts are read once, not once per pair. The work grows with the square of the number of
 * articles. Errors name the article as `articles[k]`.
 */
export function compareAll(articles: readonly ArticleInput[], given?: CompareOptions): MultiComparisonReport {
  const options = readOptions(given);
  const read = readArticleList(articles, options.maxLength ?? DEFAULT_MAX_LENGTH);
  checkScoring(options, read);
  const found = read.map((article) => findFacts(article, FACETS));
  const pairs: ComparisonReport[] = [];
  for (let i = 0; i < read.length; i++) {
    for (let j = i + 1; j < read.length; j++) pairs.push(comparePair(read[i]!, read[j]!, found[i]!, found[j]!, options));
  }
  return { articles: read.map((x) => x.id), pairs, facets: facetRows(pairs) };
}

/** One pair of checked articles, with the facts found in each. */
function comparePair(first: Article, second: Article, foundA: Fact[], foundB: Fact[], options: CompareOptions): ComparisonReport {
  const aligned = align(first, second, foundA, foundB, alignOptions(options));
  const factsA = scopeEvent(first, foundA, aligned.status[0], FACETS);
  const factsB = scopeEvent(second, foundB, aligned.status[1], FACETS);
  const facets = judgeFacets(factsA.event, factsB.event, FACETS, {
    aligned: aligned.alignedOnOwn, score: aligned.ownScore, background: { a: factsA.background, b: factsB.background },
  });
  const count = (v: string) => facets.filter((f) => f.verdict === v).length;
  return {
    articles: [view(first, aligned.status[0]), view(second, aligned.status[1])],
    alignments: aligned.alignments,
    facets,
    eventMatch: matchEvent(first, second, factsA.event, factsB.event, aligned),
    background: { a: factsA.background, b: factsB.background },
    summary: {
      agree: count('agree'), partial: count('partial'), conflict: count('conflict'),
      disputed: count('disputed'), onlyA: count('only-a'), onlyB: count('only-b'),
    },
    warnings: [...warningsFor(first), ...warningsFor(second)],
  };
}

/** Each facet's verdicts across the pairs, facets in the registry's order. */
function facetRows(pairs: readonly ComparisonReport[]): MultiFacetRow[] {
  return FACETS.flatMap((facet) => {
    const verdicts = pairs.flatMap((report) => report.facets
      .filter((row) => row.facet === facet.kind)
      .map((row) => ({ a: report.articles[0].id, b: report.articles[1].id, verdict: row.verdict, explanation: row.explanation })));
    return verdicts.length ? [{ facet: facet.kind, verdicts }] : [];
  });
}

function alignOptions(options: CompareOptions) {
  const out: { similarity?: CompareOptions['similarity']; threshold?: number } = {};
  if (options.similarity) out.similarity = options.similarity;
  if (options.alignThreshold !== undefined) out.threshold = options.alignThreshold;
  return out;
}

function view(article: Article, status: readonly SentenceStatus[]): ArticleView {
  const v: ArticleView = {
    id: article.id,
    sentences: article.sentences.map((s) => ({ ...s, status: status[s.index] ?? 'unique' })),
  };
  if (article.source !== undefined) v.source = article.source;
  if (article.title !== undefined) v.title = article.title;
  if (article.publishedAt !== undefined) v.publishedAt = article.publishedAt;
  return v;
}

/** What the report could not do with odd content, said instead of thrown. */
function warningsFor(article: Article): Warning[] {
  const out: Warning[] = [];
  if (article.sentences.length === 0) {
    out.push({ code: 'NO_SENTENCES', article: article.id, message: `article "${article.id}" has no text to compare` });
  }
  if (hasMarkup(article.text)) {
    out.push({ code: 'MARKUP', article: article.id, message: `article "${article.id}" contains HTML: it was read as a reader sees it (tags skipped, entities decoded), and quotes keep it as written` });
  }
  if (latinShare(article.text) < 0.5) {
    out.push({ code: 'NOT_ENGLISH', article: article.id, message: `article "${article.id}" does not look like English: the extractors read English, so few facts will be found` });
  }
  if (!article.publishedAt) {
    out.push({ code: 'NO_DATE', article: article.id, message: `article "${article.id}" has no publishedAt: weekdays and relative dates stay unresolved` });
  }
  return out;
}

/** Share of letters that are Latin: a cheap signal that the extractors, which read English, will miss. */
function latinShare(text: string): number {
  let letters = 0, latin = 0;
  const end = Math.min(text.length, 20_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII letters are Latin; most of an English text is settled here without a regular expression.
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++, latin++;
      continue;
    }
    const ch = text[i]!;
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return letters === 0 ? 1 : latin / letters;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

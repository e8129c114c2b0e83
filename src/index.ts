export { compare } from './compare.js';
export { similarity } from './align/align.js';
export { toMarkdown } from './report/markdown.js';
export { CorroborateError } from './errors.js';
export { FACETS } from './facets/index.js';
export { defineFacet, judgeByRelation } from './facets/facet.js';

export type {
  ArticleInput,
  ArticleView,
  Alignment,
  Attribution,
  CompareOptions,
  ComparisonReport,
  DiffPart,
  Fact,
  FacetComparison,
  FacetKind,
  Interval,
  SentenceScorer,
  SentenceStatus,
  SentenceView,
  Verdict,
  Warning,
} from './types.js';
export type { ErrorCode } from './errors.js';
export type { Facet, Found, Relation, SentenceContext, SetJudgement } from './facets/facet.js';

export { compare, compareAll } from './compare.js';
export { similarity } from './align/align.js';
export { splitSentences } from './segment/segment.js';
export { renderDiff, toMarkdown, toMarkdownAll } from './report/markdown.js';
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
  EventEvidence,
  Fact,
  FacetComparison,
  FacetKind,
  MultiComparisonReport,
  MultiFacetRow,
  Interval,
  SentenceScorer,
  SentenceStatus,
  SentenceView,
  Verdict,
  Warning,
} from './types.js';
export type { ErrorCode } from './errors.js';
export type { Facet, Found, JudgeContext, Relation, RelationJudgeOptions, SentenceContext, SetJudgement } from './facets/facet.js';
export type { MarkdownOptions } from './report/markdown.js';
export type { FacetValues } from './facets/index.js';
export type { AircraftValue } from './facets/aircraft.js';
export type { OriginValue } from './facets/origin.js';
export type { DestinationValue } from './facets/destination.js';
export type { LocationValue } from './facets/location.js';
export type { TimeValue } from './facets/time.js';
export type { PeopleValue } from './facets/people.js';
export type { CargoValue } from './facets/cargo.js';
export type { CasualtiesValue } from './facets/casualties.js';
export type { PurposeValue } from './facets/purpose.js';
export type { CauseValue } from './facets/cause.js';
export type { ActorValue } from './facets/actors.js';

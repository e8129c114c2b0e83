// PLACEHOLDER until the Markdown report lands.
import type { ComparisonReport } from '../types.js';
export function toMarkdown(report: ComparisonReport): string {
  return report.facets.map((f) => `- ${f.facet}: ${f.verdict}`).join('\n');
}

import { FACETS } from '../facets/index.js';
import type {
  Alignment, ArticleView, ComparisonReport, DiffPart, EventEvidence, Fact, FacetComparison, MultiComparisonReport, Verdict,
} from '../types.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /**
   * Most aligned sentence groups listed, best first; the rest are counted.
   * @default 40
   */
  maxAlignments?: number;
}

const VERDICT_LABEL: Record<Verdict, string> = {
  agree: '✅ agree',
  partial: '🟡 partial',
  conflict: '❌ conflict',
  disputed: '⚖️ disputed',
  'only-a': '◀ only a',
  'only-b': '▶ only b',
};

/**
 * Renders a report as Markdown for a journalist: the verdict table with quoted evidence and who said it,
 * the disputes side by side, the aligned sentences with their differences marked, then what each
 * article says alone, its background and what was set aside as off-topic.
 */
export function toMarkdown(report: ComparisonReport, options: MarkdownOptions = {}): string {
  const [a, b] = report.articles;
  const out: string[] = [];
  out.push(`# ${name(a)} vs ${name(b)}`, '');
  const { score, same } = report.eventMatch;
  out.push(`**Same event:** ${same ? 'yes' : 'no'} (score ${score.toFixed(2)}). ${summaryLine(report)}`, '');
  const reasons = (points: EventEvidence['points']) => report.eventMatch.evidence.filter((e) => e.points === points).map((e) => e.says);
  const forOne = reasons('same'), forTwo = reasons('different');
  // A list that ends with "U.S." takes no second full stop.
  const stop = (s: string) => (s.endsWith('.') ? s : `${s}.`);
  if (forOne.length) out.push(stop(`- For one event: ${forOne.join('; ')}`));
  if (forTwo.length) out.push(stop(`- For two events: ${forTwo.join('; ')}`));
  if (forOne.length || forTwo.length) out.push('');
  for (const w of report.warnings) out.push(`> ⚠ ${w.message}`);
  if (report.warnings.length) out.push('');

  out.push('## Facts', '');
  if (report.facets.length === 0) out.push('Neither article states a fact this library extracts.', '');
  else {
    out.push(`| Facet | Verdict | ${cell(name(a))} says | ${cell(name(b))} says |`, '|---|---|---|---|');
    for (const row of report.facets) {
      out.push(`| ${row.facet} | ${VERDICT_LABEL[row.verdict]}<br>${cell(row.explanation)} | ${evidence(row, row.a)} | ${evidence(row, row.b)} |`);
    }
    out.push('');
  }

  const disputes = report.facets.filter((r) => r.claims?.length);
  if (disputes.length) {
    out.push('## Disputes', '');
    for (const row of disputes) {
      out.push(`### ${row.facet}`, '', '| Side | Who claims it | What |', '|---|---|---|');
      for (const c of row.claims ?? []) {
        out.push(`| ${c.side} | ${cell(c.source)} | ${c.facts.map((f) => quote(row, f)).join('<br>')} |`);
      }
      out.push('');
    }
  }

  out.push('## Aligned sentences', '');
  const max = options.maxAlignments ?? 40;
  const alignments = [...report.alignments].sort((x, y) => y.score - x.score);
  if (alignments.length === 0) out.push('No sentence of one article reports what a sentence of the other does.', '');
  for (const al of alignments.slice(0, max)) out.push(...alignmentBlock(al, a, b));
  if (alignments.length > max) out.push(`…and ${alignments.length - max} more aligned groups.`, '');

  for (const [view, side] of [[a, 'a'], [b, 'b']] as const) {
    const unique = view.sentences.filter((s) => s.status === 'unique');
    out.push(`## Only in ${name(view)}`, '');
    if (unique.length === 0) out.push('Nothing: every on-topic sentence has a counterpart.');
    for (const s of unique) out.push(`- (${s.index}) ${s.text.replace(/\s+/g, ' ')}`);
    out.push('');
    const background = report.background[side];
    if (background.length) {
      out.push(`### Background in ${name(view)} (other events and times, not compared)`, '');
      for (const f of background) {
        out.push(`- ${f.facet}: “${f.text}” (sentence ${f.sentence}${f.scopeReason ? `; ${f.scopeReason}` : ''})`);
      }
      out.push('');
    }
    const off = view.sentences.filter((s) => s.status === 'off-topic');
    if (off.length) {
      out.push(`### Off-topic in ${name(view)} (set aside)`, '');
      for (const s of off) out.push(`- (${s.index}) ${s.text.replace(/\s+/g, ' ')}`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * Renders the comparison of several articles: one table of every facet's verdict per pair (and whether
 * each pair reports one event), then each pair's report as {@link toMarkdown} gives it, one level down.
 */
export function toMarkdownAll(report: MultiComparisonReport, options: MarkdownOptions = {}): string {
  const views = new Map<string, ArticleView>();
  for (const pair of report.pairs) for (const v of pair.articles) views.set(v.id, v);
  const label = (id: string) => cell(views.has(id) ? name(views.get(id)!) : id);
  const pairName = (pair: ComparisonReport) => `${label(pair.articles[0].id)} – ${label(pair.articles[1].id)}`;
  const out: string[] = [`# ${report.articles.length} articles: ${report.articles.map(label).join(', ')}`, ''];
  out.push(`| Facet | ${report.pairs.map(pairName).join(' | ')} |`, `|---|${report.pairs.map(() => '---|').join('')}`);
  const same = report.pairs.map((p) => `${p.eventMatch.same ? 'yes' : 'no'} (${p.eventMatch.score.toFixed(2)})`);
  out.push(`| same event | ${same.join(' | ')} |`);
  for (const row of report.facets) {
    const byPair = new Map(row.verdicts.map((v) => [`${v.a}\u0000${v.b}`, v.verdict]));
    const cells = report.pairs.map((p) => {
      const verdict = byPair.get(`${p.articles[0].id}\u0000${p.articles[1].id}`);
      return verdict ? VERDICT_LABEL[verdict] : '—';
    });
    out.push(`| ${row.facet} | ${cells.join(' | ')} |`);
  }
  out.push('');
  // Each pair's report, its headings one level down under the summary.
  for (const pair of report.pairs) out.push(toMarkdown(pair, options).replace(/^#/gm, '##'));
  return out.join('\n');
}

function name(view: ArticleView): string {
  return view.source ? `${view.id} (${view.source})` : view.id;
}

function summaryLine(report: ComparisonReport): string {
  const s = report.summary;
  const parts = [
    [s.agree, 'agree'], [s.partial, 'partial'], [s.conflict, 'in conflict'], [s.disputed, 'disputed'],
    [s.onlyA, 'only in a'], [s.onlyB, 'only in b'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return said.length ? `Facets: ${said.join(', ')}.` : '';
}

function evidence(row: FacetComparison, facts: readonly Fact[]): string {
  if (facts.length === 0) return '—';
  return facts.map((f) => quote(row, f)).join('<br>');
}

/** “the words” → value — who says so, hedges. */
function quote(row: FacetComparison, f: Fact): string {
  const value = describe(row, f);
  const notes: string[] = [];
  if (f.attribution) notes.push(`source: “${f.attribution.text.trim()}”`);
  if (f.hedges?.length) notes.push(`hedged: ${f.hedges.join(', ')}`);
  const shown = value && value.toLowerCase() !== f.text.toLowerCase() ? ` → ${value}` : '';
  return cell(`“${f.text}”${shown}${notes.length ? ` (${notes.join('; ')})` : ''}`);
}

/** The facet's plain-words form of a value; empty when the report was built by other means. */
function describe(row: FacetComparison, f: Fact): string {
  const facet = FACETS.find((x) => x.kind === (f.facet ?? row.facet));
  try {
    const v: unknown = facet?.describe(f.value);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

function alignmentBlock(al: Alignment, a: ArticleView, b: ArticleView): string[] {
  const text = (view: ArticleView, ids: number[]) => ids.map((i) => view.sentences[i]?.text ?? '').join(' ');
  return [
    `**a ${al.a.join(', ')} ↔ b ${al.b.join(', ')}** (similarity ${al.score.toFixed(2)})`,
    '',
    `> a: ${oneLine(text(a, al.a))}`,
    `>`,
    `> b: ${oneLine(text(b, al.b))}`,
    '',
    // A diff with no words in common only repeats both sides: leave it out.
    ...(al.diff.some((p) => !p.added && !p.removed && p.value.trim()) ? [`Differences: ${renderDiff(al.diff)}`, ''] : []),
  ];
}

/** Words only in a struck through, words only in b in bold. */
export function renderDiff(diff: readonly DiffPart[]): string {
  return diff
    .map((p) => {
      const v = oneLine(p.value);
      if (!v.trim()) return v;
      const lead = v.match(/^\s*/)![0], trail = v.match(/\s*$/)![0], core = v.trim();
      if (p.removed) return `${lead}~~${core}~~${trail}`;
      if (p.added) return `${lead}**${core}**${trail}`;
      return v;
    })
    .join('');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function cell(s: string): string {
  return oneLine(s).replace(/\|/g, '\\|');
}

// Two short reports of one landing that disagree on the date and the number of troops, and agree on
// the rest. Prints each facet's verdict with the words on each side. Run: npx tsx examples/two-reports.ts
import { compare } from 'corroborate';

const report = compare(
  {
    id: 'wire',
    publishedAt: '2019-03-25',
    text: 'Two Russian military planes landed in Caracas on Saturday carrying almost a hundred troops and 35 tons of cargo, according to media reports.',
  },
  {
    id: 'local',
    publishedAt: '2019-03-25',
    text: 'An An-124 and an Il-62 arrived at Maiquetía airport on March 24. More than 100 servicemen were on board, a diplomatic source said.',
  },
);

for (const row of report.facets) {
  const words = (side: typeof row.a) => side.map((f) => `"${f.text}"`).join(', ') || '-';
  console.log(`${row.facet.padEnd(12)} ${row.verdict.padEnd(9)} a: ${words(row.a)}  b: ${words(row.b)}`);
}
console.log('same event:', report.eventMatch.same, report.eventMatch.score.toFixed(2));
for (const e of report.eventMatch.evidence) console.log(`  for ${e.points === 'same' ? 'one event' : 'two events'}: ${e.says}`);

// Compares the two seed articles (Russian military planes landing in Caracas, March 2019) and prints
// the report as Markdown. Run: npm run demo
import { readFileSync } from 'node:fs';
import { compare, toMarkdown } from 'corroborate';

const read = (file: string) => readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8');

const report = compare(
  { id: 'a', source: 'wire report', text: read('000_e7b5c02546696438.txt'), publishedAt: '2019-03-25' },
  { id: 'b', source: 'OREANDA-NEWS', text: read('004_1efb7abd375c0c7f.txt'), publishedAt: '2019-03-25' },
);

process.stdout.write(toMarkdown(report));

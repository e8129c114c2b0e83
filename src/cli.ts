#!/usr/bin/env node
// corroborate a.txt b.txt [c.txt ...] [--date YYYY-MM-DD] [--date-a ..] [--date-b ..] [--json]
// Reads two or more article files and prints the comparison as Markdown (or JSON). The library itself
// never reads files; only this command does.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compare, compareAll } from './compare.js';
import { CorroborateError } from './errors.js';
import { toMarkdown, toMarkdownAll } from './report/markdown.js';
import type { ArticleInput } from './types.js';

const USAGE = `usage: corroborate A.txt B.txt [C.txt ...] [--date YYYY-MM-DD] [--date-a YYYY-MM-DD] [--date-b YYYY-MM-DD] [--json]

Compares articles about one event and prints the report as Markdown: two articles side by side, or
three and more pair by pair under a table of every facet's verdicts (their ids are a, b, c...).
  --date      publication date of every article (anchors "Saturday", "yesterday")
  --date-a/b  publication date of article a or b (two articles only)
  --json      print the report as JSON instead`;

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' }, 'date-a': { type: 'string' }, 'date-b': { type: 'string' },
        json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length < 2) {
    process.stderr.write(`expected two or more article files, got ${positionals.length}\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length > 2 && (values['date-a'] !== undefined || values['date-b'] !== undefined)) {
    process.stderr.write(`--date-a and --date-b are for two articles; give --date for all ${positionals.length}\n${USAGE}\n`);
    return 2;
  }
  const article = (file: string, id: string, date: string | undefined): ArticleInput => {
    const input: ArticleInput = { id, source: basename(file), text: readFileSync(file, 'utf8') };
    if (date !== undefined) input.publishedAt = date;
    return input;
  };
  try {
    if (positionals.length > 2) {
      const all = compareAll(positionals.map((file, k) => article(file, idOf(k), values.date)));
      process.stdout.write(values.json ? `${JSON.stringify(all, null, 2)}\n` : toMarkdownAll(all));
      return 0;
    }
    const [fa, fb] = positionals as [string, string];
    const report = compare(
      article(fa, 'a', values['date-a'] ?? values.date),
      article(fb, 'b', values['date-b'] ?? values.date),
    );
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : toMarkdown(report));
    return 0;
  } catch (err) {
    if (err instanceof CorroborateError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`corroborate: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}

/** a, b, c... z, then 27, 28...: short ids for the articles, in the order given. */
function idOf(k: number): string {
  return k < 26 ? String.fromCharCode(97 + k) : String(k + 1);
}

process.exitCode = main(process.argv.slice(2));

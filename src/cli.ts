#!/usr/bin/env node
// corroborate a.txt b.txt [--date YYYY-MM-DD] [--date-a ..] [--date-b ..] [--json]
// Reads two article files and prints the comparison as Markdown (or JSON). The library itself never
// reads files; only this command does.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compare } from './compare.js';
import { CorroborateError } from './errors.js';
import { toMarkdown } from './report/markdown.js';
import type { ArticleInput } from './types.js';

const USAGE = `usage: corroborate A.txt B.txt [--date YYYY-MM-DD] [--date-a YYYY-MM-DD] [--date-b YYYY-MM-DD] [--json]

Compares two articles about one event and prints the report as Markdown.
  --date      publication date of both articles (anchors "Saturday", "yesterday")
  --date-a/b  publication date of one article
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
  if (positionals.length !== 2) {
    process.stderr.write(`expected two article files, got ${positionals.length}\n${USAGE}\n`);
    return 2;
  }
  const article = (file: string, id: string, date: string | undefined): ArticleInput => {
    const input: ArticleInput = { id, source: basename(file), text: readFileSync(file, 'utf8') };
    if (date !== undefined) input.publishedAt = date;
    return input;
  };
  try {
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

process.exitCode = main(process.argv.slice(2));

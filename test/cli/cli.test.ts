// The command line, run as users run it: two files side by side, three and more pair by pair, and
// usage errors with exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const A = file('wire.txt', 'A Cessna 208 carrying 12 people crashed near Lake Naivasha on Saturday.');
const B = file('daily.txt', 'A light aircraft with 12 people on board came down near Naivasha on May 4.');
const C = file('blog.txt', 'A Cessna 208 crashed near Lake Naivasha on Sunday with 15 people on board.');

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });

describe('corroborate (command line)', () => {
  it('prints two articles side by side', () => {
    const r = run(A, B, '--date', '2024-05-06');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# a (wire.txt) vs b (daily.txt)');
  });

  it('prints three articles pair by pair under one table, or as JSON', () => {
    const md = run(A, B, C, '--date', '2024-05-06');
    expect(md.status).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# 3 articles: a (wire.txt), b (daily.txt), c (blog.txt)');
    expect(md.stdout).toContain('| time | ✅ agree | ❌ conflict | ❌ conflict |');
    const json = run(A, B, C, '--date', '2024-05-06', '--json');
    expect(JSON.parse(json.stdout).articles).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [[A], 'expected two or more article files'],
    [[A, B, C, '--date-a', '2024-05-06'], '--date-a and --date-b are for two articles'],
    [[A, join(dir, 'missing.txt')], 'ENOENT'],
    [[A, B, '--date', 'yesterday'], 'a.publishedAt'],
  ])('exits with 2 and says why: %j', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

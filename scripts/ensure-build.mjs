// Builds the library when dist/ is missing or older than src/, so `npm run demo` works on a fresh clone.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';

const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
  const p = join(dir, e.name);
  return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
}, 0);

const built = existsSync('dist/index.js') ? statSync('dist/index.js').mtimeMs : 0;
if (built < newest('src')) execSync('npm run --silent build', { stdio: ['ignore', 'ignore', 'inherit'] });

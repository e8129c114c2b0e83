// Benchmark of `compare()` against the all-pairs string-similarity aligner, measured in the same run.
//
//   npx tsup && node scripts/bench.mjs          (or: npm run bench; BENCH_CASES=seed,100 for a subset)
//
// Runs against the built package (dist/index.js), as users get it. Each article size runs in its own
// child process so its peak memory (max RSS) is its own. Long articles are real news text: the ECB+
// documents of one topic half, alternately given to article a and b, cycling over topics until each side
// has enough sentences (../shared/bench/ecbplus/topics-1-25.json). Prints medians and the targets.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist');
// The run measures a copy of dist/ taken at its start: a rebuild during the run (tsup cleans dist/ first)
// must not break or mix the measurement. The copy sits under node_modules so bare imports still resolve.
const snapshot = join(root, 'node_modules', '.cache', 'corroborate-bench');
const dist = join(snapshot, 'index.js');
const ecbPath = resolve(root, '../shared/bench/ecbplus/topics-1-25.json');
const SIZES = [100, 200, 400, 800, 1000, 1600];
// Repetitions shrink with size so the whole run stays within a few minutes; a time budget per case
// stops early when an implementation is slow (at least one timed run always happens).
const REPS = { 100: 15, 200: 11, 400: 7, 800: 5, 1000: 5, 1600: 3 };
const BASELINE_REPS = { 100: 5, 200: 3, 400: 3, 800: 1, 1000: 1, 1600: 0 };
const BUDGET_MS = 20_000;

const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times `run` up to `reps` times after a warm-up, within the budget. Records wall time and the process's
 * CPU time: on a busy machine the wall clock also counts waiting for a core, the CPU time does not.
 */
function timeRuns(run, reps, budget = BUDGET_MS) {
  const wall = [], cpu = [];
  if (reps <= 0) return { wall, cpu };
  const once = () => {
    const c0 = process.cpuUsage(), t0 = performance.now();
    run();
    const t = performance.now() - t0, c = process.cpuUsage(c0);
    return [t, (c.user + c.system) / 1000];
  };
  if (reps > 1) {
    const [t, c] = once();
    // A run this long has warmed the JIT by itself; repeating it would only stretch the bench.
    if (t > budget / 4) return { wall: [t], cpu: [c] };
  }
  const started = performance.now();
  for (let i = 0; i < reps; i++) {
    const [t, c] = once();
    wall.push(t);
    cpu.push(c);
    if (performance.now() - started > budget) break;
  }
  return { wall, cpu };
}

/** The baseline as many tools align: every sentence of a against all of b's with findBestMatch. */
async function baselineAligner() {
  const { default: stringSimilarity } = await import('string-similarity');
  return (sa, sb) => {
    if (sb.length === 0) return [];
    return sa.map((s) => stringSimilarity.findBestMatch(s, sb).bestMatchIndex);
  };
}

/** Two articles of `n` sentences each from ECB+ topic halves, cycling over topics. */
function ecbArticles(n) {
  const { documents } = JSON.parse(readFileSync(ecbPath, 'utf8'));
  const halves = new Map();
  for (const d of documents) {
    const key = `${d.topic}/${d.half}`;
    if (!halves.has(key)) halves.set(key, []);
    halves.get(key).push(d);
  }
  const a = [], b = [];
  const usable = (s) => s.trim().length > 0;
  while (a.length < n || b.length < n) {
    for (const docs of halves.values()) {
      docs.forEach((d, i) => {
        const side = i % 2 === 0 ? a : b;
        for (const s of d.sentences) if (side.length < n && usable(s)) side.push(s.trim());
      });
      if (a.length >= n && b.length >= n) break;
    }
  }
  return [a, b];
}

function seedArticles() {
  const dir = join(root, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.slice(0, 2).map((f, i) => ({
    id: `seed-${i}`, text: readFileSync(join(dir, f), 'utf8'), publishedAt: '2019-03-25',
  }));
}

const maxRssMB = () => process.resourceUsage().maxRSS / 1024;

// ---- child: one case, printed as JSON on stdout ----
async function child(which) {
  const { compare } = await import(pathToFileURL(dist).href);
  const baseline = await baselineAligner();
  let a, b, reps, baseReps;
  if (which === 'seed') {
    [a, b] = seedArticles();
    reps = 200;
    baseReps = 50;
  } else {
    const asText = which.endsWith('t');
    const n = Number.parseInt(which, 10);
    const [sa, sb] = ecbArticles(n);
    a = asText ? { id: 'a', text: sa.join('\n'), publishedAt: '2019-03-25' } : { id: 'a', sentences: sa, publishedAt: '2019-03-25' };
    b = asText ? { id: 'b', text: sb.join('\n'), publishedAt: '2019-03-25' } : { id: 'b', sentences: sb, publishedAt: '2019-03-25' };
    reps = asText ? 3 : REPS[n];
    baseReps = asText ? 0 : BASELINE_REPS[n];
  }
  const rssBefore = maxRssMB();
  let heapPeak = process.memoryUsage().heapUsed;
  let report;
  const { wall: times, cpu: cpuTimes } = timeRuns(() => {
    report = compare(a, b);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, reps);
  const rssPeak = maxRssMB();
  // The baseline gets the sentences compare() found, so both align the same units.
  const sa = report.articles[0].sentences.map((s) => s.text);
  const sb = report.articles[1].sentences.map((s) => s.text);
  const { wall: baseTimes, cpu: baseCpuTimes } = timeRuns(() => baseline(sa, sb), baseReps);
  process.stdout.write(JSON.stringify({
    which, times, cpuTimes, baseTimes, baseCpuTimes, rssBefore, rssPeak, heapPeakMB: heapPeak / 2 ** 20,
    sentences: [sa.length, sb.length], alignments: report.alignments.length,
  }));
}

// ---- parent ----
function runChild(which) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', which], {
    cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20,
  });
  if (r.status !== 0) {
    return { which, error: (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(0, 6).join('\n') };
  }
  return JSON.parse(r.stdout);
}

function coldImport(runs = 9) {
  const time = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
    return performance.now() - t0;
  };
  time(['-e', '']); // warm the OS file cache; the figure is Node's work, not the disk's
  const bare = [], withImport = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '']));
    withImport.push(time(['-e', `import(${JSON.stringify(pathToFileURL(dist).href)})`]));
  }
  return { bare: median(bare), import: median(withImport) };
}

const f = (ms) => (Number.isNaN(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const pass = (ok) => (ok === undefined ? '?' : ok ? 'met' : 'NOT MET');

async function main() {
  for (let wait = 0; !existsSync(join(built, 'index.js')) && wait < 30; wait++) {
    await new Promise((done) => setTimeout(done, 1000)); // a build may be under way
  }
  if (!existsSync(join(built, 'index.js'))) {
    console.error('dist/index.js is missing: build first (npx tsup).');
    process.exit(1);
  }
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(snapshot, { recursive: true });
  cpSync(built, snapshot, { recursive: true, filter: (from) => !from.endsWith('.map') && !from.endsWith('.d.ts') && !from.endsWith('.d.cts') });
  if (!existsSync(ecbPath)) {
    console.error(`ECB+ data not found at ${ecbPath}`);
    process.exit(1);
  }
  const started = performance.now();
  const cpu = cpus();
  console.log('# corroborate benchmark');
  console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}/${process.arch}`);
  const load = loadavg()[0];
  console.log(`load:    ${load.toFixed(2)} (1-minute average)${load > cpu.length * 0.5 ? ' — the machine is busy: timings are inflated and noisy' : ''}`);
  console.log(`build:   dist/index.js of ${new Date(statSync(join(built, 'index.js')).mtimeMs).toISOString()} (copied at the start of the run)`);
  console.log('method:  median of repeated runs after a warm-up (cases with one run: none); each case in its own child process;');
  console.log('         baseline = string-similarity findBestMatch of every a sentence against all b sentences');
  console.log('         (alignment only; compare() also segments, extracts and judges)\n');

  // BENCH_CASES=seed,100 runs a subset, for a quick look.
  const cases = ['seed', ...SIZES.map(String), '1000t'].filter((c) => !process.env.BENCH_CASES || process.env.BENCH_CASES.split(',').includes(c));
  const results = new Map();
  for (const c of cases) {
    process.stderr.write(`running ${c}...\n`);
    results.set(c, runChild(c));
  }

  console.log('| case | sentences a/b | compare() median | (CPU) | runs | baseline median | (CPU) | baseline / compare | peak RSS | RSS growth | heap peak |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const label = { seed: 'seed pair', '1000t': '1,000 (text input)' };
  for (const c of cases) {
    const r = results.get(c);
    const name = label[c] ?? `${Number(c).toLocaleString('en')} a side`;
    if (r.error) {
      console.log(`| ${name} | — | FAILED | | | | | | | | |`);
      continue;
    }
    const t = median(r.times), bt = median(r.baseTimes);
    const ratio = Number.isNaN(bt) ? '—' : `${(bt / t).toFixed(1)}x`;
    const ct = median(r.cpuTimes), bct = median(r.baseCpuTimes);
    console.log(`| ${name} | ${r.sentences.join('/')} | ${f(t)} ms | ${f(ct)} ms | ${r.times.length} | ${Number.isNaN(bt) ? 'skipped' : `${f(bt)} ms`} | ${Number.isNaN(bct) ? '' : `${f(bct)} ms`} | ${ratio} | ${r.rssPeak.toFixed(0)} MB | +${(r.rssPeak - r.rssBefore).toFixed(0)} MB | ${r.heapPeakMB.toFixed(0)} MB |`);
  }
  const failed = cases.filter((c) => results.get(c).error);
  for (const c of failed) console.log(`\n${c} failed:\n${results.get(c).error}`);

  const cold = coldImport();
  const coldMs = cold.import - cold.bare;
  console.log(`\ncold import: ${f(coldMs)} ms (median \`node -e "import('dist/index.js')"\` ${f(cold.import)} ms minus bare \`node -e ""\` ${f(cold.bare)} ms)`);

  const pick = (c, key) => {
    const r = results.get(c);
    return !r || r.error ? NaN : median(r[key]);
  };
  const known = (x) => (Number.isNaN(x) ? undefined : x);
  // Targets are judged on the wall clock; the CPU figure beside each shows what a quiet machine would see.
  const figure = (key, cpuKey, show) => ({ wall: known(show(key)), cpu: known(show(cpuKey)) });
  const targets = [
    ['seed pair warm < 5 ms', figure('times', 'cpuTimes', (k) => pick('seed', k)), (x) => `${f(x)} ms`, (x) => x < 5],
    ['1,000 sentences a side < 1 s', figure('times', 'cpuTimes', (k) => pick('1000', k)), (x) => `${f(x)} ms`, (x) => x < 1000],
    ...[[400, 800], [800, 1600]].map(([x, y]) => [
      `doubling ${x} → ${y} ≤ ~2.2x time`, figure('times', 'cpuTimes', (k) => pick(String(y), k) / pick(String(x), k)),
      (r) => `${r.toFixed(2)}x`, (r) => r <= 2.2,
    ]),
    ['≥ 20x faster than baseline at 1,000', {
      wall: known(pick('1000', 'baseTimes') / pick('1000', 'times')),
      cpu: known(pick('1000', 'baseCpuTimes') / pick('1000', 'cpuTimes')),
    }, (r) => `${r.toFixed(1)}x`, (r) => r >= 20],
  ];
  console.log('\n## targets (wall clock; CPU time in brackets)');
  for (const [name, { wall, cpu }, show, ok] of targets) {
    const shown = wall === undefined ? '—' : `${show(wall)}${cpu === undefined ? '' : ` (${show(cpu)})`}`;
    console.log(`${`- ${name}:`.padEnd(41)}${shown.padEnd(22)}${pass(wall === undefined ? undefined : ok(wall))}`);
  }
  console.log(`${'- cold import < 200 ms:'.padEnd(41)}${`${f(coldMs)} ms`.padEnd(22)}${pass(coldMs < 200)}`);
  const peak = Math.max(0, ...cases.map((c) => results.get(c).rssPeak ?? 0));
  console.log(`${'- peak memory (reported, no target):'.padEnd(41)}${peak.toFixed(0)} MB max RSS over all cases`);
  console.log(`\ntotal bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const at = process.argv.indexOf('--child');
if (at !== -1) await child(process.argv[at + 1]);
else await main();

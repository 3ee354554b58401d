// The benchmark runner (`npm run bench`): times every program of
// bench/programs on every engine present, checks their outputs, measures
// memory, startup and compile speed, prints the tables and writes
// bench/RESULTS.md, bench/results.svg and bench/results.json.
//
//   npm run bench                      full run (about half an hour)
//   npm run bench -- --quick           smoke test: tiny sizes, our engine (and
//                                      lua5.4), exits 1 if our output is wrong
//   npm run bench -- --runs 3 --programs fib,tak --engines slua,lua5.4
//   npm run bench -- --report          rewrite the report from results.json
//   npm run bench -- --only-extras     redo startup, compile and memory only
//   npm run bench -- --record          record expected.json with lua5.4
//   npm run bench -- --commit HEAD     measure a clean export of a commit
//                                      (not the working tree), built afresh
// Without --commit the working tree is built first (--no-build skips that).
//
// Times are whole-process seconds (startup included): wall-clock, or with
// --metric cpu user+system CPU time from GNU time (steadier on a loaded
// machine; it counts V8's helper threads too). Median of several runs; a
// first run shorter than WARMUP_LIMIT seconds is a discarded warm-up. Once a cell has used --budget seconds it stops repeating, so slow
// engines get fewer runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { BENCH, ENGINES, ROOT, SLUA_ROOT, setSluaRoot, sluaCommit } from './engines.mjs';
import { PROGRAMS } from './programs.mjs';
import { renderConsole, renderMarkdown, renderSvg } from './report.mjs';

/// A first run faster than this (seconds) is repeated and discarded as warm-up.
const WARMUP_LIMIT = 5;
const EXPECTED_FILE = join(BENCH, 'expected.json');
const RESULTS_JSON = join(BENCH, 'results.json');

const opts = parseArgs(process.argv.slice(2));
const TMP = mkdtempSync(join(tmpdir(), 'slua-bench-'));
const GNU_TIME = detectGnuTime();
if (opts.metric === 'cpu' && !GNU_TIME) {
  log('note: --metric cpu needs GNU time (`apt-get install time`); using wall-clock time\n');
  opts.metric = 'wall';
}
try {
  if (opts.commit && !exportCommit(opts.commit)) process.exitCode = 2;
  else if (opts.report) writeReport(JSON.parse(readFileSync(RESULTS_JSON, 'utf8')));
  else {
    if (!opts.commit && opts.build && !opts.record) buildWorkingTree();
    if (opts.record) await record();
    else if (opts.quick) process.exitCode = await quick();
    else if (opts.onlyExtras) process.exitCode = await onlyExtras();
    else await full();
  }
} finally {
  rmSync(TMP, { recursive: true, force: true });
}

function parseArgs(argv) {
  const o = {
    runs: 5,
    budget: 30,
    timeout: 600,
    quick: false,
    record: false,
    report: false,
    extras: true,
    build: true,
  };
  const list = (s) => s.split(',').filter(Boolean);
  while (argv.length > 0) {
    const a = argv.shift();
    if (a === '--quick') o.quick = true;
    else if (a === '--record') o.record = true;
    else if (a === '--report') o.report = true;
    else if (a === '--no-extras') o.extras = false;
    else if (a === '--only-extras') o.onlyExtras = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-write') o.write = false;
    else if (a === '--write') o.write = true;
    else if (a === '--runs') o.runs = Math.max(1, Number(argv.shift()));
    else if (a === '--metric') o.metric = argv.shift() === 'cpu' ? 'cpu' : 'wall';
    else if (a === '--budget') o.budget = Number(argv.shift());
    else if (a === '--timeout') o.timeout = Number(argv.shift());
    else if (a === '--programs') o.programs = list(argv.shift());
    else if (a === '--engines') o.engines = list(argv.shift());
    else if (a === '--commit') o.commit = argv.shift();
    else {
      process.stderr.write(`bench: unknown option ${a}\n`);
      process.exit(2);
    }
  }
  // A partial run does not overwrite the committed report unless asked to.
  o.write ??= !o.programs && !o.engines;
  o.metric ??= 'wall';
  return o;
}

function log(s) {
  process.stderr.write(s);
}

// ------------------------------------------------------------ running

function buildWorkingTree() {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

/// Exports a commit of this repository into TMP, builds it there and makes
/// it the engine measured, so that the results name exactly what ran.
function exportCommit(rev) {
  const sh = (cmd, cwd = ROOT) => {
    const r = spawnSync('sh', ['-c', cmd], { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const sha = sh(`git rev-parse --verify ${JSON.stringify(`${rev}^{commit}`)}`);
  const dir = join(TMP, 'slua');
  sh(`mkdir -p ${dir} && git archive ${sha} | tar -x -C ${dir}`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) {
    const errors = built.stderr.split('\n').filter((l) => l.includes('ERROR'));
    log(`bench: commit ${sha.slice(0, 12)} does not build:\n${errors.join('\n')}\n`);
    return false;
  }
  writeFileSync(join(dir, 'COMMIT'), sha.slice(0, 12));
  setSluaRoot(dir);
  log(`measuring commit ${sha.slice(0, 12)} (exported to ${dir})\n`);
  return true;
}

function detectGnuTime() {
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(r.stderr) ? '/usr/bin/time' : undefined;
}

/// Runs argv once: wall seconds, output, status, and peak RSS (KB) when GNU
/// time is present. Kills the whole process group after `timeout` seconds.
function runOnce(argv, timeout = opts.timeout) {
  const rssFile = join(TMP, 'rss');
  const cmd = GNU_TIME ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...argv] : argv;
  return new Promise((resolvePromise) => {
    const out = [];
    const err = [];
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd[0], cmd.slice(1), {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, timeout * 1000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (status) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      clearTimeout(timer);
      let rssKB;
      let cpu;
      if (GNU_TIME && existsSync(rssFile)) {
        const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(rssFile, 'utf8'));
        if (m) [rssKB, cpu] = [Number(m[1]), Number(m[2]) + Number(m[3])];
        rmSync(rssFile);
      }
      const stdout = Buffer.concat(out).toString('latin1');
      const stderr = Buffer.concat(err).toString('utf8');
      resolvePromise({ secs, cpu, stdout, stderr, status: timedOut ? 'timeout' : status, rssKB });
    });
  });
}

/// The first line of an error, without the engine's prefix noise.
function errorLine(r) {
  if (r.status === 'timeout') return `timed out after ${opts.timeout} s`;
  const lines = r.stderr.split('\n').filter((l) => l.trim() && !/^Command (exited|terminated)/.test(l));
  // Node prints the source line of an uncaught exception before its message.
  const message = lines.find((l) => /^\w*(Error|Exception)\b|^\w[\w.-]*: /.test(l));
  return (message ?? lines[0] ?? `exit status ${r.status}`).slice(0, 200);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/// Median and spread (half the range over the median) of some times.
function summary(times) {
  if (times.some((t) => t === undefined)) return undefined;
  const med = median(times);
  return { median: med, spread: (Math.max(...times) - Math.min(...times)) / 2 / med };
}

/// Times one program on one engine: a cell of the table. `median` and
/// `spread` are those of the chosen metric; `wall` and `cpu` hold both.
async function measure(engine, argv) {
  const times = [];
  const cpuTimes = [];
  let rssKB = 0;
  let output;
  let spent = 0;
  let warmup = true;
  while (times.length < opts.runs) {
    const r = await runOnce(argv);
    spent += r.secs;
    if (r.status !== 0) return { status: 'fail', error: errorLine(r), stdout: r.stdout, secs: r.secs };
    output = r.stdout;
    rssKB = Math.max(rssKB, r.rssKB ?? 0);
    if (warmup && r.secs < WARMUP_LIMIT) {
      warmup = false;
      continue;
    }
    warmup = false;
    times.push(r.secs);
    cpuTimes.push(r.cpu);
    if (spent >= opts.budget) break;
  }
  const wall = summary(times);
  const cpu = summary(cpuTimes);
  const chosen = opts.metric === 'cpu' ? cpu : wall;
  const fmt = (i) => `${times[i].toFixed(3)}${cpuTimes[i] === undefined ? '' : `/${cpuTimes[i].toFixed(2)}`}`;
  log(`  ${engine.id.padEnd(12)} ${times.map((_, i) => fmt(i)).join(' ')}  (wall/cpu s)\n`);
  return {
    status: 'ok',
    ...chosen,
    wall,
    cpu,
    runs: times.length,
    rssKB: rssKB || undefined,
    stdout: output,
  };
}

function loadExpected() {
  return existsSync(EXPECTED_FILE) ? JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) : {};
}

function programFile(prog) {
  return join(BENCH, 'programs', `${prog.name}.lua`);
}

function detectEngines(wanted) {
  const present = [];
  const notes = [];
  for (const e of ENGINES) {
    if (wanted && !wanted.includes(e.id)) continue;
    const version = e.detect();
    if (version) present.push({ ...e, version });
    else notes.push(`${e.label}: skipped, ${e.missing}`);
  }
  return { present, notes };
}

// ------------------------------------------------------------ modes

/// Smoke test: tiny sizes on our engine (and lua5.4), outputs checked.
async function quick() {
  const expected = loadExpected();
  const { present } = detectEngines(['slua', 'lua5.4']);
  if (!present.some((e) => e.id === 'slua')) {
    log('bench --quick: dist/index.js is missing; run `npm run build`\n');
    return 1;
  }
  let wrong = 0;
  const t0 = performance.now();
  for (const prog of selectPrograms()) {
    const want = expected[prog.name]?.quick;
    const cells = [];
    for (const e of present) {
      const r = await runOnce(e.command(programFile(prog), [String(prog.quick)], prog), 60);
      let verdict;
      if (r.status !== 0) verdict = `FAIL ${errorLine(r)}`;
      else if (want === undefined) verdict = 'no expected output recorded';
      else
        verdict =
          r.stdout.trimEnd() === want.trimEnd() ? 'ok' : `WRONG ${JSON.stringify(r.stdout.trimEnd())}`;
      if (e.id === 'slua' && verdict !== 'ok') wrong++;
      cells.push(`${e.id} ${verdict} ${r.secs.toFixed(2)}s`);
    }
    log(`${prog.name.padEnd(16)} ${cells.join('  |  ')}\n`);
  }
  log(
    `${wrong === 0 ? 'all outputs as expected' : `${wrong} program(s) wrong on stackless-lua`} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  return wrong === 0 ? 0 : 1;
}

function selectPrograms() {
  return PROGRAMS.filter((p) => !opts.programs || opts.programs.includes(p.name));
}

/// Records the expected outputs with lua5.4 (full and quick sizes). A
/// program lua5.4 cannot run keeps its recorded (hand-computed) entry.
async function record() {
  const expected = loadExpected();
  for (const prog of selectPrograms()) {
    const entry = (expected[prog.name] ??= {});
    for (const [kind, args] of [
      ['full', []],
      ['quick', [String(prog.quick)]],
    ]) {
      const r = await runOnce(['lua5.4', programFile(prog), ...args]);
      if (r.status === 0) entry[kind] = r.stdout;
      log(`${prog.name} ${kind}: ${r.status === 0 ? 'recorded' : `kept (${errorLine(r)})`}\n`);
    }
  }
  const ordered = {
    _comment: [
      'Generated by `node bench/run.mjs --record` from lua5.4; do not edit, except:',
      'deep_recursion.full, which lua5.4 cannot run, is computed by hand: 3N - 6 + 7993 for N = 1e6.',
    ],
  };
  for (const p of PROGRAMS) if (expected[p.name]) ordered[p.name] = expected[p.name];
  writeFileSync(EXPECTED_FILE, `${JSON.stringify(ordered, null, 2)}\n`);
  formatGenerated(['expected.json']);
}

async function full() {
  const expected = loadExpected();
  const { present, notes } = detectEngines(opts.engines);
  for (const n of notes) log(`note: ${n}\n`);
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    commit: sluaCommit(),
    sluaRoot: SLUA_ROOT === ROOT ? '.' : 'clean export',
    metric: opts.metric,
    load: { before: loadavg() },
    options: { runs: opts.runs, budget: opts.budget, warmupLimit: WARMUP_LIMIT },
    engines: present.map(({ id, label, version }) => ({ id, label, version })),
    notes,
    programs: [],
  };
  for (const prog of selectPrograms()) {
    log(`${prog.name}\n`);
    const row = { name: prog.name, what: prog.what, cells: {} };
    for (const e of present) {
      const argv = e.command(programFile(prog), [], prog);
      if (!argv) continue;
      if (prog.onlyUs && e.id !== 'slua') {
        row.cells[e.id] = { status: 'n/a', error: prog.onlyUs };
        continue;
      }
      row.cells[e.id] = await measure(e, argv);
    }
    checkOutputs(row, expected[prog.name]?.full);
    results.programs.push(row);
  }
  if (opts.extras) await extras(results, present);
  results.load.after = loadavg();
  process.stdout.write(renderConsole(results));
  if (opts.write) {
    writeFileSync(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
    writeReport(results);
  }
}

async function extras(results, present) {
  results.startup = await startup(present);
  results.compile = await compileSpeed(present);
  results.memory = memory();
}

/// Measures startup, compile speed and memory again and puts them into the
/// last full run's results.json, which must be of the same commit.
async function onlyExtras() {
  const results = JSON.parse(readFileSync(RESULTS_JSON, 'utf8'));
  if (results.commit !== sluaCommit()) {
    log(`bench --only-extras: results.json measured ${results.commit}, not ${sluaCommit()}; use --commit\n`);
    return 2;
  }
  const { present } = detectEngines(opts.engines);
  await extras(results, present);
  results.extrasDate = new Date().toISOString();
  writeFileSync(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results);
  return 0;
}

/// Marks each successful cell whose output differs from the expected one
/// (or, with none recorded, from lua5.4's).
function checkOutputs(row, want) {
  const reference = want ?? row.cells['lua5.4']?.stdout;
  for (const [id, c] of Object.entries(row.cells)) {
    if (c.status === 'ok' && reference !== undefined && c.stdout.trimEnd() !== reference.trimEnd()) {
      c.status = 'wrong';
      c.error = `printed ${JSON.stringify(c.stdout.trimEnd().slice(0, 120))}, expected ${JSON.stringify(reference.trimEnd().slice(0, 120))}`;
      log(`  ${id}: output differs\n`);
    }
    if (c.status === 'fail') log(`  ${id}: ${c.error}\n`);
  }
  row.expected = reference;
  for (const c of Object.values(row.cells)) delete c.stdout;
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memGB: Math.round(totalmem() / 2 ** 30),
    freeGB: Math.round(freemem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    gnuTime: Boolean(GNU_TIME),
  };
}

// ------------------------------------------------------------ extras

/// Whole-process time of `print(1)`: each engine, and our CLI.
async function startup(present) {
  log('startup\n');
  const file = join(BENCH, 'lua/hello.lua');
  const rows = [];
  const cmds = [
    {
      id: 'slua-cli',
      label: 'stackless-lua (node bin/slua.js)',
      argv: [process.execPath, join(SLUA_ROOT, 'bin/slua.js'), file],
    },
    ...present
      .filter((e) => e.id !== 'js')
      .map((e) => ({ id: e.id, label: e.label, argv: e.command(file, [], { name: 'hello' }) })),
    { id: 'node', label: 'node (empty script)', argv: [process.execPath, '-e', ''] },
  ];
  for (const c of cmds) {
    const times = [];
    const cpuTimes = [];
    let rssKB;
    for (let i = 0; i < 11; i++) {
      const r = await runOnce(c.argv, 60);
      if (r.status !== 0) break;
      if (i > 0) times.push(r.secs);
      if (i > 0) cpuTimes.push(r.cpu);
      rssKB = r.rssKB;
    }
    if (times.length > 0) {
      const cpu = summary(cpuTimes);
      rows.push({ id: c.id, label: c.label, median: median(times), cpu: cpu?.median, rssKB });
    } else rows.push({ id: c.id, label: c.label, error: 'failed' });
    log(`  ${c.id.padEnd(12)} ${times.length ? median(times).toFixed(3) : 'failed'}\n`);
  }
  return rows;
}

/// Parse and load throughput on generated Lua (bench/parse.ts makes the text).
async function compileSpeed(present) {
  log('compile\n');
  const { build } = await import('esbuild');
  const gen = join(TMP, 'parse-bench.mjs');
  await build({
    // The measured checkout's own copy, which imports its own front end.
    entryPoints: [join(SLUA_ROOT, 'bench/parse.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: gen,
    logLevel: 'warning',
  });
  const result = { sizes: [] };
  for (const mb of [0.25, 1, 10]) {
    const file = join(TMP, `gen-${mb}.lua`);
    const p = await runOnce([process.execPath, gen, String(mb), file], 600);
    // parse.ts prints the size, then its timings (wall and CPU, one line each).
    const timings = p.stdout.trim().split('\n').slice(1).join('; ');
    const size = { mb, parseBench: p.status === 0 ? timings : errorLine(p) };
    const ours = await runOnce([process.execPath, join(BENCH, 'compile.mjs'), file], 600);
    size.slua = ours.status === 0 ? JSON.parse(ours.stdout) : { error: errorLine(ours) };
    if (present.some((e) => e.id === 'lua5.4')) {
      const r = await runOnce(['lua5.4', join(BENCH, 'lua/load.lua'), file], 600);
      if (r.status === 0) {
        const [bytes, best, med] = r.stdout.trim().split(' ').map(Number);
        size.lua54 = { bytes, best, median: med, mbps: bytes / 1048576 / best };
      } else size.lua54 = { error: errorLine(r) };
    }
    log(`  ${mb} MB: ${JSON.stringify(size)}\n`);
    result.sizes.push(size);
  }
  return result;
}

/// Allocation per call and bytes per frame (ours, in-process), and the same
/// frame figure from collectgarbage("count") on the engines that have it.
function memory() {
  log('memory\n');
  const r = spawnSync(process.execPath, ['--expose-gc', join(BENCH, 'memory.mjs')], { encoding: 'utf8' });
  const result = r.status === 0 ? JSON.parse(r.stdout) : { error: r.stderr.split('\n')[0] };
  result.otherFrames = [];
  for (const [id, argv, depth] of [
    ['lua5.4', ['lua5.4'], 100000],
    ['luajit', ['luajit'], 10000],
    ['wasmoon', [process.execPath, join(BENCH, 'run-wasmoon.mjs')], 100000],
  ]) {
    const f = spawnSync(argv[0], [...argv.slice(1), join(BENCH, 'lua/frames.lua'), String(depth)], {
      encoding: 'utf8',
    });
    if (f.status !== 0) continue;
    const [n, perFrame] = f.stdout.trim().split(' ').map(Number);
    result.otherFrames.push({ id, depth: n, bytesPerFrame: perFrame });
  }
  log(`  ${JSON.stringify(result)}\n`);
  return result;
}

function writeReport(results) {
  writeFileSync(join(BENCH, 'RESULTS.md'), renderMarkdown(results));
  writeFileSync(join(BENCH, 'results.svg'), renderSvg(results));
  formatGenerated(['RESULTS.md', 'results.svg', 'results.json']);
  log('wrote bench/RESULTS.md, bench/results.svg, bench/results.json\n');
}

/// Passes generated files through the repository's formatter, so that
/// `npm run lint` accepts them as written.
function formatGenerated(names) {
  const biome = join(ROOT, 'node_modules/.bin/biome');
  if (!existsSync(biome)) return;
  spawnSync(biome, ['format', '--write', ...names.map((n) => join(BENCH, n))], { stdio: 'ignore' });
}

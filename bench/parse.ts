// Front-end throughput: generates ~10 MB of realistic Lua (functions, tables,
// loops, string literals, expressions, comments), parses it several times
// after a warm-up and prints MB/s (best and median). Run with
//   npx esbuild bench/parse.ts --bundle --platform=node --format=esm --outfile=/tmp/parse-bench.mjs && node /tmp/parse-bench.mjs
// Optional arguments: the size in MB (default 10), and a file to write the
// generated source to (to time other parsers on it, e.g. `luac5.4 -p`).

import { writeFileSync } from 'node:fs';
import { parse } from '../src/frontend/index.js';

/// A small deterministic PRNG (xorshift32), so every run parses the same text.
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

const WORDS = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'count',
  'value',
  'index',
  'result',
  'node',
  'item',
  'total',
];

function generate(targetBytes: number): string {
  const r = rng(42);
  const pick = <X>(xs: X[]): X => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  let size = 0;
  let n = 0;
  const emit = (s: string) => {
    out.push(s);
    size += s.length + 1;
  };
  while (size < targetBytes) {
    n++;
    const a = pick(WORDS);
    const b = pick(WORDS);
    emit(`-- function number ${n}: computes something about ${a} and ${b}`);
    emit(`do`);
    emit(`local function ${a}_${n}(${a}, ${b}, opts)`);
    emit(
      `  local t = { name = "${a}${n}", size = ${n % 97}, ratio = ${(r() * 100).toFixed(3)}, tags = {"x", "y", 'z'} }`,
    );
    emit(`  local sum, acc = 0, {}`);
    emit(`  for i = 1, #${a} do`);
    emit(`    local v = ${a}[i] * 2 + (${b}[i] or 0) // 3 - i % 7`);
    emit(
      `    if v > ${n} and not opts.skip then sum = sum + v elseif v < 0 then sum = sum - v else acc[#acc + 1] = v end`,
    );
    emit(`  end`);
    emit(`  for k, v in pairs(t) do acc[k] = tostring(v) .. ":" .. k end`);
    emit(`  while sum > 1000 do sum = sum / 2 end`);
    emit(`  local s = string.format("%d items, total %.2f\\n", #acc, sum)`);
    emit(`  t.method = function(self, x) return self.size + x ^ 2, self.name:upper() end`);
    emit(`  return setmetatable(t, { __index = function(_, key) return acc[key] or ${n} end }), s, sum`);
    emit(`end`);
    emit(`M["${a}_${n}"] = ${a}_${n}`);
    emit(`end`);
    emit('');
  }
  return 'local M = {}\n' + out.join('\n') + '\nreturn M\n';
}

const mb = Number(process.argv[2] ?? 10);
const src = generate(mb * 1024 * 1024);
const bytes = src.length;
if (process.argv[3]) writeFileSync(process.argv[3], src, 'latin1');
console.log(`source: ${(bytes / 1048576).toFixed(2)} MB, ${src.split('\n').length} lines`);

const WARMUP = 3;
const RUNS = 7;
for (let i = 0; i < WARMUP; i++) parse(src, '=bench');
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  parse(src, '=bench');
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const rate = (ms: number) => (bytes / 1048576 / (ms / 1000)).toFixed(1);
// CPU time counts the garbage collector's helper threads too, but is less
// disturbed than wall time when other processes share the machine.
for (const [what, times] of [
  ['wall', wall],
  ['cpu ', cpu],
] as const) {
  times.sort((x, y) => x - y);
  const best = times[0];
  const median = times[RUNS >> 1];
  console.log(
    `${what}: best ${best.toFixed(0)} ms (${rate(best)} MB/s), median ${median.toFixed(0)} ms (${rate(median)} MB/s)`,
  );
}

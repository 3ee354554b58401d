// Memory figures of stackless-lua, printed as JSON (bench/run.mjs reads them):
//  - bytes allocated per Lua call in fib.lua: V8's allocation during a run of
//    fib(n), from heap statistics around each garbage collection
//    (v8.GCProfiler), for a large and a small n; the difference divided by
//    the difference in calls, so that compiling the chunk cancels out;
//  - bytes of heap per Lua frame at the bottom of a deep recursion
//    (lua/frames.lua with a heapbytes() host function that collects first).
// Run as: node --expose-gc bench/memory.mjs
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { BENCH, SLUA_ROOT } from './engines.mjs';

if (typeof globalThis.gc !== 'function') {
  process.stderr.write('memory.mjs needs node --expose-gc\n');
  process.exit(1);
}
const { Lua } = await import(pathToFileURL(resolve(SLUA_ROOT, 'dist/index.js')).href);

/// Bytes V8 allocated while fn ran: the heap's growth plus what each GC freed.
function allocatedBy(fn) {
  globalThis.gc();
  const profiler = new v8.GCProfiler();
  const before = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  fn();
  const data = profiler.stop();
  const after = v8.getHeapStatistics().used_heap_size;
  let freed = 0;
  for (const s of data.statistics) {
    freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
  }
  return after - before + freed;
}

/// Runs a Lua file on a fresh state with arg[1] = n, capturing its output.
function runFile(lua, file, n) {
  lua.setGlobal('arg', [String(n)]);
  lua.runSync(readFileSync(file), { chunkname: `@${file}` });
}

function fibBytesPerCall() {
  const out = [];
  const lua = new Lua({ stdout: (s) => out.push(s) });
  const file = join(BENCH, 'programs/fib.lua');
  const calls = (n) => 2 * fibValue(n + 1) - 1;
  const big = 30;
  const small = 5;
  runFile(lua, file, big); // warm up: compiled and optimised
  const a = allocatedBy(() => runFile(lua, file, big));
  const b = allocatedBy(() => runFile(lua, file, small));
  return { n: big, calls: calls(big), bytesPerCall: (a - b) / (calls(big) - calls(small)), output: out[1] };
}

function fibValue(n) {
  let [a, b] = [0, 1];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

function bytesPerFrame(depth) {
  const out = [];
  const lua = new Lua({ stdout: (s) => out.push(s), maxDepth: depth + 100 });
  lua.setGlobal('heapbytes', () => {
    globalThis.gc();
    return v8.getHeapStatistics().used_heap_size;
  });
  runFile(lua, join(BENCH, 'lua/frames.lua'), depth);
  const [n, perFrame] = out.join('').trim().split(' ').map(Number);
  return { depth: n, bytesPerFrame: perFrame };
}

const result = {
  fib: fibBytesPerCall(),
  frames: [bytesPerFrame(100_000), bytesPerFrame(1_000_000)],
};
process.stdout.write(`${JSON.stringify(result)}\n`);

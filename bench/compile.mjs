// Parse and compile throughput of stackless-lua on a large Lua file (made by
// bench/parse.ts): times load() of its text (lexer, parser, resolver, codegen,
// emit and new Function) through lua/load.lua, and parse() alone through the
// package's exported parser, in CPU seconds. Prints JSON. Usage: node bench/compile.mjs file.lua
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH, SLUA_ROOT } from './engines.mjs';

const { Lua, parse } = await import(pathToFileURL(resolve(SLUA_ROOT, 'dist/index.js')).href);
const file = process.argv[2];
const bytes = readFileSync(file);
const RUNS = 5;

/// Process CPU time (user + system), as lua5.4's os.clock measures it: steadier
/// than wall-clock time on a busy machine.
function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const out = [];
const lua = new Lua({ stdout: (s) => out.push(s) });
lua.setGlobal('SRC', bytes);
lua.setGlobal('clock', cpuSeconds);
lua.runSync(readFileSync(join(BENCH, 'lua/load.lua')), { chunkname: '@load.lua' });
const [size, loadBest, loadMedian] = out.join('').trim().split(' ').map(Number);

const text = bytes.toString('latin1');
parse(text, '=big'); // warm up
const times = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = cpuSeconds();
  parse(text, '=big');
  times.push(cpuSeconds() - t0);
}
times.sort((a, b) => a - b);
const mbps = (s) => size / 1048576 / s;
process.stdout.write(
  `${JSON.stringify({
    bytes: size,
    load: { best: loadBest, median: loadMedian, mbps: mbps(loadBest) },
    parse: { best: times[0], median: times[RUNS >> 1], mbps: mbps(times[0]) },
  })}\n`,
);

// Differential fuzzing of the front end against lua5.4 (a development tool;
// needs lua5.4). Takes windows of lines from Lua files, mutates them (cuts,
// duplicated or inserted tokens, swapped bytes, truncation), has lua5.4's
// `load` judge each chunk (scripts/record-load.lua) and reports every chunk
// where `parse` accepts or rejects differently or words the error
// differently; for accepted chunks it also compares the resolution with
// `luac5.4 -l -l` (see tests/frontend/ast-tools.ts pucSummary). Run with
//   npx esbuild scripts/fuzz-frontend.ts --bundle --platform=node --format=esm --outfile=/tmp/fuzz.mjs && node /tmp/fuzz.mjs [count] [seed] [files...]
// (default: 2000 chunks, seed 1, the official suite's files under
// /work/lua-5.4.4/testes). Mismatching chunks are kept in /tmp/fuzz-frontend.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LuaSyntaxError, parse } from '../src/frontend/index.js';
import { pucSummary } from '../tests/frontend/ast-tools.js';
// @ts-expect-error plain JS module without type declarations
import { summarize } from './luac-summary.mjs';

const OUT = '/tmp/fuzz-frontend';
const count = Number(process.argv[2] ?? 2000);
let seed = Number(process.argv[3] ?? 1) >>> 0 || 1;
let files = process.argv.slice(4);
if (files.length === 0) {
  const dir = '/work/lua-5.4.4/testes';
  files = readdirSync(dir)
    .filter((f) => f.endsWith('.lua'))
    .map((f) => join(dir, f));
}

/// xorshift32: deterministic for a given seed.
function random(): number {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x100000000;
}
const pick = <X>(xs: X[]): X => xs[Math.floor(random() * xs.length)];

// biome-ignore format: a compact table reads better
const TOKENS = [
  'end', 'do', 'then', 'local', 'function', '(', ')', '{', '}', '[', ']', '[[', ']]', '=', '==', ',', ';', ':', '::',
  '.', '..', '...', '"', "'", '\\', '--', '--[[', 'goto', 'break', 'return', '<const>', '<close>', '<', '>', '0x',
  '1e', '\n', '\r', '\0', '\xff', 'x', '_ENV', 'if', 'else', 'elseif', 'until', 'repeat', 'for', 'in', 'while',
];

function mutate(src: string): string {
  const n = 1 + Math.floor(random() * 3);
  for (let i = 0; i < n; i++) {
    const p = Math.floor(random() * (src.length + 1));
    switch (Math.floor(random() * 5)) {
      case 0: // cut a range
        src = src.slice(0, p) + src.slice(p + Math.floor(random() * 20));
        break;
      case 1: // insert a token
        src = src.slice(0, p) + pick(TOKENS) + src.slice(p);
        break;
      case 2: // swap two bytes
        if (p + 1 < src.length) src = src.slice(0, p) + src[p + 1] + src[p] + src.slice(p + 2);
        break;
      case 3: // truncate
        src = src.slice(0, p);
        break;
      default: // duplicate a range
        src = src.slice(0, p) + src.slice(p, p + Math.floor(random() * 30)) + src.slice(p);
    }
  }
  return src;
}

const sources = files.map((f) => readFileSync(f, 'latin1').split('\n'));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const bases: string[] = [];
for (let i = 0; i < count; i++) {
  const lines = pick(sources);
  const start = Math.floor(random() * lines.length);
  const window = lines.slice(start, start + 1 + Math.floor(random() * 40)).join('\n');
  const base = join(OUT, String(i).padStart(6, '0'));
  writeFileSync(base + '.lua', mutate(window), 'latin1');
  bases.push(base);
}
for (let i = 0; i < bases.length; i += 500) {
  const r = spawnSync('lua5.4', ['scripts/record-load.lua', ...bases.slice(i, i + 500)], {
    encoding: 'latin1',
  });
  if (r.status !== 0) throw new Error('lua5.4 failed: ' + r.stderr);
}
let bad = 0;
let accepted = 0;
for (const base of bases) {
  const expected = readFileSync(base + '.expected', 'latin1');
  let got = 'OK';
  try {
    const maxstack = new Map();
    const chunk = parse(readFileSync(base + '.lua'), '=input', { maxstack });
    const r = spawnSync('luac5.4', ['-l', '-l', '-p', base + '.lua'], { encoding: 'latin1' });
    if (r.status === 0 && summarize(r.stdout) !== pucSummary(chunk, maxstack))
      got = 'OK, but resolved unlike luac5.4';
  } catch (e) {
    if (!(e instanceof LuaSyntaxError)) throw e;
    got = e.message;
  }
  if (got === 'OK') accepted++;
  if (got + '\n' === expected) {
    rmSync(base + '.lua');
    rmSync(base + '.expected');
  } else {
    bad++;
    writeFileSync(base + '.got', got + '\n', 'latin1');
    if (bad <= 20) console.log(`${base}.lua\n  lua5.4: ${expected.trimEnd()}\n  parse:  ${got}`);
  }
}
console.log(`${count} chunks (${accepted} accepted by parse), ${bad} mismatches`);

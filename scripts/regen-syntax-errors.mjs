#!/usr/bin/env node
// Records the expected messages of the front end's syntax-error goldens with
// the reference interpreter (Debian's lua5.4, 5.4.4). Usage:
//   node scripts/regen-syntax-errors.mjs [dir ...]   (default: tests/frontend/syntax-errors)
// Every case is a file NNN-name.lua holding the chunk's exact bytes, with an
// optional NNN-name.chunkname holding the chunk name's exact bytes (default
// "=input"). For each, scripts/record-load.lua runs `load(src, chunkname)`
// in lua5.4 and writes NNN-name.expected: the message it returns (or "OK").
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const LUA = process.env.LUA ?? 'lua5.4';
const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push('tests/frontend/syntax-errors');

let n = 0;
for (const dir of dirs) {
  const bases = readdirSync(dir)
    .filter((f) => f.endsWith('.lua'))
    .sort()
    .map((f) => join(dir, f.slice(0, -4)));
  const r = spawnSync(LUA, ['scripts/record-load.lua', ...bases], { encoding: 'latin1', timeout: 120_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${LUA} failed: ${r.stderr}`);
  n += bases.length;
}
console.log(`recorded ${n} load results with ${LUA}`);

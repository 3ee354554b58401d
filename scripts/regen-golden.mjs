#!/usr/bin/env node
// Records the expected output of golden Lua tests with the reference
// interpreter (Debian's lua5.4, 5.4.4). Usage:
//   node scripts/regen-golden.mjs [file.lua | dir ...]   (default: tests/lua)
// For each script X.lua it runs `lua5.4 X.lua` inside X's directory (so the
// chunkname is "X.lua") and writes X.expected: the stdout, and when the script
// fails, a line "[exit N]" followed by the first line of stderr with the
// program name replaced by "lua".
// Scripts whose first line is "-- golden: skip" are not recorded.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const LUA = process.env.LUA ?? 'lua5.4';

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.lua')) {
    out.push(path);
  }
  return out;
}

export function recordExpected(stdout, status, stderr) {
  let text = stdout;
  if (status !== 0) {
    const first = stderr.split('\n')[0].replace(/^[^:]*lua[^:]*: /, 'lua: ');
    text += `[exit ${status}]\n${first}\n`;
  }
  return text;
}

const args = process.argv.slice(2);
const files = [];
for (const a of args.length ? args : ['tests/lua']) collect(a, files);
let n = 0;
for (const file of files) {
  const src = readFileSync(file, 'latin1');
  if (src.startsWith('-- golden: skip')) continue;
  const r = spawnSync(LUA, [basename(file)], { cwd: dirname(file), encoding: 'latin1', timeout: 60_000 });
  if (r.error) throw r.error;
  writeFileSync(
    file.replace(/\.lua$/, '.expected'),
    recordExpected(r.stdout, r.status ?? 1, r.stderr),
    'latin1',
  );
  n++;
}
console.log(`recorded ${n} expected outputs with ${LUA}`);

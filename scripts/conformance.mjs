#!/usr/bin/env node
// Runs the official Lua 5.4 test suite (github lua/lua, tag v5.4.4, folder
// testes/ — fetched locally, never committed) file by file in the suite's
// portable soft user mode (_U: _soft, _port, _nomsg true; T nil), as its
// all.lua sets up user tests. Usage:
//   npm run conformance -- <testes dir> [file.lua ...]
// Prints PASS/FAIL/SKIP per file and a summary; each file runs in its own
// process with a time limit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [dir, ...only] = process.argv.slice(2);
if (!dir || !existsSync(dir)) {
  console.error('usage: npm run conformance -- <testes dir> [file.lua ...]');
  process.exit(2);
}
// The files all.lua runs, in its order (api.lua and code.lua need T, the C
// test library: the suite skips them without it).
const ALL = [
  'main.lua',
  'gc.lua',
  'db.lua',
  'calls.lua',
  'strings.lua',
  'literals.lua',
  'tpack.lua',
  'attrib.lua',
  'gengc.lua',
  'locals.lua',
  'constructs.lua',
  'code.lua',
  'big.lua',
  'cstack.lua',
  'nextvar.lua',
  'pm.lua',
  'utf8.lua',
  'api.lua',
  'events.lua',
  'vararg.lua',
  'closure.lua',
  'coroutine.lua',
  'goto.lua',
  'errors.lua',
  'math.lua',
  'sort.lua',
  'bitwise.lua',
  'files.lua',
];
const files = only.length > 0 ? only : ALL;
const runner = resolve('scripts/conformance-one.mjs');
const timeout = Number(process.env.CONFORMANCE_TIMEOUT ?? 300) * 1000;
const results = [];
for (const f of files) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--expose-gc', runner, f], {
    cwd: resolve(dir),
    encoding: 'latin1',
    timeout,
    maxBuffer: 64 << 20,
  });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const out = (r.stdout ?? '') + (r.stderr ?? '');
  let status;
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') status = 'FAIL';
  else if (/^SKIP/m.test(r.stdout ?? '')) status = 'SKIP';
  else status = r.status === 0 ? 'PASS' : 'FAIL';
  const errLine = out.split('\n').find((l) => l.startsWith('error:') || l.startsWith('internal error:'));
  const detail =
    status === 'PASS'
      ? ''
      : r.error?.code === 'ETIMEDOUT'
        ? 'timeout'
        : (errLine ?? out.trim().split('\n').slice(-3).join(' | ')).slice(0, 300);
  results.push({ f, status, secs, detail });
  console.log(`${status.padEnd(4)} ${f.padEnd(16)} ${secs.padStart(6)}s ${detail}`);
}
const count = (s) => results.filter((r) => r.status === s).length;
console.log(
  `\n${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped of ${results.length} files (${join(dir)})`,
);
process.exit(count('FAIL') > 0 ? 1 : 0);

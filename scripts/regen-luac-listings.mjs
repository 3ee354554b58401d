#!/usr/bin/env node
// Records, for each well-formed chunk of the front-end tests, what the
// reference compiler says about its functions: `luac5.4 -l -l -p` is run on
// tests/frontend/well-formed/X.lua and the part of its listing that the front
// end determines (lines, parameters, vararg, register count, upvalues with
// instack/index, debug locals) is written to X.luac in the format of
// tests/frontend/ast-tools.ts pucSummary. Usage:
//   node scripts/regen-luac-listings.mjs [file.lua ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './luac-summary.mjs';

const LUAC = process.env.LUAC ?? 'luac5.4';
const DIR = 'tests/frontend/well-formed';

const files = process.argv.slice(2);
if (files.length === 0) {
  for (const f of readdirSync(DIR).sort()) if (f.endsWith('.lua')) files.push(join(DIR, f));
}
for (const file of files) {
  const r = spawnSync(LUAC, ['-l', '-l', '-p', file], { encoding: 'latin1', maxBuffer: 1 << 26 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${LUAC} rejected ${file}: ${r.stderr}`);
  writeFileSync(file.replace(/\.lua$/, '.luac'), summarize(r.stdout), 'latin1');
}
console.log(`recorded ${files.length} luac summaries with ${LUAC}`);

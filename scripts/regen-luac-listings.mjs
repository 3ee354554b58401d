#!/usr/bin/env node
// Records, for each well-formed chunk of the front-end tests, what the
// reference compiler says about its functions: `luac5.4 -l -l -p` is run on
// tests/frontend/well-formed/X.lua and the part of its listing that the front
// end determines (lines, parameters, vararg, upvalues with instack/index,
// debug locals) is written to X.luac in the format of
// tests/frontend/ast-tools.ts pucSummary. Usage:
//   node scripts/regen-luac-listings.mjs [file.lua ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LUAC = process.env.LUAC ?? 'luac5.4';
const DIR = 'tests/frontend/well-formed';

/// The summary of one luac listing.
export function summarize(listing) {
  const out = [];
  let section = null;
  let fn = null;
  const flush = () => {
    if (!fn) return;
    out.push(`function ${fn.lines} params ${fn.params}`);
    out.push('  upvalues: ' + fn.upvalues.join('; '));
    out.push('  locals: ' + fn.locals.join('; '));
  };
  for (const line of listing.split('\n')) {
    const head = /^(?:main|function) <.*:(\d+),(\d+)> /.exec(line);
    if (head) {
      flush();
      fn = { lines: `${head[1]},${head[2]}`, params: '', upvalues: [], locals: [] };
      section = null;
      continue;
    }
    const params = /^(\d+)(\+?) params?,/.exec(line);
    if (params && fn) {
      fn.params = params[1] + params[2];
      continue;
    }
    const sec = /^(constants|locals|upvalues) \(\d+\)/.exec(line);
    if (sec) {
      section = sec[1];
      continue;
    }
    if (line.startsWith('\t') && fn && section !== 'constants' && section !== null) {
      const f = line.split('\t');
      if (section === 'locals') fn.locals.push(f[2]);
      else fn.upvalues.push(`${f[2]} ${f[3]} ${f[4]}`);
    }
  }
  flush();
  return out.join('\n') + '\n';
}

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

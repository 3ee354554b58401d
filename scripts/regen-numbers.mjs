#!/usr/bin/env node
// Records how the reference interpreter (Debian's lua5.4, 5.4.4) reads the
// numerals of tests/frontend/numbers (see scripts/record-numbers.lua).
// Usage: node scripts/regen-numbers.mjs
import { spawnSync } from 'node:child_process';

const LUA = process.env.LUA ?? 'lua5.4';
const r = spawnSync(LUA, ['scripts/record-numbers.lua', 'tests/frontend/numbers'], { encoding: 'latin1' });
if (r.error) throw r.error;
if (r.status !== 0) throw new Error(`${LUA} failed: ${r.stderr}`);
console.log(`recorded numerals with ${LUA}`);

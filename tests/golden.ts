// Runs golden Lua scripts with the engine and renders their output the way
// scripts/regen-golden.mjs records lua5.4's: stdout, then "[exit 1]" and the
// error line when the script fails.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stripFirstLineComment, utf8ToBytes } from '../src/frontend/index.js';
import { NodeHost } from '../src/host/node.js';
import { Lua, LuaError } from '../src/lua.js';
import { LuaExit } from '../src/runtime/errors.js';

export interface StressOptions {
  /// Lua frames allowed on the JS stack before deepening.
  jsFrames: number;
  /// Probability of an interrupt at each back-edge check.
  interruptRate: number;
  seed: number;
}

export function collectScripts(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.lua')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/// Scripts (paths under tests/lua) listed in tests/lua/KNOWN_FAILURES.
export function knownFailures(): Set<string> {
  const file = 'tests/lua/KNOWN_FAILURES';
  if (!existsSync(file)) return new Set();
  const lines = readFileSync(file, 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/// A small deterministic PRNG (mulberry32).
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function decodeBytes(s: string): string {
  return utf8ToBytes(s);
}

/// Runs one script; returns its rendered output.
export async function runGolden(file: string, stress?: StressOptions): Promise<string> {
  let out = '';
  let err = '';
  // The Node host with the script's directory as working directory (as
  // regen-golden.mjs runs lua5.4 there) and an empty standard input.
  const host = new NodeHost({
    cwd: dirname(file),
    stdin: '',
    stdout: (s) => {
      if (out.length < 1 << 24) out += s;
    },
    stderr: (s) => {
      if (err.length < 1 << 16) err += s;
    },
  });
  const lua = new Lua({ host, sliceMs: 1000 });
  const L = lua.state;
  if (stress !== undefined) {
    // About jsFrames small frames per JS stack (slots are counted).
    L.jsSlots = stress.jsFrames * 20;
    L.minSlots = Math.min(L.minSlots, L.jsSlots);
    L.setLimit();
    const random = rng(stress.seed);
    L.forceTick = () => L.canInterrupt && L.nny === 0 && random() < stress.interruptRate;
    L.chunk = 1;
    L.budget = 1;
  }
  const src = stripFirstLineComment(readFileSync(file));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    await lua.run(src, { chunkname: `@${basename(file)}`, signal: controller.signal });
  } catch (e) {
    if (e instanceof LuaExit) {
      // os.exit: lua5.4's status, and the first line it wrote to stderr.
      const first = err.split('\n')[0].replace(/^[^:]*lua[^:]*: /, 'lua: ');
      if ((e.code & 255) !== 0) out += `[exit ${e.code & 255}]\n${first}\n`;
      return out;
    }
    const msg = e instanceof LuaError ? e.message : `internal error: ${(e as Error).stack}`;
    out += `[exit 1]\nlua: ${decodeBytes(msg).split('\n')[0]}\n`;
  } finally {
    clearTimeout(timer);
  }
  return out;
}

// The engines the runner compares, how to find them, run them and name their
// versions. An engine that is not installed is skipped with a note.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(BENCH, '..');
const require = createRequire(import.meta.url);

/// @typedef {{ id: string, label: string, detect: () => string | undefined, command: (file: string, args: string[], prog: import('./programs.mjs').Program) => string[] | undefined, missing: string }} Engine

/// The stackless-lua checkout measured: this one, or SLUA_ROOT.
export let SLUA_ROOT = process.env.SLUA_ROOT ?? ROOT;

/// Measures another checkout (and tells the child processes).
export function setSluaRoot(dir) {
  SLUA_ROOT = dir;
  process.env.SLUA_ROOT = dir;
}

/** @type {Engine[]} */
export const ENGINES = [
  {
    id: 'slua',
    label: 'stackless-lua',
    detect: () => (existsSync(join(SLUA_ROOT, 'dist/index.js')) ? sluaVersion() : undefined),
    // node's flags as in bin/slua.js (the CLI's shebang line): a larger
    // young generation for allocation-heavy scripts.
    command: (file, args, prog) => [
      process.execPath,
      '--max-semi-space-size=64',
      join(BENCH, 'run-slua.mjs'),
      ...(prog.maxDepth ? ['--max-depth', String(prog.maxDepth)] : []),
      file,
      ...args,
    ],
    missing: 'dist/index.js not built: run `npm run build`',
  },
  {
    id: 'lua5.4',
    label: 'lua5.4',
    detect: () => firstLine('lua5.4', ['-v']),
    command: (file, args) => ['lua5.4', file, ...args],
    missing: 'lua5.4 not installed: `apt-get install lua5.4`',
  },
  {
    id: 'luajit',
    label: 'luajit',
    detect: () => firstLine('luajit', ['-v']),
    command: (file, args) => ['luajit', file, ...args],
    missing: 'luajit not installed: `apt-get install luajit`',
  },
  {
    id: 'luajit-joff',
    label: 'luajit -joff',
    detect: () => firstLine('luajit', ['-v']),
    command: (file, args) => ['luajit', '-joff', file, ...args],
    missing: 'luajit not installed: `apt-get install luajit`',
  },
  {
    id: 'fengari',
    label: 'fengari',
    detect: () => npmVersion('fengari', 'Lua 5.3 in JavaScript'),
    command: (file, args) => [process.execPath, join(BENCH, 'run-fengari.mjs'), file, ...args],
    missing: 'fengari not installed: `npm ci`',
  },
  {
    id: 'wasmoon',
    label: 'wasmoon',
    detect: () => npmVersion('wasmoon', 'Lua 5.4 in WebAssembly'),
    command: (file, args) => [process.execPath, join(BENCH, 'run-wasmoon.mjs'), file, ...args],
    missing: 'wasmoon not installed: `npm ci`',
  },
  {
    id: 'js',
    label: 'JavaScript',
    detect: () => `node ${process.version} (hand-written JavaScript, fib only)`,
    command: (_file, args, prog) =>
      prog.js ? [process.execPath, join(BENCH, 'programs', prog.js), ...args] : undefined,
    missing: '',
  },
];

function firstLine(cmd, args) {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\n')[0].trim();
  } catch {
    return undefined;
  }
}

function npmVersion(name, what) {
  try {
    const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
    return `${name} ${pkg.version} (${what}) on node ${process.version}`;
  } catch {
    return undefined;
  }
}

/// The measured commit, with "+ uncommitted changes" when src/ differs from it.
export function sluaCommit() {
  const stamp = join(SLUA_ROOT, 'COMMIT');
  if (existsSync(stamp)) return readFileSync(stamp, 'utf8').trim();
  try {
    const git = (...a) =>
      execFileSync('git', ['-C', SLUA_ROOT, ...a], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    const head = git('rev-parse', '--short=12', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'package.json').length > 0;
    return head + (dirty ? ' + uncommitted changes' : '');
  } catch {
    return 'unknown commit';
  }
}

function sluaVersion() {
  return `stackless-lua ${sluaCommit()} on node ${process.version}`;
}

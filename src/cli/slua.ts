// The `slua` command: lua.c (Lua 5.4.4's stand-alone interpreter) for
// stackless-lua. Same options, `arg` table, LUA_INIT, messages and exit
// statuses as lua5.4, with "slua" as the program name; `slua -p file...` also
// checks syntax only (as `luac -p`).
//
// The flow is lua.c's pmain: collect the options, print the version, make the
// state (-E: no environment), the `arg` table, LUA_INIT, then -e/-l/-W in
// order, the script, and the interactive mode (-i, or no script with a
// terminal) or stdin as a chunk. The first failure ends it with status 1.

import { isatty } from 'node:tty';
import { utf8ToBytes } from '../frontend/bytes.js';
import { LUA_PATH_DEFAULT } from '../lib/package.js';
import { warning } from '../lib/warn.js';
import { LuaExit, LuaThrow } from '../runtime/errors.js';
import { isNumber, numberToString } from '../runtime/number.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { collectArgs, Has, usage } from './options.js';
import { Session } from './session.js';

const PROGNAME = 'slua';
const COPYRIGHT = 'Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio';

/// pmain: true when everything ran without error.
async function pmain(S: Session, argv: string[]): Promise<boolean> {
  const { has, script } = collectArgs(argv);
  if (has === Has.Error) {
    S.err(usage(PROGNAME, argv[script]));
    return false;
  }
  if (has & Has.V) printVersion(S, has);
  setPaths(S, (has & Has.NoEnv) !== 0);
  createArgTable(S, argv, script);
  if (!(has & Has.NoEnv) && !(await handleLuaInit(S))) return false;
  if (!(await runArgs(S, argv, script))) return false;
  if (script < argv.length && !(await handleScript(S, argv, script))) return false;
  if (has & Has.I) await repl(S);
  else if (script === argv.length && !(has & (Has.E | Has.V))) {
    if (isatty(0)) {
      printVersion(S, has);
      await repl(S);
    } else await S.dofile(undefined);
  }
  return true;
}

/// print_version; a person at a terminal about to use the interactive mode is
/// also told what runs their Lua (-v alone prints lua5.4's line only).
function printVersion(S: Session, has: number): void {
  S.out(`${COPYRIGHT}\n`);
  if (isatty(0) && (has & Has.I || !(has & Has.V))) S.out(`stackless-lua on Node.js ${process.version}\n`);
}

/// Debian's lua5.4 LUA_CPATH_DEFAULT. The library's default is '' (no
/// dynamic linking); the command line keeps lua5.4's, so that package.cpath
/// and the "no file" lines of require's messages read as lua5.4's (a C module
/// found there fails to load: "dynamic libraries not enabled").
const CPATH_DEFAULT =
  '/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;/usr/lib/lua/5.4/?.so;' +
  '/usr/local/lib/lua/5.4/loadall.so;./?.so';

/// package.path and package.cpath as lua.c's state has them: -E ignores
/// LUA_PATH and LUA_CPATH (and LUA_INIT is skipped).
function setPaths(S: Session, noenv: boolean): void {
  const L = S.L;
  if (noenv) L.registry.setStr('LUA_NOENV', true);
  const pkg = L.globals.getStr('package');
  if (!(pkg instanceof LuaTable)) return;
  if (noenv) pkg.setStr('path', LUA_PATH_DEFAULT);
  pkg.setStr('cpath', envPath(S, 'LUA_CPATH', noenv, CPATH_DEFAULT));
}

/// loadlib.c's setpath: the variable (versioned name first) with ';;' standing
/// for the default, or the default.
function envPath(S: Session, name: string, noenv: boolean, dft: string): string {
  let path = S.host.getenv(`${name}_5_4`);
  if (path === undefined) path = S.host.getenv(name);
  if (path === undefined || noenv) return dft;
  const mark = path.indexOf(';;');
  if (mark < 0) return path;
  const prefix = path.slice(0, mark);
  const suffix = path.slice(mark + 2);
  return (prefix !== '' ? prefix + ';' : '') + dft + (suffix !== '' ? ';' + suffix : '');
}

/// createargtable: the script name at index 0, its arguments after it, the
/// interpreter and its options at negative indices.
function createArgTable(S: Session, argv: string[], script: number): void {
  if (script === argv.length) script = 0;
  const t = new LuaTable();
  for (let i = 0; i < argv.length; i++) t.set(i - script, utf8ToBytes(argv[i]));
  S.L.globals.setStr('arg', t);
}

/// handle_luainit: LUA_INIT_5_4 or LUA_INIT, a chunk or '@filename'.
function handleLuaInit(S: Session): Promise<boolean> {
  let name = 'LUA_INIT_5_4';
  let init = S.host.getenv(name);
  if (init === undefined) init = S.host.getenv((name = 'LUA_INIT'));
  if (init === undefined) return Promise.resolve(true);
  if (init[0] === '@') return S.dofile(init.slice(1));
  return S.dostring(init, `=${name}`);
}

/// runargs: -e, -l and -W, in order.
async function runArgs(S: Session, argv: string[], script: number): Promise<boolean> {
  for (let i = 1; i < script; i++) {
    const option = argv[i][1];
    if (option === 'e' || option === 'l') {
      let extra = argv[i].slice(2);
      if (extra === '') extra = argv[++i];
      const text = utf8ToBytes(extra);
      const ok = option === 'e' ? await S.dostring(text, '=(command line)') : await doLibrary(S, text);
      if (!ok) return false;
    } else if (option === 'W') warning(S.L, '@on', false);
  }
  return true;
}

/// dolibrary: 'g=mod' sets global g to require('mod'); 'mod' sets global mod.
async function doLibrary(S: Session, spec: string): Promise<boolean> {
  const eq = spec.indexOf('=');
  const globname = eq < 0 ? spec : spec.slice(0, eq);
  const modname = eq < 0 ? spec : spec.slice(eq + 1);
  const r = await S.docall(S.getGlobal('require'), [modname]);
  if (r.ok) S.setGlobal(globname, r.values[0]);
  return S.report(r);
}

/// handle_script: loads the script (stdin for '-' not after '--'), passes it
/// arg[1..#arg] and runs it.
async function handleScript(S: Session, argv: string[], script: number): Promise<boolean> {
  const fname = argv[script] === '-' && argv[script - 1] !== '--' ? undefined : utf8ToBytes(argv[script]);
  const loaded = S.loadFile(fname);
  if (!loaded.ok) return S.report(loaded);
  const args = scriptArgs(S);
  if (typeof args === 'string') return S.report({ ok: false, msg: args });
  return S.report(await S.docall(loaded.values[0], args));
}

/// pushargs: arg[1..#arg] of the global `arg` as it is now (-e may have
/// changed it), or an error message.
function scriptArgs(S: Session): LuaValue[] | string {
  const t = S.getGlobal('arg');
  if (!(t instanceof LuaTable)) return "'arg' is not a table";
  const n = t.length();
  const args: LuaValue[] = [];
  for (let i = 1; i <= n; i++) args.push(t.getInt(i));
  return args;
}

async function repl(S: Session): Promise<void> {
  const { doREPL } = await import('./repl.js');
  await doREPL(S, isatty(0));
}

/// -p: syntax checks only.
async function checkOnly(S: Session, files: string[]): Promise<boolean> {
  // luac's default input when no file is given
  if (files.length === 0) files = ['luac.out'];
  for (const f of files) {
    const r = S.loadFile(f === '-' ? undefined : utf8ToBytes(f));
    if (!r.ok) return S.report(r);
  }
  return true;
}

async function main(): Promise<void> {
  // argv[0] is the interpreter as a command (this script, runnable as is).
  const argv = [process.argv[1] ?? PROGNAME, ...process.argv.slice(2)];
  const S = new Session(PROGNAME);
  let status: number;
  // lua_close (finalizers) ends every run but os.exit's without `close`.
  let close = true;
  try {
    const ok = argv[1] === '-p' ? await checkOnly(S, argv.slice(2)) : await pmain(S, argv);
    status = ok ? 0 : 1;
  } catch (e) {
    if (e instanceof LuaExit) {
      status = e.code;
      close = e.close;
    } else if (e instanceof LuaThrow) {
      // An error outside a protected call (lua.c's pmain fails): its
      // message, if it is a string.
      const v = e.value;
      S.message(typeof v === 'string' ? v : isNumber(v) ? numberToString(v) : '(null)');
      status = 1;
    } else throw e;
  }
  if (close) {
    try {
      await S.lua.close();
    } catch (e) {
      // os.exit in a finalizer ends the program with its status.
      if (e instanceof LuaExit) status = e.code;
    }
  }
  S.host.exit(status);
}

await main();

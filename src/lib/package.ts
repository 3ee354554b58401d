// The package library (PUC's loadlib) and the file loaders of lauxlib and
// lbaselib: require, package.*, loadfile, dofile.
//
// Modules are Lua files found through package.path, read through the Host.
// There is no dynamic linking: package.cpath defaults to '' (LUA_CPATH_5_4 /
// LUA_CPATH can still set it), the C searchers search it as PUC's do and, when
// a file is there, fail as a Lua built without dlopen does ("dynamic libraries
// not enabled"), and package.loadlib answers nil, that message, "absent".
//
// The registry's _LOADED and _PRELOAD tables are package.loaded and
// package.preload; require uses the registry's, as PUC does. This library is
// opened last (init.ts), so that the libraries opened before it are recorded
// in package.loaded.
//
// dofile and require call the loaded chunk with a HostFrame continuation, so
// a file may yield, await host promises or recurse deeply like any call.

import { cstr, LuaSyntaxError } from '../frontend/errors.js';
import { stripFirstLineComment } from '../frontend/index.js';
import { type Host, HostError, type HostFile } from '../host/host.js';
import { registerBuiltins } from '../runtime/debug.js';
import { HostFrame } from '../runtime/frames.js';
import { callValue, enterC, index, raise, setindex } from '../runtime/metamethods.js';
import { isNumber, numberToString } from '../runtime/number.js';
import { type LuaState, SUSPEND } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaFunction, LuaValue } from '../runtime/value.js';
import { checkString, libError, optString } from './args.js';
import { loadChunk } from './base.js';
import { ioReadStdin } from './io.js';

/// Debian's lua5.4 LUA_PATH_DEFAULT (what `lua5.4 -e 'print(package.path)'`
/// prints without LUA_PATH set).
export const LUA_PATH_DEFAULT =
  '/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;' +
  '/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;' +
  '/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;' +
  './?.lua;./?/init.lua';
/// No C modules can be loaded, so no default places to look for them.
export const LUA_CPATH_DEFAULT = '';

const DLMSG = 'dynamic libraries not enabled; check your Lua installation';
/// The libraries linit.c opens, as they appear in package.loaded.
const STD_LIBS = ['_G', 'package', 'coroutine', 'table', 'io', 'os', 'string', 'math', 'utf8', 'debug'];

/// Reads a whole host file.
function readWhole(f: HostFile): string {
  const parts: string[] = [];
  for (;;) {
    const s = f.read(65536);
    if (s.length === 0) return parts.join('');
    parts.push(s);
  }
}

/// The continuation of dofile: its results are the chunk's.
function passResults(_L: LuaState, _s: unknown, v: LuaValue, isThrow: boolean): LuaValue {
  if (isThrow) throw v;
  return v;
}

export function openPackage(L: LuaState, host: Host): void {
  const G = L.globals;
  const subtable = (key: string): LuaTable => {
    let t = L.registry.getStr(key);
    if (!(t instanceof LuaTable)) L.registry.setStr(key, (t = new LuaTable()));
    return t;
  };
  const LOADED = subtable('_LOADED');
  const PRELOAD = subtable('_PRELOAD');
  const pkg = new LuaTable();

  const getField = (t: LuaValue, k: LuaValue): LuaValue =>
    t instanceof LuaTable && t.metatable === undefined
      ? t.get(k)
      : L.callNested((x: LuaValue) => L.ret1(index(L, x, k, 0)), [t]);
  const setField = (t: LuaValue, k: LuaValue, v: LuaValue): void => {
    if (t instanceof LuaTable && t.metatable === undefined) t.set(k, v);
    else L.callNested((x: LuaValue) => L.ret1(setindex(L, x, k, v, 0)), [t]);
  };

  /// luaL_loadfilex: the chunk, or the message of why it could not be loaded.
  const loadFile = (fname: string | undefined, mode: string, env: LuaValue): LuaFunction | string => {
    const what = fname ?? 'stdin';
    let text: string;
    if (fname === undefined) {
      try {
        text = ioReadStdin(L);
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        return `cannot read stdin: ${e.message}`;
      }
    } else {
      let f: HostFile;
      try {
        f = host.open(fname, 'r');
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        return `cannot open ${what}: ${e.message}`;
      }
      try {
        text = readWhole(f);
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        return `cannot read ${what}: ${e.message}`;
      } finally {
        try {
          f.close();
        } catch {
          // a read-only file: nothing was lost
        }
      }
    }
    const body = stripFirstLineComment(text);
    // A binary chunk after a '#' line: PUC reopens the file and skips the
    // line without keeping its newline (files only, not stdin).
    const hash = text.charCodeAt(text.startsWith('\xef\xbb\xbf') ? 3 : 0) === 35;
    text = hash && fname !== undefined && body.charCodeAt(1) === 27 ? body.slice(1) : body;
    const binary = text.charCodeAt(0) === 27;
    if (binary && !mode.includes('b')) return `attempt to load a binary chunk (mode is '${mode}')`;
    if (!binary && !mode.includes('t')) return `attempt to load a text chunk (mode is '${mode}')`;
    try {
      return loadChunk(L, text, fname === undefined ? '=stdin' : '@' + fname, env);
    } catch (e) {
      if (e instanceof LuaSyntaxError) return e.message;
      throw e;
    }
  };

  /// Is the file there and readable? (opening it is the test, as in PUC)
  const readable = (name: string): boolean => {
    try {
      host.open(name, 'r').close();
      return true;
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      return false;
    }
  };

  /// searchpath: the first readable file of `path` for `name`, or the
  /// "no file '...'" lines of every name tried.
  const searchPath = (
    name: string,
    path: string,
    sep: string,
    dirsep: string,
  ): { found?: string; msg: string } => {
    if (sep !== '' && name.includes(sep[0])) name = name.split(sep).join(dirsep);
    const names = path.split('?').join(name);
    for (const f of names.split(';')) if (readable(f)) return { found: f, msg: '' };
    return { msg: "no file '" + names.split(';').join("'\n\tno file '") + "'" };
  };

  const findFile = (name: string, pname: string): { found?: string; msg: string } => {
    let path = getField(pkg, pname);
    if (isNumber(path)) path = numberToString(path);
    if (typeof path !== 'string') libError(L, `'package.${pname}' must be a string`);
    return searchPath(name, path, '.', '/');
  };

  const loadError = (name: string, file: string, msg: string): never =>
    libError(L, `error loading module '${name}' from file '${file}':\n\t${msg}`);

  // The searchers have no global names ('?', as in PUC's messages).
  const searchers = [
    {
      '?'(name: LuaValue): LuaValue {
        const n = cstr(checkString(L, name, 1, arguments.length, '?'));
        const v = getField(PRELOAD, n);
        if (v === undefined) return L.ret1(`no field package.preload['${n}']`);
        return L.ret2(v, ':preload:');
      },
    }['?'],
    {
      '?'(name: LuaValue): LuaValue {
        const n = cstr(checkString(L, name, 1, arguments.length, '?'));
        const r = findFile(n, 'path');
        if (r.found === undefined) return L.ret1(r.msg);
        const f = loadFile(r.found, 'bt', G);
        if (typeof f === 'string') loadError(n, r.found, f);
        return L.ret2(f, r.found);
      },
    }['?'],
    {
      '?'(name: LuaValue): LuaValue {
        const n = cstr(checkString(L, name, 1, arguments.length, '?'));
        const r = findFile(n, 'cpath');
        if (r.found === undefined) return L.ret1(r.msg);
        return loadError(n, r.found, DLMSG);
      },
    }['?'],
    {
      '?'(name: LuaValue): LuaValue {
        const n = cstr(checkString(L, name, 1, arguments.length, '?'));
        const dot = n.indexOf('.');
        if (dot < 0) return L.ret0();
        const r = findFile(n.slice(0, dot), 'cpath');
        if (r.found === undefined) return L.ret1(r.msg);
        return loadError(n, r.found, DLMSG);
      },
    }['?'],
  ];

  /// findloader: asks each searcher; the loader and its data.
  const findLoader = (name: string): [LuaValue, LuaValue] => {
    const list = getField(pkg, 'searchers');
    if (!(list instanceof LuaTable)) libError(L, "'package.searchers' must be a table");
    let msg = '';
    for (let i = 1; ; i++) {
      const s = list.getInt(i);
      if (s === undefined) libError(L, `module '${name}' not found:${msg}`);
      const r = L.callNested(s, [name]);
      const data = L.nret >= 2 ? L.ret[1] : undefined;
      if (typeof r === 'function') return [r, data];
      if (typeof r === 'string') msg += '\n\t' + r;
      else if (isNumber(r)) msg += '\n\t' + numberToString(r);
    }
  };

  /// The end of require: records the module's value; returns it and the
  /// loader data.
  const finishRequire = (name: string, data: LuaValue, r: LuaValue): LuaValue => {
    if (r !== undefined) setField(LOADED, name, r);
    let v = getField(LOADED, name);
    if (v === undefined) setField(LOADED, name, (v = true));
    return L.ret2(v, data);
  };

  const lib = {
    '_G.require'(name: LuaValue): LuaValue {
      const n = cstr(checkString(L, name, 1, arguments.length, '_G.require'));
      const have = getField(LOADED, n);
      if (have !== undefined && have !== false) return L.ret1(have);
      const [loader, data] = findLoader(n);
      enterC(L, 0);
      const r = callValue(L, loader, 0, [n, data]);
      L.ccalls--;
      if (r === SUSPEND) {
        L.push(
          new HostFrame(
            (_L: LuaState, _s: unknown, v: LuaValue, isThrow: boolean) => {
              if (isThrow) throw v;
              return finishRequire(n, data, v);
            },
            undefined,
            '_G.require',
          ),
        );
        return r;
      }
      return finishRequire(n, data, r);
    },

    '_G.loadfile'(fname: LuaValue, mode: LuaValue, env: LuaValue): LuaValue {
      const nargs = arguments.length;
      const f = fname === undefined ? undefined : cstr(checkString(L, fname, 1, nargs, '_G.loadfile'));
      const m = optString(L, mode, 2, nargs, '_G.loadfile', 'bt');
      const r = loadFile(f, m, nargs >= 3 ? env : G);
      return typeof r === 'string' ? L.ret2(undefined, r) : L.ret1(r);
    },

    '_G.dofile'(fname: LuaValue): LuaValue {
      const f =
        fname === undefined ? undefined : cstr(checkString(L, fname, 1, arguments.length, '_G.dofile'));
      const chunk = loadFile(f, 'bt', G);
      if (typeof chunk === 'string') raise(L, chunk);
      enterC(L, 0);
      const r = callValue(L, chunk, 0, []);
      L.ccalls--;
      if (r === SUSPEND) L.push(new HostFrame(passResults, undefined, '_G.dofile'));
      return r;
    },

    'package.loadlib'(path: LuaValue, init: LuaValue): LuaValue {
      const nargs = arguments.length;
      checkString(L, path, 1, nargs, 'package.loadlib');
      checkString(L, init, 2, nargs, 'package.loadlib');
      return L.results([undefined, DLMSG, 'absent']);
    },

    'package.searchpath'(name: LuaValue, path: LuaValue, sep: LuaValue, rep: LuaValue): LuaValue {
      const nargs = arguments.length;
      const r = searchPath(
        cstr(checkString(L, name, 1, nargs, 'package.searchpath')),
        cstr(checkString(L, path, 2, nargs, 'package.searchpath')),
        optString(L, sep, 3, nargs, 'package.searchpath', '.'),
        optString(L, rep, 4, nargs, 'package.searchpath', '/'),
      );
      return r.found !== undefined ? L.ret1(r.found) : L.ret2(undefined, r.msg);
    },
  };
  registerBuiltins(lib);

  /// setpath: an environment variable's value (versioned name first), with
  /// ';;' standing for the default; the default alone without one.
  const envPath = (envname: string, dft: string): string => {
    const noenv = L.registry.getStr('LUA_NOENV');
    let path = host.getenv(`${envname}_5_4`);
    if (path === undefined) path = host.getenv(envname);
    if (path === undefined || (noenv !== undefined && noenv !== false)) return dft;
    const mark = path.indexOf(';;');
    if (mark < 0) return path;
    const prefix = path.slice(0, mark);
    const suffix = path.slice(mark + 2);
    return (prefix !== '' ? prefix + ';' : '') + dft + (suffix !== '' ? ';' + suffix : '');
  };

  pkg.setStr('config', '/\n;\n?\n!\n-\n');
  pkg.setStr('cpath', envPath('LUA_CPATH', LUA_CPATH_DEFAULT));
  pkg.setStr('loaded', LOADED);
  pkg.setStr('loadlib', lib['package.loadlib']);
  pkg.setStr('path', envPath('LUA_PATH', LUA_PATH_DEFAULT));
  pkg.setStr('preload', PRELOAD);
  const list = new LuaTable();
  searchers.forEach((s, i) => list.setInt(i + 1, s));
  pkg.setStr('searchers', list);
  pkg.setStr('searchpath', lib['package.searchpath']);

  G.setStr('require', lib['_G.require']);
  G.setStr('loadfile', lib['_G.loadfile']);
  G.setStr('dofile', lib['_G.dofile']);
  G.setStr('package', pkg);
  for (const name of STD_LIBS) {
    const t = G.getStr(name);
    if (t instanceof LuaTable && LOADED.getStr(name) === undefined) LOADED.setStr(name, t);
  }
}

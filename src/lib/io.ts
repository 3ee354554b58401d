// The io library (PUC's liolib) over a Host (src/host/host.ts).
//
// A Lua file is a full userdata (LuaUserdata) whose data is an LStream and
// whose metatable is the one FILE* metatable of the state. An LStream plays
// the part of a C FILE: the host file does the write buffering, the LStream
// keeps a read-ahead buffer so that lines, numbers and single characters are
// read without a host call each. Invariants:
// - `file === undefined` exactly when the stream is closed;
// - `rbuf[rpos..]` are bytes read from the host but not yet consumed; before
//   a write or a seek they are given back (a relative seek backwards), as
//   stdio does when switching from reading to writing;
// - `eof` is C's end-of-file indicator: set when the host returned nothing,
//   cleared at the start of every read call (g_read's clearerr), so a
//   terminal's end of input ends one io.read and not all later ones.
// print writes through the same host stdout file as io.stdout, so their
// output stays in order.

import { cstr } from '../frontend/errors.js';
import { type ExitStatus, type Host, HostError, type HostFile, WriterFile } from '../host/host.js';
import { registerBuiltins } from '../runtime/debug.js';
import { fmtG14, isInteger, isNumber, numberToString, str2number, toDouble } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import { type LuaFunction, LuaUserdata, type LuaValue } from '../runtime/value.js';
import {
  argError,
  checkAny,
  checkInt,
  checkOption,
  checkString,
  libError,
  optInt,
  optString,
  typeError,
} from './args.js';

/// What a stream is: how it closes.
type Kind = 'file' | 'std' | 'process';

/// Bytes asked of the host per read-ahead refill.
const READ_CHUNK = 16384;
/// Longest numeral io.read('n') accepts (PUC's L_MAXLENNUM).
const MAXLENNUM = 200;
/// Most formats io.lines/file:lines accept (PUC's MAXARGLINE).
const MAXARGLINE = 250;

let nextStreamId = 1;

/// The C FILE of a Lua file handle.
export class LStream {
  rbuf = '';
  rpos = 0;
  eof = false;
  readonly id = nextStreamId++;
  /// The state's set of open streams, while this one is in it.
  owner: Set<LStream> | undefined = undefined;
  constructor(
    public file: HostFile | undefined,
    readonly kind: Kind,
  ) {}
}

/// Per-state io data: the FILE* metatable, the default files, open streams.
interface IoState {
  host: Host;
  meta: LuaTable;
  input: LuaUserdata;
  output: LuaUserdata;
  stdin: LStream;
  stdout: LStream;
  stderr: LStream;
  open: Set<LStream>;
}

const states = new WeakMap<LuaState, IoState>();

/// Closes the host files of file handles the garbage collector reclaimed
/// (PUC's __gc on a file it collects).
const finalizer =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry<LStream>((s) => {
        if (s.file === undefined || s.kind === 'std') return;
        try {
          s.file.close();
        } catch {
          // nothing to report to
        }
        s.file = undefined;
        s.owner?.delete(s);
      })
    : undefined;

// ------------------------------------------------------------ reading

/// Refills the read-ahead; false at end of file.
function fill(s: LStream): boolean {
  if (s.eof) return false;
  const chunk = s.file!.read(READ_CHUNK);
  if (chunk.length === 0) {
    s.eof = true;
    return false;
  }
  s.rbuf = chunk;
  s.rpos = 0;
  return true;
}

/// getc: the next byte, or -1 at end of file.
function getc(s: LStream): number {
  if (s.rpos < s.rbuf.length || fill(s)) return s.rbuf.charCodeAt(s.rpos++);
  return -1;
}

/// ungetc of the byte getc just returned.
function ungetc(s: LStream, c: number): void {
  if (c >= 0) s.rpos--;
}

/// read_line: a line without (chop) or with its '\n'; ok when something was
/// read (a newline or other bytes).
function readLine(s: LStream, chop: boolean): [string, boolean] {
  let acc = '';
  for (;;) {
    const i = s.rbuf.indexOf('\n', s.rpos);
    if (i >= 0) {
      acc += s.rbuf.slice(s.rpos, chop ? i : i + 1);
      s.rpos = i + 1;
      return [acc, true];
    }
    acc += s.rbuf.slice(s.rpos);
    s.rpos = s.rbuf.length;
    if (!fill(s)) return [acc, acc.length > 0];
  }
}

function readAll(s: LStream): string {
  const parts = [s.rbuf.slice(s.rpos)];
  s.rpos = s.rbuf.length;
  while (fill(s)) {
    parts.push(s.rbuf);
    s.rpos = s.rbuf.length;
  }
  return parts.join('');
}

function readChars(s: LStream, n: number): string {
  if (s.rbuf.length - s.rpos >= n) {
    const piece = s.rbuf.slice(s.rpos, s.rpos + n);
    s.rpos += n;
    return piece;
  }
  const parts: string[] = [];
  let got = 0;
  while (got < n && (s.rpos < s.rbuf.length || fill(s))) {
    const piece = s.rbuf.slice(s.rpos, s.rpos + (n - got));
    s.rpos += piece.length;
    got += piece.length;
    parts.push(piece);
  }
  return parts.join('');
}

/// test_eof: true unless at end of file.
function testEof(s: LStream): boolean {
  const c = getc(s);
  ungetc(s, c);
  return c >= 0;
}

/// The state of read_number (PUC's RN): the numeral read so far and the
/// look-ahead byte. Methods rather than closures: no allocation per step.
class NumeralReader {
  buff = '';
  c = -1;
  failed = false;
  constructor(readonly s: LStream) {}

  /// Keeps the current byte and reads the next one; false when the numeral
  /// is too long (then it is invalid).
  next(): boolean {
    if (this.buff.length >= MAXLENNUM) {
      this.failed = true;
      return false;
    }
    this.buff += String.fromCharCode(this.c);
    this.c = getc(this.s);
    return true;
  }

  /// Accepts the current byte if it is a or b.
  test2(a: number, b: number): boolean {
    return this.c === a || this.c === b ? this.next() : false;
  }

  readDigits(hex: boolean): number {
    let n = 0;
    while ((hex ? isXDigit(this.c) : isDigit(this.c)) && this.next()) n++;
    return n;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isXDigit(c: number): boolean {
  return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
}

/// read_number: reads the longest prefix that looks like a numeral (at most
/// 200 bytes), as PUC's l_getn does, then converts it; undefined on failure.
function readNumber(s: LStream): LuaValue {
  const rn = new NumeralReader(s);
  do rn.c = getc(s);
  while (rn.c === 32 || (rn.c >= 9 && rn.c <= 13));
  let count = 0;
  let hex = false;
  rn.test2(45, 43); // '-' '+'
  if (rn.test2(48, 48)) {
    // '0', then 'x' or 'X' for a hexadecimal numeral
    if (rn.test2(120, 88)) hex = true;
    else count = 1;
  }
  count += rn.readDigits(hex);
  if (rn.test2(46, 46)) count += rn.readDigits(hex); // '.'
  if (count > 0 && (hex ? rn.test2(112, 80) : rn.test2(101, 69))) {
    // 'p' 'P' / 'e' 'E'
    rn.test2(45, 43);
    rn.readDigits(false);
  }
  ungetc(s, rn.c);
  if (rn.failed) return undefined;
  return str2number(rn.buff);
}

/// Gives unread read-ahead back to the host before writing or seeking.
function dropReadAhead(s: LStream): void {
  const unread = s.rbuf.length - s.rpos;
  if (unread > 0) {
    try {
      s.file!.seek(-unread, 'cur');
    } catch {
      return; // a pipe: keep what was read
    }
  }
  s.rbuf = '';
  s.rpos = 0;
}

// ---------------------------------------------------------- results

/// luaL_fileresult for a failure: nil, "[fname: ]message", errno.
export function fileFailure(L: LuaState, e: unknown, fname: string | null): LuaValue {
  if (!(e instanceof HostError)) throw e;
  const msg = fname === null ? e.message : `${fname}: ${e.message}`;
  return L.results([undefined, msg, e.errno]);
}

/// luaL_execresult for a process status.
function execResult(L: LuaState, st: ExitStatus): LuaValue {
  return L.results([st.how === 'exit' && st.code === 0 ? true : undefined, st.how, st.code]);
}

// ------------------------------------------------------------ library

export interface StdWriters {
  stdout?: (bytes: string) => void;
  stderr?: (bytes: string) => void;
}

/// Opens the io library; returns the writer print must use (the stdout file).
export function openIo(L: LuaState, host: Host, writers: StdWriters = {}): (s: string) => void {
  const meta = new LuaTable();
  const methods = new LuaTable();
  const std = (f: HostFile) => new LStream(f, 'std');
  const stdin = std(host.stdin);
  const stdout = std(writers.stdout ? new WriterFile(writers.stdout) : host.stdout);
  const stderr = std(writers.stderr ? new WriterFile(writers.stderr) : host.stderr);
  const wrap = (s: LStream): LuaUserdata => {
    const u = new LuaUserdata(s, 0);
    u.metatable = meta;
    return u;
  };
  const st: IoState = {
    host,
    meta,
    input: wrap(stdin),
    output: wrap(stdout),
    stdin,
    stdout,
    stderr,
    open: new Set(),
  };
  states.set(L, st);

  /// A new handle for an opened host file.
  const newFile = (file: HostFile, kind: Kind): LuaUserdata => {
    const s = new LStream(file, kind);
    const u = wrap(s);
    st.open.add(s);
    s.owner = st.open;
    finalizer?.register(u, s);
    return u;
  };

  /// luaL_checkudata(L, 1, "FILE*").
  const toStream = (v: LuaValue, nargs: number, fname: string): LStream => {
    if (v instanceof LuaUserdata && v.metatable === meta) return v.data as LStream;
    typeError(L, 1, 'FILE*', v, nargs >= 1, fname);
  };
  /// tofile: an open stream.
  const toFile = (v: LuaValue, nargs: number, fname: string): LStream => {
    const s = toStream(v, nargs, fname);
    if (s.file === undefined) libError(L, 'attempt to use a closed file');
    return s;
  };
  const getIoFile = (which: 'input' | 'output'): LuaUserdata => {
    const u = st[which];
    if ((u.data as LStream).file === undefined) libError(L, `default ${which} file is closed`);
    return u;
  };

  /// fopen with luaL_error on failure (io.lines, io.input, io.output).
  const openCheck = (fname: string, mode: string): LuaUserdata => {
    try {
      return newFile(host.open(fname, mode), 'file');
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      libError(L, `cannot open file '${fname}' (${e.message})`);
    }
  };

  /// aux_close: closes by kind; the results of io.close / file:close.
  const auxClose = (s: LStream): LuaValue => {
    if (s.kind === 'std') return L.ret2(undefined, 'cannot close standard file');
    const f = s.file!;
    s.file = undefined;
    s.rbuf = '';
    s.rpos = 0;
    st.open.delete(s);
    let status: ExitStatus | undefined;
    try {
      status = f.close();
    } catch (e) {
      return fileFailure(L, e, null);
    }
    if (s.kind === 'process') return execResult(L, status ?? { how: 'exit', code: 0 });
    return L.ret1(true);
  };

  /// g_read: formats fmts (arguments first, first+1, ...).
  const gRead = (s: LStream, fmts: LuaValue[], first: number, fname: string): LuaValue => {
    s.eof = false;
    const out: LuaValue[] = [];
    try {
      if (fmts.length === 0) {
        const [line, ok] = readLine(s, true);
        return L.ret1(ok ? line : undefined);
      }
      for (let i = 0; i < fmts.length; i++) {
        const f = fmts[i];
        let v: LuaValue;
        let ok: boolean;
        if (isNumber(f)) {
          const n = checkInt(L, f, first + i, first + fmts.length, fname);
          if (n === 0) {
            ok = testEof(s);
            v = '';
          } else {
            v = readChars(s, n < 0 ? Infinity : n);
            ok = v.length > 0;
          }
        } else {
          const p = checkString(L, f, first + i, first + fmts.length, fname);
          switch (p.charCodeAt(p[0] === '*' ? 1 : 0)) {
            case 110: // 'n'
              v = readNumber(s);
              ok = v !== undefined;
              break;
            case 108: // 'l'
              [v, ok] = readLine(s, true);
              break;
            case 76: // 'L'
              [v, ok] = readLine(s, false);
              break;
            case 97: // 'a'
              v = readAll(s);
              ok = true;
              break;
            default:
              argError(L, first + i, 'invalid format', fname);
          }
        }
        if (fmts.length === 1) return L.ret1(ok ? v : undefined);
        out.push(ok ? v : undefined);
        if (!ok) break;
      }
    } catch (e) {
      return fileFailure(L, e, null);
    }
    return L.results(out);
  };

  /// g_write: writes the arguments; returns the file handle (or a failure).
  const gWrite = (u: LuaUserdata, args: LuaValue[], first: number, fname: string): LuaValue => {
    const s = u.data as LStream;
    let text = '';
    let bad = -1;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (typeof a === 'string') text += a;
      else if (isNumber(a)) text += isInteger(a) ? numberToString(a) : fmtG14(toDouble(a));
      else {
        bad = i;
        break;
      }
    }
    try {
      if (text.length > 0) {
        dropReadAhead(s);
        s.file!.write(text);
      }
    } catch (e) {
      if (bad < 0) return fileFailure(L, e, null);
    }
    if (bad >= 0) typeError(L, first + bad, 'string', args[bad], true, fname);
    return L.ret1(u);
  };

  /// The iterator of io.lines / file:lines.
  const linesIterator = (u: LuaUserdata, fmts: LuaValue[], toClose: boolean): LuaFunction => {
    const s = u.data as LStream;
    return {
      '?'(): LuaValue {
        if (s.file === undefined) libError(L, 'file is already closed');
        const r = gRead(s, fmts, 2, '?');
        const n = L.nret;
        if (r !== undefined && r !== false) return r;
        if (n > 1) libError(L, String(L.ret[1]));
        if (toClose) auxClose(s);
        return L.ret0();
      },
    }['?'];
  };

  const checkLinesArgs = (n: number, fname: string) => {
    if (n > MAXARGLINE) argError(L, MAXARGLINE + 2, 'too many arguments', fname);
  };

  const lib = {
    'io.close'(f: LuaValue): LuaValue {
      if (arguments.length === 0) f = st.output;
      const s = toFile(f, 1, 'io.close');
      return auxClose(s);
    },

    'io.flush'(): LuaValue {
      const s = getIoFile('output').data as LStream;
      try {
        s.file!.flush();
      } catch (e) {
        return fileFailure(L, e, null);
      }
      return L.ret1(true);
    },

    'io.input'(f: LuaValue): LuaValue {
      return ioFile('input', f, 'r', 'io.input');
    },

    'io.output'(f: LuaValue): LuaValue {
      return ioFile('output', f, 'w', 'io.output');
    },

    'io.lines'(fname: LuaValue, ...fmts: LuaValue[]): LuaValue {
      let u: LuaUserdata;
      let toClose: boolean;
      if (fname === undefined) {
        u = st.input;
        toFile(u, 1, 'io.lines');
        toClose = false;
      } else {
        const name = cstr(checkString(L, fname, 1, arguments.length, 'io.lines'));
        u = openCheck(name, 'r');
        toClose = true;
      }
      checkLinesArgs(fmts.length, 'io.lines');
      const it = linesIterator(u, fmts, toClose);
      if (!toClose) return L.ret1(it);
      return L.results([it, undefined, undefined, u]);
    },

    'io.open'(fname: LuaValue, mode: LuaValue): LuaValue {
      const nargs = arguments.length;
      const name = cstr(checkString(L, fname, 1, nargs, 'io.open'));
      const m = optString(L, mode, 2, nargs, 'io.open', 'r');
      if (!/^[rwa]\+?b*$/.test(m)) argError(L, 2, 'invalid mode', 'io.open');
      try {
        return L.ret1(newFile(host.open(name, m.replace(/b/g, '')), 'file'));
      } catch (e) {
        return fileFailure(L, e, name);
      }
    },

    'io.popen'(cmd: LuaValue, mode: LuaValue): LuaValue {
      const nargs = arguments.length;
      const command = cstr(checkString(L, cmd, 1, nargs, 'io.popen'));
      const m = optString(L, mode, 2, nargs, 'io.popen', 'r');
      if (m !== 'r' && m !== 'w') argError(L, 2, 'invalid mode', 'io.popen');
      if (host.popen === undefined) libError(L, "'popen' not supported");
      try {
        return L.ret1(newFile(host.popen(command, m), 'process'));
      } catch (e) {
        return fileFailure(L, e, command);
      }
    },

    'io.read'(...fmts: LuaValue[]): LuaValue {
      return gRead(getIoFile('input').data as LStream, fmts, 1, 'io.read');
    },

    'io.tmpfile'(): LuaValue {
      try {
        if (host.tmpfile !== undefined) return L.ret1(newFile(host.tmpfile(), 'file'));
        const name = host.tmpname();
        const f = host.open(name, 'w+');
        host.remove(name);
        return L.ret1(newFile(f, 'file'));
      } catch (e) {
        return fileFailure(L, e, null);
      }
    },

    'io.type'(v: LuaValue): LuaValue {
      checkAny(L, arguments.length, 1, 'io.type');
      if (!(v instanceof LuaUserdata) || v.metatable !== meta) return L.ret1(undefined);
      return L.ret1((v.data as LStream).file === undefined ? 'closed file' : 'file');
    },

    'io.write'(...args: LuaValue[]): LuaValue {
      return gWrite(getIoFile('output'), args, 1, 'io.write');
    },
  };

  /// g_iofile: io.input / io.output.
  function ioFile(which: 'input' | 'output', f: LuaValue, mode: string, fname: string): LuaValue {
    if (f !== undefined) {
      if (typeof f === 'string' || isNumber(f))
        st[which] = openCheck(cstr(checkString(L, f, 1, 1, fname)), mode);
      else {
        toFile(f, 1, fname);
        st[which] = f as LuaUserdata;
      }
    }
    return L.ret1(st[which]);
  }

  // File methods: PUC finds no global name for them, so a message without a
  // call-site name calls them '?'.
  const m = {
    close: {
      '?'(f: LuaValue): LuaValue {
        return auxClose(toFile(f, arguments.length, '?'));
      },
    }['?'],
    flush: {
      '?'(f: LuaValue): LuaValue {
        const s = toFile(f, arguments.length, '?');
        try {
          s.file!.flush();
        } catch (e) {
          return fileFailure(L, e, null);
        }
        return L.ret1(true);
      },
    }['?'],
    lines: {
      '?'(f: LuaValue, ...fmts: LuaValue[]): LuaValue {
        toFile(f, arguments.length, '?');
        checkLinesArgs(fmts.length, '?');
        return L.ret1(linesIterator(f as LuaUserdata, fmts, false));
      },
    }['?'],
    read: {
      '?'(f: LuaValue, ...fmts: LuaValue[]): LuaValue {
        return gRead(toFile(f, arguments.length, '?'), fmts, 2, '?');
      },
    }['?'],
    seek: {
      '?'(f: LuaValue, whence: LuaValue, offset: LuaValue): LuaValue {
        const nargs = arguments.length;
        const s = toFile(f, nargs, '?');
        const w = checkOption(L, whence, 2, nargs, '?', 'cur', ['set', 'cur', 'end']) as
          | 'set'
          | 'cur'
          | 'end';
        let off = optInt(L, offset, 3, nargs, '?', 0);
        try {
          if (w === 'cur') off -= s.rbuf.length - s.rpos;
          const pos = s.file!.seek(off, w);
          s.rbuf = '';
          s.rpos = 0;
          s.eof = false;
          return L.ret1(pos);
        } catch (e) {
          return fileFailure(L, e, null);
        }
      },
    }['?'],
    setvbuf: {
      '?'(f: LuaValue, mode: LuaValue, size: LuaValue): LuaValue {
        const nargs = arguments.length;
        const s = toFile(f, nargs, '?');
        const md = checkOption(L, mode, 2, nargs, '?', null, ['no', 'full', 'line']) as
          | 'no'
          | 'full'
          | 'line';
        const sz = optInt(L, size, 3, nargs, '?', 1024);
        try {
          s.file!.setvbuf?.(md, sz);
        } catch (e) {
          return fileFailure(L, e, null);
        }
        return L.ret1(true);
      },
    }['?'],
    write: {
      '?'(f: LuaValue, ...args: LuaValue[]): LuaValue {
        toFile(f, arguments.length, '?');
        return gWrite(f as LuaUserdata, args, 2, '?');
      },
    }['?'],
  };

  const gc = {
    '?'(f: LuaValue): LuaValue {
      const s = toStream(f, arguments.length, '?');
      if (s.file !== undefined) auxClose(s);
      return L.ret0();
    },
  }['?'];
  const tostr = {
    '?'(f: LuaValue): LuaValue {
      const s = toStream(f, arguments.length, '?');
      if (s.file === undefined) return L.ret1('file (closed)');
      return L.ret1(`file (0x${(0x55d0c0de0000 + s.id * 0x230).toString(16)})`);
    },
  }['?'];

  registerBuiltins(lib);
  registerBuiltins({ '?': 1 });
  for (const [k, f] of Object.entries(m)) methods.setStr(k, f);
  meta.setStr('__index', methods);
  meta.setStr('__gc', gc);
  meta.setStr('__close', gc);
  meta.setStr('__tostring', tostr);
  meta.setStr('__name', 'FILE*');
  L.registry.setStr('FILE*', meta);

  const io = new LuaTable();
  for (const [k, f] of Object.entries(lib)) io.setStr(k.slice(3), f);
  io.setStr('stdin', st.input);
  io.setStr('stdout', st.output);
  io.setStr('stderr', wrap(stderr));
  L.globals.setStr('io', io);

  const out = stdout.file!;
  return (s: string) => {
    try {
      out.write(s);
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
    }
  };
}

/// Flushes every open file (C's exit does it; os.exit calls this).
export function ioFlushAll(L: LuaState): void {
  const st = states.get(L);
  if (st === undefined) return;
  for (const s of [st.stdout, st.stderr, ...st.open]) {
    try {
      s.file?.flush();
    } catch {
      // as exit(3): errors are lost
    }
  }
}

/// Reads the rest of the standard input (loadfile(nil)); throws HostError.
export function ioReadStdin(L: LuaState): string {
  const st = states.get(L);
  if (st === undefined) return '';
  st.stdin.eof = false;
  return readAll(st.stdin);
}

/// Reads a line of the standard input without its newline, or undefined at
/// its end (lua.c's fgets for the interactive mode, sharing the read-ahead
/// with io.read); throws HostError.
export function ioReadStdinLine(L: LuaState): string | undefined {
  const st = states.get(L);
  if (st === undefined) return undefined;
  st.stdin.eof = false;
  const [line, ok] = readLine(st.stdin, true);
  return ok ? line : undefined;
}

/// Writes to the standard error stream (lua_writestringerror); a failed write
/// is lost, as with C's fprintf.
export function ioWriteStderr(L: LuaState, bytes: string): void {
  try {
    states.get(L)?.stderr.file?.write(bytes);
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
  }
}

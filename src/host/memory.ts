// An in-memory host: a small POSIX-like file system in a Map, for browsers and
// tests. Files opened by Lua read and write the same byte arrays JavaScript
// sees through readFile/writeFile.
//
// Invariants: paths are normalised to absolute byte strings ('/a/b', no '.',
// '..' or repeated '/'); `dirs` holds every directory (always '/'), and every
// file's parent is in it. An open handle keeps its node even after the file is
// removed or replaced, as an open descriptor does.

import { utf8ToBytes } from '../frontend/bytes.js';
import {
  BytesReader,
  type Host,
  type HostFile,
  hostError,
  jsLocalZone,
  type Whence,
  WriterFile,
  type ZoneInfo,
} from './host.js';

export interface MemoryHostOptions {
  /// Initial files: path -> contents (a JS string is stored UTF-8 encoded).
  files?: Record<string, string | Uint8Array>;
  /// What io.read and loadfile(nil) read from the standard input.
  stdin?: string | Uint8Array;
  /// Receive what the program writes to stdout / stderr (byte strings); by
  /// default it is kept in `stdoutText()` / `stderrText()`.
  stdout?: (bytes: string) => void;
  stderr?: (bytes: string) => void;
  /// Environment variables (os.getenv, LUA_PATH...).
  env?: Record<string, string>;
  /// Working directory for relative paths (default '/'; created if missing).
  cwd?: string;
  /// Wall clock in milliseconds (default Date.now).
  now?: () => number;
  /// Local time zone (default: the JavaScript environment's).
  zone?: (t: number) => ZoneInfo;
}

/// A file's contents: `data[0..size)`; capacity grows by doubling.
class MemNode {
  data = new Uint8Array(0);
  size = 0;
}

export class MemoryHost implements Host {
  readonly stdin: HostFile;
  readonly stdout: HostFile;
  readonly stderr: HostFile;
  private readonly files = new Map<string, MemNode>();
  private readonly dirs = new Set<string>(['/']);
  private readonly env = new Map<string, string>();
  private readonly cwd: string;
  private readonly started = now();
  private out = '';
  private err = '';

  constructor(private readonly opts: MemoryHostOptions = {}) {
    this.cwd = '/';
    this.cwd = this.resolve(utf8ToBytes(opts.cwd ?? '/'));
    this.mkdir(this.cwd);
    for (const [k, v] of Object.entries(opts.env ?? {})) this.env.set(utf8ToBytes(k), utf8ToBytes(v));
    for (const [p, c] of Object.entries(opts.files ?? {})) this.writeFile(p, c);
    const input = opts.stdin ?? '';
    this.stdin = new BytesReader(typeof input === 'string' ? utf8ToBytes(input) : latin1(input));
    this.stdout = new WriterFile(opts.stdout ?? ((s) => (this.out += s)));
    this.stderr = new WriterFile(opts.stderr ?? ((s) => (this.err += s)));
  }

  // ---------------------------------------------------- JavaScript side

  /// A file's bytes, or undefined if there is no such file.
  readFile(path: string): Uint8Array | undefined {
    const n = this.files.get(this.resolve(utf8ToBytes(path)));
    return n === undefined ? undefined : n.data.slice(0, n.size);
  }

  /// A file's contents decoded as UTF-8.
  readText(path: string): string | undefined {
    const b = this.readFile(path);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }

  /// Creates or replaces a file (and its missing parent directories).
  writeFile(path: string, contents: string | Uint8Array): void {
    const p = this.resolve(utf8ToBytes(path));
    this.mkdir(parentOf(p));
    const n = new MemNode();
    n.data = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents.slice();
    n.size = n.data.length;
    this.files.set(p, n);
  }

  /// Creates a directory and its parents.
  mkdir(path: string): void {
    let p = this.resolve(utf8ToBytes(path));
    while (!this.dirs.has(p)) {
      this.dirs.add(p);
      p = parentOf(p);
    }
  }

  /// Paths of all files, sorted.
  list(): string[] {
    return [...this.files.keys()].sort();
  }

  /// What the program wrote to stdout / stderr (when no writer was given).
  stdoutText(): string {
    return this.out;
  }
  stderrText(): string {
    return this.err;
  }

  // ------------------------------------------------------------- Host

  open(path: string, mode: string): HostFile {
    const p = this.lookup(path);
    if (this.dirs.has(p)) {
      if (mode !== 'r') throw hostError('EISDIR');
      return new DirHandle();
    }
    let node = this.files.get(p);
    if (node === undefined) {
      if (mode[0] === 'r') throw hostError('ENOENT');
      node = new MemNode();
      this.files.set(p, node);
    } else if (mode[0] === 'w') node.size = 0;
    const plus = mode.includes('+');
    return new MemHandle(node, mode[0] === 'r' || plus, mode[0] !== 'r' || plus, mode[0] === 'a');
  }

  remove(path: string): void {
    const p = this.lookup(path);
    if (this.files.delete(p)) return;
    if (!this.dirs.has(p)) throw hostError('ENOENT');
    if (this.hasChildren(p)) throw hostError('ENOTEMPTY');
    if (p === '/') throw hostError('EBUSY');
    this.dirs.delete(p);
  }

  rename(from: string, to: string): void {
    const a = this.lookup(from);
    const b = this.lookup(to);
    const node = this.files.get(a);
    if (node !== undefined) {
      if (this.dirs.has(b)) throw hostError('EISDIR');
      this.files.delete(a);
      this.files.set(b, node);
      return;
    }
    if (!this.dirs.has(a)) throw hostError('ENOENT');
    if (a === b) return;
    if (this.files.has(b)) throw hostError('ENOTDIR');
    if (b.startsWith(a + '/') || a === '/') throw hostError('EINVAL');
    if (this.dirs.has(b) && this.hasChildren(b)) throw hostError('ENOTEMPTY');
    const move = (q: string) => b + q.slice(a.length);
    for (const d of [...this.dirs]) {
      if (d !== a && !d.startsWith(a + '/')) continue;
      this.dirs.delete(d);
      this.dirs.add(move(d));
    }
    for (const [f, n] of [...this.files]) {
      if (!f.startsWith(a + '/')) continue;
      this.files.delete(f);
      this.files.set(move(f), n);
    }
  }

  tmpname(): string {
    this.mkdir('/tmp');
    for (;;) {
      let name = '/tmp/lua_';
      for (let i = 0; i < 6; i++) name += TMPCHARS[Math.floor(Math.random() * TMPCHARS.length)];
      if (!this.files.has(name)) {
        this.files.set(name, new MemNode());
        return name;
      }
    }
  }

  tmpfile(): HostFile {
    return new MemHandle(new MemNode(), true, true, false);
  }

  getenv(name: string): string | undefined {
    return this.env.get(name);
  }

  clock(): number {
    return (now() - this.started) / 1000;
  }

  now(): number {
    return this.opts.now ? this.opts.now() : Date.now();
  }

  zone(t: number): ZoneInfo {
    return this.opts.zone ? this.opts.zone(t) : jsLocalZone(t);
  }

  // ---------------------------------------------------------- paths

  /// An absolute normalised path.
  private resolve(path: string): string {
    const parts: string[] = [];
    for (const seg of (path.startsWith('/') ? path : this.cwd + '/' + path).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    return '/' + parts.join('/');
  }

  /// Resolves a path whose parent must be an existing directory.
  private lookup(path: string): string {
    if (path === '') throw hostError('ENOENT');
    const p = this.resolve(path);
    if (p !== '/') {
      const parent = parentOf(p);
      if (!this.dirs.has(parent)) throw hostError(this.isFileOnPath(parent) ? 'ENOTDIR' : 'ENOENT');
    }
    if (path.endsWith('/') && this.files.has(p)) throw hostError('ENOTDIR');
    return p;
  }

  /// Some prefix of `dir` is a file (then a lookup below it is ENOTDIR).
  private isFileOnPath(dir: string): boolean {
    for (let p = dir; p !== '/'; p = parentOf(p)) if (this.files.has(p)) return true;
    return false;
  }

  private hasChildren(dir: string): boolean {
    const prefix = dir === '/' ? '/' : dir + '/';
    for (const f of this.files.keys()) if (f.startsWith(prefix)) return true;
    for (const d of this.dirs) if (d !== dir && d.startsWith(prefix)) return true;
    return false;
  }
}

const TMPCHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/// An open regular file.
class MemHandle implements HostFile {
  private pos = 0;
  private closed = false;
  constructor(
    private readonly node: MemNode,
    private readonly readable: boolean,
    private readonly writable: boolean,
    private readonly append: boolean,
  ) {}

  read(n: number): string {
    if (this.closed || !this.readable) throw hostError('EBADF');
    const node = this.node;
    const end = Math.min(node.size, this.pos + n);
    let s = '';
    for (let i = this.pos; i < end; i += 8192) {
      s += String.fromCharCode.apply(
        null,
        node.data.subarray(i, Math.min(end, i + 8192)) as unknown as number[],
      );
    }
    if (end > this.pos) this.pos = end;
    return s;
  }

  write(bytes: string): void {
    if (this.closed || !this.writable) throw hostError('EBADF');
    const node = this.node;
    if (this.append) this.pos = node.size;
    const end = this.pos + bytes.length;
    if (end > node.data.length) {
      const grown = new Uint8Array(Math.max(end, node.data.length * 2, 64));
      grown.set(node.data.subarray(0, node.size));
      node.data = grown;
    }
    if (this.pos > node.size) node.data.fill(0, node.size, this.pos);
    for (let i = 0; i < bytes.length; i++) node.data[this.pos + i] = bytes.charCodeAt(i);
    this.pos = end;
    if (end > node.size) node.size = end;
  }

  seek(offset: number, whence: Whence): number {
    if (this.closed) throw hostError('EBADF');
    const base = whence === 'set' ? 0 : whence === 'cur' ? this.pos : this.node.size;
    if (base + offset < 0) throw hostError('EINVAL');
    return (this.pos = base + offset);
  }

  flush(): void {}

  close(): undefined {
    this.closed = true;
  }
}

/// A directory opened for reading: opening works, reading fails (Linux).
class DirHandle implements HostFile {
  read(): string {
    throw hostError('EISDIR');
  }
  write(): void {
    throw hostError('EBADF');
  }
  seek(): number {
    return 0;
  }
  flush(): void {}
  close(): undefined {}
}

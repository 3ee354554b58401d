// The Node.js host: files through node:fs's synchronous calls, commands
// through node:child_process, the process's environment, CPU clock and time
// zone (TZ). Chosen by the command line and by callers who pass it to the Lua
// class (`new Lua({ host: new NodeHost() })`); the library entry never
// imports this module.
//
// Each file keeps its own position (Node has no lseek: reads and writes are
// positional for seekable files) and its own write buffer, flushed as C's
// stdio would: when full, at a newline in line mode, before a read or seek, at
// close, and for every file still open when the process exits. Standard output
// is line buffered on a terminal and fully buffered otherwise, and is also
// flushed soon after a write (an event-loop turn), so embedders see output
// promptly.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { isatty } from 'node:tty';
import {
  type BufferMode,
  BytesReader,
  type ExitStatus,
  type Host,
  HostError,
  type HostFile,
  hostError,
  jsLocalZone,
  type Whence,
  WriterFile,
  type ZoneInfo,
} from './host.js';

export interface NodeHostOptions {
  /// Directory that relative paths (and commands) start from; default: the
  /// process's working directory.
  cwd?: string;
  /// Environment for os.getenv and commands; default process.env.
  env?: Record<string, string | undefined>;
  /// Receives standard output instead of file descriptor 1 (byte strings);
  /// commands run by popen/os.execute then have their output captured and
  /// passed on to it.
  stdout?: (bytes: string) => void;
  /// Receives standard error instead of file descriptor 2.
  stderr?: (bytes: string) => void;
  /// Standard input's contents instead of file descriptor 0.
  stdin?: string | Uint8Array;
}

/// Default buffer size of files (glibc uses the block size, 4096).
const BUFSIZ = 4096;
/// Chunk size for reads through a pipe or terminal.
const PIPE_CHUNK = 65536;

/// Files with buffered output, flushed when the process exits.
const pending = new Set<NodeFile>();
let exitHook = false;

function flushPending(): void {
  for (const f of [...pending]) {
    try {
      f.flush();
    } catch {
      pending.delete(f);
    }
  }
}

function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string') return hostError(code, (e as Error).message);
  return hostError('EIO', e instanceof Error ? e.message : String(e));
}

/// Sleeps a few milliseconds without returning to the event loop (a
/// non-blocking descriptor had no data yet).
function nap(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}

class NodeFile implements HostFile {
  private pos = 0;
  private wbuf: string[] = [];
  private wlen = 0;
  private closed = false;
  private scheduled = false;
  /// Flush soon after a write (standard output).
  soon = false;
  /// Called before reading (stdin flushes stdout, as C does for terminals).
  beforeRead: (() => void) | undefined = undefined;
  private size = BUFSIZ;

  constructor(
    private readonly fd: number,
    /// fopen's mode ('r', 'w+'...): what the stream may do.
    access: string,
    private readonly seekable: boolean,
    private mode: BufferMode,
    private readonly owned: boolean,
    private readonly onClose?: () => void,
  ) {
    this.append = access[0] === 'a';
    this.canRead = access[0] === 'r' || access.includes('+');
    this.canWrite = access[0] !== 'r' || access.includes('+');
  }
  private readonly append: boolean;
  private readonly canRead: boolean;
  private readonly canWrite: boolean;

  read(n: number): string {
    if (this.closed || !this.canRead) throw hostError('EBADF');
    this.flush();
    this.beforeRead?.();
    const want = this.seekable ? n : Math.min(n, PIPE_CHUNK);
    const buf = Buffer.allocUnsafe(want);
    for (;;) {
      try {
        const got = fs.readSync(this.fd, buf, 0, want, this.seekable ? this.pos : null);
        this.pos += got;
        return buf.toString('latin1', 0, got);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EAGAIN') nap();
        else if (code === 'EOF') return '';
        else throw toHostError(e);
      }
    }
  }

  write(bytes: string): void {
    if (this.closed || !this.canWrite) throw hostError('EBADF');
    if (this.mode === 'no') {
      this.flush();
      this.writeNow(bytes);
      return;
    }
    this.wbuf.push(bytes);
    this.wlen += bytes.length;
    if (this.wlen >= this.size || (this.mode === 'line' && bytes.includes('\n'))) this.flush();
    else if (this.wlen > 0) this.schedule();
  }

  private schedule(): void {
    pending.add(this);
    if (!exitHook) {
      exitHook = true;
      process.on('exit', flushPending);
    }
    if (this.soon && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        try {
          this.flush();
        } catch {
          // reported by the next explicit flush or write
        }
      });
    }
  }

  flush(): void {
    if (this.wlen === 0) return;
    const data = this.wbuf.length === 1 ? this.wbuf[0] : this.wbuf.join('');
    this.wbuf = [];
    this.wlen = 0;
    pending.delete(this);
    this.writeNow(data);
  }

  private writeNow(s: string): void {
    const data = Buffer.from(s, 'latin1');
    let off = 0;
    while (off < data.length) {
      try {
        const positional = this.seekable && !this.append;
        off += fs.writeSync(this.fd, data, off, data.length - off, positional ? this.pos + off : null);
      } catch (e) {
        if ((e as { code?: string }).code === 'EAGAIN') nap();
        else throw toHostError(e);
      }
    }
    if (this.seekable) this.pos = this.append ? fs.fstatSync(this.fd).size : this.pos + data.length;
  }

  seek(offset: number, whence: Whence): number {
    if (this.closed) throw hostError('EBADF');
    if (!this.seekable) throw hostError('ESPIPE');
    this.flush();
    const base = whence === 'set' ? 0 : whence === 'cur' ? this.pos : fs.fstatSync(this.fd).size;
    if (base + offset < 0) throw hostError('EINVAL');
    return (this.pos = base + offset);
  }

  setvbuf(mode: BufferMode, size: number): void {
    this.flush();
    this.mode = mode;
    if (size > 0) this.size = size;
  }

  /// Flushes and closes; the descriptor is released even when the flush
  /// fails (fclose), and the first failure is reported.
  close(): undefined {
    if (this.closed) return;
    let failure: HostError | undefined;
    try {
      this.flush();
    } catch (e) {
      failure = toHostError(e);
    }
    this.closed = true;
    this.wbuf = [];
    this.wlen = 0;
    pending.delete(this);
    if (this.owned) {
      try {
        fs.closeSync(this.fd);
      } catch (e) {
        failure ??= toHostError(e);
      }
      this.onClose?.();
    }
    if (failure !== undefined) throw failure;
  }
}

/// A command's input (popen 'w'): collected, then given to the command at close.
class CommandInput implements HostFile {
  private chunks: string[] = [];
  constructor(private readonly run: (input: string) => ExitStatus) {}
  read(): string {
    throw hostError('EBADF');
  }
  write(bytes: string): void {
    this.chunks.push(bytes);
  }
  seek(): number {
    throw hostError('ESPIPE');
  }
  flush(): void {}
  close(): ExitStatus {
    return this.run(this.chunks.join(''));
  }
}

function isSeekable(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    return st.isFile() || st.isBlockDevice() || st.isDirectory();
  } catch {
    return false;
  }
}

function isTerminal(fd: number): boolean {
  try {
    return isatty(fd);
  } catch {
    return false;
  }
}

export class NodeHost implements Host {
  readonly stdin: HostFile;
  readonly stdout: HostFile;
  readonly stderr: HostFile;
  private readonly cwd: string | undefined;
  private readonly env: Record<string, string | undefined>;
  /// Output of commands must be captured and passed to the stdout writer.
  private readonly captureOutput: boolean;

  constructor(opts: NodeHostOptions = {}) {
    this.cwd = opts.cwd;
    this.env = opts.env ?? process.env;
    this.captureOutput = opts.stdout !== undefined;
    if (opts.stdout !== undefined) this.stdout = new WriterFile(opts.stdout);
    else {
      const out = new NodeFile(1, 'w', false, isTerminal(1) ? 'line' : 'full', false);
      out.soon = true;
      this.stdout = out;
    }
    this.stderr =
      opts.stderr !== undefined ? new WriterFile(opts.stderr) : new NodeFile(2, 'w', false, 'no', false);
    // The standard descriptors are shared with other processes: they are read
    // and written at the system's offset, never positionally, so they do not
    // seek even when they are files (Node has no lseek).
    if (opts.stdin !== undefined) {
      const data = typeof opts.stdin === 'string' ? Buffer.from(opts.stdin, 'utf8') : Buffer.from(opts.stdin);
      this.stdin = new BytesReader(data.toString('latin1'));
    } else {
      const input = new NodeFile(0, 'r', false, 'no', false);
      input.beforeRead = () => this.stdout.flush();
      this.stdin = input;
    }
  }

  /// A Lua path (bytes) as a Node path, relative to the host's cwd.
  private path(p: string): Buffer {
    const b = Buffer.from(p, 'latin1');
    if (this.cwd === undefined || p === '' || p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return b;
    return Buffer.concat([Buffer.from(this.cwd.endsWith('/') ? this.cwd : this.cwd + '/'), b]);
  }

  // Opening, removing or renaming a file first flushes the output of every
  // file: C's stdio would have flushed a file when its handle was collected or
  // closed, which here is up to the JavaScript collector; this way a program
  // that drops a handle and opens the file again sees what it wrote.
  open(path: string, mode: string): HostFile {
    flushPending();
    let fd: number;
    try {
      fd = fs.openSync(this.path(path), mode, 0o666);
    } catch (e) {
      throw toHostError(e);
    }
    return new NodeFile(fd, mode, isSeekable(fd), 'full', true);
  }

  remove(path: string): void {
    flushPending();
    const p = this.path(path);
    try {
      fs.unlinkSync(p);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'EISDIR' && code !== 'EPERM') throw toHostError(e);
      try {
        fs.rmdirSync(p);
      } catch (e2) {
        throw toHostError(e2);
      }
    }
  }

  rename(from: string, to: string): void {
    flushPending();
    try {
      fs.renameSync(this.path(from), this.path(to));
    } catch (e) {
      throw toHostError(e);
    }
  }

  tmpname(): string {
    const dir = process.platform === 'win32' ? tmpdir() : '/tmp';
    for (let tries = 0; tries < 100; tries++) {
      let name = `${dir}/lua_`;
      for (let i = 0; i < 6; i++) name += TMPCHARS[Math.floor(Math.random() * TMPCHARS.length)];
      try {
        fs.closeSync(fs.openSync(name, 'wx', 0o600));
        return name;
      } catch (e) {
        if ((e as { code?: string }).code !== 'EEXIST') throw toHostError(e);
      }
    }
    throw hostError('EEXIST');
  }

  tmpfile(): HostFile {
    const name = this.tmpname();
    let fd: number;
    try {
      fd = fs.openSync(name, 'w+', 0o600);
    } catch (e) {
      throw toHostError(e);
    }
    let removed = false;
    try {
      fs.unlinkSync(name);
      removed = true;
    } catch {
      // Windows: removed at close instead
    }
    return new NodeFile(fd, 'w+', true, 'full', true, () => {
      if (!removed) fs.rmSync(name, { force: true });
    });
  }

  getenv(name: string): string | undefined {
    const v = this.env[Buffer.from(name, 'latin1').toString('utf8')];
    return v === undefined ? undefined : Buffer.from(v, 'utf8').toString('latin1');
  }

  clock(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }

  now(): number {
    return Date.now();
  }

  zone(t: number): ZoneInfo {
    return jsLocalZone(t);
  }

  popen(command: string, mode: 'r' | 'w'): HostFile {
    this.flushAll();
    if (mode === 'r') {
      const r = this.spawn(command, undefined, 'pipe');
      const out = r.stdout === null ? '' : r.stdout.toString('latin1');
      return new BytesReader(out, false, () => r.status);
    }
    return new CommandInput((input) => {
      this.flushAll();
      const r = this.spawn(command, input, this.captureOutput ? 'pipe' : 'inherit');
      if (r.stdout !== null) this.stdout.write(r.stdout.toString('latin1'));
      return r.status;
    });
  }

  execute(command: string | undefined): ExitStatus | boolean {
    if (command === undefined) return process.platform === 'win32' || fs.existsSync('/bin/sh');
    this.flushAll();
    const r = this.spawn(command, undefined, this.captureOutput ? 'pipe' : 'inherit');
    if (r.stdout !== null) this.stdout.write(r.stdout.toString('latin1'));
    return r.status;
  }

  exit(code: number): void {
    this.flushAll();
    process.exit(code);
  }

  /// fflush(NULL): every buffered output.
  private flushAll(): void {
    this.stdout.flush();
    flushPending();
  }

  private spawn(
    command: string,
    input: string | undefined,
    out: 'pipe' | 'inherit',
  ): { stdout: Buffer | null; status: ExitStatus } {
    const r = spawnSync(Buffer.from(command, 'latin1').toString('utf8'), {
      shell: true,
      cwd: this.cwd,
      env: this.env,
      input: input === undefined ? undefined : Buffer.from(input, 'latin1'),
      stdio: [input === undefined ? 'inherit' : 'pipe', out, 'inherit'],
      maxBuffer: 1 << 30,
    });
    if (r.error !== undefined && r.status === null && r.signal === null) throw toHostError(r.error);
    const status: ExitStatus =
      r.signal !== null
        ? { how: 'signal', code: (osConstants.signals as Record<string, number>)[r.signal] ?? 0 }
        : { how: 'exit', code: r.status ?? 0 };
    return { stdout: (r.stdout as Buffer | null) ?? null, status };
  }
}

const TMPCHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// The host interface: what the os, io and package libraries need from the
// world outside the Lua state (files, standard streams, environment, clocks,
// processes). The core depends only on this module; `node.ts` implements it
// with node:fs and node:child_process, `memory.ts` with an in-memory file
// system (browsers, tests). Nothing here imports Node.
//
// Invariants:
// - Paths, file contents, environment names and values are byte strings
//   (every char code 0-255), like Lua strings; hosts convert at their edge.
// - Failures throw HostError carrying C's errno and strerror text (Linux
//   values), so the libraries can answer as luaL_fileresult does.
// - A HostFile does its own write buffering (as a C FILE does); readers buffer
//   above it (lib/io.ts keeps a read-ahead), so `read(n)` may return fewer
//   bytes than asked and returns '' only at end of file.

/// An error from a host operation: `message` is strerror's text
/// ("No such file or directory"), `errno` its number.
export class HostError extends Error {
  constructor(
    message: string,
    readonly errno: number,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/// errno values and strerror texts of glibc on Linux, by symbolic code.
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  ENXIO: [6, 'No such device or address'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENODEV: [19, 'No such device'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  ENFILE: [23, 'Too many open files in system'],
  EMFILE: [24, 'Too many open files'],
  ETXTBSY: [26, 'Text file busy'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOSYS: [38, 'Function not implemented'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  EOVERFLOW: [75, 'Value too large for defined data type'],
};

/// A HostError for a symbolic errno code ('ENOENT'). An unknown code becomes
/// EIO's number with `fallback` (or the code) as its text.
export function hostError(code: string, fallback?: string): HostError {
  const e = ERRNO[code];
  if (e !== undefined) return new HostError(e[1], e[0], code);
  return new HostError(fallback ?? code, ERRNO.EIO[0], code);
}

export type Whence = 'set' | 'cur' | 'end';
export type BufferMode = 'no' | 'full' | 'line';

/// An open file or stream (a C FILE without its read buffer).
export interface HostFile {
  /// Reads up to `n` bytes at the current position as a byte string; '' at
  /// end of file.
  read(n: number): string;
  /// Writes a byte string (possibly into a buffer: see flush).
  write(bytes: string): void;
  /// Moves the position to `offset` from the start, the current position or
  /// the end; returns the new position. Throws ESPIPE for pipes and terminals.
  seek(offset: number, whence: Whence): number;
  /// Hands buffered output to the system.
  flush(): void;
  /// Flushes and releases the file. For a process stream (popen), returns
  /// how the process ended.
  close(): ExitStatus | undefined;
  /// setvbuf: how writes are buffered (hosts without buffers ignore it).
  setvbuf?(mode: BufferMode, size: number): void;
}

/// How a process ended (luaL_execresult's "exit"/"signal" and code).
export interface ExitStatus {
  how: 'exit' | 'signal';
  code: number;
}

/// Local time at an instant: offset east of UTC in seconds, whether daylight
/// saving time is in effect, the zone's abbreviation (strftime %Z).
export interface ZoneInfo {
  offset: number;
  isdst: boolean;
  name: string;
}

/// The host's services.
export interface Host {
  readonly stdin: HostFile;
  readonly stdout: HostFile;
  readonly stderr: HostFile;
  /// fopen: mode is one of r w a r+ w+ a+ (the library strips 'b').
  open(path: string, mode: string): HostFile;
  /// remove(3): files and empty directories.
  remove(path: string): void;
  rename(from: string, to: string): void;
  /// A fresh file name, the file created empty (mkstemp's /tmp/lua_XXXXXX).
  tmpname(): string;
  /// An anonymous temporary file opened "w+", gone when closed (tmpfile(3)).
  tmpfile?(): HostFile;
  getenv(name: string): string | undefined;
  /// CPU time used by the program, in seconds (os.clock).
  clock(): number;
  /// Wall-clock time in milliseconds since the epoch (os.time).
  now(): number;
  /// The local time zone at `t` seconds since the epoch.
  zone(t: number): ZoneInfo;
  /// Optional: runs a command through the shell, connected for reading its
  /// output ('r') or writing its input ('w'); close() returns its status.
  popen?(command: string, mode: 'r' | 'w'): HostFile;
  /// Optional: runs a command (os.execute); without a command, tells whether
  /// a shell is available.
  execute?(command: string | undefined): ExitStatus | boolean;
  /// Ends the program (used by command lines after flushing; the libraries
  /// raise LuaExit instead).
  exit?(code: number): void;
}

// ------------------------------------------------------------- helpers

/// The local zone as the JavaScript environment sees it (Date and Intl: the
/// process's TZ in Node, the user's zone in browsers). Instants outside
/// Date's range take the offset at its nearest end.
export function jsLocalZone(t: number): ZoneInfo {
  const ms = Math.max(-8.64e15, Math.min(8.64e15, t * 1000));
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset() * 60;
  const year = d.getFullYear();
  const jan = -new Date(year, 0, 1).getTimezoneOffset() * 60;
  const jul = -new Date(year, 6, 1).getTimezoneOffset() * 60;
  const isdst = jan !== jul && offset === Math.max(jan, jul);
  return { offset, isdst, name: zoneName(d, offset) };
}

let zoneFormat: Intl.DateTimeFormat | null | undefined;

/// The zone's short name at d ('UTC', 'CET', 'EST'), or a numeric form.
function zoneName(d: Date, offset: number): string {
  if (zoneFormat === undefined) {
    try {
      zoneFormat = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
    } catch {
      zoneFormat = null;
    }
  }
  if (zoneFormat !== null) {
    try {
      const part = zoneFormat.formatToParts(d).find((p) => p.type === 'timeZoneName');
      if (part !== undefined) return part.value.replace(/[^\x20-\x7e]/g, '');
    } catch {
      // out of Intl's range: fall through
    }
  }
  const a = Math.abs(offset) / 60;
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

/// Bytes as a byte string.
export function bytesToLatin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192)
    s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/// A byte string as bytes.
export function latin1ToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/// A write-only stream handing each write to a function (the `stdout` and
/// `stderr` options of the Lua class). Writes are passed on at once.
export class WriterFile implements HostFile {
  constructor(private readonly out: (bytes: string) => void) {}
  read(): string {
    throw hostError('EBADF');
  }
  write(bytes: string): void {
    if (bytes.length > 0) this.out(bytes);
  }
  seek(): number {
    throw hostError('ESPIPE');
  }
  flush(): void {}
  close(): undefined {}
}

/// A read-only stream over fixed bytes (a memory host's stdin, the captured
/// output of a command).
export class BytesReader implements HostFile {
  private pos = 0;
  constructor(
    private readonly data: string,
    private readonly seekable = false,
    private readonly onClose?: () => ExitStatus | undefined,
  ) {}
  read(n: number): string {
    const s = this.data.slice(this.pos, this.pos + n);
    this.pos += s.length;
    return s;
  }
  write(): void {
    throw hostError('EBADF');
  }
  seek(offset: number, whence: Whence): number {
    if (!this.seekable) throw hostError('ESPIPE');
    const base = whence === 'set' ? 0 : whence === 'cur' ? this.pos : this.data.length;
    if (base + offset < 0) throw hostError('EINVAL');
    return (this.pos = base + offset);
  }
  flush(): void {}
  close(): ExitStatus | undefined {
    return this.onClose?.();
  }
}

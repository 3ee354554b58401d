// The os library (PUC's loslib) over a Host: clocks, dates, the environment,
// files by name, commands and exit.
//
// Dates are computed here, not by JavaScript's Date: a proleptic Gregorian
// calendar on day numbers (exact for every year a C int holds, as glibc's
// gmtime), plus the host's zone offset for local time. strftime is C's in the
// "C" locale, as glibc prints it: every conversion of 5.4.4's
// LUA_STRFTIMEOPTIONS for C99, the E and O modifiers meaning nothing more.
// os.exit raises LuaExit, which no pcall catches; the embedder (or the command
// line) sees it leave `run` and decides what exiting means.

import { cstr } from '../frontend/errors.js';
import { type Host, HostError } from '../host/host.js';
import { registerBuiltins } from '../runtime/debug.js';
import { LuaExit } from '../runtime/errors.js';
import { index, setindex } from '../runtime/metamethods.js';
import { bigOf, intFromBig, mkfloat, toIntegerStr } from '../runtime/number.js';
import type { LuaState } from '../runtime/state.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { argError, checkInteger, checkOption, checkString, libError, optString, typeError } from './args.js';
import { fileFailure, ioFlushAll } from './io.js';

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/// Conversions strftime accepts (5.4.4's L_STRFTIMEC99): one-character ones,
/// then two-character ones.
const OPTIONS1 = 'aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%';
const OPTIONS2 = [
  'Ec',
  'EC',
  'Ex',
  'EX',
  'Ey',
  'EY',
  'Od',
  'Oe',
  'OH',
  'OI',
  'Om',
  'OM',
  'OS',
  'Ou',
  'OU',
  'OV',
  'Ow',
  'OW',
  'Oy',
];

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/// A broken-down time (C's struct tm with the full year and month 1-12).
interface Tm {
  year: number;
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  /// 0 = Sunday.
  wday: number;
  /// 0-based day of the year.
  yday: number;
  isdst: boolean;
  /// Seconds east of UTC, and the zone's name (%z, %Z).
  offset: number;
  zone: string;
}

// ---------------------------------------------------------- calendar

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const doy = floorDiv(153 * (m + (m > 2 ? -3 : 9)) + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/// The civil date [year, month, day] of a day number.
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/// gmtime/localtime of `t` seconds; undefined when the year does not fit a
/// C int (tm_year), as glibc fails.
function breakDown(t: bigint, host: Host, utc: boolean): Tm | undefined {
  let offset = 0;
  let isdst = false;
  let zone = 'GMT';
  if (!utc) {
    const z = host.zone(Number(t));
    offset = z.offset;
    isdst = z.isdst;
    zone = z.name;
  }
  const local = t + BigInt(offset);
  let days = local / 86400n;
  let secs = local % 86400n;
  if (secs < 0n) {
    secs += 86400n;
    days -= 1n;
  }
  if (days > 1000000000000n || days < -1000000000000n) return undefined;
  const dn = Number(days);
  const [year, month, day] = civilFromDays(dn);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return undefined;
  const s = Number(secs);
  return {
    year,
    month,
    day,
    hour: Math.floor(s / 3600),
    min: Math.floor(s / 60) % 60,
    sec: s % 60,
    wday: (((dn + 4) % 7) + 7) % 7,
    yday: dn - daysFromCivil(year, 1, 1),
    isdst,
    offset,
    zone,
  };
}

/// The ISO 8601 week-based year and week number (%G, %V).
function isoWeek(tm: Tm): [number, number] {
  const isoWday = tm.wday === 0 ? 7 : tm.wday;
  const week = floorDiv(tm.yday + 1 - isoWday + 10, 7);
  if (week < 1) return [tm.year - 1, weeksInYear(tm.year - 1)];
  if (week > weeksInYear(tm.year)) return [tm.year + 1, 1];
  return [tm.year, week];
}

function weeksInYear(y: number): number {
  const p = (x: number) => (((x + floorDiv(x, 4) - floorDiv(x, 100) + floorDiv(x, 400)) % 7) + 7) % 7;
  return p(y) === 4 || p(y - 1) === 3 ? 53 : 52;
}

// ---------------------------------------------------------- strftime

function pad(n: number, width: number, c = '0'): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length < width ? c.repeat(width - s.length) + s : s);
}

/// One conversion (without its E/O modifier) in the C locale, as glibc.
function convert(c: string, tm: Tm): string {
  switch (c) {
    case 'a':
      return DAYS[tm.wday].slice(0, 3);
    case 'A':
      return DAYS[tm.wday];
    case 'b':
    case 'h':
      return MONTHS[tm.month - 1].slice(0, 3);
    case 'B':
      return MONTHS[tm.month - 1];
    case 'c':
      return `${convert('a', tm)} ${convert('b', tm)} ${convert('e', tm)} ${convert('T', tm)} ${tm.year}`;
    case 'C':
      return String(floorDiv(tm.year, 100));
    case 'd':
      return pad(tm.day, 2);
    case 'D':
    case 'x':
      return `${pad(tm.month, 2)}/${pad(tm.day, 2)}/${convert('y', tm)}`;
    case 'e':
      return pad(tm.day, 2, ' ');
    case 'F':
      return `${tm.year}-${pad(tm.month, 2)}-${pad(tm.day, 2)}`;
    case 'g':
      return pad(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
    case 'G':
      return String(isoWeek(tm)[0]);
    case 'H':
      return pad(tm.hour, 2);
    case 'I':
      return pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2);
    case 'j':
      return pad(tm.yday + 1, 3);
    case 'm':
      return pad(tm.month, 2);
    case 'M':
      return pad(tm.min, 2);
    case 'n':
      return '\n';
    case 'p':
      return tm.hour < 12 ? 'AM' : 'PM';
    case 'r':
      return `${convert('I', tm)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${convert('p', tm)}`;
    case 'R':
      return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}`;
    case 'S':
      return pad(tm.sec, 2);
    case 't':
      return '\t';
    case 'T':
    case 'X':
      return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`;
    case 'u':
      return String(tm.wday === 0 ? 7 : tm.wday);
    case 'U':
      return pad(floorDiv(tm.yday + 7 - tm.wday, 7), 2);
    case 'V':
      return pad(isoWeek(tm)[1], 2);
    case 'w':
      return String(tm.wday);
    case 'W':
      return pad(floorDiv(tm.yday + 7 - ((tm.wday + 6) % 7), 7), 2);
    case 'y':
      return pad(((tm.year % 100) + 100) % 100, 2);
    case 'Y':
      return String(tm.year);
    case 'z': {
      const a = Math.floor(Math.abs(tm.offset) / 60);
      return (tm.offset < 0 ? '-' : '+') + pad(Math.floor(a / 60), 2) + pad(a % 60, 2);
    }
    case 'Z':
      return tm.zone;
    default:
      return '%';
  }
}

// ------------------------------------------------------------ library

export function openOs(L: LuaState, host: Host): void {
  /// lua_getfield on a date table (honours __index).
  const getField = (t: LuaTable, k: string): LuaValue =>
    t.metatable === undefined ? t.getStr(k) : L.callNested((x: LuaValue) => L.ret1(index(L, x, k, 0)), [t]);
  const setField = (t: LuaTable, k: string, v: LuaValue): void => {
    if (t.metatable === undefined) t.setStr(k, v);
    else L.callNested((x: LuaValue) => L.ret1(setindex(L, x, k, v, 0)), [t]);
  };

  /// getfield of os.time: an integer field within C int range after delta.
  const intField = (t: LuaTable, key: string, d: number, delta: number): number => {
    const v = getField(t, key);
    const i = toIntegerStr(v);
    if (i === undefined) {
      if (v !== undefined) libError(L, `field '${key}' is not an integer`);
      if (d < 0) libError(L, `field '${key}' missing in date table`);
      return d;
    }
    const n = typeof i === 'number' ? i : Number(bigOf(i));
    if (!(n >= 0 ? n <= INT_MAX + delta : INT_MIN + delta <= n))
      libError(L, `field '${key}' is out-of-bound`);
    return n;
  };

  /// setallfields: a broken-down time into a table.
  const setAllFields = (t: LuaTable, tm: Tm): void => {
    setField(t, 'year', tm.year);
    setField(t, 'month', tm.month);
    setField(t, 'day', tm.day);
    setField(t, 'hour', tm.hour);
    setField(t, 'min', tm.min);
    setField(t, 'sec', tm.sec);
    setField(t, 'yday', tm.yday + 1);
    setField(t, 'wday', tm.wday + 1);
    setField(t, 'isdst', tm.isdst);
  };

  /// l_checktime: an integer time argument.
  const checkTime = (v: LuaValue, arg: number, nargs: number, fname: string): bigint =>
    bigOf(checkInteger(L, v, arg, nargs, fname));

  /// mktime: local fields (normalised like C) to seconds since the epoch.
  const mktime = (
    f: { year: number; month: number; day: number; hour: number; min: number; sec: number },
    isdst: number,
  ): bigint | undefined => {
    const months = f.year * 12 + (f.month - 1);
    const y = floorDiv(months, 12);
    const days = daysFromCivil(y, months - y * 12 + 1, 1) + (f.day - 1);
    const local = BigInt(days) * 86400n + BigInt(f.hour) * 3600n + BigInt(f.min) * 60n + BigInt(f.sec);
    let off = host.zone(Number(local)).offset;
    let t = local - BigInt(off);
    const z = host.zone(Number(t));
    if (z.offset !== off) {
      off = z.offset;
      t = local - BigInt(off);
    }
    if (isdst >= 0 && host.zone(Number(t)).isdst !== isdst > 0) {
      t = local - BigInt(otherOffset(Number(t), isdst > 0, off));
    }
    return breakDown(t, host, false) === undefined ? undefined : t;
  };

  /// The offset in effect near t when DST is (not) in effect, for a date
  /// table whose isdst disagrees with the zone (glibc moves by an hour when
  /// the zone never has that kind of time).
  const otherOffset = (t: number, dst: boolean, off: number): number => {
    for (let k = 1; k <= 12; k++) {
      for (const s of [t - k * 2629746, t + k * 2629746]) {
        const z = host.zone(s);
        if (z.isdst === dst) return z.offset;
      }
    }
    return dst ? off + 3600 : off - 3600;
  };

  const lib = {
    'os.clock'(): LuaValue {
      return L.ret1(mkfloat(host.clock()));
    },

    'os.date'(fmt: LuaValue, time: LuaValue): LuaValue {
      const nargs = arguments.length;
      let s = optString(L, fmt, 1, nargs, 'os.date', '%c');
      const t =
        time === undefined ? BigInt(Math.floor(host.now() / 1000)) : checkTime(time, 2, nargs, 'os.date');
      let utc = false;
      if (s.startsWith('!')) {
        utc = true;
        s = s.slice(1);
      }
      const tm = breakDown(t, host, utc);
      if (tm === undefined) libError(L, 'date result cannot be represented in this installation');
      if (s === '*t') {
        const r = new LuaTable();
        setAllFields(r, tm);
        return L.ret1(r);
      }
      let out = '';
      for (let i = 0; i < s.length; ) {
        const c = s[i++];
        if (c !== '%') {
          out += c;
          continue;
        }
        if (i < s.length && OPTIONS1.includes(s[i])) out += convert(s[i++], tm);
        else if (i + 1 < s.length && OPTIONS2.includes(s.slice(i, i + 2))) {
          out += convert(s[i + 1], tm);
          i += 2;
        } else {
          const rest = s.slice(i);
          const nul = rest.indexOf('\0');
          argError(
            L,
            1,
            `invalid conversion specifier '%${nul >= 0 ? rest.slice(0, nul) : rest}'`,
            'os.date',
          );
        }
      }
      return L.ret1(out);
    },

    'os.difftime'(t1: LuaValue, t2: LuaValue): LuaValue {
      const nargs = arguments.length;
      const a = checkTime(t1, 1, nargs, 'os.difftime');
      const b = checkTime(t2, 2, nargs, 'os.difftime');
      return L.ret1(mkfloat(Number(a - b)));
    },

    'os.execute'(cmd: LuaValue): LuaValue {
      const command =
        cmd === undefined ? undefined : cstr(checkString(L, cmd, 1, arguments.length, 'os.execute'));
      if (host.execute === undefined) {
        if (command === undefined) return L.ret1(false);
        return L.results([undefined, 'Function not implemented', 38]);
      }
      let r: ReturnType<NonNullable<Host['execute']>>;
      try {
        r = host.execute(command);
      } catch (e) {
        return fileFailure(L, e, null);
      }
      if (typeof r === 'boolean') return L.ret1(r);
      return L.results([r.how === 'exit' && r.code === 0 ? true : undefined, r.how, r.code]);
    },

    'os.exit'(status: LuaValue, close: LuaValue): never {
      let code: number;
      if (typeof status === 'boolean') code = status ? 0 : 1;
      else if (status === undefined) code = 0;
      else code = Number(bigOf(checkInteger(L, status, 1, arguments.length, 'os.exit')));
      ioFlushAll(L);
      throw new LuaExit(code, close !== undefined && close !== false);
    },

    'os.getenv'(name: LuaValue): LuaValue {
      return L.ret1(host.getenv(cstr(checkString(L, name, 1, arguments.length, 'os.getenv'))));
    },

    'os.remove'(name: LuaValue): LuaValue {
      const f = cstr(checkString(L, name, 1, arguments.length, 'os.remove'));
      try {
        host.remove(f);
      } catch (e) {
        return fileFailure(L, e, f);
      }
      return L.ret1(true);
    },

    'os.rename'(from: LuaValue, to: LuaValue): LuaValue {
      const nargs = arguments.length;
      const a = cstr(checkString(L, from, 1, nargs, 'os.rename'));
      const b = cstr(checkString(L, to, 2, nargs, 'os.rename'));
      try {
        host.rename(a, b);
      } catch (e) {
        return fileFailure(L, e, null);
      }
      return L.ret1(true);
    },

    'os.setlocale'(locale: LuaValue, category: LuaValue): LuaValue {
      const nargs = arguments.length;
      const l = locale === undefined ? undefined : cstr(checkString(L, locale, 1, nargs, 'os.setlocale'));
      checkOption(L, category, 2, nargs, 'os.setlocale', 'all', [
        'all',
        'collate',
        'ctype',
        'monetary',
        'numeric',
        'time',
      ]);
      // Only the C locale exists here: querying or choosing it (by name or
      // through the environment, "") answers "C"; any other locale fails.
      return L.ret1(l === undefined || l === '' || l === 'C' || l === 'POSIX' ? 'C' : undefined);
    },

    'os.time'(t: LuaValue): LuaValue {
      let r: bigint;
      if (t === undefined) r = BigInt(Math.floor(host.now() / 1000));
      else {
        if (!(t instanceof LuaTable)) typeError(L, 1, 'table', t, arguments.length >= 1, 'os.time');
        const f = {
          year: intField(t, 'year', -1, 1900),
          month: intField(t, 'month', -1, 1),
          day: intField(t, 'day', -1, 0),
          hour: intField(t, 'hour', 12, 0),
          min: intField(t, 'min', 0, 0),
          sec: intField(t, 'sec', 0, 0),
        };
        const dst = getField(t, 'isdst');
        const got = mktime(f, dst === undefined ? -1 : dst === false ? 0 : 1);
        if (got === undefined || got === -1n)
          libError(L, 'time result cannot be represented in this installation');
        r = got;
        setAllFields(t, breakDown(r, host, false)!);
      }
      return L.ret1(intFromBig(r));
    },

    'os.tmpname'(): LuaValue {
      try {
        return L.ret1(host.tmpname());
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        libError(L, 'unable to generate a unique filename');
      }
    },
  };
  registerBuiltins(lib);
  const os = new LuaTable();
  for (const [k, f] of Object.entries(lib)) os.setStr(k.slice(3), f);
  L.globals.setStr('os', os);
}

// Lua tables: an array part, a string-key part and a general hash part.
//
// Invariants:
// - `arr[i]` holds the value of integer key i+1, for 1 <= key <= arr.length.
//   The last element of `arr` is never nil (trailing nils are popped), and the
//   key arr.length+1 is never live outside `arr` (it is appended, pulling
//   following keys out of the hash). So `#t` is arr.length, a border.
//   `arr` stays a packed JS array: holes are stored as undefined.
// - String keys live in `str`, an object with a null prototype chain, so field
//   accesses with constant names compile to V8 property loads with inline
//   caches. Other keys (non-array integers, floats, booleans, objects) live in
//   `hash`, a Map created on first use. A table that gets many string keys by
//   computed stores (a dictionary: V8 would turn `str` into a slow hash
//   table) moves them into `hash` too (flag STR_IN_HASH), all but the names
//   starting with "__", which stay in `str` for metamethod lookups; a key is
//   in one part only.
// - Keys are normalised: integral floats become integers; integers outside the
//   safe range are stored as bigints; integral floats beyond the int64 range are
//   interned LuaFloat boxes. NaN and nil are never keys.
// - Clearing a field stores undefined and keeps the key (a tombstone), so `next`
//   stays valid while a traversal clears fields; tombstones are purged once
//   their count passes the number of live keys seen at the last purge.

import { LuaFloat, LuaInt, type LuaValue, MAX_SAFE } from './value.js';
import { WeakPart } from './weak.js';

/// Holder of string-keyed fields: a fast-mode object whose prototype chain has
/// no properties ('__proto__', 'constructor' are ordinary keys here).
function StrPart(): void {}
StrPart.prototype = Object.create(null);
export const newStrPart = (): Record<string, LuaValue> => new (StrPart as any)();

/// Shared empty parts: a table allocates its own array and string parts on
/// the first store into them (many tables never use one of them). Nothing
/// may write into these two.
export const EMPTY_ARR: LuaValue[] = [];
export const EMPTY_STR: Record<string, LuaValue> = newStrPart();

const internedFloats = new Map<number, LuaFloat>();

/// LuaTable.flags.
export const PROTO = 1;
export const STR_IN_HASH = 2;
/// Entries in a WeakPart (`weak`); `str` has getters for the fields named
/// "__..." (metamethod lookups read `mt.str`).
export const WEAK = 4;
/// String keys a table's `str` part takes from setStr before they move to
/// `hash` (V8 turns objects with more named properties into dictionaries).
const STR_PART_MAX = 128;

/// Metamethod names ("__index", ...) stay in `str`.
function isMetaName(k: string): boolean {
  return k.charCodeAt(0) === 95 && k.charCodeAt(1) === 95;
}

/// Largest array part: V8 aborts the process on arrays near 2^27 elements, so
/// growing past this raises "not enough memory" instead.
export const MAX_ARRAY = 1 << 26;
/// V8 Maps hold at most 2^24 entries.
const MAX_HASH = (1 << 24) - 1;

/// Raised when a table would outgrow what the host can hold.
export class TableTooBig extends Error {}

function tooBig(): never {
  throw new TableTooBig('not enough memory');
}
let nextTableId = 1;

/// How many tables were made weak: hosts use it to decide whether forcing a
/// garbage collection now and then is worth it (weak entries only go away
/// after one).
export const weakTables = { count: 0 };

/// The canonical hash key for a non-string key, or undefined for nil/NaN.
export function normKey(k: LuaValue): any {
  if (typeof k === 'number') return k === k ? k : undefined;
  if (k instanceof LuaFloat) {
    const x = k.n;
    if (x >= -MAX_SAFE && x <= MAX_SAFE) return x + 0;
    if (x >= -9223372036854775808 && x < 9223372036854775808) return BigInt(x);
    let f = internedFloats.get(x);
    if (f === undefined) internedFloats.set(x, (f = k));
    return f;
  }
  if (k instanceof LuaInt) return k.v;
  return k;
}

/// The Lua value of a hash key (inverse of normKey).
function keyValue(k: any): LuaValue {
  return typeof k === 'bigint' ? new LuaInt(k) : k;
}

/// A traversal in progress over the `str` and `hash` parts, kept so that
/// `next` continues in O(1) from the key it returned last.
class Cursor {
  keys: string[] | null;
  pos = 0;
  it: MapIterator<[any, LuaValue]> | null = null;
  last: any = undefined;
  constructor(keys: string[] | null) {
    this.keys = keys;
  }
}

const MAX_CURSORS = 4;

/// What a table marked for finalization leaves for its finalizer: its
/// entries and metatable, without a reference to the table (finalize.ts).
export class GcBox {
  constructor(
    public part: WeakPart,
    public mt: LuaTable,
    readonly ref: WeakRef<LuaTable>,
  ) {}

  /// The table the finalizer receives: the original while it lives.
  target(): LuaTable {
    const t = this.ref.deref();
    if (t !== undefined) return t;
    const g = new LuaTable();
    g.adoptPart(this.part);
    g.metatable = this.mt;
    return g;
  }
}

/// The rarely used part of a table.
class TableExtra {
  /// Tombstones since the last purge, and the threshold for the next purge.
  dead = 0;
  purgeAt = 32;
  cursors: Cursor[] | undefined = undefined;
  id = 0;
  gc: GcBox | undefined = undefined;
}

export class LuaTable {
  arr: LuaValue[] = EMPTY_ARR;
  str: Record<string, LuaValue> = EMPTY_STR;
  hash: Map<any, LuaValue> | undefined = undefined;
  metatable: LuaTable | undefined = undefined;
  /// Largest array part this table had (keys up to it stay valid for `next`
  /// after trailing nils were popped during a traversal).
  arrHigh = 0;
  /// Rarely used state, allocated on first need (keeps tables small).
  extra: TableExtra | undefined = undefined;
  /// Entries of a weak table (__mode) or of one marked for finalization, which
  /// then keeps its other parts empty (but for getters in `str`: see WEAK).
  weak: WeakPart | undefined = undefined;
  /// PROTO: read by a cached `__index` lookup (a metatable or an `__index`
  /// table, see metamethods.ts): its string fields, metatable and weak mode
  /// may only change through methods that advance `LuaTable.epoch`.
  /// STR_IN_HASH: most string keys live in `hash`. WEAK: set exactly when
  /// `weak` is. Compiled stores take their inline path only while no flag is
  /// set.
  flags = 0;
  /// String keys added by setStr since the last purge (a hint: compiled
  /// inline stores do not count); -Infinity keeps them all in `str` (the
  /// globals, which compiled code reads inline).
  nstr = 0;

  /// Advanced by every change to a proto table; cached lookups made at an
  /// earlier epoch are stale.
  static epoch = 0;

  /// Sets the metatable (invalidating cached lookups through this table).
  setMetatable(mt: LuaTable | undefined): void {
    if (this.flags & PROTO) LuaTable.epoch++;
    this.metatable = mt;
  }

  private ex(): TableExtra {
    let x = this.extra;
    if (x === undefined) this.extra = x = new TableExtra();
    return x;
  }

  /// Counts a new tombstone; purges when there are many.
  private tombstone(): void {
    const x = this.ex();
    if (++x.dead > x.purgeAt) this.purge();
  }

  // ------------------------------------------------------------- reads

  /// Raw get (no metamethods).
  get(k: LuaValue): LuaValue {
    if (this.weak !== undefined) return this.weak.get(normKey(k));
    if (typeof k === 'string') return this.getStr(k);
    if (typeof k === 'number' && Number.isInteger(k)) {
      if (k >= 1 && k <= this.arr.length) return this.arr[k - 1];
      return this.hash === undefined ? undefined : this.hash.get(k);
    }
    return this.getOther(k);
  }

  getStr(k: string): LuaValue {
    const v = this.str[k];
    return v === undefined && this.flags & STR_IN_HASH ? this.hash!.get(k) : v;
  }

  getInt(k: number): LuaValue {
    if (k >= 1 && k <= this.arr.length) return this.arr[k - 1];
    return this.hash === undefined ? undefined : this.hash.get(k);
  }

  private getOther(k: LuaValue): LuaValue {
    const nk = normKey(k);
    if (typeof nk === 'number' && nk >= 1 && nk <= this.arr.length && Number.isInteger(nk))
      return this.arr[nk - 1];
    return this.hash === undefined ? undefined : this.hash.get(nk);
  }

  // ------------------------------------------------------------ writes

  /// Raw set. The caller has rejected nil and NaN keys (see metamethods.ts).
  set(k: LuaValue, v: LuaValue): void {
    if (typeof k === 'string') return this.setStr(k, v);
    if (this.weak !== undefined) return this.weak.set(normKey(k), v);
    const nk = normKey(k);
    if (typeof nk === 'number' && Number.isInteger(nk)) return this.setInt(nk, v);
    this.setHash(nk, v);
  }

  setStr(k: string, v: LuaValue): void {
    // (Weak tables take no part in cached lookups.)
    if (this.weak !== undefined) {
      this.weak.set(k, v);
      if (isMetaName(k)) this.mirrorMeta(k, v);
      return;
    }
    if (this.flags !== 0) {
      if (this.flags & PROTO) LuaTable.epoch++;
      if (this.flags & STR_IN_HASH && !isMetaName(k)) return this.setHash(k, v);
    }
    const s = this.str;
    if (v === undefined) {
      if (s[k] !== undefined) {
        s[k] = undefined;
        this.tombstone();
      }
    } else if (s === EMPTY_STR) {
      const fresh = newStrPart();
      fresh[k] = v;
      this.str = fresh;
      this.nstr++;
    } else if (s[k] !== undefined) s[k] = v;
    else {
      s[k] = v;
      if (++this.nstr > STR_PART_MAX) this.strToHash();
    }
  }

  /// Makes a weak table's field named "__..." readable as `str[k]` too (for
  /// metamethod lookups), through a getter: a copy would keep a weak value
  /// alive.
  private mirrorMeta(k: string, v: LuaValue): void {
    let s = this.str;
    if (s === EMPTY_STR) {
      if (v === undefined) return;
      this.str = s = newStrPart();
    } else if (Object.hasOwn(s, k)) return;
    Object.defineProperty(s, k, {
      get: () => this.weak?.get(k),
      configurable: true,
      enumerable: true,
    });
  }

  /// Takes `part` as the table's entries (its other parts empty).
  adoptPart(part: WeakPart): void {
    this.weak = part;
    this.flags |= WEAK;
    for (const [k, v] of part.entries()) if (typeof k === 'string' && isMetaName(k)) this.mirrorMeta(k, v);
  }

  /// Moves the string keys but metamethod names into `hash` (setStr has
  /// advanced the epoch).
  private strToHash(): void {
    const s = this.str;
    const keep = newStrPart();
    let h = this.hash;
    if (h === undefined) this.hash = h = new Map();
    for (const k of Object.keys(s)) {
      const v = s[k];
      if (v === undefined) continue;
      if (isMetaName(k)) keep[k] = v;
      else h.set(k, v);
    }
    this.str = keep;
    this.flags |= STR_IN_HASH;
    if (this.extra !== undefined) this.extra.cursors = undefined;
  }

  /// A table whose string keys stay in `str` however many there are.
  static pinned(): LuaTable {
    const t = new LuaTable();
    t.nstr = Number.NEGATIVE_INFINITY;
    return t;
  }

  /// A table built with named fields: its string part is its own from the start.
  static withFields(): LuaTable {
    const t = new LuaTable();
    t.str = newStrPart();
    return t;
  }

  /// Set for an integer key k in the safe range.
  setInt(k: number, v: LuaValue): void {
    if (this.weak !== undefined) return this.weak.set(k, v);
    const arr = this.arr;
    const n = arr.length;
    if (k >= 1 && k <= n) {
      if (v === undefined && k === n) {
        arr.pop();
        this.trimArray();
      } else arr[k - 1] = v;
    } else if (k === n + 1 && v !== undefined) {
      if (n >= MAX_ARRAY) tooBig();
      if (arr === EMPTY_ARR) this.arr = [v];
      else arr.push(v);
      if (n >= this.arrHigh) this.arrHigh = n + 1;
      if (this.hash !== undefined && this.hash.size > 0) this.migrate();
    } else this.setHash(k, v);
  }

  private setHash(nk: any, v: LuaValue): void {
    let h = this.hash;
    if (v === undefined) {
      if (h !== undefined && h.get(nk) !== undefined) {
        h.set(nk, undefined);
        this.tombstone();
      }
      return;
    }
    if (h === undefined) this.hash = h = new Map();
    if (h.size >= MAX_HASH && !h.has(nk)) tooBig();
    h.set(nk, v);
  }

  /// Pops trailing nils so the last element of `arr` is non-nil.
  private trimArray(): void {
    const arr = this.arr;
    while (arr.length > 0 && arr[arr.length - 1] === undefined) arr.pop();
  }

  /// Moves keys arr.length+1, +2, ... from the hash into the array.
  private migrate(): void {
    const h = this.hash!;
    let arr = this.arr;
    if (arr === EMPTY_ARR) this.arr = arr = [];
    for (;;) {
      const k = arr.length + 1;
      const v = h.get(k);
      if (v === undefined) return;
      h.delete(k);
      arr.push(v);
    }
  }

  /// Deletes tombstones from `str` and `hash`.
  private purge(): void {
    let live = 0;
    let dead = 0;
    const s = this.str;
    const keys = Object.keys(s);
    for (let i = 0; i < keys.length; i++) {
      if (s[keys[i]] === undefined) dead++;
      else live++;
    }
    // Rebuilding costs as much as the live keys: worth it once the
    // tombstones are a fair share of them (else they wait for a later purge).
    if (dead > 0 && dead * 4 >= live) {
      // Rebuild rather than `delete`, which would drop `s` to dictionary mode.
      const fresh = newStrPart();
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = s[k];
        if (v !== undefined) fresh[k] = v;
      }
      this.str = fresh;
      this.ex().cursors = undefined;
    }
    const h = this.hash;
    if (h !== undefined) {
      for (const [k, v] of h) {
        if (v === undefined) h.delete(k);
        else live++;
      }
    }
    const x = this.ex();
    x.dead = 0;
    x.purgeAt = Math.max(32, live);
    this.nstr = Math.min(this.nstr, live);
  }

  /// Stores the list part of a constructor: keys 1..n (after keyed fields,
  /// so positional values win as in PUC Lua).
  setPositional(vals: LuaValue[]): void {
    if (
      this.weak === undefined &&
      this.arr.length === 0 &&
      (this.hash === undefined || this.hash.size === 0)
    ) {
      let n = vals.length;
      while (n > 0 && vals[n - 1] === undefined) n--;
      this.arr = n === vals.length ? vals : vals.slice(0, n);
      this.arrHigh = n;
      return;
    }
    for (let i = 0; i < vals.length; i++) this.setInt(i + 1, vals[i]);
  }

  // ----------------------------------------------------------- length

  // ------------------------------------------------------ finalizers

  /// The finalization box of a table marked for __gc (finalize.ts).
  gcBox(): GcBox | undefined {
    return this.extra?.gc;
  }

  /// Marks the table for finalization: its entries move to a part the box
  /// holds (a strong WeakPart unless the table is weak).
  markForGc(mt: LuaTable): GcBox {
    if (this.weak === undefined) this.movePart(new WeakPart(0));
    const box = new GcBox(this.weak as WeakPart, mt, new WeakRef(this));
    this.ex().gc = box;
    return box;
  }

  /// The border `#t` without metamethods.
  length(): number {
    if (this.weak !== undefined) return this.weak.length();
    return this.arr.length;
  }

  /// Makes the table weak (mode: WEAK_KEYS | WEAK_VALUES) or strong (0),
  /// moving its entries.
  setWeakMode(mode: number): void {
    const current = this.weak === undefined ? 0 : this.weak.mode;
    if (mode === current) return;
    const box = this.extra?.gc;
    this.movePart(mode === 0 && box === undefined ? undefined : new WeakPart(mode));
    if (mode !== 0) weakTables.count++;
    if (box !== undefined) box.part = this.weak as WeakPart;
  }

  /// Moves the entries into `part` (undefined: the table's own parts).
  private movePart(part: WeakPart | undefined): void {
    if (this.flags & PROTO) LuaTable.epoch++;
    const entries: [LuaValue, LuaValue][] = [];
    const out: LuaValue[] = [];
    if (this.weak !== undefined) entries.push(...this.weak.entries());
    else {
      let k: LuaValue;
      while (this.next(k, out) === true) {
        k = out[0];
        entries.push([out[0], out[1]]);
      }
    }
    this.arr = EMPTY_ARR;
    this.str = EMPTY_STR;
    this.hash = undefined;
    this.flags &= ~STR_IN_HASH;
    this.nstr = Math.min(this.nstr, 0);
    if (this.extra !== undefined) this.extra.cursors = undefined;
    this.weak = part;
    if (part === undefined) this.flags &= ~WEAK;
    else this.flags |= WEAK;
    for (const [k, v] of entries) this.set(k, v);
  }

  // -------------------------------------------------------- traversal

  /// `next(t, k)`: writes the following key and value into `out` and returns
  /// true, or returns false at the end. Returns undefined for a key that is
  /// not in the table ("invalid key to 'next'").
  next(k: LuaValue, out: LuaValue[]): boolean | undefined {
    if (this.weak !== undefined) {
      const r = this.weak.next(k === undefined ? undefined : normKey(k), out);
      if (r === true && typeof out[0] === 'bigint') out[0] = new LuaInt(out[0]);
      return r;
    }
    const arr = this.arr;
    let i: number; // array index to scan from
    if (k === undefined) i = 0;
    else {
      const nk = typeof k === 'string' ? k : normKey(k);
      if (
        typeof nk === 'number' &&
        Number.isInteger(nk) &&
        nk >= 1 &&
        (nk <= arr.length || (nk <= this.arrHigh && !this.hasHashKey(nk)))
      )
        i = nk;
      else return this.nextHash(nk, out);
    }
    for (; i < arr.length; i++) {
      const v = arr[i];
      if (v !== undefined) {
        out[0] = i + 1;
        out[1] = v;
        return true;
      }
    }
    return this.nextHash(undefined, out, true);
  }

  private hasHashKey(nk: any): boolean {
    return this.hash?.has(nk) === true;
  }

  /// Continues a traversal of `str` then `hash` after key nk (undefined: from
  /// the start).
  private nextHash(nk: any, out: LuaValue[], fromStart = false): boolean | undefined {
    let c: Cursor | undefined;
    if (fromStart) c = this.newCursor();
    else {
      c = this.findCursor(nk);
      if (c === undefined) return undefined;
    }
    const s = this.str;
    if (c.keys !== null) {
      const keys = c.keys;
      while (c.pos < keys.length) {
        const key = keys[c.pos++];
        const v = s[key];
        if (v !== undefined) {
          c.last = key;
          out[0] = key;
          out[1] = v;
          return true;
        }
      }
      c.keys = null;
      if (this.hash !== undefined) c.it = this.hash.entries();
    }
    const it = c.it;
    if (it !== null) {
      for (;;) {
        const r = it.next();
        if (r.done) break;
        const [key, v] = r.value;
        if (v !== undefined) {
          c.last = key;
          out[0] = keyValue(key);
          out[1] = v;
          return true;
        }
      }
    }
    this.dropCursor(c);
    return false;
  }

  private newCursor(): Cursor {
    const c = new Cursor(Object.keys(this.str));
    const x = this.ex();
    let cs = x.cursors;
    if (cs === undefined) x.cursors = cs = [];
    if (cs.length >= MAX_CURSORS) cs.shift();
    cs.push(c);
    return c;
  }

  private dropCursor(c: Cursor): void {
    const cs = this.extra?.cursors;
    if (cs === undefined) return;
    const i = cs.indexOf(c);
    if (i >= 0) cs.splice(i, 1);
  }

  /// The cursor positioned just after key nk, rebuilding one by a scan when no
  /// cached cursor returned nk last.
  private findCursor(nk: any): Cursor | undefined {
    const cs = this.extra?.cursors;
    if (cs !== undefined) {
      for (let i = cs.length - 1; i >= 0; i--) if (cs[i].last === nk) return cs[i];
    }
    const c = this.newCursor();
    const keys = c.keys!;
    const p = typeof nk === 'string' ? keys.indexOf(nk) : -1;
    if (p >= 0) {
      c.pos = p + 1;
      c.last = nk;
      return c;
    }
    if (this.hash?.has(nk)) {
      c.keys = null;
      const it = this.hash.entries();
      for (;;) {
        const r = it.next();
        if (r.done) break;
        if (r.value[0] === nk) {
          c.it = it;
          c.last = nk;
          return c;
        }
      }
    }
    this.dropCursor(c);
    return undefined;
  }

  /// A stable small number naming this table in `tostring`.
  getId(): number {
    const x = this.ex();
    if (x.id === 0) x.id = nextTableId++;
    return x.id;
  }
}

/// Builds a table from positional values (a constructor's list part).
export function tableFromArray(values: LuaValue[]): LuaTable {
  const t = new LuaTable();
  let n = values.length;
  while (n > 0 && values[n - 1] === undefined) n--;
  t.arr = n === values.length ? values : values.slice(0, n);
  t.arrHigh = n;
  return t;
}

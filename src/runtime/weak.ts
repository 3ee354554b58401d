// Weak tables (__mode 'k', 'v', 'kv'), approximated with the host's WeakRef
// and WeakMap: a weak table keeps its entries here instead of in its array,
// string and hash parts, so compiled fast paths miss and every access goes
// through LuaTable's methods.
//
// - Collectable keys (tables, functions, threads, userdata) of a weak-keyed
//   table are looked up through a WeakMap (an ephemeron: the value does not
//   keep its key alive) and listed for traversal through a WeakRef.
// - Collectable values of a weak-valued table are held through a WeakRef.
// JavaScript clears weak references only between jobs, so entries disappear
// after the host's garbage collector ran and the run yielded to the event loop
// (time slices); `collectgarbage()` asks for a collection when the host
// exposes `gc`. Tables with finalizers (__gc) are marked in finalize.ts.

import type { LuaValue } from './value.js';

export const WEAK_KEYS = 1;
export const WEAK_VALUES = 2;

function collectable(v: LuaValue): v is object {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

interface Slot {
  /// The key, or a WeakRef to it when the key is weak.
  key: any;
  weakKey: boolean;
  /// The value when the key is strong (or a WeakRef when values are weak).
  value: LuaValue;
  dead: boolean;
}

export class WeakPart {
  /// Slots in insertion order (traversal order of `next`).
  private slots: Slot[] = [];
  /// Strong keys (normalised) -> slot.
  private strong = new Map<any, Slot>();
  /// Weak keys -> [slot, value] (ephemeron).
  private weak = new WeakMap<object, { slot: Slot; value: LuaValue }>();
  private deadCount = 0;

  constructor(readonly mode: number) {}

  private wrapValue(v: LuaValue): LuaValue {
    return this.mode & WEAK_VALUES && collectable(v) ? new WeakRef(v) : v;
  }

  private unwrap(v: LuaValue): LuaValue {
    return v instanceof WeakRef ? v.deref() : v;
  }

  /// The value for a normalised key (undefined if absent or collected).
  get(nk: any): LuaValue {
    if (this.mode & WEAK_KEYS && collectable(nk)) {
      const e = this.weak.get(nk);
      return e === undefined || e.slot.dead ? undefined : this.unwrap(e.value);
    }
    const s = this.strong.get(nk);
    return s === undefined || s.dead ? undefined : this.unwrap(s.value);
  }

  set(nk: any, v: LuaValue): void {
    const weakKey = (this.mode & WEAK_KEYS) !== 0 && collectable(nk);
    if (weakKey) {
      const e = this.weak.get(nk);
      if (e !== undefined && !e.slot.dead) {
        if (v === undefined) this.kill(e.slot);
        else e.value = this.wrapValue(v);
        if (v === undefined) this.weak.delete(nk);
        return;
      }
      if (v === undefined) return;
      const slot: Slot = { key: new WeakRef(nk), weakKey: true, value: undefined, dead: false };
      this.slots.push(slot);
      this.weak.set(nk, { slot, value: this.wrapValue(v) });
    } else {
      const s = this.strong.get(nk);
      if (s !== undefined && !s.dead) {
        if (v === undefined) {
          this.kill(s);
          this.strong.delete(nk);
        } else s.value = this.wrapValue(v);
        return;
      }
      if (v === undefined) return;
      const slot: Slot = { key: nk, weakKey: false, value: this.wrapValue(v), dead: false };
      this.slots.push(slot);
      this.strong.set(nk, slot);
    }
    if (this.deadCount > 32 && this.deadCount > this.slots.length / 2) this.compact();
  }

  private kill(s: Slot): void {
    s.dead = true;
    this.deadCount++;
  }

  private compact(): void {
    this.slots = this.slots.filter((s) => !s.dead && this.live(s) !== undefined);
    this.deadCount = 0;
  }

  /// [key, value] of a live slot, or undefined if it died.
  private live(s: Slot): [any, LuaValue] | undefined {
    if (s.dead) return undefined;
    let key: any;
    let value: LuaValue;
    if (s.weakKey) {
      key = (s.key as WeakRef<object>).deref();
      if (key === undefined) return undefined;
      const e = this.weak.get(key);
      if (e === undefined) return undefined;
      value = this.unwrap(e.value);
    } else {
      key = s.key;
      value = this.unwrap(s.value);
    }
    return value === undefined ? undefined : [key, value];
  }

  /// The entry after normalised key nk (undefined: from the start): writes
  /// [key, value] into out; false at the end; undefined if nk is unknown.
  next(nk: any, out: LuaValue[]): boolean | undefined {
    let i = 0;
    if (nk !== undefined) {
      i = this.slots.findIndex((s) => {
        const k = s.weakKey ? (s.key as WeakRef<object>).deref() : s.key;
        return k === nk;
      });
      if (i < 0) return undefined;
      i++;
    }
    for (; i < this.slots.length; i++) {
      const kv = this.live(this.slots[i]);
      if (kv !== undefined) {
        out[0] = kv[0];
        out[1] = kv[1];
        return true;
      }
    }
    return false;
  }

  /// A border of the integer keys.
  length(): number {
    let n = 0;
    while (this.get(n + 1) !== undefined) n++;
    return n;
  }

  /// Every live entry (to convert back to a strong table).
  entries(): [any, LuaValue][] {
    const out: [any, LuaValue][] = [];
    for (const s of this.slots) {
      const kv = this.live(s);
      if (kv !== undefined) out.push(kv);
    }
    return out;
  }
}

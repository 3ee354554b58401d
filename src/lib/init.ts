// Opens the standard libraries into a state (linit.c).

import type { Host } from '../host/host.js';
import { MemoryHost } from '../host/memory.js';
import type { LuaState } from '../runtime/state.js';
import { openBase } from './base.js';
import { openCoroutine } from './coroutine.js';
import { openDebug } from './debug.js';
import { openIo } from './io.js';
import { openMath } from './math.js';
import { openOs } from './os.js';
import { openPackage } from './package.js';
import { openString } from './string.js';
import { openTable } from './table.js';
import { openUtf8 } from './utf8.js';
import { openWarn } from './warn.js';

export interface HostIO {
  /// Files, environment, clocks (default: an empty MemoryHost).
  host?: Host;
  /// Override the host's standard output / error.
  stdout?: (bytes: string) => void;
  stderr?: (bytes: string) => void;
}

export function openLibs(L: LuaState, io: HostIO): void {
  const host = io.host ?? new MemoryHost();
  // print writes to the same stdout file as io.write.
  const print = openIo(L, host, io);
  openBase(L, print);
  openWarn(L, (s) => {
    try {
      (io.stderr ?? ((b: string) => host.stderr.write(b)))(s);
    } catch {
      // as fprintf to stderr: a failed write is lost
    }
  });
  openCoroutine(L);
  openString(L);
  openTable(L);
  openMath(L);
  openOs(L, host);
  openUtf8(L);
  openDebug(L);
  // Last: records the libraries opened before it in package.loaded.
  openPackage(L, host);
}

// Opens the standard libraries into a state (linit.c).

import type { LuaState } from '../runtime/state.js';
import { openBase } from './base.js';
import { openCoroutine } from './coroutine.js';
import { openMath } from './math.js';
import { openString } from './string.js';
import { openTable } from './table.js';
import { openUtf8 } from './utf8.js';

export interface HostIO {
  stdout: (bytes: string) => void;
  stderr: (bytes: string) => void;
}

export function openLibs(L: LuaState, io: HostIO): void {
  openBase(L, io.stdout);
  openCoroutine(L);
  openString(L);
  openTable(L);
  openMath(L);
  openUtf8(L);
}

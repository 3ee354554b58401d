// A compiled function prototype: what a Lua closure shares with every other
// closure of the same function literal. It owns the factory that makes
// closures (the direct form), the lazily compiled resume forms, and the debug
// information (lines, locals, upvalue names, JS line maps).

import type { LuaFrame } from '../runtime/frames.js';
import type { ChunkInfo } from '../runtime/sites.js';
import type { Cell, LuaFunction, LuaValue } from '../runtime/value.js';
import type { FuncCode } from './codegen.js';

export type ResumeFn = (fr: LuaFrame, v: LuaValue, isThrow: boolean) => LuaValue;

/// Maps lines of generated JavaScript back to Lua.
export interface LineMap {
  /// Lua line of each JS line, from `first` (1-based, as V8 reports).
  first: number;
  luaLines: number[];
  sites: number[];
}

export class Proto {
  /// Makes a closure from its upvalue cells (set by the chunk module).
  mk: (U: Cell[]) => LuaFunction = () => {
    throw new Error('prototype not instantiated');
  };
  readonly resumes = new Map<number, ResumeFn>();
  /// Line map of the direct form (within the chunk module's script).
  direct: LineMap | undefined = undefined;
  /// Line maps of resume forms, by point.
  readonly resumeLines = new Map<number, LineMap>();
  /// Hooked variants (debug.sethook): direct form and resume forms.
  hooked: ((fn: LuaFunction, ...args: LuaValue[]) => LuaValue) | undefined = undefined;
  hookedLines: LineMap | undefined = undefined;
  readonly hookedResumes = new Map<number, ResumeFn>();
  readonly hookedResumeLines = new Map<number, LineMap>();
  /// All prototypes of the chunk (P in compiled code) and its constants (K).
  siblings: Proto[] = [];
  consts: unknown[] = [];

  constructor(
    readonly code: FuncCode,
    readonly chunk: ChunkInfo,
    /// Chunk id and index: the JS function is named L$<cid>$<index>.
    readonly cid: number,
    readonly index: number,
  ) {}

  get lineDefined(): number {
    return this.code.ast.lineDefined;
  }
  get lastLineDefined(): number {
    return this.code.ast.lastLineDefined;
  }
  get numParams(): number {
    return this.code.ast.params.length;
  }
  get isVararg(): boolean {
    return this.code.isVararg;
  }
  get upvalNames(): string[] {
    return this.code.upvalNames;
  }
}

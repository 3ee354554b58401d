// Lua threads (coroutines): each owns its continuation, a chain of heap
// frames, so a coroutine can be suspended at any depth and resumed later from
// any JavaScript stack. The trampoline that runs them is LuaState.drive; the
// coroutine library (lib/coroutine.ts) switches between them.

import type { LuaThrow } from './errors.js';
import type { Frame } from './frames.js';
import type { LuaFunction } from './value.js';

/// Why a call returned SUSPEND (LuaState.request).
export const Req = {
  None: 0,
  /// The JS stack is deep: continue the saved frames from a fresh stack.
  Deepen: 1,
  /// coroutine.yield: hand values to the resumer.
  Yield: 2,
  /// A host function returned a Promise: wait for it (LuaState.promise).
  Await: 3,
  /// The step budget or time slice ran out: let the host breathe.
  Interrupt: 4,
} as const;

export type ThreadStatus = 'suspended' | 'running' | 'normal' | 'dead';

let nextThreadId = 1;

export class LuaThread {
  status: ThreadStatus = 'suspended';
  /// The body, until the first resume.
  fn: LuaFunction | undefined;
  /// Innermost saved frame.
  top: Frame | null = null;
  /// Lua frames among the saved frames.
  heapCount = 0;
  /// Handling a stack overflow: frames past maxDepth are allowed (PUC's
  /// extra stack for errors), up to STACK_ERROR_EXTRA more.
  stackError = false;
  /// L.depth when this thread's trampoline last started running it.
  base = 0;
  /// Host call levels below this thread's trampoline.
  cbase = 0;
  /// The thread that resumed this one, while it runs.
  resumer: LuaThread | undefined = undefined;
  /// Suspended by a request of the host (await, interrupt, deepen) that its
  /// resumer propagated, rather than by coroutine.yield.
  hostSuspended = false;
  /// The error that killed the thread (for coroutine.close).
  error: LuaThrow | undefined = undefined;
  /// Non-yieldable nesting inside this thread (host code that cannot suspend).
  nny = 0;
  /// Protected calls (pcall/xpcall) active in this thread, on the JS stack or
  /// saved: an error with none active kills the thread, and PUC Lua then
  /// leaves its to-be-closed variables open until coroutine.close.
  pcalls = 0;
  /// Closes deferred that way: [value, error value], innermost first.
  pendingCloses: [unknown, unknown][] = [];
  /// coroutine.close is running the thread's pending closes: no pcall of the
  /// thread catches errors any more.
  closing = false;
  /// debug.sethook state of this thread.
  hook: unknown = undefined;
  hookmask = 0;
  /// Stack levels when an error killed it (runtime/debug.ts Level[]).
  deadLevels: unknown = undefined;
  /// A hook is running in this thread: hooks are off (PUC's allowhook).
  inHook = 0;
  hookcount = 0;
  hookleft = 0;
  id = nextThreadId++;
  constructor(fn: LuaFunction | undefined) {
    this.fn = fn;
  }
}

#!/usr/bin/env -S node --max-semi-space-size=64
// collectgarbage() asks the host for a full collection: expose V8's gc.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

if (typeof globalThis.gc !== 'function') {
  setFlagsFromString('--expose-gc');
  globalThis.gc = runInNewContext('gc');
}
await import('../dist/slua.js');

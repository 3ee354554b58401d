// Runs a Lua file on wasmoon (PUC Lua 5.4 compiled to WebAssembly), as the
// benchmark runner's "wasmoon" engine: node bench/run-wasmoon.mjs file.lua [args...]
// The arguments become the global table `arg` (arg[0] is the file); errors
// exit with status 1.
import { readFileSync } from 'node:fs';
import { LuaFactory } from 'wasmoon';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/run-wasmoon.mjs file.lua [args...]\n');
  process.exit(1);
}

const factory = new LuaFactory();
const lua = await factory.createEngine({ injectObjects: false, enableProxy: false, traceAllocations: false });
try {
  // `arg` is built by Lua itself so that its strings and indices are plain Lua values.
  const quoted = [file, ...args].map((a, i) => `[${i}] = ${JSON.stringify(a)}`).join(', ');
  await lua.doString(`arg = { ${quoted} }`);
  await lua.doString(stripShebang(readFileSync(file, 'utf8')));
} catch (e) {
  process.stderr.write(`wasmoon: ${e?.message ?? e}\n`);
  process.exit(1);
} finally {
  lua.global.close();
}

function stripShebang(text) {
  return text.startsWith('#') ? text.slice(text.indexOf('\n')) : text;
}

// Runs a Lua file on stackless-lua, as the benchmark runner's "slua" engine:
//   node bench/run-slua.mjs [options] file.lua [args...]
// Options: --max-depth N (Lua call depth limit), --sync (Lua.runSync instead
// of the asynchronous Lua.run that the CLI uses), --slice-ms N and
// --max-slice-ms N (time slices of Lua.run; default the CLI's: 50 ms doubling
// up to 1000 ms). The script's arguments become the global table `arg` (arg[0] is
// the file), as lua.c does. The engine is dist/index.js of this checkout, or
// of the checkout named by the SLUA_ROOT environment variable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.env.SLUA_ROOT ?? new URL('..', import.meta.url).pathname;
const { Lua, LuaError } = await import(pathToFileURL(resolve(root, 'dist/index.js')).href);

const argv = process.argv.slice(2);
const opts = { sliceMs: 50, maxSliceMs: 1000 };
let sync = false;
while (argv[0]?.startsWith('--')) {
  const o = argv.shift();
  if (o === '--max-depth') opts.maxDepth = Number(argv.shift());
  else if (o === '--slice-ms') opts.sliceMs = Number(argv.shift());
  else if (o === '--max-slice-ms') opts.maxSliceMs = Number(argv.shift());
  else if (o === '--sync') sync = true;
  else fail(`unknown option ${o}`);
}
const file = argv[0];
if (!file)
  fail(
    'usage: node bench/run-slua.mjs [--max-depth N] [--sync] [--slice-ms N] [--max-slice-ms N] file.lua [args...]',
  );

const lua = new Lua(opts);
lua.setGlobal('arg', argv.slice(1));
lua.getGlobal('arg').set(0, file);
const source = stripShebang(readFileSync(file));
try {
  if (sync) lua.runSync(source, { chunkname: `@${file}` });
  else await lua.run(source, { chunkname: `@${file}` });
} catch (e) {
  fail(e instanceof LuaError ? e.message : e.stack);
}

/// Drops a first line starting with '#', keeping its newline (as lua.c does).
function stripShebang(bytes) {
  if (bytes[0] !== 0x23) return bytes;
  const nl = bytes.indexOf(0x0a);
  return nl < 0 ? new Uint8Array(0) : bytes.subarray(nl);
}

function fail(msg) {
  process.stderr.write(`slua: ${msg}\n`);
  process.exit(1);
}

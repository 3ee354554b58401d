// Runs one file of the official test suite (see conformance.mjs) in the
// current directory with the user-test globals of all.lua.
import { readFileSync } from 'node:fs';
import { Lua, LuaError, NodeHost } from '../dist/node.js';

const file = process.argv[2];
const lua = new Lua({ maxDepth: 1_000_000, host: new NodeHost() });
const prelude = `
_U = true; _soft = true; _port = true; _nomsg = true; T = nil
_G.ARG = arg
function Message(m) end
`;
try {
  await lua.run(prelude, { chunkname: '=prelude' });
  let src = readFileSync(file, 'latin1');
  if (src.startsWith('#')) src = src.replace(/^#[^\n]*/, '');
  await lua.run(Buffer.from(src, 'latin1'), { chunkname: `@${file}` });
  process.exit(0);
} catch (e) {
  if (e instanceof LuaError) console.error(`error: ${e.message}\n${e.luaTraceback}`);
  else console.error(`internal error: ${e?.stack ?? e}`);
  process.exit(1);
}

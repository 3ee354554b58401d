// The `slua` command line (minimal until its own issue: -v, -p, running a file).
import { readFileSync } from 'node:fs';
import { parse, stripFirstLineComment } from '../frontend/index.js';
import { NodeHost } from '../host/node.js';
import { Lua, LuaError } from '../lua.js';
import { LuaExit } from '../runtime/errors.js';

const args = process.argv.slice(2);
if (args[0] === '-v') {
  process.stdout.write('Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio\n');
} else if (args[0] === '-p') {
  let status = 0;
  for (const f of args.slice(1)) {
    try {
      parse(stripFirstLineComment(readFileSync(f)), `@${f}`);
    } catch (e) {
      process.stderr.write(`slua: ${(e as Error).message}\n`);
      status = 1;
    }
  }
  process.exit(status);
} else if (args.length > 0) {
  const file = args[0];
  const lua = new Lua({ host: new NodeHost(), sliceMs: 50 });
  if (process.env.SLUA_DUMP_JS)
    lua.state.dumpJs = (name, code) => process.stderr.write(`--- ${name}\n${code}\n`);
  lua
    .run(stripFirstLineComment(readFileSync(file)), { chunkname: `@${file}` })
    .then(() => process.exit(0))
    .catch((e) => {
      if (e instanceof LuaExit) process.exit(e.code & 255);
      process.stderr.write(`slua: ${e instanceof LuaError ? e.message : (e as Error).stack}\n`);
      process.exit(1);
    });
} else {
  process.stderr.write('usage: slua [-v] [-p file...] [script]\n');
  process.exit(1);
}

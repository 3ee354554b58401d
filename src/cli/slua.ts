// The `slua` command line (placeholder until the engine lands).
const args = process.argv.slice(2);
if (args[0] === '-v') {
  process.stdout.write('Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio (stackless-lua)\n');
} else {
  process.stderr.write('slua: not implemented yet\n');
  process.exit(1);
}

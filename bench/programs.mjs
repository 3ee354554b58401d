// The benchmark programs: bench/programs/NAME.lua, each printing a checksum.
// A program's full size is its own default (so `lua5.4 bench/programs/fib.lua`
// reproduces a measurement); `quick` is the size passed as arg[1] by the smoke
// mode (`npm run bench -- --quick`). Expected outputs are in expected.json.

/// @typedef {{ name: string, what: string, quick: number, maxDepth?: number, onlyUs?: string, js?: string }} Program

/** @type {Program[]} */
export const PROGRAMS = [
  { name: 'fib', what: 'recursive calls', quick: 20, js: 'fib.js' },
  { name: 'ackermann', what: 'deep recursion, many calls', quick: 2 },
  { name: 'tak', what: 'three-argument calls', quick: 2 },
  { name: 'loops_int', what: 'integer for loops', quick: 20 },
  { name: 'loops_float', what: 'float for loops', quick: 5 },
  { name: 'array', what: 'array part: sieve, quicksort', quick: 1 },
  { name: 'hash', what: 'hash part: string and sparse keys', quick: 1 },
  { name: 'strings', what: '.., table.concat, format, rep', quick: 2 },
  { name: 'patterns', what: 'find, gsub, gmatch', quick: 1 },
  { name: 'closures', what: 'closures, higher-order functions', quick: 2 },
  { name: 'oop', what: 'methods through __index chains', quick: 2 },
  { name: 'nbody', what: 'float fields (CLBG)', quick: 1000 },
  { name: 'spectralnorm', what: 'float arrays, small calls (CLBG)', quick: 50 },
  { name: 'binarytrees', what: 'allocation, GC (CLBG)', quick: 6 },
  { name: 'fannkuch', what: 'small array permutations (CLBG)', quick: 7 },
  { name: 'mandelbrot', what: 'float loops (CLBG)', quick: 64 },
  { name: 'coroutines', what: 'generators, ping-pong', quick: 2 },
  { name: 'pcall', what: 'pcall and error in a loop', quick: 2 },
  {
    name: 'deep_recursion',
    what: 'recursion 1e6 deep',
    quick: 100000,
    // Three recursions just under 1e6 deep, plus the main chunk and the loop's frames.
    maxDepth: 1_100_000,
    onlyUs:
      'needs a call depth of 1e6: PUC Lua 5.4 (LUAI_MAXSTACK = 1e6 slots), LuaJIT, fengari and wasmoon stop with "stack overflow"',
  },
];

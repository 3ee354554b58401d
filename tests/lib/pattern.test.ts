// Pattern matching beyond what golden scripts can show: gsub suspended by host
// Promises and time slices, budgets stopping exponential backtracking, and
// the JavaScript stack staying bounded on long subjects and deep Lua stacks.
// (Semantics are checked against lua5.4 by tests/lua/lib/pattern-*.lua.)

import { describe, expect, it } from 'vitest';
import { Lua, LuaError } from '../../src/lua.js';

describe('gsub suspension', () => {
  it('awaits an async host function used as the replacement', async () => {
    const lua = new Lua();
    lua.setGlobal('upper', async (s: string) => s.toUpperCase());
    expect(await lua.run('return string.gsub("a bc d", "%a+", upper)')).toEqual(['A BC D', 3]);
  });

  it('awaits host Promises inside a Lua replacement function', async () => {
    const lua = new Lua();
    const seen: string[] = [];
    lua.setGlobal('fetch', (k: string) => {
      seen.push(k);
      return new Promise((resolve) => setTimeout(() => resolve(k === 'b' ? null : `<${k}>`), 1));
    });
    const r = await lua.run('return string.gsub("a-b-c", "(%a)", function(c) return fetch(c) end)');
    expect(r).toEqual(['<a>-b-<c>', 3]);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('awaits inside a replacement table __index', async () => {
    const lua = new Lua();
    lua.setGlobal('lookup', async (k: string) => k.length);
    const src =
      'local t = setmetatable({}, {__index = function(_, k) return lookup(k) end})\n' +
      'return string.gsub("one three", "%a+", t)';
    expect(await lua.run(src)).toEqual(['3 5', 2]);
  });

  it('lets the event loop run during a long gsub (time slices)', async () => {
    const lua = new Lua({ sliceMs: 0 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const r = await lua.run('local r, n = string.gsub(string.rep("ab ", 200000), "%a+", "x") return #r, n');
    clearInterval(timer);
    expect(r).toEqual([400000, 200000]);
    expect(ticks).toBeGreaterThan(0);
  });

  it('is aborted by a signal in the middle of one gsub call', async () => {
    const lua = new Lua({ sliceMs: 2 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    const src = 'return string.gsub(string.rep("a", 20000000), "a", "b")';
    const e = await lua.run(src, { signal: controller.signal }).catch((x) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toContain('aborted');
  });

  it('refuses to yield across callNested (no suspension there)', async () => {
    const lua = new Lua();
    lua.setGlobal('later', async () => 1);
    // string.format calls __tostring through callNested
    const src = `local o = setmetatable({}, {__tostring = function() return (string.gsub("a", "a", later)) end})
      return pcall(string.format, "%s", o)`;
    const r = await lua.run(src);
    expect(r[0]).toBe(false);
    expect(String(r[1])).toContain('attempt to yield across a C-call boundary');
  });
});

describe('budgets', () => {
  it('stops exponential backtracking with maxSteps', async () => {
    const lua = new Lua({ maxSteps: 1_000_000 });
    const src = 'return pcall(string.find, string.rep("a", 40), string.rep("a*", 40) .. "b")';
    const e = await lua.run(src).catch((x) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toContain('step limit exceeded');
  });

  it('charges quadratic searches', async () => {
    const lua = new Lua({ maxSteps: 1_000_000 });
    const e = await lua.run('return string.find(string.rep("a", 100000), ".-b$")').catch((x) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toContain('step limit exceeded');
  });

  it('charges gmatch and gsub over long subjects', async () => {
    for (const src of [
      'for w in string.gmatch(string.rep("a", 10000000), "a") do end',
      'string.gsub(string.rep("a", 10000000), "a", "b")',
    ]) {
      const lua = new Lua({ maxSteps: 1_000_000 });
      const e = await lua.run(src).catch((x) => x);
      expect(e).toBeInstanceOf(LuaError);
      expect(e.message).toContain('step limit exceeded');
    }
  });
});

describe('bounded JavaScript stack', () => {
  it('matches the deepest patterns from a deep Lua stack', async () => {
    const lua = new Lua();
    const src = `
      local p = string.rep('x?', 199)
      local s = string.rep('x', 300)
      local function f(n)
        if n == 0 then return #string.match(s, p), pcall(string.match, s, p .. 'x?') end
        local a, b, c = f(n - 1)
        return a, b, c
      end
      return f(5000)`;
    expect(await lua.run(src)).toEqual([199, false, 'pattern too complex']);
  });

  it('handles long subjects without recursion per byte', async () => {
    const lua = new Lua();
    const src = `
      local s = string.rep('ab', 2000000)
      return #string.match(s, '^(.-)$'), #string.match(s, '(.*)b'), string.find(s, '%f[%z]'),
        select(2, string.gsub(s, 'a', '')), #string.match(s .. 'x', '[ab]+x')`;
    expect(await lua.run(src)).toEqual([4000000, 3999999, 4000001, 2000000, 4000001]);
  });
});

// The JavaScript API and the stackless properties: deep recursion, tail calls
// in constant memory, host Promises awaited from anywhere, budgets, abort
// signals and time slices.

import { describe, expect, it } from 'vitest';
import { Lua, LuaError, LuaTableRef } from '../src/lua.js';

function capture(opts: ConstructorParameters<typeof Lua>[0] = {}) {
  let out = '';
  const lua = new Lua({ ...opts, stdout: (s) => (out += s) });
  return { lua, out: () => out };
}

describe('values across the boundary', () => {
  it('converts numbers, strings, booleans, nil', async () => {
    const lua = new Lua();
    const r = await lua.run('return 1, 2.5, 2^53, math.maxinteger, "héllo", true, nil, 3.0');
    expect(r).toEqual([1, 2.5, 2 ** 53, 9223372036854775807n, 'héllo', true, undefined, 3]);
  });

  it('sets and gets globals, calls JS functions', async () => {
    const lua = new Lua();
    lua.setGlobal('add', (a: number, b: number) => a + b);
    lua.setGlobal('greeting', 'hi');
    const r = await lua.run('x = add(2, 3) return x, greeting .. "!"');
    expect(r).toEqual([5, 'hi!']);
    expect(lua.getGlobal('x')).toBe(5);
  });

  it('hands tables and functions to JS as handles', async () => {
    const lua = new Lua();
    const [t, f] = await lua.run('return {10, 20, n = "x"}, function(a) return a * 2, a end');
    expect(t).toBeInstanceOf(LuaTableRef);
    const tr = t as LuaTableRef;
    expect(tr.get(1)).toBe(10);
    expect(tr.get('n')).toBe('x');
    expect(tr.length).toBe(2);
    expect((f as (x: number) => unknown[])(21)).toEqual([42, 21]);
  });

  it('passes JS arrays and objects in as tables', async () => {
    const lua = new Lua();
    lua.setGlobal('cfg', { name: 'a', list: [1, 2, 3] });
    expect(await lua.run('return cfg.name, #cfg.list, cfg.list[3]')).toEqual(['a', 3, 3]);
  });
});

describe('errors', () => {
  it('rejects with a LuaError carrying message, value and traceback', async () => {
    const lua = new Lua();
    const e = await lua.run('local function f() error("boom") end\nf()', { chunkname: '=t' }).catch((x) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toBe('t:1: boom');
    expect(e.value).toBe('t:1: boom');
    expect(e.luaTraceback).toContain('stack traceback:');
    expect(e.luaTraceback).toContain("t:1: in local 'f'");
  });

  it('reports syntax errors as LuaError', () => {
    const lua = new Lua();
    expect(() => lua.runSync('x = = 1', { chunkname: '=input' })).toThrow(
      "input:1: unexpected symbol near '='",
    );
  });

  it('turns JS exceptions of host functions into Lua errors', async () => {
    const lua = new Lua();
    lua.setGlobal('fail', () => {
      throw new Error('from JS');
    });
    expect(await lua.run('return pcall(fail)')).toEqual([false, 'from JS']);
  });
});

describe('stackless execution', () => {
  it('recurses 1,000,000 deep with the limit raised', async () => {
    const lua = new Lua({ maxDepth: 2_000_000 });
    const r = await lua.run(
      'local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end return f(1000000)',
    );
    expect(r).toEqual([1000000]);
  });

  it('ends runaway recursion with a catchable stack overflow', async () => {
    const lua = new Lua();
    const r = await lua.run('local function f() return 1 + f() end local ok, e = pcall(f) return ok, e', {
      chunkname: '=s',
    });
    expect(r).toEqual([false, 's:1: stack overflow']);
  });

  it('runs 100,000,000 tail calls in constant memory', async () => {
    const lua = new Lua();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const r = await lua.run(`
      local even, odd
      function even(n) if n == 0 then return true end return odd(n - 1) end
      function odd(n) if n == 0 then return false end return even(n - 1) end
      return even(100000000)`);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    expect(r).toEqual([true]);
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('host promises', () => {
  it('awaits a timer from a metamethod inside a coroutine', async () => {
    const { lua, out } = capture();
    lua.setGlobal('sleep', (ms: number) => new Promise((r) => setTimeout(() => r(ms * 2), ms)));
    const r = await lua.run(`
      local obj = setmetatable({}, {__index = function(t, k) return sleep(5) + #k end})
      local co = coroutine.wrap(function()
        local v = obj.abc
        coroutine.yield(v)
        return "done"
      end)
      print(co(), co())
      return obj.x`);
    expect(out()).toBe('13\tdone\n');
    expect(r).toEqual([11]);
  });

  it('raises a rejected promise as a Lua error', async () => {
    const lua = new Lua();
    lua.setGlobal('failLater', () => Promise.reject(new Error('nope')));
    expect(await lua.run('return pcall(failLater)')).toEqual([false, 'nope']);
  });

  it('runSync refuses to await', () => {
    const lua = new Lua();
    lua.setGlobal('later', () => Promise.resolve(1));
    expect(() => lua.runSync('return later()')).toThrow(/await/);
  });
});

describe('budgets and interruption', () => {
  it('stops a runaway loop with maxSteps', async () => {
    const lua = new Lua({ maxSteps: 1_000_000 });
    const e = await lua.run('local n = 0 while true do n = n + 1 end').catch((x) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toContain('step limit exceeded');
  });

  it('pcall cannot catch the step limit', async () => {
    const lua = new Lua({ maxSteps: 100_000 });
    const e = await lua.run('pcall(function() while true do end end) return "escaped"').catch((x) => x);
    expect(e).toBeInstanceOf(LuaError);
  });

  it('aborts with a signal while JS timers keep firing', async () => {
    const lua = new Lua({ sliceMs: 5 });
    const controller = new AbortController();
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      if (ticks === 5) controller.abort();
    }, 5);
    const e = await lua.run('while true do end', { signal: controller.signal }).catch((x) => x);
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toContain('aborted');
  });

  it('lengthens slices up to maxSliceMs and starts each run from sliceMs', async () => {
    const lua = new Lua({ sliceMs: 2, maxSliceMs: 8 });
    const controller = new AbortController();
    let turns = 0;
    const timer = setInterval(() => {
      turns++;
      // By now several slices have passed: 2, 4, then 8 ms each.
      if (turns === 20) controller.abort();
    }, 1);
    await lua.run('while true do end', { signal: controller.signal }).catch(() => undefined);
    clearInterval(timer);
    expect(lua.state.sliceMs).toBe(8);
    await lua.run('return 1');
    expect(lua.state.sliceMs).toBe(2);
  });
});

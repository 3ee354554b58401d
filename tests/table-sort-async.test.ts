// table.sort beyond PUC Lua through the JS API: comparators and metamethods
// that await host Promises, time slices and step budgets during a sort.

import { describe, expect, it } from 'vitest';
import { Lua, LuaError } from '../src/lua.js';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const SORT_WITH = `
  local t = {}
  for i = 1, 60 do t[i] = (i * 37) % 61 end
  local n = 0
  table.sort(t, function(a, b) n = n + 1; return less(a, b) end)
  return table.concat(t, " "), n
`;

describe('table.sort suspended by host Promises', () => {
  it('awaits in the comparator and sorts as without awaiting', async () => {
    const lua = new Lua();
    let pending = 0;
    lua.setGlobal('less', async (a: number, b: number) => {
      pending++;
      await tick();
      return a < b;
    });
    const [sorted, count] = await lua.run(SORT_WITH);
    const ref = new Lua();
    ref.setGlobal('less', (a: number, b: number) => a < b);
    expect(await ref.run(SORT_WITH)).toEqual([sorted, count]);
    expect(sorted).toBe(Array.from({ length: 60 }, (_, i) => i + 1).join(' '));
    expect(pending).toBe(count);
  });

  it('awaits in __index and __newindex of a proxy', async () => {
    const lua = new Lua();
    let awaited = 0;
    lua.setGlobal('slow', async (v: unknown) => {
      awaited++;
      await tick();
      return v;
    });
    const [res, log] = await lua.run(`
      local store = {5, 3, 9, 1, 7, 2, 8, 4, 6}
      local log = {}
      local p = setmetatable({}, {
        __index = function(_, k) log[#log + 1] = "g" .. k; return slow(store[k]) end,
        __newindex = function(_, k, v) log[#log + 1] = "s" .. k; store[k] = slow(v) end,
        __len = function() return #store end,
      })
      table.sort(p)
      return table.concat(store, " "), #log
    `);
    expect(res).toBe('1 2 3 4 5 6 7 8 9');
    expect(awaited).toBe(log);
  });

  it('turns a rejected Promise into a Lua error inside the sort', async () => {
    const lua = new Lua();
    lua.setGlobal('fail', async () => {
      await tick();
      throw new Error('nope');
    });
    const [ok, msg] = await lua.run('return pcall(table.sort, {3, 1, 2}, function() return fail() end)');
    expect(ok).toBe(false);
    expect(msg).toBe('nope');
  });
});

describe('table.sort and the scheduler', () => {
  const shuffled = (n: number) => {
    const a: number[] = [];
    let x = 1;
    for (let i = 0; i < n; i++) a.push((x = (x * 1103515245 + 12345) % 2147483648));
    return a;
  };

  it('gives the event loop time slices during a long default sort', async () => {
    const lua = new Lua({ sliceMs: 1 });
    lua.setGlobal('arr', shuffled(300000));
    let sorting = false;
    let slices = 0;
    lua.setGlobal('mark', (on: boolean) => {
      sorting = on;
    });
    let running = true;
    const spin = async () => {
      while (running) {
        await tick();
        if (sorting) slices++;
      }
    };
    const spinner = spin();
    const [ok] = await lua.run(`
      mark(true)
      table.sort(arr)
      mark(false)
      for i = 2, #arr do if arr[i - 1] > arr[i] then return false end end
      return true
    `);
    running = false;
    await spinner;
    expect(ok).toBe(true);
    expect(slices).toBeGreaterThan(1);
  });

  it('stops a runaway sort with the step budget', async () => {
    const lua = new Lua({ maxSteps: 100_000 });
    lua.setGlobal('arr', shuffled(50000));
    const e = await lua.run('table.sort(arr)').catch((x) => x);
    expect(e).toBeInstanceOf(LuaError);
    expect(e.message).toBe('step limit exceeded');
  });
});

// Beyond PUC Lua through the JS API: a __tostring called by tostring or print
// and load's reader function may await host Promises.

import { describe, expect, it } from 'vitest';
import { Lua } from '../../src/lua.js';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('callbacks that await host Promises', () => {
  it('awaits in __tostring called by tostring and print', async () => {
    const out: string[] = [];
    const lua = new Lua({ stdout: (s: string) => out.push(s) });
    lua.setGlobal('fetchName', async (id: number) => {
      await tick();
      return `name${id}`;
    });
    const [s] = await lua.run(`
      local mt = {__tostring = function(o) return fetchName(o.id) end}
      local a, b = setmetatable({id = 1}, mt), setmetatable({id = 2}, mt)
      print(a, "and", b)
      return tostring(b)
    `);
    expect(s).toBe('name2');
    expect(out.join('')).toBe('name1\tand\tname2\n');
  });

  it('awaits in a load reader', async () => {
    const lua = new Lua();
    const chunks = ['return ', '6 * ', '7'];
    lua.setGlobal('nextChunk', async () => {
      await tick();
      return chunks.shift();
    });
    expect(await lua.run('return load(nextChunk)()')).toEqual([42]);
  });

  it('turns a rejection in the reader into load returning nil and the message', async () => {
    const lua = new Lua();
    lua.setGlobal('failing', async () => {
      await tick();
      throw new Error('network down');
    });
    const [f, msg] = await lua.run('return load(function() return failing() end)');
    expect(f).toBeUndefined();
    expect(String(msg)).toContain('network down');
  });
});

// The in-memory host under the io, os and package libraries: files shared
// with JavaScript, standard streams, the environment, a fixed clock and time
// zone, exit, and what a host without processes answers.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ZoneInfo } from '../../src/host/host.js';
import { MemoryHost, type MemoryHostOptions } from '../../src/host/memory.js';
import { Lua } from '../../src/lua.js';
import { LuaExit } from '../../src/runtime/errors.js';

/// A state over a fresh memory host; `run` returns what the chunk printed.
function setup(opts: MemoryHostOptions = {}) {
  const host = new MemoryHost(opts);
  const lua = new Lua({ host });
  const run = (src: string): string => {
    const before = host.stdoutText().length;
    lua.runSync(src, { chunkname: '=test' });
    return host.stdoutText().slice(before);
  };
  return { host, lua, run };
}

describe('files', () => {
  it('shares files with JavaScript', () => {
    const { host, run } = setup({ files: { '/data/in.txt': 'alpha\nbeta\n' }, cwd: '/data' });
    expect(run('for l in io.lines("in.txt") do print(#l, l) end')).toBe('5\talpha\n4\tbeta\n');
    run('local f = assert(io.open("out.txt", "w")) f:write("x = ", 42, "\\n") f:close()');
    expect(host.readText('/data/out.txt')).toBe('x = 42\n');
    host.writeFile('/data/in.txt', new Uint8Array([0, 255, 10]));
    expect(run('local s = io.open("/data/in.txt", "rb"):read("a") print(#s, s:byte(1, -1))')).toBe(
      '3\t0\t255\t10\n',
    );
    expect(host.list()).toEqual(['/data/in.txt', '/data/out.txt']);
  });

  it('reads, writes and seeks in every mode', () => {
    const { host, run } = setup();
    run(`
      local f = io.open("f", "w+") f:write("0123456789") f:seek("set", 2) print(f:read(3), f:seek())
      f:write("ab") print(f:seek("end"), f:seek("set", 12)) f:write("Z") f:close()
      f = io.open("f", "a") f:write("++") f:close()
      f = io.open("f", "r+") print(f:read("a")) f:seek("set", 0) f:write("R") f:close()
      f = io.open("f", "a+") print(f:read("a")) f:close()
    `);
    expect(host.readFile('/f')).toEqual(
      new Uint8Array(
        [...'R1234ab789', 0, 0, ...'Z++'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
      ),
    );
  });

  it('reports errors as PUC words them', () => {
    const { run } = setup({ files: { '/d/x.txt': 'x' } });
    expect(run('print(io.open("nope"))')).toBe('nil\tnope: No such file or directory\t2\n');
    expect(run('print(io.open("/d", "w"))')).toBe('nil\t/d: Is a directory\t21\n');
    expect(run('print(io.open("/d/x.txt/y"))')).toBe('nil\t/d/x.txt/y: Not a directory\t20\n');
    expect(run('print(io.open("/d"):read("a"))')).toBe('nil\tIs a directory\t21\n');
    expect(run('print(io.open("/d/x.txt"):write("a"))')).toBe('nil\tBad file descriptor\t9\n');
    expect(run('print(io.open("/d/x.txt", "w"):read("a"))')).toBe('nil\tBad file descriptor\t9\n');
    expect(run('print(io.open("/d/x.txt"):seek("set", -1))')).toBe('nil\tInvalid argument\t22\n');
    expect(run('print(pcall(io.lines, "nope"))')).toBe(
      "false\tcannot open file 'nope' (No such file or directory)\n",
    );
  });

  it('removes and renames files and directories', () => {
    const { host, run } = setup({ files: { '/a/b/c.txt': 'c', '/a/d.txt': 'd' } });
    host.mkdir('/empty');
    expect(run('print(os.remove("/a"))')).toBe('nil\t/a: Directory not empty\t39\n');
    expect(run('print(os.remove("/empty"))')).toBe('true\n');
    expect(run('print(os.remove("/empty"))')).toBe('nil\t/empty: No such file or directory\t2\n');
    expect(run('print(os.rename("/a/d.txt", "/a/b"))')).toBe('nil\tIs a directory\t21\n');
    expect(run('print(os.rename("/a/d.txt", "/a/e.txt"))')).toBe('true\n');
    expect(run('print(os.rename("/a", "/z"))')).toBe('true\n');
    expect(host.list()).toEqual(['/z/b/c.txt', '/z/e.txt']);
    expect(run('print(os.rename("/nothing", "/x"))')).toBe('nil\tNo such file or directory\t2\n');
    expect(run('print(os.rename("/z", "/z/b/inside"))')).toBe('nil\tInvalid argument\t22\n');
  });

  it('keeps the data of a removed file open', () => {
    const { host, run } = setup({ files: { '/t': 'still here' } });
    expect(run('local f = io.open("/t") os.remove("/t") print(io.open("/t"), f:read("a"))')).toBe(
      'nil\tstill here\n',
    );
    expect(host.readFile('/t')).toBeUndefined();
  });

  it('makes temporary files', () => {
    const { host, run } = setup();
    const out = run(
      'local n = os.tmpname() print(n) local f = io.tmpfile() f:write("tmp") f:seek("set") print(f:read("a"))',
    );
    const [name, data] = out.split('\n');
    expect(name).toMatch(/^\/tmp\/lua_[A-Za-z0-9]{6}$/);
    expect(host.readText(name)).toBe('');
    expect(data).toBe('tmp');
  });
});

describe('standard streams', () => {
  it('reads the stdin option', () => {
    const { run } = setup({ stdin: 'line one\n12 0x10 rest\n' });
    expect(run('print(io.read()) print(io.read("n", "n")) print(io.read("a"))')).toBe(
      'line one\n12\t16\n rest\n\n',
    );
    expect(run('print(io.read(), io.read("a"))')).toBe('nil\t\n');
  });

  it('loads a chunk from stdin', () => {
    const { run } = setup({ stdin: '#!/bin/lua\nprint("from stdin", ...) return 7' });
    expect(run('print(select("#", dofile()))')).toBe('from stdin\n1\n');
  });

  it('names the stdin chunk "=stdin"', () => {
    const { run } = setup({ stdin: 'x = = 1' });
    expect(run('print(loadfile())')).toBe("nil\tstdin:1: unexpected symbol near '='\n");
  });

  it('keeps print and io.write in order, stderr apart', () => {
    const { host, run } = setup();
    expect(
      run('io.write("a") print("b") io.stdout:write("c") io.stderr:write("E") print(io.stderr:close())'),
    ).toBe('ab\ncnil\tcannot close standard file\n');
    expect(host.stderrText()).toBe('E');
  });

  it('passes output to writers', () => {
    const chunks: string[] = [];
    const { run } = setup({ stdout: (s) => chunks.push(s) });
    run('print("x") io.write(1, 2.5)');
    expect(chunks.join('')).toBe('x\n12.5');
  });

  it('lets the Lua options override the host streams', () => {
    let out = '';
    const host = new MemoryHost();
    const lua = new Lua({ host, stdout: (s) => (out += s) });
    lua.runSync('print("via option") io.write("too")');
    expect(out).toBe('via option\ntoo');
    expect(host.stdoutText()).toBe('');
  });
});

describe('environment and package', () => {
  it('reads environment variables', () => {
    const { run } = setup({ env: { HOME: '/home/me', é: 'ü' } });
    expect(run('print(os.getenv("HOME"), os.getenv("NOPE"), os.getenv("é") == "ü")')).toBe(
      '/home/me\tnil\ttrue\n',
    );
  });

  it('builds package.path from LUA_PATH with ";;"', () => {
    const dft = setup().run('print(package.path)').trim();
    expect(
      setup({ env: { LUA_PATH: '/mine/?.lua;;' } })
        .run('print(package.path)')
        .trim(),
    ).toBe('/mine/?.lua;' + dft);
    expect(
      setup({ env: { LUA_PATH: ';;/after/?.lua' } })
        .run('print(package.path)')
        .trim(),
    ).toBe(dft + ';/after/?.lua');
    expect(
      setup({ env: { LUA_PATH: 'a;;b;;c' } })
        .run('print(package.path)')
        .trim(),
    ).toBe('a;' + dft + ';b;;c');
    expect(
      setup({ env: { LUA_PATH: 'only' } })
        .run('print(package.path)')
        .trim(),
    ).toBe('only');
    expect(
      setup({ env: { LUA_PATH: 'plain', LUA_PATH_5_4: 'versioned' } })
        .run('print(package.path)')
        .trim(),
    ).toBe('versioned');
    // As PUC: the empty default still gets its separator.
    expect(
      setup({ env: { LUA_CPATH: './?.so;;' } })
        .run('print(package.cpath)')
        .trim(),
    ).toBe('./?.so;');
    expect(setup().run('print(package.cpath == "")')).toBe('true\n');
  });

  it('requires modules from the memory file system', () => {
    const { run } = setup({
      cwd: '/proj',
      files: {
        '/proj/util.lua': 'return { name = ..., file = select(2, ...) }',
        '/proj/lib/init.lua': 'return "lib from " .. select(2, ...)',
        '/usr/local/share/lua/5.4/shared.lua': 'return "shared"',
      },
    });
    expect(run('local u, f = require("util") print(u.name, u.file, f)')).toBe(
      'util\t./util.lua\t./util.lua\n',
    );
    expect(run('print(require("lib"))')).toBe('lib from ./lib/init.lua\t./lib/init.lua\n');
    expect(run('print(require("shared"))')).toBe('shared\t/usr/local/share/lua/5.4/shared.lua\n');
    expect(run('print(package.searchpath("a.b", "./?.lua;/x/?.lua"))')).toBe(
      "nil\tno file './a/b.lua'\n\tno file '/x/a/b.lua'\n",
    );
  });
});

describe('time', () => {
  const cet = (): ZoneInfo => ({ offset: 3600, isdst: false, name: 'CET' });
  // A zone with summer time from March to October (of every year, roughly).
  const summer = (t: number): ZoneInfo => {
    const m = new Date(t * 1000).getUTCMonth();
    return m >= 3 && m <= 8
      ? { offset: 7200, isdst: true, name: 'CEST' }
      : { offset: 3600, isdst: false, name: 'CET' };
  };

  it('formats local time with the host zone', () => {
    const { run } = setup({ zone: cet });
    expect(run('print(os.date("%Y-%m-%d %H:%M:%S %z %Z", 0))')).toBe('1970-01-01 01:00:00 +0100 CET\n');
    expect(run('print(os.date("!%H %z %Z", 0))')).toBe('00 +0000 GMT\n');
    expect(run('print(os.time{year = 1970, month = 1, day = 1, hour = 1})')).toBe('0\n');
  });

  it('applies summer time and isdst', () => {
    const { run } = setup({ zone: summer });
    expect(
      run('local t = os.date("*t", 1720000000) print(t.hour, t.isdst, os.date("%z %Z", 1720000000))'),
    ).toBe('11\ttrue\t+0200 CEST\n');
    expect(run('print(os.time{year = 2024, month = 7, day = 3, hour = 11, min = 46, sec = 40})')).toBe(
      '1720000000\n',
    );
    expect(
      run('print(os.time{year = 2024, month = 7, day = 3, hour = 11, min = 46, sec = 40, isdst = false})'),
    ).toBe('1720003600\n');
    expect(run('print(os.time{year = 2024, month = 1, day = 3, hour = 12, isdst = true})')).toBe(
      '1704276000\n',
    );
  });

  it('uses the host clock', () => {
    const { run } = setup({ now: () => 1234567890123, zone: cet });
    expect(run('print(os.time(), os.date())')).toBe('1234567890\tSat Feb 14 00:31:30 2009\n');
    expect(run('print(math.type(os.clock()), os.clock() >= 0)')).toBe('float\ttrue\n');
  });
});

describe('exit and processes', () => {
  it('ends the run with LuaExit', () => {
    const { host, lua } = setup();
    const exit = (src: string) => {
      try {
        lua.runSync(src);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const e = exit('io.write("bye") pcall(os.exit, 3) print("not here")');
    expect(e).toBeInstanceOf(LuaExit);
    expect((e as LuaExit).code).toBe(3);
    expect((e as LuaExit).close).toBe(false);
    expect(host.stdoutText()).toBe('bye');
    expect((exit('os.exit(false, true)') as LuaExit).code).toBe(1);
    expect((exit('os.exit(false, true)') as LuaExit).close).toBe(true);
    expect((exit('os.exit(true)') as LuaExit).code).toBe(0);
    expect((exit('coroutine.wrap(function() os.exit(7) end)()') as LuaExit).code).toBe(7);
  });

  it('rejects run() with LuaExit', async () => {
    const { lua } = setup();
    await expect(lua.run('os.exit(5)')).rejects.toBeInstanceOf(LuaExit);
  });

  it('has no processes', () => {
    const { run } = setup();
    expect(run('print(pcall(io.popen, "ls"))')).toBe("false\t'popen' not supported\n");
    expect(run('print(pcall(io.popen, "ls", "x"))')).toBe(
      "false\tbad argument #2 to 'io.popen' (invalid mode)\n",
    );
    expect(run('print(os.execute())')).toBe('false\n');
    expect(run('print(os.execute("ls"))')).toBe('nil\tFunction not implemented\t38\n');
  });
});

describe('the default host', () => {
  it('is an empty memory file system', () => {
    let out = '';
    const lua = new Lua({ stdout: (s) => (out += s) });
    const name = `slua-default-host-test-${process.pid}.txt`;
    lua.runSync(
      `local f = assert(io.open("${name}", "w")) f:write("kept in memory") f:close() print(io.open("${name}"):read("a"))`,
    );
    expect(out).toBe('kept in memory\n');
    expect(existsSync(name)).toBe(false);
  });
});

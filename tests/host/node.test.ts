// The Node host: paths relative to its cwd, buffered writes reaching the
// disk at flush/close, unnamed temporary files, captured command output.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../src/host/node.js';
import { Lua } from '../../src/lua.js';

const dir = mkdtempSync(join(tmpdir(), 'slua-node-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(stdin?: string) {
  let out = '';
  const host = new NodeHost({ cwd: dir, stdin, stdout: (s) => (out += s), stderr: () => {} });
  const lua = new Lua({ host });
  const run = (src: string): string => {
    out = '';
    lua.runSync(src, { chunkname: '=test' });
    return out;
  };
  return { host, run };
}

describe('NodeHost', () => {
  it('resolves relative paths against its cwd', () => {
    writeFileSync(join(dir, 'in.txt'), 'from disk\n');
    const { run } = setup();
    expect(run('print(io.open("in.txt"):read("l"))')).toBe('from disk\n');
    run('local f = io.open("out.bin", "wb") f:write("\\0\\255é") f:close()');
    expect([...readFileSync(join(dir, 'out.bin'))]).toEqual([0, 255, 0xc3, 0xa9]);
  });

  it('buffers writes until flush or close', () => {
    const { run } = setup();
    run('f = io.open("buf.txt", "w") f:write("pending")');
    expect(readFileSync(join(dir, 'buf.txt'), 'latin1')).toBe('');
    run('f:flush()');
    expect(readFileSync(join(dir, 'buf.txt'), 'latin1')).toBe('pending');
    run('f:setvbuf("no") f:write("!")');
    expect(readFileSync(join(dir, 'buf.txt'), 'latin1')).toBe('pending!');
    run('f:setvbuf("line") f:write("a") f:write("b\\nc")');
    expect(readFileSync(join(dir, 'buf.txt'), 'latin1')).toBe('pending!ab\nc');
    run('f:setvbuf("full") f:write("d") f:close()');
    expect(readFileSync(join(dir, 'buf.txt'), 'latin1')).toBe('pending!ab\ncd');
  });

  it('flushes pending output before opening a file', () => {
    const { run } = setup();
    const src =
      'local w = io.open("dropped.txt", "w") w:write("data") w = nil print(io.open("dropped.txt"):read("a"))';
    expect(run(src)).toBe('data\n');
  });

  it('flushes every file on os.exit', () => {
    const { run } = setup();
    expect(() => run('local f = io.open("exit.txt", "w") f:write("saved") os.exit(0)')).toThrow();
    expect(readFileSync(join(dir, 'exit.txt'), 'latin1')).toBe('saved');
  });

  it('leaves no trace of io.tmpfile', () => {
    const before = readdirSync('/tmp').filter((n) => n.startsWith('lua_')).length;
    const { run } = setup();
    expect(run('local f = io.tmpfile() f:write("abc") f:seek("set", 1) print(f:read("a")) f:close()')).toBe(
      'bc\n',
    );
    expect(readdirSync('/tmp').filter((n) => n.startsWith('lua_')).length).toBe(before);
  });

  it('reads the stdin option and captures command output', () => {
    const { run } = setup('typed\n');
    expect(run('print(io.read("L"))')).toBe('typed\n\n');
    expect(run('local p = io.popen("pwd") local d = p:read("l") p:close() print(#d > 0)')).toBe('true\n');
    expect(run('print(os.execute("echo captured"))')).toBe('captured\ntrue\texit\t0\n');
  });

  it('reads environment variables as UTF-8 bytes', () => {
    const host = new NodeHost({ env: { GREETING: 'héllo' } });
    expect(host.getenv('GREETING')).toBe('h\xc3\xa9llo');
    expect(host.getenv('MISSING')).toBeUndefined();
  });
});

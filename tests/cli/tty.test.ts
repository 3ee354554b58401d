// The interactive mode on a terminal: slua runs in a pseudo-terminal made by
// script(1) (util-linux, in Debian's essential bsdutils package); the test
// types into it and waits for what should appear. Readline's escape sequences
// and carriage returns are removed before looking.

import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SLUA } from './harness.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript) console.warn('tty tests skipped: script(1) from util-linux is not installed');

const home = mkdtempSync(join(tmpdir(), 'slua-tty-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const UP = '\x1b[A';
const CTRL_C = '\x03';
const CTRL_D = '\x04';

/// A session of slua on a pseudo-terminal.
class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  /// Where the next expectation starts looking (the screen text before it
  /// has been matched already).
  private mark = 0;
  readonly exited: Promise<number | null>;

  constructor(args: string, env: Record<string, string> = {}) {
    this.child = spawn('script', ['-q', '-e', '-c', `exec node ${SLUA} ${args}`, '/dev/null'], {
      env: { PATH: process.env.PATH, HOME: home, TERM: 'xterm', ...env },
    });
    this.child.stdout.on('data', (b: Buffer) => {
      this.raw += b.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.on('close', resolve));
  }

  /// The output as text: no escape sequences, no carriage returns.
  get text(): string {
    return this.raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  }

  /// Waits until `s` appears after what was matched before.
  async expect(s: string, timeoutMs = 5000): Promise<void> {
    const t0 = Date.now();
    for (;;) {
      const i = this.text.indexOf(s, this.mark);
      if (i >= 0) {
        this.mark = i + s.length;
        return;
      }
      if (Date.now() - t0 > timeoutMs)
        throw new Error(`no ${JSON.stringify(s)} in ${JSON.stringify(this.text)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  type(s: string): void {
    this.child.stdin.write(s);
  }

  /// Types a line and waits for the next first-line prompt.
  async run(line: string, output: string): Promise<void> {
    this.type(`${line}\r`);
    await this.expect(`${output}> `);
  }
}

describe.skipIf(!hasScript)('interactive mode on a terminal', () => {
  test('banner, expressions, statements, continuation lines, errors, Ctrl-D', async () => {
    const t = new Terminal('');
    await t.expect(
      `Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio\nstackless-lua on Node.js ${process.version}\n> `,
    );
    await t.run('1 + 1', '2\n');
    await t.run('x = 10', '');
    await t.run('=x, "a"', 'x, "a"\n10\ta\n');
    t.type('for i = 1, 2 do\r');
    await t.expect('>> ');
    await t.run('print(i * x) end', '10\n20\n');
    await t.run(
      "error('oops')",
      "stdin:1: oops\nstack traceback:\n\t[C]: in function 'error'\n\tstdin:1: in main chunk\n\t[C]: in ?\n",
    );
    await t.run('x = = 1', "stdin:1: unexpected symbol near '='\n");
    t.type(CTRL_D);
    expect(await t.exited).toBe(0);
    expect(t.text.endsWith('> \n')).toBe(true);
  });

  test('Ctrl-C interrupts a running statement, and drops the line being typed', async () => {
    const t = new Terminal('');
    await t.expect('> ');
    t.type('while true do end\r');
    await new Promise((r) => setTimeout(r, 200));
    t.type(CTRL_C);
    await t.expect('interrupted!\nstack traceback:\n\tstdin:1: in main chunk\n\t[C]: in ?\n> ');
    t.type('print(pcall(function () while true do end end))\r');
    await new Promise((r) => setTimeout(r, 200));
    t.type(CTRL_C);
    await t.expect('false\tinterrupted!\n> ');
    t.type(`if true then${CTRL_C}`);
    await t.expect('> ');
    await t.run('print("still here")', 'still here\n');
    t.type(CTRL_D);
    expect(await t.exited).toBe(0);
  });

  test('a statement reads the terminal with io.read', async () => {
    const t = new Terminal('');
    await t.expect('> ');
    t.type('line = io.read()\r');
    await new Promise((r) => setTimeout(r, 100));
    await t.run('typed text', '');
    await t.run('=line', 'typed text\n');
    t.type(CTRL_D);
    expect(await t.exited).toBe(0);
  });

  test('history: up arrow, kept in ~/.slua_history across runs', async () => {
    const file = join(home, '.slua_history');
    writeFileSync(file, 'print("from an earlier run")\n');
    const t = new Terminal('');
    await t.expect('> ');
    await t.run('print("one")', 'one\n');
    t.type(`${UP}\r`);
    await t.expect('one\n> ');
    t.type(`${UP}${UP}\r`);
    await t.expect('from an earlier run\n> ');
    t.type(CTRL_D);
    expect(await t.exited).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      'print("from an earlier run")\nprint("one")\nprint("one")\nprint("from an earlier run")\n',
    );
  });

  test('SLUA_HISTORY names the history file', async () => {
    const file = join(home, 'other-history');
    const t = new Terminal('', { SLUA_HISTORY: file });
    await t.expect('> ');
    await t.run('x = 1', '');
    t.type(CTRL_D);
    expect(await t.exited).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('x = 1\n');
  });

  test('-i after a script, custom prompts, os.exit', async () => {
    const t = new Terminal(`-e "_PROMPT='lua> ' _PROMPT2='...> '" -i`);
    await t.expect('PUC-Rio\nstackless-lua on Node.js ');
    await t.expect('\nlua> ');
    t.type('t = {\r');
    await t.expect('...> ');
    t.type('1, 2}\r');
    await t.expect('lua> ');
    t.type('os.exit(#t + 1)\r');
    expect(await t.exited).toBe(3);
  });
});

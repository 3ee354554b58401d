// Where the interactive mode gets its lines: a terminal through node:readline
// (editing, history saved in a file), or piped input echoed as GNU readline
// echoes it. Prompts and lines are byte strings.

import * as fs from 'node:fs';
import { homedir } from 'node:os';
import { utf8ToBytes } from '../frontend/bytes.js';

/// Ctrl-C at the prompt: the input read so far is dropped.
export const CANCELLED = null;

export interface LineInput {
  /// Shows the prompt and reads a line (without its newline): undefined at
  /// the end of input, CANCELLED after Ctrl-C.
  read(prompt: string): Promise<string | undefined | null>;
  close(): void;
}

/// Lines from a pipe or file: the prompt, then the line echoed.
export class PipeInput implements LineInput {
  constructor(
    private readonly write: (bytes: string) => void,
    private readonly flush: () => void,
    private readonly readLine: () => string | undefined,
  ) {}

  read(prompt: string): Promise<string | undefined> {
    this.write(prompt);
    const line = this.readLine();
    if (line !== undefined) this.write(`${line}\n`);
    this.flush();
    return Promise.resolve(line);
  }

  close(): void {}
}

/// History entries kept (in memory and in the file).
const HISTORY_SIZE = 1000;

/// The history file: $SLUA_HISTORY ('' for none), else ~/.slua_history.
function historyFile(): string | undefined {
  const env = process.env.SLUA_HISTORY;
  if (env !== undefined) return env === '' ? undefined : env;
  const home = process.env.HOME ?? homedir();
  return home ? `${home}/.slua_history` : undefined;
}

/// The saved history, newest first (readline's order). A file grown past
/// twice the size is cut down to the newest entries.
function loadHistory(file: string | undefined): string[] {
  if (file === undefined) return [];
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
  lines = lines.filter((l) => l.trim() !== '');
  if (lines.length > 2 * HISTORY_SIZE) {
    lines = lines.slice(-HISTORY_SIZE);
    try {
      fs.writeFileSync(file, lines.join('\n') + '\n');
    } catch {
      // history is a convenience
    }
  }
  return lines.slice(-HISTORY_SIZE).reverse();
}

type Interface = import('node:readline').Interface;

/// Lines from the terminal through one readline interface. It reads only
/// while a line is wanted: between lines it is paused and the terminal is in
/// its normal mode, so a running statement can read stdin itself and Ctrl-C
/// sends SIGINT (which interrupts the statement). Lines typed or pasted ahead
/// are queued.
export class TtyInput implements LineInput {
  private readonly queue: string[] = [];
  private waiting: ((v: string | undefined | null) => void) | undefined = undefined;
  private ended = false;

  private constructor(
    private readonly rl: Interface,
    private readonly file: string | undefined,
  ) {
    rl.on('line', (line: string) => {
      this.save(line);
      this.deliver(utf8ToBytes(line));
    });
    rl.on('SIGINT', () => this.cancel());
    rl.on('close', () => {
      this.ended = true;
      this.deliver(undefined);
    });
  }

  static async open(flush: () => void): Promise<TtyInput> {
    const { createInterface } = await import('node:readline');
    const file = historyFile();
    flush();
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history: loadHistory(file),
      historySize: HISTORY_SIZE,
    });
    rl.pause();
    return new TtyInput(rl, file);
  }

  read(prompt: string): Promise<string | undefined | null> {
    if (this.queue.length > 0) return Promise.resolve(this.queue.shift()!);
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.setRaw(true);
      this.rl.setPrompt(Buffer.from(prompt, 'latin1').toString('utf8'));
      this.rl.prompt(true);
    });
  }

  /// Hands a line (or the end) to the reader waiting for it, else queues it.
  private deliver(v: string | undefined): void {
    const k = this.waiting;
    if (k === undefined) {
      if (v !== undefined) this.queue.push(v);
      return;
    }
    this.waiting = undefined;
    this.rl.pause();
    this.setRaw(false);
    k(v);
  }

  /// Ctrl-C at the prompt: the line being edited and any queued lines are
  /// dropped; the reader starts again with a first line.
  private cancel(): void {
    const rl = this.rl as Interface & { line: string; cursor: number };
    rl.write('', { ctrl: true, name: 'e' });
    process.stdout.write('\n');
    rl.line = '';
    rl.cursor = 0;
    this.queue.length = 0;
    const k = this.waiting;
    if (k === undefined) return;
    this.waiting = undefined;
    this.rl.pause();
    this.setRaw(false);
    k(CANCELLED);
  }

  private setRaw(on: boolean): void {
    const input = process.stdin as { isTTY?: boolean; setRawMode?: (b: boolean) => void };
    if (input.isTTY) input.setRawMode?.(on);
  }

  private save(line: string): void {
    if (this.file === undefined || line.trim() === '') return;
    try {
      fs.appendFileSync(this.file, `${line}\n`);
    } catch {
      // history is a convenience
    }
  }

  close(): void {
    this.rl.close();
  }
}

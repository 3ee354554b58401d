// The interactive mode (lua.c's doREPL): read a line, try it as `return
// <line>;` so an expression prints its values, else as a statement, reading
// more lines while the chunk is incomplete (its syntax error ends in
// "<eof>"); run it and print its results with the global `print`.
//
// On a terminal, lines come from node:readline (line editing, history kept in
// ~/.slua_history, or the file SLUA_HISTORY names, '' for none). Readline only
// owns the terminal while a line is read: a running statement sees a normal
// terminal, so its io.read works and Ctrl-C sends SIGINT, which interrupts it
// (Session.docall). Ctrl-C at the prompt drops the pending input, Ctrl-D ends.
// Without a terminal (-i with piped input), lines are read from the shared
// stdin and echoed after the prompt, as Debian's lua5.4 (GNU readline) does.

import { HostError } from '../host/host.js';
import { tostring } from '../lib/base.js';
import { ioReadStdinLine } from '../lib/io.js';
import { LuaError } from '../lua.js';
import { isNumber, numberToString } from '../runtime/number.js';
import type { LuaValue } from '../runtime/value.js';
import { CANCELLED, type LineInput, PipeInput, TtyInput } from './lineinput.js';
import type { Outcome, Session } from './session.js';

export async function doREPL(S: Session, terminal: boolean): Promise<void> {
  const oldprogname = S.progname;
  S.progname = undefined; // no program name on errors in interactive mode
  const input: LineInput = terminal
    ? await TtyInput.open(() => S.host.stdout.flush())
    : new PipeInput(
        (s) => S.out(s),
        () => S.host.stdout.flush(),
        () => readStdinLine(S),
      );
  try {
    for (;;) {
      const loaded = await loadLine(S, input);
      if (loaded === undefined) break;
      if (loaded === CANCELLED) continue;
      const r = loaded.ok ? await S.docall(loaded.values[0], []) : loaded;
      if (r.ok) await printResults(S, r.values);
      else S.report(r);
    }
  } finally {
    input.close();
  }
  S.out('\n');
  S.progname = oldprogname;
}

function readStdinLine(S: Session): string | undefined {
  try {
    return ioReadStdinLine(S.L);
  } catch (e) {
    if (e instanceof HostError) return undefined;
    throw e;
  }
}

/// get_prompt: _PROMPT or _PROMPT2 through tostring, or the default.
function getPrompt(S: Session, firstline: boolean): string {
  const v = S.getGlobal(firstline ? '_PROMPT' : '_PROMPT2');
  if (v === undefined) return firstline ? '> ' : '>> ';
  return S.call((x: LuaValue) => S.L.ret1(tostring(S.L, x)), [v]) as string;
}

/// pushline: a line without its newline ('=' in front of a first line means
/// 'return '); undefined at the end of input.
async function pushLine(
  S: Session,
  input: LineInput,
  firstline: boolean,
): Promise<string | undefined | null> {
  const line = await input.read(getPrompt(S, firstline));
  if (typeof line !== 'string') return line;
  if (firstline && line[0] === '=') return `return ${line.slice(1)}`;
  return line;
}

/// loadline: the compiled chunk of the next statement (or the syntax error);
/// undefined at the end of input, CANCELLED after Ctrl-C.
async function loadLine(S: Session, input: LineInput): Promise<Outcome | undefined | null> {
  const line = await pushLine(S, input, true);
  if (typeof line !== 'string') return line;
  // addreturn: first as an expression
  const r = S.loadBuffer(`return ${line};`, '=stdin');
  if (r.ok) return r;
  return multiLine(S, input, line);
}

/// multiline: as a statement, adding lines while it is incomplete.
async function multiLine(S: Session, input: LineInput, chunk: string): Promise<Outcome | undefined | null> {
  for (;;) {
    const r = S.loadBuffer(chunk, '=stdin');
    if (r.ok || !r.msg.endsWith('<eof>')) return r;
    const more = await pushLine(S, input, false);
    if (more === CANCELLED) return more;
    // lua.c reports the lost message as "(null)"; the message says more.
    if (more === undefined) return r;
    chunk += `\n${more}`;
  }
}

/// l_print: the results through the global `print`.
async function printResults(S: Session, values: LuaValue[]): Promise<void> {
  if (values.length === 0) return;
  try {
    await S.lua.callAsync(S.getGlobal('print'), values);
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    const v = e.luaValue;
    const msg = typeof v === 'string' ? v : isNumber(v) ? numberToString(v) : '(null)';
    S.message(`error calling 'print' (${msg})`);
  }
}

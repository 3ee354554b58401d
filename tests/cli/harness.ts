// Runs command-line cases (cases.txt) as child processes and formats what
// they did (exit status, stdout, stderr) for comparison with expected/.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CLI_DIR = import.meta.dirname;
export const FIXTURES = join(CLI_DIR, 'fixtures');
export const ROOT = join(CLI_DIR, '..', '..');
export const SLUA = join(ROOT, 'bin', 'slua.js');

export interface Case {
  name: string;
  command: string;
  manual: boolean;
  /// SIGINTs to send once stderr shows "ready" (0, 1 or 2).
  sigints: number;
}

export function readCases(file = join(CLI_DIR, 'cases.txt')): Case[] {
  const cases: Case[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([\w-]+)(?: \[([\w ,]+)\])?: (.*)$/.exec(line);
    if (m === null) throw new Error(`bad case line: ${line}`);
    const flags = (m[2] ?? '').split(/[ ,]+/);
    cases.push({
      name: m[1],
      command: m[3],
      manual: flags.includes('manual'),
      sigints: flags.includes('sigint2') ? 2 : flags.includes('sigint') ? 1 : 0,
    });
  }
  return cases;
}

export interface Interpreters {
  /// Command words of the interpreter ($LUA) and of the syntax checker ($LUAC).
  lua: string;
  luac: string;
}

export const SLUA_INTERPRETERS: Interpreters = {
  lua: `node ${SLUA}`,
  luac: `node ${SLUA} -p`,
};

export const REFERENCE_INTERPRETERS: Interpreters = { lua: 'lua5.4', luac: 'luac5.4 -p' };

export interface Outcome {
  status: string;
  stdout: string;
  stderr: string;
}

/// Runs a case under sh in fixtures/, with a clean environment (no LUA_*
/// variables, HOME in fixtures/), and collects its output as byte strings.
export function runCase(c: Case, interp: Interpreters, timeoutMs = 10_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', c.command], {
      cwd: FIXTURES,
      env: { PATH: process.env.PATH, HOME: FIXTURES, LC_ALL: 'C', LUA: interp.lua, LUAC: interp.luac },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let sent = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${c.name}: timed out`));
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      if (sent === 0 && c.sigints > 0 && Buffer.concat(err).includes('ready\n')) interrupt();
    });
    // The interpreter gets a moment to enter its loop; a second signal comes
    // once the first has surely been handled.
    const interrupt = () => {
      sent++;
      setTimeout(() => {
        child.kill('SIGINT');
        if (sent < c.sigints) setTimeout(interrupt, 300);
      }, 100);
    };
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        status: signal !== null ? `signal ${signal}` : String(code),
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: Buffer.concat(err).toString('latin1'),
      });
    });
  });
}

/// The text kept in expected/<name>.txt.
export function formatOutcome(o: Outcome): string {
  return `status: ${o.status}\n--- stdout\n${o.stdout}\n--- stderr\n${o.stderr}\n`;
}

/// lua5.4 and luac5.4 name themselves in messages; slua says slua.
export function renameReference(text: string): string {
  return text.replace(/\bluac?5\.4\b/g, 'slua');
}

// Numerals as lua5.4 reads them (recorded by scripts/regen-numbers.mjs):
// numerals.txt are lexed in "return <numeral>" and must give the literal
// lua5.4 gives (integer value, or the exact IEEE bits of the float) or the
// same error; strings.txt go through str2number, which must agree with
// lua5.4's tonumber (spaces and signs allowed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LuaSyntaxError, parse, str2number } from '../../src/frontend/index.js';

const DIR = join(import.meta.dirname, 'numbers');

function lines(name: string): string[] {
  const text = readFileSync(join(DIR, name), 'latin1');
  return text.slice(0, -1).split('\n');
}

function floatBits(v: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v);
  let hex = '';
  for (let i = 0; i < 8; i++) hex += dv.getUint8(i).toString(16).padStart(2, '0');
  return hex;
}

function describeValue(v: bigint | number | undefined): string {
  if (v === undefined) return 'nil';
  return typeof v === 'bigint' ? 'int ' + v : 'float ' + floatBits(v);
}

/// The expected line without the %.17g rendering that follows a float's bits.
function essential(expected: string): string {
  return expected.startsWith('float ') ? expected.split(' ').slice(0, 2).join(' ') : expected;
}

function readNumeral(numeral: string): string {
  try {
    const chunk = parse('return ' + numeral, '=num');
    const stmt = chunk.main.body.stmts[0];
    if (stmt.kind !== 'Return') return 'not a return';
    const e = stmt.exprs[0];
    if (stmt.exprs.length !== 1) return 'not one expression';
    if (e.kind === 'Int') return describeValue(e.value);
    if (e.kind === 'Float') return describeValue(e.value);
    return 'not a literal: ' + e.kind;
  } catch (err) {
    if (err instanceof LuaSyntaxError) return 'error ' + err.message;
    throw err;
  }
}

describe('numerals', () => {
  const input = lines('numerals.txt');
  const expected = lines('numerals.expected');
  it('has matching files', () => expect(expected.length).toBe(input.length));
  input.forEach((numeral, i) => {
    it(numeral, () => expect(readNumeral(numeral)).toBe(essential(expected[i])));
  });
});

describe('str2number (tonumber on strings)', () => {
  const input = lines('strings.txt');
  const expected = lines('strings.expected');
  it('has matching files', () => expect(expected.length).toBe(input.length));
  input.forEach((line, i) => {
    it(JSON.stringify(line), () =>
      expect(describeValue(str2number(line.slice(1, -1)))).toBe(essential(expected[i])),
    );
  });
});

// Smoke tests of the front end's public interface.
import { describe, expect, it } from 'vitest';
import { chunkid, LuaSyntaxError, parse, stripFirstLineComment } from '../../src/frontend/index.js';

describe('parse', () => {
  it('returns a resolved chunk', () => {
    const c = parse('local x = 1\nprint(x)', '=input');
    expect(c.chunkname).toBe('=input');
    expect(c.functions.length).toBe(1);
    expect(c.main.locals.map((v) => v.name)).toEqual(['x']);
  });

  it('throws LuaSyntaxError with the load message', () => {
    expect(() => parse('x = = 1', '=input')).toThrow(LuaSyntaxError);
    expect(() => parse('x = = 1', '=input')).toThrow("input:1: unexpected symbol near '='");
  });

  it('defaults the chunk name to the source', () => {
    expect(() => parse('x = = 1')).toThrow('[string "x = = 1"]:1:');
  });

  it('encodes JS strings as UTF-8 bytes', () => {
    const c = parse('return "é"');
    const ret = c.main.body.stmts[0];
    expect(ret.kind === 'Return' && ret.exprs[0].kind === 'String' && ret.exprs[0].value).toBe('\xc3\xa9');
  });

  it('takes a Uint8Array byte for byte', () => {
    const c = parse(new Uint8Array([114, 101, 116, 117, 114, 110, 32, 39, 0xff, 39]));
    const ret = c.main.body.stmts[0];
    expect(ret.kind === 'Return' && ret.exprs[0].kind === 'String' && ret.exprs[0].value).toBe('\xff');
  });
});

describe('chunkid', () => {
  it('formats the three kinds of names', () => {
    expect(chunkid('=stdin')).toBe('stdin');
    expect(chunkid('@file.lua')).toBe('file.lua');
    expect(chunkid('x = 1')).toBe('[string "x = 1"]');
    expect(chunkid('x = 1\ny = 2')).toBe('[string "x = 1..."]');
  });
});

describe('stripFirstLineComment', () => {
  it('drops a #! line but keeps its newline', () => {
    expect(stripFirstLineComment('#!/usr/bin/lua\nprint(1)')).toBe('\nprint(1)');
    expect(stripFirstLineComment('print(1)')).toBe('print(1)');
    expect(stripFirstLineComment('\xef\xbb\xbf# x\ny')).toBe('\ny');
    expect(Array.from(stripFirstLineComment(new Uint8Array([35, 33, 10, 65])))).toEqual([10, 65]);
  });
});

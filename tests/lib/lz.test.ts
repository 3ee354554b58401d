// The compressor of binary chunks (src/lib/lz.ts): round trips, and input it
// cannot have made is refused rather than misread.

import { describe, expect, it } from 'vitest';
import { compress, decompress } from '../../src/lib/lz.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return a / 2 ** 32;
  };
}

function samples(): string[] {
  const r = rng(7);
  const out = ['', 'a', 'abcabcabcabcabc', 'x'.repeat(1000), '[[null,1,2],[null,1,2],[null,1,2]]'];
  for (let k = 0; k < 100; k++) {
    let s = '';
    const n = Math.floor(r() * 3000);
    for (let i = 0; i < n; i++)
      s += String.fromCharCode(r() < 0.6 ? 97 + Math.floor(r() * 3) : Math.floor(r() * 256));
    out.push(s);
  }
  return out;
}

describe('lz', () => {
  it('round-trips byte strings, with and without a dictionary', () => {
    const dict = '[null,1,2],"stripped",abcabc';
    for (const s of samples()) {
      expect(decompress(compress(s), 1e9)).toBe(s);
      expect(decompress(compress(s, dict), 1e9, dict)).toBe(s);
    }
  });

  it('compresses repetitive text', () => {
    const s = '[-1,[4,"x",null,[-5],false,false,0,0,-1,-1]],'.repeat(50);
    expect(compress(s).length).toBeLessThan(s.length / 10);
  });

  it('reports truncated input', () => {
    const c = compress('abcdefgh'.repeat(20) + 'tail');
    for (let i = 1; i < c.length; i++) {
      const d = decompress(c.slice(0, i), 1e9);
      // a cut between tokens leaves a shorter text (which the JSON reader then refuses)
      if (typeof d === 'string' && d !== 'truncated')
        expect('abcdefgh'.repeat(20).startsWith(d.slice(0, 160))).toBe(true);
    }
    expect(decompress('\x05ab', 1e9)).toBe('truncated');
    expect(decompress('\x81\x00', 1e9)).toBe('truncated');
  });

  it('refuses matches before the start and output past the limit', () => {
    expect(decompress('\x80\x00\x01', 1e9)).toBe('corrupted');
    expect(decompress('\x00a\x80\x00\x02', 1e9)).toBe('corrupted');
    expect(decompress('\x00a\x80\x00\x00', 1e9)).toBe('corrupted');
    expect(decompress(compress('y'.repeat(5000)), 100)).toBe('corrupted');
  });
});

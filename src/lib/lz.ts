// A small LZ77 compressor for binary chunks (dump.ts): their JSON text
// repeats itself a lot, and a stripped dump should be small.
//
// Input and output are byte strings (char codes 0-255). The output is a
// sequence of tokens, each starting with a control byte c:
//   c < 0x80    a run of c + 1 literal bytes follows
//   c >= 0x80   a match: copy (c & 0x7f) + MIN_MATCH bytes from `offset`
//               bytes back in the output; the offset follows as two bytes,
//               high first (1..65535)

const MIN_MATCH = 4;
const MAX_MATCH = 0x7f + MIN_MATCH;
const MAX_OFFSET = 0xffff;
const MAX_LITERALS = 0x80;
/// Candidates examined per position (a longer chain compresses better).
const MAX_CHAIN = 16;
const HASH_BITS = 15;

function hash4(s: string, i: number): number {
  const x =
    s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) | (s.charCodeAt(i + 3) << 24);
  return Math.imul(x, 0x9e3779b1) >>> (32 - HASH_BITS);
}

/// Compresses s; matches may also refer back into `dict` (a preset
/// dictionary: text like what is compressed, which decompress is given too).
export function compress(text: string, dict = ''): string {
  const s = dict + text;
  const n = s.length;
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(n);
  const out: string[] = [];
  let lit = dict.length; // start of the pending literal run
  const flushLiterals = (end: number) => {
    while (lit < end) {
      const k = Math.min(MAX_LITERALS, end - lit);
      out.push(String.fromCharCode(k - 1), s.slice(lit, lit + k));
      lit += k;
    }
  };
  const insert = (i: number) => {
    const h = hash4(s, i);
    prev[i] = head[h];
    head[h] = i;
  };
  let i = 0;
  for (; i < dict.length; i++) if (i + MIN_MATCH <= n) insert(i);
  while (i + MIN_MATCH <= n) {
    let bestLen = 0;
    let bestOff = 0;
    let cand = head[hash4(s, i)];
    const limit = Math.min(MAX_MATCH, n - i);
    for (let chain = 0; cand >= 0 && i - cand <= MAX_OFFSET && chain < MAX_CHAIN; chain++) {
      let len = 0;
      while (len < limit && s.charCodeAt(cand + len) === s.charCodeAt(i + len)) len++;
      if (len > bestLen) {
        bestLen = len;
        bestOff = i - cand;
        if (len === limit) break;
      }
      cand = prev[cand];
    }
    if (bestLen >= MIN_MATCH) {
      flushLiterals(i);
      out.push(String.fromCharCode(0x80 | (bestLen - MIN_MATCH), bestOff >> 8, bestOff & 0xff));
      const end = i + bestLen;
      for (; i < end; i++) if (i + MIN_MATCH <= n) insert(i);
      lit = i;
    } else {
      insert(i);
      i++;
    }
  }
  flushLiterals(n);
  return out.join('');
}

/// Why a compressed text could not be expanded.
export type LzError = 'truncated' | 'corrupted';

/// Expands compress's output (made with the same `dict`); an LzError for
/// input it cannot have made, or output longer than maxLength.
export function decompress(s: string, maxLength: number, dict = ''): string | LzError {
  maxLength += dict.length;
  let buf = new Uint8Array(Math.min(maxLength, Math.max(64 + dict.length, s.length * 4)));
  for (let i = 0; i < dict.length; i++) buf[i] = dict.charCodeAt(i);
  let n = dict.length;
  const room = (k: number): boolean => {
    if (n + k > maxLength) return false;
    if (n + k > buf.length) {
      const bigger = new Uint8Array(Math.min(maxLength, Math.max(n + k, buf.length * 2)));
      bigger.set(buf.subarray(0, n));
      buf = bigger;
    }
    return true;
  };
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos++);
    if (c < 0x80) {
      const k = c + 1;
      if (pos + k > s.length) return 'truncated';
      if (!room(k)) return 'corrupted';
      for (let j = 0; j < k; j++) buf[n++] = s.charCodeAt(pos++);
    } else {
      if (pos + 2 > s.length) return 'truncated';
      const off = (s.charCodeAt(pos) << 8) | s.charCodeAt(pos + 1);
      pos += 2;
      const len = (c & 0x7f) + MIN_MATCH;
      if (off === 0 || off > n || !room(len)) return 'corrupted';
      // byte by byte: the copy may overlap what it produces (off < len)
      for (let j = 0; j < len; j++, n++) buf[n] = buf[n - off];
    }
  }
  let text = '';
  for (let i = dict.length; i < n; i += 0x8000)
    text += String.fromCharCode(...buf.subarray(i, Math.min(n, i + 0x8000)));
  return text;
}

// Byte strings: the front end reads Lua source as a JS string whose char codes
// are all 0-255, one char per byte (V8 keeps such strings one-byte). This
// module converts to that form at the boundary.
//
// Invariant: every function here returns a byte string (no char code > 255).

/// Chunk size for String.fromCharCode.apply (stays well below engines'
/// argument-count limits).
const APPLY_CHUNK = 8192;

/// Bytes of a Uint8Array as a byte string.
export function bytesToString(bytes: Uint8Array): string {
  if (bytes.length <= APPLY_CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += APPLY_CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + APPLY_CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/// True if every char code of `s` is below 0x80 (then its UTF-8 form is itself).
function isAscii(s: string): boolean {
  return !/[^\x00-\x7f]/.test(s);
}

/// The UTF-8 encoding of a JS string, as a byte string. Lone surrogates become
/// U+FFFD (TextEncoder's behaviour).
export function utf8ToBytes(s: string): string {
  if (isAscii(s)) return s;
  return bytesToString(new TextEncoder().encode(s));
}

/// Source text as the lexer wants it: a JS string is UTF-8 encoded, a
/// Uint8Array is taken byte for byte.
export function sourceBytes(source: string | Uint8Array): string {
  return typeof source === 'string' ? utf8ToBytes(source) : bytesToString(source);
}

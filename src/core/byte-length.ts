/**
 * Sizes of text as it travels between an add-in and Excel (UTF-8 JSON): the
 * adapter budgets its syncs with these and the simulated host enforces its
 * limits with the same measure, so both count a Thai character as 3 bytes.
 */

/** UTF-8 bytes of a string without TextEncoder: `utf8ByteLength('ก')` → 3. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value serialised as JSON: `jsonByteLength(['ก'])` → 7. */
export function jsonByteLength(value: unknown): number {
  return utf8ByteLength(JSON.stringify(value) ?? 'null');
}

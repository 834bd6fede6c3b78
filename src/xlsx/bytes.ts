/** True when `data` begins with `bytes`: `startsWithBytes(pdf, [0x25, 0x50, 0x44, 0x46])`. */
export function startsWithBytes(data: Uint8Array, bytes: readonly number[]): boolean {
  return data.length >= bytes.length && bytes.every((byte, i) => data[i] === byte);
}

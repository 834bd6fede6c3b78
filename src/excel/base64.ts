/** Bytes as base64 (what Excel.createWorkbook takes), in slices so a large workbook does not overflow the call stack. */
export function base64Of(data: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < data.length; start += SLICE) {
    binary += String.fromCharCode(...data.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

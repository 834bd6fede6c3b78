import type { CellValue, Grid, GridTable } from '../../src/core/model';

/** A grid from rows of values, all in General format unless `formats` says otherwise. */
export function makeGrid(sheet: string, values: CellValue[][], options: { formats?: string[][]; tables?: GridTable[]; origin?: { row: number; col: number } } = {}): Grid {
  const width = Math.max(0, ...values.map((r) => r.length));
  const rect = values.map((r) => [...r, ...Array(width - r.length).fill(null)] as CellValue[]);
  return {
    sheet,
    origin: options.origin ?? { row: 0, col: 0 },
    values: rect,
    numberFormats: rect.map((r, i) => r.map((_, j) => options.formats?.[i]?.[j] ?? 'General')),
    ...(options.tables ? { tables: options.tables } : {}),
  };
}

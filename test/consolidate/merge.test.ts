import { runChanges, runRecord } from '../../src/core/consolidate/changes';
import { codeKey, mergeSources } from '../../src/core/consolidate/merge';
import type { SourceRecords, SourceRow } from '../../src/core/consolidate/source-rows';

/** Merging sources by project code and report number: what is kept, what is a conflict, what is left alone. */

const row = (file: string, r: number, values: SourceRow['values'], numberFormats?: SourceRow['numberFormats']): SourceRow => ({
  source: { file, sheet: 'S', row: r }, values, ...(numberFormats ? { numberFormats } : {}),
});
const records = (projects: SourceRow[], reports: SourceRow[] = []): SourceRecords => ({ projects, reports, problems: [] });

describe('codeKey', () => {
  it('reads a code in Thai digits, with spaces, in any case, as the same key', () => {
    expect(codeKey('๐๓๐๐๐๐๐๐-๒๔๔๑')).toBe('03000000-2441');
    expect(codeKey(' 03000000 - 2441 ')).toBe('03000000-2441');
    expect(codeKey('ab-1')).toBe(codeKey('AB-1'));
  });
  it('has no key for a blank or a boolean', () => {
    expect([codeKey(''), codeKey('  '), codeKey(null), codeKey(true)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('mergeSources', () => {
  it('keeps one row per code — the fullest, the first among equals — and lists each differing field with every source', () => {
    const a = row('a.xlsx', 3, { code: '03000000-2441', name: 'สะพาน', budget: 1918000 });
    const b = row('b.csv', 2, { code: '๐๓๐๐๐๐๐๐-๒๔๔๑', name: 'สะพาน', budget: '1,980,000', agency: 'สำนักการโยธา' });
    const c = row('c.csv', 9, { code: '03000000-2441', budget: '1,918,000.-' });
    const merged = mergeSources([records([a]), records([b, c])]);
    expect(merged.projects).toEqual([b]);
    expect(merged.conflicts).toEqual([{
      kind: 'project-field', code: '๐๓๐๐๐๐๐๐-๒๔๔๑', field: 'budget',
      values: [
        { value: '1,980,000', sources: [b.source] },
        // 1918000 and `1,918,000.-` are one amount: one value, two sources.
        { value: 1918000, sources: [a.source, c.source] },
      ],
    }]);
  });

  it('compares dates by the day they mean, whatever their form', () => {
    const a = row('a.xlsx', 3, { code: 'X-1', startDate: 43739 }, { startDate: 'd/m/yyyy' });
    const b = row('b.csv', 2, { code: 'X-1', startDate: '1/10/2562' });
    expect(mergeSources([records([a, b])]).conflicts).toEqual([]);
  });

  it('leaves rows without a code as they are, each its own row', () => {
    const a = row('a.xlsx', 3, { name: 'ไม่มีรหัส' });
    const b = row('a.xlsx', 4, { name: 'ไม่มีรหัส' });
    expect(mergeSources([records([a, b])]).projects).toEqual([a, b]);
  });

  it('keeps a report given twice once, and lists it — agreeing copies once, differing ones per field', () => {
    const same1 = row('a.xlsx', 5, { code: 'X-1', reportNo: 1, progress: 10 });
    const same2 = row('b.csv', 2, { code: 'X-1', reportNo: '1', progress: '10' });
    const diff1 = row('a.xlsx', 6, { code: 'X-1', reportNo: 2, progress: 20 });
    const diff2 = row('b.csv', 3, { code: 'X-1', reportNo: 2, progress: 25 });
    const merged = mergeSources([records([], [same1, diff1]), records([], [same2, diff2])]);
    expect(merged.reports).toEqual([same1, diff1]);
    expect(merged.conflicts).toEqual([
      { kind: 'duplicate-report', code: 'X-1', reportNo: 1, values: [{ value: 1, sources: [same1.source, same2.source] }], copies: [same1.source, same2.source] },
      {
        kind: 'duplicate-report', code: 'X-1', reportNo: 2, field: 'progress',
        values: [{ value: 20, sources: [diff1.source] }, { value: 25, sources: [diff2.source] }], copies: [diff1.source, diff2.source],
      },
    ]);
  });
});

describe('run record and changes', () => {
  const p = (file: string, code: string, budget: number) => row(file, 2, { code, agency: 'สำนักการโยธา / กอง', budget });
  it('finds files new, changed and missing, and rows added, changed and removed per agency', () => {
    const before = runRecord('2026-11-01T00:00:00Z', [{ file: 'a', sha256: '1' }, { file: 'b', sha256: '2' }], [p('a', 'X-1', 10), p('a', 'X-2', 20)], []);
    const after = runRecord('2026-12-01T00:00:00Z', [{ file: 'a', sha256: '9' }, { file: 'c', sha256: '3' }], [p('a', 'X-1', 11), p('c', 'X-3', 30)], []);
    expect(runChanges(before, after)).toEqual({
      since: '2026-11-01T00:00:00Z',
      files: { added: ['c'], changed: ['a'], missing: ['b'], unchanged: 0 },
      agencies: [{ agency: 'สำนักการโยธา', added: 1, changed: 1, removed: 1, addedKeys: ['X-3'], changedKeys: ['X-1'], removedKeys: ['X-2'] }],
    });
  });
  it('finds nothing changed when nothing did', () => {
    const a = runRecord('t1', [{ file: 'a', sha256: '1' }], [p('a', 'X-1', 10)], []);
    const b = runRecord('t2', [{ file: 'a', sha256: '1' }], [p('a', 'X-1', 10)], []);
    expect(runChanges(a, b)).toEqual({ since: 't1', files: { added: [], changed: [], missing: [], unchanged: 1 }, agencies: [] });
  });
});

import fc from 'fast-check';
import { terminalSafeJson, terminalSafeJsonPieces } from '../../src/cli/terminal-text';

/** What terminalSafeJson must write: JSON.stringify's text, with C1, bidi and line-separator controls escaped. */
const expected = (value: unknown) => JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** JSON-like values as the CLI's report holds them, with the members JSON.stringify leaves out or writes as null. */
const reportLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 4 }),
    fc.constant({ at: new Date(Date.UTC(2020, 0, 2)), gone: () => 1, nothing: undefined, said: { toJSON: () => undefined } }),
  ),
})).value;

describe('the JSON report written in pieces', () => {
  test('joined, the pieces are JSON.stringify(value, null, 2) with the terminal controls escaped, whatever the piece size', () => {
    fc.assert(
      fc.property(fc.object({ values: [reportLike] }), fc.integer({ min: 1, max: 64 }), (value, pieceChars) => {
        const pieces = [...terminalSafeJsonPieces({ version: 1, files: [value, [value]], summary: value }, pieceChars)];
        expect(pieces.join('')).toBe(expected({ version: 1, files: [value, [value]], summary: value }));
        expect(terminalSafeJson(value)).toBe(expected(value));
      }),
      { numRuns: 500 },
    );
  });

  test('a large report comes in pieces of about the size asked for, none holding the whole', () => {
    const issues = Array.from({ length: 5000 }, (_, i) => ({ ruleId: 'progress-backwards', message: `รายงานครั้งที่ ${i} \u202e`, cell: `G${i + 2}` }));
    const report = { version: 1, files: [{ file: 'a.xlsx', tables: [], issues }], summary: { error: 0, warning: 5000, info: 0 } };
    const pieces = [...terminalSafeJsonPieces(report, 10_000)];
    expect(pieces.length).toBeGreaterThan(20);
    // A piece ends with the finding that takes it past the size; each escaped control adds five characters.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(11_000);
    expect(pieces.join('')).toBe(expected(report));
    expect(JSON.parse(pieces.join(''))).toEqual(report);
  });
});

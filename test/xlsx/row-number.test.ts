import fc from 'fast-check';
import { rowNumberAttribute } from '../../src/xlsx/xlsx-reader';

/** The pattern the reader once used for a row's number, XML's white space standing for \s. */
function byPattern(attributes: string): number | undefined {
  const match = /[ \t\n\r]r[ \t\n\r]*=[ \t\n\r]*["']?(\d+)/.exec(attributes);
  return match ? Number(match[1]) : undefined;
}

describe('rowNumberAttribute', () => {
  it('reads a row\'s number from any attribute text as the pattern did', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', 'r', '=', '"', "'", '1', '07', '1048576', 'x', 'spans="1:9"', ' r="12"', 'ht="15"', ':');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const attributes = pieces.join('');
      expect(rowNumberAttribute(`<row${attributes}>`, 4, 4 + attributes.length)).toBe(byPattern(attributes));
    }), { numRuns: 5000 });
  });

  it('reads the usual forms', () => {
    const of = (attributes: string) => rowNumberAttribute(attributes, 0, attributes.length);
    expect(of(' r="7" spans="1:9"')).toBe(7);
    expect(of(" spans='1:9' r = '12'")).toBe(12);
    expect(of(' spans="1:9"')).toBeUndefined();
    expect(of(' xr="5"')).toBeUndefined();
  });
});

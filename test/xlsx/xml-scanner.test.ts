/**
 * XmlScanner is given a part's text in chunks cut anywhere. Whatever the cuts, the reader must be
 * handed what it is handed for the whole text in one piece: the same tags with the same attribute
 * text, and the same character data (which may come in several pieces: compared joined).
 */
import fc from 'fast-check';
import { XmlScanner, type XmlHandler } from '../../src/xlsx/xml-scanner';

/** The events a reader sees, consecutive text joined. */
function eventsOf(chunks: readonly string[]): string[] {
  const events: string[] = [];
  const handler: XmlHandler = {
    collecting: true,
    open: (name, source, from, to) => { events.push(`<${name}|${source.slice(from, to)}>`); },
    close: (name) => { events.push(`</${name}>`); },
    text: (source, from, to) => {
      const piece = source.slice(from, to);
      if (events.length > 0 && events[events.length - 1].startsWith('#')) events[events.length - 1] += piece;
      else events.push(`#${piece}`);
    },
  };
  const scanner = new XmlScanner(handler, 10_000);
  try {
    for (const chunk of chunks) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    events.push(`error: ${(error as Error).message}`);
  }
  return events;
}

const piece = fc.constantFrom(
  '<row r="1">', '</row>', '<c r="A1" t="s"><v>12</v></c>', '<c r="B1"><v>3.5</v></c>', '<v>', '</v>',
  '<x a=">" b=\'>\'/>', '<!-- a > b -->', '<![CDATA[<not a tag>]]>', '<?xml version="1.0"?>',
  'text', 'ก ข', ' &amp; ', '&#x0E01;', '&lt;', '\r\n', '<t xml:space="preserve">', '</t>', '<empty/>',
);

describe('XmlScanner', () => {
  it('hands the reader the same tags and text however the text is cut into chunks', () => {
    fc.assert(fc.property(
      fc.array(piece, { maxLength: 30 }),
      fc.array(fc.nat(400), { maxLength: 10 }),
      (pieces, cuts) => {
        const xml = `<sheetData>${pieces.join('')}</sheetData>`;
        const chunks: string[] = [];
        let from = 0;
        for (const cut of [...new Set(cuts.map((c) => Math.min(c, xml.length)))].sort((a, b) => a - b)) {
          chunks.push(xml.slice(from, cut));
          from = cut;
        }
        chunks.push(xml.slice(from));
        expect(eventsOf(chunks)).toEqual(eventsOf([xml]));
      },
    ), { numRuns: 3000 });
  });

  it('hands over a start tag cut after its name, and one cut inside a quoted value holding ">"', () => {
    expect(eventsOf(['<row r="1"><c', ' r="A1"><v>1</v></c></row>'])).toEqual(eventsOf(['<row r="1"><c r="A1"><v>1</v></c></row>']));
    expect(eventsOf(['<x a="1>', '2" b="3">t</x>'])).toEqual(['<x| a="1>2" b="3">', '#t', '</x>']);
  });
});

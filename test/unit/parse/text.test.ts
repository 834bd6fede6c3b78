import { cleanText, parseCode, parseText, prepareCell } from '../../../src/core/parse/text';

describe('cleanText', () => {
  it.each([
    ['ถนน', 'ถนน', []],
    ['  ถนน ', 'ถนน', ['stray-whitespace']],
    ['ถนน\u200B', 'ถนน', ['stray-whitespace']],
    ['\uFEFFถนน', 'ถนน', ['stray-whitespace']],
    ['ถ\u200Dนน', 'ถนน', ['stray-whitespace']],
    ['ปรับปรุง\u00A0ถนน', 'ปรับปรุง ถนน', ['stray-whitespace']],
    ['ปรับปรุง ถนน', 'ปรับปรุง ถนน', []],
    ['บรรทัด 1\nบรรทัด 2', 'บรรทัด 1\nบรรทัด 2', []],
  ] as const)('%j → %j', (text, cleaned, notes) => {
    expect(cleanText(text)).toEqual({ text: cleaned, notes });
  });
});

describe('parseText and parseCode', () => {
  it.each([
    [' ปรับปรุงถนน ', 'ปรับปรุงถนน', ['stray-whitespace']],
    ['งวดที่ ๒', 'งวดที่ ๒', []],
    [2563, '2563', []],
    [true, 'true', []],
  ] as const)('text %p → %p, Thai digits kept', (value, text, notes) => {
    expect(parseText(value)).toEqual({ ok: true, value: text, notes });
  });

  it.each([
    ['03000000-2457', '03000000-2457', []],
    ['๐๓๐๐๐๐๐๐-๒๔๕๗', '03000000-2457', ['thai-digits']],
    [' 03000000-2457', '03000000-2457', ['stray-whitespace']],
    [3000000, '3000000', []],
  ] as const)('code %p → %p', (value, code, notes) => {
    expect(parseCode(value)).toEqual({ ok: true, value: code, notes });
  });
});

describe('prepareCell: the rules every kind shares', () => {
  it.each([
    [null, 'empty', []],
    ['', 'empty', []],
    ['   ', 'empty', []],
    ['\u200B', 'empty', []],
    ['#REF!', 'formula-error', []],
    [' #VALUE!', 'formula-error', ['stray-whitespace']],
  ] as const)('%p → %p', (value, reason, notes) => {
    expect(prepareCell(value, 'convert-thai-digits')).toEqual({ ok: false, reason, notes });
  });

  it('converts Thai digits only when asked', () => {
    expect(prepareCell('๖๐', 'convert-thai-digits')).toEqual({ ok: true, value: '60', notes: ['thai-digits'] });
    expect(prepareCell('๖๐', 'keep-thai-digits')).toEqual({ ok: true, value: '๖๐', notes: [] });
  });
});

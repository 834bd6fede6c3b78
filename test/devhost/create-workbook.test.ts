import { createSimulatedExcel, workbookFromRows } from '../../src/devhost';
import { SimulatedOfficeError } from '../../src/devhost/errors';

const model = () => workbookFromRows([{ name: 'Data', rows: [['a']] }]);
/** The first bytes of a ZIP package, as every .xlsx begins, then some more. */
const PACKAGE = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(SimulatedOfficeError);
    return (error as SimulatedOfficeError).code;
  }
  throw new Error('expected a refusal');
}

describe('Excel.createWorkbook', () => {
  it('gives the decoded package to the host’s other window', async () => {
    const opened: Uint8Array[] = [];
    const host = createSimulatedExcel(model(), { onCreateWorkbook: (data) => opened.push(data) });
    await host.Excel.createWorkbook!(base64(PACKAGE));
    expect([...opened[0]]).toEqual([...PACKAGE]);
    await host.Excel.createWorkbook!();
    expect(opened[1]).toHaveLength(0);
  });

  it('is absent from a host with no other window', () => {
    expect(createSimulatedExcel(model()).Excel.createWorkbook).toBeUndefined();
  });

  it('refuses as Excel does: below ExcelApi 1.8, text that is not base64, bytes that are not a package, too much for one request on the web', async () => {
    const opened: Uint8Array[] = [];
    const onCreateWorkbook = (data: Uint8Array) => opened.push(data);
    const old = createSimulatedExcel(model(), { supported: { ExcelApi: '1.7' }, onCreateWorkbook });
    expect(await codeOf(old.Excel.createWorkbook!(base64(PACKAGE)))).toBe('ApiNotFound');

    const host = createSimulatedExcel(model(), { onCreateWorkbook, limits: { requestBytes: 64 } });
    expect(await codeOf(host.Excel.createWorkbook!('not base64!'))).toBe('InvalidArgument');
    expect(await codeOf(host.Excel.createWorkbook!(base64(Uint8Array.from([1, 2, 3, 4, 5, 6]))))).toBe('InvalidArgument');
    const large = new Uint8Array(100);
    large.set(PACKAGE);
    expect(await codeOf(host.Excel.createWorkbook!(base64(large)))).toBe('RequestPayloadSizeLimitExceeded');
    const desktop = createSimulatedExcel(model(), { onCreateWorkbook, limits: { requestBytes: 64 }, platform: 'desktop' });
    await desktop.Excel.createWorkbook!(base64(large));
    expect(opened).toHaveLength(1);
  });
});

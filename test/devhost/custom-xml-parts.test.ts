/// <reference types="office-js" />
import { createSimulatedExcel } from '../../src/devhost/excel';
import { rootNamespaceUri } from '../../src/devhost/custom-xml-parts';
import { cloneWorkbook, workbookFromRows, type CustomXmlPartModel } from '../../src/devhost/model';
import { errorCodeOf } from './helpers';

const RECORD = 'urn:example:record:1';
const recordXml = (text: string) => `<?xml version="1.0" encoding="UTF-8"?>\r\n<record xmlns="${RECORD}"><entry>${text}</entry></record>`;

function hostWith(parts: CustomXmlPartModel[], supported?: Record<string, string>) {
  const model = workbookFromRows([{ name: 'Data', rows: [['a']] }]);
  model.customXmlParts = parts;
  return createSimulatedExcel(model, supported ? { supported } : {});
}

describe('custom XML parts (Workbook.customXmlParts, ExcelApi 1.5)', () => {
  it("finds a namespace's only part; id, namespace and XML come with the sync, not before", async () => {
    const host = hostWith([
      { id: '{11111111-0000-0000-0000-000000000001}', xml: '<other xmlns="urn:example:other"/>' },
      { id: '{11111111-0000-0000-0000-000000000002}', xml: recordXml('หนึ่ง') },
    ]);
    await host.Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace(RECORD).getOnlyItemOrNullObject();
      part.load('id,namespaceUri');
      const xml = part.getXml();
      expect(() => part.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => part.id).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      // An unsynced ClientResult: Office.js refuses its value until the sync delivers it.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- on purpose: the simulated host must refuse this read as Excel does
      expect(() => xml.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(part.isNullObject).toBe(false);
      expect({ id: part.id, namespaceUri: part.namespaceUri }).toEqual({ id: '{11111111-0000-0000-0000-000000000002}', namespaceUri: RECORD });
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync, there is nothing to load
      expect(xml.value).toBe(recordXml('หนึ่ง'));
    });
  });

  it('is a null object when the namespace has no part, or more than one; asking a null object for its XML fails the sync', async () => {
    const none = hostWith([{ id: '{1}', xml: '<other xmlns="urn:example:other"/>' }]);
    const two = hostWith([{ id: '{1}', xml: recordXml('1') }, { id: '{2}', xml: recordXml('2') }]);
    const onlyPart = (host: typeof none) => host.Excel.run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace(RECORD);
      const part = scoped.getOnlyItemOrNullObject();
      const count = scoped.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync
      return { isNullObject: part.isNullObject, count: count.value };
    });
    expect(await onlyPart(none)).toEqual({ isNullObject: true, count: 0 });
    expect(await onlyPart(two)).toEqual({ isNullObject: true, count: 2 });
    expect(await errorCodeOf(none.Excel.run(async (context) => {
      context.workbook.customXmlParts.getByNamespace(RECORD).getOnlyItemOrNullObject().getXml();
      await context.sync();
    }))).toBe('ItemNotFound');
  });

  it('lists the parts with their loaded properties, and finds one by id or not at all', async () => {
    const host = hostWith([{ id: '{A}', xml: recordXml('a') }, { id: '{B}', xml: '<p:x xmlns:p="urn:example:&amp;prefixed"/>' }]);
    await host.Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.load('items/id,items/namespaceUri');
      const missing = context.workbook.customXmlParts.getItemOrNullObject('{C}');
      const byId = context.workbook.customXmlParts.getItem('{B}').getXml();
      await context.sync();
      expect(parts.items.map((part) => [part.id, part.namespaceUri])).toEqual([['{A}', RECORD], ['{B}', 'urn:example:&prefixed']]);
      expect(missing.isNullObject).toBe(true);
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync
      expect(byId.value).toBe('<p:x xmlns:p="urn:example:&amp;prefixed"/>');
    });
    expect(await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.customXmlParts.getItem('{C}').load('id');
      await context.sync();
    }))).toBe('ItemNotFound');
  });

  it('belongs to ExcelApi 1.5: an older Excel refuses it at the sync with ApiNotFound, and says so beforehand', async () => {
    const host = hostWith([{ id: '{A}', xml: recordXml('a') }], { ExcelApi: '1.4' });
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.5')).toBe(false);
    expect(await errorCodeOf(host.Excel.run(async (context) => {
      context.workbook.customXmlParts.getByNamespace(RECORD).getOnlyItemOrNullObject();
      await context.sync();
    }))).toBe('ApiNotFound');
    expect(hostWith([]).Office.context.requirements.isSetSupported('ExcelApi', '1.5')).toBe(true);
  });

  it('keeps the parts in the model, plain data that survives a JSON round trip; writing one is not simulated', async () => {
    const host = hostWith([{ id: '{A}', xml: recordXml('ก & ข') }]);
    const reopened = createSimulatedExcel(cloneWorkbook(host.model));
    await reopened.Excel.run(async (context) => {
      const xml = context.workbook.customXmlParts.getItem('{A}').getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync
      expect(xml.value).toBe(recordXml('ก & ข'));
      const part = context.workbook.customXmlParts.getItem('{A}') as unknown as { setXml(xml: string): void };
      expect(() => part.setXml('<x/>')).toThrow(expect.objectContaining({ code: 'DevhostNotSimulated' }));
    });
  });

  it("takes a part's namespace from its root element, prefixed or not", () => {
    expect(rootNamespaceUri('<?xml version="1.0"?><!-- note --><r xmlns="urn:a" xmlns:b="urn:b"/>')).toBe('urn:a');
    expect(rootNamespaceUri("<b:r xmlns='urn:a' xmlns:b='urn:b'><c/></b:r>")).toBe('urn:b');
    expect(rootNamespaceUri('<r/>')).toBe('');
  });
});

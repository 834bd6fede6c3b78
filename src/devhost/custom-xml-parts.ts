/**
 * Workbook.customXmlParts (ExcelApi 1.5): the workbook's custom XML parts,
 * kept in the model so they travel with the file (src/xlsx/host-workbook.ts
 * reads them from the package), found by id or by the namespace of their root
 * element. Reading only: the add-in reads the command line's record and never
 * writes a part, so `add`, `setXml` and `delete` are not simulated (they fail
 * as NotSimulatedError until something needs them).
 *
 * As in Excel, `getXml` answers a ClientResult whose value is there only after
 * the sync, and a method of a null object (getOnlyItemOrNullObject when the
 * namespace has no part, or more than one) fails the sync with ItemNotFound.
 */
import type { BatchExecution } from './batch';
import { BoundClientObject, SimulatedClientResult, SimulatedCollection, guarded, type OperationQueue } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { CustomXmlPartModel } from './model';
import { CUSTOM_XML_PARTS_API, type Requirement } from './requirements';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9A-Fa-f]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * CustomXmlPart.namespaceUri: the namespace of the part's root element ('' for none).
 * `rootNamespaceUri('<a:record xmlns:a="urn:x"/>')` → `urn:x`.
 */
export function rootNamespaceUri(xml: string): string {
  const root = /<(?![?!])(?:([\w.-]+):)?[\w.-]+((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(xml);
  if (!root) return '';
  const declaration = root[1] === undefined ? 'xmlns' : `xmlns:${root[1]}`;
  for (const match of root[2].matchAll(/\s([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (match[1] === declaration) return decodeAttribute(match[2] ?? match[3]);
  }
  return '';
}

const partsIn = (batch: BatchExecution): readonly CustomXmlPartModel[] => batch.workbook.customXmlParts ?? [];

export class SimulatedCustomXmlPart extends BoundClientObject<string> {
  readonly typeName = 'CustomXmlPart';

  protected override requirement(): Requirement {
    return CUSTOM_XML_PARTS_API;
  }

  protected exists(batch: BatchExecution, id: string): boolean {
    return partsIn(batch).some((part) => part.id === id);
  }

  private partIn(batch: BatchExecution): CustomXmlPartModel {
    const id = this.boundIn(batch);
    return partsIn(batch).find((part) => part.id === id)!;
  }

  defaultLoadNames(): readonly string[] {
    return ['id', 'namespaceUri'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const part = this.partIn(batch);
    if (name === 'id') return part.id;
    if (name === 'namespaceUri') return rootNamespaceUri(part.xml);
    return this.notSimulated(name);
  }

  get id(): string {
    return this.loaded('id');
  }

  get namespaceUri(): string {
    return this.loaded('namespaceUri');
  }

  /** The part's XML, delivered by the next sync. */
  getXml(): SimulatedClientResult<string> {
    return this.queueResult('getXml', [], (batch) => this.partIn(batch).xml);
  }
}

/** What the full and the scoped collection share: items, count, and a part by id, within their scope. */
abstract class PartCollection extends SimulatedCollection<SimulatedCustomXmlPart> {
  protected override requirement(): Requirement {
    return CUSTOM_XML_PARTS_API;
  }

  /** The parts this collection holds at this point of the batch. */
  protected abstract inScope(batch: BatchExecution): readonly CustomXmlPartModel[];

  /** A part proxy; `locate` names its id, or undefined (ItemNotFound, or a null object when `nullable`). */
  protected part(member: string, locate: (batch: BatchExecution) => string | undefined, nullable = false): SimulatedCustomXmlPart {
    return guarded(new SimulatedCustomXmlPart(this.context, `${this.path}.${member}`, locate, nullable));
  }

  private byId(id: string, nullable: boolean): SimulatedCustomXmlPart {
    const member = nullable ? 'getItemOrNullObject' : 'getItem';
    return this.part(`${member}(${JSON.stringify(id)})`, (batch) => {
      if (this.inScope(batch).some((part) => part.id === id)) return id;
      if (!nullable) throw new SimulatedOfficeError('ItemNotFound', undefined, `${this.typeName}.${member}`);
      return undefined;
    }, nullable);
  }

  itemsIn(batch: BatchExecution): SimulatedCustomXmlPart[] {
    return this.inScope(batch).map(({ id }) => this.part(`getItem(${JSON.stringify(id)})`, () => id));
  }

  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => this.inScope(batch).length);
  }

  getItem(id: string): SimulatedCustomXmlPart {
    return this.byId(id, false);
  }

  getItemOrNullObject(id: string): SimulatedCustomXmlPart {
    return this.byId(id, true);
  }
}

/** Excel.CustomXmlPartScopedCollection: the parts of one namespace. */
export class SimulatedCustomXmlPartScopedCollection extends PartCollection {
  readonly typeName = 'CustomXmlPartScopedCollection';

  constructor(context: OperationQueue, path: string, private readonly namespaceUri: unknown) {
    super(context, path);
  }

  protected inScope(batch: BatchExecution): readonly CustomXmlPartModel[] {
    if (typeof this.namespaceUri !== 'string') throw new SimulatedOfficeError('InvalidArgument', undefined, 'CustomXmlPartCollection.getByNamespace');
    return partsIn(batch).filter((part) => rootNamespaceUri(part.xml) === this.namespaceUri);
  }

  /** The namespace's one part; a null object when it has none or more than one. */
  getOnlyItemOrNullObject(): SimulatedCustomXmlPart {
    return this.part('getOnlyItemOrNullObject()', (batch) => {
      const parts = this.inScope(batch);
      return parts.length === 1 ? parts[0].id : undefined;
    }, true);
  }
}

/** Excel.CustomXmlPartCollection: Workbook.customXmlParts. */
export class SimulatedCustomXmlPartCollection extends PartCollection {
  readonly typeName = 'CustomXmlPartCollection';

  constructor(context: OperationQueue, path: string) {
    super(context, path);
  }

  protected inScope(batch: BatchExecution): readonly CustomXmlPartModel[] {
    return partsIn(batch);
  }

  /** The parts whose root element is in `namespaceUri`. */
  getByNamespace(namespaceUri: string): SimulatedCustomXmlPartScopedCollection {
    return guarded(new SimulatedCustomXmlPartScopedCollection(this.context, `${this.path}.getByNamespace(${JSON.stringify(namespaceUri)})`, namespaceUri));
  }
}

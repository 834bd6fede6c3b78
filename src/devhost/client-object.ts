/**
 * What every simulated proxy shares with Office.js's ClientObject: `load`,
 * properties that throw PropertyNotLoaded until a sync delivers them,
 * `isNullObject`, and writes that are queued, not applied.
 *
 * A proxy names a host object by a path (`worksheets.getItem('Data').getRange('A1')`)
 * and finds it during a sync; once found it stays bound to it (a renamed sheet
 * keeps its proxies), as Excel's object references do.
 */
import type { BatchExecution } from './batch';
import { NotSimulatedError, SimulatedOfficeError, propertyNotLoaded } from './errors';
import { parseLoadOption, type LoadSelection } from './load-options';
import type { Requirement } from './requirements';

/** One queued command: applied in order during the next sync. */
export interface QueuedOperation {
  /** `Range.values`, `Worksheet.delete`: Excel's errorLocation. */
  readonly location: string;
  /** What travels in the request (its JSON size counts against the payload limit). */
  readonly request: unknown;
  readonly requires?: Requirement;
  execute(batch: BatchExecution): void;
}

/** The part of the request context the proxies need (the context itself lives in context.ts). */
export interface OperationQueue {
  enqueue(operation: QueuedOperation): void;
  /** Fails when an object from another (or a finished) Excel.run is used here. */
  assertSameContext(object: SimulatedClientObject, location: string): void;
}

/** Names every probe jest, Promise resolution and console.log make; they must not count as unknown API use. */
const PROBES = new Set([
  'then', 'toJSON', 'constructor', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'inspect',
  '_isMockFunction', 'getMockName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', 'length', 'size', 'entries',
]);

/**
 * Wraps a proxy so that touching an Excel member the simulator does not model
 * fails loudly (NotSimulatedError) instead of reading `undefined` or setting a
 * property nobody reads. Every proxy handed to the add-in goes through here,
 * after its constructor has finished.
 */
export function guarded<T extends SimulatedClientObject>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object || PROBES.has(property)) return Reflect.get(object, property, receiver);
      throw new NotSimulatedError(`Excel.${object.typeName}.${property}`);
    },
    set(object, property, value, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.set(object, property, value, receiver);
      throw new NotSimulatedError(`Excel.${object.typeName}.${String(property)}`);
    },
  });
}

/**
 * What a creating method (Worksheets.add, Tables.add, Notes.add, Worksheet.copy)
 * made: its proxy is bound to it, and forgets it if the batch is refused.
 */
export class Created<T> {
  private value: T | undefined;
  readonly locate = (): T | undefined => this.value;

  record(value: T, batch: BatchExecution): void {
    this.value = value;
    batch.onDiscard(() => (this.value = undefined));
  }
}

/** Finds a host object once per proxy and remembers it, forgetting it if the batch that found it is refused. */
export class Binding<T> {
  private bound: T | undefined;
  constructor(private readonly locate: (batch: BatchExecution) => T | undefined) {}

  find(batch: BatchExecution): T | undefined {
    if (this.bound !== undefined) return this.bound;
    const found = this.locate(batch);
    if (found !== undefined) {
      this.bound = found;
      batch.onDiscard(() => (this.bound = undefined));
    }
    return found;
  }
}

export abstract class SimulatedClientObject {
  abstract readonly typeName: string;
  private readonly loadedProperties = new Map<string, unknown>();
  private nullState: boolean | undefined;

  protected constructor(
    readonly context: OperationQueue,
    /** How the object is reached, for request payloads and error messages. */
    readonly path: string,
  ) {}

  /** Only known after a sync; reading it earlier fails like Office.js. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** Queues a load of properties: `'a,b'`, `['a','b/c']`, `{ select, expand }` or the object form. */
  load(option?: unknown): this {
    const selection = parseLoadOption(option);
    this.context.enqueue({
      location: `${this.typeName}.load`,
      request: { path: this.path, load: option ?? null },
      requires: this.requirement(),
      execute: (batch) => executeLoad(batch, this, selection),
    });
    return this;
  }

  /** The requirement set every use of this object needs (notes: ExcelApi 1.18); none by default. */
  protected requirement(): Requirement | undefined {
    return undefined;
  }

  /** Tracked-object bookkeeping has no meaning in the simulator. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** The loaded properties, like Office.js's toJSON. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProperties);
  }

  // ---- used while a sync runs ----

  /** Scalar properties a bare `load()` reads. */
  abstract defaultLoadNames(): readonly string[];

  /** The value of a scalar property, read from the batch's working copy. */
  abstract readScalar(batch: BatchExecution, name: string): unknown;

  /** A navigation property (`format`, `fill`, `worksheet`) whose own properties a path may load. */
  navigation(_name: string): SimulatedClientObject | undefined {
    return undefined;
  }

  /** For *OrNullObject proxies: true when the object does not exist at this point of the batch. */
  isMissing(_batch: BatchExecution): boolean {
    return false;
  }

  /** Called once per load with the scalar names about to be read (ranges count cells here). */
  beforeLoad(_batch: BatchExecution, _names: readonly string[]): void {}

  deliverProperty(name: string, value: unknown): void {
    this.loadedProperties.set(name, value);
  }

  deliverNullState(isNull: boolean): void {
    this.nullState = isNull;
  }

  // ---- for subclasses ----

  /** A loaded property's value; PropertyNotLoaded until a sync delivered it (null on a null object). */
  protected loaded<T>(name: string): T {
    if (this.nullState === true) return null as T;
    if (!this.loadedProperties.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loadedProperties.get(name) as T;
  }

  /** Office.js keeps a property's local copy in step when the add-in sets it after loading it. */
  protected echo(name: string, value: unknown): void {
    if (this.loadedProperties.has(name)) this.loadedProperties.set(name, value);
  }

  /** Queues a property set or method call; `apply` runs during the sync, against the batch. */
  protected queue(
    member: string,
    args: unknown,
    apply: (batch: BatchExecution) => void,
    requires?: Requirement,
  ): void {
    const location = `${this.typeName}.${member}`;
    this.context.enqueue({
      location,
      request: { path: this.path, member, args },
      requires: requires ?? this.requirement(),
      execute: (batch) => {
        if (this.isMissing(batch)) throw new SimulatedOfficeError('ItemNotFound', undefined, location);
        apply(batch);
      },
    });
  }

  /** Queues a method whose answer is a ClientResult (getCount, getCellProperties), delivered by the sync. */
  protected queueResult<T>(member: string, args: unknown, compute: (batch: BatchExecution) => T, requires?: Requirement): SimulatedClientResult<T> {
    const result = new SimulatedClientResult<T>();
    this.queue(member, args, (batch) => {
      const value = compute(batch);
      batch.respond(value);
      batch.deliver(() => result.deliver(value));
    }, requires);
    return result;
  }

  /** Queues the check that settles `isNullObject` (made for every *OrNullObject proxy when it is created). */
  protected queueNullCheck(requires?: Requirement): void {
    this.context.enqueue({
      location: `${this.typeName}._instantiate`,
      request: { path: this.path },
      requires: requires ?? this.requirement(),
      execute: (batch) => {
        const missing = this.isMissing(batch);
        batch.respond(missing);
        batch.deliver(() => this.deliverNullState(missing));
      },
    });
  }

  protected notSimulated(member: string): never {
    throw new NotSimulatedError(`Excel.${this.typeName}.${member}`);
  }
}

/**
 * A proxy bound to one host object (a sheet id, a range, a table id, a note's
 * cell, a setting key). `nullable` proxies come from *OrNullObject methods:
 * they settle `isNullObject` at the next sync, and a missing object reads as
 * null instead of failing with ItemNotFound.
 */
export abstract class BoundClientObject<T> extends SimulatedClientObject {
  protected readonly binding: Binding<T>;

  constructor(
    context: OperationQueue,
    path: string,
    locate: (batch: BatchExecution) => T | undefined,
    private readonly nullable = false,
  ) {
    super(context, path);
    this.binding = new Binding(locate);
    if (nullable) this.queueNullCheck();
  }

  /** True while the bound object still exists in the batch's workbook. */
  protected abstract exists(batch: BatchExecution, bound: T): boolean;

  override isMissing(batch: BatchExecution): boolean {
    if (!this.nullable) return false;
    const bound = this.binding.find(batch);
    return bound === undefined || !this.exists(batch, bound);
  }

  /** The bound object; ItemNotFound when it does not (or no longer) exist. */
  protected boundIn(batch: BatchExecution): T {
    const bound = this.binding.find(batch);
    if (bound === undefined || !this.exists(batch, bound)) throw new SimulatedOfficeError('ItemNotFound', undefined, this.typeName);
    return bound;
  }
}

/** A collection proxy: `items` is loaded like a property, each item with its own selection. */
export abstract class SimulatedCollection<T extends SimulatedClientObject> extends SimulatedClientObject {
  get items(): T[] {
    return this.loaded<T[]>('items');
  }

  /** The items as they exist at this point of the batch, each bound to its host object. */
  abstract itemsIn(batch: BatchExecution): T[];

  defaultLoadNames(): readonly string[] {
    return [];
  }

  readScalar(_batch: BatchExecution, name: string): unknown {
    return this.notSimulated(name);
  }
}

/** Executes one load: reads the selected properties now, delivers them if the sync succeeds. */
export function executeLoad(batch: BatchExecution, object: SimulatedClientObject, selection: LoadSelection): void {
  if (object.isMissing(batch)) {
    batch.respond(null);
    batch.deliver(() => object.deliverNullState(true));
    return;
  }
  batch.deliver(() => object.deliverNullState(false));
  if (object instanceof SimulatedCollection) {
    loadCollection(batch, object, selection);
    return;
  }
  const scalars = new Set<string>(selection.all ? object.defaultLoadNames() : []);
  for (const [name, child] of selection.props) {
    const navigation = object.navigation(name);
    if (navigation) executeLoad(batch, navigation, child);
    else scalars.add(name);
  }
  const names = [...scalars];
  object.beforeLoad(batch, names);
  for (const name of names) {
    const value = object.readScalar(batch, name);
    batch.respond({ [name]: value });
    batch.deliver(() => object.deliverProperty(name, value));
  }
}

function loadCollection<T extends SimulatedClientObject>(
  batch: BatchExecution,
  collection: SimulatedCollection<T>,
  selection: LoadSelection,
): void {
  // Office.js reads any name other than `items` on a collection as a property of its items.
  const itemSelection: LoadSelection = { all: selection.all && selection.props.size === 0, props: new Map() };
  for (const [name, child] of selection.props) {
    if (name === 'items') {
      itemSelection.all = itemSelection.all || child.all;
      for (const [itemName, itemChild] of child.props) itemSelection.props.set(itemName, itemChild);
    } else itemSelection.props.set(name, child);
  }
  let items = collection.itemsIn(batch);
  if (selection.skip) items = items.slice(selection.skip);
  if (selection.top !== undefined) items = items.slice(0, selection.top);
  for (const item of items) executeLoad(batch, item, itemSelection);
  batch.deliver(() => collection.deliverProperty('items', items));
}

/** OfficeExtension.ClientResult: `value` throws ValueNotLoaded until the sync that computes it. */
export class SimulatedClientResult<T> {
  private state: { ready: false } | { ready: true; value: T } = { ready: false };

  get value(): T {
    if (!this.state.ready) throw new SimulatedOfficeError('ValueNotLoaded');
    return this.state.value;
  }

  deliver(value: T): void {
    this.state = { ready: true, value };
  }
}

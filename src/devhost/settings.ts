/**
 * Workbook.settings (ExcelApi 1.4): key → JSON value pairs saved in the
 * workbook, kept in the model so they survive a save and reopen.
 */
import type { BatchExecution } from './batch';
import { BoundClientObject, SimulatedClientResult, SimulatedCollection, guarded, type OperationQueue } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { JsonValue } from './model';
import { EXCEL_API, type Requirement } from './requirements';

const SETTINGS_API = EXCEL_API('1.4');

/** The value as it will be stored: JSON-safe or refused. */
function storable(value: unknown, location: string): JsonValue {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  }
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

export class SimulatedSetting extends BoundClientObject<string> {
  readonly typeName = 'Setting';

  protected override requirement(): Requirement {
    return SETTINGS_API;
  }

  protected exists(batch: BatchExecution, key: string): boolean {
    return key in batch.workbook.settings;
  }

  private keyIn(batch: BatchExecution): string {
    return this.boundIn(batch);
  }

  defaultLoadNames(): readonly string[] {
    return ['key', 'value'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const key = this.keyIn(batch);
    if (name === 'key') return key;
    if (name === 'value') return structuredCloneJson(batch.workbook.settings[key]);
    return this.notSimulated(name);
  }

  get key(): string {
    return this.loaded('key');
  }

  get value(): unknown {
    return this.loaded('value');
  }

  set value(value: unknown) {
    this.queue('value', value, (batch) => {
      const key = this.keyIn(batch);
      batch.workbook.settings[key] = storable(value, 'Setting.value');
    });
    this.echo('value', value);
  }

  delete(): void {
    this.queue('delete', [], (batch) => {
      const key = this.keyIn(batch);
      delete batch.workbook.settings[key];
    });
  }
}

function structuredCloneJson(value: JsonValue): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

export class SimulatedSettingCollection extends SimulatedCollection<SimulatedSetting> {
  readonly typeName = 'SettingCollection';

  constructor(context: OperationQueue, path: string) {
    super(context, path);
  }

  protected override requirement(): Requirement {
    return SETTINGS_API;
  }

  private itemFor(key: string, nullable = false): SimulatedSetting {
    const member = nullable ? 'getItemOrNullObject' : 'getItem';
    return guarded(
      new SimulatedSetting(
        this.context,
        `${this.path}.${member}(${JSON.stringify(key)})`,
        (batch) => {
          if (key in batch.workbook.settings) return key;
          if (!nullable) throw new SimulatedOfficeError('ItemNotFound', undefined, `SettingCollection.${member}`);
          return undefined;
        },
        nullable,
      ),
    );
  }

  itemsIn(batch: BatchExecution): SimulatedSetting[] {
    return Object.keys(batch.workbook.settings).map((key) => this.itemFor(key));
  }

  getItem(key: string): SimulatedSetting {
    return this.itemFor(key);
  }

  getItemOrNullObject(key: string): SimulatedSetting {
    return this.itemFor(key, true);
  }

  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => Object.keys(batch.workbook.settings).length);
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): SimulatedSetting {
    this.queue('add', [key, value], (batch) => {
      if (typeof key !== 'string' || key === '') throw new SimulatedOfficeError('InvalidArgument', undefined, 'SettingCollection.add');
      batch.workbook.settings[key] = storable(value, 'SettingCollection.add');
    });
    return this.itemFor(key);
  }
}

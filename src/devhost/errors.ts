/**
 * Errors shaped like OfficeExtension.Error (`name: 'RichApi.Error'`, `code`,
 * `debugInfo`), with the codes and messages Excel uses. Codes are the values
 * of Excel.ErrorCodes / OfficeExtension.ErrorCodes in @types/office-js.
 */
export const EXCEL_ERROR_MESSAGES = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'An internal error has occurred.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: 'This operation is not permitted for the current object.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: 'The cell count in range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
  ValueNotLoaded: 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
} as const;

export type ExcelErrorCode = keyof typeof EXCEL_ERROR_MESSAGES;

export interface SimulatedDebugInfo {
  code: string;
  message: string;
  /** `Range.values`, `Worksheet.getRange`… — where the failing statement was. */
  errorLocation?: string;
  statement?: string;
}

/** What Excel.run and context.sync reject with; `instanceof Error` too, so jest and loggers print it well. */
export class SimulatedOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: ExcelErrorCode;
  readonly debugInfo: SimulatedDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: ExcelErrorCode, detail?: string, errorLocation?: string, statement?: string) {
    const message = detail ?? EXCEL_ERROR_MESSAGES[code];
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation, statement };
  }
}

/** Excel's own wording for an unloaded property, naming it. */
export function propertyNotLoaded(typeName: string, property: string): SimulatedOfficeError {
  return new SimulatedOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

/**
 * A member of the Excel API that this simulator does not model. It is not an
 * Excel error: the add-in used something the devhost must learn first.
 */
export class NotSimulatedError extends Error {
  override readonly name = 'DevhostNotSimulated';
  readonly code = 'DevhostNotSimulated';
  constructor(member: string) {
    super(`src/devhost does not simulate ${member}; add it there (with a test) or avoid it in the adapter.`);
  }
}

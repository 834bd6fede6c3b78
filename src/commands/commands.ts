/// <reference types="office-js" />
/**
 * The function file of the ribbon (manifest: FunctionFile → commands.html,
 * ExecuteFunction → `validateWorkbookCommand`). Office finds the function by
 * `Office.actions.associate` (what Microsoft's current templates do) and, on
 * older clients without `Office.actions`, by the global name (the earlier way).
 */
import { createExcelChecker } from '../excel';
import { validateCommandHandler } from './validate-command';

export const VALIDATE_COMMAND = 'validateWorkbookCommand';

const validateWorkbookCommand = validateCommandHandler(() => createExcelChecker({ Excel, Office }));

// Without Office.js (the page opened in a plain browser, or the CDN unreachable) there is nothing to register with.
if (typeof Office !== 'undefined') {
  // Office initialises the function file once onReady (or initialize) is set.
  void Office.onReady();
  if (typeof Office.actions?.associate === 'function') Office.actions.associate(VALIDATE_COMMAND, validateWorkbookCommand);
}
(globalThis as Record<string, unknown>)[VALIDATE_COMMAND] = validateWorkbookCommand;

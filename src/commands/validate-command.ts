/**
 * The ribbon's one-click Validate (DESIGN §1, the reviewer's job): validate the
 * whole workbook, mark the cells, write the Issues sheet and bring that sheet
 * to the front so the result is visible at once. A function command has no UI
 * of its own, so a failure is reported to the log in both languages — the
 * checker has already left the workbook as it was (CheckerError's promise).
 */
import { CheckerError, type Checker, type Language, type ValidationSummary } from '../excel/types';

export type ValidateCommandOutcome =
  | { kind: 'validated'; summary: ValidationSummary; language: Language }
  | { kind: 'failed'; error: unknown };

/** Where the command reports what it cannot show (the console of the function file by default). */
export interface CommandLog {
  error(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
}

/**
 * The language of the Issues sheet and notes: the one the user chose in the task
 * pane (stored in the workbook), else Office's display language.
 */
async function chosenLanguage(checker: Checker): Promise<Language> {
  try {
    return (await checker.loadSettings()).language ?? checker.displayLanguage();
  } catch {
    // Unreadable settings make validate() fail with the real reason below; the language is not the story.
    return checker.displayLanguage();
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof CheckerError) return `${error.text.en} / ${error.text.th}`;
  return error instanceof Error ? error.message : String(error);
}

/** `await runValidateCommand(createExcelChecker({ Excel, Office }))` → the Issues sheet is active and filled. */
export async function runValidateCommand(checker: Checker, log: CommandLog = console): Promise<ValidateCommandOutcome> {
  const language = await chosenLanguage(checker);
  let summary: ValidationSummary;
  try {
    summary = await checker.validate({ lang: language });
  } catch (error) {
    log.error(`Project Report Checker: validation failed: ${describeFailure(error)}`);
    return { kind: 'failed', error };
  }
  try {
    await checker.select(summary.issuesSheet, 'A1');
  } catch (error) {
    // The marks and the Issues sheet are written; only bringing the sheet forward failed.
    log.warn(`Project Report Checker: could not show the '${summary.issuesSheet}' sheet: ${describeFailure(error)}`);
  }
  return { kind: 'validated', summary, language };
}

/** What Office passes to an ExecuteFunction command: `completed()` must be called, whatever happened. */
export interface CommandEvent {
  completed(options?: unknown): void;
}

/**
 * The handler Office calls for the ribbon button. The checker is made on each
 * click (Office's globals are only usable after Office.onReady).
 */
export function validateCommandHandler(makeChecker: () => Checker, log: CommandLog = console): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await runValidateCommand(makeChecker(), log);
    } catch (error) {
      log.error(`Project Report Checker: the Validate command could not start: ${describeFailure(error)}`);
    } finally {
      event.completed();
    }
  };
}

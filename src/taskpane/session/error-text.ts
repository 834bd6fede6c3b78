import { CheckerError, type Language } from '../../excel/types';
import { UI_TEXT } from '../i18n';

/** What the pane says about a failure: a CheckerError's own words, else a generic message with the detail. */
export function errorText(error: unknown, lang: Language): { message: string; detail?: string } {
  if (isCheckerError(error)) return { message: error.text[lang] };
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return { message: UI_TEXT[lang].genericError, ...(detail ? { detail } : {}) };
}

/** instanceof, or the same shape when the pane and the checker were bundled apart. */
function isCheckerError(error: unknown): error is Pick<CheckerError, 'text'> {
  if (error instanceof CheckerError) return true;
  const text = (error as { name?: unknown; text?: { th?: unknown; en?: unknown } } | null)?.text;
  return (error as { name?: unknown } | null)?.name === 'CheckerError'
    && typeof text?.th === 'string' && typeof text.en === 'string';
}

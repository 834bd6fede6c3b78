import type { Language } from '../../excel/types';

/**
 * When a waiver or a fix was made: `19 ต.ค. 2562 14:05` (Buddhist era in Thai) /
 * `19 Oct 2019, 14:05`; an unreadable stamp is shown as stored.
 */
export function formatTimestamp(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

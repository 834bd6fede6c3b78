/**
 * The reviewer's name for waivers, remembered in this browser (the pane's own
 * storage) so it is typed once: Office gives an add-in no user name without a
 * sign-in, and a name kept in the workbook would greet the next reviewer as this one.
 * Storage may be refused (private mode, blocked): then the name is simply not remembered.
 */
const KEY = 'reportChecker.reviewerName';

export function rememberedReviewerName(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberReviewerName(name: string): void {
  try {
    if (name.trim() === '') globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, name.trim());
  } catch {
    // Not remembered; the waiver itself still carries the name.
  }
}

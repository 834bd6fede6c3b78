import type { Issue } from '../../src/core/model';
import { groupFindings } from '../../src/taskpane/components/FindingsPanel/group-findings';
import { findingKey, noticePlace, resumeAfter, walkPlace } from '../../src/taskpane/components/FindingNavigator/walk-findings';
import { FIXABLE_ISSUES, SAMPLE_ISSUES } from './fake-checker';

/** A fresh copy, as a re-validation makes new finding objects. */
const revalidated = (issues: readonly Issue[]) => issues.map((issue) => ({ ...issue }));
const cellOf = (issue: Issue | undefined) => issue && `${issue.sheet}!${issue.cell}`;

describe('where the walk goes on after a finding was handled', () => {
  // By rule: Projects!D3, Reports!F5, Reports!F7, แผน 2563!C4, Projects!B3.
  const ALL = [...SAMPLE_ISSUES, FIXABLE_ISSUES[1]];
  const before = groupFindings(ALL, 'rule');
  const handled = before[3].issues[0];
  const resume = resumeAfter(before, handled)!;

  it('remembers the finding and those that followed it', () => {
    expect(cellOf(handled)).toBe('แผน 2563!C4');
    expect(resume).toEqual({ handled: findingKey(handled), group: 'thai-digits', following: [findingKey(FIXABLE_ISSUES[1])] });
  });

  it('goes on to the finding that followed, in the new list of new objects', () => {
    const after = groupFindings(revalidated(ALL.filter((issue) => issue !== handled)), 'rule');
    const place = walkPlace(after, undefined, resume);
    expect(place).toMatchObject({ position: 0, total: 4, resumeAt: 4 });
    expect(cellOf(place.next)).toBe('Projects!B3');
    expect(cellOf(place.previous)).toBe('Reports!F7');
    // The fixed finding's group is gone: the notice goes before the finding the walk goes on to.
    expect(noticePlace(after, resume)).toEqual({ group: 'stray-whitespace', before: findingKey(FIXABLE_ISSUES[1]) });
  });

  it('goes on from the finding itself when it is back (an undo), the notice after it', () => {
    const after = groupFindings(revalidated(ALL), 'rule');
    const place = walkPlace(after, undefined, resume);
    expect(place.resumeAt).toBe(4);
    expect(cellOf(place.next)).toBe('แผน 2563!C4');
    expect(noticePlace(after, resume)).toEqual({ group: 'thai-digits', before: undefined });
  });

  it('says the list ended when the last finding was handled', () => {
    const last = resumeAfter(before, before[4].issues[0])!;
    const after = groupFindings(revalidated(ALL.slice(0, 4)), 'rule');
    expect(walkPlace(after, undefined, last)).toMatchObject({ resumeAt: 5, total: 4, next: undefined });
    expect(noticePlace(after, last)).toEqual({ group: 'thai-digits' });
  });

  it('follows the current finding when there is one, and has no place when the list is empty', () => {
    const after = groupFindings(revalidated(ALL), 'rule');
    const place = walkPlace(after, after[0].issues[0], resume);
    expect(place.position).toBe(1);
    expect(place).not.toHaveProperty('resumeAt');
    expect(noticePlace([], resume)).toBeUndefined();
  });
});

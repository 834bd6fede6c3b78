/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { FakeChecker, FIXABLE_ISSUES, SAMPLE_ISSUES } from './fake-checker';
import { MAPPING_TABLES, PROGRESS_WARNING, RETURNED_NOT_RUN, UNKNOWN_H } from './mapping-fixtures';
import { renderPane, settled, validateWorkbook } from './render-pane';

// axe measures icon ligatures on a canvas, which jsdom lacks; without one it skips that heuristic.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

/**
 * axe's violations on the whole document (dialogs are portalled out of the pane); jsdom has no layout, so no
 * contrast check. `skip`: rules left out at that step, each with its reason where it is passed.
 */
async function violations(skip: string[] = []): Promise<string[]> {
  const rules = Object.fromEntries(['color-contrast', ...skip].map((id) => [id, { enabled: false }]));
  const result = await axe.run(document.body, { rules });
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// An axe scan of the whole pane in jsdom takes tens of seconds on a busy two-core machine.
jest.setTimeout(120_000);

describe('accessibility of the pane', () => {
  it.each(['en', 'th'] as const)('has no axe violations with findings, the walk under way, waivers, a fix applied, mapping and the waive dialog open (%s)', async (lang) => {
    const checker = new FakeChecker({
      displayLanguage: lang,
      // The sample's Thai-digit finding is waived; the stray spaces give a fix to apply.
      issues: [...SAMPLE_ISSUES, FIXABLE_ISSUES[1]],
      settings: { waivers: [{ rule: 'thai-digits', sheet: 'แผน 2563', cell: 'C4', value: '"๑๒"', reason: 'ok', waivedAt: '2020-03-01T00:00:00.000Z' }] },
    });
    await renderPane(checker);
    expect(await violations()).toEqual([]);

    await validateWorkbook(checker);
    // The walk's navigator with a finding selected through it: its live position text and the current card.
    fireEvent.click(screen.getByRole('button', { name: /^(Next|ถัดไป)$/ }));
    await waitFor(() => expect(checker.callsOf('select')).toHaveLength(1));
    expect(screen.getByText(/^(Finding 1 of 4|รายการที่ 1 จาก 4)$/)).toBeTruthy();
    expect(document.querySelector('[aria-current="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Waived findings|รายการที่ยกเว้น/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Projects — / }));
    expect(await violations()).toEqual([]);

    // The success bar with Undo, and the applied fixes panel open.
    fireEvent.click(screen.getByRole('button', { name: /^(Apply fix to|แก้ตามคำแนะนำ ที่เซลล์) Projects!B3$/ }));
    await waitFor(() => expect(checker.callsOf('validate')).toHaveLength(2));
    await settled();
    fireEvent.click(screen.getByRole('button', { name: /^(Applied fixes|รายการที่แก้ตามคำแนะนำ) \(1\)$/ }));
    expect(screen.getAllByRole('button', { name: /^(Undo the fix at|เลิกทำ การแก้ที่เซลล์) Projects!B3$/ })).toHaveLength(2);
    expect(await violations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: /Reports!F5$/ }));
    await screen.findByRole('dialog');
    expect(await violations()).toEqual([]);
  });

  it.each(['en', 'th'] as const)('has no axe violations with checks not run, a column mapped from a finding and its grouped list open (%s)', async (lang) => {
    const checker = new FakeChecker({ displayLanguage: lang, tables: MAPPING_TABLES, issues: [RETURNED_NOT_RUN, PROGRESS_WARNING, UNKNOWN_H] });
    await renderPane(checker);
    await validateWorkbook(checker);
    // The Results line's Map column: the suggested column listed first, marked, described and focused.
    fireEvent.click(screen.getAllByRole('button', { name: /^(Map column…|จับคู่คอลัมน์…) .*Projects!A1$/ })[0]);
    await screen.findByRole('region', { name: /^Projects — / });
    fireEvent.click(screen.getByRole('button', { name: /^Reports — / }));
    expect(await violations()).toEqual([]);

    fireEvent.click(screen.getByRole('combobox', { name: /^(Column|คอลัมน์) H / }));
    await screen.findByRole('listbox');
    // An open list is portalled to the end of the page, outside the pane's landmarks, as every Fluent popup
    // is; it belongs to its combobox (aria-controls), so axe's best-practice `region` is left out here.
    expect(await violations(['region'])).toEqual([]);
  });
});

import { cellKey, planMarks, type CellObservation, type DesiredMark } from '../../src/excel/mark-plan';
import type { SavedCell } from '../../src/excel/saved-marks';

const RED = '#FFC7CE';
const YELLOW = '#FFEB9C';
const OURS = 'Project Report Checker\nError · required-value\n…';

function observed(entries: Array<[string, CellObservation]>): Map<string, CellObservation> {
  return new Map(entries.map(([cell, observation]) => [cellKey('S', cell), observation]));
}

const want = (cell: string, fill = RED, note: string | undefined = OURS): DesiredMark => ({ sheet: 'S', cell, fill, note });

describe('planMarks', () => {
  it('saves a first-time cell as it is — no fill is not white — and marks it', () => {
    const plan = planMarks({
      saved: [],
      observed: observed([['A1', { fill: null, noteExists: false, noteText: null }], ['A2', { fill: '#FFFFFF', noteExists: true, noteText: 'ของผู้ใช้' }]]),
      desired: [want('A1'), want('A2')],
      notes: true,
    });
    expect(plan.staged).toEqual([
      { sheet: 'S', cell: 'A1', fill: null, note: null, mark: RED },
      { sheet: 'S', cell: 'A2', fill: '#FFFFFF', note: 'ของผู้ใช้', mark: RED },
    ]);
    expect(plan.changes).toEqual([
      { sheet: 'S', cell: 'A1', fill: RED, note: { kind: 'add', text: OURS } },
      { sheet: 'S', cell: 'A2', fill: RED, note: { kind: 'update', text: OURS } },
    ]);
    expect(plan.saved).toEqual(plan.staged);
  });

  it('re-marking keeps the first original (never saves its own mark as an original)', () => {
    const saved: SavedCell[] = [{ sheet: 'S', cell: 'A1', fill: null, note: 'ของผู้ใช้', mark: RED }];
    const plan = planMarks({ saved, observed: observed([['A1', { fill: RED, noteExists: true }]]), desired: [want('A1', YELLOW)], notes: true });
    expect(plan.saved).toEqual([{ sheet: 'S', cell: 'A1', fill: null, note: 'ของผู้ใช้', mark: YELLOW }]);
    expect(plan.changes).toEqual([{ sheet: 'S', cell: 'A1', fill: YELLOW, note: { kind: 'update', text: OURS } }]);
  });

  it('restores a cell no longer flagged: no fill back to no fill, the user note back, the add-in note deleted', () => {
    const saved: SavedCell[] = [
      { sheet: 'S', cell: 'A1', fill: null, note: null, mark: RED },
      { sheet: 'S', cell: 'A2', fill: '#FFFFFF', note: 'ของผู้ใช้', mark: RED },
    ];
    const plan = planMarks({ saved, observed: observed([['A1', { fill: RED, noteExists: true }], ['A2', { fill: RED, noteExists: true }]]), desired: [], notes: true });
    expect(plan.changes).toEqual([
      { sheet: 'S', cell: 'A1', fill: null, note: { kind: 'delete' } },
      { sheet: 'S', cell: 'A2', fill: '#FFFFFF', note: { kind: 'update', text: 'ของผู้ใช้' } },
    ]);
    expect(plan.saved).toEqual([]);
    expect(plan.restored).toBe(2);
  });

  it("leaves a colour the user chose after marking, and takes it as the cell's original when it is marked again", () => {
    const saved: SavedCell[] = [{ sheet: 'S', cell: 'A1', fill: null, note: null, mark: RED }];
    const recoloured = observed([['A1', { fill: '#00FF00', noteExists: true }]]);
    expect(planMarks({ saved, observed: recoloured, desired: [], notes: true }).changes).toEqual([{ sheet: 'S', cell: 'A1', note: { kind: 'delete' } }]);
    expect(planMarks({ saved, observed: recoloured, desired: [want('A1')], notes: true }).saved).toEqual([{ sheet: 'S', cell: 'A1', fill: '#00FF00', note: null, mark: RED }]);
  });

  it("puts back the user's note even when the user deleted the add-in's note over it", () => {
    const saved: SavedCell[] = [{ sheet: 'S', cell: 'A1', fill: null, note: 'ของผู้ใช้', mark: RED }];
    const plan = planMarks({ saved, observed: observed([['A1', { fill: RED, noteExists: false }]]), desired: [], notes: true });
    expect(plan.changes).toEqual([{ sheet: 'S', cell: 'A1', fill: null, note: { kind: 'add', text: 'ของผู้ใช้' } }]);
  });

  it("on a host without notes, leaves notes alone and keeps a pending note restore for a host with notes", () => {
    const saved: SavedCell[] = [{ sheet: 'S', cell: 'A1', fill: null, note: 'ของผู้ใช้', mark: RED }, { sheet: 'S', cell: 'A2', fill: null, mark: RED }];
    const plan = planMarks({ saved, observed: observed([['A1', { fill: RED }], ['A2', { fill: RED }]]), desired: [], notes: false });
    expect(plan.changes).toEqual([{ sheet: 'S', cell: 'A1', fill: null }, { sheet: 'S', cell: 'A2', fill: null }]);
    expect(plan.saved).toEqual([{ sheet: 'S', cell: 'A1', fill: null, note: 'ของผู้ใช้', mark: null }]);
    // Back on a host with notes: the fill is not the add-in's any more, the note still is.
    const later = planMarks({ saved: plan.saved, observed: observed([['A1', { fill: null, noteExists: true }]]), desired: [], notes: true });
    expect(later.changes).toEqual([{ sheet: 'S', cell: 'A1', note: { kind: 'update', text: 'ของผู้ใช้' } }]);
    expect(later.saved).toEqual([]);
  });

  it('treats a note of its own that it lost track of as its own: removed, not saved as an original', () => {
    const plan = planMarks({ saved: [], observed: observed([['A1', { fill: null, noteExists: true, noteText: OURS }]]), desired: [want('A1')], notes: true });
    expect(plan.saved).toEqual([{ sheet: 'S', cell: 'A1', fill: null, note: null, mark: RED }]);
  });

  it('changes nothing on a cell already showing the mark', () => {
    const saved: SavedCell[] = [{ sheet: 'S', cell: 'A1', fill: null, mark: RED }];
    const plan = planMarks({ saved, observed: observed([['A1', { fill: RED }]]), desired: [want('A1', RED, undefined)], notes: false });
    expect(plan.changes).toEqual([]);
  });
});

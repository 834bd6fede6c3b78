/**
 * The demo's session while a workbook opens: its file code is a chunk fetched on first use, so
 * for a moment the page says what it is opening (the grid's "opening the sample…" state), then
 * the workbook is there — or the page says why not, and nothing is left half-open.
 */
import { DemoSession, SAMPLE_FILE_NAME } from '../../src/demo/demo-session';

function newSession(): DemoSession {
  return new DemoSession('en', () => undefined);
}

describe('DemoSession opening a workbook', () => {
  it('says it is opening the sample until the sample is open', async () => {
    const session = newSession();
    expect(session.getState().opening).toBeUndefined();
    const opened = session.loadSample();
    expect(session.getState().opening).toEqual({ fileName: SAMPLE_FILE_NAME, sample: true });
    await opened;
    const state = session.getState();
    expect(state.opening).toBeUndefined();
    expect(state.problem).toBeUndefined();
    expect(state.workbook?.fileName).toBe(SAMPLE_FILE_NAME);
  });

  it('names the file it is opening, and stops saying so when the file is refused', async () => {
    const session = newSession();
    const opened = session.openFile(new File(['not a zip'], 'notes.xlsx'));
    expect(session.getState().opening).toEqual({ fileName: 'notes.xlsx', sample: false });
    await opened;
    const state = session.getState();
    expect(state.opening).toBeUndefined();
    expect(state.workbook).toBeUndefined();
    expect(state.problem).toMatchObject({ kind: 'open', fileName: 'notes.xlsx' });
  });
});

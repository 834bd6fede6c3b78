import { DEFAULT_READ_LIMITS, RuleConfig } from '../../../src/core/model';

describe('the config file\'s "limits"', () => {
  it('defaults to limits Excel\'s own maxima pass: 32,767 characters a cell, 1,048,576 rows of 8 columns', () => {
    expect(RuleConfig.parse({}).limits).toEqual(DEFAULT_READ_LIMITS);
    expect(DEFAULT_READ_LIMITS.maxCellChars).toBe(32_767);
    expect(DEFAULT_READ_LIMITS.maxCells).toBeGreaterThanOrEqual(1_048_576 * 8);
  });

  it('raises one limit and keeps the others at their defaults', () => {
    const { limits } = RuleConfig.parse({ limits: { maxCells: 20_000_000 } });
    expect(limits).toEqual({ ...DEFAULT_READ_LIMITS, maxCells: 20_000_000 });
  });

  it('refuses a limit that is not a positive whole number, and a key it does not know', () => {
    const problems = (input: unknown) => {
      const result = RuleConfig.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(problems({ limits: { maxCells: -1 } })).toEqual(['limits.maxCells']);
    expect(problems({ limits: { maxInputBytes: 1.5 } })).toEqual(['limits.maxInputBytes']);
    expect(problems({ limits: { maxRows: 10 } })).toEqual(['limits']);
  });
});

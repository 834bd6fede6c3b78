import fc from 'fast-check';
import { RuleConfig } from '../../../src/core/model';
import { MAX_CODE_LENGTH, codePatternProblem } from '../../../src/core/model/code-pattern';

/**
 * A codePattern runs in bounded time (issue 9): what can backtrack catastrophically is refused
 * with its reason, what agencies write is accepted.
 */

describe('codePatternProblem', () => {
  it.each([
    ['^(a+)+$', /^nested quantifiers: \(a\+\)\+ repeats a group that repeats inside/],
    ['(\\d+)*-', /^nested quantifiers: \(\\d\+\)\*/],
    ['(.*a){20}', /^nested quantifiers: \(\.\*a\)\{20\}/],
    ['^(a?){30}a{30}$', /^nested quantifiers: \(a\?\)\{30\}/],
    ['(a|a)*$', /^the alternatives in \(a\|a\)\* can match the same text/],
    ['^(?:\\d|[0-5])+$', /^the alternatives in \(\?:\\d\|\[0-5\]\)\+ can match the same text/],
    ['^(?:a|)+$', /^the alternatives in .* can match the same text/],
    ['^(\\d)\\1$', /^the back-reference \\1 can make matching take exponential time/],
    ['^(?<digit>\\d)\\k<digit>$', /^the back-reference \\k<digit>/],
    ['^\\d*\\d*\\d*x$', /^too many ways to match/],
    ['\\d*\\d*x', /^too many ways to match/],
    [`^${'(a|a)'.repeat(20)}$`, /^too many ways to match/],
  ])('refuses %s', (pattern, reason) => {
    expect(codePatternProblem(pattern)).toMatch(reason);
  });

  it('refuses a pattern of more than 1,000 characters', () => {
    expect(codePatternProblem(`^${'a'.repeat(1_001)}$`)).toBe('the pattern is 1,003 characters long; at most 1,000 are accepted');
  });

  it.each([
    '^\\d{8}-\\d{4}$', '^[0-9]{2}-[A-Z]{3}-\\d{3}$', '^[A-Z]{2,4}-\\d+$', '^[A-Z]+-\\d+-\\d+$',
    '^(?:BK|KT)-\\d{3}$', '^\\d{8}(-\\d{4})?$', '^(ab|cd)+$', '^(\\d{2}-)+\\d+$', '^[ก-ฮ]{2}\\d{4}$',
    '^\\p{L}+\\d+$', '^(?=\\d)\\d{4}$', '^\\s*\\d+\\s*$', '\\d{8}-\\d{4}', '^[^-]+-[^-]+$', '^.*$',
  ])('accepts %s', (pattern) => {
    expect(codePatternProblem(pattern)).toBeUndefined();
  });

  it('is what RuleConfig says of a codePattern, in one line', () => {
    const result = RuleConfig.safeParse({ codePattern: '^(a+)+$' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['codePattern', expect.stringMatching(/^codePattern refused: nested quantifiers: .*[^\n]$/)],
    ]);
    expect(RuleConfig.safeParse({ codePattern: '(' }).error?.issues[0].message).toBe('codePattern is not a valid regular expression');
  });

  it('every pattern it accepts matches any code of 64 characters in bounded time (random patterns)', () => {
    // Patterns built from classes that overlap, groups, alternatives and every kind of quantifier.
    const { pattern } = fc.letrec<{ pattern: string; alternation: string; sequence: string; item: string }>((tie) => ({
      item: fc.tuple(
        fc.oneof({ maxDepth: 2 }, fc.constantFrom('a', 'b', '1', '\\d', '.', '[ab]', '[a1]', '-'), tie('alternation').map((a) => `(?:${a})`)),
        fc.constantFrom('', '', '*', '+', '?', '{2,5}', '{3}', '{0,3}'),
      ).map(([atom, quantifier]) => atom + quantifier),
      sequence: fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((items) => items.join('')),
      alternation: fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }).map((options) => options.join('|')),
      pattern: fc.tuple(fc.boolean(), tie('alternation'), fc.boolean()).map(([start, body, end]) => `${start ? '^' : ''}(?:${body})${end ? '$' : ''}`),
    }));
    const codes = ['a', 'b', '1', 'ab', 'a1', 'a-'].flatMap((unit) => {
      const full = unit.repeat(MAX_CODE_LENGTH).slice(0, MAX_CODE_LENGTH);
      return [full, `${full.slice(1)}!`, `${full.slice(1)}-`];
    });
    let accepted = 0;
    fc.assert(fc.property(pattern, (source) => {
      if (codePatternProblem(source) !== undefined) return;
      accepted++;
      const matcher = new RegExp(source, 'u');
      const started = performance.now();
      for (const code of codes) matcher.test(code);
      // Well under a millisecond; the bound leaves room for a busy machine.
      const ms = performance.now() - started;
      if (ms > 100) throw new Error(`${source} took ${ms.toFixed(0)} ms on ${codes.length} codes`);
    }), { numRuns: 2_000, seed: 9 });
    expect(accepted).toBeGreaterThan(200);
  }, 60_000);
});

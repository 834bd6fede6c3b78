import { RULE_IDS } from '../../src/core/model';
import { RULE_TITLE } from '../../src/taskpane/rule-titles';

describe('rule titles', () => {
  it('has exactly the catalogue’s rule ids', () => {
    expect(Object.keys(RULE_TITLE).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_IDS).toHaveLength(43);
  });

  it.each([...RULE_IDS])('%s: has a Thai and an English title', (id) => {
    const title = RULE_TITLE[id];
    expect(title.th.trim()).not.toBe('');
    expect(title.en.trim()).not.toBe('');
    expect(title.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(title.en).toMatch(/^[A-Z]/);
  });

  it('gives every rule its own title', () => {
    const titles = Object.values(RULE_TITLE);
    expect(new Set(titles.map((t) => t.th)).size).toBe(titles.length);
    expect(new Set(titles.map((t) => t.en)).size).toBe(titles.length);
  });
});

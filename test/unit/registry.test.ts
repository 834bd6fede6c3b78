import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/core/model';
import { RULES } from '../../src/core/rules/registry';

describe('rule registry', () => {
  it('holds every rule id of the catalogue exactly once, in catalogue order', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULE_IDS)('%s lives in a file named after its id, with a test beside the others', (id) => {
    expect(existsSync(join(__dirname, '../../src/core/rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(__dirname, 'rules', `${id}.test.ts`))).toBe(true);
  });

});

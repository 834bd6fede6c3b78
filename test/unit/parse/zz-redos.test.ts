import { parseCell } from '../../../src/core/parse';
const KINDS = ['code', 'text', 'year', 'date', 'amount', 'percent', 'count', 'yesno'] as const;
const samples = {
  spaces: '1' + ' '.repeat(32000) + 'x',
  digits: '1'.repeat(32000) + 'x',
  mixed: '1 '.repeat(16000) + 'x',
  thai: 'ก '.repeat(16000) + '1',
  dots: '1.'.repeat(16000) + 'x',
  commas: '1,'.repeat(16000),
  paren: '('.repeat(16000) + '1' + ')'.repeat(15999),
  bahts: '1' + ' '.repeat(32000) + 'บ',
};
it('timing', () => {
  for (const [name, s] of Object.entries(samples)) for (const k of KINDS) {
    const t = Date.now(); parseCell(k, s, 'General'); const ms = Date.now() - t;
    if (ms > 20) console.log(name, k, ms);
  }
});

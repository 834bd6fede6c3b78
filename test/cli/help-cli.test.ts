import { USAGE } from '../../src/cli/usage';
import { cli } from '../helpers/cli';

/** `report-checker COMMAND --help` prints that command's usage and exits 0, as `--help` alone does. */
describe('report-checker help', () => {
  it.each(['validate', 'fill', 'consolidate', 'sample'])('%s --help prints its own usage line and the notes, exit 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const result = await cli(command, flag);
      expect(result.code).toBe(0);
      expect(result.stderr).toEqual([]);
      const lines = result.stdout.join('\n').split('\n');
      expect(lines[0]).toBe('Usage:');
      expect(lines.filter((line) => line.startsWith('  report-checker '))).toEqual([expect.stringMatching(new RegExp(`^  report-checker ${command} `))]);
      expect(lines).toContain('Exit codes: 0 no errors found, 1 errors found, 2 bad usage or unreadable file.');
    }
  });

  it('a --help among other options still prints the usage, without reading any file', async () => {
    const result = await cli('fill', 'no-such-file.xlsx', '--all', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toContain('report-checker fill FILE.xlsx|FILE.csv');
  });

  it('after `--`, --help is a file name, not a request for help', async () => {
    const result = await cli('validate', '--', '--help');
    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([expect.stringMatching(/^report-checker: .*--help/)]);
  });

  it('--help alone lists every command', async () => {
    expect(await cli('--help')).toEqual({ code: 0, stdout: [USAGE], stderr: [] });
  });
});

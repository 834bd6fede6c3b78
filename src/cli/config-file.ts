import { readFileSync } from 'node:fs';
import { RuleConfig } from '../core/model';
import { CliError } from './usage';

/** Reads and validates a rule configuration file (JSON, DESIGN §5 thresholds). */
export function readConfigFile(path: string): RuleConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read config file ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const result = RuleConfig.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new CliError(`invalid config file ${path}: ${problems.join('; ')}`);
  }
  return result.data;
}

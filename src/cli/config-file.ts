import { RuleConfig } from '../core/model';
import { readFileWithin } from '../xlsx/read-file';
import { CliError } from './usage';

/**
 * The largest config file read: a rule configuration with an agency's whole header vocabulary
 * is a few kilobytes, so 16 MB leaves room for any real one and none for `/dev/zero`.
 */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/** Reads and validates a rule configuration file (JSON, DESIGN §5 thresholds). */
export function readConfigFile(path: string): RuleConfig {
  let text: string;
  try {
    const bytes = readFileWithin(path, MAX_CONFIG_BYTES, 'config file', () => new Error(`config file ${path} is larger than 16 MB; a config file is a few kilobytes of JSON`));
    text = new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    throw new CliError(error instanceof Error && error.message.includes(path) ? error.message : `cannot read config file ${path}`);
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

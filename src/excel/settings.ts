/**
 * CheckerSettings as JSON in the state sheet: what the user configured
 * (rule config, per-sheet overrides), the waivers and the language choice.
 * Text that does not parse reads as the defaults, field by field where possible.
 */
import '../core/model/zod';
import { z } from 'zod';
import { RuleId } from '../core/model';
import { parseStoredJson } from './state-layout';
import type { CheckerSettings, Waiver } from './types';

const StoredWaiver = z.object({
  rule: RuleId,
  sheet: z.string(),
  cell: z.string(),
  value: z.string().optional(),
  reason: z.string(),
  waivedAt: z.string(),
  by: z.string().optional(),
});

const StoredSettings = z.object({
  config: z.record(z.string(), z.unknown()).catch({}),
  overrides: z.record(z.string(), z.unknown()).catch({}),
  waivers: z.array(z.unknown()).catch([]),
  language: z.enum(['th', 'en']).optional().catch(undefined),
});

export function defaultSettings(): CheckerSettings {
  return { config: {}, overrides: {}, waivers: [] };
}

/** The settings stored as `text`; defaults for what is missing or unreadable (a bad waiver is dropped, not the rest). */
export function decodeSettings(text: string | undefined): CheckerSettings {
  const stored = parseStoredJson(text, StoredSettings);
  if (!stored) return defaultSettings();
  const waivers = stored.waivers
    .map((waiver) => StoredWaiver.safeParse(waiver))
    .filter((result) => result.success)
    .map((result) => result.data as Waiver);
  const settings: CheckerSettings = {
    config: stored.config as CheckerSettings['config'],
    overrides: stored.overrides as CheckerSettings['overrides'],
    waivers,
  };
  if (stored.language) settings.language = stored.language;
  return settings;
}

export function encodeSettings(settings: CheckerSettings): string {
  return JSON.stringify(settings);
}

/**
 * CheckerSettings as JSON in the state sheet: what the user configured
 * (rule config, per-sheet overrides), the waivers and the language choice.
 * Text that does not parse reads as the defaults, field by field where possible.
 */
import { z } from 'zod';
import { RuleId } from '../core/model';
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
  if (!text) return defaultSettings();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return defaultSettings();
  }
  const parsed = StoredSettings.safeParse(json);
  if (!parsed.success) return defaultSettings();
  const waivers = parsed.data.waivers
    .map((waiver) => StoredWaiver.safeParse(waiver))
    .filter((result) => result.success)
    .map((result) => result.data as Waiver);
  const settings: CheckerSettings = {
    config: parsed.data.config as CheckerSettings['config'],
    overrides: parsed.data.overrides as CheckerSettings['overrides'],
    waivers,
  };
  if (parsed.data.language) settings.language = parsed.data.language;
  return settings;
}

export function encodeSettings(settings: CheckerSettings): string {
  return JSON.stringify(settings);
}

import './zod';
import { z } from 'zod';

/** A calendar date as ISO `YYYY-MM-DD` in the Gregorian calendar (CE); compares as a string. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = z.infer<typeof IsoDate>;

/** A project of DESIGN §3, its values already parsed (fiscal year in BE, amounts in baht). */
export const Project = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  fiscalYear: z.number().int(),
  startDate: IsoDate,
  endDate: IsoDate,
  budget: z.number(),
  spent: z.number().optional(),
  returned: z.number().optional(),
  agency: z.string().optional(),
  owner: z.string().optional(),
  coordinator: z.string().optional(),
  strategy: z.string().optional(),
  rationale: z.string().optional(),
  objectives: z.string().optional(),
  targets: z.string().optional(),
});
export type Project = z.infer<typeof Project>;

/** One progress report (รายงานครั้งที่ N) of a project. */
export const ProgressReport = z.object({
  projectCode: z.string().min(1),
  reportNo: z.number().int(),
  reportDate: IsoDate,
  stage: z.string().optional(),
  /** Percent, 0–100 scale. */
  progress: z.number(),
  /** Cumulative baht disbursed up to this report. */
  disbursedToDate: z.number().optional(),
  disbursedInPeriod: z.number().optional(),
  onPlan: z.boolean().optional(),
  onTarget: z.boolean().optional(),
});
export type ProgressReport = z.infer<typeof ProgressReport>;

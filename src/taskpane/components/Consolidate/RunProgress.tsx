import { Field, ProgressBar } from '@fluentui/react-components';
import type { ConsolidationRunStep } from '../../../excel/consolidate/types';
import type { Language } from '../../../excel/types';
import { CONSOLIDATE_TEXT } from './consolidate-text';

/**
 * Where each stage of a run sits on the one bar, from its start to the next stage's: roughly the
 * share of the time each took for ten agency files of 200 projects and 2,000 reports each
 * (docs/benchmarks.md, section consolidate-pane), so the bar moves at an even pace.
 */
const STAGE_SPAN: Record<ConsolidationRunStep['stage'], { from: number; to: number }> = {
  merging: { from: 0, to: 0.1 },
  checking: { from: 0.1, to: 0.45 },
  writing: { from: 0.45, to: 1 },
  done: { from: 1, to: 1 },
};

/** How much of the whole run is done at `step`, 0 to 1, never going back as the stages follow each other. */
export function runFraction(step: ConsolidationRunStep): number {
  const { from, to } = STAGE_SPAN[step.stage];
  const [done, total] = step.stage === 'writing' ? [step.rows, step.totalRows] : step.stage === 'done' ? [1, 1] : [step.done, step.total];
  const part = total > 0 ? Math.min(done, total) / total : 0;
  // Written so that a stage's end is exactly the next one's start.
  return from * (1 - part) + to * part;
}

/** The bar's label (what the run is doing) and hint (how far it is), in the pane's language. */
export function runStepText(step: ConsolidationRunStep, lang: Language): { label: string; hint?: string } {
  const text = CONSOLIDATE_TEXT[lang];
  switch (step.stage) {
    case 'merging':
      return { label: text.merging, hint: text.mergingFiles(step) };
    case 'checking':
      return { label: text.checking, hint: text.checkingSteps(step) };
    case 'writing':
      return { label: text.writingSheet(step), hint: text.writingRows({ rows: step.rows, total: step.totalRows }) };
    case 'done':
      return { label: text.written };
  }
}

/**
 * A consolidation run's progress: a determinate bar over the whole run, labelled with the stage
 * and its counts (merging file 3 of 10, checking step 12 of 49, writing sheet 2 of 4 and the rows
 * written); indeterminate, with the run's name, until the first step is known.
 */
export function RunProgress({ step, lang }: { step?: ConsolidationRunStep; lang: Language }) {
  const { label, hint } = step ? runStepText(step, lang) : { label: CONSOLIDATE_TEXT[lang].running, hint: undefined };
  return (
    <Field label={label} hint={hint}>
      <ProgressBar value={step ? runFraction(step) : undefined} max={1} />
    </Field>
  );
}

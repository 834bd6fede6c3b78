import { useEffect, useState, type FormEvent } from 'react';
import type { Issue } from '../../../core/model';
import { rememberedReviewerName, rememberReviewerName } from '../../session/reviewer-name';

export interface WaiveDialogState {
  reason: string;
  setReason(reason: string): void;
  /** The reviewer's name, optional; the last one given is offered again. */
  by: string;
  setBy(by: string): void;
  /** The reviewer tried to confirm without a reason. */
  missingReason: boolean;
  submit(event: FormEvent): void;
}

/** The reason is required: confirming with only spaces shows the error instead of waiving. */
export function useWaiveDialog(
  issue: Issue | undefined,
  onConfirm: (issue: Issue, reason: string, by?: string) => void,
): WaiveDialogState {
  const [reason, setReason] = useState('');
  const [by, setBy] = useState(rememberedReviewerName);
  const [missingReason, setMissingReason] = useState(false);
  useEffect(() => {
    setReason('');
    setBy(rememberedReviewerName());
    setMissingReason(false);
  }, [issue]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!issue) return;
    if (reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    rememberReviewerName(by);
    onConfirm(issue, reason.trim(), by.trim() || undefined);
  };
  return {
    reason,
    setReason: (next) => { setReason(next); if (next.trim() !== '') setMissingReason(false); },
    by,
    setBy,
    missingReason,
    submit,
  };
}

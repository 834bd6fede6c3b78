import { useEffect, useState, type FormEvent } from 'react';
import type { Issue } from '../../../core/model';

export interface WaiveDialogState {
  reason: string;
  setReason(reason: string): void;
  /** The reviewer tried to confirm without a reason. */
  missingReason: boolean;
  submit(event: FormEvent): void;
}

/** The reason is required: confirming with only spaces shows the error instead of waiving. */
export function useWaiveDialog(issue: Issue | undefined, onConfirm: (issue: Issue, reason: string) => void): WaiveDialogState {
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  useEffect(() => {
    setReason('');
    setMissingReason(false);
  }, [issue]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!issue) return;
    if (reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    onConfirm(issue, reason.trim());
  };
  return {
    reason,
    setReason: (next) => { setReason(next); if (next.trim() !== '') setMissingReason(false); },
    missingReason,
    submit,
  };
}

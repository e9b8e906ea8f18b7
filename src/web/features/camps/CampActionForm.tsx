import type { FormEvent, ReactNode } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldErrors } from '../../components/problem-text';

interface CampActionFormProps {
  heading: string;
  submitLabel: string;
  /** The mutation behind the form: its pending state and its problem (field problems are shown at their fields). */
  action: { isPending: boolean; isError: boolean; error: unknown };
  onSubmit: () => void;
  children?: ReactNode;
  name: string;
  /** Folded under its heading until opened: the rarer actions (cancel), so the common ones show first. */
  folded?: boolean;
  /** What the last run did, shown above the button. */
  result?: ReactNode;
  danger?: boolean;
}

/** One action on a camp (invite, thank, cancel): a small form under its heading, with its problem on top. */
export function CampActionForm({
  heading,
  submitLabel,
  action,
  onSubmit,
  children,
  name,
  folded = false,
  result,
  danger = false,
}: CampActionFormProps) {
  const errors = fieldErrors(action.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const form = (
    <form className="form camp-action" onSubmit={submit} noValidate aria-busy={action.isPending} data-action={name}>
      {folded ? null : <h3>{heading}</h3>}
      {action.isError && Object.keys(errors).length === 0 ? <ProblemAlert error={action.error} /> : null}
      {children}
      {result}
      <div className="form-actions">
        <button type="submit" className={danger ? 'button-danger' : undefined} disabled={action.isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
  return folded ? (
    <details className="camp-folded" data-folded={name}>
      <summary>{heading}</summary>
      {form}
    </details>
  ) : (
    form
  );
}
